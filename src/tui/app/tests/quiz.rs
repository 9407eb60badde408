//! The quiz: its rounds, answers and page, in every language.

use super::*;

#[test]
fn the_quiz_asks_answers_and_scores_a_round() {
    let library = library();
    let mut app = quiz(&library, "fr", 3);
    assert_eq!(
        app.place().mode,
        Mode::Quiz,
        "its keys once it has the focus"
    );
    assert!(
        page(&app).contains("Dix affirmations"),
        "the intro: {}",
        page(&app)
    );
    app.update(Action::Continue);
    let round = app.quiz().round().unwrap().clone();
    for (at, statement) in round.statements().iter().enumerate() {
        let asked = statement.asked(&library, app.place().language).unwrap();
        assert!(shows(&app, asked), "the statement as written for the quiz");
        assert!(!app.update(Action::Continue), "no skipping a statement");
        // Right on the first half, by the arrows; wrong on the rest, by letter.
        let said = if at < 5 {
            app.update(Action::Answer(statement.side));
            statement.side
        } else {
            let (wrong, said) = match statement.side {
                Side::Sales => ('s', Side::Service),
                Side::Service => ('v', Side::Sales),
            };
            assert!(app.update(Action::Type(wrong)), "v and s answer in French");
            said
        };
        let verdict = library
            .language(app.place().language)
            .ui
            .quiz
            .verdict(statement.side, said);
        assert!(shows(&app, verdict), "{}", page(&app));
        assert!(shows(&app, asked), "answered, the statement stays");
        let row = statement.row(&library, app.place().language).unwrap();
        assert!(shows(&app, &row.aspect), "and its row's aspect");
        assert_eq!(
            page(&app).contains("Enter Affirmation suivante"),
            at + 1 < crate::study::quiz::ROUND,
            "the last answer leads to the score: {}",
            page(&app)
        );
        assert!(
            !app.update(Action::Answer(statement.side)),
            "one answer a statement"
        );
        app.update(Action::Continue);
    }
    assert_eq!(app.quiz().round().unwrap().score(), (5, 10));
    let end = page(&app);
    assert!(
        end.contains("Score\u{202F}: 5/10") && end.contains("Erreurs"),
        "{end}"
    );
    // Another round, in the seed's order: a new quiz with the same seed asks the same.
    app.update(Action::Continue);
    let second = app.quiz().round().unwrap().clone();
    assert_ne!(second, round);
    let mut again = quiz(&library, "fr", 3);
    again.update(Action::Continue);
    assert_eq!(
        again.quiz().round().unwrap().statements(),
        round.statements()
    );
    // Esc leaves the quiz, back to the sidebar.
    app.update(Action::Back);
    assert_eq!(app.place().mode, Mode::Reading(Focus::Sidebar));
}

#[test]
fn a_language_switch_keeps_the_statement_and_the_parallel_view_shows_both() {
    let library = library();
    let mut app = quiz(&library, "en", 11);
    app.update(Action::Continue);
    let statement = app.quiz().round().unwrap().current().unwrap();
    let is = language(&library, "is");
    app.update(Action::PickLanguage(is));
    assert_eq!(app.quiz().round().unwrap().current(), Some(statement));
    assert!(shows(&app, statement.asked(&library, is).unwrap()));
    assert_eq!(
        app.place().mode.table(),
        Table::Quiz,
        "the quiz's keys stay"
    );
    app.update(Action::ToggleParallel);
    assert!(shows(&app, statement.asked(&library, is).unwrap()));
    assert!(
        shows(&app, statement.asked(&library, library.english()).unwrap()),
        "the statement in both languages: {}",
        page(&app)
    );
    // English has no letters (Sales and Service share theirs): a letter is nothing.
    app.update(Action::PickLanguage(library.english()));
    assert!(!app.update(Action::Type('s')));
    assert!(app.update(Action::Answer(statement.side)));
}

/// The quiz keeps the reading keys that make sense in it: scrolling a page that does
/// not fit, and the language keys both ways.
#[test]
fn the_quiz_page_scrolls_and_the_language_keys_go_both_ways() {
    let library = library();
    let mut app = quiz(&library, "it", 5);
    app.update(Action::Resize {
        width: 40,
        height: 12,
    });
    app.update(Action::Continue);
    let statement = app.quiz().round().unwrap().current().unwrap();
    app.update(Action::Answer(statement.side));
    assert!(app.max_scroll() > 4, "the answer is pages long at 40x12");
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Up);
    assert_eq!(app.scroll(), 1);
    app.update(Action::PageDown);
    let paged = app.scroll();
    assert!(paged > 1);
    app.update(Action::PageUp);
    assert_eq!(app.scroll(), 1, "a page up undoes a page down");
    let it = app.place().language;
    app.update(Action::PreviousLanguage);
    assert_eq!(app.place().language, it - 1);
    app.update(Action::NextLanguage);
    assert_eq!(app.place().language, it);
}

#[test]
fn the_help_goes_back_to_the_quiz() {
    let library = library();
    let mut app = quiz(&library, "it", 1);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Help);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Quiz);
}

/// In colour, the statement in the reader's language reads as the text (italic, as an
/// example), the second language's under it is set back (dim).
#[test]
fn the_quiz_sets_the_second_languages_statement_back() {
    let library = library();
    let fr = language(&library, "fr");
    let colour = Theme::colour();
    let mut app = themed_app_at(&library, colour, fr, Entry::Quiz, 100, 30);
    app.seed_quiz(11);
    app.update(Action::FocusDetail);
    app.update(Action::Continue);
    app.update(Action::ToggleParallel);
    let bars = |bar: &str| -> Vec<ratatui::style::Style> {
        app.document()
            .lines
            .iter()
            .filter(|line| line.spans.first().is_some_and(|span| span.content == bar))
            .filter_map(|line| line.spans.get(1).map(|span| span.style))
            .collect()
    };
    let (first, second) = (bars("│ "), bars("┆ "));
    assert!(!first.is_empty() && !second.is_empty(), "{}", page(&app));
    assert!(first.iter().all(|style| *style == colour.example));
    assert!(second.iter().all(|style| *style == colour.muted));
}
