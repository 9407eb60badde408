//! The glossary for one reading language at one width: the reader's own term first,
//! the other languages' beside it as a table (a header of the languages' names, each
//! cell wrapped to its column), or, where six columns do not fit, stacked by term.
//!
//! Pure, like `document`: the explorer and `show glossary` print the same lines.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::content::{GlossaryEntry, Language, Library, Part, TermId};
use crate::document::theme::Theme;
use crate::document::topic::Writer;
use crate::document::wrap::{longest_word, wrap};
use crate::document::{Document, TableLines, TableRow};

const COLUMN_GAP: &str = " │ ";

/// Between a language's name and its term, when stacked.
const NAME_GAP: usize = 2;

/// The glossary laid out for one width.
#[derive(Debug, Clone, PartialEq)]
pub struct GlossaryLayout {
    pub lines: Vec<Line<'static>>,
    /// The first line of each term, in `TermId::ALL` order.
    pub terms: Vec<usize>,
    /// The lines of the heading: plain text, which has no bold, underlines them.
    pub heading: Range<usize>,
    /// The lines of each term's own heading, when stacked (underlined in plain text
    /// too).
    pub subheadings: Vec<Range<usize>>,
    /// The table's header (the languages' names and the rule under them), when side
    /// by side: the lines to keep in view while the terms scroll under them.
    pub header: Option<Range<usize>>,
}

/// Lays out the glossary for `reading` (an index into the library's languages),
/// `second` beside it where the parallel view is on: the heading (`ui.glossary`) over
/// the article's title, then the terms.
pub fn layout_glossary(
    library: &Library,
    reading: usize,
    second: Option<usize>,
    width: u16,
    theme: &Theme,
) -> GlossaryLayout {
    let width = usize::from(width.max(1));
    let reader = library.language(reading);
    let languages = reading_order(library, reading, second);
    // Headings and notes wrap to the pane, as the table fills it.
    let mut out = Writer::new(width, width, theme);
    out.wrapped(&reader.ui.glossary, theme.heading);
    let heading = 0..out.lines.len();
    out.wrapped(&reader.title, theme.muted);
    out.blank();
    let terms = match Columns::fit(width, &languages) {
        Some(columns) => out.terms_table(&languages, &columns),
        None => out.terms_stacked(&languages),
    };
    GlossaryLayout {
        lines: out.lines,
        terms: terms.starts,
        heading,
        subheadings: terms.subheadings,
        header: terms.header,
    }
}

/// The languages as the glossary shows them: the reader's first, the parallel view's
/// second language next, then the others in language-bar order.
pub fn reading_order(library: &Library, reading: usize, second: Option<usize>) -> Vec<&Language> {
    let first: Vec<usize> = std::iter::once(reading).chain(second).collect();
    first
        .iter()
        .copied()
        .chain((0..library.languages().len()).filter(|language| !first.contains(language)))
        .map(|language| library.language(language))
        .collect()
}

impl GlossaryLayout {
    /// As a document the detail pane shows and scrolls like a topic: the heading, then
    /// each term a part; the table's header stays in view while its terms scroll.
    pub fn into_document(self) -> Document {
        let mut parts = vec![(Part::Heading, 0)];
        parts.extend(
            self.terms
                .iter()
                .enumerate()
                .map(|(item, &start)| (Part::Block { block: 0, item }, start)),
        );
        let ends: Vec<usize> = self
            .terms
            .iter()
            .skip(1)
            .copied()
            .chain([self.lines.len()])
            .collect();
        let tables = self
            .header
            .map(|header| TableLines {
                header,
                rows: self
                    .terms
                    .iter()
                    .zip(&ends)
                    .map(|(&start, &end)| TableRow {
                        lines: start..end,
                        aspect_lines: 0,
                    })
                    .collect(),
                aspect_width: 0,
            })
            .into_iter()
            .collect();
        Document {
            lines: self.lines,
            parts,
            tables,
            heading: self.heading,
            subheadings: self.subheadings,
        }
    }
}

/// Where the terms are, in either form.
struct Terms {
    starts: Vec<usize>,
    subheadings: Vec<Range<usize>>,
    header: Option<Range<usize>>,
}

/// A language's entry for a term: validation makes sure every language has one.
fn entry(language: &Language, id: TermId) -> Option<&GlossaryEntry> {
    language.glossary.get(id)
}

