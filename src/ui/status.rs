//! The bottom line: the most useful keys, in the current language, as many as fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::action::{Hint, KeyHelp, hints};
use crate::app::{App, Focus};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    // Only the way that leads somewhere from the focused pane is worth a hint.
    let pointless = match app.place().focus {
        Focus::Sidebar => KeyHelp::Back,
        Focus::Detail => KeyHelp::Open,
    };
    let hints: Vec<Hint> = hints(&app.language().ui.keys)
        .into_iter()
        .filter(|hint| hint.help != pointless)
        .collect();
    let width = |hint: &Hint| 1 + hint.keys.width() + 1 + hint.text.width() + 1;
    // Where not all fit, help and quit stay (they lead to everything else); the others
    // are kept in table order while they fit.
    let essential = |hint: &Hint| matches!(hint.help, KeyHelp::Help | KeyHelp::Quit);
    let mut budget = usize::from(area.width);
    let mut shown = vec![false; hints.len()];
    for pass_essential in [true, false] {
        for (n, hint) in hints.iter().enumerate() {
            if !shown[n] && essential(hint) == pass_essential && width(hint) <= budget {
                budget -= width(hint);
                shown[n] = true;
            }
        }
    }
    let mut spans = Vec::new();
    for (hint, _) in hints.iter().zip(&shown).filter(|(_, shown)| **shown) {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(hint.keys.clone(), theme.key));
        spans.push(Span::styled(format!(" {} ", hint.text), theme.muted));
    }
    frame.render_widget(Line::from(spans), area);
}
