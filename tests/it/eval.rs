//! `kzsearch eval` on a tiny hand-built collection whose metrics can be worked out by hand.

use serde_json::Value;

use crate::util::Env;

fn collection(env: &Env) -> std::path::PathBuf {
    env.write(
        "coll/docs.jsonl",
        concat!(
            r#"{"id": "d1", "title": "Freedom of association", "body": "Unions and freedom of association under Convention 87."}"#, "\n",
            r#"{"id": "d2", "title": "Minimum wage", "body": "The minimum wage rises in January for every worker."}"#, "\n",
            r#"{"id": "d3", "title": "Pensions", "body": "Pension reform and the retirement age were debated."}"#, "\n",
            r#"{"id": "d4", "title": "Wage arrears", "body": "Unpaid wage arrears at a mine in Karaganda."}"#, "\n",
        ),
    );
    // q1: d2 is the only relevant document and the only one with both words: nDCG, AP and
    // recall 1, P@10 1/10. q2 is short, so both words are wanted (the user's path), but only d4
    // (grade 2) has both, so the page goes on with the articles that have one of them: d2
    // (grade 1, "wage" but no "arrears") comes second: nDCG, AP and recall 1, P@10 2/10. q3
    // has no relevant document and is left out of the means. With `--set fill=0`, q2 returns
    // d4 alone and misses d2: DCG 2, ideal DCG 2 + 1/log2(3), so nDCG 0.7602; AP 1/2; recall
    // 1/2; P@10 1/10.
    env.write(
        "coll/queries.jsonl",
        concat!(
            r#"{"id": "1", "text": "minimum wage"}"#,
            "\n",
            r#"{"id": "2", "text": "wage arrears"}"#,
            "\n",
            r#"{"id": "3", "text": "pension"}"#,
            "\n",
        ),
    );
    env.write("coll/qrels.tsv", "1\td2\t1\n2\td4\t2\n2\td2\t1\n3\td3\t0\n");
    env.path().join("coll")
}

/// `kzsearch eval COLLECTION ARGS`.
fn eval(env: &Env, collection: &std::path::Path, args: &[&str]) -> std::process::Output {
    env.cmd()
        .arg("eval")
        .arg(collection)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn eval_scores_a_hand_checked_collection() {
    let env = Env::new();
    let coll = collection(&env);
    let out = eval(&env, &coll, &["--format", "json", "--per-query"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["documents"], 4);
    assert_eq!(
        report["queries"], 2,
        "the query without relevant documents is skipped"
    );
    let close = |report: &Value, key: &str, want: f64| {
        let got = report["mean"][key].as_f64().unwrap();
        assert!((got - want).abs() < 1e-9, "{key}: {got}, expected {want}");
    };
    close(&report, "ndcg_10", 1.0);
    close(&report, "map", 1.0);
    close(&report, "recall_100", 1.0);
    close(&report, "p_10", 0.15);
    let strict = eval(&env, &coll, &["--format", "json", "--set", "fill=0"]);
    let strict: Value = serde_json::from_slice(&strict.stdout).unwrap();
    let ndcg_q2 = 2.0 / (2.0 + 1.0 / 3f64.log2());
    close(&strict, "ndcg_10", (1.0 + ndcg_q2) / 2.0);
    close(&strict, "map", 0.75);
    close(&strict, "recall_100", 0.75);
    close(&strict, "p_10", 0.1);
    let per_query = report["per_query"].as_array().unwrap();
    assert_eq!(per_query.len(), 2);
    assert_eq!(per_query[1]["relevant"], 2);
}

#[test]
fn eval_text_output_names_the_metrics() {
    let env = Env::new();
    let coll = collection(&env);
    let out = eval(&env, &coll, &[]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for metric in ["nDCG@10", "MAP", "P@10", "recall@100"] {
        assert!(text.contains(metric), "{metric} missing from:\n{text}");
    }
}

#[test]
fn eval_without_judgments_is_a_one_line_error() {
    let env = Env::new();
    let coll = collection(&env);
    std::fs::remove_file(coll.join("qrels.tsv")).unwrap();
    let out = eval(&env, &coll, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("qrels.tsv"), "{err}");
    assert!(err.contains("is not a test collection"), "{err}");
}

#[test]
fn eval_rejects_an_unknown_ranking_knob() {
    let env = Env::new();
    let coll = collection(&env);
    let out = eval(&env, &coll, &["--set", "warp=9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warp"));
}

#[test]
fn eval_never_replaces_an_index_of_other_articles_and_refuses_silly_knobs() {
    let env = Env::new();
    let coll = collection(&env);
    env.index(&[&env.fixture_corpus()]);
    let index = env.index_dir();
    let index = index.to_str().unwrap();
    let refused = eval(&env, &coll, &["--index", index]);
    assert_eq!(crate::util::code(&refused), 2);
    let error = crate::util::stderr(&refused);
    assert!(error.contains("holds other articles"), "{error}");
    // The index is as it was.
    assert_eq!(env.query_json("miners", &[]).total, 1);
    // Its own folder: built once, then reused.
    let own = env.path().join("eval-index");
    let own = own.to_str().unwrap();
    for args in [&["--index", own][..], &["--index", own, "--reuse"]] {
        let output = eval(&env, &coll, args);
        assert_eq!(crate::util::code(&output), 0, "{args:?}");
    }
    for knob in ["title_boost=NaN", "prf_terms=99999999999", "k1=inf"] {
        let output = eval(&env, &coll, &["--set", knob]);
        assert_eq!(crate::util::code(&output), 2, "{knob}");
        assert!(crate::util::stderr(&output).contains(knob), "{knob}");
    }
}
