//! The analyst's workflow: filters, dates, ordering, paging, facets, timelines, passages,
//! formats, batch lookups, suggestions, `show` and `stats`, each with exact expected values.

use serde::Deserialize;

use crate::util::{Env, code, ids, stderr, stdout};

/// Six dated or undated articles from two outlets, about inspections and wages.
fn corpus_env() -> Env {
    let env = Env::new();
    let article = |name: &str, title: &str, date: Option<&str>, outlet: &str, body: &str| {
        let date_line = date.map(|d| format!("{d}\n\n")).unwrap_or_default();
        env.write(
            &format!("news/{name}.txt"),
            format!("{title}\n\n{date_line}ASTANA. {outlet} – {body}\n"),
        );
    };
    article(
        "a1",
        "Inspectors check mines",
        Some("2023-11-05"),
        "KAZINFORM",
        "Labour inspectors checked three mines. Inspectors found violations.",
    );
    article(
        "a2",
        "Wage talks resume",
        Some("2023-11-20"),
        "KAZINFORM",
        "Unions and employers resumed wage talks.",
    );
    article(
        "a3",
        "Inspection reform",
        Some("2024-01-15"),
        "TENGRINEWS",
        "Parliament moved labour inspection to the ministry. Inspectors welcomed it.",
    );
    article(
        "a4",
        "Minimum wage raised",
        Some("2024-02-01"),
        "TENGRINEWS",
        "The government raised the minimum wage.",
    );
    article(
        "a5",
        "Inspectors trained",
        None,
        "KAZINFORM",
        "Inspectors were trained on safety.",
    );
    article(
        "a6",
        "Old inspection report",
        Some("2019-06-30"),
        "KAZINFORM",
        "An old report on inspection of factories.",
    );
    env.index(&[&env.path().join("news")]);
    env
}

#[test]
fn date_filters_as_flags_and_in_the_query_language() {
    let env = corpus_env();
    // "inspect*" words: a1, a3, a5 (undated), a6.
    assert_eq!(ids(&env, "inspectors", &["--from", "2024"]), ["a3"]);
    assert_eq!(ids(&env, "inspectors", &["--to", "2023-11"]), ["a1"]);
    assert_eq!(
        ids(
            &env,
            "inspection",
            &["--from", "2019-06-30", "--to", "2019-06-30"]
        ),
        ["a6"]
    );
    assert_eq!(ids(&env, "inspectors date:2023", &[]), ["a1"]);
    assert_eq!(
        ids(
            &env,
            "inspection date:[2019 TO 2024-01]",
            &["--sort", "date"]
        ),
        ["a6", "a3"]
    );
    assert_eq!(
        ids(&env, "date:>=2024-01-01", &["--sort", "date"]),
        ["a3", "a4"]
    );
    assert_eq!(ids(&env, "date:<2020", &[]), ["a6"]);
    // An undated article never passes a date filter.
    assert!(!ids(&env, "inspectors", &["--from", "1900"]).contains(&"a5".to_string()));
    // --since counts back from today: everything here is older than 30 days but not than 100 years.
    assert!(ids(&env, "*", &["--since", "30d"]).is_empty());
    assert_eq!(ids(&env, "*", &["--since", "100y"]).len(), 5);
}

