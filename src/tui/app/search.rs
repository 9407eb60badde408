//! The search line and what follows it: a query typed or pasted, the matches found as
//! it changes, one opened, then `n` and `N` through the rest, in the list's order, so
//! the count names the match as the list did. Its state lives beside
//! the place (it is not `Copy`); the index of every text is made while the explorer is
//! idle, a language at a time, or finished by the first search if that comes first,
//! never at start-up.

use std::ops::Range;

use super::{App, Focus, Mode, Notice};
use crate::content::{Library, Part};
use crate::document::{Anchor, plain};
use crate::study::action::Action;
use crate::study::fold::fold;
use crate::study::search::{Index, MAX_QUERY, Match, Query, Scope, ranked};

pub struct Search<'a> {
    /// Made a language at a time, while the explorer is idle.
    index: Index<'a>,
    /// The line as typed.
    line: String,
    query: Query,
    scope: Scope,
    /// The language "this language" meant when the matches were found.
    searched_in: usize,
    /// As the list shows them (titles first, exact before folded), and as `n` and `N`
    /// go through them.
    ranked: Vec<Match>,
    /// The chosen line of the list.
    selected: usize,
    /// The match opened last, in `ranked`: where `n` and `N` go on from.
    current: Option<usize>,
    /// The query's words are marked in the text, from Enter until Esc.
    highlighting: bool,
}

impl<'a> Search<'a> {
    pub(super) fn new() -> Search<'a> {
        Search {
            index: Index::default(),
            line: String::new(),
            query: Query::default(),
            scope: Scope::ThisLanguage,
            searched_in: 0,
            ranked: Vec::new(),
            selected: 0,
            current: None,
            highlighting: false,
        }
    }

    pub fn line(&self) -> &str {
        &self.line
    }

    pub fn query(&self) -> &Query {
        &self.query
    }

    pub fn scope(&self) -> Scope {
        self.scope
    }

    /// The matches as the list shows them.
    pub fn ranked(&self) -> &[Match] {
        &self.ranked
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The opened match's position among all of them, from 1, and how many there are.
    pub fn position(&self) -> Option<(usize, usize)> {
        self.current.map(|current| (current + 1, self.ranked.len()))
    }

    /// The match opened last.
    pub fn current(&self) -> Option<&Match> {
        self.ranked.get(self.current?)
    }

    /// The query whose words are marked in the text, if they are.
    pub fn highlighted(&self) -> Option<&Query> {
        (self.highlighting && !self.query.is_empty()).then_some(&self.query)
    }

    /// The text a match was found in.
    pub fn text(&self, found: &Match) -> &'a str {
        self.index.text(found)
    }

    /// Adds a language to the index; returns whether one was left to add.
    pub(super) fn grow_index(&mut self, library: &'a Library) -> bool {
        self.index.add_language(library)
    }

    /// The search without its index, for the library that replaces the one it was
    /// made from: the line, the scope and the marks stay (`find_again` finds the
    /// matches in the new one).
    pub(super) fn relinked<'b>(self) -> Search<'b> {
        Search {
            index: Index::default(),
            line: self.line,
            query: self.query,
            scope: self.scope,
            searched_in: self.searched_in,
            ranked: self.ranked,
            selected: self.selected,
            current: self.current,
            highlighting: self.highlighting,
        }
    }

    /// The matches in a new library: the same line chosen in the list, and `n` goes
    /// on from the same text, where it still matches.
    pub(super) fn find_again(&mut self, library: &'a Library) {
        if self.query.is_empty() {
            return;
        }
        let selected = self.selected;
        let current = self.current.map(|current| self.ranked[current]);
        self.find(library, self.searched_in);
        self.selected = selected.min(self.ranked.len().saturating_sub(1));
        self.current = current.and_then(|current| {
            self.ranked
                .iter()
                .position(|found| (found.language, found.at) == (current.language, current.at))
        });
    }

    fn find(&mut self, library: &'a Library, reading: usize) {
        // The languages the idle pass has not reached yet.
        while self.index.add_language(library) {}
        self.ranked = ranked(&self.index.search(&self.query, self.scope, reading));
        self.searched_in = reading;
        self.selected = 0;
        self.current = None;
    }
}

impl<'a> App<'a> {
    /// The search line is modal: keys are text but for the few that steer it.
    /// Returns whether the search changed (the place may change besides).
    pub(super) fn update_search(&mut self, action: Action) -> bool {
        match action {
            Action::Type(c) => self.edit(|line| line.push(c)),
            Action::Paste(text) => self.edit(|line| line.push_str(&one_line(&text))),
            Action::Erase => self.edit(|line| {
                line.pop();
            }),
            Action::EraseWord => self.edit(|line| {
                let kept = line.trim_end().rfind(' ').map_or(0, |space| space + 1);
                line.truncate(kept);
            }),
            Action::ClearQuery => self.edit(String::clear),
            Action::ToggleScope => {
                self.search.scope = self.search.scope.toggled();
                self.refind();
            }
            Action::Up => self.choose(-1),
            Action::Down => self.choose(1),
            Action::PageUp => self.choose(-10),
            Action::PageDown => self.choose(10),
            Action::OpenMatch => self.open_chosen(),
            Action::Back => self.close_search(),
            // Not this mode's: its key table does not ask for them.
            _ => return false,
        }
        true
    }

