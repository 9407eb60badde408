//! The terminal's area divided into named regions, and the overlays a mode puts over
//! them: one value per size and mode, which drawing, the app's scroll limits and mouse
//! hit-testing all read, so a click lands where the eye sees it.

use ratatui::layout::{Constraint, Margin, Rect, Size};
use unicode_width::UnicodeWidthStr;

/// Below this the screen shows only a short "too small" message.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// The sidebar at its widest: a 28-column title and its borders.
const SIDEBAR_MAX: u16 = 30;
const SIDEBAR_MIN: u16 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    TooSmall(Rect),
    Full(Regions),
}

/// The panes the reader has asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panes {
    /// The topics beside the text; where the width holds only one of them, the one
    /// with the keys.
    Both { keys: Pane },
    /// The text alone: the reader has hidden the topics (`z`).
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Topics,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regions {
    pub language_bar: Rect,
    /// `None` while the reader has hidden it, or the text alone fits and has the keys.
    pub sidebar: Option<Rect>,
    /// `None` where the topics alone fit and have the keys.
    pub detail: Option<Rect>,
    pub status: Rect,
    /// In the parallel view, the second language's name on the detail pane's top
    /// border, at its right end: a click there changes the second language.
    pub second_name: Option<Rect>,
}

impl Regions {
    /// Between the language bar and the status line: where the sidebar and the text
    /// are, and what the help and the search's list cover.
    pub fn body(&self) -> Rect {
        Rect {
            y: self.language_bar.bottom(),
            height: self.status.y.saturating_sub(self.language_bar.bottom()),
            ..self.language_bar
        }
    }
}

/// The regions of `area` for the panes asked for, with the second language's name of
/// this many columns where the parallel view is on.
pub fn screen(area: Rect, panes: Panes, second_name: Option<u16>) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen::TooSmall(area);
    }
    // Three fixed rows and a clamped column: plain arithmetic says it directly.
    let body = Rect {
        y: area.y.saturating_add(1),
        height: area.height.saturating_sub(2),
        ..area
    };
    let shown = match panes {
        Panes::Both { .. } if room_for_both(area.width) => Shown::Both,
        Panes::Both { keys: Pane::Topics } => Shown::Topics,
        Panes::Both { keys: Pane::Text } | Panes::Text => Shown::Text,
    };
    let sidebar_width = match shown {
        Shown::Both => sidebar_width(area.width),
        Shown::Topics => body.width,
        Shown::Text => 0,
    };
    let detail = Rect {
        x: body.x.saturating_add(sidebar_width),
        width: body.width.saturating_sub(sidebar_width),
        ..body
    };
    let detail = (!detail.is_empty()).then_some(detail);
    Screen::Full(Regions {
        language_bar: Rect { height: 1, ..area },
        sidebar: (sidebar_width > 0).then_some(Rect {
            width: sidebar_width,
            ..body
        }),
        detail,
        status: Rect {
            y: body.bottom(),
            height: 1,
            ..area
        },
        second_name: detail.zip(second_name).map(|(detail, width)| {
            // Right-aligned before the corner, as a border title is.
            let width = width.min(detail.width.saturating_sub(2));
            Rect {
                x: detail.right().saturating_sub(1 + width),
                y: detail.y,
                width,
                height: 1,
            }
        }),
    })
}

/// What the body shows.
enum Shown {
    Both,
    Topics,
    Text,
}

/// Whether the topics and the text both fit `width` columns: the text keeps at least
/// as many columns as the topics take. Narrower, a dozen columns of text split words
/// ("sati" / "sfac"): one pane at a time reads better, as `z` gives by hand.
pub fn room_for_both(width: u16) -> bool {
    let sidebar = sidebar_width(width);
    let detail = Rect::new(0, 0, width.saturating_sub(sidebar), MIN_HEIGHT);
    detail_text(detail).width >= sidebar
}

