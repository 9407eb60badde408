//! Whole screens drawn into a test backend: insta snapshots at fixed sizes (review them
//! by eye in tests/snapshots/), styles where selection and focus matter, and every topic
//! of every language at three sizes.

// A test that cannot build its fixture should stop right there.
#![allow(clippy::unwrap_used)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use ratatui::style::Modifier;
use sales_vs_service::content::{Library, TopicId};
use sales_vs_service::document::theme::Theme;
use sales_vs_service::study::action::Action;
use sales_vs_service::tui::app::App;
use sales_vs_service::tui::layout::Screen;
use sales_vs_service::tui::ui;
use unicode_width::UnicodeWidthStr;

#[path = "support/builtin.rs"]
mod builtin;
use builtin::{builtin_files_with_text, builtin_text};

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| ui::render(frame, app)).unwrap();
    terminal
}

fn screen(
    code: &str,
    topic: TopicId,
    width: u16,
    height: u16,
    actions: &[Action],
) -> Terminal<TestBackend> {
    let library = Library::builtin().unwrap();
    let language = library.find_language(code).unwrap();
    let mut app = App::new(
        &library,
        Theme::mono(),
        language,
        topic,
        true,
        Size::new(width, height),
    );
    for action in actions {
        app.update(action.clone());
    }
    draw(&app, width, height)
}

#[test]
fn overview_in_french_at_100x30() {
    insta::assert_snapshot!(screen("fr", TopicId::Overview, 100, 30, &[]).backend());
}

#[test]
fn overview_in_vietnamese_at_100x30() {
    insta::assert_snapshot!(screen("vi", TopicId::Overview, 100, 30, &[]).backend());
}

#[test]
fn comparison_in_french_at_100x30() {
    insta::assert_snapshot!(
        screen("fr", TopicId::Comparison, 100, 30, &[Action::FocusDetail]).backend()
    );
}

#[test]
fn comparison_in_vietnamese_at_100x30() {
    insta::assert_snapshot!(
        screen("vi", TopicId::Comparison, 100, 30, &[Action::FocusDetail]).backend()
    );
}

#[test]
fn comparison_stacked_at_60x20() {
    insta::assert_snapshot!(screen("en", TopicId::Comparison, 60, 20, &[]).backend());
}

/// The label of each side comes with the language's own separator: French sets a
/// narrow no-break space before the colon ("Vente : ").
#[test]
fn differences_stacked_in_french_at_60x20() {
    insta::assert_snapshot!(screen("fr", TopicId::Differences, 60, 20, &[]).backend());
}

#[test]
fn differences_side_by_side_in_icelandic_at_100x30() {
    insta::assert_snapshot!(screen("is", TopicId::Differences, 100, 30, &[]).backend());
}

#[test]
fn help_overlay_at_100x30() {
    insta::assert_snapshot!(
        screen("en", TopicId::Overview, 100, 30, &[Action::ToggleHelp]).backend()
    );
}

#[test]
fn narrow_layout_at_40x12() {
    insta::assert_snapshot!(screen("it", TopicId::WhatIsService, 40, 12, &[]).backend());
}

#[test]
fn comparison_side_by_side_in_french_at_80x24() {
    insta::assert_snapshot!(
        screen("fr", TopicId::Comparison, 80, 24, &[Action::FocusDetail]).backend()
    );
}

#[test]
fn comparison_side_by_side_in_vietnamese_at_80x24() {
    insta::assert_snapshot!(
        screen("vi", TopicId::Comparison, 80, 24, &[Action::FocusDetail]).backend()
    );
}

#[test]
fn key_differences_without_the_sidebar_at_80x24() {
    insta::assert_snapshot!(
        screen(
            "is",
            TopicId::KeyDifferences,
            80,
            24,
            &[Action::ToggleSidebar]
        )
        .backend()
    );
}

/// Scrolled into the middle of a row: its aspect is repeated on the first line shown.
#[test]
fn a_row_scrolled_into_keeps_its_aspect_at_80x24() {
    let down = vec![Action::Down; 14];
    let mut actions = vec![Action::FocusDetail];
    actions.extend(down);
    insta::assert_snapshot!(screen("en", TopicId::Comparison, 80, 24, &actions).backend());
}

#[test]
fn help_wraps_under_its_keys_at_40x12() {
    insta::assert_snapshot!(
        screen("it", TopicId::Overview, 40, 12, &[Action::ToggleHelp]).backend()
    );
}

/// The smallest sizes show one pane at a time: the topics while they have the keys,
/// the whole width theirs, and every language in the bar, Tiếng Việt too.
#[test]
fn topics_alone_in_vietnamese_at_20x8() {
    insta::assert_snapshot!(screen("vi", TopicId::Comparison, 20, 8, &[]).backend());
}

