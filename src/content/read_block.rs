//! A block read from its object field by field, in whatever order the file gives the
//! fields. serde's own reading of an internally tagged enum (`kind` inside the object)
//! first copies the whole object into a buffer to find the tag, then reads the fields
//! from the buffer: an error inside it (a row's side that is a number, a row without
//! `service`) is then told at the end of the block and with the block's path, not the
//! value's. Read here directly, every field is read where it is in the file.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::model::{Block, BlockKind, ListStyle, Origin, Row, Text};

/// Every field a block may have, whatever its kind.
const FIELDS: &[&str] = &[
    "kind",
    "text",
    "style",
    "items",
    "labels",
    "rows",
    "origin",
    "aspect_origin",
];

impl BlockKind {
    /// The fields a block of this kind may have.
    fn fields(self) -> &'static [&'static str] {
        match self {
            BlockKind::Heading | BlockKind::Paragraph | BlockKind::Example => {
                &["kind", "text", "origin"]
            }
            BlockKind::List => &["kind", "style", "items", "origin"],
            BlockKind::Comparison => &["kind", "labels", "rows", "origin", "aspect_origin"],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Kind,
    Text,
    Style,
    Items,
    Labels,
    Rows,
    Origin,
    AspectOrigin,
}

impl Field {
    const ALL: [Field; 8] = [
        Field::Kind,
        Field::Text,
        Field::Style,
        Field::Items,
        Field::Labels,
        Field::Rows,
        Field::Origin,
        Field::AspectOrigin,
    ];

    fn name(self) -> &'static str {
        match self {
            Field::Kind => "kind",
            Field::Text => "text",
            Field::Style => "style",
            Field::Items => "items",
            Field::Labels => "labels",
            Field::Rows => "rows",
            Field::Origin => "origin",
            Field::AspectOrigin => "aspect_origin",
        }
    }

    fn belongs_to(self, kind: Option<BlockKind>) -> bool {
        kind.map_or(FIELDS, BlockKind::fields)
            .contains(&self.name())
    }
}

/// A field's name, refused as an unknown field where the block's kind (once read)
/// has no such field: the refusal is raised while the name is read, so it is told at
/// the name.
struct FieldName {
    kind: Option<BlockKind>,
}

impl<'de> DeserializeSeed<'de> for FieldName {
    type Value = Field;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldName {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a block's field name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
        Field::ALL
            .into_iter()
            .find(|field| field.name() == name && field.belongs_to(self.kind))
            .ok_or_else(|| E::unknown_field(name, self.kind.map_or(FIELDS, BlockKind::fields)))
    }
}

/// The fields read so far.
#[derive(Default)]
struct Fields {
    kind: Option<BlockKind>,
    text: Option<Text>,
    style: Option<ListStyle>,
    items: Option<Vec<Text>>,
    labels: Option<Row>,
    rows: Option<Vec<Row>>,
    origin: Option<Origin>,
    aspect_origin: Option<Origin>,
    /// Read before `kind`: checked against the kind once it is known.
    before_kind: Vec<Field>,
}

fn once<T, E: de::Error>(slot: &mut Option<T>, field: Field, value: T) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(field.name()));
    }
    *slot = Some(value);
    Ok(())
}

