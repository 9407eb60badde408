//! The locale and `--lang`.

use super::*;

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
