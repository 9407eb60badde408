//! sales-vs-service: a terminal explorer of the difference between sales and service.
//!
//! Data flows one way:
//! key / mouse / resize → `Action` (`study::keymap`, `tui::mouse`) → `App::update`
//! (`tui::app`: the mode and the place) → `App` → view (`tui::ui`, `document`) → frame;
//! a `--content-dir` file saved → `content::Watch` → a new library → `App::resume` at
//! the same place.
//!
//! Each folder is a layer; the arrows go down only:
//! `cli` → `tui` → `export` → `document` → `study` → `content` (the explorer copies a
//! topic as `export` prints it).
//!
//! - `content` — the language files: the serde model, the embedded files, loading with
//!   exact file:line:col errors, validation (the quiz's statements included), shapes
//!   aligned against English, a new language's starting file, a folder's files looked
//!   at for saved changes (`Watch`). No drawing.
//! - `study` — what the command line and the explorer share, no drawing: the sidebar's
//!   entries, search and folding, the quiz's rounds, the actions and the key tables
//!   (read by the explorer, the help and the man page alike; keys are named with
//!   crossterm's key codes, as data).
//! - `document` — all text layout: a topic, a comparison, two languages aligned, the
//!   glossary, the quiz page, the help's rows; one writer, one wrap (`wrap`), one way to
//!   cut text to a width (`ellipsis`); the semantic styles (`theme`).
//! - `export` — the documents printed: text, Markdown, JSON, TMX, the quiz sheet.
//! - `tui` — the explorer in the terminal: the run loop (which reloads saved language
//!   files), the terminal guard, the backend, the layout (one value per size and
//!   mode), the mouse, the remembered place, the editor `v` opens; `tui::app` the
//!   state and its pure update, `tui::ui` one file per region, each only reading
//!   `&App`.
//! - `cli` — the command line (clap), its subcommands, completions, man page, exit
//!   codes, the locale, and `run`, which `main` calls: it prints, or opens the explorer
//!   (`cli::explore`).

pub mod cli;
pub mod content;
pub mod document;
pub mod export;
pub mod study;
pub mod tui;