/// …and the text once it has them: 16 columns of it, not 4.
#[test]
fn text_alone_in_icelandic_at_24x9() {
    insta::assert_snapshot!(
        screen("is", TopicId::WhatIsService, 24, 9, &[Action::FocusDetail]).backend()
    );
}

/// From 28 columns the text keeps as many as the topics: both, side by side.
#[test]
fn both_panes_in_french_at_30x10() {
    insta::assert_snapshot!(
        screen("fr", TopicId::WhatIsSales, 30, 10, &[Action::FocusDetail]).backend()
    );
}

#[test]
fn too_small_at_10x4() {
    insta::assert_snapshot!(screen("en", TopicId::Overview, 10, 4, &[]).backend());
}

// --- styles: selection and focus must show without colour ----------------------------

fn modifiers_at(buffer: &Buffer, x: u16, y: u16) -> Modifier {
    buffer[(x, y)].modifier
}

/// The sidebar's width at 100 columns, from the layout the app draws with.
fn sidebar_width(width: u16, height: u16) -> u16 {
    match sales_vs_service::tui::layout::screen(
        ratatui::layout::Rect::new(0, 0, width, height),
        sales_vs_service::tui::layout::Panes::Both {
            keys: sales_vs_service::tui::layout::Pane::Topics,
        },
        None,
    ) {
        Screen::Full(regions) => regions.sidebar.map_or(0, |sidebar| sidebar.width),
        Screen::TooSmall(_) => 0,
    }
}

#[test]
fn selection_and_focus_show_in_monochrome() {
    let terminal = screen("en", TopicId::WhatIsSales, 100, 30, &[]);
    let buffer = terminal.backend().buffer();
    let detail = sidebar_width(100, 30);
    // The selected topic (third row of the list) is reversed and bold, across the row.
    for x in 1..detail - 1 {
        assert!(
            modifiers_at(buffer, x, 4).contains(Modifier::REVERSED | Modifier::BOLD),
            "column {x}"
        );
    }
    assert!(
        !modifiers_at(buffer, 1, 3).contains(Modifier::REVERSED),
        "other topics are not"
    );
    // The active language is reversed.
    assert!(modifiers_at(buffer, 1, 0).contains(Modifier::REVERSED));
    assert!(!modifiers_at(buffer, 12, 0).contains(Modifier::REVERSED));
    // The focused pane has the thick border.
    assert_eq!(buffer[(0, 1)].symbol(), "┏");
    assert_eq!(buffer[(detail, 1)].symbol(), "┌");

    let terminal = screen("en", TopicId::WhatIsSales, 100, 30, &[Action::FocusDetail]);
    let buffer = terminal.backend().buffer();
    assert_eq!(buffer[(0, 1)].symbol(), "┌");
    assert_eq!(buffer[(detail, 1)].symbol(), "┏");
    let row = 4;
    assert!(
        modifiers_at(buffer, 1, row).contains(Modifier::REVERSED),
        "the selection stays visible"
    );
    assert!(
        !modifiers_at(buffer, 1, row).contains(Modifier::BOLD),
        "but quieter without focus"
    );
}

#[test]
fn the_colour_theme_colours_and_the_mono_theme_does_not() {
    let library = Library::builtin().unwrap();
    let colourful = App::new(
        &library,
        Theme::colour(),
        0,
        TopicId::Comparison,
        true,
        Size::new(100, 30),
    );
    let mono = App::new(
        &library,
        Theme::mono(),
        0,
        TopicId::Comparison,
        true,
        Size::new(100, 30),
    );
    let has_colour = |app: &App| {
        let terminal = draw(app, 100, 30);
        terminal.backend().buffer().content.iter().any(|cell| {
            cell.fg != ratatui::style::Color::Reset || cell.bg != ratatui::style::Color::Reset
        })
    };
    assert!(has_colour(&colourful));
    assert!(!has_colour(&mono));
}

// --- every topic, every language, three sizes -------------------------------------------

/// No line drawn wider than the area, and no wide character cut at the right edge.
fn assert_fits(buffer: &Buffer, what: &str) {
    let area = buffer.area;
    for y in 0..area.height {
        let mut width = 0;
        for x in 0..area.width {
            let symbol = buffer[(x, y)].symbol();
            width += symbol.width();
            if symbol.width() == 2 {
                assert!(
                    x + 1 < area.width,
                    "{what}: a wide character is cut at the edge of row {y}"
                );
            }
        }
        assert!(
            width <= usize::from(area.width),
            "{what}: row {y} is {width} columns wide"
        );
    }
}

