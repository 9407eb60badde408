//! The quiz's page at a width: before a round, a statement asked, its answer, the
//! score. In the reading language, and in the parallel view the second language beside
//! it, set apart.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use super::{Document, Page};
use crate::content::{Library, UiText};
use crate::study::keymap::answer_letters;
use crate::study::quiz::{ROUND, Round, Side, Stage, Statement};

/// What the page shows: the round (none before the first), in which languages.
pub struct QuizPage<'a> {
    pub library: &'a Library,
    pub language: usize,
    pub second: Option<usize>,
    pub round: Option<&'a Round>,
}

pub fn layout_quiz(quiz: &QuizPage, width: u16, theme: &Theme) -> Document {
    let mut page = Page::new(width, theme);
    let parts = Parts { quiz, theme };
    let ui = parts.ui(quiz.language);
    let words = &ui.quiz;
    match quiz.round.map(|round| (round, round.stage())) {
        None => {
            page.wrapped(&words.title, theme.heading);
            page.blank();
            page.wrapped(&words.intro, theme.text);
            page.blank();
            parts.keys(&mut page, &[("Enter", &words.start)]);
        }
        Some((round, Stage::Asking(at))) => {
            page.wrapped(&words.title, theme.heading);
            page.wrapped(&progress(ui, round, at), theme.muted);
            page.blank();
            parts.statement(&mut page, round.statements()[at]);
            page.blank();
            let (sales, service) = answer_keys(ui);
            parts.keys(&mut page, &[(&sales, &ui.sales), (&service, &ui.service)]);
        }
        // The verdict first: at the smallest size it is what the reader looks for.
        Some((round, Stage::Answered(at))) => {
            let statement = round.statements()[at];
            page.wrapped(&progress(ui, round, at), theme.muted);
            if let Some(said) = round.answer_to(at) {
                page.wrapped(words.verdict(statement.side, said), theme.subheading);
            }
            page.blank();
            parts.statement(&mut page, statement);
            parts.rows(&mut page, statement);
            page.blank();
            let next = if at + 1 < ROUND {
                &words.next
            } else {
                &words.score
            };
            parts.keys(&mut page, &[("Enter", next), ("Esc", &words.leave)]);
        }
        Some((round, Stage::Over)) => {
            let (right, of) = round.score();
            page.wrapped(
                &format!("{}{}{right}/{of}", words.score, ui.label_separator),
                theme.subheading,
            );
            page.blank();
            parts.missed(&mut page, round);
            page.blank();
            parts.keys(&mut page, &[("Enter", &words.again), ("Esc", &words.leave)]);
        }
    }
    page.finish()
}

struct Parts<'q, 'a> {
    quiz: &'q QuizPage<'a>,
    theme: &'q Theme,
}

impl Parts<'_, '_> {
    fn ui(&self, language: usize) -> &UiText {
        &self.quiz.library.language(language).ui
    }

    fn languages(&self) -> impl Iterator<Item = usize> {
        std::iter::once(self.quiz.language).chain(self.quiz.second)
    }

    /// The statement as each language writes it, the second set apart as in the
    /// parallel view's narrow form; where a language leaves it out, why.
    fn statement(&self, page: &mut Page, statement: Statement) {
        let theme = self.theme;
        for (n, language) in self.languages().enumerate() {
            let written = statement.written(self.quiz.library, language);
            let (text, style) = match written.map(|written| (&written.text, &written.omitted)) {
                Some((Some(text), _)) => (text.as_str(), theme.example),
                Some((None, Some(reason))) => (reason.as_str(), theme.muted),
                Some((None, None)) | None => ("", theme.muted),
            };
            let bar = if n == 0 { "│ " } else { "┆ " };
            let style = if n == 0 { style } else { theme.muted };
            page.prefixed(
                text,
                Span::styled(bar, theme.muted),
                Span::styled(bar, theme.muted),
                style,
            );
        }
    }

    /// The row the statement was written from: its aspect and both sides.
    fn rows(&self, page: &mut Page, statement: Statement) {
        let theme = self.theme;
        for language in self.languages() {
            let ui = self.ui(language);
            let Some(row) = statement.row(self.quiz.library, language) else {
                continue;
            };
            page.blank();
            page.wrapped(&row.aspect, theme.aspect);
            for (side, text, style) in [
                (Side::Sales, &row.sales, theme.sales),
                (Side::Service, &row.service, theme.service),
            ] {
                let label = format!("{}{}", ui.side_name(side), ui.label_separator);
                page.prefixed(
                    text,
                    Span::styled(label, style),
                    Span::raw("  "),
                    theme.text,
                );
            }
        }
    }

    /// The statements answered wrong, each with its side.
    fn missed(&self, page: &mut Page, round: &Round) {
        let theme = self.theme;
        let ui = self.ui(self.quiz.language);
        let missed = round.missed();
        if missed.is_empty() {
            page.wrapped(&ui.quiz.none_missed, theme.text);
            return;
        }
        page.wrapped(&ui.quiz.missed, theme.subheading);
        for statement in missed {
            let asked = statement
                .asked(self.quiz.library, self.quiz.language)
                .unwrap_or_default();
            let text = format!("{asked} — {}", ui.side_name(statement.side));
            page.prefixed(
                &text,
                Span::styled("• ", theme.muted),
                Span::raw("  "),
                theme.text,
            );
        }
    }

    fn keys(&self, page: &mut Page, keys: &[(&str, &str)]) {
        let theme = self.theme;
        let mut spans = Vec::new();
        for (key, text) in keys {
            if !spans.is_empty() {
                spans.push(Span::raw("   "));
            }
            spans.push(Span::styled((*key).to_owned(), theme.key));
            spans.push(Span::styled(format!(" {text}"), theme.text));
        }
        page.line(Line::from(spans));
    }
}

/// "Statement 3/10 · Score: 2/2".
fn progress(ui: &UiText, round: &Round, at: usize) -> String {
    let (right, of) = round.score();
    format!(
        "{} {}/{}  ·  {}{}{right}/{of}",
        ui.quiz.statement,
        at + 1,
        round.statements().len(),
        ui.quiz.score,
        ui.label_separator
    )
}

/// The keys that answer, as the page shows them: the arrow, and the letter where the
/// language has one.
fn answer_keys(ui: &UiText) -> (String, String) {
    match answer_letters(ui) {
        Some([sales, service]) => (format!("← {sales}"), format!("→ {service}")),
        None => ("←".to_owned(), "→".to_owned()),
    }
}
