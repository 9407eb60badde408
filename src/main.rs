use std::process::ExitCode;

use clap::Parser;
use ratatui::layout::Size;
use sales_vs_service::app::App;
use sales_vs_service::content::{Library, TopicId};
use sales_vs_service::theme::Theme;
use sales_vs_service::{event_loop, terminal};

/// A terminal explorer of the difference between sales and service, in six languages.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Leave mouse reporting off (the terminal's own text selection works as usual).
    #[arg(long)]
    no_mouse: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Everything that can fail on bad input fails here, before the terminal is touched.
    let library = match Library::builtin() {
        Ok(library) => library,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let theme = Theme::from_no_color(std::env::var_os("NO_COLOR").as_deref());
    match explore(&library, theme, !cli.no_mouse) {
        Ok(ending) => ExitCode::from(ending.exit_code()),
        Err(error) => {
            eprintln!("sales-vs-service: {error}");
            ExitCode::FAILURE
        }
    }
}

fn explore(library: &Library, theme: Theme, mouse: bool) -> std::io::Result<event_loop::Ending> {
    let (_guard, mut terminal) = terminal::enter(mouse)?;
    let size = terminal.size()?;
    let mut app = App::new(
        library,
        theme,
        library.english(),
        TopicId::Overview,
        mouse,
        Size::new(size.width, size.height),
    );
    event_loop::run(&mut terminal, &mut app)
}
