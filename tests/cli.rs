//! The command line as a script or a user meets it: the built binary, each subcommand
//! and format, the locale, outside content, errors with their exit codes, and the
//! remembered place. Every test has its own home and no locale.

// A test that cannot set up its fixture should stop right there.
#![allow(clippy::unwrap_used)]

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

// --- clap's own behaviour ---------------------------------------------------------------

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

// --- the subcommands ---------------------------------------------------------------------

#[test]
fn languages_lists_codes_and_names_in_bar_order() {
    let home = Home::new();
    let output = run(&home, &["languages"], &[]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "en\tEnglish\net\tEesti\nfr\tFrançais\nis\tÍslenska\nit\tItaliano\nvi\tTiếng Việt\n"
    );
}

#[test]
fn topics_lists_ids_and_titles_in_the_language() {
    let home = Home::new();
    let output = run(&home, &["topics", "--lang", "fr"], &[]);
    assert_eq!(output.status.code(), Some(0));
    let lines: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 13);
    assert_eq!(lines[0].split('\t').next(), Some("overview"));
    assert_eq!(lines[12].split('\t').next(), Some("conclusion"));
    assert!(lines.contains(&"what-is-sales\tQu’est-ce que la vente\u{202F}?".to_owned()));
}

#[test]
fn show_text_aligns_the_comparison_in_columns_and_stacks_it_when_narrow() {
    let home = Home::new();
    let output = run(
        &home,
        &["show", "comparison", "--lang", "vi", "--width", "100"],
        &[],
    );
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        !text.contains('\u{1b}'),
        "no escape sequences when stdout is not a terminal"
    );
    let row = text
        .lines()
        .find(|line| line.starts_with("Mục tiêu chính"))
        .expect("the first row");
    assert!(
        row.contains("│ Tạo doanh thu") && row.contains("│ Duy trì sự hài lòng"),
        "sales and service side by side: {row}"
    );
    let separators: Vec<usize> = text
        .lines()
        .filter(|line| line.contains('│'))
        .map(|line| unicode_width::UnicodeWidthStr::width(&line[..line.find('│').unwrap()]))
        .collect();
    assert!(
        separators.windows(2).all(|pair| pair[0] == pair[1]),
        "the first separator is at one display column on every line"
    );
    assert!(
        text.lines()
            .all(|line| unicode_width::UnicodeWidthStr::width(line) <= 100)
    );

    let narrow = stdout(&run(
        &home,
        &["show", "comparison", "--lang", "vi", "--width", "34"],
        &[],
    ));
    assert!(
        !narrow.contains('│'),
        "stacked where the sides cannot hold their words"
    );
    assert!(
        narrow
            .lines()
            .any(|line| line.starts_with("Bán hàng: Tạo doanh thu"))
    );
    assert!(
        narrow
            .lines()
            .all(|line| unicode_width::UnicodeWidthStr::width(line) <= 34)
    );
}

#[test]
fn show_text_wraps_to_80_columns_without_a_terminal() {
    let home = Home::new();
    let text = stdout(&run(&home, &["show", "all", "--lang", "is"], &[]));
    let widest = text
        .lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap();
    assert!((70..=80).contains(&widest), "{widest}");
    assert!(
        text.starts_with("Munurinn á sölu og þjónustu\n"),
        "the whole article under its title"
    );
}

/// The line after the first line that is `text`.
fn line_after<'t>(text: &'t str, line: &str) -> &'t str {
    let mut lines = text.lines();
    lines
        .by_ref()
        .find(|l| *l == line)
        .unwrap_or_else(|| panic!("«{line}» in {text}"));
    lines.next().unwrap_or_default()
}

#[test]
fn plain_text_sets_off_the_title_and_headings() {
    let home = Home::new();
    let text = stdout(&run(&home, &["show", "all", "--lang", "vi"], &[]));
    let rule = |c: char, over: &str| {
        c.to_string()
            .repeat(unicode_width::UnicodeWidthStr::width(over))
    };
    let title = "Bán hàng và dịch vụ: sự khác biệt và so sánh";
    assert!(
        text.starts_with(&format!("{title}\n{}\n\n", rule('═', title))),
        "{text}"
    );
    for heading in ["Tổng quan", "Bảng so sánh"] {
        assert_eq!(line_after(&text, heading), rule('─', heading), "{heading}");
    }
    let translated = "Những điểm tương đồng giữa bán hàng và dịch vụ  [bản dịch]";
    assert_eq!(
        line_after(&text, translated),
        rule('─', translated),
        "the tag is part of the heading"
    );
    let subheading = "Bán hàng so với dịch vụ";
    assert_eq!(line_after(&text, subheading), rule('┄', subheading));
    let paragraph = text
        .lines()
        .find(|line| line.starts_with("Bán hàng liên quan đến"))
        .unwrap();
    assert!(
        !line_after(&text, paragraph).starts_with(['─', '┄', '═']),
        "a paragraph is not underlined"
    );

    // The explorer piped prints the same, a single topic under its heading.
    let piped = stdout(&run(
        &home,
        &["--lang", "fr", "--topic", "similarities"],
        &[],
    ));
    let heading = "Points communs entre la vente et le service";
    assert!(
        piped.starts_with(&format!("{heading}\n{}\n\n", rule('─', heading))),
        "{piped}"
    );
}

#[test]
fn show_markdown_has_headings_lists_and_tables() {
    let home = Home::new();
    let output = run(
        &home,
        &["show", "all", "--lang", "vi", "--format", "markdown"],
        &[],
    );
    assert_eq!(output.status.code(), Some(0));
    let markdown = stdout(&output);
    assert!(
        markdown.starts_with("# Bán hàng và dịch vụ: sự khác biệt và so sánh\n\n## Tổng quan\n")
    );
    assert!(markdown.contains(
        "\n| Tiêu chí | Bán hàng | Dịch vụ |\n|---|---|---|\n| Mục tiêu chính | Tạo doanh thu"
    ));
    assert!(
        markdown.contains("\n1. Bán hàng liên quan đến việc bán"),
        "numbered lists"
    );
    assert!(
        markdown.contains("\n### Bán hàng so với dịch vụ\n"),
        "sub-headings one level down"
    );
    let estonian = stdout(&run(
        &home,
        &[
            "show",
            "differences",
            "--lang",
            "et",
            "--format",
            "markdown",
        ],
        &[],
    ));
    assert!(
        estonian.contains("\n| Aspekt (tõlgitud) | Müük | Teenindus |\n"),
        "aspect labels written for the project are tagged, as on screen: {estonian}"
    );
    let single = stdout(&run(
        &home,
        &[
            "show",
            "similarities",
            "--lang",
            "it",
            "--format",
            "markdown",
        ],
        &[],
    ));
    assert!(
        single.starts_with("# Somiglianze tra vendita e servizio\n\n- Sia le vendite"),
        "{single}"
    );
}

#[test]
fn show_json_is_the_model_as_data() {
    let home = Home::new();
    let output = run(
        &home,
        &["show", "all", "--lang", "et", "--format", "json"],
        &[],
    );
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["language"]["code"], "et");
    assert_eq!(json["language"]["name"], "Eesti");
    assert!(json["title"].is_string());
    let topics = json["topics"].as_array().unwrap();
    assert_eq!(topics.len(), 13);
    assert_eq!(topics[0]["id"], "overview");
    for topic in topics {
        for key in ["id", "title", "heading", "origin", "fell_back", "blocks"] {
            assert!(topic.get(key).is_some(), "{key} in {topic}");
        }
    }
    let differences = topics
        .iter()
        .find(|topic| topic["id"] == "differences")
        .unwrap();
    assert_eq!(differences["origin"], "source");
    assert_eq!(differences["fell_back"], false);
    assert_eq!(differences["blocks"][0]["kind"], "comparison");
    assert_eq!(
        differences["blocks"][0]["rows"].as_array().unwrap().len(),
        5
    );
    let single = run(&home, &["show", "overview", "--format", "json"], &[]);
    let single: serde_json::Value = serde_json::from_slice(&single.stdout).unwrap();
    assert_eq!(single["topics"].as_array().unwrap().len(), 1);
}

