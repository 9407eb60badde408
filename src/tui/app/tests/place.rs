//! The place kept: across languages, sizes, scrolls and the sidebar.

use super::*;

#[test]
fn switching_language_keeps_the_topic() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::NextLanguage);
    assert_eq!(app.place().language, 1);
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Comparison));
    app.update(Action::PickLanguage(5));
    assert_eq!(
        (app.place().language, app.place().entry),
        (5, Entry::Topic(TopicId::Comparison))
    );
    app.update(Action::PreviousLanguage);
    assert_eq!(
        (app.place().language, app.place().entry),
        (4, Entry::Topic(TopicId::Comparison))
    );
}

/// A reader comparing row 5 in two languages stays on row 5, whichever two.
#[test]
fn switching_language_keeps_the_row_at_the_top_for_every_pair() {
    let library = library();
    let count = library.languages().len();
    for (width, height) in [(80, 16), (100, 18), (80, 24), (100, 30)] {
        let mut exact = 0;
        for from in 0..count {
            for to in (0..count).filter(|&to| to != from) {
                let mut app = app_at(&library, from, TopicId::Overview, width, height);
                let pair = format!(
                    "{} → {} at {width}x{height}",
                    library.language(from).code,
                    library.language(to).code
                );
                if scroll_to_row_5(&mut app) {
                    app.update(Action::PickLanguage(to));
                    assert!(
                        row_5_at_the_top_or_in_the_last_view(&app),
                        "{pair}: {:?}",
                        top(&app)
                    );
                    exact += usize::from(top(&app) == (ROW_5, 0));
                } else {
                    app.update(Action::PickLanguage(to));
                    assert_eq!(
                        app.scroll(),
                        app.max_scroll(),
                        "{pair}: the end stays the end"
                    );
                }
            }
        }
        if (width, height) == (80, 16) {
            // A pane short enough for row 5 to reach the top in every language.
            assert_eq!(exact, count * (count - 1), "every pair at {width}x{height}");
        }
    }
    // And `l`, the key itself, round all six.
    let mut app = app(&library, 80, 16);
    assert!(scroll_to_row_5(&mut app));
    for _ in 0..count {
        app.update(Action::NextLanguage);
        assert_eq!(top(&app), (ROW_5, 0), "{}", app.language().code);
    }
}

#[test]
fn where_the_texts_differ_in_shape_a_switch_keeps_the_fraction() {
    let library = library_with_an_overview_of_another_shape();
    let mut app = app(&library, 60, 12);
    app.update(Action::FocusDetail);
    app.update(Action::ScrollDetail(12));
    let fraction = |app: &App| {
        let document = app.document();
        document.text_start(app.scroll()) as f64 / document.height() as f64
    };
    let before = fraction(&app);
    assert!(
        before > 0.3,
        "scrolled well into the English overview: {before}"
    );
    assert_ne!(
        app.document().parts.len(),
        app_at(&library, 5, TopicId::Overview, 60, 12)
            .document()
            .parts
            .len(),
        "the Vietnamese overview has another shape"
    );
    app.update(Action::PickLanguage(library.find_language("vi").unwrap()));
    let after = fraction(&app);
    assert!((after - before).abs() < 0.15, "{before} then {after}");
}

/// Too small to show any text, there is no fraction to keep: the new text opens at
/// its top, and the switch does not divide by an empty text's height.
#[test]
fn a_switch_with_no_text_shown_opens_the_top_of_a_text_of_another_shape() {
    let library = library_with_an_overview_of_another_shape();
    let vietnamese = library.find_language("vi").unwrap();
    let mut app = app(&library, 10, 4);
    assert_ne!(
        library.topic(0, TopicId::Overview).topic.shape(),
        library.topic(vietnamese, TopicId::Overview).topic.shape()
    );
    assert!(app.update(Action::PickLanguage(vietnamese)));
    assert_eq!(app.place().language, vietnamese);
    assert_eq!(app.place().anchor, Anchor::TOP);
}

