//! The app's update, action by action: the place kept, the modes, the edges.

use super::*;
use crate::content::{Part, Side};
use crate::study::entry::Entry;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::study::keymap::{Platform, Table, action_for_key};
use crate::tui::layout;

fn library() -> Library {
    Library::builtin().expect("built-in content is valid")
}

/// The built-in library with the Vietnamese overview in its source's shape alone,
/// without the opening paragraph translated for the project: every built-in topic has
/// English's shape, but a translator's file (`--content-dir`) may have another.
fn library_with_an_overview_of_another_shape() -> Library {
    let mut files = crate::content::builtin_files();
    let vi = files
        .iter_mut()
        .find(|file| file.code == "vi")
        .expect("a Vietnamese file");
    let mut value: serde_json::Value = serde_json::from_str(&vi.text).expect("valid JSON");
    let overview = value["topics"]
        .as_array_mut()
        .and_then(|topics| topics.iter_mut().find(|topic| topic["id"] == "overview"))
        .expect("a Vietnamese overview");
    overview["blocks"]
        .as_array_mut()
        .expect("its blocks")
        .remove(0);
    vi.text = serde_json::to_string(&value).expect("JSON").into();
    Library::from_files(&files).expect("valid content")
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

#[test]
fn switching_language_keeps_the_topic() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::NextLanguage);
    assert_eq!(app.place().language, 1);
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Comparison));
    app.update(Action::PickLanguage(5));
    assert_eq!(
        (app.place().language, app.place().entry),
        (5, Entry::Topic(TopicId::Comparison))
    );
    app.update(Action::PreviousLanguage);
    assert_eq!(
        (app.place().language, app.place().entry),
        (4, Entry::Topic(TopicId::Comparison))
    );
}

/// A reader comparing row 5 in two languages stays on row 5, whichever two.
#[test]
fn switching_language_keeps_the_row_at_the_top_for_every_pair() {
    let library = library();
    let count = library.languages().len();
    for (width, height) in [(80, 16), (100, 18), (80, 24), (100, 30)] {
        let mut exact = 0;
        for from in 0..count {
            for to in (0..count).filter(|&to| to != from) {
                let mut app = app_at(&library, from, TopicId::Overview, width, height);
                let pair = format!(
                    "{} → {} at {width}x{height}",
                    library.language(from).code,
                    library.language(to).code
                );
                if scroll_to_row_5(&mut app) {
                    app.update(Action::PickLanguage(to));
                    assert!(
                        row_5_at_the_top_or_in_the_last_view(&app),
                        "{pair}: {:?}",
                        top(&app)
                    );
                    exact += usize::from(top(&app) == (ROW_5, 0));
                } else {
                    app.update(Action::PickLanguage(to));
                    assert_eq!(
                        app.scroll(),
                        app.max_scroll(),
                        "{pair}: the end stays the end"
                    );
                }
            }
        }
        if (width, height) == (80, 16) {
            // A pane short enough for row 5 to reach the top in every language.
            assert_eq!(exact, count * (count - 1), "every pair at {width}x{height}");
        }
    }
    // And `l`, the key itself, round all six.
    let mut app = app(&library, 80, 16);
    assert!(scroll_to_row_5(&mut app));
    for _ in 0..count {
        app.update(Action::NextLanguage);
        assert_eq!(top(&app), (ROW_5, 0), "{}", app.language().code);
    }
}

#[test]
fn where_the_texts_differ_in_shape_a_switch_keeps_the_fraction() {
    let library = library_with_an_overview_of_another_shape();
    let mut app = app(&library, 60, 12);
    app.update(Action::FocusDetail);
    app.update(Action::ScrollDetail(12));
    let fraction = |app: &App| {
        let document = app.document();
        document.text_start(app.scroll()) as f64 / document.height() as f64
    };
    let before = fraction(&app);
    assert!(
        before > 0.3,
        "scrolled well into the English overview: {before}"
    );
    assert_ne!(
        app.document().parts.len(),
        app_at(&library, 5, TopicId::Overview, 60, 12)
            .document()
            .parts
            .len(),
        "the Vietnamese overview has another shape"
    );
    app.update(Action::PickLanguage(library.find_language("vi").unwrap()));
    let after = fraction(&app);
    assert!((after - before).abs() < 0.15, "{before} then {after}");
}

/// Too small to show any text, there is no fraction to keep: the new text opens at
/// its top, and the switch does not divide by an empty text's height.
#[test]
fn a_switch_with_no_text_shown_opens_the_top_of_a_text_of_another_shape() {
    let library = library_with_an_overview_of_another_shape();
    let vietnamese = library.find_language("vi").unwrap();
    let mut app = app(&library, 10, 4);
    assert_ne!(
        library.topic(0, TopicId::Overview).topic.shape(),
        library.topic(vietnamese, TopicId::Overview).topic.shape()
    );
    assert!(app.update(Action::PickLanguage(vietnamese)));
    assert_eq!(app.place().language, vietnamese);
    assert_eq!(app.place().anchor, Anchor::TOP);
}

/// To the line: the fraction is the reader's place, and a text of another length
/// must not move it by its difference in length.
#[test]
fn the_fraction_kept_is_exact_to_a_line_for_every_pair_of_another_shape() {
    let library = library_with_an_overview_of_another_shape();
    let count = library.languages().len();
    let mut pairs = 0;
    for topic in TopicId::ALL {
        for from in 0..count {
            for to in (0..count).filter(|&to| to != from) {
                let shape = |language| library.topic(language, topic).topic.shape();
                if shape(from) == shape(to) {
                    continue;
                }
                let mut app = app_at(&library, from, topic, 50, 10);
                app.update(Action::FocusDetail);
                app.update(Action::ScrollDetail(i16::MAX));
                let half = i16::try_from(app.scroll() / 2).unwrap();
                app.update(Action::ScrollDetail(-half));
                let document = app.document();
                let (top, height) = (document.text_start(app.scroll()), document.height());
                app.update(Action::PickLanguage(to));
                let document = app.document();
                let after = document.text_start(app.scroll());
                let expected = top * document.height() / height;
                if expected + 2 >= app.max_scroll() {
                    continue;
                }
                assert!(
                    after.abs_diff(expected) <= 1,
                    "{topic:?} {from} → {to}: line {top} of {height}, then {after} of {} (expected {expected})",
                    document.height()
                );
                pairs += 1;
            }
        }
    }
    assert!(
        pairs > 0,
        "some topic differs in shape between two languages"
    );
}

