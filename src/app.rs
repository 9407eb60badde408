//! The explorer's state and its pure `update`: it clamps, keeps the topic across
//! languages, and never sees a terminal. The view reads this state and nothing else.

use std::collections::HashMap;

use ratatui::layout::{Rect, Size};

use crate::action::{Action, help_rows};
use crate::content::{Language, Library, Shown, TopicId};
use crate::document::{Document, layout_topic};
use crate::layout::{self, LanguageSlot, Screen};
use crate::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sidebar,
    Detail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
}

/// Where the reader is: everything the screen depends on besides the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub language: usize,
    pub topic: TopicId,
    pub focus: Focus,
    pub overlay: Overlay,
    /// First line of the text shown in the detail pane.
    pub scroll: usize,
    /// First row of the help shown, when the help is taller than the screen.
    pub help_scroll: usize,
    pub viewport: Size,
    pub quit: bool,
}

/// A laid-out topic is reused until the language, topic or width changes, so a
/// keypress does not re-wrap the text. Small: a resize storm must not grow it forever.
const CACHE_LIMIT: usize = 64;
type DocumentKey = (usize, TopicId, u16);

pub struct App<'a> {
    library: &'a Library<'a>,
    theme: Theme,
    mouse: bool,
    place: Place,
    /// The regions of the viewport, solved once per size rather than per question.
    screen: Screen,
    documents: HashMap<DocumentKey, Document>,
    empty: Document,
}

