//! The subcommands' output, as text: languages, topics, the check report. Printing and
//! exit codes are main's.

use std::fmt::Write as _;

use clap::error::ErrorKind;
use serde::Serialize;

use crate::cli::SearchFormat;
use crate::cli::failure::Failure;
use crate::content::{ContentError, LanguageReport, Library, TopicId};
use crate::study::entry::Entry;
use crate::study::search::{Index, Query, Scope, snippet};

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

/// `check`: per language, what it has, what falls back to English, what is wrong and
/// what may not be meant (warnings, which do not fail the check); then the files that
/// could not be read at all.
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
            if report.untranslated > 0 {
                let _ = writeln!(
                    out,
                    "  {}: {} not yet translated",
                    report.code,
                    counted(report.untranslated, "text", "texts")
                );
            }
        }
        for problem in &report.problems {
            let _ = writeln!(out, "  problem: {problem}");
        }
        for warning in &report.warnings {
            let _ = writeln!(out, "  warning: {warning}");
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
    let warnings: usize = reports.iter().map(|report| report.warnings.len()).sum();
    let _ = write!(
        out,
        "{} languages, {}, {} shown in English, {}",
        reports.len(),
        counted(problems, "problem", "problems"),
        counted(fallbacks, "topic", "topics"),
        counted(warnings, "warning", "warnings"),
    );
    let untranslated: usize = reports.iter().map(|report| report.untranslated).sum();
    if untranslated > 0 {
        let _ = write!(
            out,
            ", {} not yet translated",
            counted(untranslated, "text", "texts")
        );
    }
    out.push('\n');
    out
}

/// "1 problem", "3 problems".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What `search` prints, and whether it found anything (its exit status).
pub struct Found {
    pub output: String,
    pub any: bool,
}

/// A match as `search --format json` gives it.
#[derive(Serialize)]
struct JsonMatch<'a> {
    language: &'a str,
    /// The topic's id, or `glossary`.
    topic: Entry,
    /// Where in the language file, from the topic: `blocks[0].rows[3].service`; or
    /// `glossary.warranty.term`.
    path: String,
    snippet: String,
    text: &'a str,
}

/// A snippet in the text output is this wide: a line of a terminal, with the code and
/// the id before it.
const SNIPPET_WIDTH: usize = 72;

/// `search`: the matches of `query`, in the article's order.
pub fn search(
    library: &Library,
    language: usize,
    scope: Scope,
    query: &str,
    format: SearchFormat,
) -> Result<Found, Failure> {
    let parsed = Query::new(query);
    if parsed.is_empty() {
        return Err(Failure::Usage(
            ErrorKind::InvalidValue,
            "the query is empty: give the words to find".into(),
        ));
    }
    let index = Index::new(library);
    let matches = index.search(&parsed, scope, language);
    let output = match format {
        SearchFormat::Text => {
            let mut out = String::new();
            for found in &matches {
                let line = snippet(index.text(found), &parsed, SNIPPET_WIDTH);
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}",
                    library.language(found.language).code,
                    found.at.entry(),
                    line.text
                );
            }
            out
        }
        SearchFormat::Json => {
            let json: Vec<JsonMatch> = matches
                .iter()
                .map(|found| JsonMatch {
                    language: &library.language(found.language).code,
                    topic: found.at.entry(),
                    path: found.at.path(),
                    snippet: snippet(index.text(found), &parsed, SNIPPET_WIDTH).text,
                    text: index.text(found),
                })
                .collect();
            let mut out = serde_json::to_string_pretty(&json).unwrap_or_default();
            out.push('\n');
            out
        }
    };
    Ok(Found {
        output,
        any: !matches.is_empty(),
    })
}
