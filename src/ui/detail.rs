//! The current topic's text, scrolled, with a scrollbar when it overflows.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::pane;
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
    let visible: Vec<Line> = document
        .lines
        .iter()
        .skip(place.scroll)
        .take(usize::from(text.height))
        .cloned()
        .collect();
    frame.render_widget(Paragraph::new(visible), text);
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
