//! What `check` reports per language: the topics it has, those it borrows from English,
//! how many texts are still to translate, every problem, and the warnings that do not
//! stop the file from loading (a topic whose blocks differ from the English), so a
//! translator sees the whole state of a file at once.

use super::align::describe;
use super::error::{ContentError, JsonPath};
use super::library::{FALLBACK_CODE, SourceFile, incomplete_english, parse_language};
use super::locate::Locator;
use super::model::{Language, Topic, TopicId};

#[derive(Debug, Clone)]
pub struct LanguageReport {
    pub file: String,
    pub code: String,
    /// The language's own name, when the file could be read that far.
    pub name: Option<String>,
    pub present: Vec<TopicId>,
    pub fell_back: Vec<TopicId>,
    pub problems: Vec<ContentError>,
    /// What loads but may not be meant: a topic whose parts differ from the English.
    pub warnings: Vec<ContentError>,
    /// The texts still marked `untranslated`: what is left to translate.
    pub untranslated: usize,
}

impl LanguageReport {
    /// Warnings do not count: the file loads and reads as it is.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

pub fn check_files(files: &[SourceFile]) -> Vec<LanguageReport> {
    let parsed: Vec<Result<Language, Vec<ContentError>>> =
        files.iter().map(parse_language).collect();
    let english = files
        .iter()
        .zip(&parsed)
        .find(|(file, _)| file.code == FALLBACK_CODE)
        .and_then(|(_, language)| language.as_ref().ok());
    files
        .iter()
        .zip(parsed.iter())
        .map(|(file, parsed)| match parsed {
            Ok(language) => {
                let present: Vec<TopicId> = language.topics.iter().map(|topic| topic.id).collect();
                let fell_back = TopicId::ALL
                    .into_iter()
                    .filter(|id| !present.contains(id))
                    .collect();
                let (problems, warnings) = if language.code == FALLBACK_CODE {
                    (
                        incomplete_english(language, file).into_iter().collect(),
                        Vec::new(),
                    )
                } else {
                    let warnings = english
                        .map_or_else(Vec::new, |english| shape_warnings(language, english, file));
                    (Vec::new(), warnings)
                };
                LanguageReport {
                    file: file.name.clone(),
                    code: file.code.clone(),
                    name: Some(language.name.to_string()),
                    present,
                    fell_back,
                    problems,
                    warnings,
                    untranslated: language.topics.iter().map(Topic::untranslated).sum(),
                }
            }
            Err(problems) => LanguageReport {
                file: file.name.clone(),
                code: file.code.clone(),
                name: None,
                present: Vec::new(),
                fell_back: Vec::new(),
                problems: problems.clone(),
                warnings: Vec::new(),
                untranslated: 0,
            },
        })
        .collect()
}

/// Each topic whose blocks differ from the English one's (in kind, or in the number
/// of items or rows), with both shapes: its parts cannot all be paired.
fn shape_warnings(language: &Language, english: &Language, file: &SourceFile) -> Vec<ContentError> {
    // Read into a syntax tree only where there is something to place: most files
    // have English's shape.
    let mut locator = None;
    let mut warnings = Vec::new();
    for topic in &language.topics {
        let Some(reference) = english.topics.iter().find(|other| other.id == topic.id) else {
            continue;
        };
        let (shape, reference_shape) = (topic.shape(), reference.shape());
        if shape == reference_shape {
            continue;
        }
        let locator = locator.get_or_insert_with(|| Locator::new(&file.text));
        let path = locator
            .index_where(&JsonPath::default().key("topics"), "id", topic.id.as_str())
            .map_or_else(JsonPath::default, |index| {
                JsonPath::default().key("topics").index(index)
            });
        warnings.push(ContentError {
            file: file.name.clone(),
            position: locator.locate(&path),
            path: path.to_string(),
            message: format!(
                "`{}` has other blocks than in English ({FALLBACK_CODE}: {}; {}: {}): side by side with English, only the blocks that match are paired, the others stand alone",
                topic.id,
                describe(&reference_shape),
                language.code,
                describe(&shape),
            ),
        });
    }
    warnings
}
