//! One key table per mode. A key means what the table of the mode in force says, so
//! a key can mean one thing on the main screen and another in the help (and, in a text
//! field, be text). The help overlay and the status hints are generated from the same
//! tables, so they can never disagree with the keys. The tables are the same on every
//! platform but for what a platform cannot do: where there is no job control
//! (Windows), no key suspends, and the help and the man page do not offer it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::content::UiText;
use crate::study::action::Action;
use crate::study::quiz::Side;

/// Where the program runs, as far as the keys are concerned: whether Ctrl-Z can
/// suspend it to the shell. A value rather than a `cfg`, so the tables of both are
/// built and tested on any machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// Linux, macOS and the BSDs: job control, so Ctrl-Z suspends and `fg` resumes.
    Unix,
    /// No job control: nothing could bring a suspended program back.
    Windows,
}

impl Platform {
    /// The platform this build is for.
    #[cfg(unix)]
    pub const CURRENT: Platform = Platform::Unix;
    /// The platform this build is for (Windows, or another without job control).
    #[cfg(not(unix))]
    pub const CURRENT: Platform = Platform::Windows;

    /// Whether a key for `action` has a place on this platform.
    fn offers(self, action: Option<&Action>) -> bool {
        match self {
            Platform::Unix => true,
            Platform::Windows => action != Some(&Action::Suspend),
        }
    }
}

/// Which key table is in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// The main screen: topics and text.
    Reading,
    /// The help overlay.
    Help,
    /// The search line: keys are text, but for the few that steer it.
    Search,
    /// The quiz: the arrows (and the words' first letters) answer.
    Quiz,
}

/// A key as the tables name it.
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

    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match (self, event.code) {
            // Shift is how `L`, `G` and `?` are typed: the character is what counts.
            (Key::Char(want), KeyCode::Char(got)) => want == got && !ctrl && !alt,
            (Key::Ctrl(want), KeyCode::Char(got)) => ctrl && want.eq_ignore_ascii_case(&got),
            (Key::Digit, KeyCode::Char(got)) => !ctrl && !alt && ('1'..='9').contains(&got),
            (Key::Code(want), got) => want == got && !ctrl && !alt,
            (Key::Char(_) | Key::Ctrl(_) | Key::Digit, _) => false,
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
    HalfPage,
    Ends,
    NextLanguage,
    PreviousLanguage,
    ChooseLanguage,
    Sidebar,
    Parallel,
    SecondLanguage,
    Copy,
    CopyTopic,
    Help,
    Close,
    Redraw,
    Suspend,
    Quit,
    Search,
    NextMatch,
    Choose,
    OpenResult,
    Scope,
    Erase,
    AnswerSales,
    AnswerService,
    /// Start a round, the next statement, another round.
    Continue,
    Leave,
    Edit,
    Errors,
}

pub fn describe(ui: &UiText, help: KeyHelp) -> &str {
    let keys = &ui.keys;
    match help {
        KeyHelp::Move => &keys.r#move,
        KeyHelp::Open => &keys.open,
        KeyHelp::Back => &keys.back,
        KeyHelp::Page => &keys.page,
        KeyHelp::HalfPage => &keys.half_page,
        KeyHelp::Ends => &keys.ends,
        KeyHelp::NextLanguage => &keys.next_language,
        KeyHelp::PreviousLanguage => &keys.previous_language,
        KeyHelp::ChooseLanguage => &keys.choose_language,
        KeyHelp::Sidebar => &keys.sidebar,
        KeyHelp::Parallel => &keys.parallel,
        KeyHelp::SecondLanguage => &keys.second_language,
        KeyHelp::Copy => &keys.copy,
        KeyHelp::CopyTopic => &keys.copy_topic,
        KeyHelp::Help => &keys.help,
        KeyHelp::Close => &keys.close,
        KeyHelp::Redraw => &keys.redraw,
        KeyHelp::Suspend => &keys.suspend,
        KeyHelp::Quit => &keys.quit,
        KeyHelp::Search => &keys.search,
        KeyHelp::NextMatch => &keys.next_match,
        KeyHelp::Choose => &keys.choose,
        KeyHelp::OpenResult => &keys.open_result,
        KeyHelp::Scope => &keys.scope,
        KeyHelp::Erase => &keys.erase,
        KeyHelp::AnswerSales => &ui.sales,
        KeyHelp::AnswerService => &ui.service,
        KeyHelp::Continue => &ui.quiz.next,
        KeyHelp::Leave => &ui.quiz.leave,
        KeyHelp::Edit => &keys.edit,
        KeyHelp::Errors => &keys.errors,
    }
}

