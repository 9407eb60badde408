//! The quiz in the app: its rounds, beside the place, and the keys that answer. Its
//! page is laid out again at each step (`document::quiz`). A language switch keeps
//! the statement: a statement is a row's side, the same in every language.

use super::{App, Focus, Mode};
use crate::document::quiz::{QuizPage, layout_quiz};
use crate::document::{Anchor, Document};
use crate::study::action::Action;
use crate::study::keymap::answer_letters;
use crate::study::quiz::{Deck, Round, Side, Stage, Statement};

pub struct Quiz {
    rng: fastrand::Rng,
    deck: Deck,
    round: Option<Round>,
    /// The page as last laid out, and for what: laid out again only when that changes.
    page: Document,
    page_for: Option<PageKey>,
}

/// What the quiz's page shows: the languages, the width, the round's step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PageKey {
    language: usize,
    second: Option<usize>,
    width: u16,
    stage: Option<Stage>,
}

impl Quiz {
    pub(super) fn new(statements: Vec<Statement>) -> Quiz {
        Quiz {
            rng: fastrand::Rng::new(),
            deck: Deck::new(statements),
            round: None,
            page: Document::empty(),
            page_for: None,
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
            // A click or the wheel on the topics chooses among them: out of the quiz.
            Action::SelectRow(_) | Action::StepTopic(_) => {
                self.leave_quiz();
                self.update_reading(Focus::Sidebar, action)
            }
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
                let (library, language) = (self.library, self.place.language);
                let askable = |statement: &Statement| statement.asked(library, language).is_some();
                quiz.round = Some(quiz.deck.round(&mut quiz.rng, askable));
            }
        }
        self.place.anchor = Anchor::TOP;
        true
    }
}

impl App<'_> {
    /// The quiz's page for the current step, in the reading language (and the second
    /// one beside it in the parallel view).
    pub(super) fn lay_out_quiz(&mut self, width: u16) {
        let key = PageKey {
            language: self.place.language,
            second: self.beside(),
            width,
            stage: self.quiz.round.as_ref().map(Round::stage),
        };
        if self.quiz.page_for == Some(key) {
            return;
        }
        let page = QuizPage {
            library: self.library,
            language: key.language,
            second: key.second,
            round: self.quiz.round.as_ref(),
        };
        self.quiz.page = layout_quiz(&page, width, &self.theme);
        self.quiz.page_for = Some(key);
    }

    /// The page is laid out again from the library at hand (a file read again).
    pub(super) fn forget_quiz_page(&mut self) {
        self.quiz.page_for = None;
    }
}
