//! The quiz in the app: its round, beside the place; the keys that answer; and its
//! page, laid out again at each step (a statement, its answer, the score). A language
//! switch keeps the statement: a statement is a row's side, the same in every
//! language.

use ratatui::text::{Line, Span};

use super::{App, Focus, Mode};
use crate::content::UiText;
use crate::document::{Anchor, Document, Page};
use crate::study::action::Action;
use crate::study::keymap::answer_letters;
use crate::study::quiz::{ROUND, Round, Side, Stage, Statement};

pub struct Quiz {
    rng: fastrand::Rng,
    statements: Vec<Statement>,
    round: Option<Round>,
    /// The page as last laid out.
    page: Document,
}

impl Quiz {
    pub(super) fn new(statements: Vec<Statement>) -> Quiz {
        Quiz {
            rng: fastrand::Rng::new(),
            statements,
            round: None,
            page: Document::empty(),
        }
    }

    pub fn round(&self) -> Option<&Round> {
        self.round.as_ref()
    }

    pub(super) fn page(&self) -> &Document {
        &self.page
    }
}

impl App<'_> {
    /// The order of the rounds from now on (`--seed`): a trainer gives a class the same
    /// quiz.
    pub fn seed_quiz(&mut self, seed: u64) {
        self.quiz.rng = fastrand::Rng::with_seed(seed);
    }

    pub fn quiz(&self) -> &Quiz {
        &self.quiz
    }

    /// The quiz is modal: the arrows and the words' first letters answer, Enter goes
    /// on, Esc leaves; the languages and the parallel view still change. Returns
    /// whether the quiz changed (the place may change besides).
    pub(super) fn update_quiz(&mut self, action: Action) -> bool {
        match action {
            Action::Answer(side) => self.answer(side),
            Action::Type(letter) => self.answer_letter(letter),
            Action::Continue => self.go_on(),
            Action::Back => self.leave_quiz(),
            // The quiz's page scrolls as the text does.
            scroll => self.update_reading(Focus::Detail, scroll),
        }
    }

    /// The first letter of the word for sales or service, where the two differ.
    fn answer_letter(&mut self, letter: char) -> bool {
        let side = answer_letters(&self.language().ui).and_then(|[sales, service]| {
            let letter = letter.to_lowercase().next()?;
            [(sales, Side::Sales), (service, Side::Service)]
                .into_iter()
                .find(|(key, _)| *key == letter)
                .map(|(_, side)| side)
        });
        side.is_some_and(|side| self.answer(side))
    }

    /// Esc: back to the topics, where they are shown; hidden, they stay hidden and
    /// the page stays, read as text.
    fn leave_quiz(&mut self) -> bool {
        self.place.mode = Mode::Reading(if self.place.sidebar {
            Focus::Sidebar
        } else {
            Focus::Detail
        });
        true
    }

    fn answer(&mut self, side: Side) -> bool {
        let answered = self
            .quiz
            .round
            .as_mut()
            .and_then(|round| round.answer(side))
            .is_some();
        if answered {
            self.place.anchor = Anchor::TOP;
        }
        answered
    }

    /// Enter: a round starts, the next statement comes, another round starts.
    fn go_on(&mut self) -> bool {
        let quiz = &mut self.quiz;
        match quiz.round.as_mut().map(|round| (round.stage(), round)) {
            Some((Stage::Answered(_), round)) => round.next(),
            Some((Stage::Asking(_), _)) => return false,
            Some((Stage::Over, _)) | None => {
                quiz.round = Some(Round::new(&quiz.statements, &mut quiz.rng));
            }
        }
        self.place.anchor = Anchor::TOP;
        true
    }

    /// The quiz's page for the current step, in the reading language (and the second
    /// one beside it, set apart, in the parallel view).
    pub(super) fn lay_out_quiz(&mut self, width: u16) {
        let ui = &self.library.language(self.place.language).ui;
        let second = self.beside();
        let mut page = Page::new(width, &self.theme);
        let theme = &self.theme;
        let words = &ui.quiz;
        page.wrapped(&words.title, theme.heading);
        // Asked, the words that name a side are blanks; answered, the text is whole.
        let texts = |statement: Statement, asked: bool| -> Vec<String> {
            std::iter::once(self.place.language)
                .chain(second)
                .map(|language| {
                    if asked {
                        statement.asked(self.library, language)
                    } else {
                        statement.text(self.library, language).to_owned()
                    }
                })
                .collect()
        };
        let statement_lines = |page: &mut Page, statement: Statement, asked: bool| {
            for (n, text) in texts(statement, asked).iter().enumerate() {
                // The second language's, set apart as in the parallel view's narrow
                // form.
                let bar = if n == 0 { "│ " } else { "┆ " };
                let style = if n == 0 { theme.example } else { theme.muted };
                page.prefixed(
                    text,
                    Span::styled(bar, theme.muted),
                    Span::styled(bar, theme.muted),
                    style,
                );
            }
        };
        let keys = |page: &mut Page, keys: &[(&str, &str)]| {
            let mut spans = Vec::new();
            for (key, text) in keys {
                if !spans.is_empty() {
                    spans.push(Span::raw("   "));
                }
                spans.push(Span::styled((*key).to_owned(), theme.key));
                spans.push(Span::styled(format!(" {text}"), theme.text));
            }
            page.line(Line::from(spans));
        };
        let (sales_key, service_key) = answer_keys(ui);
        match self.quiz.round.as_ref().map(|round| (round, round.stage())) {
            None => {
                page.blank();
                page.wrapped(&words.intro, theme.text);
                page.blank();
                keys(&mut page, &[("Enter", &words.start)]);
            }
            Some((round, Stage::Asking(at))) => {
                page.wrapped(&progress(ui, round, at), theme.muted);
                page.blank();
                statement_lines(&mut page, round.statements()[at], true);
                page.blank();
                keys(
                    &mut page,
                    &[(&sales_key, &ui.sales), (&service_key, &ui.service)],
                );
            }
            Some((round, Stage::Answered(at))) => {
                let statement = round.statements()[at];
                page.wrapped(&progress(ui, round, at), theme.muted);
                page.blank();
                statement_lines(&mut page, statement, false);
                page.blank();
                let right = round.answer_to(at) == Some(statement.side);
                let verdict = if right { &words.right } else { &words.wrong };
                page.wrapped(
                    &format!(
                        "{verdict}{}{}",
                        ui.label_separator,
                        side_name(ui, statement.side)
                    ),
                    theme.subheading,
                );
                for language in std::iter::once(self.place.language).chain(second) {
                    let language_ui = &self.library.language(language).ui;
                    let Some(row) = statement.row(self.library, language) else {
                        continue;
                    };
                    page.blank();
                    page.wrapped(&row.aspect, theme.aspect);
                    for (side, text, style) in [
                        (Side::Sales, &row.sales, theme.sales),
                        (Side::Service, &row.service, theme.service),
                    ] {
                        let label = format!(
                            "{}{}",
                            side_name(language_ui, side),
                            language_ui.label_separator
                        );
                        page.prefixed(
                            text,
                            Span::styled(label, style),
                            Span::raw("  "),
                            theme.text,
                        );
                    }
                }
                page.blank();
                let next = if at + 1 < ROUND {
                    &words.next
                } else {
                    &words.score
                };
                keys(&mut page, &[("Enter", next), ("Esc", &words.leave)]);
            }
            Some((round, Stage::Over)) => {
                let (right, of) = round.score();
                page.wrapped(
                    &format!("{}{}{right}/{of}", words.score, ui.label_separator),
                    theme.subheading,
                );
                page.blank();
                let missed = round.missed();
                if missed.is_empty() {
                    page.wrapped(&words.none_missed, theme.text);
                } else {
                    page.wrapped(&words.missed, theme.subheading);
                    for statement in missed {
                        let text = format!(
                            "{} — {}",
                            statement.text(self.library, self.place.language),
                            side_name(ui, statement.side)
                        );
                        page.prefixed(
                            &text,
                            Span::styled("• ", theme.muted),
                            Span::raw("  "),
                            theme.text,
                        );
                    }
                }
                page.blank();
                keys(&mut page, &[("Enter", &words.again), ("Esc", &words.leave)]);
            }
        }
        self.quiz.page = page.finish();
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

fn side_name(ui: &UiText, side: Side) -> &str {
    match side {
        Side::Sales => &ui.sales,
        Side::Service => &ui.service,
    }
}

/// The keys that answer, as the page shows them: the arrow, and the letter where the
/// language has one.
fn answer_keys(ui: &UiText) -> (String, String) {
    match answer_letters(ui) {
        Some([sales, service]) => (format!("← {sales}"), format!("→ {service}")),
        None => ("←".to_owned(), "→".to_owned()),
    }
}
