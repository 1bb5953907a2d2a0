//! Integration tests: the built `kzsearch` binary run on fixture articles in temp dirs.

mod entities;
mod errors;
mod eval;
mod export;
mod formats;
mod index;
mod json;
mod languages;
mod query;
mod robust;
mod seeds;
mod util;
mod workflow;
