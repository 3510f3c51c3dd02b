//! The PDFs read back by real tools: poppler's `pdftotext`, `pdfinfo` and
//! `pdftoppm`, and zbar's `zbarimg` for the QR codes. Without a tool or the
//! DejaVu fonts a test fails under `CI` and is skipped (saying why) otherwise.

#![expect(clippy::expect_used, reason = "a failure panics with its cause")]

use std::path::{Path, PathBuf};
use std::process::Command;

use documents::{
    Badge, BadgeLayout, Certificate, CertificateLabels, DEJAVU_PATHS, DocumentError, Fonts,
    badges_pdf, certificates_pdf,
};

/// Fails under CI, else prints why the test is skipped.
fn missing(what: &str) {
    let why = format!(
        "{what} is missing (Debian: apt-get install poppler-utils zbar-tools fonts-dejavu-core)"
    );
    assert!(std::env::var_os("CI").is_none(), "{why}");
    eprintln!("skipped: {why}");
}

fn tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        missing(name);
    }
    found
}

fn fonts() -> Option<Fonts> {
    let [regular, bold] = DEJAVU_PATHS;
    match (std::fs::read(regular), std::fs::read(bold)) {
        (Ok(regular), Ok(bold)) => {
            Some(Fonts::from_bytes(regular, bold).expect("DejaVu Sans reads"))
        }
        _ => {
            missing(&format!("{regular} or {bold}"));
            None
        }
    }
}

fn badge(name: &str, latin: Option<&str>, lang: &str) -> Badge {
    Badge {
        name: name.to_owned(),
        name_latin: latin.map(str::to_owned),
        lang: lang.to_owned(),
        organization: "Azərbaycan Gənclər Təşkilatları Milli Şurası".to_owned(),
        delegation: "Azərbaycan".to_owned(),
        role: "Speaker".to_owned(),
        event_title: "Forum of Turkic NGOs, Baku 2025".to_owned(),
        event_dates: "24–26 November 2025".to_owned(),
        qr_payload: format!("https://birlik.example/checkin/{}", name.len()),
    }
}

fn three() -> Vec<Badge> {
    vec![
        badge("Hikmət Hacıyev", None, "az"),
        badge("Қасым-Жомарт Тоқаев", Some("Qasym-Jomart Toqaev"), "kk"),
        badge("Gülşən İsmayılova", None, "az"),
    ]
}

struct Written {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn write(pdf: &[u8]) -> Written {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).expect("written");
    Written { _dir: dir, path }
}

