//! The closed set of things a user can ask for, and the one key table. Mapping a key or
//! a mouse event to an action is a pure function; the help overlay and the status hints
//! are generated from the same table, so they can never disagree with the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

use crate::content::{KeyText, UiText};
use crate::layout::Hit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Up in the focused pane: the previous topic, or scroll the text up.
    Up,
    Down,
    FocusDetail,
    FocusSidebar,
    /// Close the help, or else go back to the topics.
    Back,
    PageUp,
    PageDown,
    Top,
    Bottom,
    NextLanguage,
    PreviousLanguage,
    /// The language at this position of the bar.
    PickLanguage(usize),
    ToggleHelp,
    Quit,
    Resize {
        width: u16,
        height: u16,
    },
    /// The topic at this position of the sidebar.
    SelectTopic(usize),
    /// Move the topic selection by this many topics (the wheel over the sidebar).
    StepTopic(i8),
    /// Scroll the text by this many lines (the wheel over the detail pane).
    ScrollDetail(i16),
}

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
    /// A printable character, whatever the Shift state that produced it.
    Char(char),
    Ctrl(char),
    /// `1`–`9`: the language at that position.
    Digit,
}

impl Key {
    pub fn label(self) -> String {
        match self {
            Key::Code(KeyCode::Up) => "↑".into(),
            Key::Code(KeyCode::Down) => "↓".into(),
            Key::Code(KeyCode::Left) => "←".into(),
            Key::Code(KeyCode::Right) => "→".into(),
            Key::Code(KeyCode::PageUp) => "PgUp".into(),
            Key::Code(KeyCode::PageDown) => "PgDn".into(),
            Key::Code(KeyCode::BackTab) => "Shift-Tab".into(),
            Key::Code(code) => code.to_string(),
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Digit => "1–9".into(),
        }
    }
}

/// Which description of the `ui.keys` strings explains a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyHelp {
    Move,
    Open,
    Back,
    Page,
    Ends,
    NextLanguage,
    PreviousLanguage,
    ChooseLanguage,
    Help,
    Close,
    Quit,
}

pub fn describe<'k>(keys: &'k KeyText<'_>, help: KeyHelp) -> &'k str {
    match help {
        KeyHelp::Move => &keys.r#move,
        KeyHelp::Open => &keys.open,
        KeyHelp::Back => &keys.back,
        KeyHelp::Page => &keys.page,
        KeyHelp::Ends => &keys.ends,
        KeyHelp::NextLanguage => &keys.next_language,
        KeyHelp::PreviousLanguage => &keys.previous_language,
        KeyHelp::ChooseLanguage => &keys.choose_language,
        KeyHelp::Help => &keys.help,
        KeyHelp::Close => &keys.close,
        KeyHelp::Quit => &keys.quit,
    }
}

pub struct Binding {
    pub key: Key,
    /// `None` for the digits, whose action depends on the digit.
    pub action: Option<Action>,
    pub help: KeyHelp,
    /// Shown in the status line's hints.
    pub hint: bool,
}

const fn bind(key: Key, action: Action, help: KeyHelp, hint: bool) -> Binding {
    Binding {
        key,
        action: Some(action),
        help,
        hint,
    }
}

