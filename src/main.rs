//! Parses the command line, then either prints (the subcommands, or the article when
//! stdout is not a terminal) or hands the terminal to the explorer. Content is loaded
//! and validated, and every error becomes an exit code, before the terminal is
//! touched.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::error::ErrorKind;
use sales_vs_service::cli::commands::SearchStyle;
use sales_vs_service::cli::failure::Failure;
use sales_vs_service::cli::init::{self, Init};
use sales_vs_service::cli::output::{dumb_terminal, no_color, print, terminal_width};
use sales_vs_service::cli::setup::{
    content_files, language_flag, load_content, load_library, scripted_language, topic_argument,
};
use sales_vs_service::cli::{self, Cli, ColorWhen, Command, ContentCommand, Format};
use sales_vs_service::cli::{commands, completions, manual};
use sales_vs_service::content::{Library, TopicId, Watch, check_files};
use sales_vs_service::document::theme::Theme;
use sales_vs_service::export::quiz::Sheet;
use sales_vs_service::export::{self, GlossaryOf, Pair, Selection};
use sales_vs_service::study::keymap::Platform;
use sales_vs_service::study::quiz::{Deck, Statement};
use sales_vs_service::study::search::Scope;
use sales_vs_service::tui::explore::explore_or_print;

fn main() -> ExitCode {
    let (cli, usage) = cli::parse();
    run(cli).unwrap_or_else(|failure| failure.report(&usage))
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
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

/// Which statements `show quiz` prints: a round (the seed's, else a random one), or
/// all of them.
#[derive(Clone, Copy)]
enum Round {
    Seeded(Option<u64>),
    All,
}

/// `show quiz`: a trainer's sheet, a round or every statement, then the answers.
fn show_quiz(
    library: &Library,
    language: usize,
    round: Round,
    format: Format,
    width: Option<u16>,
) -> Result<String, Failure> {
    let all = Statement::all(library);
    let statements = match round {
        Round::All => all,
        // The explorer's first round with the same seed.
        Round::Seeded(seed) => {
            let mut rng = seed.map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed);
            let askable = |statement: &Statement| statement.asked(library, language).is_some();
            Deck::new(all)
                .round(&mut rng, askable)
                .statements()
                .to_vec()
        }
    };
    let sheet = Sheet {
        library,
        language,
        statements,
    };
    Ok(match format {
        Format::Text => export::quiz::text(&sheet, text_style(width).0),
        Format::Markdown => export::quiz::markdown(&sheet),
        Format::Json => export::quiz::json(&sheet),
        Format::Tmx => return Err(tmx_needs_two_languages()),
    })
}

/// `show`: a topic, the whole article, the glossary or the quiz, in the format asked
/// for.
fn show(
    library: &Library,
    language: usize,
    topic: &str,
    quiz: Round,
    format: Format,
    width: Option<u16>,
) -> Result<String, Failure> {
    if topic == cli::QUIZ {
        return show_quiz(library, language, quiz, format, width);
    }
    if topic == cli::GLOSSARY {
        let glossary = GlossaryOf { library, language };
        return Ok(match format {
            Format::Text => {
                let (width, theme, colour) = text_style(width);
                export::glossary_text(&glossary, width, &theme, colour)
            }
            Format::Markdown => export::glossary_markdown(&glossary),
            Format::Json => export::glossary_json(&glossary),
            Format::Tmx => return Err(tmx_needs_two_languages()),
        });
    }
    let topics = match topic {
        "all" => TopicId::ALL.to_vec(),
        id => vec![topic_argument(id, "TOPIC")?],
    };
    let selection = Selection {
        library,
        language,
        whole: topic == "all",
        topics,
    };
    Ok(match format {
        Format::Text => {
            let (width, theme, colour) = text_style(width);
            export::text(&selection, width, &theme, colour)
        }
        Format::Markdown => export::markdown(&selection),
        Format::Json => export::json(&selection),
        Format::Tmx => return Err(tmx_needs_two_languages()),
    })
}

/// A translation memory pairs two languages; `show` without `--with` has one.
fn tmx_needs_two_languages() -> Failure {
    Failure::Usage(
        ErrorKind::MissingRequiredArgument,
        "'--format tmx' is a translation memory of two languages: give the second with '--with <CODE>'".into(),
    )
}

/// `--with CODE`: a language, other than the first, for a topic or the article.
fn second_language(
    library: &Library,
    first: usize,
    code: &str,
    topic: &str,
) -> Result<usize, Failure> {
    let second = language_flag(library, code, "--with")?;
    let usage = |message: &str| Failure::Usage(ErrorKind::ArgumentConflict, message.to_owned());
    if topic == cli::GLOSSARY {
        return Err(usage(
            "'--with <CODE>' sets a language beside a topic; the glossary shows every language already",
        ));
    }
    if topic == cli::QUIZ {
        return Err(usage(
            "'--with <CODE>' sets a language beside a topic; a quiz sheet is in one language",
        ));
    }
    if second == first {
        return Err(usage(
            "'--with <CODE>' names the language already shown: give another one",
        ));
    }
    Ok(second)
}

/// `show --with`: a topic or the whole article in two languages, aligned.
fn show_pair(
    library: &Library,
    first: usize,
    second: usize,
    topic: &str,
    format: Format,
    width: Option<u16>,
) -> Result<String, Failure> {
    let topics = match topic {
        "all" => TopicId::ALL.to_vec(),
        id => vec![topic_argument(id, "TOPIC")?],
    };
    let pair = Pair {
        library,
        first,
        second,
        topics,
        whole: topic == "all",
    };
    Ok(match format {
        Format::Text => {
            let (width, theme, colour) = text_style(width);
            export::parallel_text(&pair, width, &theme, colour)
        }
        Format::Markdown => export::parallel_markdown(&pair),
        Format::Json => export::parallel_json(&pair),
        Format::Tmx => export::tmx(&pair).map_err(Failure::Io)?,
    })
}

/// How `show` prints text: to the terminal's width (or `--width`) and in colour when
/// stdout is a terminal (plain on one that says it is dumb), else to 80 columns and
/// plain.
fn text_style(width: Option<u16>) -> (u16, Theme, bool) {
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let colour = stdout_is_terminal && !no_color() && !dumb_terminal();
    let theme = if colour {
        Theme::colour()
    } else {
        Theme::mono()
    };
    let width = width.unwrap_or_else(|| terminal_width(stdout_is_terminal));
    (width, theme, colour)
}

/// How `search` prints text: snippets to `--width`, else to the terminal's width when
/// stdout is one; the matches in colour as `--color` says (by default, on a terminal
/// that can show it and unless NO_COLOR is set).
fn search_style(width: Option<u16>, color: ColorWhen) -> SearchStyle {
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let colour = match color {
        ColorWhen::Always => {
            // Asked for on the command line, colour wins over NO_COLOR (as
            // no-color.org has it), which crossterm would otherwise heed on its own.
            ratatui::crossterm::style::force_color_output(true);
            true
        }
        ColorWhen::Never => false,
        ColorWhen::Auto => stdout_is_terminal && !no_color() && !dumb_terminal(),
    };
    SearchStyle {
        width: width.or_else(|| stdout_is_terminal.then(|| terminal_width(true))),
        colour,
    }
}
