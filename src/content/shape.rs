//! serde's words for a file of the wrong shape, in the file's own words. serde names
//! the program's types ("invalid type: sequence, expected struct Language"); a
//! translator reads JSON, so the message says which object, array or string belongs
//! there ("expected an object with `code`, `name`, `title`, `ui`, `topics`, found an
//! array").

use serde_aux::serde_introspection::serde_introspect;

use super::error::{JsonPath, Step};
use super::model::{EditText, KeyText, MouseText, QuizText, SearchText, TopicId, UiText};

/// The fields an object of the file must have, under the name serde gives its type.
/// (The optional fields are left out: a message about what is missing lists what
/// must be there. The tests below check these against the model.) The `ui` strings
/// are all required, and their names are read off the model itself, so a string
/// added there is listed here without a line.
fn objects() -> [(&'static str, &'static [&'static str]); 12] {
    [
        (
            "struct Language",
            &["code", "name", "title", "ui", "topics", "glossary", "quiz"],
        ),
        ("struct QuizStatements", &["side_words", "statements"]),
        ("struct QuizStatement", &["topic", "row", "side"]),
        ("struct Topic", &["id", "title", "origin", "blocks"]),
        ("struct Row", &["aspect", "sales", "service"]),
        ("struct GlossaryEntry", &["term"]),
        ("struct UiText", serde_introspect::<UiText>()),
        ("struct QuizText", serde_introspect::<QuizText>()),
        ("struct MouseText", serde_introspect::<MouseText>()),
        ("struct SearchText", serde_introspect::<SearchText>()),
        ("struct EditText", serde_introspect::<EditText>()),
        ("struct KeyText", serde_introspect::<KeyText>()),
    ]
}

/// What a block's `kind` may be.
const BLOCK_KINDS: [&str; 5] = ["heading", "paragraph", "list", "example", "comparison"];

/// What an `origin` may be.
const ORIGINS: [&str; 4] = ["source", "translation", "reference", "untranslated"];

/// `message` (serde's, without its position) at `path` in a file whose text is `text`.
pub fn in_file_terms(message: &str, path: &JsonPath, text: &str) -> String {
    let at_root = path.0.is_empty();
    let last_key = match path.0.last() {
        Some(Step::Key(key)) => Some(key.as_str()),
        Some(Step::Index(_)) | None => None,
    };
    if text.trim().is_empty() {
        return format!("the file is empty; {}", expected_language());
    }
    if let Some((found, expected)) = invalid_type(message) {
        let found = found_in_file_terms(found);
        return if at_root {
            format!("{}, found {found}", expected_language())
        } else {
            format!(
                "expected {}, found {found}",
                expected_in_file_terms(expected)
            )
        };
    }
    if message == "trailing characters" {
        return "text after the end of the language's object: a language file is one JSON object"
            .into();
    }
    if message == "missing field `kind`" {
        return format!(
            "missing field `kind`: what the block is, one of {}",
            quoted(&BLOCK_KINDS)
        );
    }
    // A value that is not a string where a name is expected: serde_json stops
    // before it with "expected value".
    match (message, last_key) {
        ("expected value", Some("id")) => {
            let ids: Vec<&str> = TopicId::ALL.iter().map(|id| id.as_str()).collect();
            format!("expected a topic id, one of {}", quoted(&ids))
        }
        ("expected value", Some("origin" | "aspect_origin")) => {
            format!("expected one of {}", quoted(&ORIGINS))
        }
        _ => message.to_owned(),
    }
}

/// The whole file's shape, said where the file is not one language object.
fn expected_language() -> String {
    format!(
        "expected {} (a language file is one JSON object)",
        object_with(objects()[0].1)
    )
}

/// serde's "invalid type: X, expected Y" and "invalid length N, expected struct Y
/// with M elements" (an array where an object belongs) as (what was found, what was
/// expected).
fn invalid_type(message: &str) -> Option<(&str, &str)> {
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        // What was found may be a string that itself holds ", expected ": split at
        // the last one, since serde's expectations never hold it.
        return rest.rsplit_once(", expected ");
    }
    let rest = message.strip_prefix("invalid length ")?;
    let (_, expected) = rest.split_once(", expected ")?;
    let expected = expected.split_once(" with ").map_or(expected, |(ty, _)| ty);
    Some(("sequence", expected))
}

fn expected_in_file_terms(expected: &str) -> String {
    if let Some((_, fields)) = objects().into_iter().find(|(name, _)| *name == expected) {
        return object_with(fields);
    }
    let block = || {
        format!(
            "a block: an object with `kind` ({}) and the kind's fields",
            quoted(&BLOCK_KINDS)
        )
    };
    match expected {
        "a block" => block(),
        "a sequence" => "an array".into(),
        other => other.to_owned(),
    }
}

/// serde's name for what it found (`map`, `integer \`1\``…) in JSON's words.
fn found_in_file_terms(found: &str) -> String {
    let unquoted = |value: &str| value.trim_matches('`').to_owned();
    match found {
        "map" => "an object".into(),
        "sequence" => "an array".into(),
        "null" | "unit value" => "null".into(),
        other => {
            if let Some(string) = other.strip_prefix("string ") {
                format!("the string {string}")
            } else if let Some(number) = other
                .strip_prefix("integer ")
                .or_else(|| other.strip_prefix("floating point "))
            {
                format!("the number {}", unquoted(number))
            } else if let Some(boolean) = other.strip_prefix("boolean ") {
                unquoted(boolean)
            } else {
                other.to_owned()
            }
        }
    }
}

fn object_with(fields: &[&str]) -> String {
    format!("an object with {}", quoted(fields))
}

fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    quoted.join(", ")
}

