//! Running the explorer: where to open (flags, the remembered place, the locale), the
//! terminal session, and what is saved and said once the terminal is restored. When
//! stdout is not a terminal it prints the article instead, as bat and glow do; so it
//! does, saying why, on a terminal that cannot draw (`TERM=dumb`).

use std::io::IsTerminal;
use std::process::ExitCode;

use ratatui::layout::Size;

use crate::cli::failure::Failure;
use crate::cli::output::{dumb_terminal, no_color, print};
use crate::cli::setup::{language_flag, locale_language, topic_argument};
use crate::cli::show::{Round, show};
use crate::cli::{ExploreArgs, Format};
use crate::content::{Library, TopicId, Watch};
use crate::document::theme::Theme;
use crate::study::entry::Entry;
use crate::tui::app::{App, Place};
use crate::tui::event_loop::{self, Ending};
use crate::tui::remember::{PlaceFile, Remembered};
use crate::tui::terminal;

/// `watch`: the files of `--content-dir`, which the explorer reads again when they
/// change.
pub fn explore_or_print(
    explore: &ExploreArgs,
    library: &Library,
    watch: Option<Watch>,
) -> Result<ExitCode, Failure> {
    let topic = explore
        .topic
        .as_deref()
        .map(|id| topic_argument(id, "--topic"))
        .transpose()?;
    let flag_language = explore
        .lang
        .as_deref()
        .map(|code| language_flag(library, code, "--lang"))
        .transpose()?;
    let stdout_is_terminal = std::io::stdout().is_terminal();
    // A terminal that cannot draw gets the text as a pipe does, at its own width, and
    // is told why (as less warns of a terminal "not fully functional").
    let dumb = stdout_is_terminal && dumb_terminal();
    if dumb {
        eprintln!(
            "sales-vs-service: this terminal (TERM=dumb) cannot show the explorer; printing the text instead"
        );
    }
    if !stdout_is_terminal || dumb {
        // As `show` prints it: the same text, width and (no) colour.
        let language = flag_language.unwrap_or_else(|| locale_language(library));
        let topic = topic.map_or("all", TopicId::as_str);
        print(&show(
            library,
            language,
            topic,
            Round::Seeded(None),
            Format::Text,
            None,
        )?)?;
        return Ok(ExitCode::SUCCESS);
    }
    if !std::io::stdin().is_terminal() && !terminal_input_opens() {
        return Err(Failure::NoTerminal);
    }
    let mut warnings = Vec::new();
    let place_file = remembering(explore);
    let remembered = place_file
        .as_ref()
        .and_then(|file| remembered_place(file, library, &mut warnings));
    // A flag changes what it names and nothing else: --lang keeps the remembered
    // topic, --topic the remembered language. Without either, the locale's language
    // at the overview.
    let mut opening = remembered
        .unwrap_or_else(|| Place::at(locale_language(library), Entry::Topic(TopicId::Overview)));
    if let Some(language) = flag_language {
        opening.language = language;
        opening.previous = language;
    }
    if let Some(topic) = topic {
        opening.entry = Entry::Topic(topic);
    }
    // The explorer runs only where the terminal is not dumb (it prints otherwise).
    let theme = Theme::for_colour(!no_color());
    let (ending, place) = run(library, theme, opening, explore, watch).map_err(Failure::Io)?;
    // The terminal is restored by now: warnings can be read.
    if let Some(file) = place_file
        && let Err(warning) = file.save(&Remembered::of(&place, library))
    {
        warnings.push(warning);
    }
    for warning in warnings {
        eprintln!("sales-vs-service: warning: {warning}");
    }
    Ok(ExitCode::from(ending.exit_code()))
}

pub use crate::tui::terminal::TERMINAL_INPUT;

/// Whether there is a terminal to read keys from, stdin or not.
fn terminal_input_opens() -> bool {
    // crossterm opens the console's input to read and write (a console mode is set
    // through it); the controlling terminal need only be readable.
    std::fs::OpenOptions::new()
        .read(true)
        .write(cfg!(not(unix)))
        .open(TERMINAL_INPUT)
        .is_ok()
}

/// The remembered place, where the file has one that fits the library. A file that
/// cannot be read, makes no sense or names a language that is not loaded (one that
/// came from a --content-dir, say) is ignored with one warning.
fn remembered_place(
    file: &PlaceFile,
    library: &Library,
    warnings: &mut Vec<String>,
) -> Option<Place> {
    let remembered = file.load().unwrap_or_else(|warning| {
        warnings.push(warning);
        None
    })?;
    remembered
        .place(library)
        .map_err(|why| warnings.push(file.ignoring(&why)))
        .ok()
}

/// `--no-remember` or `SALES_VS_SERVICE_NO_REMEMBER=1` switch the remembered place off.
fn remembering(explore: &ExploreArgs) -> Option<PlaceFile> {
    let switched_off = std::env::var("SALES_VS_SERVICE_NO_REMEMBER")
        .is_ok_and(|value| !value.is_empty() && value != "0");
    if explore.no_remember || switched_off {
        None
    } else {
        PlaceFile::locate()
    }
}

/// The terminal session; the guard restores the terminal on every way out of here.
fn run(
    library: &Library,
    theme: Theme,
    opening: Place,
    explore: &ExploreArgs,
    watch: Option<Watch>,
) -> std::io::Result<(Ending, Place)> {
    let mouse = !explore.no_mouse;
    let (guard, mut terminal) = terminal::enter(mouse)?;
    // The size the terminal was just measured at, without asking the terminal again.
    let area = terminal.get_frame().area();
    let mut app = App::at(
        library,
        theme,
        Place {
            viewport: Size::new(area.width, area.height),
            ..opening
        },
        mouse,
    );
    if let Some(seed) = explore.seed {
        app.seed_quiz(seed);
    }
    event_loop::run(&guard, &mut terminal, app, watch)
}
