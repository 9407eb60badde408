//! The mouse: what is under the pointer, hit-tested over the layout on screen (the
//! overlays first), and the action a click or the wheel asks for there.

use ratatui::crossterm::event::MouseEventKind;
use ratatui::layout::Position;

use crate::study::action::Action;
use crate::tui::layout::{Layout, Screen, inside_border};

/// Lines the wheel scrolls the text by, as in most terminal programs.
const WHEEL_LINES: i16 = 3;

/// The mouse events the explorer answers to. With mouse capture on, the terminal also
/// reports every cell the pointer crosses; those are not gestures, and are dropped
/// before any hit-testing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gesture {
    Click,
    WheelUp,
    WheelDown,
}

pub fn gesture(kind: MouseEventKind) -> Option<Gesture> {
    match kind {
        MouseEventKind::Down(_) => Some(Gesture::Click),
        MouseEventKind::ScrollUp => Some(Gesture::WheelUp),
        MouseEventKind::ScrollDown => Some(Gesture::WheelDown),
        MouseEventKind::Up(_)
        | MouseEventKind::Drag(_)
        | MouseEventKind::Moved
        | MouseEventKind::ScrollLeft
        | MouseEventKind::ScrollRight => None,
    }
}

/// The action a gesture asks for, given what is under the pointer and which topic the
/// sidebar's first row shows.
pub fn action_for_gesture(gesture: Gesture, hit: Hit, sidebar_offset: usize) -> Option<Action> {
    match (gesture, hit) {
        (Gesture::Click, Hit::Language(index)) => Some(Action::PickLanguage(index)),
        (Gesture::Click, Hit::SecondLanguage) => Some(Action::CycleSecond),
        (Gesture::Click, Hit::SidebarRow(row)) => Some(Action::SelectRow(sidebar_offset + row)),
        (Gesture::Click, Hit::Sidebar) => Some(Action::FocusSidebar),
        (Gesture::Click, Hit::Detail) => Some(Action::FocusDetail),
        (Gesture::WheelUp, Hit::Sidebar | Hit::SidebarRow(_)) => Some(Action::StepTopic(-1)),
        (Gesture::WheelDown, Hit::Sidebar | Hit::SidebarRow(_)) => Some(Action::StepTopic(1)),
        (Gesture::WheelUp, Hit::Detail | Hit::SecondLanguage) => {
            Some(Action::ScrollDetail(-WHEEL_LINES))
        }
        (Gesture::WheelDown, Hit::Detail | Hit::SecondLanguage) => {
            Some(Action::ScrollDetail(WHEEL_LINES))
        }
        // The wheel over the help scrolls it (the help takes the text's scroll).
        (Gesture::WheelUp, Hit::Help) => Some(Action::ScrollDetail(-WHEEL_LINES)),
        (Gesture::WheelDown, Hit::Help) => Some(Action::ScrollDetail(WHEEL_LINES)),
        (_, Hit::Nothing | Hit::Matches)
        | (Gesture::Click, Hit::Help)
        | (Gesture::WheelUp | Gesture::WheelDown, Hit::Language(_)) => None,
    }
}

/// What is under the mouse pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Language(usize),
    /// The parallel view's second language, on the detail pane's border.
    SecondLanguage,
    /// A row of the sidebar's list, counted from the first row shown.
    SidebarRow(usize),
    Sidebar,
    Detail,
    /// The help's box, over whatever is under it.
    Help,
    /// The search's list of matches.
    Matches,
    Nothing,
}

