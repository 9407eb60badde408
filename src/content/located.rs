//! A file read a second time, from its span-keeping syntax tree, to say exactly where
//! its first error is. serde_json tells where it was in the text when a value was
//! refused, which for an object's missing field is the object's end and for a value
//! read through a buffer is wherever the buffer was filled; read from the tree, every
//! value knows its own path and where it starts, and an error is told at the
//! innermost value that was being read when it was raised: a wrong type or a bad
//! value at the value, an unknown field or a key given twice at the key, a missing
//! field at the object that lacks it.
//!
//! This runs only for a file serde_json refused, never on a normal start.

use std::fmt;

use jsonc_parser::ast::{Array, Object, ObjectProp, Value};
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};
use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Unexpected,
    Visitor,
};
use serde::forward_to_deserialize_any;

use super::error::JsonPath;
use super::locate::value_start;

/// An error told where it belongs: the path of the value, and the byte where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub path: JsonPath,
    pub offset: usize,
    pub message: String,
}

/// Reads `text` as a `T` from its syntax tree: the first error, where it belongs.
/// `None` when the text is not strict JSON (serde_json's own message then says where
/// it stops being JSON) or when it reads without error.
pub fn first_error<T: DeserializeOwned>(text: &str) -> Option<Located> {
    let parsed = parse_to_ast(text, &CollectOptions::default(), &STRICT).ok()?;
    let root = parsed.value?;
    let node = Node {
        value: &root,
        path: JsonPath::default(),
    };
    match T::deserialize(node) {
        Ok(_) => None,
        Err(error) => Some(Located {
            path: error.path.unwrap_or_default(),
            offset: error.offset,
            message: error.message,
        }),
    }
}

/// JSON as serde_json reads it: none of the comments, trailing commas and other
/// liberties the parser allows by default, so that a file that is not JSON is never
/// read past the place where it stops being JSON.
const STRICT: ParseOptions = ParseOptions {
    allow_comments: false,
    allow_loose_object_property_names: false,
    allow_trailing_commas: false,
    allow_missing_commas: false,
    allow_single_quoted_strings: false,
    allow_hexadecimal_numbers: false,
    allow_unary_plus_numbers: false,
    allow_bare_decimal_point_numbers: false,
    allow_non_finite_numbers: false,
    allow_extended_string_escapes: false,
};

#[derive(Debug)]
struct Error {
    message: String,
    /// Unset until the error leaves the value it was raised in.
    path: Option<JsonPath>,
    offset: usize,
}

impl Error {
    /// The error, told at `path` and `offset` unless a value inside already told it.
    fn at(mut self, path: &JsonPath, offset: usize) -> Error {
        if self.path.is_none() {
            self.path = Some(path.clone());
            self.offset = offset;
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Error {
        Error {
            message: message.to_string(),
            path: None,
            offset: 0,
        }
    }
}

/// A value of the tree, with its path.
struct Node<'t, 'a> {
    value: &'t Value<'a>,
    path: JsonPath,
}

impl Node<'_, '_> {
    fn start(&self) -> usize {
        value_start(self.value)
    }

    fn unexpected(&self) -> Unexpected<'_> {
        match self.value {
            Value::StringLit(v) => Unexpected::Str(&v.value),
            Value::NumberLit(v) => match number(v.value) {
                Number::Unsigned(n) => Unexpected::Unsigned(n),
                Number::Signed(n) => Unexpected::Signed(n),
                Number::Float(n) => Unexpected::Float(n),
            },
            Value::BooleanLit(v) => Unexpected::Bool(v.value),
            Value::Object(_) => Unexpected::Map,
            Value::Array(_) => Unexpected::Seq,
            Value::NullKeyword(_) => Unexpected::Unit,
        }
    }

    /// What `read` gave, an error told at this value.
    fn told<T>(&self, read: Result<T, Error>) -> Result<T, Error> {
        read.map_err(|error| error.at(&self.path, self.start()))
    }
}

enum Number {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
}

/// A number as serde_json reads it: the smallest kind that holds it.
fn number(text: &str) -> Number {
    if let Ok(n) = text.parse() {
        Number::Unsigned(n)
    } else if let Ok(n) = text.parse() {
        Number::Signed(n)
    } else {
        Number::Float(text.parse().unwrap_or(f64::NAN))
    }
}

impl<'de> de::Deserializer<'de> for Node<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let read = match self.value {
            Value::StringLit(v) => visitor.visit_str(&v.value),
            Value::NumberLit(v) => match number(v.value) {
                Number::Unsigned(n) => visitor.visit_u64(n),
                Number::Signed(n) => visitor.visit_i64(n),
                Number::Float(n) => visitor.visit_f64(n),
            },
            Value::BooleanLit(v) => visitor.visit_bool(v.value),
            Value::NullKeyword(_) => visitor.visit_unit(),
            Value::Object(object) => visitor.visit_map(Properties::new(object, &self.path)),
            Value::Array(array) => visitor.visit_seq(Elements::new(array, &self.path)),
        };
        self.told(read)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::NullKeyword(_) => {
                let read = visitor.visit_none();
                self.told(read)
            }
            _ => visitor.visit_some(self),
        }
    }

    /// An object, never an array read as its fields in order (serde's derived structs
    /// would take one): a file writes its objects as objects.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Value::Object(_) => self.deserialize_any(visitor),
            _ => {
                let refused = Err(de::Error::invalid_type(self.unexpected(), &visitor));
                self.told(refused)
            }
        }
    }

    /// A name (an origin, a topic id, a block's kind): a string, one of `variants`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let read = match self.value {
            Value::StringLit(v) => {
                let name: StrDeserializer<Error> = v.value.as_ref().into_deserializer();
                visitor.visit_enum(name)
            }
            _ => {
                let names: Vec<String> = variants.iter().map(|name| format!("`{name}`")).collect();
                Err(de::Error::invalid_type(
                    self.unexpected(),
                    &format!("one of {}", names.join(", ")).as_str(),
                ))
            }
        };
        self.told(read)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map identifier ignored_any
    }
}

