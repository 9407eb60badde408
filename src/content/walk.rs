//! One walk over a topic's texts, each with where it sits. Validation, search, the
//! glossary's check and the tests read the texts through it, so none of them follows
//! the model's shape by hand; the spot also says which part of the laid-out topic a
//! text belongs to, which is how a place is kept across languages.

use super::align::BlockShape;
use super::model::{Block, Origin, Row, Text, Topic};

/// A comparison row's three cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cell {
    Aspect,
    Sales,
    Service,
}

impl Cell {
    pub const ALL: [Cell; 3] = [Cell::Aspect, Cell::Sales, Cell::Service];

    pub fn of(self, row: &Row) -> &Text {
        match self {
            Cell::Aspect => &row.aspect,
            Cell::Sales => &row.sales,
            Cell::Service => &row.service,
        }
    }

    /// The cell's field name in a language file.
    pub fn key(self) -> &'static str {
        match self {
            Cell::Aspect => "aspect",
            Cell::Sales => "sales",
            Cell::Service => "service",
        }
    }
}

/// Where a text sits in a topic. `block` counts the topic's blocks from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spot {
    /// The sidebar's label.
    Title,
    /// The longer heading over the text.
    Heading,
    /// The text of a heading, paragraph or example block.
    Text {
        block: usize,
    },
    Item {
        block: usize,
        item: usize,
    },
    /// A comparison's own column label.
    Label {
        block: usize,
        cell: Cell,
    },
    Cell {
        block: usize,
        row: usize,
        cell: Cell,
    },
}

/// A unit of a topic that keeps its identity in every language and at every width:
/// the heading, or one item or row of a block (a block of one text is one part).
/// Languages that give a topic the same shape have the same parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Heading,
    Block { block: usize, item: usize },
}

impl Spot {
    /// Where the text is in the topic's object of a language file, as a JSON path.
    pub fn path(self) -> String {
        match self {
            Spot::Title => "title".into(),
            Spot::Heading => "heading".into(),
            Spot::Text { block } => format!("blocks[{block}].text"),
            Spot::Item { block, item } => format!("blocks[{block}].items[{item}]"),
            Spot::Label { block, cell } => format!("blocks[{block}].labels.{}", cell.key()),
            Spot::Cell { block, row, cell } => {
                format!("blocks[{block}].rows[{row}].{}", cell.key())
            }
        }
    }

    /// Where the text's part is in the topic's object: the path of its row or item
    /// (`blocks[0].rows[3]`), of its block, or `heading` for the title and heading.
    pub fn part_path(self) -> String {
        match self {
            Spot::Title | Spot::Heading => "heading".into(),
            Spot::Text { block } => format!("blocks[{block}]"),
            Spot::Item { block, item } => format!("blocks[{block}].items[{item}]"),
            Spot::Label { block, .. } => format!("blocks[{block}].labels"),
            Spot::Cell { block, row, .. } => format!("blocks[{block}].rows[{row}]"),
        }
    }

    pub fn part(self) -> Part {
        match self {
            Spot::Title | Spot::Heading => Part::Heading,
            Spot::Text { block } | Spot::Label { block, .. } => Part::Block { block, item: 0 },
            Spot::Item { block, item } => Part::Block { block, item },
            Spot::Cell { block, row, .. } => Part::Block { block, item: row },
        }
    }
}

impl Topic {
    /// Every text of the topic in reading order: title, heading, then each block's.
    pub fn each_text<'t>(&'t self, mut visit: impl FnMut(Spot, &'t Text)) {
        visit(Spot::Title, &self.title);
        if let Some(heading) = &self.heading {
            visit(Spot::Heading, heading);
        }
        for (block, content) in self.blocks.iter().enumerate() {
            match content {
                Block::Heading { text, .. }
                | Block::Paragraph { text, .. }
                | Block::Example { text, .. } => visit(Spot::Text { block }, text),
                Block::List { items, .. } => {
                    for (item, text) in items.iter().enumerate() {
                        visit(Spot::Item { block, item }, text);
                    }
                }
                Block::Comparison { labels, rows, .. } => {
                    for cell in Cell::ALL {
                        if let Some(labels) = labels {
                            visit(Spot::Label { block, cell }, cell.of(labels));
                        }
                    }
                    for (row, content) in rows.iter().enumerate() {
                        for cell in Cell::ALL {
                            visit(Spot::Cell { block, row, cell }, cell.of(content));
                        }
                    }
                }
            }
        }
    }

