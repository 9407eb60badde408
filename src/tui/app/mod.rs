//! The explorer's state and its pure `update`: it clamps, keeps the reader's place
//! across languages, widths and modes, and never sees a terminal. The view reads this
//! state and nothing else.

use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

mod copy;
mod documents;
mod notice;
mod quiz;
mod reload;
mod search;

use documents::{DocumentKey, Documents};
pub use notice::Notice;
pub use quiz::Quiz;
pub use reload::{Files, Kept};
pub use search::Search;

use crate::content::{Language, Library, Pairing, Part, Shown, TopicId, align};
use crate::document::glossary::layout_glossary;
use crate::document::help::{self, HelpText};
use crate::document::theme::Theme;
use crate::document::{Anchor, Document, Side, layout_parallel, layout_topic};
use crate::study::action::Action;
use crate::study::entry::{Entry, ROWS};
use crate::study::keymap::{Platform, Table, help_rows};
use crate::tui::layout::{self, Layout, Pane, Panes, Screen};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sidebar,
    Detail,
}

/// What the keys act on, with what that mode needs to come back to. One value says
/// it: there is no second flag for "in the quiz" or "in the help".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The main screen, the keys on the topics or on the text.
    Reading(Focus),
    /// The search line, over the main screen (whose focus Esc comes back to).
    Search(Focus),
    /// The quiz's page has the keys: the arrows answer.
    Quiz,
    /// The help, over the mode it was opened from; its first row shown.
    Help {
        under: Under,
        scroll: usize,
        page: HelpPage,
    },
}

/// What the help's box shows: the keys, or the errors of the language files that do
/// not load (`!`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpPage {
    Keys,
    Errors,
}

/// The modes the help opens over, and closes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Under {
    Reading(Focus),
    Quiz,
}

impl Mode {
    /// The pane the keys act on (the one drawn with the heavy border).
    pub fn focus(self) -> Focus {
        match self {
            Mode::Reading(focus)
            | Mode::Search(focus)
            | Mode::Help {
                under: Under::Reading(focus),
                ..
            } => focus,
            Mode::Quiz
            | Mode::Help {
                under: Under::Quiz, ..
            } => Focus::Detail,
        }
    }

    /// The key table in force.
    pub fn table(self) -> Table {
        match self {
            Mode::Reading(_) => Table::Reading,
            Mode::Search(_) => Table::Search,
            Mode::Quiz => Table::Quiz,
            Mode::Help { .. } => Table::Help,
        }
    }

    /// The same mode with the keys on the text rather than on the hidden topics: on
    /// the quiz's entry, that is the quiz.
    fn on_text(self, entry: Entry) -> Mode {
        let text = |under: Under| match (under, entry) {
            (Under::Reading(Focus::Sidebar), Entry::Quiz) => Under::Quiz,
            (Under::Reading(_), _) => Under::Reading(Focus::Detail),
            (Under::Quiz, _) => Under::Quiz,
        };
        match self {
            Mode::Reading(focus) => Mode::from(text(Under::Reading(focus))),
            Mode::Search(_) => Mode::Search(Focus::Detail),
            Mode::Quiz => Mode::Quiz,
            Mode::Help {
                under,
                scroll,
                page,
            } => Mode::Help {
                under: text(under),
                scroll,
                page,
            },
        }
    }
}

impl From<Under> for Mode {
    fn from(under: Under) -> Mode {
        match under {
            Under::Reading(focus) => Mode::Reading(focus),
            Under::Quiz => Mode::Quiz,
        }
    }
}

/// Where the reader is: everything the screen depends on besides the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub language: usize,
    /// What the detail pane shows: a topic, the glossary or the quiz.
    pub entry: Entry,
    pub mode: Mode,
    /// The part of the text at the top of the view: it survives a change of
    /// language, a re-wrap and a trip through the "too small" screen.
    pub anchor: Anchor,
    /// Whether the sidebar is shown (`z` hides it and gives the text the width).
    pub sidebar: bool,
    /// The parallel view (`p`): a second language beside the first.
    pub parallel: bool,
    /// The second language as chosen with `o`; else English, or in English the
    /// language read before.
    pub second: Option<usize>,
    /// The language read before the current one.
    pub previous: usize,
    pub viewport: Size,
    pub quit: bool,
}