#[test]
fn languages_wrap_around_and_unknown_digits_are_ignored() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::PreviousLanguage);
    assert_eq!(app.place().language, library.languages().len() - 1);
    app.update(Action::NextLanguage);
    assert_eq!(app.place().language, 0);
    assert!(
        !app.update(Action::PickLanguage(8)),
        "there is no ninth language"
    );
    assert!(
        !app.update(Action::PickLanguage(0)),
        "already in that language"
    );
    assert_eq!(app.place().language, 0);
}

#[test]
fn the_selection_stays_in_range() {
    let library = library();
    let mut app = app(&library, 100, 30);
    assert!(!app.update(Action::Up), "already at the first topic");
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Overview));
    for _ in 0..40 {
        app.update(Action::Down);
    }
    assert_eq!(
        app.place().entry,
        Entry::Quiz,
        "on past the topics to the study entries"
    );
    app.update(Action::SelectRow(99));
    assert_eq!(app.place().entry, Entry::Quiz);
    app.update(Action::SelectRow(13));
    assert_eq!(
        app.place().entry,
        Entry::Quiz,
        "the blank row chooses nothing"
    );
    app.update(Action::SelectRow(TopicId::Conclusion.index()));
    app.update(Action::StepTopic(-1));
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::ImportanceOfService)
    );
    app.update(Action::Up);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::ImportanceOfSales),
        "Up moves up"
    );
}

#[test]
fn scrolling_clamps_at_both_ends() {
    let library = library();
    let mut app = app(&library, 60, 20);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::FocusDetail);
    let max = app.max_scroll();
    assert!(max > app.rows(), "the comparison is pages long at 60x20");
    app.update(Action::Up);
    assert_eq!(app.scroll(), 0);
    app.update(Action::Down);
    assert_eq!(app.scroll(), 1);
    app.update(Action::Up);
    assert_eq!(app.scroll(), 0, "Up scrolls back");
    app.update(Action::Bottom);
    assert_eq!(app.scroll(), max);
    app.update(Action::PageDown);
    app.update(Action::ScrollDetail(3));
    assert_eq!(app.scroll(), max);
    app.update(Action::Top);
    assert_eq!(app.scroll(), 0);
    app.update(Action::ScrollDetail(-3));
    assert_eq!(app.scroll(), 0);
}

#[test]
fn pages_and_half_pages_move_by_the_pane() {
    let library = library();
    let mut app = app(&library, 100, 20);
    app.update(Action::SelectRow(TopicId::Differences.index()));
    app.update(Action::FocusDetail);
    let rows = app.rows();
    let text_start = |app: &App| app.document().text_start(app.scroll());
    app.update(Action::HalfPageDown);
    assert_eq!(text_start(&app), rows / 2, "the text moved half the pane");
    app.update(Action::HalfPageUp);
    assert_eq!(app.scroll(), 0);
    app.update(Action::PageDown);
    assert_eq!(
        text_start(&app),
        rows - 1,
        "the last line seen is the first"
    );
    app.update(Action::PageUp);
    assert_eq!(app.scroll(), 0);
}

#[test]
fn a_page_down_keeps_the_last_line_in_view_under_pinned_labels() {
    let library = library();
    let mut app = app_at(&library, 5, TopicId::Comparison, 100, 20);
    let last_seen = app.scroll() + app.rows() - 1;
    app.update(Action::PageDown);
    assert!(app.scroll() < app.max_scroll(), "not stopped by the end");
    let scroll = app.scroll();
    let document = app.document();
    let pinned = document
        .pinned_header(scroll)
        .map_or(0, |header| header.len());
    assert_eq!(pinned, 2, "the table's labels are pinned after a page");
    assert_eq!(
        document.text_start(scroll),
        last_seen,
        "the last line seen is the first line under the labels"
    );
    app.update(Action::PageUp);
    assert_eq!(app.scroll(), 0, "and a page back is the first page again");
}

#[test]
fn a_resize_keeps_the_reader_on_the_same_row_and_the_end_at_the_end() {
    let library = library();
    let mut app = app(&library, 80, 16);
    assert!(scroll_to_row_5(&mut app));
    for (width, height) in [(60, 20), (120, 20), (200, 60), (80, 24), (80, 16)] {
        app.update(Action::Resize { width, height });
        assert!(
            row_5_at_the_top_or_in_the_last_view(&app),
            "at {width}x{height}"
        );
    }
    assert_eq!(top(&app), (ROW_5, 0), "back where it was");
    app.update(Action::Bottom);
    app.update(Action::Resize {
        width: 40,
        height: 12,
    });
    assert_eq!(app.scroll(), app.max_scroll(), "the end stays the end");
    assert!(app.scroll() > 0);
}

/// 100x30, then too small to show any text, then 100x30 again: the same row.
#[test]
fn a_trip_through_the_too_small_screen_keeps_the_place() {
    let library = library();
    let mut app = app(&library, 80, 16);
    assert!(scroll_to_row_5(&mut app));
    app.update(Action::ScrollDetail(2));
    let before = top(&app);
    assert_eq!(before, (ROW_5, 2));
    app.update(Action::Resize {
        width: 19,
        height: 5,
    });
    assert!(matches!(app.screen(), Screen::TooSmall(_)));
    app.update(Action::Down);
    app.update(Action::Resize {
        width: 80,
        height: 16,
    });
    assert_eq!(top(&app), before);
}

