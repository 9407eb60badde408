//! Language files from a folder (`--content-dir`): how a translator tries a new or
//! improved language without rebuilding. Only read, never written.

use std::borrow::Cow;
use std::fs;
use std::io::Read;
use std::path::Path;

use super::error::{ContentError, ContentErrors};
use super::library::SourceFile;
use super::locate::position_of_byte;
use super::validate::is_valid_code;

/// A language file larger than this is a mistake (the largest real one is ~40 KiB).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// A folder's language files: those that could be read, and an error for each that
/// could not.
#[derive(Debug)]
pub struct Folder {
    pub files: Vec<SourceFile>,
    pub unreadable: Vec<ContentError>,
}

/// Every `DIR/<code>.json`, in code order. `Err` only when the folder itself is
/// unusable (missing, unreadable, no language files).
pub fn read_folder(dir: &Path) -> Result<Folder, ContentErrors> {
    let folder_error = |message: String| {
        ContentErrors(vec![ContentError {
            file: dir.display().to_string(),
            position: None,
            path: String::new(),
            message,
        }])
    };
    let entries = fs::read_dir(dir)
        .map_err(|error| folder_error(format!("cannot read the content folder: {error}")))?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "json")
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(folder_error(
            "no language files (<code>.json, like fr.json) in the content folder".into(),
        ));
    }
    let mut folder = Folder {
        files: Vec::new(),
        unreadable: Vec::new(),
    };
    for path in paths {
        match read_file(&path) {
            Ok(file) => folder.files.push(file),
            Err(error) => folder.unreadable.push(error),
        }
    }
    Ok(folder)
}

pub(super) fn read_file(path: &Path) -> Result<SourceFile, ContentError> {
    let name = path.display().to_string();
    let error = |message: String| ContentError {
        file: name.clone(),
        position: None,
        path: String::new(),
        message,
    };
    let code = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or_default()
        .to_owned();
    if !is_valid_code(&code) {
        return Err(error(format!(
            "the file name must be a language code of 2 or 3 lower-case letters and .json (like fr.json), not \"{}\"",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        )));
    }
    // Opening a FIFO waits for a writer and a device may never end: only a regular
    // file is opened at all. (The file is looked at before it is opened, so one
    // swapped for a FIFO in between could still wait; nothing here does that.)
    let metadata = fs::metadata(path).map_err(|e| error(format!("cannot read: {e}")))?;
    if !metadata.is_file() {
        return Err(error(format!(
            "not a regular file but {}: a language file must be a regular file",
            kind_of(&metadata.file_type())
        )));
    }
    // Read at most one byte past the limit: a huge file is refused without being
    // read whole.
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| error(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(error(format!(
            "the file is larger than {MAX_FILE_BYTES} bytes (10 MiB), the most a language file may be"
        )));
    }
    decode_file(name, code, bytes)
}

/// What a path that is not a regular file is, in a message's words.
fn kind_of(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else {
        "something else"
    }
}

/// Editors on Windows start a UTF-8 file with this byte-order mark; it is not text.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// A language file's bytes as text (without a byte-order mark), or where they stop
/// being UTF-8.
pub fn decode_file(
    name: String,
    code: String,
    mut bytes: Vec<u8>,
) -> Result<SourceFile, ContentError> {
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile {
            name,
            code,
            text: Cow::Owned(text),
        }),
        Err(utf8) => {
            let valid = utf8.utf8_error().valid_up_to();
            let bytes = utf8.as_bytes();
            // The valid prefix is text; the position is just after it.
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            Err(ContentError {
                file: name,
                position: Some(position_of_byte(prefix, valid)),
                path: String::new(),
                message: format!(
                    "not UTF-8: invalid byte 0x{:02X}; save the file as UTF-8",
                    bytes[valid]
                ),
            })
        }
    }
}

/// The built-in files with the folder's: a file for a built-in language replaces it, a
/// new code is added after the built-in ones.
pub fn merge(builtin: Vec<SourceFile>, folder: Vec<SourceFile>) -> Vec<SourceFile> {
    let mut files = builtin;
    for file in folder {
        match files.iter_mut().find(|existing| existing.code == file.code) {
            Some(existing) => *existing = file,
            None => files.push(file),
        }
    }
    files
}
