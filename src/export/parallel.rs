//! Two languages of the article aligned, outside the explorer (`show --with`): as
//! text, the parallel view's own lines at a width; as Markdown, a two-column table per
//! block, a row per part; as JSON, the parts in pairs. Only a part's translation is
//! set beside it; a block without a partner has a side of its own. A translator can
//! hand it out.

use std::fmt::Write as _;

use ratatui::text::Line;
use serde::Serialize;

use super::{Headings, TITLE_RULE, escape, push_line, push_underlined, underline};
use crate::content::{
    Block, Cell, Library, Origin, Part, Shown, Spot, Topic, TopicId, UiText, align,
};
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
pub(super) struct Said {
    pub(super) texts: Vec<String>,
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
pub(super) fn parts(shown: Shown, ui: &UiText) -> Vec<(Part, String, Said)> {
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
    // The block's own tag, as single-language Markdown sets it: written for the
    // project, or still in English.
    if let Some(tag) = topic.block_tag(content, ui) {
        let translated = topic.is_translated_block(content);
        return (translated, first.then(|| tag.to_string()));
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

/// A part beside its partner, as printed: where each is in its language's file
/// (`blocks[0].rows[3]`; none where that side has no partner for it), and what each
/// says.
struct Paired {
    first_part: Option<String>,
    second_part: Option<String>,
    first: Said,
    second: Said,
    /// The block of each side, so a new block starts a new table.
    blocks: (Option<Part>, Option<Part>),
}

/// The parts of both languages in order, each beside its translation where the two
/// topics pair it (`content::align`), else on its own.
fn paired(pair: &Pair, topic: TopicId) -> Vec<Paired> {
    let [first, second] =
        [pair.first, pair.second].map(|language| pair.library.topic(language, topic));
    let [first_parts, second_parts] = [(pair.first, first), (pair.second, second)]
        .map(|(language, shown)| parts(shown, &pair.library.language(language).ui));
    let side = |parts: &[(Part, String, Said)], part: Option<Part>| {
        part.and_then(|part| parts.iter().find(|(p, _, _)| *p == part))
            .map(|(_, path, said)| (path.clone(), said.clone()))
    };
    let block_of = |part: Option<Part>| {
        part.map(|part| match part {
            Part::Heading => Part::Heading,
            Part::Block { block, .. } => Part::Block { block, item: 0 },
        })
    };
    align(first.topic, second.topic)
        .into_iter()
        .map(|pairing| {
            let (first_part, first_said) = side(&first_parts, pairing.first()).unzip();
            let (second_part, second_said) = side(&second_parts, pairing.second()).unzip();
            Paired {
                first_part,
                second_part,
                first: first_said.unwrap_or_default(),
                second: second_said.unwrap_or_default(),
                blocks: (block_of(pairing.first()), block_of(pairing.second())),
            }
        })
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
        for part in paired(pair, topic) {
            if part.blocks == (Some(Part::Heading), Some(Part::Heading)) {
                let level = if pair.whole { "##" } else { "#" };
                let (first, second) = (heading(&part.first), heading(&part.second));
                let _ = writeln!(out, "{level} {first} / {second}\n");
                continue;
            }
            // A new block, a new table.
            if Some(part.blocks) != block {
                if block.is_some() {
                    out.push('\n');
                }
                let _ = writeln!(out, "| {} | {} |\n|---|---|", names[0], names[1]);
                block = Some(part.blocks);
            }
            let _ = writeln!(out, "| {} | {} |", cell(&part.first), cell(&part.second));
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
    /// Where the part is in each language file's topic (`blocks[0].rows[3]`); null
    /// on the side that has no partner for it, whose texts are then empty.
    first_part: Option<String>,
    second_part: Option<String>,
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
                    .map(|part| JsonParts {
                        first_part: part.first_part,
                        second_part: part.second_part,
                        translated: [part.first.translated, part.second.translated],
                        first: part.first.texts,
                        second: part.second.texts,
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&json).unwrap_or_default();
    out.push('\n');
    out
}
#[cfg(test)]
mod tests {
    use super::*;

    /// The French overview in its source's shape alone: one paragraph, where English
    /// has four blocks (every built-in topic has English's shape; a translator's file
    /// may not).
    fn library() -> Library {
        crate::content::library_without_blocks("fr", TopicId::Overview, 1..4)
    }

    fn overview<'l>(library: &'l Library, first: &str, second: &str) -> Pair<'l> {
        Pair {
            library,
            first: library.find_language(first).unwrap(),
            second: library.find_language(second).unwrap(),
            topics: vec![TopicId::Overview],
            whole: false,
        }
    }

    /// The French overview has one paragraph, the English four blocks: the French
    /// paragraph is paired with the first English one, the rest stand alone.
    #[test]
    fn json_pairs_only_what_matches() {
        let library = library();
        let json: serde_json::Value =
            serde_json::from_str(&json(&overview(&library, "fr", "en"))).unwrap();
        let pairs = json["topics"][0]["pairs"].as_array().unwrap();
        let parts: Vec<(serde_json::Value, serde_json::Value)> = pairs
            .iter()
            .map(|pair| (pair["first_part"].clone(), pair["second_part"].clone()))
            .collect();
        let null = serde_json::Value::Null;
        assert_eq!(
            parts,
            vec![
                ("heading".into(), "heading".into()),
                ("blocks[0]".into(), "blocks[0]".into()),
                (null.clone(), "blocks[1]".into()),
                (null.clone(), "blocks[2]".into()),
                (null, "blocks[3]".into()),
            ]
        );
        for pair in &pairs[2..] {
            assert_eq!(pair["first"], serde_json::json!([]));
            assert_eq!(pair["second"].as_array().unwrap().len(), 1);
        }
    }

    #[test]
    fn markdown_gives_a_block_without_a_partner_a_table_of_its_own() {
        let library = library();
        let markdown = markdown(&overview(&library, "en", "fr"));
        let tables = markdown.matches("| English | Français |").count();
        assert_eq!(tables, 4, "{markdown}");
        let alone: Vec<&str> = markdown
            .lines()
            .filter(|line| line.starts_with("| ") && line.ends_with(" |  |"))
            .collect();
        assert_eq!(alone.len(), 3, "{markdown}");
    }

    /// A block still in English is told so beside its partner, as it is alone.
    #[test]
    fn markdown_tags_a_block_still_in_english() {
        let mut files = crate::content::builtin_files();
        let fr = files.iter_mut().find(|file| file.code == "fr").unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&fr.text).unwrap();
        let sales = value["topics"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|topic| topic["id"] == "what-is-sales")
            .unwrap();
        sales["blocks"][0]["origin"] = "untranslated".into();
        fr.text = serde_json::to_string(&value).unwrap().into();
        let library = Library::from_files(&files).unwrap();
        let mut pair = overview(&library, "fr", "en");
        pair.topics = vec![TopicId::WhatIsSales];
        let in_english = &library.language(pair.first).ui.in_english;
        let markdown = markdown(&pair);
        assert!(
            markdown.contains(&format!("| *({in_english})*<br>")),
            "{markdown}"
        );
    }
}
