//! `show quiz`: the trainer's sheet.

use super::*;

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