/// In a topic of another shape, the part on top stays on top where the other language
/// pairs it (as the parallel view does); else, to the line, the fraction is the
/// reader's place, and a text of another length must not move it by its difference in
/// length.
#[test]
fn a_switch_to_another_shape_keeps_the_paired_part_or_the_fraction() {
    let library = library_with_an_overview_of_another_shape();
    let count = library.languages().len();
    let mut pairs = 0;
    for topic in TopicId::ALL {
        for from in 0..count {
            for to in (0..count).filter(|&to| to != from) {
                let shape = |language| library.topic(language, topic).topic.shape();
                if shape(from) == shape(to) {
                    continue;
                }
                let mut app = app_at(&library, from, topic, 50, 10);
                app.update(Action::FocusDetail);
                app.update(Action::ScrollDetail(i16::MAX));
                let half = i16::try_from(app.scroll() / 2).unwrap();
                app.update(Action::ScrollDetail(-half));
                let document = app.document();
                let (top, height) = (document.text_start(app.scroll()), document.height());
                let on_top = document.part_at(top).0;
                let partner = crate::content::align(
                    library.topic(from, topic).topic,
                    library.topic(to, topic).topic,
                )
                .into_iter()
                .find(|pairing| pairing.first() == Some(on_top))
                .and_then(crate::content::Pairing::second);
                app.update(Action::PickLanguage(to));
                if let Some(partner) = partner {
                    assert_eq!(top_part(&app), partner, "{topic:?} {from} → {to}");
                    pairs += 1;
                    continue;
                }
                let document = app.document();
                let after = document.text_start(app.scroll());
                let expected = top * document.height() / height;
                if expected + 2 >= app.max_scroll() {
                    continue;
                }
                assert!(
                    after.abs_diff(expected) <= 1,
                    "{topic:?} {from} → {to}: line {top} of {height}, then {after} of {} (expected {expected})",
                    document.height()
                );
                pairs += 1;
            }
        }
    }
    assert!(
        pairs > 0,
        "some topic differs in shape between two languages"
    );
}

fn top_part(app: &App) -> Part {
    top(app).0
}

#[test]
fn languages_wrap_around_and_unknown_digits_are_ignored() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::PreviousLanguage);
    assert_eq!(app.place().language, library.languages().len() - 1);
    app.update(Action::NextLanguage);
    assert_eq!(app.place().language, 0);
    assert!(
        !app.update(Action::PickLanguage(8)),
        "there is no ninth language"
    );
    assert!(
        !app.update(Action::PickLanguage(0)),
        "already in that language"
    );
    assert_eq!(app.place().language, 0);
}

#[test]
fn the_selection_stays_in_range() {
    let library = library();
    let mut app = app(&library, 100, 30);
    assert!(!app.update(Action::Up), "already at the first topic");
    assert_eq!(app.place().entry, Entry::Topic(TopicId::Overview));
    for _ in 0..40 {
        app.update(Action::Down);
    }
    assert_eq!(
        app.place().entry,
        Entry::Quiz,
        "on past the topics to the study entries"
    );
    app.update(Action::SelectRow(99));
    assert_eq!(app.place().entry, Entry::Quiz);
    app.update(Action::SelectRow(13));
    assert_eq!(
        app.place().entry,
        Entry::Quiz,
        "the blank row chooses nothing"
    );
    app.update(Action::SelectRow(TopicId::Conclusion.index()));
    app.update(Action::StepTopic(-1));
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::ImportanceOfService)
    );
    app.update(Action::Up);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::ImportanceOfSales),
        "Up moves up"
    );
}