/// The text gets the room: at 80 columns the sidebar leaves the detail pane wide
/// enough for every comparison side by side (the widest, the Icelandic table, needs
/// 59 columns of text), and titles are cut (never alike, see the sidebar) rather than
/// the text. Wider terminals give titles more room, up to their 28 columns.
fn sidebar_width(width: u16) -> u16 {
    (width / 5 + 1).clamp(SIDEBAR_MIN, SIDEBAR_MAX)
}

/// Inside a pane's border.
pub fn inside_border(pane: Rect) -> Rect {
    pane.inner(Margin::new(1, 1))
}

/// Where the detail pane's text goes: inside the border, one column of padding on
/// each side (the right one keeps text off the scrollbar).
pub fn detail_text(detail: Rect) -> Rect {
    let inner = inside_border(detail);
    if inner.width < 4 {
        return inner;
    }
    inner.inner(Margin::new(1, 0))
}

/// The first entry the sidebar shows: the selection is kept in view, near the middle
/// when the list is longer than the pane, so neighbours stay visible both ways.
pub fn sidebar_offset(selected: usize, count: usize, rows: u16) -> usize {
    let rows = usize::from(rows);
    if rows == 0 || count <= rows {
        return 0;
    }
    selected.saturating_sub(rows / 2).min(count - rows)
}

/// How the language bar names the languages: by name when all fit, else by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageSlot {
    pub index: usize,
    pub label: String,
    pub area: Rect,
}

/// The ways the bar can name a language, widest first.
#[derive(Debug, Clone, Copy)]
enum LabelForm {
    NameWithDigit,
    CodeWithDigit,
    Code,
    /// The bare code, a column apart from the next rather than padded: all six fit
    /// the narrowest screen (" EN ET FR IS IT VI" in 18 columns).
    Tight,
}

impl LabelForm {
    fn label(self, index: usize, code: &str, name: &str) -> String {
        // Only the first nine languages have a digit key.
        let digit = if index < 9 {
            format!("{} ", index + 1)
        } else {
            String::new()
        };
        match self {
            LabelForm::NameWithDigit => format!(" {digit}{name} "),
            LabelForm::CodeWithDigit => format!(" {digit}{} ", code.to_uppercase()),
            LabelForm::Code => format!(" {} ", code.to_uppercase()),
            LabelForm::Tight => code.to_uppercase(),
        }
    }

    /// The blank columns before each label.
    fn gap(self) -> u16 {
        match self {
            LabelForm::NameWithDigit | LabelForm::CodeWithDigit | LabelForm::Code => 0,
            LabelForm::Tight => 1,
        }
    }
}

/// The label of each language in the bar and where it is. Tries native names with
/// their digit, then codes with their digit, then bare codes, then bare codes a column
/// apart. Where even those do not all fit, the bar shows the run of them that holds
/// the active language: the reader always sees which language is on. Labels are left
/// out, never cut.
fn language_slots(bar: Rect, languages: &[(&str, &str)], active: usize) -> Vec<LanguageSlot> {
    let labels = |form: LabelForm| -> (LabelForm, Vec<String>) {
        let labels = languages
            .iter()
            .enumerate()
            .map(|(index, (code, name))| form.label(index, code, name))
            .collect();
        (form, labels)
    };
    let width = |form: LabelForm, labels: &[String]| {
        labels
            .iter()
            .map(|label| label.width() + usize::from(form.gap()))
            .sum::<usize>()
    };
    let room = usize::from(bar.width);
    let (form, chosen) = [
        LabelForm::NameWithDigit,
        LabelForm::CodeWithDigit,
        LabelForm::Code,
    ]
    .into_iter()
    .map(labels)
    .find(|(form, labels)| width(*form, labels) <= room)
    .unwrap_or_else(|| labels(LabelForm::Tight));
    // The first label shown: the earliest from which the active one still fits.
    let active = active.min(chosen.len().saturating_sub(1));
    let first = (0..=active)
        .find(|&first| width(form, &chosen[first..=active]) <= room)
        .unwrap_or(active);
    let mut slots = Vec::with_capacity(chosen.len());
    let mut x = bar.x;
    for (index, label) in chosen.into_iter().enumerate().skip(first) {
        let width = u16::try_from(label.width()).unwrap_or(u16::MAX);
        x = x.saturating_add(form.gap());
        if x.saturating_add(width) > bar.right() {
            break;
        }
        slots.push(LanguageSlot {
            index,
            label,
            area: Rect {
                x,
                y: bar.y,
                width,
                height: bar.height.min(1),
            },
        });
        x += width;
    }
    slots
}

