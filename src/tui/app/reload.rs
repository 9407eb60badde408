//! The app across a change of its content: what it keeps while the library it reads is
//! replaced (a language file saved, in the editor `v` opens or anywhere else), the
//! errors of a file that does not load, what the status line says of the files, and
//! where in a language file the text on top of the screen is.

use super::{App, HelpPage, Mode, Notice, Place, Quiz, Search, Under};
use crate::content::{ContentError, Library, Part, Passage, TermId};
use crate::document::theme::Theme;
use crate::study::entry::Entry;
use crate::study::keymap::HelpRow;

/// What the app knows of the language files.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// The errors of the files that do not load: their languages keep the last text
    /// that did.
    errors: Vec<ContentError>,
    /// The errors as the list shows them: where, then what.
    listed: Vec<(String, String)>,
}

impl Files {
    fn hear(&mut self, errors: Vec<ContentError>) {
        self.listed = errors
            .iter()
            .map(|error| (error.at(), error.what()))
            .collect();
        self.errors = errors;
    }
}

/// What the status line says of files read again, if any were.
fn reloaded(names: Vec<String>) -> Option<Notice> {
    (!names.is_empty()).then_some(Notice::Reloaded(names))
}

/// An app without its content: what stays while the library is replaced.
pub struct Kept {
    theme: Theme,
    mouse: bool,
    place: Place,
    search: Search<'static>,
    quiz: Quiz,
    files: Files,
    notice: Option<Notice>,
}

impl Kept {
    pub fn place(&self) -> &Place {
        &self.place
    }

    /// What the files are now: the names of those read again, and the errors of those
    /// that do not load.
    pub fn hear(&mut self, names: Vec<String>, errors: Vec<ContentError>) {
        self.files.hear(errors);
        self.notice = reloaded(names);
    }
}

impl<'a> App<'a> {
    /// Lets go of the library: everything else is kept for the app that reads the next.
    pub fn keep(self) -> Kept {
        Kept {
            theme: self.theme,
            mouse: self.mouse,
            place: self.place,
            search: self.search.relinked(),
            quiz: self.quiz,
            files: self.files,
            notice: self.notice,
        }
    }

    /// The app as it was, over another library with the same languages: the place,
    /// the search and the quiz as they were, the texts laid out again.
    pub fn resume(library: &'a Library, kept: Kept) -> App<'a> {
        let mut app = App::at(library, kept.theme, kept.place, kept.mouse);
        app.search = kept.search.relinked();
        app.search.find_again(library);
        app.quiz = kept.quiz;
        app.forget_quiz_page();
        app.files = kept.files;
        app.notice = kept.notice;
        app.close_empty_errors();
        app.settle();
        app
    }

    /// What the files are now: the names of those read again, and the errors of those
    /// that do not load (the language of each keeps the text it had).
    pub fn hear(&mut self, names: Vec<String>, errors: Vec<ContentError>) {
        self.files.hear(errors);
        self.notice = reloaded(names);
        self.close_empty_errors();
        self.settle();
    }

    /// The errors of the language files that do not load.
    pub fn file_errors(&self) -> &[ContentError] {
        &self.files.errors
    }

    /// `!`: the list of the files' errors over the screen, where there are any, or
    /// back from it.
    pub(super) fn toggle_errors(&mut self) -> bool {
        let under = match self.place.mode {
            Mode::Help {
                under,
                page: HelpPage::Errors,
                ..
            } => {
                self.place.mode = Mode::from(under);
                return true;
            }
            _ if self.files.errors.is_empty() => return false,
            Mode::Help { under, .. } => under,
            Mode::Reading(focus) | Mode::Search(focus) => Under::Reading(focus),
            Mode::Quiz => Under::Quiz,
        };
        self.place.mode = Mode::Help {
            under,
            scroll: 0,
            page: HelpPage::Errors,
        };
        true
    }

    /// The list of errors closes once there are none.
    fn close_empty_errors(&mut self) {
        if let Mode::Help {
            under,
            page: HelpPage::Errors,
            ..
        } = self.place.mode
            && self.files.errors.is_empty()
        {
            self.place.mode = Mode::from(under);
        }
    }

    /// The rows of the list of errors: under what it means for the text, each error's
    /// place, and what is wrong there.
    pub(super) fn error_rows(&self) -> Vec<HelpRow<'_>> {
        std::iter::once(HelpRow::Heading(&self.language().ui.edit.last_good))
            .chain(
                self.files
                    .listed
                    .iter()
                    .map(|(at, what)| HelpRow::Keys(at.clone(), what.as_str())),
            )
            .collect()
    }

