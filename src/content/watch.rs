//! A `--content-dir`'s language files while the explorer runs: a file saved with a
//! change is read again, and its language replaced where it loads. Where it does not
//! (an error, or a save not finished), the language keeps the text it had and the
//! file's errors are kept, located, until a save fixes them. Nothing here waits: the
//! explorer asks (`poll`) while it is idle.
//!
//! Asked, not told: a look is a `stat` of each file (its modified time, length and, on
//! Unix, inode). A watcher (the notify crate) would bring a thread and a dozen crates
//! for the same half second, and would have to watch the folder rather than the files,
//! since editors save by writing a new file and renaming it over the old; a path
//! looked at afresh each time follows a file however it is saved.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::error::{ContentError, ContentErrors};
use super::folder::read_file;
use super::library::{Library, SourceFile, parse_language};
use super::locate::{Passage, line_of};

/// A file changed this recently that does not load is read once more before its
/// errors are told: it may be half written.
const SETTLING: Duration = Duration::from_millis(200);

pub struct Watch {
    /// The files the library in force was made from: the built-in ones with the
    /// folder's over them, each as it last loaded.
    files: Vec<SourceFile>,
    watched: Vec<Watched>,
}

/// One of the folder's files.
struct Watched {
    path: PathBuf,
    /// Its place in `files`.
    index: usize,
    /// As last read.
    stamp: Option<Stamp>,
    /// Why it does not load, as last read; empty while it does.
    errors: Vec<ContentError>,
    /// It did not load just after a change, and is read again before that is told.
    put_off: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    #[cfg(unix)]
    inode: u64,
}

/// What a look at the files found.
#[derive(Debug)]
pub struct News {
    /// The library with the languages that changed and load, where any did.
    pub library: Option<Library>,
    /// The names of the files read into `library`.
    pub reloaded: Vec<String>,
    /// Every error of every watched file that does not load now.
    pub errors: Vec<ContentError>,
}

impl Watch {
    /// Watches those of `files` that came from `dir` (named as `read_folder` names
    /// them), as they are now.
    pub fn new(dir: &Path, files: Vec<SourceFile>) -> Watch {
        let watched = files
            .iter()
            .enumerate()
            .filter_map(|(index, file)| {
                let path = dir.join(format!("{}.json", file.code));
                (path.display().to_string() == file.name).then(|| Watched {
                    stamp: stamp(&path),
                    path,
                    index,
                    errors: Vec::new(),
                    put_off: false,
                })
            })
            .collect();
        Watch { files, watched }
    }

    /// Where to open the file of the language `code` to show `passage`: the file
    /// (`None` for a language compiled in) and the line, that of its first error
    /// where it does not load.
    pub fn place_of(&self, code: &str, passage: Passage) -> Option<(&Path, usize)> {
        let watched = self
            .watched
            .iter()
            .find(|watched| self.files[watched.index].code == code)?;
        let line = match watched.errors.first() {
            Some(error) => error.position.map_or(1, |position| position.line),
            None => line_of(&self.files[watched.index].text, passage),
        };
        Some((&watched.path, line))
    }

    /// Every error of every watched file that does not load now.
    pub fn errors(&self) -> Vec<ContentError> {
        self.watched
            .iter()
            .flat_map(|watched| watched.errors.iter().cloned())
            .collect()
    }

    /// Reads the files saved since the last look. `None` when nothing that shows
    /// changed: no file, or only one put off.
    pub fn poll(&mut self) -> Option<News> {
        let mut candidate: Option<Vec<SourceFile>> = None;
        let mut loaded = Vec::new();
        let mut changed = false;
        for (n, watched) in self.watched.iter_mut().enumerate() {
            // A file not there is being replaced (an editor's save) or is gone: its
            // language keeps its text, and the file is looked for again next time.
            let Some(now) = stamp(&watched.path) else {
                continue;
            };
            if watched.stamp == Some(now) {
                continue;
            }
            let read = read_file(&watched.path)
                .map_err(|error| vec![error])
                .and_then(|file| parse_language(&file).map(|_| file));
            match read {
                Ok(file) => {
                    candidate.get_or_insert_with(|| self.files.clone())[watched.index] = file;
                    loaded.push(n);
                }
                Err(_) if !watched.put_off && settling(now) => {
                    watched.put_off = true;
                    continue;
                }
                Err(errors) => {
                    changed |= watched.errors != errors;
                    watched.errors = errors;
                }
            }
            watched.stamp = Some(now);
            watched.put_off = false;
        }
        let mut news = News {
            library: None,
            reloaded: Vec::new(),
            errors: Vec::new(),
        };
        if let Some(files) = candidate {
            changed = true;
            match Library::from_files(&files) {
                Ok(library) => {
                    for n in loaded {
                        let watched = &mut self.watched[n];
                        watched.errors.clear();
                        news.reloaded.push(files[watched.index].name.clone());
                    }
                    self.files = files;
                    news.library = Some(library);
                }
                // What only the whole set can refuse (an English file without a topic,
                // which every language falls back to): each file's are its own.
                Err(ContentErrors(errors)) => {
                    for n in loaded {
                        let watched = &mut self.watched[n];
                        let name = &files[watched.index].name;
                        let own: Vec<ContentError> = errors
                            .iter()
                            .filter(|error| &error.file == name)
                            .cloned()
                            .collect();
                        watched.errors = if own.is_empty() { errors.clone() } else { own };
                    }
                }
            }
        }
        changed.then(|| News {
            errors: self.errors(),
            ..news
        })
    }
}

