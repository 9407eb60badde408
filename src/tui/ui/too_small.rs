//! Below the smallest usable size: a short message, in the current language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::document::wrap::wrap;
use crate::tui::app::App;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lines: Vec<Line> = wrap(&app.language().ui.too_small, usize::from(area.width))
        .into_iter()
        .map(|line| Line::from(line).centered())
        .collect();
    let count = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let top = area.height.saturating_sub(count) / 2;
    let area = Rect {
        y: area.y.saturating_add(top),
        height: area.height.saturating_sub(top),
        ..area
    };
    frame.render_widget(Paragraph::new(lines).style(app.theme().muted), area);
}
