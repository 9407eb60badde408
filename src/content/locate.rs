//! Finds where in a file a JSON path points, for errors found after parsing, and
//! where a part of the text is, for the editor `v` opens.
//!
//! The rules checked on the parsed model (an empty text, a duplicate id) know the path
//! of what they refuse but not its place in the text; it is recovered here by
//! re-reading the file into a span-keeping syntax tree. (A file of the wrong shape is
//! read from the same tree by `located`.) This runs only on the error path (and for
//! `check`'s warnings, or `v`), never on a normal start.

use jsonc_parser::ast::Value;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

use super::error::{JsonPath, Position, Step};
use super::model::{TermId, TopicId};
use super::walk::Part;

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

/// What the explorer shows at the top of its text, in a language file's terms: where
/// `v` opens the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passage {
    /// A topic's part: its heading, or one block, list item or comparison row.
    Topic(TopicId, Part),
    /// The glossary, at a term.
    Glossary(Option<TermId>),
    Quiz,
}

/// The line of `text` (a language file) where `passage` is: the line of its first text
/// (a row's aspect, a block's text), else of the deepest part of it the file has; 1
/// where the file is not JSON.
pub fn line_of(text: &str, passage: Passage) -> usize {
    let parsed = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default());
    let Some(root) = parsed.ok().and_then(|parsed| parsed.value) else {
        return 1;
    };
    position_of_byte(text, value_start(passage_value(&root, passage))).line
}

/// The value where `passage` is, or the deepest part of it the file has.
fn passage_value<'v, 'a>(root: &'v Value<'a>, passage: Passage) -> &'v Value<'a> {
    let field = |value: &'v Value<'a>, key: &str| {
        value
            .as_object()
            .and_then(|object| object.get(key))
            .map(|property| &property.value)
    };
    let element = |value: Option<&'v Value<'a>>, index: usize| {
        value
            .and_then(Value::as_array)
            .and_then(|array| array.elements.get(index))
    };
    match passage {
        Passage::Topic(id, part) => {
            let topic = field(root, "topics")
                .and_then(Value::as_array)
                .and_then(|topics| {
                    topics.elements.iter().find(|topic| {
                        topic
                            .as_object()
                            .and_then(|object| object.get_string("id"))
                            .is_some_and(|found| found.value == id.as_str())
                    })
                });
            // A topic the file lacks (shown in English): where the topics are.
            let Some(topic) = topic else {
                return field(root, "topics").unwrap_or(root);
            };
            match part {
                Part::Heading => field(topic, "heading")
                    .or_else(|| field(topic, "title"))
                    .unwrap_or(topic),
                Part::Block { block, item } => {
                    let Some(block) = element(field(topic, "blocks"), block) else {
                        return topic;
                    };
                    match field(block, "items").or_else(|| field(block, "rows")) {
                        Some(list) => element(Some(list), item).map_or(block, |row| {
                            field(row, "aspect").unwrap_or_else(|| first_value(row))
                        }),
                        None => field(block, "text").unwrap_or(block),
                    }
                }
            }
        }
        Passage::Glossary(term) => match field(root, "glossary") {
            Some(glossary) => term
                .and_then(|term| field(glossary, term.as_str()))
                .map_or(glossary, |entry| {
                    field(entry, "term").unwrap_or_else(|| first_value(entry))
                }),
            None => root,
        },
        Passage::Quiz => field(root, "quiz").unwrap_or(root),
    }
}

/// An object's first value, where it lacks the field looked for; any other value
/// itself.
fn first_value<'v, 'a>(value: &'v Value<'a>) -> &'v Value<'a> {
    value
        .as_object()
        .and_then(|object| object.properties.first())
        .map_or(value, |property| &property.value)
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
    fn a_passage_is_at_the_line_of_its_first_text() {
        let file = crate::content::builtin_files()
            .into_iter()
            .find(|file| file.code == "fr")
            .unwrap();
        let text = &file.text;
        let line_with = |needle: &str| {
            text.lines()
                .position(|line| line.contains(needle))
                .map(|n| n + 1)
                .unwrap()
        };
        let topic = |part| line_of(text, Passage::Topic(TopicId::Differences, part));
        assert_eq!(
            topic(Part::Heading),
            line_with("\"heading\": \"Différences entre la vente et le service\"")
        );
        // A row: its aspect's line.
        assert_eq!(
            topic(Part::Block { block: 0, item: 2 }),
            line_with("\"aspect\": \"Nouveaux clients\"")
        );
        // A list item, a block of one text.
        let similarities = |part| line_of(text, Passage::Topic(TopicId::Similarities, part));
        assert_eq!(
            similarities(Part::Block { block: 0, item: 1 }),
            line_with("Les deux sont avantageux pour les entreprises")
        );
        let overview = line_of(
            text,
            Passage::Topic(TopicId::Overview, Part::Block { block: 0, item: 0 }),
        );
        assert!(text.lines().nth(overview - 1).unwrap().contains("\"text\""));
        // A part the file lacks: the deepest part of it the file has, here the topic.
        let missing = similarities(Part::Block { block: 9, item: 0 });
        assert!(missing < similarities(Part::Heading));
        assert_eq!(
            line_of(text, Passage::Glossary(Some(TermId::Warranty))),
            line_with("\"term\": \"garantie\"")
        );
        let quiz = text
            .lines()
            .position(|line| line == "  \"quiz\": {")
            .unwrap()
            + 1;
        assert_eq!(line_of(text, Passage::Quiz), quiz);
        assert_eq!(line_of("{ not json", Passage::Quiz), 1);
    }

    /// A row or a term at its aspect or headword, whatever order the file writes
    /// their fields in.
    #[test]
    fn a_row_and_a_term_are_found_at_their_aspect_and_headword_in_any_order() {
        let text = r#"{
  "topics": [{ "id": "differences", "blocks": [{ "kind": "comparison", "rows": [{
    "sales": "s",
    "aspect": "a"
  }] }] }],
  "glossary": { "warranty": {
    "note": "n",
    "term": "t"
  } }
}"#;
        let row = Passage::Topic(TopicId::Differences, Part::Block { block: 0, item: 0 });
        assert_eq!(line_of(text, row), 4);
        assert_eq!(line_of(text, Passage::Glossary(Some(TermId::Warranty))), 8);
    }

    #[test]
    fn converts_byte_columns_to_characters() {
        // "bé" is one byte longer than it is wide: byte column 21 is character 20.
        assert_eq!(position_of_serde(TEXT, 4, 21).column, 20);
    }
}