#[test]
fn every_topic_of_every_language_fits_at_three_sizes() {
    let library = Library::builtin().unwrap();
    for (width, height) in [(40, 12), (80, 24), (200, 60)] {
        for language in 0..library.languages().len() {
            for topic in TopicId::ALL {
                let mut app = App::new(
                    &library,
                    Theme::mono(),
                    language,
                    topic,
                    true,
                    Size::new(width, height),
                );
                let what = format!(
                    "{} {topic} at {width}x{height}",
                    library.language(language).code
                );
                assert_fits(draw(&app, width, height).backend().buffer(), &what);
                app.update(Action::Bottom);
                assert_fits(
                    draw(&app, width, height).backend().buffer(),
                    &format!("{what}, scrolled to the end"),
                );
            }
        }
    }
}

#[test]
fn no_size_up_to_300x100_panics() {
    let library = Library::builtin().unwrap();
    for width in (0..=300).step_by(13).chain([1, 19, 20, 39, 40, 59, 60, 61]) {
        for height in (0..=100).step_by(9).chain([1, 4, 5, 11, 12]) {
            let mut app = App::new(
                &library,
                Theme::mono(),
                5,
                TopicId::Comparison,
                true,
                Size::new(width, height),
            );
            draw(&app, width, height);
            app.update(Action::ToggleHelp);
            app.update(Action::Bottom);
            assert_fits(
                draw(&app, width, height).backend().buffer(),
                &format!("help at {width}x{height}"),
            );
        }
    }
}

#[test]
fn a_topic_shown_in_english_is_marked_in_the_sidebar_and_the_heading() {
    // The built-in languages lack nothing today: take one topic out of French.
    let mut french: serde_json::Value = serde_json::from_str(&builtin_text("fr")).unwrap();
    french["topics"]
        .as_array_mut()
        .unwrap()
        .retain(|topic| topic["id"] != "comparison");
    let files = builtin_files_with_text("fr", serde_json::to_string(&french).unwrap());
    let library = Library::from_files(&files).unwrap();
    let fr = library.find_language("fr").unwrap();
    let app = App::new(
        &library,
        Theme::mono(),
        fr,
        TopicId::Comparison,
        true,
        Size::new(100, 30),
    );
    let terminal = draw(&app, 100, 30);
    let buffer = terminal.backend().buffer();
    let row = |y: u16| {
        (0..100)
            .map(|x| buffer[(x, y)].symbol())
            .collect::<String>()
    };
    assert!(
        row(8).contains("Comparison tab") && row(8).contains("·en"),
        "{}",
        row(8)
    );
    assert!(!row(7).contains("·en"), "{}", row(7));
    assert!(
        row(2).contains("Sales vs. service: comparison table  [en anglais]"),
        "{}",
        row(2)
    );
    assert!(
        row(4).contains("Critère") && row(4).contains("Vente"),
        "the labels stay in the reader's language"
    );
}

#[test]
fn a_scrolled_table_keeps_its_column_labels_in_view() {
    let library = Library::builtin().unwrap();
    let fr = library.find_language("fr").unwrap();
    let mut app = App::new(
        &library,
        Theme::mono(),
        fr,
        TopicId::Comparison,
        true,
        Size::new(100, 30),
    );
    app.update(Action::FocusDetail);
    let first_text_row = |app: &App| {
        let terminal = draw(app, 100, 30);
        let buffer = terminal.backend().buffer();
        (sidebar_width(100, 30) + 1..99)
            .map(|x| buffer[(x, 2)].symbol())
            .collect::<String>()
    };
    assert!(
        first_text_row(&app).contains("Vente et service\u{202F}: tableau comparatif"),
        "at the top, the heading"
    );
    for _ in 0..8 {
        app.update(Action::Down);
    }
    let row = first_text_row(&app);
    assert!(
        row.contains("Critère") && row.contains("Vente") && row.contains("Service"),
        "the labels stay: {row}"
    );
    app.update(Action::Bottom);
    assert!(
        first_text_row(&app).contains("Critère"),
        "down to the last row"
    );
}

#[test]
fn hints_go_by_the_key_not_by_the_word() {
    // A translation may use one word for two keys: here "Help" for both "back" and
    // "help". The status line must still offer the help key from the topic list.
    let files = builtin_files_with_text(
        "en",
        builtin_text("en").replacen("\"back\": \"Topics\"", "\"back\": \"Help\"", 1),
    );
    let library = Library::from_files(&files).unwrap();
    let app = App::new(
        &library,
        Theme::mono(),
        0,
        TopicId::Overview,
        true,
        Size::new(100, 30),
    );
    let terminal = draw(&app, 100, 30);
    let buffer = terminal.backend().buffer();
    let status: String = (0..100).map(|x| buffer[(x, 29)].symbol()).collect();
    assert!(status.contains("? Help"), "{status}");
    assert!(
        !status.contains("← Help"),
        "back is no way on from the topic list: {status}"
    );
}

