//! Which parts of a topic in one language go with which in another. Two languages
//! whose topic has the same blocks (the same kinds, and lists and comparisons of the
//! same length) correspond part for part: that is the content's own statement, and
//! `check` warns where a language's topic differs from the English. Where they
//! differ, only the blocks that match are paired — the longest run of blocks of the
//! same kind and length in the same order on both sides — and every other block is
//! shown on its own, never beside a partner that is not its translation.

use std::fmt;

use super::model::{Block, BlockKind, Topic};
use super::walk::Part;

/// A part of the first language's topic and its partner in the second's; where one
/// side has no partner, the other stands on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pairing {
    Both(Part, Part),
    First(Part),
    Second(Part),
}

impl Pairing {
    pub fn first(self) -> Option<Part> {
        match self {
            Pairing::Both(part, _) | Pairing::First(part) => Some(part),
            Pairing::Second(_) => None,
        }
    }

    pub fn second(self) -> Option<Part> {
        match self {
            Pairing::Both(_, part) | Pairing::Second(part) => Some(part),
            Pairing::First(_) => None,
        }
    }
}

/// What a block is as far as pairing goes: its kind and how many parts it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockShape {
    pub kind: BlockKind,
    pub parts: usize,
}

impl BlockShape {
    pub fn of(block: &Block) -> BlockShape {
        let parts = match block {
            Block::Heading { .. } | Block::Paragraph { .. } | Block::Example { .. } => 1,
            Block::List { items, .. } => items.len(),
            Block::Comparison { rows, .. } => rows.len(),
        };
        BlockShape {
            kind: block.kind(),
            parts,
        }
    }
}

impl fmt::Display for BlockShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        match self.kind {
            BlockKind::List => write!(f, "list of {}", plural(self.parts, "item", "items")),
            BlockKind::Comparison => {
                write!(f, "comparison of {}", plural(self.parts, "row", "rows"))
            }
            kind @ (BlockKind::Heading | BlockKind::Paragraph | BlockKind::Example) => {
                write!(f, "{kind}")
            }
        }
    }
}

/// A topic's shape in words: "paragraph, list of 4 items, comparison of 8 rows".
pub fn describe(shape: &[BlockShape]) -> String {
    let blocks: Vec<String> = shape.iter().map(ToString::to_string).collect();
    blocks.join(", ")
}

/// The parts of `first` and `second` in reading order, each beside its partner where
/// it has one. The headings always pair.
pub fn align(first: &Topic, second: &Topic) -> Vec<Pairing> {
    let (a, b) = (first.shape(), second.shape());
    let mut pairings = vec![Pairing::Both(Part::Heading, Part::Heading)];
    let parts = |block: usize, shape: BlockShape| {
        (0..shape.parts).map(move |item| Part::Block { block, item })
    };
    for step in matching_blocks(&a, &b) {
        match step {
            Step::Both(i, j) => pairings.extend(
                parts(i, a[i])
                    .zip(parts(j, b[j]))
                    .map(|(left, right)| Pairing::Both(left, right)),
            ),
            Step::First(i) => pairings.extend(parts(i, a[i]).map(Pairing::First)),
            Step::Second(j) => pairings.extend(parts(j, b[j]).map(Pairing::Second)),
        }
    }
    pairings
}

enum Step {
    Both(usize, usize),
    First(usize),
    Second(usize),
}

