//! The glossary: its terms, found and opened.

use super::*;

#[test]
fn the_glossary_is_an_entry_after_the_topics_and_a_term_found_opens_it() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::SelectRow(Entry::Glossary.row()));
    assert_eq!(app.place().entry, Entry::Glossary);
    assert!(page(&app).starts_with("Glossary\n"), "{}", page(&app));
    assert!(page(&app).contains("warranty"));
    // Found from the search, in Vietnamese: the glossary opens at the term.
    app.update(Action::SelectRow(0));
    app.update(Action::OpenSearch);
    typed(&mut app, "bao hanh");
    app.update(Action::ToggleScope);
    let term = app
        .search()
        .ranked()
        .iter()
        .position(|found| matches!(found.at, crate::study::search::Location::Term(_)))
        .expect("the term is among the matches");
    for _ in 0..term {
        app.update(Action::Down);
    }
    app.update(Action::OpenMatch);
    assert_eq!(app.place().entry, Entry::Glossary);
    assert_eq!(library.language(app.place().language).code, "vi");
    assert_eq!(
        top(&app).0,
        Part::Block {
            block: 0,
            item: crate::content::TermId::Warranty.index()
        },
        "the term at the top"
    );
}

#[test]
fn home_and_end_go_to_the_ends_of_the_pane_with_the_focus() {
    let library = Library::builtin().unwrap();
    let mut app = app(&library, 60, 20);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::Bottom);
    assert_eq!(app.place().entry, Entry::Quiz, "the list's last entry");
    assert_eq!(app.scroll(), 0);
    app.update(Action::Top);
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Overview));
    app.update(Action::FocusDetail);
    app.update(Action::Bottom);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::Overview),
        "the text's end"
    );
    assert_eq!(app.scroll(), app.max_scroll());
    assert!(app.scroll() > 0);
    app.update(Action::Top);
    assert_eq!(app.scroll(), 0);
}

/// Side by side, the second language is English; in English, the language read before;
/// in English from the start, the next in the bar.
#[test]
fn the_second_language_is_english_else_the_one_read_before_else_the_next() {
    let library = library();
    let mut app = app(&library, 120, 30);
    app.update(Action::ToggleParallel);
    assert_eq!(
        app.beside(),
        Some(1),
        "English from the start: Estonian beside it"
    );
    app.update(Action::PickLanguage(3));
    assert_eq!(app.beside(), Some(library.english()));
    app.update(Action::PickLanguage(library.english()));
    assert_eq!(app.beside(), Some(3), "the language read before");
}