/// What is at `column`, `row`: an overlay, where the mode has one there, before the
/// regions under it.
pub fn hit(layout: &Layout, column: u16, row: u16) -> Hit {
    let Screen::Full(regions) = layout.screen else {
        return Hit::Nothing;
    };
    let position = Position { x: column, y: row };
    if layout.help.is_some_and(|help| help.contains(position)) {
        return Hit::Help;
    }
    if layout.matches.is_some_and(|list| list.contains(position)) {
        return Hit::Matches;
    }
    if regions.language_bar.contains(position) {
        return layout
            .languages
            .iter()
            .find(|slot| slot.area.contains(position))
            .map_or(Hit::Nothing, |slot| Hit::Language(slot.index));
    }
    if let Some(sidebar) = regions.sidebar
        && sidebar.contains(position)
    {
        let list = inside_border(sidebar);
        return if list.contains(position) {
            Hit::SidebarRow(usize::from(row - list.y))
        } else {
            Hit::Sidebar
        };
    }
    if regions
        .second_name
        .is_some_and(|name| name.contains(position))
    {
        return Hit::SecondLanguage;
    }
    if regions
        .detail
        .is_some_and(|detail| detail.contains(position))
    {
        return Hit::Detail;
    }
    Hit::Nothing
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::MouseButton;
    use ratatui::layout::{Rect, Size};

    use super::*;
    use crate::tui::layout::{LANGUAGES, Pane, Panes, screen as screen_of};

    #[test]
    fn a_click_lands_on_what_is_drawn_there() {
        let area = Rect::new(0, 0, 100, 30);
        let screen = screen_of(area, Panes::Both { keys: Pane::Topics }, None);
        let layout = Layout::plain(screen).with_languages(&LANGUAGES, 0);
        assert!(!layout.languages.is_empty());
        for slot in &layout.languages {
            assert_eq!(hit(&layout, slot.area.x, 0), Hit::Language(slot.index));
            assert_eq!(
                hit(&layout, slot.area.right() - 1, 0),
                Hit::Language(slot.index)
            );
        }
        assert_eq!(hit(&layout, 99, 0), Hit::Nothing, "past the last language");
        assert_eq!(
            hit(&layout, 5, 2),
            Hit::SidebarRow(0),
            "first row inside the border"
        );
        assert_eq!(hit(&layout, 5, 1), Hit::Sidebar, "the border itself");
        assert_eq!(hit(&layout, 60, 10), Hit::Detail);
        assert_eq!(hit(&layout, 60, 29), Hit::Nothing, "the status line");
        assert_eq!(
            hit(
                &Layout::plain(Screen::TooSmall(Rect::new(0, 0, 5, 5))),
                1,
                1
            ),
            Hit::Nothing
        );
        let without = screen_of(area, Panes::Text, None);
        assert_eq!(
            hit(&Layout::plain(without).with_languages(&LANGUAGES, 0), 5, 2),
            Hit::Detail,
            "with the sidebar hidden, the text is there"
        );
    }

    /// An overlay takes the clicks and the wheel over it: nothing under the help or
    /// the search's list is reached through them.
    #[test]
    fn the_overlays_are_hit_before_what_they_cover() {
        let layout = Layout::plain(screen_of(
            Rect::new(0, 0, 100, 30),
            Panes::Both { keys: Pane::Topics },
            None,
        ));
        let help = layout.clone().with_help(Size::new(40, 10));
        let inside = help.help.unwrap();
        assert_eq!(hit(&help, inside.x + 1, inside.y + 1), Hit::Help);
        assert_eq!(hit(&help, 1, 2), Hit::SidebarRow(0), "outside the box");
        assert_eq!(action_for_gesture(Gesture::Click, Hit::Help, 0), None);
        assert_eq!(
            action_for_gesture(Gesture::WheelDown, Hit::Help, 0),
            Some(Action::ScrollDetail(3))
        );
        let search = layout.with_matches(5);
        let list = search.matches.unwrap();
        assert_eq!(hit(&search, 1, list.y + 1), Hit::Matches);
        assert_eq!(action_for_gesture(Gesture::Click, Hit::Matches, 0), None);
    }

    #[test]
    fn the_mouse_acts_on_what_is_under_it() {
        let click = |hit| action_for_gesture(Gesture::Click, hit, 4);
        assert_eq!(click(Hit::Language(2)), Some(Action::PickLanguage(2)));
        assert_eq!(
            click(Hit::SidebarRow(1)),
            Some(Action::SelectRow(5)),
            "row 1 under an offset of 4"
        );
        assert_eq!(click(Hit::Detail), Some(Action::FocusDetail));
        assert_eq!(click(Hit::Sidebar), Some(Action::FocusSidebar));
        assert_eq!(click(Hit::Nothing), None);
        assert_eq!(
            action_for_gesture(Gesture::WheelDown, Hit::Detail, 0),
            Some(Action::ScrollDetail(3))
        );
        assert_eq!(
            action_for_gesture(Gesture::WheelUp, Hit::Detail, 0),
            Some(Action::ScrollDetail(-3))
        );
        assert_eq!(
            action_for_gesture(Gesture::WheelUp, Hit::SidebarRow(3), 0),
            Some(Action::StepTopic(-1))
        );
        assert_eq!(
            action_for_gesture(Gesture::WheelDown, Hit::Sidebar, 0),
            Some(Action::StepTopic(1))
        );
        assert_eq!(
            action_for_gesture(Gesture::WheelDown, Hit::Language(0), 0),
            None
        );
    }

    #[test]
    fn only_clicks_and_the_wheel_are_gestures() {
        assert_eq!(
            gesture(MouseEventKind::Down(MouseButton::Left)),
            Some(Gesture::Click)
        );
        assert_eq!(gesture(MouseEventKind::ScrollUp), Some(Gesture::WheelUp));
        assert_eq!(
            gesture(MouseEventKind::ScrollDown),
            Some(Gesture::WheelDown)
        );
        assert_eq!(gesture(MouseEventKind::Moved), None);
        assert_eq!(gesture(MouseEventKind::Drag(MouseButton::Left)), None);
        assert_eq!(gesture(MouseEventKind::Up(MouseButton::Left)), None);
    }
}
