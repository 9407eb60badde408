//! The bottom line: the most useful keys of the mode in force, in the current
//! language, as many as fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus};
use crate::keymap::{Hint, KeyHelp, Mode, StatusHint, hints};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let place = app.place();
    // Only the way that leads somewhere from the focused pane is worth a hint.
    let pointless = match (place.mode, place.focus) {
        (Mode::Reading, Focus::Sidebar) => Some(KeyHelp::Back),
        (Mode::Reading, Focus::Detail) => Some(KeyHelp::Open),
        (Mode::Help, _) => None,
    };
    let hints: Vec<StatusHint> = hints(&app.language().ui.keys, place.mode)
        .into_iter()
        .filter(|hint| Some(hint.help) != pointless)
        .collect();
    // A space before the first hint, two between hints.
    let width = |hint: &StatusHint| hint.keys.width() + 1 + hint.text.width() + 2;
    // Where not all fit, the more needed stay (help, close and quit always, as they
    // lead to everything else); each rank in table order while it fits.
    let mut budget = usize::from(area.width) + 1;
    let mut shown = vec![false; hints.len()];
    for rank in [Hint::Essential, Hint::Useful, Hint::Basic] {
        for (n, hint) in hints.iter().enumerate() {
            if hint.rank == rank && width(hint) <= budget {
                budget -= width(hint);
                shown[n] = true;
            }
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for (n, (hint, _)) in hints
        .iter()
        .zip(&shown)
        .filter(|(_, shown)| **shown)
        .enumerate()
    {
        if n > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(hint.keys.clone(), theme.key));
        spans.push(Span::styled(format!(" {}", hint.text), theme.muted));
    }
    frame.render_widget(Line::from(spans), area);
}