    /// Where the text at `spot` comes from: its block's own origin, else the topic's;
    /// a comparison's aspects may have one of their own (`aspect_origin`).
    pub fn origin_of(&self, spot: Spot) -> Origin {
        let own = |n: usize| self.blocks.get(n).and_then(Block::origin);
        let aspect = |n: usize| match self.blocks.get(n) {
            Some(Block::Comparison { aspect_origin, .. }) => aspect_origin.or(own(n)),
            _ => own(n),
        };
        let origin = match spot {
            Spot::Title | Spot::Heading => None,
            Spot::Text { block } | Spot::Item { block, .. } => own(block),
            Spot::Label { block, cell } | Spot::Cell { block, cell, .. } => match cell {
                Cell::Aspect => aspect(block),
                Cell::Sales | Cell::Service => own(block),
            },
        };
        origin.unwrap_or(self.origin)
    }

    /// How many of the topic's texts are still the English, to be translated.
    pub fn untranslated(&self) -> usize {
        let mut count = 0;
        self.each_text(|spot, _| {
            count += usize::from(self.origin_of(spot) == Origin::Untranslated);
        });
        count
    }

    /// The texts of `each_text`, collected.
    pub fn texts(&self) -> Vec<(Spot, &Text)> {
        let mut texts = Vec::new();
        self.each_text(|spot, text| texts.push((spot, text)));
        texts
    }

    /// The kind and number of parts of each block: a language whose topic has the same
    /// shape as another's has parts that correspond one to one.
    pub fn shape(&self) -> Vec<BlockShape> {
        self.blocks.iter().map(BlockShape::of).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Library, TopicId};

    #[test]
    fn the_walk_visits_every_text_once_in_reading_order() {
        let library = Library::builtin().unwrap();
        let vi = library.find_language("vi").unwrap();
        let comparison = library.topic(vi, TopicId::Comparison).topic;
        let texts = comparison.texts();
        let Block::Comparison {
            labels: Some(labels),
            rows,
            ..
        } = &comparison.blocks[0]
        else {
            panic!("the Vietnamese table has its own labels")
        };
        // Title, heading, three labels, three cells a row.
        assert_eq!(texts.len(), 2 + 3 + 3 * rows.len());
        assert_eq!(texts[0], (Spot::Title, &comparison.title));
        assert_eq!(
            texts[2],
            (
                Spot::Label {
                    block: 0,
                    cell: Cell::Aspect
                },
                &labels.aspect
            )
        );
        let last = rows.len() - 1;
        assert_eq!(
            texts.last().unwrap(),
            &(
                Spot::Cell {
                    block: 0,
                    row: last,
                    cell: Cell::Service
                },
                &rows[last].service
            )
        );

        let en = library.english();
        let list = library.topic(en, TopicId::ComponentsOfSales).topic;
        let items: Vec<Spot> = list
            .texts()
            .into_iter()
            .map(|(spot, _)| spot)
            .filter(|spot| matches!(spot, Spot::Item { .. }))
            .collect();
        assert_eq!(
            items,
            (0..4)
                .map(|item| Spot::Item { block: 0, item })
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_spot_belongs_to_its_row_or_item() {
        assert_eq!(Spot::Title.part(), Part::Heading);
        assert_eq!(
            Spot::Cell {
                block: 2,
                row: 5,
                cell: Cell::Sales
            }
            .part(),
            Part::Block { block: 2, item: 5 }
        );
        assert_eq!(
            Spot::Label {
                block: 1,
                cell: Cell::Service
            }
            .part(),
            Part::Block { block: 1, item: 0 }
        );
        assert_eq!(
            Spot::Item { block: 0, item: 3 }.part(),
            Part::Block { block: 0, item: 3 }
        );
        assert!(Part::Heading < Part::Block { block: 0, item: 0 });
    }

    #[test]
    fn topics_of_the_same_shape_have_corresponding_parts() {
        let library = Library::builtin().unwrap();
        for id in [TopicId::Comparison, TopicId::ComponentsOfService] {
            let shapes: Vec<Vec<BlockShape>> = (0..library.languages().len())
                .map(|language| library.topic(language, id).topic.shape())
                .collect();
            assert!(shapes.windows(2).all(|pair| pair[0] == pair[1]), "{id}");
        }
        // A topic without its opening paragraph (as a translator's file may come) has
        // another shape.
        let mut shorter = library
            .topic(library.english(), TopicId::Overview)
            .topic
            .clone();
        let full = shorter.shape();
        shorter.blocks.remove(0);
        assert_ne!(shorter.shape(), full, "the shapes differ");
    }
}