    /// A new search: an empty line, the last scope.
    pub(super) fn open_search(&mut self, focus: Focus) -> bool {
        self.place.mode = Mode::Search(focus);
        self.search.line.clear();
        self.search.query = Query::default();
        self.search.highlighting = false;
        self.refind();
        true
    }

    fn close_search(&mut self) {
        self.place.mode = Mode::Reading(self.place.mode.focus());
        self.search.highlighting = false;
    }

    /// Esc on the main screen clears the marks first, as a second Esc goes back to
    /// the topics.
    pub(super) fn clear_highlights(&mut self) -> bool {
        std::mem::replace(&mut self.search.highlighting, false)
    }

    fn edit(&mut self, change: impl FnOnce(&mut String)) {
        change(&mut self.search.line);
        // Longer than the line can show, and every word is a pass over the texts.
        if let Some((cut, _)) = self.search.line.char_indices().nth(MAX_QUERY) {
            self.search.line.truncate(cut);
        }
        let query = Query::new(&self.search.line);
        if query != self.search.query {
            self.search.query = query;
            self.refind();
        }
    }

    fn refind(&mut self) {
        self.search.find(self.library, self.place.language);
    }

    fn choose(&mut self, step: isize) {
        let last = self.search.ranked.len().saturating_sub(1);
        self.search.selected = self.search.selected.saturating_add_signed(step).min(last);
    }

    fn open_chosen(&mut self) {
        let Some(&chosen) = self.search.ranked.get(self.search.selected) else {
            return;
        };
        self.search.current = Some(self.search.selected);
        self.go_to(chosen);
    }

    /// `n` (forward) and `N`: the next match in the list's order, round to the first
    /// after the last (and saying so).
    pub(super) fn step_match(&mut self, forward: bool) -> bool {
        // "This language" has changed under the matches: they are found again.
        if self.search.scope == Scope::ThisLanguage
            && self.search.searched_in != self.place.language
        {
            self.refind();
        }
        let count = self.search.ranked.len();
        if count == 0 {
            return false;
        }
        let (next, notice) = match (self.search.current, forward) {
            (None, true) => (0, None),
            (None, false) => (count - 1, None),
            (Some(current), true) if current + 1 < count => (current + 1, None),
            (Some(_), true) => (0, Some(Notice::WrappedToTop)),
            (Some(current), false) if current > 0 => (current - 1, None),
            (Some(_), false) => (count - 1, Some(Notice::WrappedToBottom)),
        };
        self.search.current = Some(next);
        if let Some(notice) = notice {
            self.say(notice);
        }
        self.go_to(self.search.ranked[next]);
        true
    }

    /// The lines of the text shown that hold the match opened last (marked apart from
    /// the others, as `less` and `vim` mark theirs), while the marks are on.
    pub fn current_match_lines(&self) -> Option<Range<usize>> {
        self.search.highlighted()?;
        let found = self.search.current()?;
        let here = found.language == self.place.language && found.at.entry() == self.place.entry;
        here.then(|| self.document().part_lines(found.at.part()))
            .flatten()
    }

    /// Opens a match's topic in its language, with the match near the top of the
    /// text and the query's words marked.
    fn go_to(&mut self, found: Match) {
        self.search.highlighting = true;
        // As any other switch: the language read before is kept, and a second
        // language that is the match's changes sides.
        if found.language != self.place.language {
            self.place = self.place.in_language(found.language);
        }
        self.place.entry = found.at.entry();
        self.place.mode = Mode::Reading(Focus::Detail);
        self.settle();
        self.place.anchor = self.anchor_of(found.at.part());
    }

    /// The part, from the line where the query's first word shows, with two lines of
    /// what comes before it where the part is longer than half the pane.
    fn anchor_of(&self, part: Part) -> Anchor {
        let document = self.document();
        let Some(lines) = document.part_lines(part) else {
            return Anchor::TOP;
        };
        let word = self.search.query.words().first().map_or("", String::as_str);
        let found = lines
            .clone()
            .find(|&line| fold(&plain(&document.lines[line])).contains(word))
            .unwrap_or(lines.start);
        let offset = found - lines.start;
        let line = if offset < self.rows() / 2 {
            0
        } else {
            offset - 2
        };
        Anchor::In {
            part,
            line,
            of: lines.len().max(1),
        }
    }
}

/// Pasted text as one line of a query: line breaks and tabs become spaces, other
/// control characters go.
fn one_line(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}
