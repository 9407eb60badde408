//! The run loop: draw, block until input, map it to an action, update, draw again only
//! if something changed. No tick: an idle explorer writes nothing and, once the texts
//! one key away are laid out and the search's index made, uses no CPU. With `--content-dir` it wakes a few times a
//! second, still writing nothing: it looks at the language files every 250 ms (a
//! `stat` each), which is how a saved change shows within half a second, and the
//! terminal's reader looks up every 100 ms in case `v` wants the terminal for the
//! editor. A change that loads replaces the library: the app lets go of the old one
//! (`App::keep`), and another resumes over the new at the same place.

use std::collections::VecDeque;
use std::io;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};
#[cfg(unix)]
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
#[cfg(unix)]
use signal_hook::iterator::Signals;

use ratatui::layout::{Position, Rect};

use crate::content::{ContentError, Library, Watch};
use crate::study::action::Action;
use crate::study::keymap::{Platform, action_for_key};
use crate::tui::app::{App, Notice, Place};
use crate::tui::editor;
use crate::tui::mouse::{self, action_for_gesture, gesture};
use crate::tui::terminal::{Guard, Tui};
use crate::tui::ui;

/// How often the language files are looked at, while they come from a folder.
const LOOK: Duration = Duration::from_millis(250);

/// How long the reader waits for input before it sees whether it should stop reading
/// (for the editor): the most `v` waits before the editor opens.
const READER_WAKE: Duration = Duration::from_millis(100);

/// What wakes the loop.
enum Input {
    Terminal(Event),
    /// SIGTERM, SIGHUP or SIGINT: end the loop so the terminal is restored. (Windows
    /// has none of these to catch: there Ctrl-C is a key, as here, and closing the
    /// console ends the process.)
    #[cfg(unix)]
    Signal(i32),
    Failed(io::Error),
}

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// Only on Unix: no signal ends the loop on Windows.
    Signal(i32),
}

impl Ending {
    /// The conventional status of a program ended by a signal: 128 + its number.
    pub fn exit_code(self) -> u8 {
        match self {
            Ending::Quit => 0,
            Ending::Signal(signal) => u8::try_from(128 + signal).unwrap_or(1),
        }
    }
}

/// Why one app's loop stopped.
enum Stop {
    End(Ending),
    /// Language files changed and load: the library they make, the files' names, and
    /// the errors of any other that does not load.
    Reload {
        library: Library,
        reloaded: Vec<String>,
        errors: Vec<ContentError>,
    },
}

/// The explorer until it ends, and where it ended: `app` first, then, each time the
/// language files change, an app over the library they make, at the same place.
/// `watch` is the folder's files (`--content-dir`), looked at while idle.
pub fn run(
    guard: &Guard,
    terminal: &mut Tui,
    mut app: App<'_>,
    watch: Option<Watch>,
) -> io::Result<(Ending, Place)> {
    // Signals are caught from here on (a SIGTERM now is handled once the loop runs);
    // the threads that wait for input start after the first frame is out, so the
    // reader sees the explorer as soon as possible.
    #[cfg(unix)]
    let signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let mut session = Session {
        guard,
        terminal,
        #[cfg(unix)]
        signals: Some(signals),
        inputs: None,
        pending: VecDeque::new(),
        watch,
        next_look: Instant::now() + LOOK,
    };
    let mut stop = session.run(&mut app)?;
    let mut kept = app.keep();
    loop {
        let (library, reloaded, errors) = match stop {
            Stop::End(ending) => return Ok((ending, *kept.place())),
            Stop::Reload {
                library,
                reloaded,
                errors,
            } => (library, reloaded, errors),
        };
        kept.hear(reloaded, errors);
        let mut app = App::resume(&library, kept);
        stop = session.run(&mut app)?;
        kept = app.keep();
    }
}

/// The terminal, the input, and the files, across the apps of one run.
struct Session<'s> {
    guard: &'s Guard,
    terminal: &'s mut Tui,
    /// Until they are forwarded, once the first frame is out.
    #[cfg(unix)]
    signals: Option<Signals>,
    inputs: Option<Inputs>,
    /// Input read but not yet handled when the app stopped for a reload: the next
    /// app's, so that no key is lost.
    pending: VecDeque<Input>,
    watch: Option<Watch>,
    next_look: Instant,
}

/// Terminal events and signals, merged into one blocking queue. The threads that feed
/// it block too; they end with the process.
struct Inputs {
    queue: Receiver<Input>,
    /// Stops the reader while the editor has the terminal; only where there is a file
    /// to edit.
    gate: Option<Arc<Gate>>,
}

