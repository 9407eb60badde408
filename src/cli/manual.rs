//! The man page, one page that stands alone: clap_mangen's sections from the command
//! line (with the values its options take), every subcommand with its options under
//! COMMANDS rather than on sub-pages that are not installed, and what clap does not
//! know: the keys (from the key table), the exit status, the environment, the files.
//! The keys and the exit status are those of the platform the page is made for; the
//! files say where each system keeps them.

use std::io;

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};

use crate::cli::{Cli, with_choices};
use crate::content::Library;
use crate::study::keymap::{HelpRow, Platform, help_rows};

/// One of clap_mangen's `render_*_section` methods.
type Render = fn(&Man, &mut dyn io::Write) -> io::Result<()>;

/// The page for `platform`, in roff.
pub fn page(library: &Library, platform: Platform) -> io::Result<String> {
    let mut command = with_choices(Cli::command(), library);
    // Built, each subcommand's synopsis starts with the program's name.
    command.build();
    let man = Man::new(command.clone());
    let mut page = String::new();
    // The title brings roff's preamble; every other part is rendered without it.
    page.push_str(&rendered(|out| man.render_title(out))?);
    let sections: [Render; 4] = [
        Man::render_name_section,
        Man::render_synopsis_section,
        Man::render_description_section,
        Man::render_options_section,
    ];
    for render in sections {
        page.push_str(&without_preamble(rendered(|out| render(&man, out))?));
    }
    page.push_str(&commands_section(&command)?);
    page.push_str(&extra_sections(library, platform).to_roff());
    page.push_str(&without_preamble(rendered(|out| {
        man.render_version_section(out)
    })?));
    Ok(page)
}

/// The rows of the KEYS section: the help's own, with the English descriptions and
/// the mouse, a section's heading as a row without keys, the keys `platform` offers.
/// (Kept to this one call, so the page follows the key tables as they change.)
pub fn key_rows(library: &Library, platform: Platform) -> Vec<(String, String)> {
    let english = library.language(library.english());
    help_rows(&english.ui, platform, true)
        .into_iter()
        .map(|row| match row {
            HelpRow::Keys(keys, text) => (keys, text.to_owned()),
            HelpRow::Heading(heading) => (String::new(), heading.to_owned()),
        })
        .collect()
}

/// Each subcommand as a sub-section: its synopsis, what it does, its options. A
/// subcommand that only groups others (`content`) is left out for each of them
/// (`content init`).
fn commands_section(command: &clap::Command) -> io::Result<String> {
    let mut section = Roff::new();
    section.control("SH", ["COMMANDS"]);
    let mut out = section.to_roff();
    let visible = |command: &clap::Command| !command.is_hide_set();
    let subcommands = command
        .get_subcommands()
        .filter(|sub| visible(sub))
        .flat_map(|sub| {
            // Built, every command with subcommands has clap's `help` among them, which
            // names the others again (the top-level `help` is listed once, as itself).
            let nested: Vec<(String, &clap::Command)> = sub
                .get_subcommands()
                .filter(|nested| visible(nested) && nested.get_name() != "help")
                .map(|nested| (format!("{} {}", sub.get_name(), nested.get_name()), nested))
                .collect();
            if nested.is_empty() || sub.get_name() == "help" {
                vec![(sub.get_name().to_owned(), sub)]
            } else {
                nested
            }
        });
    for (name, subcommand) in subcommands {
        let man = Man::new(subcommand.clone());
        let mut heading = Roff::new();
        heading.control("SS", [name.as_str()]);
        out.push_str(&heading.to_roff());
        out.push_str(&without_heading(rendered(|w| {
            man.render_synopsis_section(w)
        })?));
        if let Some(about) = subcommand
            .get_long_about()
            .or_else(|| subcommand.get_about())
        {
            let mut text = Roff::new();
            text.control("PP", []).text([roman(about.to_string())]);
            out.push_str(&text.to_roff());
        }
        out.push_str(&without_heading(rendered(|w| {
            man.render_options_section(w)
        })?));
    }
    Ok(out)
}

const EXIT_STATUS: [(&str, &str); 3] = [
    (
        "0",
        "Success; quitting the explorer with q or Ctrl-C (a key there, not a signal) included.",
    ),
    (
        "1",
        "Bad content (the message names the file, line and column), problems found by check (warnings do not count), a file content init would overwrite without --force, or an input or output error.",
    ),
    (
        "2",
        "A usage error (an unknown language or topic: the message lists the valid ones), or no terminal to read keys from.",
    ),
];

/// Only Unix ends a program with a signal it can catch. (On Windows closing the
/// console ends the process outright.)
const SIGNALLED: (&str, &str) = (
    "128+N",
    "The explorer was ended by signal N after restoring the terminal: 129 for SIGHUP, 130 for SIGINT, 143 for SIGTERM.",
);