#[test]
fn show_glossary_prints_the_terms_side_by_side_or_stacked() {
    let home = Home::new();
    let output = run(
        &home,
        &["show", "glossary", "--lang", "fr", "--width", "160"],
        &[],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("Glossaire\n─────────\nDifférence entre vente et service\n"),
        "the heading underlined, the article's title under it: {text}"
    );
    let warranty = text
        .lines()
        .find(|line| line.starts_with("garantie "))
        .expect("the warranty row, the reader's term first");
    assert!(
        warranty.matches('│').count() == 5 && warranty.ends_with("│ bảo hành"),
        "six languages side by side: {warranty}"
    );
    assert!(
        text.lines()
            .all(|line| unicode_width::UnicodeWidthStr::width(line) <= 160)
    );

    // Without a terminal, 80 columns: too narrow for six, so stacked by term.
    let stacked = stdout(&run(&home, &["--lang", "is", "show", "glossary"], &[]));
    assert!(stacked.starts_with("Orðasafn\n────────\n"), "{stacked}");
    assert!(!stacked.contains('│'), "{stacked}");
    assert_eq!(line_after(&stacked, "ábyrgð"), "┄┄┄┄┄┄");
    let mut after = stacked.lines().skip_while(|line| *line != "ábyrgð").skip(2);
    assert_eq!(after.next(), Some("English     warranty"));
    assert_eq!(after.next(), Some("Eesti       garantii"));
}

