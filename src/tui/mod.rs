//! The explorer in the terminal: the run loop, the terminal guard, the backend, the
//! layout, the remembered place, the editor `v` opens; `app` holds the state and its
//! pure update, `ui` draws it.

pub mod app;
pub(crate) mod backend;
pub(crate) mod editor;
pub mod event_loop;
pub mod layout;
pub mod mouse;
pub(crate) mod remember;
pub(crate) mod terminal;
pub mod ui;
