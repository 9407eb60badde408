//! The help overlay: every key and what it does, in the current language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::pane;
use crate::action::{KeyHelp, closing_keys, describe};
use crate::app::App;
use crate::layout::overlay;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let ui = &app.language().ui;
    let rows = app.help_rows();
    let key_width = rows.iter().map(|(key, _)| key.width()).max().unwrap_or(0);
    let text_width = rows.iter().map(|(_, text)| text.width()).max().unwrap_or(0);
    let width = u16::try_from(key_width + 2 + text_width).unwrap_or(u16::MAX);
    let height = u16::try_from(rows.len()).unwrap_or(u16::MAX);
    let box_area = overlay(area, width.max(ui.help_title.width() as u16 + 2), height);
    let scroll = app.place().help_scroll;
    let lines: Vec<Line> = rows
        .into_iter()
        .skip(scroll)
        .map(|(key, text)| {
            let padding = " ".repeat(key_width - key.width() + 2);
            Line::from(vec![
                Span::styled(key, theme.key),
                Span::raw(padding),
                Span::styled(text, theme.text),
            ])
        })
        .collect();
    frame.render_widget(Clear, box_area);
    let close = format!(
        " {} {} ",
        closing_keys(),
        describe(&ui.keys, KeyHelp::Close)
    );
    let mut block =
        pane(theme, true, &ui.help_title).title_bottom(Line::from(close).left_aligned());
    // Say there is more, where the help is taller than the screen.
    let more = match (scroll > 0, scroll < app.max_help_scroll()) {
        (true, true) => Some(" ↑↓ "),
        (false, true) => Some(" ↓ "),
        (true, false) => Some(" ↑ "),
        (false, false) => None,
    };
    if let Some(more) = more {
        block = block.title_bottom(Line::from(more).right_aligned());
    }
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let inner = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), inner);
}
