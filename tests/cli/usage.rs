//! clap's own behaviour: help, version, usage errors and their exit codes.

use super::*;

#[test]
fn help_and_version_exit_zero() {
    let home = Home::new();
    let help = run(&home, &["--help"], &[]);
    assert_eq!(help.status.code(), Some(0));
    for subcommand in [
        "languages",
        "topics",
        "show",
        "check",
        "content",
        "completions",
        "man",
    ] {
        assert!(
            stdout(&help).contains(subcommand),
            "{subcommand} in the help"
        );
    }
    let version = run(&home, &["--version"], &[]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        stdout(&version).trim(),
        format!("sales-vs-service {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_two() {
    let home = Home::new();
    assert_usage_error(&run(&home, &["--bogus"], &[]), &["--bogus"]);
    assert_usage_error(
        &run(&home, &["show", "overview", "--width", "0"], &[]),
        &["--width"],
    );
    assert_usage_error(
        &run(&home, &["show", "overview", "--format", "pdf"], &[]),
        &["text", "markdown", "json"],
    );
    assert_usage_error(&run(&home, &["completions", "tcsh"], &[]), &["bash"]);
}

#[test]
fn a_flag_before_a_subcommand_counts_for_it_or_is_refused() {
    let home = Home::new();
    assert_eq!(
        first_topic_title(&home, &[], &[]),
        "Overview",
        "the fixture's own language"
    );
    let french = run(&home, &["--lang", "fr", "topics"], &[]);
    assert_eq!(french.status.code(), Some(0), "{}", stderr(&french));
    assert!(stdout(&french).starts_with("overview\tVue d’ensemble\n"));
    assert_usage_error(
        &run(&home, &["--lang", "xx", "topics"], &[]),
        &["'xx'", "fr (Français)", "Usage: sales-vs-service topics"],
    );
    for (args, flag, subcommand) in [
        (
            vec!["--lang", "xx", "languages"],
            "'--lang <CODE>'",
            "languages",
        ),
        (
            vec!["--lang", "fr", "languages"],
            "'--lang <CODE>'",
            "languages",
        ),
        (
            vec!["--topic", "bogus", "languages"],
            "'--topic <ID>'",
            "languages",
        ),
        (
            vec!["--topic", "comparison", "show", "all"],
            "'--topic <ID>'",
            "show",
        ),
        (vec!["--no-mouse", "check"], "'--no-mouse'", "check"),
        (vec!["--no-remember", "topics"], "'--no-remember'", "topics"),
        (
            vec!["--content-dir", "/tmp", "man"],
            "'--content-dir <DIR>'",
            "man",
        ),
    ] {
        assert_usage_error(
            &run(&home, &args, &[]),
            &[
                &format!("{flag} is not an option of '{subcommand}'"),
                &format!("Usage: sales-vs-service {subcommand}"),
            ],
        );
    }
    assert_usage_error(
        &run(&home, &["--lang", "fr", "topics", "--lang", "vi"], &[]),
        &["'--lang <CODE>' is given both before and after 'topics'"],
    );
    assert_usage_error(
        &run(
            &home,
            &["completions", "bash", "--content-dir", "/tmp"],
            &[],
        ),
        &["'--content-dir'", "Usage: sales-vs-service completions"],
    );
}

#[test]
fn a_content_dir_before_the_subcommand_counts_for_it() {
    let home = Home::new();
    let dir = content_dir(&[("de.json", pseudo_german().as_bytes())]);
    let folder = dir.path().to_str().unwrap();
    let languages = run(&home, &["--content-dir", folder, "languages"], &[]);
    assert!(
        stdout(&languages).ends_with("de\tDeutsch\n"),
        "{}",
        stderr(&languages)
    );
}

#[test]
fn a_usage_error_in_a_subcommand_prints_its_usage_line() {
    let home = Home::new();
    for (args, usage) in [
        (vec!["show", "pricing"], "Usage: sales-vs-service show "),
        (vec!["show"], "Usage: sales-vs-service show "),
        (
            vec!["topics", "--lang", "de"],
            "Usage: sales-vs-service topics [OPTIONS]",
        ),
        (
            vec!["--lang", "de"],
            "Usage: sales-vs-service [OPTIONS] [COMMAND]",
        ),
        (
            vec!["--topic", "pricing"],
            "Usage: sales-vs-service [OPTIONS] [COMMAND]",
        ),
    ] {
        assert_usage_error(&run(&home, &args, &[]), &[usage]);
    }
}

#[test]
fn width_is_for_text_and_refused_with_markdown_or_json() {
    let home = Home::new();
    for format in ["markdown", "json"] {
        assert_usage_error(
            &run(
                &home,
                &["show", "overview", "--format", format, "--width", "40"],
                &[],
            ),
            &[&format!(
                "'--width <N>' wraps text only; it cannot be used with '--format {format}'"
            )],
        );
    }
    let text = run(
        &home,
        &["show", "overview", "--format", "text", "--width", "40"],
        &[],
    );
    assert_eq!(text.status.code(), Some(0));
    let help = stdout(&run(&home, &["show", "--help"], &[]));
    assert!(help.contains("with --format text only"), "{help}");
}
