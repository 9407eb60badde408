//! The serde model of a language file: language → topics → blocks.
//!
//! Field names are the file format (see `assets/content/README.md`); every struct
//! rejects unknown fields so that a misspelt key is an error, not silently lost text.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

// A text of the file. (Not a doc comment: the schema would repeat it as every text's
// description.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(inline))]
#[serde(transparent)]
pub struct Text(String);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text(text.to_owned())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(text)
    }
}

impl PartialEq<&str> for Text {
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
    /// Still the English text, copied to be translated (`content init --new`): shown
    /// tagged as in English, and counted by `check` as left to do. Translated, a
    /// topic's or block's origin becomes `translation` (or `source`).
    Untranslated,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Source => "source",
            Origin::Translation => "translation",
            Origin::Reference => "reference",
            Origin::Untranslated => "untranslated",
        }
    }
}

/// One language's file: its name, the article's title, the program's words, and the
/// topics it has (the others are shown in English).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Lets an editor find the schema (e.g. "schema.json"); ignored by the program.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// 2 or 3 lower-case letters, the file's name without ".json" (like "fr").
    pub code: Text,
    /// The language's own name for itself, as the language bar shows it.
    pub name: Text,
    /// The article's title.
    pub title: Text,
    /// The program's own words in this language.
    pub ui: UiText,
    /// Any of the thirteen topics, each at most once.
    pub topics: Vec<Topic>,
    /// The terms a reader of the article needs, by id: every id, in the words this
    /// language's text uses.
    pub glossary: Glossary,
    /// The quiz's statements, written for it in this language.
    pub quiz: QuizStatements,
}

/// A side of a comparison: what a quiz statement is about, and its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Sales,
    Service,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Sales, Side::Service];

    pub fn as_str(self) -> &'static str {
        match self {
            Side::Sales => "sales",
            Side::Service => "service",
        }
    }
}

/// "Sales or service?": a statement per side of each comparison row, written so that
/// only what it says tells its side, and the words that would give a side away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuizStatements {
    /// Every word that names a side in this language, as the start of a word (lower
    /// case; several words where the name is): no statement may hold one.
    pub side_words: Vec<Text>,
    pub statements: Vec<QuizStatement>,
}

impl QuizStatements {
    /// The statement written for a row's side (its row counted from 1 in its topic).
    pub fn get(&self, topic: TopicId, row: usize, side: Side) -> Option<&QuizStatement> {
        self.statements.iter().find(|statement| {
            statement.topic == topic && statement.row == row && statement.side == side
        })
    }
}

/// One side of one row, as the quiz asks it: a sentence with a blank (`___`) for the
/// words that name the side, or why this language leaves it out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuizStatement {
    pub topic: TopicId,
    /// The row in its topic's comparison, counted from 1.
    pub row: usize,
    pub side: Side,
    /// The statement; exactly one of `text` and `omitted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// Why no fair statement can be written for this side in this language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omitted: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: TopicId,
    /// The sidebar's label: at most 28 terminal columns.
    pub title: Text,
    /// The longer heading above the text (the source's own); else the title is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<Text>,
    pub origin: Origin,
    /// The text, at least one block.
    pub blocks: Vec<Block>,
}

impl Topic {
    /// The heading over the text: the source's own where it has one.
    pub fn display_heading(&self) -> &str {
        self.heading.as_deref().unwrap_or(&self.title)
    }

    /// A block written for the project inside a topic from the source: the reader is
    /// told, block by block. (Inside a translated topic the topic's tag says it all.)
    pub fn is_translated_block(&self, block: &Block) -> bool {
        block.origin() == Some(Origin::Translation) && self.origin != Origin::Translation
    }

    /// The tag over a block whose origin differs from its topic's in a way the reader
    /// is told: written for the project, or still in English (not yet translated).
    pub fn block_tag<'u>(&self, block: &Block, ui: &'u UiText) -> Option<&'u str> {
        match block.origin() {
            Some(origin) if origin == self.origin => None,
            Some(Origin::Translation) => Some(&ui.translated),
            Some(Origin::Untranslated) => Some(&ui.in_english),
            Some(Origin::Source | Origin::Reference) | None => None,
        }
    }
}