fn term(language: &Language, id: TermId) -> &str {
    entry(language, id).map_or("", |entry| entry.term.as_str())
}

fn note(language: &Language, id: TermId) -> Option<&str> {
    entry(language, id).and_then(|entry| entry.note.as_deref())
}

/// Display widths of the table's columns, one a language.
struct Columns(Vec<usize>);

impl Columns {
    /// Widths that give no column less than its longest word, each growing toward its
    /// longest text as the width allows; `None` where even the words do not fit: then
    /// the glossary is stacked.
    fn fit(width: usize, languages: &[&Language]) -> Option<Columns> {
        let available =
            width.checked_sub(COLUMN_GAP.width() * languages.len().saturating_sub(1))?;
        let terms = |column: usize| {
            let language = languages[column];
            std::iter::once(language.name.as_str())
                .chain(TermId::ALL.into_iter().map(move |id| term(language, id)))
        };
        // The reader's notes wrap under the reader's terms: their words must fit the
        // column, but a long note does not widen it.
        let notes: Vec<&str> = languages.first().map_or_else(Vec::new, |reader| {
            TermId::ALL
                .into_iter()
                .filter_map(|id| note(reader, id))
                .collect()
        });
        let least: Vec<usize> = (0..languages.len())
            .map(|column| {
                let notes = if column == 0 { &notes[..] } else { &[] };
                terms(column)
                    .chain(notes.iter().copied())
                    .map(longest_word)
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let most: Vec<usize> = (0..languages.len())
            .map(|column| terms(column).map(|text| text.width()).max().unwrap_or(0))
            .zip(&least)
            .map(|(most, least)| most.max(*least))
            .collect();
        // What is left over raises the narrowest columns first, each up to its widest
        // term: the columns even out, and one of short terms takes no more than it
        // needs.
        let widths_at = |level: usize| -> Vec<usize> {
            least
                .iter()
                .zip(&most)
                .map(|(&least, &most)| most.min(level).max(least))
                .collect()
        };
        let fits = |widths: &Vec<usize>| widths.iter().sum::<usize>() <= available;
        if !fits(&least) {
            return None;
        }
        let highest = most.iter().copied().max().unwrap_or(0);
        let mut widths = (0..=highest)
            .map(widths_at)
            .take_while(fits)
            .last()
            .unwrap_or(least);
        // Room still left once every column holds its widest term is shared out, so
        // the table, its rules with it, spans the width as a comparison does, rather
        // than stopping short of the pane's edge.
        let spare = available.saturating_sub(widths.iter().sum());
        let count = widths.len().max(1);
        for (column, width) in widths.iter_mut().enumerate() {
            *width += spare / count + usize::from(column < spare % count);
        }
        Some(Columns(widths))
    }

    fn rule(&self, line: char, cross: char) -> String {
        let segments: Vec<String> = self
            .0
            .iter()
            .map(|width| line.to_string().repeat(*width))
            .collect();
        segments.join(&format!("{line}{cross}{line}"))
    }
}

/// A cell's lines, each with its style.
type Cell = Vec<(String, Style)>;

// The glossary's own parts of the one writer every text is laid out with.
impl Writer<'_> {
    /// The languages' names over a rule, then a row a term, thin rules between.
    fn terms_table(&mut self, languages: &[&Language], columns: &Columns) -> Terms {
        let start = self.lines.len();
        let names: Vec<Cell> = languages
            .iter()
            .zip(&columns.0)
            .map(|(language, width)| self.cell(&language.name, *width, self.theme.subheading))
            .collect();
        self.term_row(columns, &names);
        self.rule(columns, '━', '┿');
        let header = start..self.lines.len();
        let mut starts = Vec::with_capacity(TermId::ALL.len());
        for (n, id) in TermId::ALL.into_iter().enumerate() {
            if n > 0 {
                self.rule(columns, '─', '┼');
            }
            starts.push(self.lines.len());
            let cells: Vec<Cell> = languages
                .iter()
                .zip(&columns.0)
                .enumerate()
                .map(|(column, (language, width))| {
                    if column > 0 {
                        return self.cell(term(language, id), *width, self.theme.text);
                    }
                    let mut cell = self.cell(term(language, id), *width, self.theme.aspect);
                    if let Some(note) = note(language, id) {
                        cell.extend(self.cell(note, *width, self.theme.muted));
                    }
                    cell
                })
                .collect();
            self.term_row(columns, &cells);
        }
        Terms {
            starts,
            subheadings: Vec::new(),
            header: Some(header),
        }
    }

    fn cell(&self, text: &str, width: usize, style: Style) -> Cell {
        wrap(text, width)
            .into_iter()
            .map(|line| (line, style))
            .collect()
    }

    fn rule(&mut self, columns: &Columns, line: char, cross: char) {
        self.lines.push(Line::from(Span::styled(
            columns.rule(line, cross),
            self.theme.rule,
        )));
    }

    /// One row of the table, as tall as its tallest cell; each cell padded to its
    /// column by display width, so the next starts where the eye expects.
    fn term_row(&mut self, columns: &Columns, cells: &[Cell]) {
        let height = cells.iter().map(Vec::len).max().unwrap_or(0);
        let last = cells.len().saturating_sub(1);
        for n in 0..height {
            let mut spans = Vec::with_capacity(2 * cells.len());
            for (column, (cell, width)) in cells.iter().zip(&columns.0).enumerate() {
                if column > 0 {
                    spans.push(Span::styled(COLUMN_GAP, self.theme.rule));
                }
                let (text, style) = cell.get(n).map_or(("", self.theme.text), |(text, style)| {
                    (text.as_str(), *style)
                });
                let padding = if column == last {
                    0
                } else {
                    width.saturating_sub(text.width())
                };
                spans.push(Span::styled(
                    format!("{text}{}", " ".repeat(padding)),
                    style,
                ));
            }
            self.lines.push(Line::from(spans));
        }
    }

    /// Each term as a heading in the reader's language, its note under it, then a
    /// line a language: the name, and the term in it.
    fn terms_stacked(&mut self, languages: &[&Language]) -> Terms {
        let (reader, others) = languages
            .split_first()
            .map_or((None, &[][..]), |(first, rest)| (Some(*first), rest));
        let name_width = others
            .iter()
            .map(|language| language.name.width())
            .max()
            .unwrap_or(0);
        let indent = name_width + NAME_GAP;
        // A term needs room beside the names; in a narrower pane the name goes on a
        // line of its own.
        let beside = 2 * indent <= self.width;
        let mut starts = Vec::with_capacity(TermId::ALL.len());
        let mut subheadings = Vec::with_capacity(TermId::ALL.len());
        for (n, id) in TermId::ALL.into_iter().enumerate() {
            if n > 0 {
                self.blank();
            }
            let start = self.lines.len();
            starts.push(start);
            if let Some(reader) = reader {
                self.wrapped(term(reader, id), self.theme.subheading);
                subheadings.push(start..self.lines.len());
                if let Some(note) = note(reader, id) {
                    self.wrapped(note, self.theme.muted);
                }
            }
            for language in others {
                if beside {
                    self.beside_name(&language.name, term(language, id), indent);
                } else {
                    self.wrapped(&language.name, self.theme.muted);
                    self.wrapped(term(language, id), self.theme.text);
                }
            }
        }
        Terms {
            starts,
            subheadings,
            header: None,
        }
    }

    /// `name`, padded to `indent`, then `text` wrapped under itself.
    fn beside_name(&mut self, name: &str, text: &str, indent: usize) {
        let blank = " ".repeat(indent);
        let padding = indent.saturating_sub(name.width());
        for (n, line) in wrap(text, self.width.saturating_sub(indent))
            .into_iter()
            .enumerate()
        {
            let prefix = if n == 0 {
                Span::styled(format!("{name}{}", " ".repeat(padding)), self.theme.muted)
            } else {
                Span::raw(blank.clone())
            };
            self.lines.push(Line::from(vec![
                prefix,
                Span::styled(line, self.theme.text),
            ]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(code: &str, width: u16) -> GlossaryLayout {
        let library = Library::builtin().unwrap();
        let reading = library.find_language(code).unwrap();
        layout_glossary(&library, reading, None, width, &Theme::mono())
    }

    fn plain(line: &Line) -> String {
        crate::document::plain(line).trim_end().to_owned()
    }

    fn text(layout: &GlossaryLayout) -> Vec<String> {
        layout.lines.iter().map(plain).collect()
    }

    /// The display columns of the table's separators in a line.
    fn separators(line: &str) -> Vec<usize> {
        let mut at = Vec::new();
        let mut width = 0;
        for c in line.chars() {
            if matches!(c, '│' | '┿' | '┼') {
                at.push(width);
            }
            width += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
        at
    }

    /// The narrowest width at which `code`'s glossary is a table.
    fn narrowest_table(code: &str) -> u16 {
        (1..=400)
            .find(|width| layout(code, *width).header.is_some())
            .unwrap()
    }

    #[test]
    fn no_line_is_wider_than_the_width() {
        let library = Library::builtin().unwrap();
        for (reading, language) in library.languages().iter().enumerate() {
            for width in [1, 2, 5, 12, 20, 24, 40, 60, 80, 100, 120, 140, 160, 200] {
                let layout = layout_glossary(&library, reading, None, width, &Theme::mono());
                for line in &layout.lines {
                    assert!(
                        line.width() <= usize::from(width),
                        "{} at {width}: {line:?}",
                        language.code
                    );
                }
            }
        }
    }

    #[test]
    fn wide_the_terms_stand_in_a_table_the_readers_language_first() {
        let layout = layout("fr", 180);
        let lines = text(&layout);
        assert_eq!(lines[0], "Glossaire");
        assert_eq!(lines[1], "Différence entre vente et service");
        let header = layout.header.clone().expect("a table at 180 columns");
        let names: Vec<String> = lines[header.start]
            .split('│')
            .map(|name| name.trim().to_owned())
            .collect();
        assert_eq!(
            names,
            [
                "Français",
                "English",
                "Eesti",
                "Íslenska",
                "Italiano",
                "Tiếng Việt"
            ]
        );
        let grid: Vec<&String> = lines[header.start..]
            .iter()
            .filter(|line| !line.is_empty())
            .collect();
        let first = separators(grid[0]);
        assert_eq!(first.len(), 5);
        for line in &grid {
            assert_eq!(separators(line), first, "the columns line up: {line}");
        }
        let warranty = &lines[layout.terms[TermId::Warranty.index()]];
        let cells: Vec<&str> = warranty.split('│').map(str::trim).collect();
        assert_eq!(
            cells,
            [
                "garantie",
                "warranty",
                "garantii",
                "ábyrgð",
                "garanzia",
                "bảo hành"
            ]
        );
        let sales = layout.terms[TermId::Sales.index()];
        assert!(
            lines[sales + 1].starts_with("souvent au"),
            "the reader's note under the reader's term: {:?}",
            &lines[sales..sales + 3]
        );
        assert!(
            lines[sales + 1]
                .split('│')
                .skip(1)
                .all(|cell| cell.trim().is_empty()),
            "only the reader's note: {}",
            lines[sales + 1]
        );
        // A heavy rule under the names, a thin one between terms, and none before the
        // first term.
        let rule = |line: &str, bar: char, cross: char| {
            line.chars().all(|c| c == bar || c == cross)
                && line.chars().filter(|&c| c == cross).count() == 5
        };
        assert!(
            rule(&lines[header.end - 1], '━', '┿'),
            "{}",
            lines[header.end - 1]
        );
        assert_eq!(layout.terms[0], header.end);
        for (n, &start) in layout.terms.iter().enumerate().skip(1) {
            assert!(
                rule(&lines[start - 1], '─', '┼'),
                "above term {n}: {}",
                lines[start - 1]
            );
        }
        let thin = lines.iter().filter(|line| rule(line, '─', '┼')).count();
        assert_eq!(thin, TermId::ALL.len() - 1);
    }

    /// Where the columns have room to spare, the table shares it out and spans the
    /// width: its rules end at the right edge, not short of it under the last column.
    #[test]
    fn a_wide_table_spans_the_width() {
        for code in ["en", "vi", "is"] {
            for width in [narrowest_table(code), 160, 200, 300] {
                let layout = layout(code, width);
                let lines = text(&layout);
                let header = layout.header.clone().expect("a table");
                let rules = std::iter::once(header.end - 1)
                    .chain(layout.terms.iter().skip(1).map(|start| start - 1));
                for rule in rules {
                    assert_eq!(
                        lines[rule].width(),
                        usize::from(width),
                        "{code} at {width}: {}",
                        lines[rule]
                    );
                }
            }
        }
    }

    #[test]
    fn a_table_only_where_no_column_is_narrower_than_its_longest_word() {
        for code in ["en", "is", "vi"] {
            let narrowest = narrowest_table(code);
            let table = layout(code, narrowest);
            let lines = text(&table);
            // Every word of every term is whole in the table.
            let library = Library::builtin().unwrap();
            for language in library.languages() {
                for (_, entry) in language.glossary.entries() {
                    for word in entry.term.split(' ') {
                        assert!(
                            lines.iter().any(|line| line.contains(word)),
                            "{code} at {narrowest}: {word} is broken"
                        );
                    }
                }
            }
            // And the reader's notes, wrapped under the reader's terms, whole in the
            // reader's column (Vietnamese has a note word longer than any of its terms'
            // words).
            let reader = &library.languages()[library.find_language(code).unwrap()];
            for (n, id) in TermId::ALL.into_iter().enumerate() {
                let Some(note) = note(reader, id) else {
                    continue;
                };
                let end = table.terms.get(n + 1).copied().unwrap_or(lines.len());
                let column: Vec<&str> = lines[table.terms[n]..end]
                    .iter()
                    .map(|line| line.split('│').next().unwrap_or("").trim())
                    .collect();
                assert!(
                    column.join(" ").contains(note),
                    "{code} at {narrowest}: {note:?} is broken in {column:?}"
                );
            }
            let stacked = layout(code, narrowest - 1);
            assert!(stacked.header.is_none(), "{code} at {}", narrowest - 1);
            assert!(!text(&stacked).iter().any(|line| line.contains('│')));
        }
    }

    #[test]
    fn narrow_each_term_is_a_heading_over_a_line_a_language() {
        let layout = layout("is", 60);
        assert!(layout.header.is_none(), "six columns do not fit 60");
        let lines = text(&layout);
        assert_eq!(layout.terms.len(), TermId::ALL.len());
        let prospect = layout.terms[TermId::Prospect.index()];
        assert_eq!(lines[prospect], "mögulegur viðskiptavinur");
        assert_eq!(
            lines[prospect + 1..prospect + 6],
            [
                "English     prospect",
                "Eesti       potentsiaalne klient",
                "Français    prospect",
                "Italiano    potenziale cliente",
                "Tiếng Việt  khách hàng tiềm năng",
            ]
        );
        assert_eq!(
            layout.subheadings[TermId::Prospect.index()],
            prospect..prospect + 1
        );
        let upselling = layout.terms[TermId::Upselling.index()];
        assert_eq!(lines[upselling], "viðbótarsala");
        assert_eq!(
            lines[upselling + 1],
            "kemur ekki fyrir í textanum",
            "its note"
        );
    }

    #[test]
    fn very_narrow_a_name_has_a_line_of_its_own() {
        let lines = text(&layout("en", 20));
        let sales = lines.iter().position(|line| line == "sales").unwrap();
        assert_eq!(lines[sales + 1..sales + 3], ["Eesti", "müük"]);
    }

    #[test]
    fn the_terms_are_in_order_at_their_first_lines() {
        for (code, width) in [("en", 200), ("et", 200), ("vi", 70), ("fr", 30)] {
            let layout = layout(code, width);
            let lines = text(&layout);
            let library = Library::builtin().unwrap();
            let reader = library.language(library.find_language(code).unwrap());
            assert!(layout.terms.windows(2).all(|pair| pair[0] < pair[1]));
            for (id, line) in TermId::ALL.into_iter().zip(&layout.terms) {
                let first_word = term(reader, id).split(' ').next().unwrap();
                assert!(
                    lines[*line].starts_with(first_word),
                    "{code} at {width}, {id}: {}",
                    lines[*line]
                );
            }
        }
    }

    #[test]
    fn notes_are_muted() {
        let library = Library::builtin().unwrap();
        let theme = Theme::colour();
        let en = library.english();
        for width in [200, 60] {
            let layout = layout_glossary(&library, en, None, width, &theme);
            let note = layout
                .lines
                .iter()
                .flat_map(|line| &line.spans)
                .find(|span| span.content.starts_with("also: sales agent"))
                .unwrap();
            assert_eq!(note.style, theme.muted, "at {width}");
        }
    }
}