fn needed<T, E: de::Error>(value: Option<T>, field: Field) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field.name()))
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = Block;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a block")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Block, M::Error> {
        let mut read = Fields::default();
        while let Some(field) = map.next_key_seed(FieldName { kind: read.kind })? {
            if read.kind.is_none() && field != Field::Kind {
                read.before_kind.push(field);
            }
            match field {
                Field::Kind => once(&mut read.kind, field, map.next_value()?)?,
                Field::Text => once(&mut read.text, field, map.next_value()?)?,
                Field::Style => once(&mut read.style, field, map.next_value()?)?,
                Field::Items => once(&mut read.items, field, map.next_value()?)?,
                // The optional fields may be null, as when serde derives them.
                Field::Labels => {
                    if let Some(labels) = map.next_value()? {
                        once(&mut read.labels, field, labels)?;
                    }
                }
                Field::Rows => once(&mut read.rows, field, map.next_value()?)?,
                Field::Origin => {
                    if let Some(origin) = map.next_value()? {
                        once(&mut read.origin, field, origin)?;
                    }
                }
                Field::AspectOrigin => {
                    if let Some(origin) = map.next_value()? {
                        once(&mut read.aspect_origin, field, origin)?;
                    }
                }
            }
        }
        let kind = needed(read.kind, Field::Kind)?;
        if let Some(field) = read
            .before_kind
            .iter()
            .find(|field| !field.belongs_to(Some(kind)))
        {
            return Err(de::Error::unknown_field(field.name(), kind.fields()));
        }
        let origin = read.origin;
        Ok(match kind {
            BlockKind::Heading => Block::Heading {
                text: needed(read.text, Field::Text)?,
                origin,
            },
            BlockKind::Paragraph => Block::Paragraph {
                text: needed(read.text, Field::Text)?,
                origin,
            },
            BlockKind::Example => Block::Example {
                text: needed(read.text, Field::Text)?,
                origin,
            },
            BlockKind::List => Block::List {
                style: needed(read.style, Field::Style)?,
                items: needed(read.items, Field::Items)?,
                origin,
            },
            BlockKind::Comparison => Block::Comparison {
                labels: read.labels,
                rows: needed(read.rows, Field::Rows)?,
                origin,
                aspect_origin: read.aspect_origin,
            },
        })
    }
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Block, D::Error> {
        deserializer.deserialize_struct("Block", FIELDS, BlockVisitor)
    }
}

#[cfg(test)]
mod tests {
    // A test that cannot parse its fixture should stop right there.
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn error(json: &str) -> String {
        serde_json::from_str::<Block>(json).unwrap_err().to_string()
    }

    #[test]
    fn the_fields_may_come_in_any_order() {
        let block: Block = serde_json::from_str(
            r#"{"items": ["a"], "origin": null, "style": "numbered", "kind": "list"}"#,
        )
        .unwrap();
        assert_eq!(
            block,
            Block::List {
                style: ListStyle::Numbered,
                items: vec!["a".into()],
                origin: None
            }
        );
        let block: Block = serde_json::from_str(
            r#"{"kind": "comparison", "labels": null, "rows": [], "aspect_origin": "translation"}"#,
        )
        .unwrap();
        assert_eq!(block.kind(), BlockKind::Comparison);
    }

    #[test]
    fn a_field_of_another_kind_is_unknown_and_the_kinds_fields_are_listed() {
        let said = error(r#"{"kind": "paragraph", "rows": []}"#);
        assert!(
            said.starts_with("unknown field `rows`, expected one of `kind`, `text`, `origin`"),
            "{said}"
        );
        // Before `kind`, the field is held until the kind is known.
        let said = error(r#"{"rows": [], "kind": "paragraph", "text": "x"}"#);
        assert!(said.starts_with("unknown field `rows`"), "{said}");
        let said = error(r#"{"colour": 1, "kind": "paragraph"}"#);
        assert!(said.starts_with("unknown field `colour`"), "{said}");
    }

    #[test]
    fn what_a_kind_needs_is_missing_and_a_field_given_twice_is_refused() {
        assert!(error(r#"{"kind": "list", "items": []}"#).starts_with("missing field `style`"));
        assert!(error(r#"{"text": "x"}"#).starts_with("missing field `kind`"));
        assert!(
            error(r#"{"kind": "example", "text": "x", "text": "y"}"#)
                .starts_with("duplicate field `text`")
        );
        assert!(error(r#"{"kind": "sample"}"#).starts_with("unknown variant `sample`"));
        assert!(error(r#""text""#).contains("expected a block"));
    }
}
