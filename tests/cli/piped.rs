//! The explorer without a terminal: the article printed.

use super::*;

#[test]
fn piped_the_explorer_prints_plain_text() {
    let home = Home::new();
    let output = run(&home, &["--lang", "fr"], &[]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(!text.contains('\u{1b}'));
    assert!(text.starts_with("Différence entre vente et service\n"));
    assert!(text.contains("Qu’est-ce que la vente\u{202F}?"));
    let one = stdout(&run(
        &home,
        &["--lang", "fr", "--topic", "similarities"],
        &[],
    ));
    assert!(
        one.starts_with("Points communs entre la vente et le service\n"),
        "{one}"
    );
    assert!(!one.contains("Qu’est-ce que la vente\u{202F}?"));
    assert!(
        !home.place_file().exists(),
        "printing is not a session to remember"
    );
}

/// `show all | head -1`: a reader that stops reading early has chosen to, and the
/// program ends quietly with 0. Here the pipe's reading end is closed before the
/// program starts, so its first write fails as a later one would under `head -1`:
/// every output here fits the pipe's buffer, so behind a real `head` the write would
/// usually be done before `head` exits, and the test would prove nothing.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let home = Home::new();
    for args in [
        &["show", "all"][..],
        &["show", "comparison", "--format", "markdown"],
        &["show", "all", "--format", "json"],
        &["--lang", "vi"],
        &["topics"],
        &["man"],
        &["completions", "bash"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = home
            .command()
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stderr.is_empty(), "{args:?}: {}", stderr(&output));
    }
}
