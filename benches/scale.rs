//! The explorer with a hundred times the text: every topic's blocks repeated a hundred
//! times in every language, made here from the built-in files. Loading, a topic's first
//! frame, a one-line scroll, and the keys that bring a new text (a language switch, the
//! next topic, the parallel view), each at the built-in size (1) and at 100, to see how
//! each grows. Loading and laying a topic out read every text, so they may grow with
//! it; a scroll draws one screen, so it must not, nor must a key once the explorer has
//! been idle (the texts one key away are laid out then). Target: a key press on screen
//! within 1 ms at 100x.
//!
//! Then the built-in size with six languages in the bar and with thirty (`languages::`):
//! a key right after the first frame and after idle. Target: with thirty, a key costs at
//! most 1.2x what it costs with six.

mod support;

use std::borrow::Cow;

use divan::Bencher;
use divan::counter::BytesCount;
use sales_vs_service::content::{Library, SourceFile, TopicId, builtin_files, merge};
use sales_vs_service::study::action::Action;
use sales_vs_service::study::search::Index;
use serde_json::Value;
use support::{app, draw, terminal};

fn main() {
    divan::main();
}

/// The built-in size, and a hundred times it.
const SCALES: [usize; 2] = [1, 100];

/// Vietnamese has the most bytes per column, and the comparison the longest tables.
const LANGUAGE: &str = "vi";
const TOPIC: TopicId = TopicId::Comparison;
/// At this size the built-in topic is longer than its pane, so it scrolls at both
/// sizes.
const WIDTH: u16 = 100;
const HEIGHT: u16 = 30;

/// The built-in files with each topic's blocks repeated `scale` times, and the quiz's
/// statements with them (every row of a comparison has its statements). Both sizes are
/// written out the same way, so they differ only in how much text they hold.
fn scaled_files(scale: usize) -> Vec<SourceFile> {
    builtin_files()
        .into_iter()
        .map(|file| {
            let mut language: Value =
                serde_json::from_str(&file.text).expect("a built-in file is JSON");
            let statements = language["quiz"]["statements"]
                .as_array()
                .expect("a language has quiz statements");
            let read = &language;
            let repeated: Vec<Value> = (0..scale as u64)
                .flat_map(|copy| {
                    statements.iter().map(move |statement| {
                        let rows = comparison_rows(read, &statement["topic"]);
                        let row = statement["row"].as_u64().expect("a statement's row");
                        let mut statement = statement.clone();
                        statement["row"] = Value::from(row + rows * copy);
                        statement
                    })
                })
                .collect();
            language["quiz"]["statements"] = Value::Array(repeated);
            for topic in language["topics"]
                .as_array_mut()
                .expect("a language has topics")
            {
                let blocks = topic["blocks"].as_array().expect("a topic has blocks");
                let repeated: Vec<Value> = blocks
                    .iter()
                    .cycle()
                    .take(blocks.len() * scale)
                    .cloned()
                    .collect();
                topic["blocks"] = Value::Array(repeated);
            }
            let text = serde_json::to_string_pretty(&language).expect("JSON");
            SourceFile {
                text: Cow::Owned(text),
                ..file
            }
        })
        .collect()
}

/// The rows of a topic's comparisons, in a language file.
fn comparison_rows(language: &Value, topic: &Value) -> u64 {
    let topics = language["topics"]
        .as_array()
        .expect("a language has topics");
    let topic = topics
        .iter()
        .find(|own| own["id"] == *topic)
        .expect("a statement's topic");
    let blocks = topic["blocks"].as_array().expect("a topic has blocks");
    blocks
        .iter()
        .filter_map(|block| block["rows"].as_array())
        .map(|rows| rows.len() as u64)
        .sum()
}

fn library(files: &[SourceFile]) -> Library {
    Library::from_files(files).expect("repeated blocks are valid content")
}

fn language(library: &Library, code: &str) -> usize {
    library.find_language(code).expect("a built-in language")
}

/// Parse and validate all six languages.
#[divan::bench(args = SCALES)]
fn load(bencher: Bencher, scale: usize) {
    let files = scaled_files(scale);
    let bytes: usize = files.iter().map(|file| file.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        Library::from_files(divan::black_box(&files)).map(|library| library.languages().len())
    });
}

