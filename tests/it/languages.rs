//! Russian and Kazakh: language detection, stemming, names across scripts, entities.

use crate::util::{Env, code, repo, sorted_ids as ids, stderr};

fn languages_env() -> Env {
    let env = Env::new();
    env.write("news/en.txt", "President meets unions\n\nPresident Kassym-Jomart Tokayev met trade unions. Minister Madina Abylkasymova attended.\n");
    env.write("news/ru.txt", "Президент встретился с профсоюзами\n\nПрезидент Токаев встретился с представителями профсоюзов. Министерство труда и социальной защиты населения Республики Казахстан подготовило закон о ратификации Конвенции МОТ № 190.\n");
    env.write("news/kk.txt", "Президент кәсіподақтармен кездесті\n\nПрезидент Тоқаев кәсіподақтардың өкілдерімен кездесті. Еңбек министрлігі жалақыны көтеруді ұсынды.\n");
    env.write(
        "news/toqaev.txt",
        "A note on spelling\n\nSome write Toqaev, as the new Latin alphabet does.\n",
    );
    env.index(&[&env.path().join("news")]);
    env
}

#[test]
fn languages_are_detected_and_filterable() {
    let env = languages_env();
    let lang = |id: &str| {
        env.query_json("*", &["-n", "10"])
            .hits
            .into_iter()
            .find(|h| h.id == id)
            .unwrap()
            .lang
    };
    assert_eq!(lang("en").as_deref(), Some("en"));
    assert_eq!(lang("ru").as_deref(), Some("ru"));
    assert_eq!(lang("kk").as_deref(), Some("kk"));
    assert_eq!(ids(&env, "*", &["--lang", "kk"]), ["kk"]);
    assert_eq!(ids(&env, "lang:ru", &[]), ["ru"]);
}

#[test]
fn russian_and_kazakh_words_match_their_inflections() {
    let env = languages_env();
    // профсоюзами, профсоюзов ← профсоюз; кәсіподақтардың, кәсіподақтармен ← кәсіподақ
    assert_eq!(ids(&env, "профсоюз", &[]), ["ru"]);
    assert_eq!(ids(&env, "кәсіподақ", &[]), ["kk"]);
    let hit = env.query_json("профсоюз", &[]).hits.remove(0);
    assert!(
        hit.highlighted().iter().any(|h| h.starts_with("профсоюз")),
        "{:?}",
        hit.highlighted()
    );
    let hit = env.query_json("кәсіподақ", &[]).hits.remove(0);
    assert!(
        hit.highlighted().iter().any(|h| h.starts_with("кәсіподақ")),
        "{:?}",
        hit.highlighted()
    );
}

#[test]
fn borrowed_words_match_across_kazakh_and_russian_forms() {
    let env = Env::new();
    env.write("news/kk.txt", "Конвенция бекітілді\n\nҚазақстан Республикасы ХЕҰ-ның 190 Конвенциясын бекітті. Комиссиясы жиналды.\n");
    env.write("news/kk2.txt", "Ассамблея\n\nҚазақстан халқы Ассамблеясының сессиясы өтті. Конвенцияның мәтіні жарияланды.\n");
    env.write("news/ru.txt", "Ратификация\n\nСенат ратифицировал конвенцию о насилии. Ассамблея народа Казахстана поддержала.\n");
    env.index(&[&env.path().join("news")]);
    // The Kazakh forms with a Kazakh letter, without one, and the Russian forms meet.
    for spelling in ["Конвенция", "Конвенциясы", "конвенцияның", "конвенции"]
    {
        assert_eq!(ids(&env, spelling, &[]), ["kk", "kk2", "ru"], "{spelling}");
    }
    for spelling in ["Ассамблеясы", "Ассамблеясының", "ассамблея"]
    {
        assert_eq!(ids(&env, spelling, &[]), ["kk2", "ru"], "{spelling}");
    }
    assert_eq!(ids(&env, "Республикасының", &[]), ["kk"]);
    let hit = env
        .query_json("конвенция", &[])
        .hits
        .into_iter()
        .find(|h| h.id == "kk")
        .unwrap();
    assert!(
        hit.highlighted()
            .iter()
            .any(|h| h.starts_with("Конвенциясын")),
        "{:?}",
        hit.highlighted()
    );
}

#[test]
fn names_find_each_other_across_scripts() {
    let env = languages_env();
    let all = ["en", "kk", "ru", "toqaev"];
    for spelling in ["Токаев", "Тоқаев", "Tokayev", "Toqaev"] {
        assert_eq!(ids(&env, spelling, &[]), all, "{spelling}");
    }
    assert_eq!(ids(&env, "Абылкасымова", &[]), ["en"]);
    // Ordinary words are not transliterated: "президент" does not find the English "President".
    assert_eq!(ids(&env, "президент", &["--match", "all"]), ["kk", "ru"]);
}

#[test]
fn a_name_in_a_case_meets_it_in_any_script_and_case() {
    let env = Env::new();
    env.write(
        "news/ru.txt",
        "Встреча в министерстве\n\nМинистр провела встречу с председателем федерации Бауыржаном Абдиевым. «Мы продолжим диалог», – отметил он.\n",
    );
    env.write(
        "news/kk.txt",
        "Министр кездесті\n\nМинистр Тамара Дүйсенова федерация төрағасы Бауыржан Әбдиевпен кездесті. Әбдиев мұны құптады.\n",
    );
    env.write(
        "news/en.txt",
        "Union leader speaks\n\nUnion leader Bauyrzhan Abdiev said wages must rise.\n",
    );
    env.index(&[&env.path().join("news")]);
    for spelling in ["Abdiev", "Абдиев", "Абдиевым", "Әбдиев"] {
        assert_eq!(ids(&env, spelling, &[]), ["en", "kk", "ru"], "{spelling}");
    }
    for filter in [
        "person:Abdiev",
        "person:Абдиев",
        "person:\"Бауыржан Абдиев\"",
    ] {
        assert_eq!(ids(&env, filter, &[]), ["en", "kk", "ru"], "{filter}");
    }
}

#[test]
fn entities_in_russian_and_kazakh() {
    let env = languages_env();
    let ru = env.query_json("профсоюз", &[]).hits.remove(0);
    assert_eq!(ru.conventions, [190]);
    assert!(ru.people.contains(&"Токаев".to_string()), "{:?}", ru.people);
    // Named in Russian, the ministry and the ILO (МОТ) are the same entities as in English.
    assert_eq!(
        ru.organizations,
        [
            "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan",
            "International Labour Organization"
        ]
    );
    let kk = env.query_json("кәсіподақ", &[]).hits.remove(0);
    assert!(kk.people.contains(&"Тоқаев".to_string()), "{:?}", kk.people);
    assert!(
        kk.organizations.contains(&"Еңбек министрлігі".to_string()),
        "{:?}",
        kk.organizations
    );
    assert_eq!(ids(&env, "convention:190", &[]), ["ru"]);
}

#[test]
fn the_russian_and_kazakh_corpora_index_without_a_skip() {
    for corpus in ["nerel-ru", "kaznerd-kk"] {
        let env = Env::new();
        let path = repo().join(format!("../shared/corpora/{corpus}/articles.jsonl.gz"));
        let output = env.index(&[&path]);
        assert_eq!(code(&output), 0);
        assert!(
            stderr(&output).contains("0 skipped;"),
            "{}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("rejected"), "{}", stderr(&output));
    }
}
