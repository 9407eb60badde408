//! What the drawing benches share: a terminal that draws through the real backend
//! (crossterm, writing its escape sequences into a sink instead of a terminal), and
//! the explorer as a user starts it.

// Each bench uses a different part of this.
#![allow(dead_code)]

use std::io;

use ratatui::backend::CrosstermBackend;
use ratatui::layout::{Rect, Size};
use ratatui::{Terminal, TerminalOptions, Viewport};
use sales_vs_service::content::{Library, TopicId};
use sales_vs_service::document::theme::Theme;
use sales_vs_service::tui::app::App;
use sales_vs_service::tui::ui;

pub type SinkTerminal = Terminal<CrosstermBackend<io::Sink>>;

/// A terminal that has drawn nothing yet, so its first frame writes every cell.
pub fn terminal(width: u16, height: u16) -> SinkTerminal {
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    Terminal::with_options(
        CrosstermBackend::new(io::sink()),
        TerminalOptions { viewport },
    )
    .expect("a terminal")
}

/// The explorer as a user starts it: colour, mouse on, the sidebar focused.
pub fn app<'a>(
    library: &'a Library,
    language: usize,
    topic: TopicId,
    width: u16,
    height: u16,
) -> App<'a> {
    App::new(
        library,
        Theme::colour(),
        language,
        topic,
        true,
        Size::new(width, height),
    )
}

/// One frame of `app`, only the cells that changed since the last one written.
pub fn draw(terminal: &mut SinkTerminal, app: &App) {
    terminal
        .draw(|frame| ui::render(frame, app))
        .map(|_| ())
        .expect("a frame");
}