impl Session<'_> {
    fn run(&mut self, app: &mut App<'_>) -> io::Result<Stop> {
        draw(self.terminal, app)?;
        if self.inputs.is_none() {
            panic_if_asked();
            self.inputs = Some(self.start_inputs());
        }
        loop {
            let Some(first) = self.wait(app)? else {
                if let Some(stop) = self.look(app)? {
                    return Ok(stop);
                }
                continue;
            };
            let mut changed = false;
            let mut repaint = false;
            // Handle everything already waiting before drawing: a burst of key repeats
            // or a resize storm costs one frame, not one per event.
            let mut batch: VecDeque<Input> = std::iter::once(first).collect();
            batch.extend(self.pending.drain(..));
            if let Some(inputs) = &self.inputs {
                batch.extend(inputs.queue.try_iter());
            }
            while let Some(input) = batch.pop_front() {
                let action = match input {
                    Input::Terminal(event) => action_for_event(event, app),
                    #[cfg(unix)]
                    Input::Signal(signal) => return Ok(Stop::End(Ending::Signal(signal))),
                    Input::Failed(error) => return Err(error),
                };
                match action {
                    Some(Action::Redraw) => repaint = true,
                    // Only Unix has job control; elsewhere no key asks for a suspend.
                    #[cfg(unix)]
                    Some(Action::Suspend) => {
                        self.guard.suspend()?;
                        repaint = true;
                    }
                    Some(Action::Edit) => {
                        app.update(Action::Edit);
                        changed = true;
                        if let Some(stop) = self.edit(app)? {
                            self.pending = batch;
                            return Ok(stop);
                        }
                    }
                    Some(action) => changed |= app.update(action),
                    None => {}
                }
                if app.should_quit() {
                    return Ok(Stop::End(Ending::Quit));
                }
                // What `y` or `Y` copied goes to the terminal's clipboard.
                if let Some(text) = app.take_clipboard() {
                    self.terminal.backend_mut().copy_to_clipboard(&text)?;
                }
            }
            if repaint {
                self.forget_screen()?;
            }
            if changed || repaint {
                draw(self.terminal, app)?;
            }
        }
    }

    fn start_inputs(&mut self) -> Inputs {
        let (sender, queue) = mpsc::channel();
        let gate = self.watch.is_some().then(|| Arc::new(Gate::new()));
        #[cfg(unix)]
        if let Some(signals) = self.signals.take() {
            forward_signals(signals, sender.clone(), gate.clone());
        }
        let reader_gate = gate.clone();
        thread::spawn(move || read_events(&sender, reader_gate.as_deref()));
        Inputs { queue, gate }
    }

    /// The next input; while none waits, the texts one key away are laid out. `None`
    /// when it is time to look at the files.
    fn wait(&mut self, app: &mut App<'_>) -> io::Result<Option<Input>> {
        if let Some(input) = self.pending.pop_front() {
            return Ok(Some(input));
        }
        let Some(inputs) = &self.inputs else {
            return Err(io::Error::other("no input"));
        };
        loop {
            let look_in = self
                .watch
                .as_ref()
                .map(|_| self.next_look.saturating_duration_since(Instant::now()));
            if look_in == Some(Duration::ZERO) {
                return Ok(None);
            }
            match inputs.queue.try_recv() {
                Ok(input) => return Ok(Some(input)),
                Err(TryRecvError::Empty) if app.prepare() => {}
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => {
                    return match look_in {
                        None => inputs.queue.recv().map(Some).map_err(io::Error::other),
                        Some(timeout) => match inputs.queue.recv_timeout(timeout) {
                            Ok(input) => Ok(Some(input)),
                            Err(RecvTimeoutError::Timeout) => Ok(None),
                            Err(error @ RecvTimeoutError::Disconnected) => {
                                Err(io::Error::other(error))
                            }
                        },
                    };
                }
            }
        }
    }

    /// A look at the language files: a change that loads stops the app for a reload;
    /// an error is shown at once, over the text that stays.
    fn look(&mut self, app: &mut App<'_>) -> io::Result<Option<Stop>> {
        self.next_look = Instant::now() + LOOK;
        let Some(news) = self.watch.as_mut().and_then(Watch::poll) else {
            return Ok(None);
        };
        match news.library {
            Some(library) => Ok(Some(Stop::Reload {
                library,
                reloaded: news.reloaded,
                errors: news.errors,
            })),
            None => {
                app.hear(Vec::new(), news.errors);
                draw(self.terminal, app)?;
                Ok(None)
            }
        }
    }

    /// `v`: the language's file in the editor, at the text on top of the screen, the
    /// terminal handed over meanwhile (the reader held, so the editor has every key);
    /// then the file as the editor left it. Built-in text has no file: the status line
    /// says how to get one.
    fn edit(&mut self, app: &mut App<'_>) -> io::Result<Option<Stop>> {
        let code = app.language().code.to_string();
        let file: Option<(PathBuf, usize)> = self
            .watch
            .as_ref()
            .and_then(|watch| watch.place_of(&code, app.passage()))
            .map(|(path, line)| (path.to_path_buf(), line));
        let Some((path, line)) = file else {
            app.say(Notice::BuiltIn);
            return Ok(None);
        };
        let gate = self.inputs.as_ref().and_then(|inputs| inputs.gate.clone());
        let held = gate.as_ref().map(Gate::hold);
        let edited = self.guard.hand_over(|| editor::edit(&path, line))?;
        drop(held);
        self.forget_screen()?;
        if let Err(why) = edited {
            app.say(Notice::NoEditor(why));
        }
        self.look(app)
    }

    /// Forgets what is on the screen, so the next frame paints every cell.
    fn forget_screen(&mut self) -> io::Result<()> {
        let area = Rect::from((Position::ORIGIN, self.terminal.size()?));
        self.terminal.resize(area)
    }
}

