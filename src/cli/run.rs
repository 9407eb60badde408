//! A run of the program: the command line parsed, then either printed (the
//! subcommands, or the article when stdout is not a terminal) or the terminal handed to
//! the explorer. Content is loaded and validated, and every error becomes an exit code,
//! before the terminal is touched.

use std::process::ExitCode;

use crate::cli::explore::explore_or_print;
use crate::cli::failure::Failure;
use crate::cli::init::{self, Init};
use crate::cli::output::print;
use crate::cli::setup::{content_files, load_content, load_library, scripted_language};
use crate::cli::{self, Cli, ColorWhen, Command, ContentCommand};
use crate::cli::{commands, completions, manual};
use crate::content::{Library, Watch, check_files};
use crate::study::keymap::Platform;
use crate::study::search::Scope;
use clap::error::ErrorKind;

use super::show::{Round, search_style, second_language, show, show_pair};

/// The whole program: `main` calls this and nothing else.
pub fn run() -> ExitCode {
    let (cli, usage) = cli::parse();
    dispatch(cli).unwrap_or_else(|failure| failure.report(&usage))
}

fn dispatch(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Some(Command::Completions { shell }) => {
            let library = Library::builtin().map_err(Failure::Content)?;
            print(&completions::script(shell, &library))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            let library = Library::builtin().map_err(Failure::Content)?;
            print(&manual::page(&library, Platform::CURRENT).map_err(Failure::Io)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Content {
            command:
                ContentCommand::Init {
                    dir,
                    lang,
                    new,
                    force,
                },
        }) => {
            let library = Library::builtin().map_err(Failure::Content)?;
            let init = Init {
                dir: &dir,
                lang: &lang,
                new: new.as_deref(),
                force,
            };
            print(&init::run(&init, &library)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check { content }) => {
            // A file that cannot even be read is one more problem to report, not a
            // reason to stop reporting on the others.
            let (files, unreadable) = content_files(content.dir())?;
            let reports = check_files(&files);
            print(&commands::check_report(&reports, &unreadable))?;
            let ok = unreadable.is_empty() && reports.iter().all(|report| report.is_ok());
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Some(Command::Languages { content }) => {
            let library = load_library(content.dir())?;
            print(&commands::languages(&library))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Topics { lang, content }) => {
            let library = &load_library(content.dir())?;
            let language = scripted_language(library, lang.lang.as_deref())?;
            print(&commands::topics(library, language))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Show {
            topic,
            lang,
            with,
            format,
            width,
            seed,
            all,
            content,
        }) => {
            let library = &load_library(content.dir())?;
            let language = scripted_language(library, lang.lang.as_deref())?;
            if topic != cli::QUIZ && (seed.is_some() || all) {
                return Err(Failure::Usage(
                    ErrorKind::ArgumentConflict,
                    "'--seed' and '--all' choose the statements of 'show quiz'; a topic has no round".to_owned(),
                ));
            }
            let output = match with.as_deref() {
                Some(code) => {
                    let second = second_language(library, language, code, &topic)?;
                    show_pair(library, language, second, &topic, format, width)?
                }
                None => {
                    let quiz = if all { Round::All } else { Round::Seeded(seed) };
                    show(library, language, &topic, quiz, format, width)?
                }
            };
            print(&output)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Search {
            query,
            lang,
            all,
            format,
            width,
            color,
            content,
        }) => {
            let library = &load_library(content.dir())?;
            let language = scripted_language(library, lang.lang.as_deref())?;
            let scope = if all { Scope::All } else { Scope::ThisLanguage };
            let style = search_style(width, color.unwrap_or(ColorWhen::Auto));
            let found = commands::search(library, language, scope, &query, format, style)?;
            print(&found.output)?;
            if let Some(notice) = found.notice {
                eprintln!("sales-vs-service: {notice}");
            }
            Ok(if found.any {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        None => {
            let dir = cli.explore.content.dir();
            let (library, files) = load_content(dir)?;
            // A folder's files are read again when they change while the explorer runs.
            let watch = dir.map(|dir| Watch::new(dir, files));
            explore_or_print(&cli.explore, &library, watch)
        }
    }
}
