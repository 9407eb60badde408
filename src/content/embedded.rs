//! The six language files, compiled into the binary so nothing is read at run time.

use std::borrow::Cow;

use super::library::SourceFile;

/// In language-bar order.
const EMBEDDED: [(&str, &str); 6] = [
    ("en", include_str!("../../assets/content/en.json")),
    ("et", include_str!("../../assets/content/et.json")),
    ("fr", include_str!("../../assets/content/fr.json")),
    ("is", include_str!("../../assets/content/is.json")),
    ("it", include_str!("../../assets/content/it.json")),
    ("vi", include_str!("../../assets/content/vi.json")),
];

pub fn builtin_files() -> Vec<SourceFile> {
    EMBEDDED
        .iter()
        .map(|(code, text)| SourceFile {
            name: format!("assets/content/{code}.json"),
            code: (*code).to_owned(),
            text: Cow::Borrowed(*text),
        })
        .collect()
}
