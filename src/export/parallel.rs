//! Two languages of the article aligned, outside the explorer (`show --with`): as
//! text, the parallel view's own lines at a width; as Markdown, a two-column table per
//! block, a row per part; as JSON, the parts in pairs. A translator can hand it out.

use std::fmt::Write as _;

use ratatui::text::Line;
use serde::Serialize;

use super::{Headings, TITLE_RULE, escape, push_line, push_underlined, underline};
use crate::content::{Cell, Library, Part, Shown, Spot, TopicId, UiText};
use crate::document::theme::Theme;
use crate::document::{Side, layout_parallel};

/// What to print: some topics in two languages.
pub struct Pair<'a> {
    pub library: &'a Library,
    pub first: usize,
    pub second: usize,
    pub topics: Vec<TopicId>,
    /// The whole article: printed under its titles.
    pub whole: bool,
}

impl Pair<'_> {
    fn side(&self, language: usize, topic: TopicId) -> Side<'_> {
        Side {
            shown: self.library.topic(language, topic),
            ui: &self.library.language(language).ui,
        }
    }

    fn titles(&self) -> [&str; 2] {
        [self.first, self.second].map(|language| self.library.language(language).title.as_str())
    }
}

/// The parallel view's lines, at `width`.
pub fn text(pair: &Pair, width: u16, theme: &Theme, colour: bool) -> String {
    let mut out = String::new();
    if pair.whole {
        let titles: Vec<Line> = pair
            .titles()
            .into_iter()
            .map(|title| Line::styled(title, theme.heading))
            .collect();
        for title in &titles {
            push_line(&mut out, title, colour);
        }
        push_line(&mut out, &underline(&titles, TITLE_RULE, theme), colour);
        out.push('\n');
    }
    for (n, &topic) in pair.topics.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let document = layout_parallel(
            pair.side(pair.first, topic),
            pair.side(pair.second, topic),
            width,
            theme,
        );
        let headings = Headings {
            heading: &document.heading,
            subheadings: &document.subheadings,
        };
        push_underlined(&mut out, &document.lines, headings, theme, colour);
    }
    out
}

/// A part's texts in one language, as they read: the heading, a paragraph, an item, a
/// comparison row's aspect and its two sides labelled.
fn parts(shown: Shown, ui: &UiText) -> Vec<(Part, String, Vec<String>)> {
    let topic = shown.topic;
    let mut parts: Vec<(Part, String, Vec<String>)> = vec![(
        Part::Heading,
        "heading".into(),
        vec![topic.display_heading().to_owned()],
    )];
    let rows = ui.header_row(None);
    topic.each_text(|spot, text| {
        let said = match spot {
            // The title and heading are the heading, said once above; a table's own
            // labels name its columns, not a part.
            Spot::Title | Spot::Heading | Spot::Label { .. } => return,
            Spot::Text { .. }
            | Spot::Item { .. }
            | Spot::Cell {
                cell: Cell::Aspect, ..
            } => text.to_string(),
            Spot::Cell { cell, .. } => {
                format!("{}{}{text}", cell.of(&rows), ui.label_separator)
            }
        };
        match parts.last_mut() {
            Some((part, _, texts)) if *part == spot.part() => texts.push(said),
            Some(_) | None => parts.push((spot.part(), spot.part_path(), vec![said])),
        }
    });
    parts
}

/// The parts of both languages, in order, each with its texts on either side.
fn paired(pair: &Pair, topic: TopicId) -> Vec<(String, Vec<String>, Vec<String>)> {
    let first = parts(
        pair.library.topic(pair.first, topic),
        &pair.library.language(pair.first).ui,
    );
    let second = parts(
        pair.library.topic(pair.second, topic),
        &pair.library.language(pair.second).ui,
    );
    let mut all: Vec<(Part, String)> = first
        .iter()
        .chain(&second)
        .map(|(part, path, _)| (*part, path.clone()))
        .collect();
    all.sort();
    all.dedup_by(|a, b| a.0 == b.0);
    let texts = |side: &[(Part, String, Vec<String>)], part: Part| {
        side.iter()
            .find(|(p, _, _)| *p == part)
            .map(|(_, _, texts)| texts.clone())
            .unwrap_or_default()
    };
    all.into_iter()
        .map(|(part, path)| (path, texts(&first, part), texts(&second, part)))
        .collect()
}

/// A two-column table per block: the languages' names over it, a row per part.
pub fn markdown(pair: &Pair) -> String {
    let names =
        [pair.first, pair.second].map(|language| pair.library.language(language).name.as_str());
    let mut out = String::new();
    if pair.whole {
        let [first, second] = pair.titles();
        let _ = writeln!(out, "# {} / {}\n", escape(first), escape(second));
    }
    let cell = |texts: &[String]| {
        texts
            .iter()
            .map(|text| escape(text).replace('|', "\\|"))
            .collect::<Vec<_>>()
            .join("<br>")
    };
    for &topic in &pair.topics {
        let mut block = None;
        for (path, first, second) in paired(pair, topic) {
            if path == "heading" {
                let level = if pair.whole { "##" } else { "#" };
                let _ = writeln!(out, "{level} {} / {}\n", cell(&first), cell(&second));
                continue;
            }
            // A new block, a new table.
            let this = path.split('.').next().map(str::to_owned);
            if this != block {
                if block.is_some() {
                    out.push('\n');
                }
                let _ = writeln!(out, "| {} | {} |\n|---|---|", names[0], names[1]);
                block = this;
            }
            let _ = writeln!(out, "| {} | {} |", cell(&first), cell(&second));
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[derive(Serialize)]
struct JsonPair<'a> {
    languages: [JsonLanguage<'a>; 2],
    topics: Vec<JsonTopic>,
}

#[derive(Serialize)]
struct JsonLanguage<'a> {
    code: &'a str,
    name: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct JsonTopic {
    id: TopicId,
    pairs: Vec<JsonParts>,
}

#[derive(Serialize)]
struct JsonParts {
    /// Where the part is in a language file's topic (`blocks[0].rows[3]`).
    part: String,
    first: Vec<String>,
    second: Vec<String>,
}

/// The parts in pairs: each part's texts in the first language and in the second.
pub fn json(pair: &Pair) -> String {
    let language = |index: usize| {
        let language = pair.library.language(index);
        JsonLanguage {
            code: &language.code,
            name: &language.name,
            title: &language.title,
        }
    };
    let json = JsonPair {
        languages: [language(pair.first), language(pair.second)],
        topics: pair
            .topics
            .iter()
            .map(|&id| JsonTopic {
                id,
                pairs: paired(pair, id)
                    .into_iter()
                    .map(|(part, first, second)| JsonParts {
                        part,
                        first,
                        second,
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&json).unwrap_or_default();
    out.push('\n');
    out
}
