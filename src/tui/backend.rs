//! crossterm's backend for ratatui, with one change: clearing the screen. ratatui
//! clears on every resize, twice when the terminal narrows (once for the narrowing,
//! once for the new area), and crossterm's backend flushes each clear on its own, so
//! the reader saw the screen blank twice before the new frame. Here a clear is sent
//! with the frame that follows it, in the same write, and a second clear before that
//! frame, which would change nothing, is not sent at all. (Tested in a real
//! terminal: `tests/terminal.rs` counts the clears a resize writes.) It also writes
//! what the explorer copies to the terminal's clipboard.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{Clear, ClearType as CrosstermClear};
use ratatui::layout::{Position, Size};

pub struct FrameBackend<W: Write> {
    inner: CrosstermBackend<W>,
    /// The screen has been cleared and nothing drawn since.
    cleared: bool,
}

impl<W: Write> FrameBackend<W> {
    pub fn new(writer: W) -> FrameBackend<W> {
        FrameBackend {
            inner: CrosstermBackend::new(writer),
            cleared: false,
        }
    }
}

impl<W: Write> FrameBackend<W> {
    /// Asks the terminal to put `text` on the clipboard, with the terminal's own
    /// escape (OSC 52, as vim, helix and lazygit do): it reaches the clipboard of the
    /// machine the terminal runs on, over ssh too, and in tmux with `set-clipboard on`.
    /// A terminal that does not know the escape ignores it.
    pub fn copy_to_clipboard(&mut self, text: &str) -> io::Result<()> {
        match queue!(self.inner, CopyToClipboard::to_clipboard_from(text)) {
            // A console without escape sequences (Windows' oldest) cannot be asked.
            Err(error) if error.kind() == io::ErrorKind::Unsupported => return Ok(()),
            result => result?,
        }
        Backend::flush(&mut self.inner)
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.cleared = false;
        self.inner.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        match clear_type {
            ClearType::All if self.cleared => Ok(()),
            ClearType::All => {
                self.cleared = true;
                queue!(self.inner, Clear(CrosstermClear::All))
            }
            ClearType::AfterCursor
            | ClearType::BeforeCursor
            | ClearType::CurrentLine
            | ClearType::UntilNewLine => self.inner.clear_region(clear_type),
        }
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}
