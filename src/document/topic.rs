//! A topic laid out: its heading with its tags, then each block — paragraphs and
//! headings wrapped by display width to a comfortable measure, examples set apart,
//! lists with hanging indents, comparisons (in `table`).

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::wrap::wrapping;
use super::{Document, TableLines};
use crate::content::{Block, ListStyle, Part, Shown, Text, UiText};
use crate::document::theme::Theme;

/// Prose wraps at most this wide however wide the pane: longer lines are hard to
/// follow back to their start. Tables may use the whole width.
pub const MEASURE: usize = 100;

/// How comparisons are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparisons {
    /// Side by side wherever the columns hold their words, else stacked.
    Fit,
    /// Always stacked: in a column of the parallel view, where the rows of two
    /// languages are set against each other.
    Stacked,
}

/// Lays out a topic: its heading line with its tags, then its blocks.
pub fn layout_topic(shown: Shown<'_>, ui: &UiText, width: u16, theme: &Theme) -> Document {
    layout_topic_with(shown, ui, width, theme, Comparisons::Fit)
}

/// `layout_topic`, with comparisons laid out as `comparisons` says.
pub fn layout_topic_with(
    shown: Shown<'_>,
    ui: &UiText,
    width: u16,
    theme: &Theme,
    comparisons: Comparisons,
) -> Document {
    let width = usize::from(width.max(1));
    let mut out = Writer::new(width, width.min(MEASURE), theme);
    out.comparisons = comparisons;
    out.heading_line(shown, ui);
    let heading = 0..out.lines.len();
    let mut subheadings = Vec::new();
    for (n, block) in shown.topic.blocks.iter().enumerate() {
        out.blank();
        out.start(Part::Block { block: n, item: 0 });
        if let Some(tag) = shown.topic.block_tag(block, ui) {
            out.tag_line(tag);
        }
        let start = out.lines.len();
        out.block(n, block, ui);
        if matches!(block, Block::Heading { .. }) {
            subheadings.push(start..out.lines.len());
        }
    }
    Document {
        lines: out.lines,
        parts: out.parts,
        tables: out.tables,
        heading,
        subheadings,
    }
}

/// A page built line by line and wrapped like a topic's text: the quiz's.
pub struct Page<'t> {
    out: Writer<'t>,
}

impl<'t> Page<'t> {
    pub fn new(width: u16, theme: &'t Theme) -> Page<'t> {
        let width = usize::from(width.max(1));
        Page {
            out: Writer::new(width, width.min(MEASURE), theme),
        }
    }

    pub fn blank(&mut self) {
        self.out.blank();
    }

    /// `text` wrapped to the measure.
    pub fn wrapped(&mut self, text: &str, style: Style) {
        self.out.wrapped(text, style);
    }

    /// `text` wrapped with a hanging indent: `first` before its first line, `rest`
    /// before the others.
    pub fn prefixed(
        &mut self,
        text: &str,
        first: Span<'static>,
        rest: Span<'static>,
        style: Style,
    ) {
        self.out.prefixed(text, first, rest, style);
    }

    /// A line as it is (keys, with their styles).
    pub fn line(&mut self, line: Line<'static>) {
        self.out.lines.push(line);
    }

    pub fn finish(self) -> Document {
        let heading = 0..self.out.lines.len().min(1);
        Document {
            lines: self.out.lines,
            parts: self.out.parts,
            tables: self.out.tables,
            heading,
            subheadings: Vec::new(),
        }
    }
}

pub(super) struct Writer<'t> {
    pub(super) lines: Vec<Line<'static>>,
    parts: Vec<(Part, usize)>,
    pub(super) tables: Vec<TableLines>,
    /// The pane's width, for tables.
    pub(super) width: usize,
    /// The width prose wraps to.
    measure: usize,
    pub(super) comparisons: Comparisons,
    pub(super) theme: &'t Theme,
}

impl<'t> Writer<'t> {
    /// A writer whose prose wraps to `measure` in a pane `width` wide, its parts to
    /// be started as it goes.
    pub(super) fn new(width: usize, measure: usize, theme: &'t Theme) -> Writer<'t> {
        Writer {
            lines: Vec::new(),
            parts: vec![(Part::Heading, 0)],
            tables: Vec::new(),
            width,
            measure,
            comparisons: Comparisons::Stacked,
            theme,
        }
    }
}

impl Writer<'_> {
    pub(super) fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    /// `part` starts at the next line.
    pub(super) fn start(&mut self, part: Part) {
        self.parts.push((part, self.lines.len()));
    }

    fn heading_line(&mut self, shown: Shown<'_>, ui: &UiText) {
        let tag = shown.tag(ui);
        self.wrapped(shown.topic.display_heading(), self.theme.heading);
        if let Some(tag) = tag {
            let tag = format!("[{tag}]");
            let last = self.lines.last_mut().map(|line| (line.width(), line));
            match last {
                Some((used, line)) if used + 2 + tag.width() <= self.measure => {
                    line.spans.push(Span::raw("  "));
                    line.spans.push(Span::styled(tag, self.theme.tag));
                }
                _ => self.wrapped(&tag, self.theme.tag),
            }
        }
    }