#[test]
fn a_new_topic_starts_at_its_top() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::Bottom);
    app.update(Action::StepTopic(1));
    assert_eq!(app.scroll(), 0);
}

#[test]
fn focus_moves_and_arrows_follow_it() {
    let library = library();
    let mut app = app(&library, 100, 30);
    assert_eq!(app.place().mode.focus(), Focus::Sidebar);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::FocusDetail);
    assert_eq!(app.place().mode.focus(), Focus::Detail);
    app.update(Action::Down);
    assert_eq!(
        (app.place().entry, app.scroll()),
        (Entry::Topic(TopicId::Comparison), 1),
        "Down scrolls the text"
    );
    app.update(Action::FocusSidebar);
    app.update(Action::Down);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::KeyDifferences),
        "Down moves the selection"
    );
    app.update(Action::FocusDetail);
    app.update(Action::Back);
    assert_eq!(app.place().mode.focus(), Focus::Sidebar);
}

#[test]
fn z_hides_the_sidebar_for_every_topic_and_language_until_asked_back() {
    let library = library();
    let mut app = app(&library, 80, 24);
    let width = app.text_area().width;
    app.update(Action::ToggleSidebar);
    assert!(!app.place().sidebar);
    assert_eq!(
        app.place().mode.focus(),
        Focus::Detail,
        "the hidden sidebar has no keys"
    );
    assert!(
        app.text_area().width > width + 10,
        "the text takes the width"
    );
    let Screen::Full(regions) = app.screen() else {
        panic!("80x24 is full")
    };
    assert_eq!(regions.sidebar, None);
    app.update(Action::NextLanguage);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    assert!(!app.place().sidebar, "kept across languages and topics");
    app.update(Action::ToggleSidebar);
    assert!(app.place().sidebar);
    app.update(Action::ToggleSidebar);
    app.update(Action::FocusSidebar);
    app.update(Action::Back);
    assert!(!app.place().sidebar, "only z brings the topics back");
    assert_eq!(app.place().mode.focus(), Focus::Detail);
}

#[test]
fn the_help_is_modal_and_closes_with_esc_or_question_mark() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Help);
    app.update(Action::Down);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::Overview),
        "keys do not reach the sidebar under the help"
    );
    app.update(Action::NextLanguage);
    assert_eq!(
        app.place().language,
        1,
        "the help can be read in another language"
    );
    app.update(Action::PreviousLanguage);
    assert_eq!(app.place().language, 0);
    app.update(Action::PickLanguage(2));
    assert_eq!(app.place().language, 2);
    app.update(Action::ToggleSidebar);
    assert!(!app.place().sidebar, "z works under the help");
    assert_eq!(app.place().mode.table(), Table::Help);
    app.update(Action::ToggleSidebar);
    app.update(Action::Back);
    assert_eq!(app.place().mode.table(), Table::Reading);
    app.update(Action::ToggleHelp);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Reading);
}

#[test]
fn the_help_scrolls_only_when_it_does_not_fit() {
    let library = library();
    let mut large = app(&library, 100, 40);
    large.update(Action::ToggleHelp);
    assert_eq!(large.max_help_scroll(), 0);
    assert!(!large.update(Action::Down));
    let mut small = app(&library, 40, 12);
    small.update(Action::ToggleHelp);
    let max = small.max_help_scroll();
    assert!(max > 2);
    small.update(Action::Down);
    small.update(Action::Down);
    assert_eq!(small.help_scroll(), 2);
    small.update(Action::Up);
    assert_eq!(small.help_scroll(), 1, "Up scrolls the help back");
    small.update(Action::Bottom);
    assert_eq!(small.help_scroll(), max);
    small.update(Action::Down);
    assert_eq!(small.help_scroll(), max);
    small.update(Action::PageUp);
    assert!(small.help_scroll() < max);
    small.update(Action::Top);
    assert_eq!(small.help_scroll(), 0);
    small.update(Action::PageDown);
    // A page is what the box shows less one line, kept in view as `less` does.
    let page = small.help_rows_shown() - 1;
    assert!(page > 1);
    assert_eq!(small.help_scroll(), page.min(max), "a page");
    small.update(Action::Top);
    small.update(Action::HalfPageDown);
    let half = (page / 2).max(1);
    assert_eq!(small.help_scroll(), half, "half a page of {page}");
    small.update(Action::HalfPageDown);
    small.update(Action::HalfPageUp);
    assert_eq!(small.help_scroll(), half, "and back");
    small.update(Action::HalfPageUp);
    assert_eq!(small.help_scroll(), 0);
    small.update(Action::ToggleHelp);
    small.update(Action::ToggleHelp);
    assert_eq!(small.help_scroll(), 0, "the help opens at its top");
}

#[test]
fn quitting_is_possible_from_anywhere() {
    let library = library();
    let quiz = Entry::Quiz.row();
    let ways: [&[Action]; 9] = [
        &[],
        &[Action::FocusDetail],
        &[Action::ToggleHelp],
        &[Action::ToggleSidebar],
        &[Action::ToggleParallel],
        &[Action::Resize {
            width: 5,
            height: 3,
        }],
        // Ctrl-C in the search line (where q is a letter).
        &[Action::OpenSearch, Action::Type('q')],
        &[Action::SelectRow(quiz), Action::FocusDetail],
        &[
            Action::SelectRow(quiz),
            Action::FocusDetail,
            Action::ToggleHelp,
        ],
    ];
    for way in ways {
        let mut app = app(&library, 100, 30);
        for action in way {
            app.update(action.clone());
        }
        assert!(!app.should_quit(), "{way:?}");
        app.update(Action::Quit);
        assert!(app.should_quit(), "after {way:?}");
    }
}

// --- the global keys, in every mode ---------------------------------------------------

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

#[test]
fn the_quiz_is_the_last_row_of_the_sidebar() {
    assert_eq!(ROWS[QUIZ_ROW], Some(Entry::Quiz));
}

