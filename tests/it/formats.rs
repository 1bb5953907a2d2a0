//! Input formats: HTML pages, JSON Lines, Markdown and gzip, including broken files.

use std::io::Write;

use crate::util::{Env, code, repo, sorted_ids, stderr, stdout};

fn formats_env() -> (Env, std::process::Output) {
    let env = Env::new();
    let corpus = env.path().join("in");
    std::fs::create_dir_all(&corpus).unwrap();
    for entry in std::fs::read_dir(repo().join("tests/fixtures/formats")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"{\"id\": \"gz-1\", \"title\": \"Compressed news\", \"body\": \"Welders won a pay rise.\"}\n")
        .unwrap();
    env.write("in/archive.jsonl.gz", gz.finish().unwrap());
    env.write("in/not-really.jsonl.gz", b"plain text, not gzip");
    let output = env.index(&[&corpus]);
    (env, output)
}

#[test]
fn html_pages_give_the_article_without_the_page_around_it() {
    let (env, _) = formats_env();
    let results = env.query_json("returns", &[]);
    assert_eq!(results.hits.len(), 1);
    let hit = &results.hits[0];
    assert_eq!(hit.id, "page");
    assert_eq!(hit.title.as_deref(), Some("Pension fund raises returns"));
    assert_eq!(hit.date.as_deref(), Some("2024-05-17"));
    assert!(
        hit.organizations
            .contains(&"Unified Accumulative Pension Fund".to_string())
    );
    // Menus, scripts, captions, asides and footers are not indexed.
    for furniture in [
        "\"Skills and jobs\"",
        "trackers",
        "chart",
        "\"Read also\"",
        "\"Targeted social assistance\"",
        "Economy",
    ] {
        let output = env.query(furniture, &["--match", "all"]);
        assert_eq!(code(&output), 1, "{furniture} matched: {}", stdout(&output));
    }
    let broken = env.query_json("breaches", &[]);
    assert_eq!(broken.hits[0].id, "broken");
    assert_eq!(
        broken.hits[0].title.as_deref(),
        Some("Inspectors visit mine")
    );
    assert_eq!(env.query_json("\"unclosed tags everywhere\"", &[]).total, 1);
}

#[test]
fn json_lines_index_every_good_line_and_report_the_bad_one() {
    let (env, output) = formats_env();
    let err = stderr(&output);
    assert!(
        err.contains("feed.jsonl: line 2: not a JSON article"),
        "{err}"
    );
    assert!(
        err.contains("feed.jsonl: line 5: unreadable date `sometime in spring`"),
        "{err}"
    );
    assert!(
        err.contains("not-really.jsonl.gz: cannot read: not valid gzip data"),
        "{err}"
    );
    assert!(err.contains("1 record(s) rejected"), "{err}");
    let teachers = env.query_json("teachers", &[]).hits.remove(0);
    assert_eq!(teachers.id, "feed-1");
    assert_eq!(teachers.date.as_deref(), Some("2023-01-10"));
    assert!(teachers.path.ends_with("feed.jsonl:1"), "{}", teachers.path);
    let nurses = env.query_json("nurses", &[]).hits.remove(0);
    assert_eq!(
        (
            nurses.id.as_str(),
            nurses.title.as_deref(),
            nurses.date.as_deref()
        ),
        ("feed-3", None, Some("2023-02-11"))
    );
    let drivers = env.query_json("drivers", &[]).hits.remove(0);
    assert_eq!(drivers.date, None);
    assert_eq!(env.query_json("welders", &[]).hits[0].id, "gz-1");
    assert_eq!(env.query_json("*", &["--source", "Example Wire"]).total, 1);
}

