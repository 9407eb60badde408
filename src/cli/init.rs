//! `content init`: the built-in language files written into a folder, where a
//! translator edits them and tries them with `--content-dir`; or a new language's
//! first file, the English with every topic marked still to translate. Nothing is
//! overwritten without `--force`: a folder that already holds one of the files is
//! left as it was, with none of them written.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use clap::error::ErrorKind;

use crate::cli::failure::Failure;
use crate::cli::setup::language_flag;
use crate::content::{Library, Topic, builtin_files, file_text, is_valid_code, untranslated_copy};

/// What `content init` was asked for.
pub struct Init<'a> {
    pub dir: &'a Path,
    /// The built-in languages to write (none: all, unless `new` is given).
    pub lang: &'a [String],
    /// A new language to start from the English.
    pub new: Option<&'a str>,
    pub force: bool,
}

/// A file to write, and what to say of it.
struct Planned {
    path: PathBuf,
    text: String,
    note: String,
}

/// Writes the files; what was written, as a few lines for the translator.
pub fn run(init: &Init, library: &Library) -> Result<String, Failure> {
    let planned = plan(init, library)?;
    if !init.force {
        let there: Vec<String> = planned
            .iter()
            .filter(|file| file.path.symlink_metadata().is_ok())
            .map(|file| file.path.display().to_string())
            .collect();
        if !there.is_empty() {
            return Err(Failure::Io(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{} already there: nothing was written; --force overwrites",
                    there.join(", ")
                ),
            )));
        }
    }
    let in_context = |path: &Path, error: io::Error| {
        Failure::Io(io::Error::new(
            error.kind(),
            format!("{}: {error}", path.display()),
        ))
    };
    std::fs::create_dir_all(init.dir).map_err(|error| in_context(init.dir, error))?;
    let mut out = String::new();
    for file in &planned {
        std::fs::write(&file.path, &file.text).map_err(|error| in_context(&file.path, error))?;
        let _ = writeln!(out, "wrote {}{}", file.path.display(), file.note);
    }
    let _ = writeln!(
        out,
        "Edit them, then: sales-vs-service check --content-dir {dir}\n\
         and read them:   sales-vs-service --content-dir {dir}",
        dir = init.dir.display()
    );
    Ok(out)
}

/// The files `init` asks for, or a usage error that says why not.
fn plan(init: &Init, library: &Library) -> Result<Vec<Planned>, Failure> {
    let builtin = builtin_files();
    let codes: Vec<String> = if init.lang.is_empty() && init.new.is_none() {
        builtin.iter().map(|file| file.code.clone()).collect()
    } else {
        init.lang
            .iter()
            .map(|code| {
                let language = language_flag(library, code, "--lang")?;
                Ok(library.language(language).code.to_string())
            })
            .collect::<Result<_, Failure>>()?
    };
    let mut planned = Vec::new();
    for code in codes {
        if planned
            .iter()
            .any(|file: &Planned| file.path.ends_with(format!("{code}.json")))
        {
            continue;
        }
        let Some(file) = builtin.iter().find(|file| file.code == code) else {
            continue;
        };
        planned.push(Planned {
            path: init.dir.join(format!("{code}.json")),
            text: file.text.to_string(),
            note: String::new(),
        });
    }
    if let Some(code) = init.new {
        planned.push(new_language(init.dir, code, library)?);
    }
    Ok(planned)
}

fn new_language(dir: &Path, code: &str, library: &Library) -> Result<Planned, Failure> {
    let usage = |message: String| Failure::Usage(ErrorKind::InvalidValue, message);
    if !is_valid_code(code) {
        return Err(usage(format!(
            "'--new {code}': a language code is 2 or 3 lower-case letters (like 'fr')"
        )));
    }
    if library.find_language(code).is_some() {
        return Err(usage(format!(
            "'--new {code}': {code} is a built-in language; '--lang {code}' writes its file"
        )));
    }
    let language = untranslated_copy(library.language(library.english()), code);
    let texts: usize = language.topics.iter().map(Topic::untranslated).sum();
    Ok(Planned {
        path: dir.join(format!("{code}.json")),
        text: file_text(&language),
        note: format!(
            " (the English, {texts} texts marked untranslated; write the language's own name in \"name\")"
        ),
    })
}
