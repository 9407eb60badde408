//! The program as a user meets it: the real binary in a pseudo-terminal, its screen read
//! through a terminal emulator. Keys, languages, the comparison, resizing, the help,
//! and every way out — q, Ctrl-C, SIGTERM, SIGHUP, a panic — leaving the terminal as
//! it was.

// A test that cannot set up its fixture should stop right there.
#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use support::{Home, Session, assert_restored};

const UP: &str = "\x1b[A";
const DOWN: &str = "\x1b[B";
const RIGHT: &str = "\x1b[C";
// Only the tests that count the bytes read (Linux) press these.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
const LEFT: &str = "\x1b[D";
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
const HOME: &str = "\x1b[H";

fn start(home: &Home, args: &[&str]) -> Session {
    let mut all = vec!["--no-remember"];
    all.extend_from_slice(args);
    let session = Session::start(home, &all, &[], 100, 30);
    session.wait_for_text("The difference between sales and service");
    session
}

/// The screen's row that contains `text`.
fn row_with(screen: &vt100::Screen, text: &str) -> Option<String> {
    screen
        .rows(0, screen.size().1.get())
        .find(|row| row.contains(text))
}

#[test]
fn a_session_from_start_to_quit() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    let screen = session.screen();
    assert!(
        screen.alternate_screen(),
        "the explorer uses the alternate screen"
    );
    let first = screen.rows(0, 100).next().unwrap();
    assert!(
        first.contains("1 English") && first.contains("6 Tiếng Việt"),
        "the language bar: {first}"
    );
    assert!(
        session.contents().contains("Key takeaways") && session.contents().contains("Conclusion"),
        "the sidebar"
    );
    assert!(
        session
            .contents()
            .contains("Sales and service are among the most fundamental features"),
        "the overview"
    );

    // Down the sidebar to "What is sales?", then into the text.
    session.send(DOWN);
    session.send(DOWN);
    session.wait_for_text("For example, when a house is being sold");
    session.send(RIGHT);
    session.wait_for("the detail pane to take the focus", |screen| {
        row_with(screen, "The difference between sales and service")
            .is_some_and(|row| row.contains('┏'))
            && row_with(screen, "Topics").is_some_and(|row| row.starts_with('┌'))
    });

    // l: the next language, same topic.
    session.send("l");
    session.wait_for_text("Mis on müük?");
    session.wait_for_text("Müük on kaupade ja teenuste müük");
    // A digit: that language, same topic.
    session.send("5");
    session.wait_for_text("Una vendita è l’atto di vendere beni e servizi");
    session.send("L");
    session.wait_for_text("Sala er sú athöfn að selja vörur og þjónustu");

    // The comparison, in Vietnamese: a sales cell and its service cell on one row.
    session.send("6");
    session.wait_for_text("Bán hàng bao gồm quá trình thuyết phục");
    session.send("\x1b[D"); // back to the topics
    for _ in 0..4 {
        session.send(DOWN);
    }
    session.wait_for_text("Mục tiêu chính");
    let screen = session.screen();
    let row = row_with(&screen, "Mục tiêu chính").unwrap();
    assert!(
        row.contains("Tạo doanh thu bằng") && row.contains("Duy trì sự hài lòng"),
        "side by side: {row}"
    );

    // Resize to 30x8 and back: no stale cells, the same place.
    session.resize(30, 8);
    session.wait_for("the small layout", |screen| {
        screen
            .contents()
            .lines()
            .next()
            .is_some_and(|line| line.contains("EN") && !line.contains("English"))
    });
    let small = session.contents();
    assert!(
        small
            .lines()
            .all(|line| unicode_width::UnicodeWidthStr::width(line) <= 30),
        "{small}"
    );
    session.resize(100, 30);
    session.wait_for("the full layout again", |screen| {
        row_with(screen, "Mục tiêu chính").is_some_and(|row| row.contains("Duy trì sự hài lòng"))
    });
    assert!(session.contents().contains("6 Tiếng Việt"));

    // The help opens and closes.
    session.send("?");
    session.wait_for_text("Ctrl-C");
    session.send("\x1b");
    session.wait_for("the help to close", |screen| {
        !screen.contents().contains("Ctrl-C")
    });
    session.send("?");
    session.wait_for_text("Ctrl-C");
    session.send("?");
    session.wait_for("the help to close", |screen| {
        !screen.contents().contains("Ctrl-C")
    });

    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert_restored(&screen);
}