// A block of text, its `kind` a field of its object as in serde's internally tagged
// enums; read by hand (`read_block`), field by field where the file has them. (Not a
// doc comment: the schema would carry it.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    Heading {
        text: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Paragraph {
        text: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    List {
        style: ListStyle,
        items: Vec<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Example {
        text: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Comparison {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        /// The header row, where the source's table has its own column labels.
        labels: Option<Row>,
        rows: Vec<Row>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
        /// The aspect labels were written for the project while the sides are the
        /// source's (Estonian has no aspect headings of its own), or are not yet
        /// translated while the sides are.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        aspect_origin: Option<Origin>,
    },
}

/// What a block is: its `kind` in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    List,
    Example,
    Comparison,
}

impl BlockKind {
    /// The kind as the file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::List => "list",
            BlockKind::Example => "example",
            BlockKind::Comparison => "comparison",
        }
    }
}

impl fmt::Display for BlockKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Block {
    pub fn kind(&self) -> BlockKind {
        match self {
            Block::Heading { .. } => BlockKind::Heading,
            Block::Paragraph { .. } => BlockKind::Paragraph,
            Block::List { .. } => BlockKind::List,
            Block::Example { .. } => BlockKind::Example,
            Block::Comparison { .. } => BlockKind::Comparison,
        }
    }

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
#[serde(deny_unknown_fields)]
pub struct Row {
    pub aspect: Text,
    pub sales: Text,
    pub service: Text,
}

/// A language's glossary: its entry for each term. Validation checks that every id is
/// there; an id given twice is refused as the file is read, not silently overwritten.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Glossary(BTreeMap<TermId, GlossaryEntry>);

impl Glossary {
    pub fn get(&self, id: TermId) -> Option<&GlossaryEntry> {
        self.0.get(&id)
    }

    /// The entries the glossary has, in `TermId::ALL` order.
    pub fn entries(&self) -> impl Iterator<Item = (TermId, &GlossaryEntry)> {
        self.0.iter().map(|(id, entry)| (*id, entry))
    }
}

impl<'de> Deserialize<'de> for Glossary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Glossary, D::Error> {
        deserializer.deserialize_map(GlossaryVisitor)
    }
}

/// Reads the glossary's object entry by entry, to refuse an id given twice (a map
/// would keep the last one and lose the other without a word).
struct GlossaryVisitor;

impl<'de> Visitor<'de> for GlossaryVisitor {
    type Value = Glossary;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object with an entry for each term id")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Glossary, M::Error> {
        let mut entries = BTreeMap::new();
        while let Some(id) = map.next_key_seed(TermKey)? {
            if entries.contains_key(&id) {
                return Err(de::Error::custom(format_args!(
                    "`{id}` is given twice: keep one"
                )));
            }
            entries.insert(id, map.next_value()?);
        }
        Ok(Glossary(entries))
    }
}

/// A glossary's key: read as a string, then as a term id, so that an unknown id is
/// refused while the key is read (and told at the key), and so that
/// serde_path_to_error, which follows a key it sees as a string, has the path.
struct TermKey;

impl<'de> DeserializeSeed<'de> for TermKey {
    type Value = TermId;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<TermId, D::Error> {
        let key = String::deserialize(deserializer)?;
        TermId::deserialize(IntoDeserializer::<D::Error>::into_deserializer(
            key.as_str(),
        ))
    }
}

/// One term of the glossary in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The term as a headword (its base form), in the words this language's text uses.
    pub term: Text,
    /// A short note for the reader: another form, a variant the text also uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// false: the term does not occur in this language's text (the text lacks the
    /// concept); the tests check that it truly does not.
    #[serde(default = "occurs", skip_serializing_if = "is_true")]
    pub in_text: bool,
    /// How the text writes the term, where no form of the headword itself occurs in it
    /// (an inflected form, like "potentsiaalsed kliendid" for "potentsiaalne klient").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<Text>,
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
#[serde(deny_unknown_fields)]
pub struct UiText {
    pub topics: Text,
    pub aspect: Text,
    pub sales: Text,
    pub service: Text,
    /// What goes between a side's label and its text in a stacked comparison: ": " in
    /// English, "\u{202F}: " in French (a narrow no-break space before the colon).
    pub label_separator: Text,
    pub help_title: Text,
    pub in_english: Text,
    pub translated: Text,
    pub too_small: Text,
    /// What the status line says after `y` and `Y`, before what was copied:
    /// "Copied: Main goal", "Copied as Markdown: What is sales?".
    pub copied: Text,
    pub copied_markdown: Text,
    /// The glossary's name, as its sidebar entry and heading.
    pub glossary: Text,
    pub keys: KeyText,
    pub mouse: MouseText,
    pub search: SearchText,
    /// What the explorer says of the language files it reads (`--content-dir`).
    pub edit: EditText,
    pub quiz: QuizText,
}

