//! The rules a parsed language file must meet beyond its shape: no empty or
//! control-character text, no duplicate topic, sidebar titles that fit, a code that
//! matches the file name. Each problem carries the JSON path of the offending value.

use std::collections::HashSet;

use unicode_width::UnicodeWidthStr;

use super::error::JsonPath;
use super::model::{Block, KeyText, Language, Row, Topic, UiText};

/// Sidebar titles must fit the sidebar at its widest.
pub const MAX_TITLE_WIDTH: usize = 28;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: JsonPath,
    pub message: String,
}

pub fn validate(language: &Language, expected_code: &str) -> Vec<Problem> {
    let mut check = Checker::default();
    let root = JsonPath::default();
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
    check.ui(&root.key("ui"), &language.ui);
    let mut seen = HashSet::new();
    for (n, topic) in language.topics.iter().enumerate() {
        let path = root.key("topics").index(n);
        if !seen.insert(topic.id) {
            check.problem(
                path.key("id"),
                format!("duplicate topic id \"{}\"", topic.id),
            );
        }
        check.topic(&path, topic);
    }
    check.problems
}

pub fn is_valid_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, path: JsonPath, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            message: message.into(),
        });
    }

    /// Text the screen shows: something to read, and nothing that would move the
    /// cursor or change colours (an escape sequence in content must not garble the
    /// reader's terminal).
    fn text(&mut self, path: JsonPath, text: &str) {
        if text.trim().is_empty() {
            self.problem(path, "empty text: write the text or remove the entry");
        } else if let Some(c) = text.chars().find(|c| c.is_control()) {
            self.problem(path, format!("control character U+{:04X} in text: text is one line, without control characters", c as u32));
        }
    }

    fn ui(&mut self, path: &JsonPath, ui: &UiText) {
        let UiText {
            topics,
            aspect,
            sales,
            service,
            help_title,
            in_english,
            translated,
            too_small,
            keys,
        } = ui;
        for (key, text) in [
            ("topics", topics),
            ("aspect", aspect),
            ("sales", sales),
            ("service", service),
            ("help_title", help_title),
            ("in_english", in_english),
            ("translated", translated),
            ("too_small", too_small),
        ] {
            self.text(path.key(key), text);
        }
        let KeyText {
            r#move,
            open,
            back,
            page,
            ends,
            next_language,
            previous_language,
            choose_language,
            help,
            close,
            quit,
            click,
            wheel,
            select_text,
        } = keys;
        let keys_path = path.key("keys");
        for (key, text) in [
            ("move", r#move),
            ("open", open),
            ("back", back),
            ("page", page),
            ("ends", ends),
            ("next_language", next_language),
            ("previous_language", previous_language),
            ("choose_language", choose_language),
            ("help", help),
            ("close", close),
            ("quit", quit),
            ("click", click),
            ("wheel", wheel),
            ("select_text", select_text),
        ] {
            self.text(keys_path.key(key), text);
        }
    }

    fn topic(&mut self, path: &JsonPath, topic: &Topic) {
        self.text(path.key("title"), &topic.title);
        let width = topic.title.width();
        if width > MAX_TITLE_WIDTH {
            self.problem(
                path.key("title"),
                format!("the sidebar title is {width} columns wide; at most {MAX_TITLE_WIDTH} fit (put the long form in \"heading\")"),
            );
        }
        if let Some(heading) = &topic.heading {
            self.text(path.key("heading"), heading);
        }
        if topic.blocks.is_empty() {
            self.problem(path.key("blocks"), "a topic needs at least one block");
        }
        for (n, block) in topic.blocks.iter().enumerate() {
            self.block(&path.key("blocks").index(n), block);
        }
    }

    fn block(&mut self, path: &JsonPath, block: &Block) {
        match block {
            Block::Heading { text, .. }
            | Block::Paragraph { text, .. }
            | Block::Example { text, .. } => {
                self.text(path.key("text"), text);
            }
            Block::List { items, .. } => {
                if items.is_empty() {
                    self.problem(path.key("items"), "a list needs at least one item");
                }
                for (n, item) in items.iter().enumerate() {
                    self.text(path.key("items").index(n), item);
                }
            }
            Block::Comparison { labels, rows, .. } => {
                if let Some(labels) = labels {
                    self.row(&path.key("labels"), labels);
                }
                if rows.is_empty() {
                    self.problem(path.key("rows"), "a comparison needs at least one row");
                }
                for (n, row) in rows.iter().enumerate() {
                    self.row(&path.key("rows").index(n), row);
                }
            }
        }
    }

    fn row(&mut self, path: &JsonPath, row: &Row) {
        self.text(path.key("aspect"), &row.aspect);
        self.text(path.key("sales"), &row.sales);
        self.text(path.key("service"), &row.service);
    }
}
