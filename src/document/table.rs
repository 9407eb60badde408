//! Comparisons: side by side as a grid (each cell wrapped to its column, each row as
//! tall as its tallest cell) wherever every column can hold its longest word, else
//! stacked (each row's aspect, then its two sides labelled).

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::topic::{Comparisons, Writer};
use super::wrap::{longest_word, wrap};
use super::{TableLines, TableRow};
use crate::content::{Cell, Origin, Part, Row, UiText};

const COLUMN_GAP: &str = " │ ";

/// Narrower than this a side reads as a word or two a line: stacked reads better.
const MIN_SIDE: usize = 14;
const MIN_ASPECT: usize = 8;

impl Writer<'_> {
    pub(super) fn comparison(
        &mut self,
        block: usize,
        labels: Option<&Row>,
        rows: &[Row],
        aspect_origin: Option<Origin>,
        ui: &UiText,
    ) {
        // The aspect labels were written for the project (Estonian): say so where the
        // aspect column is named.
        let aspects_translated = aspect_origin == Some(Origin::Translation);
        let mut header = ui.header_row(labels);
        if aspects_translated {
            header.aspect = format!("{} [{}]", header.aspect, ui.translated).into();
        }
        let columns = match self.comparisons {
            Comparisons::Fit => Columns::fit(self.width, &header, rows),
            Comparisons::Stacked => None,
        };
        match columns {
            Some(columns) => self.side_by_side(block, &columns, &header, rows),
            None => self.stacked(block, &header, rows, aspects_translated, ui),
        }
    }

    fn side_by_side(&mut self, block: usize, columns: &Columns, header: &Row, rows: &[Row]) {
        let start = self.lines.len();
        self.grid_row(
            columns,
            header,
            [self.theme.aspect, self.theme.sales, self.theme.service],
        );
        self.lines.push(Line::from(Span::styled(
            columns.rule('━', '┿'),
            self.theme.rule,
        )));
        let header = start..self.lines.len();
        let mut table_rows = Vec::with_capacity(rows.len());
        for (item, row) in rows.iter().enumerate() {
            if item > 0 {
                self.lines.push(Line::from(Span::styled(
                    columns.rule('─', '┼'),
                    self.theme.rule,
                )));
                self.start(Part::Block { block, item });
            }
            let first = self.lines.len();
            let aspect_lines = self.grid_row(
                columns,
                row,
                [self.theme.aspect, self.theme.text, self.theme.text],
            );
            table_rows.push(TableRow {
                lines: first..self.lines.len(),
                aspect_lines,
            });
        }
        self.tables.push(TableLines {
            header,
            rows: table_rows,
            aspect_width: columns.aspect,
        });
    }

    /// One row of the grid; returns how many lines its aspect takes.
    fn grid_row(&mut self, columns: &Columns, row: &Row, styles: [Style; 3]) -> usize {
        let cells: [Vec<String>; 3] = [
            wrap(&row.aspect, columns.aspect),
            wrap(&row.sales, columns.sales),
            wrap(&row.service, columns.service),
        ];
        let height = cells.iter().map(Vec::len).max().unwrap_or(0);
        let widths = [columns.aspect, columns.sales, columns.service];
        for n in 0..height {
            let mut spans = Vec::with_capacity(5);
            for (column, cell) in cells.iter().enumerate() {
                if column > 0 {
                    spans.push(Span::styled(COLUMN_GAP, self.theme.rule));
                }
                let text = cell.get(n).map_or("", String::as_str);
                // Pad by display width so the next column starts where the eye expects.
                let padding = widths[column].saturating_sub(text.width());
                let padded = if column == 2 {
                    text.to_owned()
                } else {
                    format!("{text}{}", " ".repeat(padding))
                };
                spans.push(Span::styled(padded, styles[column]));
            }
            self.lines.push(Line::from(spans));
        }
        cells[0].len()
    }

    /// Each row's aspect, then its two sides labelled (label, the language's
    /// separator, text); the header row itself is shown only to say its aspect labels
    /// were written for the project.
    fn stacked(
        &mut self,
        block: usize,
        header: &Row,
        rows: &[Row],
        aspects_translated: bool,
        ui: &UiText,
    ) {
        if aspects_translated {
            self.wrapped(&header.aspect, self.theme.tag);
            self.blank();
        }
        for (item, row) in rows.iter().enumerate() {
            if item > 0 {
                self.lines.push(Line::from(Span::styled(
                    "─".repeat(self.width.min(24)),
                    self.theme.rule,
                )));
                self.start(Part::Block { block, item });
            }
            self.wrapped(&row.aspect, self.theme.aspect);
            for (label, text, style) in [
                (&header.sales, &row.sales, self.theme.sales),
                (&header.service, &row.service, self.theme.service),
            ] {
                let first = Span::styled(format!("{label}{}", ui.label_separator), style);
                self.prefixed(text, first, Span::raw("  "), self.theme.text);
            }
        }
    }
}

