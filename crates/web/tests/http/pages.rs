//! The pages and basics a public platform owes: the pages about it (in
//! every language, linked from every page and the sitemap), the icon, each
//! page's own description and social preview, script names in the
//! visitor's language, the admin's readable audit log, and the newsroom
//! that names records and images as people know them.

use super::accounts::{Browser, csrf_of, with_role};
use super::{Reply, TestApp, app};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::{Article, Role};

store::on_both_backends!(fixture = app:
    about_pages_exist_in_every_language_and_are_linked_from_every_page,
    the_contact_address_is_the_deployment_s,
    the_site_has_an_icon,
    pages_describe_themselves,
    stories_carry_social_preview_tags_escaped,
    person_pages_name_scripts_in_the_visitor_s_language,
    the_audit_log_reads_as_sentences_in_the_visitor_s_language,
    the_newsroom_picks_records_by_name_and_covers_from_images,
);

/// The `content` of the first `<meta>` (or `<link>`) tag holding `attribute`.
fn meta(body: &str, attribute: &str) -> Option<String> {
    let at = body.find(attribute)?;
    let tag_start = body[..at].rfind('<')?;
    let tag = &body[tag_start..tag_start + body[tag_start..].find('>')?];
    let key = if tag.starts_with("<link") {
        "href=\""
    } else {
        "content=\""
    };
    let from = tag.find(key)? + key.len();
    Some(tag[from..from + tag[from..].find('"')?].to_owned())
}

/// The page's `<head>`.
fn head(r: &Reply) -> &str {
    &r.body[..r.body.find("</head>").unwrap_or(r.body.len())]
}

async fn about_pages_exist_in_every_language_and_are_linked_from_every_page(app: TestApp) {
    // Each page's heading, as its language writes it.
    let titles = [
        (
            "/about",
            [
                ("en", "About the platform"),
                ("kk", "Платформа туралы"),
                ("hu", "A platformról"),
            ],
        ),
        (
            "/contact",
            [("en", "Contact"), ("kk", "Байланыс"), ("hu", "Kapcsolat")],
        ),
        (
            "/privacy",
            [
                ("en", "Privacy notice"),
                ("kk", "Құпиялылық саясаты"),
                ("hu", "Adatvédelmi tájékoztató"),
            ],
        ),
        (
            "/terms",
            [
                ("en", "Terms of use"),
                ("kk", "Пайдалану шарттары"),
                ("hu", "Felhasználási feltételek"),
            ],
        ),
        (
            "/accessibility",
            [
                ("en", "Accessibility statement"),
                ("kk", "Қолжетімділік туралы мәлімдеме"),
                ("hu", "Akadálymentességi nyilatkozat"),
            ],
        ),
    ];
    for (path, by_lang) in titles {
        for (lang, title) in by_lang {
            let r = app.get(&format!("/{lang}{path}")).await;
            assert_eq!(r.status, StatusCode::OK, "/{lang}{path}");
            assert!(
                r.body.contains(&format!("<h1>{title}</h1>")),
                "/{lang}{path} lacks its heading {title:?}"
            );
            assert!(r.body.contains(&format!("<html lang=\"{lang}\">")));
        }
        // Every language has it, and the sitemap lists it in each.
        for lang in domain::UI_LANGS {
            assert_eq!(
                app.get(&format!("/{lang}{path}")).await.status,
                StatusCode::OK
            );
        }
    }
    // Real text in each language, not English copies.
    let privacy_en = app.get("/en/privacy").await;
    for fact in [
        "Argon2id",
        "Secretariat of the Organization of Turkic States",
        "Article 6(1)(b)",
        "rectified",
        "erased",
        "object",
        "supervisory authority",
        "NAIH",
        "no third-party trackers",
        "registration certificate",
        "audit log",
    ] {
        assert!(
            privacy_en.body.contains(fact),
            "the privacy notice lacks {fact:?}"
        );
    }
    let privacy_kk = app.get("/kk/privacy").await;
    assert!(
        privacy_kk
            .body
            .contains("Түркі мемлекеттері ұйымының Хатшылығы")
    );
    assert!(privacy_kk.body.contains("Argon2id") && privacy_kk.body.contains("NAIH"));
    let privacy_hu = app.get("/hu/privacy").await;
    assert!(
        privacy_hu
            .body
            .contains("Nemzeti Adatvédelmi és Információszabadság Hatóság")
    );
    assert!(privacy_hu.body.contains("helyesbítését, törlését"));
    let a11y = app.get("/en/accessibility").await;
    assert!(a11y.body.contains("WCAG") && a11y.body.contains("2.1") && a11y.body.contains("AA"));
    assert!(
        app.get("/hu/accessibility")
            .await
            .body
            .contains("Probléma bejelentése")
    );
    // Every page's footer links them, in the page's language.
    for page in ["/kk", "/kk/organizations", "/kk/news", "/kk/people/p-17"] {
        let r = app.get(page).await;
        let footer = &r.body[r.body.find("<footer").unwrap()..];
        for path in ["/about", "/contact", "/privacy", "/terms", "/accessibility"] {
            assert!(
                footer.contains(&format!("href=\"/kk{path}\"")),
                "{page}'s footer lacks {path}"
            );
        }
        assert!(footer.contains("Құпиялылық саясаты"), "{page}");
    }
    let sitemap = app.get("/sitemaps/pages.xml").await;
    for lang in domain::UI_LANGS {
        for path in ["/about", "/contact", "/privacy", "/terms", "/accessibility"] {
            assert!(
                sitemap
                    .body
                    .contains(&format!("<loc>http://localhost/{lang}{path}</loc>")),
                "the sitemap lacks /{lang}{path}"
            );
        }
    }
    // Signing up says what it accepts, and links the notice.
    for (lang, consent) in [
        ("en", "By signing up you accept"),
        ("hu", "A regisztrációval elfogadja"),
    ] {
        let signup = app.get(&format!("/{lang}/signup")).await;
        assert!(signup.body.contains(consent), "{lang}");
        assert!(signup.body.contains(&format!("href=\"/{lang}/privacy\"")));
    }
}

