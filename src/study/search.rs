//! Search across the languages: every text of every topic, folded once (while the
//! explorer is idle, or on first use; never at start-up) so that a query typed on any
//! keyboard finds it — no case, no diacritics, several words in any order within one
//! text. Pure: the explorer's search line and the `search` command find the same
//! matches.

use std::ops::Range;

use memchr::memmem::Finder;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::content::{Library, Part, Spot, TermId, TopicId};
use crate::study::entry::Entry;
use crate::study::fold::{Folded, fold};

/// The most a query holds: more would never be read, and every word costs a pass over
/// the texts.
pub const MAX_QUERY: usize = 200;

/// Where to look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The language being read.
    ThisLanguage,
    All,
}

impl Scope {
    pub fn toggled(self) -> Scope {
        match self {
            Scope::ThisLanguage => Scope::All,
            Scope::All => Scope::ThisLanguage,
        }
    }
}

/// A query: its words folded, and as typed (lower case, marks kept) to tell an exact
/// match from a folded one; the phrases it quotes; and all its words together, in the
/// order typed, to rank the texts that hold them so before those that hold them apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Every word, folded, each once: a text holds them all.
    words: Vec<String>,
    exact: Vec<String>,
    /// The words outside quotes, folded: each is marked wherever it is.
    loose: Vec<String>,
    /// What quotes enclose, folded, its words a space apart: a text holds each so.
    phrases: Vec<String>,
    /// All the words, folded, in the order typed and a space apart, where there are
    /// two or more: the texts that hold them so rank first.
    together: Option<String>,
}

/// What opens or closes a quoted phrase: the typewriter's quote, and the typographic
/// ones a paste brings (“…”, „…“, «…»).
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

impl Query {
    pub fn new(text: &str) -> Query {
        let mut query = Query::default();
        let mut all: Vec<String> = Vec::new();
        // Quotes alternate: outside, inside, outside… An unclosed quote runs to the
        // end, so a phrase being typed already finds what it starts.
        for (n, segment) in text.split(is_quote).enumerate() {
            let quoted = n % 2 == 1;
            let mut phrase: Vec<String> = Vec::new();
            for word in segment.split_whitespace() {
                // A word that folds to nothing (a lone mark) adds nothing.
                let folded: Vec<String> =
                    fold(word).split_whitespace().map(str::to_owned).collect();
                if folded.is_empty() {
                    continue;
                }
                let lower = word.to_lowercase();
                if !query.exact.contains(&lower) {
                    query.exact.push(lower);
                }
                for folded in folded {
                    if !query.words.contains(&folded) {
                        query.words.push(folded.clone());
                    }
                    if !quoted && !query.loose.contains(&folded) {
                        query.loose.push(folded.clone());
                    }
                    phrase.push(folded.clone());
                    all.push(folded);
                }
            }
            if quoted && !phrase.is_empty() {
                query.phrases.push(phrase.join(" "));
            }
        }
        query.together = (all.len() > 1).then(|| all.join(" "));
        query
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The folded words, to find in folded text.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether folded text holds what the query asks for: every word, and each quoted
    /// phrase as it is.
    fn found_in(&self, folded: &str) -> bool {
        self.words.iter().all(|word| folded.contains(word.as_str()))
            && self
                .phrases
                .iter()
                .all(|phrase| folded.contains(phrase.as_str()))
    }

    /// Whether folded text holds all the words together, in order.
    fn together_in(&self, folded: &str) -> bool {
        self.together
            .as_deref()
            .is_none_or(|together| folded.contains(together))
    }

    /// Where in folded text the query is best shown: all its words together, else its
    /// first quoted phrase, else its first word; as a folded byte range.
    fn focus_in(&self, folded: &str) -> Option<Range<usize>> {
        let find = |needle: &str| folded.find(needle).map(|at| at..at + needle.len());
        self.together
            .as_deref()
            .and_then(find)
            .or_else(|| self.phrases.first().and_then(|phrase| find(phrase)))
            .or_else(|| self.words.first().and_then(|word| find(word)))
    }
}

/// Where a text is: in a topic, or a term of the glossary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Text { topic: TopicId, spot: Spot },
    Term(TermId),
}

impl Location {
    /// What the sidebar opens for it: its topic, or the glossary.
    pub fn entry(self) -> Entry {
        match self {
            Location::Text { topic, .. } => Entry::Topic(topic),
            Location::Term(_) => Entry::Glossary,
        }
    }

    /// The part of the page it is in: a topic's row or item, the glossary's term.
    pub fn part(self) -> Part {
        match self {
            Location::Text { spot, .. } => spot.part(),
            Location::Term(term) => Part::Block {
                block: 0,
                item: term.index(),
            },
        }
    }