#[test]
fn bad_dates_name_themselves() {
    let env = corpus_env();
    for (args, needle) in [
        (vec!["--from", "2024-13"], "--from: bad date `2024-13`"),
        (vec!["--to", "yesterday"], "--to: bad date `yesterday`"),
        (
            vec!["--since", "3 weeks"],
            "--since: bad duration `3 weeks`",
        ),
    ] {
        let output = env.query("wage", &args);
        assert_eq!(code(&output), 2);
        assert!(stderr(&output).contains(needle), "{}", stderr(&output));
    }
    let output = env.query("wage date:2024-02-30", &[]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("bad date `2024-02-30`: no such day"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("column 11"), "{}", stderr(&output));
}

#[test]
fn source_filters_are_alternatives_and_ignore_case() {
    let env = corpus_env();
    assert_eq!(ids(&env, "wage", &["--source", "tengrinews"]), ["a4"]);
    assert_eq!(
        ids(
            &env,
            "wage",
            &["--source", "Tengrinews", "--source", "Kazinform"]
        )
        .len(),
        2
    );
    assert_eq!(ids(&env, "*", &["--source", "kazinform"]).len(), 4);
    assert_eq!(
        ids(&env, "source:Tengrinews", &["--sort", "-date"]),
        ["a4", "a3"]
    );
}

#[test]
fn sorting_and_paging_with_exact_totals() {
    let env = corpus_env();
    let newest = ["a4", "a3", "a2", "a1", "a6", "a5"];
    assert_eq!(ids(&env, "*", &["--sort", "-date"]), newest);
    assert_eq!(
        ids(&env, "*", &["--sort", "date"]),
        ["a6", "a1", "a2", "a3", "a4", "a5"]
    );
    let page = env.query_json("*", &["--sort", "-date", "--limit", "2", "--offset", "2"]);
    assert_eq!(page.total, 6);
    assert_eq!(
        page.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["a2", "a1"]
    );
    assert_eq!(page.hits.iter().map(|h| h.rank).collect::<Vec<_>>(), [3, 4]);
    let beyond = env.query_json("*", &["--offset", "10"]);
    assert_eq!((beyond.total, beyond.hits.len()), (6, 0));
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Facet {
    distinct: usize,
    values: Vec<FacetValue>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct FacetValue {
    value: String,
    count: u64,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Bucket {
    period: String,
    count: u64,
}

fn facet(values: &[(&str, u64)]) -> Vec<FacetValue> {
    values
        .iter()
        .map(|(v, c)| FacetValue {
            value: v.to_string(),
            count: *c,
        })
        .collect()
}

#[test]
fn facets_count_every_match_not_only_the_page() {
    let env = corpus_env();
    let output = env.query(
        "*",
        &[
            "--format",
            "json",
            "-n",
            "1",
            "--facet",
            "source",
            "--facet",
            "year",
            "--facet",
            "month",
            "--facet-limit",
            "2",
        ],
    );
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let facets: std::collections::BTreeMap<String, Facet> =
        serde_json::from_value(value["facets"].clone()).unwrap();
    assert_eq!(facets["source"].distinct, 2);
    assert_eq!(
        facets["source"].values,
        facet(&[("Kazinform", 4), ("Tengrinews", 2)])
    );
    assert_eq!(facets["year"].distinct, 3);
    assert_eq!(facets["year"].values, facet(&[("2023", 2), ("2024", 2)]));
    assert_eq!(
        facets["month"].values,
        facet(&[("2023-11", 2), ("2019-06", 1)])
    );
    // Text output: a compact table.
    let text = stdout(&env.query("inspectors", &["--facet", "source"]));
    assert!(
        text.contains("source (2 distinct)\n  2  Kazinform\n  1  Tengrinews\n"),
        "{text}"
    );
}

#[test]
fn timelines_count_per_period_with_empty_periods() {
    let env = corpus_env();
    let output = env.query(
        "wage OR inspectors",
        &["--format", "json", "--histogram", "month"],
    );
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let buckets: Vec<Bucket> = serde_json::from_value(value["histogram"].clone()).unwrap();
    let expected = [
        ("2023-11", 2),
        ("2023-12", 0),
        ("2024-01", 1),
        ("2024-02", 1),
    ]
    .map(|(p, c)| Bucket {
        period: p.into(),
        count: c,
    });
    assert_eq!(buckets, expected);
    let text = stdout(&env.query("wage OR inspectors", &["--histogram", "year"]));
    assert!(
        text.contains("2023     2  ████████████████████████████████████████\n"),
        "{text}"
    );
    assert!(text.contains("2024     2  "), "{text}");
}

#[test]
fn several_passages_and_keyword_in_context() {
    let env = corpus_env();
    let results = env.query_json(
        "inspectors",
        &["--snippets", "2", "--sort", "date", "-n", "2"],
    );
    let first = &results.hits[0];
    assert_eq!(first.id, "a1");
    let passages = first.passages.as_ref().expect("passages");
    assert_eq!(passages.len(), 2);
    for passage in passages {
        let chars: Vec<char> = passage.snippet.chars().collect();
        let [start, end] = passage.highlights[0];
        assert_eq!(
            chars[start..end].iter().collect::<String>().to_lowercase(),
            "inspectors"
        );
    }
    let kwic = stdout(&env.query("inspectors", &["--kwic", "--sort", "date"]));
    let lines: Vec<&str> = kwic
        .lines()
        .take_while(|l| !l.is_empty() && l.contains(':'))
        .collect();
    assert_eq!(
        lines,
        [
            "a1: Labour inspectors checked three mines.",
            "a1: Inspectors found violations.",
            "a3: Inspectors welcomed it.",
            "a5: Inspectors were trained on safety.",
        ]
    );
}

#[test]
fn csv_has_a_header_row_and_rfc_4180_quoting() {
    let env = corpus_env();
    env.write("quoted/q.txt", "Unions say \"no\", employers say yes\n\n1 March 2024\n\nA dispute, with \"quotes\" and commas.\n");
    env.index(&[&env.path().join("quoted")]);
    let output = env.query(
        "dispute",
        &["--format", "csv", "--fields", "id,date,title,snippet"],
    );
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    assert_eq!(
        reader.headers().unwrap(),
        vec!["id", "date", "title", "snippet"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "q");
    assert_eq!(&rows[0][1], "2024-03-01");
    assert_eq!(&rows[0][2], "Unions say \"no\", employers say yes");
    assert_eq!(&rows[0][3], "A dispute, with \"quotes\" and commas.");
}

#[test]
fn json_results_carry_a_citable_header() {
    let env = corpus_env();
    let output = env.query("wage", &["--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let header = &value["header"];
    assert_eq!(header["kzsearch_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(header["index_articles"], 6);
    assert!(header["schema_version"].as_u64().unwrap() >= 1);
    let committed = header["index_committed_at"].as_str().unwrap();
    assert!(committed.parse::<jiff::Timestamp>().is_ok(), "{committed}");
    assert_eq!(header["query_understood"], "wage");
    let query = "unions wage -minimum date:2023";
    let strict = env.query(query, &["--format", "json", "--match", "all"]);
    let value: serde_json::Value = serde_json::from_slice(&strict.stdout).unwrap();
    assert_eq!(
        value["header"]["query_understood"],
        "(+union +wage -minimum +date:[2023-01-01 TO 2023-12-31])"
    );
    // Fewer articles than a page have both words, so the page goes on with articles that
    // have one: the header gives the query those were found by, `complete` how many have all.
    let filled = env.query(query, &["--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&filled.stdout).unwrap();
    assert_eq!(
        value["header"]["query_understood"],
        "(union wage -minimum +date:[2023-01-01 TO 2023-12-31])"
    );
    assert_eq!(value["complete"], 1);
    assert_eq!(value["relaxed"], true);
}

#[derive(Debug, Deserialize)]
struct Line {
    #[serde(rename = "type")]
    kind: String,
    query_id: Option<String>,
    id: Option<String>,
    total: Option<u64>,
}

#[test]
fn batch_lookups_open_the_index_once_and_tag_every_line() {
    let env = corpus_env();
    let output = env
        .cmd()
        .args(["query", "--batch", "-", "--index"])
        .arg(env.index_dir())
        .args(["-n", "2", "--sort", "-date"])
        .write_stdin("w\twage\n\n# a comment\ninspectors\nnothingmatches\n")
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let lines: Vec<Line> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // type, query id, article id, total
    let summary: Vec<String> = lines
        .into_iter()
        .map(|l| format!("{} {:?} {:?} {:?}", l.kind, l.query_id, l.id, l.total))
        .collect();
    assert_eq!(
        summary,
        [
            "header None None None",
            "hit Some(\"w\") Some(\"a4\") None",
            "hit Some(\"w\") Some(\"a2\") None",
            "summary Some(\"w\") None Some(2)",
            "hit Some(\"4\") Some(\"a3\") None",
            "hit Some(\"4\") Some(\"a1\") None",
            "summary Some(\"4\") None Some(3)",
            "summary Some(\"5\") None Some(0)",
        ]
    );
}

#[test]
fn a_long_batch_is_searched_in_parallel_and_answered_in_file_order() {
    // More queries than one parallel chunk (256), failing ones among them: every answer comes
    // in the order of the file and equals the answer to the same query run alone.
    let env = corpus_env();
    let words = ["wage", "inspectors", "nothingmatches", "(broken", "unions"];
    let queries: Vec<&str> = (0..600)
        .map(|i| words[(i * 7 + i / 5) % words.len()])
        .collect();
    let output = env
        .cmd()
        .args(["query", "--batch", "-", "--index"])
        .arg(env.index_dir())
        .write_stdin(queries.join("\n"))
        .output()
        .unwrap();
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let summaries: Vec<(String, u64)> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["type"] == "summary" || v["type"] == "error")
        .map(|v| {
            let id = v["query_id"].as_str().unwrap().to_string();
            (id, v["total"].as_u64().unwrap_or(u64::MAX))
        })
        .collect();
    let alone = |q: &str| -> u64 {
        let output = env.query(q, &["--format", "json"]);
        serde_json::from_str::<serde_json::Value>(&stdout(&output))
            .map_or(u64::MAX, |v| v["total"].as_u64().unwrap())
    };
    let expected: Vec<u64> = words.iter().map(|w| alone(w)).collect();
    assert_eq!(summaries.len(), queries.len());
    for (i, (id, total)) in summaries.iter().enumerate() {
        assert_eq!(*id, (i + 1).to_string());
        let word = words.iter().position(|w| *w == queries[i]).unwrap();
        assert_eq!(*total, expected[word], "line {} ({})", i + 1, queries[i]);
    }
}

#[test]
fn a_failing_batch_query_is_reported_and_the_rest_runs() {
    let env = corpus_env();
    let batch = env.write("queries.txt", "wage\n(broken\ninspectors\n");
    let mut cmd = env.cmd();
    cmd.args(["query", "--batch"])
        .arg(&batch)
        .arg("--index")
        .arg(env.index_dir());
    let output = cmd.args(["--format", "csv"]).output().unwrap();
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("queries.txt line 2 (query 2): malformed query: unclosed '('"),
        "{}",
        stderr(&output)
    );
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(ids, ["1", "1", "3", "3", "3"]);
}

#[test]
fn nothing_found_suggests_the_closest_words() {
    let env = corpus_env();
    let output = env.query("inspectrs", &[]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains("did you mean: inspectors"),
        "{}",
        stderr(&output)
    );
    let output = env.query("minimun wage", &["--format", "json", "--match", "all"]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["suggestions"], serde_json::json!(["minimum wage"]));
}

#[test]
fn a_filter_value_no_article_has_is_named_with_the_values_held() {
    let env = corpus_env();
    let output = env.query("wage lang:kz", &[]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains("no article has lang `kz`; the index has en (6)"),
        "{}",
        stderr(&output)
    );
    let output = env.query("wage", &["--source", "tengrinew"]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains(
            "no article has source `tengrinew`; the index has kazinform (4), tengrinews (2)"
        ),
        "{}",
        stderr(&output)
    );
    // A known value that merely has no hits here says nothing of the kind.
    let output = env.query("pension", &["--source", "tengrinews"]);
    assert_eq!(code(&output), 1);
    assert!(
        !stderr(&output).contains("no article has"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn show_prints_one_article_in_full() {
    let env = corpus_env();
    let mut cmd = env.cmd();
    let output = cmd
        .args(["show", "a3", "--index"])
        .arg(env.index_dir())
        .output()
        .unwrap();
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    assert!(
        text.starts_with("Inspection reform\n\ndate:          2024-01-15\nid:            a3\n"),
        "{text}"
    );
    assert!(text.contains("source:        Tengrinews\n"), "{text}");
    assert!(
        text.ends_with(
            "Parliament moved labour inspection to the ministry. Inspectors welcomed it.\n"
        ),
        "{text}"
    );
    let mut cmd = env.cmd();
    let output = cmd
        .args(["show", "a5", "--format", "json", "--index"])
        .arg(env.index_dir())
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["date"], serde_json::Value::Null);
    assert_eq!(value["body"], "Inspectors were trained on safety.");
    let mut cmd = env.cmd();
    let missing = cmd
        .args(["show", "nope", "--index"])
        .arg(env.index_dir())
        .output()
        .unwrap();
    assert_eq!(code(&missing), 1);
    assert!(stderr(&missing).contains("no article with id `nope`"));
}

#[test]
fn stats_describe_the_index() {
    let env = corpus_env();
    let mut cmd = env.cmd();
    let output = cmd
        .args(["stats", "--format", "json", "--index"])
        .arg(env.index_dir())
        .output()
        .unwrap();
    assert_eq!(code(&output), 0);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["articles"], 6);
    assert_eq!(value["dated_articles"], 5);
    assert_eq!(value["first_date"], "2019-06-30");
    assert_eq!(value["last_date"], "2024-02-01");
    assert_eq!(
        value["sources"],
        serde_json::json!([{"value": "Kazinform", "articles": 4}, {"value": "Tengrinews", "articles": 2}])
    );
    assert_eq!(
        value["years"][0],
        serde_json::json!({"value": "2019", "articles": 1})
    );
    assert_eq!(value["years"].as_array().unwrap().len(), 6);
    assert!(value["index_bytes"].as_u64().unwrap() > 1000);
    let mut cmd = env.cmd();
    let text = stdout(
        &cmd.args(["stats", "--index"])
            .arg(env.index_dir())
            .output()
            .unwrap(),
    );
    assert!(text.contains("articles:       6 (5 dated)\n"), "{text}");
    assert!(
        text.contains("dates:          2019-06-30 … 2024-02-01\n"),
        "{text}"
    );
}
