//! The command line as a script or a user meets it: the built binary, each subcommand
//! and format, the locale, outside content, errors with their exit codes, and the
//! remembered place. Every test has its own home and no locale.

// A test that cannot set up its fixture should stop right there.
#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
mod support;

use std::fs;
use std::process::Output;

use sales_vs_service::study::keymap::Platform;

use support::builtin::builtin_text;
use support::{Home, Session};
// The tests that look at the terminal after the explorer are Unix-only here.
#[cfg(unix)]
use support::assert_restored;

fn run(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Output {
    home.command()
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn assert_usage_error(output: &Output, needles: &[&str]) {
    assert_eq!(output.status.code(), Some(2), "{}", stderr(output));
    assert!(
        output.stdout.is_empty(),
        "nothing on stdout: {}",
        stdout(output)
    );
    for needle in needles {
        assert!(
            stderr(output).contains(needle),
            "stderr names {needle}: {}",
            stderr(output)
        );
    }
}

mod check;
mod completions;
mod content_dir;
mod content_init;
mod locale;
mod manual;
mod piped;
mod search;
mod show;
mod show_quiz;
mod show_with;
mod terminal;
mod usage;

/// The line after the first line that is `text`.
fn line_after<'t>(text: &'t str, line: &str) -> &'t str {
    let mut lines = text.lines();
    lines
        .by_ref()
        .find(|l| *l == line)
        .unwrap_or_else(|| panic!("«{line}» in {text}"));
    lines.next().unwrap_or_default()
}

fn completion_script(home: &Home, shell: &str) -> String {
    let output = run(home, &["completions", shell], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

const CODES: &str = "en et fr is it vi";

fn topic_ids() -> String {
    let home = Home::new();
    let topics = stdout(&run(&home, &["topics"], &[]));
    let ids: Vec<&str> = topics
        .lines()
        .filter_map(|line| line.split('\t').next())
        .collect();
    ids.join(" ")
}

/// What bash offers for the command line `words` (the last is the one completed), with
/// the program's completion script loaded. (Linux: a bash of 4.3 or later, which reads
/// `${COMP_WORDS[-1]}`; macOS ships 3.2.)
#[cfg(target_os = "linux")]
fn bash_completes(script: &std::path::Path, words: &[&str]) -> String {
    let driver = r#"source "$1"; shift
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
_sales__vs__service sales-vs-service "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
echo "${COMPREPLY[*]}""#;
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(driver)
        .arg("bash")
        .arg(script)
        .args(words)
        .output()
        .expect("bash runs");
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output).trim_end().to_owned()
}

/// Text as roff writes it: a hyphen is `\-`.
fn roff(text: &str) -> String {
    text.replace('-', "\\-")
}

fn first_topic_title(home: &Home, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut all = vec!["topics"];
    all.extend_from_slice(args);
    let output = run(home, &all, env);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
        .lines()
        .next()
        .unwrap()
        .split('\t')
        .nth(1)
        .unwrap()
        .to_owned()
}

fn content_dir(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// The built-in French with its title changed.
fn retitled_french() -> String {
    builtin_text("fr").replacen(
        "\"title\": \"Différence entre vente et service\"",
        "\"title\": \"Vente et service : la différence\"",
        1,
    )
}

/// A new language: English with another code and name, keeping only two topics.
fn pseudo_german() -> String {
    let mut value: serde_json::Value = serde_json::from_str(&builtin_text("en")).unwrap();
    value["code"] = "de".into();
    value["name"] = "Deutsch".into();
    value["title"] = "Der Unterschied zwischen Vertrieb und Service".into();
    value["topics"]
        .as_array_mut()
        .unwrap()
        .retain(|topic| topic["id"] == "overview" || topic["id"] == "conclusion");
    value["topics"][0]["title"] = "Überblick".into();
    serde_json::to_string_pretty(&value).unwrap()
}

/// Loading `name` with `bytes` fails with exit 1, nothing on stdout, and the messages.
fn assert_content_error(name: &str, bytes: &[u8], needles: &[&str]) {
    let home = Home::new();
    let dir = content_dir(&[(name, bytes)]);
    let folder = dir.path().to_str().unwrap();
    for args in [
        vec!["--content-dir", folder],
        vec!["languages", "--content-dir", folder],
    ] {
        let output = run(&home, &args, &[]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "nothing on stdout");
        let file = dir.path().join(name);
        assert!(
            stderr(&output).contains(file.to_str().unwrap()),
            "names the file: {}",
            stderr(&output)
        );
        for needle in needles {
            assert!(
                stderr(&output).contains(needle),
                "«{needle}» in: {}",
                stderr(&output)
            );
        }
    }
    let check = run(&home, &["check", "--content-dir", folder], &[]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stdout(&check).contains("problem:"), "{}", stdout(&check));
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_number(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} in the text"));
    text[..at].matches('\n').count() + 1
}

/// Runs the binary, killing it (and failing) if it has not ended after a few seconds:
/// for what would otherwise hang the test run.
fn run_or_kill(home: &Home, args: &[&str]) -> Output {
    let mut child = home
        .command()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(5) {
            child.kill().unwrap();
            let output = child.wait_with_output().unwrap();
            panic!(
                "{args:?} still running after 5 s; killed. stderr: {}",
                stderr(&output)
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// The display width of a line as a terminal shows it: tabs to the next eighth
/// column.
fn expanded_width(line: &str) -> usize {
    line.split('\t').enumerate().fold(0, |column, (n, field)| {
        let column = if n > 0 { (column / 8 + 1) * 8 } else { column };
        column + unicode_width::UnicodeWidthStr::width(field)
    })
}

/// The search's matches in the colour of the explorer's, where they are.
const MARK: &str = "\x1b[48;5;3m\x1b[38;5;0m";

const TOPIC_IDS: [&str; 13] = [
    "overview",
    "key-takeaways",
    "what-is-sales",
    "what-is-service",
    "similarities",
    "differences",
    "comparison",
    "key-differences",
    "components-of-sales",
    "components-of-service",
    "importance-of-sales",
    "importance-of-service",
    "conclusion",
];
