//! The article outside the explorer (`show`, and the explorer when its output is not a
//! terminal): wrapped text from the same document layout the screen uses, Markdown, and
//! the content model as JSON; and the glossary the same three ways. Two languages
//! aligned (`parallel`), and as a translation memory (`tmx`). One part as plain text
//! (`part`), as the explorer copies it.

mod parallel;
mod part;
pub mod quiz;
mod tmx;

pub use parallel::{
    Pair, json as parallel_json, markdown as parallel_markdown, text as parallel_text,
};
pub use part::{part_text, part_text_in_two, term_text};
pub use tmx::tmx;

use std::fmt::Write as _;
use std::ops::Range;

use ratatui::backend::IntoCrossterm;
use ratatui::style::Style;
use ratatui::text::Line;
use serde::{Serialize, Serializer};

use crate::content::{Block, ListStyle, Origin, Row, Shown, TermId, TopicId};
use crate::content::{Language, Library};
use crate::document::glossary::{layout_glossary, reading_order};
use crate::document::layout_topic;
use crate::document::theme::Theme;

/// What to print: one language's view of some topics.
pub struct Selection<'a> {
    pub library: &'a Library,
    pub language: usize,
    pub topics: Vec<TopicId>,
    /// The whole article: printed under its title.
    pub whole: bool,
}

impl Selection<'_> {
    fn language(&self) -> &Language {
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
        let headings = Headings {
            heading: &document.heading,
            subheadings: &document.subheadings,
        };
        push_underlined(&mut out, &document.lines, headings, theme, colour);
    }
    out
}

/// Where the headings of some laid-out lines are: the one heading, and the
/// sub-headings under it, in line order.
struct Headings<'d> {
    heading: &'d Range<usize>,
    subheadings: &'d [Range<usize>],
}

/// `lines`, each heading underlined as plain-text documents set them off.
fn push_underlined(
    out: &mut String,
    lines: &[Line],
    headings: Headings,
    theme: &Theme,
    colour: bool,
) {
    let Headings {
        heading,
        subheadings,
    } = headings;
    let headings = std::iter::once((heading, HEADING_RULE))
        .chain(subheadings.iter().map(|lines| (lines, SUBHEADING_RULE)));
    let mut rules = headings
        .filter(|(lines, _)| !lines.is_empty())
        .map(|(heading, rule)| (heading.end, underline(&lines[heading.clone()], rule, theme)))
        .peekable();
    for (index, line) in lines.iter().enumerate() {
        push_line(out, line, colour);
        if let Some((_, rule)) = rules.next_if(|(after, _)| *after == index + 1) {
            push_line(out, &rule, colour);
        }
    }
}

/// A rule as wide as the widest of a heading's lines.
fn underline(heading: &[Line], rule: char, theme: &Theme) -> Line<'static> {
    let width = heading.iter().map(Line::width).max().unwrap_or(0);
    Line::styled(rule.to_string().repeat(width), theme.rule)
}

/// `line` as text, its styles as escape sequences where `colour`; ended by a line
/// break, the spaces before it trimmed.
pub fn push_line(out: &mut String, line: &Line, colour: bool) {
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
            if let Some(tag) = topic.block_tag(block, ui) {
                let _ = writeln!(out, "*({})*\n", escape(tag));
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
    blocks: &'a [Block],
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

/// The glossary in one reading language (an index into the library's languages).
pub struct GlossaryOf<'a> {
    pub library: &'a Library,
    pub language: usize,
}

impl GlossaryOf<'_> {
    fn reader(&self) -> &Language {
        self.library.language(self.language)
    }
}

/// The glossary as wrapped text, its heading underlined (and each term's, where the
/// width stacks them).
pub fn glossary_text(glossary: &GlossaryOf, width: u16, theme: &Theme, colour: bool) -> String {
    let layout = layout_glossary(glossary.library, glossary.language, None, width, theme);
    let headings = Headings {
        heading: &layout.heading,
        subheadings: &layout.subheadings,
    };
    let mut out = String::new();
    push_underlined(&mut out, &layout.lines, headings, theme, colour);
    out
}