async fn the_contact_address_is_the_deployment_s(app: TestApp) {
    // By default: the address the platform's mail comes from.
    let default_address = web::address_of(web::DEFAULT_MAIL_FROM);
    for path in ["/en/contact", "/kk/privacy", "/hu/accessibility"] {
        let r = app.get(path).await;
        assert!(
            r.body.contains(&format!("mailto:{default_address}")),
            "{path} lacks the contact address"
        );
    }
    // An operator's own address replaces it everywhere.
    let (store, dir) = super::fresh_store(app.state.store().backend() == "postgres")
        .await
        .unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut config = web::WebConfig::for_data_dir(data.path(), "http://localhost");
    config.contact_email = "ngo-platform@turkicstates.example".into();
    let read = std::sync::Arc::new(std::sync::RwLock::new(
        app::readmodel::ReadModel::build(&[]),
    ));
    let state = web::AppState::new(store, read, config).await.unwrap();
    let router = web::router(state);
    for path in ["/en/contact", "/kk/privacy", "/hu/accessibility"] {
        let r = super::send(&router, Request::get(path).body(Body::empty()).unwrap()).await;
        assert!(
            r.body.contains("mailto:ngo-platform@turkicstates.example"),
            "{path}"
        );
        assert!(!r.body.contains(&default_address), "{path}");
    }
    drop(dir);
}

async fn the_site_has_an_icon(app: TestApp) {
    for path in ["/favicon.svg", "/favicon.ico"] {
        let r = app.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(r.headers[header::CONTENT_TYPE], "image/svg+xml", "{path}");
        let cache = r.headers[header::CACHE_CONTROL].to_str().unwrap();
        let max_age: u64 = cache
            .split(',')
            .find_map(|d| d.trim().strip_prefix("max-age="))
            .and_then(|s| s.parse().ok())
            .unwrap();
        assert!(max_age >= 7 * 24 * 3600, "{path}: {cache}");
        assert!(r.body.starts_with("<svg") && r.body.contains("</svg>"));
        // The icon is well-formed XML.
        roxmltree::Document::parse(&r.body).unwrap();
    }
    let home = app.get("/hu").await;
    assert!(
        head(&home).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
    );
}

