//! CSV output: a header row, then one row per hit, quoted as RFC 4180 says (by the `csv`
//! crate). Lists (people, organizations, conventions) are joined with `; `.

use std::io::{self, Write};

use super::{Answer, CsvField};
use crate::search::Hit;

/// Writes CSV rows; the header row goes out before the first answer.
pub struct CsvWriter<'w> {
    writer: csv::Writer<&'w mut dyn Write>,
    fields: Vec<CsvField>,
}

impl<'w> CsvWriter<'w> {
    pub fn new(out: &'w mut dyn Write, fields: &[CsvField]) -> io::Result<CsvWriter<'w>> {
        let fields = if fields.is_empty() {
            CsvField::DEFAULT.to_vec()
        } else {
            fields.to_vec()
        };
        let mut writer = csv::Writer::from_writer(out);
        writer
            .write_record(fields.iter().map(|f| f.name()))
            .map_err(io_error)?;
        Ok(CsvWriter { writer, fields })
    }

    pub fn write(&mut self, answer: &Answer) -> io::Result<()> {
        for hit in &answer.results.hits {
            let row: Vec<String> = self.fields.iter().map(|&f| cell(f, hit, answer)).collect();
            self.writer.write_record(&row).map_err(io_error)?;
        }
        self.writer.flush()
    }
}

/// The writer's own error as it was, so that a closed pipe is told apart (`csv` wraps it, and
/// its conversion to `io::Error` keeps the message but not the kind).
fn io_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn cell(field: CsvField, hit: &Hit, answer: &Answer) -> String {
    let article = &hit.article;
    let names = |list: &[crate::article::Entity]| {
        list.iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    match field {
        CsvField::QueryId => answer.query_id.unwrap_or("").to_string(),
        CsvField::Rank => hit.rank.to_string(),
        CsvField::Id => article.id.clone(),
        CsvField::Date => article.date.map(|d| d.to_string()).unwrap_or_default(),
        CsvField::Title => article.title.clone().unwrap_or_default(),
        CsvField::Score => format!("{:.4}", hit.score),
        CsvField::People => names(&article.entities.people),
        CsvField::Organizations => names(&article.entities.organizations),
        CsvField::Conventions => article
            .entities
            .conventions
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join("; "),
        CsvField::Snippet => hit.snippet.text.clone(),
        CsvField::Path => article.path.clone(),
        CsvField::Source => article.source.clone().unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stdout whose reader has gone.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_pipe_is_told_apart_from_other_errors() {
        let mut out = Closed;
        let mut writer = csv::Writer::from_writer(&mut out as &mut dyn Write);
        // (More than the writer buffers, so the record itself meets the pipe.)
        let long = "x".repeat(100_000);
        let error = writer.write_record([long.as_str()]).unwrap_err();
        assert_eq!(io_error(error).kind(), io::ErrorKind::BrokenPipe);
    }
}
