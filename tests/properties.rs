//! Random input, bounded and seeded so CI is fast and repeatable: random keys, mouse
//! events and resizes through the same mapping, update and view the program uses; and
//! hostile bytes and mutations of the real files through the content loader.

// A test that cannot set up its fixture should stop right there.
#![allow(clippy::unwrap_used)]

mod support;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Size;
use std::ops::Range;

use jsonc_parser::ast::Value as Ast;
use sales_vs_service::content::{
    ContentError, Library, Position, TopicId, check_files, decode_file,
};
use sales_vs_service::document::theme::Theme;
use sales_vs_service::tui::app::App;
use sales_vs_service::tui::event_loop::action_for_event;
use sales_vs_service::tui::ui;
use support::builtin::{builtin_files_with, builtin_text};
use unicode_width::UnicodeWidthStr;

fn config(cases: u32) -> Config {
    Config {
        cases,
        rng_seed: RngSeed::Fixed(0x5a1e_5e41),
        failure_persistence: None,
        ..Config::default()
    }
}

fn key_event() -> impl Strategy<Value = Event> {
    let codes = prop_oneof![
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Enter),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::Esc),
        // Every printable ASCII character, the table's and others; never q, so the
        // session goes on.
        (0x20u8..0x7f)
            .prop_filter("not quit", |c| *c != b'q')
            .prop_map(|c| KeyCode::Char(c as char)),
        prop::char::any().prop_map(KeyCode::Char),
    ];
    let modifiers = prop_oneof![
        Just(KeyModifiers::NONE),
        Just(KeyModifiers::SHIFT),
        Just(KeyModifiers::ALT)
    ];
    (codes, modifiers).prop_map(|(code, modifiers)| Event::Key(KeyEvent::new(code, modifiers)))
}

fn mouse_event() -> impl Strategy<Value = Event> {
    let kinds = prop_oneof![
        Just(MouseEventKind::Down(MouseButton::Left)),
        Just(MouseEventKind::Up(MouseButton::Left)),
        Just(MouseEventKind::ScrollUp),
        Just(MouseEventKind::ScrollDown),
        Just(MouseEventKind::Moved),
    ];
    (kinds, 0u16..320, 0u16..110).prop_map(|(kind, column, row)| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    })
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        6 => key_event(),
        3 => mouse_event(),
        1 => (0u16..=300, 0u16..=100).prop_map(|(width, height)| Event::Resize(width, height)),
    ]
}

