//! The article outside the explorer (`show`, and the explorer when its output is not a
//! terminal): wrapped text from the same document layout the screen uses, Markdown, and
//! the content model as JSON.

use std::fmt::Write as _;

use ratatui::backend::IntoCrossterm;
use ratatui::style::Style;
use ratatui::text::Line;
use serde::Serialize;

use crate::content::{Block, ListStyle, Origin, Row, Shown, TopicId};
use crate::content::{Language, Library};
use crate::document::layout_topic;
use crate::theme::Theme;

/// What to print: one language's view of some topics.
pub struct Selection<'a> {
    pub library: &'a Library<'a>,
    pub language: usize,
    pub topics: Vec<TopicId>,
    /// The whole article: printed under its title.
    pub whole: bool,
}

impl Selection<'_> {
    fn language(&self) -> &Language<'_> {
        self.library.language(self.language)
    }

    fn shown(&self) -> impl Iterator<Item = Shown<'_>> {
        self.topics
            .iter()
            .map(|id| self.library.topic(self.language, *id))
    }
}

/// What underlines a heading in plain text, as plain-text documents set them off: the
/// article's title, a topic's heading, a heading inside a topic.
const TITLE_RULE: char = '═';
const HEADING_RULE: char = '─';
const SUBHEADING_RULE: char = '┄';

/// Wrapped text, headings underlined; styled with escape sequences only when `colour`
/// is on.
pub fn text(selection: &Selection, width: u16, theme: &Theme, colour: bool) -> String {
    let language = selection.language();
    let mut out = String::new();
    if selection.whole {
        let title = Line::styled(language.title.as_str(), theme.heading);
        push_line(&mut out, &title, colour);
        push_line(&mut out, &underline(&[title], TITLE_RULE, theme), colour);
        out.push('\n');
    }
    for (n, shown) in selection.shown().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let document = layout_topic(shown, &language.ui, width, theme);
        // In line order: the topic's heading comes first, its sub-headings in turn.
        let headings = std::iter::once((&document.heading, HEADING_RULE)).chain(
            document
                .subheadings
                .iter()
                .map(|lines| (lines, SUBHEADING_RULE)),
        );
        let mut rules = headings
            .filter(|(lines, _)| !lines.is_empty())
            .map(|(lines, rule)| {
                let heading = &document.lines[lines.clone()];
                (lines.end, underline(heading, rule, theme))
            })
            .peekable();
        for (index, line) in document.lines.iter().enumerate() {
            push_line(&mut out, line, colour);
            if let Some((_, rule)) = rules.next_if(|(after, _)| *after == index + 1) {
                push_line(&mut out, &rule, colour);
            }
        }
    }
    out
}

/// A rule as wide as the widest of a heading's lines.
fn underline(heading: &[Line], rule: char, theme: &Theme) -> Line<'static> {
    let width = heading.iter().map(Line::width).max().unwrap_or(0);
    Line::styled(rule.to_string().repeat(width), theme.rule)
}

fn push_line(out: &mut String, line: &Line, colour: bool) {
    let mut text = String::new();
    for span in &line.spans {
        let style = line.style.patch(span.style);
        if colour && style != Style::default() {
            let _ = write!(
                text,
                "{}",
                style.into_crossterm().apply(span.content.as_ref())
            );
        } else {
            text.push_str(&span.content);
        }
    }
    out.push_str(text.trim_end_matches(' '));
    out.push('\n');
}

pub fn markdown(selection: &Selection) -> String {
    let language = selection.language();
    let ui = &language.ui;
    let mut out = String::new();
    let level = if selection.whole {
        let _ = writeln!(out, "# {}\n", escape(&language.title));
        "##"
    } else {
        "#"
    };
    for shown in selection.shown() {
        let topic = shown.topic;
        let _ = write!(out, "{level} {}", escape(topic.display_heading()));
        if let Some(tag) = shown.tag(ui) {
            let _ = write!(out, " *({})*", escape(tag));
        }
        out.push_str("\n\n");
        for block in &topic.blocks {
            if topic.is_translated_block(block) {
                let _ = writeln!(out, "*({})*\n", escape(&ui.translated));
            }
            match block {
                Block::Heading { text, .. } => {
                    let _ = writeln!(out, "{level}# {}\n", escape(text));
                }
                Block::Paragraph { text, .. } => {
                    let _ = writeln!(out, "{}\n", escape(text));
                }
                Block::Example { text, .. } => {
                    let _ = writeln!(out, "> {}\n", escape(text));
                }
                Block::List { style, items, .. } => {
                    for (n, item) in items.iter().enumerate() {
                        let _ = match style {
                            ListStyle::Bulleted => writeln!(out, "- {}", escape(item)),
                            ListStyle::Numbered => writeln!(out, "{}. {}", n + 1, escape(item)),
                        };
                    }
                    out.push('\n');
                }
                Block::Comparison {
                    labels,
                    rows,
                    aspect_origin,
                    ..
                } => {
                    let mut header = ui.header_row(labels.as_ref());
                    if *aspect_origin == Some(Origin::Translation) {
                        header.aspect = format!("{} ({})", header.aspect, ui.translated).into();
                    }
                    table_row(&mut out, &header);
                    out.push_str("|---|---|---|\n");
                    for row in rows {
                        table_row(&mut out, row);
                    }
                    out.push('\n');
                }
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn table_row(out: &mut String, row: &Row) {
    let cell = |text: &str| escape(text).replace('|', "\\|");
    let _ = writeln!(
        out,
        "| {} | {} | {} |",
        cell(&row.aspect),
        cell(&row.sales),
        cell(&row.service)
    );
}

/// Text as Markdown reads it literally: inline markup escaped, and a text that would
/// start a heading, quote or list kept a paragraph.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    let starts_list = out.starts_with(['-', '+']) || {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && out[digits..].starts_with(['.', ')'])
    };
    if starts_list {
        out.insert(0, '\\');
    }
    out
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    language: JsonLanguage<'a>,
    title: &'a str,
    topics: Vec<JsonTopic<'a>>,
}

#[derive(Serialize)]
struct JsonLanguage<'a> {
    code: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct JsonTopic<'a> {
    id: TopicId,
    title: &'a str,
    heading: Option<&'a str>,
    origin: Origin,
    fell_back: bool,
    blocks: &'a [Block<'a>],
}

pub fn json(selection: &Selection) -> String {
    let language = selection.language();
    let article = JsonArticle {
        language: JsonLanguage {
            code: &language.code,
            name: &language.name,
        },
        title: &language.title,
        topics: selection
            .shown()
            .map(|shown| JsonTopic {
                id: shown.topic.id,
                title: &shown.topic.title,
                heading: shown.topic.heading.as_deref(),
                origin: shown.topic.origin,
                fell_back: shown.fell_back,
                blocks: &shown.topic.blocks,
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&article).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_what_would_be_markup() {
        assert_eq!(escape("a*b_c [x] <y> #1"), "a\\*b\\_c \\[x\\] \\<y\\> \\#1");
        assert_eq!(escape("1. not a list"), "\\1. not a list");
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("Kỹ năng & Phẩm chất"), "Kỹ năng & Phẩm chất");
    }

    #[test]
    fn table_cells_escape_pipes() {
        let mut out = String::new();
        table_row(
            &mut out,
            &Row {
                aspect: "a|b".into(),
                sales: "s".into(),
                service: "t".into(),
            },
        );
        assert_eq!(out, "| a\\|b | s | t |\n");
    }
}
