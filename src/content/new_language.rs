//! A new language's first file: the English text with every topic marked
//! `untranslated`, so the language loads and reads at once (each topic tagged as in
//! English) and `check` counts the topics' texts left to translate.

use super::model::{Block, Language, Origin};

/// The English language as a new language `code`'s starting file. Its name is the
/// code until the translator writes the language's own name for itself; its `ui`
/// strings, glossary and quiz are the English ones, to translate too (`check` does
/// not count them: they have no origin to mark).
pub fn untranslated_copy(english: &Language, code: &str) -> Language {
    let mut language = english.clone();
    language.code = code.into();
    language.name = code.into();
    for topic in &mut language.topics {
        topic.origin = Origin::Untranslated;
        // Every block follows its topic: translating a topic whole and marking it
        // `translation` leaves nothing behind marked otherwise.
        for block in &mut topic.blocks {
            match block {
                Block::Heading { origin, .. }
                | Block::Paragraph { origin, .. }
                | Block::List { origin, .. }
                | Block::Example { origin, .. } => *origin = None,
                Block::Comparison {
                    origin,
                    aspect_origin,
                    ..
                } => {
                    *origin = None;
                    *aspect_origin = None;
                }
            }
        }
    }
    language
}

/// A language as the text of its file: JSON, two spaces an indent, as the built-in
/// files are written.
pub fn file_text(language: &Language) -> String {
    let mut text = serde_json::to_string_pretty(language).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::content::{Library, SourceFile, check_files};

    #[test]
    fn a_new_language_loads_and_counts_every_text_as_left_to_translate() {
        let library = Library::builtin().unwrap();
        let english = library.language(library.english());
        let text = file_text(&untranslated_copy(english, "xx"));
        let file = SourceFile {
            name: "xx.json".into(),
            code: "xx".into(),
            text: Cow::Owned(text),
        };
        let reports = check_files(std::slice::from_ref(&file));
        assert!(reports[0].is_ok(), "{:?}", reports[0].problems);
        let texts: usize = english.topics.iter().map(|topic| topic.texts().len()).sum();
        assert_eq!(reports[0].untranslated, texts);

        let mut files = crate::content::builtin_files();
        files.push(file);
        let library = Library::from_files(&files).unwrap();
        let xx = library.find_language("xx").unwrap();
        for id in crate::content::TopicId::ALL {
            let shown = library.topic(xx, id);
            assert!(!shown.fell_back);
            let ui = &library.language(xx).ui;
            assert_eq!(shown.tag(ui), Some("in English"), "{id}");
        }
    }
}