#[test]
fn ctrl_c_quits_and_ctrl_l_and_ctrl_z_reach_the_terminal_in_every_mode() {
    let library = library();
    for (name, way) in MODES {
        let mut app = in_mode(&library, way);
        let ctrl = |c| (KeyCode::Char(c), KeyModifiers::CONTROL);
        let (code, modifiers) = ctrl('l');
        assert_eq!(
            press(&mut app, code, modifiers),
            Some(Action::Redraw),
            "{name}"
        );
        let (code, modifiers) = ctrl('z');
        assert_eq!(
            press(&mut app, code, modifiers),
            Some(Action::Suspend),
            "{name}"
        );
        let (code, modifiers) = ctrl('c');
        press(&mut app, code, modifiers);
        assert!(app.should_quit(), "Ctrl-C in {name}");
    }
}

#[test]
fn a_resize_is_taken_in_every_mode() {
    let library = library();
    for (name, way) in MODES {
        let mut app = in_mode(&library, way);
        let mode = app.place().mode;
        assert!(app.update(Action::Resize {
            width: 40,
            height: 12
        }));
        assert_eq!(app.place().viewport, Size::new(40, 12), "{name}");
        assert_eq!(app.place().mode, mode, "{name}: the mode stays");
    }
}

/// Outside the search line, where letters are text, the letter keys that work
/// everywhere work in every mode.
#[test]
fn the_language_sidebar_and_help_keys_work_in_every_mode_but_the_search_line() {
    let library = library();
    let none = KeyModifiers::NONE;
    for (name, way) in MODES {
        let letter = |c| KeyCode::Char(c);
        let mut app = in_mode(&library, way);
        let mode = app.place().mode;
        if mode.table() == Table::Search {
            for c in ['l', '2', 'z', '?', 'q'] {
                assert_eq!(press(&mut app, letter(c), none), Some(Action::Type(c)));
            }
            assert_eq!(app.place().language, 0, "letters are text in {name}");
            continue;
        }
        press(&mut app, letter('l'), none);
        assert_eq!(app.place().language, 1, "l in {name}");
        press(&mut app, letter('3'), none);
        assert_eq!(app.place().language, 2, "3 in {name}");
        press(&mut app, letter('L'), none);
        assert_eq!(app.place().language, 1, "L in {name}");
        assert_eq!(app.place().mode.table(), mode.table(), "{name} stays");

        press(&mut app, letter('z'), none);
        assert!(!app.place().sidebar, "z hides the topics in {name}");
        assert_eq!(app.place().mode.focus(), Focus::Detail, "{name}");
        press(&mut app, letter('z'), none);
        assert!(app.place().sidebar, "z shows them again in {name}");

        press(&mut app, letter('?'), none);
        let opened = app.place().mode.table();
        press(&mut app, letter('?'), none);
        assert_ne!(
            opened,
            app.place().mode.table(),
            "? opens or closes the help in {name}"
        );

        let in_help = app.place().mode.table() == Table::Help;
        press(&mut app, letter('q'), none);
        assert_eq!(app.should_quit(), !in_help, "q in {name}");
        if in_help {
            assert_ne!(app.place().mode.table(), Table::Help, "q closes the help");
        }
    }
}

/// Esc never brings back the topics `z` hid, whatever mode it leaves.
#[test]
fn hidden_topics_stay_hidden_through_esc_from_every_mode() {
    let library = library();
    for (name, way) in MODES {
        let mut app = in_mode(&library, way);
        app.update(Action::ToggleSidebar);
        for _ in 0..3 {
            press(&mut app, KeyCode::Esc, KeyModifiers::NONE);
            assert!(!app.place().sidebar, "Esc from {name}");
            assert_eq!(
                app.place().mode.focus(),
                Focus::Detail,
                "no focus on hidden topics, from {name}"
            );
        }
        let Screen::Full(regions) = app.screen() else {
            panic!("80x24 is full");
        };
        assert_eq!(regions.sidebar, None, "from {name}");
    }
}

#[test]
fn the_reading_keys_scroll_the_quiz_page() {
    let library = library();
    let mut app = quiz(&library, "fr", 7);
    app.update(Action::Resize {
        width: 40,
        height: 12,
    });
    app.update(Action::Continue);
    app.update(Action::Answer(Side::Sales));
    assert!(
        app.max_scroll() > 0,
        "the answered page is taller than 40x12"
    );
    let none = KeyModifiers::NONE;
    for (code, modifiers) in [
        (KeyCode::Char('G'), none),
        (KeyCode::End, none),
        (KeyCode::Char('d'), KeyModifiers::CONTROL),
        (KeyCode::Char('j'), none),
        (KeyCode::Char(' '), none),
        (KeyCode::PageDown, none),
    ] {
        app.update(Action::Top);
        assert_eq!(app.scroll(), 0);
        press(&mut app, code, modifiers);
        assert!(
            app.scroll() > 0,
            "{code:?} {modifiers:?} scrolls the quiz page"
        );
        assert_eq!(app.place().mode, Mode::Quiz, "and the quiz keeps its keys");
    }
    for (code, modifiers) in [
        (KeyCode::Char('g'), none),
        (KeyCode::Home, none),
        (KeyCode::Char('u'), KeyModifiers::CONTROL),
        (KeyCode::Char('k'), none),
        (KeyCode::PageUp, none),
    ] {
        app.update(Action::Bottom);
        press(&mut app, code, modifiers);
        assert!(
            app.scroll() < app.max_scroll(),
            "{code:?} {modifiers:?} scrolls back"
        );
    }
}

#[test]
fn a_tiny_screen_has_nothing_to_scroll() {
    let library = library();
    let mut app = app(&library, 10, 4);
    app.update(Action::Bottom);
    assert_eq!(app.scroll(), 0);
    app.update(Action::Resize {
        width: 0,
        height: 0,
    });
    app.update(Action::PageDown);
    assert_eq!(app.scroll(), 0);
}