#[cfg(test)]
mod tests {
    // A test that cannot parse its fixture should stop right there.
    #![allow(clippy::unwrap_used)]

    use serde::Deserialize;

    use super::*;
    use crate::content::model::{
        Block, GlossaryEntry, KeyText, Language, MouseText, Origin, QuizStatement, QuizStatements,
        QuizText, Row, SearchText, Topic, UiText,
    };

    /// The names serde lists after "expected one of" when it meets an unknown one.
    fn serde_names<'a, T: Deserialize<'a>>(json: &'a str) -> Vec<String> {
        let message = serde_json::from_str::<T>(json).err().unwrap().to_string();
        let list = message.split_once("expected ").unwrap().1;
        let list = list.rsplit_once(" at line ").map_or(list, |(list, _)| list);
        list.trim_start_matches("one of ")
            .split(['`', ',', ' '])
            .filter(|name| !name.is_empty() && *name != "or")
            .map(str::to_owned)
            .collect()
    }

    fn fields_of(name: &str) -> Vec<String> {
        let (_, fields) = objects().into_iter().find(|(n, _)| *n == name).unwrap();
        fields.iter().map(|field| (*field).to_owned()).collect()
    }

    #[test]
    fn the_listed_fields_are_the_models_required_ones() {
        let unknown = r#"{"?": 0}"#;
        let optional = |mut all: Vec<String>, optional: &[&str]| {
            all.retain(|field| !optional.contains(&field.as_str()));
            all
        };
        assert_eq!(
            optional(serde_names::<Language>(unknown), &["$schema"]),
            fields_of("struct Language")
        );
        assert_eq!(
            optional(serde_names::<Topic>(unknown), &["heading"]),
            fields_of("struct Topic")
        );
        assert_eq!(serde_names::<Row>(unknown), fields_of("struct Row"));
        assert_eq!(
            serde_names::<QuizStatements>(unknown),
            fields_of("struct QuizStatements")
        );
        assert_eq!(
            optional(serde_names::<QuizStatement>(unknown), &["text", "omitted"]),
            fields_of("struct QuizStatement")
        );
        assert_eq!(
            optional(
                serde_names::<GlossaryEntry>(unknown),
                &["note", "in_text", "as_written"]
            ),
            fields_of("struct GlossaryEntry")
        );
        assert_eq!(serde_names::<UiText>(unknown), fields_of("struct UiText"));
        assert_eq!(serde_names::<KeyText>(unknown), fields_of("struct KeyText"));
        assert_eq!(
            serde_names::<MouseText>(unknown),
            fields_of("struct MouseText")
        );
        assert_eq!(
            serde_names::<SearchText>(unknown),
            fields_of("struct SearchText")
        );
        assert_eq!(
            serde_names::<EditText>(unknown),
            fields_of("struct EditText")
        );
        assert_eq!(
            serde_names::<QuizText>(unknown),
            fields_of("struct QuizText")
        );
        assert_eq!(serde_names::<Block>(r#"{"kind": "?"}"#), BLOCK_KINDS);
        assert_eq!(serde_names::<Origin>(r#""?""#), ORIGINS);
    }

    #[test]
    fn no_type_name_of_the_program_reaches_the_reader() {
        let top = JsonPath::default();
        let topic = JsonPath::default().key("topics").index(0);
        let cases = [
            ("invalid type: sequence, expected struct Language", &top),
            (
                "invalid length 1, expected struct Language with 6 elements",
                &top,
            ),
            ("invalid type: string \"x\", expected struct Topic", &topic),
            ("invalid type: integer `1`, expected a block", &topic),
            ("invalid type: map, expected a sequence", &topic),
        ];
        for (message, path) in cases {
            let said = in_file_terms(message, path, "[]");
            assert!(
                !said.contains("struct") && !said.contains("enum") && !said.contains("sequence"),
                "{said}"
            );
        }
        assert_eq!(
            in_file_terms("invalid type: map, expected a sequence", &topic, "{}"),
            "expected an array, found an object"
        );
        assert_eq!(
            in_file_terms(
                "invalid type: string \"a, expected b\", expected struct Row",
                &topic,
                "{}"
            ),
            "expected an object with `aspect`, `sales`, `service`, found the string \"a, expected b\""
        );
        assert_eq!(
            in_file_terms(
                "invalid type: floating point `1.5`, expected a string",
                &topic,
                "{}"
            ),
            "expected a string, found the number 1.5"
        );
    }
}
