//! The command line, one clap definition: it parses, and it generates the help, the
//! shell completions and the man page, so they can never disagree.

use std::fmt::Display;
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

/// A terminal explorer of the difference between sales and service, side by side, in
/// six languages.
///
/// Without a subcommand it opens the explorer (or, when its output is not a terminal,
/// prints the article as plain text).
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
}

#[derive(Debug, Args)]
pub struct ContentArgs {
    /// Load language files DIR/<code>.json: a built-in code replaces that language,
    /// a new code adds one.
    #[arg(long, value_name = "DIR", global = true)]
    pub content_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the languages: code and native name, in language-bar order.
    Languages,
    /// List the topics: id and title, in order.
    Topics {
        #[command(flatten)]
        lang: LangArg,
    },
    /// Print a topic, or the whole article, without a terminal.
    Show {
        /// A topic id, or "all" for the whole article.
        #[arg(value_name = "TOPIC|all")]
        topic: String,
        #[command(flatten)]
        lang: LangArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Width to wrap text to (default: the terminal's width, or 80 when the output
        /// is not a terminal).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
    },
    /// Validate the content and report per language; exits 0 only when there are no
    /// problems.
    Check,
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the man page (roff).
    Man,
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
    /// Wrapped text; comparisons as aligned columns (stacked when narrower than 60).
    Text,
    /// Headings, lists and one Markdown table per comparison.
    Markdown,
    /// The content model as JSON.
    Json,
}

/// Which usage line a usage error prints: the program's, or that of the subcommand
/// the command line named.
#[derive(Debug, Clone, Default)]
pub struct Usage {
    subcommand: Option<String>,
}

impl Usage {
    /// A usage error in clap's style, with this usage line under it.
    pub fn error(&self, kind: ErrorKind, message: impl Display) -> clap::Error {
        let mut command = Cli::command();
        // Built, each subcommand's usage line starts with the program's name.
        command.build();
        match self
            .subcommand
            .as_deref()
            .and_then(|name| command.find_subcommand_mut(name))
        {
            Some(subcommand) => subcommand.error(kind, message),
            None => command.error(kind, message),
        }
    }
}

/// Parses the command line as clap does, and remembers which subcommand it names:
/// a usage error found later prints that subcommand's usage line. On a usage error,
/// exits 2 with the usage, as clap does.
pub fn parse() -> (Cli, Usage) {
    let matches = Cli::command().get_matches();
    let usage = Usage {
        subcommand: matches.subcommand_name().map(str::to_owned),
    };
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => (cli, usage),
        Err(error) => error.exit(),
    }
}
