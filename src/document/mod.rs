//! Text laid out for a width: styled lines, and what the screen needs to know about
//! them — where each part of the topic starts (so a place survives a language switch
//! and a re-wrap), where each side-by-side table is (so its labels can stay in view).
//!
//! Pure: the explorer's detail pane and the `show` command print the same lines.

pub(crate) mod ellipsis;
pub(crate) mod glossary;
pub(crate) mod help;
mod parallel;
pub mod quiz;
mod table;
pub mod theme;
mod topic;
pub(crate) mod wrap;

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::content::Part;

pub use parallel::{Side, layout_parallel};
pub use topic::{Page, layout_topic};

/// The text of one topic, laid out for one width.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lines: Vec<Line<'static>>,
    /// Where each part of the topic starts, in order; a part's lines run to the next
    /// part's first line.
    pub parts: Vec<(Part, usize)>,
    /// Where each side-by-side table is, so the screen can keep a table's column
    /// labels in view while its rows scroll under them.
    pub tables: Vec<TableLines>,
    /// The lines of the topic's heading (with its tag), and of each heading block:
    /// plain text, which has no bold, underlines them.
    pub heading: Range<usize>,
    pub subheadings: Vec<Range<usize>>,
}

/// The lines of one side-by-side table: its header (labels and rule), then its rows,
/// each but the first after a thin rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableLines {
    pub header: Range<usize>,
    pub rows: Vec<TableRow>,
    /// The display width of the aspect column, at the start of each line.
    pub aspect_width: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub lines: Range<usize>,
    /// How many of its first lines the row's aspect takes.
    pub aspect_lines: usize,
}

impl TableLines {
    fn end(&self) -> usize {
        self.rows
            .last()
            .map_or(self.header.end, |row| row.lines.end)
    }

    /// Whether `line` is the thin rule above a row.
    fn is_rule(&self, line: usize) -> bool {
        self.rows
            .iter()
            .skip(1)
            .any(|row| row.lines.start == line + 1)
    }

    fn row_at(&self, line: usize) -> Option<&TableRow> {
        self.rows.iter().find(|row| row.lines.contains(&line))
    }
}

/// Where a reader is in a text, in terms that survive re-wrapping and a change of
/// language: the part at the top of the view and how far into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `line` lines into `part`, which was `of` lines tall where the line was counted.
    In { part: Part, line: usize, of: usize },
    /// The end of the text, which stays the end however it is wrapped.
    End,
}

impl Anchor {
    pub const TOP: Anchor = Anchor::In {
        part: Part::Heading,
        line: 0,
        of: 1,
    };
}

/// One line of a pane, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownLine {
    pub line: usize,
    /// Drawn over the line's aspect column: the view starts inside a row whose aspect
    /// has scrolled away, so its aspect is repeated.
    pub aspect: Option<RepeatedAspect>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepeatedAspect {
    /// The line of the row that holds this line of its aspect.
    pub line: usize,
    /// The aspect column's display width.
    pub width: usize,
    /// The aspect goes on beyond the lines the row still shows: it is cut here.
    pub cut: bool,
}

impl Document {
    pub fn empty() -> Document {
        Document {
            lines: Vec::new(),
            parts: Vec::new(),
            tables: Vec::new(),
            heading: 0..0,
            subheadings: Vec::new(),
        }
    }

    pub fn height(&self) -> usize {
        self.lines.len()
    }

    /// The lines of `part`, if the document has it.
    pub fn part_lines(&self, part: Part) -> Option<Range<usize>> {
        let index = self.parts.iter().position(|(p, _)| *p == part)?;
        Some(self.part_range(index))
    }

    fn part_range(&self, index: usize) -> Range<usize> {
        let start = self.parts[index].1;
        let end = self
            .parts
            .get(index + 1)
            .map_or(self.lines.len(), |(_, next)| *next);
        start..end.max(start)
    }

    /// The part `line` belongs to, and its lines.
    pub fn part_at(&self, line: usize) -> (Part, Range<usize>) {
        let index = self
            .parts
            .partition_point(|(_, start)| *start <= line)
            .saturating_sub(1);
        match self.parts.get(index) {
            Some((part, _)) => (*part, self.part_range(index)),
            None => (Part::Heading, 0..self.lines.len()),
        }
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
            .find(|table| table.header.start < scroll && scroll + table.header.len() < table.end())
    }