/// Lets the reader read the terminal, or holds it between two reads while another
/// program (the editor) has the terminal, so that every key goes to that program.
struct Gate {
    reader: Mutex<Reader>,
    turned: Condvar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reader {
    Reading,
    /// Asked to stop at its next pass.
    Asked,
    Held,
    /// Ended (the terminal failed): nothing to hold.
    Gone,
}

/// The reader is held until this is dropped.
struct Held(Arc<Gate>);

impl Gate {
    fn new() -> Gate {
        Gate {
            reader: Mutex::new(Reader::Reading),
            turned: Condvar::new(),
        }
    }

    fn reader(&self) -> MutexGuard<'_, Reader> {
        self.reader.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until the reader is between two reads, and holds it there.
    fn hold(gate: &Arc<Gate>) -> Held {
        let mut reader = gate.reader();
        if *reader == Reader::Reading {
            *reader = Reader::Asked;
        }
        while *reader == Reader::Asked {
            reader = gate
                .turned
                .wait(reader)
                .unwrap_or_else(PoisonError::into_inner);
        }
        Held(gate.clone())
    }

    /// The reader's pass between two reads: it waits here while held.
    fn pass(&self) {
        let mut reader = self.reader();
        if *reader == Reader::Asked {
            *reader = Reader::Held;
            self.turned.notify_all();
        }
        while *reader == Reader::Held {
            reader = self
                .turned
                .wait(reader)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn leave(&self) {
        *self.reader() = Reader::Gone;
        self.turned.notify_all();
    }

    /// Whether another program has the terminal.
    #[cfg(unix)]
    fn holding(&self) -> bool {
        matches!(*self.reader(), Reader::Asked | Reader::Held)
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut reader = self.0.reader();
        if *reader != Reader::Gone {
            *reader = Reader::Reading;
        }
        self.0.turned.notify_all();
    }
}

/// A frame, for the size the terminal has now: a resize the app has not yet heard of
/// (it is still in the queue) is applied first, so the frame, the app's layout and the
/// mouse agree.
fn draw(terminal: &mut Tui, app: &mut App<'_>) -> io::Result<()> {
    let size = terminal.size()?;
    if size != app.place().viewport {
        app.update(Action::Resize {
            width: size.width,
            height: size.height,
        });
    }
    terminal.draw(|frame| ui::render(frame, app))?;
    Ok(())
}

/// The tests prove the terminal is restored after a panic: they need a panic on demand.
/// Only debug builds (what `cargo test` builds) honour the request.
fn panic_if_asked() {
    #[cfg(debug_assertions)]
    if std::env::var_os("SALES_VS_SERVICE_TEST_PANIC").is_some() {
        panic!("a panic asked for by SALES_VS_SERVICE_TEST_PANIC");
    }
}

/// The action a terminal event asks for: keys through the key table, the mouse through
/// the same layout the screen was drawn with.
pub fn action_for_event(event: Event, app: &App<'_>) -> Option<Action> {
    match event {
        Event::Key(key) => action_for_key(app.place().mode.table(), Platform::CURRENT, key),
        Event::Mouse(mouse) => {
            let gesture = gesture(mouse.kind)?;
            let hit = mouse::hit(app.layout(), mouse.column, mouse.row);
            action_for_gesture(gesture, hit, app.sidebar_offset())
        }
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        // A paste is one event (bracketed paste): text for a text field, and nothing
        // elsewhere, never keys.
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::FocusGained | Event::FocusLost => None,
    }
}

/// While the editor has the terminal, a Ctrl-C typed there is its own (as `system`
/// ignores SIGINT while its command runs): only SIGTERM and SIGHUP end the explorer.
#[cfg(unix)]
fn forward_signals(mut signals: Signals, sender: Sender<Input>, gate: Option<Arc<Gate>>) {
    thread::spawn(move || {
        for signal in signals.forever() {
            if signal == SIGINT && gate.as_ref().is_some_and(|gate| gate.holding()) {
                continue;
            }
            if sender.send(Input::Signal(signal)).is_err() {
                break;
            }
        }
    });
}

/// Reads the terminal until it fails. With a gate, it waits for input a while at a
/// time, and between two reads passes the gate, which may hold it.
fn read_events(sender: &Sender<Input>, gate: Option<&Gate>) {
    loop {
        if let Some(gate) = gate {
            gate.pass();
            match event::poll(READER_WAKE) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(error) => {
                    let _ = sender.send(Input::Failed(error));
                    break;
                }
            }
        }
        let input = match event::read() {
            Ok(event) => Input::Terminal(event),
            Err(error) => Input::Failed(error),
        };
        let failed = matches!(input, Input::Failed(_));
        if sender.send(input).is_err() || failed {
            break;
        }
    }
    if let Some(gate) = gate {
        gate.leave();
    }
}