    /// The part of the text on top of the screen, in a language file's terms: where
    /// `v` opens the file.
    pub fn passage(&self) -> Passage {
        let part = self.part_on_top().unwrap_or(Part::Heading);
        match self.place.entry {
            Entry::Topic(topic) => Passage::Topic(topic, part),
            Entry::Glossary => Passage::Glossary(match part {
                Part::Heading => None,
                Part::Block { item, .. } => TermId::ALL.get(item).copied(),
            }),
            Entry::Quiz => Passage::Quiz,
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Size;

    use super::*;
    use crate::content::{Position, SourceFile, TopicId, builtin_files};
    use crate::study::action::Action;
    use crate::tui::app::Focus;

    /// The built-in languages, French's `from` replaced with `to`.
    fn library_with(from: &str, to: &str) -> Library {
        let files: Vec<SourceFile> = builtin_files()
            .into_iter()
            .map(|mut file| {
                if file.code == "fr" {
                    assert!(file.text.contains(from), "{from}");
                    file.text = file.text.replace(from, to).into();
                }
                file
            })
            .collect();
        Library::from_files(&files).unwrap()
    }

    fn french_comparison(library: &Library) -> App<'_> {
        let french = library.find_language("fr").unwrap();
        let mut app = App::new(
            library,
            Theme::mono(),
            french,
            TopicId::Comparison,
            true,
            Size::new(100, 30),
        );
        app.update(Action::FocusDetail);
        for _ in 0..12 {
            app.update(Action::Down);
        }
        app
    }

    fn text(app: &App) -> String {
        app.document()
            .lines
            .iter()
            .flat_map(|line| line.spans.iter().map(|span| span.content.to_string()))
            .collect()
    }

    #[test]
    fn a_new_library_keeps_the_place_and_the_search() {
        let before = Library::builtin().unwrap();
        let mut app = french_comparison(&before);
        app.update(Action::OpenSearch);
        for c in "fidélisation".chars() {
            app.update(Action::Type(c));
        }
        let place = *app.place();
        let passage = app.passage();
        let found = app.search().ranked().len();
        assert!(found > 0);

        let kept = app.keep();
        let after = library_with("Nouveaux clients et", "Clients tout neufs, fidélisation et");
        let app = App::resume(&after, kept);
        assert_eq!(*app.place(), place, "the place, the search line open");
        assert_eq!(app.passage(), passage);
        assert_eq!(app.search().line(), "fidélisation");
        assert_eq!(app.search().ranked().len(), found + 1, "found again");
        assert!(text(&app).contains("neufs"), "{}", text(&app));
    }

    #[test]
    fn the_errors_are_listed_on_a_key_until_they_are_fixed() {
        let library = Library::builtin().unwrap();
        let mut app = french_comparison(&library);
        assert!(!app.update(Action::ToggleErrors), "no errors, no list");
        let error = ContentError {
            file: "my/fr.json".into(),
            position: Some(Position {
                line: 190,
                column: 25,
            }),
            path: "topics[5].blocks[0].rows[1].aspect".into(),
            message: "expected a string, found the number 42".into(),
        };
        let place = *app.place();
        app.hear(Vec::new(), vec![error]);
        assert_eq!(app.place().anchor, place.anchor, "the text stays");
        assert_eq!(app.file_errors().len(), 1);
        assert!(app.update(Action::ToggleErrors));
        assert!(matches!(
            app.place().mode,
            Mode::Help {
                page: HelpPage::Errors,
                ..
            }
        ));
        assert_eq!(app.help_title(), app.language().ui.keys.errors.as_str());
        let listed: String = app
            .help_text()
            .lines
            .iter()
            .flat_map(|line| line.spans.iter().map(|span| span.content.to_string()))
            .collect();
        assert!(listed.contains("my/fr.json:190:25"), "{listed}");
        assert!(listed.contains("found the number 42"), "{listed}");
        // Fixed: the list closes, and the status line says the file was read again.
        app.hear(vec!["my/fr.json".into()], Vec::new());
        assert_eq!(app.place().mode, Mode::Reading(Focus::Detail));
        assert_eq!(
            app.notice(),
            Some(&Notice::Reloaded(vec!["my/fr.json".into()]))
        );
        app.update(Action::Down);
        assert_eq!(app.notice(), None, "said once");
    }

    #[test]
    fn the_passage_is_the_part_on_top_of_the_screen() {
        let library = Library::builtin().unwrap();
        let mut app = french_comparison(&library);
        let document = app.document();
        let (part, _) = document.part_at(document.text_start(app.scroll()));
        assert!(
            matches!(part, Part::Block { item, .. } if item > 0),
            "{part:?}"
        );
        assert_eq!(app.passage(), Passage::Topic(TopicId::Comparison, part));
        app.update(Action::Top);
        assert_eq!(
            app.passage(),
            Passage::Topic(TopicId::Comparison, Part::Heading)
        );
        app.update(Action::SelectRow(Entry::Glossary.row()));
        assert_eq!(app.passage(), Passage::Glossary(None));
    }
}
