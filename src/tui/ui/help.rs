//! The help overlay: every key and what it does, in the current language, laid out
//! for the room the screen gives it.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::pane;
use crate::document::ellipsis::fit;
use crate::study::keymap::{KeyHelp, closing_keys, describe};
use crate::tui::app::App;

pub fn render(frame: &mut Frame, app: &App) {
    let theme = app.theme();
    let ui = &app.language().ui;
    let (Some(box_area), Some(inner)) = (app.layout().help, app.layout().help_text()) else {
        return;
    };
    let help = app.help_text();
    let scroll = app.help_scroll();
    frame.render_widget(Clear, box_area);
    // The footer says how to close the help, and (where it is taller than the screen)
    // that there is more; each is cut with "…" rather than dropped.
    let more = match (scroll > 0, scroll < app.max_help_scroll()) {
        (true, true) => " ↑↓ ",
        (false, true) => " ↓ ",
        (true, false) => " ↑ ",
        (false, false) => "",
    };
    let room = usize::from(box_area.width.saturating_sub(2)).saturating_sub(more.width());
    let close = format!(" {} {} ", closing_keys(), describe(ui, KeyHelp::Close));
    let mut block = pane(theme, true, app.help_title(), box_area.width)
        .title_bottom(Line::from(fit(&close, room)).left_aligned());
    if !more.is_empty() {
        block = block.title_bottom(Line::from(more).right_aligned());
    }
    frame.render_widget(block, box_area);
    let lines: Vec<Line> = help.lines.iter().skip(scroll).cloned().collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
