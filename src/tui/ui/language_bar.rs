//! The top line: every language with its digit (as many as fit, always the active
//! one), the active one highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::tui::app::App;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    for slot in &app.layout().languages {
        let style = if slot.index == app.place().language {
            theme.selected
        } else {
            theme.text
        };
        frame.render_widget(
            Span::styled(slot.label.as_str(), style),
            slot.area.intersection(area),
        );
    }
}
