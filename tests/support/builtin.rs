//! The built-in language files as fixtures: one of them, or all of them with one
//! replaced, the way a content folder's file replaces a built-in one.

use std::borrow::Cow;

use sales_vs_service::content::{SourceFile, builtin_files};

/// The built-in file of the language `code`.
pub fn builtin_file(code: &str) -> SourceFile {
    builtin_files()
        .into_iter()
        .find(|file| file.code == code)
        .unwrap_or_else(|| panic!("no built-in language \"{code}\""))
}

/// The text of the built-in file of the language `code`.
pub fn builtin_text(code: &str) -> String {
    builtin_file(code).text.into_owned()
}

/// The built-in files with `file` in the place of the one of its language.
pub fn builtin_files_with(file: SourceFile) -> Vec<SourceFile> {
    let mut files = builtin_files();
    let slot = files
        .iter_mut()
        .find(|builtin| builtin.code == file.code)
        .unwrap_or_else(|| panic!("no built-in language \"{}\"", file.code));
    *slot = file;
    files
}

/// The built-in files with `code`'s text replaced; the file keeps its built-in name,
/// so errors name `assets/content/<code>.json`.
pub fn builtin_files_with_text(code: &str, text: String) -> Vec<SourceFile> {
    builtin_files_with(SourceFile {
        text: Cow::Owned(text),
        ..builtin_file(code)
    })
}
