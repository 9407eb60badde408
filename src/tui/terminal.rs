//! Entering the terminal and restoring it on every exit path: a guard for normal
//! returns and errors, a panic hook for panics, and (in the event loop) signals that
//! end the loop so the guard runs. `ratatui::restore` alone would leave mouse
//! reporting on, which garbles the shell after exit. The same guard hands the terminal
//! to the editor `v` opens, and on Unix back to the shell for a suspend (Ctrl-Z), and
//! takes it again after.

use std::io::{self, BufWriter, Stdout, Write, stdout};

use ratatui::Terminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{execute, queue};
#[cfg(unix)]
use signal_hook::consts::SIGTSTP;

use crate::tui::backend::FrameBackend;

/// Where keys come from when stdin is not the terminal: what crossterm reads either
/// way, the controlling terminal on Unix and the console's input on Windows. (The
/// editor `v` opens reads its keys there too.)
#[cfg(unix)]
pub const TERMINAL_INPUT: &str = "/dev/tty";
#[cfg(not(unix))]
pub const TERMINAL_INPUT: &str = "CONIN$";

/// Frames are written in one go: a whole frame per write keeps partial frames, and so
/// flicker, off the screen.
pub type Tui = Terminal<FrameBackend<BufWriter<Stdout>>>;

/// Restores the terminal when dropped.
pub struct Guard {
    /// Whether to report the mouse again when the terminal is taken back after a
    /// suspend or an edit.
    mouse: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

impl Guard {
    /// Gives the terminal to another program (the editor) while `run` runs, then takes
    /// it again. The caller redraws.
    pub fn hand_over<T>(&self, run: impl FnOnce() -> T) -> io::Result<T> {
        restore();
        let result = run();
        take(self.mouse)?;
        Ok(result)
    }

    /// Gives the terminal back to the shell and stops, as Ctrl-Z does in a shell
    /// program; once continued (`fg`), takes the terminal again. The caller redraws.
    /// (Where nothing can continue the program — no job control — the stop is
    /// discarded and this returns at once.) Unix only: Windows has no job control,
    /// and there the key tables offer no suspend.
    #[cfg(unix)]
    pub fn suspend(&self) -> io::Result<()> {
        restore();
        signal_hook::low_level::raise(SIGTSTP)?;
        take(self.mouse)
    }
}

/// Raw mode, the alternate screen, bracketed paste and (if wanted) mouse reporting. The
/// guard restores all of it; a panic hook does the same before the panic message is
/// printed. Bracketed paste makes a paste one event, so pasted text is never read as
/// keys (a pasted "q" must not quit).
pub fn enter(mouse: bool) -> io::Result<(Guard, Tui)> {
    install_panic_hook();
    let guard = Guard { mouse };
    take(mouse)?;
    let terminal = Terminal::new(FrameBackend::new(BufWriter::with_capacity(
        1 << 16,
        stdout(),
    )))?;
    Ok((guard, terminal))
}

fn take(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    // One write for the whole set-up.
    let mut out = stdout();
    queue!(out, EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        queue!(out, EnableMouseCapture)?;
    }
    out.flush()
}

/// Safe to call more than once, and when the terminal was never entered: every step is
/// a no-op for a terminal already in that state.
pub fn restore() {
    let mut out = stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
