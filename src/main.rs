//! The program: everything is in the library's `cli::run`.

use std::process::ExitCode;

fn main() -> ExitCode {
    sales_vs_service::cli::run::run()
}
