//! The parallel view: a second language beside the first.

use super::*;

#[test]
fn p_sets_english_beside_and_in_english_the_language_read_before() {
    let library = library();
    let fr = language(&library, "fr");
    let en = library.english();
    let mut app = app_at(&library, fr, TopicId::Comparison, 160, 40);
    app.update(Action::ToggleParallel);
    assert_eq!(app.beside(), Some(en));
    app.update(Action::PickLanguage(en));
    assert_eq!(
        app.beside(),
        Some(fr),
        "English on the left: the language read before on the right"
    );
    app.update(Action::ToggleParallel);
    assert_eq!(app.beside(), None);
    assert!(!app.update(Action::ToggleSidebar) || app.beside().is_none());
}

#[test]
fn o_cycles_the_second_language_past_the_first_and_a_click_on_its_name_does_too() {
    let library = library();
    let count = library.languages().len();
    let fr = language(&library, "fr");
    let mut app = app_at(&library, fr, TopicId::Comparison, 160, 40);
    app.update(Action::CycleSecond);
    assert!(app.place().parallel, "o opens the parallel view");
    let mut seen = vec![app.beside().unwrap()];
    for _ in 1..count - 1 {
        app.update(Action::CycleSecond);
        seen.push(app.beside().unwrap());
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), count - 1, "every other language, once");
    assert!(!seen.contains(&fr), "never the first language itself");
    // The same by the mouse, through the one layout.
    let before = app.beside();
    let Screen::Full(regions) = app.screen() else {
        panic!("160x40 is full")
    };
    let name = regions.second_name.expect("its name is on the border");
    let hit = crate::tui::mouse::hit(app.layout(), name.x, name.y);
    assert_eq!(hit, crate::tui::mouse::Hit::SecondLanguage);
    let action =
        crate::tui::mouse::action_for_gesture(crate::tui::mouse::Gesture::Click, hit, 0).unwrap();
    app.update(action);
    assert_ne!(app.beside(), before);
}

#[test]
fn choosing_the_second_language_on_the_left_puts_the_first_on_the_right() {
    let library = library();
    let fr = language(&library, "fr");
    let is = language(&library, "is");
    let place = Place {
        parallel: true,
        second: Some(is),
        viewport: Size::new(160, 40),
        ..Place::at(fr, Entry::Topic(TopicId::Differences))
    };
    let mut app = App::at(&library, Theme::mono(), place, true);
    assert_eq!(app.beside(), Some(is));
    app.update(Action::PickLanguage(is));
    assert_eq!((app.place().language, app.beside()), (is, Some(fr)));
}

/// A remembered second language that is no longer loaded is forgotten, not kept to
/// be written back; the last one loaded is kept.
#[test]
fn a_remembered_second_language_must_be_loaded() {
    let library = library();
    let count = library.languages().len();
    for (second, kept) in [(count, None), (count - 1, Some(count - 1))] {
        let place = Place {
            parallel: true,
            second: Some(second),
            viewport: Size::new(160, 40),
            ..Place::at(0, Entry::Topic(TopicId::Overview))
        };
        let app = App::at(&library, Theme::mono(), place, true);
        assert_eq!(app.place().second, kept, "{second} of {count}");
    }
}

#[test]
fn the_place_is_kept_into_and_out_of_the_parallel_view() {
    let library = library();
    let mut app = app(&library, 160, 10);
    assert!(scroll_to_row_5(&mut app));
    assert_ne!(
        app.place().anchor,
        Anchor::End,
        "row 5 at the top, not the end"
    );
    app.update(Action::ToggleParallel);
    assert_eq!(top(&app), (ROW_5, 0), "row 5 at the top, both sides");
    let line = app.document().text_start(app.scroll());
    let text: String = app.document().lines[line]
        .spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect();
    assert!(text.starts_with("Typical interactions"), "{text}");
    app.update(Action::Down);
    app.update(Action::ToggleParallel);
    assert_eq!(top(&app).0, ROW_5);
    // A switch of the first language keeps it too.
    app.update(Action::ToggleParallel);
    app.update(Action::PickLanguage(language(&library, "vi")));
    assert_eq!(top(&app).0, ROW_5);
}
