//! What a run starts from: the content (built in, or with `--content-dir`), and the
//! language and topic the command line, the locale or the remembered place ask for.

use std::path::Path;

use clap::error::ErrorKind;

use crate::cli::failure::Failure;
use crate::cli::locale;
use crate::content::{
    ContentError, ContentErrors, Library, SourceFile, TopicId, builtin_files, merge, read_folder,
};

/// The library: the built-in languages with `--content-dir`'s over them, parsed and
/// validated.
pub fn load_library(dir: Option<&Path>) -> Result<Library, Failure> {
    load_content(dir).map(|(library, _)| library)
}

/// The library, and the files it was made from (the explorer watches the folder's).
pub fn load_content(dir: Option<&Path>) -> Result<(Library, Vec<SourceFile>), Failure> {
    let (files, unreadable) = content_files(dir)?;
    if !unreadable.is_empty() {
        return Err(Failure::Content(ContentErrors(unreadable)));
    }
    let library = Library::from_files(&files).map_err(Failure::Content)?;
    Ok((library, files))
}

/// The files `check` reports on, and the folder's files that could not be read.
pub fn content_files(dir: Option<&Path>) -> Result<(Vec<SourceFile>, Vec<ContentError>), Failure> {
    let builtin = builtin_files();
    match dir {
        Some(dir) => {
            let folder = read_folder(dir).map_err(Failure::Content)?;
            Ok((merge(builtin, folder.files), folder.unreadable))
        }
        None => Ok((builtin, Vec::new())),
    }
}

/// Subcommands are predictable for scripts: `--lang`, else the locale; never the
/// remembered place.
pub fn scripted_language(library: &Library, flag: Option<&str>) -> Result<usize, Failure> {
    match flag {
        Some(code) => language_flag(library, code, "--lang"),
        None => Ok(locale_language(library)),
    }
}

/// The locale's language, or English where the locale names none we have.
pub fn locale_language(library: &Library) -> usize {
    locale::language_code(|name| std::env::var(name).ok())
        .and_then(|code| library.find_language(&code))
        .unwrap_or(library.english())
}

/// `--lang CODE` (in any case, or as a locale such as `fr_FR.UTF-8`), or a usage
/// error that lists the languages.
pub fn language_flag(library: &Library, code: &str, flag: &str) -> Result<usize, Failure> {
    library
        .find_language(&locale::language_of(code))
        .ok_or_else(|| {
            let valid: Vec<String> = library
                .languages()
                .iter()
                .map(|l| format!("{} ({})", l.code, l.name))
                .collect();
            Failure::Usage(
                ErrorKind::InvalidValue,
                format!(
                    "unknown language '{code}' for '{flag}'; the languages are: {}",
                    valid.join(", ")
                ),
            )
        })
}

/// A topic id given as `what`, or a usage error that lists the ids.
pub fn topic_argument(id: &str, what: &str) -> Result<TopicId, Failure> {
    TopicId::parse(id).ok_or_else(|| {
        let valid: Vec<&str> = TopicId::ALL.iter().map(|id| id.as_str()).collect();
        Failure::Usage(
            ErrorKind::InvalidValue,
            format!(
                "unknown topic '{id}' for '{what}'; the topics are: {}",
                valid.join(", ")
            ),
        )
    })
}