/// The explorer opening on the topic: its text laid out, every cell of the screen
/// written.
#[divan::bench(args = SCALES)]
fn first_frame(bencher: Bencher, scale: usize) {
    let files = scaled_files(scale);
    let library = library(&files);
    let language = language(&library, LANGUAGE);
    bencher
        .with_inputs(|| terminal(WIDTH, HEIGHT))
        .bench_local_values(|mut terminal| {
            let app = app(&library, language, TOPIC, WIDTH, HEIGHT);
            draw(&mut terminal, &app);
            // Dropped after the measurement: a hundred times the text takes a while
            // to free, and that is no part of showing it.
            (terminal, app)
        });
}

/// The commonest key: the text moved by a line, only the changed cells written. Over
/// the same lines at both sizes (ten down, ten up), so only the amount of text behind
/// them differs.
#[divan::bench(args = SCALES)]
fn scroll_one_line(bencher: Bencher, scale: usize) {
    let files = scaled_files(scale);
    let library = library(&files);
    let mut app = app(&library, language(&library, LANGUAGE), TOPIC, WIDTH, HEIGHT);
    let mut terminal = terminal(WIDTH, HEIGHT);
    app.update(Action::FocusDetail);
    draw(&mut terminal, &app);
    let mut step = 0usize;
    bencher.bench_local(|| {
        let action = if step % 20 < 10 {
            Action::Down
        } else {
            Action::Up
        };
        step += 1;
        // A key that moved nothing would time a frame with nothing to write.
        assert!(app.update(action), "the text scrolls");
        draw(&mut terminal, &app);
    });
}

/// `l` into a language whose topic is not laid out yet: the topic laid out in it,
/// and the frame's changed cells written.
#[divan::bench(args = SCALES)]
fn language_switch(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::NextLanguage, Before::Cold);
}

/// `l` after the explorer has been idle: the event loop has laid the topic out in the
/// languages either side meanwhile (`App::prepare`), so the switch only finds its
/// place and writes the changed cells.
#[divan::bench(args = SCALES)]
fn language_switch_after_idle(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::NextLanguage, Before::Idle);
}

/// `↓` in the sidebar, to the next topic, not laid out yet.
#[divan::bench(args = SCALES)]
fn topic_step(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::Down, Before::Cold);
}

/// `↓` in the sidebar after the explorer has been idle: the next topic is ready.
#[divan::bench(args = SCALES)]
fn topic_step_after_idle(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::Down, Before::Idle);
}

/// `p`, the topic in two languages side by side, not laid out yet.
#[divan::bench(args = SCALES)]
fn parallel_toggle(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::ToggleParallel, Before::Cold);
}

/// `p` after the explorer has been idle.
#[divan::bench(args = SCALES)]
fn parallel_toggle_after_idle(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::ToggleParallel, Before::Idle);
}

/// `z`, the topics hidden and the text laid out for the width they leave.
#[divan::bench(args = SCALES)]
fn sidebar_toggle(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::ToggleSidebar, Before::Cold);
}

/// `z` after the explorer has been idle.
#[divan::bench(args = SCALES)]
fn sidebar_toggle_after_idle(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::ToggleSidebar, Before::Idle);
}

/// `z` pressed again: back to the text shown before.
#[divan::bench(args = SCALES)]
fn sidebar_toggle_back(bencher: Bencher, scale: usize) {
    press(bencher, scale, Action::ToggleSidebar, Before::SameKey);
}

/// What the explorer did between its first frame and the key.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Before {
    /// Nothing: the key came at once.
    Cold,
    /// Its idle pass, to the end (`App::prepare`).
    Idle,
    /// The same key, once: the key timed goes back.
    SameKey,
}

/// One key on the explorer opened on the topic in Italian (so `l` goes to Vietnamese),
/// and the frame's changed cells written.
fn press(bencher: Bencher, scale: usize, action: Action, before: Before) {
    let files = scaled_files(scale);
    let library = library(&files);
    let italian = language(&library, "it");
    bencher
        .with_inputs(|| {
            let mut app = app(&library, italian, TOPIC, WIDTH, HEIGHT);
            let mut terminal = terminal(WIDTH, HEIGHT);
            draw(&mut terminal, &app);
            match before {
                Before::Cold => {}
                Before::Idle => while app.prepare() {},
                Before::SameKey => {
                    app.update(action.clone());
                    draw(&mut terminal, &app);
                }
            }
            (app, terminal)
        })
        .bench_local_values(|(mut app, mut terminal)| {
            // A key that changed nothing would time a frame with nothing to write.
            assert!(app.update(action.clone()), "the key changes the screen");
            draw(&mut terminal, &app);
            (app, terminal)
        });
}