/// No row drawn wider than the area, no wide character cut at the edge.
fn fits(terminal: &Terminal<TestBackend>) -> Result<(), String> {
    let buffer = terminal.backend().buffer();
    for y in 0..buffer.area.height {
        let mut width = 0;
        for x in 0..buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            width += symbol.width();
            if symbol.width() == 2 && x + 1 >= buffer.area.width {
                return Err(format!("a wide character cut at the end of row {y}"));
            }
        }
        if width > usize::from(buffer.area.width) {
            return Err(format!(
                "row {y} is {width} columns wide in {}",
                buffer.area.width
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn random_input_never_breaks_the_explorer(
        start in (0u16..=300, 0u16..=100),
        language in 0usize..6,
        topic in 0usize..13,
        events in prop::collection::vec(event(), 1..40),
    ) {
        let library = Library::builtin().unwrap();
        let mut app = App::new(&library, Theme::colour(), language, TopicId::ALL[topic], true, Size::new(start.0, start.1));
        let mut terminal = Terminal::new(TestBackend::new(start.0, start.1)).unwrap();
        for event in events {
            if let Event::Resize(width, height) = event {
                terminal.backend_mut().resize(width, height);
            }
            if let Some(action) = action_for_event(event, &app) {
                app.update(action);
            }
            terminal.draw(|frame| ui::render(frame, &app)).unwrap();
            let place = app.place();
            prop_assert!(place.language < library.languages().len());
            prop_assert!(sales_vs_service::study::entry::Entry::all().any(|entry| entry == place.entry));
            prop_assert!(app.scroll() <= app.max_scroll(), "scroll {} past the end {}", app.scroll(), app.max_scroll());
            prop_assert!(app.help_scroll() <= app.max_help_scroll());
            prop_assert!(!app.should_quit());
            if let Err(problem) = fits(&terminal) {
                prop_assert!(false, "{}", problem);
            }
        }
    }
}

// --- hostile content ---------------------------------------------------------------------

/// Loads the built-in files with `code`'s replaced by `bytes`, the way a content folder
/// is loaded. It may fail; it must not panic. What loads must also draw. What fails
/// says where: every error names the file, and its line and column where it has them.
fn load_with(code: &str, bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let name = format!("{code}.json");
    // The text as an editor would show it, for checking positions against.
    let shown = String::from_utf8_lossy(&bytes).into_owned();
    let replacement = match decode_file(name.clone(), code.to_owned(), bytes) {
        Ok(file) => file,
        Err(error) => {
            prop_assert!(error.position.is_some(), "not UTF-8, and where: {}", error);
            return names_the_place(&error, &name, &shown);
        }
    };
    // A syntax error always has a line and column; in a file that is JSON, so does an
    // error about a value in it (one with a path).
    let is_json = serde_json::from_str::<serde_json::Value>(&replacement.text).is_ok();
    let files = builtin_files_with(replacement);
    match Library::from_files(&files) {
        Err(errors) => {
            prop_assert!(!errors.0.is_empty());
            for error in &errors.0 {
                prop_assert!(!error.message.is_empty());
                prop_assert!(
                    error.position.is_some() || (is_json && error.path.is_empty()),
                    "no line and column: {}",
                    error
                );
                names_the_place(error, &name, &shown)?;
            }
        }
        Ok(library) => {
            let language = library.find_language(code).unwrap();
            for topic in [TopicId::Overview, TopicId::Differences, TopicId::Comparison] {
                let app = App::new(
                    &library,
                    Theme::mono(),
                    language,
                    topic,
                    true,
                    Size::new(80, 24),
                );
                let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
                terminal.draw(|frame| ui::render(frame, &app)).unwrap();
                if let Err(problem) = fits(&terminal) {
                    prop_assert!(false, "{}", problem);
                }
            }
        }
    }
    Ok(())
}

/// The error starts with the file's name, then its position if it has one, and the
/// position is a place in the file (1-based; a column may be just past a line's end).
fn names_the_place(error: &ContentError, name: &str, text: &str) -> Result<(), TestCaseError> {
    let message = error.to_string();
    prop_assert_eq!(&error.file, name, "{}", message);
    let Some(Position { line, column }) = error.position else {
        prop_assert!(message.starts_with(&format!("{name}: ")), "{}", message);
        return Ok(());
    };
    prop_assert!(
        message.starts_with(&format!("{name}:{line}:{column}")),
        "{}",
        message
    );
    let line_text = text.split('\n').nth(line.saturating_sub(1));
    prop_assert!(
        line >= 1 && line_text.is_some(),
        "no line {} in the file: {}",
        line,
        message
    );
    let columns = line_text.map_or(0, |text| text.chars().count());
    prop_assert!(
        (1..=columns + 1).contains(&column),
        "no column {} on line {} ({} characters): {}",
        column,
        line,
        columns,
        message
    );
    Ok(())
}

const CODES: [&str; 6] = ["en", "et", "fr", "is", "it", "vi"];

/// Every string value's position in a JSON tree, as a path of keys and indices.
fn string_paths(
    value: &serde_json::Value,
    path: Vec<serde_json::Value>,
    out: &mut Vec<Vec<serde_json::Value>>,
) {
    match value {
        serde_json::Value::String(_) => out.push(path),
        serde_json::Value::Array(items) => {
            for (n, item) in items.iter().enumerate() {
                let mut next = path.clone();
                next.push(n.into());
                string_paths(item, next, out);
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                let mut next = path.clone();
                next.push(key.clone().into());
                string_paths(item, next, out);
            }
        }
        _ => {}
    }
}

fn pointer(path: &[serde_json::Value]) -> String {
    path.iter()
        .map(|step| {
            format!(
                "/{}",
                step.as_str()
                    .map_or_else(|| step.to_string(), str::to_owned)
            )
        })
        .collect()
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    InsertByte(usize, u8),
    RemoveField(usize),
    SwapStrings(usize, usize),
    HugeString(usize, usize),
    ControlCharacter(usize, char),
    EmptyString(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (
            any::<usize>(),
            prop_oneof![
                Just(0xFFu8),
                Just(0xC3),
                Just(0x80),
                Just(0x00),
                Just(b'"'),
                Just(b'{')
            ]
        )
            .prop_map(|(at, byte)| Mutation::InsertByte(at, byte)),
        any::<usize>().prop_map(Mutation::RemoveField),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapStrings(a, b)),
        (any::<usize>(), 1usize..200_000).prop_map(|(at, length)| Mutation::HugeString(at, length)),
        (
            any::<usize>(),
            prop_oneof![
                (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
                Just('\u{7f}'),
                Just('\u{9b}')
            ]
        )
            .prop_map(|(at, c)| Mutation::ControlCharacter(at, c)),
        any::<usize>().prop_map(Mutation::EmptyString),
    ]
}

fn mutate(bytes: Vec<u8>, mutation: &Mutation) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let mut strings = Vec::new();
    string_paths(&value, Vec::new(), &mut strings);
    let pick = |n: usize| pointer(&strings[n % strings.len()]);
    match mutation {
        Mutation::Truncate(at) => return bytes[..at % bytes.len()].to_vec(),
        Mutation::InsertByte(at, byte) => {
            let mut bytes = bytes;
            bytes.insert(at % bytes.len(), *byte);
            return bytes;
        }
        Mutation::RemoveField(n) => {
            let path = &strings[n % strings.len()];
            let (last, parent) = path.split_last().unwrap();
            if let Some(serde_json::Value::Object(map)) = value.pointer_mut(&pointer(parent)) {
                map.remove(last.as_str().unwrap_or_default());
            }
        }
        Mutation::SwapStrings(a, b) => {
            let (a, b) = (pick(*a), pick(*b));
            let first = value.pointer(&a).cloned().unwrap();
            let second = std::mem::replace(value.pointer_mut(&b).unwrap(), first);
            *value.pointer_mut(&a).unwrap() = second;
        }
        Mutation::HugeString(n, length) => {
            *value.pointer_mut(&pick(*n)).unwrap() = "Wörter ".repeat(*length / 7 + 1).into()
        }
        Mutation::ControlCharacter(n, c) => {
            let target = value.pointer_mut(&pick(*n)).unwrap();
            let text = format!("{}{c}", target.as_str().unwrap());
            *target = text.into();
        }
        Mutation::EmptyString(n) => *value.pointer_mut(&pick(*n)).unwrap() = "".into(),
    }
    serde_json::to_vec_pretty(&value).unwrap()
}

proptest! {
    #![proptest_config(config(160))]

    #[test]
    fn arbitrary_bytes_are_an_error_or_content(code in 0usize..6, bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        load_with(CODES[code], bytes)?;
    }

    #[test]
    fn mutated_real_files_are_an_error_or_content(code in 0usize..6, mutations in prop::collection::vec(mutation(), 1..4)) {
        let code = CODES[code];
        let mut bytes = builtin_text(code).into_bytes();
        for mutation in &mutations {
            // Once a mutation has broken the JSON, the later ones have nothing to hold on to.
            if serde_json::from_slice::<serde_json::Value>(&bytes).is_ok() {
                bytes = mutate(bytes, mutation);
            }
        }
        load_with(code, bytes)?;
    }
}

#[test]
fn the_mutations_do_reach_the_loader() {
    // A control character or an empty text in a real file is refused, not drawn.
    for mutation in [
        Mutation::ControlCharacter(7, '\u{1b}'),
        Mutation::EmptyString(7),
        Mutation::RemoveField(3),
    ] {
        let bytes = mutate(builtin_text("fr").into_bytes(), &mutation);
        let file = decode_file("fr.json".into(), "fr".into(), bytes).unwrap();
        let files = builtin_files_with(file);
        assert!(Library::from_files(&files).is_err(), "{mutation:?}");
    }
}

// --- every content error at its own place ---------------------------------------------

/// One way to break a language file, at the n-th candidate place.
#[derive(Debug, Clone)]
enum Break {
    /// A value of the wrong type: the number 42, which no value of the format may be.
    WrongType(usize),
    /// A required field removed from its object.
    MissingField(usize),
    /// A field no object of the format has, added to an object.
    UnknownField(usize),
    /// A block of a kind there is not.
    UnknownKind(usize),
    /// A string with nothing to read in it: an empty text, or a name there is not.
    BadValue(usize),
}

fn a_break() -> impl Strategy<Value = Break> {
    prop_oneof![
        any::<usize>().prop_map(Break::WrongType),
        any::<usize>().prop_map(Break::MissingField),
        any::<usize>().prop_map(Break::UnknownField),
        any::<usize>().prop_map(Break::UnknownKind),
        any::<usize>().prop_map(Break::BadValue),
    ]
}

/// The fields a file may leave out: removing one of them breaks nothing.
const OPTIONAL: [&str; 8] = [
    "$schema",
    "heading",
    "origin",
    "labels",
    "aspect_origin",
    "note",
    "as_written",
    "in_text",
];

/// A value of a file: its path as errors write it, and its bytes.
struct Found {
    path: String,
    range: Range<usize>,
    string: bool,
    /// A number (a quiz statement's row): broken as a string, the wrong type for it.
    number: bool,
    /// An object's properties: the name and the bytes of each.
    properties: Vec<(String, Range<usize>)>,
}

fn all_values(value: &Ast, path: String, out: &mut Vec<Found>) {
    let bytes = |range: jsonc_parser::common::Range| range.start..range.end;
    let (range, properties) = match value {
        Ast::StringLit(v) => (bytes(v.range), Vec::new()),
        Ast::NumberLit(v) => (bytes(v.range), Vec::new()),
        Ast::BooleanLit(v) => (bytes(v.range), Vec::new()),
        Ast::NullKeyword(v) => (bytes(v.range), Vec::new()),
        Ast::Array(v) => {
            for (n, element) in v.elements.iter().enumerate() {
                all_values(element, format!("{path}[{n}]"), out);
            }
            (bytes(v.range), Vec::new())
        }
        Ast::Object(v) => {
            for property in &v.properties {
                let name = property.name.as_str();
                let inner = if path.is_empty() {
                    name.to_owned()
                } else {
                    format!("{path}.{name}")
                };
                all_values(&property.value, inner, out);
            }
            let properties = v
                .properties
                .iter()
                .map(|p| (p.name.as_str().to_owned(), bytes(p.range)))
                .collect();
            (bytes(v.range), properties)
        }
    };
    out.push(Found {
        path,
        range,
        string: matches!(value, Ast::StringLit(_)),
        number: matches!(value, Ast::NumberLit(_)),
        properties,
    });
}

/// `text` broken as `how` says: the broken text, and the path and the byte of the
/// value (or key, or object) an error must be told at.
fn break_file(text: &str, how: &Break) -> (String, String, usize) {
    let root = jsonc_parser::parse_to_ast(text, &Default::default(), &Default::default())
        .unwrap()
        .value
        .unwrap();
    let mut values = Vec::new();
    all_values(&root, String::new(), &mut values);
    let objects: Vec<&Found> = values
        .iter()
        .filter(|v| text[v.range.clone()].starts_with('{'))
        .collect();
    let splice = |range: Range<usize>, with: &str| {
        format!("{}{with}{}", &text[..range.start], &text[range.end..])
    };
    match *how {
        Break::WrongType(n) => {
            let value = &values[n % values.len()];
            let text = splice(
                value.range.clone(),
                if value.number { "\"42\"" } else { "42" },
            );
            (text, value.path.clone(), value.range.start)
        }
        Break::MissingField(n) => {
            let required: Vec<(&Found, usize)> = objects
                .iter()
                .flat_map(|object| {
                    (0..object.properties.len())
                        .filter(|&p| !OPTIONAL.contains(&object.properties[p].0.as_str()))
                        .map(move |p| (*object, p))
                })
                .collect();
            let (object, p) = required[n % required.len()];
            let properties = &object.properties;
            // The property, and the comma that joins it to a neighbour.
            let cut = match properties.get(p + 1) {
                Some((_, next)) => properties[p].1.start..next.start,
                None if p > 0 => properties[p - 1].1.end..properties[p].1.end,
                None => properties[p].1.clone(),
            };
            (splice(cut, ""), object.path.clone(), object.range.start)
        }
        Break::UnknownField(n) => {
            let object = objects[n % objects.len()];
            let at = object.range.start + 1;
            let path = if object.path.is_empty() {
                "colour".to_owned()
            } else {
                format!("{}.colour", object.path)
            };
            (splice(at..at, "\"colour\": \"red\", "), path, at)
        }
        Break::UnknownKind(n) => {
            let kinds: Vec<&Found> = values
                .iter()
                .filter(|v| v.path.contains(".blocks[") && v.path.ends_with("].kind"))
                .collect();
            let kind = kinds[n % kinds.len()];
            let text = splice(kind.range.clone(), "\"sample\"");
            (text, kind.path.clone(), kind.range.start)
        }
        Break::BadValue(n) => {
            let strings: Vec<&Found> = values.iter().filter(|v| v.string).collect();
            let value = strings[n % strings.len()];
            let text = splice(value.range.clone(), "\"  \"");
            (text, value.path.clone(), value.range.start)
        }
    }
}

/// 1-based line and column (in characters) of a byte of `text`.
fn line_and_column(text: &str, offset: usize) -> Position {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    Position {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

proptest! {
    #![proptest_config(config(400))]

    /// A wrong type, a missing field, an unknown field, an unknown kind or a bad value,
    /// anywhere in any of the built-in files (inside a block, a row, a list item, the
    /// glossary, the `ui` strings): every error is told at that value's own line and
    /// column (a missing field at its object's opening, an unknown one at its key),
    /// with its full path.
    #[test]
    fn every_content_error_is_told_at_its_own_value(code in 0usize..6, how in a_break()) {
        let code = CODES[code];
        let (text, path, offset) = break_file(&builtin_text(code), &how);
        let name = format!("{code}.json");
        let file = decode_file(name, code.into(), text.clone().into_bytes()).unwrap();
        let reports = check_files(&[file]);
        let problems = &reports[0].problems;
        prop_assert!(!problems.is_empty(), "{:?} at {} was accepted", how, path);
        let expected = line_and_column(&text, offset);
        for problem in problems {
            prop_assert_eq!(&problem.path, &path, "{:?}: {}", how, problem);
            prop_assert_eq!(problem.position, Some(expected), "{:?}: {}", how, problem);
        }
    }
}