impl UiText {
    /// The word for a side, as the comparisons' labels have it ("Sales").
    pub fn side_name(&self, side: Side) -> &str {
        match side {
            Side::Sales => &self.sales,
            Side::Service => &self.service,
        }
    }

    /// A comparison's header row: the labels of its own, else the program's.
    pub fn header_row(&self, labels: Option<&Row>) -> Row {
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
#[serde(deny_unknown_fields)]
pub struct KeyText {
    pub r#move: Text,
    pub open: Text,
    pub back: Text,
    pub page: Text,
    pub half_page: Text,
    pub ends: Text,
    pub next_language: Text,
    pub previous_language: Text,
    pub choose_language: Text,
    pub sidebar: Text,
    pub parallel: Text,
    /// `p` again, in the parallel view: back to the text in one language.
    pub one_language: Text,
    pub second_language: Text,
    pub help: Text,
    pub close: Text,
    pub redraw: Text,
    pub suspend: Text,
    pub quit: Text,
    pub click: Text,
    pub wheel: Text,
    pub select_text: Text,
    /// `y`: the part at the top of the text, as plain text.
    pub copy: Text,
    /// `Y`: the whole topic, as Markdown.
    pub copy_topic: Text,
    pub search: Text,
    pub next_match: Text,
    pub choose: Text,
    pub open_result: Text,
    pub scope: Text,
    pub erase: Text,
    /// `v`: the language's file in an editor ("Edit this language's file").
    pub edit: Text,
    /// `!`: the errors of the language files that do not load, listed (also the
    /// list's title).
    pub errors: Text,
}

/// The names of the mouse gestures, as the help lists them beside the keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MouseText {
    /// A press of a mouse button ("Click").
    pub click: Text,
    /// The scroll wheel ("Wheel").
    pub wheel: Text,
    /// A drag with Shift held, how a terminal selects text while the program has the
    /// mouse ("Shift+drag").
    pub drag: Text,
}

/// The search line's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SearchText {
    /// Where the search looks: the language being read ("this language")…
    pub this_language: Text,
    /// …or every language ("all languages").
    pub all_languages: Text,
    /// Before the number of matches ("Results": "Results: 14").
    pub results: Text,
    /// Nothing matches ("No match").
    pub no_match: Text,
    /// The line is empty ("Type to search").
    pub empty: Text,
    /// `n` went past the last match back to the first ("Search wrapped to the top").
    pub wrapped_to_top: Text,
    /// `N` went past the first match back to the last.
    pub wrapped_to_bottom: Text,
}

/// What the explorer says of the language files it reads (`--content-dir`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EditText {
    /// Before the name of a file read again after a save ("Reloaded": "Reloaded:
    /// fr.json").
    pub reloaded: Text,
    /// `v` on a language compiled into the program, before the command that writes a
    /// copy to edit ("Built-in text. A copy to edit").
    pub built_in: Text,
    /// Over the list of errors: a language whose file does not load keeps its text
    /// ("The text shown is the last without errors").
    pub last_good: Text,
}