    /// Where it is in a language file: `blocks[0].rows[3].service` in its topic, or
    /// `glossary.warranty.term`.
    pub fn path(self) -> String {
        match self {
            Location::Text { spot, .. } => spot.path(),
            Location::Term(term) => format!("glossary.{term}.term"),
        }
    }
}

/// One text that matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub language: usize,
    pub at: Location,
    /// Its position in the whole article: language, topic, then reading order.
    order: usize,
    /// The topic's title or heading, or a glossary's term: not a topic's body.
    pub title: bool,
    /// The query as typed, marks and all, not only folded.
    pub exact: bool,
    /// All the query's words together, in the order typed (so is every match of one
    /// word).
    pub together: bool,
    /// Its text in the index.
    entry: usize,
}

struct Indexed<'a> {
    language: usize,
    at: Location,
    text: &'a str,
    lower: String,
    /// Where its folded text starts in the index's.
    start: usize,
}

/// Every text of the library, folded once.
#[derive(Default)]
pub struct Index<'a> {
    /// Language by language, in the article's order.
    entries: Vec<Indexed<'a>>,
    /// The folded texts end to end, each ended by a line break. No text holds one
    /// (control characters are refused) and no word of a query does, so a word found
    /// lies in one text; and a word is looked for once over all of them rather than
    /// once in each, which is what a keystroke costs when the texts are many.
    folded: String,
    /// How many languages, from the bar's first, are in it.
    languages: usize,
}

impl<'a> Index<'a> {
    pub fn new(library: &'a Library) -> Index<'a> {
        let mut index = Index::default();
        while index.add_language(library) {}
        index
    }

    /// Adds the next language of the bar not in the index yet; returns whether there
    /// was one. The explorer makes its index this way while idle, so that a key never
    /// waits for more than one language's texts to be folded, however many there are.
    pub fn add_language(&mut self, library: &'a Library) -> bool {
        let language = self.languages;
        if language >= library.languages().len() {
            return false;
        }
        let mut push = |at: Location, text: &'a str| {
            self.entries.push(Indexed {
                language,
                at,
                text,
                lower: text.to_lowercase(),
                start: self.folded.len(),
            });
            self.folded.push_str(&fold(text));
            self.folded.push('\n');
        };
        for topic in TopicId::ALL {
            library
                .topic(language, topic)
                .topic
                .each_text(|spot, text| push(Location::Text { topic, spot }, text));
        }
        // The glossary's terms, after the article: a term found opens the glossary.
        for (term, entry) in library.language(language).glossary.entries() {
            push(Location::Term(term), entry.term.as_str());
        }
        self.languages += 1;
        true
    }

    /// The matches of `query` in `scope`, seen from `reading` (its language is
    /// searched for "this language", and comes first for "all"), in the article's
    /// order: the order `n` and `N` go through them.
    pub fn search(&self, query: &Query, scope: Scope, reading: usize) -> Vec<Match> {
        let Some(first) = query.words.first() else {
            return Vec::new();
        };
        // The texts looked in, by their place in `entries`: languages come one by one.
        let before = |language: usize| {
            self.entries
                .partition_point(|entry| entry.language < language)
        };
        let searched = match scope {
            Scope::ThisLanguage => before(reading)..before(reading + 1),
            Scope::All => 0..self.entries.len(),
        };
        let end = self.start(searched.end);
        // The texts with the first word, found by looking on from the text after each
        // one found; then those that have the others too.
        let finder = Finder::new(first.as_bytes());
        let mut found = Vec::new();
        let mut next = searched.start;
        while next < searched.end {
            let from = self.start(next);
            let Some(at) = finder.find(&self.folded.as_bytes()[from..end]) else {
                break;
            };
            let entry = self
                .entries
                .partition_point(|entry| entry.start <= from + at)
                - 1;
            let folded = self.folded_text(entry);
            if query.found_in(folded) {
                found.push(entry);
            }
            next = entry + 1;
        }
        // The reader's language first, then the others in bar order.
        let rank = |language: usize| if language == reading { 0 } else { language + 1 };
        let mut matches: Vec<Match> = found
            .into_iter()
            .map(|index| {
                let entry = &self.entries[index];
                Match {
                    language: entry.language,
                    at: entry.at,
                    order: rank(entry.language) * self.entries.len() + index,
                    title: matches!(
                        entry.at,
                        Location::Text {
                            spot: Spot::Title | Spot::Heading,
                            ..
                        } | Location::Term(_)
                    ),
                    exact: query
                        .exact
                        .iter()
                        .all(|word| entry.lower.contains(word.as_str())),
                    together: query.together_in(self.folded_text(index)),
                    entry: index,
                }
            })
            .collect();
        // A topic whose title and heading both match is one match, at its title.
        let title_of = |found: &Match, spot: Spot| match found.at {
            Location::Text { topic, spot: at } if at == spot => Some((found.language, topic)),
            Location::Text { .. } | Location::Term(_) => None,
        };
        let titles: Vec<(usize, TopicId)> = matches
            .iter()
            .filter_map(|found| title_of(found, Spot::Title))
            .collect();
        matches.retain(|found| {
            title_of(found, Spot::Heading).is_none_or(|topic| !titles.contains(&topic))
        });
        matches.sort_by_key(|found| found.order);
        matches
    }