/// The idle pass itself, from the first frame until nothing is left to lay out: how
/// long the explorer keeps a core busy after a key, and the longest a key that comes
/// meanwhile can wait is one of its layouts.
#[divan::bench(args = SCALES)]
fn idle_pass(bencher: Bencher, scale: usize) {
    let files = scaled_files(scale);
    let library = library(&files);
    let italian = language(&library, "it");
    bencher
        .with_inputs(|| app(&library, italian, TOPIC, WIDTH, HEIGHT))
        .bench_local_values(|mut app| {
            let mut layouts = 0;
            while app.prepare() {
                layouts += 1;
            }
            assert!(layouts > 0, "something to lay out");
            app
        });
}

/// The index over every language: made in the idle pass, or by a `/` that comes first.
#[divan::bench(args = SCALES)]
fn search_index(bencher: Bencher, scale: usize) {
    let files = scaled_files(scale);
    let library = library(&files);
    bencher.bench_local(|| Index::new(divan::black_box(&library)));
}

/// A letter typed in the open search line, and the frame with the matches: in this
/// language (the scope the line opens with), and in all six (`Tab`). A word found in
/// every topic, so the matches grow with the text.
#[divan::bench(args = SCALES)]
fn search_keystroke(bencher: Bencher, scale: usize) {
    type_in_search(bencher, scale, false);
}

#[divan::bench(args = SCALES)]
fn search_keystroke_all_languages(bencher: Bencher, scale: usize) {
    type_in_search(bencher, scale, true);
}

fn type_in_search(bencher: Bencher, scale: usize, all: bool) {
    let files = scaled_files(scale);
    let library = library(&files);
    let mut app = app(&library, language(&library, "en"), TOPIC, WIDTH, HEIGHT);
    let mut terminal = terminal(WIDTH, HEIGHT);
    while app.prepare() {}
    app.update(Action::OpenSearch);
    if all {
        app.update(Action::ToggleScope);
    }
    for c in "cust".chars() {
        app.update(Action::Type(c));
    }
    draw(&mut terminal, &app);
    let mut typed = false;
    bencher.bench_local(|| {
        // One letter each time, typed then erased: the query is "custo", then "cust".
        let action = if typed {
            Action::Erase
        } else {
            Action::Type('o')
        };
        typed = !typed;
        assert!(app.update(action), "the line changes");
        draw(&mut terminal, &app);
    });
}

/// A key with six languages in the bar and with thirty, at the built-in size: right
/// after the first frame, while the idle pass runs (the key waits for the step in
/// progress), and once the explorer has been idle. The texts are the same; only how many
/// languages there are differs, so nothing a key waits for should grow.
mod languages {
    use std::time::{Duration, Instant};

    use sales_vs_service::tui::app::App;

    use super::*;

    /// The built-in six, and thirty.
    const COUNTS: [usize; 2] = [6, 30];

    /// The built-in files and, past the sixth language, copies of English under other
    /// codes (`xa`, `xb`, …), added as `--content-dir` adds a language.
    fn files(count: usize) -> Vec<SourceFile> {
        let builtin = builtin_files();
        let english = builtin
            .iter()
            .find(|file| file.code == "en")
            .expect("a built-in English")
            .clone();
        let copies = ('a'..='z')
            .take(count.saturating_sub(builtin.len()))
            .map(|letter| {
                let code = format!("x{letter}");
                let mut language: Value =
                    serde_json::from_str(&english.text).expect("a built-in file is JSON");
                language["code"] = Value::from(code.as_str());
                language["name"] = Value::from(format!("English {}", code.to_uppercase()));
                SourceFile {
                    name: format!("{code}.json"),
                    text: Cow::Owned(serde_json::to_string_pretty(&language).expect("JSON")),
                    code,
                }
            })
            .collect();
        let files = merge(builtin, copies);
        assert_eq!(files.len(), count, "{count} languages");
        files
    }

