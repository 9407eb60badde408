//! Text cut to a width by display columns, saying so with "…": a reader must never
//! take a cut text for a whole one, nor two cut texts for the same.

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

/// Each of `texts` fitted to `width`, so that no two read the same: where cutting
/// the ends makes two alike ("Components…" twice), those are cut in the middle
/// instead, keeping the ends that tell them apart ("Compo…sales", "Com…service").
pub fn distinct(texts: &[&str], width: usize) -> Vec<String> {
    let fitted: Vec<String> = texts.iter().map(|text| fit(text, width)).collect();
    (0..texts.len())
        .map(|n| {
            let alike =
                (0..texts.len()).any(|m| m != n && fitted[m] == fitted[n] && texts[m] != texts[n]);
            if alike {
                middle(texts[n], texts, width)
            } else {
                fitted[n].clone()
            }
        })
        .collect()
}

/// `text` cut in the middle to `width`: its end from the word where it parts from
/// the others that share its start ("…bán hàng", "…dịch vụ"), the rest of the room for
/// its start. Where that leaves the start too little to be recognised, the end keeps
/// only its last words ("Compone…vendita" rather than "C…della vendita").
fn middle(text: &str, others: &[&str], width: usize) -> String {
    /// Fewer columns of a start than this do not say what the text is.
    const RECOGNISABLE: usize = 4;
    if width < 3 {
        return fit(text, width);
    }
    let shared = others
        .iter()
        .filter(|other| **other != text)
        .map(|other| common_prefix(text, other))
        .max()
        .unwrap_or(0);
    let mut telling = &text[text[..shared].rfind(' ').map_or(0, |space| space + 1)..];
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
