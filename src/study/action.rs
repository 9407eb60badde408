//! The closed set of things a user can ask for. Keys are mapped in `keymap`, one table
//! per mode; the mouse in `tui::mouse`, over the layout on screen.

use crate::study::quiz::Side;

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
    /// Open the language's file in an editor, at the text on top of the screen (`v`,
    /// as in `less`).
    Edit,
    /// List the errors of the language files that do not load, or close the list.
    ToggleErrors,
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
    /// `y`: the part at the top of the text onto the clipboard, as plain text.
    CopyPart,
    /// `Y`: the whole topic onto the clipboard, as Markdown.
    CopyTopic,
    /// The quiz: this side is the answer.
    Answer(Side),
    /// The quiz: start a round, the next statement, another round.
    Continue,
}