impl<'a> App<'a> {
    pub fn new(
        library: &'a Library<'a>,
        theme: Theme,
        language: usize,
        topic: TopicId,
        mouse: bool,
        viewport: Size,
    ) -> App<'a> {
        let place = Place {
            language: language.min(library.languages().len().saturating_sub(1)),
            topic,
            focus: Focus::Sidebar,
            overlay: Overlay::None,
            scroll: 0,
            help_scroll: 0,
            viewport,
            quit: false,
        };
        let mut app = App {
            library,
            theme,
            mouse,
            place,
            screen: layout::screen(viewport_rect(viewport)),
            documents: HashMap::new(),
            empty: Document::empty(),
        };
        app.settle();
        app
    }

    /// Applies an action; returns whether anything on screen changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.place;
        match self.place.overlay {
            Overlay::None => self.update_main(action),
            Overlay::Help => self.update_help(action),
        }
        self.settle();
        self.place != before
    }

    fn update_main(&mut self, action: Action) {
        match action {
            Action::Up => self.up(),
            Action::Down => self.down(),
            Action::FocusDetail => self.focus(Focus::Detail),
            Action::FocusSidebar | Action::Back => self.focus(Focus::Sidebar),
            Action::PageUp => self.scroll_by(-self.page()),
            Action::PageDown => self.scroll_by(self.page()),
            Action::Top => self.place.scroll = 0,
            Action::Bottom => self.place.scroll = usize::MAX,
            Action::NextLanguage => self.step_language(1),
            Action::PreviousLanguage => self.step_language(-1),
            Action::PickLanguage(index) => self.pick_language(index),
            Action::ToggleHelp => self.open_help(),
            Action::Quit => self.place.quit = true,
            Action::Resize { width, height } => self.resize(Size { width, height }),
            Action::SelectTopic(index) => self.select_topic_at(index),
            Action::StepTopic(step) => self.step_topic(isize::from(step)),
            Action::ScrollDetail(lines) => self.scroll_by(isize::from(lines)),
        }
    }

    /// The help is modal: its keys scroll it and close it; languages still switch
    /// (a learner can read the help in another language); the rest waits.
    fn update_help(&mut self, action: Action) {
        match action {
            Action::Up => self.scroll_help_by(-1),
            Action::Down => self.scroll_help_by(1),
            Action::PageUp | Action::Top => self.place.help_scroll = 0,
            Action::PageDown | Action::Bottom => self.place.help_scroll = usize::MAX,
            Action::Back | Action::ToggleHelp => self.place.overlay = Overlay::None,
            Action::NextLanguage => self.step_language(1),
            Action::PreviousLanguage => self.step_language(-1),
            Action::PickLanguage(index) => self.pick_language(index),
            Action::Quit => self.place.quit = true,
            Action::Resize { width, height } => self.resize(Size { width, height }),
            Action::FocusDetail
            | Action::FocusSidebar
            | Action::SelectTopic(_)
            | Action::StepTopic(_)
            | Action::ScrollDetail(_) => {}
        }
    }

    /// Re-wrapping moves text to other lines: the reader stays at the same part of the
    /// text (the same fraction of it, the end if they were at the end).
    fn resize(&mut self, viewport: Size) {
        let (scroll, max, height) = (
            self.place.scroll,
            self.max_scroll(),
            self.document().height(),
        );
        self.place.viewport = viewport;
        self.settle();
        self.place.scroll = if max > 0 && scroll >= max {
            self.max_scroll()
        } else {
            scroll * self.document().height() / height.max(1)
        };
    }

    fn open_help(&mut self) {
        self.place.overlay = Overlay::Help;
        self.place.help_scroll = 0;
    }

    fn scroll_help_by(&mut self, rows: isize) {
        self.place.help_scroll = self.place.help_scroll.saturating_add_signed(rows);
    }

    fn up(&mut self) {
        match self.place.focus {
            Focus::Sidebar => self.step_topic(-1),
            Focus::Detail => self.scroll_by(-1),
        }
    }

    fn down(&mut self) {
        match self.place.focus {
            Focus::Sidebar => self.step_topic(1),
            Focus::Detail => self.scroll_by(1),
        }
    }

    fn focus(&mut self, focus: Focus) {
        self.place.focus = focus;
    }

    fn step_topic(&mut self, step: isize) {
        let index = self
            .place
            .topic
            .index()
            .saturating_add_signed(step)
            .min(TopicId::ALL.len() - 1);
        self.select_topic_at(index);
    }

    fn select_topic_at(&mut self, index: usize) {
        if let Some(&topic) = TopicId::ALL.get(index)
            && topic != self.place.topic
        {
            self.place.topic = topic;
            self.place.scroll = 0;
        }
    }

    fn step_language(&mut self, step: isize) {
        let count = self.library.languages().len();
        let index = (self.place.language as isize + step).rem_euclid(count as isize);
        self.pick_language(index as usize);
    }

    /// The topic stays the same (by id); the reader starts at its top, since the same
    /// line number points at different text in another language.
    fn pick_language(&mut self, index: usize) {
        if index < self.library.languages().len() && index != self.place.language {
            self.place.language = index;
            self.place.scroll = 0;
        }
    }

    fn scroll_by(&mut self, lines: isize) {
        self.place.scroll = self.place.scroll.saturating_add_signed(lines);
    }

    /// A page keeps one line of the previous page in view, as `less` does — below the
    /// pinned labels of a table, where they would cover it.
    fn page(&self) -> isize {
        let rows = usize::from(self.text_area().height.saturating_sub(1).max(1));
        let pinned = self
            .document()
            .pinned_header(self.place.scroll + rows)
            .map_or(0, |header| header.len());
        isize::try_from(rows.saturating_sub(pinned).max(1)).unwrap_or(1)
    }

    /// Lays out the current topic for the current width if needed, and clamps the
    /// scroll to it.
    fn settle(&mut self) {
        self.screen = layout::screen(viewport_rect(self.place.viewport));
        let area = self.text_area();
        // A screen too small to show the text has nothing to lay out.
        if !area.is_empty() {
            self.lay_out(area.width);
        }
        self.place.scroll = self.place.scroll.min(self.max_scroll());
        // The help's rows are counted only while it is open, not on every keypress.
        self.place.help_scroll = match self.place.overlay {
            Overlay::Help => self.place.help_scroll.min(self.max_help_scroll()),
            Overlay::None => 0,
        };
    }

    fn lay_out(&mut self, width: u16) {
        let key = (self.place.language, self.place.topic, width);
        if self.documents.contains_key(&key) {
            return;
        }
        if self.documents.len() >= CACHE_LIMIT {
            self.documents.clear();
        }
        let shown = self.library.topic(self.place.language, self.place.topic);
        let document = layout_topic(shown, &self.language().ui, width, &self.theme);
        self.documents.insert(key, document);
    }

    /// The help's rows: keys and their descriptions in the current language.
    pub fn help_rows(&self) -> Vec<(String, &str)> {
        help_rows(&self.language().ui, self.mouse)
    }

    pub fn max_help_scroll(&self) -> usize {
        let rows = self.help_rows().len();
        let shown = layout::help_rows_shown(self.viewport_area(), rows);
        rows.saturating_sub(shown)
    }

    fn viewport_area(&self) -> Rect {
        viewport_rect(self.place.viewport)
    }

    pub fn max_scroll(&self) -> usize {
        self.document()
            .height()
            .saturating_sub(usize::from(self.text_area().height))
    }

    fn text_area(&self) -> Rect {
        match self.screen() {
            Screen::Full(regions) => layout::detail_text(regions.detail),
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

    pub fn language(&self) -> &Language<'_> {
        self.library.language(self.place.language)
    }

    pub fn shown(&self, topic: TopicId) -> Shown<'_> {
        self.library.topic(self.place.language, topic)
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The current topic laid out for the detail pane.
    pub fn document(&self) -> &Document {
        let key = (
            self.place.language,
            self.place.topic,
            self.text_area().width,
        );
        self.documents.get(&key).unwrap_or(&self.empty)
    }

    /// The language bar's labels and where they are.
    pub fn language_slots(&self, bar: Rect) -> Vec<LanguageSlot> {
        let languages: Vec<(&str, &str)> = self
            .library
            .languages()
            .iter()
            .map(|language| (language.code.as_str(), language.name.as_str()))
            .collect();
        layout::language_slots(bar, &languages)
    }

    /// The first topic the sidebar shows.
    pub fn sidebar_offset(&self) -> usize {
        match self.screen() {
            Screen::Full(regions) => {
                let rows = layout::inside_border(regions.sidebar).height;
                layout::sidebar_offset(self.place.topic.index(), TopicId::ALL.len(), rows)
            }
            Screen::TooSmall(_) => 0,
        }
    }

    pub fn should_quit(&self) -> bool {
        self.place.quit
    }
}

