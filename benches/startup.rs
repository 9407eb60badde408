//! The program as a terminal sees it, timed in a pseudo-terminal whose output a
//! terminal emulator (vt100) reads: start-up (spawn → first complete frame on the
//! emulated screen) and shut-down (`q` → exit) against a minimal ratatui program
//! (examples/minimal.rs, built here), alternating runs so both see the same machine; then
//! key latency (key written → screen changed), bytes written while idle, and peak memory
//! (VmHWM). Prints the figures; asserts nothing.
//!
//! Targets: first frame within 1.2× of the minimal program; a key on screen within
//! 1 ms; 0 bytes while idle; peak memory under 8 MB.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty};

// The pseudo-terminal and the clean command, as the tests make them; only that file,
// not the tests' whole support module.
#[path = "../tests/support/pty.rs"]
mod pty;

const RUNS: usize = 60;
const WARM_UP: usize = 3;
const COLS: u16 = 100;
const ROWS: u16 = 30;

/// A program in a pseudo-terminal; output chunks arrive with the time they were read.
struct Running {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    chunks: Receiver<(Instant, Vec<u8>)>,
    parser: vt100::Parser,
    bytes: usize,
    started: Instant,
}

impl Running {
    fn spawn(program: &Path, args: &[&str], home: &Path) -> Running {
        let pair = pty::open(COLS, ROWS);
        let command = pty::command(program, args, home, home);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = pair.master.take_writer().expect("a writer");
        let (sender, chunks) = mpsc::channel();
        let started = Instant::now();
        let child = pair
            .slave
            .spawn_command(command)
            .expect("the program starts");
        drop(pair.slave);
        thread::spawn(move || {
            let mut buffer = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || sender.send((Instant::now(), buffer[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        let rows = std::num::NonZeroU16::new(ROWS).expect("rows");
        let cols = std::num::NonZeroU16::new(COLS).expect("cols");
        Running {
            child,
            _master: pair.master,
            writer,
            chunks,
            parser: vt100::Parser::new(rows, cols, 0),
            bytes: 0,
            started,
        }
    }

    /// The time of the output chunk after which the screen first satisfies `ready`.
    fn until(&mut self, ready: impl Fn(&vt100::Screen) -> bool) -> Instant {
        loop {
            let (at, chunk) = self
                .chunks
                .recv_timeout(Duration::from_secs(10))
                .expect("the screen changes in time");
            self.parser.process(&chunk);
            self.bytes += chunk.len();
            if ready(self.parser.screen()) {
                return at;
            }
        }
    }

    fn send(&mut self, keys: &[u8]) -> Instant {
        let at = Instant::now();
        self.writer.write_all(keys).expect("keys reach the program");
        self.writer.flush().expect("keys reach the program");
        at
    }

    /// Output that arrives within `window`, in bytes.
    fn bytes_within(&mut self, window: Duration) -> usize {
        let end = Instant::now() + window;
        let mut bytes = 0;
        while let Some(left) = end.checked_duration_since(Instant::now()) {
            match self.chunks.recv_timeout(left) {
                Ok((_, chunk)) => {
                    self.parser.process(&chunk);
                    bytes += chunk.len();
                }
                Err(_) => break,
            }
        }
        bytes
    }

    fn peak_memory_kib(&self) -> Option<u64> {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.child.process_id()?)).ok()?;
        let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    /// Sends `q` and waits for the exit; the time from the key to the exit.
    fn quit(mut self) -> Duration {
        let pressed = self.send(b"q");
        loop {
            if self
                .child
                .try_wait()
                .expect("the child can be waited for")
                .is_some()
            {
                return pressed.elapsed();
            }
            if pressed.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                panic!("the program did not quit");
            }
            thread::sleep(Duration::from_micros(50));
        }
    }
}

fn build_minimal() -> PathBuf {
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--example", "minimal"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the minimal example builds");
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/examples/minimal")
}

/// The release build of the explorer, built here so the figures are the optimised
/// program's whatever profile the bench itself was built with.
fn build_explorer() -> PathBuf {
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "sales-vs-service"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the explorer builds");
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/sales-vs-service")
}

fn explorer_ready(screen: &vt100::Screen) -> bool {
    // The status line is the last row drawn, and the frame is written in one go.
    screen.contents().contains("q Quit") && screen.contents().contains("Conclusion")
}

fn minimal_ready(screen: &vt100::Screen) -> bool {
    screen
        .contents()
        .contains("Sales and service, side by side.")
        && screen.alternate_screen()
}

/// The explorer's and the minimal program's times, run for run.
#[derive(Default)]
struct Pairs {
    explorer: Vec<Duration>,
    minimal: Vec<Duration>,
}

impl Pairs {
    fn push(&mut self, explorer: Duration, minimal: Duration) {
        self.explorer.push(explorer);
        self.minimal.push(minimal);
    }

    /// The ratio of the medians, and the median of each pair's ratio: the machine's
    /// drift during the run moves both programs of a pair alike.
    fn print(self) {
        let ratios: Vec<f64> = self
            .explorer
            .iter()
            .zip(&self.minimal)
            .map(|(explorer, minimal)| explorer.as_secs_f64() / minimal.as_secs_f64())
            .collect();
        let (explorer, minimal) = (median(self.explorer), median(self.minimal));
        println!(
            "  explorer {}   minimal ratatui {}   ratio of medians {:.2}   median ratio {:.2}",
            ms(explorer),
            ms(minimal),
            explorer.as_secs_f64() / minimal.as_secs_f64(),
            median_f64(ratios)
        );
    }
}

fn median_f64(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing: only time
    // when asked to.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let explorer = build_explorer();
    let minimal = build_minimal();
    let home = tempfile::tempdir().expect("a temporary home");
    let args = ["--no-remember", "--lang", "en"];

    // A few runs first, unmeasured, so neither program pays for a cold page cache.
    for _ in 0..WARM_UP {
        for (program, args, ready) in [
            (
                &explorer,
                &args[..],
                explorer_ready as fn(&vt100::Screen) -> bool,
            ),
            (&minimal, &[], minimal_ready),
        ] {
            let mut run = Running::spawn(program, args, home.path());
            run.until(ready);
            run.quit();
        }
    }
    let mut start = Pairs::default();
    let mut quit = Pairs::default();
    for _ in 0..RUNS {
        let mut run = Running::spawn(&explorer, &args, home.path());
        let started = run.started;
        let explorer_start = run.until(explorer_ready) - started;
        let explorer_quit = run.quit();

        let mut run = Running::spawn(&minimal, &[], home.path());
        let started = run.started;
        start.push(explorer_start, run.until(minimal_ready) - started);
        quit.push(explorer_quit, run.quit());
    }
    println!("start-up, spawn to first complete frame ({RUNS} alternating pairs):");
    start.print();
    println!("shut-down, q to exit:");
    quit.print();

    // One session: key latency, idle output, peak memory.
    let mut run = Running::spawn(&explorer, &args, home.path());
    run.until(explorer_ready);
    let mut latencies = Vec::new();
    for n in 0..100 {
        // Down to "Key takeaways" and back up to "Overview", watching the text change.
        let (key, shows): (&[u8], &str) = if n % 2 == 0 {
            (b"\x1b[B", "Sales involves selling a product")
        } else {
            (b"\x1b[A", "Sales and service are among")
        };
        let pressed = run.send(key);
        let shown = run.until(|screen| screen.contents().contains(shows));
        latencies.push(shown - pressed);
    }
    latencies.sort();
    println!("key latency, key written to screen changed (100 keys):");
    println!(
        "  median {}   90th percentile {}   worst {}",
        ms(latencies[50]),
        ms(latencies[90]),
        ms(latencies[99])
    );
    thread::sleep(Duration::from_millis(200));
    let before = run.bytes;
    let idle = run.bytes_within(Duration::from_secs(2));
    println!(
        "idle: {idle} bytes written in 2 s without input ({} before)",
        before
    );
    match run.peak_memory_kib() {
        Some(kib) => println!("peak memory (VmHWM): {:.1} MB", kib as f64 / 1024.0),
        None => println!("peak memory: /proc not available"),
    }
    let quit = run.quit();
    println!("  (that session quit in {})", ms(quit));
}
