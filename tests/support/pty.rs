//! A program in a pseudo-terminal of its own, with nothing of the machine's environment.
//! The tests reach this through `support`; `benches/startup.rs` includes this file
//! alone (`#[path]`), so timing the start-up does not build, or depend on, the tests'
//! other helpers.

use std::ffi::OsStr;
use std::path::Path;

use portable_pty::{CommandBuilder, PtyPair, PtySize, native_pty_system};

/// A pseudo-terminal of `cols` by `rows`.
pub fn open(cols: u16, rows: u16) -> PtyPair {
    native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal")
}

/// `program` with `args`, and for an environment only a terminal type, `home`, and
/// `state` to remember the place in: no locale, colour or remembering settings of the
/// machine's.
pub fn command(
    program: impl AsRef<OsStr>,
    args: &[&str],
    home: &Path,
    state: &Path,
) -> CommandBuilder {
    let mut command = CommandBuilder::new(program);
    command.args(args);
    command.env_clear();
    command.env("TERM", "xterm-256color");
    command.env("HOME", home);
    command.env("XDG_STATE_HOME", state);
    command
}
