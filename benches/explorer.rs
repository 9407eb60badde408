//! Drawing, through the real backend (crossterm, writing its escape sequences into a
//! sink instead of a terminal): one full frame of each topic, its text laid out and
//! every cell written, at 100x30 and 200x60; a one-line scroll; and 1,000 key presses
//! through update and render. Target: a 200x60 frame under 0.5 ms.

mod support;

use divan::Bencher;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use sales_vs_service::content::{Library, TopicId};
use sales_vs_service::document::theme::Theme;
use sales_vs_service::study::action::Action;
use sales_vs_service::study::entry::Entry;
use sales_vs_service::study::keymap::{Platform, Table, action_for_key};
use sales_vs_service::tui::app::{App, Place};
use support::{app, draw, terminal};

fn main() {
    divan::main();
}

fn library() -> Library {
    Library::builtin().expect("the built-in content is valid")
}

/// A full frame: every cell of the screen written, as after a start or a resize, with
/// the topic's text already laid out (it is laid out once per language, topic and
/// width).
fn full_frame(bencher: Bencher, topic: TopicId, width: u16, height: u16) {
    let library = library();
    // Vietnamese: the most bytes per column and the longest table.
    let language = library.find_language("vi").expect("Vietnamese");
    let app = app(&library, language, topic, width, height);
    // A new terminal has drawn nothing yet, so the frame writes every cell. Making it
    // and dropping it are outside the measurement (divan drops returned values later).
    bencher
        .with_inputs(|| terminal(width, height))
        .bench_local_values(|mut terminal| {
            draw(&mut terminal, &app);
            terminal
        });
}

#[divan::bench(args = TopicId::ALL)]
fn frame_100x30(bencher: Bencher, topic: TopicId) {
    full_frame(bencher, topic, 100, 30);
}

#[divan::bench(args = TopicId::ALL)]
fn frame_200x60(bencher: Bencher, topic: TopicId) {
    full_frame(bencher, topic, 200, 60);
}

/// The parallel view, Vietnamese beside Icelandic: a full frame at 200x60, the two
/// texts already laid out and aligned. Target: under 0.5 ms.
#[divan::bench(args = [TopicId::Comparison, TopicId::Overview])]
fn parallel_frame_200x60(bencher: Bencher, topic: TopicId) {
    let library = library();
    let language = library.find_language("vi").expect("Vietnamese");
    let place = Place {
        parallel: true,
        second: library.find_language("is"),
        viewport: Size::new(200, 60),
        ..Place::at(language, Entry::Topic(topic))
    };
    let app = App::at(&library, Theme::colour(), place, true);
    bencher
        .with_inputs(|| terminal(200, 60))
        .bench_local_values(|mut terminal| {
            draw(&mut terminal, &app);
            terminal
        });
}

/// `p` on a topic: the second language laid out and aligned with the first (once;
/// after that it is cached like any layout).
#[divan::bench]
fn toggle_parallel_200x60(bencher: Bencher) {
    let library = library();
    let language = library.find_language("vi").expect("Vietnamese");
    bencher
        .with_inputs(|| app(&library, language, TopicId::Comparison, 200, 60))
        .bench_local_values(|mut app| {
            app.update(Action::ToggleParallel);
            app
        });
}

/// A topic shown for the first time: its text laid out for the pane, then the full
/// frame.
#[divan::bench(args = [TopicId::Comparison, TopicId::Differences, TopicId::Overview])]
fn first_frame_200x60(bencher: Bencher, topic: TopicId) {
    let library = library();
    let language = library.find_language("vi").expect("Vietnamese");
    bencher
        .with_inputs(|| terminal(200, 60))
        .bench_local_values(|mut terminal| {
            let app = app(&library, language, topic, 200, 60);
            draw(&mut terminal, &app);
            terminal
        });
}

/// The commonest frame: the text scrolled by a line, only the changed cells written.
#[divan::bench]
fn scroll_one_line_200x60(bencher: Bencher) {
    let library = library();
    let mut terminal = terminal(200, 60);
    let mut app = app(&library, 5, TopicId::Comparison, 200, 60);
    app.update(Action::FocusDetail);
    let mut down = true;
    bencher.bench_local(|| {
        if !app.update(if down { Action::Down } else { Action::Up }) {
            down = !down;
        }
        draw(&mut terminal, &app);
    });
}

/// A reading session's keys: down the topics, into the text, pages, languages, back.
const SESSION: [KeyCode; 10] = [
    KeyCode::Down,
    KeyCode::Right,
    KeyCode::PageDown,
    KeyCode::Char('j'),
    KeyCode::Char('l'),
    KeyCode::End,
    KeyCode::Left,
    KeyCode::Down,
    KeyCode::Char('L'),
    KeyCode::Up,
];

#[divan::bench]
fn thousand_key_presses_100x30(bencher: Bencher) {
    let library = library();
    let mut terminal = terminal(100, 30);
    bencher.bench_local(|| {
        let mut app = app(&library, 0, TopicId::Overview, 100, 30);
        for code in SESSION.iter().cycle().take(1000) {
            if let Some(action) = action_for_key(
                Table::Reading,
                Platform::CURRENT,
                KeyEvent::new(*code, KeyModifiers::NONE),
            ) && app.update(action)
            {
                draw(&mut terminal, &app);
            }
        }
    });
}

/// The yardstick: a minimal ratatui frame of the same size, one bordered paragraph of
/// wrapped text filling the screen, drawn in full.
#[divan::bench]
fn yardstick_paragraph_200x60(bencher: Bencher) {
    use ratatui::widgets::{Block, Paragraph, Wrap};
    let text =
        "Sales and service are among the most fundamental features of any business. ".repeat(160);
    bencher
        .with_inputs(|| terminal(200, 60))
        .bench_local_values(|mut terminal| {
            terminal
                .draw(|frame| {
                    let paragraph = Paragraph::new(text.as_str())
                        .wrap(Wrap { trim: true })
                        .block(Block::bordered().title("minimal"));
                    frame.render_widget(paragraph, frame.area());
                })
                .map(|_| ())
                .expect("a frame");
            terminal
        });
}