const ENVIRONMENT: [(&str, &str); 6] = [
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "The first that is set and not empty picks the language when neither --lang nor a remembered place does (fr_FR.UTF-8 is French; C and POSIX are English).",
    ),
    (
        "NO_COLOR",
        "Set and not empty: no colour; selection and focus show in bold and reverse video, and show and search print no colour (search --color always still does).",
    ),
    (
        "TERM",
        "dumb: the terminal cannot draw the explorer, so the text is printed as when piped (to the terminal's width), with a warning on stderr; show prints no colour there.",
    ),
    (
        "VISUAL, EDITOR",
        "The editor v opens a language file of --content-dir in, at the line of the text on top of the screen (+LINE): the first that is set and not empty, with its own arguments (emacs -nw); vi if neither is.",
    ),
    (
        "SALES_VS_SERVICE_NO_REMEMBER",
        "Set, not empty and not 0: as --no-remember.",
    ),
    (
        "XDG_STATE_HOME",
        "On Linux and the BSDs: where the remembered place is kept (default: ~/.local/state).",
    ),
];

/// Where each system keeps such state (the `directories` crate's choice: see
/// `remember`).
const FILES: [(&str, &str); 3] = [
    (
        "$XDG_STATE_HOME/sales-vs-service/place.json",
        "On Linux and the BSDs: the language and topic the explorer was left at (by default in ~/.local/state/sales-vs-service/place.json), written when it quits and read when it starts, unless --no-remember. A file that cannot be read, or that names a language that is not loaded, is ignored with a warning.",
    ),
    (
        "~/Library/Application Support/sales-vs-service/place.json",
        "The same on macOS.",
    ),
    (
        "%LOCALAPPDATA%\\sales-vs-service\\data\\place.json",
        "The same on Windows (%LOCALAPPDATA% is usually C:\\Users\\NAME\\AppData\\Local).",
    ),
];

/// What clap does not know of.
fn extra_sections(library: &Library, platform: Platform) -> Roff {
    let mut page = Roff::new();
    page.control("SH", ["KEYS"]).text([roman(
        "In the explorer (? shows the same list, in the language on screen):",
    )]);
    for (keys, text) in key_rows(library, platform) {
        if keys.is_empty() {
            page.control("SS", [text.as_str()]);
        } else {
            page.control("TP", [])
                .text([bold(keys)])
                .text([roman(text)]);
        }
    }
    page.control("SH", ["EXIT STATUS"]);
    definitions(&mut page, EXIT_STATUS);
    match platform {
        Platform::Unix => definitions(&mut page, [SIGNALLED]),
        Platform::Windows => {}
    }
    page.control("SH", ["ENVIRONMENT"]);
    definitions(&mut page, ENVIRONMENT);
    page.control("SH", ["FILES"]);
    definitions(&mut page, FILES);
    page
}

/// Tagged paragraphs: each term in bold, what it means under it.
fn definitions<T: Into<String>>(page: &mut Roff, rows: impl IntoIterator<Item = (T, T)>) {
    for (term, meaning) in rows {
        page.control("TP", [])
            .text([bold(term)])
            .text([roman(meaning)]);
    }
}

fn rendered(render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> io::Result<String> {
    let mut out = Vec::new();
    render(&mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// roff puts a preamble before every rendering; the page needs it once.
fn without_preamble(rendered: String) -> String {
    let preamble = Roff::new().render();
    match rendered.strip_prefix(&preamble) {
        Some(rest) => rest.to_owned(),
        None => rendered,
    }
}

/// A section clap_mangen renders under its own heading (`.SH SYNOPSIS`), as part of a
/// subcommand's sub-section instead.
fn without_heading(rendered: String) -> String {
    let section = without_preamble(rendered);
    match section.split_once('\n') {
        Some((heading, rest)) if heading.starts_with(".SH ") => rest.to_owned(),
        _ => section,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without job control the page offers no suspend, as the help does not, and no
    /// status from a signal; the files are where each system keeps them, on either.
    #[test]
    fn the_page_offers_what_the_platform_has() {
        let library = Library::builtin().unwrap();
        let unix = page(&library, Platform::Unix).unwrap();
        let windows = page(&library, Platform::Windows).unwrap();
        let english = &library.language(library.english()).ui;
        let suspend = english.keys.suspend.replace('-', "\\-");
        for (text, what) in [
            ("Ctrl\\-Z", "the key"),
            (suspend.as_str(), "its description"),
        ] {
            assert!(unix.contains(text), "{what} on Unix");
            assert!(!windows.contains(text), "{what} on Windows");
        }
        assert!(unix.contains("128+N") && !windows.contains("128+N"));
        assert!(unix.contains("VISUAL, EDITOR"), "the editor v opens");
        for page in [&unix, &windows] {
            for place in [
                "~/.local/state/sales\\-vs\\-service/place.json",
                "~/Library/Application Support/sales\\-vs\\-service/place.json",
                "%LOCALAPPDATA%",
            ] {
                assert!(page.contains(place), "{place}");
            }
        }
    }
}
