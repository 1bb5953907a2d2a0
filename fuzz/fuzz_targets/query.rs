//! Query translation: any string is either a clear error or a tantivy query that runs on an
//! index, never a panic.
#![no_main]

use std::sync::OnceLock;

use kzsearch::article::text;
use kzsearch::query::{self, build::Builder};
use kzsearch::ranking::Ranking;
use kzsearch::schema::{self, Fields, Origin};
use libfuzzer_sys::fuzz_target;
use tantivy::collector::Count;
use tantivy::{Index, IndexReader};

/// A small in-memory index with two articles, built once.
fn index() -> &'static (Fields, IndexReader) {
    static INDEX: OnceLock<(Fields, IndexReader)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        for (n, raw) in [
            "ILO mission in Astana\n\n date 2024-09-06 Minister Madina Abylkasymova met the ILO on Convention No. 87.\n",
            "Unions meet\n\nThe Federation of Trade Unions discussed the Labour Code and decent work.\n",
        ]
        .iter()
        .enumerate()
        {
            let mut article = text::parse(format!("a{n}"), format!("a{n}.txt"), raw);
            kzsearch::extract::enrich(&mut article);
            let origin = Origin { file: "fuzz", hash: n as u64 };
            writer.add_document(fields.to_document(&article, origin)).unwrap();
        }
        writer.commit().unwrap();
        (fields, index.reader().unwrap())
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(node) = query::parse(text) else {
        return;
    };
    let node = query::entities::rewrite(node);
    let (fields, reader) = index();
    let ranking = Ranking::default();
    let mut builder = Builder::new(fields, &ranking);
    let _ = node.highlight_targets();
    for require_all in [true, false] {
        let _ = builder.describe(&node, require_all);
        if let Ok(query) = builder.build(&node, require_all) {
            reader.searcher().search(query.as_ref(), &Count).unwrap();
        }
    }
});