fn run(tool: &Path, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .expect("the tool runs");
    assert!(
        out.status.success(),
        "{} {args:?}: {}",
        tool.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The PDF's text, one string per line, trimmed, blank lines dropped.
fn text_lines(pdftotext: &Path, pdf: &[u8]) -> Vec<String> {
    let file = write(pdf);
    let path = file.path.to_str().expect("a UTF-8 path");
    run(pdftotext, &["-enc", "UTF-8", path, "-"])
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

fn info(pdfinfo: &Path, pdf: &[u8], key: &str) -> String {
    let file = write(pdf);
    let path = file.path.to_str().expect("a UTF-8 path");
    run(pdfinfo, &[path])
        .lines()
        .find_map(|l| {
            l.strip_prefix(key)
                .map(|v| v.trim_start_matches(':').trim().to_owned())
        })
        .unwrap_or_else(|| panic!("pdfinfo has no {key}"))
}

/// The structure tree (`pdfinfo -struct-text`), one trimmed line per node.
fn struct_text(pdfinfo: &Path, pdf: &[u8]) -> Vec<String> {
    let file = write(pdf);
    let path = file.path.to_str().expect("a UTF-8 path");
    run(pdfinfo, &["-struct-text", path])
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The payloads of the QR codes on the PDF's first page, rendered at 200 dpi.
fn qr_payloads(pdftoppm: &Path, zbarimg: &Path, pdf: &[u8]) -> Vec<String> {
    let file = write(pdf);
    let png = file.path.with_extension("");
    let png_path = png.to_str().expect("a UTF-8 path");
    run(
        pdftoppm,
        &[
            "-r",
            "200",
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            file.path.to_str().expect("path"),
            png_path,
        ],
    );
    let image = format!("{png_path}.png");
    run(
        zbarimg,
        &["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", &image],
    )
    .lines()
    .map(str::to_owned)
    .collect()
}

/// Keeps a copy of `pdf` in `$BIRLIK_DOCUMENTS_OUT` when set (to look at).
fn keep(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("BIRLIK_DOCUMENTS_OUT") {
        std::fs::write(Path::new(&dir).join(name), pdf).expect("the copy is written");
    }
}

fn has(pdf: &[u8], needle: &str) -> bool {
    pdf.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn badges_embed_their_fonts_and_give_back_every_name() {
    let Some(fonts) = fonts() else { return };
    let pdf = badges_pdf(&fonts, &three(), BadgeLayout::OnePerPage).expect("a PDF");
    eprintln!("three A6 badges: {} bytes", pdf.len());
    keep("badges.pdf", &pdf);
    assert!(
        has(&pdf, "/FontFile2") || has(&pdf, "/FontFile3"),
        "no embedded font program"
    );
    assert!(has(&pdf, "/ToUnicode"), "no ToUnicode map");
    let (Some(pdftotext), Some(pdfinfo)) = (tool("pdftotext"), tool("pdfinfo")) else {
        return;
    };
    let lines = text_lines(&pdftotext, &pdf);
    for expected in [
        "Hikmət Hacıyev",
        "HİKMƏT HACIYEV",
        "Қасым-Жомарт Тоқаев",
        "ҚАСЫМ-ЖОМАРТ ТОҚАЕВ",
        "Qasym-Jomart Toqaev",
        "Gülşən İsmayılova",
        "GÜLŞƏN İSMAYILOVA",
        "Azərbaycan",
        "Speaker",
        "Forum of Turkic NGOs, Baku 2025",
        "24–26 November 2025",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "no line {expected:?} in {lines:#?}"
        );
    }
    assert!(lines.iter().any(|l| l.contains("İSMAYILOVA")));
    assert!(
        !lines.iter().any(|l| l.contains("ISMAYILOVA")),
        "a dotless capital I: {lines:#?}"
    );
    assert_eq!(info(&pdfinfo, &pdf, "Pages"), "3");
    // A6 is 105 × 148 mm.
    assert!(info(&pdfinfo, &pdf, "Page size").starts_with("297.638 x 419.528"));
}

#[test]
fn one_badge_is_small() {
    let Some(fonts) = fonts() else { return };
    let pdf = badges_pdf(&fonts, &three()[..1], BadgeLayout::OnePerPage).expect("a PDF");
    eprintln!("one A6 badge: {} bytes", pdf.len());
    assert!(pdf.len() < 60_000, "{} bytes", pdf.len());
}

#[test]
fn a_sheet_holds_four_badges_with_cut_marks() {
    let Some(fonts) = fonts() else { return };
    let names = [
        "Hikmət Hacıyev",
        "Қасым-Жомарт Тоқаев",
        "Gülşən İsmayılova",
        "Ahmet Yılmaz",
        "Dilnoza Karimova",
        "Айгүл Сейітқали",
        "Nagy Katalin",
        "Мырзабек Асанов",
        "Serdar Berdimuhamedow",
    ];
    let badges: Vec<Badge> = names.iter().map(|n| badge(n, None, "und")).collect();
    let pdf = badges_pdf(&fonts, &badges, BadgeLayout::Sheet).expect("a PDF");
    eprintln!("nine badges on A4 sheets: {} bytes", pdf.len());
    keep("sheet.pdf", &pdf);
    let (Some(pdftotext), Some(pdfinfo)) = (tool("pdftotext"), tool("pdfinfo")) else {
        return;
    };
    assert_eq!(info(&pdfinfo, &pdf, "Pages"), "3");
    assert!(info(&pdfinfo, &pdf, "Page size").starts_with("595.276 x 841.89"));
    let text = text_lines(&pdftotext, &pdf).join("\n");
    for name in names {
        assert!(text.contains(name), "{name} missing from {text}");
    }
    // Tagged: a screen reader reads each badge whole, its name a heading,
    // in the order given, whatever the sheet's columns.
    assert_eq!(info(&pdfinfo, &pdf, "Tagged"), "yes");
    let structure = struct_text(&pdfinfo, &pdf);
    let headings: Vec<&str> = structure
        .windows(2)
        .filter(|w| w[0] == "H1 (block)")
        .map(|w| w[1].trim_matches('"'))
        .collect();
    assert_eq!(headings, names);
    assert_eq!(
        structure.iter().filter(|l| *l == "Sect").count(),
        names.len()
    );
    assert_eq!(
        structure.iter().filter(|l| *l == "Figure").count(),
        names.len()
    );
}

#[test]
fn a_very_long_organization_is_wrapped_not_cut() {
    let Some(fonts) = fonts() else { return };
    let organization = "Qazaqstan Respublikasynyń Túrki Tildes Memleketteri Yntymaqtastyǵy Jónindegi \
        Jastar men Ǵylymi-Aǵartý Úkimettik Emes Uıymdarynyń Halyqaralyq Qaýymdastyǵy \
        (Almaty, Astana, Shymkent, Túrkistan filialdarymen birge)";
    let title = "Birinchi Xalqaro Turkiy Davlatlar Nodavlat Notijorat Tashkilotlari Forumi: \
        Hamkorlik, Yoshlar va Madaniy Meros";
    let mut b = badge(
        "Айгүл Сейітқали-Нұрмағамбетова",
        Some("Aigúl Seıitqali-Nurmaǵambetova"),
        "kk",
    );
    b.organization = organization.to_owned();
    b.event_title = title.to_owned();
    let pdf = badges_pdf(&fonts, &[b], BadgeLayout::OnePerPage).expect("a PDF");
    keep("long.pdf", &pdf);
    let (Some(pdftotext), Some(pdfinfo)) = (tool("pdftotext"), tool("pdfinfo")) else {
        return;
    };
    assert_eq!(info(&pdfinfo, &pdf, "Pages"), "1");
    let lines = text_lines(&pdftotext, &pdf);
    let flat = lines.join(" ");
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&words(organization)),
        "organization cut or reordered: {lines:#?}"
    );
    assert!(
        flat.contains(&words(title)),
        "title cut or reordered: {lines:#?}"
    );
    assert!(
        flat.contains("Айгүл Сейітқали-Нұрмағамбетова"),
        "{lines:#?}"
    );
    // It was wrapped: no line holds the whole organization.
    assert!(lines.iter().all(|l| l.len() < organization.len()));
}

#[test]
fn the_badge_qr_code_decodes_to_its_payload() {
    let Some(fonts) = fonts() else { return };
    let mut b = badge("Hikmət Hacıyev", None, "az");
    b.qr_payload =
        "https://birlik.example/checkin/v1.eyJyIjoxMjM0NSwiZSI6NDJ9.Qm9sZC1zaWduYXR1cmUtaGVyZQ"
            .to_owned();
    let pdf = badges_pdf(&fonts, std::slice::from_ref(&b), BadgeLayout::OnePerPage).expect("a PDF");
    let (Some(pdftoppm), Some(zbarimg)) = (tool("pdftoppm"), tool("zbarimg")) else {
        return;
    };
    assert_eq!(qr_payloads(&pdftoppm, &zbarimg, &pdf), vec![b.qr_payload]);
}

fn certificate(name: &str, latin: Option<&str>, lang: &str) -> Certificate {
    Certificate {
        name: name.to_owned(),
        name_latin: latin.map(str::to_owned),
        lang: lang.to_owned(),
        organization: "Türk Dünyası Gençlik Derneği".to_owned(),
        event_title: "Forum of Turkic NGOs, Baku 2025".to_owned(),
        event_dates: "24–26 November 2025".to_owned(),
        place: "Baku".to_owned(),
        sessions_attended: vec![
            "Opening plenary".to_owned(),
            "Youth and volunteering".to_owned(),
            "Digital heritage of the Turkic languages".to_owned(),
        ],
        issued_on: "26 November 2025".to_owned(),
        issuer: "Secretariat of the Organization of Turkic States".to_owned(),
        verify_payload: format!(
            "https://birlik.example/certificates/{}",
            name.chars().count()
        ),
        labels: CertificateLabels::default(),
    }
}

#[test]
fn certificates_give_back_names_sessions_and_qr() {
    let Some(fonts) = fonts() else { return };
    let certificates = [
        certificate("Қасым-Жомарт Тоқаев", Some("Qasym-Jomart Toqaev"), "kk"),
        certificate("Hikmət Hacıyev", None, "az"),
    ];
    let pdf = certificates_pdf(&fonts, &certificates).expect("a PDF");
    eprintln!("two A4 certificates: {} bytes", pdf.len());
    keep("certificates.pdf", &pdf);
    assert!(
        has(&pdf, "/FontFile2") || has(&pdf, "/FontFile3"),
        "no embedded font program"
    );
    assert!(has(&pdf, "/ToUnicode"), "no ToUnicode map");
    let (Some(pdftotext), Some(pdfinfo)) = (tool("pdftotext"), tool("pdfinfo")) else {
        return;
    };
    assert_eq!(info(&pdfinfo, &pdf, "Pages"), "2");
    assert!(info(&pdfinfo, &pdf, "Page size").starts_with("841.89 x 595.276"));
    let lines = text_lines(&pdftotext, &pdf);
    for expected in [
        "Certificate of attendance",
        "Қасым-Жомарт Тоқаев",
        "Qasym-Jomart Toqaev",
        "Hikmət Hacıyev",
        "Türk Dünyası Gençlik Derneği",
        "Forum of Turkic NGOs, Baku 2025",
        "Baku, 24–26 November 2025",
        "Secretariat of the Organization of Turkic States",
        "Issued on 26 November 2025",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "no line {expected:?} in {lines:#?}"
        );
    }
    let flat = lines.join(" ");
    assert!(flat.contains(
        "Opening plenary · Youth and volunteering · Digital heritage of the Turkic languages"
    ));
    let (Some(pdftoppm), Some(zbarimg)) = (tool("pdftoppm"), tool("zbarimg")) else {
        return;
    };
    assert_eq!(
        qr_payloads(&pdftoppm, &zbarimg, &pdf),
        vec![certificates[0].verify_payload.clone()]
    );
}

#[test]
fn refusals_name_their_cause() {
    assert_eq!(
        Fonts::from_bytes(b"not a font".to_vec(), Vec::new()).map(|_| ()),
        Err(DocumentError::Font("regular"))
    );
    let Some(fonts) = fonts() else { return };
    assert_eq!(
        badges_pdf(&fonts, &[], BadgeLayout::Sheet),
        Err(DocumentError::Empty)
    );
    assert_eq!(certificates_pdf(&fonts, &[]), Err(DocumentError::Empty));
    let mut b = badge("Hikmət Hacıyev", None, "az");
    b.qr_payload = "x".repeat(5_000);
    assert!(matches!(
        badges_pdf(&fonts, &[b], BadgeLayout::OnePerPage),
        Err(DocumentError::Qr(_))
    ));
    assert!(fonts.covers("Hikmət Hacıyev Қасым-Жомарт Тоқаев Öñüz"));
    assert!(!fonts.covers("Ханзу 汉字"));
}

mod any_text {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        // Any characters at all (controls, marks, right-to-left, emoji,
        // unassigned), and long runs without a space.
        prop_oneof![
            "\\PC{0,80}",
            ".{0,300}",
            "[a-zA-Zəıİğş\\-]{60,200}",
            Just(String::new()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn any_badge_or_certificate_is_a_pdf(
            name in text(), latin in proptest::option::of(text()), lang in "[a-zA-Z0-9_-]{0,12}",
            organization in text(), role in text(), title in text(), payload in ".{0,200}",
            sessions in proptest::collection::vec(text(), 0..8),
        ) {
            let Some(fonts) = fonts() else { return Ok(()) };
            let badge = Badge {
                name: name.clone(),
                name_latin: latin.clone(),
                lang: lang.clone(),
                organization: organization.clone(),
                delegation: role.clone(),
                role,
                event_title: title.clone(),
                event_dates: title.clone(),
                qr_payload: payload.clone(),
            };
            for layout in [BadgeLayout::OnePerPage, BadgeLayout::Sheet] {
                let pdf = badges_pdf(&fonts, std::slice::from_ref(&badge), layout);
                prop_assert!(pdf.as_ref().is_ok_and(|p| p.starts_with(b"%PDF-")), "{pdf:?}");
            }
            let certificate = Certificate {
                name,
                name_latin: latin,
                lang,
                organization,
                event_title: title.clone(),
                event_dates: title.clone(),
                place: title.clone(),
                sessions_attended: sessions,
                issued_on: title.clone(),
                issuer: title,
                verify_payload: payload,
                labels: CertificateLabels::default(),
            };
            let pdf = certificates_pdf(&fonts, &[certificate]);
            prop_assert!(pdf.as_ref().is_ok_and(|p| p.starts_with(b"%PDF-")), "{pdf:?}");
        }
    }
}

#[test]
fn the_mail_qr_png_reads_back_as_its_code() {
    let Some(zbarimg) = tool("zbarimg") else {
        return;
    };
    let code = "1234-0ABCDEFGHJKM";
    let png = documents::qr_png(code).expect("a PNG");
    let file = write(&png);
    let image = file.path.with_extension("png");
    std::fs::copy(&file.path, &image).expect("the image is written");
    let read = run(
        &zbarimg,
        &[
            "--quiet",
            "--raw",
            "-Sdisable",
            "-Sqrcode.enable",
            image.to_str().expect("path"),
        ],
    );
    let _ = std::fs::remove_file(&image);
    assert_eq!(read.trim(), code);
}

#[test]
fn an_agenda_lists_every_line_in_order_and_runs_onto_more_pages() {
    let Some(fonts) = fonts() else { return };
    let line = |i: usize| documents::AgendaLine {
        when: format!(
            "25 November 2025, {:02}:00–{:02}:20 (Asia/Baku)",
            8 + i % 10,
            8 + i % 10
        ),
        what: format!("Meeting with «Қазақстан жастар қоғамдық қоры» {i}"),
        place: format!("Table {i}"),
    };
    let agenda = documents::Agenda {
        title: "Solidarity Forum of Turkic NGOs".into(),
        person: "Leyla Məmmədova".into(),
        heading: "Agenda".into(),
        lines: (0..40).map(line).collect(),
        empty: "Nothing booked yet.".into(),
    };
    let pdf = documents::agenda_pdf(&fonts, &agenda).expect("a PDF");
    keep("agenda.pdf", &pdf);
    assert!(has(&pdf, "/ToUnicode"));
    let (Some(pdftotext), Some(pdfinfo)) = (tool("pdftotext"), tool("pdfinfo")) else {
        return;
    };
    let text = text_lines(&pdftotext, &pdf).join("\n");
    assert!(text.contains("Leyla Məmmədova"), "{text}");
    let mut at = 0;
    for i in 0..40 {
        let needle = format!("Қазақстан жастар қоғамдық қоры» {i}\n");
        let found = text[at..]
            .find(&needle)
            .unwrap_or_else(|| panic!("line {i} in order: {text}"));
        at += found;
    }
    let pages: u32 = info(&pdfinfo, &pdf, "Pages").parse().expect("a page count");
    assert!(pages >= 2, "40 lines take more than one A4 page");
    let empty = documents::agenda_pdf(
        &fonts,
        &documents::Agenda {
            lines: Vec::new(),
            ..agenda
        },
    )
    .expect("a PDF");
    assert!(
        text_lines(&pdftotext, &empty)
            .join(" ")
            .contains("Nothing booked yet.")
    );
}
