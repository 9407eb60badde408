//! `man`: the manual page.

use super::*;

#[test]
fn the_man_page_stands_alone() {
    let home = Home::new();
    let output = run(&home, &["man"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let man = stdout(&output);
    assert!(man.contains(".TH sales-vs-service 1"), "{man}");
    assert!(!man.contains("(1)"), "no sub-pages to see: {man}");
    let section = |heading: &str| {
        let start = man
            .find(&format!("\n.SH {heading}\n"))
            .unwrap_or_else(|| panic!("{heading} in {man}"));
        let rest = &man[start + 1..];
        let end = rest[1..].find("\n.SH ").map_or(rest.len(), |end| end + 2);
        rest[..end].to_owned()
    };

    // Every subcommand, with its synopsis and each of its options; one that groups
    // others (`content`) as each of them (`content init`).
    let commands = section("COMMANDS");
    let definition = <sales_vs_service::cli::Cli as clap::CommandFactory>::command();
    let subcommands = definition.get_subcommands().flat_map(|subcommand| {
        let nested: Vec<(String, &clap::Command)> = subcommand
            .get_subcommands()
            .map(|nested| {
                (
                    format!("{} {}", subcommand.get_name(), nested.get_name()),
                    nested,
                )
            })
            .collect();
        if nested.is_empty() {
            vec![(subcommand.get_name().to_owned(), subcommand)]
        } else {
            nested
        }
    });
    for (name, subcommand) in subcommands {
        let heading = if name.contains(' ') {
            format!(".SS \"{name}\"\n")
        } else {
            format!(".SS {name}\n")
        };
        let start = commands
            .find(&heading)
            .unwrap_or_else(|| panic!("{name} in {commands}"));
        let own = &commands[start..];
        let own = &own[..own[1..].find("\n.SS ").map_or(own.len(), |end| end + 1)];
        assert!(
            own.contains(&format!("sales\\-vs\\-service {name}")),
            "{own}"
        );
        for long in subcommand.get_arguments().filter_map(clap::Arg::get_long) {
            assert!(
                own.contains(&format!("\\fB{}\\fR", roff(&format!("--{long}")))),
                "--{long} of {name}: {own}"
            );
        }
    }

    // The keys from the key table, as the help shows them in English.
    let keys = section("KEYS");
    let library = sales_vs_service::content::Library::builtin().unwrap();
    let rows = sales_vs_service::cli::manual::key_rows(&library, Platform::CURRENT);
    assert!(rows.len() > 10);
    for (key, text) in rows {
        if key.is_empty() {
            // roff quotes a heading of more than one word.
            let heading = if text.contains(' ') {
                format!(".SS \"{}\"\n", roff(&text))
            } else {
                format!(".SS {}\n", roff(&text))
            };
            assert!(keys.contains(&heading), "{text}: {keys}");
            continue;
        }
        assert!(
            keys.contains(&format!("\\fB{}\\fR\n{}\n", roff(&key), roff(&text))),
            "{key} {text}: {keys}"
        );
    }
    assert!(
        keys.contains("Ctrl\\-B Ctrl\\-F\\fR\nPage up / down"),
        "Ctrl-F and Ctrl-B page, as in less and vi: {keys}"
    );

    let exit = section("\"EXIT STATUS\"");
    for status in ["0", "1", "2", "128+N"] {
        // Only Unix ends a program with a signal it can catch.
        let documented = status != "128+N" || Platform::CURRENT == Platform::Unix;
        assert_eq!(
            exit.contains(&format!(".TP\n\\fB{status}\\fR\n")),
            documented,
            "{status} in {exit}"
        );
    }
    assert_eq!(
        exit.contains("130 for SIGINT"),
        Platform::CURRENT == Platform::Unix
    );
    let environment = section("ENVIRONMENT");
    for name in [
        "LANG",
        "TERM",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "SALES_VS_SERVICE_NO_REMEMBER",
        "XDG_STATE_HOME",
    ] {
        assert!(environment.contains(name), "{name} in {environment}");
    }
    assert!(section("FILES").contains("/sales\\-vs\\-service/place.json"));
}
