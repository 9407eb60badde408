//! The search line, its matches, and `n` and `N` through them.

use super::*;

#[test]
fn the_search_line_takes_every_key_as_text_but_its_own() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    assert_eq!(app.place().mode.table(), Table::Search);
    typed(&mut app, "quota");
    assert!(!app.should_quit(), "q is a letter here");
    assert_eq!(app.search().line(), "quota");
    assert!(!app.search().ranked().is_empty());
    app.update(Action::Erase);
    assert_eq!(app.search().line(), "quot");
    typed(&mut app, "a of service");
    app.update(Action::EraseWord);
    assert_eq!(app.search().line(), "quota of ");
    app.update(Action::ClearQuery);
    assert_eq!(app.search().line(), "");
    assert!(app.search().ranked().is_empty(), "no query, no list");
    app.update(Action::Back);
    assert_eq!(app.place().mode.table(), Table::Reading);
}

#[test]
fn enter_opens_the_chosen_match_in_its_language_with_the_words_marked() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "thjonusta");
    assert!(app.search().ranked().is_empty(), "not in English");
    app.update(Action::ToggleScope);
    let first = app.search().ranked()[0];
    app.update(Action::Down);
    let second = app.search().ranked()[1];
    app.update(Action::Up);
    app.update(Action::Down);
    app.update(Action::OpenMatch);
    assert_eq!(app.place().mode.table(), Table::Reading);
    assert_eq!(
        (app.place().language, app.place().entry),
        (second.language, second.at.entry()),
        "the second in the list, not {first:?}"
    );
    assert_eq!(library.language(app.place().language).code, "is");
    assert_eq!(app.place().mode.focus(), Focus::Detail);
    assert!(app.search().highlighted().is_some());
    // The match is in view: its part at the top of the text.
    assert_eq!(top(&app).0, second.at.part());
    // Esc clears the marks first, then goes back to the topics.
    app.update(Action::Back);
    assert!(app.search().highlighted().is_none());
    assert_eq!(app.place().mode.focus(), Focus::Detail);
    app.update(Action::Back);
    assert_eq!(app.place().mode.focus(), Focus::Sidebar);
}

#[test]
fn n_and_n_go_through_the_matches_and_round_saying_so() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "service");
    app.update(Action::ToggleScope);
    app.update(Action::OpenMatch);
    let (at, count) = app.search().position().unwrap();
    assert!(count >= 3, "service in several languages: {count}");
    let mut seen = vec![(app.place().language, app.place().entry)];
    for step in 1..count {
        app.update(Action::NextMatch);
        assert_eq!(
            app.search().position(),
            Some(((at + step - 1) % count + 1, count))
        );
        seen.push((app.place().language, app.place().entry));
    }
    seen.sort_unstable();
    seen.dedup();
    assert!(seen.len() > 1, "on into other topics and languages");
    // Round: from the last to the first, said once.
    while app.search().position() != Some((count, count)) {
        app.update(Action::NextMatch);
    }
    assert_eq!(app.search().notice(), None);
    app.update(Action::NextMatch);
    assert_eq!(app.search().position(), Some((1, count)));
    assert_eq!(app.search().notice(), Some(Notice::WrappedToTop));
    app.update(Action::Down);
    assert_eq!(app.search().notice(), None, "said once");
    app.update(Action::PreviousMatch);
    assert_eq!(app.search().position(), Some((count, count)));
    assert_eq!(app.search().notice(), Some(Notice::WrappedToBottom));
}

#[test]
fn the_list_moves_both_ways_and_n_and_n_start_from_either_end() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "customer");
    assert_eq!(app.search().selected(), 0);
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.search().selected(), 2);
    app.update(Action::Up);
    assert_eq!(app.search().selected(), 1);
    app.update(Action::PageDown);
    assert_eq!(app.search().selected(), 11);
    app.update(Action::PageUp);
    assert_eq!(app.search().selected(), 1);
    // Closed without opening one, `N` starts from the last match, `n` from the first.
    app.update(Action::Back);
    app.update(Action::PreviousMatch);
    let (last, count) = app.search().position().unwrap();
    assert_eq!(last, count);
    assert!(count > 2);
    app.update(Action::PreviousMatch);
    assert_eq!(
        app.search().position(),
        Some((count - 1, count)),
        "back one"
    );
    assert_eq!(app.search().notice(), None);
}