#[test]
fn markdown_front_matter_and_headings() {
    let (env, _) = formats_env();
    let hit = env.query_json("tripartite", &[]).hits.remove(0);
    assert_eq!(hit.id, "notes");
    assert_eq!(
        hit.title.as_deref(),
        Some("Notes from the tripartite commission")
    );
    assert_eq!(hit.date.as_deref(), Some("2023-10-05"));
    assert_eq!(env.query_json("indexation", &[]).total, 1);
    // Markup is not text: the link target is not indexed, its text is.
    assert_eq!(code(&env.query("example.kz", &["--match", "all"])), 1);
    assert_eq!(env.query_json("\"minimum wage\"", &[]).total, 1);
}

#[test]
fn the_shared_corpora_index_as_they_are() {
    let env = Env::new();
    let bbc = repo().join("../shared/corpora/bbc/articles.jsonl.gz");
    let output = env.index(&[&bbc]);
    assert!(
        stderr(&output)
            .contains("1 file(s): 1 new, 0 changed, 0 unchanged, 0 skipped; 2225 article(s) added"),
        "{}",
        stderr(&output)
    );
    let hit = env.query_json("\"Time Warner\"", &[]).hits.remove(0);
    assert!(hit.id.starts_with("bbc-"));
}

#[test]
fn pages_saved_in_other_encodings_are_read_in_theirs() {
    let env = Env::new();
    // "Министр провела встречу" / "Стороны обсудили зарплаты …" in Windows-1251, as Russian
    // sites and editors long saved them.
    let cp1251: &[u8] = b"\xcc\xe8\xed\xe8\xf1\xf2\xf0 \xef\xf0\xee\xe2\xe5\xeb\xe0 \xe2\xf1\xf2\xf0\xe5\xf7\xf3\n\n\xd1\xf2\xee\xf0\xee\xed\xfb \xee\xe1\xf1\xf3\xe4\xe8\xeb\xe8 \xe7\xe0\xf0\xef\xeb\xe0\xf2\xfb \xe8 \xf3\xf1\xeb\xee\xe2\xe8\xff \xf2\xf0\xf3\xe4\xe0 \xe2 \xf0\xe5\xe3\xe8\xee\xed\xe5.\n";
    env.write("news/cp1251.txt", cp1251);
    // The same page as UTF-16 with a byte-order mark (Windows' "Unicode").
    let text = "Министр провела встречу\n\nСтороны обсудили зарплаты и условия труда в регионе.\n";
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    env.write("news/utf16.txt", utf16);
    // An HTML page that declares its encoding.
    let mut html =
        b"<html><head><meta charset=\"windows-1251\"><title>t</title></head><body><article><h1>"
            .to_vec();
    html.extend_from_slice(&cp1251[..23]);
    html.extend_from_slice(b"</h1><p>");
    html.extend_from_slice(&cp1251[25..cp1251.len() - 1]);
    html.extend_from_slice(b"</p></article></body></html>");
    env.write("news/page.html", html);
    let output = env.index(&[&env.path().join("news")]);
    let err = stderr(&output);
    assert!(
        err.contains("cp1251.txt: not UTF-8: read as windows-1251"),
        "{err}"
    );
    assert!(
        err.contains("page.html: not UTF-8: read as windows-1251 as its markup declares"),
        "{err}"
    );
    assert!(!err.contains("utf16.txt"), "{err}");
    assert_eq!(
        sorted_ids(&env, "зарплаты", &[]),
        ["cp1251", "page", "utf16"]
    );
    for hit in env.query_json("зарплаты", &[]).hits {
        assert_eq!(
            hit.title.as_deref(),
            Some("Министр провела встречу"),
            "{}",
            hit.id
        );
    }
}

