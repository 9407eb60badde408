//! The view: one file per region, each only reads `&App` and draws.

mod detail;
mod help;
mod language_bar;
mod sidebar;
mod status;
mod too_small;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::{App, Overlay};
use crate::layout::{self, Screen};
use crate::theme::Theme;

pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    match layout::screen(area) {
        Screen::TooSmall(area) => too_small::render(frame, area, app),
        Screen::Full(regions) => {
            language_bar::render(frame, regions.language_bar, app);
            sidebar::render(frame, regions.sidebar, app);
            detail::render(frame, regions.detail, app);
            status::render(frame, regions.status, app);
            match app.place().overlay {
                Overlay::Help => help::render(frame, area, app),
                Overlay::None => {}
            }
        }
    }
}

/// A pane's frame: thick and bright when it has the keyboard, so focus shows even
/// without colour.
fn pane<'a>(theme: &Theme, focused: bool, title: &str) -> Block<'a> {
    let (style, border) = if focused {
        (theme.focused, BorderType::Thick)
    } else {
        (theme.muted, BorderType::Plain)
    };
    Block::bordered()
        .border_type(border)
        .border_style(style)
        .title_style(style)
        .title(format!(" {title} "))
}

/// `text` cut to `width` display columns, with an ellipsis when something was cut.
fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

fn row(area: Rect, n: u16) -> Rect {
    Rect {
        y: area.y.saturating_add(n),
        height: 1,
        ..area
    }
}