#[test]
fn redraw_and_suspend_are_the_terminals_business() {
    let library = library();
    let mut app = app(&library, 100, 30);
    assert!(!app.update(Action::Redraw));
    assert!(!app.update(Action::Suspend));
    app.update(Action::ToggleHelp);
    assert!(!app.update(Action::Redraw));
}

// --- search ---------------------------------------------------------------------------

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Type(c));
    }
}

#[test]
fn the_search_line_takes_every_key_as_text_but_its_own() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    assert_eq!(app.place().mode.table(), Table::Search);
    typed(&mut app, "quota");
    assert!(!app.should_quit(), "q is a letter here");
    assert_eq!(app.search().line(), "quota");
    assert!(!app.search().ranked().is_empty());
    app.update(Action::Erase);
    assert_eq!(app.search().line(), "quot");
    typed(&mut app, "a of service");
    app.update(Action::EraseWord);
    assert_eq!(app.search().line(), "quota of ");
    app.update(Action::ClearQuery);
    assert_eq!(app.search().line(), "");
    assert!(app.search().ranked().is_empty(), "no query, no list");
    app.update(Action::Back);
    assert_eq!(app.place().mode.table(), Table::Reading);
}

#[test]
fn enter_opens_the_chosen_match_in_its_language_with_the_words_marked() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "thjonusta");
    assert!(app.search().ranked().is_empty(), "not in English");
    app.update(Action::ToggleScope);
    let first = app.search().ranked()[0];
    app.update(Action::Down);
    let second = app.search().ranked()[1];
    app.update(Action::Up);
    app.update(Action::Down);
    app.update(Action::OpenMatch);
    assert_eq!(app.place().mode.table(), Table::Reading);
    assert_eq!(
        (app.place().language, app.place().entry),
        (second.language, second.at.entry()),
        "the second in the list, not {first:?}"
    );
    assert_eq!(library.language(app.place().language).code, "is");
    assert_eq!(app.place().mode.focus(), Focus::Detail);
    assert!(app.search().highlighted().is_some());
    // The match is in view: its part at the top of the text.
    assert_eq!(top(&app).0, second.at.part());
    // Esc clears the marks first, then goes back to the topics.
    app.update(Action::Back);
    assert!(app.search().highlighted().is_none());
    assert_eq!(app.place().mode.focus(), Focus::Detail);
    app.update(Action::Back);
    assert_eq!(app.place().mode.focus(), Focus::Sidebar);
}

#[test]
fn n_and_n_go_through_the_matches_and_round_saying_so() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "service");
    app.update(Action::ToggleScope);
    app.update(Action::OpenMatch);
    let (at, count) = app.search().position().unwrap();
    assert!(count >= 3, "service in several languages: {count}");
    let mut seen = vec![(app.place().language, app.place().entry)];
    for step in 1..count {
        app.update(Action::NextMatch);
        assert_eq!(
            app.search().position(),
            Some(((at + step - 1) % count + 1, count))
        );
        seen.push((app.place().language, app.place().entry));
    }
    seen.sort_unstable();
    seen.dedup();
    assert!(seen.len() > 1, "on into other topics and languages");
    // Round: from the last to the first, said once.
    while app.search().position() != Some((count, count)) {
        app.update(Action::NextMatch);
    }
    assert_eq!(app.search().notice(), None);
    app.update(Action::NextMatch);
    assert_eq!(app.search().position(), Some((1, count)));
    assert_eq!(app.search().notice(), Some(Notice::WrappedToTop));
    app.update(Action::Down);
    assert_eq!(app.search().notice(), None, "said once");
    app.update(Action::PreviousMatch);
    assert_eq!(app.search().position(), Some((count, count)));
    assert_eq!(app.search().notice(), Some(Notice::WrappedToBottom));
}

#[test]
fn the_list_moves_both_ways_and_n_and_n_start_from_either_end() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "customer");
    assert_eq!(app.search().selected(), 0);
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.search().selected(), 2);
    app.update(Action::Up);
    assert_eq!(app.search().selected(), 1);
    app.update(Action::PageDown);
    assert_eq!(app.search().selected(), 11);
    app.update(Action::PageUp);
    assert_eq!(app.search().selected(), 1);
    // Closed without opening one, `N` starts from the last match, `n` from the first.
    app.update(Action::Back);
    app.update(Action::PreviousMatch);
    let (last, count) = app.search().position().unwrap();
    assert_eq!(last, count);
    assert!(count > 2);
    app.update(Action::PreviousMatch);
    assert_eq!(
        app.search().position(),
        Some((count - 1, count)),
        "back one"
    );
    assert_eq!(app.search().notice(), None);
}

/// "This language" means the one being read when `n` is pressed: after a switch, the
/// matches are the new language's.
#[test]
fn n_after_a_language_switch_searches_the_new_language() {
    let library = library();
    let fr = language(&library, "fr");
    let mut app = app_at(&library, fr, TopicId::Overview, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "service");
    app.update(Action::OpenMatch);
    assert_eq!(app.place().language, fr);
    app.update(Action::PickLanguage(library.english()));
    app.update(Action::NextMatch);
    assert_eq!(app.place().language, library.english(), "an English match");
}

