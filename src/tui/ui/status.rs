//! The bottom line: the most useful keys of the mode in force, in the current
//! language, as many as fit; at its right end, set apart, a message said once (that
//! `n` went round, what `y` copied) and, after a search, where its matches are
//! ("3/14"). The message has its room first: the hints give way, fewer and then none,
//! before it is cut. What there is to say of the language files comes first: a file
//! read again, an error until it is fixed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::document::ellipsis::fit;
use crate::study::keymap::{Hint, KeyHelp, Platform, StatusHint, Table, hints};
use crate::study::quiz::{Round, Stage};
use crate::tui::app::{App, Focus, Notice};

/// The blank columns at least between the hints and what is at the right end.
const APART: usize = 3;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    if let Some(line) = files_line(app, area.width) {
        frame.render_widget(line, area);
        return;
    }
    let theme = app.theme();
    let width = usize::from(area.width);
    let search = app.search();
    let position = search
        .highlighted()
        .and(search.position())
        .map(|(at, of)| format!("{at}/{of} "));
    let position_width = position.as_deref().map_or(0, UnicodeWidthStr::width);
    let mut right = Vec::new();
    if let Some(notice) = app.notice() {
        // Padded, so the reverse video frames it; cut only where the line is too
        // narrow for it alone.
        let room = width.saturating_sub(position_width + 3);
        right.push(Span::styled(
            format!(" {} ", fit(&message(app, notice), room)),
            theme.notice,
        ));
        right.push(Span::raw(" "));
    }
    if let Some(position) = position {
        right.push(Span::styled(position, theme.key));
    }
    let right_width: usize = right.iter().map(Span::width).sum();
    let apart = if right.is_empty() { 0 } else { APART };
    let room = width.saturating_sub(right_width + apart);
    let hints = hint_spans(app, room.saturating_sub(1));
    let mut spans = Vec::new();
    if !hints.is_empty() {
        spans.push(Span::raw(" "));
        spans.extend(hints);
    }
    let used: usize = spans.iter().map(Span::width).sum();
    spans.push(Span::raw(
        " ".repeat(width.saturating_sub(used + right_width)),
    ));
    spans.extend(right);
    frame.render_widget(Line::from(spans), area);
}

/// A notice in the reader's language.
fn message(app: &App, notice: &Notice) -> String {
    let ui = &app.language().ui;
    let words = &ui.search;
    match notice {
        Notice::WrappedToTop => words.wrapped_to_top.to_string(),
        Notice::WrappedToBottom => words.wrapped_to_bottom.to_string(),
        Notice::Copied(name) => format!("{}{}{name}", ui.copied, ui.label_separator),
        Notice::CopiedMarkdown(name) => {
            format!("{}{}{name}", ui.copied_markdown, ui.label_separator)
        }
        Notice::Reloaded(names) => {
            let names: Vec<&str> = names.iter().map(|name| file_name(name)).collect();
            format!(
                "{}{}{}",
                ui.edit.reloaded,
                ui.label_separator,
                names.join(", ")
            )
        }
        Notice::BuiltIn => format!(
            "{}{}{} content init DIR --lang {}",
            ui.edit.built_in,
            ui.label_separator,
            env!("CARGO_PKG_NAME"),
            app.language().code
        ),
        Notice::NoEditor(why) => why.clone(),
    }
}

/// The hints of the mode in force that fit in `width` columns: where not all fit,
/// the more needed stay (help, close and quit always, as they lead to everything
/// else); each rank in table order while it fits.
pub fn hint_spans(app: &App, width: usize) -> Vec<Span<'static>> {
    let theme = app.theme();
    let hints = offered(app);
    // Two columns between hints.
    let cost = |hint: &StatusHint| hint.keys.width() + 1 + hint.text.width() + 2;
    let mut budget = width + 2;
    let mut shown = vec![false; hints.len()];
    for rank in [Hint::Essential, Hint::Useful, Hint::Basic] {
        for (n, hint) in hints.iter().enumerate() {
            if hint.rank == rank && cost(hint) <= budget {
                budget -= cost(hint);
                shown[n] = true;
            }
        }
    }
    let mut spans = Vec::new();
    for (hint, _) in hints.iter().zip(&shown).filter(|(_, shown)| **shown) {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(hint.keys.clone(), theme.key));
        spans.push(Span::styled(format!(" {}", hint.text), theme.muted));
    }
    spans
}

/// The hints worth offering here and now, in table order: of the mode in force, what
/// leads somewhere from where the reader is, saying what it does there.
fn offered<'a>(app: &'a App) -> Vec<StatusHint<'a>> {
    let place = app.place();
    let table = place.mode.table();
    let searched = app.search().highlighted().is_some();
    let ui = &app.language().ui;
    let stage = app.quiz().round().map(Round::stage);
    let asking = matches!(stage, Some(Stage::Asking(_)));
    let shown_here = |hint: &StatusHint| match (table, hint.help) {
        // Only the way that leads somewhere from the focused pane is worth a hint.
        (Table::Reading, KeyHelp::Back) => place.mode.focus() == Focus::Detail && place.sidebar,
        (Table::Reading, KeyHelp::Open) => place.mode.focus() == Focus::Sidebar,
        // n and N once there is something to go through, o once there are two sides.
        (Table::Reading, KeyHelp::NextMatch) => searched,
        (Table::Reading, KeyHelp::SecondLanguage) => place.parallel,
        // The quiz offers what its step takes: the answers while a statement is
        // asked, Enter otherwise.
        (Table::Quiz, KeyHelp::AnswerSales | KeyHelp::AnswerService) => asking,
        (Table::Quiz, KeyHelp::Continue) => !asking,
        (Table::Reading | Table::Help | Table::Search | Table::Quiz, _) => true,
    };
    let said = |hint: StatusHint<'a>| match (table, hint.help, stage) {
        // In the parallel view, `p` leads back to one language.
        (Table::Reading, KeyHelp::Parallel, _) if place.parallel => StatusHint {
            text: &ui.keys.one_language,
            ..hint
        },
        (Table::Quiz, KeyHelp::Continue, None) => StatusHint {
            text: &ui.quiz.start,
            ..hint
        },
        (Table::Quiz, KeyHelp::Continue, Some(Stage::Over)) => StatusHint {
            text: &ui.quiz.again,
            ..hint
        },
        _ => hint,
    };
    hints(ui, table, Platform::CURRENT)
        .into_iter()
        .filter(shown_here)
        .map(said)
        .collect()
}

/// What the status line says of the language files, where one does not load: until
/// it is fixed, its first error, after `!`, the key that lists them all, and before how
/// many there are.
fn files_line(app: &App, width: u16) -> Option<Line<'static>> {
    let theme = app.theme();
    let room = usize::from(width).saturating_sub(2);
    let errors = app.file_errors();
    let first = errors.first()?;
    let text = format!("{}: {}", file_name(&first.at()), first.what());
    let count = match errors.len() {
        1 => String::new(),
        count => format!(" 1/{count} "),
    };
    let room = room.saturating_sub(2 + count.width());
    let text = fit(&text, room);
    let padding = room.saturating_sub(text.width());
    Some(Line::from(vec![
        Span::styled(" !", theme.key),
        Span::raw(" "),
        Span::styled(text, theme.text),
        Span::raw(" ".repeat(padding + 1)),
        Span::styled(count, theme.key),
    ]))
}

/// A file's name without its folder: the status line has no room for the folder.
fn file_name(path: &str) -> &str {
    std::path::Path::new(path)
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or(path)
}