/// The quiz's answers by letter: the first letters of the words for sales and
/// service in the reader's language ("v" and "s" in French), where the two differ
/// (English's "Sales" and "Service" do not: there the arrows answer alone).
pub fn answer_letters(ui: &UiText) -> Option<[char; 2]> {
    let first = |word: &str| word.chars().next().and_then(|c| c.to_lowercase().next());
    let (sales, service) = (first(&ui.sales)?, first(&ui.service)?);
    // A letter the quiz's table binds keeps its meaning there.
    let free = |letter: char| !QUIZ.iter().any(|binding| binding.key == Key::Char(letter));
    (sales != service && free(sales) && free(service)).then_some([sales, service])
}

pub struct Binding {
    pub key: Key,
    /// `None` for the digits, whose action depends on the digit.
    pub action: Option<Action>,
    pub help: KeyHelp,
    /// How much it earns a place in the status line, which cannot hold every key.
    pub hint: Hint,
}

/// A key's claim to the status line: where not all fit, the more needed stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Hint {
    /// Help, close and quit lead to everything else: always there.
    Essential,
    /// What a reader would not guess: languages, the sidebar.
    Useful,
    /// What most would try anyway: the arrows.
    Basic,
    /// Only in the help.
    Never,
}

const ESSENTIAL: Hint = Hint::Essential;
const USEFUL: Hint = Hint::Useful;
const BASIC: Hint = Hint::Basic;
const QUIET: Hint = Hint::Never;

const fn on(key: Key, action: Action, help: KeyHelp, hint: Hint) -> Binding {
    Binding {
        key,
        action: Some(action),
        help,
        hint,
    }
}

const fn code(code: KeyCode) -> Key {
    Key::Code(code)
}

const DIGITS: Binding = Binding {
    key: Key::Digit,
    action: None,
    help: KeyHelp::ChooseLanguage,
    hint: QUIET,
};

/// The main screen's keys, in the order the help lists them. (One binding a line:
/// the tables read as tables.)
#[rustfmt::skip]
const READING: &[Binding] = &[
    on(code(KeyCode::Up), Action::Up, KeyHelp::Move, BASIC),
    on(code(KeyCode::Down), Action::Down, KeyHelp::Move, BASIC),
    on(Key::Char('k'), Action::Up, KeyHelp::Move, QUIET),
    on(Key::Char('j'), Action::Down, KeyHelp::Move, QUIET),
    on(code(KeyCode::Right), Action::FocusDetail, KeyHelp::Open, BASIC),
    on(code(KeyCode::Enter), Action::FocusDetail, KeyHelp::Open, QUIET),
    on(code(KeyCode::Tab), Action::FocusDetail, KeyHelp::Open, QUIET),
    on(code(KeyCode::Left), Action::FocusSidebar, KeyHelp::Back, BASIC),
    on(code(KeyCode::BackTab), Action::FocusSidebar, KeyHelp::Back, QUIET),
    on(code(KeyCode::Esc), Action::Back, KeyHelp::Back, QUIET),
    on(code(KeyCode::PageUp), Action::PageUp, KeyHelp::Page, QUIET),
    on(code(KeyCode::PageDown), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Char(' '), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Char('b'), Action::PageUp, KeyHelp::Page, QUIET),
    on(Key::Char('f'), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Ctrl('b'), Action::PageUp, KeyHelp::Page, QUIET),
    on(Key::Ctrl('f'), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Ctrl('u'), Action::HalfPageUp, KeyHelp::HalfPage, QUIET),
    on(Key::Ctrl('d'), Action::HalfPageDown, KeyHelp::HalfPage, QUIET),
    on(code(KeyCode::Home), Action::Top, KeyHelp::Ends, QUIET),
    on(code(KeyCode::End), Action::Bottom, KeyHelp::Ends, QUIET),
    on(Key::Char('g'), Action::Top, KeyHelp::Ends, QUIET),
    on(Key::Char('G'), Action::Bottom, KeyHelp::Ends, QUIET),
    on(Key::Char('l'), Action::NextLanguage, KeyHelp::NextLanguage, USEFUL),
    on(Key::Char(']'), Action::NextLanguage, KeyHelp::NextLanguage, QUIET),
    on(Key::Char('L'), Action::PreviousLanguage, KeyHelp::PreviousLanguage, QUIET),
    on(Key::Char('['), Action::PreviousLanguage, KeyHelp::PreviousLanguage, QUIET),
    DIGITS,
    on(Key::Char('/'), Action::OpenSearch, KeyHelp::Search, USEFUL),
    on(Key::Char('n'), Action::NextMatch, KeyHelp::NextMatch, USEFUL),
    on(Key::Char('N'), Action::PreviousMatch, KeyHelp::NextMatch, USEFUL),
    on(Key::Char('z'), Action::ToggleSidebar, KeyHelp::Sidebar, USEFUL),
    on(Key::Char('p'), Action::ToggleParallel, KeyHelp::Parallel, USEFUL),
    on(Key::Char('o'), Action::CycleSecond, KeyHelp::SecondLanguage, USEFUL),
    on(Key::Char('y'), Action::CopyPart, KeyHelp::Copy, QUIET),
    on(Key::Char('Y'), Action::CopyTopic, KeyHelp::CopyTopic, QUIET),
    on(Key::Char('v'), Action::Edit, KeyHelp::Edit, QUIET),
    on(Key::Char('!'), Action::ToggleErrors, KeyHelp::Errors, QUIET),
    on(Key::Char('?'), Action::ToggleHelp, KeyHelp::Help, ESSENTIAL),
    on(Key::Ctrl('l'), Action::Redraw, KeyHelp::Redraw, QUIET),
    on(Key::Ctrl('z'), Action::Suspend, KeyHelp::Suspend, QUIET),
    on(Key::Char('q'), Action::Quit, KeyHelp::Quit, ESSENTIAL),
    on(Key::Ctrl('c'), Action::Quit, KeyHelp::Quit, QUIET),
];