#[test]
fn show_glossary_as_markdown_is_one_table_and_as_json_each_term_in_every_language() {
    let home = Home::new();
    let markdown = stdout(&run(
        &home,
        &["show", "glossary", "--lang", "vi", "--format", "markdown"],
        &[],
    ));
    assert!(
        markdown.starts_with(
            "# Thuật ngữ\n\n*Bán hàng và dịch vụ: sự khác biệt và so sánh*\n\n\
             | Tiếng Việt | English | Eesti | Français | Íslenska | Italiano |  |\n\
             |---|---|---|---|---|---|---|\n\
             | bán hàng | sales | müük | vente | sala | vendita |  |\n"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "\n| bán thêm | upselling | lisamüük | vente incitative | viðbótarsala | upselling | không có trong bài viết |\n"
        ),
        "the reader's note last: {markdown}"
    );
    assert_eq!(
        markdown
            .lines()
            .filter(|line| line.starts_with('|'))
            .count(),
        18
    );

    let output = run(
        &home,
        &["show", "glossary", "--lang", "IS", "--format", "json"],
        &[],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["language"]["code"], "is");
    assert_eq!(json["heading"], "Orðasafn");
    let terms = json["terms"].as_array().unwrap();
    assert_eq!(terms.len(), 16);
    assert_eq!(terms[0]["id"], "sales");
    let sales_rep = terms
        .iter()
        .find(|term| term["id"] == "sales-representative")
        .unwrap();
    assert_eq!(sales_rep["note"], "einnig: sölumaður");
    assert!(
        stdout(&output).contains(
            "\"en\": \"sales\",\n        \"et\": \"müük\",\n        \"fr\": \"vente\",\n        \"is\": \"sala\","
        ),
        "each term's languages in bar order, whatever the reader's"
    );
    assert_eq!(sales_rep["terms"]["is"], "sölufulltrúi");
    assert_eq!(sales_rep["terms"]["fr"], "agent commercial");
    assert_eq!(terms[1]["note"], serde_json::Value::Null);

    assert_usage_error(
        &run(
            &home,
            &["show", "glossary", "--format", "json", "--width", "90"],
            &[],
        ),
        &["'--width <N>' wraps text only"],
    );
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

#[test]
fn completions_offer_the_language_codes_and_topic_ids() {
    let home = Home::new();
    let ids = topic_ids();
    for shell in ["bash", "zsh", "fish"] {
        assert!(
            completion_script(&home, shell).contains("content-dir"),
            "{shell} completes the options"
        );
    }

    let bash = completion_script(&home, "bash");
    assert_eq!(
        bash.matches(&format!("compgen -W \"{CODES}\"")).count(),
        6,
        "--lang, topics --lang, show --lang, show --with, search --lang, content init --lang"
    );
    assert!(bash.contains(&format!("compgen -W \"{ids}\"")), "--topic");
    assert!(
        bash.contains(&format!(" {ids} all glossary quiz\"")),
        "show's topic"
    );

    let zsh = completion_script(&home, "zsh");
    assert_eq!(
        zsh.matches(":CODE:((en\\:\"English\"\n").count(),
        6,
        "--lang five times, and show --with: {zsh}"
    );
    assert!(zsh.contains("vi\\:\"Tiếng Việt\""));
    assert!(zsh.contains(":ID:((overview\\:\"Overview\"\n"), "--topic");
    assert!(zsh.contains("key-differences\\:\"Key differences\""));
    assert!(zsh.contains(":topic -- A topic id"), "show's topic");
    assert!(zsh.contains(
        "\nall\\:\"The whole article\"\nglossary\\:\"Glossary\"\nquiz\\:\"Sales or service?\\: a round, then its answers\"))"
    ));

    let fish = completion_script(&home, "fish");
    let fish_line = |needle: &str| {
        fish.split("\ncomplete ")
            .find(|line| line.contains(needle))
            .unwrap_or_else(|| panic!("{needle} in {fish}"))
            .to_owned()
    };
    assert!(fish_line("-l lang").contains("vi\\t'Tiếng Việt'"));
    assert!(
        fish_line("-l with").contains("vi\\t'Tiếng Việt'"),
        "show --with completes the codes too"
    );
    assert!(fish_line("-l topic").contains("key-differences\\t'Key differences'"));
    let show = fish_line("__fish_seen_subcommand_from show");
    assert!(
        show.contains("overview\\t'Overview'")
            && show.contains("all\\t'The whole article'")
            && show.contains("glossary\\t'Glossary'"),
        "{show}"
    );
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

#[cfg(target_os = "linux")]
#[test]
fn bash_completes_after_a_subcommand_too() {
    let home = Home::new();
    let script = home.path().join("completion.bash");
    fs::write(&script, completion_script(&home, "bash")).unwrap();
    let complete = |words: &[&str]| bash_completes(&script, words);
    assert_eq!(complete(&["sales-vs-service", "--lang", ""]), CODES);
    assert_eq!(complete(&["sales-vs-service", "--lang", "i"]), "is it");
    assert_eq!(
        complete(&["sales-vs-service", "--topic", "key"]),
        "key-takeaways key-differences"
    );
    assert_eq!(
        complete(&["sales-vs-service", "topics", "--lang", ""]),
        CODES
    );
    assert_eq!(
        complete(&["sales-vs-service", "show", "all", "--lang", "v"]),
        "vi"
    );
    assert_eq!(
        complete(&["sales-vs-service", "show", "co"]),
        "comparison components-of-sales components-of-service conclusion"
    );
    assert_eq!(complete(&["sales-vs-service", "show", "a"]), "all");
    assert_eq!(
        complete(&["sales-vs-service", "show", "all", "--with", ""]),
        CODES,
        "a second language, as --lang"
    );
    assert_eq!(
        complete(&[
            "sales-vs-service",
            "show",
            "comparison",
            "--lang",
            "fr",
            "--with",
            "e"
        ]),
        "en et"
    );
    assert_eq!(complete(&["sales-vs-service", "content", "i"]), "init");
    assert_eq!(
        complete(&["sales-vs-service", "content", "init", "dir", "--lang", "f"]),
        "fr"
    );
}

/// Text as roff writes it: a hyphen is `\-`.
fn roff(text: &str) -> String {
    text.replace('-', "\\-")
}

#[test]
fn the_man_page_stands_alone() {
    let home = Home::new();
    let output = run(&home, &["man"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let man = stdout(&output);
    assert!(man.contains(".TH sales-vs-service 1"), "{man}");
    assert!(!man.contains("(1)"), "no sub-pages to see: {man}");
    let section = |heading: &str| {
        let start = man
            .find(&format!("\n.SH {heading}\n"))
            .unwrap_or_else(|| panic!("{heading} in {man}"));
        let rest = &man[start + 1..];
        let end = rest[1..].find("\n.SH ").map_or(rest.len(), |end| end + 2);
        rest[..end].to_owned()
    };

    // Every subcommand, with its synopsis and each of its options; one that groups
    // others (`content`) as each of them (`content init`).
    let commands = section("COMMANDS");
    let definition = <sales_vs_service::cli::Cli as clap::CommandFactory>::command();
    let subcommands = definition.get_subcommands().flat_map(|subcommand| {
        let nested: Vec<(String, &clap::Command)> = subcommand
            .get_subcommands()
            .map(|nested| {
                (
                    format!("{} {}", subcommand.get_name(), nested.get_name()),
                    nested,
                )
            })
            .collect();
        if nested.is_empty() {
            vec![(subcommand.get_name().to_owned(), subcommand)]
        } else {
            nested
        }
    });
    for (name, subcommand) in subcommands {
        let heading = if name.contains(' ') {
            format!(".SS \"{name}\"\n")
        } else {
            format!(".SS {name}\n")
        };
        let start = commands
            .find(&heading)
            .unwrap_or_else(|| panic!("{name} in {commands}"));
        let own = &commands[start..];
        let own = &own[..own[1..].find("\n.SS ").map_or(own.len(), |end| end + 1)];
        assert!(
            own.contains(&format!("sales\\-vs\\-service {name}")),
            "{own}"
        );
        for long in subcommand.get_arguments().filter_map(clap::Arg::get_long) {
            assert!(
                own.contains(&format!("\\fB{}\\fR", roff(&format!("--{long}")))),
                "--{long} of {name}: {own}"
            );
        }
    }

    // The keys from the key table, as the help shows them in English.
    let keys = section("KEYS");
    let library = sales_vs_service::content::Library::builtin().unwrap();
    let rows = sales_vs_service::cli::manual::key_rows(&library, Platform::CURRENT);
    assert!(rows.len() > 10);
    for (key, text) in rows {
        if key.is_empty() {
            // roff quotes a heading of more than one word.
            let heading = if text.contains(' ') {
                format!(".SS \"{}\"\n", roff(&text))
            } else {
                format!(".SS {}\n", roff(&text))
            };
            assert!(keys.contains(&heading), "{text}: {keys}");
            continue;
        }
        assert!(
            keys.contains(&format!("\\fB{}\\fR\n{}\n", roff(&key), roff(&text))),
            "{key} {text}: {keys}"
        );
    }
    assert!(
        keys.contains("Ctrl\\-B Ctrl\\-F\\fR\nPage up / down"),
        "Ctrl-F and Ctrl-B page, as in less and vi: {keys}"
    );

    let exit = section("\"EXIT STATUS\"");
    for status in ["0", "1", "2", "128+N"] {
        // Only Unix ends a program with a signal it can catch.
        let documented = status != "128+N" || Platform::CURRENT == Platform::Unix;
        assert_eq!(
            exit.contains(&format!(".TP\n\\fB{status}\\fR\n")),
            documented,
            "{status} in {exit}"
        );
    }
    assert_eq!(
        exit.contains("130 for SIGINT"),
        Platform::CURRENT == Platform::Unix
    );
    let environment = section("ENVIRONMENT");
    for name in [
        "LANG",
        "TERM",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "SALES_VS_SERVICE_NO_REMEMBER",
        "XDG_STATE_HOME",
    ] {
        assert!(environment.contains(name), "{name} in {environment}");
    }
    assert!(section("FILES").contains("/sales\\-vs\\-service/place.json"));
}

#[test]
fn check_reports_each_language_and_passes_on_the_builtin_content() {
    let home = Home::new();
    let output = run(&home, &["check"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let report = stdout(&output);
    for code in [
        "en (English)",
        "et (Eesti)",
        "fr (Français)",
        "is (Íslenska)",
        "it (Italiano)",
        "vi (Tiếng Việt)",
    ] {
        assert!(report.contains(code), "{code} in {report}");
    }
    assert!(report.contains("0 problems"));
}

/// A topic whose blocks differ from the English is a warning, with both shapes, and
/// the check still passes; `show --with` then sets no row beside a wrong partner.
#[test]
fn check_warns_of_a_topic_shaped_unlike_the_english() {
    let mut french: serde_json::Value = serde_json::from_str(&builtin_text("fr")).unwrap();
    let comparison = &mut french["topics"][6];
    assert_eq!(comparison["id"], "comparison");
    comparison["blocks"][0]["rows"]
        .as_array_mut()
        .unwrap()
        .remove(1);
    // Seven rows have seven statements a side.
    french["quiz"]["statements"]
        .as_array_mut()
        .unwrap()
        .retain(|statement| statement["topic"] != "comparison" || statement["row"] != 8);
    let french = serde_json::to_string_pretty(&french).unwrap();
    let dir = content_dir(&[("fr.json", french.as_bytes())]);
    let folder = dir.path().to_str().unwrap();
    let home = Home::new();
    let output = run(&home, &["check", "--content-dir", folder], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let report = stdout(&output);
    let warning = report
        .lines()
        .find(|line| line.contains("topics[6]"))
        .unwrap_or_else(|| panic!("a warning in {report}"));
    let place = warning
        .strip_prefix(&format!("  warning: {folder}/fr.json:"))
        .and_then(|rest| rest.split_once(": topics[6]: `comparison` "))
        .unwrap_or_else(|| panic!("{warning}"))
        .0;
    // At the topic's opening brace (the fifth column of the pretty-printed file).
    let line: usize = place.strip_suffix(":5").unwrap().parse().unwrap();
    assert_eq!(french.lines().nth(line - 1), Some("    {"), "{warning}");
    assert!(french.lines().nth(line).unwrap().contains("\"blocks\""));
    assert!(
        warning.contains("(en: comparison of 8 rows; fr: comparison of 7 rows)"),
        "{warning}"
    );
    assert!(
        report.contains("fr (Français)") && report.contains(": ok\n"),
        "{report}"
    );
    assert!(report.ends_with(", 1 warning\n"), "{report}");

    let json = stdout(&run(
        &home,
        &[
            "show",
            "comparison",
            "--lang",
            "fr",
            "--with",
            "en",
            "--format",
            "json",
            "--content-dir",
            folder,
        ],
        &[],
    ));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let pairs = json["topics"][0]["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 1 + 7 + 8, "no row beside another");
    assert!(
        pairs[1..]
            .iter()
            .all(|pair| pair["first"].as_array().unwrap().is_empty()
                || pair["second"].as_array().unwrap().is_empty())
    );
}

/// `show all --with --format tmx` is XML with a `<tu>` for every aligned part, each
/// with both languages, English the source; without `--with` it is refused.
#[test]
fn show_with_as_tmx_has_a_unit_for_every_aligned_part() {
    let home = Home::new();
    let args = ["show", "all", "--lang", "fr", "--with", "en", "--format"];
    let output = run(&home, &[&args[..], &["tmx"]].concat(), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let tmx = stdout(&output);
    let mut reader = quick_xml::Reader::from_str(&tmx);
    let mut units: Vec<(String, Vec<String>)> = Vec::new();
    let mut srclang = String::new();
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|error| panic!("{error}: {tmx}"));
        let tag = match &event {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(tag) | quick_xml::events::Event::Empty(tag) => tag,
            _ => continue,
        };
        let attribute = |name: &str| {
            let value = tag.try_get_attribute(name).unwrap().unwrap().value;
            value.into_owned()
        };
        match tag.name().as_ref() {
            "header" => srclang = attribute("srclang"),
            "tu" => units.push((attribute("tuid"), Vec::new())),
            "tuv" => units.last_mut().unwrap().1.push(attribute("xml:lang")),
            _ => {}
        }
    }
    assert_eq!(srclang, "en");
    for (id, languages) in &units {
        assert_eq!(languages, &["en", "fr"], "{id}");
    }
    let json = stdout(&run(&home, &[&args[..], &["json"]].concat(), &[]));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut aligned = 0;
    for topic in json["topics"].as_array().unwrap() {
        for pair in topic["pairs"].as_array().unwrap() {
            let (Some(_), Some(english)) =
                (pair["first_part"].as_str(), pair["second_part"].as_str())
            else {
                continue;
            };
            aligned += 1;
            let english = if english == "heading" {
                "title"
            } else {
                english
            };
            let prefix = format!("{}/{english}", topic["id"].as_str().unwrap());
            assert!(
                units
                    .iter()
                    .any(|(id, _)| id == &prefix || id.starts_with(&format!("{prefix}."))),
                "a unit for {prefix}"
            );
        }
    }
    assert!(
        aligned > 50 && units.len() >= aligned,
        "{aligned} parts, {} units",
        units.len()
    );

    assert_usage_error(
        &run(&home, &["show", "comparison", "--format", "tmx"], &[]),
        &["'--format tmx' is a translation memory of two languages"],
    );
}

// --- content init: a translator's starting files --------------------------------------------

#[test]
fn content_init_writes_the_built_in_files_and_overwrites_only_with_force() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("my-translation");
    let folder = folder.to_str().unwrap();
    let output = run(&home, &["content", "init", folder], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for code in ["en", "et", "fr", "is", "it", "vi"] {
        let written = fs::read_to_string(format!("{folder}/{code}.json")).unwrap();
        assert_eq!(written, builtin_text(code), "{code}.json as built in");
        assert!(stdout(&output).contains(&format!("wrote {folder}/{code}.json\n")));
    }
    let check = run(&home, &["check", "--content-dir", folder], &[]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));

    // A translator's edit is never overwritten by accident, and nothing else is
    // written either.
    let french = format!("{folder}/fr.json");
    fs::write(&french, "edited").unwrap();
    fs::remove_file(format!("{folder}/vi.json")).unwrap();
    let again = run(&home, &["content", "init", folder], &[]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains(&french)
            && stderr(&again).contains("nothing was written; --force overwrites"),
        "{}",
        stderr(&again)
    );
    assert_eq!(fs::read_to_string(&french).unwrap(), "edited");
    assert!(fs::metadata(format!("{folder}/vi.json")).is_err());
    let forced = run(&home, &["content", "init", folder, "--force"], &[]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    assert_eq!(fs::read_to_string(&french).unwrap(), builtin_text("fr"));

    let some = dir.path().join("some");
    let some = some.to_str().unwrap();
    let output = run(&home, &["content", "init", some, "--lang", "FR,vi"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut names: Vec<String> = fs::read_dir(some)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["fr.json", "vi.json"]);
    assert_usage_error(
        &run(&home, &["content", "init", some, "--lang", "zz"], &[]),
        &[
            "unknown language 'zz'",
            "Usage: sales-vs-service content init",
        ],
    );
}

#[test]
fn a_new_language_starts_from_the_english_marked_untranslated() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap();
    let output = run(&home, &["content", "init", folder, "--new", "xx"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let path = format!("{folder}/xx.json");
    let text = fs::read_to_string(&path).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["code"], "xx");
    let topics = value["topics"].as_array().unwrap();
    assert_eq!(topics.len(), 13);
    assert!(topics.iter().all(|topic| topic["origin"] == "untranslated"));

    let texts_left = |home: &Home| {
        let check = run(home, &["check", "--content-dir", folder], &[]);
        assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
        let report = stdout(&check);
        let line = report
            .lines()
            .find(|line| line.starts_with("  xx: "))
            .unwrap_or_else(|| panic!("what is left, in {report}"))
            .to_owned();
        let count: usize = line
            .strip_prefix("  xx: ")
            .and_then(|rest| rest.strip_suffix(" texts not yet translated"))
            .unwrap_or_else(|| panic!("{line}"))
            .parse()
            .unwrap();
        assert!(
            report
                .trim_end()
                .ends_with(&format!(", {count} texts not yet translated"))
        );
        count
    };
    let all = texts_left(&home);
    assert!(all > 50, "{all}");
    let shown = stdout(&run(
        &home,
        &[
            "show",
            "comparison",
            "--lang",
            "xx",
            "--content-dir",
            folder,
        ],
        &[],
    ));
    assert!(
        shown.lines().next().unwrap().ends_with("[in English]"),
        "{shown}"
    );

    // A topic translated: its texts are no longer counted.
    let comparison = value["topics"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|topic| topic["id"] == "comparison")
        .unwrap();
    comparison["origin"] = "translation".into();
    let rows = comparison["blocks"][0]["rows"].as_array().unwrap().len();
    fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    // The title, the heading and three texts a row.
    assert_eq!(texts_left(&home), all - 2 - 3 * rows);

    for (code, said) in [
        (
            "fr",
            "fr is a built-in language; '--lang fr' writes its file",
        ),
        ("XYZW", "a language code is 2 or 3 lower-case letters"),
    ] {
        assert_usage_error(
            &run(&home, &["content", "init", folder, "--new", code], &[]),
            &[said],
        );
    }
}

// --- the locale and --lang ------------------------------------------------------------------

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

#[test]
fn the_locale_picks_the_language_in_posix_order() {
    let home = Home::new();
    assert_eq!(
        first_topic_title(&home, &[], &[]),
        "Overview",
        "no locale: English"
    );
    assert_eq!(
        first_topic_title(&home, &[], &[("LANG", "vi_VN.UTF-8")]),
        "Tổng quan"
    );
    assert_eq!(
        first_topic_title(&home, &[], &[("LANG", "it_IT")]),
        "Introduzione"
    );
    assert_eq!(first_topic_title(&home, &[], &[("LANG", "C")]), "Overview");
    assert_eq!(
        first_topic_title(&home, &[], &[("LANG", "POSIX")]),
        "Overview"
    );
    assert_eq!(
        first_topic_title(&home, &[], &[("LANG", "pt_BR.UTF-8")]),
        "Overview",
        "a language we lack: English"
    );
    assert_eq!(
        first_topic_title(&home, &[], &[("LANG", "it_IT"), ("LC_MESSAGES", "is_IS")]),
        "Yfirlit"
    );
    assert_eq!(
        first_topic_title(
            &home,
            &[],
            &[
                ("LANG", "it_IT"),
                ("LC_MESSAGES", "is_IS"),
                ("LC_ALL", "et_EE.UTF-8")
            ]
        ),
        "Ülevaade"
    );
    assert_eq!(
        first_topic_title(&home, &[], &[("LC_ALL", ""), ("LANG", "fr_FR")]),
        "Vue d’ensemble",
        "an empty variable does not count"
    );
    assert_eq!(
        first_topic_title(&home, &["--lang", "vi"], &[("LC_ALL", "et_EE")]),
        "Tổng quan",
        "--lang first"
    );
}

#[test]
fn lang_takes_any_case_and_the_locale_forms_people_type() {
    let home = Home::new();
    for code in ["FR", "fr_FR", "fr-FR", "fr_FR.UTF-8"] {
        assert_eq!(
            first_topic_title(&home, &["--lang", code], &[]),
            "Vue d’ensemble",
            "{code}"
        );
    }
    assert_usage_error(
        &run(&home, &["topics", "--lang", "de_DE"], &[]),
        &["'de_DE'", "fr (Français)"],
    );
}

#[test]
fn unknown_language_or_topic_names_the_valid_ones() {
    let home = Home::new();
    assert_usage_error(
        &run(&home, &["--lang", "xx"], &[]),
        &["'xx'", "en (English)", "vi (Tiếng Việt)"],
    );
    assert_usage_error(
        &run(&home, &["topics", "--lang", "de"], &[]),
        &["'de'", "fr (Français)"],
    );
    assert_usage_error(
        &run(&home, &["--topic", "pricing"], &[]),
        &["'pricing'", "overview", "key-differences", "conclusion"],
    );
    assert_usage_error(
        &run(&home, &["show", "pricing"], &[]),
        &["'pricing'", "comparison"],
    );
}

// --- the explorer without a terminal --------------------------------------------------------

#[test]
fn piped_the_explorer_prints_plain_text() {
    let home = Home::new();
    let output = run(&home, &["--lang", "fr"], &[]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(!text.contains('\u{1b}'));
    assert!(text.starts_with("Différence entre vente et service\n"));
    assert!(text.contains("Qu’est-ce que la vente\u{202F}?"));
    let one = stdout(&run(
        &home,
        &["--lang", "fr", "--topic", "similarities"],
        &[],
    ));
    assert!(
        one.starts_with("Points communs entre la vente et le service\n"),
        "{one}"
    );
    assert!(!one.contains("Qu’est-ce que la vente\u{202F}?"));
    assert!(
        !home.place_file().exists(),
        "printing is not a session to remember"
    );
}

/// `show all | head -1`: a reader that stops reading early has chosen to, and the
/// program ends quietly with 0. Here the pipe's reading end is closed before the
/// program starts, so its first write fails as a later one would under `head -1`:
/// every output here fits the pipe's buffer, so behind a real `head` the write would
/// usually be done before `head` exits, and the test would prove nothing.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let home = Home::new();
    for args in [
        &["show", "all"][..],
        &["show", "comparison", "--format", "markdown"],
        &["show", "all", "--format", "json"],
        &["--lang", "vi"],
        &["topics"],
        &["man"],
        &["completions", "bash"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = home
            .command()
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stderr.is_empty(), "{args:?}: {}", stderr(&output));
    }
}

// --- outside content -------------------------------------------------------------------------

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

#[test]
fn a_content_dir_replaces_a_language_and_adds_one() {
    let home = Home::new();
    let dir = content_dir(&[
        ("fr.json", retitled_french().as_bytes()),
        ("de.json", pseudo_german().as_bytes()),
    ]);
    let folder = dir.path().to_str().unwrap();
    let languages = stdout(&run(&home, &["languages", "--content-dir", folder], &[]));
    assert!(
        languages.ends_with("vi\tTiếng Việt\nde\tDeutsch\n"),
        "a new language comes after the built-in ones: {languages}"
    );
    assert_eq!(languages.lines().count(), 7);
    let article = stdout(&run(
        &home,
        &["show", "all", "--lang", "fr", "--content-dir", folder],
        &[],
    ));
    assert!(article.starts_with("Vente et service : la différence\n"));
    let german = stdout(&run(
        &home,
        &["topics", "--lang", "de", "--content-dir", folder],
        &[],
    ));
    assert!(german.starts_with("overview\tÜberblick\n"));
    assert!(
        german.contains("comparison\tComparison table"),
        "what it lacks falls back to English"
    );
    let json = run(
        &home,
        &[
            "show",
            "comparison",
            "--lang",
            "de",
            "--format",
            "json",
            "--content-dir",
            folder,
        ],
        &[],
    );
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["topics"][0]["fell_back"], true);
    let check = run(&home, &["check", "--content-dir", folder], &[]);
    assert_eq!(check.status.code(), Some(0));
    assert!(
        stdout(&check).contains("de (Deutsch)") && stdout(&check).contains("topics: 2 of 13"),
        "{}",
        stdout(&check)
    );
    // Only read, never written.
    assert_eq!(
        fs::read_to_string(dir.path().join("fr.json")).unwrap(),
        retitled_french()
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
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

#[test]
fn bad_outside_content_names_the_file_and_the_place() {
    assert_content_error(
        "fr.json",
        b"{\n  \"code\": \"fr\",\n  \"name\": \"Fr\xFFan\xE7ais\"\n}\n",
        &["fr.json:3:14", "not UTF-8", "0xFF"],
    );
    assert_content_error(
        "fr.json",
        b"{\n  \"code\": \"fr\"\n  \"name\": 1\n}\n",
        &["fr.json:3:3", "expected `,` or `}`"],
    );
    let wrong_shape = builtin_text("it").replacen("\"topics\": [", "\"topics\": {\"x\": [", 1);
    assert_content_error(
        "it.json",
        wrong_shape.as_bytes(),
        &["it.json:", "topics: expected an array, found an object"],
    );
    let unknown_topic =
        builtin_text("is").replacen("\"id\": \"conclusion\"", "\"id\": \"summary\"", 1);
    assert_content_error(
        "is.json",
        unknown_topic.as_bytes(),
        &["is.json:", "unknown variant `summary`", "`conclusion`"],
    );
    let missing_ui = builtin_text("vi").replacen("\"help_title\":", "\"help_titel\":", 1);
    assert_content_error(
        "vi.json",
        missing_ui.as_bytes(),
        &[
            "vi.json:",
            "ui",
            "unknown field `help_titel`",
            "`help_title`",
        ],
    );
    let topic_as_text = builtin_text("it").replacen("\"topics\": [", "\"topics\": [\"intro\", ", 1);
    assert_content_error(
        "it.json",
        topic_as_text.as_bytes(),
        &[
            "topics[0]: expected an object with `id`, `title`, `origin`, `blocks`, found the string \"intro\"",
        ],
    );
    assert_content_error(
        "xyzw.json",
        b"{}",
        &["xyzw.json", "language code of 2 or 3 lower-case letters"],
    );
}

/// The README's example, and the others of issue 25: inside a block, a row and a list,
/// an error is told at the value's own line and column, with its whole path (a
/// missing field at the line of the object that lacks it).
#[test]
fn an_error_inside_a_block_is_told_at_its_value() {
    let french = builtin_text("fr");
    let sales = "\"sales\": \"L’objectif principal d’une vente est de vendre de manière à générer un profit.\"";
    assert_eq!(line_number(&french, sales), 186);
    let number = french.replacen(sales, "\"sales\": 42", 1);
    assert_content_error(
        "fr.json",
        number.as_bytes(),
        &[
            "fr.json:186:24: topics[5].blocks[0].rows[0].sales: expected a string, found the number 42",
        ],
    );

    let mut value: serde_json::Value = serde_json::from_str(&french).unwrap();
    let rows = value["topics"][6]["blocks"][0]["rows"]
        .as_array_mut()
        .unwrap();
    assert_eq!(rows.len(), 8);
    rows[1].as_object_mut().unwrap().remove("service");
    let text = serde_json::to_string_pretty(&value).unwrap();
    let row = line_number(&text, "\"aspect\": \"Priorité\"") - 1;
    assert_content_error(
        "fr.json",
        text.as_bytes(),
        &[&format!(
            "fr.json:{row}:13: topics[6].blocks[0].rows[1]: missing field `service`"
        )],
    );

    let item = "\"Prospection et génération de prospects";
    let line = line_number(&french, item);
    let array = french.replacen(item, "[\"Prospection\"], \"x", 1);
    assert_content_error(
        "fr.json",
        array.as_bytes(),
        &[&format!(
            "fr.json:{line}:13: topics[8].blocks[0].items[0]: expected a string, found an array"
        )],
    );
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_number(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} in the text"));
    text[..at].matches('\n').count() + 1
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_text() {
    let home = Home::new();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(retitled_french().as_bytes());
    let dir = content_dir(&[("fr.json", &bytes)]);
    let folder = dir.path().to_str().unwrap();
    let output = run(
        &home,
        &["show", "all", "--lang", "fr", "--content-dir", folder],
        &[],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("Vente et service : la différence\n"));
    // Positions count from the first character after the mark, as editors do.
    assert_content_error(
        "fr.json",
        b"\xEF\xBB\xBF{\"code\": 1}",
        &["fr.json:1:10", "code"],
    );
}

#[test]
fn a_file_of_the_wrong_shape_is_told_in_the_files_terms() {
    let language = "expected an object with `code`, `name`, `title`, `ui`, `topics`, `glossary`, `quiz` (a language file is one JSON object)";
    for (text, found) in [
        ("[\"fr\"]", "found an array"),
        ("\"Français\"", "found the string \"Français\""),
        ("42", "found the number 42"),
    ] {
        assert_content_error(
            "fr.json",
            text.as_bytes(),
            &["fr.json:1:", &format!("{language}, {found}")],
        );
    }
    assert_content_error(
        "fr.json",
        b"\n",
        &[
            "fr.json:",
            "the file is empty; expected an object with `code`",
        ],
    );
    let mut keys_as_text: serde_json::Value = serde_json::from_str(&builtin_text("vi")).unwrap();
    keys_as_text["ui"]["keys"] = "Phím".into();
    assert_content_error(
        "vi.json",
        serde_json::to_string_pretty(&keys_as_text)
            .unwrap()
            .as_bytes(),
        &[
            "ui.keys: expected an object with `move`, `open`",
            "found the string \"Phím\"",
        ],
    );
    let kind_missing = builtin_text("et").replacen("\"kind\": \"paragraph\",", "", 1);
    assert_content_error(
        "et.json",
        kind_missing.as_bytes(),
        &[
            "missing field `kind`: what the block is, one of `heading`, `paragraph`, `list`, `example`, `comparison`",
        ],
    );
}

#[test]
fn an_empty_text_says_to_write_it_where_it_is_required() {
    let mut french: serde_json::Value = serde_json::from_str(&builtin_text("fr")).unwrap();
    french["ui"]["sales"] = "".into();
    french["topics"][0]["heading"] = " ".into();
    let list = french["topics"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|topic| topic["blocks"].as_array_mut().unwrap())
        .find(|block| block["kind"] == "list")
        .unwrap();
    list["items"][0] = "".into();
    let french = serde_json::to_string_pretty(&french).unwrap();
    let dir = content_dir(&[("fr.json", french.as_bytes())]);
    let folder = dir.path().to_str().unwrap();
    let output = run(&Home::new(), &["check", "--content-dir", folder], &[]);
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    let problem = |path: &str| {
        report
            .lines()
            .find(|line| line.contains(&format!("{path}: ")))
            .unwrap_or_else(|| panic!("{path} in {report}"))
            .to_owned()
    };
    assert!(
        problem("ui.sales").ends_with("empty text: write it; this text is required"),
        "{report}"
    );
    assert!(problem("topics[0].heading").ends_with("or remove `heading` to show the title"));
    assert!(problem(".items[0]").ends_with("write the item, or remove it from the list"));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let file = fs::File::create(dir.path().join("fr.json")).unwrap();
    file.set_len(10 * 1024 * 1024 + 1).unwrap();
    let output = run(&home, &["--content-dir", dir.path().to_str().unwrap()], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("larger than 10485760 bytes"),
        "{}",
        stderr(&output)
    );
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

/// On every system: a folder named like a language file is not one.
#[test]
fn a_directory_named_like_a_language_file_is_refused() {
    let home = Home::new();
    let dir = content_dir(&[("et.json", builtin_text("et").as_bytes())]);
    fs::create_dir(dir.path().join("it.json")).unwrap();
    let folder = dir.path().to_str().unwrap();
    for args in [
        vec!["languages", "--content-dir", folder],
        vec!["--content-dir", folder],
        vec!["check", "--content-dir", folder],
    ] {
        let output = run_or_kill(&home, &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let report = format!("{}{}", stdout(&output), stderr(&output));
        assert!(
            report.contains("it.json: not a regular file but a directory"),
            "{args:?}: {report}"
        );
    }
}

/// A FIFO and a device: Unix.
#[cfg(unix)]
#[test]
fn a_language_file_that_is_not_a_regular_file_is_refused_at_once() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    // A FIFO with no writer: opening it to read would wait forever.
    let fifo = dir.path().join("fr.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo");
    fs::create_dir(dir.path().join("it.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("vi.json")).unwrap();
    let folder = dir.path().to_str().unwrap();
    for args in [
        vec!["languages", "--content-dir", folder],
        vec!["--content-dir", folder],
        vec!["check", "--content-dir", folder],
    ] {
        let output = run_or_kill(&home, &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let report = format!("{}{}", stdout(&output), stderr(&output));
        for needle in [
            &format!("{}: not a regular file but a FIFO", fifo.display()),
            "it.json: not a regular file but a directory",
            "vi.json: not a regular file but a device",
        ] {
            assert!(report.contains(needle), "{args:?}: «{needle}» in {report}");
        }
    }
}

#[test]
fn a_missing_or_empty_content_dir_is_an_error() {
    let home = Home::new();
    let missing = run(
        &home,
        &["--content-dir", "/nonexistent/sales-vs-service"],
        &[],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("/nonexistent/sales-vs-service: cannot read the content folder"),
        "{}",
        stderr(&missing)
    );
    let empty = tempfile::tempdir().unwrap();
    let output = run(
        &home,
        &["languages", "--content-dir", empty.path().to_str().unwrap()],
        &[],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no language files"));
}

// --- in a terminal: colour, the remembered place -------------------------------------------

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

// --- search -----------------------------------------------------------------------------

#[test]
fn search_prints_a_match_a_line_and_exits_as_grep_does() {
    let home = Home::new();
    let found = run(&home, &["search", "khach hang", "--lang", "vi"], &[]);
    assert_eq!(found.status.code(), Some(0), "{}", stderr(&found));
    let text = stdout(&found);
    assert!(text.lines().count() > 3, "{text}");
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "code, topic, snippet: {line}");
        assert_eq!(fields[0], "vi");
        assert!(
            TOPIC_IDS.contains(&fields[1]) || fields[1] == "glossary",
            "a topic, or the glossary's term: {line}"
        );
        assert!(
            fields[2].to_lowercase().contains("khách hàng"),
            "folded query, the text as written: {line}"
        );
    }
    let none = run(&home, &["search", "zebra"], &[]);
    assert_eq!(none.status.code(), Some(1));
    assert!(none.stdout.is_empty() && none.stderr.is_empty());
    assert_usage_error(&run(&home, &["search", "  "], &[]), &["query is empty"]);
    assert_usage_error(
        &run(&home, &["search", "x", "--lang", "fr", "--all"], &[]),
        &["--all", "Usage: sales-vs-service search"],
    );
    assert_usage_error(
        &run(&home, &["--lang", "fr", "search", "x", "--all"], &[]),
        &["--all", "Usage: sales-vs-service search"],
    );
    assert_usage_error(
        &run(&home, &["search", "x", "--lang", "xx"], &[]),
        &["fr (Français)"],
    );
}

/// "customer satisfaction": first the texts that hold the words together, each line
/// about them; then those that hold them apart. Quoted, only the first.
#[test]
fn search_lists_a_phrase_before_scattered_words_and_quotes_ask_for_it() {
    let home = Home::new();
    let words = stdout(&run(&home, &["search", "customer satisfaction"], &[]));
    let lines: Vec<&str> = words.lines().collect();
    let together = |line: &&str| line.to_lowercase().contains("customer satisfaction");
    let apart = lines.iter().position(|line| !together(line)).unwrap();
    assert!(apart >= 5, "{words}");
    assert!(
        lines[apart..].iter().all(|line| !together(line)),
        "together first, then apart: {words}"
    );
    assert!(
        lines[..apart].contains(&"en\tdifferences\tCustomer satisfaction")
            && lines[..apart].contains(&"en\tglossary\tcustomer satisfaction"),
        "the aspect and the term among the first: {words}"
    );
    let quoted = run(&home, &["search", "\"customer satisfaction\""], &[]);
    assert_eq!(quoted.status.code(), Some(0), "{}", stderr(&quoted));
    assert_eq!(stdout(&quoted).lines().collect::<Vec<_>>(), lines[..apart]);
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

#[test]
fn search_marks_matches_in_colour_as_asked_and_fits_its_width() {
    let home = Home::new();
    let csat = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["search", "CSAT", "--lang", "fr"];
        all.extend_from_slice(args);
        let output = run(&home, &all, env);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        stdout(&output)
    };
    let piped = csat(&[], &[]);
    assert!(!piped.contains('\x1b'), "no colour into a pipe: {piped}");
    assert_eq!(csat(&["--color", "never"], &[]), piped);
    let always = csat(&["--color", "always"], &[]);
    assert!(always.contains(&format!("{MARK}CSAT\x1b[")), "{always:?}");
    assert_eq!(
        always.matches(MARK).count(),
        piped.lines().count(),
        "the match on every line, and nothing else: {always:?}"
    );
    assert_eq!(
        csat(&["--color", "always"], &[("NO_COLOR", "1")]),
        always,
        "asked for on the command line, colour wins over NO_COLOR"
    );
    for width in [50, 100, 160] {
        let args = [
            "search",
            "clients",
            "--lang",
            "fr",
            "--width",
            &width.to_string(),
        ];
        let text = stdout(&run(&home, &args, &[]));
        assert!(
            text.lines().all(|line| expanded_width(line) <= width),
            "{width}: {text}"
        );
        let cut: Vec<&str> = text.lines().filter(|line| line.ends_with('…')).collect();
        assert!(!cut.is_empty(), "{width}: {text}");
        assert!(
            cut.iter().all(|line| expanded_width(line) >= width - 2),
            "a cut snippet fills the line: {width}: {text}"
        );
    }
    assert_usage_error(
        &run(
            &home,
            &["search", "CSAT", "--format", "json", "--width", "50"],
            &[],
        ),
        &["'--width <N>'", "--format json"],
    );
    assert_usage_error(
        &run(
            &home,
            &["search", "CSAT", "--format", "json", "--color", "always"],
            &[],
        ),
        &["'--color <WHEN>'", "--format json"],
    );
}

/// On a terminal: the matches in colour unless NO_COLOR, each line as wide as the
/// terminal.
#[test]
fn search_on_a_terminal_is_in_colour_and_as_wide_as_it() {
    let home = Home::new();
    for (env, coloured) in [
        (vec![], true),
        (vec![("NO_COLOR", "1")], false),
        (vec![("TERM", "dumb")], false),
    ] {
        let mut session =
            Session::start(&home, &["search", "prospect", "--lang", "fr"], &env, 70, 20);
        let (code, screen) = session.wait_exit();
        assert_eq!(code, 0);
        let output = String::from_utf8_lossy(&session.output_since(0)).into_owned();
        assert_eq!(output.contains(MARK), coloured, "{env:?}: {output:?}");
        let rows: Vec<String> = screen.rows(0, 70).filter(|row| !row.is_empty()).collect();
        assert_eq!(
            rows.len(),
            output.lines().count(),
            "a row a match: {rows:?}"
        );
        let cut: Vec<&String> = rows.iter().filter(|row| row.ends_with('…')).collect();
        assert!(cut.len() > 3, "{rows:?}");
        assert!(
            cut.iter()
                .all(|row| unicode_width::UnicodeWidthStr::width(row.as_str()) >= 68),
            "cut at the terminal's 70 columns: {rows:?}"
        );
    }
}

/// Nothing in the language searched, but in others: stderr says how many, and the
/// exit status is still 1 (nothing printed).
#[test]
fn search_says_when_other_languages_have_what_this_one_lacks() {
    let home = Home::new();
    let output = run(&home, &["search", "thjonusta"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let all = stdout(&run(&home, &["search", "thjonusta", "--all"], &[]));
    assert_eq!(
        stderr(&output),
        format!(
            "sales-vs-service: no match in English; {} in other languages — add --all\n",
            all.lines().count()
        )
    );
    let french = run(&home, &["search", "thjonusta", "--lang", "fr"], &[]);
    assert!(
        stderr(&french).contains("no match in Français;"),
        "{}",
        stderr(&french)
    );
    let nowhere = run(&home, &["search", "zebra"], &[]);
    assert_eq!(nowhere.status.code(), Some(1));
    assert!(
        nowhere.stderr.is_empty(),
        "nothing anywhere: nothing to say"
    );
    let everywhere = run(&home, &["search", "zebra", "--all"], &[]);
    assert!(everywhere.stderr.is_empty());
}

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

#[test]
fn search_all_looks_in_every_language_and_json_says_where() {
    let home = Home::new();
    let all = stdout(&run(&home, &["search", "thjonusta", "--all"], &[]));
    assert!(all.lines().all(|line| line.starts_with("is\t")), "{all}");
    let here = run(&home, &["search", "thjonusta"], &[]);
    assert_eq!(
        here.status.code(),
        Some(1),
        "not in English, the locale's default"
    );
    let csat = stdout(&run(&home, &["search", "CSAT", "--all"], &[]));
    let codes: Vec<&str> = csat.lines().map(|line| &line[..2]).collect();
    assert_eq!(
        codes,
        ["en", "et", "fr", "is", "it", "vi"],
        "bar order: {csat}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&run(
        &home,
        &["search", "CSAT", "--lang", "fr", "--format", "json"],
        &[],
    )))
    .unwrap();
    let first = &json[0];
    assert_eq!(first["language"], "fr");
    assert_eq!(first["topic"], "comparison");
    let path = first["path"].as_str().unwrap();
    assert!(
        path.starts_with("blocks[0].rows[") && path.ends_with(".service"),
        "{path}"
    );
    assert!(first["text"].as_str().unwrap().contains("CSAT"));
}

// --- two languages side by side ---------------------------------------------------------

/// The whole article in two languages: both titles over one rule, then each topic,
/// the one after another after a single blank line.
#[test]
fn show_all_with_puts_both_titles_over_the_topics() {
    let home = Home::new();
    let text = stdout(&run(
        &home,
        &["show", "all", "--lang", "is", "--with", "en"],
        &[],
    ));
    let lines: Vec<&str> = text.lines().collect();
    let library = sales_vs_service::content::Library::builtin().unwrap();
    let (is, en) = (
        library.find_language("is").unwrap(),
        library.find_language("en").unwrap(),
    );
    assert_eq!(
        lines[..2],
        [
            library.language(is).title.as_str(),
            library.language(en).title.as_str()
        ]
    );
    assert!(lines[2].starts_with("════") && lines[2].chars().all(|c| c == '═'));
    assert_eq!(lines[3], "");
    let mut starts = Vec::new();
    for topic in sales_vs_service::content::TopicId::ALL {
        let heading = library.topic(is, topic).topic.display_heading();
        let beside = library.topic(en, topic).topic.display_heading();
        let first_word = beside.split(' ').next().unwrap();
        let at = lines
            .iter()
            .position(|line| line.starts_with(heading) && line.contains(&format!("│ {first_word}")))
            .unwrap_or_else(|| panic!("{topic}: «{heading}» beside «{beside}» in {text}"));
        starts.push(at);
    }
    assert_eq!(starts[0], 4, "the first topic right under the titles");
    for &at in &starts[1..] {
        assert_eq!(lines[at - 1], "", "a blank line before «{}»", lines[at]);
        assert_ne!(lines[at - 2], "", "one blank line before «{}»", lines[at]);
    }
    assert!(
        starts.windows(2).all(|pair| pair[0] < pair[1]),
        "in order: {starts:?}"
    );
}

#[test]
fn show_with_sets_two_languages_side_by_side_in_three_formats() {
    let home = Home::new();
    let text = stdout(&run(
        &home,
        &[
            "show",
            "key-differences",
            "--lang",
            "fr",
            "--with",
            "en",
            "--width",
            "120",
        ],
        &[],
    ));
    let focus = text
        .lines()
        .find(|line| line.starts_with("Priorité"))
        .expect("the first row's aspect");
    assert!(focus.contains(" │ Focus"), "row against row: {focus}");
    assert!(
        text.lines()
            .all(|line| unicode_width::UnicodeWidthStr::width(line) <= 120)
    );
    let narrow = stdout(&run(
        &home,
        &[
            "show",
            "key-differences",
            "--lang",
            "fr",
            "--with",
            "en",
            "--width",
            "50",
        ],
        &[],
    ));
    assert!(
        narrow.lines().any(|line| line.starts_with("┆ Focus")),
        "interleaved when two columns would not read: {narrow}"
    );

    let markdown = stdout(&run(
        &home,
        &[
            "show",
            "key-differences",
            "--lang",
            "fr",
            "--with",
            "en",
            "--format",
            "markdown",
        ],
        &[],
    ));
    assert!(
        markdown.contains("| Français | English |\n|---|---|\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Priorité<br>Vente\u{202F}: "),
        "{markdown}"
    );

    let json: serde_json::Value = serde_json::from_str(&stdout(&run(
        &home,
        &[
            "show",
            "comparison",
            "--lang",
            "vi",
            "--with",
            "is",
            "--format",
            "json",
        ],
        &[],
    )))
    .unwrap();
    assert_eq!(json["languages"][0]["code"], "vi");
    assert_eq!(json["languages"][1]["code"], "is");
    let pairs = json["topics"][0]["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 9, "the heading and eight rows");
    assert_eq!(pairs[6]["first_part"], "blocks[0].rows[5]");
    assert_eq!(pairs[6]["second_part"], "blocks[0].rows[5]");
    assert_eq!(pairs[6]["first"][0], "Tương tác điển hình");
    assert_eq!(pairs[6]["second"][0], "Dæmigerð samskipti");

    assert_usage_error(
        &run(
            &home,
            &["show", "overview", "--lang", "fr", "--with", "FR"],
            &[],
        ),
        &["already shown"],
    );
    assert_usage_error(
        &run(&home, &["show", "glossary", "--with", "en"], &[]),
        &["glossary"],
    );
    assert_usage_error(
        &run(&home, &["show", "overview", "--with", "xx"], &[]),
        &["'--with'", "is (Íslenska)"],
    );
}

// --- show quiz: the trainer's sheet -----------------------------------------------------

/// Every language's statements as data: 32, each with its topic, row, side and a
/// blank, and none holding a word that names a side.
#[test]
fn show_quiz_all_as_json_lists_every_statement_in_every_language() {
    let home = Home::new();
    let library = sales_vs_service::content::Library::builtin().unwrap();
    for language in library.languages() {
        let output = run(
            &home,
            &[
                "show",
                "quiz",
                "--all",
                "--format",
                "json",
                "--lang",
                &language.code,
            ],
            &[],
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let sheet: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(sheet["language"], language.code.as_str());
        let statements = sheet["statements"].as_array().unwrap();
        assert_eq!(statements.len(), 32, "{}", language.code);
        for statement in statements {
            let text = statement["text"].as_str().unwrap();
            assert!(text.contains("___"), "{}: {text}", language.code);
            assert_eq!(
                sales_vs_service::content::side_word_in(text, &language.quiz.side_words),
                None,
                "{}: {text}",
                language.code
            );
            assert!(statement["topic"].is_string() && statement["row"].as_u64() > Some(0));
            assert!(matches!(
                statement["side"].as_str(),
                Some("sales" | "service")
            ));
        }
    }
}

/// A round is ten statements, five of each side, numbered, then the answers; the
/// same seed prints the same sheet.
#[test]
fn show_quiz_prints_a_round_and_its_answers_the_same_for_a_seed() {
    let home = Home::new();
    let sheet = |seed: &str, format: &str| {
        let output = run(
            &home,
            &[
                "show", "quiz", "--lang", "fr", "--seed", seed, "--format", format,
            ],
            &[],
        );
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
    };
    let text = sheet("7", "text");
    assert!(text.starts_with("Vente ou service\u{202F}?\n═"), "{text}");
    let (questions, answers) = text.split_once("Réponses\n").unwrap();
    assert!(
        questions.contains("\n 1. ") && questions.contains("\n10. "),
        "{text}"
    );
    let key: Vec<&str> = answers.lines().filter(|line| line.contains(". ")).collect();
    assert_eq!(key.len(), 10, "{answers}");
    let sales = key.iter().filter(|line| line.ends_with("Vente")).count();
    assert_eq!(sales, 5, "five of each side: {answers}");
    assert_eq!(sheet("7", "text"), text, "the seed gives the same round");
    assert_ne!(sheet("8", "text"), text);
    let markdown = sheet("7", "markdown");
    assert!(
        markdown.starts_with("# Vente ou service\u{202F}?\n\n1. \\_\\_\\_"),
        "{markdown}"
    );
    assert!(markdown.contains("\n## Réponses\n\n1. "), "{markdown}");
}

#[test]
fn a_seed_or_all_asks_for_the_quiz() {
    let home = Home::new();
    let output = run(&home, &["show", "comparison", "--seed", "3"], &[]);
    assert_usage_error(&output, &["'--seed' and '--all'"]);
    let output = run(&home, &["show", "quiz", "--with", "en"], &[]);
    assert_usage_error(&output, &["a quiz sheet is in one language"]);
}

/// Text written for the project is marked in two languages as in one: after a
/// heading, over a block, over a comparison whose aspects were; JSON says it per part
/// and language.
#[test]
fn show_with_keeps_the_translated_mark_in_markdown_and_json() {
    let home = Home::new();
    let markdown = |topic: &str, first: &str, second: &str| {
        let args = [
            "show", topic, "--lang", first, "--with", second, "--format", "markdown",
        ];
        let output = run(&home, &args, &[]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        stdout(&output)
    };
    let takeaways = markdown("key-takeaways", "fr", "en");
    assert!(
        takeaways.starts_with("# Points clés *(traduction)* / Key takeaways\n"),
        "{takeaways}"
    );
    let turned = markdown("key-takeaways", "en", "fr");
    assert!(
        turned.starts_with("# Key takeaways / Points clés *(traduction)*\n"),
        "{turned}"
    );
    let sales = markdown("what-is-sales", "vi", "en");
    assert!(
        sales.contains("\n| *(bản dịch)*<br>Ví dụ, khi bán"),
        "{sales}"
    );
    assert_eq!(sales.matches("*(").count(), 1, "the block only: {sales}");
    let differences = markdown("differences", "et", "en");
    assert!(
        differences.contains("\n| *(Aspekt: tõlgitud)*<br>Põhieesmärk<br>"),
        "{differences}"
    );

    let json = |topic: &str, first: &str, second: &str| -> serde_json::Value {
        let args = [
            "show", topic, "--lang", first, "--with", second, "--format", "json",
        ];
        serde_json::from_str(&stdout(&run(&home, &args, &[]))).unwrap()
    };
    let takeaways = json("key-takeaways", "fr", "en");
    let topic = &takeaways["topics"][0];
    assert_eq!(topic["fell_back"], serde_json::json!([false, false]));
    for part in topic["pairs"].as_array().unwrap() {
        assert_eq!(
            part["translated"],
            serde_json::json!([true, false]),
            "{part}"
        );
    }
    let sales = json("what-is-sales", "vi", "en");
    let marked: Vec<(&str, &serde_json::Value)> = sales["topics"][0]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|part| (part["first_part"].as_str().unwrap(), &part["translated"]))
        .collect();
    assert_eq!(marked[1], ("blocks[0]", &serde_json::json!([false, false])));
    assert_eq!(marked[2], ("blocks[1]", &serde_json::json!([true, false])));
}
