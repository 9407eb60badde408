//! `check`: the content validated, per language.

use super::*;

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
