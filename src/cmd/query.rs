//! `kzsearch query`: search and write ranked hits as text or JSON.

use std::io::{self, IsTerminal, Write};

use anyhow::Result;

use super::Outcome;
use crate::cli::QueryArgs;
use crate::render::{self, Format};
use crate::search::{Engine, Request};
use crate::store::IndexDir;

pub fn run(args: QueryArgs) -> Result<Outcome> {
    let engine = Engine::open(&IndexDir::new(&args.index.index))?;
    let request = Request {
        limit: usize::from(args.limit),
        mode: args.match_mode,
        ..Request::new(&args.query)
    };
    let results = engine.search(&request)?;

    let stdout = io::stdout();
    let is_terminal = stdout.is_terminal();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Text => {
            if results.relaxed {
                eprintln!(
                    "kzsearch: no article has all the words; showing articles with some of them"
                );
            }
            render::text::write(&mut out, &results, args.color.enabled(is_terminal))?;
        }
        Format::Json => render::json::write(&mut out, &args.query, &results)?,
    }
    out.flush()?;
    Ok(if results.total > 0 {
        Outcome::Found
    } else {
        Outcome::NothingFound
    })
}
