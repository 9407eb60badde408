//! Outside content (`--content-dir`): every error told where it is.

use super::*;

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
