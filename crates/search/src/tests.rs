use super::*;
use proptest::prelude::*;

fn doc(id: &str, kind: Kind, names: &[&str], country: Option<&str>, areas: &[&str]) -> Doc {
    Doc {
        id: id.into(),
        kind,
        names: names.iter().map(|s| s.to_string()).collect(),
        country: country.map(Into::into),
        areas: areas.iter().map(|s| s.to_string()).collect(),
    }
}

fn sample() -> Index {
    Index::build([
        doc("p1", Kind::Person, &["Hikmət Hacıyev"], Some("AZ"), &[]),
        doc("p2", Kind::Person, &["Hikmət Quliyev"], Some("AZ"), &[]),
        doc("p3", Kind::Person, &["Kovács László"], Some("HU"), &[]),
        doc("p4", Kind::Person, &["Гусейн Гаджиев"], Some("AZ"), &[]),
        doc(
            "o1",
            Kind::Organization,
            &["Алматы жастар одағы"],
            Some("KZ"),
            &["youth"],
        ),
        doc(
            "o2",
            Kind::Organization,
            &["Toshkent davlat universiteti"],
            Some("UZ"),
            &["education"],
        ),
        doc(
            "o3",
            Kind::Organization,
            &["Союз журналистов Алматы"],
            Some("KZ"),
            &["media"],
        ),
        doc(
            "o4",
            Kind::Organization,
            &["Фонд имени Абылай хана"],
            Some("KZ"),
            &["culture"],
        ),
        doc(
            "o5",
            Kind::Organization,
            &["Türk Dövlətləri Təşkilatı", "Organization of Turkic States"],
            None,
            &[],
        ),
        doc("pl1", Kind::Place, &["Gülüstan Sarayı"], Some("AZ"), &[]),
        doc("pl2", Kind::Place, &["İstanbul"], Some("TR"), &[]),
        doc("pl3", Kind::Place, &["Oʻzbekiston"], Some("UZ"), &[]),
    ])
}

fn top(ix: &Index, text: &str) -> Option<String> {
    let r = ix.search(&Query {
        text: text.into(),
        ..Default::default()
    });
    r.hits.first().map(|h| h.id.clone())
}

#[test]
fn kind_roundtrip() {
    for k in [Kind::Organization, Kind::Person, Kind::Place] {
        assert_eq!(Kind::parse(k.as_str()), Some(k));
    }
    assert_eq!(Kind::parse("Org"), Some(Kind::Organization));
    assert_eq!(Kind::parse("nope"), None);
    assert_eq!(serde_json::to_string(&Kind::Place).unwrap(), "\"place\"");
}

#[test]
fn cross_script_people() {
    let ix = sample();
    for q in [
        "Hikmat Hajiyev",
        "Хикмет Гаджиев",
        "Hikmet Gadzhiev",
        "Hikmet Haciyev",
        "hajiyev hikmat",
    ] {
        assert_eq!(top(&ix, q).as_deref(), Some("p1"), "{q}");
    }
    for q in ["László Kovács", "Ковач Ласло", "kovacs laszlo"] {
        assert_eq!(top(&ix, q).as_deref(), Some("p3"), "{q}");
    }
}

#[test]
fn places_and_turkish_i() {
    let ix = sample();
    for q in ["ISTANBUL", "istanbul", "Istanbul", "Стамбул İstanbul"] {
        assert_eq!(top(&ix, q).as_deref(), Some("pl2"), "{q}");
    }
    for q in ["O'zbekiston", "Ўзбекистон", "Ozbekiston"] {
        assert_eq!(top(&ix, q).as_deref(), Some("pl3"), "{q}");
    }
    assert_eq!(top(&ix, "Gulustan Palace").as_deref(), Some("pl1"));
    assert_eq!(top(&ix, "Дворец Гюлистан").as_deref(), Some("pl1"));
}

#[test]
fn translations_through_the_lexicon() {
    let ix = sample();
    assert_eq!(top(&ix, "Almaty Youth Union").as_deref(), Some("o1"));
    assert_eq!(top(&ix, "Tashkent State University").as_deref(), Some("o2"));
    assert_eq!(top(&ix, "Союз журналистов").as_deref(), Some("o3"));
    assert_eq!(top(&ix, "Фонд Абылай хан").as_deref(), Some("o4"));
    assert_eq!(
        top(&ix, "Организация тюркских государств").as_deref(),
        Some("o5")
    );
    assert_eq!(top(&ix, "Türk Devletleri Teşkilatı").as_deref(), Some("o5"));
}

