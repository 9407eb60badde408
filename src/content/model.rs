//! The serde model of a language file: language → topics → blocks.
//!
//! Field names are the file format (see `assets/content/README.md`); every struct
//! rejects unknown fields so that a misspelt key is an error, not silently lost text.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

use serde::de::{self, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

// A text of the file, borrowed from the file's own text wherever JSON allows it (a
// string with an escape has to be decoded, and is owned). Loading every language
// before the first frame then copies almost nothing: the start is measured against a
// minimal ratatui program, and copying the six files' text cost a third of loading.
// (Not a doc comment: the schema would repeat it as every text's description.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(inline))]
#[serde(transparent)]
pub struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

impl Text<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Text<'a> {
        Text(Cow::Borrowed(text))
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Text(Cow::Owned(text))
    }
}

impl PartialEq<&str> for Text<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// The thirteen topics, in sidebar order. An enum rather than strings so an unknown id is
/// a parse error that lists the valid ones, and every `match` is exhaustive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TopicId {
    Overview,
    KeyTakeaways,
    WhatIsSales,
    WhatIsService,
    Similarities,
    Differences,
    Comparison,
    KeyDifferences,
    ComponentsOfSales,
    ComponentsOfService,
    ImportanceOfSales,
    ImportanceOfService,
    Conclusion,
}

impl TopicId {
    pub const ALL: [TopicId; 13] = [
        TopicId::Overview,
        TopicId::KeyTakeaways,
        TopicId::WhatIsSales,
        TopicId::WhatIsService,
        TopicId::Similarities,
        TopicId::Differences,
        TopicId::Comparison,
        TopicId::KeyDifferences,
        TopicId::ComponentsOfSales,
        TopicId::ComponentsOfService,
        TopicId::ImportanceOfSales,
        TopicId::ImportanceOfService,
        TopicId::Conclusion,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TopicId::Overview => "overview",
            TopicId::KeyTakeaways => "key-takeaways",
            TopicId::WhatIsSales => "what-is-sales",
            TopicId::WhatIsService => "what-is-service",
            TopicId::Similarities => "similarities",
            TopicId::Differences => "differences",
            TopicId::Comparison => "comparison",
            TopicId::KeyDifferences => "key-differences",
            TopicId::ComponentsOfSales => "components-of-sales",
            TopicId::ComponentsOfService => "components-of-service",
            TopicId::ImportanceOfSales => "importance-of-sales",
            TopicId::ImportanceOfService => "importance-of-service",
            TopicId::Conclusion => "conclusion",
        }
    }

    pub fn parse(id: &str) -> Option<TopicId> {
        TopicId::ALL.into_iter().find(|topic| topic.as_str() == id)
    }

    /// Position in the sidebar.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for TopicId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The terms of the glossary, in its order. An enum like `TopicId`: an unknown id is a
/// parse error that lists the valid ones, and every language has the same terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TermId {
    Sales,
    Service,
    Customer,
    Prospect,
    Lead,
    Profit,
    Revenue,
    CustomerSatisfaction,
    Loyalty,
    Retention,
    Upselling,
    AfterSalesSupport,
    Warranty,
    SalesRepresentative,
    ConversionRate,
    RepeatPurchase,
}

impl TermId {
    pub const ALL: [TermId; 16] = [
        TermId::Sales,
        TermId::Service,
        TermId::Customer,
        TermId::Prospect,
        TermId::Lead,
        TermId::Profit,
        TermId::Revenue,
        TermId::CustomerSatisfaction,
        TermId::Loyalty,
        TermId::Retention,
        TermId::Upselling,
        TermId::AfterSalesSupport,
        TermId::Warranty,
        TermId::SalesRepresentative,
        TermId::ConversionRate,
        TermId::RepeatPurchase,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TermId::Sales => "sales",
            TermId::Service => "service",
            TermId::Customer => "customer",
            TermId::Prospect => "prospect",
            TermId::Lead => "lead",
            TermId::Profit => "profit",
            TermId::Revenue => "revenue",
            TermId::CustomerSatisfaction => "customer-satisfaction",
            TermId::Loyalty => "loyalty",
            TermId::Retention => "retention",
            TermId::Upselling => "upselling",
            TermId::AfterSalesSupport => "after-sales-support",
            TermId::Warranty => "warranty",
            TermId::SalesRepresentative => "sales-representative",
            TermId::ConversionRate => "conversion-rate",
            TermId::RepeatPurchase => "repeat-purchase",
        }
    }

    /// Position in the glossary.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for TermId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a text comes from, so a reader knows what is the original article's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// From this language's own source article.
    Source,
    /// Written for this project in this language.
    Translation,
    /// The English reference text every language falls back to.
    Reference,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Source => "source",
            Origin::Translation => "translation",
            Origin::Reference => "reference",
        }
    }
}

