//! Text folded for matching: lower case, without diacritics, so that what a reader
//! types on any keyboard finds the text of every language here. `dich vu` finds
//! "dịch vụ", `thjonusta` finds "þjónusta", `qu'est` finds "Qu’est".
//!
//! Canonical decomposition strips most marks (é → e + ◌́, ụ → u + ◌̣), but a few letters
//! are letters of their own that do not decompose; those are spelt out as a reader
//! without them on the keyboard types them (đ ð → d, þ → th, æ → ae, œ → oe, ø → o,
//! ß → ss). The typographic apostrophes become `'` and every kind of space a plain
//! space, so French text with its narrow no-break spaces matches a typed space.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Text folded for matching, and where each folded byte came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// Where, in the original, the character that each folded byte came from starts.
    /// `None` when the original is ASCII: then the two correspond byte for byte.
    origins: Option<Vec<usize>>,
    original_len: usize,
}

impl Folded {
    // The search's index folds every text (while the explorer is idle, a language at
    // a time), and each frame of a search folds the snippets it lists and the lines it
    // marks: so runs of ASCII, most of every language here, are folded a run at a
    // time, and an ASCII text needs no origins (the scale bench's search keystroke and
    // index show what this saves).
    pub fn new(text: &str) -> Folded {
        let mut folded = String::with_capacity(text.len());
        if text.is_ascii() {
            push_ascii(text, &mut folded);
            return Folded {
                text: folded,
                origins: None,
                original_len: text.len(),
            };
        }
        let mut origins = Vec::with_capacity(text.len());
        let mut at = 0;
        while at < text.len() {
            let run = text.as_bytes()[at..]
                .iter()
                .take_while(|byte| byte.is_ascii())
                .count();
            push_ascii(&text[at..at + run], &mut folded);
            origins.extend(at..at + run);
            at += run;
            if let Some(c) = text[at..].chars().next() {
                push_folded(c, &mut folded);
                origins.resize(folded.len(), at);
                at += c.len_utf8();
            }
        }
        Folded {
            text: folded,
            origins: Some(origins),
            original_len: text.len(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The byte range of the original text that the folded bytes `range` came from
    /// (whole characters; for highlighting a match in the original text).
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let Some(origins) = &self.origins else {
            let end = range.end.min(self.original_len);
            return range.start.min(end)..end;
        };
        let start_of = |at: usize| origins.get(at).copied().unwrap_or(self.original_len);
        let start = start_of(range.start);
        if range.end <= range.start {
            return start..start;
        }
        // The match ends with the character its last byte came from: up to where the
        // next folded character's original starts (so marks that folded away stay
        // with their letter), or the end of the text.
        let last = start_of(range.end - 1);
        let end = origins
            .get(range.end..)
            .unwrap_or_default()
            .iter()
            .copied()
            .find(|&origin| origin != last)
            .unwrap_or(self.original_len);
        start..end
    }
}

/// `text` folded (lower case, no diacritics, the special letters spelt out).
pub fn fold(text: &str) -> String {
    Folded::new(text).text
}

/// ASCII folded onto the end of `out`: lower case, and a plain space for a tab or a
/// line break.
fn push_ascii(run: &str, out: &mut String) {
    out.extend(run.chars().map(|c| {
        if c.is_ascii_whitespace() {
            ' '
        } else {
            c.to_ascii_lowercase()
        }
    }));
}

/// One character that is not ASCII folded onto the end of `out`: lower case,
/// decomposed, without its marks (nothing is left of a mark on its own).
fn push_folded(c: char, out: &mut String) {
    if c.is_whitespace() {
        out.push(' ');
    } else if matches!(c, '’' | '‘') {
        out.push('\'');
    } else {
        for lower in c.to_lowercase() {
            decompose_canonical(lower, |part| {
                if !is_combining_mark(part) {
                    push_letter(part, out);
                }
            });
        }
    }
}

/// A letter without its marks, spelt out where it does not decompose.
fn push_letter(letter: char, out: &mut String) {
    match letter {
        'đ' | 'ð' => out.push('d'),
        'þ' => out.push_str("th"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'ø' => out.push('o'),
        'ß' => out.push_str("ss"),
        other => out.push(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(text: &str, query: &str) -> bool {
        fold(text).contains(&fold(query))
    }

    #[test]
    fn the_examples_of_the_search_issue_match() {
        for (text, query) in [
            ("dịch vụ", "dich vu"),
            ("Þjónusta", "thjonusta"),
            ("þjónusta", "thjonusta"),
            ("la soddisfazione del cliente", "soddisfazione"),
            ("Differences between sales and service", "differences"),
            ("Vente et service", "vente"),
            ("Qu’est-ce que la vente ?", "qu'est"),
            ("Qu'est-ce que la vente ?", "qu’est"),
            // A query typed with its accents finds text written without them.
            ("khach hang", "khách hàng"),
            ("Differences", "Différences"),
        ] {
            assert!(finds(text, query), "{query:?} finds {text:?}");
        }
        assert!(!finds("service", "sales"));
    }

    #[test]
    fn every_space_is_a_plain_space() {
        // French sets narrow no-break spaces before its high marks and inside « ».
        assert_eq!(fold("vente\u{202F}?"), "vente ?");
        assert_eq!(fold("«\u{202F}Vente\u{202F}»"), "« vente »");
        assert_eq!(fold("a\u{A0}b\u{2009}c\u{3000}d\te"), "a b c d e");
        assert!(finds(
            "Vente et service\u{202F}: tableau",
            "service : tableau"
        ));
    }

    #[test]
    fn the_letters_that_do_not_decompose_are_spelt_out() {
        for (letter, spelt) in [
            ("đ", "d"),
            ("Đ", "d"),
            ("ð", "d"),
            ("Ð", "d"),
            ("þ", "th"),
            ("Þ", "th"),
            ("æ", "ae"),
            ("Æ", "ae"),
            ("œ", "oe"),
            ("Œ", "oe"),
            ("ø", "o"),
            ("Ø", "o"),
            ("ß", "ss"),
            ("ẞ", "ss"),
        ] {
            assert_eq!(fold(letter), spelt, "{letter}");
        }
    }

    #[test]
    fn words_of_each_language_are_found_as_typed_without_marks() {
        for (word, typed) in [
            // Estonian
            ("Müük", "muuk"),
            ("kliendirahulolu", "kliendirahulolu"),
            ("Põhieesmärk", "pohieesmark"),
            ("läbirääkimised", "labiraakimised"),
            // French
            ("après-vente", "apres-vente"),
            ("fidélité", "fidelite"),
            ("mise en œuvre", "mise en oeuvre"),
            ("chiffre d’affaires", "chiffre d'affaires"),
            // Icelandic
            ("viðskiptavinur", "vidskiptavinur"),
            ("ánægja viðskiptavina", "anaegja vidskiptavina"),
            ("Þættir þjónustu", "thaettir thjonustu"),
            ("tryggð", "tryggd"),
            // Italian
            ("qualità", "qualita"),
            ("fedeltà", "fedelta"),
            ("Che cos’è", "che cos'e"),
            // Vietnamese
            ("khách hàng", "khach hang"),
            ("Đại diện bán hàng", "dai dien ban hang"),
            ("lòng trung thành", "long trung thanh"),
            ("tỷ lệ chuyển đổi", "ty le chuyen doi"),
            // English
            ("Customer satisfaction", "customer satisfaction"),
        ] {
            assert_eq!(fold(word), typed, "{word}");
        }
    }

    #[test]
    fn decomposed_text_folds_as_composed_text_does() {
        assert_eq!(fold("Vie\u{302}\u{323}t"), fold("Việt"));
        assert_eq!(fold("Vie\u{302}\u{323}t"), "viet");
    }

    #[test]
    fn other_scripts_keep_their_letters_without_marks() {
        assert_eq!(fold("Ἀγορά"), "αγορα");
    }

    #[test]
    fn folded_is_fold_with_its_origins() {
        for text in [
            "Sales and service",
            "Þjónusta",
            "dịch vụ",
            "Vente\u{202F}?",
            "",
        ] {
            assert_eq!(Folded::new(text).as_str(), fold(text), "{text:?}");
        }
    }

    /// Where `query` is found in `text`, as `text`'s own bytes.
    fn found(text: &str, query: &str) -> Option<String> {
        let folded = Folded::new(text);
        let at = folded.as_str().find(&fold(query))?;
        let range = folded.original(at..at + fold(query).len());
        Some(text[range].to_owned())
    }

    #[test]
    fn a_match_maps_back_to_whole_characters_of_the_original() {
        assert_eq!(found("Þjónusta", "thjon").as_deref(), Some("Þjón"));
        // Half of a spelt-out letter is the whole letter in the original.
        assert_eq!(found("Þjónusta", "t").as_deref(), Some("Þ"));
        assert_eq!(found("Þjónusta", "hjo").as_deref(), Some("Þjó"));
        assert_eq!(found("dịch vụ", "dich vu").as_deref(), Some("dịch vụ"));
        assert_eq!(found("dịch vụ", "vu").as_deref(), Some("vụ"));
        assert_eq!(
            found("Bán hàng và dịch vụ", "DICH").as_deref(),
            Some("dịch")
        );
        // Marks that folded away stay with their letter.
        assert_eq!(
            found("Vie\u{302}\u{323}t Nam", "viet").as_deref(),
            Some("Vie\u{302}\u{323}t")
        );
        assert_eq!(found("cafe\u{301}", "cafe").as_deref(), Some("cafe\u{301}"));
        assert_eq!(
            found("Sales and service", "SERVICE").as_deref(),
            Some("service")
        );
        assert_eq!(found("Qu’est-ce", "qu'est").as_deref(), Some("Qu’est"));
    }

    #[test]
    fn ranges_at_or_past_the_end_stay_inside_the_original() {
        let viet = Folded::new("dịch vụ");
        let end = "dịch vụ".len();
        assert_eq!(
            viet.original(viet.as_str().len()..viet.as_str().len()),
            end..end
        );
        assert_eq!(viet.original(0..0), 0..0);
        assert_eq!(viet.original(3..99), 5..end, "from the h of dịch");
        let ascii = Folded::new("sales");
        assert_eq!(ascii.original(2..99), 2..5);
        assert_eq!(ascii.original(99..99), 5..5);
    }
}