impl Place {
    /// The place in the language `index`: the same entry; the language read before is
    /// this one; side by side with itself would say nothing, so the two sides change
    /// places.
    fn in_language(mut self, index: usize) -> Place {
        if self.second == Some(index) {
            self.second = Some(self.language);
        }
        self.previous = self.language;
        self.language = index;
        self
    }
}

pub struct App<'a> {
    library: &'a Library,
    theme: Theme,
    mouse: bool,
    place: Place,
    /// The regions of the viewport and the mode's overlays, solved once per change
    /// rather than per question; drawing, scrolling and hit-testing all read it.
    layout: Layout,
    /// A key that scrolls does not lay the text out again, nor does one that comes
    /// back to a text or goes to one the idle pass laid out.
    documents: Documents,
    /// The help laid out, while it is open.
    help: HelpText,
    empty: Document,
    search: Search<'a>,
    quiz: Quiz,
    /// Said once on the status line.
    notice: Option<Notice>,
    /// What `y` or `Y` copied, until the event loop writes it to the terminal.
    clipboard: Option<String>,
    files: Files,
}

impl Place {
    /// Where a run opens: `entry` in `language`, the keys on the topics, the topics
    /// shown, one language; the size to come.
    pub fn at(language: usize, entry: Entry) -> Place {
        Place {
            language,
            entry,
            mode: Mode::Reading(Focus::Sidebar),
            anchor: Anchor::TOP,
            sidebar: true,
            parallel: false,
            second: None,
            previous: language,
            viewport: Size::ZERO,
            quit: false,
        }
    }
}