async fn pages_describe_themselves(app: TestApp) {
    let site_wide = meta(&app.get("/en").await.body, "name=\"description\"").unwrap();
    let description = |r: &Reply| meta(&r.body, "name=\"description\"").unwrap();
    // A record: its own description in the visitor's language.
    let en = app.get("/en/organizations/az-1").await;
    assert!(
        description(&en).contains("Youth work in Baku."),
        "{}",
        description(&en)
    );
    let az = app.get("/az/organizations/az-1").await;
    assert!(
        description(&az).contains("Bakıda gənclərlə iş."),
        "{}",
        description(&az)
    );
    // A record without a description: what it is and where.
    let kk = app.get("/kk/organizations/kz-1").await;
    assert!(
        description(&kk).contains("Алматы жастар одағы") && description(&kk).contains("Қазақстан"),
        "{}",
        description(&kk)
    );
    // A listing: what it lists and how many, in the visitor's language.
    let listing = app.get("/hu/organizations?country=TR").await;
    let d = description(&listing);
    assert!(d.contains("Törökország") && d.contains("41"), "{d}");
    let people = app.get("/kk/people").await;
    assert_ne!(description(&people), description(&listing));
    // A country.
    let country = app.get("/kk/countries/KZ").await;
    assert!(
        description(&country).starts_with("Қазақстан"),
        "{}",
        description(&country)
    );
    // The pages about the platform: their lead.
    let about = app.get("/hu/about").await;
    assert!(
        description(&about).starts_with("A Birlik a Türk Államok"),
        "{}",
        description(&about)
    );
    for r in [&en, &az, &kk, &listing, &country, &about] {
        assert_ne!(description(r), site_wide);
    }
    // Text from records is escaped in the head.
    let xss = app.get("/en/organizations/xss").await;
    assert!(!head(&xss).contains("\"><script>"), "{}", head(&xss));
    assert!(
        description(&xss).contains("&#34;&#62;&#60;script&#62;")
            || description(&xss).contains("&quot;&gt;&lt;script&gt;")
    );
    // Every page names its address in its language.
    assert_eq!(
        meta(&az.body, "rel=\"canonical\"").as_deref(),
        Some("http://localhost/az/organizations/az-1")
    );
}