/// The help's keys: it scrolls and closes; languages still switch (a learner can read
/// the help in another language).
#[rustfmt::skip]
const HELP: &[Binding] = &[
    on(code(KeyCode::Up), Action::Up, KeyHelp::Move, BASIC),
    on(code(KeyCode::Down), Action::Down, KeyHelp::Move, BASIC),
    on(Key::Char('k'), Action::Up, KeyHelp::Move, QUIET),
    on(Key::Char('j'), Action::Down, KeyHelp::Move, QUIET),
    on(code(KeyCode::PageUp), Action::PageUp, KeyHelp::Page, QUIET),
    on(code(KeyCode::PageDown), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Char(' '), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Char('b'), Action::PageUp, KeyHelp::Page, QUIET),
    on(Key::Char('f'), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Ctrl('b'), Action::PageUp, KeyHelp::Page, QUIET),
    on(Key::Ctrl('f'), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Ctrl('u'), Action::HalfPageUp, KeyHelp::HalfPage, QUIET),
    on(Key::Ctrl('d'), Action::HalfPageDown, KeyHelp::HalfPage, QUIET),
    on(code(KeyCode::Home), Action::Top, KeyHelp::Ends, QUIET),
    on(code(KeyCode::End), Action::Bottom, KeyHelp::Ends, QUIET),
    on(Key::Char('g'), Action::Top, KeyHelp::Ends, QUIET),
    on(Key::Char('G'), Action::Bottom, KeyHelp::Ends, QUIET),
    on(Key::Char('l'), Action::NextLanguage, KeyHelp::NextLanguage, QUIET),
    on(Key::Char(']'), Action::NextLanguage, KeyHelp::NextLanguage, QUIET),
    on(Key::Char('L'), Action::PreviousLanguage, KeyHelp::PreviousLanguage, QUIET),
    on(Key::Char('['), Action::PreviousLanguage, KeyHelp::PreviousLanguage, QUIET),
    DIGITS,
    on(Key::Char('z'), Action::ToggleSidebar, KeyHelp::Sidebar, QUIET),
    on(Key::Char('?'), Action::ToggleHelp, KeyHelp::Close, ESSENTIAL),
    on(code(KeyCode::Esc), Action::ToggleHelp, KeyHelp::Close, ESSENTIAL),
    // As in `less`: q leaves the help, not the program.
    on(Key::Char('q'), Action::ToggleHelp, KeyHelp::Close, ESSENTIAL),
    // From the keys to the errors and back.
    on(Key::Char('!'), Action::ToggleErrors, KeyHelp::Errors, QUIET),
    on(Key::Ctrl('l'), Action::Redraw, KeyHelp::Redraw, QUIET),
    on(Key::Ctrl('z'), Action::Suspend, KeyHelp::Suspend, QUIET),
    on(Key::Ctrl('c'), Action::Quit, KeyHelp::Quit, QUIET),
];

