//! What `check` reports per language: the topics it has, those it borrows from English,
//! and every problem, so a translator sees the whole state of a file at once.

use super::error::ContentError;
use super::library::{FALLBACK_CODE, SourceFile, incomplete_english, parse_language};
use super::model::TopicId;

#[derive(Debug, Clone)]
pub struct LanguageReport {
    pub file: String,
    pub code: String,
    /// The language's own name, when the file could be read that far.
    pub name: Option<String>,
    pub present: Vec<TopicId>,
    pub fell_back: Vec<TopicId>,
    pub problems: Vec<ContentError>,
}

impl LanguageReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

pub fn check_files(files: &[SourceFile]) -> Vec<LanguageReport> {
    files
        .iter()
        .map(|file| match parse_language(file) {
            Ok(language) => {
                let present: Vec<TopicId> = language.topics.iter().map(|topic| topic.id).collect();
                let fell_back = TopicId::ALL
                    .into_iter()
                    .filter(|id| !present.contains(id))
                    .collect();
                let problems = if language.code == FALLBACK_CODE {
                    incomplete_english(&language, file).into_iter().collect()
                } else {
                    Vec::new()
                };
                LanguageReport {
                    file: file.name.clone(),
                    code: file.code.clone(),
                    name: Some(language.name.to_string()),
                    present,
                    fell_back,
                    problems,
                }
            }
            Err(problems) => LanguageReport {
                file: file.name.clone(),
                code: file.code.clone(),
                name: None,
                present: Vec::new(),
                fell_back: Vec::new(),
                problems,
            },
        })
        .collect()
}