#[test]
fn scrolling_clamps_at_both_ends() {
    let library = library();
    let mut app = app(&library, 60, 20);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::FocusDetail);
    let max = app.max_scroll();
    assert!(max > app.rows(), "the comparison is pages long at 60x20");
    app.update(Action::Up);
    assert_eq!(app.scroll(), 0);
    app.update(Action::Down);
    assert_eq!(app.scroll(), 1);
    app.update(Action::Up);
    assert_eq!(app.scroll(), 0, "Up scrolls back");
    app.update(Action::Bottom);
    assert_eq!(app.scroll(), max);
    app.update(Action::PageDown);
    app.update(Action::ScrollDetail(3));
    assert_eq!(app.scroll(), max);
    app.update(Action::Top);
    assert_eq!(app.scroll(), 0);
    app.update(Action::ScrollDetail(-3));
    assert_eq!(app.scroll(), 0);
}

#[test]
fn pages_and_half_pages_move_by_the_pane() {
    let library = library();
    let mut app = app(&library, 100, 20);
    app.update(Action::SelectRow(TopicId::Differences.index()));
    app.update(Action::FocusDetail);
    let rows = app.rows();
    let text_start = |app: &App| app.document().text_start(app.scroll());
    app.update(Action::HalfPageDown);
    assert_eq!(text_start(&app), rows / 2, "the text moved half the pane");
    app.update(Action::HalfPageUp);
    assert_eq!(app.scroll(), 0);
    app.update(Action::PageDown);
    assert_eq!(
        text_start(&app),
        rows - 1,
        "the last line seen is the first"
    );
    app.update(Action::PageUp);
    assert_eq!(app.scroll(), 0);
}

#[test]
fn a_page_down_keeps_the_last_line_in_view_under_pinned_labels() {
    let library = library();
    let mut app = app_at(&library, 5, TopicId::Comparison, 100, 20);
    let last_seen = app.scroll() + app.rows() - 1;
    app.update(Action::PageDown);
    assert!(app.scroll() < app.max_scroll(), "not stopped by the end");
    let scroll = app.scroll();
    let document = app.document();
    let pinned = document
        .pinned_header(scroll)
        .map_or(0, |header| header.len());
    assert_eq!(pinned, 2, "the table's labels are pinned after a page");
    assert_eq!(
        document.text_start(scroll),
        last_seen,
        "the last line seen is the first line under the labels"
    );
    app.update(Action::PageUp);
    assert_eq!(app.scroll(), 0, "and a page back is the first page again");
}

#[test]
fn a_resize_keeps_the_reader_on_the_same_row_and_the_end_at_the_end() {
    let library = library();
    let mut app = app(&library, 80, 16);
    assert!(scroll_to_row_5(&mut app));
    for (width, height) in [(60, 20), (120, 20), (200, 60), (80, 24), (80, 16)] {
        app.update(Action::Resize { width, height });
        assert!(
            row_5_at_the_top_or_in_the_last_view(&app),
            "at {width}x{height}"
        );
    }
    assert_eq!(top(&app), (ROW_5, 0), "back where it was");
    app.update(Action::Bottom);
    app.update(Action::Resize {
        width: 40,
        height: 12,
    });
    assert_eq!(app.scroll(), app.max_scroll(), "the end stays the end");
    assert!(app.scroll() > 0);
}

/// 100x30, then too small to show any text, then 100x30 again: the same row.
#[test]
fn a_trip_through_the_too_small_screen_keeps_the_place() {
    let library = library();
    let mut app = app(&library, 80, 16);
    assert!(scroll_to_row_5(&mut app));
    app.update(Action::ScrollDetail(2));
    let before = top(&app);
    assert_eq!(before, (ROW_5, 2));
    app.update(Action::Resize {
        width: 19,
        height: 5,
    });
    assert!(matches!(app.screen(), Screen::TooSmall(_)));
    app.update(Action::Down);
    app.update(Action::Resize {
        width: 80,
        height: 16,
    });
    assert_eq!(top(&app), before);
}

#[test]
fn a_new_topic_starts_at_its_top() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::Bottom);
    app.update(Action::StepTopic(1));
    assert_eq!(app.scroll(), 0);
}

