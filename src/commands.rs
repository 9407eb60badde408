//! The subcommands' output, as text: languages, topics, the check report. Printing and
//! exit codes are main's.

use std::fmt::Write as _;

use crate::content::{ContentError, LanguageReport, Library, TopicId};

/// `languages`: code and native name, tab-separated, in language-bar order.
pub fn languages(library: &Library) -> String {
    let mut out = String::new();
    for language in library.languages() {
        let _ = writeln!(out, "{}\t{}", language.code, language.name);
    }
    out
}

/// `topics`: id and title in the language (English where it falls back), in order.
pub fn topics(library: &Library, language: usize) -> String {
    let mut out = String::new();
    for id in TopicId::ALL {
        let _ = writeln!(out, "{id}\t{}", library.topic(language, id).topic.title);
    }
    out
}

/// `check`: per language, what it has, what falls back to English, what is wrong; then
/// the files that could not be read at all.
pub fn check_report(reports: &[LanguageReport], unreadable: &[ContentError]) -> String {
    let mut out = String::new();
    for report in reports {
        let name = report.name.as_deref().unwrap_or("?");
        let status = if report.is_ok() { "ok" } else { "PROBLEMS" };
        let _ = writeln!(out, "{} ({name}) {}: {status}", report.code, report.file);
        if report.name.is_some() {
            let _ = writeln!(
                out,
                "  topics: {} of {}",
                report.present.len(),
                TopicId::ALL.len()
            );
            if !report.fell_back.is_empty() {
                let ids: Vec<&str> = report.fell_back.iter().map(|id| id.as_str()).collect();
                let _ = writeln!(out, "  in English: {}", ids.join(", "));
            }
        }
        for problem in &report.problems {
            let _ = writeln!(out, "  problem: {problem}");
        }
    }
    for problem in unreadable {
        let _ = writeln!(out, "problem: {problem}");
    }
    let problems = unreadable.len()
        + reports
            .iter()
            .map(|report| report.problems.len())
            .sum::<usize>();
    let fallbacks: usize = reports.iter().map(|report| report.fell_back.len()).sum();
    let _ = writeln!(
        out,
        "{} languages, {problems} problem{}, {fallbacks} topic{} shown in English",
        reports.len(),
        if problems == 1 { "" } else { "s" },
        if fallbacks == 1 { "" } else { "s" }
    );
    out
}