impl<'a> App<'a> {
    pub fn new(
        library: &'a Library,
        theme: Theme,
        language: usize,
        entry: impl Into<Entry>,
        mouse: bool,
        viewport: Size,
    ) -> App<'a> {
        let place = Place {
            viewport,
            ..Place::at(language, entry.into())
        };
        App::at(library, theme, place, mouse)
    }

    /// The explorer at `place` (a remembered one, say): what no longer fits the
    /// library is let go, and the keys go to the text while the topics are hidden.
    pub fn at(library: &'a Library, theme: Theme, mut place: Place, mouse: bool) -> App<'a> {
        let count = library.languages().len();
        place.language = place.language.min(count.saturating_sub(1));
        place.second = place.second.filter(|&second| second < count);
        if !place.sidebar {
            place.mode = place.mode.on_text(place.entry);
        }
        let mut app = App {
            library,
            theme,
            mouse,
            place,
            layout: Layout::plain(layout::screen(
                viewport_rect(place.viewport),
                Panes::Both { keys: Pane::Topics },
                None,
            )),
            documents: Documents::default(),
            help: HelpText::default(),
            empty: Document::empty(),
            search: Search::new(),
            quiz: Quiz::new(crate::study::quiz::Statement::all(library)),
            notice: None,
            clipboard: None,
            files: Files::default(),
        };
        app.settle();
        app
    }

    /// Applies an action; returns whether anything on screen changed.
    pub fn update(&mut self, action: Action) -> bool {
        let mut changed = self.forget_notice();
        changed |= match self.update_global(&action) {
            Some(changed) => changed,
            None => match self.place.mode {
                Mode::Reading(focus) => self.update_reading(focus, action),
                Mode::Help { .. } => self.update_help(&action),
                Mode::Search(_) => self.update_search(action),
                Mode::Quiz => self.update_quiz(action),
            },
        };
        self.settle();
        changed
    }

    /// The actions that mean the same in every mode, handled once. Which keys ask for
    /// them in a mode is that mode's key table's business (in a text field, letters
    /// are text). `None` for the mode's own actions.
    fn update_global(&mut self, action: &Action) -> Option<bool> {
        Some(match *action {
            Action::Quit => {
                self.place.quit = true;
                true
            }
            Action::Resize { width, height } => self.resize(width, height),
            Action::NextLanguage => self.step_language(1),
            Action::PreviousLanguage => self.step_language(-1),
            Action::PickLanguage(index) => self.pick_language(index),
            Action::ToggleHelp => self.toggle_help(),
            Action::ToggleSidebar => self.toggle_sidebar(),
            Action::ToggleParallel => self.toggle_parallel(),
            Action::CycleSecond => self.cycle_second(),
            Action::ToggleErrors => self.toggle_errors(),
            // The terminal's business (the event loop's), not the state's.
            Action::Redraw | Action::Suspend | Action::Edit => false,
            _ => return None,
        })
    }

    fn update_reading(&mut self, focus: Focus, action: Action) -> bool {
        match action {
            Action::Up => self.up(focus),
            Action::Down => self.down(focus),
            Action::FocusDetail => self.focus_text(),
            Action::FocusSidebar => self.focus_topics(),
            Action::Back => self.clear_highlights() || self.focus_topics(),
            Action::PageUp => self.page_up(),
            Action::PageDown => self.page_down(),
            Action::HalfPageUp => self.move_text(-self.half_page()),
            Action::HalfPageDown => self.move_text(self.half_page()),
            Action::Top => self.top(focus),
            Action::Bottom => self.bottom(focus),
            Action::SelectRow(row) => self.select_row(row),
            Action::StepTopic(step) => self.step_topic(isize::from(step)),
            Action::ScrollDetail(lines) => self.scroll_by(isize::from(lines)),
            Action::OpenSearch => self.open_search(focus),
            Action::NextMatch => self.step_match(true),
            Action::PreviousMatch => self.step_match(false),
            Action::CopyPart => self.copy_part(),
            Action::CopyTopic => self.copy_topic(),
            // Not this mode's: its key table does not ask for them.
            _ => false,
        }
    }

    /// The help is modal: its keys scroll it and close it; the global keys still
    /// work (a learner can read the help in another language).
    fn update_help(&mut self, action: &Action) -> bool {
        let page = self.help_page();
        match action {
            Action::Up => self.scroll_help(|scroll| scroll.saturating_sub(1)),
            Action::Down => self.scroll_help(|scroll| scroll.saturating_add(1)),
            Action::PageUp => self.scroll_help(|scroll| scroll.saturating_sub(page)),
            Action::PageDown => self.scroll_help(|scroll| scroll.saturating_add(page)),
            Action::HalfPageUp => self.scroll_help(|scroll| scroll.saturating_sub(half(page))),
            Action::HalfPageDown => self.scroll_help(|scroll| scroll.saturating_add(half(page))),
            Action::ScrollDetail(lines) => {
                let lines = isize::from(*lines);
                self.scroll_help(|scroll| scroll.saturating_add_signed(lines))
            }
            Action::Top => self.scroll_help(|_| 0),
            Action::Bottom => self.scroll_help(|_| usize::MAX),
            Action::Back => self.toggle_help(),
            _ => false,
        }
    }

    fn resize(&mut self, width: u16, height: u16) -> bool {
        let size = Size { width, height };
        std::mem::replace(&mut self.place.viewport, size) != size
    }

    /// `?`: the help opens over the reading or the quiz, and closes back to it.
    fn toggle_help(&mut self) -> bool {
        self.place.mode = match self.place.mode {
            Mode::Help { under, .. } => Mode::from(under),
            Mode::Reading(focus) | Mode::Search(focus) => Mode::Help {
                under: Under::Reading(focus),
                scroll: 0,
                page: HelpPage::Keys,
            },
            Mode::Quiz => Mode::Help {
                under: Under::Quiz,
                scroll: 0,
                page: HelpPage::Keys,
            },
        };
        true
    }

    /// Moves the help to the row `to` gives, within its length.
    fn scroll_help(&mut self, to: impl Fn(usize) -> usize) -> bool {
        let max = self.max_help_scroll();
        let Mode::Help { scroll, .. } = &mut self.place.mode else {
            return false;
        };
        let new = to(*scroll).min(max);
        std::mem::replace(scroll, new) != new
    }

    fn up(&mut self, focus: Focus) -> bool {
        match focus {
            Focus::Sidebar => self.step_topic(-1),
            Focus::Detail => self.scroll_by(-1),
        }
    }

    fn down(&mut self, focus: Focus) -> bool {
        match focus {
            Focus::Sidebar => self.step_topic(1),
            Focus::Detail => self.scroll_by(1),
        }
    }

    /// Each pane's own ends: the list's first and last entry, the text's top and
    /// bottom.
    fn top(&mut self, focus: Focus) -> bool {
        match focus {
            Focus::Sidebar => self.select(Entry::first()),
            Focus::Detail => self.set_anchor(Anchor::TOP),
        }
    }

    fn bottom(&mut self, focus: Focus) -> bool {
        match focus {
            Focus::Sidebar => self.select(Entry::last()),
            Focus::Detail => self.set_anchor(Anchor::End),
        }
    }

    fn set_anchor(&mut self, anchor: Anchor) -> bool {
        std::mem::replace(&mut self.place.anchor, anchor) != anchor
    }

    fn page_up(&mut self) -> bool {
        let rows = self.rows();
        self.scroll_with(|document, scroll, _| document.page_up(scroll, rows))
    }

    fn page_down(&mut self) -> bool {
        let rows = self.rows();
        self.scroll_with(|document, scroll, max| document.page_down(scroll, rows, max))
    }

    /// The keys go to the text; on the quiz's entry, the quiz takes them.
    fn focus_text(&mut self) -> bool {
        let mode = match self.place.entry {
            Entry::Quiz => Mode::Quiz,
            Entry::Topic(_) | Entry::Glossary => Mode::Reading(Focus::Detail),
        };
        std::mem::replace(&mut self.place.mode, mode) != mode
    }

    /// The keys go to the topics, where they are shown: `z` alone brings hidden
    /// topics back.
    fn focus_topics(&mut self) -> bool {
        let mode = Mode::Reading(Focus::Sidebar);
        self.place.sidebar && std::mem::replace(&mut self.place.mode, mode) != mode
    }

    /// `z`: the topics hidden until it is pressed again, in every mode; the keys go
    /// to the text while they are.
    fn toggle_sidebar(&mut self) -> bool {
        self.place.sidebar = !self.place.sidebar;
        if !self.place.sidebar {
            self.place.mode = self.place.mode.on_text(self.place.entry);
        } else if !layout::room_for_both(self.place.viewport.width)
            && let Mode::Reading(_) = self.place.mode
        {
            // Where only one pane fits, the topics come back with the keys, or they
            // would not show.
            self.place.mode = Mode::Reading(Focus::Sidebar);
        }
        true
    }

    /// The panes the reader has asked for, and which has the keys.
    fn panes(&self) -> Panes {
        match (self.place.sidebar, self.place.mode.focus()) {
            (false, _) => Panes::Text,
            (true, Focus::Sidebar) => Panes::Both { keys: Pane::Topics },
            (true, Focus::Detail) => Panes::Both { keys: Pane::Text },
        }
    }

    fn toggle_parallel(&mut self) -> bool {
        self.place.parallel = !self.place.parallel;
        true
    }

    fn step_topic(&mut self, step: isize) -> bool {
        self.select(self.place.entry.step(step))
    }

    fn select_row(&mut self, row: usize) -> bool {
        match ROWS.get(row) {
            Some(Some(entry)) => self.select(*entry),
            Some(None) | None => false,
        }
    }

    fn select(&mut self, entry: Entry) -> bool {
        if entry == self.place.entry {
            return false;
        }
        self.place.entry = entry;
        self.place.anchor = Anchor::TOP;
        true
    }

    fn step_language(&mut self, step: isize) -> bool {
        let count = self.library.languages().len();
        let index = self
            .place
            .language
            .checked_add_signed(step)
            .map_or(count - 1, |index| index % count);
        self.pick_language(index)
    }

    /// The topic stays the same (by id), and so does the reader's place in it: the
    /// same row or item at the top where the two languages give the topic the same
    /// shape, else the same fraction of the text.
    fn pick_language(&mut self, index: usize) -> bool {
        if index >= self.library.languages().len() || index == self.place.language {
            return false;
        }
        // Only a topic's parts can differ between languages: the glossary and the quiz
        // have the same in every language.
        let corresponds = self.place.entry.topic().is_none_or(|topic| {
            let shape = |language| self.library.topic(language, topic).topic.shape();
            shape(index) == shape(self.place.language)
        });
        let (top, height) = {
            let document = self.document();
            (document.text_start(self.scroll()), document.height())
        };
        let from = self.place.language;
        self.place = self.place.in_language(index);
        if corresponds || matches!(self.place.anchor, Anchor::End) {
            return true;
        }
        // Of a topic of another shape, the part that pairs with the one on top, where
        // one does (as the parallel view pairs them); else the same fraction of the text.
        if let (Some(topic), Anchor::In { part, line, of }) =
            (self.place.entry.topic(), self.place.anchor)
        {
            let [old, new] =
                [from, index].map(|language| self.library.topic(language, topic).topic);
            let partner = align(old, new)
                .into_iter()
                .find(|pairing| pairing.first() == Some(part))
                .and_then(Pairing::second);
            if let Some(part) = partner {
                self.place.anchor = Anchor::In { part, line, of };
                return true;
            }
        }
        self.settle();
        let document = self.document();
        // Both texts are laid out at the same size, so both are empty (nothing is
        // shown) or neither.
        if height == 0 {
            self.place.anchor = Anchor::TOP;
            return true;
        }
        let top = top * document.height() / height;
        let max = self.max_scroll();
        let scroll = document.scroll_for_text(top).min(max);
        self.place.anchor = document.anchor_at(scroll, max);
        true
    }

    /// The parallel view's second language: as chosen, else English, or in English
    /// the language read before (else the next).
    pub fn second_language(&self) -> usize {
        self.second_language_in(&self.place)
    }

    fn second_language_in(&self, place: &Place) -> usize {
        let count = self.library.languages().len();
        let reading = place.language;
        let english = self.library.english();
        place
            .second
            .into_iter()
            .chain([english, place.previous, (reading + 1) % count])
            .find(|&language| language != reading)
            .unwrap_or(reading)
    }

    /// `o`: the next language on the second side (and the parallel view on).
    fn cycle_second(&mut self) -> bool {
        let count = self.library.languages().len();
        let second = self.second_language();
        let next = (1..count)
            .map(|step| (second + step) % count)
            .find(|&language| language != self.place.language)
            .unwrap_or(second);
        self.place.second = Some(next);
        self.place.parallel = true;
        true
    }

    /// The second language, where the parallel view is on.
    pub fn beside(&self) -> Option<usize> {
        self.beside_in(&self.place)
    }

    fn beside_in(&self, place: &Place) -> Option<usize> {
        place.parallel.then(|| self.second_language_in(place))
    }

    /// The second language's name as the detail pane's border shows it.
    pub fn second_name(&self) -> Option<String> {
        self.beside()
            .map(|second| format!(" {} ", self.library.language(second).name))
    }

    /// Scrolls by `lines` views: a line each, where each shows something new.
    fn scroll_by(&mut self, lines: isize) -> bool {
        self.scroll_with(|document, scroll, max| document.step(scroll, lines, max))
    }

    /// Moves the text by about `lines` lines (pages and half pages).
    fn move_text(&mut self, lines: isize) -> bool {
        self.scroll_with(|document, scroll, max| document.scroll_text(scroll, lines, max))
    }

    fn scroll_with(&mut self, to: impl Fn(&Document, usize, usize) -> usize) -> bool {
        if self.text_area().is_empty() {
            return false;
        }
        let max = self.max_scroll();
        let document = self.document();
        let anchor = document.anchor_at(to(document, self.scroll(), max), max);
        self.set_anchor(anchor)
    }

    /// The text area's height.
    fn rows(&self) -> usize {
        usize::from(self.text_area().height)
    }

    fn half_page(&self) -> isize {
        isize::try_from(self.text_area().height / 2).map_or(1, |half| half.max(1))
    }

    fn help_page(&self) -> usize {
        self.layout.help_rows().saturating_sub(1).max(1)
    }

    /// Solves the layout for the size and mode (the help laid out, the search's list
    /// placed), lays out the text on screen if needed, and clamps what depends on them.
    fn settle(&mut self) {
        let second_name = self
            .second_name()
            .map(|name| u16::try_from(name.width()).unwrap_or(u16::MAX));
        let screen = layout::screen(
            viewport_rect(self.place.viewport),
            self.panes(),
            second_name,
        );
        let languages: Vec<(&str, &str)> = self
            .library
            .languages()
            .iter()
            .map(|language| (language.code.as_str(), language.name.as_str()))
            .collect();
        self.layout = Layout::plain(screen).with_languages(&languages, self.place.language);
        // The overlays are measured only while they are open, not on every keypress.
        match self.place.mode {
            Mode::Help { .. } => {
                // Laid out once a change, for the view, the scroll and its limit.
                self.help = self.lay_out_help();
                let title = self.help_title().width() + 2;
                let content = Size::new(
                    u16::try_from(self.help.width.max(title)).unwrap_or(u16::MAX),
                    u16::try_from(self.help.lines.len()).unwrap_or(u16::MAX),
                );
                let layout = std::mem::replace(&mut self.layout, Layout::plain(screen));
                self.layout = layout.with_help(content);
                self.scroll_help(|scroll| scroll);
            }
            Mode::Search(_) => {
                self.help = HelpText::default();
                let layout = std::mem::replace(&mut self.layout, Layout::plain(screen));
                self.layout = layout.with_matches(self.search.ranked().len());
            }
            Mode::Reading(_) | Mode::Quiz => self.help = HelpText::default(),
        }
        let area = self.text_area();
        // A screen too small to show the text has nothing to lay out; the anchor waits
        // for a size that has.
        if !area.is_empty() {
            self.documents
                .show(self.document_key(&self.place, area.width));
            self.lay_out(self.place, area.width);
            if self.place.entry == Entry::Quiz {
                self.lay_out_quiz(area.width);
            }
        }
    }

    /// While no input waits, the event loop has the texts one key away laid out, one
    /// at a time, then the index `/` searches, a language at a time, so that the key
    /// finds what it needs ready however long the text; a key that comes meanwhile
    /// waits for one step at most, however many languages there are. Returns whether
    /// there was something to do.
    pub fn prepare(&mut self) -> bool {
        let width = self.text_area().width;
        let next = self
            .one_key_away()
            .find(|place| !self.documents.contains(&self.document_key(place, width)));
        match next {
            Some(place) => {
                self.lay_out(place, width);
                true
            }
            None => self.search.grow_index(self.library),
        }
    }

    /// The places a key takes the reader to, likeliest first: the languages next in
    /// the bar (`l`, `L`), the entries next in the sidebar (`↓`, `↑`), the other view
    /// (`p`). What is on screen says which they are, not the number of languages. None
    /// where no text is shown; never the quiz, whose page is laid out as it goes.
    fn one_key_away(&self) -> impl Iterator<Item = Place> {
        let count = self.library.languages().len();
        let place = self.place;
        let shown = !self.text_area().is_empty();
        let languages = [
            (place.language + 1) % count,
            (place.language + count - 1) % count,
        ]
        .map(|index| place.in_language(index));
        let entry = |step: isize| Place {
            entry: place.entry.step(step),
            ..place
        };
        let other_view = Place {
            parallel: !place.parallel,
            ..place
        };
        languages
            .into_iter()
            .chain([entry(1), entry(-1), other_view])
            .filter(move |other| shown && other.entry != Entry::Quiz && *other != place)
    }

    fn document_key(&self, place: &Place, width: u16) -> DocumentKey {
        DocumentKey {
            language: place.language,
            beside: self.beside_in(place),
            entry: place.entry,
            width,
        }
    }

    fn lay_out(&mut self, place: Place, width: u16) {
        let key = self.document_key(&place, width);
        if self.documents.contains(&key) {
            return;
        }
        let (language, second) = (place.language, self.beside_in(&place));
        let document = match place.entry {
            Entry::Topic(topic) => {
                let side = |language: usize| Side {
                    shown: self.library.topic(language, topic),
                    ui: &self.library.language(language).ui,
                };
                let first = side(language);
                match second {
                    Some(second) => layout_parallel(first, side(second), width, &self.theme),
                    None => layout_topic(first.shown, first.ui, width, &self.theme),
                }
            }
            Entry::Glossary => {
                layout_glossary(self.library, language, second, width, &self.theme).into_document()
            }
            // The quiz's page changes with every answer: it is laid out in `settle`,
            // not kept.
            Entry::Quiz => return,
        };
        let ahead: Vec<DocumentKey> = self
            .one_key_away()
            .map(|place| self.document_key(&place, width))
            .collect();
        self.documents.insert(key, document, &ahead);
    }

    /// The help laid out for the room the screen gives it: keys and their
    /// descriptions in the current language.
    pub fn help_text(&self) -> &HelpText {
        &self.help
    }

    /// The help's rows for the room the layout gives them: keys and their
    /// descriptions in the current language, or a file's errors.
    fn lay_out_help(&self) -> HelpText {
        let rows = match self.place.mode {
            Mode::Help {
                page: HelpPage::Errors,
                ..
            } => self.error_rows(),
            _ => help_rows(&self.language().ui, Platform::CURRENT, self.mouse),
        };
        help::lay_out(&rows, self.layout.help_room(), &self.theme)
    }

    /// The help's title: "Keys", or over the errors, what they are.
    pub fn help_title(&self) -> &str {
        let ui = &self.language().ui;
        match self.place.mode {
            Mode::Help {
                page: HelpPage::Errors,
                ..
            } => &ui.keys.errors,
            _ => &ui.help_title,
        }
    }

    /// The help's first row shown (0 where the help is closed).
    pub fn help_scroll(&self) -> usize {
        match self.place.mode {
            Mode::Help { scroll, .. } => scroll,
            Mode::Reading(_) | Mode::Search(_) | Mode::Quiz => 0,
        }
    }

    /// The help's rows below those the box shows.
    pub fn max_help_scroll(&self) -> usize {
        self.help
            .lines
            .len()
            .saturating_sub(self.layout.help_rows())
    }

    pub fn max_scroll(&self) -> usize {
        self.document()
            .height()
            .saturating_sub(usize::from(self.text_area().height))
    }

    /// The part of the text on top of the pane: what `y` copies and where `v` opens
    /// the file. None where no text is shown.
    pub fn part_on_top(&self) -> Option<Part> {
        let document = self.document();
        (document.height() > 0).then(|| document.part_at(document.text_start(self.scroll())).0)
    }

    /// The first line of the text shown in the detail pane.
    pub fn scroll(&self) -> usize {
        self.document()
            .scroll_for(self.place.anchor, self.max_scroll())
    }

    fn text_area(&self) -> Rect {
        match self.screen() {
            Screen::Full(regions) => regions
                .detail
                .map_or_else(Rect::default, layout::detail_text),
            Screen::TooSmall(_) => Rect::default(),
        }
    }

    // --- what the view reads ---------------------------------------------------

    pub fn place(&self) -> &Place {
        &self.place
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn language(&self) -> &Language {
        self.library.language(self.place.language)
    }

    /// Any of the library's languages, by its index.
    pub fn language_at(&self, language: usize) -> &Language {
        self.library.language(language)
    }

    pub fn shown(&self, topic: TopicId) -> Shown<'_> {
        self.library.topic(self.place.language, topic)
    }

    /// A topic as shown in a language: the parallel view's second side, say.
    pub fn shown_in(&self, language: usize, topic: TopicId) -> Shown<'_> {
        self.library.topic(language, topic)
    }

    pub fn screen(&self) -> Screen {
        self.layout.screen
    }

    /// Where everything is on screen, overlays included.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The current topic laid out for the detail pane.
    pub fn document(&self) -> &Document {
        if self.place.entry == Entry::Quiz {
            return self.quiz.page();
        }
        let key = self.document_key(&self.place, self.text_area().width);
        self.documents.get(&key).unwrap_or(&self.empty)
    }

    /// The first topic the sidebar shows.
    pub fn sidebar_offset(&self) -> usize {
        match self.screen() {
            Screen::Full(regions) => regions.sidebar.map_or(0, |sidebar| {
                let rows = layout::inside_border(sidebar).height;
                layout::sidebar_offset(self.place.entry.row(), ROWS.len(), rows)
            }),
            Screen::TooSmall(_) => 0,
        }
    }

    pub fn should_quit(&self) -> bool {
        self.place.quit
    }

    pub fn search(&self) -> &Search<'a> {
        &self.search
    }

    /// The title of a topic in a language (for the search's list).
    pub fn title_in(&self, language: usize, topic: TopicId) -> &str {
        &self.library.topic(language, topic).topic.title
    }

    pub fn code_of(&self, language: usize) -> &str {
        &self.library.language(language).code
    }
}

/// Half a page of the help, at least a row.
fn half(page: usize) -> usize {
    (page / 2).max(1)
}

fn viewport_rect(size: Size) -> Rect {
    Rect::from((Position::ORIGIN, size))
}

#[cfg(test)]
mod tests;