/// An object's properties, each key told at itself; a key given twice is refused at
/// its second place (no object of a language file may repeat a key).
struct Properties<'t, 'a> {
    properties: std::slice::Iter<'t, ObjectProp<'a>>,
    path: &'t JsonPath,
    seen: Vec<&'t str>,
    value: Option<Node<'t, 'a>>,
}

impl<'t, 'a> Properties<'t, 'a> {
    fn new(object: &'t Object<'a>, path: &'t JsonPath) -> Properties<'t, 'a> {
        Properties {
            properties: object.properties.iter(),
            path,
            seen: Vec::new(),
            value: None,
        }
    }
}

impl<'de, 't, 'a> MapAccess<'de> for Properties<'t, 'a> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(property) = self.properties.next() else {
            return Ok(None);
        };
        let name = property.name.as_str();
        let path = self.path.key(name);
        let start = property.range.start;
        if self.seen.contains(&name) {
            let twice = de::Error::custom(format_args!("`{name}` is given twice: keep one"));
            return Err(Error::at(twice, &path, start));
        }
        self.seen.push(name);
        let key: StrDeserializer<Error> = name.into_deserializer();
        let key = seed
            .deserialize(key)
            .map_err(|error| error.at(&path, start))?;
        self.value = Some(Node {
            value: &property.value,
            path,
        });
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(node) => seed.deserialize(node),
            None => Err(de::Error::custom("a value read before its key")),
        }
    }
}

struct Elements<'t, 'a> {
    elements: std::iter::Enumerate<std::slice::Iter<'t, Value<'a>>>,
    path: &'t JsonPath,
}

impl<'t, 'a> Elements<'t, 'a> {
    fn new(array: &'t Array<'a>, path: &'t JsonPath) -> Elements<'t, 'a> {
        Elements {
            elements: array.elements.iter().enumerate(),
            path,
        }
    }
}

impl<'de> SeqAccess<'de> for Elements<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.elements.next() {
            Some((index, value)) => seed
                .deserialize(Node {
                    value,
                    path: self.path.index(index),
                })
                .map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.elements.len())
    }
}

#[cfg(test)]
mod tests {
    // A test that cannot parse its fixture should stop right there.
    #![allow(clippy::unwrap_used)]

    use serde::Deserialize;

    use super::*;
    use crate::content::model::{Block, Origin};

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        blocks: Vec<Block>,
        #[serde(default)]
        origin: Option<Origin>,
    }

    fn error(text: &str) -> (String, usize, String) {
        let located = first_error::<Doc>(text).unwrap();
        (located.path.to_string(), located.offset, located.message)
    }

    #[test]
    fn an_error_is_told_at_the_value_it_concerns() {
        let text = r#"{"blocks": [{"kind": "comparison", "rows": [{"aspect": "a", "sales": 42, "service": "c"}]}]}"#;
        let (path, offset, message) = error(text);
        assert_eq!(path, "blocks[0].rows[0].sales");
        assert_eq!(&text[offset..offset + 2], "42");
        assert!(
            message.starts_with("invalid type: integer `42`"),
            "{message}"
        );
    }

    #[test]
    fn a_missing_field_is_told_at_its_object_and_an_unknown_one_at_its_key() {
        let text =
            r#"{"blocks": [{"kind": "comparison", "rows": [{"aspect": "a", "sales": "b"}]}]}"#;
        let (path, offset, message) = error(text);
        assert_eq!(path, "blocks[0].rows[0]");
        assert_eq!(&text[offset..offset + 2], "{\"");
        assert!(message.starts_with("missing field `service`"), "{message}");

        let text = r#"{"blocks": [], "colour": 1}"#;
        let (path, offset, _) = error(text);
        assert_eq!(path, "colour");
        assert_eq!(&text[offset..offset + 8], "\"colour\"");
    }

    #[test]
    fn a_key_given_twice_is_told_at_its_second_place() {
        let text = r#"{"blocks": [], "origin": "source", "origin": "source"}"#;
        let (path, offset, message) = error(text);
        assert_eq!(path, "origin");
        assert_eq!(offset, text.rfind("\"origin\"").unwrap());
        assert!(message.contains("`origin` is given twice"), "{message}");
    }

    #[test]
    fn a_name_that_is_not_a_string_lists_the_names() {
        let text = r#"{"blocks": [], "origin": 7}"#;
        let (path, _, message) = error(text);
        assert_eq!(path, "origin");
        assert_eq!(
            message,
            "invalid type: integer `7`, expected one of `source`, `translation`, `reference`, `untranslated`"
        );
        let (path, _, message) =
            error(r#"{"blocks": [{"kind": "list", "style": "zigzag", "items": []}]}"#);
        assert_eq!(path, "blocks[0].style");
        assert!(message.starts_with("unknown variant `zigzag`"), "{message}");
    }

    #[test]
    fn an_array_for_an_object_is_refused_as_such() {
        let (path, _, message) =
            error(r#"{"blocks": [{"kind": "comparison", "rows": [["a", "b", "c"]]}]}"#);
        assert_eq!(path, "blocks[0].rows[0]");
        assert!(
            message.starts_with("invalid type: sequence, expected struct Row"),
            "{message}"
        );
    }
}
