//! Finds where in a file a JSON path points, for errors found after parsing.
//!
//! The rules checked on the parsed model (an empty text, a duplicate id) know the path
//! of what they refuse but not its place in the text; it is recovered here by
//! re-reading the file into a span-keeping syntax tree. (A file of the wrong shape is
//! read from the same tree by `located`.) This runs only on the error path, never on a
//! normal start.

use jsonc_parser::ast::Value;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

use super::error::{JsonPath, Position, Step};

/// A file read into a syntax tree once, for all the problems found in it.
pub struct Locator<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Locator<'a> {
        let parsed = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default());
        Locator {
            text,
            root: parsed.ok().and_then(|parsed| parsed.value),
        }
    }

    /// The position of the deepest part of `path` that exists in the file.
    pub fn locate(&self, path: &JsonPath) -> Option<Position> {
        let mut value = self.root.as_ref()?;
        for step in &path.0 {
            let next = match (step, value) {
                (Step::Key(key), Value::Object(object)) => object.get(key).map(|prop| &prop.value),
                (Step::Index(index), Value::Array(array)) => array.elements.get(*index),
                _ => None,
            };
            match next {
                Some(found) => value = found,
                None => break,
            }
        }
        Some(position_of_byte(self.text, value_start(value)))
    }
}

impl Locator<'_> {
    /// The index of the element of the array at `array` whose `key` is the string
    /// `value` (the topic of an id in the file's own order).
    pub fn index_where(&self, array: &JsonPath, key: &str, value: &str) -> Option<usize> {
        let mut node = self.root.as_ref()?;
        for step in &array.0 {
            node = match (step, node) {
                (Step::Key(name), Value::Object(object)) => &object.get(name)?.value,
                (Step::Index(index), Value::Array(elements)) => elements.elements.get(*index)?,
                _ => return None,
            };
        }
        let Value::Array(elements) = node else {
            return None;
        };
        elements.elements.iter().position(|element| {
            element
                .as_object()
                .and_then(|object| object.get_string(key))
                .is_some_and(|found| found.value == value)
        })
    }
}

/// The byte where a value of the syntax tree starts.
pub(super) fn value_start(value: &Value<'_>) -> usize {
    match value {
        Value::StringLit(v) => v.range.start,
        Value::NumberLit(v) => v.range.start,
        Value::BooleanLit(v) => v.range.start,
        Value::Object(v) => v.range.start,
        Value::Array(v) => v.range.start,
        Value::NullKeyword(v) => v.range.start,
    }
}

/// Line and character column of a byte offset (clamped into the text).
pub fn position_of_byte(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    Position {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

/// serde_json counts columns in bytes; editors count characters. Converts a serde_json
/// (line, byte column) into a character column on that line.
pub fn position_of_serde(text: &str, line: usize, byte_column: usize) -> Position {
    let line_text = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    let mut end = byte_column.min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    Position {
        line,
        column: line_text[..end].chars().count().max(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"topics\": [\n    { \"id\": \"a\" },\n    { \"id\": \"bé\", \"rows\": [\"x\"] }\n  ]\n}\n";

    #[test]
    fn finds_a_nested_value() {
        let path = JsonPath::default()
            .key("topics")
            .index(1)
            .key("rows")
            .index(0);
        assert_eq!(
            Locator::new(TEXT).locate(&path),
            Some(Position {
                line: 4,
                column: 28
            })
        );
    }

    #[test]
    fn stops_at_the_deepest_existing_part() {
        let path = JsonPath::default().key("topics").index(0).key("missing");
        assert_eq!(
            Locator::new(TEXT).locate(&path),
            Some(Position { line: 3, column: 5 })
        );
    }

    #[test]
    fn converts_byte_columns_to_characters() {
        // "bé" is one byte longer than it is wide: byte column 21 is character 20.
        assert_eq!(position_of_serde(TEXT, 4, 21).column, 20);
    }
}
