//! What the sidebar lists: the thirteen topics, then, set apart, the glossary and the
//! quiz. An entry is what the detail pane shows, and what the place remembers.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::content::TopicId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entry {
    Topic(TopicId),
    Glossary,
    Quiz,
}

/// The sidebar's rows: the topics, a blank that sets the study entries apart, then
/// the glossary and the quiz.
pub const ROWS: [Option<Entry>; 16] = {
    let mut rows = [None; 16];
    let mut n = 0;
    while n < TopicId::ALL.len() {
        rows[n] = Some(Entry::Topic(TopicId::ALL[n]));
        n += 1;
    }
    rows[14] = Some(Entry::Glossary);
    rows[15] = Some(Entry::Quiz);
    rows
};

impl Entry {
    /// Every entry, in sidebar order.
    pub fn all() -> impl Iterator<Item = Entry> {
        ROWS.into_iter().flatten()
    }

    /// Its row in the sidebar.
    pub fn row(self) -> usize {
        ROWS.iter()
            .position(|row| *row == Some(self))
            .unwrap_or_default()
    }

    /// The sidebar's first entry.
    pub fn first() -> Entry {
        Entry::all().next().unwrap_or(Entry::Quiz)
    }

    /// The sidebar's last entry.
    pub fn last() -> Entry {
        Entry::all().last().unwrap_or(Entry::Quiz)
    }

    /// The entry `step` entries on (back, if negative), within the list.
    pub fn step(self, step: isize) -> Entry {
        let entries: Vec<Entry> = Entry::all().collect();
        let at = entries.iter().position(|entry| *entry == self).unwrap_or(0);
        entries[at.saturating_add_signed(step).min(entries.len() - 1)]
    }

    pub fn topic(self) -> Option<TopicId> {
        match self {
            Entry::Topic(topic) => Some(topic),
            Entry::Glossary | Entry::Quiz => None,
        }
    }

    /// As the command line and the remembered place name it: a topic's id,
    /// `glossary` or `quiz`.
    pub fn as_str(self) -> &'static str {
        match self {
            Entry::Topic(topic) => topic.as_str(),
            Entry::Glossary => "glossary",
            Entry::Quiz => "quiz",
        }
    }

    pub fn parse(name: &str) -> Option<Entry> {
        Entry::all().find(|entry| entry.as_str() == name)
    }
}

impl From<TopicId> for Entry {
    fn from(topic: TopicId) -> Entry {
        Entry::Topic(topic)
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Entry, D::Error> {
        let name = String::deserialize(deserializer)?;
        Entry::parse(&name).ok_or_else(|| {
            let valid: Vec<&str> = Entry::all().map(Entry::as_str).collect();
            serde::de::Error::custom(format!(
                "unknown entry `{name}`, expected one of {}",
                valid.join(", ")
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_study_entries_come_after_the_topics_set_apart() {
        let entries: Vec<Entry> = Entry::all().collect();
        assert_eq!(entries.len(), 15);
        assert_eq!(entries[0], Entry::Topic(TopicId::Overview));
        assert_eq!(entries[12], Entry::Topic(TopicId::Conclusion));
        assert_eq!(&entries[13..], [Entry::Glossary, Entry::Quiz]);
        assert_eq!(ROWS[13], None, "a blank row between");
        assert_eq!(Entry::Glossary.row(), 14);
        assert_eq!(Entry::Topic(TopicId::Conclusion).step(1), Entry::Glossary);
        assert_eq!(Entry::Glossary.step(-1), Entry::Topic(TopicId::Conclusion));
        assert_eq!(Entry::Quiz.step(1), Entry::Quiz);
        assert_eq!(
            Entry::Topic(TopicId::Overview).step(-1),
            Entry::Topic(TopicId::Overview)
        );
    }

    #[test]
    fn an_entry_reads_back_as_it_is_written() {
        for entry in Entry::all() {
            assert_eq!(Entry::parse(entry.as_str()), Some(entry));
            let json = serde_json::to_string(&entry).unwrap();
            assert_eq!(serde_json::from_str::<Entry>(&json).unwrap(), entry);
        }
        assert_eq!(
            serde_json::to_string(&Entry::Topic(TopicId::KeyDifferences)).unwrap(),
            "\"key-differences\"",
            "a remembered place of before reads the same"
        );
        let error = serde_json::from_str::<Entry>("\"nonsense\"").unwrap_err();
        assert!(error.to_string().contains("glossary, quiz"), "{error}");
    }
}
