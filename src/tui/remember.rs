//! The remembered place: the language and topic the reader was at when they quit,
//! kept where the system keeps such state: `$XDG_STATE_HOME/sales-vs-service` on Linux
//! (`~/.local/state/…` by default), `~/Library/Application Support/sales-vs-service`
//! on macOS, `%LOCALAPPDATA%\sales-vs-service\data` on Windows. It is a comfort,
//! never a reason to fail: a missing, corrupt or unwritable file gives at most a
//! warning.

use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::content::Library;
use crate::study::entry::Entry;
use crate::tui::app::Place;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remembered {
    pub language: String,
    /// A topic's id, `glossary` or `quiz`.
    pub topic: Entry,
    /// Whether the sidebar was shown; a file from before `z` existed says nothing,
    /// and the sidebar shows.
    #[serde(default = "shown")]
    pub sidebar: bool,
    /// The parallel view, and its second language's code when one was chosen.
    #[serde(default)]
    pub parallel: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with: Option<String>,
}

fn shown() -> bool {
    true
}

impl Remembered {
    /// What of `place` is kept across runs, the languages by their codes (an index
    /// means nothing to another run, whose languages may differ).
    pub fn of(place: &Place, library: &Library) -> Remembered {
        let code = |language: usize| library.language(language).code.to_string();
        Remembered {
            language: code(place.language),
            topic: place.entry,
            sidebar: place.sidebar,
            parallel: place.parallel,
            with: place.second.map(code),
        }
    }

    /// The place it names in `library`; `Err` with the loaded codes where its language
    /// is not loaded (one from a --content-dir, say). A second language no longer
    /// loaded gives way to the default one.
    pub fn place(&self, library: &Library) -> Result<Place, String> {
        let Some(language) = library.find_language(&self.language) else {
            let codes: Vec<&str> = library
                .languages()
                .iter()
                .map(|language| language.code.as_str())
                .collect();
            return Err(format!(
                "no language \"{}\" is loaded (the languages are {})",
                self.language,
                codes.join(", ")
            ));
        };
        Ok(Place {
            sidebar: self.sidebar,
            parallel: self.parallel,
            second: self
                .with
                .as_deref()
                .and_then(|code| library.find_language(code)),
            ..Place::at(language, self.topic)
        })
    }
}

#[derive(Debug, Clone)]
pub struct PlaceFile {
    path: PathBuf,
}

impl PlaceFile {
    /// The platform's place for it, if the platform has a home for state. Only the
    /// XDG systems have a state directory; macOS and Windows keep state with the
    /// program's local data (on Windows the folder that does not roam with the
    /// profile: a place is about this machine).
    pub fn locate() -> Option<PlaceFile> {
        let dirs = directories::ProjectDirs::from("", "", "sales-vs-service")?;
        let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
        Some(PlaceFile {
            path: dir.join("place.json"),
        })
    }

    #[cfg(test)]
    pub fn at(path: PathBuf) -> PlaceFile {
        PlaceFile { path }
    }

    /// The remembered place; `Ok(None)` when there is none yet; `Err` (a warning to
    /// show) when the file cannot be read or makes no sense.
    pub fn load(&self) -> Result<Option<Remembered>, String> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => {
                return Err(format!(
                    "cannot read the remembered place {}: {error}",
                    self.path.display()
                ));
            }
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|error| self.ignoring(&error.to_string()))
    }

    /// The warning for a remembered place that cannot be used, and why.
    pub fn ignoring(&self, why: &str) -> String {
        format!(
            "ignoring the remembered place {}: {why}",
            self.path.display()
        )
    }

    pub fn save(&self, place: &Remembered) -> Result<(), String> {
        let write = || -> std::io::Result<()> {
            if let Some(dir) = self.path.parent() {
                fs::create_dir_all(dir)?;
            }
            // Write then rename, so a crash mid-write never leaves half a file.
            let temporary = self.path.with_extension("json.tmp");
            fs::write(
                &temporary,
                serde_json::to_string(place).map_err(std::io::Error::other)?,
            )?;
            fs::rename(&temporary, &self.path)
        };
        write().map_err(|error| {
            format!(
                "cannot remember the place in {}: {error}",
                self.path.display()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_place_loads_back() {
        let dir = tempfile::tempdir().unwrap();
        let file = PlaceFile::at(dir.path().join("deep/er/place.json"));
        assert_eq!(file.load(), Ok(None));
        let place = Remembered {
            language: "vi".into(),
            topic: Entry::Glossary,
            sidebar: false,
            parallel: true,
            with: Some("is".into()),
        };
        file.save(&place).unwrap();
        assert_eq!(file.load(), Ok(Some(place)));
    }

    #[test]
    fn a_corrupt_file_is_a_warning_not_a_failure() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("place.json");
        fs::write(&path, "{\"language\": \"fr\", \"topic\": \"nonsense\"}").unwrap();
        let warning = PlaceFile::at(path).load().unwrap_err();
        assert!(
            warning.contains("ignoring the remembered place") && warning.contains("nonsense"),
            "{warning}"
        );
    }

    #[test]
    fn an_unwritable_place_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, "").unwrap();
        let file = PlaceFile::at(blocker.join("place.json"));
        let warning = file
            .save(&Remembered {
                language: "en".into(),
                topic: Entry::Topic(crate::content::TopicId::Overview),
                sidebar: true,
                parallel: false,
                with: None,
            })
            .unwrap_err();
        assert!(warning.contains("cannot remember the place"), "{warning}");
    }
}
