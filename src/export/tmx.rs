//! Two languages of the article as a translation memory (`show --with --format tmx`):
//! TMX 1.4b, which every CAT tool imports (OmegaT, Trados, memoQ, Wordfast). One
//! translation unit per text that has its translation in the other language: a
//! topic's title and heading, a paragraph, heading or example, a list item, and each
//! cell of a comparison row (its aspect and both sides), paired only where the two
//! topics' blocks match (`content::align`). Text that is not the language's own — a
//! topic the language lacks, shown in English, or text still marked untranslated — is
//! left out: it is no translation. Each variant carries the text's origin
//! (source, translation, reference) as `<prop type="x-origin">`.
//!
//! Written with quick-xml, so every text is escaped as XML requires.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::parallel::Pair;
use crate::content::{Cell, FALLBACK_CODE, Origin, Part, Shown, Spot, Topic, TopicId, align};

/// What a text is within its part, whatever the part's place: texts of paired parts
/// with the same role are each other's translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Heading,
    Text,
    Item,
    Label(Cell),
    Cell(Cell),
}

impl Role {
    fn of(spot: Spot) -> Role {
        match spot {
            Spot::Title => Role::Title,
            Spot::Heading => Role::Heading,
            Spot::Text { .. } => Role::Text,
            Spot::Item { .. } => Role::Item,
            Spot::Label { cell, .. } => Role::Label(cell),
            Spot::Cell { cell, .. } => Role::Cell(cell),
        }
    }
}

/// One side of a unit: the language's code, the text, its origin.
struct Variant<'a> {
    code: &'a str,
    text: &'a str,
    origin: Origin,
}

/// One translation unit: an id (topic and place in the source language's file), the
/// source language's variant, then the other's.
struct Unit<'a> {
    id: String,
    variants: [Variant<'a>; 2],
}

/// The memory, as TMX text. (Written to memory: an error would be quick-xml's own.)
pub fn tmx(pair: &Pair) -> io::Result<String> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    write(pair, &mut writer)?;
    let mut text = String::from_utf8(writer.into_inner())
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
    text.push('\n');
    Ok(text)
}

/// The source language: English when it is one of the two, else the first.
fn source_first(pair: &Pair) -> bool {
    pair.library.language(pair.second).code != FALLBACK_CODE
}