/// A match opened shows its part from the start where the word is in the part's
/// first half-pane; deeper in a long part, the word's line with two lines before it.
#[test]
fn a_match_deep_in_a_long_part_opens_at_its_line_with_two_before() {
    let library = library();
    let (mut near, mut deep, mut half) = (0, 0, 0);
    for (query, height) in ["customer", "retention", "warranty"]
        .into_iter()
        .flat_map(|query| (12..=20).map(move |height| (query, height)))
    {
        let mut app = app(&library, 40, height);
        app.update(Action::OpenSearch);
        typed(&mut app, query);
        let count = app.search().ranked().len();
        for chosen in 0..count {
            app.update(Action::OpenSearch);
            app.update(Action::ClearQuery);
            typed(&mut app, query);
            for _ in 0..chosen {
                app.update(Action::Down);
            }
            let found = app.search().ranked()[chosen];
            app.update(Action::OpenMatch);
            let document = app.document();
            let Some(lines) = document.part_lines(found.at.part()) else {
                continue;
            };
            let line = lines
                .clone()
                .find(|&line| {
                    let text: String = document.lines[line]
                        .spans
                        .iter()
                        .map(|span| span.content.as_ref())
                        .collect();
                    crate::study::fold::fold(&text).contains(query)
                })
                .unwrap();
            let offset = line - lines.start;
            if app.scroll() == app.max_scroll() {
                continue; // The end of the text: as far as it goes.
            }
            if offset < app.rows() / 2 {
                near += 1;
                assert_eq!(top(&app), (found.at.part(), 0), "{query} {chosen}");
            } else {
                deep += 1;
                half += usize::from(offset == app.rows() / 2);
                assert_eq!(top(&app), (found.at.part(), offset - 2), "{query} {chosen}");
            }
        }
    }
    assert!(
        near > 0 && deep > 0 && half > 0,
        "both cases and the one between: {near} near, {deep} deep, {half} at half the pane"
    );
}

#[test]
fn any_input_is_safe_in_the_search_line() {
    let library = library();
    let mut app = app(&library, 80, 24);
    app.update(Action::OpenSearch);
    app.update(Action::Paste("line one\nline\ttwo\u{1b}[31m\u{7}".into()));
    assert_eq!(app.search().line(), "line one line two[31m");
    app.update(Action::ClearQuery);
    app.update(Action::Paste("a".repeat(10_000)));
    assert_eq!(
        app.search().line().chars().count(),
        crate::study::search::MAX_QUERY
    );
    assert!(app.search().ranked().is_empty());
    app.update(Action::ClearQuery);
    app.update(Action::Paste("w ".repeat(5_000)));
    assert!(app.search().line().chars().count() <= crate::study::search::MAX_QUERY);
    // Nothing to open, nothing to go to.
    app.update(Action::ClearQuery);
    assert!(!app.update(Action::OpenMatch) || app.place().mode.table() == Table::Search);
    app.update(Action::Back);
    app.update(Action::NextMatch);
    assert_eq!(app.place().mode.table(), Table::Reading);
    // On the main screen a paste is no key.
    assert!(!app.update(Action::Paste("q".into())));
    assert!(!app.should_quit());
}

// --- the parallel view ----------------------------------------------------------------

fn language(library: &Library, code: &str) -> usize {
    library.find_language(code).unwrap()
}

#[test]
fn p_sets_english_beside_and_in_english_the_language_read_before() {
    let library = library();
    let fr = language(&library, "fr");
    let en = library.english();
    let mut app = app_at(&library, fr, TopicId::Comparison, 160, 40);
    app.update(Action::ToggleParallel);
    assert_eq!(app.beside(), Some(en));
    app.update(Action::PickLanguage(en));
    assert_eq!(
        app.beside(),
        Some(fr),
        "English on the left: the language read before on the right"
    );
    app.update(Action::ToggleParallel);
    assert_eq!(app.beside(), None);
    assert!(!app.update(Action::ToggleSidebar) || app.beside().is_none());
}

#[test]
fn o_cycles_the_second_language_past_the_first_and_a_click_on_its_name_does_too() {
    let library = library();
    let count = library.languages().len();
    let fr = language(&library, "fr");
    let mut app = app_at(&library, fr, TopicId::Comparison, 160, 40);
    app.update(Action::CycleSecond);
    assert!(app.place().parallel, "o opens the parallel view");
    let mut seen = vec![app.beside().unwrap()];
    for _ in 1..count - 1 {
        app.update(Action::CycleSecond);
        seen.push(app.beside().unwrap());
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), count - 1, "every other language, once");
    assert!(!seen.contains(&fr), "never the first language itself");
    // The same by the mouse, through the one layout.
    let before = app.beside();
    let Screen::Full(regions) = app.screen() else {
        panic!("160x40 is full")
    };
    let name = regions.second_name.expect("its name is on the border");
    let hit = layout::hit(&app.screen(), &[], name.x, name.y);
    assert_eq!(hit, layout::Hit::SecondLanguage);
    let action =
        crate::study::action::action_for_gesture(crate::study::action::Gesture::Click, hit, 0)
            .unwrap();
    app.update(action);
    assert_ne!(app.beside(), before);
}

#[test]
fn choosing_the_second_language_on_the_left_puts_the_first_on_the_right() {
    let library = library();
    let fr = language(&library, "fr");
    let is = language(&library, "is");
    let mut app = app_at(&library, fr, TopicId::Differences, 160, 40);
    app.set_view(View {
        sidebar: true,
        parallel: true,
        second: Some(is),
    });
    assert_eq!(app.beside(), Some(is));
    app.update(Action::PickLanguage(is));
    assert_eq!((app.place().language, app.beside()), (is, Some(fr)));
}

/// A remembered second language that is no longer loaded is forgotten, not kept to
/// be written back; the last one loaded is kept.
#[test]
fn a_remembered_second_language_must_be_loaded() {
    let library = library();
    let count = library.languages().len();
    let mut app = app(&library, 160, 40);
    for (second, kept) in [(count, None), (count - 1, Some(count - 1))] {
        app.set_view(View {
            sidebar: true,
            parallel: true,
            second: Some(second),
        });
        assert_eq!(app.view().second, kept, "{second} of {count}");
    }
}

#[test]
fn the_place_is_kept_into_and_out_of_the_parallel_view() {
    let library = library();
    let mut app = app(&library, 160, 10);
    assert!(scroll_to_row_5(&mut app));
    assert_ne!(
        app.place().anchor,
        Anchor::End,
        "row 5 at the top, not the end"
    );
    app.update(Action::ToggleParallel);
    assert_eq!(top(&app), (ROW_5, 0), "row 5 at the top, both sides");
    let line = app.document().text_start(app.scroll());
    let text: String = app.document().lines[line]
        .spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect();
    assert!(text.starts_with("Typical interactions"), "{text}");
    app.update(Action::Down);
    app.update(Action::ToggleParallel);
    assert_eq!(top(&app).0, ROW_5);
    // A switch of the first language keeps it too.
    app.update(Action::ToggleParallel);
    app.update(Action::PickLanguage(language(&library, "vi")));
    assert_eq!(top(&app).0, ROW_5);
}

