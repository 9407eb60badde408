//! The search line, at the bottom in place of the status line, and the list of
//! matches above it: each match's topic (and language, when searching them all) and
//! a line of its text around the match, the words marked.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear};
use unicode_width::UnicodeWidthStr;

use super::hint_spans;
use crate::document::ellipsis::fit;
use crate::document::marked;
use crate::study::entry::Entry;
use crate::study::search::{Location, Match, Scope, snippet};
use crate::tui::app::App;

/// Before the query.
const PROMPT: &str = " / ";

/// The line, in `status`, and the list above it, where the layout puts it.
pub fn render(frame: &mut Frame, status: Rect, app: &App) {
    render_line(frame, status, app);
    render_list(frame, app);
}

fn render_line(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let search = app.search();
    let words = &app.language().ui.search;
    let scope = match search.scope() {
        Scope::ThisLanguage => &words.this_language,
        Scope::All => &words.all_languages,
    };
    let count = match (search.query().is_empty(), search.ranked().len()) {
        (true, _) => words.empty.to_string(),
        (false, 0) => words.no_match.to_string(),
        (false, count) => format!(
            "{}{}{count}",
            words.results,
            app.language().ui.label_separator
        ),
    };
    let right = format!("[{scope}]  {count} ");
    let room = usize::from(area.width).saturating_sub(PROMPT.width() + right.width() + 1);
    // The end of a long query, where the reader types.
    let line = search.line();
    let shown = if line.width() <= room {
        line.to_owned()
    } else {
        let skip = line.width() - room + 1;
        let mut cut = 0;
        let mut width = 0;
        for (at, c) in line.char_indices() {
            if width >= skip {
                cut = at;
                break;
            }
            width += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
        format!("…{}", &line[cut..])
    };
    let cursor = u16::try_from(PROMPT.width() + shown.width()).unwrap_or(u16::MAX);
    let padding = " ".repeat(
        usize::from(area.width).saturating_sub(PROMPT.width() + shown.width() + right.width()),
    );
    let spans = vec![
        Span::styled(PROMPT, theme.key),
        Span::styled(shown, theme.text),
        Span::raw(padding),
        Span::styled(fit(&right, usize::from(area.width)), theme.muted),
    ];
    frame.render_widget(Line::from(spans), area);
    if area.width > cursor {
        frame.set_cursor_position(Position::new(area.x.saturating_add(cursor), area.y));
    }
}

fn render_list(frame: &mut Frame, app: &App) {
    let theme = app.theme();
    let search = app.search();
    let ranked = search.ranked();
    let (Some(area), Some(inner)) = (app.layout().matches, app.layout().match_rows()) else {
        return;
    };
    frame.render_widget(Clear, area);
    let mut block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.focused);
    let hints = hint_spans(app, usize::from(area.width.saturating_sub(4)));
    if !hints.is_empty() {
        block = block.title_bottom(Line::from(hints));
    }
    frame.render_widget(block, area);
    let rows = usize::from(inner.height);
    let offset = search
        .selected()
        .saturating_sub(rows - 1)
        .min(ranked.len().saturating_sub(rows));
    let all = search.scope() == Scope::All;
    // As wide as the widest label of any match, so that the column stays put as the
    // list scrolls. A label names a topic in a language, and a topic has many texts:
    // each label is measured once, not once per match.
    let labelled: BTreeMap<(usize, Entry), &Match> = ranked
        .iter()
        .map(|found| ((found.language, found.at.entry()), found))
        .collect();
    let title_width = labelled
        .values()
        .map(|found| label(app, found, all).width())
        .max()
        .unwrap_or(0)
        .min(usize::from(inner.width) / 3);
    for (n, found) in ranked.iter().enumerate().skip(offset).take(rows) {
        let selected = n == search.selected();
        let base = if selected { theme.selected } else { theme.text };
        let title = fit(&label(app, found, all), title_width);
        let padding = " ".repeat(title_width.saturating_sub(title.width()) + 2);
        let room = usize::from(inner.width).saturating_sub(title_width + 3);
        let text = snippet(search.text(found), search.query(), room);
        let mut spans = vec![
            Span::raw(" "),
            Span::styled(title, if selected { base } else { theme.aspect }),
            Span::styled(padding, base),
        ];
        spans.extend(marked(&text.text, &text.highlights, base, theme.highlight));
        let row = Rect {
            y: inner
                .y
                .saturating_add(u16::try_from(n - offset).unwrap_or(0)),
            height: 1,
            ..inner
        };
        frame.render_widget(Line::from(spans).style(base), row);
    }
}

/// A match's topic (or glossary) in its own language, and that language's code when
/// every language is searched.
fn label(app: &App, found: &Match, all: bool) -> String {
    let title = match found.at {
        Location::Text { topic, .. } => app.title_in(found.language, topic),
        Location::Term(_) => &app.language_at(found.language).ui.glossary,
    };
    if all {
        format!("{} {}", app.code_of(found.language).to_uppercase(), title)
    } else {
        title.to_owned()
    }
}