#[test]
fn typos_and_prefixes() {
    let ix = sample();
    assert_eq!(
        top(&ix, "Toshkent davlat univrsiteti").as_deref(),
        Some("o2")
    );
    assert_eq!(top(&ix, "Gulstan").as_deref(), Some("pl1"));
    assert_eq!(top(&ix, "Hacıy").as_deref(), Some("p1"));
    let r = ix.search(&Query {
        text: "Toshkent davlat univrsiteti".into(),
        ..Default::default()
    });
    assert!(r.suggestion.is_some());
    // Nothing matches: respelled from the vocabulary.
    let r = ix.search(&Query {
        text: "Toshkentabadxyz".into(),
        ..Default::default()
    });
    assert_eq!(r.total, 0);
    assert_eq!(r.suggestion.as_deref(), Some("toshkent"));
    let r = ix.search(&Query {
        text: "Toshkent davlat universiteti".into(),
        ..Default::default()
    });
    assert!(r.suggestion.is_none());
}

#[test]
fn words_typed_together_are_split() {
    let ix = sample();
    assert_eq!(top(&ix, "HikmətHacıyev").as_deref(), Some("p1"));
    assert_eq!(
        top(&ix, "toshkentdavlat universiteti").as_deref(),
        Some("o2")
    );
}

#[test]
fn hyphenated_and_glued_forms_meet() {
    let ix = Index::build([
        doc("a", Kind::Place, &["Alma-Ata"], None, &[]),
        doc("b", Kind::Place, &["Kosta Rika"], None, &[]),
    ]);
    assert_eq!(top(&ix, "Almaata").as_deref(), Some("a"));
    assert_eq!(top(&ix, "Коста-Рика").as_deref(), Some("b"));
}

#[test]
fn initials_match_first_letters() {
    let ix = Index::build([
        doc("a", Kind::Person, &["Attila Kovács"], None, &[]),
        doc("b", Kind::Person, &["Zoltán Kovács"], None, &[]),
    ]);
    assert_eq!(top(&ix, "A. Kovács").as_deref(), Some("a"));
    assert_eq!(top(&ix, "Z. Kovacs").as_deref(), Some("b"));
    assert_eq!(top(&ix, "Kovács Z.").as_deref(), Some("b"));
}

#[test]
fn exact_script_ranks_first() {
    let ix = Index::build([
        doc("a", Kind::Person, &["Hikmat Hajiyev"], None, &[]),
        doc("b", Kind::Person, &["Hikmət Hacıyev"], None, &[]),
    ]);
    assert_eq!(top(&ix, "Hikmət Hacıyev").as_deref(), Some("b"));
    assert_eq!(top(&ix, "Hikmat Hajiyev").as_deref(), Some("a"));
}

#[test]
fn filters_facets_and_paging() {
    let ix = sample();
    let q = Query {
        text: "Алматы".into(),
        ..Default::default()
    };
    let r = ix.search(&q);
    assert_eq!(r.total, 2);
    assert_eq!(r.facets.country, vec![("KZ".to_string(), 2)]);
    let r = ix.search(&Query {
        area: Some("media".into()),
        ..q.clone()
    });
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].id, "o3");
    assert_eq!(r.facets.area.len(), 2, "facets ignore filters");
    let r = ix.search(&Query {
        country: Some("XX".into()),
        ..q.clone()
    });
    assert_eq!(r.total, 0);
    let r = ix.search(&Query {
        kind: Some(Kind::Person),
        ..q.clone()
    });
    assert_eq!(r.total, 0);
    let r = ix.search(&Query {
        limit: 1,
        offset: 1,
        ..q
    });
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.total, 2);
}

#[test]
fn highlights_point_into_the_name() {
    let ix = sample();
    let r = ix.search(&Query {
        text: "Almaty".into(),
        ..Default::default()
    });
    let h = &r.hits[0];
    assert!(!h.highlights.is_empty());
    for &(s, e) in &h.highlights {
        assert_eq!(&h.name[s..e], "Алматы");
    }
    assert!(h.score > 0.0);
}

#[test]
fn upsert_and_remove() {
    let mut ix = sample();
    assert_eq!(ix.len(), 12);
    ix.upsert(doc("pl2", Kind::Place, &["Ankara"], Some("TR"), &[]));
    assert_eq!(ix.len(), 12);
    assert_eq!(top(&ix, "Istanbul"), None);
    assert_eq!(top(&ix, "Анкара").as_deref(), Some("pl2"));
    assert!(ix.remove("pl2"));
    assert!(!ix.remove("pl2"));
    assert_eq!(top(&ix, "Ankara"), None);
    assert_eq!(ix.len(), 11);
}