/// The glossary as a heading and one table: the reader's term first, the other
/// languages' after it, the reader's note last (a column left out where no term has
/// one; its header is empty, as the files have no word for "note").
pub fn glossary_markdown(glossary: &GlossaryOf) -> String {
    let reader = glossary.reader();
    let cell = |text: &str| escape(text).replace('|', "\\|");
    let notes = TermId::ALL.into_iter().any(|id| {
        reader
            .glossary
            .get(id)
            .is_some_and(|entry| entry.note.is_some())
    });
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&reader.ui.glossary));
    let _ = writeln!(out, "*{}*\n", escape(&reader.title));
    let languages = reading_order(glossary.library, glossary.language, None);
    let mut header: Vec<String> = languages.iter().map(|l| cell(&l.name)).collect();
    if notes {
        header.push(String::new());
    }
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for id in TermId::ALL {
        let mut row: Vec<String> = languages
            .iter()
            .map(|language| {
                cell(
                    language
                        .glossary
                        .get(id)
                        .map_or("", |entry| entry.term.as_str()),
                )
            })
            .collect();
        if notes {
            let note = reader
                .glossary
                .get(id)
                .and_then(|entry| entry.note.as_deref());
            row.push(note.map(cell).unwrap_or_default());
        }
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out
}

#[derive(Serialize)]
struct JsonGlossary<'a> {
    language: JsonLanguage<'a>,
    /// The glossary's name, and the article's title under it, as text shows them.
    heading: &'a str,
    title: &'a str,
    terms: Vec<JsonTerm<'a>>,
}

#[derive(Serialize)]
struct JsonTerm<'a> {
    id: TermId,
    /// Language code to term, in language-bar order whatever the reading language.
    terms: InOrder<'a>,
    /// The reading language's note.
    note: Option<&'a str>,
}

/// Pairs written as a JSON object, in their own order (a map would sort them).
struct InOrder<'a>(Vec<(&'a str, &'a str)>);

impl Serialize for InOrder<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().copied())
    }
}

/// The glossary as data: the reading language, and each term in every language with
/// the reader's note.
pub fn glossary_json(glossary: &GlossaryOf) -> String {
    let reader = glossary.reader();
    let document = JsonGlossary {
        language: JsonLanguage {
            code: &reader.code,
            name: &reader.name,
        },
        heading: &reader.ui.glossary,
        title: &reader.title,
        terms: TermId::ALL
            .into_iter()
            .map(|id| JsonTerm {
                id,
                terms: InOrder(
                    glossary
                        .library
                        .languages()
                        .iter()
                        .filter_map(|language| {
                            let entry = language.glossary.get(id)?;
                            Some((language.code.as_str(), entry.term.as_str()))
                        })
                        .collect(),
                ),
                note: reader
                    .glossary
                    .get(id)
                    .and_then(|entry| entry.note.as_deref()),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
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
        assert_eq!(escape("3) nor this"), "\\3) nor this");
        assert_eq!(escape("+ nor this"), "\\+ nor this");
        // Digits without a list's mark, and a mark without digits, are prose.
        assert_eq!(escape("2024 was a good year"), "2024 was a good year");
        assert_eq!(escape("... and so on"), "... and so on");
        assert_eq!(escape(") aside"), ") aside");
    }

    /// Each topic after the first is set off by a blank line above its heading.
    #[test]
    fn plain_text_sets_each_topic_apart() {
        let library = Library::builtin().unwrap();
        let selection = Selection {
            library: &library,
            language: 0,
            topics: TopicId::ALL.to_vec(),
            whole: false,
        };
        let text = text(&selection, 80, &Theme::mono(), false);
        let lines: Vec<&str> = text.lines().collect();
        let rules: Vec<usize> = (1..lines.len())
            .filter(|&n| !lines[n].is_empty() && lines[n].chars().all(|c| c == HEADING_RULE))
            .collect();
        assert_eq!(rules.len(), TopicId::ALL.len(), "{text}");
        assert_eq!(rules[0], 1, "the first topic's heading opens the text");
        for &rule in &rules[1..] {
            assert_eq!(
                lines[rule - 2],
                "",
                "a blank line above {}",
                lines[rule - 1]
            );
            assert_ne!(
                lines[rule - 3],
                "",
                "one blank line above {}",
                lines[rule - 1]
            );
        }
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
