//! The statistics pages through the router: for every chart, the numbers
//! written in the SVG, in the data table, in the CSV and in the JSON are
//! the same, and they are what was seeded; the page in Kazakh; escaping.

use super::*;
use domain::{EventKind, RegistrationState};
use std::collections::BTreeMap;
use store::{EventText, NewEvent};

const ORGS: &[&str] = &[
    r#"{"type":"organization","id":"az-a","names":[{"value":"Gənclər","lang":"az"}],"country":"AZ","areas":["youth"],"founded":2004}"#,
    r#"{"type":"organization","id":"az-b","names":[{"value":"Mədəniyyət","lang":"az"}],"country":"AZ","areas":["youth","culture"],"founded":2004}"#,
    r#"{"type":"organization","id":"az-c","names":[{"value":"Təhsil","lang":"az"}],"country":"AZ","areas":["education"],"founded":2010}"#,
    r#"{"type":"organization","id":"kz-a","names":[{"value":"Жастар","lang":"kk"}],"country":"KZ","areas":["youth"],"founded":1998}"#,
    r#"{"type":"organization","id":"kz-b","names":[{"value":"Білім","lang":"kk"}],"country":"KZ"}"#,
    r#"{"type":"organization","id":"tr-a","names":[{"value":"Dernek","lang":"tr"}],"country":"TR","areas":["culture"]}"#,
    r#"{"type":"person","id":"p-1","names":[{"value":"Hikmət Hacıyev","lang":"az"}],"country":"AZ","founded":1990}"#,
];

/// A forum's title that must come out escaped, and formula-safe in CSV.
const HOSTILE: &str = "=SUM(1) <script>alert(1)</script>";

async fn seeded(postgres: bool) -> Option<TestApp> {
    let records: Vec<Record> = ORGS.iter().map(|l| Record::from_json(l).unwrap()).collect();
    let app = app_with(postgres, &records).await?;
    let store = app.state.store();
    let now = app.state.now();
    let system = store::Actorship {
        id: None,
        email: "test",
    };
    for r in records
        .iter()
        .filter(|r| r.id.as_str().starts_with("az-a") || r.id.as_str() == "az-b")
    {
        let registry = domain::RegistryId::parse(
            domain::PLATFORM_SCHEME,
            &format!("T-{}", r.id.as_str()),
            r.country.unwrap(),
        )
        .unwrap();
        store
            .record_verified(r, &registry, system, now)
            .await
            .unwrap();
    }
    let country = |c: &str| domain::CountryCode::parse(c).unwrap();
    let year = 365 * 86_400;
    let event =
        |id: &str, series: Option<&str>, starts_at: i64, status: &str, title: &str| NewEvent {
            id: id.into(),
            network: "ots".into(),
            forum_id: id.into(),
            kind: Some(EventKind::Forum),
            status: status.into(),
            series_id: series.map(str::to_owned),
            starts_at,
            ends_at: starts_at + 8 * 3600,
            time_zone: "Asia/Baku".into(),
            original_lang: "en".into(),
            capacity: Some(100),
            texts: vec![EventText {
                lang: "en".into(),
                title: title.into(),
                description: String::new(),
            }],
            ..NewEvent::default()
        };
    let mut tx = store.begin_write().await.unwrap();
    for (id, a, b) in [("s-az-tr", "AZ", "TR"), ("s-az-kz", "AZ", "KZ")] {
        let series = store::Series {
            id: id.into(),
            network: "ots".into(),
            country_a: country(a),
            country_b: country(b),
        };
        tx.insert_series(&series, now).await.unwrap();
    }
    for (id, series, starts_at, status) in [
        ("az-tr-1", "s-az-tr", now - 3 * year, "scheduled"),
        ("az-tr-2", "s-az-tr", now - year, "scheduled"),
        ("az-tr-3", "s-az-tr", now + year, "planned"),
        ("az-kz-1", "s-az-kz", now - 2 * year, "scheduled"),
    ] {
        tx.insert_event(
            &event(
                id,
                Some(series),
                starts_at,
                status,
                &format!("Bilateral {id}"),
            ),
            now,
        )
        .await
        .unwrap();
    }
    tx.insert_event(
        &event("big-forum", None, now + 30 * 86_400, "scheduled", HOSTILE),
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    // Three confirmed from Azerbaijan (and one waiting, not counted), two from Kazakhstan.
    let people = [
        ("AZ", RegistrationState::Confirmed),
        ("AZ", RegistrationState::Confirmed),
        ("AZ", RegistrationState::Confirmed),
        ("AZ", RegistrationState::Waitlisted),
        ("KZ", RegistrationState::Confirmed),
        ("KZ", RegistrationState::Confirmed),
    ];
    for (i, (delegation, state)) in people.into_iter().enumerate() {
        let email = domain::Email::parse(&format!("p{i}@example.org")).unwrap();
        let id = store
            .create_account(
                &store::NewAccount {
                    email: &email,
                    display_name: "P",
                    password_hash: "x",
                    locale: "en",
                },
                now,
            )
            .await
            .unwrap()
            .unwrap();
        let mut tx = store.begin_write().await.unwrap();
        tx.put_registration("big-forum", id, None, country(delegation), state, None, now)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    Some(app)
}

/// (chart, row key, column) → value.
type Figures = BTreeMap<(String, String, String), u64>;

fn digits(text: &str) -> u64 {
    let d: String = text.chars().filter(char::is_ascii_digit).collect();
    d.parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

/// The value of attribute `name` in a tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    tag[start..].split('"').next()
}

/// Every element `<{element} class="{class}" data-key=… data-col=…>N<` of a
/// chart's section: (key, column, number).
fn marked(section: &str, open: &str) -> Vec<(String, String, u64)> {
    section
        .split(open)
        .skip(1)
        .map(|piece| {
            let (tag, rest) = piece.split_once('>').unwrap();
            let text = rest.split('<').next().unwrap();
            (
                attr(tag, "data-key").unwrap().to_owned(),
                attr(tag, "data-col").unwrap().to_owned(),
                digits(text),
            )
        })
        .collect()
}

fn section<'a>(page: &'a str, chart: &str) -> &'a str {
    let start = page
        .find(&format!("<section class=\"chart\" id=\"chart-{chart}\""))
        .unwrap_or_else(|| panic!("no chart {chart} in the page"));
    let rest = &page[start..];
    &rest[..rest.find("</section>").unwrap()]
}

