//! What the status line says once, set apart from the key hints: that `n` went round,
//! what `y` copied, that a language file was read again, what `v` could not do. Said
//! after what caused it, forgotten at the next action.

use super::App;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// `n` went past the last match back to the first.
    WrappedToTop,
    /// `N` went past the first match back to the last.
    WrappedToBottom,
    /// `y` copied a part: its first line, cut short.
    Copied(String),
    /// `Y` copied a topic as Markdown: its title.
    CopiedMarkdown(String),
    /// Language files read again after a save: their names.
    Reloaded(Vec<String>),
    /// `v` on a language compiled into the program: how to get a copy to edit.
    BuiltIn,
    /// The editor did not start: why.
    NoEditor(String),
}

impl App<'_> {
    /// What the status line says besides the keys, if anything.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn say(&mut self, notice: Notice) {
        self.notice = Some(notice);
    }

    /// Said once: forgotten at the next action.
    pub(super) fn forget_notice(&mut self) -> bool {
        self.notice.take().is_some()
    }
}
