//! Semantic styles. The only place colours are named: a colour theme from the 16 ANSI
//! colours (the terminal's palette decides their shade, so they suit dark and light
//! themes alike) and a monochrome one for `NO_COLOR` that marks selection and focus with
//! bold and reverse video alone.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Plain text.
    pub text: Style,
    /// Secondary text: borders of unfocused panes, tags, hints' descriptions.
    pub muted: Style,
    /// The border and title of the pane that has the keyboard.
    pub focused: Style,
    /// The selected topic and the active language.
    pub selected: Style,
    /// The selected topic while the sidebar does not have the keyboard.
    pub selected_unfocused: Style,
    pub heading: Style,
    pub subheading: Style,
    /// A key's name in the hints and the help.
    pub key: Style,
    /// The Sales and Service column labels, told apart where colour is available.
    pub sales: Style,
    pub service: Style,
    pub aspect: Style,
    /// Worked examples, set apart from the running text.
    pub example: Style,
    /// The small "translated" / "in English" tags.
    pub tag: Style,
    /// Lines that separate comparison rows.
    pub rule: Style,
    /// A search's words, where they are in the text and in the list of matches.
    pub highlight: Style,
}

impl Theme {
    /// Colour where it is to be shown, else monochrome: the one place the two are
    /// chosen between.
    pub fn for_colour(colour: bool) -> Theme {
        if colour {
            Theme::colour()
        } else {
            Theme::mono()
        }
    }

    pub fn colour() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            text: Style::new(),
            muted: Style::new().add_modifier(Modifier::DIM),
            focused: bold.fg(Color::Cyan),
            selected: bold.add_modifier(Modifier::REVERSED),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            heading: bold.add_modifier(Modifier::UNDERLINED),
            subheading: bold,
            key: bold,
            sales: bold.fg(Color::Magenta),
            service: bold.fg(Color::Green),
            aspect: bold,
            example: Style::new().add_modifier(Modifier::ITALIC),
            tag: Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC),
            rule: Style::new().add_modifier(Modifier::DIM),
            highlight: Style::new().fg(Color::Black).bg(Color::Yellow),
        }
    }

    pub fn mono() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            text: Style::new(),
            muted: Style::new(),
            focused: bold,
            selected: bold.add_modifier(Modifier::REVERSED),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            heading: bold.add_modifier(Modifier::UNDERLINED),
            subheading: bold,
            key: bold,
            sales: bold,
            service: bold,
            aspect: bold,
            example: Style::new(),
            tag: Style::new(),
            rule: Style::new(),
            highlight: bold.add_modifier(Modifier::UNDERLINED),
        }
    }
}