/// The search line's keys; every other character is text.
#[rustfmt::skip]
const SEARCH: &[Binding] = &[
    on(code(KeyCode::Up), Action::Up, KeyHelp::Choose, ESSENTIAL),
    on(code(KeyCode::Down), Action::Down, KeyHelp::Choose, ESSENTIAL),
    on(code(KeyCode::PageUp), Action::PageUp, KeyHelp::Choose, QUIET),
    on(code(KeyCode::PageDown), Action::PageDown, KeyHelp::Choose, QUIET),
    on(code(KeyCode::Enter), Action::OpenMatch, KeyHelp::OpenResult, ESSENTIAL),
    on(code(KeyCode::Tab), Action::ToggleScope, KeyHelp::Scope, USEFUL),
    on(code(KeyCode::Backspace), Action::Erase, KeyHelp::Erase, QUIET),
    on(Key::Ctrl('w'), Action::EraseWord, KeyHelp::Erase, QUIET),
    on(Key::Ctrl('u'), Action::ClearQuery, KeyHelp::Erase, QUIET),
    on(code(KeyCode::Esc), Action::Back, KeyHelp::Close, ESSENTIAL),
    on(Key::Ctrl('l'), Action::Redraw, KeyHelp::Redraw, QUIET),
    on(Key::Ctrl('z'), Action::Suspend, KeyHelp::Suspend, QUIET),
    on(Key::Ctrl('c'), Action::Quit, KeyHelp::Quit, QUIET),
];

/// The quiz's keys; a letter answers too (`answer_letters`).
#[rustfmt::skip]
const QUIZ: &[Binding] = &[
    on(code(KeyCode::Left), Action::Answer(Side::Sales), KeyHelp::AnswerSales, ESSENTIAL),
    on(code(KeyCode::Right), Action::Answer(Side::Service), KeyHelp::AnswerService, ESSENTIAL),
    on(code(KeyCode::Enter), Action::Continue, KeyHelp::Continue, ESSENTIAL),
    on(code(KeyCode::Esc), Action::Back, KeyHelp::Leave, ESSENTIAL),
    // The page scrolls with the reading keys (not b and f: letters may answer).
    on(code(KeyCode::Up), Action::Up, KeyHelp::Move, QUIET),
    on(code(KeyCode::Down), Action::Down, KeyHelp::Move, QUIET),
    on(Key::Char('k'), Action::Up, KeyHelp::Move, QUIET),
    on(Key::Char('j'), Action::Down, KeyHelp::Move, QUIET),
    on(code(KeyCode::PageUp), Action::PageUp, KeyHelp::Page, QUIET),
    on(code(KeyCode::PageDown), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Char(' '), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Ctrl('u'), Action::HalfPageUp, KeyHelp::HalfPage, QUIET),
    on(Key::Ctrl('d'), Action::HalfPageDown, KeyHelp::HalfPage, QUIET),
    on(code(KeyCode::Home), Action::Top, KeyHelp::Ends, QUIET),
    on(code(KeyCode::End), Action::Bottom, KeyHelp::Ends, QUIET),
    on(Key::Char('g'), Action::Top, KeyHelp::Ends, QUIET),
    on(Key::Char('G'), Action::Bottom, KeyHelp::Ends, QUIET),
    on(Key::Ctrl('b'), Action::PageUp, KeyHelp::Page, QUIET),
    on(Key::Ctrl('f'), Action::PageDown, KeyHelp::Page, QUIET),
    on(Key::Char('l'), Action::NextLanguage, KeyHelp::NextLanguage, USEFUL),
    on(Key::Char(']'), Action::NextLanguage, KeyHelp::NextLanguage, QUIET),
    on(Key::Char('L'), Action::PreviousLanguage, KeyHelp::PreviousLanguage, QUIET),
    on(Key::Char('['), Action::PreviousLanguage, KeyHelp::PreviousLanguage, QUIET),
    DIGITS,
    on(Key::Char('p'), Action::ToggleParallel, KeyHelp::Parallel, QUIET),
    on(Key::Char('o'), Action::CycleSecond, KeyHelp::SecondLanguage, QUIET),
    on(Key::Char('z'), Action::ToggleSidebar, KeyHelp::Sidebar, QUIET),
    on(Key::Char('?'), Action::ToggleHelp, KeyHelp::Help, QUIET),
    on(Key::Ctrl('l'), Action::Redraw, KeyHelp::Redraw, QUIET),
    on(Key::Ctrl('z'), Action::Suspend, KeyHelp::Suspend, QUIET),
    on(Key::Char('q'), Action::Quit, KeyHelp::Quit, ESSENTIAL),
    on(Key::Ctrl('c'), Action::Quit, KeyHelp::Quit, QUIET),
];

