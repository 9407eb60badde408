//! The topics, in their fixed order, the current one highlighted; a topic this
//! language lacks (shown in English) is marked. Titles cut for width never read the
//! same, and a scrollbar says when there are topics above or below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{Scroll, pane, row as row_area, scrollbar};
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
    let entries = entries(app);
    let titles = fitted_titles(&entries, width);
    for (n, (row, title)) in entries
        .iter()
        .zip(titles)
        .enumerate()
        .skip(offset)
        .take(rows)
    {
        let line = match row {
            Some(entry) => entry_line(app, entry, title, width, focused),
            // The rule that sets the glossary and the quiz apart from the topics.
            None => Line::from(Span::styled("─".repeat(width.min(8)), theme.rule)),
        };
        frame.render_widget(line, row_area(list, n - offset));
    }
    let view = Scroll {
        at: offset,
        max: ROWS.len().saturating_sub(rows),
        shown: rows,
    };
    scrollbar(frame, area, view, focused, theme);
}

/// A row of the list: its entry, title, marks, and whether it is a topic shown in
/// English.
struct Row<'a> {
    entry: Entry,
    title: &'a str,
    marks: String,
    fell_back: bool,
}

impl<'a> Row<'a> {
    /// The glossary or the quiz: its name, in every language's words, never marked.
    fn study(entry: Entry, title: &'a str) -> Row<'a> {
        Row {
            entry,
            title,
            marks: String::new(),
            fell_back: false,
        }
    }
}

/// The list's rows, the blank between the topics and the study entries `None`.
fn entries<'a>(app: &'a App) -> Vec<Option<Row<'a>>> {
    let ui = &app.language().ui;
    ROWS.iter()
        .map(|row| {
            row.map(|entry| match entry {
                Entry::Topic(id) => {
                    let shown = app.shown(id);
                    Row {
                        entry,
                        title: shown.topic.title.as_str(),
                        marks: marks(app, id),
                        fell_back: shown.fell_back,
                    }
                }
                Entry::Glossary => Row::study(entry, &ui.glossary),
                Entry::Quiz => Row::study(entry, &ui.quiz.title),
            })
        })
        .collect()
}

/// All titles fitted together, so that no two visible entries read the same; each in
/// its row less its own marks (a row without marks is not cut for the marks of
/// others). Empty for the blank row.
fn fitted_titles(entries: &[Option<Row>], width: usize) -> Vec<String> {
    let titles: Vec<(&str, usize)> = entries
        .iter()
        .flatten()
        .map(|row| (row.title, width.saturating_sub(row.marks.width())))
        .collect();
    let mut fitted = distinct_within(&titles).into_iter();
    entries
        .iter()
        .map(|row| row.as_ref().and_then(|_| fitted.next()).unwrap_or_default())
        .collect()
}

/// An entry's line: its title, padding and marks, in the style its selection gives.
fn entry_line(app: &App, row: &Row, title: String, width: usize, focused: bool) -> Line<'static> {
    let theme = app.theme();
    let padding = " ".repeat(width.saturating_sub(title.width() + row.marks.width()));
    let selected = row.entry == app.place().entry;
    let style = match (selected, focused) {
        (true, true) => theme.selected,
        (true, false) => theme.selected_unfocused,
        (false, _) if row.fell_back => theme.muted,
        (false, _) => theme.text,
    };
    Line::from(vec![
        Span::styled(title, style),
        Span::styled(padding, style),
        Span::styled(
            fit(&row.marks, width),
            if selected { style } else { theme.tag },
        ),
    ])
}
