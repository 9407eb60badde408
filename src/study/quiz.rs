//! "Sales or service?": statements taken from the sides of the comparisons (the five
//! differences, the eight rows of the table, the three key differences — 32 in every
//! language), asked in rounds of ten in a random order without repeats. A statement is
//! the same in every language (a topic's row and side), so a language switch keeps it.

use crate::content::{Block, Library, Row, Text, TopicId};

/// The side of a comparison a statement is taken from: the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Sales,
    Service,
}

/// A side of a comparison's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Statement {
    pub topic: TopicId,
    pub block: usize,
    pub row: usize,
    pub side: Side,
}

/// The topics whose comparisons the statements come from.
const SOURCES: [TopicId; 3] = [
    TopicId::Differences,
    TopicId::Comparison,
    TopicId::KeyDifferences,
];

/// How many statements a round asks.
pub const ROUND: usize = 10;

impl Statement {
    /// Every statement, in the article's order: each row's sales side, then its
    /// service side. The rows are the reference (English) text's; every language has
    /// the same (the content tests say so).
    pub fn all(library: &Library) -> Vec<Statement> {
        let mut statements = Vec::new();
        for topic in SOURCES {
            let blocks = &library.topic(library.english(), topic).topic.blocks;
            for (block, content) in blocks.iter().enumerate() {
                let Block::Comparison { rows, .. } = content else {
                    continue;
                };
                for row in 0..rows.len() {
                    for side in [Side::Sales, Side::Service] {
                        statements.push(Statement {
                            topic,
                            block,
                            row,
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

    /// What the reader is asked: the side's text, without its aspect, the words that
    /// name a side hidden.
    pub fn asked(&self, library: &Library, language: usize) -> String {
        hide(
            self.text(library, language),
            &library.language(language).ui.quiz.hide,
        )
    }

    /// The side's text, as the comparison has it.
    pub fn text<'l>(&self, library: &'l Library, language: usize) -> &'l str {
        self.row(library, language)
            .map_or("", |row| match self.side {
                Side::Sales => row.sales.as_str(),
                Side::Service => row.service.as_str(),
            })
    }
}

/// What a hidden name leaves in a statement.
pub const BLANK: &str = "___";

/// `text` with each word that begins with one of `names` (lower case; a name may be
/// several words, "dịch vụ") written as a blank, whatever its ending or case:
/// "Salespeople meet a sales target" asks "___ meet a ___ target".
pub fn hide(text: &str, names: &[Text]) -> String {
    let mut hidden = String::with_capacity(text.len());
    let mut copied = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices() {
        let starts_word = c.is_alphanumeric() && !in_word;
        in_word = c.is_alphanumeric();
        if at < copied || !starts_word {
            continue;
        }
        let Some(length) = names
            .iter()
            .find_map(|name| lowercase_prefix(&text[at..], name))
        else {
            continue;
        };
        let rest = &text[at + length..];
        let word_end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        hidden.push_str(&text[copied..at]);
        hidden.push_str(BLANK);
        copied = at + length + word_end;
    }
    hidden.push_str(&text[copied..]);
    hidden
}

/// The bytes of `text` that spell `name` once lower-cased, if `text` begins with it.
fn lowercase_prefix(text: &str, name: &str) -> Option<usize> {
    let mut name = name.chars().peekable();
    for (at, c) in text.char_indices() {
        if name.peek().is_none() {
            return Some(at);
        }
        for lower in c.to_lowercase() {
            if name.next() != Some(lower) {
                return None;
            }
        }
    }
    name.peek().is_none().then_some(text.len())
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
    /// `ROUND` statements of `all`, in the order `rng` shuffles them to.
    pub fn new(all: &[Statement], rng: &mut fastrand::Rng) -> Round {
        let mut statements = all.to_vec();
        rng.shuffle(&mut statements);
        statements.truncate(ROUND);
        Round {
            statements,
            answers: Vec::new(),
            at: 0,
        }
    }

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
    use super::*;
    use crate::content::TermId;

    fn library() -> Library {
        Library::builtin().unwrap()
    }

    #[test]
    fn hiding_takes_whole_words_in_any_case_and_names_of_several_words() {
        let names: Vec<Text> = ["sale", "service", "dịch vụ", "þjónust"]
            .into_iter()
            .map(Text::from)
            .collect();
        for (text, asked) in [
            (
                "Salespeople meet a sales target; service does not.",
                "___ meet a ___ target; ___ does not.",
            ),
            ("after-sales SERVICES", "after-___ ___"),
            (
                "Ngược lại, Dịch vụ nhằm hỗ trợ",
                "Ngược lại, ___ nhằm hỗ trợ",
            ),
            ("Þjónusta miðar að", "___ miðar að"),
            // Only where a word begins: "resale" is no name, nor is "dịch" alone.
            ("resale of a dịch", "resale of a dịch"),
            ("sal", "sal"),
            ("", ""),
        ] {
            assert_eq!(hide(text, &names), asked, "{text}");
        }
        assert_eq!(
            lowercase_prefix("İstanbul", "i"),
            None,
            "İ lower-cases to two characters"
        );
    }

    /// No statement asked says which side it is from: neither the side names of the
    /// interface nor the glossary's words for them are left in it, in any language.
    #[test]
    fn no_statement_asked_names_a_side() {
        let library = library();
        for language in 0..library.languages().len() {
            let lang = library.language(language);
            let term = |id| lang.glossary.get(id).unwrap().term.to_lowercase();
            let names = [
                lang.ui.sales.to_lowercase(),
                lang.ui.service.to_lowercase(),
                term(TermId::Sales),
                term(TermId::Service),
            ];
            let mut hidden = 0;
            for statement in Statement::all(&library) {
                let asked = statement.asked(&library, language).to_lowercase();
                for name in &names {
                    assert!(
                        !asked.contains(name.as_str()),
                        "{}: {name} in {asked}",
                        lang.code
                    );
                }
                hidden += usize::from(asked.contains(BLANK));
            }
            assert!(
                hidden >= 10,
                "{}: {hidden} statements named a side",
                lang.code
            );
        }
    }

    #[test]
    fn there_are_thirty_two_statements_in_every_language() {
        let library = library();
        let all = Statement::all(&library);
        assert_eq!(all.len(), 32, "5 + 8 + 3 rows, two sides each");
        for language in 0..library.languages().len() {
            for statement in &all {
                assert!(
                    !statement.text(&library, language).trim().is_empty(),
                    "{} {statement:?}",
                    library.language(language).code
                );
            }
        }
    }

    /// The right answer is the side the statement was taken from, in every language.
    #[test]
    fn every_statements_answer_is_the_side_it_was_drawn_from() {
        let library = library();
        for language in 0..library.languages().len() {
            for statement in Statement::all(&library) {
                let row = statement.row(&library, language).unwrap();
                let text = statement.text(&library, language);
                match statement.side {
                    Side::Sales => assert_eq!(text, row.sales.as_str()),
                    Side::Service => assert_eq!(text, row.service.as_str()),
                }
                assert_ne!(
                    row.sales.as_str(),
                    row.service.as_str(),
                    "the two sides differ"
                );
            }
        }
    }

    #[test]
    fn a_round_is_ten_statements_without_repeats_and_a_seed_makes_it_again() {
        let library = library();
        let all = Statement::all(&library);
        for seed in 0..50 {
            let round = Round::new(&all, &mut fastrand::Rng::with_seed(seed));
            assert_eq!(round.statements().len(), ROUND);
            let mut seen = round.statements().to_vec();
            seen.sort_by_key(|statement| {
                (
                    statement.topic,
                    statement.row,
                    statement.side == Side::Sales,
                )
            });
            seen.dedup();
            assert_eq!(seen.len(), ROUND, "no statement twice");
            assert_eq!(
                Round::new(&all, &mut fastrand::Rng::with_seed(seed)),
                round,
                "the seed gives the same order"
            );
        }
        let one = Round::new(&all, &mut fastrand::Rng::with_seed(1));
        let other = Round::new(&all, &mut fastrand::Rng::with_seed(2));
        assert_ne!(one.statements(), other.statements());
    }

    #[test]
    fn a_round_is_scored_answer_by_answer() {
        let library = library();
        let all = Statement::all(&library);
        let mut round = Round::new(&all, &mut fastrand::Rng::with_seed(7));
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
