//! The explorer's state and its pure `update`: it clamps, keeps the reader's place
//! across languages, widths and modes, and never sees a terminal. The view reads this
//! state and nothing else.

use std::collections::HashMap;

use ratatui::layout::{Position, Rect, Size};

use crate::action::Action;
use crate::content::{Language, Library, Shown, TopicId};
use crate::document::{Anchor, Document, layout_topic};
use crate::help::{self, HelpText};
use crate::keymap::{Mode, help_rows};
use crate::layout::{self, LanguageSlot, Screen};
use crate::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sidebar,
    Detail,
}

/// Where the reader is: everything the screen depends on besides the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub language: usize,
    pub topic: TopicId,
    pub focus: Focus,
    pub mode: Mode,
    /// The part of the text at the top of the view: it survives a change of
    /// language, a re-wrap and a trip through the "too small" screen.
    pub anchor: Anchor,
    /// First row of the help shown, when the help is taller than the screen.
    pub help_scroll: usize,
    /// Whether the sidebar is shown (`z` hides it and gives the text the width).
    pub sidebar: bool,
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
    /// The regions of the viewport, solved once per size rather than per question;
    /// drawing and hit-testing both read it.
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
            mode: Mode::Reading,
            anchor: Anchor::TOP,
            help_scroll: 0,
            sidebar: true,
            viewport,
            quit: false,
        };
        let mut app = App {
            library,
            theme,
            mouse,
            place,
            screen: layout::screen(viewport_rect(viewport), true),
            documents: HashMap::new(),
            empty: Document::empty(),
        };
        app.settle();
        app
    }

    /// Applies an action; returns whether anything on screen changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.place;
        match self.place.mode {
            Mode::Reading => self.update_reading(action),
            Mode::Help => self.update_help(action),
        }
        self.settle();
        self.place != before
    }

    fn update_reading(&mut self, action: Action) {
        match action {
            Action::Up => self.up(),
            Action::Down => self.down(),
            Action::FocusDetail => self.focus(Focus::Detail),
            Action::FocusSidebar | Action::Back => self.focus(Focus::Sidebar),
            Action::PageUp => {
                let rows = self.rows();
                self.scroll_with(|document, scroll, _| document.page_up(scroll, rows));
            }
            Action::PageDown => {
                let rows = self.rows();
                self.scroll_with(|document, scroll, max| document.page_down(scroll, rows, max));
            }
            Action::HalfPageUp => self.move_text(-self.half_page()),
            Action::HalfPageDown => self.move_text(self.half_page()),
            Action::Top => self.place.anchor = Anchor::TOP,
            Action::Bottom => self.place.anchor = Anchor::End,
            Action::NextLanguage => self.step_language(1),
            Action::PreviousLanguage => self.step_language(-1),
            Action::PickLanguage(index) => self.pick_language(index),
            Action::ToggleSidebar => self.toggle_sidebar(),
            Action::ToggleHelp => self.open_help(),
            Action::Quit => self.place.quit = true,
            Action::Resize { width, height } => self.place.viewport = Size { width, height },
            Action::SelectTopic(index) => self.select_topic_at(index),
            Action::StepTopic(step) => self.step_topic(isize::from(step)),
            Action::ScrollDetail(lines) => self.scroll_by(isize::from(lines)),
            // The terminal's business (the event loop's), not the state's.
            Action::Redraw | Action::Suspend => {}
        }
    }

    /// The help is modal: its keys scroll it and close it; languages still switch
    /// (a learner can read the help in another language); the rest waits.
    fn update_help(&mut self, action: Action) {
        match action {
            Action::Up => self.scroll_help_by(-1),
            Action::Down => self.scroll_help_by(1),
            Action::PageUp => self.scroll_help_by(-self.help_page()),
            Action::PageDown => self.scroll_help_by(self.help_page()),
            Action::HalfPageUp => self.scroll_help_by(-(self.help_page() / 2).max(1)),
            Action::HalfPageDown => self.scroll_help_by((self.help_page() / 2).max(1)),
            Action::Top => self.place.help_scroll = 0,
            Action::Bottom => self.place.help_scroll = usize::MAX,
            Action::ToggleHelp | Action::Back => self.place.mode = Mode::Reading,
            Action::NextLanguage => self.step_language(1),
            Action::PreviousLanguage => self.step_language(-1),
            Action::PickLanguage(index) => self.pick_language(index),
            Action::Quit => self.place.quit = true,
            Action::Resize { width, height } => self.place.viewport = Size { width, height },
            Action::FocusDetail
            | Action::FocusSidebar
            | Action::ToggleSidebar
            | Action::SelectTopic(_)
            | Action::StepTopic(_)
            | Action::ScrollDetail(_)
            | Action::Redraw
            | Action::Suspend => {}
        }
    }

    fn open_help(&mut self) {
        self.place.mode = Mode::Help;
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

    /// The topics come back into view to be chosen from.
    fn focus(&mut self, focus: Focus) {
        if focus == Focus::Sidebar {
            self.place.sidebar = true;
        }
        self.place.focus = focus;
    }

    fn toggle_sidebar(&mut self) {
        self.place.sidebar = !self.place.sidebar;
        if !self.place.sidebar {
            self.place.focus = Focus::Detail;
        }
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
            self.place.anchor = Anchor::TOP;
        }
    }

    fn step_language(&mut self, step: isize) {
        let count = self.library.languages().len();
        let index = self
            .place
            .language
            .checked_add_signed(step)
            .map_or(count - 1, |index| index % count);
        self.pick_language(index);
    }

    /// The topic stays the same (by id), and so does the reader's place in it: the
    /// same row or item at the top where the two languages give the topic the same
    /// shape, else the same fraction of the text.
    fn pick_language(&mut self, index: usize) {
        if index >= self.library.languages().len() || index == self.place.language {
            return;
        }
        let topic = self.place.topic;
        let shape = |language| self.library.topic(language, topic).topic.shape();
        let corresponds = shape(index) == shape(self.place.language);
        let (top, height) = {
            let document = self.document();
            (document.text_start(self.scroll()), document.height())
        };
        self.place.language = index;
        if corresponds || matches!(self.place.anchor, Anchor::End) {
            return;
        }
        self.settle();
        let document = self.document();
        if height == 0 || document.height() == 0 {
            self.place.anchor = Anchor::TOP;
            return;
        }
        let top = top * document.height() / height;
        let max = self.max_scroll();
        let scroll = document.scroll_for_text(top).min(max);
        self.place.anchor = document.anchor_at(scroll, max);
    }

    /// Scrolls by `lines` views: a line each, where each shows something new.
    fn scroll_by(&mut self, lines: isize) {
        self.scroll_with(|document, scroll, max| document.step(scroll, lines, max));
    }

    /// Moves the text by about `lines` lines (pages and half pages).
    fn move_text(&mut self, lines: isize) {
        self.scroll_with(|document, scroll, max| document.scroll_text(scroll, lines, max));
    }

    fn scroll_with(&mut self, to: impl Fn(&Document, usize, usize) -> usize) {
        if self.text_area().is_empty() {
            return;
        }
        let max = self.max_scroll();
        let document = self.document();
        let scroll = to(document, self.scroll(), max);
        self.place.anchor = document.anchor_at(scroll, max);
    }

    /// The text area's height.
    fn rows(&self) -> usize {
        usize::from(self.text_area().height)
    }

    fn half_page(&self) -> isize {
        isize::try_from(self.text_area().height / 2).map_or(1, |half| half.max(1))
    }

    fn help_page(&self) -> isize {
        isize::try_from(self.help_rows_shown().saturating_sub(1).max(1)).unwrap_or(1)
    }

    /// Lays out the current topic for the current width if needed, and clamps what
    /// depends on the size.
    fn settle(&mut self) {
        self.screen = layout::screen(viewport_rect(self.place.viewport), self.place.sidebar);
        let area = self.text_area();
        // A screen too small to show the text has nothing to lay out; the anchor waits
        // for a size that has.
        if !area.is_empty() {
            self.lay_out(area.width);
        }
        // The help's rows are counted only while it is open, not on every keypress.
        self.place.help_scroll = match self.place.mode {
            Mode::Help => self.place.help_scroll.min(self.max_help_scroll()),
            Mode::Reading => 0,
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

    /// The help laid out for the room the screen gives it: keys and their
    /// descriptions in the current language.
    pub fn help_text(&self) -> HelpText {
        let rows = help_rows(&self.language().ui, self.mouse);
        // The box's borders and a column of padding on each side.
        let room = usize::from(self.place.viewport.width.saturating_sub(4));
        help::lay_out(&rows, room, &self.theme)
    }

    fn help_rows_shown(&self) -> usize {
        let lines = u16::try_from(self.help_text().lines.len()).unwrap_or(u16::MAX);
        usize::from(
            self.place
                .viewport
                .height
                .min(lines.saturating_add(2))
                .saturating_sub(2),
        )
    }

    pub fn max_help_scroll(&self) -> usize {
        self.help_text()
            .lines
            .len()
            .saturating_sub(self.help_rows_shown())
    }

    pub fn max_scroll(&self) -> usize {
        self.document()
            .height()
            .saturating_sub(usize::from(self.text_area().height))
    }

    /// The first line of the text shown in the detail pane.
    pub fn scroll(&self) -> usize {
        self.document()
            .scroll_for(self.place.anchor, self.max_scroll())
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
        layout::language_slots(bar, &languages, self.place.language)
    }

    /// The first topic the sidebar shows.
    pub fn sidebar_offset(&self) -> usize {
        match self.screen() {
            Screen::Full(regions) => regions.sidebar.map_or(0, |sidebar| {
                let rows = layout::inside_border(sidebar).height;
                layout::sidebar_offset(self.place.topic.index(), TopicId::ALL.len(), rows)
            }),
            Screen::TooSmall(_) => 0,
        }
    }

    pub fn should_quit(&self) -> bool {
        self.place.quit
    }
}

fn viewport_rect(size: Size) -> Rect {
    Rect::from((Position::ORIGIN, size))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Part;

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

    /// The part at the top of the text, and how far into it.
    fn top(app: &App) -> (Part, usize) {
        let document = app.document();
        let line = document.text_start(app.scroll());
        let (part, lines) = document.part_at(line);
        (part, line - lines.start)
    }

    const ROW_5: Part = Part::Block { block: 0, item: 5 };

    /// Scrolls the comparison, a line at a time, until row 5 is at the top, or (where
    /// the rows after it are shorter than the pane) to the end; says which.
    fn scroll_to_row_5(app: &mut App) -> bool {
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::FocusDetail);
        while top(app) != (ROW_5, 0) {
            if app.scroll() == app.max_scroll() {
                return false;
            }
            assert!(
                app.update(Action::Down),
                "a line's step moves: {:?}",
                top(app)
            );
        }
        true
    }

    /// Whether row 5 is at the top, or, where the text is too short after it for
    /// that, the view is at the end with row 5 in it.
    fn row_5_at_the_top_or_in_the_last_view(app: &App) -> bool {
        top(app) == (ROW_5, 0) || (app.scroll() == app.max_scroll() && top(app).0 <= ROW_5)
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

    /// A reader comparing row 5 in two languages stays on row 5, whichever two.
    #[test]
    fn switching_language_keeps_the_row_at_the_top_for_every_pair() {
        let library = library();
        let count = library.languages().len();
        for (width, height) in [(80, 16), (100, 18), (80, 24), (100, 30)] {
            let mut exact = 0;
            for from in 0..count {
                for to in (0..count).filter(|&to| to != from) {
                    let mut app = App::new(
                        &library,
                        Theme::mono(),
                        from,
                        TopicId::Overview,
                        true,
                        Size::new(width, height),
                    );
                    let pair = format!(
                        "{} → {} at {width}x{height}",
                        library.language(from).code,
                        library.language(to).code
                    );
                    if scroll_to_row_5(&mut app) {
                        app.update(Action::PickLanguage(to));
                        assert!(
                            row_5_at_the_top_or_in_the_last_view(&app),
                            "{pair}: {:?}",
                            top(&app)
                        );
                        exact += usize::from(top(&app) == (ROW_5, 0));
                    } else {
                        app.update(Action::PickLanguage(to));
                        assert_eq!(
                            app.scroll(),
                            app.max_scroll(),
                            "{pair}: the end stays the end"
                        );
                    }
                }
            }
            if (width, height) == (80, 16) {
                // A pane short enough for row 5 to reach the top in every language.
                assert_eq!(exact, count * (count - 1), "every pair at {width}x{height}");
            }
        }
        // And `l`, the key itself, round all six.
        let mut app = app(&library, 80, 16);
        assert!(scroll_to_row_5(&mut app));
        for _ in 0..count {
            app.update(Action::NextLanguage);
            assert_eq!(top(&app), (ROW_5, 0), "{}", app.language().code);
        }
    }

    #[test]
    fn where_the_texts_differ_in_shape_a_switch_keeps_the_fraction() {
        let library = library();
        let mut app = app(&library, 60, 12);
        app.update(Action::FocusDetail);
        app.update(Action::ScrollDetail(12));
        let fraction = |app: &App| {
            let document = app.document();
            document.text_start(app.scroll()) as f64 / document.height() as f64
        };
        let before = fraction(&app);
        assert!(
            before > 0.3,
            "scrolled well into the English overview: {before}"
        );
        assert_ne!(
            app.document().parts.len(),
            App::new(
                &library,
                Theme::mono(),
                5,
                TopicId::Overview,
                true,
                Size::new(60, 12)
            )
            .document()
            .parts
            .len(),
            "the Vietnamese overview has another shape"
        );
        app.update(Action::PickLanguage(library.find_language("vi").unwrap()));
        let after = fraction(&app);
        assert!((after - before).abs() < 0.15, "{before} then {after}");
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
        assert!(
            !app.update(Action::PickLanguage(0)),
            "already in that language"
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
        app.update(Action::Up);
        assert_eq!(app.place().topic, TopicId::ImportanceOfSales, "Up moves up");
    }

    #[test]
    fn scrolling_clamps_at_both_ends() {
        let library = library();
        let mut app = app(&library, 60, 20);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::FocusDetail);
        let max = app.max_scroll();
        assert!(max > app.rows(), "the comparison is pages long at 60x20");
        app.update(Action::Up);
        assert_eq!(app.scroll(), 0);
        app.update(Action::Down);
        assert_eq!(app.scroll(), 1);
        app.update(Action::Up);
        assert_eq!(app.scroll(), 0, "Up scrolls back");
        app.update(Action::Bottom);
        assert_eq!(app.scroll(), max);
        app.update(Action::PageDown);
        app.update(Action::ScrollDetail(3));
        assert_eq!(app.scroll(), max);
        app.update(Action::Top);
        assert_eq!(app.scroll(), 0);
        app.update(Action::ScrollDetail(-3));
        assert_eq!(app.scroll(), 0);
    }

    #[test]
    fn pages_and_half_pages_move_by_the_pane() {
        let library = library();
        let mut app = app(&library, 100, 20);
        app.update(Action::SelectTopic(TopicId::Differences.index()));
        app.update(Action::FocusDetail);
        let rows = app.rows();
        let text_start = |app: &App| app.document().text_start(app.scroll());
        app.update(Action::HalfPageDown);
        assert_eq!(text_start(&app), rows / 2, "the text moved half the pane");
        app.update(Action::HalfPageUp);
        assert_eq!(app.scroll(), 0);
        app.update(Action::PageDown);
        assert_eq!(
            text_start(&app),
            rows - 1,
            "the last line seen is the first"
        );
        app.update(Action::PageUp);
        assert_eq!(app.scroll(), 0);
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
        let last_seen = app.scroll() + app.rows() - 1;
        app.update(Action::PageDown);
        assert!(app.scroll() < app.max_scroll(), "not stopped by the end");
        let scroll = app.scroll();
        let document = app.document();
        let pinned = document
            .pinned_header(scroll)
            .map_or(0, |header| header.len());
        assert_eq!(pinned, 2, "the table's labels are pinned after a page");
        assert_eq!(
            document.text_start(scroll),
            last_seen,
            "the last line seen is the first line under the labels"
        );
        app.update(Action::PageUp);
        assert_eq!(app.scroll(), 0, "and a page back is the first page again");
    }

    #[test]
    fn a_resize_keeps_the_reader_on_the_same_row_and_the_end_at_the_end() {
        let library = library();
        let mut app = app(&library, 80, 16);
        assert!(scroll_to_row_5(&mut app));
        for (width, height) in [(60, 20), (120, 20), (200, 60), (80, 24), (80, 16)] {
            app.update(Action::Resize { width, height });
            assert!(
                row_5_at_the_top_or_in_the_last_view(&app),
                "at {width}x{height}"
            );
        }
        assert_eq!(top(&app), (ROW_5, 0), "back where it was");
        app.update(Action::Bottom);
        app.update(Action::Resize {
            width: 40,
            height: 12,
        });
        assert_eq!(app.scroll(), app.max_scroll(), "the end stays the end");
        assert!(app.scroll() > 0);
    }

    /// 100x30, then too small to show any text, then 100x30 again: the same row.
    #[test]
    fn a_trip_through_the_too_small_screen_keeps_the_place() {
        let library = library();
        let mut app = app(&library, 80, 16);
        assert!(scroll_to_row_5(&mut app));
        app.update(Action::ScrollDetail(2));
        let before = top(&app);
        assert_eq!(before, (ROW_5, 2));
        app.update(Action::Resize {
            width: 19,
            height: 5,
        });
        assert!(matches!(app.screen(), Screen::TooSmall(_)));
        app.update(Action::Down);
        app.update(Action::Resize {
            width: 80,
            height: 16,
        });
        assert_eq!(top(&app), before);
    }

    #[test]
    fn a_new_topic_starts_at_its_top() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        app.update(Action::Bottom);
        app.update(Action::StepTopic(1));
        assert_eq!(app.scroll(), 0);
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
            (app.place().topic, app.scroll()),
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
    fn z_hides_the_sidebar_for_every_topic_and_language_until_asked_back() {
        let library = library();
        let mut app = app(&library, 80, 24);
        let width = app.text_area().width;
        app.update(Action::ToggleSidebar);
        assert!(!app.place().sidebar);
        assert_eq!(
            app.place().focus,
            Focus::Detail,
            "the hidden sidebar has no keys"
        );
        assert!(
            app.text_area().width > width + 10,
            "the text takes the width"
        );
        let Screen::Full(regions) = app.screen() else {
            panic!("80x24 is full")
        };
        assert_eq!(regions.sidebar, None);
        app.update(Action::NextLanguage);
        app.update(Action::SelectTopic(TopicId::Comparison.index()));
        assert!(!app.place().sidebar, "kept across languages and topics");
        app.update(Action::ToggleSidebar);
        assert!(app.place().sidebar);
        app.update(Action::ToggleSidebar);
        app.update(Action::FocusSidebar);
        assert!(app.place().sidebar, "going back to the topics shows them");
        assert_eq!(app.place().focus, Focus::Sidebar);
    }

    #[test]
    fn the_help_is_modal_and_closes_with_esc_or_question_mark() {
        let library = library();
        let mut app = app(&library, 100, 30);
        app.update(Action::ToggleHelp);
        assert_eq!(app.place().mode, Mode::Help);
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
        app.update(Action::PreviousLanguage);
        assert_eq!(app.place().language, 0);
        app.update(Action::PickLanguage(2));
        assert_eq!(app.place().language, 2);
        app.update(Action::ToggleSidebar);
        assert!(app.place().sidebar, "z waits under the help");
        app.update(Action::Back);
        assert_eq!(app.place().mode, Mode::Reading);
        app.update(Action::ToggleHelp);
        app.update(Action::ToggleHelp);
        assert_eq!(app.place().mode, Mode::Reading);
    }

    #[test]
    fn the_help_scrolls_only_when_it_does_not_fit() {
        let library = library();
        let mut large = app(&library, 100, 40);
        large.update(Action::ToggleHelp);
        assert_eq!(large.max_help_scroll(), 0);
        assert!(!large.update(Action::Down));
        let mut small = app(&library, 40, 12);
        small.update(Action::ToggleHelp);
        let max = small.max_help_scroll();
        assert!(max > 2);
        small.update(Action::Down);
        small.update(Action::Down);
        assert_eq!(small.place().help_scroll, 2);
        small.update(Action::Up);
        assert_eq!(small.place().help_scroll, 1, "Up scrolls the help back");
        small.update(Action::Bottom);
        assert_eq!(small.place().help_scroll, max);
        small.update(Action::Down);
        assert_eq!(small.place().help_scroll, max);
        small.update(Action::PageUp);
        assert!(small.place().help_scroll < max);
        small.update(Action::Top);
        assert_eq!(small.place().help_scroll, 0);
        small.update(Action::PageDown);
        assert!(small.place().help_scroll > 0);
        small.update(Action::ToggleHelp);
        small.update(Action::ToggleHelp);
        assert_eq!(small.place().help_scroll, 0, "the help opens at its top");
    }

    #[test]
    fn quitting_is_possible_from_anywhere() {
        let library = library();
        let ways: [&[Action]; 5] = [
            &[],
            &[Action::FocusDetail],
            &[Action::ToggleHelp],
            &[Action::ToggleSidebar],
            &[Action::Resize {
                width: 5,
                height: 3,
            }],
        ];
        for way in ways {
            let mut app = app(&library, 100, 30);
            for action in way {
                app.update(*action);
            }
            assert!(!app.should_quit());
            app.update(Action::Quit);
            assert!(app.should_quit(), "after {way:?}");
        }
    }

    #[test]
    fn a_tiny_screen_has_nothing_to_scroll() {
        let library = library();
        let mut app = app(&library, 10, 4);
        app.update(Action::Bottom);
        assert_eq!(app.scroll(), 0);
        app.update(Action::Resize {
            width: 0,
            height: 0,
        });
        app.update(Action::PageDown);
        assert_eq!(app.scroll(), 0);
    }

    #[test]
    fn redraw_and_suspend_are_the_terminals_business() {
        let library = library();
        let mut app = app(&library, 100, 30);
        assert!(!app.update(Action::Redraw));
        assert!(!app.update(Action::Suspend));
        app.update(Action::ToggleHelp);
        assert!(!app.update(Action::Redraw));
    }
}
