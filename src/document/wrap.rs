//! Wrapping, the one way every text here is filled: greedy, the fill readers know
//! from `less` (optimal fit balances lines a little better at twice the cost of laying
//! out a topic), breaking where Unicode allows (a French mark after a narrow no-break
//! space keeps to its word).

use textwrap::Options;
use unicode_width::UnicodeWidthStr;

/// The options every wrap starts from, at `width` columns.
pub fn wrapping(width: usize) -> Options<'static> {
    Options::new(width.max(1)).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
}

/// `text` in lines of at most `width` columns (a longer word is split).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, wrapping(width))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// The widest piece of `text` that wrapping never breaks: a word, with the marks that
/// keep to it (a French "aussi :"). A column narrower than that would split it.
pub fn longest_word(text: &str) -> usize {
    textwrap::wrap(text, wrapping(1).break_words(false))
        .iter()
        .map(|line| line.width())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_keeps_the_french_mark_that_follows_it() {
        assert_eq!(
            longest_word("aussi\u{202F}: vendeur"),
            "aussi\u{202F}:".width()
        );
        assert_eq!(longest_word("a few words"), 5);
        assert_eq!(longest_word(""), 0);
        assert_eq!(wrap("Qu’est-ce que la vente\u{202F}?", 22).len(), 2);
        assert!(wrap("Qu’est-ce que la vente\u{202F}?", 22)[1].starts_with("vente"));
    }
}
