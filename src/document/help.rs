//! The help's text laid out for the room the screen gives it: keys in one column and
//! their descriptions beside them while both fit; else each description wrapped under
//! its key; and where even a key does not fit, cut with "…". Nothing is cut silently.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::document::ellipsis::fit;
use crate::document::theme::Theme;
use crate::document::wrap::wrap;
use crate::study::keymap::HelpRow;

/// The help's lines and the width they take.
#[derive(Debug, Clone, Default)]
pub struct HelpText {
    pub lines: Vec<Line<'static>>,
    pub width: usize,
}

/// Between the key column and the descriptions.
const GAP: usize = 2;
/// A description wrapped under its key is indented this much.
const INDENT: &str = "  ";
/// Narrower than this, descriptions beside their keys read a word a line.
const MIN_DESCRIPTION: usize = 16;

/// `rows` laid out in at most `room` columns: keys and descriptions, and each
/// section's heading after a blank line.
pub fn lay_out(rows: &[HelpRow], room: usize, theme: &Theme) -> HelpText {
    let room = room.max(1);
    let pairs = || {
        rows.iter().filter_map(|row| match row {
            HelpRow::Keys(key, text) => Some((key.as_str(), *text)),
            HelpRow::Heading(_) => None,
        })
    };
    let key_width = pairs().map(|(key, _)| key.width()).max().unwrap_or(0);
    let text_width = pairs().map(|(_, text)| text.width()).max().unwrap_or(0);
    let beside = room.saturating_sub(key_width + GAP);
    let side_by_side = key_width + GAP + text_width <= room || beside >= MIN_DESCRIPTION;
    let mut lines = Vec::new();
    for row in rows {
        let (key, text) = match row {
            HelpRow::Heading(heading) => {
                lines.push(Line::default());
                for part in wrap(heading, room) {
                    lines.push(Line::from(Span::styled(fit(&part, room), theme.subheading)));
                }
                continue;
            }
            HelpRow::Keys(key, text) => (key, *text),
        };
        if side_by_side {
            let padding = " ".repeat(key_width + GAP - key.width());
            for (n, part) in wrap(text, beside).into_iter().enumerate() {
                let key = if n == 0 {
                    Span::styled(format!("{key}{padding}"), theme.key)
                } else {
                    Span::raw(" ".repeat(key_width + GAP))
                };
                lines.push(Line::from(vec![key, Span::styled(part, theme.text)]));
            }
        } else {
            lines.push(Line::from(Span::styled(fit(key, room), theme.key)));
            let under = room.saturating_sub(INDENT.len());
            if under == 0 {
                continue;
            }
            for part in wrap(text, under) {
                lines.push(Line::from(vec![
                    Span::raw(INDENT),
                    Span::styled(fit(&part, under), theme.text),
                ]));
            }
        }
    }
    let width = lines.iter().map(Line::width).max().unwrap_or(0);
    HelpText { lines, width }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(help: &HelpText) -> Vec<String> {
        help.lines.iter().map(crate::document::plain).collect()
    }

    const ROWS: [(&str, &str); 2] = [
        ("↑ ↓ k j", "Move / scroll"),
        ("PgUp PgDn Space b f", "Scroll the pane under the pointer"),
    ];

    fn rows() -> Vec<HelpRow<'static>> {
        ROWS.iter()
            .map(|(key, text)| HelpRow::Keys((*key).to_owned(), text))
            .collect()
    }

    #[test]
    fn keys_and_descriptions_side_by_side_when_they_fit() {
        let help = lay_out(&rows(), 80, &Theme::mono());
        assert_eq!(
            text(&help),
            [
                "↑ ↓ k j              Move / scroll",
                "PgUp PgDn Space b f  Scroll the pane under the pointer",
            ]
        );
        assert_eq!(help.width, 54);
    }

    #[test]
    fn descriptions_wrap_beside_then_under_their_keys_never_cut() {
        let beside = text(&lay_out(&rows(), 40, &Theme::mono()));
        assert_eq!(beside[1], "PgUp PgDn Space b f  Scroll the pane");
        assert_eq!(beside[2], "                     under the pointer");
        let under = text(&lay_out(&rows(), 30, &Theme::mono()));
        assert_eq!(
            under,
            [
                "↑ ↓ k j",
                "  Move / scroll",
                "PgUp PgDn Space b f",
                "  Scroll the pane under the",
                "  pointer",
            ]
        );
    }

    #[test]
    fn a_section_has_its_heading_after_a_blank_line() {
        let mut rows = rows();
        rows.insert(1, HelpRow::Heading("Search"));
        let lines = text(&lay_out(&rows, 80, &Theme::mono()));
        assert_eq!(lines[1], "");
        assert_eq!(lines[2], "Search");
        assert!(lines[3].starts_with("PgUp"));
        // A heading too long for the room is wrapped, not cut.
        rows[1] = HelpRow::Heading("The text shown is the last without errors");
        let lines = text(&lay_out(&rows, 30, &Theme::mono()));
        assert_eq!(
            lines[3..5],
            ["The text shown is the last", "without errors"]
        );
    }

    #[test]
    fn at_the_smallest_sizes_what_is_cut_says_so() {
        let help = lay_out(&rows(), 10, &Theme::mono());
        for line in text(&help) {
            assert!(line.width() <= 10, "{line}");
        }
        assert!(text(&help).contains(&"PgUp PgDn…".to_owned()));
        assert!(lay_out(&rows(), 0, &Theme::mono()).width <= 1);
    }
}