#[test]
fn ctrl_c_quits_cleanly() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    session.send(DOWN);
    session.send(UP);
    session.send("\x03");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert_restored(&screen);
}

/// `stty` in a shell: Unix.
#[cfg(unix)]
#[test]
fn raw_mode_is_off_after_quitting() {
    let home = Home::new();
    let mut session = Session::shell(
        &home,
        "\"$BIN\" --no-remember; echo \"exit=$?\"; stty -a",
        &[],
        200,
        40,
    );
    session.wait_for_text("The difference between sales and service");
    session.send("q");
    session.wait_for_text("exit=0");
    let (_, screen) = session.wait_exit();
    let settings = screen.contents();
    assert!(
        settings.contains(" icanon") && !settings.contains("-icanon"),
        "canonical mode is back: {settings}"
    );
    assert!(
        settings.contains(" echo ") && !settings.contains("-echo "),
        "echo is back: {settings}"
    );
    assert_restored(&screen);
}

/// A service manager's SIGTERM, a closed terminal's SIGHUP, and a SIGINT sent with
/// `kill -INT` (in raw mode Ctrl-C is a key, not a signal): each ends the loop, so
/// the terminal is restored, with the status a shell expects of that signal. (Unix:
/// Windows has no signals to send.)
#[cfg(unix)]
#[test]
fn sigterm_sighup_and_sigint_end_the_session_and_restore_the_terminal() {
    for (signal, status) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let home = Home::new();
        let mut session = start(&home, &[]);
        session.send(DOWN);
        session.wait_for_text("Sales involves selling a product or service");
        session.signal(signal);
        let (code, screen) = session.wait_exit();
        assert_eq!(code, status, "SIG{signal}");
        assert_restored(&screen);
    }
}

/// Only a debug build panics on request (see `event_loop::panic_if_asked`): in a
/// release build (`cargo test --release`) there is nothing to test.
#[cfg(debug_assertions)]
#[test]
fn a_panic_restores_the_terminal_and_says_what_happened() {
    let home = Home::new();
    let mut session = Session::start(
        &home,
        &["--no-remember"],
        &[("SALES_VS_SERVICE_TEST_PANIC", "1")],
        100,
        30,
    );
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 101, "Rust's exit status for a panic");
    assert_restored(&screen);
    assert!(
        screen
            .contents()
            .contains("a panic asked for by SALES_VS_SERVICE_TEST_PANIC"),
        "the message is readable: {}",
        screen.contents()
    );
}

#[test]
fn without_mouse_reporting_with_no_mouse() {
    let home = Home::new();
    let mut with_mouse = start(&home, &[]);
    assert_ne!(
        with_mouse.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    with_mouse.send("q");
    with_mouse.wait_exit();
    let mut without = start(&home, &["--no-mouse"]);
    assert_eq!(
        without.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    without.send("q");
    without.wait_exit();
}

#[test]
fn a_click_selects_a_topic_and_a_language() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    // SGR mouse: button 0 pressed at column 5, row 8 (1-based): the sidebar's sixth topic.
    session.send("\x1b[<0;5;8M\x1b[<0;5;8m");
    session.wait_for_text("Differences between sales and service");
    // "4 Íslenska" in the language bar.
    session.send("\x1b[<0;35;1M\x1b[<0;35;1m");
    session.wait_for_text("Mismunur á sölu og þjónustu");
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

#[test]
fn no_color_gives_a_monochrome_screen_that_still_shows_focus_and_selection() {
    let home = Home::new();
    for (env, coloured) in [(vec![], true), (vec![("NO_COLOR", "1")], false)] {
        let mut session = Session::start(&home, &["--no-remember"], &env, 100, 30);
        session.wait_for_text("The difference between sales and service");
        let screen = session.screen();
        // The focused sidebar's corner, and the selected topic's first cell.
        let corner = screen.cell(1, 0).unwrap();
        let selected = screen.cell(2, 1).unwrap();
        assert_eq!(corner.contents(), "┏");
        assert_eq!(
            corner.fgcolor() != vt100::Color::Default,
            coloured,
            "{env:?}"
        );
        assert!(corner.bold(), "focus is bold either way");
        assert!(
            selected.inverse() && selected.bold(),
            "selection is reverse video either way"
        );
        session.send("q");
        assert_eq!(session.wait_exit().0, 0);
    }
}

/// Input that arrives faster than one read (a held key, a paste without bracketed
/// paste, a script) is all read: the quit at its end is seen at once.
#[test]
fn a_burst_of_two_thousand_keys_then_q_quits_at_once() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    session.send(RIGHT);
    session.send_detached("jk".repeat(1000) + "q");
    let (code, screen) = session.wait_exit_within(Duration::from_secs(3));
    assert_eq!(code, 0);
    assert_restored(&screen);
}

#[test]
fn ctrl_c_after_a_twenty_kilobyte_flood_quits() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    session.send_detached("j".repeat(20 * 1024) + "\x03");
    let (code, screen) = session.wait_exit_within(Duration::from_secs(3));
    assert_eq!(code, 0);
    assert_restored(&screen);
}

