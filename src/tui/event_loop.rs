//! The run loop: draw, block until input, map it to an action, update, draw again only
//! if something changed. No tick: an idle explorer writes nothing, and once the texts
//! one key away are laid out and the search's index made, uses no CPU.

use std::io;
use std::sync::mpsc::{self, Sender, TryRecvError};
use std::thread;

use ratatui::crossterm::event::{self, Event};
#[cfg(unix)]
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
#[cfg(unix)]
use signal_hook::iterator::Signals;

use ratatui::layout::{Position, Rect};

use crate::study::action::Action;
use crate::study::keymap::{Platform, action_for_key};
use crate::tui::app::App;
use crate::tui::layout::Screen;
use crate::tui::mouse::{self, action_for_gesture, gesture};
use crate::tui::terminal::{Guard, Tui};
use crate::tui::ui;

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

pub fn run(
    // Used by a suspend, which only Unix has.
    #[cfg_attr(not(unix), expect(unused_variables))] guard: &Guard,
    terminal: &mut Tui,
    app: &mut App<'_>,
) -> io::Result<Ending> {
    // Signals are caught from here on (a SIGTERM now is handled once the loop runs);
    // the threads that wait for input start after the first frame is out, so the
    // reader sees the explorer as soon as possible.
    #[cfg(unix)]
    let signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    draw(terminal, app)?;
    panic_if_asked();
    // Terminal events and signals, merged into one blocking queue. The reader threads
    // block too; they end with the process.
    let (sender, inputs) = mpsc::channel();
    #[cfg(unix)]
    forward_signals(signals, sender.clone());
    thread::spawn(move || read_events(&sender));
    loop {
        // While nothing waits, the texts one key away are laid out and the index made,
        // a step at a time: a key waits for one step at most.
        let first = loop {
            match inputs.try_recv() {
                Ok(input) => break input,
                Err(TryRecvError::Empty) if app.prepare() => {}
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => {
                    break inputs.recv().map_err(io::Error::other)?;
                }
            }
        };
        let mut changed = false;
        let mut repaint = false;
        // Handle everything already waiting before drawing: a burst of key repeats or
        // a resize storm costs one frame, not one per event.
        for input in std::iter::once(first).chain(inputs.try_iter()) {
            let action = match input {
                Input::Terminal(event) => action_for_event(event, app),
                #[cfg(unix)]
                Input::Signal(signal) => return Ok(Ending::Signal(signal)),
                Input::Failed(error) => return Err(error),
            };
            match action {
                Some(Action::Redraw) => repaint = true,
                // Only Unix has job control; elsewhere no key asks for a suspend.
                #[cfg(unix)]
                Some(Action::Suspend) => {
                    guard.suspend()?;
                    repaint = true;
                }
                Some(action) => changed |= app.update(action),
                None => {}
            }
            if app.should_quit() {
                return Ok(Ending::Quit);
            }
            // What `y` or `Y` copied goes to the terminal's clipboard.
            if let Some(text) = app.take_clipboard() {
                terminal.backend_mut().copy_to_clipboard(&text)?;
            }
        }
        if repaint {
            // Forget what is on the screen, so the next frame paints every cell.
            let area = Rect::from((Position::ORIGIN, terminal.size()?));
            terminal.resize(area)?;
        }
        if changed || repaint {
            draw(terminal, app)?;
        }
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
            let slots = match app.screen() {
                Screen::Full(regions) => app.language_slots(regions.language_bar),
                Screen::TooSmall(_) => Vec::new(),
            };
            let hit = mouse::hit(app.layout(), &slots, mouse.column, mouse.row);
            action_for_gesture(gesture, hit, app.sidebar_offset())
        }
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        // A paste is one event (bracketed paste): text for a text field, and nothing
        // elsewhere, never keys.
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::FocusGained | Event::FocusLost => None,
    }
}

#[cfg(unix)]
fn forward_signals(mut signals: Signals, sender: Sender<Input>) {
    thread::spawn(move || {
        for signal in signals.forever() {
            if sender.send(Input::Signal(signal)).is_err() {
                break;
            }
        }
    });
}

fn read_events(sender: &Sender<Input>) {
    loop {
        let input = match event::read() {
            Ok(event) => Input::Terminal(event),
            Err(error) => Input::Failed(error),
        };
        let failed = matches!(input, Input::Failed(_));
        if sender.send(input).is_err() || failed {
            break;
        }
    }
}
