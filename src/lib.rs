//! kzsearch: full-text search for labour and social policy news.
//!
//! Two pipelines meet only in the schema:
//!
//! ```text
//! index:  paths ─corpus─▶ files ─article─▶ Article ─schema─▶ document ─indexer─▶ store (index/)
//! query:  argv ─cli─▶ request ─query─▶ tantivy query ─search─▶ hits ─snippet─▶ ─render─▶ text | json
//! ```

pub mod analysis;
pub mod article;
pub mod cli;
pub mod cmd;
pub mod corpus;
pub mod directory;
pub mod error;
pub mod eval;
pub mod extract;
pub mod facets;
#[rustfmt::skip] // written by src/generated/check.rs, which compares it byte for byte
mod generated;
pub mod hugepages;
pub mod indexer;
pub mod query;
pub mod ranking;
pub mod record;
pub mod render;
pub mod schema;
pub mod search;
pub mod snippet;
pub mod store;
pub mod suggest;
pub mod ties;

pub use cmd::{Outcome, run};
