//! `search`: matches at the shell.

use super::*;

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