/// The row `y` of a buffer as text.
fn row_text(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

/// At every width from 20 columns, in every language: the bar names the active
/// language, and no two topics in the sidebar read the same, however cut.
#[test]
fn the_active_language_shows_and_sidebar_entries_are_distinct_at_every_width() {
    let library = Library::builtin().unwrap();
    for (index, language) in library.languages().iter().enumerate() {
        for width in 20..=120 {
            for height in [12, 24] {
                let app = App::new(
                    &library,
                    Theme::mono(),
                    index,
                    TopicId::ImportanceOfService,
                    true,
                    Size::new(width, height),
                );
                let terminal = draw(&app, width, height);
                let buffer = terminal.backend().buffer();
                let bar = row_text(buffer, 0);
                let code = language.code.to_uppercase();
                assert!(
                    bar.contains(&format!(" {code} "))
                        || bar.contains(&format!(" {} ", language.name)),
                    "{} at {width}: {bar}",
                    language.code
                );
                let Screen::Full(regions) = app.screen() else {
                    panic!("{width}x{height} is full")
                };
                let sidebar = regions.sidebar.unwrap();
                let entries: Vec<String> = (sidebar.y + 1..sidebar.bottom() - 1)
                    .map(|y| {
                        (sidebar.x + 1..sidebar.right() - 1)
                            .map(|x| buffer[(x, y)].symbol())
                            .collect::<String>()
                            .trim_end()
                            .to_owned()
                    })
                    .filter(|entry| !entry.is_empty())
                    .collect();
                assert!(entries.len() >= 5, "{} at {width}x{height}", language.code);
                for (n, entry) in entries.iter().enumerate() {
                    assert!(
                        !entries[n + 1..].contains(entry),
                        "{} at {width}x{height}: «{entry}» twice in {entries:?}",
                        language.code
                    );
                }
            }
        }
    }
}

/// Every text cut for width says so: the detail pane's title at 40 columns.
#[test]
fn a_cut_title_ends_with_an_ellipsis() {
    let terminal = screen("it", TopicId::Overview, 40, 12, &[]);
    let title = row_text(terminal.backend().buffer(), 1);
    assert!(title.contains("Vendita e servizio nel…"), "{title}");
}

/// While the help is open, the status line offers the help's keys, not the main
/// screen's.
#[test]
fn the_status_line_follows_the_mode() {
    let reading = screen("en", TopicId::Overview, 100, 30, &[]);
    let status = row_text(reading.backend().buffer(), 29);
    assert!(
        status.contains("l Next language") && status.contains("? Help"),
        "{status}"
    );
    let help = screen("en", TopicId::Overview, 100, 30, &[Action::ToggleHelp]);
    let status = row_text(help.backend().buffer(), 29);
    assert!(
        status.contains("? Esc q Close") && !status.contains("Quit"),
        "q closes the help, as in less: {status}"
    );
    assert!(!status.contains("Next language"), "{status}");
}

// --- search -------------------------------------------------------------------------------

fn typing(text: &str) -> Vec<Action> {
    text.chars().map(Action::Type).collect()
}

#[test]
fn search_in_this_language_at_100x30() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend(typing("khach hang"));
    insta::assert_snapshot!(screen("vi", TopicId::Overview, 100, 30, &actions).backend());
}

#[test]
fn search_in_all_languages_at_80x24() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend(typing("csat"));
    actions.push(Action::ToggleScope);
    actions.push(Action::Down);
    insta::assert_snapshot!(screen("fr", TopicId::Overview, 80, 24, &actions).backend());
}

/// The texts that hold the words together come first, each line centred on them;
/// then the texts that hold them apart.
#[test]
fn search_a_phrase_before_scattered_words_at_80x24() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend(typing("customer satisfaction"));
    insta::assert_snapshot!(screen("en", TopicId::Overview, 80, 24, &actions).backend());
}

/// A term found in another language names that language's glossary, as its topics
/// do: "VI Thuật ngữ" from Estonian, not "VI Sõnastik".
#[test]
fn a_term_found_in_another_language_names_its_glossary() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend(typing("bao hanh"));
    actions.push(Action::ToggleScope);
    let terminal = screen("et", TopicId::Overview, 80, 24, &actions);
    let buffer = terminal.backend().buffer();
    let rows: Vec<String> = (0..24).map(|y| row_text(buffer, y)).collect();
    assert!(
        rows.iter().any(|row| row.contains("VI Thuật ngữ")),
        "{}",
        rows.join("\n")
    );
    assert!(!rows.iter().any(|row| row.contains("VI Sõnastik")));
}

