//! Loading: parse and validate all six compiled-in language files (target: under 1 ms).

use sales_vs_service::content::{Library, builtin_files};

fn main() {
    divan::main();
}

#[divan::bench]
fn parse_and_validate_all_languages(bencher: divan::Bencher) {
    let files = builtin_files();
    let bytes: usize = files.iter().map(|file| file.text.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            Library::from_files(divan::black_box(&files)).map(|library| library.languages().len())
        });
}
