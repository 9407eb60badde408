//! One function from the terminal's area to named regions. Drawing and mouse
//! hit-testing both use it, so a click lands where the eye sees it.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

/// Below this the screen shows only a short "too small" message.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// The sidebar's widest: a 28-column title, its borders and nothing more.
const SIDEBAR_MAX: u16 = 30;
const SIDEBAR_MIN: u16 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    TooSmall(Rect),
    Full(Regions),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regions {
    pub language_bar: Rect,
    pub sidebar: Rect,
    pub detail: Rect,
    pub status: Rect,
}

pub fn screen(area: Rect) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen::TooSmall(area);
    }
    // Three fixed rows and a clamped column: plain arithmetic says it directly, and
    // spares the first frame the constraint solver's start-up (~0.1 ms).
    let body_height = area.height.saturating_sub(2);
    let sidebar_width = (area.width / 3).clamp(SIDEBAR_MIN, SIDEBAR_MAX);
    let body = Rect {
        y: area.y.saturating_add(1),
        height: body_height,
        ..area
    };
    Screen::Full(Regions {
        language_bar: Rect { height: 1, ..area },
        sidebar: Rect {
            width: sidebar_width,
            ..body
        },
        detail: Rect {
            x: body.x.saturating_add(sidebar_width),
            width: body.width.saturating_sub(sidebar_width),
            ..body
        },
        status: Rect {
            y: body.bottom(),
            height: 1,
            ..area
        },
    })
}

/// Inside a pane's border.
pub fn inside_border(pane: Rect) -> Rect {
    Rect {
        x: pane.x.saturating_add(1),
        y: pane.y.saturating_add(1),
        width: pane.width.saturating_sub(2),
        height: pane.height.saturating_sub(2),
    }
}

/// Where the detail pane's text goes: inside the border, one column of padding on
/// each side (the right one keeps text off the scrollbar).
pub fn detail_text(detail: Rect) -> Rect {
    let inner = inside_border(detail);
    if inner.width < 4 {
        return inner;
    }
    Rect {
        x: inner.x + 1,
        width: inner.width - 2,
        ..inner
    }
}

/// The first topic the sidebar shows: the selection is kept in view, near the middle
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
        }
    }
}

