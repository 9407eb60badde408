//! The idle pass: what it lays out and indexes ahead changes nothing a key shows.

use super::*;

/// While idle, the explorer lays out the texts a key may ask for next and makes the
/// search's index: a key during that or after it shows what it shows without it, side
/// by side too (where a switch to the second language swaps the sides), and so does a
/// key back.
#[test]
fn a_key_after_the_idle_pass_shows_what_it_shows_without_it() {
    let library = library();
    let count = library.languages().len();
    let keys: Vec<Vec<Action>> = (0..count)
        .map(|language| vec![Action::PickLanguage(language)])
        .chain(
            [
                Action::NextLanguage,
                Action::PreviousLanguage,
                Action::StepTopic(1),
                Action::StepTopic(-1),
                Action::ToggleParallel,
                Action::ToggleSidebar,
            ]
            .map(|key| vec![key]),
        )
        .chain([
            vec![Action::ToggleSidebar, Action::ToggleSidebar],
            vec![Action::PickLanguage(4), Action::PickLanguage(2)],
            vec![Action::NextLanguage, Action::PreviousLanguage],
            vec![
                Action::OpenSearch,
                Action::Paste("service".into()),
                Action::ToggleScope,
                Action::Down,
                Action::OpenMatch,
            ],
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
        // The whole pass, and the key in the middle of its index.
        for steps in [usize::MAX, 7] {
            for keys in &keys {
                let mut prepared = start();
                let mut done = 0;
                while done < steps && prepared.prepare() {
                    done += 1;
                    assert!(done <= 2 * count, "the idle pass ends");
                }
                let mut fresh = start();
                for key in keys {
                    prepared.update(key.clone());
                    fresh.update(key.clone());
                }
                let after = format!("{entry:?} {keys:?} after {done} steps");
                assert_eq!(page(&prepared), page(&fresh), "{after}");
                assert_eq!(prepared.place(), fresh.place(), "{after}");
                assert_eq!(
                    prepared.search().ranked(),
                    fresh.search().ranked(),
                    "{after}"
                );
            }
        }
    }
}

/// On a screen too small to show the text, the idle pass has only the index to make,
/// and ends.
#[test]
fn the_idle_pass_ends_on_a_screen_too_small_for_the_text() {
    let library = library();
    let mut small = app(&library, 10, 4);
    let steps = std::iter::from_fn(|| small.prepare().then_some(())).count();
    assert!(steps <= library.languages().len(), "{steps} steps");
}
