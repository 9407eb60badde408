//! In a terminal: colour, the remembered place.

use super::*;

#[test]
fn show_colours_only_a_terminal_and_never_under_no_color() {
    let home = Home::new();
    let has_bold = |env: &[(&str, &str)]| {
        let mut session = Session::start(&home, &["show", "overview"], env, 100, 30);
        let (code, screen) = session.wait_exit();
        assert_eq!(code, 0);
        assert!(screen.contents().contains("Sales and service are among"));
        screen.cell(0, 0).unwrap().bold()
    };
    assert!(has_bold(&[]), "the heading is bold in a terminal");
    assert!(!has_bold(&[("NO_COLOR", "1")]));
}

// The tests that write the place run where a test's own home moves it: on Windows it is
// in the user's known folder (%LOCALAPPDATA%), whatever the environment says.

#[cfg(unix)]
#[test]
fn the_place_is_remembered_restored_and_a_corrupt_file_ignored() {
    let home = Home::new();
    // Quit in Vietnamese on the comparison table.
    let mut session = Session::start(&home, &[], &[], 100, 30);
    session.wait_for_text("The difference between sales and service");
    session.send("6");
    session.wait_for_text("Tổng quan");
    session.send("\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B");
    session.wait_for_text("Mục tiêu chính");
    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert_restored(&screen);
    let saved: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(home.place_file()).unwrap()).unwrap();
    assert_eq!(
        saved,
        serde_json::json!({"language": "vi", "topic": "comparison", "sidebar": true, "parallel": false})
    );

    // A plain start reopens there.
    let mut session = Session::start(&home, &[], &[], 100, 30);
    session.wait_for_text("Mục tiêu chính");
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);

    // A flag changes only what it names: --lang keeps the remembered topic, and the
    // locale does not beat the memory.
    let mut session = Session::start(&home, &["--lang", "it"], &[("LANG", "fr_FR")], 100, 30);
    session.wait_for_text("Vendita e servizio: tabella di confronto");
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
    let mut session = Session::start(&home, &[], &[("LANG", "fr_FR")], 100, 30);
    session.wait_for_text("Italiano");
    session.wait_for_text("Vendita e servizio: tabella di confronto");
    session.send("q");
    session.wait_exit();
    // --topic keeps the remembered language.
    let mut session = Session::start(&home, &["--topic", "similarities"], &[], 100, 30);
    session.wait_for_text("Somiglianze tra vendita e servizio");
    // z hides the sidebar; that is remembered too.
    let without_sidebar = |screen: &vt100::Screen| {
        // The text's pane starts at the left edge, under the language bar.
        screen.contents().lines().nth(1).is_some_and(|line| {
            line.starts_with("┏ Vendita e servizio nel")
                || line.starts_with("┌ Vendita e servizio nel")
        })
    };
    session.send("z");
    session.wait_for("the sidebar to go", without_sidebar);
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);
    let saved: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(home.place_file()).unwrap()).unwrap();
    assert_eq!(saved["sidebar"], serde_json::json!(false));
    let mut session = Session::start(&home, &[], &[], 100, 30);
    session.wait_for_text("Somiglianze tra vendita e servizio");
    assert!(
        without_sidebar(&session.screen()),
        "reopened without the sidebar: {}",
        session.contents()
    );
    session.send("z");
    session.wait_for("the sidebar to come back", |screen| {
        !without_sidebar(screen)
    });
    session.send("q");
    assert_eq!(session.wait_exit().0, 0);

    // A corrupt file: the explorer starts as if there were none, and says so after.
    fs::write(home.place_file(), "{ not json").unwrap();
    let mut session = Session::start(&home, &[], &[], 100, 30);
    session.wait_for_text("The difference between sales and service");
    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    assert!(
        screen
            .contents()
            .contains("warning: ignoring the remembered place"),
        "{}",
        screen.contents()
    );
    assert_restored(&screen);
}

