//! Two languages of the article aligned, outside the explorer (`show --with`): as
//! text, the parallel view's own lines at a width; as Markdown, a two-column table per
//! block, a row per part; as JSON, the parts in pairs. A translator can hand it out.

use std::fmt::Write as _;

use ratatui::text::Line;
use serde::Serialize;

use super::{Headings, TITLE_RULE, escape, push_line, push_underlined, underline};
use crate::content::{Block, Cell, Library, Origin, Part, Shown, Spot, Topic, TopicId, UiText};
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

/// A part's texts in one language, as they read, and what the reader is told of
/// where they come from.
#[derive(Debug, Clone, Default)]
struct Said {
    texts: Vec<String>,
    /// Written for the project rather than taken from the language's own source
    /// article: the whole topic, the part's block, or a comparison's aspects.
    translated: bool,
    /// What single-language Markdown says of it, in the language's words: the
    /// heading's tag ("traduit", "in English"); "traduit" over a block written for
    /// the project inside a topic from the source; "Aspekt: tõlgitud" over a
    /// comparison whose aspects were.
    mark: Option<String>,
}

/// A part's texts in one language: the heading, a paragraph, an item, a comparison
/// row's aspect and its two sides labelled.
fn parts(shown: Shown, ui: &UiText) -> Vec<(Part, String, Said)> {
    let topic = shown.topic;
    let heading = Said {
        texts: vec![topic.display_heading().to_owned()],
        translated: topic.origin == Origin::Translation,
        mark: shown.tag(ui).map(str::to_owned),
    };
    let mut parts: Vec<(Part, String, Said)> = vec![(Part::Heading, "heading".into(), heading)];
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
            Some((part, _, own)) if *part == spot.part() => own.texts.push(said),
            Some(_) | None => {
                let part = spot.part();
                let (translated, mark) = origin(topic, part, ui);
                let said = Said {
                    texts: vec![said],
                    translated,
                    mark,
                };
                parts.push((part, spot.part_path(), said));
            }
        }
    });
    parts
}

/// Whether a part of a topic's blocks was written for the project, and the mark that
/// says so where single-language Markdown would (over its block's first part).
fn origin(topic: &Topic, part: Part, ui: &UiText) -> (bool, Option<String>) {
    let Part::Block { block, item } = part else {
        return (topic.origin == Origin::Translation, None);
    };
    let Some(content) = topic.blocks.get(block) else {
        return (false, None);
    };
    let first = item == 0;
    if topic.is_translated_block(content) {
        return (true, first.then(|| ui.translated.to_string()));
    }
    if let Block::Comparison {
        labels,
        aspect_origin: Some(Origin::Translation),
        ..
    } = content
        && topic.origin != Origin::Translation
    {
        let aspect = ui.header_row(labels.as_ref()).aspect;
        let mark = format!("{aspect}{}{}", ui.label_separator, ui.translated);
        return (true, first.then_some(mark));
    }
    (topic.origin == Origin::Translation, None)
}

/// The parts of both languages, in order, each with what either language says.
fn paired(pair: &Pair, topic: TopicId) -> Vec<(String, Said, Said)> {
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
    let said = |side: &[(Part, String, Said)], part: Part| {
        side.iter()
            .find(|(p, _, _)| *p == part)
            .map(|(_, _, said)| said.clone())
            .unwrap_or_default()
    };
    all.into_iter()
        .map(|(part, path)| (path, said(&first, part), said(&second, part)))
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
    let texts = |said: &Said| {
        said.texts
            .iter()
            .map(|text| escape(text).replace('|', "\\|"))
            .collect::<Vec<_>>()
            .join("<br>")
    };
    let mark = |said: &Said| {
        said.mark
            .as_deref()
            .map(|mark| format!("*({})*", escape(mark).replace('|', "\\|")))
    };
    // A heading's mark follows it, as in single-language Markdown; a block's stands
    // over it, on a line of its own in the cell.
    let heading = |said: &Said| match mark(said) {
        Some(mark) => format!("{} {mark}", texts(said)),
        None => texts(said),
    };
    let cell = |said: &Said| match mark(said) {
        Some(mark) if !said.texts.is_empty() => format!("{mark}<br>{}", texts(said)),
        Some(_) | None => texts(said),
    };
    for &topic in &pair.topics {
        let mut block = None;
        for (path, first, second) in paired(pair, topic) {
            if path == "heading" {
                let level = if pair.whole { "##" } else { "#" };
                let _ = writeln!(out, "{level} {} / {}\n", heading(&first), heading(&second));
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
    /// For each language, in the order of `languages`: whether the topic is missing
    /// there and shown in English.
    fell_back: [bool; 2],
    pairs: Vec<JsonParts>,
}

#[derive(Serialize)]
struct JsonParts {
    /// Where the part is in a language file's topic (`blocks[0].rows[3]`).
    part: String,
    first: Vec<String>,
    second: Vec<String>,
    /// For each language, in the order of `languages`: whether its text was written
    /// for the project rather than taken from the language's own source article.
    translated: [bool; 2],
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
                fell_back: [pair.first, pair.second]
                    .map(|language| pair.library.topic(language, id).fell_back),
                pairs: paired(pair, id)
                    .into_iter()
                    .map(|(part, first, second)| JsonParts {
                        part,
                        translated: [first.translated, second.translated],
                        first: first.texts,
                        second: second.texts,
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&json).unwrap_or_default();
    out.push('\n');
    out
}
