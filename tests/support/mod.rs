//! Helpers shared by the integration tests: the built binary with a clean environment,
//! the binary inside a pseudo-terminal whose screen a terminal emulator (vt100) reads
//! as a user would see it (CI has no terminal: these make their own), and the
//! built-in language files as fixtures.

// Each test file uses a different part of this.
#![allow(dead_code)]

pub mod builtin;
mod pty;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty, PtySize};

pub const BINARY: &str = env!("CARGO_BIN_EXE_sales-vs-service");

/// A home of its own for each test: nothing read from or written to the machine's.
pub struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    /// Where the explorer remembers its place: under the state directory where there
    /// is one, in the home's Application Support on macOS. (On Windows it is in the
    /// user's known folder, which no environment variable moves.)
    pub fn place_file(&self) -> PathBuf {
        let program_dir = if cfg!(target_os = "macos") {
            self.path()
                .join("Library/Application Support/sales-vs-service")
        } else {
            self.state_dir().join("sales-vs-service")
        };
        program_dir.join("place.json")
    }

    /// The binary with only this home and no locale, colour or remembering settings.
    pub fn command(&self) -> std::process::Command {
        let mut command = std::process::Command::new(BINARY);
        command
            .env_clear()
            .env("HOME", self.path())
            .env("XDG_STATE_HOME", self.state_dir())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        command
    }
}

/// The explorer in a pseudo-terminal.
pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// Shared with the threads of `send_detached`.
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    parser: Arc<Mutex<vt100::Parser>>,
    /// Everything the program has written, as written.
    output: Arc<Mutex<Vec<u8>>>,
    closed: Arc<AtomicBool>,
}

pub const TIMEOUT: Duration = Duration::from_secs(10);

impl Session {
    pub fn start(
        home: &Home,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        Session::spawn(home, BINARY, args, env, cols, rows)
    }

    /// A shell script in the terminal, with the binary's path in `$BIN`: for what a
    /// shell sets up (redirections, a new session) and for what it reports afterwards.
    pub fn shell(home: &Home, script: &str, env: &[(&str, &str)], cols: u16, rows: u16) -> Session {
        let path = std::env::var("PATH").unwrap_or_default();
        let mut env = env.to_vec();
        env.extend([("BIN", BINARY), ("PATH", path.as_str())]);
        Session::spawn(home, "sh", &["-c", script], &env, cols, rows)
    }

