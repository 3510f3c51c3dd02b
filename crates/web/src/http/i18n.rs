//! The interface in the network's nine languages: Fluent strings from
//! `locales/<lang>/*.ftl` (`main.ftl`, `news.ftl`), compiled into the binary; the locale comes
//! from the URL prefix (`/kk/…`), else from Accept-Language.

use domain::UI_LANGS;
pub use locale::messages::{endonym, fallback_chain, message, negotiate};

/// A problem the domain found, in `lang`: its key with its arguments
/// (numbers as numbers, so plural forms and digit grouping follow `lang`).
pub fn problem(lang: &str, problem: &domain::Problem) -> String {
    use locale::messages::Arg;
    let args = problem.args();
    let args: Vec<(&'static str, Arg<'_>)> = args
        .iter()
        .map(|(name, value)| match value.parse::<i64>() {
            Ok(n) => (*name, Arg::from(n)),
            Err(_) => (*name, Arg::from(value.as_str())),
        })
        .collect();
    message(lang, problem.key(), &args)
}

/// The request's interface language, and whether its URL said so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub lang: &'static str,
    pub prefixed: bool,
}

impl Locale {
    /// Reads the locale off a request path and headers; returns it and the
    /// path without the language prefix.
    pub fn from_request(path: &str, accept_language: Option<&str>) -> (Locale, Option<String>) {
        let mut segments = path.trim_start_matches('/').splitn(2, '/');
        let first = segments.next().unwrap_or("");
        if let Some(lang) = UI_LANGS.iter().copied().find(|l| *l == first) {
            let rest = format!("/{}", segments.next().unwrap_or(""));
            return (
                Locale {
                    lang,
                    prefixed: true,
                },
                Some(rest),
            );
        }
        (
            Locale {
                lang: negotiate(accept_language),
                prefixed: false,
            },
            None,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use locale::messages::{Arg as FluentValue, LOCALES, identifier};
    use std::borrow::Cow;
    use std::collections::HashMap;

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(negotiate(None), "en");
        assert_eq!(negotiate(Some("hu-HU,hu;q=0.9,en;q=0.8")), "hu");
        assert_eq!(negotiate(Some("de-DE,de;q=0.9,kk;q=0.5,ru;q=0.7")), "ru");
        assert_eq!(negotiate(Some("fr")), "en");
        assert_eq!(negotiate(Some("az;q=0,tr")), "tr");
        assert_eq!(negotiate(Some("garbage;;;q=x, ,")), "en");
    }

    #[test]
    fn strips_language_prefixes_only() {
        let (l, rest) = Locale::from_request("/kk/organizations/x", None);
        assert_eq!(
            (l.lang, l.prefixed, rest.as_deref()),
            ("kk", true, Some("/organizations/x"))
        );
        let (l, rest) = Locale::from_request("/ru", None);
        assert_eq!((l.lang, rest.as_deref()), ("ru", Some("/")));
        let (l, rest) = Locale::from_request("/organizations", Some("az"));
        assert_eq!((l.lang, l.prefixed, rest), ("az", false, None));
        let (l, _) = Locale::from_request("/kkk/x", None);
        assert!(!l.prefixed);
    }

    fn ids(ftl: &str) -> Vec<String> {
        ftl.lines()
            .filter_map(|l| l.split_once(" = ").or_else(|| l.split_once(" =")))
            .map(|(id, _)| id)
            .filter(|id| {
                id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .map(str::to_owned)
            .collect()
    }

    /// The message ids of a locale, from every `.ftl` file in its folder
    /// (`main.ftl`, `news.ftl` …); an id defined twice fails.
    fn locale_ids(lang: &str) -> Vec<String> {
        let dir = format!("{}/../../locales/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut out: Vec<String> = Vec::new();
        for f in files {
            for id in ids(&std::fs::read_to_string(&f).unwrap()) {
                assert!(!out.contains(&id), "{lang}: {id} is defined twice");
                out.push(id);
            }
        }
        out
    }

    /// Keys a template or handler uses: literal ones, plus those built from
    /// the domain's lists (`area-{slug}`, `kind-{kind}` …).
    fn all_sources() -> String {
        fn walk(dir: &std::path::Path, into: &mut String) {
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(&path, into);
                } else {
                    into.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut sources = String::new();
        // The use cases compose mail and messages too.
        for dir in ["templates", "src", "../app/src"] {
            walk(
                &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir),
                &mut sources,
            );
        }
        // The domain names the keys of its problems.
        sources.push_str(include_str!("../../../domain/src/error.rs"));
        assert!(
            sources.contains("apply-title") && sources.contains("fn routes"),
            "the walk reaches the feature folders"
        );
        sources
    }

    fn used_keys() -> std::collections::BTreeSet<String> {
        let mut used = std::collections::BTreeSet::new();
        let sources = all_sources();
        for call in [".t(", ".tn(", ".t1(", ".t2(", "_key: ", "=> "] {
            for piece in sources.split(call).skip(1) {
                // The key may follow on the next line (a call rustfmt wrapped).
                if let Some(piece) = piece.trim_start().strip_prefix('"')
                    && let Some(key) = piece.split('"').next()
                    && key.contains('-')
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    used.insert(key.to_owned());
                }
            }
        }
        for a in domain::AREAS {
            used.insert(format!("area-{}", a.slug));
        }
        for s in domain::VerificationState::ALL {
            used.insert(format!("state-{s}"));
        }
        for d in domain::Decision::ALL {
            used.insert(format!("decision-{}", d.as_str()));
        }
        for k in domain::EntityKind::ALL {
            used.insert(format!("kind-{}", k.as_str()));
            used.insert(format!("nav-{}", k.collection()));
            used.insert(format!("count-{}", k.collection()));
        }
        for l in UI_LANGS {
            used.insert(format!("language-{l}"));
        }
        for s in store::JobState::ALL {
            used.insert(format!("jobs-state-{}", s.as_str()));
        }
        for s in domain::REGISTRY_SCHEMES {
            used.insert(format!("registry-scheme-{}", s.code.to_ascii_lowercase()));
        }
        for s in domain::PairCounts::SOURCES {
            used.insert(format!("statistics-col-{}", s.replace('_', "-")));
        }
        for s in ["member", "observer"] {
            used.insert(format!("status-{s}"));
        }
        for c in crate::http::error::ERROR_CODES {
            used.insert(format!("error-detail-{}", c.replace('_', "-")));
        }
        for s in domain::RegistrationState::ALL {
            used.insert(format!("forum-state-{}", s.as_str()));
        }
        for f in domain::SESSION_FORMATS {
            used.insert(format!("forum-format-{f}"));
        }
        for r in ["speaker", "moderator"] {
            used.insert(format!("forum-role-{r}"));
        }
        for d in [
            "confirmed",
            "pending",
            "waitlisted",
            "offered",
            "cancelled",
            "declined",
        ] {
            used.insert(format!("forum-done-{d}"));
        }
        for d in ["offer", "need"] {
            used.insert(format!("direction-{d}"));
        }
        for s in ["pending", "accepted", "declined", "withdrawn"] {
            used.insert(format!("proposal-state-{s}"));
        }
        for r in domain::partners::IatiRole::ALL {
            used.insert(format!("iati-role-{}", r.as_str()));
        }
        for s in domain::meetings::MeetingState::ALL {
            used.insert(format!("meetings-state-{}", s.as_str()));
        }
        for d in [
            "requested",
            "accepted",
            "declined",
            "cancelled",
            "rescheduled",
            "tables",
        ] {
            used.insert(format!("meetings-done-{d}"));
        }
        for what in [
            "requested",
            "accepted",
            "declined",
            "cancelled",
            "rescheduled",
            "expired",
        ] {
            used.insert(format!("mail-meeting-{what}-subject"));
            used.insert(format!("mail-meeting-{what}-body"));
        }
        used
    }

    #[test]
    fn every_locale_has_every_key_and_no_other() {
        let english = locale_ids("en");
        assert!(english.len() > 100, "{}", english.len());
        for lang in UI_LANGS {
            let theirs = locale_ids(lang);
            let missing: Vec<_> = english.iter().filter(|k| !theirs.contains(k)).collect();
            let extra: Vec<_> = theirs.iter().filter(|k| !english.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    #[test]
    fn every_key_is_used_and_every_used_key_exists() {
        let english: std::collections::BTreeSet<String> = locale_ids("en").into_iter().collect();
        let used = used_keys();
        // A key is in use when the code or a template names it anywhere
        // (some are passed along as arguments before a `.t()` call).
        let sources = all_sources();
        let unused: Vec<_> = english
            .difference(&used)
            .filter(|k| !sources.contains(&format!("\"{k}\"")))
            .collect();
        let undefined: Vec<_> = used.difference(&english).collect();
        assert!(unused.is_empty(), "keys no page uses: {unused:?}");
        assert!(
            undefined.is_empty(),
            "keys used but not defined: {undefined:?}"
        );
    }

    #[test]
    fn every_message_formats_in_every_language() {
        let english = locale_ids("en");
        for lang in UI_LANGS {
            for key in &english {
                for n in [0, 1, 2, 5, 21, 1000] {
                    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = [
                        ("count", FluentValue::from(n)),
                        ("country", FluentValue::from("X")),
                        ("date", FluentValue::from("2025-11-24")),
                        ("place", FluentValue::from("X")),
                        ("year", FluentValue::from("2004")),
                        ("ms", FluentValue::from("0.5")),
                        ("query", FluentValue::from("X")),
                        ("label", FluentValue::from("X")),
                        ("language", FluentValue::from("X")),
                        ("email", FluentValue::from("X")),
                        ("shown", FluentValue::from("X")),
                        ("name", FluentValue::from("X")),
                        // The arguments of the domain's problems.
                        ("max", FluentValue::from(n)),
                        ("min", FluentValue::from(n)),
                        ("len", FluentValue::from(n)),
                        ("value", FluentValue::from("X")),
                        ("known", FluentValue::from("X")),
                        ("detail", FluentValue::from("X")),
                        ("scheme", FluentValue::from("X")),
                        ("digits", FluentValue::from("X")),
                        ("platform", FluentValue::from("X")),
                        ("lang", FluentValue::from("X")),
                        ("id", FluentValue::from("X")),
                        ("example", FluentValue::from("X")),
                        ("choices", FluentValue::from("X")),
                        ("from", FluentValue::from("1")),
                        ("to", FluentValue::from("2")),
                        ("total", FluentValue::from("3")),
                        // The forums'.
                        ("event", FluentValue::from("X")),
                        ("until", FluentValue::from("X")),
                        ("seats", FluentValue::from("X")),
                        ("free", FluentValue::from("X")),
                        ("waiting", FluentValue::from("X")),
                        ("time", FluentValue::from("X")),
                        ("by", FluentValue::from("X")),
                        ("code", FluentValue::from("X")),
                        ("held", FluentValue::from("3")),
                        ("zone", FluentValue::from("X")),
                        ("languages", FluentValue::from("X")),
                        // The partners'.
                        ("org", FluentValue::from("X")),
                        ("areas", FluentValue::from("X")),
                        ("area", FluentValue::from("X")),
                        ("activity", FluentValue::from("X")),
                        ("first", FluentValue::from("X")),
                        ("last", FluentValue::from("X")),
                        ("role", FluentValue::from("X")),
                        ("countries", FluentValue::from("X")),
                        // The meetings'.
                        ("forum", FluentValue::from("X")),
                        ("person", FluentValue::from("X")),
                        ("when", FluentValue::from("X")),
                        ("table", FluentValue::from("3")),
                    ]
                    .into_iter()
                    .map(|(k, v)| (Cow::Borrowed(k), v))
                    .collect();
                    let text = LOCALES
                        .lookup_single_language(identifier(lang), key, Some(&args))
                        .unwrap_or_else(|e| panic!("{lang} {key}: {e:?}"));
                    assert!(!text.trim().is_empty(), "{lang} {key} is blank");
                    assert!(!text.contains('{'), "{lang} {key}: unformatted {text:?}");
                }
            }
        }
    }

    #[test]
    fn russian_and_english_plurals_follow_cldr() {
        let n = |lang, count: u64| {
            message(
                lang,
                "count-organizations",
                &[("count", FluentValue::from(count))],
            )
        };
        assert_eq!(n("ru", 1), "1 организация");
        assert_eq!(n("ru", 3), "3 организации");
        assert_eq!(n("ru", 5), "5 организаций");
        assert_eq!(n("ru", 21), "21 организация");
        assert_eq!(n("en", 1), "1 organization");
        assert_eq!(n("kk", 5), "5 ұйым");
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_numbers() {
        let n = |lang, count: u64| {
            message(
                lang,
                "count-organizations",
                &[("count", FluentValue::from(count))],
            )
        };
        assert_eq!(n("ru", 12_345), "12\u{a0}345 организаций");
        assert_eq!(n("ru", 1_000_001), "1\u{a0}000\u{a0}001 организация");
        assert_eq!(n("en", 12_345), "12,345 organizations");
        assert!(
            n("az", 12_345).starts_with("12.345 "),
            "{}",
            n("az", 12_345)
        );
        assert!(n("tr", 1_234).starts_with("1.234 "), "{}", n("tr", 1_234));
        // Hungarian groups from five digits on, as CLDR says.
        assert!(n("hu", 1_234).starts_with("1234 "), "{}", n("hu", 1_234));
        assert!(
            n("kk", 1_234).starts_with("1\u{a0}234 "),
            "{}",
            n("kk", 1_234)
        );
    }

    #[test]
    fn follows_fallback_chains_and_plurals() {
        assert_eq!(message("en", "nav-organizations", &[]), "Organizations");
        assert_eq!(
            message(
                "en",
                "count-organizations",
                &[("count", FluentValue::from(1))]
            ),
            "1 organization"
        );
        assert_eq!(
            message(
                "en",
                "count-organizations",
                &[("count", FluentValue::from(44))]
            ),
            "44 organizations"
        );
        assert_eq!(message("xx", "nav-people", &[]), "People");
    }
}