/// Reads the JSON figures, then checks the page's SVG and table and each
/// chart's CSV against them; answers the figures.
async fn every_chart_agrees(app: &TestApp, lang_prefix: &str, country: Option<&str>) -> Figures {
    let (page_uri, json_uri, csv_base) = match country {
        Some(c) => (
            format!("{lang_prefix}/statistics/{c}"),
            format!("/api/v1/statistics?country={c}"),
            format!("{lang_prefix}/statistics/{c}"),
        ),
        None => (
            format!("{lang_prefix}/statistics"),
            "/api/v1/statistics".to_owned(),
            format!("{lang_prefix}/statistics"),
        ),
    };
    let json = app.get(&json_uri).await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.body);
    let json = json.json();
    assert_eq!(
        json["country"],
        country.map_or(serde_json::Value::Null, Into::into)
    );
    let page = app.get(&page_uri).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut figures = Figures::new();
    for chart in json["charts"].as_array().unwrap() {
        let id = chart["id"].as_str().unwrap();
        let columns: Vec<&str> = chart["columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let rows = chart["rows"].as_array().unwrap();
        let mut mine: BTreeMap<(String, String), u64> = BTreeMap::new();
        let mut totals: BTreeMap<String, u64> = BTreeMap::new();
        for row in rows {
            let key = row["key"].as_str().unwrap().to_owned();
            let values = row["values"].as_array().unwrap();
            assert_eq!(values.len(), columns.len(), "{id}: {row}");
            for (c, v) in columns.iter().zip(values) {
                let v = v.as_u64().unwrap();
                mine.insert((key.clone(), (*c).to_owned()), v);
                *totals.entry(key.clone()).or_default() += v;
                figures.insert((id.to_owned(), key.clone(), (*c).to_owned()), v);
            }
        }
        let s = section(&page.body, id);
        // The table: every figure, once.
        let table: BTreeMap<(String, String), u64> = marked(s, "<td class=\"num\"")
            .into_iter()
            .map(|(k, c, v)| ((k, c), v))
            .collect();
        assert_eq!(table, mine, "{page_uri}: the table of {id}");
        // The drawing: every number written in it is the JSON's.
        let svg = &s[s.find("<svg").unwrap()..s.find("</svg>").unwrap()];
        assert!(svg.contains("role=\"img\""), "{id}");
        assert!(
            svg.contains(&format!("<title id=\"{id}-title\">"))
                && svg.contains(&format!("<desc id=\"{id}-desc\">")),
            "{id}: title and desc"
        );
        let drawn = marked(svg, "<text class=\"v\"");
        assert!(!drawn.is_empty(), "{id}: numbers written in the drawing");
        for (k, c, v) in drawn {
            let expected = match mine.get(&(k.clone(), c.clone())) {
                Some(v) => *v,
                // A heat map's cell: every source of the pair together.
                None if c == "total" => totals[&k],
                None => panic!("{id}: {k}/{c} drawn but not in the JSON"),
            };
            assert_eq!(v, expected, "{page_uri}: {id} draws {k}/{c}");
        }
        // The CSV: the same rows, the same numbers.
        let csv = app.get(&format!("{csv_base}/{id}.csv")).await;
        assert_eq!(csv.status, StatusCode::OK, "{id}.csv");
        assert!(
            csv.headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let mut lines = csv.body.lines();
        let head: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(head[..2], ["key", "label"]);
        assert_eq!(head[2..], columns[..], "{id}.csv columns");
        let mut from_csv = BTreeMap::new();
        for line in lines {
            // Keys and labels are quoted; the figures are the last cells.
            let cells: Vec<&str> = line.rsplitn(columns.len() + 1, ',').collect();
            let key_part = cells[columns.len()];
            let key = key_part[1..].split('"').next().unwrap().to_owned();
            for (i, c) in columns.iter().enumerate() {
                let v: u64 = cells[columns.len() - 1 - i].parse().unwrap();
                from_csv.insert((key.clone(), (*c).to_owned()), v);
            }
        }
        assert_eq!(from_csv, mine, "{id}.csv");
    }
    figures
}

fn get(f: &Figures, chart: &str, key: &str, col: &str) -> u64 {
    *f.get(&(chart.to_owned(), key.to_owned(), col.to_owned()))
        .unwrap_or_else(|| panic!("no {chart} {key} {col} in {f:?}"))
}

async fn every_chart_has_the_same_numbers_everywhere(app: TestApp) {
    let f = every_chart_agrees(&app, "", None).await;
    let by_country = |c| get(&f, "organizations-by-country", c, "organizations");
    assert_eq!(
        (
            by_country("AZ"),
            by_country("KZ"),
            by_country("TR"),
            by_country("HU")
        ),
        (3, 2, 1, 0)
    );
    let area = |a| get(&f, "organizations-by-area", a, "organizations");
    assert_eq!(
        (
            area("youth"),
            area("culture"),
            area("education"),
            area("sport")
        ),
        (3, 2, 1, 0)
    );
    let verification = |c| {
        (
            get(&f, "verification-by-country", c, "verified"),
            get(&f, "verification-by-country", c, "not_verified"),
        )
    };
    assert_eq!(verification("AZ"), (2, 1));
    assert_eq!(verification("KZ"), (0, 2));
    assert_eq!(verification("TR"), (0, 1));
    let delegation = |c| get(&f, "forum-participation", c, "participants");
    assert_eq!(
        (delegation("AZ"), delegation("KZ"), delegation("UZ")),
        (3, 2, 0),
        "confirmed seats only"
    );
    // Each pair once, in the network's order.
    let pair = |a: &str, b: &str| {
        f.get(&(
            "cooperation-between-countries".to_owned(),
            format!("{a}-{b}"),
            "forum_editions".to_owned(),
        ))
        .or_else(|| {
            f.get(&(
                "cooperation-between-countries".to_owned(),
                format!("{b}-{a}"),
                "forum_editions".to_owned(),
            ))
        })
        .copied()
        .unwrap_or_else(|| panic!("no pair {a}-{b}"))
    };
    assert_eq!(
        (pair("AZ", "TR"), pair("AZ", "KZ"), pair("KZ", "HU")),
        (2, 1, 0),
        "held editions only"
    );
    let pairs = f
        .keys()
        .filter(|(c, _, col)| c == "cooperation-between-countries" && col == "forum_editions")
        .count();
    assert_eq!(pairs, 8 * 7 / 2, "every pair of the eight countries once");
    let growth = |y| {
        (
            get(&f, "growth", y, "founded"),
            get(&f, "growth", y, "total"),
        )
    };
    assert_eq!(
        (growth("1998"), growth("2004"), growth("2010")),
        ((1, 1), (2, 3), (1, 4))
    );
    assert!(
        !f.keys().any(|(c, k, _)| c == "growth" && k == "1990"),
        "people are not organizations"
    );
    let page = app.get("/statistics").await;
    assert!(
        page.body.contains("2 organizations state no founding year"),
        "{}",
        page.body
    );

    // One country's page: its own figures, the same everywhere.
    let az = every_chart_agrees(&app, "", Some("AZ")).await;
    assert!(!az.keys().any(|(c, ..)| c == "organizations-by-country"));
    assert_eq!(
        get(&az, "organizations-by-area", "youth", "organizations"),
        2
    );
    assert_eq!(get(&az, "verification-by-country", "AZ", "verified"), 2);
    assert_eq!(
        get(&az, "forum-participation", "big-forum", "participants"),
        3
    );
    assert_eq!(
        get(
            &az,
            "cooperation-between-countries",
            "AZ-TR",
            "forum_editions"
        ),
        2
    );
    assert!(
        !az.keys()
            .any(|(c, k, _)| c == "cooperation-between-countries" && !k.contains("AZ"))
    );
    assert_eq!(get(&az, "growth", "2010", "total"), 3);

    // Linked from the footer, from the countries and from a country.
    let countries = app.get("/countries").await;
    assert!(countries.body.contains("href=\"/statistics\""));
    let country = app.get("/countries/AZ").await;
    assert!(
        country.body.contains("href=\"/statistics/AZ\""),
        "{}",
        country.body
    );
    // Not a country of the network, not a chart: 404; a bad API filter: 400.
    assert_eq!(
        app.get("/statistics/GB").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/statistics/nonsense").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/statistics/nonsense.csv").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/statistics/AZ/nonsense.csv").await.status,
        StatusCode::NOT_FOUND
    );
    assert_api_error(
        &app.get("/api/v1/statistics?country=QQ").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/statistics?lang=en").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
}

async fn statistics_speak_kazakh_and_escape_what_they_show(app: TestApp) {
    let kk = every_chart_agrees(&app, "/kk", None).await;
    assert_eq!(
        get(&kk, "organizations-by-country", "AZ", "organizations"),
        3
    );
    let page = app.get("/kk/statistics").await;
    assert!(page.body.contains("<html lang=\"kk\""));
    for text in [
        "Желі сандармен",
        "Елдер бойынша ұйымдар",
        "Әзірбайжан",
        "Расталған",
    ] {
        assert!(page.body.contains(text), "{text} in {}", page.body);
    }
    every_chart_agrees(&app, "/kk", Some("KZ")).await;

    // A forum's title is the organizers' text: escaped in the page and the
    // drawing, marked with its language, formula-safe in the CSV.
    let az = app.get("/kk/statistics/AZ").await;
    assert!(!az.body.contains("<script>alert(1)"), "{}", az.body);
    assert!(
        az.body
            .contains("=SUM(1) &#60;script&#62;alert(1)&#60;/script&#62;"),
        "{}",
        az.body
    );
    assert!(az.body.contains("<th scope=\"row\" lang=\"en\">=SUM(1)"));
    let csv = app.get("/kk/statistics/AZ/forum-participation.csv").await;
    assert!(
        csv.body
            .contains("\"big-forum\",\"'=SUM(1) <script>alert(1)</script>\",3"),
        "{}",
        csv.body
    );
    let pairs = app
        .get("/kk/statistics/cooperation-between-countries.csv")
        .await;
    assert!(
        pairs.body.contains("\"AZ-TR\",\"Әзірбайжан – Түркия\",2"),
        "{}",
        pairs.body
    );
}

store::on_both_backends!(fixture = seeded:
    every_chart_has_the_same_numbers_everywhere,
    statistics_speak_kazakh_and_escape_what_they_show,
);