fn write(pair: &Pair, writer: &mut Writer<Vec<u8>>) -> io::Result<()> {
    let source = if source_first(pair) {
        pair.first
    } else {
        pair.second
    };
    let source_code = pair.library.language(source).code.as_str();
    let version = env!("CARGO_PKG_VERSION");
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer
        .create_element("tmx")
        .with_attribute(("version", "1.4"))
        .write_inner_content(|writer| {
            writer
                .create_element("header")
                .with_attributes([
                    ("creationtool", "sales-vs-service"),
                    ("creationtoolversion", version),
                    ("datatype", "plaintext"),
                    ("segtype", "paragraph"),
                    ("adminlang", "en"),
                    ("srclang", source_code),
                    ("o-tmf", "sales-vs-service"),
                ])
                .write_empty()?;
            writer
                .create_element("body")
                .write_inner_content(|writer| {
                    for &topic in &pair.topics {
                        for unit in units(pair, topic) {
                            write_unit(writer, &unit)?;
                        }
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

fn write_unit(writer: &mut Writer<Vec<u8>>, unit: &Unit) -> io::Result<()> {
    writer
        .create_element("tu")
        .with_attribute(("tuid", unit.id.as_str()))
        .write_inner_content(|writer| {
            for variant in &unit.variants {
                writer
                    .create_element("tuv")
                    .with_attribute(("xml:lang", variant.code))
                    .write_inner_content(|writer| {
                        writer
                            .create_element("prop")
                            .with_attribute(("type", "x-origin"))
                            .write_text_content(BytesText::new(variant.origin.as_str()))?;
                        writer
                            .create_element("seg")
                            .write_text_content(BytesText::new(variant.text))?;
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// The units of one topic, in reading order, the source language's variant first.
fn units<'a>(pair: &'a Pair, id: TopicId) -> Vec<Unit<'a>> {
    let side = |language: usize| {
        let shown: Shown<'a> = pair.library.topic(language, id);
        (shown, pair.library.language(language).code.as_str())
    };
    let ((first, first_code), (second, second_code)) = (side(pair.first), side(pair.second));
    // A topic shown in English is not the language's text.
    if first.fell_back || second.fell_back {
        return Vec::new();
    }
    let (first, second) = (first.topic, second.topic);
    let source_first = source_first(pair);
    let mut units = Vec::new();
    for pairing in align(first, second) {
        let (Some(left), Some(right)) = (pairing.first(), pairing.second()) else {
            continue;
        };
        let right_texts = texts_of(second, right);
        for (spot, text) in texts_of(first, left) {
            let Some((other_spot, other_text)) = right_texts
                .iter()
                .find(|(other, _)| Role::of(*other) == Role::of(spot))
            else {
                continue;
            };
            let variants = [
                Variant {
                    code: first_code,
                    text,
                    origin: first.origin_of(spot),
                },
                Variant {
                    code: second_code,
                    text: other_text,
                    origin: second.origin_of(*other_spot),
                },
            ];
            // Still the English in either language: no translation to remember.
            if variants
                .iter()
                .any(|variant| variant.origin == Origin::Untranslated)
            {
                continue;
            }
            let (source_spot, variants) = if source_first {
                (spot, variants)
            } else {
                let [a, b] = variants;
                (*other_spot, [b, a])
            };
            units.push(Unit {
                id: format!("{id}/{}", source_spot.path()),
                variants,
            });
        }
    }
    units
}

/// The texts of one part of a topic, with their places.
fn texts_of(topic: &Topic, part: Part) -> Vec<(Spot, &str)> {
    topic
        .texts()
        .into_iter()
        .filter(|(spot, _)| spot.part() == part)
        .map(|(spot, text)| (spot, text.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::collections::BTreeMap;

    use quick_xml::escape::unescape;
    use quick_xml::{Reader, XmlVersion};

    use super::*;
    use crate::content::{Library, builtin_files};

    /// Each `<tu>`'s id and variants, as (language, origin, text).
    type Units = Vec<(String, Vec<(String, String, String)>)>;

    /// The header's attributes and the units, read back with quick-xml.
    fn read_back(tmx: &str) -> (BTreeMap<String, String>, Units) {
        let mut reader = Reader::from_str(tmx);
        let mut header = BTreeMap::new();
        let mut units = Vec::new();
        let mut text = String::new();
        let mut lang = String::new();
        let mut origin = String::new();
        loop {
            match reader.read_event().unwrap() {
                Event::Eof => break,
                Event::Empty(tag) | Event::Start(tag) => {
                    let attributes: BTreeMap<String, String> = tag
                        .attributes()
                        .map(|attribute| {
                            let attribute = attribute.unwrap();
                            (
                                attribute.key.as_ref().to_owned(),
                                attribute
                                    .normalized_value(XmlVersion::Explicit1_0)
                                    .unwrap()
                                    .into_owned(),
                            )
                        })
                        .collect();
                    match tag.name().as_ref() {
                        "header" => header = attributes,
                        "tu" => units.push((attributes["tuid"].clone(), Vec::new())),
                        "tuv" => lang = attributes["xml:lang"].clone(),
                        "prop" => assert_eq!(attributes["type"], "x-origin"),
                        _ => {}
                    }
                    text.clear();
                }
                Event::Text(content) => text.push_str(&content.xml10_content()),
                Event::GeneralRef(reference) => {
                    let entity = format!("&{};", reference.xml10_content());
                    text.push_str(&unescape(&entity).unwrap());
                }
                Event::End(tag) => match tag.name().as_ref() {
                    "prop" => origin = text.clone(),
                    "seg" => units.last_mut().unwrap().1.push((
                        lang.clone(),
                        origin.clone(),
                        text.clone(),
                    )),
                    _ => {}
                },
                _ => {}
            }
        }
        (header, units)
    }

    fn pair<'l>(library: &'l Library, first: &str, second: &str) -> Pair<'l> {
        Pair {
            library,
            first: library.find_language(first).unwrap(),
            second: library.find_language(second).unwrap(),
            topics: TopicId::ALL.to_vec(),
            whole: true,
        }
    }

    /// Every unit has both languages, English first as the source, and the number of
    /// units is that of the paired texts.
    #[test]
    fn every_unit_has_both_languages_the_source_first() {
        let library = Library::builtin().unwrap();
        let (header, units) = read_back(&tmx(&pair(&library, "fr", "en")).unwrap());
        assert_eq!(header["srclang"], "en");
        assert_eq!(header["segtype"], "paragraph");
        assert!(units.len() > 80, "{}", units.len());
        for (id, variants) in &units {
            let langs: Vec<&str> = variants.iter().map(|(lang, _, _)| lang.as_str()).collect();
            assert_eq!(langs, ["en", "fr"], "{id}");
            assert!(variants.iter().all(|(_, _, text)| !text.is_empty()), "{id}");
            assert_eq!(variants[0].1, "reference", "{id}");
            assert!(
                ["source", "translation"].contains(&variants[1].1.as_str()),
                "{id}"
            );
        }
        let row = units
            .iter()
            .find(|(id, _)| id == "comparison/blocks[0].rows[1].aspect")
            .unwrap();
        assert_eq!(row.1[0].2, "Focus");
        assert_eq!(row.1[1].2, "Priorité");
        // Every built-in overview has English's shape: each of its parts pairs.
        assert!(units.iter().any(|(id, _)| id == "overview/blocks[3].text"));
        // Where a translator's file has another, only what matches pairs.
        let shorter = crate::content::library_without_blocks("fr", TopicId::Overview, 1..4);
        let (_, units) = read_back(&tmx(&pair(&shorter, "fr", "en")).unwrap());
        assert!(units.iter().any(|(id, _)| id == "overview/blocks[0].text"));
        assert!(
            !units
                .iter()
                .any(|(id, _)| id.starts_with("overview/blocks[1]"))
        );

        // Without English, the first language is the source.
        let (header, units) = read_back(&tmx(&pair(&library, "vi", "is")).unwrap());
        assert_eq!(header["srclang"], "vi");
        assert!(
            units
                .iter()
                .all(|(_, variants)| variants[0].0 == "vi" && variants[1].0 == "is")
        );
    }

    /// `&`, `<`, `>` and both quotes are written escaped and read back as they were.
    #[test]
    fn markup_characters_survive_the_round_trip() {
        // A sidebar title is at most 28 columns.
        let hostile = "S & s <b>\"q\"</b> 'x' > 1";
        let mut files = builtin_files();
        for file in &mut files {
            if file.code == "fr" {
                let text = file.text.replacen(
                    "\"title\": \"Qu’est-ce que la vente\u{202F}?\"",
                    &format!("\"title\": {}", serde_json::to_string(hostile).unwrap()),
                    1,
                );
                assert_ne!(text, file.text, "the French title is in the file");
                file.text = Cow::Owned(text);
            }
        }
        let library = Library::from_files(&files).unwrap();
        let written = tmx(&pair(&library, "fr", "en")).unwrap();
        assert!(written.contains("S &amp; s &lt;b&gt;"), "{written}");
        let (_, units) = read_back(&written);
        let title = units
            .iter()
            .find(|(id, _)| id == "what-is-sales/title")
            .unwrap();
        assert_eq!(title.1[1], ("fr".into(), "source".into(), hostile.into()));
    }

    /// Text still marked untranslated, and a topic the language lacks, are no
    /// translation: neither is in the memory.
    #[test]
    fn text_that_is_not_the_languages_own_is_left_out() {
        let mut files = builtin_files();
        for file in &mut files {
            if file.code == "fr" {
                let mut value: serde_json::Value = serde_json::from_str(&file.text).unwrap();
                let topics = value["topics"].as_array_mut().unwrap();
                topics.retain(|topic| topic["id"] != "conclusion");
                for topic in topics
                    .iter_mut()
                    .filter(|topic| topic["id"] == "comparison")
                {
                    topic["origin"] = "untranslated".into();
                }
                file.text = Cow::Owned(serde_json::to_string(&value).unwrap());
            }
        }
        let library = Library::from_files(&files).unwrap();
        let (_, units) = read_back(&tmx(&pair(&library, "fr", "en")).unwrap());
        assert!(!units.is_empty());
        assert!(
            !units
                .iter()
                .any(|(id, _)| id.starts_with("conclusion/") || id.starts_with("comparison/"))
        );
    }
}