#[test]
fn utf16_without_a_mark_and_utf16_json_lines_are_read_not_called_binary() {
    let env = Env::new();
    let le = |text: &str| -> Vec<u8> { text.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let be = |text: &str| -> Vec<u8> { text.encode_utf16().flat_map(u16::to_be_bytes).collect() };
    // Windows' "Unicode" saved without a byte-order mark, in both byte orders.
    env.write(
        "news/le.txt",
        le("Министр провела встречу\n\nСтороны обсудили зарплаты в 2024 году.\n"),
    );
    env.write(
        "news/be.txt",
        be("Dockers strike\n\nDockers in Aktau stopped work over wages.\n"),
    );
    // JSON Lines in UTF-16 with a mark, as PowerShell's `Out-File` writes them.
    let mut lines = vec![0xff, 0xfe];
    lines.extend(le(
        "{\"id\":\"j1\",\"title\":\"Pension talks\",\"body\":\"Unions met over wages.\"}\n\
         {\"id\":\"j2\",\"title\":\"Miners paid\",\"body\":\"Miners got their wages.\"}\n",
    ));
    env.write("news/lines.jsonl", lines);
    // A binary file is still one.
    let mut binary = b"\x7fELF\x02\x01\x01\x00".to_vec();
    binary.extend((0..600u32).flat_map(|i| i.to_le_bytes()));
    env.write("news/blob.txt", binary);
    let output = env.index(&[&env.path().join("news")]);
    let err = stderr(&output);
    for name in ["le.txt", "be.txt"] {
        assert!(
            err.contains(&format!(
                "warning: {}: no byte-order mark: read as UTF-16",
                env.path().join("news").join(name).display()
            )),
            "{name}: {err}"
        );
    }
    assert!(!err.contains("lines.jsonl"), "{err}");
    assert!(err.contains("blob.txt: binary file"), "{err}");
    assert_eq!(sorted_ids(&env, "wages", &[]), ["be", "j1", "j2"]);
    assert_eq!(sorted_ids(&env, "зарплаты", &[]), ["le"]);
}

#[test]
fn api_responses_and_block_bodies_are_read_as_articles() {
    let env = Env::new();
    env.write(
        "in/item.json",
        r#"{"status": "ok", "data": {"id": 248817, "title": "Senate returns the union law",
           "lead": "Senators objected to the membership threshold.",
           "published_at": "2025-07-03T15:40:00+05:00", "updated_at": "2025-07-04T08:02:11+05:00",
           "body": [{"type": "paragraph", "text": "The Senate cited ILO Convention No. 87."},
                    {"type": "image", "text": "Photo: press office of the Senate"},
                    {"type": "paragraph", "text": "Miners welcomed the decision."}],
           "related": [{"id": 1, "title": "Deputies debate strikes"}]}}"#,
    );
    let output = env.index(&[&env.path().join("in")]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let hit = env.query_json("threshold", &[]).hits.remove(0);
    assert_eq!(hit.id, "248817");
    assert_eq!(hit.title.as_deref(), Some("Senate returns the union law"));
    assert_eq!(hit.date.as_deref(), Some("2025-07-03"));
    assert_eq!(hit.conventions, [87]);
    assert_eq!(env.query_json("miners", &[]).hits.len(), 1);
    // Neither a photo credit nor a related story's headline is the story.
    assert!(env.query_json("photo", &[]).hits.is_empty());
    assert!(env.query_json("deputies", &[]).hits.is_empty());
}

#[test]
fn json_fields_in_a_language_as_markup_or_under_two_names_are_read() {
    let env = Env::new();
    // An API's article whose title and text are named for their language and markup, beside a
    // list of other stories' headlines; and a feed item giving a summary and an excerpt, and
    // two dates.
    env.write(
        "in/api.json",
        r#"{"status": "ok", "data": {"id": 88412, "lang": "kk",
           "title_ru": "Сенат одобрил поправки", "title_kk": "Сенат түзетулерді мақұлдады",
           "pub_date": "04.12.2025 09:30",
           "content_html": "<p>Сенат депутаттары Еңбек кодексіне түзетулер енгізетін заңды қабылдады.</p><p>Кеншілер шешімді құптады.</p>",
           "read_more": [{"id": 1, "title": "Мәжіліс конвенцияны ратификациялады"}]}}"#,
    );
    env.write(
        "in/feed.json",
        r#"{"title": "Couriers &amp; riders <DLV> win sick pay &#8211; at last", "summary": "Platform couriers gained sick pay.",
           "excerpt": "Couriers gained sick pay.", "body": "The ministry agreed on Monday.",
           "pub_date": "2025-08-05", "publish_date": "2025-08-06"}"#,
    );
    let output = env.index(&[&env.path().join("in")]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let hit = env.query_json("кеншілер", &[]).hits.remove(0);
    assert_eq!(hit.id, "88412");
    assert_eq!(hit.title.as_deref(), Some("Сенат түзетулерді мақұлдады"));
    assert_eq!(hit.date.as_deref(), Some("2025-12-04"));
    assert!(env.query_json("ратификациялады", &[]).hits.is_empty());
    let feed = env.query_json("ministry", &[]).hits.remove(0);
    assert_eq!(
        feed.title.as_deref(),
        Some("Couriers & riders <DLV> win sick pay – at last")
    );
    assert_eq!(feed.date.as_deref(), Some("2025-08-05"));
    assert_eq!(env.query_json("platform", &[]).hits.len(), 1);
}