/// Display widths of the three columns of a side-by-side comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Columns {
    pub(super) aspect: usize,
    pub(super) sales: usize,
    pub(super) service: usize,
}

impl Columns {
    /// The columns for `width`, or `None` where some column could not hold its
    /// longest word (or a side would be too narrow to read): then the comparison is
    /// stacked.
    pub(super) fn fit(width: usize, header: &Row, rows: &[Row]) -> Option<Columns> {
        let all = || std::iter::once(header).chain(rows);
        let least = |min: usize, cell: Cell| {
            all()
                .map(|row| longest_word(cell.of(row)))
                .max()
                .unwrap_or(0)
                .max(min)
        };
        let aspect_least = least(MIN_ASPECT, Cell::Aspect);
        let sales_least = least(MIN_SIDE, Cell::Sales);
        let service_least = least(MIN_SIDE, Cell::Service);
        let available = width.checked_sub(2 * COLUMN_GAP.width())?;
        let sides = available.checked_sub(aspect_least)?;
        if sides < sales_least + service_least {
            return None;
        }
        // The aspect column is as wide as its longest label needs, up to a quarter of
        // the width, while the sides keep what they need; the sides share the rest.
        let longest_aspect = all().map(|row| row.aspect.width()).max().unwrap_or(0);
        let aspect = longest_aspect
            .min(available / 4)
            .min(available - sales_least - service_least)
            .max(aspect_least);
        let sides = available - aspect;
        let sales = (sides / 2).clamp(sales_least, sides - service_least);
        Some(Columns {
            aspect,
            sales,
            service: sides - sales,
        })
    }