// --- the glossary and the quiz --------------------------------------------------------

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
            let text: String = line
                .spans
                .iter()
                .map(|span| span.content.as_ref())
                .collect();
            text + "\n"
        })
        .collect()
}

#[test]
fn the_glossary_is_an_entry_after_the_topics_and_a_term_found_opens_it() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::SelectRow(Entry::Glossary.row()));
    assert_eq!(app.place().entry, Entry::Glossary);
    assert!(page(&app).starts_with("Glossary\n"), "{}", page(&app));
    assert!(page(&app).contains("warranty"));
    // Found from the search, in Vietnamese: the glossary opens at the term.
    app.update(Action::SelectRow(0));
    app.update(Action::OpenSearch);
    typed(&mut app, "bao hanh");
    app.update(Action::ToggleScope);
    let term = app
        .search()
        .ranked()
        .iter()
        .position(|found| matches!(found.at, crate::study::search::Location::Term(_)))
        .expect("the term is among the matches");
    for _ in 0..term {
        app.update(Action::Down);
    }
    app.update(Action::OpenMatch);
    assert_eq!(app.place().entry, Entry::Glossary);
    assert_eq!(library.language(app.place().language).code, "vi");
    assert_eq!(
        top(&app).0,
        Part::Block {
            block: 0,
            item: crate::content::TermId::Warranty.index()
        },
        "the term at the top"
    );
}

#[test]
fn the_quiz_asks_answers_and_scores_a_round() {
    let library = library();
    let mut app = quiz(&library, "fr", 3);
    assert_eq!(
        app.place().mode,
        Mode::Quiz,
        "its keys once it has the focus"
    );
    assert!(
        page(&app).contains("Dix affirmations"),
        "the intro: {}",
        page(&app)
    );
    app.update(Action::Continue);
    let round = app.quiz().round().unwrap().clone();
    for (at, statement) in round.statements().iter().enumerate() {
        let asked = statement.asked(&library, app.place().language).unwrap();
        assert!(shows(&app, asked), "the statement as written for the quiz");
        assert!(!app.update(Action::Continue), "no skipping a statement");
        // Right on the first half, by the arrows; wrong on the rest, by letter.
        let said = if at < 5 {
            app.update(Action::Answer(statement.side));
            statement.side
        } else {
            let (wrong, said) = match statement.side {
                Side::Sales => ('s', Side::Service),
                Side::Service => ('v', Side::Sales),
            };
            assert!(app.update(Action::Type(wrong)), "v and s answer in French");
            said
        };
        let verdict = library
            .language(app.place().language)
            .ui
            .quiz
            .verdict(statement.side, said);
        assert!(shows(&app, verdict), "{}", page(&app));
        assert!(shows(&app, asked), "answered, the statement stays");
        let row = statement.row(&library, app.place().language).unwrap();
        assert!(shows(&app, &row.aspect), "and its row's aspect");
        assert_eq!(
            page(&app).contains("Enter Affirmation suivante"),
            at + 1 < crate::study::quiz::ROUND,
            "the last answer leads to the score: {}",
            page(&app)
        );
        assert!(
            !app.update(Action::Answer(statement.side)),
            "one answer a statement"
        );
        app.update(Action::Continue);
    }
    assert_eq!(app.quiz().round().unwrap().score(), (5, 10));
    let end = page(&app);
    assert!(
        end.contains("Score\u{202F}: 5/10") && end.contains("Erreurs"),
        "{end}"
    );
    // Another round, in the seed's order: a new quiz with the same seed asks the same.
    app.update(Action::Continue);
    let second = app.quiz().round().unwrap().clone();
    assert_ne!(second, round);
    let mut again = quiz(&library, "fr", 3);
    again.update(Action::Continue);
    assert_eq!(
        again.quiz().round().unwrap().statements(),
        round.statements()
    );
    // Esc leaves the quiz, back to the sidebar.
    app.update(Action::Back);
    assert_eq!(app.place().mode, Mode::Reading(Focus::Sidebar));
}

#[test]
fn a_language_switch_keeps_the_statement_and_the_parallel_view_shows_both() {
    let library = library();
    let mut app = quiz(&library, "en", 11);
    app.update(Action::Continue);
    let statement = app.quiz().round().unwrap().current().unwrap();
    let is = language(&library, "is");
    app.update(Action::PickLanguage(is));
    assert_eq!(app.quiz().round().unwrap().current(), Some(statement));
    assert!(shows(&app, statement.asked(&library, is).unwrap()));
    assert_eq!(
        app.place().mode.table(),
        Table::Quiz,
        "the quiz's keys stay"
    );
    app.update(Action::ToggleParallel);
    assert!(shows(&app, statement.asked(&library, is).unwrap()));
    assert!(
        shows(&app, statement.asked(&library, library.english()).unwrap()),
        "the statement in both languages: {}",
        page(&app)
    );
    // English has no letters (Sales and Service share theirs): a letter is nothing.
    app.update(Action::PickLanguage(library.english()));
    assert!(!app.update(Action::Type('s')));
    assert!(app.update(Action::Answer(statement.side)));
}

/// The quiz keeps the reading keys that make sense in it: scrolling a page that does
/// not fit, and the language keys both ways.
#[test]
fn the_quiz_page_scrolls_and_the_language_keys_go_both_ways() {
    let library = library();
    let mut app = quiz(&library, "it", 5);
    app.update(Action::Resize {
        width: 40,
        height: 12,
    });
    app.update(Action::Continue);
    let statement = app.quiz().round().unwrap().current().unwrap();
    app.update(Action::Answer(statement.side));
    assert!(app.max_scroll() > 4, "the answer is pages long at 40x12");
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Up);
    assert_eq!(app.scroll(), 1);
    app.update(Action::PageDown);
    let paged = app.scroll();
    assert!(paged > 1);
    app.update(Action::PageUp);
    assert_eq!(app.scroll(), 1, "a page up undoes a page down");
    let it = app.place().language;
    app.update(Action::PreviousLanguage);
    assert_eq!(app.place().language, it - 1);
    app.update(Action::NextLanguage);
    assert_eq!(app.place().language, it);
}

