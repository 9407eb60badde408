//! What the command line and the explorer share, with no drawing in it: the sidebar's
//! entries, search and folding, the quiz, and the actions with their key tables (read by
//! the explorer, the help and the man page alike).

pub mod action;
pub mod entry;
pub mod fold;
pub mod keymap;
pub mod quiz;
pub mod search;
