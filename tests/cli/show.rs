//! `languages`, `topics` and `show`: the article printed, in every format.

use super::*;

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