#[test]
fn compaction_keeps_results() {
    let mut ix = Index::new();
    for i in 0..25_000 {
        ix.upsert(doc(
            &format!("d{i}"),
            Kind::Person,
            &["Nurlan Sarsenov"],
            None,
            &[],
        ));
    }
    for i in 0..20_000 {
        ix.remove(&format!("d{i}"));
    }
    assert_eq!(ix.len(), 5_000);
    let r = ix.search(&Query {
        text: "Нурлан Сәрсенов".into(),
        ..Default::default()
    });
    assert_eq!(r.total, 5_000);
}

#[test]
fn similar_finds_cross_script_duplicates() {
    let ix = sample();
    let s = ix.similar(&["Хикмет Гаджиев".to_string()], Kind::Person, 5);
    assert_eq!(s.first().map(|h| h.id.as_str()), Some("p1"));
    assert!(s.iter().all(|h| h.id != "p2"));
    assert!(
        ix.similar(&["Хикмет Гаджиев".to_string()], Kind::Place, 5)
            .is_empty()
    );
    // A first name alone is not a duplicate of a full name.
    assert!(
        ix.similar(&["Hikmət".to_string()], Kind::Person, 5)
            .is_empty()
    );
    let s = ix.similar(
        &["Organization of Turkic States".to_string()],
        Kind::Organization,
        5,
    );
    assert_eq!(s.first().map(|h| h.id.as_str()), Some("o5"));
}

#[test]
fn empty_and_huge_queries() {
    let ix = sample();
    for t in ["", "   ", "!!!", "«»"] {
        let r = ix.search(&Query {
            text: t.into(),
            ..Default::default()
        });
        assert_eq!(r.total, 0);
    }
    let big = "Алматы жастар одағы ".repeat(600);
    let t = std::time::Instant::now();
    let r = ix.search(&Query {
        text: big,
        ..Default::default()
    });
    assert!(r.total >= 1);
    assert!(t.elapsed().as_millis() < 500);
    assert_eq!(
        Index::new()
            .search(&Query {
                text: "x".into(),
                ..Default::default()
            })
            .total,
        0
    );
}

#[test]
fn parallel_searches_agree() {
    let ix = sample();
    let queries = [
        "Hikmat Hajiyev",
        "Almaty Youth Union",
        "ISTANBUL",
        "Ковач Ласло",
    ];
    let expected: Vec<Option<String>> = queries.iter().map(|q| top(&ix, q)).collect();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..50 {
                    for (q, want) in queries.iter().zip(&expected) {
                        assert_eq!(&top(&ix, q), want);
                    }
                }
            });
        }
    });
}

#[test]
fn index_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Index>();
}

proptest! {

    #[test]
    fn search_never_panics(text in any::<String>(), limit in 0usize..50, offset in 0usize..50) {
        let ix = sample();
        let r = ix.search(&Query { text, limit, offset, ..Default::default() });
        for h in &r.hits {
            prop_assert!(h.score > 0.0);
            for &(s, e) in &h.highlights {
                prop_assert!(s < e && e <= h.name.len());
            }
        }
    }
}

fn exonym_index() -> Index {
    Index::build([
        doc("it", Kind::Place, &["Italy"], None, &[]),
        doc("bm", Kind::Place, &["Bermud adaları"], None, &[]),
        doc(
            "ae",
            Kind::Place,
            &["Birləşmiş Ərəb Əmirlikləri"],
            None,
            &[],
        ),
        doc("x1", Kind::Place, &["Olasz utca"], None, &[]),
        doc("p1", Kind::Person, &["Hikmət Hacıyev"], Some("AZ"), &[]),
    ])
}

#[test]
fn exonyms_link_names_sharing_no_sounds() {
    let ix = exonym_index();
    for q in ["Olaszország", "olaszorszag", "Италия", "İtalya"] {
        assert_eq!(top(&ix, q).as_deref(), Some("it"), "{q}");
    }
    // CLDR abbreviation and its long form.
    for q in ["Бермудские о-ва", "Бермудские острова", "Bermuda"] {
        assert_eq!(top(&ix, q).as_deref(), Some("bm"), "{q}");
    }
    // Whole name typed without diacritics, or in Cyrillic.
    for q in ["Birlesmis Erab Emirlikleri", "Egyesült Arab Emírségek"] {
        assert_eq!(top(&ix, q).as_deref(), Some("ae"), "{q}");
    }
    // A kind filter still applies to exonym matches.
    let r = ix.search(&Query {
        text: "Olaszország".into(),
        kind: Some(Kind::Person),
        ..Default::default()
    });
    assert!(r.hits.is_empty());
}

