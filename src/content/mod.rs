//! Content as data: the language files, their model, loading and validation, and the
//! English fallback. Nothing here knows about the screen.

mod align;
mod check;
mod embedded;
mod error;
mod folder;
mod library;
mod locate;
mod located;
mod model;
mod new_language;
mod read_block;
mod shape;
mod validate;
mod walk;
mod watch;

pub use align::{BlockShape, Pairing, align, describe};
pub use check::{LanguageReport, check_files};
pub use embedded::builtin_files;
pub use error::{ContentError, ContentErrors, Position};
pub use folder::{decode_file, merge, read_folder};
pub use library::{FALLBACK_CODE, Library, Shown, SourceFile};
pub use locate::{Passage, line_of};
pub use model::{
    Block, BlockKind, Glossary, GlossaryEntry, Language, ListStyle, Origin, QuizStatement,
    QuizStatements, Row, Side, TermId, Text, Topic, TopicId, UiText,
};
pub use new_language::{file_text, untranslated_copy};
pub use validate::{BLANK, QUIZ_TOPICS, is_valid_code, side_word_in};
pub use walk::{Cell, Part, Spot};
pub use watch::{News, Watch};

impl Library {
    /// The content compiled into the program: what completions, the man page and
    /// `content init` read; a run loads through `from_files`, with `--content-dir`'s
    /// files among them.
    pub fn builtin() -> Result<Library, ContentErrors> {
        Library::from_files(&builtin_files())
    }
}

/// The built-in library with `blocks` of a language's topic removed: every built-in
/// topic has English's shape, but a translator's file (`--content-dir`) may not.
#[cfg(test)]
pub(crate) fn library_without_blocks(
    code: &str,
    topic: TopicId,
    blocks: std::ops::Range<usize>,
) -> Library {
    let mut files = builtin_files();
    let file = files
        .iter_mut()
        .find(|file| file.code == code)
        .expect("a built-in language");
    let mut value: serde_json::Value = serde_json::from_str(&file.text).expect("valid JSON");
    let own = value["topics"]
        .as_array_mut()
        .and_then(|topics| topics.iter_mut().find(|own| own["id"] == topic.as_str()))
        .expect("the topic");
    own["blocks"]
        .as_array_mut()
        .expect("its blocks")
        .drain(blocks);
    file.text = serde_json::to_string(&value).expect("JSON").into();
    Library::from_files(&files).expect("valid content")
}

#[cfg(test)]
mod schema_tests {
    use std::path::Path;

    use super::Language;

    /// `assets/content/schema.json` is generated from the model; this keeps the two
    /// equal. Checking and regenerating are two runs: the check only compares, and a
    /// run asked to regenerate (`UPDATE_SCHEMA=1 cargo test schema`) writes a file that
    /// was out of date and still fails, so a regenerated schema is never what made a
    /// check pass. The next run checks what was written.
    #[test]
    fn the_committed_schema_is_the_generated_one() {
        let mut generated = serde_json::to_string_pretty(&schemars::schema_for!(Language)).unwrap();
        generated.push('\n');
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/content/schema.json");
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == generated {
            return;
        }
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &generated).unwrap();
            panic!(
                "assets/content/schema.json was out of date and has been regenerated: review \
                 and commit it; the next `cargo test` checks it"
            );
        }
        panic!(
            "assets/content/schema.json is out of date: regenerate it with \
             UPDATE_SCHEMA=1 cargo test schema, then run the tests again"
        );
    }

    #[test]
    fn the_schema_refuses_unknown_fields_and_lists_the_topic_and_term_ids() {
        let text = serde_json::to_string(&schemars::schema_for!(Language)).unwrap();
        assert!(text.contains("\"additionalProperties\":false"));
        for id in super::TopicId::ALL {
            assert!(text.contains(&format!("\"{id}\"")), "{id}");
        }
        for id in super::TermId::ALL {
            assert!(text.contains(&format!("\"{id}\":")), "{id}");
        }
    }
}