/// The quiz's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuizText {
    /// Its name, as the sidebar entry and heading ("Sales or service?").
    pub title: Text,
    /// What it asks, before a round.
    pub intro: Text,
    /// The key that starts a round ("Start").
    pub start: Text,
    /// Before the statement's number ("Statement": "Statement 3/10").
    pub statement: Text,
    /// Before the score ("Score": "Score: 7/10").
    pub score: Text,
    /// After an answer, what was right and what the reader said: "Right: it is
    /// sales.", "Wrong: it is sales; you said service." (the answer was sales).
    pub right_sales: Text,
    pub right_service: Text,
    pub wrong_sales: Text,
    pub wrong_service: Text,
    /// The key to the next statement ("Next statement").
    pub next: Text,
    /// The key to a new round, at the end ("Another round").
    pub again: Text,
    /// Over the statements answered wrong, at the end ("Missed").
    pub missed: Text,
    /// At the end, when none was ("None missed").
    pub none_missed: Text,
    /// The key that leaves the quiz ("Leave the quiz").
    pub leave: Text,
    /// Over a printed round's answer key ("Answers").
    pub answers: Text,
}

impl QuizText {
    /// What an answer gets: right or wrong, the side it was, and what was said.
    pub fn verdict(&self, answer: Side, said: Side) -> &str {
        match (answer == said, answer) {
            (true, Side::Sales) => &self.right_sales,
            (true, Side::Service) => &self.right_service,
            (false, Side::Sales) => &self.wrong_sales,
            (false, Side::Service) => &self.wrong_service,
        }
    }
}

#[cfg(test)]
mod tests {
    // A test that cannot parse its fixture should stop right there.
    #![allow(clippy::unwrap_used)]

    use super::Block;

    #[test]
    fn texts_are_read_as_written_and_escaped_ones_decoded() {
        let file = r#"[
            {"kind": "paragraph", "text": "Plain words"},
            {"kind": "list", "style": "bulleted", "items": ["þjónusta", "say \"yes\" \u00e0"]}
        ]"#;
        let blocks: Vec<Block> = serde_json::from_str(file).unwrap();
        let Block::Paragraph { text, .. } = &blocks[0] else {
            panic!("a paragraph: {:?}", blocks[0]);
        };
        assert_eq!(*text, "Plain words");
        let Block::List { items, .. } = &blocks[1] else {
            panic!("a list: {:?}", blocks[1]);
        };
        assert_eq!(items[0], "þjónusta");
        assert_eq!(items[1], "say \"yes\" à");
    }
}

#[cfg(test)]
mod origin_tests {
    // A test that cannot load the built-in content should stop right there.
    #![allow(clippy::unwrap_used)]

    use super::{Block, Origin};
    use crate::content::{Library, Spot, TopicId};

    /// A block still in English inside a translated topic is tagged "in English"; one
    /// written for the project inside a source topic, "translated"; a block whose
    /// origin is its topic's, not at all.
    #[test]
    fn a_block_is_tagged_where_its_origin_differs_from_its_topics() {
        let library = Library::builtin().unwrap();
        let ui = &library.language(library.english()).ui;
        let mut topic = library
            .topic(library.english(), TopicId::WhatIsSales)
            .topic
            .clone();
        let paragraph = |origin| Block::Paragraph {
            text: "x".into(),
            origin,
        };
        topic.origin = Origin::Translation;
        assert_eq!(
            topic.block_tag(&paragraph(Some(Origin::Untranslated)), ui),
            Some("in English")
        );
        assert_eq!(
            topic.block_tag(&paragraph(Some(Origin::Translation)), ui),
            None
        );
        assert_eq!(topic.block_tag(&paragraph(None), ui), None);
        topic.origin = Origin::Source;
        assert_eq!(
            topic.block_tag(&paragraph(Some(Origin::Translation)), ui),
            Some("translated")
        );
        topic.origin = Origin::Untranslated;
        assert_eq!(
            topic.block_tag(&paragraph(Some(Origin::Untranslated)), ui),
            None
        );

        // What is left counts the texts of the untranslated topic but for a block
        // translated already.
        topic.blocks = vec![paragraph(Some(Origin::Translation)), paragraph(None)];
        assert_eq!(
            topic.origin_of(Spot::Text { block: 0 }),
            Origin::Translation
        );
        assert_eq!(
            topic.origin_of(Spot::Text { block: 1 }),
            Origin::Untranslated
        );
        let headings = 1 + usize::from(topic.heading.is_some());
        assert_eq!(topic.untranslated(), headings + 1);
    }
}
