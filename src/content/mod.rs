//! Content as data: the language files, their model, loading and validation, and the
//! English fallback. Nothing here knows about the screen.

mod embedded;
mod error;
mod library;
mod locate;
mod model;
mod validate;

pub use embedded::builtin_files;
pub use error::{ContentError, ContentErrors, Position};
pub use library::{FALLBACK_CODE, Library, Shown, SourceFile};
pub use model::{Block, KeyText, Language, ListStyle, Origin, Row, Topic, TopicId, UiText};
pub use validate::{MAX_TITLE_WIDTH, is_valid_code};

impl Library {
    /// The content compiled into the program.
    pub fn builtin() -> Result<Library, ContentErrors> {
        Library::from_files(&builtin_files())
    }
}
