//! From a topic's blocks and a width to styled lines: wrapping by display width,
//! hanging indents, and comparisons as a side-by-side grid (each cell wrapped to its
//! column, each row as tall as its tallest cell) or, when narrow, stacked.
//!
//! Pure: the explorer's detail pane and the `show` command print the same lines.

use std::ops::Range;

use ratatui::text::{Line, Span};
use textwrap::Options;
use unicode_width::UnicodeWidthStr;

use crate::content::{Block, ListStyle, Origin, Row, Shown, Text, UiText};
use crate::theme::Theme;

/// Below this width a comparison is stacked: three columns of under 20 columns each
/// read worse than one column.
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 60;

const COLUMN_GAP: &str = " │ ";

/// The text of one topic, laid out for one width.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lines: Vec<Line<'static>>,
    /// Where each side-by-side table is, so the screen can keep a table's column
    /// labels in view while its rows scroll under them.
    pub tables: Vec<TableLines>,
    /// The lines of the topic's heading (with its tag), and of each heading block:
    /// plain text, which has no bold, underlines them.
    pub heading: Range<usize>,
    pub subheadings: Vec<Range<usize>>,
}

/// The lines of one side-by-side table: its header (labels and rule), then its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableLines {
    pub header: Range<usize>,
    /// The thin rules between rows.
    pub rules: Vec<usize>,
    pub end: usize,
}

impl Document {
    pub fn empty() -> Document {
        Document {
            lines: Vec::new(),
            tables: Vec::new(),
            heading: 0..0,
            subheadings: Vec::new(),
        }
    }

    pub fn height(&self) -> usize {
        self.lines.len()
    }

    /// The header to pin at the top of a pane showing the document from line `scroll`:
    /// that of the table whose labels have scrolled away while enough of its rows
    /// are still in view to be worth labelling.
    pub fn pinned_header(&self, scroll: usize) -> Option<Range<usize>> {
        self.pinned_table(scroll).map(|table| table.header.clone())
    }

    fn pinned_table(&self, scroll: usize) -> Option<&TableLines> {
        self.tables
            .iter()
            .find(|table| table.header.start < scroll && scroll + table.header.len() < table.end)
    }

    /// The lines a pane `height` lines tall shows from line `scroll`, top to bottom:
    /// the pinned labels of a table, if any, then the text under them. A rule between
    /// rows that would come right under the labels' own rule is left out: two rules
    /// in a row read as an empty row.
    pub fn shown_lines(&self, scroll: usize, height: usize) -> impl Iterator<Item = usize> {
        let (pinned, text) = match self.pinned_table(scroll) {
            Some(table) => {
                let text = scroll + table.header.len();
                (
                    table.header.clone(),
                    text + usize::from(table.rules.contains(&text)),
                )
            }
            None => (0..0, scroll),
        };
        pinned
            .chain(text.min(self.lines.len())..self.lines.len())
            .take(height)
    }
}

/// Lays out a topic: its heading line with its tags, then its blocks.
pub fn layout_topic(shown: Shown<'_>, ui: &UiText, width: u16, theme: &Theme) -> Document {
    let width = usize::from(width.max(1));
    let mut out = Writer {
        lines: Vec::new(),
        tables: Vec::new(),
        width,
        theme,
    };
    out.heading_line(shown, ui);
    let heading = 0..out.lines.len();
    let mut subheadings = Vec::new();
    for block in &shown.topic.blocks {
        out.blank();
        if shown.topic.is_translated_block(block) {
            out.tag_line(&ui.translated);
        }
        let start = out.lines.len();
        out.block(block, ui);
        if matches!(block, Block::Heading { .. }) {
            subheadings.push(start..out.lines.len());
        }
    }
    Document {
        lines: out.lines,
        tables: out.tables,
        heading,
        subheadings,
    }
}

struct Writer<'t> {
    lines: Vec<Line<'static>>,
    tables: Vec<TableLines>,
    width: usize,
    theme: &'t Theme,
}

