//! The view: one file per region, each only reads `&App` and draws, into the regions
//! of the app's one layout (the same the mouse is hit-tested against).

mod detail;
mod help;
mod language_bar;
mod search;
mod sidebar;
mod status;
mod too_small;

use status::hint_spans;

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::widgets::{Block, BorderType, Scrollbar, ScrollbarOrientation, ScrollbarState};

use crate::document::ellipsis::fit;
use crate::document::theme::Theme;
use crate::tui::app::{App, Mode};
use crate::tui::layout::{Regions, Screen};

pub fn render(frame: &mut Frame, app: &App) {
    // The layout is the app's, for the size it was last told; a frame of another size
    // (a resize not yet read) gets the regions cut to it, never drawn past its edge.
    let area = frame.area();
    match app.screen() {
        Screen::TooSmall(small) => too_small::render(frame, small.intersection(area), app),
        Screen::Full(regions) => {
            let Regions {
                language_bar,
                sidebar,
                detail,
                status,
                second_name: _,
            } = regions;
            language_bar::render(frame, language_bar.intersection(area), app);
            if let Some(sidebar) = sidebar {
                sidebar::render(frame, sidebar.intersection(area), app);
            }
            detail::render(frame, detail.intersection(area), app);
            match app.place().mode {
                Mode::Reading(_) | Mode::Quiz => {
                    status::render(frame, status.intersection(area), app);
                }
                Mode::Help { .. } => {
                    status::render(frame, status.intersection(area), app);
                    help::render(frame, app);
                }
                Mode::Search(_) => search::render(frame, status.intersection(area), app),
            }
        }
    }
}

/// A pane's frame: thick and bright when it has the keyboard, so focus shows even
/// without colour. A title that does not fit the border is cut with "…".
fn pane<'a>(theme: &Theme, focused: bool, title: &str, width: u16) -> Block<'a> {
    let (style, border) = if focused {
        (theme.focused, BorderType::Thick)
    } else {
        (theme.muted, BorderType::Plain)
    };
    // Two corners and a space each side of the title.
    let room = usize::from(width.saturating_sub(4));
    Block::bordered()
        .border_type(border)
        .border_style(style)
        .title_style(style)
        .title(format!(" {} ", fit(title, room)))
}

fn row(area: Rect, n: usize) -> Rect {
    let n = u16::try_from(n).unwrap_or(u16::MAX);
    Rect {
        y: area.y.saturating_add(n),
        height: 1,
        ..area
    }
}

/// Where a pane holds more than it shows, a bar on its right border saying where its
/// view is: the track continues the border, so the bar reads as part of the frame.
fn scrollbar(frame: &mut Frame, pane: Rect, scroll: Scroll, focused: bool, theme: &Theme) {
    if scroll.max == 0 {
        return;
    }
    let mut state = ScrollbarState::new(scroll.max)
        .position(scroll.at)
        .viewport_content_length(scroll.shown);
    let track = if focused { "┃" } else { "│" };
    let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some(track))
        .track_style(if focused { theme.focused } else { theme.muted });
    frame.render_stateful_widget(bar, pane.inner(Margin::new(0, 1)), &mut state);
}

/// A pane's view of what it holds: its first row shown, how far that can go, and how
/// many rows show at once.
#[derive(Debug, Clone, Copy)]
struct Scroll {
    at: usize,
    max: usize,
    shown: usize,
}
