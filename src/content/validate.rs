//! The rules a parsed language file must meet beyond its shape: no empty or
//! control-character text, no duplicate topic, sidebar titles that fit, a code that
//! matches the file name, every term in the glossary, and a fair quiz statement for
//! every side of every comparison row. Each problem carries the JSON path of the
//! offending value.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthStr;

use super::error::JsonPath;
use super::model::{
    Block, Glossary, GlossaryEntry, Language, QuizStatement, Side, TermId, Text, Topic, TopicId,
    UiText,
};
use super::walk::Spot;

/// Sidebar titles must fit the sidebar at its widest.
pub const MAX_TITLE_WIDTH: usize = 28;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: JsonPath,
    pub message: String,
}

/// Where the checker is in the file, kept on the stack: a valid file (the usual case)
/// is checked without building a single path; one is written out only for a problem.
#[derive(Clone, Copy)]
enum At<'p> {
    Root,
    Key(&'p At<'p>, &'p str),
    Index(&'p At<'p>, usize),
}

impl<'p> At<'p> {
    fn key(&'p self, key: &'p str) -> At<'p> {
        At::Key(self, key)
    }

    fn index(&'p self, index: usize) -> At<'p> {
        At::Index(self, index)
    }

    fn to_path(self) -> JsonPath {
        match self {
            At::Root => JsonPath::default(),
            At::Key(parent, key) => parent.to_path().key(key),
            At::Index(parent, index) => parent.to_path().index(index),
        }
    }
}

pub fn validate(language: &Language, expected_code: &str) -> Vec<Problem> {
    let mut check = Checker {
        problems: Vec::new(),
    };
    let root = At::Root;
    if language.code != expected_code {
        check.problem(
            root.key("code"),
            format!(
                "the code is \"{}\" but the file is named for \"{expected_code}\"",
                language.code
            ),
        );
    }
    if !is_valid_code(&language.code) {
        check.problem(
            root.key("code"),
            "a language code is 2 or 3 lower-case letters (like \"fr\")",
        );
    }
    check.text(root.key("name"), &language.name);
    check.text(root.key("title"), &language.title);
    check.ui(root.key("ui"), &language.ui);
    check.quiz(root.key("quiz"), language);
    let mut seen = [false; TopicId::ALL.len()];
    let topics = root.key("topics");
    for (n, topic) in language.topics.iter().enumerate() {
        let at = topics.index(n);
        if std::mem::replace(&mut seen[topic.id.index()], true) {
            check.problem(at.key("id"), format!("duplicate topic id \"{}\"", topic.id));
        }
        check.topic(at, topic);
    }
    check.glossary(root.key("glossary"), &language.glossary);
    check.problems
}

/// What a quiz statement holds where the words that name its side go.
pub const BLANK: &str = "___";

/// The topics whose comparisons the quiz's statements are written for.
pub const QUIZ_TOPICS: [TopicId; 3] = [
    TopicId::Differences,
    TopicId::Comparison,
    TopicId::KeyDifferences,
];

fn quoted_topics() -> String {
    let names: Vec<String> = QUIZ_TOPICS
        .iter()
        .map(|topic| format!("\"{topic}\""))
        .collect();
    names.join(", ")
}

/// The rows of a topic's comparisons in this file, where it has the topic.
fn comparison_rows(language: &Language, topic: TopicId) -> Option<usize> {
    let topic = language.topics.iter().find(|own| own.id == topic)?;
    Some(
        topic
            .blocks
            .iter()
            .map(|block| match block {
                Block::Comparison { rows, .. } => rows.len(),
                Block::Heading { .. }
                | Block::Paragraph { .. }
                | Block::List { .. }
                | Block::Example { .. } => 0,
            })
            .sum(),
    )
}

/// The first side word that starts a word of `text`, the word as found (in lower case).
/// Case does not count; accents do ("bán" names sales in Vietnamese, "bạn" is "you"), both sides
/// compared in the same Unicode form.
pub fn side_word_in(text: &str, side_words: &[Text]) -> Option<String> {
    let text: String = text.nfc().collect::<String>().to_lowercase();
    side_words.iter().find_map(|word| {
        let word: String = word.nfc().collect::<String>().to_lowercase();
        let starts_word = |at: usize| {
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|before| !before.is_alphanumeric())
        };
        text.match_indices(word.as_str())
            .find(|(at, _)| !word.is_empty() && starts_word(*at))
            .map(|(at, _)| {
                let end = text[at..]
                    .find(|c: char| !c.is_alphanumeric() && c != ' ')
                    .map_or(text.len(), |end| at + end);
                let word_end = text[at + word.len()..]
                    .find(|c: char| !c.is_alphanumeric())
                    .map_or(text.len(), |end| at + word.len() + end);
                text[at..word_end.min(end.max(at + word.len()))].to_owned()
            })
    })
}

