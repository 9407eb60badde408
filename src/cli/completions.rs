//! Shell completion scripts: clap_complete's, made from the command line with the
//! values its options take (the language codes, the topic ids).

use std::fmt::Write as _;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, with_choices};
use crate::content::Library;

const BIN: &str = "sales-vs-service";

/// The completion script for `shell`, offering `library`'s language codes.
pub fn script(shell: Shell, library: &Library) -> String {
    let mut command = with_choices(Cli::command(), library);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, BIN, &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    match shell {
        Shell::Bash => script = bash_with_subcommands(&script),
        Shell::Fish => script.push_str(&fish_positionals(&command)),
        _ => {}
    }
    script
}

/// clap_complete's bash script spells a subcommand's state two ways when the
/// program's name has a hyphen (`sales__vs__service__subcmd__show` where it is set,
/// `sales__subcmd__vs__subcmd__service__subcmd__show` where it is matched), so
/// nothing after a subcommand ever completed (clap-rs/clap#6421). This spells the
/// matches as the states are set; once clap_complete is fixed it finds nothing to
/// change.
fn bash_with_subcommands(script: &str) -> String {
    let escaped = BIN.replace('-', "__");
    let misspelt = BIN.replace('-', "__subcmd__");
    script.replace(&misspelt, &escaped)
}

/// clap_complete's fish script completes options only, not a subcommand's own
/// values (`show comparison`, `completions fish`); these lines add them, in the form
/// it gives an option's values.
fn fish_positionals(command: &clap::Command) -> String {
    let mut lines = String::new();
    for subcommand in command.get_subcommands() {
        for positional in subcommand.get_positionals() {
            let values: Vec<String> = positional
                .get_possible_values()
                .iter()
                .filter(|value| !value.is_hide_set())
                .map(|value| {
                    let help = value
                        .get_help()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    format!(
                        "{}\\t'{}'",
                        fish_escape(value.get_name()),
                        fish_escape(&help)
                    )
                })
                .collect();
            if !values.is_empty() {
                let _ = writeln!(
                    lines,
                    "complete -c {BIN} -n \"__fish_seen_subcommand_from {}\" -f -a \"{}\"",
                    subcommand.get_name(),
                    values.join("\n")
                );
            }
        }
    }
    lines
}

/// Text inside fish's single quotes, within a double-quoted argument.
fn fish_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\'', "\\'")
        .replace('"', "\\\"")
        .replace('$', "\\$")
        .replace('\n', " ")
}
