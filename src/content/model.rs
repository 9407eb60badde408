//! The serde model of a language file: language → topics → blocks.
//!
//! Field names are the file format (see `assets/content/README.md`); every struct
//! rejects unknown fields so that a misspelt key is an error, not silently lost text.

use serde::{Deserialize, Serialize};

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
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Lets an editor find the schema (e.g. "schema.json"); ignored by the program.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// 2 or 3 lower-case letters, the file's name without ".json" (like "fr").
    pub code: String,
    /// The language's own name for itself, as the language bar shows it.
    pub name: String,
    /// The article's title.
    pub title: String,
    /// The program's own words in this language.
    pub ui: UiText,
    /// Any of the thirteen topics, each at most once.
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: TopicId,
    /// The sidebar's label: at most 28 terminal columns.
    pub title: String,
    /// The longer heading above the text (the source's own); else the title is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    Heading {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Paragraph {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    List {
        style: ListStyle,
        items: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    Example {
        text: String,
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
        /// source's (Estonian has no aspect headings of its own).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        aspect_origin: Option<Origin>,
    },
}

impl Block {
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
    pub aspect: String,
    pub sales: String,
    pub service: String,
}

/// The program's own words in a language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UiText {
    pub topics: String,
    pub aspect: String,
    pub sales: String,
    pub service: String,
    pub help_title: String,
    pub in_english: String,
    pub translated: String,
    pub too_small: String,
    pub keys: KeyText,
}

impl UiText {
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
    pub r#move: String,
    pub open: String,
    pub back: String,
    pub page: String,
    pub ends: String,
    pub next_language: String,
    pub previous_language: String,
    pub choose_language: String,
    pub help: String,
    pub close: String,
    pub quit: String,
    pub click: String,
    pub wheel: String,
    pub select_text: String,
}
