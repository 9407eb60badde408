//! The yardstick for start-up: the least a ratatui program does — enter the terminal,
//! draw one bordered paragraph, wait for `q`, restore. `cargo bench --bench startup`
//! builds it and times the explorer against it.

use ratatui::crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    ratatui::run(|terminal| {
        terminal.draw(|frame| {
            let paragraph = Paragraph::new("Sales and service, side by side.")
                .block(Block::bordered().title("minimal"));
            frame.render_widget(paragraph, frame.area());
        })?;
        loop {
            if let Event::Key(key) = event::read()?
                && key.code == KeyCode::Char('q')
            {
                return Ok(());
            }
        }
    })
}
