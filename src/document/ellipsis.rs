//! Text cut to a width by display columns, saying so with "…": a reader must never
//! take a cut text for a whole one, nor two cut texts for the same.

use std::ops::Range;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const MARK: char = '…';

/// `text` in at most `width` columns: whole if it fits, else its start and "…".
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    // "Importance de…", not "Importance de …".
    let mut out = head(text, width - 1).trim_end().to_owned();
    out.push(MARK);
    out
}

/// The longest start of `text` at most `width` columns wide.
fn head(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out
}

/// The longest end of `text` at most `width` columns wide.
fn tail(text: &str, width: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.into_iter().rev().collect()
}

/// Each text fitted to its own width (a sidebar's row less its marks), so that no two
/// read the same and a cut text keeps the words that tell it from the others. Texts
/// that share their start ("Composantes de la vente", "Composantes du service") differ
/// at their end, so where cutting the middle keeps as many of the words that differ
/// as cutting the end, the middle is cut ("Compos…la vente", "Comp…du service"
/// rather than "Composantes de…", "Composantes du…"); and where cut ends read the same
/// ("Components…" twice), so are they.
pub fn distinct_within(texts: &[(&str, usize)]) -> Vec<String> {
    let all: Vec<&str> = texts.iter().map(|(text, _)| *text).collect();
    let fitted: Vec<String> = texts
        .iter()
        .map(|&(text, width)| {
            if text.width() <= width {
                return text.to_owned();
            }
            let head = fit(text, width);
            let Some(from) = telling(text, &all) else {
                return head;
            };
            let middle = middle(text, &all, width);
            let kept = |cut: &str, end: bool| whole_words(text, from, &shown_part(text, cut, end));
            // The middle is cut only where that keeps a word that differs whole
            // (not "D…rincipali"). Then a cut end that shows none of them
            // ("Components…") gives way to it; otherwise it must keep a recognisable
            // start and as many of those words whole, the same number favouring the
            // end: the words a title ends on are what it is about ("del…" could be
            // "della" as well as "del").
            let (ends, starts) = (kept(&middle, true), kept(&head, false));
            let head_tells = shown_part(text, &head, false).end > from;
            if ends > 0 && (!head_tells || (ends >= starts && recognisable(text, &middle))) {
                middle
            } else {
                head
            }
        })
        .collect();
    (0..texts.len())
        .map(|n| {
            let alike = (0..texts.len())
                .any(|m| m != n && fitted[m] == fitted[n] && texts[m].0 != texts[n].0);
            if alike {
                middle(texts[n].0, &all, texts[n].1)
            } else {
                fitted[n].clone()
            }
        })
        .collect()
}

/// How many words of `text` from byte `from` on (the words that tell it from the
/// others) lie whole within `shown`, a byte range of `text`.
fn whole_words(text: &str, from: usize, shown: &Range<usize>) -> usize {
    let mut count = 0;
    let mut at = from;
    for word in text[from..].split(' ') {
        let end = at + word.len();
        if !word.is_empty() && shown.start <= at && end <= shown.end {
            count += 1;
        }
        at = end + 1;
    }
    count
}

/// The part of `text` a cut shows, as a byte range: the start before "…", or the end
/// after it.
fn shown_part(text: &str, cut: &str, end: bool) -> Range<usize> {
    if end {
        let tail = cut.rsplit_once(MARK).map_or(cut, |(_, tail)| tail);
        text.len().saturating_sub(tail.len())..text.len()
    } else {
        let start = cut.strip_suffix(MARK).unwrap_or(cut);
        0..start.len()
    }
}

/// Where in `text` the words start that tell it from the others that share its
/// start by a word or more ("de la vente" of "Composantes de la vente" beside
/// "Composantes du service"; "chính" of "Điểm khác biệt chính" beside "Điểm khác
/// biệt"), as a byte offset; `None` where no other shares a whole word of its start.
fn telling(text: &str, others: &[&str]) -> Option<usize> {
    // The words the two share: up to where both part at a word's end ("Điểm khác
    // biệt" and "… chính"), else up to the last space before they part ("un" is not
    // "una").
    let shared_words = |other: &&str| {
        let shared = common_prefix(text, other);
        let ends_word = |of: &str| of[shared..].is_empty() || of[shared..].starts_with(' ');
        if shared > 0 && ends_word(text) && ends_word(other) {
            Some(shared)
        } else {
            text[..shared].rfind(' ')
        }
    };
    let space = others
        .iter()
        .filter(|other| **other != text)
        .filter_map(shared_words)
        .max()?;
    (space + 1 < text.len()).then_some(space + 1)
}

/// Fewer columns of a start than this do not say what the text is, unless they are
/// a word of it ("Mis…teenus?").
const RECOGNISABLE: usize = 4;

/// Whether the start a middle cut keeps says what the text is: "Müügi…", "Mis…",
/// not "K…takeaways" (there "Key takeaw…" says more).
fn recognisable(text: &str, cut: &str) -> bool {
    let start = cut.split_once(MARK).map_or(cut, |(start, _)| start);
    start.width() >= RECOGNISABLE || text[start.len()..].starts_with(' ')
}

