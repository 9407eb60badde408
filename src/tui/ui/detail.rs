//! The current topic's text, scrolled, with a scrollbar when it overflows.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Scroll, pane, row, scrollbar};
use crate::document::ellipsis::fit;
use crate::document::{Document, ShownLine, plain};
use crate::study::search::{Query, highlights_between};
use crate::tui::app::{App, Focus};
use crate::tui::layout::{Screen, detail_text};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let place = app.place();
    let text = detail_text(area);
    let document = app.document();
    let scroll = app.scroll();
    let max_scroll = app.max_scroll();
    let focused = place.mode.focus() == Focus::Detail;
    // Side by side, each column is named by its language, the second at the right
    // end, where a click changes it.
    let title = match app.beside() {
        Some(_) => &app.language().name,
        None => &app.language().title,
    };
    let mut block = pane(theme, focused, title, area.width);
    if let Some(percent) = (scroll * 100).checked_div(max_scroll) {
        block = block.title_bottom(Line::from(format!(" {percent}% ")).right_aligned());
    }
    frame.render_widget(block, area);
    if let (Screen::Full(regions), Some(name)) = (app.screen(), app.second_name())
        && let Some(at) = regions.second_name
    {
        let style = if focused { theme.focused } else { theme.muted };
        frame.render_widget(
            Span::styled(fit(&name, usize::from(at.width)), style),
            at.intersection(area),
        );
    }
    // Each visible line is drawn where it goes, borrowed from the laid-out document:
    // no copy of the text per frame. A table whose labels have scrolled away gets them
    // back on its top rows, over the rows that scrolled past, so Sales and Service
    // stay named; a row whose aspect has scrolled away gets it back the same way.
    let buffer = frame.buffer_mut();
    let shown = document.shown_lines(scroll, usize::from(text.height));
    let marked = app.search().highlighted();
    let current = app.current_match_lines().unwrap_or_default();
    for (n, shown) in shown.iter().enumerate() {
        let area = row(text, n);
        let line = &document.lines[shown.line];
        draw_line(buffer, line, area);
        if let Some(query) = marked {
            let style = if current.contains(&shown.line) {
                theme.current_match
            } else {
                theme.highlight
            };
            mark_words(buffer, document, shown.line, query, area, style);
        }
        draw_repeated_aspect(buffer, document, shown, area, app);
    }
    let view = Scroll {
        at: scroll,
        max: max_scroll,
        shown: usize::from(text.height),
    };
    scrollbar(frame, area, view, focused, theme);
}

/// A line of a row's aspect over the aspect column, dimmed: the row goes on from
/// above, and this is its name.
fn draw_repeated_aspect(
    buffer: &mut Buffer,
    document: &Document,
    shown: &ShownLine,
    area: Rect,
    app: &App,
) {
    let Some(aspect) = shown.aspect else {
        return;
    };
    let text = document.lines[aspect.line]
        .spans
        .first()
        .map_or("", |span| span.content.as_ref())
        .trim_end();
    let text = if aspect.cut {
        fit(&format!("{text}…"), aspect.width)
    } else {
        fit(text, aspect.width)
    };
    // Padded by display width, so the row's own text under it is covered.
    let padded = format!(
        "{text}{}",
        " ".repeat(aspect.width.saturating_sub(text.width()))
    );
    buffer.set_stringn(
        area.x,
        area.y,
        padded,
        aspect.width.min(usize::from(area.width)),
        app.theme().muted,
    );
}

/// The search's words in a line, marked where they are (a quoted phrase the text
/// wraps, on both its lines).
fn mark_words(
    buffer: &mut Buffer,
    document: &Document,
    line: usize,
    query: &Query,
    area: Rect,
    style: Style,
) {
    let text_of = |line: usize| document.lines.get(line).map(plain);
    let text = text_of(line).unwrap_or_default();
    let before = line.checked_sub(1).and_then(text_of);
    let after = text_of(line + 1);
    let ranges = highlights_between(before.as_deref(), &text, after.as_deref(), query);
    if ranges.is_empty() {
        return;
    }
    let mut column = area.x;
    for (at, c) in text.char_indices() {
        let width = u16::try_from(c.width().unwrap_or(0)).unwrap_or(0);
        if column.saturating_add(width) > area.right() {
            break;
        }
        if ranges.iter().any(|range| range.contains(&at)) {
            for x in column..column + width {
                buffer[(x, area.y)].set_style(style);
            }
        }
        column += width;
    }
}

/// A line's spans one after the other. The blank padding that aligns the comparison's
/// columns is stepped over rather than written: the buffer is blank there already, and
/// a 200-column table is mostly padding.
fn draw_line(buffer: &mut Buffer, line: &Line, area: Rect) {
    let mut x = area.x;
    for span in &line.spans {
        let remaining = area.right().saturating_sub(x);
        if remaining == 0 {
            break;
        }
        if is_invisible(span) {
            x = x.saturating_add(u16::try_from(span.width()).unwrap_or(u16::MAX));
        } else {
            x = buffer.set_span(x, area.y, span, remaining).0;
        }
    }
}

/// Spaces that would look the same unwritten: nothing that shows on a blank cell.
fn is_invisible(span: &Span) -> bool {
    let shows_on_blank = Modifier::REVERSED | Modifier::UNDERLINED | Modifier::CROSSED_OUT;
    span.content.bytes().all(|b| b == b' ')
        && span.style.bg.is_none_or(|bg| bg == Color::Reset)
        && !span.style.add_modifier.intersects(shows_on_blank)
}