/// The key table, in the order the help lists it.
pub const KEYS: &[Binding] = &[
    bind(Key::Code(KeyCode::Up), Action::Up, KeyHelp::Move, true),
    bind(Key::Code(KeyCode::Down), Action::Down, KeyHelp::Move, true),
    bind(Key::Char('k'), Action::Up, KeyHelp::Move, false),
    bind(Key::Char('j'), Action::Down, KeyHelp::Move, false),
    bind(
        Key::Code(KeyCode::Right),
        Action::FocusDetail,
        KeyHelp::Open,
        true,
    ),
    bind(
        Key::Code(KeyCode::Enter),
        Action::FocusDetail,
        KeyHelp::Open,
        false,
    ),
    bind(
        Key::Code(KeyCode::Tab),
        Action::FocusDetail,
        KeyHelp::Open,
        false,
    ),
    bind(
        Key::Code(KeyCode::Left),
        Action::FocusSidebar,
        KeyHelp::Back,
        true,
    ),
    bind(
        Key::Code(KeyCode::BackTab),
        Action::FocusSidebar,
        KeyHelp::Back,
        false,
    ),
    bind(
        Key::Code(KeyCode::PageUp),
        Action::PageUp,
        KeyHelp::Page,
        false,
    ),
    bind(
        Key::Code(KeyCode::PageDown),
        Action::PageDown,
        KeyHelp::Page,
        false,
    ),
    bind(Key::Char(' '), Action::PageDown, KeyHelp::Page, false),
    bind(Key::Code(KeyCode::Home), Action::Top, KeyHelp::Ends, false),
    bind(
        Key::Code(KeyCode::End),
        Action::Bottom,
        KeyHelp::Ends,
        false,
    ),
    bind(Key::Char('g'), Action::Top, KeyHelp::Ends, false),
    bind(Key::Char('G'), Action::Bottom, KeyHelp::Ends, false),
    bind(
        Key::Char('l'),
        Action::NextLanguage,
        KeyHelp::NextLanguage,
        true,
    ),
    bind(
        Key::Char(']'),
        Action::NextLanguage,
        KeyHelp::NextLanguage,
        false,
    ),
    bind(
        Key::Char('L'),
        Action::PreviousLanguage,
        KeyHelp::PreviousLanguage,
        false,
    ),
    bind(
        Key::Char('['),
        Action::PreviousLanguage,
        KeyHelp::PreviousLanguage,
        false,
    ),
    Binding {
        key: Key::Digit,
        action: None,
        help: KeyHelp::ChooseLanguage,
        hint: false,
    },
    bind(Key::Char('?'), Action::ToggleHelp, KeyHelp::Help, true),
    bind(Key::Code(KeyCode::Esc), Action::Back, KeyHelp::Back, false),
    bind(Key::Char('q'), Action::Quit, KeyHelp::Quit, true),
    bind(Key::Ctrl('c'), Action::Quit, KeyHelp::Quit, false),
];

/// The action a key press asks for, if any.
pub fn action_for_key(event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    KEYS.iter().find_map(|binding| {
        let matches = match (binding.key, event.code) {
            // Shift is how `L`, `G` and `?` are typed: the character is what counts.
            (Key::Char(want), KeyCode::Char(got)) => want == got && !ctrl && !alt,
            (Key::Ctrl(want), KeyCode::Char(got)) => ctrl && want.eq_ignore_ascii_case(&got),
            (Key::Digit, KeyCode::Char(got)) => !ctrl && !alt && ('1'..='9').contains(&got),
            (Key::Code(want), got) => want == got && !ctrl && !alt,
            _ => false,
        };
        if !matches {
            return None;
        }
        match (binding.action, event.code) {
            (Some(action), _) => Some(action),
            (None, KeyCode::Char(digit)) => digit
                .to_digit(10)
                .map(|d| Action::PickLanguage(d as usize - 1)),
            (None, _) => None,
        }
    })
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
        (Gesture::Click, Hit::SidebarRow(row)) => Some(Action::SelectTopic(sidebar_offset + row)),
        (Gesture::Click, Hit::Sidebar) => Some(Action::FocusSidebar),
        (Gesture::Click, Hit::Detail) => Some(Action::FocusDetail),
        (Gesture::WheelUp, Hit::Sidebar | Hit::SidebarRow(_)) => Some(Action::StepTopic(-1)),
        (Gesture::WheelDown, Hit::Sidebar | Hit::SidebarRow(_)) => Some(Action::StepTopic(1)),
        (Gesture::WheelUp, Hit::Detail) => Some(Action::ScrollDetail(-WHEEL_LINES)),
        (Gesture::WheelDown, Hit::Detail) => Some(Action::ScrollDetail(WHEEL_LINES)),
        (_, Hit::Nothing) | (Gesture::WheelUp | Gesture::WheelDown, Hit::Language(_)) => None,
    }
}

/// The help's rows: each description once, with every key bound to it; then the
/// mouse, when it is on (Shift+drag is how to select text while the program has the
/// mouse), its gestures named in the language like the descriptions.
pub fn help_rows<'k>(ui: &'k UiText<'_>, mouse: bool) -> Vec<(String, &'k str)> {
    let keys = &ui.keys;
    let mut rows: Vec<(KeyHelp, Vec<String>)> = Vec::new();
    for binding in KEYS {
        match rows.iter_mut().find(|(help, _)| *help == binding.help) {
            Some((_, labels)) => labels.push(binding.key.label()),
            None => rows.push((binding.help, vec![binding.key.label()])),
        }
    }
    let mut rows: Vec<(String, &str)> = rows
        .into_iter()
        .map(|(help, labels)| (labels.join(" "), describe(keys, help)))
        .collect();
    if mouse {
        rows.push((ui.mouse.click.to_string(), &keys.click));
        rows.push((ui.mouse.wheel.to_string(), &keys.wheel));
        rows.push((ui.mouse.drag.to_string(), &keys.select_text));
    }
    rows
}