    /// The first line of text a pane shows from `scroll`: pinned labels cover the
    /// lines under them, and a rule that would come right under the labels' own rule
    /// is left out (two rules in a row read as an empty row).
    pub fn text_start(&self, scroll: usize) -> usize {
        match self.pinned_table(scroll) {
            Some(table) => {
                let text = scroll + table.header.len();
                text + usize::from(table.is_rule(text))
            }
            None => scroll,
        }
    }

    /// The smallest scroll whose text starts at `line` (or, where pinned labels make
    /// that impossible, just after it).
    pub fn scroll_for_text(&self, line: usize) -> usize {
        let covered = self
            .tables
            .iter()
            .map(|table| table.header.len() + 1)
            .max()
            .unwrap_or(0);
        (line.saturating_sub(covered)..=line)
            .find(|&scroll| self.text_start(scroll) >= line)
            .unwrap_or(line)
    }

    /// The scroll `lines` views on from `scroll` (back, if negative), within
    /// `0..=max`. A view is what a pane shows: under pinned labels, two scrolls can show
    /// the same text (the rule they would uncover is left out), and a line's step must
    /// never be one that changes nothing.
    pub fn step(&self, scroll: usize, lines: isize, max: usize) -> usize {
        let mut scroll = scroll.min(max);
        for _ in 0..lines.unsigned_abs() {
            let top = self.text_start(scroll);
            if lines > 0 {
                match (scroll + 1..=max).find(|&next| self.text_start(next) != top) {
                    Some(next) => scroll = next,
                    None => return max,
                }
            } else {
                // The first scroll of the view before this one.
                let Some(previous) = (0..scroll).rev().find(|&s| self.text_start(s) != top) else {
                    return 0;
                };
                let start = self.text_start(previous);
                scroll = (0..=previous)
                    .rev()
                    .take_while(|&earlier| self.text_start(earlier) == start)
                    .last()
                    .unwrap_or(previous);
            }
        }
        scroll
    }

    /// The scroll that moves the text by about `lines` lines from `scroll` (back, if
    /// negative), within `0..=max`, and by at least one view.
    pub fn scroll_text(&self, scroll: usize, lines: isize, max: usize) -> usize {
        let top = self.text_start(scroll);
        let moved = self
            .scroll_for_text(top.saturating_add_signed(lines))
            .min(max);
        // Down, the text asked for starts below `top` unless the end comes first, and
        // there a step would stop too. Up, labels pinned over the line asked for can
        // hold the view where it was: then it goes back a view.
        if lines < 0 && self.text_start(moved) >= top {
            self.step(scroll, -1, max)
        } else {
            moved
        }
    }

    /// A page on from `scroll` in a pane `height` lines tall: the last line shown
    /// becomes the first, as in `less`.
    pub fn page_down(&self, scroll: usize, height: usize, max: usize) -> usize {
        let top = self.text_start(scroll);
        let last = self.last_shown(scroll, height).unwrap_or(top);
        let lines = isize::try_from(last.saturating_sub(top).max(1)).unwrap_or(1);
        self.scroll_text(scroll, lines, max)
    }