/// `table` on `platform`: the keys it offers there, in table order.
pub fn bindings(table: Table, platform: Platform) -> impl Iterator<Item = &'static Binding> {
    let table = match table {
        Table::Reading => READING,
        Table::Help => HELP,
        Table::Search => SEARCH,
        Table::Quiz => QUIZ,
    };
    table
        .iter()
        .filter(move |binding| platform.offers(binding.action.as_ref()))
}

/// The action a key press asks for in `table` on `platform`, if any.
pub fn action_for_key(table: Table, platform: Platform, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let Some(binding) = bindings(table, platform).find(|binding| binding.key.matches(&event))
    else {
        return typed(table, &event);
    };
    match (&binding.action, event.code) {
        (Some(action), _) => Some(action.clone()),
        (None, KeyCode::Char(digit)) => digit
            .to_digit(10)
            .and_then(|d| usize::try_from(d).ok())
            .map(|d| Action::PickLanguage(d - 1)),
        (None, _) => None,
    }
}

/// In a text field, a key no binding claims is text: a printable character, with
/// Shift or AltGr (which terminals may report as Ctrl+Alt) but not Ctrl or Alt alone.
/// In the quiz, a letter may be an answer (the app knows the language's letters).
fn typed(table: Table, event: &KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    match (table, event.code) {
        (Table::Search | Table::Quiz, KeyCode::Char(c)) if !c.is_control() && ctrl == alt => {
            Some(Action::Type(c))
        }
        (Table::Reading | Table::Help | Table::Search | Table::Quiz, _) => None,
    }
}

/// Each description of `table` on `platform` once, with every key bound to it,
/// in table order.
fn described(table: Table, platform: Platform) -> Vec<(KeyHelp, Vec<Key>)> {
    let mut rows: Vec<(KeyHelp, Vec<Key>)> = Vec::new();
    for binding in bindings(table, platform) {
        match rows.iter_mut().find(|(help, _)| *help == binding.help) {
            Some((_, keys)) => keys.push(binding.key),
            None => rows.push((binding.help, vec![binding.key])),
        }
    }
    rows
}

/// A row of the help: a section's heading, or keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow<'k> {
    Heading(&'k str),
    Keys(String, &'k str),
}

/// The help's rows: the main screen's keys, each description once with every key
/// bound to it; then the mouse, when it is on (Shift+drag is how to select text while
/// the program has the mouse), its gestures named in the language like the rest; then
/// the search line's own keys under their heading. Only the keys `platform` offers.
pub fn help_rows<'k>(ui: &'k UiText, platform: Platform, mouse: bool) -> Vec<HelpRow<'k>> {
    let keys = &ui.keys;
    let main = described(Table::Reading, platform);
    // A row of another mode the main screen's says already, key for key, is said once,
    // above; one bound to other keys there (`q` is text in the search line, `b` may
    // answer in the quiz) is said again with its own.
    let said_above = |help: KeyHelp, bound: &[Key]| {
        main.iter().any(|(other, keys)| {
            *other == help
                && keys.len() == bound.len()
                && bound.iter().all(|key| keys.contains(key))
        })
    };
    let section = |table: Table| -> Vec<HelpRow<'k>> {
        described(table, platform)
            .into_iter()
            .filter(|(help, bound)| table == Table::Reading || !said_above(*help, bound))
            .map(|(help, bound)| {
                let mut labels: Vec<String> = bound.into_iter().map(Key::label).collect();
                labels.extend(answer_letter(ui, help).map(String::from));
                HelpRow::Keys(labels.join(" "), describe(ui, help))
            })
            .collect()
    };
    let mut rows = section(Table::Reading);
    if mouse {
        rows.push(HelpRow::Keys(ui.mouse.click.to_string(), &keys.click));
        rows.push(HelpRow::Keys(ui.mouse.wheel.to_string(), &keys.wheel));
        rows.push(HelpRow::Keys(ui.mouse.drag.to_string(), &keys.select_text));
    }
    rows.push(HelpRow::Heading(&keys.search));
    rows.extend(section(Table::Search));
    rows.push(HelpRow::Heading(&ui.quiz.title));
    rows.extend(section(Table::Quiz));
    rows
}

