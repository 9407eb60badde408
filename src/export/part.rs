//! One part of a page as plain text, as `y` copies it from the explorer: a topic's
//! heading, paragraph, list item, or comparison row (its aspect over its two sides,
//! each labelled); in two languages, the part and its translation; a glossary's term
//! in every language.

use super::parallel::parts;
use crate::content::{Library, Part, TermId, align};
use crate::document::Side;
use crate::document::glossary::reading_order;

/// `part` of a topic as plain text, a line to each of its texts ("Main goal",
/// "Sales: Generate revenue…", "Service: Maintain…"); `None` where the topic has no
/// such part.
pub fn part_text(side: Side, part: Part) -> Option<String> {
    parts(side.shown, side.ui)
        .into_iter()
        .find(|(own, _, _)| *own == part)
        .map(|(_, _, said)| said.texts.join("\n"))
}

/// `part` of the first language's topic, then, after a blank line, its translation in
/// the second where the two topics pair it (`content::align`).
pub fn part_text_in_two(first: Side, second: Side, part: Part) -> Option<String> {
    let own = part_text(first, part)?;
    let translation = align(first.shown.topic, second.shown.topic)
        .into_iter()
        .find(|pairing| pairing.first() == Some(part))
        .and_then(|pairing| pairing.second())
        .and_then(|partner| part_text(second, partner));
    Some(match translation {
        Some(translation) => format!("{own}\n\n{translation}"),
        None => own,
    })
}

/// A glossary's term in every language, in the glossary's order (the reader's first,
/// the parallel view's second language next), each after its language's name:
/// "English: customer satisfaction", a line each.
pub fn term_text(library: &Library, reading: usize, second: Option<usize>, term: TermId) -> String {
    let separator = &library.language(reading).ui.label_separator;
    reading_order(library, reading, second)
        .into_iter()
        .filter_map(|language| {
            let entry = language.glossary.get(term)?;
            Some(format!("{}{separator}{}", language.name, entry.term))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
