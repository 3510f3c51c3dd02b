//! Certificates of attendance: A4 landscape, one per page.

use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{Tag, TagGroup, TagTree};

use crate::layout::{self, Align, BAND, Column, Fit, Item, MUTED, Tagging, Weight, mm};
use crate::{DocumentError, Fonts};

/// What one certificate of attendance says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    /// The name as the participant writes it, in its own script.
    pub name: String,
    /// The Latin form when `name` is not in Latin script.
    pub name_latin: Option<String>,
    /// The name's language (BCP 47), kept with the name (the PDF's language).
    pub lang: String,
    pub organization: String,
    pub event_title: String,
    pub event_dates: String,
    pub place: String,
    /// The sessions the participant was checked in at, in order.
    pub sessions_attended: Vec<String>,
    /// The date of issue, formatted by the caller ("24 November 2025").
    pub issued_on: String,
    /// Who issues it ("Secretariat of the Organization of Turkic States").
    pub issuer: String,
    /// What the QR code holds: the address where the certificate can be checked.
    pub verify_payload: String,
    /// The fixed wording, in the certificate's language.
    pub labels: CertificateLabels,
}

/// The certificate's fixed wording, in the language it is issued in (the
/// caller takes them from its interface strings). [`Default`] is English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateLabels {
    /// "Certificate of attendance"
    pub heading: String,
    /// "This is to certify that"
    pub certifies: String,
    /// "took part in"
    pub took_part: String,
    /// "Sessions attended"
    pub sessions: String,
    /// "Issued on"
    pub issued_on: String,
    /// "Scan to verify"
    pub verify: String,
}

impl Default for CertificateLabels {
    fn default() -> Self {
        Self {
            heading: "Certificate of attendance".to_owned(),
            certifies: "This is to certify that".to_owned(),
            took_part: "took part in".to_owned(),
            sessions: "Sessions attended".to_owned(),
            issued_on: "Issued on".to_owned(),
            verify: "Scan to verify".to_owned(),
        }
    }
}

const W: f32 = 297.0 * 72.0 / 25.4;
const H: f32 = 210.0 * 72.0 / 25.4;

/// The certificates as one PDF, one A4 landscape page each (fonts embedded
/// and subset, with a Unicode map). Fails on an empty list, a QR payload too
/// long for a QR code, or a font krilla cannot embed.
pub fn certificates_pdf(
    fonts: &Fonts,
    certificates: &[Certificate],
) -> Result<Vec<u8>, DocumentError> {
    let first = certificates.first().ok_or(DocumentError::Empty)?;
    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(format!("{} — {}", first.labels.heading, first.event_title))
        .creator("Birlik".to_owned());
    if certificates.len() == 1 && !first.lang.trim().is_empty() {
        metadata = metadata.language(first.lang.trim().to_owned());
    }
    document.set_metadata(metadata);
    // Tagged PDF: one section per certificate, in reading order.
    let mut tree = TagTree::new();
    for certificate in certificates {
        let settings = PageSettings::from_wh(W, H).ok_or(DocumentError::Layout)?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let mut section = TagGroup::new(Tag::Section);
        draw_certificate(&mut surface, fonts, certificate, &mut section)?;
        tree.push(section);
        surface.finish();
        page.finish();
    }
    document.set_tag_tree(tree);
    document
        .finish()
        .map_err(|e| DocumentError::Pdf(e.to_string()))
}

