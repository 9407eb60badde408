//! The texts laid out for the detail pane, kept while a key may ask for them again: the
//! one on screen, the one shown before it (a key back, such as `z` twice or a digit
//! back, finds it), and those the idle pass laid out one key away. Nothing else is
//! kept, so what is held follows what is on screen, not the number of languages or
//! the sizes the window has had.

use crate::document::Document;
use crate::study::entry::Entry;

/// What a laid-out text depends on, besides the content and the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentKey {
    pub language: usize,
    /// The parallel view's second language, where it is on.
    pub beside: Option<usize>,
    pub entry: Entry,
    /// The text's width in columns.
    pub width: u16,
}

#[derive(Default)]
pub struct Documents {
    laid_out: Vec<(DocumentKey, Document)>,
    shown: Option<DocumentKey>,
    shown_before: Option<DocumentKey>,
}

impl Documents {
    pub fn get(&self, key: &DocumentKey) -> Option<&Document> {
        self.laid_out
            .iter()
            .find(|(laid_out, _)| laid_out == key)
            .map(|(_, document)| document)
    }

    pub fn contains(&self, key: &DocumentKey) -> bool {
        self.get(key).is_some()
    }

    /// The text on screen is now `key`'s; the one on screen until now is the one shown
    /// before it.
    pub fn show(&mut self, key: DocumentKey) {
        if self.shown != Some(key) {
            self.shown_before = self.shown.replace(key);
        }
    }

    /// Keeps `document`, laid out for `key`, and drops the texts that are neither on
    /// screen, nor shown before it, nor among `ahead` (those one key away).
    pub fn insert(&mut self, key: DocumentKey, document: Document, ahead: &[DocumentKey]) {
        let wanted = |laid_out: &DocumentKey| {
            Some(*laid_out) == self.shown
                || Some(*laid_out) == self.shown_before
                || ahead.contains(laid_out)
        };
        self.laid_out.retain(|(laid_out, _)| wanted(laid_out));
        self.laid_out.push((key, document));
    }
}
