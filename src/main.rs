//! Parses the command line, picks the language, loads and validates the content, then
//! either prints (subcommands, or output that is not a terminal) or hands the terminal
//! to the explorer. Every error becomes an exit code here, before the terminal is
//! touched: 2 for a usage error, 1 for bad content.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};
use ratatui::layout::Size;
use sales_vs_service::app::{App, Place};
use sales_vs_service::cli::{Cli, Command, ExploreArgs, Format};
use sales_vs_service::content::{
    ContentError, ContentErrors, Library, SourceFile, TopicId, builtin_files, check_files, merge,
    read_folder,
};
use sales_vs_service::export::{self, Selection};
use sales_vs_service::remember::{PlaceFile, Remembered};
use sales_vs_service::theme::Theme;
use sales_vs_service::{commands, event_loop, locale, terminal};

/// Text wraps to this when there is no terminal to measure.
const DEFAULT_WIDTH: u16 = 80;

enum Failure {
    /// Exit 2, in clap's words and style.
    Usage(ErrorKind, String),
    /// Exit 1.
    Content(ContentErrors),
    /// Exit 2: the explorer has no terminal to read keys from.
    NoTerminal,
    /// Exit 1.
    Io(std::io::Error),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Failure::Usage(kind, message)) => {
            let _ = Cli::command().error(kind, message).print();
            ExitCode::from(2)
        }
        Err(Failure::Content(errors)) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
        Err(Failure::NoTerminal) => {
            eprintln!(
                "sales-vs-service: no terminal to read keys from (stdin is not a terminal and /dev/tty cannot be opened); use `sales-vs-service show` to print"
            );
            ExitCode::from(2)
        }
        Err(Failure::Io(error)) => {
            eprintln!("sales-vs-service: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let explore = cli.explore;
    match cli.command {
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "sales-vs-service",
                &mut std::io::stdout(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            clap_mangen::Man::new(Cli::command())
                .render(&mut std::io::stdout())
                .map_err(Failure::Io)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check) => {
            // A file that cannot even be read is one more problem to report, not a
            // reason to stop reporting on the others.
            let (files, unreadable) = content_files(&explore)?;
            let reports = check_files(&files);
            print(&commands::check_report(&reports, &unreadable))?;
            let ok = unreadable.is_empty() && reports.iter().all(|report| report.is_ok());
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Some(Command::Languages) => {
            let library = load(&explore)?;
            print(&commands::languages(&library))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Topics { lang }) => {
            let library = load(&explore)?;
            let language = scripted_language(&library, lang.lang.or(explore.lang).as_deref())?;
            print(&commands::topics(&library, language))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Show {
            topic,
            lang,
            format,
            width,
        }) => {
            let library = load(&explore)?;
            let language = scripted_language(&library, lang.lang.or(explore.lang).as_deref())?;
            let selection = match topic.as_str() {
                "all" => Selection {
                    library: &library,
                    language,
                    topics: TopicId::ALL.to_vec(),
                    whole: true,
                },
                id => Selection {
                    library: &library,
                    language,
                    topics: vec![parse_topic(id, "TOPIC")?],
                    whole: false,
                },
            };
            let stdout_is_terminal = std::io::stdout().is_terminal();
            let output = match format {
                Format::Text => {
                    let colour = stdout_is_terminal && !no_color();
                    let theme = if colour {
                        Theme::colour()
                    } else {
                        Theme::mono()
                    };
                    export::text(
                        &selection,
                        width.unwrap_or_else(|| terminal_width(stdout_is_terminal)),
                        &theme,
                        colour,
                    )
                }
                Format::Markdown => export::markdown(&selection),
                Format::Json => export::json(&selection),
            };
            print(&output)?;
            Ok(ExitCode::SUCCESS)
        }
        None => explore_or_print(&explore),
    }
}

/// The built-in files merged with `--content-dir`'s, and the folder's unreadable files.
fn content_files(explore: &ExploreArgs) -> Result<(Vec<SourceFile>, Vec<ContentError>), Failure> {
    let builtin = builtin_files();
    match &explore.content.content_dir {
        Some(dir) => {
            let folder = read_folder(dir).map_err(Failure::Content)?;
            Ok((merge(builtin, folder.files), folder.unreadable))
        }
        None => Ok((builtin, Vec::new())),
    }
}

fn load(explore: &ExploreArgs) -> Result<Library, Failure> {
    let (files, unreadable) = content_files(explore)?;
    if !unreadable.is_empty() {
        return Err(Failure::Content(ContentErrors(unreadable)));
    }
    Library::from_files(&files).map_err(Failure::Content)
}

/// Subcommands are predictable for scripts: `--lang`, else the locale; never the
/// remembered place.
fn scripted_language(library: &Library, flag: Option<&str>) -> Result<usize, Failure> {
    match flag {
        Some(code) => parse_language(library, code),
        None => Ok(locale_language(library)),
    }
}

fn locale_language(library: &Library) -> usize {
    locale::language_code(|name| std::env::var(name).ok())
        .and_then(|code| library.find_language(&code))
        .unwrap_or(library.english())
}

fn parse_language(library: &Library, code: &str) -> Result<usize, Failure> {
    library.find_language(code).ok_or_else(|| {
        let valid: Vec<String> = library
            .languages()
            .iter()
            .map(|l| format!("{} ({})", l.code, l.name))
            .collect();
        Failure::Usage(
            ErrorKind::InvalidValue,
            format!(
                "unknown language '{code}' for '--lang'; the languages are: {}",
                valid.join(", ")
            ),
        )
    })
}

fn parse_topic(id: &str, what: &str) -> Result<TopicId, Failure> {
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

fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(Failure::Io),
    }
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

fn terminal_width(stdout_is_terminal: bool) -> u16 {
    let measured = stdout_is_terminal
        .then(|| ratatui::crossterm::terminal::size().ok())
        .flatten();
    measured.map_or(DEFAULT_WIDTH, |(width, _)| width.max(1))
}

fn remembering(explore: &ExploreArgs) -> Option<PlaceFile> {
    let switched_off = std::env::var("SALES_VS_SERVICE_NO_REMEMBER")
        .is_ok_and(|value| !value.is_empty() && value != "0");
    if explore.no_remember || switched_off {
        None
    } else {
        PlaceFile::locate()
    }
}

/// The explorer; or, when the output is not a terminal, the text a pager would get.
fn explore_or_print(explore: &ExploreArgs) -> Result<ExitCode, Failure> {
    let library = load(explore)?;
    let topic = explore
        .topic
        .as_deref()
        .map(|id| parse_topic(id, "--topic"))
        .transpose()?;
    let flag_language = explore
        .lang
        .as_deref()
        .map(|code| parse_language(&library, code))
        .transpose()?;
    if !std::io::stdout().is_terminal() {
        // As bat and glow do: piped or redirected, print plain text.
        let language = flag_language.unwrap_or_else(|| locale_language(&library));
        let selection = match topic {
            Some(id) => Selection {
                library: &library,
                language,
                topics: vec![id],
                whole: false,
            },
            None => Selection {
                library: &library,
                language,
                topics: TopicId::ALL.to_vec(),
                whole: true,
            },
        };
        print(&export::text(
            &selection,
            DEFAULT_WIDTH,
            &Theme::mono(),
            false,
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    if !std::io::stdin().is_terminal() && std::fs::File::open("/dev/tty").is_err() {
        return Err(Failure::NoTerminal);
    }
    let mut warnings = Vec::new();
    let place_file = remembering(explore);
    let remembered = match place_file.as_ref().map(PlaceFile::load) {
        Some(Ok(place)) => place,
        Some(Err(warning)) => {
            warnings.push(warning);
            None
        }
        None => None,
    };
    let remembered_language = remembered
        .as_ref()
        .and_then(|place| library.find_language(&place.language));
    let language = flag_language
        .or(remembered_language)
        .unwrap_or_else(|| locale_language(&library));
    let topic = topic
        .or_else(|| {
            if explore.lang.is_none() {
                remembered.as_ref().map(|place| place.topic)
            } else {
                None
            }
        })
        .unwrap_or(TopicId::Overview);
    let theme = if no_color() {
        Theme::mono()
    } else {
        Theme::colour()
    };
    let (ending, place) =
        run_explorer(&library, theme, language, topic, !explore.no_mouse).map_err(Failure::Io)?;
    // The terminal is restored by now: warnings can be read.
    if let Some(file) = place_file {
        let code = library.language(place.language).code.clone();
        if let Err(warning) = file.save(&Remembered {
            language: code,
            topic: place.topic,
        }) {
            warnings.push(warning);
        }
    }
    for warning in warnings {
        eprintln!("sales-vs-service: warning: {warning}");
    }
    Ok(ExitCode::from(ending.exit_code()))
}

fn run_explorer(
    library: &Library,
    theme: Theme,
    language: usize,
    topic: TopicId,
    mouse: bool,
) -> std::io::Result<(event_loop::Ending, Place)> {
    let (_guard, mut terminal) = terminal::enter(mouse)?;
    let size = terminal.size()?;
    let mut app = App::new(
        library,
        theme,
        language,
        topic,
        mouse,
        Size::new(size.width, size.height),
    );
    let ending = event_loop::run(&mut terminal, &mut app)?;
    Ok((ending, *app.place()))
}