/// The blocks of `a` and `b` in order, paired along a longest common subsequence of
/// equal shapes; between two pairs, the first language's unpaired blocks come before
/// the second's. Equal shapes (the usual case, and the only one at scale) are paired
/// one to one without building the table.
fn matching_blocks(a: &[BlockShape], b: &[BlockShape]) -> Vec<Step> {
    if a == b {
        return (0..a.len()).map(|i| Step::Both(i, i)).collect();
    }
    // longest[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    let columns = b.len() + 1;
    let mut longest = vec![0usize; (a.len() + 1) * columns];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            longest[i * columns + j] = if a[i] == b[j] {
                longest[(i + 1) * columns + j + 1] + 1
            } else {
                longest[(i + 1) * columns + j].max(longest[i * columns + j + 1])
            };
        }
    }
    let at = |i: usize, j: usize| longest[i * columns + j];
    let mut steps = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] && at(i, j) == at(i + 1, j + 1) + 1 {
            steps.push(Step::Both(i, j));
            i += 1;
            j += 1;
        } else if at(i + 1, j) >= at(i, j + 1) {
            steps.push(Step::First(i));
            i += 1;
        } else {
            steps.push(Step::Second(j));
            j += 1;
        }
    }
    steps.extend((i..a.len()).map(Step::First));
    steps.extend((j..b.len()).map(Step::Second));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Library, ListStyle, Origin, Text, TopicId};

    fn topic(blocks: Vec<Block>) -> Topic {
        Topic {
            id: TopicId::Overview,
            title: "t".into(),
            heading: None,
            origin: Origin::Source,
            blocks,
        }
    }

    fn paragraph() -> Block {
        Block::Paragraph {
            text: "p".into(),
            origin: None,
        }
    }

    fn list(items: usize) -> Block {
        Block::List {
            style: ListStyle::Bulleted,
            items: (0..items).map(|n| Text::from(n.to_string())).collect(),
            origin: None,
        }
    }

    fn block(block: usize, item: usize) -> Part {
        Part::Block { block, item }
    }

    #[test]
    fn the_same_shape_pairs_every_part_with_its_own() {
        let library = Library::builtin().unwrap();
        let en = library.topic(library.english(), TopicId::Comparison).topic;
        let fr = library
            .topic(library.find_language("fr").unwrap(), TopicId::Comparison)
            .topic;
        let pairings = align(en, fr);
        assert_eq!(pairings.len(), 1 + 8);
        for pairing in pairings {
            assert!(
                matches!(pairing, Pairing::Both(a, b) if a == b),
                "{pairing:?}"
            );
        }
    }

    #[test]
    fn a_list_of_another_length_stands_on_its_own() {
        let first = topic(vec![paragraph(), list(3), paragraph()]);
        let second = topic(vec![paragraph(), list(4), paragraph()]);
        let pairings = align(&first, &second);
        let mut expected = vec![
            Pairing::Both(Part::Heading, Part::Heading),
            Pairing::Both(block(0, 0), block(0, 0)),
        ];
        expected.extend((0..3).map(|item| Pairing::First(block(1, item))));
        expected.extend((0..4).map(|item| Pairing::Second(block(1, item))));
        expected.push(Pairing::Both(block(2, 0), block(2, 0)));
        assert_eq!(pairings, expected);
    }

    #[test]
    fn a_block_one_side_lacks_leaves_the_others_paired_in_order() {
        let heading = || Block::Heading {
            text: "h".into(),
            origin: None,
        };
        // The English overview against the Vietnamese: one paragraph fewer.
        let first = topic(vec![paragraph(), paragraph(), heading(), paragraph()]);
        let second = topic(vec![paragraph(), heading(), paragraph()]);
        assert_eq!(
            align(&first, &second),
            vec![
                Pairing::Both(Part::Heading, Part::Heading),
                Pairing::Both(block(0, 0), block(0, 0)),
                Pairing::First(block(1, 0)),
                Pairing::Both(block(2, 0), block(1, 0)),
                Pairing::Both(block(3, 0), block(2, 0)),
            ]
        );
        // The other way round, the same pairs.
        let back: Vec<Pairing> = align(&second, &first)
            .into_iter()
            .map(|pairing| match pairing {
                Pairing::Both(a, b) => Pairing::Both(b, a),
                Pairing::First(a) => Pairing::Second(a),
                Pairing::Second(b) => Pairing::First(b),
            })
            .collect();
        assert_eq!(back, align(&first, &second));
    }

    #[test]
    fn shapes_are_told_in_words() {
        let shape = topic(vec![paragraph(), list(1), list(4)]).shape();
        assert_eq!(
            describe(&shape),
            "paragraph, list of 1 item, list of 4 items"
        );
    }
}