    /// A page back: the first line shown becomes the last.
    pub fn page_up(&self, scroll: usize, height: usize) -> usize {
        let top = self.text_start(scroll);
        // The last line shown only grows with the scroll: the earliest scroll whose
        // page reaches down to `top`.
        let (mut low, mut high) = (0, scroll);
        while low < high {
            let middle = low + (high - low) / 2;
            if self
                .last_shown(middle, height)
                .is_some_and(|last| last < top)
            {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low.min(scroll.saturating_sub(1))
    }

    fn last_shown(&self, scroll: usize, height: usize) -> Option<usize> {
        self.shown_lines(scroll, height)
            .last()
            .map(|shown| shown.line)
    }

    /// The scroll that shows `anchor` at the top, at most `max`.
    pub fn scroll_for(&self, anchor: Anchor, max: usize) -> usize {
        match anchor {
            Anchor::End => max,
            Anchor::In { part, line, of } => {
                let Some(lines) = self.part_lines(part) else {
                    return 0;
                };
                // An anchor's line is inside its part (`line < of`), so this is too.
                let line = line * lines.len() / of.max(1);
                self.scroll_for_text(lines.start + line).min(max)
            }
        }
    }

    /// The anchor of the view from `scroll`, where `max` is the pane's last scroll.
    pub fn anchor_at(&self, scroll: usize, max: usize) -> Anchor {
        if max > 0 && scroll >= max {
            return Anchor::End;
        }
        let top = self.text_start(scroll);
        let (part, lines) = self.part_at(top);
        Anchor::In {
            part,
            line: top.saturating_sub(lines.start),
            of: lines.len().max(1),
        }
    }

    /// The lines a pane `height` lines tall shows from line `scroll`, top to bottom:
    /// the pinned labels of a table, if any, then the text under them. Where the text
    /// starts inside a row whose aspect has scrolled away, the aspect is repeated on
    /// the row's first lines shown, so a row is never seen without its name.
    pub fn shown_lines(&self, scroll: usize, height: usize) -> Vec<ShownLine> {
        let plain = |line| ShownLine { line, aspect: None };
        let pinned = self
            .pinned_table(scroll)
            .map_or(0..0, |table| table.header.clone());
        let text = self.text_start(scroll).min(self.lines.len());
        let mut shown: Vec<ShownLine> = pinned
            .chain(text..self.lines.len())
            .take(height)
            .map(plain)
            .collect();
        let inside_a_row = self.tables.iter().find_map(|table| {
            table
                .row_at(text)
                .filter(|row| row.lines.start < text)
                .map(|row| (table, row))
        });
        if let Some((table, row)) = inside_a_row {
            let first = shown
                .iter()
                .position(|shown| shown.line == text)
                .unwrap_or(0);
            let visible = row.lines.end - text;
            let repeated = row.aspect_lines.min(visible);
            for (n, shown) in shown.iter_mut().skip(first).take(repeated).enumerate() {
                shown.aspect = Some(RepeatedAspect {
                    line: row.lines.start + n,
                    width: table.aspect_width,
                    cut: n + 1 == visible && visible < row.aspect_lines,
                });
            }
        }
        shown
    }
}

/// `text` in spans, the `ranges` in the `highlight` style.
pub fn marked(
    text: &str,
    ranges: &[Range<usize>],
    base: Style,
    highlight: Style,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for range in ranges {
        if range.start > at {
            spans.push(Span::styled(text[at..range.start].to_owned(), base));
        }
        spans.push(Span::styled(text[range.clone()].to_owned(), highlight));
        at = range.end;
    }
    if at < text.len() {
        spans.push(Span::styled(text[at..].to_owned(), base));
    }
    spans
}

/// A line's text without its styles: what a search looks in, and what a test reads.
pub fn plain(line: &Line) -> String {
    line.spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Library, TopicId};
    use crate::document::theme::Theme;

    pub(super) fn document(code: &str, topic: TopicId, width: u16) -> Document {
        let library = Library::builtin().unwrap();
        let language = library.find_language(code).unwrap();
        layout_topic(
            library.topic(language, topic),
            &library.language(language).ui,
            width,
            &Theme::mono(),
        )
    }

    /// The lines as plain text, to compare with what a reader sees.
    pub(super) fn text(document: &Document) -> Vec<String> {
        document
            .lines
            .iter()
            .map(|line| plain(line).trim_end().to_owned())
            .collect()
    }

    #[test]
    fn parts_start_where_their_text_does() {
        let document = document("en", TopicId::ComponentsOfSales, 60);
        let lines = text(&document);
        assert_eq!(document.parts[0], (Part::Heading, 0));
        let item = |n| {
            let start = document
                .part_lines(Part::Block { block: 0, item: n })
                .unwrap()
                .start;
            lines[start].clone()
        };
        assert!(item(0).starts_with("1. Prospecting"), "{}", item(0));
        assert!(item(3).starts_with("4."), "{}", item(3));
        let (part, range) = document.part_at(document.height() - 1);
        assert_eq!(part, Part::Block { block: 0, item: 3 });
        assert_eq!(range.end, document.height());
    }

    /// Every part is found where it starts, the heading included.
    #[test]
    fn each_part_is_found_at_its_own_lines() {
        let document = document("fr", TopicId::Comparison, 80);
        assert!(document.parts.len() > 2);
        for (index, &(part, start)) in document.parts.iter().enumerate() {
            let lines = document.part_lines(part).unwrap();
            assert_eq!(lines.start, start, "{part:?}");
            assert_eq!(lines, document.part_range(index), "{part:?}");
        }
        assert_eq!(document.part_lines(Part::Block { block: 9, item: 0 }), None);
    }

    /// The labels are pinned from the first scroll that hides them for as long as a
    /// line of rows shows under them, and the text then starts under the labels.
    #[test]
    fn labels_are_pinned_while_rows_show_under_them() {
        let document = document("en", TopicId::Comparison, 80);
        let table = &document.tables[0];
        let (header, end) = (table.header.clone(), table.end());
        assert!(header.len() >= 2);
        assert_eq!(document.pinned_header(header.start), None, "labels in view");
        let last = end - header.len() - 1;
        for scroll in header.start + 1..=last {
            assert_eq!(
                document.pinned_header(scroll),
                Some(header.clone()),
                "{scroll}"
            );
            let text = document.text_start(scroll);
            let under = scroll + header.len();
            assert!(
                text == under || (text == under + 1 && table.is_rule(under)),
                "scroll {scroll}: text at {text}, labels down to {under}"
            );
        }
        assert_eq!(
            document.pinned_header(last + 1),
            None,
            "no row left to label"
        );
        assert_eq!(document.text_start(last + 1), last + 1);
    }

    #[test]
    fn an_anchor_comes_back_to_the_line_it_was_taken_at() {
        for (code, topic, width) in [
            ("vi", TopicId::Comparison, 80),
            ("en", TopicId::Differences, 50),
            ("fr", TopicId::WhatIsService, 40),
        ] {
            let document = document(code, topic, width);
            let max = document.height().saturating_sub(10);
            for scroll in 0..max {
                let anchor = document.anchor_at(scroll, max);
                let back = document.scroll_for(anchor, max);
                assert_eq!(
                    document.text_start(back),
                    document.text_start(scroll),
                    "{code} {topic} at {width}, scroll {scroll}: {anchor:?}"
                );
            }
            assert_eq!(document.anchor_at(max, max), Anchor::End);
            assert_eq!(document.scroll_for(Anchor::End, max), max);
            assert_eq!(document.scroll_for(Anchor::TOP, max), 0);
        }
    }

    /// Each line's step shows something new, down to the end and back up to the top,
    /// through every view in between.
    #[test]
    fn a_line_step_always_moves_the_text() {
        for (code, width, pane) in [
            ("vi", 59, 10),
            ("en", 100, 12),
            ("et", 80, 9),
            ("is", 59, 20),
        ] {
            let document = document(code, TopicId::Comparison, width);
            let max = document.height() - pane;
            let mut scroll = 0;
            let mut tops = vec![document.text_start(0)];
            while scroll < max {
                let next = document.step(scroll, 1, max);
                assert!(next > scroll, "{code} at {width}: stuck at {scroll}");
                tops.push(document.text_start(next));
                scroll = next;
            }
            // The last step may only settle on the end: the view there can be the one
            // before it, when a rule under pinned labels is left out.
            let last = tops.len() - 1;
            assert!(
                tops[..last].windows(2).all(|pair| pair[0] < pair[1]),
                "{tops:?}"
            );
            assert!(tops[last - 1] <= tops[last]);
            tops.dedup();
            let mut back = vec![document.text_start(scroll)];
            while scroll > 0 {
                let previous = document.step(scroll, -1, max);
                assert!(
                    document.text_start(previous) < document.text_start(scroll),
                    "{code} at {width}: stuck at {scroll}"
                );
                assert!(
                    previous == 0
                        || document.text_start(previous - 1) != document.text_start(previous),
                    "{code} at {width}: a step back lands on the first scroll of its view"
                );
                back.push(document.text_start(previous));
                scroll = previous;
            }
            back.reverse();
            assert_eq!(back, tops, "{code} at {width}: the same views both ways");
            assert_eq!(document.step(0, -1, max), 0);
            assert_eq!(document.step(max, 1, max), max);
            assert_eq!(document.step(0, 1_000, max), max);
        }
    }

    /// A scroll by a few lines (a half page in a small pane) moves the text the way
    /// asked from every view, pinned labels or not, until the end or the top.
    #[test]
    fn a_scroll_by_lines_always_moves_the_text() {
        for (code, width, pane) in [("vi", 59, 10), ("en", 100, 12), ("is", 59, 6)] {
            let document = document(code, TopicId::Comparison, width);
            let max = document.height() - pane;
            for scroll in 0..=max {
                let top = document.text_start(scroll);
                let still = document.scroll_text(scroll, 0, max);
                assert_eq!(document.text_start(still), top, "{code}: {scroll} by 0");
                for lines in 1..=3 {
                    let down = document.scroll_text(scroll, lines, max);
                    assert!(
                        document.text_start(down) > top || down == max,
                        "{code} at {width}: {scroll} +{lines} gave {down}"
                    );
                    let up = document.scroll_text(scroll, -lines, max);
                    assert!(
                        document.text_start(up) < top || up == 0,
                        "{code} at {width}: {scroll} -{lines} gave {up}"
                    );
                }
            }
        }
    }

    /// A page back shows the first line that was shown as the last, from the
    /// earliest scroll that does, and always moves.
    #[test]
    fn a_page_back_ends_where_the_page_began() {
        for (code, width, pane) in [("vi", 59, 10), ("en", 100, 12), ("is", 59, 6)] {
            let document = document(code, TopicId::Comparison, width);
            let max = document.height() - pane;
            let reaches = |scroll, top| {
                document
                    .last_shown(scroll, pane)
                    .is_some_and(|last| last >= top)
            };
            assert_eq!(document.page_up(0, pane), 0);
            for scroll in 1..=max {
                let top = document.text_start(scroll);
                let earliest = (0..scroll)
                    .find(|&earlier| reaches(earlier, top))
                    .unwrap_or(scroll - 1);
                assert_eq!(
                    document.page_up(scroll, pane),
                    earliest,
                    "{code} at {width}, pane {pane}: back from {scroll}"
                );
            }
        }
    }

    /// A text that fits its pane is read from its top, not its end: a smaller pane
    /// later shows the top.
    #[test]
    fn a_text_that_fits_is_anchored_at_its_top() {
        let document = document("et", TopicId::Overview, 80);
        assert_eq!(
            document.anchor_at(0, 0),
            Anchor::In {
                part: Part::Heading,
                line: 0,
                of: document.part_lines(Part::Heading).unwrap().len()
            }
        );
        assert_eq!(document.anchor_at(3, 3), Anchor::End);
    }

    #[test]
    fn an_anchor_keeps_its_row_when_the_text_is_wrapped_again() {
        let narrow = document("is", TopicId::Comparison, 60);
        let wide = document("is", TopicId::Comparison, 120);
        let row = Part::Block { block: 0, item: 5 };
        let start = narrow.part_lines(row).unwrap().start;
        let anchor = narrow.anchor_at(narrow.scroll_for_text(start), usize::MAX);
        assert!(matches!(anchor, Anchor::In { part, line: 0, .. } if part == row));
        let scroll = wide.scroll_for(anchor, usize::MAX);
        assert_eq!(
            wide.text_start(scroll),
            wide.part_lines(row).unwrap().start,
            "row 5 at the top at either width"
        );
    }

    #[test]
    fn a_rule_between_rows_never_sits_under_the_pinned_rule() {
        for (code, width) in [("en", 100), ("vi", 80), ("fr", 61)] {
            let document = document(code, TopicId::Comparison, width);
            let lines = text(&document);
            let is_rule = |index: usize| lines[index].starts_with(['─', '━']);
            let mut pinned_with_a_rule_under_it = 0;
            for scroll in 0..document.height() {
                let shown: Vec<usize> = document
                    .shown_lines(scroll, 12)
                    .iter()
                    .map(|shown| shown.line)
                    .collect();
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
        assert!(text(&wide)[table.header.start].starts_with("Tiêu chí"));
        assert_eq!(wide.pinned_header(0), None, "the labels are in view");
        assert_eq!(wide.pinned_header(table.header.start), None);
        assert_eq!(
            wide.pinned_header(table.header.start + 1),
            Some(table.header.clone())
        );
        assert_eq!(wide.pinned_header(table.end()), None, "past the table");
        let stacked = document("vi", TopicId::Comparison, 30);
        assert!(
            stacked.tables.is_empty(),
            "a stacked comparison has no labels to pin"
        );
    }
}