#[test]
fn misspelled_exonyms_still_link() {
    let ix = exonym_index();
    for q in ["Olaszorszg", "Olasorszag", "Итаия"] {
        assert_eq!(top(&ix, q).as_deref(), Some("it"), "{q}");
    }
    assert_eq!(top(&ix, "Bermud adalar").as_deref(), Some("bm"));
    // Below an exact exonym match, and no "spelled right" credit.
    let exact = ix.search(&Query {
        text: "Olaszország".into(),
        ..Default::default()
    });
    let fuzzy = ix.search(&Query {
        text: "Olaszorszg".into(),
        ..Default::default()
    });
    assert!(fuzzy.hits[0].score < exact.hits[0].score);
    assert!(fuzzy.suggestion.is_some());
    assert!(exact.suggestion.is_none());
}

#[test]
fn exonyms_leave_unrelated_names_alone() {
    let ix = exonym_index();
    assert_eq!(top(&ix, "Hikmat Hajiyev").as_deref(), Some("p1"));
    // A part of a place name is not the place.
    assert_eq!(top(&ix, "Olasz").as_deref(), Some("x1"));
    let r = ix.search(&Query {
        text: "Hikmət Hacıyev".into(),
        ..Default::default()
    });
    assert_eq!(r.hits.len(), 1);
}

#[test]
fn a_capitalised_word_is_not_an_acronym() {
    let ix = Index::build([
        doc(
            "o1",
            Kind::Organization,
            &["Oklend Suw Hereketi"],
            Some("TM"),
            &[],
        ),
        doc("p1", Kind::Place, &["Osh"], Some("KG"), &[]),
    ]);
    // (query, the organization is a hit): capitals or small letters may be
    // an acronym; a capital and small letters is a word.
    for (q, acronym) in [
        ("OSH", true),
        ("osh", true),
        ("ОШ", true),
        ("Osh", false),
        ("Ош", false),
        ("O'sh", false),
    ] {
        let r = ix.search(&Query {
            text: q.into(),
            ..Default::default()
        });
        let ids: Vec<&str> = r.hits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids.contains(&"o1"), acronym, "{q}: {ids:?}");
    }
    for (raw, title) in [
        ("Osh", true),
        ("O'sh", true),
        ("Ош", true),
        ("OSH", false),
        ("osh", false),
        ("O", false),
        ("McDonald", false),
    ] {
        assert_eq!(is_title_case(raw), title, "{raw}");
    }
}

#[test]
fn short_words_and_words_the_query_may_omit() {
    let ix = Index::build([
        doc("kenya", Kind::Place, &["Kenya"], None, &[]),
        doc("kaya", Kind::Person, &["Gül Kaya"], Some("TR"), &[]),
        doc("maria", Kind::Person, &["Maria Smith"], None, &[]),
        doc("comoros", Kind::Place, &["Komor"], None, &[]),
        doc(
            "comoros-water",
            Kind::Organization,
            &["Komor orollari Suv Jamiyati"],
            Some("UZ"),
            &[],
        ),
        doc(
            "comoros-youth",
            Kind::Organization,
            &["Komor orollari Yoshlar Klubi"],
            Some("UZ"),
            &[],
        ),
        doc("gambia", Kind::Place, &["Qambiya"], None, &[]),
        doc("gambier", Kind::Place, &["Gambier-szigetek"], None, &[]),
        doc(
            "ganja-youth",
            Kind::Organization,
            &["Qəza Gənclər Cəmiyyəti"],
            Some("AZ"),
            &[],
        ),
    ]);
    // (query, expected first hit, ids that must not be hits at all)
    let table: &[(&str, Option<&str>, &[&str])] = &[
        // Four letters: a typo keeps the first and last letter, a shared
        // skeleton is not a transliteration (`Keya` ~ `Kaya` in vowels).
        ("Keya", Some("kenya"), &[]),
        ("Мары", None, &["maria"]),
        // The generic word the query may omit, misspelled, does not make
        // the record spelled by the rare word a fuzzy hit.
        ("Komor orolari", Some("comoros"), &[]),
        // An exonym of the whole query ranks like a transliteration.
        ("Гамбье", Some("gambier"), &[]),
        // A city is not the word for youth (`Гянджа` ~ `gənc`).
        ("Гянджа", None, &["ganja-youth"]),
    ];
    for (q, first, never) in table {
        let r = ix.search(&Query {
            text: (*q).into(),
            ..Default::default()
        });
        let ids: Vec<&str> = r.hits.iter().map(|h| h.id.as_str()).collect();
        if let Some(f) = first {
            assert_eq!(ids.first(), Some(f), "{q}: {ids:?}");
        }
        for n in *never {
            assert!(!ids.contains(n), "{q}: {ids:?}");
        }
    }
    let kaya = ix.search(&Query {
        text: "Keya".into(),
        ..Default::default()
    });
    assert!(
        kaya.hits
            .iter()
            .all(|h| h.id != "kaya" || h.match_kind == MatchKind::Fuzzy),
        "{:?}",
        kaya.hits
    );
}
