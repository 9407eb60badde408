//! The topics, in their fixed order, the current one highlighted; a topic this
//! language lacks (shown in English) is marked. Titles cut for width never read the
//! same, and a scrollbar says when there are topics above or below.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};
use unicode_width::UnicodeWidthStr;

use super::{pane, row};
use crate::app::{App, Focus};
use crate::content::{Origin, TopicId};
use crate::ellipsis::{distinct, fit};
use crate::layout::inside_border;

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
    let focused = app.place().focus == Focus::Sidebar;
    let block = pane(theme, focused, &app.language().ui.topics, area.width);
    frame.render_widget(block, area);
    let list = inside_border(area);
    let width = usize::from(list.width);
    let offset = app.sidebar_offset();
    let rows = usize::from(list.height);
    let shown: Vec<_> = TopicId::ALL.iter().map(|&id| (id, app.shown(id))).collect();
    let marks: Vec<String> = TopicId::ALL.iter().map(|&id| marks(app, id)).collect();
    // All titles are fitted together, so that no two visible entries read the same.
    let room = width.saturating_sub(marks.iter().map(|mark| mark.width()).max().unwrap_or(0));
    let titles: Vec<&str> = shown
        .iter()
        .map(|(_, shown)| shown.topic.title.as_str())
        .collect();
    let titles = distinct(&titles, room);
    for (n, ((id, shown), (title, mark))) in shown
        .iter()
        .zip(titles.iter().zip(marks.iter().map(String::as_str)))
        .skip(offset)
        .take(rows)
        .enumerate()
    {
        let padding = " ".repeat(width.saturating_sub(title.width() + mark.width()));
        let selected = *id == app.place().topic;
        let style = match (selected, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            (false, _) if shown.fell_back => theme.muted,
            (false, _) => theme.text,
        };
        let line = Line::from(vec![
            Span::styled(title.clone(), style),
            Span::styled(padding, style),
            Span::styled(fit(mark, width), if selected { style } else { theme.tag }),
        ]);
        frame.render_widget(line, row(list, n));
    }
    if TopicId::ALL.len() > rows {
        let mut state = ScrollbarState::new(TopicId::ALL.len() - rows)
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
