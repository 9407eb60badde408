//! The languages, loaded and validated once, and topic lookup with the English fallback.

use std::borrow::Cow;

use serde_path_to_error::Segment;

use super::error::{ContentError, ContentErrors, JsonPath};
use super::locate::{Locator, position_of_byte, position_of_serde};
use super::located;
use super::model::{Language, Origin, Topic, TopicId, UiText};
use super::shape::in_file_terms;
use super::validate::validate;

/// English: the reference text every other language falls back to.
pub const FALLBACK_CODE: &str = "en";

/// A language file's text, whether compiled in or read from a folder.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// How errors name the file (a path the user recognises).
    pub name: String,
    /// The code the file is named for (`fr` for `fr.json`).
    pub code: String,
    /// Borrowed for the compiled-in files.
    pub text: Cow<'static, str>,
}

/// A topic as shown in some language, and whether it had to come from English.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    pub topic: &'a Topic,
    pub fell_back: bool,
}

impl<'a> Shown<'a> {
    /// The tag of the topic's heading, in the reader's language: shown in English (the
    /// language lacks it, or has not translated it yet), or written for the project.
    /// The source's own text and English are not tagged.
    pub fn tag<'u>(&self, ui: &'u UiText) -> Option<&'u str> {
        if self.fell_back {
            return Some(&ui.in_english);
        }
        match self.topic.origin {
            Origin::Translation => Some(&ui.translated),
            Origin::Untranslated => Some(&ui.in_english),
            Origin::Source | Origin::Reference => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Library {
    /// In language-bar order; English is present and complete.
    languages: Vec<Language>,
    english: usize,
}

impl Library {
    /// Parses and validates every file; reports every problem of every file at once.
    pub fn from_files(files: &[SourceFile]) -> Result<Library, ContentErrors> {
        let mut languages = Vec::with_capacity(files.len());
        let mut errors = Vec::new();
        for file in files {
            match parse_language(file) {
                Ok(language) => languages.push(language),
                Err(mut file_errors) => errors.append(&mut file_errors),
            }
        }
        if !errors.is_empty() {
            return Err(ContentErrors(errors));
        }
        let english = languages
            .iter()
            .position(|language| language.code == FALLBACK_CODE);
        let Some(english) = english else {
            return Err(ContentErrors(vec![ContentError {
                file: files
                    .first()
                    .map_or_else(String::new, |file| file.name.clone()),
                position: None,
                path: String::new(),
                message: "no English file (en.json): English is the fallback of every language"
                    .into(),
            }]));
        };
        if let Some(error) = incomplete_english(&languages[english], &files[english]) {
            return Err(ContentErrors(vec![error]));
        }
        Ok(Library { languages, english })
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, index: usize) -> &Language {
        &self.languages[index.min(self.languages.len() - 1)]
    }

    pub fn find_language(&self, code: &str) -> Option<usize> {
        self.languages
            .iter()
            .position(|language| language.code == code)
    }

    pub fn english(&self) -> usize {
        self.english
    }

    /// The topic in the language, or the English one (saying so) where the language
    /// lacks it.
    pub fn topic(&self, language: usize, id: TopicId) -> Shown<'_> {
        if let Some(topic) = find_topic(self.language(language), id) {
            return Shown {
                topic,
                fell_back: false,
            };
        }
        let topic = find_topic(&self.languages[self.english], id)
            .expect("from_files checked that English has every topic");
        Shown {
            topic,
            fell_back: true,
        }
    }
}

/// English is the fallback of every language, so it must have every topic.
pub(super) fn incomplete_english(english: &Language, file: &SourceFile) -> Option<ContentError> {
    let missing: Vec<&str> = TopicId::ALL
        .into_iter()
        .filter(|id| find_topic(english, *id).is_none())
        .map(TopicId::as_str)
        .collect();
    (!missing.is_empty()).then(|| ContentError {
        file: file.name.clone(),
        position: None,
        path: "topics".into(),
        message: format!(
            "English is the fallback of every language and must have every topic; missing: {}",
            missing.join(", ")
        ),
    })
}

fn find_topic(language: &Language, id: TopicId) -> Option<&Topic> {
    language.topics.iter().find(|topic| topic.id == id)
}

/// One file: the shape through serde (with line, column and path), then the rules.
pub(super) fn parse_language(file: &SourceFile) -> Result<Language, Vec<ContentError>> {
    // The fast path: a valid file parses straight into the model. Only a file with an
    // error is read a second time, tracking the path, to say where the error is.
    let mut language: Language = match serde_json::from_str(&file.text) {
        Ok(language) => language,
        Err(error) => return Err(vec![locate_shape_error(file, &error)]),
    };
    let problems = validate(&language, &file.code);
    if !problems.is_empty() {
        let locator = Locator::new(&file.text);
        return Err(problems
            .into_iter()
            .map(|problem| ContentError {
                file: file.name.clone(),
                position: locator.locate(&problem.path),
                path: problem.path.to_string(),
                message: problem.message,
            })
            .collect());
    }
    // The sidebar order is the topic order, whatever order the file lists them in.
    language.topics.sort_by_key(|topic| topic.id);
    Ok(language)
}

/// The shape error of a file: where it is, and what is wrong, in the file's terms.
/// A file that is JSON is read again from its syntax tree, which tells the error at
/// the value it concerns (`located`); one that is not JSON (a missing comma, an
/// unclosed string) is told where serde_json found it stop being JSON, with the path
/// serde_path_to_error followed up to there.
fn locate_shape_error(file: &SourceFile, error: &serde_json::Error) -> ContentError {
    if let Some(located) = located::first_error::<Language>(&file.text) {
        return ContentError {
            file: file.name.clone(),
            position: Some(position_of_byte(&file.text, located.offset)),
            path: located.path.to_string(),
            message: in_file_terms(&located.message, &located.path, &file.text),
        };
    }
    let mut deserializer = serde_json::Deserializer::from_str(&file.text);
    let parsed: Result<Language, _> = serde_path_to_error::deserialize(&mut deserializer);
    match parsed {
        Err(tracked) => {
            let path = json_path(tracked.path());
            told_by_serde(file, &path, &tracked.into_inner())
        }
        // The error is after the object (trailing text), where there is no path.
        Ok(_) => told_by_serde(file, &JsonPath::default(), error),
    }
}

fn told_by_serde(file: &SourceFile, path: &JsonPath, error: &serde_json::Error) -> ContentError {
    let message = without_location(error);
    ContentError {
        file: file.name.clone(),
        position: (error.line() > 0)
            .then(|| position_of_serde(&file.text, error.line(), error.column())),
        path: path.to_string(),
        message: in_file_terms(&message, path, &file.text),
    }
}

/// serde_path_to_error's path in our notation; the segments it could not name are
/// dropped, so the path stays a valid prefix.
fn json_path(path: &serde_path_to_error::Path) -> JsonPath {
    let mut json = JsonPath::default();
    for segment in path {
        json = match segment {
            Segment::Seq { index } => json.index(*index),
            Segment::Map { key } => json.key(key),
            Segment::Enum { .. } | Segment::Unknown => break,
        };
    }
    json
}

/// serde_json appends " at line L column C" to its messages; the position is reported
/// separately, in editor form.
fn without_location(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rsplit_once(" at line ") {
        Some((text, _)) => text.to_owned(),
        None => message,
    }
}