/// Everything in its place for one size and mode: the regions, and the overlays the
/// mode puts over them. The app solves it once per change; drawing, the app's scroll
/// limits and the mouse all read this one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub screen: Screen,
    /// The language bar's labels and where each is.
    pub languages: Vec<LanguageSlot>,
    /// The help's box, while the help is open.
    pub help: Option<Rect>,
    /// The search's list of matches, above the search line, while it has some.
    pub matches: Option<Rect>,
}

impl Layout {
    /// The regions alone, with nothing over them.
    pub fn plain(screen: Screen) -> Layout {
        Layout {
            screen,
            languages: Vec::new(),
            help: None,
            matches: None,
        }
    }

    /// The language bar's labels for these languages (code and name), `active` always
    /// among them.
    pub fn with_languages(self, languages: &[(&str, &str)], active: usize) -> Layout {
        let languages = match self.screen {
            Screen::Full(regions) => language_slots(regions.language_bar, languages, active),
            Screen::TooSmall(_) => Vec::new(),
        };
        Layout { languages, ..self }
    }

    /// Where the help's text may be as wide as this, the box over the body.
    pub fn with_help(self, content: Size) -> Layout {
        let help = match self.screen {
            Screen::Full(regions) => Some(overlay(regions.body(), content)),
            Screen::TooSmall(_) => None,
        };
        Layout { help, ..self }
    }

    /// The search's list, for this many matches.
    pub fn with_matches(self, count: usize) -> Layout {
        let matches = match self.screen {
            Screen::Full(regions) => matches_list(regions.body(), regions.status, count),
            Screen::TooSmall(_) => None,
        };
        Layout { matches, ..self }
    }

    /// How wide the help's text may be: the body, less the box's borders and a column
    /// of padding on each side.
    pub fn help_room(&self) -> usize {
        match self.screen {
            Screen::Full(regions) => usize::from(regions.body().width.saturating_sub(HELP_FRAME.0)),
            Screen::TooSmall(_) => 0,
        }
    }

    /// The help's rows shown at once, inside its box.
    pub fn help_rows(&self) -> usize {
        self.help.map_or(0, |help| {
            usize::from(help.height.saturating_sub(HELP_FRAME.1))
        })
    }

    /// The help's text inside its box.
    pub fn help_text(&self) -> Option<Rect> {
        self.help
            .map(|help| inside_border(help).inner(Margin::new(1, 0)))
    }

    /// The matches' rows inside the list's border.
    pub fn match_rows(&self) -> Option<Rect> {
        self.matches.map(inside_border)
    }
}

/// The columns and rows the help's box adds to its text: the borders, and a column
/// of padding on each side.
const HELP_FRAME: (u16, u16) = (4, 2);

/// The help's box: centred, as large as its content up to the screen.
fn overlay(area: Rect, content: Size) -> Rect {
    area.centered(
        Constraint::Length(content.width.saturating_add(HELP_FRAME.0)),
        Constraint::Length(content.height.saturating_add(HELP_FRAME.1)),
    )
}

/// The search's list shows at most this many matches at once; it scrolls for the rest.
const LIST_ROWS: u16 = 8;