pub fn is_valid_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// The first control character (C0, DEL or C1) in `text`. Every text is checked: a
/// scan that let files without control bytes skip this saved under 5 % of start-up,
/// too little for the code it took (see ARCHITECTURE.md, "clarity over microseconds").
fn first_control(text: &str) -> Option<char> {
    text.chars().find(|c| c.is_control())
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, at: At, message: impl Into<String>) {
        self.problems.push(Problem {
            path: at.to_path(),
            message: message.into(),
        });
    }

    /// Text the screen shows: something to read, and nothing that would move the
    /// cursor or change colours (an escape sequence in content must not garble the
    /// reader's terminal).
    fn text(&mut self, at: At, text: &str) {
        if text.trim().is_empty() {
            // Removing a required field only trades this for "missing field": say
            // "remove" only where the file may do without the text.
            let hint = match at {
                At::Index(..) => "empty text: write the item, or remove it from the list",
                At::Key(_, "heading") => {
                    "empty text: write the heading, or remove `heading` to show the title"
                }
                At::Key(_, "note") => "empty text: write the note, or remove `note`",
                At::Key(_, "as_written") => {
                    "empty text: write the term as the text has it, or remove `as_written`"
                }
                At::Key(..) | At::Root => "empty text: write it; this text is required",
            };
            self.problem(at, hint);
        } else if let Some(c) = first_control(text) {
            self.problem(
                at,
                format!(
                    "control character U+{:04X} in text: text is one line, without control characters",
                    c as u32
                ),
            );
        }
    }

    /// Every `ui` string, whatever it is called: a string added to the model is
    /// checked without a line here. (The separator, ": ", has its spaces, but like
    /// every other text it must show something besides them.)
    fn ui(&mut self, at: At, ui: &UiText) {
        match serde_json::to_value(ui) {
            Ok(strings) => self.strings(at, &strings),
            Err(error) => self.problem(at, format!("cannot read the ui strings: {error}")),
        }
        let title = &ui.quiz.title;
        let quiz = at.key("quiz");
        // The quiz's name is a sidebar entry, like a topic's title.
        let width = title.width();
        if width > MAX_TITLE_WIDTH {
            self.problem(
                quiz.key("title"),
                format!("the sidebar title is {width} columns wide; at most {MAX_TITLE_WIDTH} fit"),
            );
        }
    }

    fn strings(&mut self, at: At, value: &serde_json::Value) {
        match value {
            serde_json::Value::String(text) => self.text(at, text),
            serde_json::Value::Object(fields) => {
                for (key, value) in fields {
                    self.strings(At::Key(&at, key), value);
                }
            }
            serde_json::Value::Array(items) => {
                for (n, value) in items.iter().enumerate() {
                    self.strings(at.index(n), value);
                }
            }
            serde_json::Value::Null | serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {
            }
        }
    }

    /// Every term, each with a headword; a term the text writes in another form may
    /// not also say that the text lacks it.
    fn glossary(&mut self, at: At, glossary: &Glossary) {
        let missing: Vec<&str> = TermId::ALL
            .into_iter()
            .filter(|id| glossary.get(*id).is_none())
            .map(TermId::as_str)
            .collect();
        if !missing.is_empty() {
            self.problem(
                at,
                format!(
                    "missing {} {}: every language's glossary has all {} terms",
                    if missing.len() == 1 { "term" } else { "terms" },
                    missing.join(", "),
                    TermId::ALL.len()
                ),
            );
        }
        for (id, entry) in glossary.entries() {
            let GlossaryEntry {
                term,
                note,
                in_text,
                as_written,
            } = entry;
            let at = at.key(id.as_str());
            self.text(at.key("term"), term);
            if let Some(note) = note {
                self.text(at.key("note"), note);
            }
            if let Some(as_written) = as_written {
                self.text(at.key("as_written"), as_written);
                if !in_text {
                    self.problem(
                        at.key("as_written"),
                        "`as_written` says how the text writes the term, and `in_text: false` that the text lacks it: keep the one that is true",
                    );
                }
            }
        }
    }

    fn topic(&mut self, at: At, topic: &Topic) {
        topic.each_text(|spot, text| self.spot_text(at, spot, text));
        let width = topic.title.width();
        if width > MAX_TITLE_WIDTH {
            self.problem(
                at.key("title"),
                format!(
                    "the sidebar title is {width} columns wide; at most {MAX_TITLE_WIDTH} fit (put the long form in \"heading\")"
                ),
            );
        }
        if topic.blocks.is_empty() {
            self.problem(at.key("blocks"), "a topic needs at least one block");
        }
        let blocks = at.key("blocks");
        for (n, block) in topic.blocks.iter().enumerate() {
            let missing = match block {
                Block::List { items, .. } => items
                    .is_empty()
                    .then_some(("items", "a list needs at least one item")),
                Block::Comparison { rows, .. } => rows
                    .is_empty()
                    .then_some(("rows", "a comparison needs at least one row")),
                Block::Heading { .. } | Block::Paragraph { .. } | Block::Example { .. } => None,
            };
            if let Some((field, message)) = missing {
                self.problem(blocks.index(n).key(field), message);
            }
        }
    }

    /// A statement for every side of every comparison row this file has, each fair:
    /// a blank, and no word that names a side.
    fn quiz(&mut self, at: At, language: &Language) {
        let quiz = &language.quiz;
        let words = at.key("side_words");
        if quiz.side_words.is_empty() {
            self.problem(words, "no side words: list the words that name sales and service, so that no statement gives its side away");
        }
        for (n, word) in quiz.side_words.iter().enumerate() {
            self.text(words.index(n), word);
            if word.to_lowercase() != word.as_str() {
                self.problem(
                    words.index(n),
                    format!("\"{word}\" has capitals: write side words in lower case (they match any case)"),
                );
            }
        }
        let statements = at.key("statements");
        let mut seen = HashSet::new();
        for (n, statement) in quiz.statements.iter().enumerate() {
            let at = statements.index(n);
            let QuizStatement {
                topic,
                row,
                side,
                text,
                omitted,
            } = statement;
            let rows = comparison_rows(language, *topic);
            if !QUIZ_TOPICS.contains(topic) {
                self.problem(
                    at.key("topic"),
                    format!(
                        "\"{topic}\" has no comparison: statements are written for {}",
                        quoted_topics()
                    ),
                );
            } else if rows.is_some_and(|rows| *row == 0 || *row > rows) {
                let rows = rows.unwrap_or(0);
                self.problem(
                    at.key("row"),
                    format!("\"{topic}\" has rows 1 to {rows}; there is no row {row}"),
                );
            } else if !seen.insert((*topic, *row, *side)) {
                self.problem(
                    at,
                    format!(
                        "a second statement for {topic} row {row}, {}",
                        side.as_str()
                    ),
                );
            }
            match (text, omitted) {
                (Some(text), None) => self.statement(at.key("text"), text, &quiz.side_words),
                (None, Some(reason)) => self.text(at.key("omitted"), reason),
                (Some(_), Some(_)) => self.problem(at, "a statement has either \"text\" or \"omitted\" (why it is left out), not both"),
                (None, None) => self.problem(at, "a statement needs \"text\" (with ___ for the side), or \"omitted\" saying why it is left out"),
            }
        }
        for topic in QUIZ_TOPICS {
            for row in 1..=comparison_rows(language, topic).unwrap_or(0) {
                for side in Side::BOTH {
                    if !seen.contains(&(topic, row, side)) {
                        self.problem(
                            statements,
                            format!(
                                "no statement for {topic} row {row}, {}: write one (or say why it is \"omitted\")",
                                side.as_str()
                            ),
                        );
                    }
                }
            }
        }
    }

    /// A statement's text: a blank for the side, and nothing else that names one.
    fn statement(&mut self, at: At, text: &str, side_words: &[Text]) {
        self.text(at, text);
        if !text.contains(BLANK) {
            self.problem(
                at,
                format!("no blank: write {BLANK} where the words that name the side go"),
            );
        }
        if let Some(word) = side_word_in(text, side_words) {
            self.problem(
                at,
                format!("\"{word}\" names a side: the statement must not give its answer away (blank it, or say it another way)"),
            );
        }
    }

    /// A text of a topic (`at`), checked at its own path in the file.
    fn spot_text(&mut self, at: At, spot: Spot, text: &str) {
        let blocks = at.key("blocks");
        match spot {
            Spot::Title => self.text(at.key("title"), text),
            Spot::Heading => self.text(at.key("heading"), text),
            Spot::Text { block } => self.text(blocks.index(block).key("text"), text),
            Spot::Item { block, item } => {
                self.text(blocks.index(block).key("items").index(item), text);
            }
            Spot::Label { block, cell } => {
                self.text(blocks.index(block).key("labels").key(cell.key()), text);
            }
            Spot::Cell { block, row, cell } => self.text(
                blocks.index(block).key("rows").index(row).key(cell.key()),
                text,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::first_control;

    #[test]
    fn control_characters_are_found_in_all_three_ranges() {
        assert_eq!(
            first_control("plain text, Tiếng Việt, «þjónusta»\u{a0}"),
            None
        );
        assert_eq!(first_control("a\u{1b}[31m"), Some('\u{1b}'));
        assert_eq!(first_control("tab\there"), Some('\t'));
        assert_eq!(first_control("del\u{7f}"), Some('\u{7f}'));
        assert_eq!(first_control("csi\u{9b}31m"), Some('\u{9b}'));
    }
}
