//! "Sales or service?": a statement for each side of each row of the comparisons (the
//! five differences, the eight rows of the table, the three key differences — 32),
//! written for the quiz in each language (the language file's `quiz`), asked in rounds
//! of ten: five of each side, none twice in a round, and every statement once before
//! any comes again. A statement is a row's side, the same in every language, so a
//! language switch keeps it.

pub use crate::content::Side;
pub use crate::content::{BLANK, QUIZ_TOPICS};
use crate::content::{Block, Library, QuizStatement, Row, TopicId};

/// A side of a comparison's row: what a statement is about, and its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Statement {
    pub topic: TopicId,
    /// The comparison block, in the reference text.
    pub block: usize,
    /// The row in that block.
    pub row: usize,
    /// The row counted from 1 through the topic's comparisons, as the language files
    /// key their statements.
    pub number: usize,
    pub side: Side,
}

/// How many statements a round asks, half of each side.
pub const ROUND: usize = 10;

impl Statement {
    /// Every statement, in the article's order: each row's sales side, then its
    /// service side. The rows are the reference (English) text's; every language has
    /// the same (the content tests say so).
    pub fn all(library: &Library) -> Vec<Statement> {
        let mut statements = Vec::new();
        for topic in QUIZ_TOPICS {
            let blocks = &library.topic(library.english(), topic).topic.blocks;
            let mut number = 0;
            for (block, content) in blocks.iter().enumerate() {
                let Block::Comparison { rows, .. } = content else {
                    continue;
                };
                for row in 0..rows.len() {
                    number += 1;
                    for side in Side::BOTH {
                        statements.push(Statement {
                            topic,
                            block,
                            row,
                            number,
                            side,
                        });
                    }
                }
            }
        }
        statements
    }

    /// The statement's row in a language (its aspect and both sides).
    pub fn row<'l>(&self, library: &'l Library, language: usize) -> Option<&'l Row> {
        match library
            .topic(language, self.topic)
            .topic
            .blocks
            .get(self.block)?
        {
            Block::Comparison { rows, .. } => rows.get(self.row),
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::List { .. }
            | Block::Example { .. } => None,
        }
    }

    /// The statement as the language file writes it.
    pub fn written<'l>(&self, library: &'l Library, language: usize) -> Option<&'l QuizStatement> {
        library
            .language(language)
            .quiz
            .get(self.topic, self.number, self.side)
    }

    /// What the reader is asked, with its blank; `None` where the language leaves it
    /// out (it is then not asked in that language).
    pub fn asked<'l>(&self, library: &'l Library, language: usize) -> Option<&'l str> {
        self.written(library, language)?.text.as_deref()
    }
}

/// What is left to ask of each side: every statement once before any comes again.
#[derive(Debug, Clone)]
pub struct Deck {
    all: Vec<Statement>,
    left: [Vec<Statement>; 2],
}

impl Deck {
    pub fn new(all: Vec<Statement>) -> Deck {
        Deck {
            all,
            left: [Vec::new(), Vec::new()],
        }
    }

    /// A round: half of each side, in a random order. Only statements `askable` takes
    /// (those the reading language writes); none twice.
    pub fn round(
        &mut self,
        rng: &mut fastrand::Rng,
        askable: impl Fn(&Statement) -> bool,
    ) -> Round {
        let mut statements = Vec::with_capacity(ROUND);
        for (n, side) in Side::BOTH.into_iter().enumerate() {
            let of_side: Vec<Statement> = self
                .all
                .iter()
                .filter(|statement| statement.side == side && askable(statement))
                .copied()
                .collect();
            let wanted = (ROUND / 2).min(of_side.len());
            let mut taken = 0;
            while taken < wanted {
                let left = &mut self.left[n];
                left.retain(|statement| of_side.contains(statement));
                if left.is_empty() {
                    // A new pass through the side, but for what this round has already.
                    *left = of_side
                        .iter()
                        .filter(|statement| !statements.contains(*statement))
                        .copied()
                        .collect();
                    rng.shuffle(left);
                }
                let Some(statement) = left.pop() else {
                    break;
                };
                statements.push(statement);
                taken += 1;
            }
        }
        rng.shuffle(&mut statements);
        Round {
            statements,
            answers: Vec::new(),
            at: 0,
        }
    }
}