/// One language's file: its name, the article's title, the program's words, and the
/// topics it has (the others are shown in English).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct Language<'a> {
    /// Lets an editor find the schema (e.g. "schema.json"); ignored by the program.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// 2 or 3 lower-case letters, the file's name without ".json" (like "fr").
    pub code: Text<'a>,
    /// The language's own name for itself, as the language bar shows it.
    pub name: Text<'a>,
    /// The article's title.
    pub title: Text<'a>,
    /// The program's own words in this language.
    pub ui: UiText<'a>,
    /// Any of the thirteen topics, each at most once.
    pub topics: Vec<Topic<'a>>,
    /// The terms a reader of the article needs, by id: every id, in the words this
    /// language's text uses.
    pub glossary: Glossary<'a>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct Topic<'a> {
    pub id: TopicId,
    /// The sidebar's label: at most 28 terminal columns.
    pub title: Text<'a>,
    /// The longer heading above the text (the source's own); else the title is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<Text<'a>>,
    pub origin: Origin,
    /// The text, at least one block.
    pub blocks: Vec<Block<'a>>,
}

impl Topic<'_> {
    /// The heading over the text: the source's own where it has one.
    pub fn display_heading(&self) -> &str {
        self.heading.as_deref().unwrap_or(&self.title)
    }

    /// A block written for the project inside a topic from the source: the reader is
    /// told, block by block. (Inside a translated topic the topic's tag says it all.)
    pub fn is_translated_block(&self, block: &Block) -> bool {
        block.origin() == Some(Origin::Translation) && self.origin != Origin::Translation
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(
    tag = "kind",
    rename_all = "kebab-case",
    deny_unknown_fields,
    bound(deserialize = "'de: 'a")
)]
pub enum Block<'a> {
    Heading {
        text: Text<'a>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Paragraph {
        text: Text<'a>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    List {
        style: ListStyle,
        items: Vec<Text<'a>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Example {
        text: Text<'a>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Comparison {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        /// The header row, where the source's table has its own column labels.
        labels: Option<Row<'a>>,
        rows: Vec<Row<'a>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
        /// The aspect labels were written for the project while the sides are the
        /// source's (Estonian has no aspect headings of its own).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        aspect_origin: Option<Origin>,
    },
}

impl Block<'_> {
    /// The block's own origin, when it differs from its topic's.
    pub fn origin(&self) -> Option<Origin> {
        match self {
            Block::Heading { origin, .. }
            | Block::Paragraph { origin, .. }
            | Block::List { origin, .. }
            | Block::Example { origin, .. }
            | Block::Comparison { origin, .. } => *origin,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ListStyle {
    Bulleted,
    Numbered,
}

/// One line of a comparison: an aspect and what it means for each side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct Row<'a> {
    pub aspect: Text<'a>,
    pub sales: Text<'a>,
    pub service: Text<'a>,
}

/// A language's glossary: its entry for each term. Validation checks that every id is
/// there; an id given twice is refused as the file is read, not silently overwritten.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Glossary<'a>(BTreeMap<TermId, GlossaryEntry<'a>>);

impl<'a> Glossary<'a> {
    pub fn get(&self, id: TermId) -> Option<&GlossaryEntry<'a>> {
        self.0.get(&id)
    }

    /// The entries the glossary has, in `TermId::ALL` order.
    pub fn entries(&self) -> impl Iterator<Item = (TermId, &GlossaryEntry<'a>)> {
        self.0.iter().map(|(id, entry)| (*id, entry))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Glossary<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Glossary<'a>, D::Error> {
        deserializer.deserialize_map(GlossaryVisitor(PhantomData))
    }
}