    /// The text a match was found in.
    pub fn text(&self, found: &Match) -> &'a str {
        self.entries.get(found.entry).map_or("", |entry| entry.text)
    }

    /// Where the folded text of entry `index` starts (or, past the last, where the
    /// next would).
    fn start(&self, index: usize) -> usize {
        self.entries
            .get(index)
            .map_or(self.folded.len(), |entry| entry.start)
    }

    /// The folded text of entry `index`, without its line break.
    fn folded_text(&self, index: usize) -> &str {
        &self.folded[self.start(index)..self.start(index + 1) - 1]
    }
}

/// The matches as a reader wants them listed: the words together, in order, before
/// the words apart ("customer satisfaction" before "…customers… satisfaction…"); then
/// a topic's title before a match in its text, an exact match before one found only
/// by folding, then in article order.
pub fn ranked(matches: &[Match]) -> Vec<Match> {
    let mut ranked = matches.to_vec();
    ranked.sort_by_key(|found| (!found.together, !found.title, !found.exact, found.order));
    ranked
}

/// The matches as the command line prints them: the words together first, then
/// apart, each in article order.
pub fn together_first(matches: &[Match]) -> Vec<Match> {
    let mut listed = matches.to_vec();
    listed.sort_by_key(|found| (!found.together, found.order));
    listed
}

/// Where `query` is in `text`: byte ranges of `text`, in order, merged where they
/// touch. Its words outside quotes are marked wherever they are, and all its words
/// together as one; a quoted phrase only where it is whole.
pub fn highlights(text: &str, query: &Query) -> Vec<Range<usize>> {
    highlights_between(None, text, None, query)
}

/// As `highlights`, for a line of a laid-out text between the lines `before` and
/// `after` it: a quoted phrase the text wraps across two lines is marked on both,
/// where the line's cell (the whole line, or a column of a table's line) ends with the
/// phrase's first words and the next line's same cell starts with the rest, or the
/// other way round. A phrase's words alone are not marked.
pub fn highlights_between(
    before: Option<&str>,
    text: &str,
    after: Option<&str>,
    query: &Query,
) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(text);
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let wanted = query
        .loose
        .iter()
        .chain(&query.phrases)
        .chain(query.together.as_ref().filter(|_| !query.loose.is_empty()));
    for word in wanted {
        for (at, _) in folded.as_str().match_indices(word.as_str()) {
            ranges.push(folded.original(at..at + word.len()));
        }
    }
    let neighbour = |line: Option<&str>| line.map(fold);
    let (before, after) = (neighbour(before), neighbour(after));
    for phrase in &query.phrases {
        if !folded.as_str().contains(phrase.as_str()) {
            let edges = phrase_edges(before.as_deref(), folded.as_str(), after.as_deref(), phrase);
            ranges.extend(edges.into_iter().map(|range| folded.original(range)));
        }
    }
    ranges.sort_by_key(|range| range.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            Some(_) | None => merged.push(range),
        }
    }
    merged
}

/// The cells of a laid-out line: the whole line, or each column of a table's line
/// (or of two languages side by side), with where each starts.
fn cells(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split(['│', '┆']).scan(0, |start, cell| {
        let at = *start;
        // The separators are three bytes each.
        *start += cell.len() + '│'.len_utf8();
        Some((at, cell))
    })
}

/// The pieces of a phrase that `folded` holds only in part because it wraps: the
/// phrase's first words ending a cell whose next line's cell starts with the rest,
/// its last words starting a cell whose line before ends with the beginning.
fn phrase_edges(
    before: Option<&str>,
    folded: &str,
    after: Option<&str>,
    phrase: &str,
) -> Vec<Range<usize>> {
    let spaces: Vec<usize> = phrase.match_indices(' ').map(|(at, _)| at).collect();
    let cell_of = |line: Option<&str>, n: usize| -> Option<String> {
        line.and_then(|line| cells(line).nth(n))
            .map(|(_, cell)| cell.trim().to_owned())
    };
    let mut pieces = Vec::new();
    for (n, (cell_start, cell)) in cells(folded).enumerate() {
        let trimmed = cell.trim_end();
        let (next, previous) = (cell_of(after, n), cell_of(before, n));
        let end = spaces
            .iter()
            .rev()
            .find(|&&space| {
                trimmed.ends_with(&phrase[..space])
                    && next
                        .as_deref()
                        .is_some_and(|next| next.starts_with(&phrase[space + 1..]))
            })
            .map(|&space| trimmed.len() - space..trimmed.len());
        let lead = cell.len() - cell.trim_start().len();
        let start = spaces
            .iter()
            .find(|&&space| {
                cell[lead..].starts_with(&phrase[space + 1..])
                    && previous
                        .as_deref()
                        .is_some_and(|previous| previous.ends_with(&phrase[..space]))
            })
            .map(|&space| lead..lead + phrase.len() - space - 1);
        pieces.extend(
            end.into_iter()
                .chain(start)
                .map(|piece| cell_start + piece.start..cell_start + piece.end),
        );
    }
    pieces
}

