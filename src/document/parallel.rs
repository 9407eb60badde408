//! A topic in two languages, aligned part by part: the heading, each block, each item
//! of a list and each row of a comparison start on the same line on both sides (the
//! shorter padded), so the eye moves straight across; comparisons are stacked in each
//! column, row against row. Only a part's translation is set beside it: where the two
//! topics' blocks differ, a block without a partner stands alone. Where two columns
//! would be too narrow to read, the parts are interleaved instead: each in the first
//! language, then in the second, set apart.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::Document;
use super::topic::{Comparisons, layout_topic_with};
use crate::content::{Pairing, Part, Shown, UiText, align};
use crate::document::theme::Theme;

/// A column narrower than this reads a few words a line: the parts are interleaved.
pub const PARALLEL_MIN: usize = 30;

const GAP: &str = " │ ";
/// Before each line of the second language, interleaved.
const SET_APART: &str = "┆ ";

/// One language's side: its topic and its words.
#[derive(Clone, Copy)]
pub struct Side<'s> {
    pub shown: Shown<'s>,
    pub ui: &'s UiText,
}

/// `left` and `right` laid out together in `width` columns. Only parts that are each
/// other's translation are set beside each other (`content::align`): a part the other
/// language's topic has no partner for stands on its own, the other column blank.
/// The document's parts are the first language's, so a place in it is a place in the
/// first language's text; a part only the second has belongs to the part before it.
pub fn layout_parallel(left: Side, right: Side, width: u16, theme: &Theme) -> Document {
    let width = usize::from(width.max(1));
    let columns = width.saturating_sub(GAP.width());
    let left_width = columns / 2;
    let lay_out = |side: Side, width: usize| {
        let width = u16::try_from(width).unwrap_or(u16::MAX);
        layout_topic_with(side.shown, side.ui, width, theme, Comparisons::Stacked)
    };
    let pairings = align(left.shown.topic, right.shown.topic);
    if left_width >= PARALLEL_MIN {
        let first = lay_out(left, left_width);
        let second = lay_out(right, columns - left_width);
        aligned(&first, &second, &pairings, left_width, theme)
    } else {
        let first = lay_out(left, width);
        let second = lay_out(right, width.saturating_sub(SET_APART.width()));
        interleaved(&first, &second, &pairings, theme)
    }
}

fn aligned(
    first: &Document,
    second: &Document,
    pairings: &[Pairing],
    left_width: usize,
    theme: &Theme,
) -> Document {
    let mut lines = Vec::new();
    let mut parts = Vec::new();
    let line = |left: Option<&Line<'static>>, right: Option<&Line<'static>>| {
        let mut spans: Vec<Span<'static>> = Vec::new();
        let used = left.map_or(0, |line| {
            spans.extend(line.spans.iter().cloned());
            line.width()
        });
        spans.push(Span::raw(" ".repeat(left_width.saturating_sub(used))));
        spans.push(Span::styled(GAP, theme.rule));
        if let Some(line) = right {
            spans.extend(line.spans.iter().cloned());
        }
        Line::from(spans)
    };
    for pairing in pairings {
        if let Some(part) = pairing.first() {
            parts.push((part, lines.len()));
        }
        let left = Lines::of(first, pairing.first());
        let right = Lines::of(second, pairing.second());
        // The text of the part padded to the longer side, then what sets it off from
        // the next part (a blank line, a rule between rows) on one line again.
        for n in 0..left.text.len().max(right.text.len()) {
            lines.push(line(left.text.get(n).copied(), right.text.get(n).copied()));
        }
        for n in 0..left.after.len().max(right.after.len()) {
            lines.push(line(
                left.after.get(n).copied(),
                right.after.get(n).copied(),
            ));
        }
    }
    let heading = 0..first.heading.len().max(second.heading.len());
    Document {
        lines,
        parts,
        tables: Vec::new(),
        heading,
        subheadings: Vec::new(),
    }
}

/// A part's lines on one side: its text, and the blank lines and rules after it.
/// Empty where the side has no part here.
struct Lines<'d> {
    text: Vec<&'d Line<'static>>,
    after: Vec<&'d Line<'static>>,
}