#[test]
fn focus_moves_and_arrows_follow_it() {
    let library = library();
    let mut app = app(&library, 100, 30);
    assert_eq!(app.place().mode.focus(), Focus::Sidebar);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    app.update(Action::FocusDetail);
    assert_eq!(app.place().mode.focus(), Focus::Detail);
    app.update(Action::Down);
    assert_eq!(
        (app.place().entry, app.scroll()),
        (Entry::Topic(TopicId::Comparison), 1),
        "Down scrolls the text"
    );
    app.update(Action::FocusSidebar);
    app.update(Action::Down);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::KeyDifferences),
        "Down moves the selection"
    );
    app.update(Action::FocusDetail);
    app.update(Action::Back);
    assert_eq!(app.place().mode.focus(), Focus::Sidebar);
}

#[test]
fn z_hides_the_sidebar_for_every_topic_and_language_until_asked_back() {
    let library = library();
    let mut app = app(&library, 80, 24);
    let width = app.text_area().width;
    app.update(Action::ToggleSidebar);
    assert!(!app.place().sidebar);
    assert_eq!(
        app.place().mode.focus(),
        Focus::Detail,
        "the hidden sidebar has no keys"
    );
    assert!(
        app.text_area().width > width + 10,
        "the text takes the width"
    );
    let Screen::Full(regions) = app.screen() else {
        panic!("80x24 is full")
    };
    assert_eq!(regions.sidebar, None);
    app.update(Action::NextLanguage);
    app.update(Action::SelectRow(TopicId::Comparison.index()));
    assert!(!app.place().sidebar, "kept across languages and topics");
    app.update(Action::ToggleSidebar);
    assert!(app.place().sidebar);
    app.update(Action::ToggleSidebar);
    app.update(Action::FocusSidebar);
    app.update(Action::Back);
    assert!(!app.place().sidebar, "only z brings the topics back");
    assert_eq!(app.place().mode.focus(), Focus::Detail);
}

#[test]
fn the_help_is_modal_and_closes_with_esc_or_question_mark() {
    let library = library();
    let mut app = app(&library, 100, 30);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Help);
    app.update(Action::Down);
    assert_eq!(
        app.place().entry,
        Entry::Topic(TopicId::Overview),
        "keys do not reach the sidebar under the help"
    );
    app.update(Action::NextLanguage);
    assert_eq!(
        app.place().language,
        1,
        "the help can be read in another language"
    );
    app.update(Action::PreviousLanguage);
    assert_eq!(app.place().language, 0);
    app.update(Action::PickLanguage(2));
    assert_eq!(app.place().language, 2);
    app.update(Action::ToggleSidebar);
    assert!(!app.place().sidebar, "z works under the help");
    assert_eq!(app.place().mode.table(), Table::Help);
    app.update(Action::ToggleSidebar);
    app.update(Action::Back);
    assert_eq!(app.place().mode.table(), Table::Reading);
    app.update(Action::ToggleHelp);
    app.update(Action::ToggleHelp);
    assert_eq!(app.place().mode.table(), Table::Reading);
}