impl Writer<'_> {
    fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    fn heading_line(&mut self, shown: Shown<'_>, ui: &UiText) {
        let tag = shown.tag(ui);
        self.wrapped(shown.topic.display_heading(), self.theme.heading);
        if let Some(tag) = tag {
            let tag = format!("[{tag}]");
            let last = self.lines.last_mut().map(|line| (line.width(), line));
            match last {
                Some((used, line)) if used + 2 + tag.width() <= self.width => {
                    line.spans.push(Span::raw("  "));
                    line.spans.push(Span::styled(tag, self.theme.tag));
                }
                _ => self.wrapped(&tag, self.theme.tag),
            }
        }
    }

    fn tag_line(&mut self, tag: &str) {
        self.wrapped(&format!("[{tag}]"), self.theme.tag);
    }

    fn block(&mut self, block: &Block, ui: &UiText) {
        match block {
            Block::Heading { text, .. } => self.wrapped(text, self.theme.subheading),
            Block::Paragraph { text, .. } => self.wrapped(text, self.theme.text),
            Block::Example { text, .. } => {
                let bar = Span::styled("│ ", self.theme.muted);
                self.prefixed(text, bar.clone(), bar, self.theme.example);
            }
            Block::List { style, items, .. } => self.list(*style, items),
            Block::Comparison {
                labels,
                rows,
                aspect_origin,
                ..
            } => {
                // The aspect labels were written for the project (Estonian): say so
                // where the aspect column is named.
                let aspects_translated = *aspect_origin == Some(Origin::Translation);
                let mut header = ui.header_row(labels.as_ref());
                if aspects_translated {
                    header.aspect = format!("{} [{}]", header.aspect, ui.translated).into();
                }
                if self.width >= usize::from(SIDE_BY_SIDE_MIN_WIDTH) {
                    self.side_by_side(&header, rows);
                } else {
                    self.stacked(&header, rows, aspects_translated, &ui.label_separator);
                }
            }
        }
    }

    fn list(&mut self, style: ListStyle, items: &[Text]) {
        let number_width = items.len().to_string().len();
        for (n, item) in items.iter().enumerate() {
            let (first, rest) = match style {
                ListStyle::Bulleted => ("• ".to_owned(), "  ".to_owned()),
                ListStyle::Numbered => {
                    let label = format!("{:>number_width$}. ", n + 1);
                    let indent = " ".repeat(label.width());
                    (label, indent)
                }
            };
            self.prefixed(
                item,
                Span::styled(first, self.theme.muted),
                Span::raw(rest),
                self.theme.text,
            );
        }
    }

    fn wrapped(&mut self, text: &str, style: ratatui::style::Style) {
        for line in textwrap::wrap(text, wrapping(self.width)) {
            self.lines
                .push(Line::from(Span::styled(line.into_owned(), style)));
        }
    }

    /// Wraps `text` with a hanging indent: `first` before the first line, `rest` before
    /// the others. A pane too narrow for the indent gets the text without it.
    fn prefixed(
        &mut self,
        text: &str,
        first: Span<'static>,
        rest: Span<'static>,
        style: ratatui::style::Style,
    ) {
        if first.width().max(rest.width()) >= self.width {
            self.wrapped(text, style);
            return;
        }
        let options = wrapping(self.width)
            .initial_indent(&first.content)
            .subsequent_indent(&rest.content);
        for (n, line) in textwrap::wrap(text, options).into_iter().enumerate() {
            let prefix = if n == 0 { &first } else { &rest };
            let body = line
                .strip_prefix(prefix.content.as_ref())
                .unwrap_or(&line)
                .to_owned();
            self.lines
                .push(Line::from(vec![prefix.clone(), Span::styled(body, style)]));
        }
    }

    fn side_by_side(&mut self, header: &Row, rows: &[Row]) {
        let columns = Columns::fit(self.width, header, rows);
        let start = self.lines.len();
        self.grid_row(
            &columns,
            header,
            [self.theme.aspect, self.theme.sales, self.theme.service],
        );
        self.lines.push(Line::from(Span::styled(
            columns.rule('━', '┿'),
            self.theme.rule,
        )));
        let header = start..self.lines.len();
        let mut rules = Vec::with_capacity(rows.len().saturating_sub(1));
        for (n, row) in rows.iter().enumerate() {
            if n > 0 {
                rules.push(self.lines.len());
                self.lines.push(Line::from(Span::styled(
                    columns.rule('─', '┼'),
                    self.theme.rule,
                )));
            }
            self.grid_row(
                &columns,
                row,
                [self.theme.aspect, self.theme.text, self.theme.text],
            );
        }
        self.tables.push(TableLines {
            header,
            rules,
            end: self.lines.len(),
        });
    }

    fn grid_row(&mut self, columns: &Columns, row: &Row, styles: [ratatui::style::Style; 3]) {
        let cells: [Vec<String>; 3] = [
            wrap_cell(&row.aspect, columns.aspect),
            wrap_cell(&row.sales, columns.sales),
            wrap_cell(&row.service, columns.service),
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
    }

    /// Each row's aspect, then its two sides labelled (label, `separator`, text); the
    /// header row itself is shown only to say its aspect labels were written for the
    /// project.
    fn stacked(&mut self, header: &Row, rows: &[Row], aspects_translated: bool, separator: &str) {
        if aspects_translated {
            self.wrapped(&header.aspect, self.theme.tag);
            self.blank();
        }
        for (n, row) in rows.iter().enumerate() {
            if n > 0 {
                self.lines.push(Line::from(Span::styled(
                    "─".repeat(self.width.min(24)),
                    self.theme.rule,
                )));
            }
            self.wrapped(&row.aspect, self.theme.aspect);
            for (label, text, style) in [
                (&header.sales, &row.sales, self.theme.sales),
                (&header.service, &row.service, self.theme.service),
            ] {
                let first = Span::styled(format!("{label}{separator}"), style);
                self.prefixed(text, first, Span::raw("  "), self.theme.text);
            }
        }
    }
}

