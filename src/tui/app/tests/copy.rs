//! Copy: `y` the part on top of the text, `Y` the whole topic as Markdown.

use super::*;
use crate::content::{Block, TermId};

/// Scrolls the comparison, a line at a time, until a row past the first starts at the
/// top of the text; that row.
fn scroll_to_a_row(app: &mut App) -> usize {
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::FocusDetail);
    loop {
        if let (Part::Block { block: 0, item }, 0) = top(app)
            && item > 0
        {
            return item;
        }
        assert!(app.update(Action::Down), "a row reaches the top");
    }
}

/// `y` copies the comparison row at the top of the text, its aspect over its two sides
/// labelled in the language's words (French with its narrow space before the colon),
/// once; the status line names it by its aspect.
#[test]
fn y_copies_the_row_at_the_top_as_plain_text() {
    let library = library();
    let fr = language(&library, "fr");
    let mut app = app_at(&library, fr, TopicId::Overview, 100, 30);
    let row = scroll_to_a_row(&mut app);
    assert!(app.update(Action::CopyPart));
    let Block::Comparison { rows, .. } = &library.topic(fr, TopicId::Comparison).topic.blocks[0]
    else {
        panic!("the comparison's first block is its table")
    };
    let row = &rows[row];
    let expected = format!(
        "{}\nVente\u{202F}: {}\nService\u{202F}: {}",
        row.aspect, row.sales, row.service
    );
    assert_eq!(app.take_clipboard(), Some(expected));
    assert_eq!(app.take_clipboard(), None, "asked for once");
    assert_eq!(app.notice(), Some(&Notice::Copied(row.aspect.to_string())));
    app.update(Action::Down);
    assert_eq!(app.notice(), None, "said once");
}

/// In the parallel view, the part and, after a blank line, its translation.
#[test]
fn y_in_the_parallel_view_copies_both_languages() {
    let library = library();
    let is = language(&library, "is");
    let mut app = app_at(&library, is, TopicId::Comparison, 160, 40);
    app.update(Action::ToggleParallel);
    scroll_to_a_row(&mut app);
    app.update(Action::CopyPart);
    let text = app.take_clipboard().unwrap();
    let (icelandic, english) = text.split_once("\n\n").unwrap();
    assert!(icelandic.contains("\nSala: "), "{text}");
    assert!(
        english.contains("\nSales: ") && english.contains("\nService: "),
        "{text}"
    );
}

/// In the glossary, the term at the top in every language, the reader's first.
#[test]
fn y_in_the_glossary_copies_the_term_in_six_languages() {
    let library = library();
    let vi = language(&library, "vi");
    let mut app = app_at(&library, vi, Entry::Glossary, 100, 30);
    app.update(Action::FocusDetail);
    while top(&app).0 == Part::Heading {
        app.update(Action::Down);
    }
    let Part::Block { item, .. } = top(&app).0 else {
        unreachable!()
    };
    app.update(Action::CopyPart);
    let text = app.take_clipboard().unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "{text}");
    let term = &library
        .language(vi)
        .glossary
        .get(TermId::ALL[item])
        .unwrap()
        .term;
    assert_eq!(lines[0], format!("Tiếng Việt: {term}"));
    assert!(
        lines.iter().any(|line| line.starts_with("Íslenska: ")),
        "{text}"
    );
    assert_eq!(app.notice(), Some(&Notice::Copied(term.to_string())));
}

/// `Y` copies the whole topic as Markdown, as `show --format markdown` prints it; the
/// quiz's page has nothing to copy.
#[test]
fn capital_y_copies_the_topic_as_markdown() {
    let library = library();
    let et = language(&library, "et");
    let mut app = app_at(&library, et, TopicId::KeyDifferences, 80, 24);
    assert!(app.update(Action::CopyTopic));
    let markdown = crate::export::markdown(&crate::export::Selection {
        library: &library,
        language: et,
        topics: vec![TopicId::KeyDifferences],
        whole: false,
    });
    assert!(
        markdown.starts_with("# ") && markdown.contains("|---|"),
        "{markdown}"
    );
    assert_eq!(app.take_clipboard(), Some(markdown));
    let title = library
        .topic(et, TopicId::KeyDifferences)
        .topic
        .title
        .to_string();
    assert_eq!(app.notice(), Some(&Notice::CopiedMarkdown(title)));
    app.update(Action::SelectRow(Entry::Quiz.row()));
    assert!(!app.update(Action::CopyPart) && !app.update(Action::CopyTopic));
    assert_eq!(app.take_clipboard(), None);
}
