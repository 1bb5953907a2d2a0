//! `kzsearch query`: ranking, the query language, match modes, ties and output on fixtures.

use crate::util::{Env, code, ids, stderr, stdout};

fn fixture_env() -> Env {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    env
}

#[test]
fn stemming_and_case_folding_on_both_sides() {
    let env = fixture_env();
    // "unions" (query) finds "union" (text) and "Trade unions"; case does not matter.
    assert_eq!(ids(&env, "UNIONS", &[]), ["union-congress", "labour-code"]);
    assert_eq!(ids(&env, "mine", &[]), ["union-congress"]);
}

#[test]
fn phrases_boolean_operators_signs_and_fields() {
    let env = fixture_env();
    assert_eq!(ids(&env, "\"collective bargaining\"", &[]), ["labour-code"]);
    assert!(ids(&env, "\"bargaining collective\"", &[]).is_empty());
    assert_eq!(ids(&env, "floods OR miners", &[]).len(), 2);
    assert_eq!(ids(&env, "union NOT congress", &[]), ["labour-code"]);
    assert_eq!(ids(&env, "union -congress", &[]), ["labour-code"]);
    assert_eq!(ids(&env, "+union +(code OR wages)", &[]).len(), 2);
    assert_eq!(ids(&env, "(floods OR visit) AND north", &[]), ["weather"]);
    assert_eq!(ids(&env, "title:union", &[]), ["union-congress"]);
    assert_eq!(ids(&env, "body:\"Labour Code\"", &[]), ["labour-code"]);
    assert!(ids(&env, "title:\"collective bargaining\"", &[]).is_empty());
}

#[test]
fn the_title_weighs_more_than_the_body() {
    let env = fixture_env();
    // "labour" is in the Labour Code article's title and in the untitled visit's body.
    assert_eq!(
        ids(&env, "labour", &[]).first().map(String::as_str),
        Some("labour-code")
    );
}

#[test]
fn all_words_by_default_relaxed_when_nothing_has_them_all() {
    let env = fixture_env();
    // No article has "Almaty": auto mode relaxes and says so.
    let short = "miners Almaty";
    let results = env.query_json(short, &[]);
    assert!(results.relaxed);
    assert_eq!(results.hits[0].id, "union-congress");
    let text = env.query(short, &[]);
    assert_eq!(code(&text), 0);
    assert!(
        stderr(&text).contains("no article has all the words"),
        "{}",
        stderr(&text)
    );
    // A question of five or more content words is ranked by how much of it matches from the
    // start, and says so.
    let question = "When did the miners elect a new chairman at the congress in Almaty?";
    let results = env.query_json(question, &[]);
    assert!(results.relaxed);
    assert_eq!(results.hits[0].id, "union-congress");
    let text = env.query(question, &[]);
    assert_eq!(code(&text), 0);
    assert!(stderr(&text).contains("long question"), "{}", stderr(&text));
    // The order shown does not change what matches (feedback always reads the best matches).
    let by_date = env.query_json(question, &["--sort", "-date"]);
    assert_eq!(by_date.total, results.total);
    // In date order, a long question that some article answers in full lists those alone.
    let answered = "when did the miners elect a chairman at the union congress";
    let all = env.query_json(answered, &["--match", "all"]);
    assert_eq!(all.total, 1);
    assert!(env.query_json(answered, &[]).total > 1);
    let by_date = env.query_json(answered, &["--sort", "date"]);
    assert_eq!((by_date.total, by_date.relaxed), (1, false));
    // --match all insists.
    let strict = env.query(question, &["--match", "all"]);
    assert_eq!(code(&strict), 1);
    assert_eq!(stdout(&strict), "");
    // Stop words are not demanded: every content word is in the miners' article.
    let results = env.query_json("when did the miners elect a chairman", &["--match", "all"]);
    assert!(!results.relaxed);
    assert_eq!(results.hits.len(), 1);
    // --match any ranks by how much matches.
    let any = env.query_json("floods miners", &["--match", "any"]);
    assert_eq!(any.total, 2);
    assert!(!any.relaxed);
}