    /// When the key comes.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum When {
        /// Right after the first frame, while the idle pass runs: the event loop
        /// finishes the step in progress before it reads the key. Timed at the worst
        /// moment, as the pass's longest step begins.
        AtStart,
        /// Once the idle pass is over.
        AfterIdle,
    }

    /// `↓` on the text: a line scrolled.
    #[divan::bench(args = COUNTS, sample_size = 1, sample_count = 400)]
    fn scroll_at_start(bencher: Bencher, count: usize) {
        key(bencher, count, Action::Down, Focus::Text, When::AtStart);
    }

    #[divan::bench(args = COUNTS, sample_size = 1, sample_count = 400)]
    fn scroll_after_idle(bencher: Bencher, count: usize) {
        key(bencher, count, Action::Down, Focus::Text, When::AfterIdle);
    }

    /// `l`: the topic in the next language.
    #[divan::bench(args = COUNTS, sample_size = 1, sample_count = 400)]
    fn language_switch_at_start(bencher: Bencher, count: usize) {
        key(
            bencher,
            count,
            Action::NextLanguage,
            Focus::Topics,
            When::AtStart,
        );
    }

    #[divan::bench(args = COUNTS, sample_size = 1, sample_count = 400)]
    fn language_switch_after_idle(bencher: Bencher, count: usize) {
        key(
            bencher,
            count,
            Action::NextLanguage,
            Focus::Topics,
            When::AfterIdle,
        );
    }

    /// `↓` on the topics: the next topic.
    #[divan::bench(args = COUNTS, sample_size = 1, sample_count = 400)]
    fn next_topic_at_start(bencher: Bencher, count: usize) {
        key(bencher, count, Action::Down, Focus::Topics, When::AtStart);
    }

    #[divan::bench(args = COUNTS, sample_size = 1, sample_count = 400)]
    fn next_topic_after_idle(bencher: Bencher, count: usize) {
        key(bencher, count, Action::Down, Focus::Topics, When::AfterIdle);
    }

    /// The whole idle pass, from the first frame until nothing is left to do.
    #[divan::bench(args = COUNTS)]
    fn idle_pass(bencher: Bencher, count: usize) {
        let files = files(count);
        let library = library(&files);
        let italian = language(&library, "it");
        bencher
            .with_inputs(|| app(&library, italian, TOPIC, WIDTH, HEIGHT))
            .bench_local_values(|mut app| {
                while app.prepare() {}
                app
            });
    }

    /// The idle pass's longest step, counted from 0: each step timed in nine passes,
    /// and the one with the longest median taken.
    fn longest_step<'a>(start: impl Fn() -> App<'a>) -> usize {
        let mut times: Vec<Vec<Duration>> = Vec::new();
        for _ in 0..9 {
            let mut app = start();
            for step in 0.. {
                let began = Instant::now();
                if !app.prepare() {
                    break;
                }
                if times.len() <= step {
                    times.push(Vec::new());
                }
                times[step].push(began.elapsed());
            }
        }
        let median = |times: &mut Vec<Duration>| {
            times.sort();
            times[times.len() / 2]
        };
        (0..times.len())
            .max_by_key(|&step| median(&mut times[step]))
            .unwrap_or(0)
    }

    /// Which pane has the keys.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Focus {
        Topics,
        Text,
    }

    /// One key on the explorer opened on the topic in Italian, and the frame's changed
    /// cells written.
    fn key(bencher: Bencher, count: usize, action: Action, focus: Focus, when: When) {
        let files = files(count);
        let library = library(&files);
        let italian = language(&library, "it");
        let start = || {
            let mut app = app(&library, italian, TOPIC, WIDTH, HEIGHT);
            if focus == Focus::Text {
                app.update(Action::FocusDetail);
            }
            let mut terminal = terminal(WIDTH, HEIGHT);
            draw(&mut terminal, &app);
            (app, terminal)
        };
        let before = match when {
            When::AtStart => longest_step(|| start().0),
            When::AfterIdle => usize::MAX,
        };
        bencher
            .with_inputs(|| {
                let (mut app, terminal) = start();
                for _ in 0..before {
                    if !app.prepare() {
                        break;
                    }
                }
                (app, terminal)
            })
            .bench_local_values(|(mut app, mut terminal)| {
                if when == When::AtStart {
                    app.prepare();
                }
                assert!(app.update(action.clone()), "the key changes the screen");
                draw(&mut terminal, &app);
                (app, terminal)
            });
    }
}