    pub(super) fn tag_line(&mut self, tag: &str) {
        self.wrapped(&format!("[{tag}]"), self.theme.tag);
    }

    fn block(&mut self, n: usize, block: &Block, ui: &UiText) {
        match block {
            Block::Heading { text, .. } => self.wrapped(text, self.theme.subheading),
            Block::Paragraph { text, .. } => self.wrapped(text, self.theme.text),
            Block::Example { text, .. } => {
                let bar = Span::styled("│ ", self.theme.muted);
                self.prefixed(text, bar.clone(), bar, self.theme.example);
            }
            Block::List { style, items, .. } => self.list(n, *style, items),
            Block::Comparison {
                labels,
                rows,
                aspect_origin,
                ..
            } => self.comparison(n, labels.as_ref(), rows, *aspect_origin, ui),
        }
    }

    fn list(&mut self, block: usize, style: ListStyle, items: &[Text]) {
        let number_width = items.len().to_string().len();
        for (item, text) in items.iter().enumerate() {
            if item > 0 {
                self.start(Part::Block { block, item });
            }
            let (first, rest) = match style {
                ListStyle::Bulleted => ("• ".to_owned(), "  ".to_owned()),
                ListStyle::Numbered => {
                    let label = format!("{:>number_width$}. ", item + 1);
                    let indent = " ".repeat(label.width());
                    (label, indent)
                }
            };
            self.prefixed(
                text,
                Span::styled(first, self.theme.muted),
                Span::raw(rest),
                self.theme.text,
            );
        }
    }

    /// Prose: wrapped to the measure.
    pub(super) fn wrapped(&mut self, text: &str, style: Style) {
        for line in textwrap::wrap(text, wrapping(self.measure)) {
            self.lines
                .push(Line::from(Span::styled(line.into_owned(), style)));
        }
    }

    /// Wraps `text` to the measure with a hanging indent: `first` before the first
    /// line, `rest` before the others. A pane too narrow for the indent gets the text
    /// without it.
    pub(super) fn prefixed(
        &mut self,
        text: &str,
        first: Span<'static>,
        rest: Span<'static>,
        style: Style,
    ) {
        if first.width().max(rest.width()) >= self.measure {
            self.wrapped(text, style);
            return;
        }
        let options = wrapping(self.measure)
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
}

#[cfg(test)]
mod tests {
    use super::super::tests::{document, text};
    use super::*;
    use crate::content::{Library, TopicId};

    #[test]
    fn no_line_is_wider_than_the_width() {
        let library = Library::builtin().unwrap();
        for (index, language) in library.languages().iter().enumerate() {
            for topic in TopicId::ALL {
                for width in [1, 2, 5, 20, 38, 59, 60, 61, 80, 96, 200] {
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
                    for line in text(&document) {
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
    fn prose_keeps_a_reading_measure_while_tables_use_the_width() {
        let prose = text(&document("en", TopicId::ImportanceOfService, 200));
        let widest = prose.iter().map(|line| line.width()).max().unwrap();
        assert!(
            (MEASURE - 15..=MEASURE).contains(&widest),
            "a paragraph at 200 columns wraps near {MEASURE}: {widest}"
        );
        let table = text(&document("en", TopicId::Comparison, 200));
        let widest = table.iter().map(|line| line.width()).max().unwrap();
        assert!(widest > 180, "the table spreads: {widest}");
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

    /// A block the source article lacks, written for the project, says so above it.
    #[test]
    fn a_block_written_for_the_project_is_tagged_above_it() {
        let lines = text(&document("vi", TopicId::WhatIsService, 60));
        let example = lines
            .iter()
            .position(|line| line.starts_with("│ Ví dụ"))
            .unwrap();
        assert_eq!(lines[example - 1], "[bản dịch]", "{lines:?}");
        assert_eq!(lines[example - 2], "", "set off from the text before it");
    }

    /// A heading's tag goes on the heading's last line wherever the two fit together.
    #[test]
    fn a_heading_tag_stays_on_the_heading_line_where_it_fits() {
        let library = Library::builtin().unwrap();
        let fr = library.find_language("fr").unwrap();
        let heading = library
            .topic(fr, TopicId::Comparison)
            .topic
            .display_heading();
        let together = format!("{heading}  [traduction]");
        for width in 20..=120 {
            let lines = text(&document("fr", TopicId::Comparison, width));
            let fits = together.width() <= usize::from(width).min(MEASURE);
            assert_eq!(lines[0] == together, fits, "{width}: {:?}", &lines[..2]);
        }
    }

    #[test]
    fn examples_are_set_apart_and_translations_are_tagged() {
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
        let written = text(&document("fr", TopicId::Comparison, 80));
        assert!(
            written[0].ends_with("[traduction]"),
            "a topic written for the project is tagged in its heading: {}",
            written[0]
        );
    }
}
