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

/// While idle, the text each key may ask for next is laid out, one at a time; the key
/// then lays nothing out, and shows what it shows without it: side by side too, where
/// a switch to the second language swaps the sides.
#[test]
fn the_texts_one_key_away_are_laid_out_ahead_and_a_key_shows_the_same() {
    let library = library();
    let count = library.languages().len();
    let keys: Vec<Action> = (0..count)
        .map(Action::PickLanguage)
        .chain([
            Action::NextLanguage,
            Action::PreviousLanguage,
            Action::StepTopic(1),
            Action::StepTopic(-1),
            Action::ToggleParallel,
        ])
        .collect();
    for (entry, parallel) in [
        (Entry::Topic(TopicId::Comparison), false),
        (Entry::Topic(TopicId::Comparison), true),
        (Entry::first(), false),
        (Entry::Glossary, true),
    ] {
        let start = || {
            let mut app = app_at(&library, 2, entry, 90, 24);
            app.update(Action::FocusDetail);
            app.update(Action::Down);
            if parallel {
                // Estonian beside French: a switch to Estonian swaps the sides.
                app.update(Action::CycleSecond);
                assert_eq!(app.beside(), Some(1));
            }
            app
        };
        for key in &keys {
            let mut prepared = start();
            let before = prepared.documents.len();
            let mut laid_out = 0;
            let mut rounds = 0;
            while prepared.prepare() {
                let added = prepared.documents.len() - before - laid_out;
                assert!(added <= 1, "one at a time");
                laid_out += added;
                rounds += 1;
                assert!(rounds <= 2 * count, "the idle pass ends");
            }
            // The other languages, the entries either side, the other view.
            assert!(laid_out <= count + 2, "{entry:?}: {laid_out} laid out");
            assert!(prepared.search.index.get().is_some(), "the index made");
            prepared.update(key.clone());
            assert_eq!(
                prepared.documents.len(),
                before + laid_out,
                "{entry:?} {key:?}: ready"
            );
            let mut fresh = start();
            fresh.update(key.clone());
            assert_eq!(page(&prepared), page(&fresh), "{entry:?} {key:?}");
            assert_eq!(prepared.place(), fresh.place(), "{entry:?} {key:?}");
        }
    }
    // Of the entries one key away from the quiz, only the glossary is laid out: the
    // quiz's page is laid out as it goes.
    let mut quiz = app_at(&library, 0, Entry::Quiz, 90, 24);
    assert!(quiz.prepare());
    assert_eq!(
        quiz.documents.keys().map(|key| key.2).collect::<Vec<_>>(),
        [Entry::Glossary]
    );
    let mut small = app(&library, 10, 4);
    assert!(small.prepare(), "the index");
    assert!(
        !small.prepare() && small.documents.is_empty(),
        "nothing to lay out where nothing is shown"
    );
}

/// The likeliest keys come first: the languages either side in the bar, the entries
/// either side in the sidebar, the other view, then the other languages outwards,
/// round the ends.
#[test]
fn the_idle_layout_goes_outwards_from_the_place_read() {
    let library = library();
    let comparison = Entry::Topic(TopicId::Comparison);
    let mut app = app_at(&library, 2, comparison, 90, 24);
    let mut order = Vec::new();
    for round in 0.. {
        assert!(round <= 20, "the idle pass ends");
        let before: Vec<DocumentKey> = app.documents.keys().copied().collect();
        let indexed = app.search.index.get().is_some();
        if !app.prepare() {
            break;
        }
        assert!(!indexed, "the index last, after every text");
        order.extend(
            app.documents
                .keys()
                .filter(|key| !before.contains(key))
                .map(|&(language, second, entry, _)| (language, second, entry)),
        );
    }
    let english = library.english();
    assert_eq!(
        order,
        [
            (3, None, comparison),
            (1, None, comparison),
            (2, None, comparison.step(1)),
            (2, None, comparison.step(-1)),
            (2, Some(english), comparison),
            (4, None, comparison),
            (0, None, comparison),
            (5, None, comparison),
        ]
    );
}

/// A full cache keeps the text on screen and drops the rest, which the idle pass lays
/// out again as it is needed.
#[test]
fn a_full_cache_keeps_the_text_on_screen() {
    let library = library();
    let mut app = app(&library, 60, 20);
    let mut width = 60;
    while app.documents.len() < CACHE_LIMIT {
        width += 1;
        app.update(Action::Resize { width, height: 20 });
    }
    let on_screen = app.document_key(app.place(), app.text_area().width);
    let shown = page(&app);
    assert!(app.prepare());
    assert_eq!(
        app.documents.len(),
        2,
        "the text on screen and the one prepared"
    );
    assert!(app.documents.contains_key(&on_screen));
    assert_eq!(page(&app), shown);
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