    fn rule(&self, line: char, cross: char) -> String {
        let segment = |n: usize| line.to_string().repeat(n);
        format!(
            "{}{line}{cross}{line}{}{line}{cross}{line}{}",
            segment(self.aspect),
            segment(self.sales),
            segment(self.service)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{document, text};
    use super::*;
    use crate::content::{Block, Library, TopicId};

    fn comparison<'a>(library: &'a Library, code: &str, topic: TopicId) -> (Row, &'a [Row]) {
        let language = library.find_language(code).unwrap();
        let ui = &library.language(language).ui;
        let block = library
            .topic(language, topic)
            .topic
            .blocks
            .iter()
            .find(|block| matches!(block, Block::Comparison { .. }))
            .unwrap();
        let Block::Comparison {
            labels,
            rows,
            aspect_origin,
            ..
        } = block
        else {
            unreachable!()
        };
        let mut header = ui.header_row(labels.as_ref());
        if *aspect_origin == Some(Origin::Translation) {
            header.aspect = format!("{} [{}]", header.aspect, ui.translated).into();
        }
        (header, rows)
    }

    const COMPARISONS: [TopicId; 3] = [
        TopicId::Differences,
        TopicId::Comparison,
        TopicId::KeyDifferences,
    ];

    /// At 80x24 with the sidebar shown the text is 59 columns wide: every comparison
    /// of every language is side by side there.
    #[test]
    fn every_comparison_is_side_by_side_in_59_columns() {
        let library = Library::builtin().unwrap();
        for language in library.languages() {
            for topic in COMPARISONS {
                let (header, rows) = comparison(&library, &language.code, topic);
                assert!(
                    Columns::fit(59, &header, rows).is_some(),
                    "{} {topic}",
                    language.code
                );
            }
        }
    }

    #[test]
    fn no_column_splits_a_word_and_narrow_ones_stack() {
        let library = Library::builtin().unwrap();
        for language in library.languages() {
            for topic in COMPARISONS {
                let (header, rows) = comparison(&library, &language.code, topic);
                for width in 20..=200 {
                    let Some(columns) = Columns::fit(width, &header, rows) else {
                        continue;
                    };
                    assert_eq!(
                        columns.aspect + columns.sales + columns.service + 6,
                        width,
                        "the columns fill the width"
                    );
                    for row in std::iter::once(&header).chain(rows) {
                        for (cell, column) in [
                            (&row.aspect, columns.aspect),
                            (&row.sales, columns.sales),
                            (&row.service, columns.service),
                        ] {
                            assert!(
                                longest_word(cell) <= column,
                                "{} {topic} at {width}: «{cell}» in {column}",
                                language.code
                            );
                        }
                    }
                    assert!(columns.sales >= MIN_SIDE && columns.service >= MIN_SIDE);
                }
                assert_eq!(Columns::fit(30, &header, rows), None, "stacked at 30");
            }
        }
    }

    #[test]
    fn side_by_side_cells_stay_in_their_columns() {
        let lines = text(&document("vi", TopicId::Comparison, 80));
        let grid: Vec<&String> = lines.iter().filter(|line| line.contains('│')).collect();
        assert!(grid.len() > 16, "the table is drawn as a grid");
        let columns = |line: &str| -> Vec<usize> {
            let mut at = Vec::new();
            let mut width = 0;
            for c in line.chars() {
                if c == '│' {
                    at.push(width);
                }
                width += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            }
            at
        };
        let first = columns(grid[0]);
        assert_eq!(first.len(), 2);
        for line in &grid {
            assert_eq!(
                columns(line),
                first,
                "separators line up in display columns: {line}"
            );
        }
        assert!(
            lines
                .iter()
                .any(|line| line.starts_with("Mục tiêu chính") && line.contains("Tạo doanh thu")),
            "a row's cells share a line"
        );
    }

    #[test]
    fn each_row_is_as_tall_as_its_tallest_cell() {
        let library = Library::builtin().unwrap();
        let (header, rows) = comparison(&library, "vi", TopicId::Comparison);
        let columns = Columns::fit(80, &header, rows).unwrap();
        let document = document("vi", TopicId::Comparison, 80);
        let table = &document.tables[0];
        assert_eq!(table.rows.len(), rows.len());
        for (n, (row, lines)) in rows.iter().zip(&table.rows).enumerate() {
            let cells = [
                wrap(&row.aspect, columns.aspect),
                wrap(&row.sales, columns.sales),
                wrap(&row.service, columns.service),
            ];
            let tallest = cells.iter().map(Vec::len).max().unwrap();
            assert_eq!(lines.lines.len(), tallest, "row {n}");
            assert_eq!(lines.aspect_lines, cells[0].len(), "row {n}");
            assert_eq!(
                document
                    .part_lines(Part::Block { block: 0, item: n })
                    .map(|l| l.start),
                Some(if n == 0 {
                    table.header.start
                } else {
                    lines.lines.start
                }),
                "row {n} is a part of its own"
            );
        }
    }

    #[test]
    fn narrow_comparisons_stack_the_sides_under_the_aspect() {
        let lines = text(&document("en", TopicId::Differences, 40));
        assert!(
            !lines.iter().any(|line| line.contains('│')),
            "no grid at 40 columns"
        );
        let purpose = lines
            .iter()
            .position(|line| line == "Purpose")
            .expect("the aspect on a line of its own");
        assert!(lines[purpose + 1].starts_with("Sales: The main aim of"));
        assert!(
            lines
                .iter()
                .skip(purpose)
                .any(|line| line.starts_with("Service: Service, on the other"))
        );
        let wide = text(&document("en", TopicId::Differences, 59));
        assert!(
            wide.iter().any(|line| line.contains('│')),
            "a grid at 59 columns"
        );
    }

    /// Wherever the view starts inside a row, the row's aspect is on its first lines
    /// shown, whole: "Skills and qualities" never shows as "qualities".
    #[test]
    fn the_top_rows_aspect_is_readable_at_every_scroll() {
        let library = Library::builtin().unwrap();
        for language in library.languages() {
            for topic in COMPARISONS {
                for width in [59, 80, 120] {
                    let document = document(&language.code, topic, width);
                    let lines = text(&document);
                    for table in &document.tables {
                        for scroll in table.header.start..table.end() {
                            let shown = document.shown_lines(scroll, 12);
                            let top = document.text_start(scroll);
                            let Some(row) = table.row_at(top) else {
                                continue;
                            };
                            let aspect = |line: usize| {
                                lines[line]
                                    .split('│')
                                    .next()
                                    .unwrap_or("")
                                    .trim()
                                    .to_owned()
                            };
                            let first = shown.iter().position(|s| s.line == top).unwrap();
                            let visible = (row.lines.end - top).min(shown.len() - first);
                            let seen: Vec<String> = shown[first..first + visible]
                                .iter()
                                .take(row.aspect_lines)
                                .map(|s| aspect(s.aspect.map_or(s.line, |repeated| repeated.line)))
                                .collect();
                            let whole: Vec<String> = (0..row.aspect_lines.min(visible))
                                .map(|n| aspect(row.lines.start + n))
                                .collect();
                            assert_eq!(
                                seen, whole,
                                "{} {topic} at {width}, scroll {scroll}",
                                language.code
                            );
                            // Repeated only inside a row, on the row's own lines, and
                            // marked cut where the row ends before its aspect does.
                            let left = row.lines.end - top;
                            let repeated: Vec<bool> = shown
                                .iter()
                                .filter_map(|s| s.aspect)
                                .map(|a| a.cut)
                                .collect();
                            let expected = if row.lines.start < top {
                                row.aspect_lines.min(left).min(shown.len() - first)
                            } else {
                                0
                            };
                            let cut = (0..expected)
                                .map(|n| n + 1 == left && left < row.aspect_lines)
                                .collect::<Vec<_>>();
                            assert_eq!(
                                repeated, cut,
                                "{} {topic} at {width}, scroll {scroll}: repeated and cut",
                                language.code
                            );
                        }
                    }
                }
            }
        }
    }
}