/// Reads the glossary's object entry by entry, to refuse an id given twice (a map
/// would keep the last one and lose the other without a word).
struct GlossaryVisitor<'a>(PhantomData<Glossary<'a>>);

impl<'de: 'a, 'a> Visitor<'de> for GlossaryVisitor<'a> {
    type Value = Glossary<'a>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object with an entry for each term id")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Glossary<'a>, M::Error> {
        let mut entries = BTreeMap::new();
        // The id is read as a string, then as an id: serde_path_to_error follows a map
        // key it sees as a string, so an error inside an entry is told at its own
        // path (`glossary.lead.term`), not only at `glossary`.
        while let Some(key) = map.next_key::<String>()? {
            let id = TermId::deserialize(IntoDeserializer::<M::Error>::into_deserializer(
                key.as_str(),
            ))?;
            if entries.contains_key(&id) {
                return Err(de::Error::custom(format_args!(
                    "term id `{id}` is given twice: keep one entry"
                )));
            }
            entries.insert(id, map.next_value()?);
        }
        Ok(Glossary(entries))
    }
}

/// One term of the glossary in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct GlossaryEntry<'a> {
    /// The term as a headword (its base form), in the words this language's text uses.
    pub term: Text<'a>,
    /// A short note for the reader: another form, a variant the text also uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text<'a>>,
    /// false: the term does not occur in this language's text (the text lacks the
    /// concept); the tests check that it truly does not.
    #[serde(default = "occurs", skip_serializing_if = "is_true")]
    pub in_text: bool,
    /// How the text writes the term, where no form of the headword itself occurs in it
    /// (an inflected form, like "potentsiaalsed kliendid" for "potentsiaalne klient").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<Text<'a>>,
}

/// A term occurs in its language's text unless the file says otherwise.
fn occurs() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

/// The program's own words in a language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct UiText<'a> {
    pub topics: Text<'a>,
    pub aspect: Text<'a>,
    pub sales: Text<'a>,
    pub service: Text<'a>,
    /// What goes between a side's label and its text in a stacked comparison: ": " in
    /// English, "\u{202F}: " in French (a narrow no-break space before the colon).
    pub label_separator: Text<'a>,
    pub help_title: Text<'a>,
    pub in_english: Text<'a>,
    pub translated: Text<'a>,
    pub too_small: Text<'a>,
    /// The glossary's name, as its sidebar entry and heading.
    pub glossary: Text<'a>,
    pub keys: KeyText<'a>,
    pub mouse: MouseText<'a>,
    pub search: SearchText<'a>,
    pub quiz: QuizText<'a>,
}

impl<'a> UiText<'a> {
    /// A comparison's header row: the labels of its own, else the program's.
    pub fn header_row(&self, labels: Option<&Row<'a>>) -> Row<'a> {
        labels.cloned().unwrap_or_else(|| Row {
            aspect: self.aspect.clone(),
            sales: self.sales.clone(),
            service: self.service.clone(),
        })
    }
}

/// One description per key action; the help overlay and the status hints read these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct KeyText<'a> {
    pub r#move: Text<'a>,
    pub open: Text<'a>,
    pub back: Text<'a>,
    pub page: Text<'a>,
    pub half_page: Text<'a>,
    pub ends: Text<'a>,
    pub next_language: Text<'a>,
    pub previous_language: Text<'a>,
    pub choose_language: Text<'a>,
    pub sidebar: Text<'a>,
    pub parallel: Text<'a>,
    pub second_language: Text<'a>,
    pub help: Text<'a>,
    pub close: Text<'a>,
    pub redraw: Text<'a>,
    pub suspend: Text<'a>,
    pub quit: Text<'a>,
    pub click: Text<'a>,
    pub wheel: Text<'a>,
    pub select_text: Text<'a>,
    pub search: Text<'a>,
    pub next_match: Text<'a>,
    pub choose: Text<'a>,
    pub open_result: Text<'a>,
    pub scope: Text<'a>,
    pub erase: Text<'a>,
}

