//! The topics, in their fixed order, the current one highlighted; a topic this
//! language lacks (shown in English) is marked. Titles cut for width never read the
//! same, and a scrollbar says when there are topics above or below.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};
use unicode_width::UnicodeWidthStr;

use super::{pane, row as row_area};
use crate::content::{Origin, TopicId};
use crate::document::ellipsis::{distinct_within, fit};
use crate::study::entry::{Entry, ROWS};
use crate::tui::app::{App, Focus};
use crate::tui::layout::inside_border;

const FALLBACK_MARK: &str = " ·en";

/// A topic's marks: shown in English where its language lacks it; side by side, also
/// the code of each of the two languages whose text of it was written for the project
/// rather than taken from its own source article.
fn marks(app: &App, topic: TopicId) -> String {
    let Some(second) = app.beside() else {
        return if app.shown(topic).fell_back {
            FALLBACK_MARK.to_owned()
        } else {
            String::new()
        };
    };
    [app.place().language, second]
        .into_iter()
        .filter_map(|language| {
            let shown = app.shown_in(language, topic);
            if shown.fell_back {
                Some(FALLBACK_MARK.to_owned())
            } else {
                (shown.topic.origin == Origin::Translation)
                    .then(|| format!(" ·{}", app.code_of(language)))
            }
        })
        .collect()
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.place().mode.focus() == Focus::Sidebar;
    let block = pane(theme, focused, &app.language().ui.topics, area.width);
    frame.render_widget(block, area);
    let list = inside_border(area);
    let width = usize::from(list.width);
    let offset = app.sidebar_offset();
    let rows = usize::from(list.height);
    let ui = &app.language().ui;
    // Each row's title, marks, and whether it is a topic shown in English.
    let entries: Vec<Option<(Entry, &str, String, bool)>> = ROWS
        .iter()
        .map(|row| {
            row.map(|entry| match entry {
                Entry::Topic(id) => {
                    let shown = app.shown(id);
                    (
                        entry,
                        shown.topic.title.as_str(),
                        marks(app, id),
                        shown.fell_back,
                    )
                }
                Entry::Glossary => (entry, ui.glossary.as_str(), String::new(), false),
                Entry::Quiz => (entry, ui.quiz.title.as_str(), String::new(), false),
            })
        })
        .collect();
    // All titles are fitted together, so that no two visible entries read the same;
    // each in its row less its own marks (a row without marks is not cut for the
    // marks of others).
    let titles: Vec<(&str, usize)> = entries
        .iter()
        .flatten()
        .map(|(_, title, mark, _)| (*title, width.saturating_sub(mark.width())))
        .collect();
    let mut fitted = distinct_within(&titles).into_iter();
    let fitted: Vec<String> = entries
        .iter()
        .map(|row| row.as_ref().and_then(|_| fitted.next()).unwrap_or_default())
        .collect();
    for (n, (row, title)) in entries
        .iter()
        .zip(fitted)
        .enumerate()
        .skip(offset)
        .take(rows)
    {
        let Some((entry, _, mark, fell_back)) = row else {
            // The rule that sets the glossary and the quiz apart from the topics.
            let rule = Span::styled("─".repeat(width.min(8)), theme.rule);
            frame.render_widget(Line::from(rule), row_area(list, n - offset));
            continue;
        };
        let padding = " ".repeat(width.saturating_sub(title.width() + mark.width()));
        let selected = *entry == app.place().entry;
        let style = match (selected, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            (false, _) if *fell_back => theme.muted,
            (false, _) => theme.text,
        };
        let line = Line::from(vec![
            Span::styled(title, style),
            Span::styled(padding, style),
            Span::styled(fit(mark, width), if selected { style } else { theme.tag }),
        ]);
        frame.render_widget(line, row_area(list, n - offset));
    }
    if ROWS.len() > rows {
        let mut state = ScrollbarState::new(ROWS.len() - rows)
            .position(offset)
            .viewport_content_length(rows);
        let track = if focused { "┃" } else { "│" };
        let scrollbar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some(track))
            .track_style(if focused { theme.focused } else { theme.muted });
        frame.render_stateful_widget(
            scrollbar,
            area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}