fn viewport_rect(size: Size) -> Rect {
    Rect::from((ratatui::layout::Position::ORIGIN, size))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library<'static> {
        Library::builtin().expect("built-in content is valid")
    }

    fn app<'a>(library: &'a Library<'a>, width: u16, height: u16) -> App<'a> {
        App::new(
            library,
            Theme::mono(),
            0,
            TopicId::Overview,
            true,
            Size::new(width, height),
        )
    }

    #[test]
    fn switching_language_keeps_the_topic() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::NextLanguage);
        assert_eq!(app.place().language, 1);
        assert_eq!(app.place().topic, TopicId::Comparison);
        app.update(Action::PickLanguage(5));
        assert_eq!(
            (app.place().language, app.place().topic),
            (5, TopicId::Comparison)
        );
        app.update(Action::PreviousLanguage);
        assert_eq!(
            (app.place().language, app.place().topic),
            (4, TopicId::Comparison)
        );
    }

    #[test]
    fn languages_wrap_around_and_unknown_digits_are_ignored() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::PreviousLanguage);
        assert_eq!(app.place().language, library.languages().len() - 1);
        app.update(Action::NextLanguage);
        assert_eq!(app.place().language, 0);
        assert!(
            !app.update(Action::PickLanguage(8)),
            "there is no ninth language"
        );
        assert_eq!(app.place().language, 0);
    }

    #[test]
    fn the_selection_stays_in_range() {
        let library = library();
        let mut app = app(&library, 100, 30);
        assert!(!app.update(Action::Up), "already at the first topic");
        assert_eq!(app.place().topic, TopicId::Overview);
        for _ in 0..40 {
            app.update(Action::Down);
        }
        assert_eq!(app.place().topic, TopicId::Conclusion);
        app.update(Action::SelectTopic(99));
        assert_eq!(app.place().topic, TopicId::Conclusion);
        app.update(Action::StepTopic(-1));
        assert_eq!(app.place().topic, TopicId::ImportanceOfService);
    }

    #[test]
    fn scrolling_clamps_at_both_ends() {
        let library = library();
        let mut app = app(&library, 60, 20);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::FocusDetail);
        let max = app.max_scroll();
        assert!(
            max > app.page() as usize,
            "the comparison is pages long at 60x20"
        );
        app.update(Action::Up);
        assert_eq!(app.place().scroll, 0);
        app.update(Action::Down);
        assert_eq!(app.place().scroll, 1);
        app.update(Action::Bottom);
        assert_eq!(app.place().scroll, max);
        app.update(Action::PageDown);
        app.update(Action::ScrollDetail(3));
        assert_eq!(app.place().scroll, max);
        app.update(Action::PageUp);
        assert_eq!(app.place().scroll, max - app.page() as usize);
        app.update(Action::Top);
        assert_eq!(app.place().scroll, 0);
        app.update(Action::ScrollDetail(-3));
        assert_eq!(app.place().scroll, 0);
    }

    #[test]
    fn a_page_down_keeps_the_last_line_in_view_under_pinned_labels() {
        let library = library();
        let mut app = App::new(
            &library,
            Theme::mono(),
            5,
            TopicId::Comparison,
            true,
            Size::new(100, 20),
        );
        let rows = usize::from(app.text_area().height);
        let last_seen = app.place().scroll + rows - 1;
        app.update(Action::PageDown);
        assert!(
            app.place().scroll < app.max_scroll(),
            "not stopped by the end"
        );
        let scroll = app.place().scroll;
        let pinned = app
            .document()
            .pinned_header(scroll)
            .map_or(0, |header| header.len());
        assert_eq!(pinned, 2, "the table's labels are pinned after a page");
        assert_eq!(
            scroll + pinned,
            last_seen,
            "the last line seen is the first line under the labels"
        );
    }

    #[test]
    fn a_resize_reclamps_the_scroll() {
        let library = library();
        let mut app = app(&library, 60, 20);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::Bottom);
        let narrow = app.place().scroll;
        app.update(Action::Resize {
            width: 200,
            height: 60,
        });
        assert!(app.place().scroll <= app.max_scroll());
        assert!(app.place().scroll < narrow);
    }

    #[test]
    fn a_resize_keeps_the_reader_at_the_same_part_of_the_text() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::Bottom);
        assert!(app.place().scroll > 0);
        app.update(Action::Resize {
            width: 40,
            height: 12,
        });
        assert_eq!(
            app.place().scroll,
            app.max_scroll(),
            "the end stays the end"
        );
        let mut app = App::new(
            &library,
            Theme::mono(),
            0,
            TopicId::Overview,
            true,
            Size::new(60, 20),
        );
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::ScrollDetail(30));
        let fraction = 30.0 / app.document().height() as f64;
        app.update(Action::Resize {
            width: 100,
            height: 20,
        });
        let now = app.place().scroll as f64 / app.document().height() as f64;
        assert!((now - fraction).abs() < 0.05, "{fraction} then {now}");
    }

    #[test]
    fn a_new_topic_or_language_starts_at_its_top() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::Bottom);
        app.update(Action::NextLanguage);
        assert_eq!(app.place().scroll, 0);
        app.update(Action::Bottom);
        app.update(Action::StepTopic(1));
        assert_eq!(app.place().scroll, 0);
    }

    #[test]
    fn focus_moves_and_arrows_follow_it() {
        let library = library();
        let mut app = app(&library, 100, 30);
        assert_eq!(app.place().focus, Focus::Sidebar);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::FocusDetail);
        assert_eq!(app.place().focus, Focus::Detail);
        app.update(Action::Down);
        assert_eq!(
            (app.place().topic, app.place().scroll),
            (TopicId::Comparison, 1),
            "Down scrolls the text"
        );
        app.update(Action::FocusSidebar);
        app.update(Action::Down);
        assert_eq!(
            app.place().topic,
            TopicId::KeyDifferences,
            "Down moves the selection"
        );
        app.update(Action::FocusDetail);
        app.update(Action::Back);
        assert_eq!(app.place().focus, Focus::Sidebar);
    }

    #[test]
    fn the_help_is_modal_and_closes_with_esc_or_question_mark() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::ToggleHelp);
        assert_eq!(app.place().overlay, Overlay::Help);
        app.update(Action::Down);
        assert_eq!(
            app.place().topic,
            TopicId::Overview,
            "keys do not reach the sidebar under the help"
        );
        app.update(Action::NextLanguage);
        assert_eq!(
            app.place().language,
            1,
            "the help can be read in another language"
        );
        app.update(Action::Back);
        assert_eq!(app.place().overlay, Overlay::None);
        app.update(Action::ToggleHelp);
        app.update(Action::ToggleHelp);
        assert_eq!(app.place().overlay, Overlay::None);
    }

    #[test]
    fn the_help_scrolls_only_when_it_does_not_fit() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::ToggleHelp);
        assert!(!app.update(Action::Down));
        let mut small = App::new(
            &library,
            Theme::mono(),
            0,
            TopicId::Overview,
            true,
            Size::new(40, 12),
        );
        small.update(Action::ToggleHelp);
        assert!(small.max_help_scroll() > 0);
        small.update(Action::Bottom);
        assert_eq!(small.place().help_scroll, small.max_help_scroll());
        small.update(Action::Down);
        assert_eq!(small.place().help_scroll, small.max_help_scroll());
    }

    #[test]
    fn quitting_is_possible_from_anywhere() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::ToggleHelp);
        app.update(Action::Quit);
        assert!(app.should_quit());
    }

    #[test]
    fn a_tiny_screen_has_nothing_to_scroll() {
        let library = library();
        let mut app = app(&library, 10, 4);
        app.update(Action::Bottom);
        assert_eq!(app.place().scroll, 0);
        app.update(Action::Resize {
            width: 0,
            height: 0,
        });
        app.update(Action::PageDown);
        assert_eq!(app.place().scroll, 0);
    }
}
