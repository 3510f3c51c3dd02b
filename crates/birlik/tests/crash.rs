//! Nothing acknowledged is lost when the server is killed mid-write.
//!
//! Rounds of: a burst of acknowledged HTTP writes of every kind at once (API
//! edits, form edits, applications with their evidence, decisions), SIGKILL
//! in the middle of it, a restart on the same data; then every acknowledged
//! write is there, SQLite's `PRAGMA integrity_check` says ok, every stored
//! application finds its evidence file and no file is left without its
//! record. On SQLite and on PostgreSQL. `BIRLIK_CRASH_ROUNDS` sets the
//! number of rounds (3 by default; more on demand).

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failure panics with its cause"
)]

mod common;
use common::{BIN, Server, postgres_database};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PDF: &str = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

fn rounds() -> usize {
    std::env::var("BIRLIK_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
}

fn status(response: &str) -> u16 {
    response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn cookie(response: &str, name: &str) -> String {
    let head = response.split("\r\n\r\n").next().unwrap_or_default();
    head.lines()
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, v)| v.trim().split(';').next())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no {name} cookie in {response}"))
}

fn csrf(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page.find(marker).expect("a CSRF field") + marker.len();
    page[start..start + 64].to_owned()
}

fn field(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).expect("the field") + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

/// A signed-in client of the demo's secretariat: its session and an API token.
struct Client {
    session: String,
    token: String,
}

fn sign_in(server: &Server) -> Client {
    let page = server.get("/login");
    let anonymous = cookie(&page, "birlik_csrf");
    let body = format!(
        "csrf={}&email=secretariat%40birlik.test&password=birlik-demo-2026&next=",
        csrf(&page)
    );
    let r = server.request(
        "POST",
        "/login",
        &[
            ("Cookie", &anonymous),
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Sec-Fetch-Site", "same-origin"),
        ],
        &body,
    );
    assert_eq!(status(&r), 303, "{r}");
    let session = cookie(&r, "birlik_session");
    let account = server.request("GET", "/account", &[("Cookie", &session)], "");
    let made = server.request(
        "POST",
        "/account/tokens",
        &[
            ("Cookie", &session),
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Sec-Fetch-Site", "same-origin"),
        ],
        &format!("csrf={}&name=crash", csrf(&account)),
    );
    let start = made.find("bk_").expect("a token is shown");
    Client {
        session,
        token: made[start..start + 3 + 16 + 1 + 64].to_owned(),
    }
}

/// What the server acknowledged, and what it was sent without an answer
/// (that one may or may not have been written).
#[derive(Default)]
struct Ledger {
    /// Organization → (last acknowledged city, cities sent after it).
    cities: BTreeMap<String, (Option<String>, Vec<String>)>,
    /// Acknowledged applications' ids, and whether each was then verified.
    applications: BTreeMap<String, bool>,
    acknowledged: usize,
    server_errors: Vec<String>,
}

impl Ledger {
    fn sent(&mut self, org: &str, city: &str) {
        self.cities
            .entry(org.to_owned())
            .or_default()
            .1
            .push(city.to_owned());
    }

    fn acknowledged_city(&mut self, org: &str, city: &str) {
        let entry = self.cities.entry(org.to_owned()).or_default();
        entry.0 = Some(city.to_owned());
        entry.1.clear();
        self.acknowledged += 1;
    }
}

fn org_body(id: &str, city: &str) -> String {
    format!(
        r#"{{"type":"organization","id":"{id}","names":[{{"value":"Crash {id}","lang":"az"}}],"country":"AZ","city":"{city}","areas":["youth"]}}"#
    )
}

/// One writer's loop until the server stops answering.
/// Writers 3 and 4 of [`burst`] file applications with evidence.
const APPLYING_WRITERS: usize = 2;

