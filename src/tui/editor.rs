//! `v`, as in `less`: the language's file in the reader's editor, at a line. The event
//! loop hands the terminal over for the editor's run and takes it back after.

use std::io::IsTerminal;
use std::path::Path;
use std::process::Command;

/// The editor and its own arguments: `$VISUAL`, else `$EDITOR` (either may carry
/// arguments, as `emacs -nw` does), else `vi`.
pub fn editor(visual: Option<String>, editor: Option<String>) -> Vec<String> {
    [visual, editor]
        .into_iter()
        .flatten()
        .find(|command| !command.trim().is_empty())
        .map_or_else(
            || vec!["vi".to_owned()],
            |command| command.split_whitespace().map(str::to_owned).collect(),
        )
}

/// Runs the editor on `path` at `line` (`+LINE`, the form vi, vim, nano, emacs, micro
/// and helix all take) and waits for it; `Err` says why it did not start. What the
/// editor ends with does not matter: the file is looked at as it left it.
pub fn edit(path: &Path, line: usize) -> Result<(), String> {
    let words = editor(std::env::var("VISUAL").ok(), std::env::var("EDITOR").ok());
    let Some((program, arguments)) = words.split_first() else {
        return Err("no editor".to_owned());
    };
    let mut command = Command::new(program);
    command.args(arguments).arg(format!("+{line}")).arg(path);
    // The explorer reads its keys from the terminal when stdin is not one; so does the
    // editor.
    if !std::io::stdin().is_terminal()
        && let Ok(terminal) = std::fs::File::open(crate::tui::terminal::TERMINAL_INPUT)
    {
        command.stdin(terminal);
    }
    command
        .status()
        .map(|_| ())
        .map_err(|error| format!("{program}: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visual_then_editor_then_vi_with_their_own_arguments() {
        let some = |text: &str| Some(text.to_owned());
        assert_eq!(editor(some("hx"), some("nano")), ["hx"]);
        assert_eq!(editor(None, some("emacs -nw")), ["emacs", "-nw"]);
        assert_eq!(editor(some("  "), some("nano")), ["nano"], "empty is unset");
        assert_eq!(editor(None, None), ["vi"]);
    }
}
