//! The global keys in every mode, and what each mode does with its own.

use super::*;

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

/// The mouse acts on what the mode shows: the wheel over the help scrolls the help,
/// and a topic clicked from the quiz leaves the quiz for it.
#[test]
fn the_mouse_follows_the_mode() {
    let library = library();
    let mut app = app(&library, 40, 12);
    app.update(Action::ToggleHelp);
    assert!(app.max_help_scroll() > 0, "the help is taller than 40x12");
    app.update(Action::ScrollDetail(3));
    assert_eq!(app.help_scroll(), 3);
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Overview));
    let mut app = in_mode(&library, MODES[4].1);
    assert_eq!(app.place().mode, Mode::Quiz);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Comparison));
    assert_eq!(app.place().mode, Mode::Reading(Focus::Sidebar));
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
