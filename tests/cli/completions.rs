//! `completions`: the scripts, and what they complete in a real shell.

use super::*;

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