/// One round: its statements, and the answers so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    statements: Vec<Statement>,
    answers: Vec<Side>,
    /// The statement shown: the one asked, or the one just answered.
    at: usize,
}

/// Where a round is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The statement at this position is asked.
    Asking(usize),
    /// It was answered: right or not, shown.
    Answered(usize),
    /// Every statement is answered.
    Over,
}

impl Round {
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    pub fn stage(&self) -> Stage {
        match (
            self.at < self.statements.len(),
            self.answers.len() > self.at,
        ) {
            (false, _) => Stage::Over,
            (true, false) => Stage::Asking(self.at),
            (true, true) => Stage::Answered(self.at),
        }
    }

    /// The statement asked or just answered.
    pub fn current(&self) -> Option<Statement> {
        self.statements.get(self.at).copied()
    }

    /// Answers the statement asked; whether the answer was right. Nothing while none
    /// is asked.
    pub fn answer(&mut self, side: Side) -> Option<bool> {
        let Stage::Asking(at) = self.stage() else {
            return None;
        };
        self.answers.push(side);
        Some(self.statements[at].side == side)
    }

    /// On to the next statement, once the one shown is answered.
    pub fn next(&mut self) {
        if let Stage::Answered(at) = self.stage() {
            self.at = at + 1;
        }
    }

    /// The answer given to the statement at `at`, if any.
    pub fn answer_to(&self, at: usize) -> Option<Side> {
        self.answers.get(at).copied()
    }

    /// Right answers so far, and answers so far.
    pub fn score(&self) -> (usize, usize) {
        let right = self
            .statements
            .iter()
            .zip(&self.answers)
            .filter(|(statement, answer)| statement.side == **answer)
            .count();
        (right, self.answers.len())
    }

