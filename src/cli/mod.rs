//! The command line, one clap definition: it parses, and it generates the help, the
//! shell completions and the man page, so they can never disagree.

pub mod commands;
pub mod completions;
pub mod explore;
pub mod failure;
pub mod init;
pub(crate) mod locale;
pub mod manual;
pub mod output;
pub mod run;
pub mod setup;
mod show;

use std::fmt::Display;
use std::path::{Path, PathBuf};

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::content::{Library, TopicId};

/// A terminal explorer of the difference between sales and service, side by side, in
/// six languages.
///
/// Without a subcommand it opens the explorer (or, when its output is not a terminal,
/// prints the article as plain text): the thirteen topics, a glossary of the article's
/// terms in the six languages and a quiz, "Sales or service?"; `/` searches every
/// language and `p` shows a second language beside the first; `?` lists every key.
///
/// The options before a subcommand are the explorer's; given before a subcommand that
/// takes the same option (--lang, --content-dir) they count as its own, and any other
/// is refused.
#[derive(Debug, Parser)]
#[command(name = "sales-vs-service", version, about, long_about)]
pub struct Cli {
    #[command(flatten)]
    pub explore: ExploreArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct ExploreArgs {
    /// Language to open in: a code such as fr or vi (any case; a locale such as
    /// fr_FR.UTF-8 or a tag such as fr-FR works too); default: the last one used, else
    /// the locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Topic to open at (an id such as comparison); default: the last one read.
    #[arg(long, value_name = "ID")]
    pub topic: Option<String>,

    #[command(flatten)]
    pub content: ContentArgs,

    /// Leave mouse reporting off, so the terminal's own text selection works as usual.
    #[arg(long)]
    pub no_mouse: bool,

    /// Neither reopen at nor save the last language and topic
    /// (also: SALES_VS_SERVICE_NO_REMEMBER=1).
    #[arg(long)]
    pub no_remember: bool,

    /// Ask the quiz's statements in the order this number gives: the same number, the
    /// same rounds (a trainer gives a class the same quiz).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

/// Each subcommand that reads the content takes `--content-dir` itself (rather than
/// one global flag), so the ones that do not (`completions`, `man`) refuse it.
#[derive(Debug, Args)]
pub struct ContentArgs {
    /// Load language files DIR/<code>.json: a built-in code replaces that language,
    /// a new code adds one.
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub content_dir: Option<PathBuf>,
}

impl ContentArgs {
    pub fn dir(&self) -> Option<&Path> {
        self.content_dir.as_deref()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the languages: code and native name, in language-bar order.
    Languages {
        #[command(flatten)]
        content: ContentArgs,
    },
    /// List the topics: id and title, in order.
    Topics {
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Print a topic, the whole article or the glossary, without a terminal; with
    /// --with, two languages aligned, or as a translation memory (--format tmx).
    Show {
        /// A topic id, "all" for the whole article, "glossary" for the article's
        /// terms in every language, or "quiz" for a round of the quiz, numbered, then
        /// its answers (a trainer's handout).
        #[arg(value_name = "TOPIC|all|glossary|quiz")]
        topic: String,
        #[command(flatten)]
        lang: LangArg,
        /// A second language beside the first, the two aligned part by part: text as
        /// two columns (interleaved where --width is too narrow for two), Markdown as
        /// a two-column table per block, JSON as pairs.
        #[arg(long, value_name = "CODE")]
        with: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Width to wrap text to, with --format text only (Markdown and JSON are not
        /// wrapped); default: the terminal's width, or 80 when the output is not a
        /// terminal.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
        /// With "quiz": the round this number gives, as the explorer's --seed asks it
        /// first (the same number, the same statements).
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// With "quiz": every statement, in the article's order, not a round.
        #[arg(long, conflicts_with = "seed")]
        all: bool,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Find text in the article, as the explorer's search does (no case, no accents,
    /// several words in any order within one text): one match per line, language
    /// code, topic id and a line of the text centred on the match; the texts that hold
    /// the words together, in order, come first, then those that hold them apart;
    /// exits 0 with matches, 1 without (as grep does).
    Search {
        /// The words to find; quoted words are a phrase, found only as it is
        /// ('"customer satisfaction"').
        query: String,
        #[command(flatten)]
        lang: LangArg,
        /// Search every language, not only --lang's (or the locale's).
        #[arg(long, conflicts_with = "lang")]
        all: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
        format: SearchFormat,
        /// The width of a line, code and topic id included (tabs at every eighth
        /// column), with --format text only; default: the terminal's width, or a
        /// 72-column snippet when the output is not a terminal.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
        /// Mark the matches in colour, with --format text only: auto (the default) on a
        /// terminal unless NO_COLOR is set or TERM is dumb.
        #[arg(long, value_enum, value_name = "WHEN")]
        color: Option<ColorWhen>,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Validate the content and report per language; exits 0 only when there are no
    /// problems.
    Check {
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Work with the language files: `content init` writes them into a folder to
    /// edit and load with --content-dir.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the man page (roff).
    Man,
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Write the built-in language files into DIR (made if need be), to edit and try
    /// with --content-dir DIR; or, with --new CODE, a new language's file: the English
    /// text with every topic marked "untranslated", which check counts until each is
    /// translated. Refuses to overwrite a file without --force, and then writes none.
    Init {
        /// The folder to write the files into.
        #[arg(value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
        dir: PathBuf,
        /// Only this language's file; again (or CODE,CODE) for several. Default: every
        /// built-in language, or none with --new.
        #[arg(long, value_name = "CODE", value_delimiter = ',')]
        lang: Vec<String>,
        /// Start a new language CODE (2 or 3 lower-case letters, not a built-in one)
        /// from the English: CODE.json, every topic marked "untranslated".
        #[arg(long, value_name = "CODE")]
        new: Option<String>,
        /// Overwrite files already in DIR.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct LangArg {
    /// Language: a code such as fr (any case, or a locale such as fr_FR.UTF-8);
    /// default: the locale, else English.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Wrapped text; comparisons as aligned columns (stacked where a column could not
    /// hold its longest word).
    Text,
    /// Headings, lists and one Markdown table per comparison.
    Markdown,
    /// The content model as JSON.
    Json,
    /// A translation memory (TMX 1.4b) of the two languages, with --with: a unit for
    /// each text beside its translation, for any translation tool to import.
    Tmx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    /// One match a line: code, topic id and a line around the match, tab-separated.
    Text,
    /// Each match with where it is in the language file, and its whole text.
    Json,
}

/// When `search` marks its matches in colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set or TERM is dumb.
    Auto,
    Always,
    Never,
}

/// What `show` takes, beside a topic id, for the glossary.
pub const GLOSSARY: &str = "glossary";

/// What `show` takes for a round of the quiz, with its answer key.
pub const QUIZ: &str = "quiz";

/// Which usage line a usage error prints: the program's, or that of the subcommand
/// the command line named (`content init`: each name, outermost first).
#[derive(Debug, Clone, Default)]
pub struct Usage {
    subcommands: Vec<String>,
}

impl Usage {
    /// A usage error in clap's style, with this usage line under it.
    pub fn error(&self, kind: ErrorKind, message: impl Display) -> clap::Error {
        let mut command = Cli::command();
        // Built, each subcommand's usage line starts with the program's name.
        command.build();
        let mut named = &mut command;
        for name in &self.subcommands {
            // Looked up twice: today's borrow checker cannot end, on the branch that
            // breaks, a borrow that the other branch keeps.
            if named.find_subcommand(name).is_none() {
                break;
            }
            named = named.find_subcommand_mut(name).expect("found just above");
        }
        named.error(kind, message)
    }
}

/// Parses the command line, then checks what clap cannot: a flag given before a
/// subcommand must be one the subcommand takes (it then counts as given to it), and
/// `--width` wraps text only. On a usage error, exits 2 with the usage, as clap does.
pub fn parse() -> (Cli, Usage) {
    let matches = Cli::command().get_matches();
    let mut subcommands = Vec::new();
    let mut named = &matches;
    while let Some((name, inner)) = named.subcommand() {
        subcommands.push(name.to_owned());
        named = inner;
    }
    let usage = Usage { subcommands };
    let checked = Cli::from_arg_matches(&matches).and_then(|mut cli| {
        check_leading_flags(&matches, &usage)?;
        cli.move_leading_flags();
        cli.check_width(&usage)?;
        Ok(cli)
    });
    match checked {
        Ok(cli) => (cli, usage),
        Err(error) => error.exit(),
    }
}

/// Each flag given before the subcommand is one the subcommand takes, and not given
/// after it too.
fn check_leading_flags(matches: &ArgMatches, usage: &Usage) -> Result<(), clap::Error> {
    let Some((name, sub_matches)) = matches.subcommand() else {
        return Ok(());
    };
    let mut command = Cli::command();
    // Built, an argument can say how it is written (`--topic <ID>`).
    command.build();
    let Some(subcommand) = command.find_subcommand(name) else {
        return Ok(());
    };
    let given = |matches: &ArgMatches, arg: &clap::Arg| {
        matches.value_source(arg.get_id().as_str()) == Some(ValueSource::CommandLine)
    };
    for arg in command.get_arguments().filter(|arg| given(matches, arg)) {
        let same = subcommand
            .get_arguments()
            .find(|sub_arg| sub_arg.get_long().is_some() && sub_arg.get_long() == arg.get_long());
        match same {
            None => {
                return Err(usage.error(
                    ErrorKind::ArgumentConflict,
                    format!("'{arg}' is not an option of '{name}'"),
                ));
            }
            Some(sub_arg) if given(sub_matches, sub_arg) => {
                return Err(usage.error(
                    ErrorKind::ArgumentConflict,
                    format!("'{arg}' is given both before and after '{name}'"),
                ));
            }
            Some(_) => {}
        }
    }
    Ok(())
}

impl Cli {
    /// `--lang` and `--content-dir` given before the subcommand, moved to it (checked
    /// first: the subcommand takes them and was not given them too).
    fn move_leading_flags(&mut self) {
        let explore = &mut self.explore;
        let (lang, content) = match &mut self.command {
            Some(
                Command::Topics { lang, content }
                | Command::Show { lang, content, .. }
                | Command::Search { lang, content, .. },
            ) => (Some(lang), Some(content)),
            Some(Command::Languages { content } | Command::Check { content }) => {
                (None, Some(content))
            }
            Some(Command::Content { .. } | Command::Completions { .. } | Command::Man) | None => {
                (None, None)
            }
        };
        if let Some(lang) = lang {
            lang.lang = lang.lang.take().or(explore.lang.take());
        }
        if let Some(content) = content {
            content.content_dir = content
                .content_dir
                .take()
                .or(explore.content.content_dir.take());
        }
    }

    /// `--width` is for text: Markdown and JSON are not wrapped, and a flag that would
    /// do nothing is refused rather than ignored.
    fn check_width(&self, usage: &Usage) -> Result<(), clap::Error> {
        match &self.command {
            Some(Command::Show {
                format: format @ (Format::Markdown | Format::Json | Format::Tmx),
                width: Some(_),
                ..
            }) => {
                let format = format
                    .to_possible_value()
                    .map(|value| value.get_name().to_owned())
                    .unwrap_or_default();
                Err(usage.error(
                    ErrorKind::ArgumentConflict,
                    format!(
                        "'--width <N>' wraps text only; it cannot be used with '--format {format}'"
                    ),
                ))
            }
            Some(Command::Search {
                format: SearchFormat::Json,
                width,
                color,
                ..
            }) if width.is_some() || color.is_some() => {
                let flag = if width.is_some() {
                    "'--width <N>' cuts the text's lines"
                } else {
                    "'--color <WHEN>' marks the text's lines"
                };
                Err(usage.error(
                    ErrorKind::ArgumentConflict,
                    format!("{flag} only; it cannot be used with '--format json'"),
                ))
            }
            // `--lang` moved from before the subcommand meets `--all` only here.
            Some(Command::Search {
                all: true,
                lang: LangArg { lang: Some(_) },
                ..
            }) => Err(usage.error(
                ErrorKind::ArgumentConflict,
                "'--all' searches every language; it cannot be used with '--lang <CODE>'",
            )),
            _ => Ok(()),
        }
    }
}

/// The command line with the values `--lang`, `--with`, `--topic` and `show` take, for the
/// shell completions and the man page: the library's language codes (with their
/// names), the topic ids (with their English titles), and `show`'s "all",
/// "glossary" and "quiz". Parsing does not use these:
/// `--lang` also takes locale forms and a `--content-dir`'s languages, and a wrong
/// value gets the program's own message.
pub fn with_choices(command: clap::Command, library: &Library) -> clap::Command {
    let languages: Vec<PossibleValue> = library
        .languages()
        .iter()
        .map(|language| {
            PossibleValue::new(language.code.to_string()).help(language.name.to_string())
        })
        .collect();
    let topics: Vec<PossibleValue> = TopicId::ALL
        .into_iter()
        .map(|id| {
            let title = &library.topic(library.english(), id).topic.title;
            PossibleValue::new(id.as_str()).help(title.to_string())
        })
        .collect();
    let glossary = library.language(library.english()).ui.glossary.to_string();
    let quiz = format!(
        "{}: a round, then its answers",
        library.language(library.english()).ui.quiz.title
    );
    let offer = |arg: clap::Arg| {
        let values = match arg.get_id().as_str() {
            // `show --with`, a second language, takes the same codes.
            "lang" | "with" => languages.clone(),
            // `show`'s topic, which may also be the whole article.
            "topic" if arg.is_positional() => {
                let mut values = topics.clone();
                values.push(PossibleValue::new("all").help("The whole article"));
                values.push(PossibleValue::new(GLOSSARY).help(glossary.clone()));
                values.push(PossibleValue::new(QUIZ).help(quiz.clone()));
                values
            }
            "topic" => topics.clone(),
            _ => return arg,
        };
        arg.value_parser(PossibleValuesParser::new(values))
    };
    command.mut_args(offer).mut_subcommands(|subcommand| {
        subcommand
            .mut_args(offer)
            .mut_subcommands(|nested| nested.mut_args(offer))
    })
}