/// With bracketed paste on, a paste is one event; outside a text field it is ignored,
/// so the "q" and digits in it neither quit nor switch the language.
#[test]
fn a_paste_on_the_main_screen_is_not_read_as_keys() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    assert!(session.screen().bracketed_paste(), "bracketed paste is on");
    session.send("\x1b[200~quality 3 q\x1b[201~");
    // A key after the paste shows the explorer read past it and is still running.
    session.send("2");
    session.wait_for_text("Müügi ja teeninduse erinevus");
    assert!(
        session.contents().contains("2 Eesti"),
        "still the explorer: {}",
        session.contents()
    );
    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert_restored(&screen);
}

/// How many times `output` clears the whole screen.
fn clears(output: &[u8]) -> usize {
    output
        .windows(4)
        .filter(|window| window == b"\x1b[2J")
        .count()
}

/// Ctrl-L paints every cell again: what another program wrote over the screen goes.
#[test]
fn ctrl_l_redraws_the_whole_screen() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    session.scribble(b"\x1b[10;40HA MESSAGE FROM ANOTHER PROGRAM");
    assert!(
        session
            .contents()
            .contains("A MESSAGE FROM ANOTHER PROGRAM")
    );
    session.send("\x0c");
    session.wait_for("the message to be painted over", |screen| {
        !screen.contents().contains("A MESSAGE FROM ANOTHER PROGRAM")
    });
    assert!(
        session
            .contents()
            .contains("Sales and service are among the most fundamental features"),
        "the text is back: {}",
        session.contents()
    );
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// A resize clears the screen once, in the same write as the new frame.
#[test]
fn a_resize_clears_the_screen_once() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    for (cols, rows) in [(80, 24), (120, 40), (60, 20)] {
        let before = session.bytes_written();
        session.resize(cols, rows);
        session.wait_for("the new size", |screen| {
            screen
                .contents()
                .lines()
                .last()
                .is_some_and(|status| status.contains("Quit"))
                && screen.contents().lines().count() <= usize::from(rows)
        });
        // Everything the resize brings, however slow the machine.
        session.wait_until_quiet(Duration::from_millis(200));
        assert_eq!(
            clears(&session.output_since(before)),
            1,
            "a resize to {cols}x{rows} clears once"
        );
    }
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// 100x30, too small, and 100x30 again: the reader is where they were. (Linux: it
/// counts the bytes read in /proc.)
#[cfg(target_os = "linux")]
#[test]
fn a_trip_through_the_too_small_screen_keeps_the_row() {
    let home = Home::new();
    let mut session = start(&home, &["--topic", "comparison"]);
    let keys = String::from(RIGHT) + &DOWN.repeat(34);
    let read = session.bytes_read();
    session.send(&keys);
    // Every key read, and its frame out, however busy the machine.
    session.wait_for_reading(read, keys.len());
    session.wait_until_quiet(SETTLED);
    let before = session.contents();
    assert!(before.contains("Skills and"), "{before}");
    assert!(!before.contains("Main goal"), "scrolled: {before}");
    session.resize(19, 5);
    session.wait_for_text("Window");
    session.resize(100, 30);
    session.wait_for_text("Skills and");
    assert_eq!(session.contents(), before);
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// Ctrl-Z hands the terminal back to the shell, restored; `fg` brings the explorer
/// back, redrawn, where it was. (Only Unix has job control.)
#[cfg(unix)]
#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes() {
    let home = Home::new();
    let mut session = Session::shell(
        &home,
        "set -m; \"$BIN\" --no-remember --lang fr; echo \"stopped=$?\"; read go; fg; echo \"exit=$?\"",
        &[],
        100,
        30,
    );
    session.wait_for_text("Différence entre vente et service");
    session.send(DOWN);
    session.wait_for_text("La vente consiste à vendre un produit");
    session.send("\x1a");
    session.wait_for_text("stopped=148");
    let screen = session.screen();
    assert!(!screen.alternate_screen(), "the shell has the main screen");
    assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    assert!(!screen.bracketed_paste());
    // The shell reads a line, as one typed at its prompt, then runs `fg`: the explorer
    // is back, on its own screen, where it was.
    session.send("\n");
    session.wait_for("the explorer back", |screen| {
        screen.alternate_screen() && screen.contents().contains("Points clés")
    });
    session.wait_for_text("La vente consiste à vendre un produit");
    session.send("q");
    session.wait_for_text("exit=0");
    let (_, screen) = session.wait_exit();
    assert_restored(&screen);
}