    fn spawn(
        home: &Home,
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        let pair = pty::open(cols, rows);
        let mut command = pty::command(program, args, home.path(), &home.state_dir());
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair
            .slave
            .spawn_command(command)
            .expect("the binary starts");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            nonzero(rows),
            nonzero(cols),
            0,
        )));
        let output = Arc::new(Mutex::new(Vec::new()));
        let closed = Arc::new(AtomicBool::new(false));
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        {
            let (parser, output, closed) = (parser.clone(), output.clone(), closed.clone());
            std::thread::spawn(move || {
                let mut buffer = [0u8; 65536];
                loop {
                    match reader.read(&mut buffer) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            parser.lock().unwrap().process(&buffer[..n]);
                            output.lock().unwrap().extend_from_slice(&buffer[..n]);
                        }
                    }
                }
                closed.store(true, Ordering::SeqCst);
            });
        }
        let writer = Arc::new(Mutex::new(pair.master.take_writer().expect("a writer")));
        Session {
            child,
            master: pair.master,
            writer,
            parser,
            output,
            closed,
        }
    }

    pub fn send(&mut self, keys: &str) {
        let mut writer = self.writer.lock().unwrap();
        writer
            .write_all(keys.as_bytes())
            .expect("keys reach the program");
        writer.flush().expect("keys reach the program");
    }

    /// Writes more than the terminal's input buffer holds from a thread of its own: a
    /// program that stops reading must fail the test, not block the test's own write.
    /// (The write ends with an error when the program is killed.)
    pub fn send_detached(&self, keys: String) {
        let writer = self.writer.clone();
        std::thread::spawn(move || {
            let mut writer = writer.lock().unwrap();
            let _ = writer
                .write_all(keys.as_bytes())
                .and_then(|()| writer.flush());
        });
    }

    pub fn screen(&self) -> vt100::Screen {
        self.parser.lock().unwrap().screen().clone()
    }

    pub fn contents(&self) -> String {
        self.screen().contents()
    }

    /// Bytes the program has written so far.
    pub fn bytes_written(&self) -> usize {
        self.output.lock().unwrap().len()
    }

    /// What the program has written since byte `from`.
    pub fn output_since(&self, from: usize) -> Vec<u8> {
        self.output.lock().unwrap()[from..].to_vec()
    }

    /// Another program writing to the terminal (a `wall` message, a background job):
    /// the screen shows it, the explorer does not know.
    pub fn scribble(&self, bytes: &[u8]) {
        self.parser.lock().unwrap().process(bytes);
    }

    /// Bytes the program has read so far, from any file (its `rchar` in /proc). Once
    /// it is running only the terminal is read, so this tells when input has arrived.
    pub fn bytes_read(&self) -> u64 {
        let io = std::fs::read_to_string(format!("/proc/{}/io", self.pid()))
            .expect("/proc/PID/io is readable");
        io.lines()
            .find_map(|line| line.strip_prefix("rchar: "))
            .and_then(|count| count.trim().parse().ok())
            .expect("an rchar line")
    }

    /// Waits until the program has read at least `count` more bytes than `before`.
    pub fn wait_for_reading(&self, before: u64, count: usize) {
        let start = Instant::now();
        while self.bytes_read() < before + count as u64 {
            assert!(
                start.elapsed() < TIMEOUT,
                "the program did not read its input; it read {} of {count} bytes",
                self.bytes_read() - before
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until the program has written nothing for `quiet`; the bytes written by
    /// then.
    pub fn wait_until_quiet(&self, quiet: Duration) -> usize {
        let start = Instant::now();
        let mut bytes = self.bytes_written();
        let mut unchanged_since = Instant::now();
        loop {
            std::thread::sleep(Duration::from_millis(10));
            let now = self.bytes_written();
            if now != bytes {
                bytes = now;
                unchanged_since = Instant::now();
            } else if unchanged_since.elapsed() >= quiet {
                return bytes;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the program never stopped writing; the screen:\n{}",
                self.contents()
            );
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a process id")
    }

    /// Waits until the screen satisfies `ready`; panics with the screen if it never does.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            if ready(&self.screen()) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "timed out waiting for {what}; the screen:\n{}",
                    self.contents()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn wait_for_text(&self, text: &str) {
        self.wait_for(&format!("«{text}»"), |screen| {
            screen.contents().contains(text)
        });
    }

    pub fn resize(&self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nonzero(rows), nonzero(cols));
    }

    /// Sends a signal with kill(1), as a user or a service manager would.
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// The exit code, and the screen after the program has written its last byte.
    pub fn wait_exit(&mut self) -> (u32, vt100::Screen) {
        self.wait_exit_within(TIMEOUT)
    }

    /// As `wait_exit`, failing (and killing the program) if it takes longer than
    /// `limit`.
    pub fn wait_exit_within(&mut self, limit: Duration) -> (u32, vt100::Screen) {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("the child can be waited for") {
                break status;
            }
            if start.elapsed() > limit {
                let _ = self.child.kill();
                panic!(
                    "the program did not exit within {limit:?}; the screen:\n{}",
                    self.contents()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        // Let the reader take in whatever was written just before the exit. (A shell
        // script's own children may keep the terminal open a moment longer.)
        let drained = Instant::now();
        while !self.closed.load(Ordering::SeqCst) && drained.elapsed() < Duration::from_secs(2) {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(
            status.signal().is_none(),
            "ended by a signal, not an exit: {status:?}"
        );
        (status.exit_code(), self.screen())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap()
}

/// The terminal as the program must leave it: main screen, cursor shown, no mouse
/// reporting, no bracketed paste.
pub fn assert_restored(screen: &vt100::Screen) {
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.bracketed_paste(), "bracketed paste is still on");
    assert!(!screen.hide_cursor(), "the cursor is still hidden");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting is still on"
    );
}