/// One line of a text, at most `width` columns, around its first match: "…" where
/// it is cut, and the matches' byte ranges in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

pub fn snippet(text: &str, query: &Query, width: usize) -> Snippet {
    // Line breaks and tabs are never in content, but a snippet must be one line.
    let text: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let marks = highlights(&text, query);
    if text.width() <= width {
        return Snippet {
            text,
            highlights: marks,
        };
    }
    // The line is about the match: all the words together where they are, else the
    // first phrase or word where it first is.
    let folded = Folded::new(&text);
    let focus = query
        .focus_in(folded.as_str())
        .map(|range| folded.original(range))
        .or_else(|| marks.first().cloned())
        .unwrap_or(0..0);
    let first = focus.start;
    // The match in the middle of the line, the words before it for its context; or
    // all the line the rest of the text leaves (after the opening "…").
    let rest = text[first..].width();
    let matched = text[focus].width();
    let lead = (width.saturating_sub(matched) / 2).max(width.saturating_sub(rest + 1));
    let mut start = first;
    let mut before = 0;
    for (at, c) in text[..first].char_indices().rev() {
        let w = c.width().unwrap_or(0);
        if before + w > lead {
            break;
        }
        before += w;
        start = at;
    }
    // A cut start begins at a word: "…provide a warranty", not "…ntatives provide".
    if start > 0
        && !text[..start].ends_with(' ')
        && let Some(space) = text[start..first].find(' ')
    {
        start += space + 1;
    }
    let cut_start = start > 0;
    let room = width.saturating_sub(usize::from(cut_start));
    let mut end = start;
    let mut used = 0;
    for (at, c) in text[start..].char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        end = start + at + c.len_utf8();
    }
    let cut_end = end < text.len();
    if cut_end && used + 1 > room {
        // Room for the closing "…".
        if let Some((at, _)) = text[start..end].char_indices().last() {
            end = start + at;
        }
    }
    let mut line = String::new();
    if cut_start {
        line.push('…');
    }
    let offset = line.len();
    line.push_str(&text[start..end]);
    if cut_end {
        // "…to drive…", not "…to drive …".
        line.truncate(line.trim_end().len().max(offset));
        line.push('…');
    }
    let highlights = marks
        .into_iter()
        .filter(|range| range.start < end && range.end > start)
        .map(|range| range.start.max(start) - start + offset..range.end.min(end) - start + offset)
        .collect();
    debug_assert!(line.width() <= width.max(1));
    Snippet {
        text: line,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Cell;

    fn library() -> Library {
        Library::builtin().unwrap()
    }

    fn code(library: &Library, found: &Match) -> String {
        library.language(found.language).code.to_string()
    }

    /// Every text that holds all the words is found, and no other, in either scope
    /// from every language: the texts are searched end to end, so a word must not be
    /// found across two of them, nor missed at either end of one. Checked against
    /// each text folded on its own; a heading is left out on both sides (a title that
    /// matches stands for it).
    #[test]
    fn the_texts_found_are_those_that_hold_every_word() {
        let library = library();
        let index = Index::new(&library);
        let entries = &index.entries;
        // Across the joins: the end of one text and the start of the next as one word.
        let joins = (0..entries.len() - 1).step_by(97).map(|n| {
            let (end, start) = (index.folded_text(n), index.folded_text(n + 1));
            let tail = end.char_indices().rev().nth(2).map_or(0, |(at, _)| at);
            let head = start
                .char_indices()
                .nth(3)
                .map_or(start.len(), |(at, _)| at);
            format!("{}{}", &end[tail..], &start[..head])
        });
        let queries: Vec<String> = [
            "s",
            "custo",
            "service sales",
            "vente service",
            "thjonusta",
            "dịch vụ",
            "e",
            "sales.",
        ]
        .into_iter()
        .map(str::to_owned)
        .chain(joins)
        .collect();
        let heading = |entry: &Indexed| {
            matches!(
                entry.at,
                Location::Text {
                    spot: Spot::Heading,
                    ..
                }
            )
        };
        let mut found_any = 0;
        for text in &queries {
            let query = Query::new(text);
            for reading in 0..library.languages().len() {
                for scope in [Scope::ThisLanguage, Scope::All] {
                    let mut found: Vec<usize> = index
                        .search(&query, scope, reading)
                        .iter()
                        .map(|found| found.entry)
                        .filter(|&entry| !heading(&entries[entry]))
                        .collect();
                    found.sort_unstable();
                    let holding: Vec<usize> = (0..entries.len())
                        .filter(|&n| scope == Scope::All || entries[n].language == reading)
                        .filter(|&n| !heading(&entries[n]))
                        .filter(|&n| query.found_in(&fold(entries[n].text)))
                        .collect();
                    assert_eq!(found, holding, "{text:?} from {reading}, {scope:?}");
                    found_any += usize::from(!found.is_empty());
                }
            }
        }
        assert!(found_any > queries.len(), "most queries find something");
    }

    #[test]
    fn a_query_folds_its_words_and_ignores_repeats() {
        let query = Query::new("  Dịch   vụ dich ");
        assert_eq!(query.words(), ["dich", "vu"]);
        assert!(Query::new("").is_empty());
        assert!(Query::new(" \u{301} ").is_empty(), "a lone mark is no word");
    }

    #[test]
    fn folded_queries_find_text_in_every_script() {
        let library = library();
        let index = Index::new(&library);
        for (query, code, expected) in [
            ("dich vu", "vi", "dịch vụ"),
            ("thjonusta", "is", "þjónusta"),
            ("soddisfazione", "it", "soddisfazione"),
            ("differences", "en", "differences"),
            ("vente", "fr", "Vente"),
            ("müügiesindaja", "et", "müügiesindaja"),
            ("muugiesindaja", "et", "müügiesindaja"),
            ("qualité", "fr", "qualit"),
        ] {
            let reading = library.find_language(code).unwrap();
            let found = index.search(&Query::new(query), Scope::ThisLanguage, reading);
            assert!(!found.is_empty(), "{query} in {code}");
            let text = index.text(&found[0]);
            assert!(fold(text).contains(&fold(expected)), "{query}: {text}");
        }
    }

    #[test]
    fn several_words_match_in_any_order_within_one_text() {
        let library = library();
        let index = Index::new(&library);
        let en = library.english();
        let one = index.search(&Query::new("warranty phone"), Scope::ThisLanguage, en);
        let other = index.search(&Query::new("phone warranty"), Scope::ThisLanguage, en);
        assert_eq!(one, other);
        assert!(!one.is_empty());
        for found in &one {
            let text = fold(index.text(found));
            assert!(
                text.contains("warranty") && text.contains("phone"),
                "{text}"
            );
        }
        assert!(
            index
                .search(&Query::new("warranty zebra"), Scope::ThisLanguage, en)
                .is_empty(),
            "every word must be there"
        );
    }

    #[test]
    fn all_languages_starts_with_the_readers_and_this_language_keeps_to_it() {
        let library = library();
        let index = Index::new(&library);
        let fr = library.find_language("fr").unwrap();
        let query = Query::new("CSAT");
        let here = index.search(&query, Scope::ThisLanguage, fr);
        assert!(here.iter().all(|found| found.language == fr));
        let all = index.search(&query, Scope::All, fr);
        assert!(all.len() > here.len());
        assert_eq!(all[0].language, fr, "the reader's language first");
        let mut languages: Vec<String> = all.iter().map(|found| code(&library, found)).collect();
        languages.dedup();
        assert_eq!(
            languages,
            ["fr", "en", "et", "is", "it", "vi"],
            "then the others in bar order, each language's matches together"
        );
        // A query found nearly everywhere, the first text of the bar's first language
        // included.
        let everywhere = index.search(&Query::new("e"), Scope::All, fr);
        let mut languages: Vec<String> = everywhere
            .iter()
            .map(|found| code(&library, found))
            .collect();
        languages.dedup();
        assert_eq!(languages, ["fr", "en", "et", "is", "it", "vi"]);
    }

    #[test]
    fn a_topic_whose_title_and_heading_match_is_one_match_at_its_title() {
        let library = library();
        let index = Index::new(&library);
        let en = library.english();
        let spots = |query: &str| -> Vec<Spot> {
            index
                .search(&Query::new(query), Scope::ThisLanguage, en)
                .into_iter()
                .filter_map(|found| match found.at {
                    Location::Text {
                        topic: TopicId::Similarities,
                        spot: spot @ (Spot::Title | Spot::Heading),
                    } => Some(spot),
                    Location::Text { .. } | Location::Term(_) => None,
                })
                .collect()
        };
        assert_eq!(spots("similarities"), [Spot::Title]);
        assert_eq!(
            spots("between"),
            [Spot::Heading],
            "a heading alone is found"
        );
    }

    #[test]
    fn titles_come_before_bodies_and_exact_matches_before_folded_ones() {
        let library = library();
        let index = Index::new(&library);
        let is = library.find_language("is").unwrap();
        let found = index.search(&Query::new("þjónusta"), Scope::ThisLanguage, is);
        let ranked = ranked(&found);
        let first_body = ranked.iter().position(|found| !found.title).unwrap();
        assert!(first_body > 0, "titles first");
        assert!(ranked[first_body..].iter().all(|found| !found.title));
        // Typed without its marks, every match is a folded one; with them, the texts
        // that have them come first.
        let folded = index.search(&Query::new("thjonusta"), Scope::ThisLanguage, is);
        assert!(folded.iter().all(|found| !found.exact));
        let fr = library.find_language("fr").unwrap();
        let mixed = ranked_in(&index, "après-vente", fr);
        assert!(mixed.first().is_some_and(|found| found.exact));
    }

    #[test]
    fn among_bodies_exact_matches_come_before_folded_ones() {
        let library = library();
        let index = Index::new(&library);
        let vi = library.find_language("vi").unwrap();
        // "bán" (sell) is typed with its mark; "bạn" (you) only folds to it.
        let found = ranked(&index.search(&Query::new("bán"), Scope::ThisLanguage, vi));
        let bodies: Vec<&Match> = found.iter().filter(|found| !found.title).collect();
        assert!(bodies.iter().any(|found| found.exact) && bodies.iter().any(|found| !found.exact));
        let first_folded = bodies.iter().position(|found| !found.exact).unwrap();
        assert!(bodies[first_folded..].iter().all(|found| !found.exact));
        assert!(
            bodies
                .windows(2)
                .all(|pair| pair[0].exact != pair[1].exact || pair[0].order < pair[1].order),
            "then in article order"
        );
    }

    fn ranked_in(index: &Index, query: &str, reading: usize) -> Vec<Match> {
        ranked(&index.search(&Query::new(query), Scope::All, reading))
    }

    #[test]
    fn a_match_in_a_comparison_knows_its_row_and_side() {
        let library = library();
        let index = Index::new(&library);
        let vi = library.find_language("vi").unwrap();
        let found = index.search(&Query::new("CSAT"), Scope::ThisLanguage, vi);
        assert!(found.iter().any(|found| matches!(
            found.at,
            Location::Text {
                topic: TopicId::Comparison,
                spot: Spot::Cell {
                    cell: Cell::Service,
                    ..
                }
            }
        )));
    }

    #[test]
    fn a_glossary_term_is_found_in_any_language() {
        let library = library();
        let index = Index::new(&library);
        let found = index.search(&Query::new("bao hanh"), Scope::All, 0);
        let vi = library.find_language("vi").unwrap();
        assert!(
            found
                .iter()
                .any(|found| found.language == vi && found.at == Location::Term(TermId::Warranty)),
            "{found:?}"
        );
        let term = found
            .iter()
            .find(|found| matches!(found.at, Location::Term(_)))
            .unwrap();
        assert!(term.title, "a term ranks with the titles");
    }

    #[test]
    fn highlights_are_where_the_words_are_in_the_original() {
        let query = Query::new("dich vu");
        let text = "Bán hàng và Dịch vụ: dịch vụ khách hàng";
        let marks: Vec<&str> = highlights(text, &query)
            .into_iter()
            .map(|range| &text[range])
            .collect();
        assert_eq!(
            marks,
            ["Dịch vụ", "dịch vụ"],
            "the words together are one mark"
        );
        let apart = "Dịch và vụ";
        let marks: Vec<&str> = highlights(apart, &query)
            .into_iter()
            .map(|range| &apart[range])
            .collect();
        assert_eq!(marks, ["Dịch", "vụ"], "the words apart, each");
        let thorn = highlights("Þjónusta og sala", &Query::new("thjon"));
        assert_eq!(&"Þjónusta og sala"[thorn[0].clone()], "Þjón");
        assert!(highlights("text", &Query::default()).is_empty());
        // Words that overlap or touch are one mark.
        let text = "salesperson";
        let joined: Vec<&str> = highlights(text, &Query::new("person sales ales"))
            .into_iter()
            .map(|range| &text[range])
            .collect();
        assert_eq!(joined, ["salesperson"]);
    }

    #[test]
    fn quotes_ask_for_a_phrase_and_mark_it_whole() {
        let query = Query::new("“customer satisfaction”");
        assert_eq!(query.words(), ["customer", "satisfaction"]);
        let marked = |text: &'static str| -> Vec<&'static str> {
            highlights(text, &query)
                .into_iter()
                .map(|range| &text[range])
                .collect()
        };
        assert_eq!(
            marked("customer loyalty and Customer Satisfaction, customer first"),
            ["Customer Satisfaction"],
            "the phrase only, not its words alone"
        );
        // A line that holds the phrase in part is marked only where the text wraps
        // the phrase onto the next line, or from the line before.
        assert!(marked("to raise customer").is_empty(), "a word alone");
        let wrapped = |before, text: &'static str, after| -> Vec<&'static str> {
            highlights_between(before, text, after, &query)
                .into_iter()
                .map(|range| &text[range])
                .collect()
        };
        assert_eq!(
            wrapped(None, "to raise customer", Some("satisfaction, and more")),
            ["customer"]
        );
        assert_eq!(
            wrapped(Some("to raise customer"), "satisfaction, and more", None),
            ["satisfaction"]
        );
        assert!(wrapped(Some("a customer"), "the customer is satisfied", None).is_empty());
        assert!(
            wrapped(Some("not the phrase"), "satisfaction, and more", None).is_empty(),
            "satisfaction alone"
        );
        // A comparison's lines: the phrase wraps within a column, not across columns.
        let row = "Customer     │ we sell to the customer │ satisfaction counts";
        let next = "satisfaction │ satisfaction first      │ more";
        assert_eq!(wrapped(None, row, Some(next)), ["Customer", "customer"]);
        assert!(
            wrapped(None, row, None).is_empty(),
            "the columns are not one text"
        );
        // An unclosed quote runs to the end: a phrase being typed.
        assert_eq!(Query::new("\"customer sat"), Query::new("\"customer sat\""));
        assert!(Query::new("\"\"").is_empty());
    }

    #[test]
    fn the_words_together_rank_before_the_words_apart() {
        let library = library();
        let index = Index::new(&library);
        let en = library.english();
        let found = index.search(
            &Query::new("customer satisfaction"),
            Scope::ThisLanguage,
            en,
        );
        let holds = |found: &Match| fold(index.text(found)).contains("customer satisfaction");
        for listed in [ranked(&found), together_first(&found)] {
            let apart = listed.iter().position(|found| !found.together).unwrap();
            assert!(apart > 1, "several texts hold the words together");
            assert!(listed[..apart].iter().all(holds));
            assert!(!listed[apart..].iter().any(holds));
        }
        let ranked = ranked(&found);
        assert!(ranked[0].title, "the glossary's term, a title, comes first");
        let aspect = ranked
            .iter()
            .position(|found| index.text(found) == "Customer satisfaction")
            .unwrap();
        assert!(
            ranked[aspect].together,
            "and the aspect with the texts that hold it"
        );
        let listed = together_first(&found);
        assert!(
            listed
                .windows(2)
                .all(|pair| pair[0].together != pair[1].together || pair[0].order < pair[1].order),
            "each group in article order"
        );
        // Quoted, only the texts that hold the phrase.
        let quoted = index.search(
            &Query::new("\"customer satisfaction\""),
            Scope::ThisLanguage,
            en,
        );
        assert_eq!(
            quoted.len(),
            ranked.iter().filter(|found| holds(found)).count()
        );
        assert!(quoted.iter().all(|found| holds(found) && found.together));
        // In another language and script too.
        let vi = library.find_language("vi").unwrap();
        let quoted = index.search(&Query::new("\"su hai long\""), Scope::ThisLanguage, vi);
        assert!(!quoted.is_empty());
        assert!(
            quoted
                .iter()
                .all(|found| fold(index.text(found)).contains("su hai long"))
        );
    }

    #[test]
    fn a_snippet_is_centred_on_the_match() {
        let text = "Sales and service are among the most fundamental features of any business, \
                    although they may sound alike, they differ in many ways and each has a role.";
        for (query, matched) in [("alike", "alike"), ("they may sound", "they may sound")] {
            for width in [40, 60, 80] {
                let line = snippet(text, &Query::new(query), width).text;
                let at = line
                    .find(matched)
                    .unwrap_or_else(|| panic!("{width}: {line}"));
                let before = line[..at].width();
                let after = line[at + matched.len()..].width();
                assert!(
                    before.abs_diff(after) <= 12,
                    "{width}: {line} ({before} before, {after} after)"
                );
            }
        }
        // All the words together are what the line is about, not the first word alone.
        let text = "A customer who calls twice is not a happy one: the whole team works on customer satisfaction, every day.";
        let line = snippet(text, &Query::new("customer satisfaction"), 40);
        assert!(line.text.contains("customer satisfaction"), "{}", line.text);
    }

    #[test]
    fn a_snippet_is_one_line_around_the_match_and_says_where_it_is_cut() {
        let text = "Sales and service are among the most fundamental features of any business, \
                    although they may sound alike, they differ in many ways and each has a role.";
        let query = Query::new("alike");
        for width in [10, 20, 40, 200] {
            let snippet = snippet(text, &query, width);
            assert!(snippet.text.width() <= width, "{width}: {}", snippet.text);
            assert!(!snippet.text.contains('\n'));
            let marked: Vec<&str> = snippet
                .highlights
                .iter()
                .map(|range| &snippet.text[range.clone()])
                .collect();
            if width >= 10 {
                assert_eq!(marked, ["alike"], "{width}: {}", snippet.text);
            }
        }
        let cut = snippet(text, &query, 40);
        assert!(
            cut.text.starts_with('…') && cut.text.ends_with('…'),
            "{}",
            cut.text
        );
        assert!(
            cut.text.contains(" sound alike"),
            "words before it: {}",
            cut.text
        );
        let whole = snippet(text, &query, 200);
        assert_eq!(whole.text, text);
        // Near the start, the line starts with the text; near the end, the words
        // before the match fill the line and it ends with the text.
        let start = snippet(text, &Query::new("service"), 40);
        assert!(
            start.text.starts_with("Sales and service"),
            "{}",
            start.text
        );
        for width in 12..text.width() {
            let end = snippet(text, &Query::new("role"), width);
            assert!(end.text.ends_with("a role."), "{width}: {}", end.text);
        }
        let vi = snippet(
            "Dịch vụ là việc cung cấp hỗ trợ cho khách hàng",
            &Query::new("khach hang"),
            20,
        );
        assert!(
            vi.text.width() <= 20 && vi.text.contains("khách hàng"),
            "{}",
            vi.text
        );
    }

    /// At every width, for a match at the start, the middle and the end: the line
    /// fills its width (less a space trimmed before "…"), "…" stands exactly where the
    /// text goes on, and a cut start falls at a word.
    #[test]
    fn a_snippet_uses_its_width_and_marks_only_real_cuts() {
        let texts = [
            "Sales and service are among the most fundamental features of any business, \
             although they may sound alike, they differ in many ways and each has a role.",
            "Dịch vụ là việc cung cấp hỗ trợ cho khách hàng trước, trong và sau khi mua hàng.",
            "Þjónusta snýst um að byggja upp traust og langtímasambönd við viðskiptavini.",
            // Two columns a character: no content has them yet, a translation may.
            "販売 と サービス は 似て いる が 役割 は 違う。 販売 は 取引 を 生み、 サービス は 信頼 を 育てる。",
        ];
        for text in texts {
            let words: Vec<&str> = text.split(' ').collect();
            let middle = words.len() / 2;
            for word in [words[0], words[2], words[middle], words[words.len() - 1]] {
                let word = word.trim_end_matches(['.', ',', '。', '、']);
                let query = Query::new(word);
                for width in 3..text.width() + 2 {
                    let cut = snippet(text, &query, width);
                    assert!(
                        cut.highlights
                            .iter()
                            .all(|mark| !mark.is_empty() && mark.end <= cut.text.len()),
                        "{width}: {cut:?}"
                    );
                    let line = cut.text;
                    assert!(line.width() <= width, "{width}: {line}");
                    let shown = line.trim_start_matches('…').trim_end_matches('…');
                    if shown.is_empty() {
                        // Three columns hold no character of two between two "…".
                        assert!(width < 4 && line.width() <= width, "{width}: {line}");
                        continue;
                    }
                    assert_eq!(
                        line.starts_with('…'),
                        !text.starts_with(shown),
                        "{width}: {line}"
                    );
                    assert_eq!(
                        line.ends_with('…'),
                        !text.ends_with(shown),
                        "{width}: {line}"
                    );
                    // Long enough to be found once in the text.
                    if width < 16 {
                        continue;
                    }
                    let at = text.find(shown).unwrap();
                    if line.starts_with('…') {
                        assert_eq!(&text[at - 1..at], " ", "{width}: {line} starts mid-word");
                    }
                    if line.ends_with('…') {
                        let opening = usize::from(line.starts_with('…'));
                        assert!(
                            opening + text[at..].width() > width,
                            "{width}: {line} cut though the rest fits"
                        );
                    }
                    // The line is as full as it can be: a cut end leaves out a
                    // character that would not fit (with the spaces before it, which
                    // "…" would drop), and a line that ends the text leaves out a word
                    // before it that would not fit.
                    if line.ends_with('…') {
                        let after = &text[at + shown.len()..];
                        let next = after.trim_start();
                        let gap = after.len() - next.len();
                        let next = next.chars().next().and_then(|c| c.width()).unwrap_or(0);
                        assert!(
                            line.width() + gap + next > width,
                            "{width}: {line} leaves room"
                        );
                    } else if line.starts_with('…') {
                        let before = text[..at].trim_end();
                        let word = before.rsplit(' ').next().unwrap_or("");
                        assert!(
                            line.width() + word.width() + 1 > width,
                            "{width}: {line} leaves room"
                        );
                    }
                }
            }
        }
    }
}