/// "This language" means the one being read when `n` is pressed: after a switch, the
/// matches are the new language's.
#[test]
fn n_after_a_language_switch_searches_the_new_language() {
    let library = library();
    let fr = language(&library, "fr");
    let mut app = app_at(&library, fr, TopicId::Overview, 100, 30);
    app.update(Action::OpenSearch);
    typed(&mut app, "service");
    app.update(Action::OpenMatch);
    assert_eq!(app.place().language, fr);
    app.update(Action::PickLanguage(library.english()));
    app.update(Action::NextMatch);
    assert_eq!(app.place().language, library.english(), "an English match");
}

/// A match opened shows its part from the start where the word is in the part's
/// first half-pane; deeper in a long part, the word's line with two lines before it.
#[test]
fn a_match_deep_in_a_long_part_opens_at_its_line_with_two_before() {
    let library = library();
    let (mut near, mut deep, mut half) = (0, 0, 0);
    for (query, height) in ["customer", "retention", "warranty"]
        .into_iter()
        .flat_map(|query| (12..=20).map(move |height| (query, height)))
    {
        let mut app = app(&library, 40, height);
        app.update(Action::OpenSearch);
        typed(&mut app, query);
        let count = app.search().ranked().len();
        for chosen in 0..count {
            app.update(Action::OpenSearch);
            app.update(Action::ClearQuery);
            typed(&mut app, query);
            for _ in 0..chosen {
                app.update(Action::Down);
            }
            let found = app.search().ranked()[chosen];
            app.update(Action::OpenMatch);
            let document = app.document();
            let Some(lines) = document.part_lines(found.at.part()) else {
                continue;
            };
            let line = lines
                .clone()
                .find(|&line| {
                    let text = crate::document::plain(&document.lines[line]);
                    crate::study::fold::fold(&text).contains(query)
                })
                .unwrap();
            let offset = line - lines.start;
            if app.scroll() == app.max_scroll() {
                continue; // The end of the text: as far as it goes.
            }
            if offset < app.rows() / 2 {
                near += 1;
                assert_eq!(top(&app), (found.at.part(), 0), "{query} {chosen}");
            } else {
                deep += 1;
                half += usize::from(offset == app.rows() / 2);
                assert_eq!(top(&app), (found.at.part(), offset - 2), "{query} {chosen}");
            }
        }
    }
    assert!(
        near > 0 && deep > 0 && half > 0,
        "both cases and the one between: {near} near, {deep} deep, {half} at half the pane"
    );
}

#[test]
fn any_input_is_safe_in_the_search_line() {
    let library = library();
    let mut app = app(&library, 80, 24);
    app.update(Action::OpenSearch);
    app.update(Action::Paste("line one\nline\ttwo\u{1b}[31m\u{7}".into()));
    assert_eq!(app.search().line(), "line one line two[31m");
    app.update(Action::ClearQuery);
    app.update(Action::Paste("a".repeat(10_000)));
    assert_eq!(
        app.search().line().chars().count(),
        crate::study::search::MAX_QUERY
    );
    assert!(app.search().ranked().is_empty());
    app.update(Action::ClearQuery);
    app.update(Action::Paste("w ".repeat(5_000)));
    assert!(app.search().line().chars().count() <= crate::study::search::MAX_QUERY);
    // Nothing to open, nothing to go to.
    app.update(Action::ClearQuery);
    assert!(!app.update(Action::OpenMatch) || app.place().mode.table() == Table::Search);
    app.update(Action::Back);
    app.update(Action::NextMatch);
    assert_eq!(app.place().mode.table(), Table::Reading);
    // On the main screen a paste is no key.
    assert!(!app.update(Action::Paste("q".into())));
    assert!(!app.should_quit());
}
