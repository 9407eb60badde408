//! `content init`: a translator's starting files.

use super::*;

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
