//! The app's update, action by action: the place kept, the modes, the edges.

use super::*;
use crate::content::{Part, Side};
use crate::study::entry::Entry;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::study::keymap::{Platform, Table, action_for_key};

mod glossary;
mod modes;
mod parallel;
mod place;
mod quiz;
mod search;

fn library() -> Library {
    Library::builtin().expect("built-in content is valid")
}

/// The built-in library with the Vietnamese overview in its source's shape alone,
/// without the opening paragraph translated for the project.
fn library_with_an_overview_of_another_shape() -> Library {
    crate::content::library_without_blocks("vi", TopicId::Overview, 0..1)
}

fn app<'a>(library: &'a Library, width: u16, height: u16) -> App<'a> {
    app_at(library, 0, TopicId::Overview, width, height)
}

/// An app in the mono theme with the mouse on, at `language` and `entry`.
fn app_at<'a>(
    library: &'a Library,

    language: usize,
    entry: impl Into<Entry>,

    width: u16,
    height: u16,
) -> App<'a> {
    themed_app_at(library, Theme::mono(), language, entry, width, height)
}

fn themed_app_at<'a>(
    library: &'a Library,

    theme: Theme,
    language: usize,

    entry: impl Into<Entry>,
    width: u16,

    height: u16,
) -> App<'a> {
    App::new(
        library,
        theme,
        language,
        entry,
        true,
        Size::new(width, height),
    )
}

/// The part at the top of the text, and how far into it.
fn top(app: &App) -> (Part, usize) {
    let document = app.document();
    let line = document.text_start(app.scroll());
    let (part, lines) = document.part_at(line);
    (part, line - lines.start)
}

const ROW_5: Part = Part::Block { block: 0, item: 5 };

/// Scrolls the comparison, a line at a time, until row 5 is at the top, or (where
/// the rows after it are shorter than the pane) to the end; says which.
fn scroll_to_row_5(app: &mut App) -> bool {
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::FocusDetail);
    while top(app) != (ROW_5, 0) {
        if app.scroll() == app.max_scroll() {
            return false;
        }
        assert!(
            app.update(Action::Down),
            "a line's step moves: {:?}",
            top(app)
        );
    }
    true
}

/// Whether row 5 is at the top, or, where the text is too short after it for
/// that, the view is at the end with row 5 in it.
fn row_5_at_the_top_or_in_the_last_view(app: &App) -> bool {
    top(app) == (ROW_5, 0) || (app.scroll() == app.max_scroll() && top(app).0 <= ROW_5)
}

/// The modes a reader can be in, each reached as a reader reaches it.
const MODES: [(&str, &[Action]); 6] = [
    ("the topics", &[]),
    ("the text", &[Action::FocusDetail]),
    ("the help", &[Action::ToggleHelp]),
    ("the search line", &[Action::OpenSearch]),
    (
        "the quiz",
        &[Action::SelectRow(QUIZ_ROW), Action::FocusDetail],
    ),
    (
        "the help over the quiz",
        &[
            Action::SelectRow(QUIZ_ROW),
            Action::FocusDetail,
            Action::ToggleHelp,
        ],
    ),
];

const QUIZ_ROW: usize = ROWS.len() - 1;

/// An app in the mode `way` leads to, at 80x24.
fn in_mode<'a>(library: &'a Library, way: &[Action]) -> App<'a> {
    let mut app = app(library, 80, 24);
    for action in way {
        app.update(action.clone());
    }
    app
}

/// Presses a key in the mode in force, as the event loop does; returns the action.
fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
    let event = KeyEvent::new(code, modifiers);
    let action = action_for_key(app.place().mode.table(), Platform::CURRENT, event)?;
    app.update(action.clone());
    Some(action)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Type(c));
    }
}

fn language(library: &Library, code: &str) -> usize {
    library.find_language(code).unwrap()
}

/// The app at the quiz, its keys in force, the rounds in the order `seed` gives.
fn quiz<'a>(library: &'a Library, code: &str, seed: u64) -> App<'a> {
    let mut app = app_at(library, language(library, code), Entry::Quiz, 100, 30);
    app.seed_quiz(seed);
    app.update(Action::FocusDetail);
    app
}

/// Whether `text` is on the page, wrapped or not (letters compared, not spaces or the
/// bars that set a statement off).
fn shows(app: &App, text: &str) -> bool {
    let letters = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '│' | '┆'))
            .collect()
    };
    letters(&page(app)).contains(&letters(text))
}

fn page(app: &App) -> String {
    app.document()
        .lines
        .iter()
        .map(|line| {
            let text = crate::document::plain(line);
            text + "\n"
        })
        .collect()
}