/// The letter that answers as `help` does, where the language has one.
fn answer_letter(ui: &UiText, help: KeyHelp) -> Option<char> {
    let [sales, service] = answer_letters(ui)?;
    match help {
        KeyHelp::AnswerSales => Some(sales),
        KeyHelp::AnswerService => Some(service),
        _ => None,
    }
}

/// The keys that close the help, for its footer.
pub fn closing_keys() -> String {
    let labels: Vec<String> = HELP
        .iter()
        .filter(|binding| binding.action == Some(Action::ToggleHelp))
        .map(|binding| binding.key.label())
        .collect();
    labels.join(" ")
}

/// One hint of the status line: what it is about, its keys, its description, and
/// its claim to a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusHint<'k> {
    pub help: KeyHelp,
    pub keys: String,
    pub text: &'k str,
    pub rank: Hint,
}

/// The status line's hints for `table` on `platform`, in table order: the hinted keys
/// of each description.
pub fn hints<'k>(ui: &'k UiText, table: Table, platform: Platform) -> Vec<StatusHint<'k>> {
    let mut hints: Vec<StatusHint> = Vec::new();
    for binding in bindings(table, platform).filter(|binding| binding.hint != Hint::Never) {
        match hints.iter_mut().find(|hint| hint.help == binding.help) {
            Some(hint) => {
                // Arrows read as one key pair ("↑↓"); other keys are set apart.
                if !matches!(binding.key, Key::Code(KeyCode::Down)) {
                    hint.keys.push(' ');
                }
                hint.keys.push_str(&binding.key.label());
            }
            None => {
                let mut keys = binding.key.label();
                if let Some(letter) = answer_letter(ui, binding.help) {
                    keys.push(' ');
                    keys.push(letter);
                }
                hints.push(StatusHint {
                    help: binding.help,
                    keys,
                    text: describe(ui, binding.help),
                    rank: binding.hint,
                });
            }
        }
    }
    hints
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyEventState;

    use super::*;

    fn press_in(table: Table, code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action_for_key(
            table,
            Platform::Unix,
            KeyEvent {
                code,
                modifiers,
                kind: KeyEventKind::Press,
                state: KeyEventState::NONE,
            },
        )
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        press_in(Table::Reading, code, modifiers)
    }

    fn key(c: char) -> Option<Action> {
        press(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> Option<Action> {
        press(KeyCode::Char(c), KeyModifiers::CONTROL)
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
    fn the_main_table_maps_every_documented_key() {
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
            (KeyCode::Char('b'), Action::PageUp),
            (KeyCode::Char('f'), Action::PageDown),
            (KeyCode::Home, Action::Top),
            (KeyCode::End, Action::Bottom),
            (KeyCode::Char(']'), Action::NextLanguage),
            (KeyCode::Char('['), Action::PreviousLanguage),
            (KeyCode::Char('z'), Action::ToggleSidebar),
            (KeyCode::Char('y'), Action::CopyPart),
            (KeyCode::Char('Y'), Action::CopyTopic),
            (KeyCode::Esc, Action::Back),
            (KeyCode::Char('q'), Action::Quit),
        ];
        for (code, action) in expected {
            assert_eq!(press(code, KeyModifiers::NONE), Some(action), "{code:?}");
        }
        assert_eq!(ctrl('f'), Some(Action::PageDown), "as in less and vi");
        assert_eq!(ctrl('b'), Some(Action::PageUp));
        assert_eq!(ctrl('d'), Some(Action::HalfPageDown));
        assert_eq!(ctrl('u'), Some(Action::HalfPageUp));
        assert_eq!(ctrl('l'), Some(Action::Redraw));
        assert_eq!(ctrl('z'), Some(Action::Suspend));
        assert_eq!(key('d'), None, "d alone is not Ctrl-D");
        assert_eq!(key('v'), Some(Action::Edit), "as in less");
        assert_eq!(key('!'), Some(Action::ToggleErrors));
    }

    #[test]
    fn digits_pick_a_language_and_ctrl_c_quits() {
        assert_eq!(key('1'), Some(Action::PickLanguage(0)));
        assert_eq!(key('9'), Some(Action::PickLanguage(8)));
        assert_eq!(key('0'), None);
        assert_eq!(ctrl('c'), Some(Action::Quit));
        assert_eq!(key('c'), None);
        assert_eq!(ctrl('q'), None, "Ctrl-Q is not q");
        assert_eq!(press(KeyCode::Char('l'), KeyModifiers::ALT), None);
    }

    #[test]
    fn a_text_field_types_printable_characters_with_shift_or_altgr_only() {
        for table in [Table::Search, Table::Quiz] {
            let typed = |c: char, modifiers| press_in(table, KeyCode::Char(c), modifiers);
            assert_eq!(typed('ð', KeyModifiers::NONE), Some(Action::Type('ð')));
            assert_eq!(typed('Q', KeyModifiers::SHIFT), Some(Action::Type('Q')));
            let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
            assert_eq!(typed('€', altgr), Some(Action::Type('€')));
            assert_eq!(typed('x', KeyModifiers::CONTROL), None);
            assert_eq!(typed('x', KeyModifiers::ALT), None);
            assert_eq!(typed('\u{7}', KeyModifiers::NONE), None);
        }
        assert_eq!(key('x'), None, "no text field on the main screen");
    }

    #[test]
    fn the_help_has_keys_of_its_own() {
        let help = |code| press_in(Table::Help, code, KeyModifiers::NONE);
        assert_eq!(help(KeyCode::Esc), Some(Action::ToggleHelp), "Esc closes");
        assert_eq!(help(KeyCode::Char('?')), Some(Action::ToggleHelp));
        assert_eq!(help(KeyCode::Down), Some(Action::Down));
        assert_eq!(help(KeyCode::Char('l')), Some(Action::NextLanguage));
        assert_eq!(help(KeyCode::Char('3')), Some(Action::PickLanguage(2)));
        assert_eq!(
            help(KeyCode::Char('q')),
            Some(Action::ToggleHelp),
            "q closes the help, as in less"
        );
        assert_eq!(
            press_in(Table::Help, KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit)
        );
        assert_eq!(
            help(KeyCode::Right),
            None,
            "nothing to focus under the help"
        );
        assert_eq!(help(KeyCode::Char('z')), Some(Action::ToggleSidebar));
    }

    #[test]
    fn releases_are_not_presses() {
        let release = KeyEvent {
            code: KeyCode::Char('q'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        };
        assert_eq!(
            action_for_key(Table::Reading, Platform::Unix, release),
            None
        );
    }

    fn ui(code: &str) -> UiText {
        let library = crate::content::Library::builtin().unwrap();
        let language = library.find_language(code).unwrap();
        library.languages()[language].ui.clone()
    }

    #[test]
    fn the_help_lists_every_binding_once_per_description() {
        let ui = ui("en");
        let keys = &ui.keys;
        let rows = help_rows(&ui, Platform::Unix, false);
        let pairs: Vec<(&str, &str)> = rows
            .iter()
            .filter_map(|row| match row {
                HelpRow::Keys(keys, text) => Some((keys.as_str(), *text)),
                HelpRow::Heading(_) => None,
            })
            .collect();
        let row_of = |text: &str| {
            pairs
                .iter()
                .find(|(_, description)| *description == text)
                .map(|(keys, _)| *keys)
                .expect("every description has a row")
        };
        for binding in READING.iter().chain(SEARCH) {
            let keys_of = row_of(describe(&ui, binding.help));
            assert!(
                keys_of.split(' ').any(|label| label == binding.key.label()),
                "{} in {keys_of}",
                binding.key.label()
            );
        }
        assert_eq!(row_of(&keys.r#move), "↑ ↓ k j");
        assert_eq!(row_of(&keys.back), "← Shift-Tab Esc");
        assert_eq!(row_of(&keys.choose), "↑ ↓ PgUp PgDn");
        assert_eq!(
            help_rows(&ui, Platform::Unix, true).len(),
            rows.len() + 3,
            "the mouse adds click, wheel and Shift+drag"
        );
        assert!(
            rows.contains(&HelpRow::Heading(&keys.search)),
            "the search line's keys have their heading"
        );
        let rows_of = |text: &str| -> Vec<&str> {
            pairs
                .iter()
                .filter(|(_, description)| *description == text)
                .map(|(keys, _)| *keys)
                .collect()
        };
        assert_eq!(
            rows_of(&keys.quit),
            ["q Ctrl-C", "Ctrl-C"],
            "the quiz's quit keys are the main screen's, said once; the search line's are not (q is text there)"
        );
        assert_eq!(
            rows_of(&keys.page),
            [
                "PgUp PgDn Space b f Ctrl-B Ctrl-F",
                "PgUp PgDn Space Ctrl-B Ctrl-F"
            ],
            "the quiz pages without b and f, which may answer"
        );
        assert_eq!(closing_keys(), "? Esc q");
    }

    #[test]
    fn the_help_names_the_mouse_gestures_in_the_language() {
        let french = ui("fr");
        let rows = help_rows(&french, Platform::Unix, true);
        let start = rows
            .iter()
            .position(
                |row| matches!(row, HelpRow::Keys(_, text) if *text == french.keys.click.as_str()),
            )
            .unwrap();
        let mouse: Vec<(&str, &str)> = rows[start..start + 3]
            .iter()
            .filter_map(|row| match row {
                HelpRow::Keys(gesture, text) => Some((gesture.as_str(), *text)),
                HelpRow::Heading(_) => None,
            })
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

    /// Windows has no job control: Ctrl-Z is no key there, and neither the help nor
    /// the hints offer it; every other key is as on Unix.
    #[test]
    fn without_job_control_no_key_suspends_and_nothing_offers_it() {
        let ui = ui("en");
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        for mode in [Table::Reading, Table::Help, Table::Search, Table::Quiz] {
            let suspends = |platform| {
                bindings(mode, platform).any(|binding| {
                    binding.action == Some(Action::Suspend) || binding.help == KeyHelp::Suspend
                })
            };
            assert!(suspends(Platform::Unix), "{mode:?}: Ctrl-Z on Unix");
            assert!(
                !suspends(Platform::Windows),
                "{mode:?}: no Ctrl-Z on Windows"
            );
            assert_eq!(
                bindings(mode, Platform::Windows).count() + 1,
                bindings(mode, Platform::Unix).count(),
                "{mode:?}: all but Ctrl-Z the same"
            );
            assert_eq!(
                action_for_key(mode, Platform::Unix, ctrl_z),
                Some(Action::Suspend)
            );
            assert_eq!(action_for_key(mode, Platform::Windows, ctrl_z), None);
            assert!(
                hints(&ui, mode, Platform::Windows)
                    .iter()
                    .all(|hint| hint.help != KeyHelp::Suspend),
                "{mode:?}"
            );
        }
        let offers_suspend = |rows: &[HelpRow]| {
            rows.iter().any(|row| {
                matches!(row, HelpRow::Keys(keys, text)
                    if keys.contains("Ctrl-Z") || *text == describe(&ui, KeyHelp::Suspend))
            })
        };
        for mouse in [false, true] {
            let unix = help_rows(&ui, Platform::Unix, mouse);
            let windows = help_rows(&ui, Platform::Windows, mouse);
            assert!(offers_suspend(&unix));
            assert!(!offers_suspend(&windows), "{windows:?}");
            assert_eq!(windows.len() + 1, unix.len(), "only the suspend row goes");
        }
    }

    #[test]
    fn hints_come_from_the_same_tables() {
        let ui = ui("en");
        let reading = hints(&ui, Table::Reading, Platform::Unix);
        let hint = |hints: &[StatusHint], help: KeyHelp| {
            hints
                .iter()
                .find(|hint| hint.help == help)
                .map(|hint| hint.keys.clone())
        };
        assert_eq!(reading[0].help, KeyHelp::Move);
        assert_eq!(hint(&reading, KeyHelp::Move).as_deref(), Some("↑↓"));
        assert_eq!(hint(&reading, KeyHelp::Quit).as_deref(), Some("q"));
        assert_eq!(hint(&reading, KeyHelp::Sidebar).as_deref(), Some("z"));
        assert_eq!(hint(&reading, KeyHelp::Close), None);
        let help = hints(&ui, Table::Help, Platform::Unix);
        assert_eq!(
            help.iter().map(|hint| hint.help).collect::<Vec<_>>(),
            [KeyHelp::Move, KeyHelp::Close],
            "the help's own keys, nothing that does nothing there"
        );
        assert_eq!(hint(&help, KeyHelp::Close).as_deref(), Some("? Esc q"));
    }
}