/// The keys that close the help, for its footer (in the help, Back and the help key
/// close it).
pub fn closing_keys() -> String {
    let labels: Vec<String> = KEYS
        .iter()
        .filter(|binding| {
            matches!(binding.action, Some(Action::ToggleHelp | Action::Back))
                && binding.key != Key::Code(KeyCode::BackTab)
        })
        .map(|binding| binding.key.label())
        .collect();
    labels.join(" ")
}

/// One hint of the status line: what it is about, its keys, its description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint<'k> {
    pub help: KeyHelp,
    pub keys: String,
    pub text: &'k str,
}

/// The status line's hints, in table order: the hinted keys of each description.
pub fn hints<'k>(keys: &'k KeyText<'_>) -> Vec<Hint<'k>> {
    let mut hints: Vec<Hint> = Vec::new();
    for binding in KEYS.iter().filter(|binding| binding.hint) {
        match hints.iter_mut().find(|hint| hint.help == binding.help) {
            Some(hint) => hint.keys.push_str(&binding.key.label()),
            None => hints.push(Hint {
                help: binding.help,
                keys: binding.key.label(),
                text: describe(keys, binding.help),
            }),
        }
    }
    hints
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyEventState, MouseButton};

    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action_for_key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn key(c: char) -> Option<Action> {
        press(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn shifted_letters_match_whatever_the_modifier_says() {
        // crossterm reports `L` as Char('L') with SHIFT.
        assert_eq!(
            press(KeyCode::Char('L'), KeyModifiers::SHIFT),
            Some(Action::PreviousLanguage)
        );
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Bottom)
        );
        assert_eq!(
            press(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(Action::ToggleHelp)
        );
        assert_eq!(
            press(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Action::FocusSidebar)
        );
        assert_eq!(key('L'), Some(Action::PreviousLanguage));
        assert_eq!(key('l'), Some(Action::NextLanguage));
        assert_eq!(key('g'), Some(Action::Top));
    }

    #[test]
    fn the_table_maps_every_documented_key() {
        let expected = [
            (KeyCode::Up, Action::Up),
            (KeyCode::Down, Action::Down),
            (KeyCode::Char('k'), Action::Up),
            (KeyCode::Char('j'), Action::Down),
            (KeyCode::Right, Action::FocusDetail),
            (KeyCode::Enter, Action::FocusDetail),
            (KeyCode::Tab, Action::FocusDetail),
            (KeyCode::Left, Action::FocusSidebar),
            (KeyCode::PageUp, Action::PageUp),
            (KeyCode::PageDown, Action::PageDown),
            (KeyCode::Char(' '), Action::PageDown),
            (KeyCode::Home, Action::Top),
            (KeyCode::End, Action::Bottom),
            (KeyCode::Char(']'), Action::NextLanguage),
            (KeyCode::Char('['), Action::PreviousLanguage),
            (KeyCode::Esc, Action::Back),
            (KeyCode::Char('q'), Action::Quit),
        ];
        for (code, action) in expected {
            assert_eq!(press(code, KeyModifiers::NONE), Some(action), "{code:?}");
        }
    }

    #[test]
    fn digits_pick_a_language_and_ctrl_c_quits() {
        assert_eq!(key('1'), Some(Action::PickLanguage(0)));
        assert_eq!(key('9'), Some(Action::PickLanguage(8)));
        assert_eq!(key('0'), None);
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit)
        );
        assert_eq!(key('c'), None);
        assert_eq!(
            press(KeyCode::Char('q'), KeyModifiers::CONTROL),
            None,
            "Ctrl-Q is not q"
        );
        assert_eq!(press(KeyCode::Char('l'), KeyModifiers::ALT), None);
    }

    #[test]
    fn releases_are_not_presses() {
        let release = KeyEvent {
            code: KeyCode::Char('q'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        };
        assert_eq!(action_for_key(release), None);
    }

    fn ui(code: &str) -> UiText<'static> {
        let library = crate::content::Library::builtin().unwrap();
        let language = library.find_language(code).unwrap();
        library.languages()[language].ui.clone()
    }

    fn keys() -> KeyText<'static> {
        ui("en").keys
    }

    #[test]
    fn the_help_lists_every_binding_once_per_description() {
        let ui = ui("en");
        let keys = &ui.keys;
        let rows = help_rows(&ui, false);
        for binding in KEYS {
            let description = describe(keys, binding.help);
            let row = rows
                .iter()
                .find(|(_, text)| *text == description)
                .expect("every description has a row");
            assert!(
                row.0.split(' ').any(|label| label == binding.key.label()),
                "{} in {:?}",
                binding.key.label(),
                row
            );
        }
        assert_eq!(
            rows.iter()
                .find(|(_, text)| keys.r#move == *text)
                .unwrap()
                .0,
            "↑ ↓ k j"
        );
        assert_eq!(
            help_rows(&ui, true).len(),
            rows.len() + 3,
            "the mouse adds click, wheel and Shift+drag"
        );
        let back = rows.iter().find(|(_, text)| keys.back == *text).unwrap();
        assert_eq!(back.0, "← Shift-Tab Esc");
        assert_eq!(closing_keys(), "? Esc");
    }

    #[test]
    fn the_help_names_the_mouse_gestures_in_the_language() {
        let french = ui("fr");
        let rows = help_rows(&french, true);
        let mouse: Vec<(&str, &str)> = rows[rows.len() - 3..]
            .iter()
            .map(|(gesture, text)| (gesture.as_str(), *text))
            .collect();
        assert_eq!(
            mouse,
            [
                (french.mouse.click.as_str(), french.keys.click.as_str()),
                (french.mouse.wheel.as_str(), french.keys.wheel.as_str()),
                (french.mouse.drag.as_str(), french.keys.select_text.as_str()),
            ]
        );
        let english = ui("en").mouse;
        let english = [english.click, english.wheel, english.drag];
        for (gesture, _) in mouse {
            assert!(
                !english.iter().any(|name| *name == gesture),
                "{gesture} is the English name"
            );
        }
    }

    #[test]
    fn hints_come_from_the_same_table() {
        let keys = keys();
        let hints = hints(&keys);
        let hint = |help: KeyHelp| {
            hints
                .iter()
                .find(|hint| hint.help == help)
                .map(|hint| (hint.keys.as_str(), hint.text))
        };
        assert_eq!(hints[0].help, KeyHelp::Move);
        assert_eq!(hint(KeyHelp::Move), Some(("↑↓", keys.r#move.as_str())));
        assert_eq!(hint(KeyHelp::Quit), Some(("q", keys.quit.as_str())));
        assert_eq!(hint(KeyHelp::Help), Some(("?", keys.help.as_str())));
    }

    #[test]
    fn the_mouse_acts_on_what_is_under_it() {
        let click = |hit| action_for_gesture(Gesture::Click, hit, 4);
        assert_eq!(click(Hit::Language(2)), Some(Action::PickLanguage(2)));
        assert_eq!(
            click(Hit::SidebarRow(1)),
            Some(Action::SelectTopic(5)),
            "row 1 under an offset of 4"
        );
        assert_eq!(click(Hit::Detail), Some(Action::FocusDetail));
        assert_eq!(click(Hit::Nothing), None);
        assert_eq!(
            action_for_gesture(Gesture::WheelDown, Hit::Detail, 0),
            Some(Action::ScrollDetail(3))
        );
        assert_eq!(
            action_for_gesture(Gesture::WheelUp, Hit::SidebarRow(3), 0),
            Some(Action::StepTopic(-1))
        );
    }

    #[test]
    fn only_clicks_and_the_wheel_are_gestures() {
        assert_eq!(
            gesture(MouseEventKind::Down(MouseButton::Left)),
            Some(Gesture::Click)
        );
        assert_eq!(gesture(MouseEventKind::ScrollUp), Some(Gesture::WheelUp));
        assert_eq!(gesture(MouseEventKind::Moved), None);
        assert_eq!(gesture(MouseEventKind::Drag(MouseButton::Left)), None);
        assert_eq!(gesture(MouseEventKind::Up(MouseButton::Left)), None);
    }
}