/// The search's list: up to `LIST_ROWS` matches in a bordered box resting on the
/// search line, none where there is no match or no room.
fn matches_list(body: Rect, status: Rect, count: usize) -> Option<Rect> {
    if count == 0 || body.height < 3 {
        return None;
    }
    let rows = u16::try_from(count)
        .unwrap_or(u16::MAX)
        .min(LIST_ROWS)
        .min(body.height - 2);
    Some(Rect {
        x: body.x,
        y: status.y.saturating_sub(rows + 2),
        width: body.width,
        height: rows + 2,
    })
}

/// The built-in languages' codes and names, for the tests of what is drawn and hit.
#[cfg(test)]
pub(crate) const LANGUAGES: [(&str, &str); 6] = [
    ("en", "English"),
    ("et", "Eesti"),
    ("fr", "Français"),
    ("is", "Íslenska"),
    ("it", "Italiano"),
    ("vi", "Tiếng Việt"),
];

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: Panes = Panes::Both { keys: Pane::Topics };
    const BOTH_TEXT_KEYS: Panes = Panes::Both { keys: Pane::Text };

    #[test]
    fn regions_are_inside_the_area_and_do_not_overlap() {
        for panes in [BOTH, BOTH_TEXT_KEYS, Panes::Text] {
            for width in 0..=300 {
                for height in (0..=100).step_by(7) {
                    let area = Rect::new(0, 0, width, height);
                    match screen(area, panes, None) {
                        Screen::TooSmall(small) => {
                            assert!(width < MIN_WIDTH || height < MIN_HEIGHT);
                            assert_eq!(small, area);
                        }
                        Screen::Full(r) => {
                            assert!(width >= MIN_WIDTH && height >= MIN_HEIGHT);
                            for region in [Some(r.language_bar), r.sidebar, r.detail]
                                .into_iter()
                                .flatten()
                                .chain([r.status])
                            {
                                assert!(
                                    area.contains(region.as_position())
                                        && region.right() <= area.right()
                                        && region.bottom() <= area.bottom()
                                );
                            }
                            let sidebar_width = r.sidebar.map_or(0, |s| s.width);
                            let detail_width = r.detail.map_or(0, |d| d.width);
                            let both = room_for_both(width);
                            let (sidebar, detail) = match panes {
                                Panes::Both { .. } if both => (true, true),
                                Panes::Both { keys: Pane::Topics } => (true, false),
                                Panes::Both { keys: Pane::Text } | Panes::Text => (false, true),
                            };
                            assert_eq!(r.sidebar.is_some(), sidebar, "{panes:?} at {width}");
                            assert_eq!(r.detail.is_some(), detail, "{panes:?} at {width}");
                            if let (Some(s), Some(d)) = (r.sidebar, r.detail) {
                                assert!(!s.intersects(d));
                            }
                            if let Some(s) = r.sidebar {
                                assert!(!r.language_bar.intersects(s));
                                assert_eq!(s.height + 2, height);
                            }
                            assert_eq!(sidebar_width + detail_width, width);
                            if let Some(d) = r.detail {
                                assert_eq!(d.height + 2, height);
                                let text = detail_text(d).width;
                                assert!(text > 0);
                                if sidebar {
                                    assert!(text >= sidebar_width, "{width}: {text} columns");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_text_gets_the_room_and_the_sidebar_fits_a_title_on_large_screens() {
        let detail = |width, panes| match screen(Rect::new(0, 0, width, 24), panes, None) {
            Screen::Full(regions) => regions.detail.unwrap_or_default(),
            Screen::TooSmall(_) => panic!("{width}x24 gets the full layout"),
        };
        assert_eq!(
            detail_text(detail(80, BOTH)).width,
            59,
            "room for the widest comparison side by side at 80x24"
        );
        assert_eq!(
            detail(80, Panes::Text).width,
            80,
            "hidden, the text takes it all"
        );
        assert_eq!(detail(40, BOTH).width, 28);
        assert_eq!(detail(200, BOTH).width, 170, "the sidebar at its widest");
        assert!(matches!(
            screen(Rect::new(0, 0, 19, 30), BOTH, None),
            Screen::TooSmall(_)
        ));
        assert!(matches!(
            screen(Rect::new(0, 0, 100, 4), BOTH, None),
            Screen::TooSmall(_)
        ));
    }

    /// From 28 columns the text keeps as many columns as the topics take (12); below,
    /// the pane with the keys takes the width, the other waits, as `z` gives by hand.
    #[test]
    fn the_smallest_sizes_show_one_pane_at_a_time() {
        let regions = |width, panes| match screen(Rect::new(0, 0, width, 8), panes, None) {
            Screen::Full(regions) => regions,
            Screen::TooSmall(_) => panic!("{width}x8 gets the full layout"),
        };
        assert!(room_for_both(28) && !room_for_both(27));
        let both = regions(28, BOTH);
        assert_eq!(both.sidebar.map(|s| s.width), Some(SIDEBAR_MIN));
        assert_eq!(both.detail.map(|d| detail_text(d).width), Some(SIDEBAR_MIN));
        for width in 20..28 {
            let topics = regions(width, BOTH);
            assert_eq!(topics.sidebar.map(|s| s.width), Some(width));
            assert_eq!(topics.detail, None);
            let text = regions(width, BOTH_TEXT_KEYS);
            assert_eq!(text.sidebar, None);
            assert_eq!(text.detail.map(|d| d.width), Some(width));
            assert_eq!(text, regions(width, Panes::Text), "as z gives");
        }
        assert_eq!(
            regions(20, BOTH_TEXT_KEYS)
                .detail
                .map(detail_text)
                .map(|t| t.width),
            Some(16),
            "not 4"
        );
    }

    fn labels(slots: &[LanguageSlot]) -> String {
        slots.iter().map(|slot| slot.label.as_str()).collect()
    }

    #[test]
    fn the_language_bar_falls_back_to_codes_then_bare_codes() {
        let names = language_slots(Rect::new(0, 0, 100, 1), &LANGUAGES, 0);
        assert_eq!(
            names.iter().map(|s| s.label.trim()).collect::<Vec<_>>()[5],
            "6 Tiếng Việt"
        );
        let codes = language_slots(Rect::new(0, 0, 40, 1), &LANGUAGES, 0);
        assert_eq!(labels(&codes), " 1 EN  2 ET  3 FR  4 IS  5 IT  6 VI ");
        let bare = language_slots(Rect::new(0, 0, 25, 1), &LANGUAGES, 0);
        assert_eq!(labels(&bare), " EN  ET  FR  IS  IT  VI ");
        let exactly = language_slots(Rect::new(0, 0, 24, 1), &LANGUAGES, 5);
        assert_eq!(
            labels(&exactly),
            " EN  ET  FR  IS  IT  VI ",
            "24 columns hold all"
        );
        // Narrower, a column apart: all six still, Tiếng Việt included.
        let tight = language_slots(Rect::new(0, 0, 23, 1), &LANGUAGES, 0);
        assert_eq!(labels(&tight), "ENETFRISITVI");
        assert_eq!(
            tight.iter().map(|slot| slot.area.x).collect::<Vec<_>>(),
            [1, 4, 7, 10, 13, 16]
        );
    }

    #[test]
    fn only_the_first_nine_languages_are_labelled_with_a_digit_key() {
        assert_eq!(LabelForm::NameWithDigit.label(8, "xx", "Nine"), " 9 Nine ");
        assert_eq!(LabelForm::NameWithDigit.label(9, "xx", "Ten"), " Ten ");
        assert_eq!(LabelForm::CodeWithDigit.label(9, "xx", "Ten"), " XX ");
    }

    #[test]
    fn the_detail_text_is_padded_only_where_there_is_room_for_it() {
        let text = |width| detail_text(Rect::new(0, 0, width, 5)).width;
        assert_eq!(text(40), 36, "a border and a column of padding each side");
        assert_eq!(text(6), 2);
        assert_eq!(text(5), 3, "below four columns the padding goes");
        assert_eq!(text(3), 1);
    }

    #[test]
    fn the_active_language_is_in_the_bar_at_every_width() {
        for width in MIN_WIDTH..=120 {
            for active in 0..LANGUAGES.len() {
                let slots = language_slots(Rect::new(0, 0, width, 1), &LANGUAGES, active);
                assert!(
                    slots.iter().any(|slot| slot.index == active),
                    "{active} at {width}: {}",
                    labels(&slots)
                );
                assert!(slots.iter().all(|slot| slot.area.right() <= width));
            }
        }
        for active in 0..LANGUAGES.len() {
            let slots = language_slots(Rect::new(0, 0, MIN_WIDTH, 1), &LANGUAGES, active);
            assert_eq!(labels(&slots), "ENETFRISITVI", "all six at {MIN_WIDTH}");
        }
        // Where even a column apart they do not all fit (nine languages, say), the run
        // that holds the active one.
        let nine: Vec<(&str, &str)> = LANGUAGES
            .iter()
            .copied()
            .chain([("de", "Deutsch"), ("es", "Español"), ("pt", "Português")])
            .collect();
        let last = language_slots(Rect::new(0, 0, 20, 1), &nine, 8);
        assert_eq!(
            labels(&last),
            "ISITVIDEESPT",
            "the run ends at the active one"
        );
        let first = language_slots(Rect::new(0, 0, 20, 1), &nine, 0);
        assert_eq!(labels(&first), "ENETFRISITVI");
    }

    #[test]
    fn the_sidebar_keeps_the_selection_in_view() {
        assert_eq!(sidebar_offset(12, 13, 20), 0, "everything fits");
        for rows in 1..13 {
            for selected in 0..13 {
                let offset = sidebar_offset(selected, 13, rows);
                assert!(
                    offset <= selected && selected < offset + usize::from(rows),
                    "{selected} in {rows} rows"
                );
                assert!(offset + usize::from(rows) <= 13);
            }
        }
        assert_eq!(sidebar_offset(5, 13, 0), 0);
        assert_eq!(sidebar_offset(12, 13, 4), 9, "the last ones fill the pane");
        assert_eq!(sidebar_offset(6, 13, 4), 4, "the selection near the middle");
    }

    #[test]
    fn the_help_overlay_is_centred_and_never_larger_than_the_screen() {
        let area = Rect::new(0, 0, 100, 30);
        let help = overlay(area, Size::new(40, 14));
        assert_eq!((help.width, help.height), (44, 16));
        assert_eq!((help.x, help.y), (28, 7));
        let tiny = overlay(Rect::new(0, 0, 10, 4), Size::new(40, 14));
        assert_eq!((tiny.width, tiny.height), (10, 4));
    }

    #[test]
    fn the_overlays_sit_in_the_body_and_give_their_text_its_room() {
        let layout = Layout::plain(screen(Rect::new(0, 0, 100, 30), BOTH, None));
        let Screen::Full(regions) = layout.screen else {
            panic!("100x30 is full")
        };
        let help = layout.clone().with_help(Size::new(40, 100));
        let box_area = help.help.unwrap();
        assert!(regions.body().contains(box_area.as_position()));
        assert_eq!(
            box_area.height,
            regions.body().height,
            "no taller than the body"
        );
        assert_eq!(help.help_rows(), usize::from(box_area.height) - 2);
        assert_eq!(help.help_room(), 96);
        assert_eq!(help.help_text().unwrap().width, 44 - 4);
        let list = layout.clone().with_matches(3).matches.unwrap();
        assert_eq!((list.height, list.bottom()), (5, regions.status.y));
        assert_eq!(
            layout.clone().with_matches(30).matches.unwrap().height,
            LIST_ROWS + 2
        );
        assert_eq!(layout.with_matches(0).matches, None);
        let tiny = Layout::plain(Screen::TooSmall(Rect::new(0, 0, 5, 5)));
        assert_eq!(tiny.with_help(Size::new(4, 4)).help, None);
    }
}