    /// The statements answered wrong.
    pub fn missed(&self) -> Vec<Statement> {
        self.statements
            .iter()
            .zip(&self.answers)
            .filter(|(statement, answer)| statement.side != **answer)
            .map(|(statement, _)| *statement)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::content::side_word_in;

    fn library() -> Library {
        Library::builtin().unwrap()
    }

    fn round(deck: &mut Deck, rng: &mut fastrand::Rng) -> Round {
        deck.round(rng, |_| true)
    }

    #[test]
    fn there_are_thirty_two_statements_sixteen_a_side() {
        let all = Statement::all(&library());
        assert_eq!(all.len(), 32, "5 + 8 + 3 rows, two sides each");
        let sales = all.iter().filter(|statement| statement.side == Side::Sales);
        assert_eq!(sales.count(), 16);
        let numbers: Vec<usize> = all
            .iter()
            .filter(|statement| statement.topic == TopicId::Comparison)
            .map(|statement| statement.number)
            .collect();
        assert_eq!(numbers.first(), Some(&1), "rows are counted from 1");
        assert_eq!(numbers.last(), Some(&8));
    }

    /// Each language writes every statement: a sentence with a blank and no word that
    /// names a side (none is left out in the built-in files).
    #[test]
    fn every_statement_is_written_fairly_in_every_language() {
        let library = library();
        for language in 0..library.languages().len() {
            let lang = library.language(language);
            for statement in Statement::all(&library) {
                let asked = statement.asked(&library, language);
                let asked = asked.unwrap_or_else(|| panic!("{} {statement:?}", lang.code));
                assert!(asked.contains(BLANK), "{}: {asked}", lang.code);
                assert_eq!(
                    side_word_in(asked, &lang.quiz.side_words),
                    None,
                    "{}: {asked}",
                    lang.code
                );
                // The words the explorer labels the sides with count as side words.
                for name in [&lang.ui.sales, &lang.ui.service] {
                    assert!(
                        side_word_in(name, &lang.quiz.side_words).is_some(),
                        "{}: {name} is a side word",
                        lang.code
                    );
                }
            }
        }
    }

    #[test]
    fn a_round_is_five_of_each_side_without_repeats_and_a_seed_makes_it_again() {
        let all = Statement::all(&library());
        for seed in 0..50 {
            let mut deck = Deck::new(all.clone());
            let made = round(&mut deck, &mut fastrand::Rng::with_seed(seed));
            assert_eq!(made.statements().len(), ROUND);
            let sales = made
                .statements()
                .iter()
                .filter(|statement| statement.side == Side::Sales)
                .count();
            assert_eq!(sales, ROUND / 2, "seed {seed}: half of each side");
            let distinct: HashSet<&Statement> = made.statements().iter().collect();
            assert_eq!(distinct.len(), ROUND, "no statement twice");
            let mut again = Deck::new(all.clone());
            assert_eq!(
                round(&mut again, &mut fastrand::Rng::with_seed(seed)),
                made,
                "the seed gives the same round"
            );
        }
        let one = round(
            &mut Deck::new(all.clone()),
            &mut fastrand::Rng::with_seed(1),
        );
        let other = round(&mut Deck::new(all), &mut fastrand::Rng::with_seed(2));
        assert_ne!(one.statements(), other.statements());
    }

    /// Sixteen of a side, five a round: three rounds ask fifteen different ones, the
    /// fourth the one left before any comes again, and still none twice in a round.
    #[test]
    fn every_statement_is_asked_once_before_any_comes_again() {
        let all = Statement::all(&library());
        for seed in 0..20 {
            let mut rng = fastrand::Rng::with_seed(seed);
            let mut deck = Deck::new(all.clone());
            let mut asked = HashSet::new();
            for _ in 0..3 {
                for statement in round(&mut deck, &mut rng).statements() {
                    assert!(asked.insert(*statement), "seed {seed}: {statement:?} again");
                }
            }
            assert_eq!(asked.len(), 30);
            let fourth = round(&mut deck, &mut rng);
            let left: Vec<&Statement> = all.iter().filter(|s| !asked.contains(s)).collect();
            for statement in left {
                assert!(fourth.statements().contains(statement), "seed {seed}");
            }
            let distinct: HashSet<&Statement> = fourth.statements().iter().collect();
            assert_eq!(distinct.len(), ROUND);
        }
    }

    #[test]
    fn a_round_takes_only_what_the_language_asks() {
        let all = Statement::all(&library());
        let mut deck = Deck::new(all);
        let made = deck.round(&mut fastrand::Rng::with_seed(3), |statement| {
            statement.topic != TopicId::Comparison
        });
        assert_eq!(made.statements().len(), ROUND);
        assert!(
            made.statements()
                .iter()
                .all(|statement| statement.topic != TopicId::Comparison)
        );
    }

    #[test]
    fn a_round_is_scored_answer_by_answer() {
        let mut deck = Deck::new(Statement::all(&library()));
        let mut round = round(&mut deck, &mut fastrand::Rng::with_seed(7));
        assert_eq!(round.stage(), Stage::Asking(0));
        round.next();
        assert_eq!(round.stage(), Stage::Asking(0), "no skipping a statement");
        let mut expected_right = 0;
        for at in 0..ROUND {
            let statement = round.current().unwrap();
            // Right on the even ones, wrong on the odd ones.
            let side = match (at % 2 == 0, statement.side) {
                (true, side) => side,
                (false, Side::Sales) => Side::Service,
                (false, Side::Service) => Side::Sales,
            };
            assert_eq!(round.answer(side), Some(at % 2 == 0));
            expected_right += usize::from(at % 2 == 0);
            assert_eq!(round.stage(), Stage::Answered(at));
            assert_eq!(round.answer(side), None, "one answer a statement");
            assert_eq!(round.score(), (expected_right, at + 1));
            round.next();
        }
        assert_eq!(round.stage(), Stage::Over);
        assert_eq!(round.score(), (5, 10));
        let missed = round.missed();
        assert_eq!(missed.len(), 5);
        assert_eq!(missed[0], round.statements()[1]);
    }
}
