//! sales-vs-service: a terminal explorer of the difference between sales and service.
//!
//! - `content` — the language files: model, loading, validation, English fallback.

pub mod content;