fn burst(server: &Server, client: &Client, writer: usize, round: usize, ledger: &Mutex<Ledger>) {
    let auth = format!("Bearer {}", client.token);
    let json = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let mut n = 0;
    loop {
        n += 1;
        let city = format!("City {round}.{writer}.{n}");
        let outcome = match writer {
            // API edits, each writer its own organization.
            0 | 1 => {
                let org = format!("az-ngo-000{}", writer + 1);
                ledger.lock().unwrap().sent(&org, &city);
                server
                    .try_request(
                        "PUT",
                        &format!("/api/v1/organizations/{org}"),
                        &json,
                        &org_body(&org, &city),
                    )
                    .inspect(|r| {
                        if status(r) == 200 {
                            ledger.lock().unwrap().acknowledged_city(&org, &city);
                        }
                    })
            }
            // Form edits: read the form (and its version), post it.
            2 => {
                let org = "az-ngo-0003";
                let cookie = [("Cookie", client.session.as_str())];
                server
                    .try_request("GET", &format!("/organizations/{org}/edit"), &cookie, "")
                    .and_then(|page| {
                        if status(&page) != 200 {
                            return Ok(page);
                        }
                        let body = format!(
                            "csrf={}&version={}&name=Crash+{org}&name_lang=az&city={}&areas=youth",
                            csrf(&page),
                            field(&page, "version"),
                            city.replace(' ', "+")
                        );
                        ledger.lock().unwrap().sent(org, &city);
                        server.try_request(
                            "POST",
                            &format!("/organizations/{org}/edit"),
                            &[
                                ("Cookie", client.session.as_str()),
                                ("Content-Type", "application/x-www-form-urlencoded"),
                                ("Sec-Fetch-Site", "same-origin"),
                            ],
                            &body,
                        )
                    })
                    .inspect(|r| {
                        if status(r) == 303 {
                            ledger.lock().unwrap().acknowledged_city(org, &city);
                        }
                    })
            }
            // Applications with evidence, then the decision on each.
            _ => {
                let cookie = [("Cookie", client.session.as_str())];
                server
                    .try_request("GET", "/apply", &cookie, "")
                    .and_then(|page| {
                        if status(&page) != 200 {
                            return Ok(page);
                        }
                        let boundary = "crashboundary";
                        let mut body = String::new();
                        for (k, v) in [
                            ("csrf", csrf(&page)),
                            ("country", "AZ".into()),
                            ("name", format!("Qəza Birliyi {round} {n}")),
                            ("name_lang", "az".into()),
                            ("registry_scheme", "AZ-VOEN".into()),
                            ("registry_value", format!("{:010}", 1_000_000_000 + round * 10_000 + n)),
                        ] {
                            body.push_str(&format!(
                                "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                            ));
                        }
                        body.push_str(&format!(
                            "--{boundary}\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"c.pdf\"\r\nContent-Type: application/pdf\r\n\r\n{PDF}\r\n--{boundary}--\r\n"
                        ));
                        let kind = format!("multipart/form-data; boundary={boundary}");
                        server.try_request(
                            "POST",
                            "/apply",
                            &[
                                ("Cookie", client.session.as_str()),
                                ("Content-Type", &kind),
                                ("Sec-Fetch-Site", "same-origin"),
                            ],
                            &body,
                        )
                    })
                    .and_then(|r| {
                        if status(&r) != 303 {
                            return Ok(r);
                        }
                        // `/review/{id}?done=applied`: the confirmation page.
                        let id = header(&r, "location")
                            .and_then(|l| l.split('?').next())
                            .and_then(|l| l.rsplit('/').next())
                            .unwrap()
                            .to_owned();
                        {
                            let mut l = ledger.lock().unwrap();
                            l.applications.insert(id.clone(), false);
                            l.acknowledged += 1;
                        }
                        let decided = server.try_request(
                            "POST",
                            &format!("/api/v1/organizations/{id}/review"),
                            &json,
                            r#"{"decision":"verify"}"#,
                        )?;
                        if status(&decided) == 200 {
                            let mut l = ledger.lock().unwrap();
                            l.applications.insert(id, true);
                            l.acknowledged += 1;
                        }
                        Ok(decided)
                    })
            }
        };
        match outcome {
            Ok(r) if status(&r) >= 500 => {
                ledger.lock().unwrap().server_errors.push(r);
                return;
            }
            Ok(r) if status(&r) == 0 => return, // cut off mid-answer
            Ok(_) => {}
            Err(_) => return, // the server is gone
        }
    }
}

/// `waiting_parts`: how many temporary uploads may still wait for their
/// grace period (PostgreSQL nodes may share the directory, so a restart
/// removes only old ones; at most one application in flight per applying
/// writer per kill).
fn check(server: &Server, ledger: &Ledger, uploads: &Path, waiting_parts: usize) {
    for (org, (acked, in_flight)) in &ledger.cities {
        let r = server.get(&format!("/api/v1/organizations/{org}"));
        let body = r.split("\r\n\r\n").nth(1).unwrap_or_default();
        let city = serde_json::from_str::<serde_json::Value>(body).unwrap()["city"]
            .as_str()
            .map(str::to_owned);
        let allowed =
            city.as_ref() == acked.as_ref() || city.as_ref().is_some_and(|c| in_flight.contains(c));
        assert!(
            allowed,
            "{org}: stored {city:?}, last acknowledged {acked:?} (in flight {in_flight:?})"
        );
    }
    for (id, verified) in &ledger.applications {
        let page = server.get(&format!("/api/v1/organizations/{id}"));
        if *verified {
            assert_eq!(status(&page), 200, "verified {id} is in the directory");
        }
    }
    // Every kept file belongs to an application; none is half-written.
    let files: Vec<String> = std::fs::read_dir(uploads)
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    let parts = files.iter().filter(|f| f.ends_with(".part")).count();
    assert!(
        parts <= waiting_parts,
        "the restart settles temporary uploads: {parts} left"
    );
    assert!(
        files.len() - parts >= ledger.applications.len(),
        "{} files for {} acknowledged applications",
        files.len(),
        ledger.applications.len()
    );
}

fn integrity_ok(db: &Path) {
    let out = Command::new(BIN)
        .args(["check-database", "--database-url"])
        .arg(format!("sqlite://{}", db.display()))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && said.trim() == "ok",
        "integrity_check: {said} {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn crash_rounds(args: &[&str], data: &Path, sqlite: Option<PathBuf>) {
    let mut first = vec!["--demo", "--data", data.to_str().unwrap()];
    first.extend_from_slice(args);
    let mut server = Server::start(&first);
    let client = sign_in(&server);
    let uploads = data.join("uploads");
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    for round in 0..rounds() {
        let started = Instant::now();
        let pid = server.child.id().to_string();
        std::thread::scope(|scope| {
            for writer in 0..5 {
                let (server, client, ledger) = (&server, &client, &ledger);
                scope.spawn(move || burst(server, client, writer, round, ledger));
            }
            // Kill mid-burst, at a different moment each round.
            std::thread::sleep(Duration::from_millis(700 + 150 * round as u64));
            let killed = Command::new("kill").args(["-KILL", &pid]).status();
            assert!(killed.is_ok_and(|s| s.success()), "kill -9 {pid}");
        });
        let _ = server.child.wait();
        if let Some(db) = &sqlite {
            integrity_ok(db);
        }
        let mut again = vec!["--data", data.to_str().unwrap()];
        again.extend_from_slice(args);
        server = Server::start(&again);
        let l = ledger.lock().unwrap();
        assert!(
            l.server_errors.is_empty(),
            "server errors: {:?}",
            l.server_errors
        );
        let waiting_parts = if sqlite.is_some() {
            0
        } else {
            APPLYING_WRITERS * (round + 1)
        };
        check(&server, &l, &uploads, waiting_parts);
        eprintln!(
            "round {round}: {} writes acknowledged so far, {} applications, {:?}",
            l.acknowledged,
            l.applications.len(),
            started.elapsed()
        );
    }
    let l = ledger.lock().unwrap();
    assert!(l.acknowledged > 10, "the bursts wrote: {}", l.acknowledged);
}

#[test]
fn acknowledged_writes_survive_sigkill_on_sqlite() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    crash_rounds(&[], &data, Some(data.join("birlik.db")));
}

#[test]
fn acknowledged_writes_survive_sigkill_on_postgres() {
    let Some(url) = postgres_database() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    crash_rounds(&["--database-url", &url], &data, None);
}