#[test]
fn fewer_than_a_page_with_every_word_are_followed_by_articles_with_some() {
    let env = fixture_env();
    // Only the miners' article has both words; the labour code's has "workers".
    let query = "miners workers";
    let results = env.query_json(query, &[]);
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["union-congress", "labour-code"]);
    assert_eq!(
        (results.total, results.relaxed, results.complete),
        (2, true, Some(1))
    );
    let text = env.query(query, &[]);
    assert!(
        stderr(&text).contains("only one article has all the words"),
        "{}",
        stderr(&text)
    );
    // Every page says the same, whatever its offset.
    let second = env.query_json(query, &["--offset", "1"]);
    assert_eq!((second.total, second.complete), (2, Some(1)));
    assert_eq!(second.hits[0].id, "labour-code");
    // A page that articles with every word fill is theirs alone, and so is a date order.
    let full = env.query_json(query, &["--limit", "1"]);
    assert_eq!((full.total, full.relaxed, full.complete), (1, false, None));
    let by_date = env.query_json(query, &["--sort", "date"]);
    assert_eq!((by_date.total, by_date.complete), (1, None));
    // --match all never adds articles without every word.
    let strict = env.query_json(query, &["--match", "all"]);
    assert_eq!((strict.total, strict.complete), (1, None));
}

#[test]
fn equal_scores_are_ordered_by_date_then_id() {
    let env = Env::new();
    let corpus = env.path().join("ties");
    let body = "Inspectors checked the workshop.\n";
    env.write(
        "ties/b-old.txt",
        format!("Inspection report\n\n1 May 2020\n\n{body}"),
    );
    env.write(
        "ties/a-new.txt",
        format!("Inspection report\n\n1 May 2024\n\n{body}"),
    );
    env.write("ties/d-undated.txt", format!("Inspection report\n\n{body}"));
    env.write(
        "ties/c-new.txt",
        format!("Inspection report\n\n1 May 2024\n\n{body}"),
    );
    env.index(&[&corpus]);
    let expected = ["a-new", "c-new", "b-old", "d-undated"];
    assert_eq!(ids(&env, "inspectors", &[]), expected);
    // The same order when the page boundary falls inside the tie.
    assert_eq!(ids(&env, "inspectors", &["-n", "1"]), ["a-new"]);
    assert_eq!(ids(&env, "inspectors", &["-n", "3"]), expected[..3]);
}

#[test]
fn limit_caps_hits_but_not_total() {
    let env = fixture_env();
    let results = env.query_json("the", &["-n", "1"]);
    assert_eq!(results.hits.len(), 1);
    assert_eq!(results.total, 4);
}

#[test]
fn text_output_is_plain_when_piped_and_bold_when_asked() {
    let env = fixture_env();
    let plain = stdout(&env.query("miners", &[]));
    assert!(
        plain.starts_with("1. Miners' union elects new leadership at congress\n"),
        "{plain}"
    );
    assert!(plain.contains("union-congress"));
    assert!(!plain.contains('\x1b'));
    let bold = stdout(&env.query("miners", &["--color", "always"]));
    assert!(bold.contains("\x1b[1;31mminers\x1b[0m"), "{bold:?}");
    // An article without a headline shows its first sentence, marked.
    let untitled = stdout(&env.query("occupational", &[]));
    assert!(
        untitled.starts_with("1. [no title] The Director-General"),
        "{untitled}"
    );
}

#[test]
fn no_hits_exit_one_and_print_nothing() {
    let env = fixture_env();
    let output = env.query("nonexistentword", &[]);
    assert_eq!(code(&output), 1);
    assert_eq!(stdout(&output), "");
    let json = env.query_json("nonexistentword", &[]);
    assert_eq!(json.total, 0);
    assert!(json.hits.is_empty());
}

#[test]
fn an_acronym_counts_in_the_text_only_where_a_body_has_it() {
    let env = Env::new();
    env.write(
        "news/ilo.txt",
        "Эксперты МОТ в Астане\n\nЭксперты МОТ обсудили с профсоюзами зарплаты.\n",
    );
    // "мотив" stems as МОТ does, and "who" is WHO's acronym in lower case.
    env.write(
        "news/crime.txt",
        "Суд над убийцей\n\nСледователи установили мотив преступления.\n",
    );
    env.write(
        "news/who.txt",
        "Nurses protest\n\nNurses who work nights asked for higher pay.\n",
    );
    env.write(
        "news/health.txt",
        "Vaccines arrive\n\nThe WHO said the vaccines arrived; WHO experts met nurses.\n",
    );
    env.index(&[&env.path().join("news")]);
    assert_eq!(ids(&env, "МОТ", &[]), ["ilo"]);
    assert_eq!(ids(&env, "ILO", &[]), ["ilo"]);
    assert_eq!(ids(&env, "WHO", &[]), ["health"]);
    // The words themselves still find what they are (and "мотив" the acronym too: the text's
    // "МОТ" and "мотив" are one term once stemmed).
    assert!(ids(&env, "мотив", &[]).contains(&"crime".to_string()));
    assert!(ids(&env, "who", &["--match", "any"]).contains(&"who".to_string()));
}
