//! The current topic's text, scrolled, with a scrollbar when it overflows.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Color, Modifier};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::{pane, row};
use crate::app::{App, Focus};
use crate::layout::detail_text;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let place = app.place();
    let text = detail_text(area);
    let document = app.document();
    let max_scroll = app.max_scroll();
    let focused = place.focus == Focus::Detail;
    let mut block = pane(theme, focused, &app.language().title);
    if let Some(percent) = (place.scroll * 100).checked_div(max_scroll) {
        block = block.title_bottom(Line::from(format!(" {percent}% ")).right_aligned());
    }
    frame.render_widget(block, area);
    // Each visible line is drawn where it goes, borrowed from the laid-out document:
    // no copy of the text per frame. A table whose labels have scrolled away gets them
    // back on its top rows, over the rows that scrolled past, so Sales and Service
    // stay named.
    let buffer = frame.buffer_mut();
    let shown = document.shown_lines(place.scroll, usize::from(text.height));
    for (n, index) in shown.enumerate() {
        draw_line(buffer, &document.lines[index], row(text, n as u16));
    }
    if max_scroll > 0 {
        let mut state = ScrollbarState::new(max_scroll)
            .position(place.scroll)
            .viewport_content_length(usize::from(text.height));
        // The track continues the pane's border, so the bar reads as part of the frame.
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
