//! `show`: a topic, the article, the glossary or a quiz sheet, in one language or two,
//! as text, Markdown, JSON or TMX; and how text is styled for where it goes.

use std::io::IsTerminal;

use crate::cli::commands::SearchStyle;
use crate::cli::failure::Failure;
use crate::cli::output::{colour_allowed, terminal_width};
use crate::cli::setup::{language_flag, topic_argument};
use crate::cli::{self, ColorWhen, Format};
use crate::content::{Library, TopicId};
use crate::document::theme::Theme;
use crate::export::quiz::Sheet;
use crate::export::{self, GlossaryOf, Pair, Selection};
use crate::study::quiz::{Deck, Statement};
use clap::error::ErrorKind;

/// Which statements `show quiz` prints: a round (the seed's, else a random one), or
/// all of them.
#[derive(Clone, Copy)]
pub(super) enum Round {
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
pub(super) fn show(
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
pub(super) fn second_language(
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
pub(super) fn show_pair(
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
    let colour = stdout_is_terminal && colour_allowed();
    let width = width.unwrap_or_else(|| terminal_width(stdout_is_terminal));
    (width, Theme::for_colour(colour), colour)
}

/// How `search` prints text: snippets to `--width`, else to the terminal's width when
/// stdout is one; the matches in colour as `--color` says (by default, on a terminal
/// that can show it and unless NO_COLOR is set).
pub(super) fn search_style(width: Option<u16>, color: ColorWhen) -> SearchStyle {
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let colour = match color {
        ColorWhen::Always => {
            // Asked for on the command line, colour wins over NO_COLOR (as
            // no-color.org has it), which crossterm would otherwise heed on its own.
            ratatui::crossterm::style::force_color_output(true);
            true
        }
        ColorWhen::Never => false,
        ColorWhen::Auto => stdout_is_terminal && colour_allowed(),
    };
    SearchStyle {
        width: width.or_else(|| stdout_is_terminal.then(|| terminal_width(true))),
        colour,
    }
}