/// The names of the mouse gestures, as the help lists them beside the keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct MouseText<'a> {
    /// A press of a mouse button ("Click").
    pub click: Text<'a>,
    /// The scroll wheel ("Wheel").
    pub wheel: Text<'a>,
    /// A drag with Shift held, how a terminal selects text while the program has the
    /// mouse ("Shift+drag").
    pub drag: Text<'a>,
}

/// The search line's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct SearchText<'a> {
    /// Where the search looks: the language being read ("this language")…
    pub this_language: Text<'a>,
    /// …or every language ("all languages").
    pub all_languages: Text<'a>,
    /// Before the number of matches ("Results": "Results: 14").
    pub results: Text<'a>,
    /// Nothing matches ("No match").
    pub no_match: Text<'a>,
    /// The line is empty ("Type to search").
    pub empty: Text<'a>,
    /// `n` went past the last match back to the first ("Search wrapped to the top").
    pub wrapped_to_top: Text<'a>,
    /// `N` went past the first match back to the last.
    pub wrapped_to_bottom: Text<'a>,
}

/// The quiz's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct QuizText<'a> {
    /// Its name, as the sidebar entry and heading ("Sales or service?").
    pub title: Text<'a>,
    /// What it asks, before a round.
    pub intro: Text<'a>,
    /// The key that starts a round ("Start").
    pub start: Text<'a>,
    /// Before the statement's number ("Statement": "Statement 3/10").
    pub statement: Text<'a>,
    /// Before the score ("Score": "Score: 7/10").
    pub score: Text<'a>,
    /// The answer was right ("Right") or wrong ("Wrong").
    pub right: Text<'a>,
    pub wrong: Text<'a>,
    /// The key to the next statement ("Next statement").
    pub next: Text<'a>,
    /// The key to a new round, at the end ("Another round").
    pub again: Text<'a>,
    /// Over the statements answered wrong, at the end ("Missed").
    pub missed: Text<'a>,
    /// At the end, when none was ("None missed").
    pub none_missed: Text<'a>,
    /// The key that leaves the quiz ("Leave the quiz").
    pub leave: Text<'a>,
    /// How the text names the two sides (lower case; a name may be several words):
    /// while a statement is asked, every word that begins with one is a blank, so that
    /// "Service aims to support customers" does not give its answer away.
    pub hide: Vec<Text<'a>>,
}

#[cfg(test)]
mod tests {
    // A test that cannot parse its fixture should stop right there.
    #![allow(clippy::unwrap_used)]

    use super::Block;

    /// Within the file's own text: nothing was copied.
    fn points_into(text: &str, file: &str) -> bool {
        file.as_bytes().as_ptr_range().contains(&text.as_ptr())
    }

    #[test]
    fn texts_are_borrowed_from_the_file_and_escaped_ones_decoded() {
        let file = r#"[
            {"kind": "paragraph", "text": "Plain words"},
            {"kind": "list", "style": "bulleted", "items": ["þjónusta", "say \"yes\""]}
        ]"#;
        let blocks: Vec<Block> = serde_json::from_str(file).unwrap();
        let Block::Paragraph { text, .. } = &blocks[0] else {
            panic!("a paragraph: {:?}", blocks[0]);
        };
        assert!(points_into(text, file), "the paragraph's text was copied");
        let Block::List { items, .. } = &blocks[1] else {
            panic!("a list: {:?}", blocks[1]);
        };
        assert!(points_into(&items[0], file), "a list item was copied");
        assert_eq!(items[1], "say \"yes\"");
        assert!(!points_into(&items[1], file), "an escaped text is decoded");
    }
}
