//! What ends a run early, and the exit code and message each gets: 2 for a usage error
//! (in clap's own style), 1 for bad content or an I/O error.

use std::process::ExitCode;

use clap::error::ErrorKind;

use crate::cli::Usage;
use crate::content::ContentErrors;

#[derive(Debug)]
pub enum Failure {
    /// A value the command line cannot use, such as an unknown language.
    Usage(ErrorKind, String),
    Content(ContentErrors),
    /// The explorer has no terminal to read keys from.
    NoTerminal,
    Io(std::io::Error),
}

impl Failure {
    /// Says what went wrong on stderr (a usage error with `usage`'s line); the exit
    /// code to end with.
    pub fn report(self, usage: &Usage) -> ExitCode {
        match self {
            Failure::Usage(kind, message) => {
                let _ = usage.error(kind, message).print();
                ExitCode::from(2)
            }
            Failure::Content(errors) => {
                eprintln!("{errors}");
                ExitCode::FAILURE
            }
            Failure::NoTerminal => {
                eprintln!(
                    "sales-vs-service: no terminal to read keys from (stdin is not a terminal and {} cannot be opened); use `sales-vs-service show` to print",
                    crate::cli::explore::TERMINAL_INPUT
                );
                ExitCode::from(2)
            }
            Failure::Io(error) => {
                eprintln!("sales-vs-service: {error}");
                ExitCode::FAILURE
            }
        }
    }
}