/// A learner looks for a word without its accents, in every language: `/`, the
/// query, Tab, Enter, and the Icelandic text opens at the match.
#[test]
fn a_search_in_all_languages_opens_the_match_in_its_language() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    session.send("/");
    session.wait_for_text("Type to search");
    session.send("anaegjueinkunn");
    session.wait_for_text("No match");
    session.send("\t");
    session.wait_for_text("[all languages]");
    session.wait_for_text("Results: 1");
    session.send("\r");
    session.wait_for("the Icelandic table at the match", |screen| {
        let contents = screen.contents();
        !contents.contains("[all languages]")
            && contents.contains("Efnisatriði")
            && contents.contains("Ánægjueinkunn")
    });
    let screen = session.screen();
    let (row, column) = (0..30)
        .find_map(|row| {
            (0..100).find_map(|column| {
                let cell = screen.cell(row, column)?;
                (cell.contents() == "Á" && screen.cell(row, column + 1)?.contents() == "n")
                    .then_some((row, column))
            })
        })
        .expect("the word on screen");
    assert!(
        screen.cell(row, column).unwrap().bgcolor() != vt100::Color::Default,
        "the word is marked"
    );
    assert!(session.contents().contains("1/1"), "{}", session.contents());
    session.send("\x1b");
    session.wait_for("the marks to go", |screen| {
        !screen.contents().contains("1/1")
    });
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// `y` copies the comparison row at the top of the text through the terminal's own
/// clipboard escape (OSC 52): the bytes written carry the row, its aspect over both
/// sides labelled in French, and the status line says what was copied.
#[test]
fn y_copies_the_row_on_top_through_the_terminals_clipboard() {
    use base64::prelude::{BASE64_STANDARD, Engine};
    use sales_vs_service::content::{Block, Library, TopicId};

    let home = Home::new();
    let mut session = Session::start(
        &home,
        &["--no-remember", "--lang", "fr", "--topic", "comparison"],
        &[],
        100,
        30,
    );
    session.wait_for_text("Tableau comparatif");
    // The row opened by a search is at the top of the text: the first row, found by
    // its sales side.
    session.send("/generation de chiffre");
    session.wait_for_text("Résultats");
    session.send("\r");
    session.wait_for_text("1/");
    let before = session.bytes_written();
    session.send("y");
    session.wait_for_text("Copié\u{202F}: Objectif principal");
    let library = Library::builtin().unwrap();
    let fr = library.find_language("fr").unwrap();
    let Block::Comparison { rows, .. } = &library.topic(fr, TopicId::Comparison).topic.blocks[0]
    else {
        panic!("the comparison's first block is its table")
    };
    let row = &rows[0];
    let text = format!(
        "{}\nVente\u{202F}: {}\nService\u{202F}: {}",
        row.aspect, row.sales, row.service
    );
    let sequence = format!("\x1b]52;c;{}\x1b\\", BASE64_STANDARD.encode(&text));
    let written = String::from_utf8_lossy(&session.output_since(before)).into_owned();
    assert!(
        written.contains(&sequence),
        "OSC 52 with the row {text:?}: {written:?}"
    );
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// `p` sets English beside French, `o` changes the second language, a scroll moves
/// both sides; the view and its second language are remembered.
#[test]
fn the_parallel_view_from_keys_to_the_next_start() {
    let home = Home::new();
    let mut session = Session::start(
        &home,
        &["--lang", "fr", "--topic", "key-differences"],
        &[],
        160,
        16,
    );
    session.wait_for_text("Principales différences");
    session.send("p");
    session.wait_for("English beside French", |screen| {
        row_with(screen, "Priorité").is_some_and(|row| row.contains("│ Focus"))
    });
    session.send("o");
    session.wait_for("Estonian beside French", |screen| {
        row_with(screen, "Priorité").is_some_and(|row| row.contains("│ Fookus"))
            && screen.contents().contains(" Eesti ┐")
    });
    session.send(RIGHT);
    for _ in 0..3 {
        session.send(DOWN);
    }
    session.wait_for("both sides scrolled", |screen| {
        !screen.contents().contains("Principales différences entre")
            && row_with(screen, "Priorité").is_some_and(|row| row.contains("│ Fookus"))
    });
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);

    let mut session = Session::start(&home, &[], &[], 160, 16);
    session.wait_for("the parallel view again", |screen| {
        row_with(screen, "Priorité").is_some_and(|row| row.contains("│ Fookus"))
    });
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// How long the program must stay silent for the screen to count as settled: far
/// longer than a frame takes. (Only the tests that count the bytes read wait for it.)
#[cfg(target_os = "linux")]
const SETTLED: Duration = Duration::from_millis(300);

/// An idle explorer writes nothing, and neither does input that changes nothing on the
/// screen: keys that have nowhere to go (Up and Home on the first topic, Left in the
/// sidebar) and the mouse moving over the screen. Counted in bytes once the program has
/// read the input; the same wait then sees the frame of a key that does change the
/// screen, so it is long enough to see one. (Linux: it counts the bytes read in /proc.)
#[cfg(target_os = "linux")]
#[test]
fn input_that_changes_nothing_writes_nothing() {
    let home = Home::new();
    let mut session = start(&home, &[]);
    let settled = session.wait_until_quiet(SETTLED);

    let mut idle = String::from(UP) + HOME + LEFT;
    for n in 0..300 {
        // SGR mouse report 35: the pointer moved with no button down.
        idle += &format!("\x1b[<35;{};{}M", 1 + n % 100, 1 + n % 30);
    }
    let read = session.bytes_read();
    session.send(&idle);
    session.wait_for_reading(read, idle.len());
    let after_idle = session.wait_until_quiet(SETTLED);
    assert_eq!(
        after_idle - settled,
        0,
        "bytes written for input that changes nothing"
    );

    let read = session.bytes_read();
    session.send(DOWN);
    session.wait_for_reading(read, DOWN.len());
    assert!(
        session.wait_until_quiet(SETTLED) > after_idle,
        "a key that changes the screen is drawn"
    );
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// A student opens the quiz, starts a round (the same with the same seed) and answers
/// a statement by its letter: the answer shows at once.
#[test]
fn the_quiz_answers_a_statement() {
    let home = Home::new();
    let mut session = Session::start(
        &home,
        &["--no-remember", "--lang", "fr", "--seed", "5"],
        &[],
        100,
        30,
    );
    session.wait_for_text("Vente ou service");
    // Down to the quiz, below the glossary, then into it.
    for _ in 0..14 {
        session.send(DOWN);
    }
    session.send(RIGHT);
    session.wait_for_text("Dix affirmations");
    session.send("\r");
    session.wait_for_text("Affirmation 1/10");
    session.send("v");
    session.wait_for("the answer", |screen| {
        let contents = screen.contents();
        (contents.contains("Exact\u{202F}:") || contents.contains("Faux\u{202F}:"))
            && contents.contains("Affirmation suivante")
    });
    session.send("\r");
    session.wait_for_text("Affirmation 2/10");
    // Esc and q apart: together they would read as Alt-q.
    session.send("\x1b");
    session.wait_for("the quiz left", |screen| {
        screen.contents().contains("Langue suivante")
            && !screen.contents().contains("Quitter le quiz")
    });
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
}

/// A terminal that says it cannot draw (`TERM=dumb`) gets the text as a pipe does,
/// wrapped to its width and without a colour or cursor escape, and stderr says why.
#[test]
fn a_dumb_terminal_gets_the_text_and_is_told_why() {
    let home = Home::new();
    let mut session = Session::start(
        &home,
        &["--no-remember", "--lang", "fr", "--topic", "key-takeaways"],
        &[("TERM", "dumb")],
        60,
        20,
    );
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert!(!screen.alternate_screen());
    let output = String::from_utf8_lossy(&session.output_since(0)).into_owned();
    assert!(!output.contains('\x1b'), "no escape sequence: {output:?}");
    assert!(output.contains("TERM=dumb"), "{output}");
    assert!(output.contains("printing the text instead"), "{output}");
    let text: Vec<&str> = output
        .lines()
        .filter(|line| !line.starts_with("sales-vs-service:"))
        .collect();
    assert!(
        text.iter().any(|line| line.starts_with("Points clés")),
        "{output}"
    );
    assert!(
        text.iter()
            .any(|line| line.starts_with("1. La vente consiste"))
    );
    assert!(
        text.iter()
            .all(|line| unicode_width::UnicodeWidthStr::width(line.trim_end_matches('\r')) <= 60),
        "wrapped to the terminal's 60 columns: {output}"
    );
    assert!(
        text.iter()
            .any(|line| unicode_width::UnicodeWidthStr::width(line.trim_end_matches('\r')) > 56),
        "and using them, not 80 or a narrow default: {output}"
    );

    // `show` sends it no colour either.
    let mut show = Session::start(&home, &["show", "overview"], &[("TERM", "dumb")], 60, 20);
    let (code, _) = show.wait_exit();
    assert_eq!(code, 0);
    let output = String::from_utf8_lossy(&show.output_since(0)).into_owned();
    assert!(output.contains("Overview"), "{output}");
    assert!(!output.contains('\x1b'), "no colour: {output:?}");
}

/// A translator's folder with the built-in English file, as `content init` writes it.
fn translation(home: &Home) -> std::path::PathBuf {
    let dir = home.path().join("translation");
    let output = home
        .command()
        .args(["content", "init"])
        .arg(&dir)
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    dir
}

/// The screen row that contains `text`, by number.
fn row_number(screen: &vt100::Screen, text: &str) -> Option<usize> {
    screen
        .rows(0, screen.size().1.get())
        .position(|row| row.contains(text))
}

/// The status line: the screen's last row.
fn status_line(screen: &vt100::Screen) -> String {
    screen.rows(0, screen.size().1.get()).last().unwrap()
}

/// Changes `from` to `to` in a file, as an editor's save would.
fn change(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// With `--content-dir`, a saved change shows within half a second at the same
/// place; a file saved broken keeps the text on screen and says where it is wrong,
/// until it is fixed.
#[test]
fn a_saved_change_shows_at_once_and_a_broken_file_keeps_the_text_until_fixed() {
    let home = Home::new();
    let dir = translation(&home);
    let file = dir.join("en.json");
    let mut session = start(&home, &["--content-dir", dir.to_str().unwrap()]);
    // The comparison, scrolled into its rows.
    for _ in 0..6 {
        session.send(DOWN);
    }
    session.send(RIGHT);
    for _ in 0..10 {
        session.send(DOWN);
    }
    session.wait_for_text("Activities");
    session.wait_until_quiet(Duration::from_millis(200));
    let screen = session.screen();
    let metrics = row_number(&screen, "Metrics").unwrap();
    let activities = row_number(&screen, "Activities").unwrap();

    change(
        &file,
        "\"aspect\": \"Activities\"",
        "\"aspect\": \"Daily work\"",
    );
    let saved = std::time::Instant::now();
    // A frame may come in more than one read: what it shows is waited for whole.
    session.wait_for("the change, and the reload said", |screen| {
        screen.contents().contains("Daily work")
            && status_line(screen).contains("Reloaded: en.json")
    });
    // Half a second, and as much again for a machine busy with other tests.
    assert!(
        saved.elapsed() < Duration::from_secs(1),
        "picked up within half a second: {:?}",
        saved.elapsed()
    );
    let screen = session.screen();
    assert_eq!(
        row_number(&screen, "Daily work"),
        Some(activities),
        "the same place"
    );
    assert_eq!(row_number(&screen, "Metrics"), Some(metrics));

    change(&file, "\"aspect\": \"Daily work\"", "\"aspect\": 42");
    session.wait_for("the error in the status line", |screen| {
        status_line(screen).contains("expected a string, found the number 42")
            && screen.contents().contains("Daily work")
    });
    let screen = session.screen();
    let status = status_line(&screen);
    assert!(
        status.contains("en.json:") && status.contains("rows[4].aspect"),
        "where: {status}"
    );
    assert_eq!(
        row_number(&screen, "Daily work"),
        Some(activities),
        "the last good text stays"
    );
    // A key still works, and the error stays until the file is fixed.
    session.send(UP);
    session.send(DOWN);
    session.send("!");
    session.wait_for_text("The text shown is the last without errors");
    session.send("\x1b");
    session.wait_for("the list to close", |screen| {
        !screen.contents().contains("The text shown is the last")
    });
    assert!(status_line(&session.screen()).contains("found the number 42"));

    change(&file, "\"aspect\": 42", "\"aspect\": \"Everyday tasks\"");
    session.wait_for("the fix, in place, and the reload said", |screen| {
        row_number(screen, "Everyday tasks") == Some(activities)
            && status_line(screen).contains("Reloaded: en.json")
    });
    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert_restored(&screen);
}

/// `v` opens `$EDITOR` at the line of the part on top of the screen, the terminal
/// handed over; what the editor saved shows at the same place. (The editor is a shell
/// script: Unix.)
#[cfg(unix)]
#[test]
fn v_opens_the_editor_at_the_part_on_top_and_shows_what_it_saved() {
    let home = Home::new();
    let dir = translation(&home);
    let file = dir.join("en.json");
    let editor = home.path().join("editor");
    // It notes its arguments, then marks the first text on the line it is given.
    std::fs::write(
        &editor,
        "#!/bin/sh\necho \"$@\" > \"$HOME/editor-args\"\nline=${1#+}\nsed -i \"${line}s/\\\": \\\"/\\\": \\\"EDITED /\" \"$2\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = std::env::var("PATH").unwrap_or_default();
    let mut session = Session::start(
        &home,
        &["--no-remember", "--content-dir", dir.to_str().unwrap()],
        &[("EDITOR", editor.to_str().unwrap()), ("PATH", &path)],
        100,
        30,
    );
    session.wait_for_text("The difference between sales and service");
    // A search puts the "Metrics" row on top.
    session.send("/Metrics");
    session.wait_for_text("Metrics");
    session.send("\r");
    session.wait_for("the row on top", |screen| {
        row_number(screen, "Metrics").is_some_and(|row| row < 6)
    });
    session.wait_until_quiet(Duration::from_millis(200));
    let top = row_number(&session.screen(), "Metrics").unwrap();

    session.send("v");
    // A frame may come in more than one read: what it shows is waited for whole.
    session.wait_for("the edit, in place, and the reload said", |screen| {
        row_number(screen, "EDITED") == Some(top)
            && status_line(screen).contains("Reloaded: en.json")
    });
    let line = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .position(|line| line.contains("\"aspect\": \"EDITED Metrics\""))
        .expect("the row's aspect edited")
        + 1;
    let arguments = std::fs::read_to_string(home.path().join("editor-args")).unwrap();
    assert_eq!(arguments.trim(), format!("+{line} {}", file.display()));
    let screen = session.screen();
    assert!(
        screen.alternate_screen(),
        "the explorer has the terminal again"
    );

    // Built-in text has no file to edit: the status line says how to get one.
    session.send("2");
    session.send("v");
    session.wait_for("how to get a copy", |screen| {
        status_line(screen).contains("content init DIR --lang et")
    });
    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert_restored(&screen);
}