#[cfg(unix)]
#[test]
fn a_remembered_language_that_is_not_loaded_is_ignored_with_one_warning() {
    let home = Home::new();
    fs::create_dir_all(home.place_file().parent().unwrap()).unwrap();
    // Remembered from a run with a --content-dir that added German.
    fs::write(
        home.place_file(),
        r#"{"language": "de", "topic": "comparison"}"#,
    )
    .unwrap();
    let mut session = Session::start(&home, &[], &[], 200, 30);
    // The whole place is ignored, its topic too: English (no locale) at the overview.
    session.wait_for_text("Sales and service are among the most fundamental");
    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0);
    let contents = screen.contents();
    let warnings: Vec<&str> = contents
        .lines()
        .filter(|line| line.contains("warning"))
        .collect();
    assert_eq!(warnings.len(), 1, "{contents}");
    assert_eq!(
        warnings[0],
        format!(
            "sales-vs-service: warning: ignoring the remembered place {}: no language \"de\" is loaded (the languages are en, et, fr, is, it, vi)",
            home.place_file().display()
        )
    );
    assert_restored(&screen);
}

#[test]
fn remembering_can_be_switched_off() {
    let home = Home::new();
    for (args, env) in [
        (vec!["--no-remember"], vec![]),
        (vec![], vec![("SALES_VS_SERVICE_NO_REMEMBER", "1")]),
    ] {
        let mut session = Session::start(&home, &args, &env, 100, 30);
        session.wait_for_text("The difference between sales and service");
        session.send("3q");
        assert_eq!(session.wait_exit().0, 0);
        assert!(!home.place_file().exists(), "{args:?} {env:?}");
    }
}

#[cfg(unix)]
#[test]
fn an_unwritable_place_is_a_warning_after_the_terminal_is_restored() {
    let home = Home::new();
    let program_dir = home.place_file().parent().unwrap().to_owned();
    fs::create_dir_all(program_dir.parent().unwrap()).unwrap();
    // A file where the program's directory should be.
    fs::write(program_dir, "").unwrap();
    let mut session = Session::start(&home, &[], &[], 100, 30);
    session.wait_for_text("The difference between sales and service");
    session.send("q");
    let (code, screen) = session.wait_exit();
    assert_eq!(code, 0, "never a failed start or end");
    assert!(
        screen
            .contents()
            .contains("warning: cannot remember the place"),
        "{}",
        screen.contents()
    );
}

/// Redirections and sessions in a shell: Unix.
#[cfg(unix)]
#[test]
fn with_stdin_redirected_keys_come_from_the_controlling_terminal() {
    let home = Home::new();
    let mut session = Session::shell(
        &home,
        "\"$BIN\" --no-remember < /dev/null; echo \"exit=$?\"",
        &[],
        100,
        30,
    );
    session.wait_for_text("The difference between sales and service");
    session.send("2");
    session.wait_for_text("Müügi ja teeninduse erinevus");
    session.send("q");
    session.wait_for_text("exit=0");
    assert_eq!(session.wait_exit().0, 0);
}

/// Linux: `setsid` is a util-linux command (macOS has none).
#[cfg(target_os = "linux")]
#[test]
fn with_no_terminal_to_read_keys_from_it_fails_in_one_line() {
    let home = Home::new();
    // setsid: a new session has no controlling terminal, so /dev/tty cannot be opened.
    let mut session = Session::shell(
        &home,
        "setsid -w \"$BIN\" --no-remember < /dev/null; echo \"exit=$?\"",
        &[],
        200,
        30,
    );
    session.wait_for_text("exit=2");
    let (_, screen) = session.wait_exit();
    let contents = screen.contents();
    let message: Vec<&str> = contents
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with("exit="))
        .collect();
    assert_eq!(message.len(), 1, "one line: {contents}");
    assert!(
        message[0].starts_with("sales-vs-service: no terminal to read keys from"),
        "{contents}"
    );
    assert_restored(&screen);
}