#[test]
fn the_help_goes_back_to_the_quiz() {
    let library = library();
    let mut app = quiz(&library, "it", 1);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Help);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Quiz);
}

#[test]
fn home_and_end_go_to_the_ends_of_the_pane_with_the_focus() {
    let library = Library::builtin().unwrap();
    let mut app = app(&library, 60, 20);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::Bottom);
    assert_eq!(app.place().entry, Entry::Quiz, "the list's last entry");
    assert_eq!(app.scroll(), 0);
    app.update(Action::Top);
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Overview));
    app.update(Action::FocusDetail);
    app.update(Action::Bottom);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::Overview),
        "the text's end"
    );
    assert_eq!(app.scroll(), app.max_scroll());
    assert!(app.scroll() > 0);
    app.update(Action::Top);
    assert_eq!(app.scroll(), 0);
}

/// While idle, the explorer lays out the texts a key may ask for next and makes the
/// search's index: a key during that or after it shows what it shows without it, side
/// by side too (where a switch to the second language swaps the sides), and so does a
/// key back.
#[test]
fn a_key_after_the_idle_pass_shows_what_it_shows_without_it() {
    let library = library();
    let count = library.languages().len();
    let keys: Vec<Vec<Action>> = (0..count)
        .map(|language| vec![Action::PickLanguage(language)])
        .chain(
            [
                Action::NextLanguage,
                Action::PreviousLanguage,
                Action::StepTopic(1),
                Action::StepTopic(-1),
                Action::ToggleParallel,
                Action::ToggleSidebar,
            ]
            .map(|key| vec![key]),
        )
        .chain([
            vec![Action::ToggleSidebar, Action::ToggleSidebar],
            vec![Action::PickLanguage(4), Action::PickLanguage(2)],
            vec![Action::NextLanguage, Action::PreviousLanguage],
            vec![
                Action::OpenSearch,
                Action::Paste("service".into()),
                Action::ToggleScope,
                Action::Down,
                Action::OpenMatch,
            ],
        ])
        .collect();
    for (entry, parallel) in [
        (Entry::Topic(TopicId::Comparison), false),
        (Entry::Topic(TopicId::Comparison), true),
        (Entry::first(), false),
        (Entry::Glossary, true),
    ] {
        let start = || {
            let mut app = app_at(&library, 2, entry, 90, 24);
            app.update(Action::FocusDetail);
            app.update(Action::Down);
            if parallel {
                // Estonian beside French: a switch to Estonian swaps the sides.
                app.update(Action::CycleSecond);
                assert_eq!(app.beside(), Some(1));
            }
            app
        };
        // The whole pass, and the key in the middle of its index.
        for steps in [usize::MAX, 7] {
            for keys in &keys {
                let mut prepared = start();
                let mut done = 0;
                while done < steps && prepared.prepare() {
                    done += 1;
                    assert!(done <= 2 * count, "the idle pass ends");
                }
                let mut fresh = start();
                for key in keys {
                    prepared.update(key.clone());
                    fresh.update(key.clone());
                }
                let after = format!("{entry:?} {keys:?} after {done} steps");
                assert_eq!(page(&prepared), page(&fresh), "{after}");
                assert_eq!(prepared.place(), fresh.place(), "{after}");
                assert_eq!(
                    prepared.search().ranked(),
                    fresh.search().ranked(),
                    "{after}"
                );
            }
        }
    }
}

/// On a screen too small to show the text, the idle pass has only the index to make,
/// and ends.
#[test]
fn the_idle_pass_ends_on_a_screen_too_small_for_the_text() {
    let library = library();
    let mut small = app(&library, 10, 4);
    let steps = std::iter::from_fn(|| small.prepare().then_some(())).count();
    assert!(steps <= library.languages().len(), "{steps} steps");
}

/// Side by side, the second language is English; in English, the language read before;
/// in English from the start, the next in the bar.
#[test]
fn the_second_language_is_english_else_the_one_read_before_else_the_next() {
    let library = library();
    let mut app = app(&library, 120, 30);
    app.update(Action::ToggleParallel);
    assert_eq!(
        app.beside(),
        Some(1),
        "English from the start: Estonian beside it"
    );
    app.update(Action::PickLanguage(3));
    assert_eq!(app.beside(), Some(library.english()));
    app.update(Action::PickLanguage(library.english()));
    assert_eq!(app.beside(), Some(3), "the language read before");
}

/// In colour, the statement in the reader's language reads as the text (italic, as an
/// example), the second language's under it is set back (dim).
#[test]
fn the_quiz_sets_the_second_languages_statement_back() {
    let library = library();
    let fr = language(&library, "fr");
    let colour = Theme::colour();
    let mut app = themed_app_at(&library, colour, fr, Entry::Quiz, 100, 30);
    app.seed_quiz(11);
    app.update(Action::FocusDetail);
    app.update(Action::Continue);
    app.update(Action::ToggleParallel);
    let bars = |bar: &str| -> Vec<ratatui::style::Style> {
        app.document()
            .lines
            .iter()
            .filter(|line| line.spans.first().is_some_and(|span| span.content == bar))
            .filter_map(|line| line.spans.get(1).map(|span| span.style))
            .collect()
    };
    let (first, second) = (bars("│ "), bars("┆ "));
    assert!(!first.is_empty() && !second.is_empty(), "{}", page(&app));
    assert!(first.iter().all(|style| *style == colour.example));
    assert!(second.iter().all(|style| *style == colour.muted));
}
