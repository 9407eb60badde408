//! Printing where there may be no terminal: stdout as a pipe, colour only when asked
//! for and possible, the width to wrap to.

use std::io::Write;

use crate::cli::failure::Failure;

/// Text wraps to this when there is no terminal to measure.
pub const DEFAULT_WIDTH: u16 = 80;

pub fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(Failure::Io),
    }
}

/// A terminal that says it cannot move the cursor or colour text (`TERM=dumb`: an
/// editor's shell buffer, a serial console): the explorer cannot be drawn there, and
/// no colour is sent to it.
pub fn dumb_terminal() -> bool {
    std::env::var_os("TERM").is_some_and(|term| term == "dumb")
}

/// `NO_COLOR` set and non-empty asks for no colour (https://no-color.org).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// The terminal's width when stdout is one, else the default (also where the
/// terminal says it has no columns, as a pseudo-terminal nobody sized does).
pub fn terminal_width(stdout_is_terminal: bool) -> u16 {
    let measured = stdout_is_terminal
        .then(|| ratatui::crossterm::terminal::size().ok())
        .flatten();
    measured
        .map(|(width, _)| width)
        .filter(|width| *width > 0)
        .unwrap_or(DEFAULT_WIDTH)
}

/// Whether what is printed to a terminal may be in colour there: not where NO_COLOR
/// is set, nor on a terminal that says it is dumb.
pub fn colour_allowed() -> bool {
    !no_color() && !dumb_terminal()
}