/// A double frame; centred, the heading, the name (and its Latin form), the
/// organization, the event, place and dates, the sessions; along the
/// bottom, the issue date and issuer on the left, the QR code on the right.
fn draw_certificate(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    c: &Certificate,
    section: &mut TagGroup,
) -> Result<(), DocumentError> {
    let fixed = |size, min_size, max_lines| Fit {
        size,
        min_size,
        max_lines,
        one_line_down_to: None,
    };
    let (outer, inner) = (mm(10.0), mm(13.0));
    let frame = |d: f32| [(d, d), (W - d, d), (W - d, H - d), (d, H - d)];
    layout::polyline(surface, &frame(outer), layout::stroke(BAND, 2.5), true);
    layout::polyline(surface, &frame(inner), layout::stroke(BAND, 0.7), true);

    let margin = mm(30.0);
    let width = W - 2.0 * margin;

    // Where the footer goes: issuer on the left, the QR code on the right.
    let qr_side = mm(28.0);
    let qr_x = W - inner - mm(8.0) - qr_side;
    let verify = layout::fit(
        &fonts.regular,
        &c.labels.verify,
        qr_side + mm(10.0),
        fixed(8.0, 6.0, 2),
    );
    let qr_top = H - inner - mm(6.0) - verify.height() - qr_side;
    let left = inner + mm(12.0);
    let footer_width = qr_x - mm(10.0) - left;
    let issued = layout::fit(
        &fonts.regular,
        &format!("{} {}", c.labels.issued_on, c.issued_on),
        footer_width,
        fixed(11.0, 8.0, 2),
    );
    let issuer = layout::fit(&fonts.bold, &c.issuer, footer_width, fixed(12.0, 8.0, 2));
    let footer_bottom = H - inner - mm(8.0);
    let issuer_top = footer_bottom - issuer.height();
    let rule_y = issuer_top - mm(2.0);
    let issued_top = rule_y - mm(12.0) - issued.height();

    // The body.
    let mut items = vec![
        Item::new(&*c.labels.heading, Weight::Bold, 30.0, 16.0, 2)
            .color(BAND)
            .heading(),
        Item::new(&*c.labels.certifies, Weight::Regular, 13.0, 9.0, 2)
            .color(MUTED)
            .above(mm(7.0)),
        Item::new(&*c.name, Weight::Bold, 30.0, 16.0, 2)
            .one_line_down_to(20.0)
            .above(mm(4.0))
            .lang(&c.lang),
    ];
    if let Some(latin) = c.name_latin.as_deref().filter(|l| !l.trim().is_empty()) {
        items.push(
            Item::new(latin, Weight::Regular, 14.0, 9.0, 2)
                .color(MUTED)
                .above(mm(1.0)),
        );
    }
    items.push(Item::new(&*c.organization, Weight::Regular, 14.0, 9.0, 2).above(mm(2.5)));
    items.push(
        Item::new(&*c.labels.took_part, Weight::Regular, 13.0, 9.0, 2)
            .color(MUTED)
            .above(mm(5.0)),
    );
    items.push(Item::new(&*c.event_title, Weight::Bold, 19.0, 11.0, 2).above(mm(2.0)));
    let place_dates = [c.place.trim(), c.event_dates.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    items.push(Item::new(place_dates, Weight::Regular, 13.0, 9.0, 2).above(mm(1.5)));
    let sessions: Vec<&str> = c
        .sessions_attended
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if !sessions.is_empty() {
        items.push(
            Item::new(&*c.labels.sessions, Weight::Bold, 11.0, 8.0, 1)
                .color(MUTED)
                .above(mm(5.0)),
        );
        items.push(Item::new(sessions.join(" · "), Weight::Regular, 10.5, 7.0, 4).above(mm(1.0)));
    }
    let top = inner + mm(12.0);
    let room = issued_top.min(qr_top) - mm(4.0) - top;
    let column = Column::layout(fonts, &items, width, room);
    column.draw(surface, fonts, margin, width, top, section);

    // The footer.
    layout::block(
        surface,
        &fonts.regular,
        &issued,
        MUTED,
        left,
        footer_width,
        issued_top,
        Align::Left,
        Tagging::p(section),
    );
    let rule_end = left + mm(70.0).min(footer_width);
    layout::polyline(
        surface,
        &[(left, rule_y), (rule_end, rule_y)],
        layout::stroke(MUTED, 0.6),
        false,
    );
    layout::block(
        surface,
        &fonts.bold,
        &issuer,
        layout::INK,
        left,
        footer_width,
        issuer_top,
        Align::Left,
        Tagging::p(section),
    );
    layout::qr(
        surface,
        &c.verify_payload,
        qr_x,
        qr_top,
        qr_side,
        section,
        c.labels.verify.clone(),
    )?;
    layout::block(
        surface,
        &fonts.regular,
        &verify,
        MUTED,
        qr_x - mm(5.0),
        qr_side + mm(10.0),
        qr_top + qr_side + mm(1.0),
        Align::Center,
        Tagging::p(section),
    );
    Ok(())
}