/// Greedy wrapping, the fill readers know from `less`; optimal fit balances lines a
/// little better at twice the cost of laying out a topic.
fn wrapping(width: usize) -> Options<'static> {
    Options::new(width.max(1)).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
}

fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, wrapping(width))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// Display widths of the three columns of a side-by-side comparison.
struct Columns {
    aspect: usize,
    sales: usize,
    service: usize,
}

impl Columns {
    fn fit(width: usize, header: &Row, rows: &[Row]) -> Columns {
        let available = width.saturating_sub(2 * COLUMN_GAP.width());
        // The aspect column is as wide as its longest label needs, up to a quarter of
        // the width; the two sides share the rest equally.
        let longest = std::iter::once(header)
            .chain(rows)
            .map(|row| row.aspect.width())
            .max()
            .unwrap_or(0);
        let aspect = longest.clamp(8, (available / 4).max(8)).min(available / 3);
        let sides = available.saturating_sub(aspect);
        let sales = sides / 2;
        Columns {
            aspect,
            sales,
            service: sides - sales,
        }
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
    use super::*;
    use crate::content::{Library, TopicId};

    /// The lines as plain text, to compare with what a reader sees.
    fn plain_lines(document: &Document) -> impl Iterator<Item = String> + '_ {
        document.lines.iter().map(|line| {
            let text: String = line
                .spans
                .iter()
                .map(|span| span.content.as_ref())
                .collect();
            text.trim_end().to_owned()
        })
    }

    fn document(code: &str, topic: TopicId, width: u16) -> Document {
        let library = Library::builtin().unwrap();
        let language = library.find_language(code).unwrap();
        layout_topic(
            library.topic(language, topic),
            &library.language(language).ui,
            width,
            &Theme::mono(),
        )
    }

    fn text(document: &Document) -> Vec<String> {
        plain_lines(document).collect()
    }

    #[test]
    fn no_line_is_wider_than_the_width() {
        let library = Library::builtin().unwrap();
        for (index, language) in library.languages().iter().enumerate() {
            for topic in TopicId::ALL {
                for width in [1, 2, 5, 20, 38, 59, 60, 61, 96, 200] {
                    let document = layout_topic(
                        library.topic(index, topic),
                        &language.ui,
                        width,
                        &Theme::mono(),
                    );
                    for line in &document.lines {
                        assert!(
                            line.width() <= usize::from(width),
                            "{} {topic} at {width}: {line:?}",
                            language.code
                        );
                    }
                }
            }
        }
    }

