//! The bottom line: the most useful keys, in the current language, as many as fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::action::hints;
use crate::app::{App, Focus};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let keys = &app.language().ui.keys;
    // Only the way that leads somewhere from the focused pane is worth a hint.
    let pointless = match app.place().focus {
        Focus::Sidebar => keys.back.as_str(),
        Focus::Detail => keys.open.as_str(),
    };
    let hints: Vec<(String, &str)> = hints(keys)
        .into_iter()
        .filter(|(_, description)| *description != pointless)
        .collect();
    let width = |(key, description): &(String, &str)| 1 + key.width() + 1 + description.width() + 1;
    // Where not all fit, help and quit stay (they lead to everything else); the others
    // are kept in table order while they fit.
    let essential = |description: &str| description == keys.help || description == keys.quit;
    let mut budget = usize::from(area.width);
    let mut shown = vec![false; hints.len()];
    for pass_essential in [true, false] {
        for (n, hint) in hints.iter().enumerate() {
            if !shown[n] && essential(hint.1) == pass_essential && width(hint) <= budget {
                budget -= width(hint);
                shown[n] = true;
            }
        }
    }
    let mut spans = Vec::new();
    for ((key, description), _) in hints.iter().zip(&shown).filter(|(_, shown)| **shown) {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(key.clone(), theme.key));
        spans.push(Span::styled(format!(" {description} "), theme.muted));
    }
    frame.render_widget(Line::from(spans), area);
}