async fn stories_carry_social_preview_tags_escaped(app: TestApp) {
    let evil = "<script>alert(1)</script> \"quoted\" & more";
    let story = Article::from_json(
        &serde_json::json!({
            "id": "preview-story", "category": "forum", "published": "2025-11-24T11:00:00Z",
            "author": {"name": "Desk"}, "cover": "forum.svg",
            "translations": [
                {"lang": "en", "original": true, "title": format!("Forum {evil}"),
                 "summary": format!("Summary {evil}"), "body": ["First paragraph."], "cover_alt": "The hall"},
                {"lang": "kk", "title": "Форум ашылды", "body": ["Бірінші абзац, форум туралы."]},
            ],
        })
        .to_string(),
    )
    .unwrap();
    let store = app.state.store();
    store.save_article(&story).await.unwrap();
    store
        .put_media(
            &domain::MediaName::parse("forum.svg").unwrap(),
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .await
        .unwrap();
    let en = app.get("/en/news/preview-story").await;
    let h = head(&en);
    assert!(!h.contains("<script>alert"), "{h}");
    assert_eq!(meta(h, "property=\"og:type\"").as_deref(), Some("article"));
    let title = meta(h, "property=\"og:title\"").unwrap();
    assert!(
        title.starts_with("Forum ") && !title.contains('<') && !title.contains('"'),
        "{title}"
    );
    assert!(
        title.contains("&#60;script&#62;") || title.contains("&lt;script&gt;"),
        "{title}"
    );
    let og_description = meta(h, "property=\"og:description\"").unwrap();
    assert!(og_description.starts_with("Summary "), "{og_description}");
    assert_eq!(meta(h, "name=\"description\""), Some(og_description));
    assert_eq!(
        meta(h, "property=\"og:url\"").as_deref(),
        Some("http://localhost/en/news/preview-story")
    );
    assert_eq!(
        meta(h, "property=\"og:image\"").as_deref(),
        Some("http://localhost/media/forum.svg")
    );
    assert_eq!(
        meta(h, "property=\"og:image:alt\"").as_deref(),
        Some("The hall")
    );
    assert_eq!(meta(h, "property=\"og:locale\"").as_deref(), Some("en_GB"));
    assert_eq!(
        meta(h, "name=\"twitter:card\"").as_deref(),
        Some("summary_large_image")
    );
    assert!(meta(h, "property=\"article:published_time\"").is_some());
    // The Kazakh translation: its own title, locale and (no summary) its opening.
    let kk = app.get("/kk/news/preview-story").await;
    let h = head(&kk);
    assert_eq!(
        meta(h, "property=\"og:title\"").as_deref(),
        Some("Форум ашылды")
    );
    assert_eq!(meta(h, "property=\"og:locale\"").as_deref(), Some("kk_KZ"));
    assert_eq!(
        meta(h, "name=\"description\"").as_deref(),
        Some("Бірінші абзац, форум туралы.")
    );
    assert_eq!(
        meta(h, "rel=\"canonical\"").as_deref(),
        Some("http://localhost/kk/news/preview-story")
    );
    // Shown in a fallback translation, a story names the original's address.
    let ru = app.get("/ru/news/preview-story").await;
    assert_eq!(
        meta(head(&ru), "rel=\"canonical\"").as_deref(),
        Some("http://localhost/en/news/preview-story")
    );
}

async fn person_pages_name_scripts_in_the_visitor_s_language(app: TestApp) {
    for (lang, cyrillic, latin) in [
        ("en", "Cyrillic", "Latin"),
        ("kk", "Кирилл", "Латын"),
        ("hu", "Cirill", "Latin"),
        ("ru", "Кириллица", "Латиница"),
    ] {
        let r = app.get(&format!("/{lang}/people/p-17")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains(&format!(">{cyrillic}</abbr>")), "{lang}");
        assert!(r.body.contains(&format!(">{latin}</abbr>")), "{lang}");
        assert!(
            !r.body.contains(">Cyrl<") && !r.body.contains(">Latn<"),
            "{lang}"
        );
    }
}

/// Posts form fields as the page's own form would.
async fn post_form(b: &mut Browser<'_>, uri: &str, fields: &[(&str, &str)]) -> Reply {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin");
    b.send(
        request,
        Body::from(serde_urlencoded::to_string(fields).unwrap()),
    )
    .await
}

async fn the_audit_log_reads_as_sentences_in_the_visitor_s_language(app: TestApp) {
    let mut admin = with_role(&app, "audit-reader@example.org", Some(Role::Secretariat)).await;
    let page = admin.get("/kk/admin").await;
    assert!(page.body.contains(">мүше</option>") && page.body.contains(">бақылаушы</option>"));
    // Hungary becomes a member and takes the chair.
    let token = csrf_of(&page);
    let mut fields = vec![("csrf", token.as_str()), ("chair", "HU")];
    for code in ["AZ", "TR", "UZ", "KZ", "KG", "HU"] {
        fields.push((
            match code {
                "AZ" => "status_AZ",
                "TR" => "status_TR",
                "UZ" => "status_UZ",
                "KZ" => "status_KZ",
                "KG" => "status_KG",
                _ => "status_HU",
            },
            "member",
        ));
    }
    fields.extend([("status_TM", "observer"), ("status_XN", "observer")]);
    // A status that is none of the choices is named by its country.
    let mut wrong = fields.clone();
    wrong.push(("status_TM", "chairman"));
    wrong.retain(|(k, v)| !(*k == "status_TM" && *v == "observer"));
    let refused = post_form(&mut admin, "/kk/admin/network", &wrong).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Түрікменстан · Мәртебе: мүше, бақылаушы немесе ешқайсысын таңдаңыз"),
        "{}",
        refused.body
    );
    assert!(!refused.body.contains("status_TM:"));
    let r = post_form(&mut admin, "/kk/admin/network", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // A record edited: its entry names it and links its page.
    let record = app
        .state
        .store()
        .get(&domain::EntityId::parse("az-1").unwrap())
        .await
        .unwrap()
        .unwrap();
    app.state
        .store()
        .save_organization(
            &record,
            None,
            store::Actorship {
                id: None,
                email: "editor@example.org",
            },
            app.state.now(),
        )
        .await
        .unwrap()
        .unwrap();

    let kk = admin.get("/kk/admin/audit").await;
    assert!(
        kk.body
            .contains("<data value=\"network.update\">Желі өзгертілді</data>"),
        "{}",
        kk.body
    );
    assert!(
        kk.body
            .contains("<data value=\"org.edit\">Профиль өңделді</data>")
    );
    assert!(kk.body.contains("Венгрия: бақылаушы"), "{}", kk.body);
    assert!(kk.body.contains("→ мүше"));
    assert!(
        kk.body
            .contains("<a href=\"/kk/organizations/az-1\">Youth Union</a>"),
        "{}",
        kk.body
    );
    assert!(
        kk.body
            .contains("<a href=\"/kk/admin\">Желі елдері мен төрағасы</a>")
    );
    // No raw action or target shows as text.
    for raw in [">network.update<", ">org.edit<", ">org:az-1<", ">network<"] {
        assert!(!kk.body.contains(raw), "{raw}");
    }
    // The record's name in the visitor's language (else its fallback's).
    let az = admin.get("/az/admin/audit").await;
    assert!(
        az.body
            .contains("<a href=\"/az/organizations/az-1\">Gənclər Birliyi</a>")
    );
    let hu = admin.get("/hu/admin/audit").await;
    assert!(hu.body.contains(">Hálózat módosítva</data>"));
    assert!(hu.body.contains("Magyarország: megfigyelő"), "{}", hu.body);
    let en = admin.get("/en/admin/audit").await;
    assert!(
        en.body.contains(">Network changed</data>") && en.body.contains(">Profile edited</data>")
    );
    assert!(en.body.contains("Hungary: observer"));
    assert!(
        en.body
            .contains("<a href=\"/en/organizations/az-1\">Youth Union</a>")
    );
    // The filters still work on the stored names.
    let only_edits = admin.get("/en/admin/audit?action=org.").await;
    assert!(
        only_edits.body.contains("Profile edited")
            && !only_edits.body.contains(">Network changed<")
    );
}

/// A `multipart/form-data` body of text fields and one file.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "pagesboundary4f1c9a";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"cover_file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn post_multipart(
    b: &mut Browser<'_>,
    uri: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> Reply {
    let (content_type, body) = multipart(fields, file);
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .header("sec-fetch-site", "same-origin");
    b.send(request, Body::from(body)).await
}

async fn the_newsroom_picks_records_by_name_and_covers_from_images(app: TestApp) {
    let store = app.state.store();
    store
        .put_media(
            &domain::MediaName::parse("summit-hall.svg").unwrap(),
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 9\"/>",
        )
        .await
        .unwrap();
    let mut admin = with_role(&app, "newsroom@example.org", Some(Role::Secretariat)).await;
    let form = admin.get("/kk/admin/news/new").await;
    assert_eq!(form.status, StatusCode::OK);
    // The cover is chosen among the images on the site, or uploaded.
    assert!(
        form.body
            .contains("<option value=\"summit-hall.svg\">summit-hall.svg</option>")
    );
    assert!(form.body.contains("name=\"cover_file\" type=\"file\""));
    assert!(form.body.contains("enctype=\"multipart/form-data\""));
    assert!(!form.body.contains("name=\"mentions\""));
    let csrf = csrf_of(&form);
    let base = |extra: &[(&'static str, &'static str)]| {
        let mut fields: Vec<(&str, &str)> = vec![
            ("id", "names-not-ids"),
            ("category", "network"),
            ("published", "2025-12-01T10:00:00Z"),
            ("author", "Press office"),
            ("original", "en"),
            ("title_en", "Youth unions meet"),
            ("body_en", "One paragraph."),
        ];
        fields.extend_from_slice(extra);
        fields
    };
    // Searching by name, in another script, offers records by name.
    let mut fields = base(&[("find", "Hacıyev"), ("action", "find")]);
    fields.push(("csrf", &csrf));
    let found = post_multipart(&mut admin, "/kk/admin/news/new", &fields, None).await;
    assert_eq!(found.status, StatusCode::OK, "{}", found.body);
    assert!(
        found.body.contains("name=\"mention\" value=\"p-17\">"),
        "{}",
        found.body
    );
    assert!(found.body.contains("Хикмет Гаджиев") || found.body.contains("Hikmət Hacıyev"));
    assert!(
        found.body.contains("<option value=\"p-17\">"),
        "the author list offers the person"
    );
    // Nothing was saved by searching.
    assert_eq!(
        Browser::new(&app).get("/news/names-not-ids").await.status,
        StatusCode::NOT_FOUND
    );
    // A name typed where an id goes is looked up; an unknown one is refused.
    let mut fields = base(&[
        ("mention", "p-17"),
        ("mentions", "Youth Union"),
        ("author_person", "Hikmət Hacıyev"),
        ("action", "save"),
    ]);
    fields.push(("csrf", &csrf));
    fields.push(("mentions", "No Such Union Anywhere"));
    let refused = post_multipart(&mut admin, "/kk/admin/news/new", &fields, None).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("No Such Union Anywhere атты жазба жоқ"),
        "the problem is said in the page's language"
    );
    // The form comes back with what was found, by name and ticked.
    assert!(
        refused
            .body
            .contains("name=\"mention\" value=\"az-1\" checked"),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("name=\"mention\" value=\"p-17\" checked")
    );
    // Uploading a cover with the story, and a name for the author.
    let png: &[u8] =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let mut fields = base(&[
        ("mention", "p-17"),
        ("mentions", "Youth Union"),
        ("author_person", "Hikmət Hacıyev"),
        ("coveralt_en", "Delegates"),
        ("action", "save"),
    ]);
    fields.push(("csrf", &csrf));
    let saved = post_multipart(
        &mut admin,
        "/kk/admin/news/new",
        &fields,
        Some(("Youth Summit 2025.PNG", png)),
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let story = store
        .article(&domain::ArticleId::parse("names-not-ids").unwrap())
        .await
        .unwrap()
        .unwrap();
    let mut mentions: Vec<&str> = story.mentions.iter().map(|m| m.as_str()).collect();
    mentions.sort_unstable();
    assert_eq!(mentions, ["az-1", "p-17"]);
    assert_eq!(
        story.author.person.as_ref().map(|p| p.as_str()),
        Some("p-17")
    );
    assert_eq!(
        story.cover.as_ref().map(|c| c.as_str()),
        Some("youth-summit-2025.png")
    );
    let image = app.get("/media/youth-summit-2025.png").await;
    assert_eq!(image.headers[header::CONTENT_TYPE], "image/png");
    // Editing shows the records by name, the cover chosen among the images.
    let edit = admin.get("/kk/admin/news/names-not-ids/edit").await;
    assert!(
        edit.body
            .contains("<option value=\"youth-summit-2025.png\" selected>")
    );
    assert!(edit.body.contains("<option value=\"summit-hall.svg\">"));
    assert!(
        edit.body
            .contains("name=\"mention\" value=\"az-1\" checked")
    );
    assert!(edit.body.contains(">Gənclər Birliyi</a>") || edit.body.contains(">Youth Union</a>"));
    // A file that is not what it says is refused beside the cover.
    let mut fields = base(&[("action", "save")]);
    fields.push(("csrf", &csrf));
    let bad = post_multipart(
        &mut admin,
        "/kk/admin/news/names-not-ids/edit",
        &fields,
        Some(("cover.png", b"GIF89a not a png")),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("the file is not a PNG image"),
        "{}",
        bad.body
    );
    // Without the page's token, nothing is taken.
    let forged = post_multipart(
        &mut admin,
        "/kk/admin/news/new",
        &base(&[("csrf", "forged")]),
        None,
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}
