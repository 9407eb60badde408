//! `show --with`: two languages side by side.

use super::*;

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
