//! Search: one keystroke's search over all six languages (the index made, as once the
//! explorer has been idle), the index itself (made once, never at start-up), and
//! the keystroke through the app, list and all. Target: a keystroke's search within
//! 0.2 ms.

use divan::Bencher;
use ratatui::layout::Size;
use sales_vs_service::content::{Library, TopicId};
use sales_vs_service::document::theme::Theme;
use sales_vs_service::study::action::Action;
use sales_vs_service::study::search::{Index, Query, Scope};
use sales_vs_service::tui::app::App;

fn main() {
    divan::main();
}

fn library() -> Library {
    Library::builtin().expect("the built-in content is valid")
}

/// What a reader types, letter by letter: short words match much, long ones little.
const QUERIES: [&str; 4] = ["s", "custo", "customer satisfaction", "thjonusta"];

#[divan::bench(args = QUERIES)]
fn keystroke_all_languages(bencher: Bencher, query: &str) {
    let library = library();
    let index = Index::new(&library);
    bencher.bench_local(|| {
        let query = Query::new(divan::black_box(query));
        index.search(&query, Scope::All, 0)
    });
}

#[divan::bench]
fn index_on_first_use() -> usize {
    let library = library();
    divan::black_box(Index::new(&library));
    library.languages().len()
}

/// A letter typed and erased in the open search line, all languages: two searches
/// through `update`, as the reader types.
#[divan::bench]
fn type_and_erase_in_the_app(bencher: Bencher) {
    let library = library();
    let mut app = App::new(
        &library,
        Theme::colour(),
        0,
        TopicId::Overview,
        true,
        Size::new(100, 30),
    );
    app.update(Action::OpenSearch);
    app.update(Action::ToggleScope);
    for c in "custome".chars() {
        app.update(Action::Type(c));
    }
    bencher.bench_local(|| {
        app.update(Action::Type('r'));
        app.update(Action::Erase)
    });
}
