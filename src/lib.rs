//! sales-vs-service: a terminal explorer of the difference between sales and service.
//!
//! Data flows one way:
//! key / mouse / resize → `action` → `App::update` (`app`) → state → `ui` → frame;
//! a language file saved → `Watch` → a new library → `App::resume` at the same place.
//!
//! - `cli` — the command line (clap), which also makes completions and the man page.
//! - `content` — the language files: model, loading, validation, English fallback,
//!   and a `--content-dir`'s files looked at for saved changes (`watch`).
//! - `fold` — text folded for matching: no case, no diacritics, in every script.
//! - `action` — the actions, and what the mouse asks for.
//! - `keymap` — one key table per mode (keys, help and hints).
//! - `app` — the state and its pure update.
//! - `layout` — terminal area → named regions; drawing and hit-testing share it.
//! - `document` — a topic at a width → styled lines (wrapping, comparisons), and
//!   where its parts are, so a place survives a language switch or a re-wrap.
//! - `glossary` — the glossary in one language at a width → styled lines.
//! - `help` — the help's keys and descriptions laid out for the room there is.
//! - `ellipsis` — text cut to a width, saying so.
//! - `entry` — what the sidebar lists: the topics, the glossary, the quiz.
//! - `ui` — one file per region, each only reads `&App`.
//! - `export` — the article as text, Markdown or JSON (`show`, piped output).
//! - `commands` — the other subcommands' output.
//! - `completions` — the shell completion scripts, with the codes and ids as values.
//! - `locale` — the language the environment asks for.
//! - `manual` — the man page, with the keys, exit status, environment and files.
//! - `remember` — the remembered place.
//! - `search` — every text folded once, matched and ranked; snippets and highlights.
//! - `setup` — what a run starts from: content, language, topic.
//! - `explore` — a run of the explorer, from where to open to what is saved after.
//! - `output` — printing to a pipe or a terminal.
//! - `quiz` — "Sales or service?": the statements, a round, its score.
//! - `failure` — what ends a run early, and its exit code.
//! - `theme` — the semantic styles, colour and monochrome.
//! - `terminal` — entering and restoring the terminal on every exit path.
//! - `backend` — crossterm's backend, sending a clear with its frame, once.
//! - `event_loop` — draw, wait for input, map, update; a saved language file
//!   replaces the library under a new app at the same place.
//! - `editor` — `v`: the language's file in the reader's editor, at a line.

pub mod cli;
pub mod content;
pub mod document;
pub mod export;
pub mod study;
pub mod tui;