/// The label of each language in the bar and where it is. Tries native names with
/// their digit, then codes with their digit, then bare codes; slots that do not fit
/// are left out rather than cut.
pub fn language_slots(bar: Rect, languages: &[(&str, &str)]) -> Vec<LanguageSlot> {
    let labels = |form: LabelForm| -> Vec<String> {
        languages
            .iter()
            .enumerate()
            .map(|(index, (code, name))| form.label(index, code, name))
            .collect()
    };
    let fits = |labels: &Vec<String>| {
        labels.iter().map(|label| label.width()).sum::<usize>() <= usize::from(bar.width)
    };
    let chosen = [LabelForm::NameWithDigit, LabelForm::CodeWithDigit]
        .into_iter()
        .map(labels)
        .find(fits)
        .unwrap_or_else(|| labels(LabelForm::Code));
    let mut slots = Vec::with_capacity(chosen.len());
    let mut x = bar.x;
    for (index, label) in chosen.into_iter().enumerate() {
        let width = u16::try_from(label.width()).unwrap_or(u16::MAX);
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

/// The overlay for the help: centred, as large as its content up to the screen.
pub fn overlay(area: Rect, content_width: u16, content_height: u16) -> Rect {
    let width = content_width.saturating_add(4).min(area.width);
    let height = content_height.saturating_add(2).min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// How many of the help's rows fit on the screen.
pub fn help_rows_shown(area: Rect, rows: usize) -> usize {
    let height = u16::try_from(rows).unwrap_or(u16::MAX);
    usize::from(overlay(area, 0, height).height.saturating_sub(2))
}

/// What is under the mouse pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Language(usize),
    /// A row of the sidebar's list, counted from the first row shown.
    SidebarRow(usize),
    Sidebar,
    Detail,
    Nothing,
}

pub fn hit(screen: &Screen, languages: &[LanguageSlot], column: u16, row: u16) -> Hit {
    let Screen::Full(regions) = screen else {
        return Hit::Nothing;
    };
    let position = ratatui::layout::Position { x: column, y: row };
    if regions.language_bar.contains(position) {
        return languages
            .iter()
            .find(|slot| slot.area.contains(position))
            .map_or(Hit::Nothing, |slot| Hit::Language(slot.index));
    }
    if regions.sidebar.contains(position) {
        let list = inside_border(regions.sidebar);
        return if list.contains(position) {
            Hit::SidebarRow(usize::from(row - list.y))
        } else {
            Hit::Sidebar
        };
    }
    if regions.detail.contains(position) {
        return Hit::Detail;
    }
    Hit::Nothing
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: [(&str, &str); 6] = [
        ("en", "English"),
        ("et", "Eesti"),
        ("fr", "Français"),
        ("is", "Íslenska"),
        ("it", "Italiano"),
        ("vi", "Tiếng Việt"),
    ];

    #[test]
    fn regions_are_inside_the_area_and_do_not_overlap() {
        for width in 0..=300 {
            for height in (0..=100).step_by(7) {
                let area = Rect::new(0, 0, width, height);
                match screen(area) {
                    Screen::TooSmall(small) => {
                        assert!(width < MIN_WIDTH || height < MIN_HEIGHT);
                        assert_eq!(small, area);
                    }
                    Screen::Full(r) => {
                        for region in [r.language_bar, r.sidebar, r.detail, r.status] {
                            assert!(
                                area.contains(region.as_position())
                                    && region.right() <= area.right()
                                    && region.bottom() <= area.bottom()
                            );
                        }
                        assert!(
                            !r.sidebar.intersects(r.detail)
                                && !r.language_bar.intersects(r.sidebar)
                        );
                        assert_eq!(r.sidebar.width + r.detail.width, width);
                        assert!(detail_text(r.detail).width > 0);
                    }
                }
            }
        }
    }

    #[test]
    fn the_sidebar_is_narrow_on_small_screens_and_fits_a_title_on_large_ones() {
        let Screen::Full(small) = screen(Rect::new(0, 0, 40, 12)) else {
            panic!("40x12 gets the full layout")
        };
        assert!(small.sidebar.width < 20 && small.detail.width >= 20);
        let Screen::Full(large) = screen(Rect::new(0, 0, 100, 30)) else {
            panic!()
        };
        assert_eq!(large.sidebar.width, 30);
        assert!(matches!(
            screen(Rect::new(0, 0, 19, 30)),
            Screen::TooSmall(_)
        ));
        assert!(matches!(
            screen(Rect::new(0, 0, 100, 4)),
            Screen::TooSmall(_)
        ));
    }

    #[test]
    fn the_language_bar_falls_back_to_codes_then_bare_codes() {
        let names = language_slots(Rect::new(0, 0, 100, 1), &LANGUAGES);
        assert_eq!(
            names.iter().map(|s| s.label.trim()).collect::<Vec<_>>()[5],
            "6 Tiếng Việt"
        );
        let codes = language_slots(Rect::new(0, 0, 40, 1), &LANGUAGES);
        assert_eq!(
            codes.iter().map(|s| s.label.as_str()).collect::<String>(),
            " 1 EN  2 ET  3 FR  4 IS  5 IT  6 VI "
        );
        let bare = language_slots(Rect::new(0, 0, 25, 1), &LANGUAGES);
        assert_eq!(
            bare.iter().map(|s| s.label.as_str()).collect::<String>(),
            " EN  ET  FR  IS  IT  VI "
        );
        let clipped = language_slots(Rect::new(0, 0, 10, 1), &LANGUAGES);
        assert_eq!(
            clipped.len(),
            2,
            "slots that do not fit are left out, not cut"
        );
    }

    #[test]
    fn a_click_lands_on_what_is_drawn_there() {
        let area = Rect::new(0, 0, 100, 30);
        let screen = screen(area);
        let Screen::Full(regions) = screen else {
            panic!()
        };
        let slots = language_slots(regions.language_bar, &LANGUAGES);
        for slot in &slots {
            assert_eq!(
                hit(&screen, &slots, slot.area.x, 0),
                Hit::Language(slot.index)
            );
            assert_eq!(
                hit(&screen, &slots, slot.area.right() - 1, 0),
                Hit::Language(slot.index)
            );
        }
        assert_eq!(
            hit(&screen, &slots, 99, 0),
            Hit::Nothing,
            "past the last language"
        );
        assert_eq!(
            hit(&screen, &slots, 5, 2),
            Hit::SidebarRow(0),
            "first row inside the border"
        );
        assert_eq!(
            hit(&screen, &slots, 5, 1),
            Hit::Sidebar,
            "the border itself"
        );
        assert_eq!(hit(&screen, &slots, 60, 10), Hit::Detail);
        assert_eq!(
            hit(&screen, &slots, 60, 29),
            Hit::Nothing,
            "the status line"
        );
        assert_eq!(
            hit(&Screen::TooSmall(Rect::new(0, 0, 5, 5)), &[], 1, 1),
            Hit::Nothing
        );
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
    }

    #[test]
    fn the_help_overlay_is_centred_and_never_larger_than_the_screen() {
        let area = Rect::new(0, 0, 100, 30);
        let help = overlay(area, 40, 14);
        assert_eq!((help.width, help.height), (44, 16));
        assert_eq!((help.x, help.y), (28, 7));
        let tiny = overlay(Rect::new(0, 0, 10, 4), 40, 14);
        assert_eq!((tiny.width, tiny.height), (10, 4));
        assert_eq!(help_rows_shown(Rect::new(0, 0, 40, 12), 17), 10);
    }
}