/// Enter opens the match, its words marked in the text, where it is: the Icelandic
/// table's row, found from English by a query without its accents.
#[test]
fn a_match_opened_is_marked_in_the_text_at_100x30() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend(typing("anaegjueinkunn"));
    actions.push(Action::ToggleScope);
    actions.push(Action::OpenMatch);
    let terminal = screen("en", TopicId::Overview, 100, 30, &actions);
    insta::assert_snapshot!(terminal.backend());
    let buffer = terminal.backend().buffer();
    let marked: String = buffer
        .content
        .iter()
        .filter(|cell| cell.modifier.contains(Modifier::REVERSED | Modifier::BOLD))
        .map(|cell| cell.symbol())
        .collect();
    assert_eq!(
        marked, " 4 Íslenska Ánægjueinkunn",
        "the word is marked, as written, as the current match (after the language bar's)"
    );
}

/// The match the count names stands out from the other matches on screen: in reverse
/// video without colour (the others underlined), in a colour of its own with it.
/// Opening the first listed result names it 1/N, and `n` goes on to the second listed.
#[test]
fn the_current_match_is_marked_apart_from_the_others() {
    let library = Library::builtin().unwrap();
    let (width, height) = (100, 30);
    for theme in [Theme::mono(), Theme::colour()] {
        let mut app = App::new(
            &library,
            theme,
            0,
            TopicId::Overview,
            true,
            Size::new(width, height),
        );
        app.update(Action::OpenSearch);
        for action in typing("customers") {
            app.update(action);
        }
        let listed = app.search().ranked().to_vec();
        app.update(Action::OpenMatch);
        assert_eq!(app.search().position(), Some((1, listed.len())));
        app.update(Action::NextMatch);
        assert_eq!(app.search().position(), Some((2, listed.len())));
        assert_eq!(
            app.search().current(),
            Some(&listed[1]),
            "the second listed"
        );
        let terminal = draw(&app, width, height);
        let buffer = terminal.backend().buffer();
        let text = |style: ratatui::style::Style| -> String {
            let mut marked = String::new();
            for y in 2..height - 2 {
                for x in sidebar_width(width, height) + 1..width - 1 {
                    let cell = &buffer[(x, y)];
                    if cell.modifier == style.add_modifier
                        && cell.bg == style.bg.unwrap_or_default()
                    {
                        marked.push_str(cell.symbol());
                    }
                }
                marked.push('|');
            }
            marked
        };
        let words = |marked: String| -> Vec<String> {
            marked
                .split('|')
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let current = words(text(theme.current_match));
        assert!(!current.is_empty(), "{theme:?}");
        for word in &current {
            assert_eq!(
                word.trim(),
                "customers",
                "{theme:?}: only the current match"
            );
        }
        // (Without colour a heading is bold and underlined too.)
        let others = words(text(theme.highlight));
        assert!(
            others.iter().any(|word| word.trim() == "customers"),
            "{theme:?}: other matches on screen, marked as before"
        );
    }
}

// --- the parallel view ----------------------------------------------------------------

fn parallel_screen(
    left: &str,
    right: &str,
    topic: TopicId,
    width: u16,
    height: u16,
) -> Terminal<TestBackend> {
    parallel_screen_after(left, right, topic, width, height, &[])
}

/// The parallel view after `actions`.
fn parallel_screen_after(
    left: &str,
    right: &str,
    topic: TopicId,
    width: u16,
    height: u16,
    actions: &[Action],
) -> Terminal<TestBackend> {
    let library = Library::builtin().unwrap();
    let place = sales_vs_service::tui::app::Place {
        parallel: true,
        second: library.find_language(right),
        viewport: Size::new(width, height),
        ..sales_vs_service::tui::app::Place::at(library.find_language(left).unwrap(), topic.into())
    };
    let mut app = App::at(&library, Theme::mono(), place, true);
    for action in actions {
        app.update(action.clone());
    }
    draw(&app, width, height)
}

#[test]
fn parallel_french_and_english_at_160x40() {
    insta::assert_snapshot!(parallel_screen("fr", "en", TopicId::Comparison, 160, 40).backend());
}

#[test]
fn parallel_vietnamese_and_icelandic_at_160x40() {
    insta::assert_snapshot!(parallel_screen("vi", "is", TopicId::Comparison, 160, 40).backend());
}

/// Too narrow for two columns at 80x24 with the sidebar: each part in French, then
/// in English, set apart.
#[test]
fn parallel_interleaved_at_80x24() {
    insta::assert_snapshot!(
        parallel_screen("fr", "en", TopicId::ComponentsOfSales, 80, 24).backend()
    );
}

/// Interleaved, a row and its translation read as one: no rule between "…duratura"
/// and "┆ Main goal", the rule after both.
#[test]
fn parallel_interleaved_rows_at_80x24() {
    let mut actions = vec![Action::FocusDetail];
    actions.extend(vec![Action::Down; 8]);
    insta::assert_snapshot!(
        parallel_screen_after("it", "en", TopicId::Comparison, 80, 24, &actions).backend()
    );
}

/// Interleaved, a heading and its translation are two paragraphs: a blank line before
/// "┆ Sales versus service", and before the translation of the topic's last paragraph.
#[test]
fn parallel_interleaved_vietnamese_overview_at_80x24() {
    let actions = [Action::FocusDetail, Action::Bottom];
    insta::assert_snapshot!(
        parallel_screen_after("vi", "en", TopicId::Overview, 80, 24, &actions).backend()
    );
}

/// A row without marks keeps its whole title though other rows' marks take 8
/// columns (" ·fr ·et"): "Vue d’ensemble", not "Vue d’ense…".
#[test]
fn parallel_french_and_estonian_titles_at_100x30() {
    insta::assert_snapshot!(parallel_screen("fr", "et", TopicId::Overview, 100, 30).backend());
}

/// Titles that share their start keep the end that tells them apart, in the
/// parallel view's narrower rows too: "Che co…vendita?", not "Ch…vendita?".
#[test]
fn parallel_italian_titles_at_80x24() {
    insta::assert_snapshot!(parallel_screen("it", "en", TopicId::Overview, 80, 24).backend());
}

/// "Che co…una vendita?" and "Compo…della vendita", not "Che cos’è una…" twice over.
#[test]
fn sidebar_titles_in_italian_at_100x30() {
    insta::assert_snapshot!(screen("it", TopicId::Overview, 100, 30, &[]).backend());
}

// --- the glossary and the quiz --------------------------------------------------------

use sales_vs_service::study::entry::Entry;

fn entry_screen(
    code: &str,
    entry: Entry,
    width: u16,
    height: u16,
    actions: &[Action],
) -> Terminal<TestBackend> {
    let library = Library::builtin().unwrap();
    let mut app = App::new(
        &library,
        Theme::mono(),
        library.find_language(code).unwrap(),
        entry,
        true,
        Size::new(width, height),
    );
    app.seed_quiz(5);
    for action in actions {
        app.update(action.clone());
    }
    draw(&app, width, height)
}

#[test]
fn glossary_at_100x30() {
    insta::assert_snapshot!(entry_screen("is", Entry::Glossary, 100, 30, &[]).backend());
}

/// Wide, the table spans the pane: its rules reach the right edge under the last
/// column as under the others.
#[test]
fn glossary_in_vietnamese_at_200x60() {
    insta::assert_snapshot!(
        entry_screen("vi", Entry::Glossary, 200, 60, &[Action::FocusDetail]).backend()
    );
}

#[test]
fn glossary_at_40x12() {
    insta::assert_snapshot!(entry_screen("vi", Entry::Glossary, 40, 12, &[]).backend());
}

#[test]
fn quiz_question_in_french_at_80x24() {
    let actions = [Action::FocusDetail, Action::Continue];
    insta::assert_snapshot!(entry_screen("fr", Entry::Quiz, 80, 24, &actions).backend());
}

#[test]
fn quiz_answer_in_icelandic_at_80x24() {
    let actions = [
        Action::FocusDetail,
        Action::Continue,
        Action::Answer(sales_vs_service::study::quiz::Side::Sales),
    ];
    insta::assert_snapshot!(entry_screen("is", Entry::Quiz, 80, 24, &actions).backend());
}

/// A wrong answer names the right side as the answer and what the reader said (seed 5
/// asks a sales statement first).
#[test]
fn quiz_wrong_answer_in_french_at_80x24() {
    let actions = [
        Action::FocusDetail,
        Action::Continue,
        Action::Answer(sales_vs_service::study::quiz::Side::Service),
    ];
    insta::assert_snapshot!(entry_screen("fr", Entry::Quiz, 80, 24, &actions).backend());
}

#[test]
fn quiz_wrong_answer_in_english_at_80x24() {
    let actions = [
        Action::FocusDetail,
        Action::Continue,
        Action::Answer(sales_vs_service::study::quiz::Side::Service),
    ];
    insta::assert_snapshot!(entry_screen("en", Entry::Quiz, 80, 24, &actions).backend());
}

/// At the smallest size the verdict is on screen right after the answer.
#[test]
fn quiz_answer_at_40x12_shows_the_verdict() {
    let actions = [
        Action::FocusDetail,
        Action::Continue,
        Action::Answer(sales_vs_service::study::quiz::Side::Service),
    ];
    insta::assert_snapshot!(entry_screen("fr", Entry::Quiz, 40, 12, &actions).backend());
}

// --- each region on its own, at narrow widths, in monochrome ----------------------------

/// The status line keeps help and quit however narrow, the rest while they fit.
#[test]
fn the_status_line_drops_hints_by_their_need_never_help_and_quit() {
    let library = Library::builtin().unwrap();
    let status_at = |width: u16| {
        let app = App::new(
            &library,
            Theme::mono(),
            0,
            TopicId::Overview,
            true,
            Size::new(width, 12),
        );
        row_text(draw(&app, width, 12).backend().buffer(), 11)
    };
    let wide = status_at(120);
    for hint in [
        "? Help",
        "q Quit",
        "l Next language",
        "/ Search",
        "z Hide / show topics",
        "↑↓ Move / scroll",
    ] {
        assert!(wide.contains(hint), "{hint} at 120: {wide}");
    }
    // Where not every hint fits, the one a reader can best do without goes first.
    let middle = (40..120)
        .map(status_at)
        .find(|status| status.contains("l Next language") && !status.contains("↑↓ Move / scroll"))
        .expect("some width keeps the language key and drops the arrows");
    assert!(
        middle.contains("? Help") && middle.contains("q Quit"),
        "{middle}"
    );
    for width in 20..=40 {
        let narrow = status_at(width);
        assert!(
            narrow.contains("? Help") && narrow.contains("q Quit"),
            "at {width}: {narrow}"
        );
        assert!(narrow.width() <= usize::from(width));
    }
}

/// `/CSAT`, Enter, `n`: the search went round, and the status line says so at its
/// right end, in reverse video, three columns at least from the hints, not run into
/// them ("q QuitSearch wrapped…").
#[test]
fn a_message_is_set_apart_from_the_hints_at_100x24() {
    let library = Library::builtin().unwrap();
    let mut statuses = Vec::new();
    for code in ["en", "is", "et"] {
        let mut actions = vec![Action::OpenSearch];
        actions.extend(typing("CSAT"));
        actions.extend([Action::OpenMatch, Action::NextMatch]);
        let terminal = screen(code, TopicId::Overview, 100, 24, &actions);
        let buffer = terminal.backend().buffer();
        let status = row_text(buffer, 23);
        let ui = &library.language(library.find_language(code).unwrap()).ui;
        let message = format!(" {} ", ui.search.wrapped_to_top);
        let at = status.find(&message).expect("the whole message");
        assert!(status[..at].ends_with("   "), "set apart: {status}");
        assert!(status.contains("? ") && status.contains("q "), "{status}");
        let column = u16::try_from(status[..at].width()).unwrap();
        let reversed = (column..column + u16::try_from(message.width()).unwrap())
            .all(|x| modifiers_at(buffer, x, 23).contains(Modifier::REVERSED));
        assert!(reversed, "{code}: the message stands out");
        statuses.push(status);
    }
    insta::assert_snapshot!(statuses.join("\n"));
}

/// At every width the message is whole while the line can hold it with the count, and
/// the hints give way first: fewer, then none; never closer than three columns.
#[test]
fn hints_give_way_to_a_message_before_it_is_cut() {
    let library = Library::builtin().unwrap();
    let fr = library.find_language("fr").unwrap();
    let message = library.language(fr).ui.search.wrapped_to_top.to_string();
    let mut none = 0;
    for width in 20..=120 {
        let mut app = App::new(
            &library,
            Theme::mono(),
            fr,
            TopicId::Overview,
            true,
            Size::new(width, 12),
        );
        app.update(Action::OpenSearch);
        for action in typing("CSAT") {
            app.update(action);
        }
        app.update(Action::OpenMatch);
        app.update(Action::NextMatch);
        let status = row_text(draw(&app, width, 12).backend().buffer(), 11);
        let status = status.trim_end();
        assert!(status.width() <= usize::from(width));
        // " message " in reverse video, a space, "1/1 ".
        if message.width() + 7 <= usize::from(width) {
            let before = status
                .strip_suffix(&format!(" {message}  1/1"))
                .unwrap_or_else(|| panic!("whole at {width}: {status}"));
            if before.trim().is_empty() {
                none += 1;
            } else {
                assert!(before.ends_with("   "), "at {width}: {status}");
            }
        } else {
            assert!(status.contains('…') && status.ends_with(" 1/1"), "{status}");
        }
        // Said once; the count stays, as far from the hints.
        app.update(Action::Down);
        let status = row_text(draw(&app, width, 12).backend().buffer(), 11);
        let before = status.trim_end().strip_suffix("1/1").unwrap();
        assert!(
            before.trim().is_empty() || before.ends_with("   "),
            "at {width}: {status}"
        );
    }
    assert!(none > 0, "at some width, no hint at all");
}

/// The help says when there is more above or below.
#[test]
fn the_help_shows_which_way_there_is_more() {
    let library = Library::builtin().unwrap();
    let mut app = App::new(
        &library,
        Theme::mono(),
        0,
        TopicId::Overview,
        true,
        Size::new(60, 14),
    );
    app.update(Action::ToggleHelp);
    let footer = |app: &App| row_text(draw(app, 60, 14).backend().buffer(), 12);
    assert!(
        footer(&app).contains(" ↓ ") && !footer(&app).contains("↑"),
        "{}",
        footer(&app)
    );
    app.update(Action::Down);
    assert!(footer(&app).contains(" ↑↓ "), "{}", footer(&app));
    app.update(Action::Bottom);
    assert!(
        footer(&app).contains(" ↑ ") && !footer(&app).contains("↓"),
        "{}",
        footer(&app)
    );
}

/// The detail pane's bottom border says how far into the text the view is.
#[test]
fn the_detail_pane_shows_how_far_in_the_text_is() {
    let library = Library::builtin().unwrap();
    let mut app = App::new(
        &library,
        Theme::mono(),
        0,
        TopicId::Comparison,
        true,
        Size::new(40, 12),
    );
    app.update(Action::FocusDetail);
    let border = |app: &App| row_text(draw(app, 40, 12).backend().buffer(), 10);
    assert!(border(&app).contains(" 0% "), "{}", border(&app));
    app.update(Action::PageDown);
    let middle = border(&app);
    let percent: usize = middle
        .split('%')
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .and_then(|number| number.parse().ok())
        .unwrap();
    assert!((1..100).contains(&percent), "{middle}");
    app.update(Action::Bottom);
    assert!(border(&app).contains(" 100% "), "{}", border(&app));
    let fits = App::new(
        &library,
        Theme::mono(),
        0,
        TopicId::Conclusion,
        true,
        Size::new(100, 30),
    );
    assert!(
        !row_text(draw(&fits, 100, 30).backend().buffer(), 28).contains('%'),
        "no percentage when it all fits"
    );
}

/// A click on a row of a scrolled sidebar chooses the entry drawn there.
#[test]
fn a_click_in_a_scrolled_sidebar_chooses_what_is_drawn_there() {
    let library = Library::builtin().unwrap();
    let mut app = App::new(
        &library,
        Theme::mono(),
        0,
        Entry::Quiz,
        true,
        Size::new(40, 12),
    );
    assert!(
        app.sidebar_offset() > 0,
        "the list scrolled to the last entry"
    );
    let terminal = draw(&app, 40, 12);
    let buffer = terminal.backend().buffer();
    let Screen::Full(regions) = app.screen() else {
        panic!("40x12 is full")
    };
    let sidebar = regions.sidebar.unwrap();
    // The row that shows "Glossary", whatever the scroll.
    let y = (sidebar.y + 1..sidebar.bottom() - 1)
        .find(|&y| row_text(buffer, y).contains("Glossary"))
        .expect("the glossary is on screen");
    let hit = sales_vs_service::tui::mouse::hit(app.layout(), sidebar.x + 2, y);
    let action = sales_vs_service::tui::mouse::action_for_gesture(
        sales_vs_service::tui::mouse::Gesture::Click,
        hit,
        app.sidebar_offset(),
    )
    .unwrap();
    app.update(action);
    assert_eq!(app.place().entry, Entry::Glossary);
}

/// A frame of another size than the app was told (a resize still on its way) is drawn
/// within the frame, never past it.
#[test]
fn a_frame_of_another_size_than_the_viewport_is_drawn_within_it() {
    let library = Library::builtin().unwrap();
    for (told, frame) in [
        ((100, 30), (60, 20)),
        ((60, 20), (140, 40)),
        ((80, 24), (19, 5)),
        ((19, 5), (80, 24)),
    ] {
        let app = App::new(
            &library,
            Theme::mono(),
            5,
            TopicId::Comparison,
            true,
            Size::new(told.0, told.1),
        );
        let terminal = draw(&app, frame.0, frame.1);
        assert_fits(
            terminal.backend().buffer(),
            &format!("{told:?} drawn at {frame:?}"),
        );
    }
}

/// In a narrow list, the labels take at most a third of its width, cut where longer,
/// so the snippets keep the rest.
#[test]
fn search_labels_take_at_most_a_third_of_a_narrow_list() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend(typing("thjonusta"));
    actions.push(Action::ToggleScope);
    let terminal = screen("en", TopicId::Overview, 40, 12, &actions);
    let buffer = terminal.backend().buffer();
    let rows: Vec<String> = (0..12).map(|y| row_text(buffer, y)).collect();
    // The list's rows, between its borders: " IS Hvað er…   Hvað er þjónusta?".
    let labels: Vec<&str> = rows
        .iter()
        .filter_map(|row| row.strip_prefix("┃ ")?.split("  ").next())
        .collect();
    assert!(labels.len() >= 5, "{}", rows.join("\n"));
    let third = (40 - 2) / 3;
    for label in &labels {
        assert!(label.width() <= third, "{label:?} in {}", rows.join("\n"));
    }
    assert!(
        labels.iter().any(|label| label.ends_with('…')),
        "a longer label is cut: {labels:?}"
    );
}