#[test]
fn json_files_hold_one_article_or_an_array_and_bad_elements_are_reported() {
    let env = Env::new();
    env.write(
        "in/statement.json",
        "{\n  \"title\": \"Ministry backs platform workers\",\n  \"date\": \"5 August 2025\",\n  \"body\": \"Couriers gained sick pay.\"\n}\n",
    );
    env.write(
        "in/batch.json",
        r#"[{"id": "b-1", "title": "Miners strike", "body": "Miners stopped work."}, "stray", {"body": "Teachers marched."}]"#,
    );
    let output = env.index(&[&env.path().join("in")]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("batch.json: item 2: not a JSON article (a string, not an object)"),
        "{err}"
    );
    let couriers = env.query_json("couriers", &[]).hits.remove(0);
    assert_eq!(couriers.id, "statement");
    assert_eq!(couriers.date.as_deref(), Some("2025-08-05"));
    assert_eq!(env.query_json("miners", &[]).hits[0].id, "b-1");
    let teachers = env.query_json("teachers", &[]).hits.remove(0);
    assert_eq!(teachers.id, "batch:3");
    assert!(teachers.path.ends_with("batch.json:3"), "{}", teachers.path);
}

#[test]
fn text_written_decomposed_is_found_and_shown_composed() {
    let env = Env::new();
    // "Café" and "Йоханов" as macOS and some editors save them: letter, then combining mark.
    let decomposed = "Cafe\u{301} owners meet minister\n\n6 May 2023\n\nThe cafe\u{301} \
                      owners met the union. Сергей И\u{306}оханов сказал, что союз готов.\n";
    let article = env.write("in/nfd.txt", decomposed);
    env.index(&[&article]);
    for query in ["café", "cafe", "cafe\u{301}", "Йоханов"] {
        let results = env.query_json(query, &[]);
        assert_eq!(results.total, 1, "{query}");
        let hit = &results.hits[0];
        assert!(!hit.snippet.contains('\u{301}'), "{query}: {}", hit.snippet);
        assert!(!hit.highlights.is_empty(), "{query}");
    }
    let hit = &env.query_json("owners", &[]).hits[0];
    assert_eq!(hit.title.as_deref(), Some("Café owners meet minister"));
}

#[test]
fn a_byte_order_mark_opens_no_json_lines_record() {
    let env = Env::new();
    let feed = env.write(
        "in/bom.jsonl",
        "\u{feff}{\"id\": \"b-1\", \"title\": \"Welders strike\", \"body\": \"Welders stopped work.\"}\n\
         {\"id\": \"b-2\", \"title\": \"Nurses strike\", \"body\": \"Nurses stopped work.\"}\n",
    );
    let output = env.index(&[&feed]);
    assert!(!stderr(&output).contains("rejected"), "{}", stderr(&output));
    assert_eq!(env.query_json("welders", &[]).hits[0].id, "b-1");
    assert_eq!(env.query_json("*", &[]).total, 2);
}
