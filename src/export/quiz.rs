//! A trainer's sheet: a round of the quiz (or every statement), numbered, then the
//! answer key — the handout a class gets, as text, Markdown or JSON.

use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{HEADING_RULE, TITLE_RULE, escape};
use crate::content::{Library, Side, TopicId};
use crate::document::wrap::wrapping;
use crate::study::quiz::Statement;

/// What to print: these statements, in this order, in one language.
pub struct Sheet<'a> {
    pub library: &'a Library,
    pub language: usize,
    pub statements: Vec<Statement>,
}

impl Sheet<'_> {
    /// The statements the language asks, numbered from 1 (a statement the language
    /// leaves out is not on the sheet).
    fn asked(&self) -> impl Iterator<Item = (usize, Statement, &str)> {
        self.statements
            .iter()
            .filter_map(|statement| {
                let asked = statement.asked(self.library, self.language)?;
                Some((*statement, asked))
            })
            .enumerate()
            .map(|(n, (statement, asked))| (n + 1, statement, asked))
    }

    fn side_name(&self, side: Side) -> &str {
        self.library.language(self.language).ui.side_name(side)
    }
}

/// The statements wrapped to `width` under the quiz's title, then the answer key.
pub fn text(sheet: &Sheet, width: u16) -> String {
    let ui = &sheet.library.language(sheet.language).ui;
    let width = usize::from(width.max(8));
    let mut out = String::new();
    let title = &ui.quiz.title;
    let _ = writeln!(out, "{title}\n{}\n", rule(title, TITLE_RULE));
    let asked: Vec<_> = sheet.asked().collect();
    let number_width = asked.len().to_string().len();
    for (n, _, text) in &asked {
        let first = format!("{n:>number_width$}. ");
        let rest = " ".repeat(first.len());
        let options = wrapping(width)
            .initial_indent(&first)
            .subsequent_indent(&rest);
        let _ = writeln!(out, "{}", textwrap::fill(text, options));
    }
    let answers = &ui.quiz.answers;
    let _ = writeln!(out, "\n{answers}\n{}\n", rule(answers, HEADING_RULE));
    for (n, statement, _) in &asked {
        let _ = writeln!(
            out,
            "{n:>number_width$}. {}",
            sheet.side_name(statement.side)
        );
    }
    out
}

/// A numbered list under the quiz's title, the answer key under its own heading.
pub fn markdown(sheet: &Sheet) -> String {
    let ui = &sheet.library.language(sheet.language).ui;
    let mut out = format!("# {}\n\n", escape(&ui.quiz.title));
    for (n, _, text) in sheet.asked() {
        let _ = writeln!(out, "{n}. {}", escape(text));
    }
    let _ = write!(out, "\n## {}\n\n", escape(&ui.quiz.answers));
    for (n, statement, _) in sheet.asked() {
        let _ = writeln!(out, "{n}. {}", escape(sheet.side_name(statement.side)));
    }
    out
}

#[derive(Serialize)]
struct Entry<'a> {
    number: usize,
    topic: TopicId,
    /// The row in its topic's comparison, counted from 1, as the language file keys it.
    row: usize,
    /// The aspect of the row, in the sheet's language.
    aspect: &'a str,
    side: Side,
    text: &'a str,
}

/// Every statement with its topic, row, side and text: for a trainer's own tools.
pub fn json(sheet: &Sheet) -> String {
    let entries: Vec<Entry> = sheet
        .asked()
        .map(|(number, statement, text)| Entry {
            number,
            topic: statement.topic,
            row: statement.number,
            aspect: statement
                .row(sheet.library, sheet.language)
                .map_or("", |row| row.aspect.as_str()),
            side: statement.side,
            text,
        })
        .collect();
    let language = sheet.library.language(sheet.language);
    let sheet = serde_json::json!({
        "language": language.code,
        "title": language.ui.quiz.title,
        "statements": entries,
    });
    let mut out = serde_json::to_string_pretty(&sheet).unwrap_or_default();
    out.push('\n');
    out
}

/// A rule as wide as `heading`, as the article's text underlines its headings.
fn rule(heading: &str, rule: char) -> String {
    rule.to_string().repeat(heading.width())
}
