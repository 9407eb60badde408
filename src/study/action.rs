//! The closed set of things a user can ask for, and how the mouse asks for them. Keys
//! are mapped in `keymap`, one table per mode; mapping a mouse event is a pure function
//! of what is under the pointer.

use ratatui::crossterm::event::MouseEventKind;

use crate::study::quiz::Side;
use crate::tui::layout::Hit;

/// Not `Copy`: a paste carries its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Up in the focused pane: the previous topic, or scroll the text up.
    Up,
    Down,
    FocusDetail,
    FocusSidebar,
    /// Back to the topics.
    Back,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    Top,
    Bottom,
    NextLanguage,
    PreviousLanguage,
    /// The language at this position of the bar.
    PickLanguage(usize),
    /// Hide the sidebar to give the text the whole width, or show it again.
    ToggleSidebar,
    /// The parallel view: a second language beside the first, or not.
    ToggleParallel,
    /// The next language on the parallel view's second side.
    CycleSecond,
    ToggleHelp,
    /// Paint the whole screen again (something else wrote over it).
    Redraw,
    /// Hand the terminal back to the shell until `fg`.
    Suspend,
    Quit,
    Resize {
        width: u16,
        height: u16,
    },
    /// The entry at this row of the sidebar (a blank row chooses nothing).
    SelectRow(usize),
    /// Move the sidebar's selection by this many entries (the wheel over it).
    StepTopic(i8),
    /// Scroll the text by this many lines (the wheel over the detail pane).
    ScrollDetail(i16),
    /// Open the search line.
    OpenSearch,
    /// A character typed into the search line.
    Type(char),
    /// Text pasted (bracketed paste): one event, however long.
    Paste(String),
    /// Backspace in the search line: the last character.
    Erase,
    /// The last word.
    EraseWord,
    /// The whole query.
    ClearQuery,
    /// Search this language, or all of them.
    ToggleScope,
    /// Enter in the search line: open the chosen match.
    OpenMatch,
    /// `n` and `N`: the next and previous match, through the topics and around.
    NextMatch,
    PreviousMatch,
    /// The quiz: this side is the answer.
    Answer(Side),
    /// The quiz: start a round, the next statement, another round.
    Continue,
}

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
        (_, Hit::Nothing) | (Gesture::WheelUp | Gesture::WheelDown, Hit::Language(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::MouseButton;

    use super::*;

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