#[test]
fn the_help_scrolls_only_when_it_does_not_fit() {
    let library = library();
    let mut large = app(&library, 120, 60);
    large.update(Action::ToggleHelp);
    assert_eq!(large.max_help_scroll(), 0);
    assert!(!large.update(Action::Down));
    let mut small = app(&library, 40, 12);
    small.update(Action::ToggleHelp);
    let max = small.max_help_scroll();
    assert!(max > 2);
    small.update(Action::Down);
    small.update(Action::Down);
    assert_eq!(small.help_scroll(), 2);
    small.update(Action::Up);
    assert_eq!(small.help_scroll(), 1, "Up scrolls the help back");
    small.update(Action::Bottom);
    assert_eq!(small.help_scroll(), max);
    small.update(Action::Down);
    assert_eq!(small.help_scroll(), max);
    small.update(Action::PageUp);
    assert!(small.help_scroll() < max);
    small.update(Action::Top);
    assert_eq!(small.help_scroll(), 0);
    small.update(Action::PageDown);
    // A page is what the box shows less one line, kept in view as `less` does.
    let page = small.layout().help_rows() - 1;
    assert!(page > 1);
    assert_eq!(small.help_scroll(), page.min(max), "a page");
    small.update(Action::Top);
    small.update(Action::HalfPageDown);
    let half = (page / 2).max(1);
    assert_eq!(small.help_scroll(), half, "half a page of {page}");
    small.update(Action::HalfPageDown);
    small.update(Action::HalfPageUp);
    assert_eq!(small.help_scroll(), half, "and back");
    small.update(Action::HalfPageUp);
    assert_eq!(small.help_scroll(), 0);
    small.update(Action::ToggleHelp);
    small.update(Action::ToggleHelp);
    assert_eq!(small.help_scroll(), 0, "the help opens at its top");
}

#[test]
fn quitting_is_possible_from_anywhere() {
    let library = library();
    let quiz = Entry::Quiz.row();
    let ways: [&[Action]; 9] = [
        &[],
        &[Action::FocusDetail],
        &[Action::ToggleHelp],
        &[Action::ToggleSidebar],
        &[Action::ToggleParallel],
        &[Action::Resize {
            width: 5,
            height: 3,
        }],
        // Ctrl-C in the search line (where q is a letter).
        &[Action::OpenSearch, Action::Type('q')],
        &[Action::SelectRow(quiz), Action::FocusDetail],
        &[
            Action::SelectRow(quiz),
            Action::FocusDetail,
            Action::ToggleHelp,
        ],
    ];
    for way in ways {
        let mut app = app(&library, 100, 30);
        for action in way {
            app.update(action.clone());
        }
        assert!(!app.should_quit(), "{way:?}");
        app.update(Action::Quit);
        assert!(app.should_quit(), "after {way:?}");
    }
}

/// Where the text would get fewer columns than the topics, one pane at a time: the
/// one with the keys, the place in the text kept while the topics are shown.
#[test]
fn the_smallest_sizes_show_the_pane_with_the_keys() {
    let library = library();
    let mut app = app_at(&library, 0, TopicId::Comparison, 80, 24);
    app.update(Action::FocusDetail);
    app.update(Action::PageDown);
    let place = top(&app);
    let panes = |app: &App| match app.screen() {
        Screen::Full(regions) => (regions.sidebar.is_some(), regions.detail.is_some()),
        Screen::TooSmall(_) => panic!("full"),
    };
    assert_eq!(panes(&app), (true, true));
    for width in 20..28 {
        app.update(Action::Resize { width, height: 9 });
        assert_eq!(panes(&app), (false, true), "the text, which has the keys");
        assert_eq!(
            app.text_area().width,
            width - 4,
            "the width, less border and padding"
        );
        app.update(Action::FocusSidebar);
        assert_eq!(
            panes(&app),
            (true, false),
            "the topics, which have them now"
        );
        assert!(app.text_area().is_empty());
        app.update(Action::FocusDetail);
        app.update(Action::Resize {
            width: 80,
            height: 24,
        });
        assert_eq!(top(&app), place, "the place kept at {width}");
    }
    app.update(Action::Resize {
        width: 24,
        height: 9,
    });
    app.update(Action::ToggleSidebar);
    assert_eq!(panes(&app), (false, true));
    app.update(Action::ToggleSidebar);
    assert_eq!(
        (panes(&app), app.place().mode.focus()),
        ((true, false), Focus::Sidebar),
        "z shows the topics again, and they take the keys"
    );
    app.update(Action::Resize {
        width: 28,
        height: 9,
    });
    assert_eq!(panes(&app), (true, true), "from 28 columns, both");
}