    /// French sets a space before : ; ! ? and ». The Unicode line-break rules keep such
    /// a mark on the line of its word; splitting words at spaces alone would start
    /// lines with it.
    #[test]
    fn no_line_or_cell_starts_with_a_mark_that_follows_its_word() {
        let library = Library::builtin().unwrap();
        for (index, language) in library.languages().iter().enumerate() {
            for topic in TopicId::ALL {
                for width in (20..=100).step_by(3) {
                    let document = layout_topic(
                        library.topic(index, topic),
                        &language.ui,
                        width,
                        &Theme::mono(),
                    );
                    for line in plain_lines(&document) {
                        for cell in line.split(['│', '┃']) {
                            let start = cell.trim_start().chars().next();
                            assert!(
                                !matches!(start, Some(':' | ';' | '!' | '?' | '»')),
                                "{} {topic} at {width}: {line:?}",
                                language.code
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn paragraphs_wrap_by_display_width_not_bytes() {
        // Vietnamese has many two- and three-byte letters: wrapping by bytes would
        // break lines far too early.
        let lines = text(&document("vi", TopicId::ImportanceOfSales, 40));
        let widest = lines.iter().map(|line| line.width()).max().unwrap();
        assert!(
            (36..=40).contains(&widest),
            "lines fill the width: {widest}"
        );
        assert!(
            lines.iter().any(|line| line.len() > 40),
            "some lines are longer in bytes than in columns"
        );
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
        let vi = library.find_language("vi").unwrap();
        let Block::Comparison {
            labels: Some(labels),
            rows,
            ..
        } = &library.topic(vi, TopicId::Comparison).topic.blocks[0]
        else {
            panic!("the Vietnamese table is a comparison with its own labels")
        };
        let columns = Columns::fit(80, labels, rows);
        let lines = text(&document("vi", TopicId::Comparison, 80));
        // Row n's lines lie between the n-th and (n+1)-th rule lines.
        let rules: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, line)| line.contains('┿') || line.contains('┼'))
            .map(|(n, _)| n)
            .collect();
        assert_eq!(rules.len(), rows.len());
        for (n, row) in rows.iter().enumerate() {
            let tallest = [
                wrap_cell(&row.aspect, columns.aspect),
                wrap_cell(&row.sales, columns.sales),
                wrap_cell(&row.service, columns.service),
            ]
            .iter()
            .map(Vec::len)
            .max()
            .unwrap();
            let end = rules.get(n + 1).copied().unwrap_or(lines.len());
            assert_eq!(end - rules[n] - 1, tallest, "row {n}");
        }
    }

    #[test]
    fn a_rule_between_rows_never_sits_under_the_pinned_rule() {
        for (code, width) in [("en", 100), ("vi", 80), ("fr", 61)] {
            let document = document(code, TopicId::Comparison, width);
            let lines = text(&document);
            let is_rule = |index: usize| lines[index].starts_with(['─', '━']);
            let mut pinned_with_a_rule_under_it = 0;
            for scroll in 0..document.height() {
                let shown: Vec<usize> = document.shown_lines(scroll, 12).collect();
                if scroll + 13 <= document.height() {
                    assert_eq!(shown.len(), 12, "a full pane at {scroll}");
                }
                for pair in shown.windows(2) {
                    assert!(
                        !(is_rule(pair[0]) && is_rule(pair[1])),
                        "{code} at {width}, scrolled to {scroll}: two rules in a row"
                    );
                }
                if let Some(header) = document.pinned_header(scroll) {
                    assert_eq!(shown[..header.len()], header.clone().collect::<Vec<_>>());
                    pinned_with_a_rule_under_it += usize::from(is_rule(scroll + header.len()));
                }
            }
            assert!(
                pinned_with_a_rule_under_it > 0,
                "{code} at {width}: some scroll puts a row's rule under the labels"
            );
        }
    }

    #[test]
    fn a_table_knows_its_header_and_when_to_pin_it() {
        let wide = document("vi", TopicId::Comparison, 80);
        assert_eq!(wide.tables.len(), 1);
        let table = &wide.tables[0];
        assert_eq!(table.header.len(), 2, "the labels and the rule under them");
        assert!(
            plain_lines(&wide)
                .nth(table.header.start)
                .unwrap()
                .starts_with("Đặc tính")
        );
        assert_eq!(wide.pinned_header(0), None, "the labels are in view");
        assert_eq!(wide.pinned_header(table.header.start), None);
        assert_eq!(
            wide.pinned_header(table.header.start + 1),
            Some(table.header.clone())
        );
        assert_eq!(wide.pinned_header(table.end), None, "past the table");
        let stacked = document("vi", TopicId::Comparison, 50);
        assert!(
            stacked.tables.is_empty(),
            "a stacked comparison has no labels to pin"
        );
    }

    #[test]
    fn narrow_comparisons_stack_the_sides_under_the_aspect() {
        let lines = text(&document("en", TopicId::Differences, 50));
        assert!(
            !lines.iter().any(|line| line.contains('│')),
            "no grid under 60 columns"
        );
        let purpose = lines
            .iter()
            .position(|line| line == "Purpose")
            .expect("the aspect on a line of its own");
        assert!(lines[purpose + 1].starts_with("Sales: The main aim of sales"));
        assert!(
            lines
                .iter()
                .skip(purpose)
                .any(|line| line.starts_with("Service: Service, on the other hand"))
        );
        let wide = text(&document("en", TopicId::Differences, 60));
        assert!(
            wide.iter().any(|line| line.contains('│')),
            "a grid from 60 columns"
        );
    }

    #[test]
    fn lists_hang_their_continuation_lines() {
        let lines = text(&document("en", TopicId::ComponentsOfSales, 40));
        let first = lines
            .iter()
            .position(|line| line.starts_with("1. Prospecting"))
            .unwrap();
        assert!(lines[first + 1].starts_with("   ") && !lines[first + 1].starts_with("    "));
        let bullets = text(&document("en", TopicId::Similarities, 40));
        assert!(bullets.iter().any(|line| line.starts_with("• Both sales")));
        assert!(
            bullets
                .iter()
                .any(|line| line.starts_with("  ") && !line.starts_with("   "))
        );
    }

    #[test]
    fn examples_are_set_apart_and_fallbacks_and_translations_are_tagged() {
        let lines = text(&document("en", TopicId::WhatIsSales, 60));
        assert!(
            lines
                .iter()
                .any(|line| line.starts_with("│ For example, when a house"))
        );
        assert_eq!(lines[0], "What is sales?", "English is never tagged");
        let estonian = text(&document("et", TopicId::Differences, 80));
        assert!(
            estonian.iter().any(|line| line.contains("Aspekt [")),
            "written aspect labels are tagged: {estonian:?}"
        );
    }
}