fn stamp(path: &Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some(Stamp {
        modified: metadata.modified().ok(),
        len: metadata.len(),
        #[cfg(unix)]
        inode: std::os::unix::fs::MetadataExt::ino(&metadata),
    })
}

/// Whether a file was changed so recently that it may still be being written.
fn settling(stamp: Stamp) -> bool {
    stamp
        .modified
        .and_then(|modified| SystemTime::now().duration_since(modified).ok())
        .is_some_and(|age| age < SETTLING)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Part, TopicId, builtin_files};

    /// A folder with the built-in French file, and the watch over it.
    fn folder() -> (tempfile::TempDir, PathBuf, Watch) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fr.json");
        let french = builtin_files()
            .into_iter()
            .find(|file| file.code == "fr")
            .unwrap();
        std::fs::write(&path, french.text.as_ref()).unwrap();
        let folder = crate::content::read_folder(dir.path()).unwrap();
        let files = crate::content::merge(builtin_files(), folder.files);
        let watch = Watch::new(dir.path(), files);
        (dir, path, watch)
    }

    /// A look that tells, once a file that does not load has settled.
    fn settled(watch: &mut Watch) -> News {
        watch
            .poll()
            .or_else(|| {
                std::thread::sleep(SETTLING);
                watch.poll()
            })
            .expect("news")
    }

    fn title(library: &Library, topic: TopicId) -> String {
        let french = library.find_language("fr").unwrap();
        library.topic(french, topic).topic.title.to_string()
    }

    #[test]
    fn a_saved_change_replaces_its_language_and_nothing_else_is_news() {
        let (_dir, path, mut watch) = folder();
        assert!(watch.poll().is_none(), "nothing changed");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replace("\"Points communs\"", "\"Ressemblances\""),
        )
        .unwrap();
        let news = watch.poll().expect("news");
        let library = news.library.expect("a library");
        assert_eq!(title(&library, TopicId::Similarities), "Ressemblances");
        assert_eq!(news.reloaded, [path.display().to_string()]);
        assert!(news.errors.is_empty());
        assert!(watch.poll().is_none(), "told once");
    }

    #[test]
    fn a_file_that_does_not_load_keeps_its_text_and_tells_where_until_fixed() {
        let (_dir, path, mut watch) = folder();
        let good = std::fs::read_to_string(&path).unwrap();
        let broken = good.replacen("\"title\": \"Points communs\"", "\"title\": 42", 1);
        std::fs::write(&path, &broken).unwrap();
        let news = settled(&mut watch);
        assert!(news.library.is_none(), "the last good text stays");
        let [error] = news.errors.as_slice() else {
            panic!("one error: {:?}", news.errors)
        };
        let line = broken
            .lines()
            .position(|line| line.contains("\"title\": 42"))
            .unwrap()
            + 1;
        assert_eq!(error.position.map(|position| position.line), Some(line));
        assert!(error.path.ends_with(".title"), "{error}");
        // `v` opens the file at the error.
        let passage = Passage::Topic(TopicId::Overview, Part::Heading);
        assert_eq!(watch.place_of("fr", passage), Some((path.as_path(), line)));
        assert!(
            watch.place_of("en", passage).is_none(),
            "English is built in"
        );

        // A file being replaced is not there for a moment: nothing to tell.
        std::fs::remove_file(&path).unwrap();
        assert!(watch.poll().is_none());

        std::fs::write(
            &path,
            good.replace("\"Points communs\"", "\"Ressemblances\""),
        )
        .unwrap();
        let news = watch.poll().expect("news");
        assert!(news.errors.is_empty());
        assert_eq!(
            title(&news.library.unwrap(), TopicId::Similarities),
            "Ressemblances"
        );
        assert!(watch.errors().is_empty());
    }

    #[test]
    fn a_file_still_being_written_is_read_again_before_its_errors_are_told() {
        let (_dir, path, mut watch) = folder();
        let good = std::fs::read_to_string(&path).unwrap();
        // Half of it, just written.
        std::fs::write(&path, &good.as_bytes()[..good.len() / 2]).unwrap();
        assert!(watch.poll().is_none(), "put off");
        // The rest comes: it loads, and the language is read again.
        std::fs::write(
            &path,
            good.replace("\"Points communs\"", "\"Ressemblances\""),
        )
        .unwrap();
        let news = watch.poll().expect("news");
        assert!(news.errors.is_empty());
        assert!(news.library.is_some());
    }
}
