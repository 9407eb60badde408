//! `y` and `Y`: the part at the top of the text, or the whole topic, onto the
//! clipboard. The app only asks: the text waits here until the event loop writes it to
//! the terminal (OSC 52, so it works over ssh and in tmux), and the status line says
//! what was copied.

use super::{App, Notice};
use crate::content::{Part, TermId};
use crate::document::Side;
use crate::document::ellipsis::fit;
use crate::export::{self, GlossaryOf, Pair, Selection};
use crate::study::entry::Entry;

/// What the status line names a copy by, at most: the start of a paragraph, say.
const NAME_WIDTH: usize = 32;

impl App<'_> {
    /// `y`: the paragraph, list item or comparison row at the top of the text, as plain
    /// text; in the parallel view with its translation; in the glossary, the term in
    /// every language. Nothing on the quiz's page.
    pub(super) fn copy_part(&mut self) -> bool {
        let Some(part) = self.part_on_top() else {
            return false;
        };
        let language = self.place.language;
        // Each named on the status line by its first line (a row by its aspect), a
        // term by the reader's word for it.
        let copied = match (self.place.entry, part) {
            (Entry::Topic(topic), _) => {
                let side = |language: usize| Side {
                    shown: self.library.topic(language, topic),
                    ui: &self.library.language(language).ui,
                };
                let text = match self.beside() {
                    Some(second) => export::part_text_in_two(side(language), side(second), part),
                    None => export::part_text(side(language), part),
                };
                text.map(|text| {
                    let name = text.lines().next().unwrap_or_default().to_owned();
                    (text, name)
                })
            }
            (Entry::Glossary, Part::Heading) => {
                let name = self.language().ui.glossary.to_string();
                Some((name.clone(), name))
            }
            (Entry::Glossary, Part::Block { item, .. }) => TermId::ALL.get(item).map(|&term| {
                let text = export::term_text(self.library, language, self.beside(), term);
                let name = self
                    .language()
                    .glossary
                    .get(term)
                    .map_or_else(String::new, |entry| entry.term.to_string());
                (text, name)
            }),
            (Entry::Quiz, _) => None,
        };
        let Some((text, name)) = copied else {
            return false;
        };
        self.ask_to_copy(text, Notice::Copied(fit(&name, NAME_WIDTH)));
        true
    }

    /// `Y`: the whole topic as Markdown, as `show --format markdown` prints it (in the
    /// parallel view, as `show --with` does); the glossary too. Nothing on the quiz's
    /// page.
    pub(super) fn copy_topic(&mut self) -> bool {
        let library = self.library;
        let language = self.place.language;
        let (markdown, name) = match self.place.entry {
            Entry::Topic(topic) => {
                let markdown = match self.beside() {
                    Some(second) => export::parallel_markdown(&Pair {
                        library,
                        first: language,
                        second,
                        topics: vec![topic],
                        whole: false,
                    }),
                    None => export::markdown(&Selection {
                        library,
                        language,
                        topics: vec![topic],
                        whole: false,
                    }),
                };
                (
                    markdown,
                    library.topic(language, topic).topic.title.to_string(),
                )
            }
            Entry::Glossary => (
                export::glossary_markdown(&GlossaryOf { library, language }),
                self.language().ui.glossary.to_string(),
            ),
            Entry::Quiz => return false,
        };
        self.ask_to_copy(markdown, Notice::CopiedMarkdown(name));
        true
    }

    /// The text a copy asked for, once: the event loop writes it to the terminal.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    fn ask_to_copy(&mut self, text: String, notice: Notice) {
        self.clipboard = Some(text);
        self.say(notice);
    }
}