/// `text` cut in the middle to `width`: its end from the word where it parts from
/// the others that share its start ("…bán hàng", "…dịch vụ"), the rest of the room for
/// its start. Where that leaves the start too little to be recognised, the end keeps
/// only its last words ("Compone…vendita" rather than "C…della vendita").
fn middle(text: &str, others: &[&str], width: usize) -> String {
    if width < 3 {
        return fit(text, width);
    }
    let mut telling = &text[telling(text, others).unwrap_or(0)..];
    while telling.width() + 1 + RECOGNISABLE > width
        && let Some((_, shorter)) = telling.split_once(' ')
    {
        telling = shorter;
    }
    let end = tail(telling, width - 2);
    let start = head(text, width - 1 - end.width());
    format!("{}{MARK}{end}", start.trim_end())
}

/// The byte length of the start `a` and `b` share, in whole characters.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((at, _), _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each of `texts` fitted to the same width.
    fn distinct(texts: &[&str], width: usize) -> Vec<String> {
        let fitted: Vec<(&str, usize)> = texts.iter().map(|text| (*text, width)).collect();
        distinct_within(&fitted)
    }

    #[test]
    fn a_cut_text_ends_with_the_mark_and_fits() {
        assert_eq!(fit("Overview", 20), "Overview");
        assert_eq!(fit("Overview", 8), "Overview");
        assert_eq!(fit("Overview", 7), "Overvi…");
        assert_eq!(fit("Overview", 1), "…");
        assert_eq!(fit("Overview", 0), "");
        assert_eq!(fit("Tiếng Việt", 6), "Tiếng…", "by columns, not bytes");
        assert_eq!(fit("日本語", 4), "日…", "a wide character is not split");
    }

    #[test]
    fn titles_alike_once_cut_are_cut_in_the_middle() {
        let titles = ["Components of sales", "Components of service", "Conclusion"];
        let cut = distinct(&titles, 11);
        assert_eq!(cut[2], "Conclusion");
        assert_ne!(cut[0], cut[1]);
        for (text, original) in cut.iter().zip(titles) {
            assert!(text.width() <= 11, "{text}");
            assert!(text.starts_with("Co"), "{text} keeps its start");
            let _ = original;
        }
        assert!(
            cut[0].ends_with("sales") && cut[1].ends_with("service"),
            "{cut:?}"
        );
        let vi = distinct(
            &["Tầm quan trọng của bán hàng", "Tầm quan trọng của dịch vụ"],
            15,
        );
        assert_eq!(vi, ["Tầm qu…bán hàng", "Tầm qua…dịch vụ"]);
        let it = distinct(&["Componenti della vendita", "Componenti del servizio"], 15);
        assert_eq!(
            it,
            ["Compone…vendita", "Compon…servizio"],
            "a start to recognise"
        );
    }

    /// Titles that share their start keep their end, where the words that tell them
    /// apart are, rather than two starts that say nothing ("Composantes de…",
    /// "Composantes du…").
    #[test]
    fn a_cut_title_keeps_the_words_that_tell_it_from_its_neighbours() {
        let french = [
            "Points clés",
            "Points communs",
            "Composantes de la vente",
            "Composantes du service",
            "Importance de la vente",
            "Importance du service",
            "Conclusion",
        ];
        assert_eq!(
            distinct(&french, 15)[2..6],
            [
                "Compos…la vente",
                "Comp…du service",
                "Import…la vente",
                "Impo…du service"
            ]
        );
        assert_eq!(
            distinct(&french, 19)[2..6],
            [
                "Composa…de la vente",
                "Composan…du service",
                "Importa…de la vente",
                "Importan…du service"
            ]
        );
        // Where the middle would keep no start to speak of, the start stays: "Points
        // com…", not "Poi…communs".
        assert_eq!(distinct(&french, 11)[1], "Points com…");
        let italian = ["Che cos’è una vendita?", "Che cos’è un servizio?"];
        assert_eq!(
            distinct(&italian, 19),
            ["Che co…una vendita?", "Che co…un servizio?"],
            "\"un\" is where they part, not a word they share"
        );
        // A title that goes on from another ends on what it adds.
        let vietnamese = ["Điểm khác biệt", "Điểm khác biệt chính"];
        assert_eq!(
            distinct(&vietnamese, 15),
            ["Điểm khác biệt", "Điểm khác…chính"]
        );
        // Titles that share no word of their start are cut at the end.
        assert_eq!(
            distinct(&["Tableau comparatif", "Principales différences"], 15),
            ["Tableau compar…", "Principales di…"]
        );
    }

    /// Each text fitted to its own width: a title in a row without marks is not cut
    /// to leave room for the marks of other rows.
    #[test]
    fn each_text_has_its_own_width() {
        let cut = distinct_within(&[("Vue d’ensemble", 19), ("Tableau comparatif", 15)]);
        assert_eq!(cut, ["Vue d’ensemble", "Tableau compar…"]);
    }

    #[test]
    fn distinct_texts_stay_distinct_at_every_width() {
        let titles = [
            "Importance of sales",
            "Importance of service",
            "Components of sales",
            "Components of service",
            "Key takeaways",
            "Key differences",
        ];
        for width in 1..=30 {
            let cut = distinct(&titles, width);
            for text in &cut {
                assert!(text.width() <= width, "{text} at {width}");
            }
            if width >= 5 {
                for (n, a) in cut.iter().enumerate() {
                    for b in &cut[n + 1..] {
                        assert_ne!(a, b, "at {width}: {cut:?}");
                    }
                }
            }
        }
    }
}
