use std::process::ExitCode;

use sales_vs_service::content::Library;

fn main() -> ExitCode {
    match Library::builtin() {
        Ok(_) => ExitCode::SUCCESS,
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}