impl<'d> Lines<'d> {
    fn of(document: &'d Document, part: Option<Part>) -> Lines<'d> {
        let lines: Vec<&Line<'static>> = part
            .and_then(|part| document.part_lines(part))
            .map_or_else(Vec::new, |range| document.lines[range].iter().collect());
        let is_separator = |line: &&&Line| {
            line.spans
                .iter()
                .all(|span| span.content.chars().all(|c| c == ' ' || c == '─'))
        };
        let text = lines.len() - lines.iter().rev().take_while(is_separator).count();
        let (text, after) = lines.split_at(text);
        Lines {
            text: text.to_vec(),
            after: after.to_vec(),
        }
    }
}

fn interleaved(
    first: &Document,
    second: &Document,
    pairings: &[Pairing],
    theme: &Theme,
) -> Document {
    let mut lines = Vec::new();
    let mut parts = Vec::new();
    let range = |document: &Document, part: Option<Part>| {
        part.and_then(|part| document.part_lines(part))
            .unwrap_or(0..0)
    };
    for pairing in pairings {
        if let Some(part) = pairing.first() {
            parts.push((part, lines.len()));
        }
        let left = range(first, pairing.first());
        let right = range(second, pairing.second());
        lines.extend(left.map(|line| first.lines[line].clone()));
        for line in right.map(|line| &second.lines[line]) {
            if line.width() == 0 {
                lines.push(Line::default());
                continue;
            }
            let mut spans = vec![Span::styled(SET_APART, theme.muted)];
            spans.extend(line.spans.iter().cloned());
            lines.push(Line::from(spans));
        }
    }
    Document {
        lines,
        parts,
        tables: Vec::new(),
        heading: first.heading.clone(),
        subheadings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Library, TopicId};

    fn parallel(
        library: &Library,
        left: &str,
        right: &str,
        topic: TopicId,
        width: u16,
    ) -> Document {
        let side = |code: &str| {
            let language = library.find_language(code).unwrap();
            Side {
                shown: library.topic(language, topic),
                ui: &library.language(language).ui,
            }
        };
        layout_parallel(side(left), side(right), width, &Theme::mono())
    }

    fn text(line: &Line) -> String {
        crate::document::plain(line)
    }

    /// Every part starts on the same line on both sides: where the gap is, the left
    /// side's first line of the part is the line of the right side's.
    #[test]
    fn every_part_starts_on_the_same_line_for_every_pair_and_topic() {
        let library = Library::builtin().unwrap();
        let codes: Vec<String> = library
            .languages()
            .iter()
            .map(|l| l.code.to_string())
            .collect();
        for left in &codes {
            for right in codes.iter().filter(|right| *right != left) {
                for topic in TopicId::ALL {
                    let width = 120;
                    let document = parallel(&library, left, right, topic, width);
                    let side = |code: &str| {
                        let language = library.find_language(code).unwrap();
                        layout_topic_with(
                            library.topic(language, topic),
                            &library.language(language).ui,
                            (width - 3) / 2 + u16::from(code == right.as_str()),
                            &Theme::mono(),
                            Comparisons::Stacked,
                        )
                    };
                    let (first, second) = (side(left), side(right));
                    let topics = [left, right].map(|code| {
                        library
                            .topic(library.find_language(code).unwrap(), topic)
                            .topic
                    });
                    for pairing in align(topics[0], topics[1]) {
                        let Some(part) = pairing.first() else {
                            continue;
                        };
                        let start = document.part_lines(part).unwrap().start;
                        let line = text(&document.lines[start]);
                        let (left_text, right_text) = line.split_once(GAP).unwrap();
                        let starts = |document: &Document, part: Option<Part>| {
                            part.map_or(String::new(), |part| {
                                let lines = document.part_lines(part).unwrap();
                                text(&document.lines[lines.start])
                            })
                        };
                        assert_eq!(
                            left_text.trim_end(),
                            starts(&first, Some(part)).trim_end(),
                            "{left} | {right}, {topic}, {pairing:?}"
                        );
                        assert_eq!(
                            right_text.trim_end(),
                            starts(&second, pairing.second()).trim_end(),
                            "{left} | {right}, {topic}, {pairing:?}"
                        );
                    }
                    for line in &document.lines {
                        assert!(line.width() <= usize::from(width));
                        assert!(text(line).contains(GAP), "one column rule all the way");
                    }
                }
            }
        }
    }

    /// The overviews differ (the English has four blocks, the French one paragraph):
    /// the French paragraph is beside the first English one, and the other English
    /// blocks stand alone, the French column blank beside them.
    #[test]
    fn blocks_without_a_partner_stand_alone() {
        // The French overview in its source's shape: one paragraph, English four.
        let library = crate::content::library_without_blocks("fr", TopicId::Overview, 1..4);
        let en = library.topic(library.english(), TopicId::Overview).topic;
        assert_eq!(en.blocks.len(), 4);
        let document = parallel(&library, "en", "fr", TopicId::Overview, 160);
        let lines: Vec<String> = document.lines.iter().map(text).collect();
        let right_of = |part: Part| {
            let lines = document.part_lines(part).unwrap();
            document.lines[lines]
                .iter()
                .map(|line| text(line).split_once(GAP).unwrap().1.trim().to_owned())
                .collect::<Vec<_>>()
        };
        assert!(
            !right_of(Part::Block { block: 0, item: 0 })[0].is_empty(),
            "{lines:#?}"
        );
        for block in 1..4 {
            let right = right_of(Part::Block { block, item: 0 });
            assert!(
                right.iter().all(String::is_empty),
                "block {block} alone: {lines:#?}"
            );
        }
        // The other way round, the English blocks without a partner come after the
        // French paragraph's, on their own, and the French parts are the document's.
        let document = parallel(&library, "fr", "en", TopicId::Overview, 160);
        assert_eq!(
            document
                .parts
                .iter()
                .map(|(part, _)| *part)
                .collect::<Vec<_>>(),
            vec![Part::Heading, Part::Block { block: 0, item: 0 }]
        );
        let lines: Vec<String> = document.lines.iter().map(text).collect();
        let alone = lines
            .iter()
            .filter(|line| {
                let (left, right) = line.split_once(GAP).unwrap();
                left.trim().is_empty() && !right.trim().is_empty()
            })
            .count();
        assert!(alone > 3, "{lines:#?}");
        let narrow = parallel(&library, "fr", "en", TopicId::Overview, 59);
        assert_eq!(
            narrow.parts,
            vec![
                (Part::Heading, 0),
                (Part::Block { block: 0, item: 0 }, narrow.parts[1].1)
            ]
        );
    }

    #[test]
    fn comparison_rows_align_stacked_in_each_column() {
        let library = Library::builtin().unwrap();
        let document = parallel(&library, "vi", "is", TopicId::Comparison, 160);
        assert!(
            document.tables.is_empty(),
            "no grid: stacked in each column"
        );
        for row in 0..8 {
            let start = document
                .part_lines(Part::Block {
                    block: 0,
                    item: row,
                })
                .unwrap()
                .start;
            let line = text(&document.lines[start]);
            let (vi, is) = line.split_once(GAP).unwrap();
            assert!(!vi.trim().is_empty() && !is.trim().is_empty(), "{line}");
        }
        let first_row = text(
            &document.lines[document
                .part_lines(Part::Block { block: 0, item: 0 })
                .unwrap()
                .start],
        );
        assert!(first_row.contains("Mục tiêu chính"), "{first_row}");
    }

    #[test]
    fn narrow_columns_interleave_each_part_in_both_languages() {
        let library = Library::builtin().unwrap();
        let document = parallel(&library, "fr", "en", TopicId::ComponentsOfSales, 59);
        let lines: Vec<String> = document.lines.iter().map(text).collect();
        assert!(
            !lines.iter().any(|line| line.contains(GAP)),
            "no columns at 59"
        );
        let french = lines
            .iter()
            .position(|line| line.starts_with("1. "))
            .unwrap();
        let english = lines
            .iter()
            .position(|line| line.starts_with("┆ 1. Prospecting"))
            .unwrap();
        let second_french = lines
            .iter()
            .position(|line| line.starts_with("2. "))
            .unwrap();
        assert!(french < english && english < second_french, "{lines:#?}");
        for (part, start) in &document.parts {
            assert!(
                !lines[*start].starts_with(SET_APART),
                "{part:?} starts in the first language"
            );
        }
        assert!(lines.iter().all(|line| line.width() <= 59));
    }
}
