//! Name badges: A6 portrait, one per page or four to an A4 sheet.

use krilla::Document;
use krilla::geom::Transform;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{Tag, TagGroup, TagTree};

use crate::layout::{self, Align, BAND, Column, Fit, INK, Item, MUTED, Tagging, WHITE, Weight, mm};
use crate::{DocumentError, Fonts, case};

/// What one participant's badge says. Every text is printed as given, in
/// its own script; the caller has translated `role` and `delegation`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badge {
    /// The name as the participant writes it ("Hikmət Hacıyev", "Қасым-Жомарт Тоқаев").
    pub name: String,
    /// The Latin form when `name` is not in Latin script ("Qasym-Jomart Toqaev").
    pub name_latin: Option<String>,
    /// The name's language (BCP 47: "az", "tr", "kk" …), for its capitals.
    pub lang: String,
    pub organization: String,
    /// The delegation: a country's name.
    pub delegation: String,
    /// "Participant", "Speaker", "Organizer" … in the badge's language.
    pub role: String,
    pub event_title: String,
    pub event_dates: String,
    /// What the QR code holds (a signed check-in token or its address).
    pub qr_payload: String,
}

/// How badges are put on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadgeLayout {
    /// One A6 portrait badge (105 × 148 mm) per page, for badge printers.
    OnePerPage,
    /// Four A6 badges (2 × 2) on each A4 portrait page with cut marks, for
    /// office printers and a guillotine.
    Sheet,
}

/// A6 in points.
const W: f32 = 105.0 * 72.0 / 25.4;
const H: f32 = 148.0 * 72.0 / 25.4;
/// A4 in points.
const A4_W: f32 = 210.0 * 72.0 / 25.4;
const A4_H: f32 = 297.0 * 72.0 / 25.4;

/// The badges as one PDF (fonts embedded and subset, with a Unicode map so
/// the names can be searched and copied). Fails on an empty list, a QR
/// payload too long for a QR code, or a font krilla cannot embed.
pub fn badges_pdf(
    fonts: &Fonts,
    badges: &[Badge],
    layout: BadgeLayout,
) -> Result<Vec<u8>, DocumentError> {
    let first = badges.first().ok_or(DocumentError::Empty)?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(first.event_title.clone())
            .creator("Birlik".to_owned()),
    );
    // Tagged PDF: one section per badge, in reading order.
    let mut tree = TagTree::new();
    match layout {
        BadgeLayout::OnePerPage => {
            for badge in badges {
                let settings = PageSettings::from_wh(W, H).ok_or(DocumentError::Layout)?;
                let mut page = document.start_page_with(settings);
                let mut surface = page.surface();
                let mut section = TagGroup::new(Tag::Section);
                draw_badge(&mut surface, fonts, badge, &mut section)?;
                tree.push(section);
                surface.finish();
                page.finish();
            }
        }
        BadgeLayout::Sheet => {
            let top = (A4_H - 2.0 * H) / 2.0;
            for sheet in badges.chunks(4) {
                let settings = PageSettings::from_wh(A4_W, A4_H).ok_or(DocumentError::Layout)?;
                let mut page = document.start_page_with(settings);
                let mut surface = page.surface();
                for (i, badge) in sheet.iter().enumerate() {
                    let (col, row) = ((i % 2) as f32, (i / 2) as f32);
                    surface.push_transform(&Transform::from_translate(col * W, top + row * H));
                    let mut section = TagGroup::new(Tag::Section);
                    draw_badge(&mut surface, fonts, badge, &mut section)?;
                    tree.push(section);
                    surface.pop();
                }
                cut_marks(&mut surface, top);
                surface.finish();
                page.finish();
            }
        }
    }
    document.set_tag_tree(tree);
    document
        .finish()
        .map_err(|e| DocumentError::Pdf(e.to_string()))
}

/// Ticks where the guillotine cuts: across the middle of the sheet and at
/// the edges (grey, 0.5 pt, 5 mm).
fn cut_marks(surface: &mut Surface<'_>, top: f32) {
    let tick = mm(5.0);
    let mark = layout::stroke((0x88, 0x88, 0x88), 0.5);
    let (cx, cy) = (W, top + H);
    let marks = [
        [(cx, 0.0), (cx, tick)],
        [(cx, A4_H - tick), (cx, A4_H)],
        [(0.0, cy), (tick, cy)],
        [(A4_W - tick, cy), (A4_W, cy)],
        [(cx - tick, cy), (cx + tick, cy)],
        [(cx, cy - tick), (cx, cy + tick)],
        // The top and bottom edges of the badges when the sheet has a margin.
        [(0.0, top), (tick, top)],
        [(A4_W - tick, top), (A4_W, top)],
        [(0.0, top + 2.0 * H), (tick, top + 2.0 * H)],
        [(A4_W - tick, top + 2.0 * H), (A4_W, top + 2.0 * H)],
    ];
    for m in marks {
        layout::polyline(surface, &m, mark.clone(), false);
    }
}

/// One badge with its top left corner at the surface's origin.
///
/// From the top: a band with the event and its dates; the name as given
/// (bold, on one line if it can be, else two, shrunk to fit), the name in
/// capitals by its language's rules, the Latin form; the organization and
/// the delegation; the QR code; a band with the role.
fn draw_badge(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    badge: &Badge,
    section: &mut TagGroup,
) -> Result<(), DocumentError> {
    let margin = mm(7.0);
    let inner = W - 2.0 * margin;
    let fixed = |size, min_size, max_lines| Fit {
        size,
        min_size,
        max_lines,
        one_line_down_to: None,
    };

    // The event band.
    let title = layout::fit(&fonts.bold, &badge.event_title, inner, fixed(12.5, 8.0, 2));
    let dates = layout::fit(
        &fonts.regular,
        &badge.event_dates,
        inner,
        fixed(9.5, 7.0, 1),
    );
    let pad = mm(3.5);
    let band = pad + title.height() + mm(1.0) + dates.height() + pad;
    layout::rect(surface, 0.0, 0.0, W, band, BAND);
    let y = layout::block(
        surface,
        &fonts.bold,
        &title,
        WHITE,
        margin,
        inner,
        pad,
        Align::Center,
        Tagging::p(section),
    );
    layout::block(
        surface,
        &fonts.regular,
        &dates,
        WHITE,
        margin,
        inner,
        y + mm(1.0),
        Align::Center,
        Tagging::p(section),
    );

    // Where the role band and the QR code above it go.
    let role = layout::fit(&fonts.bold, &badge.role, inner, fixed(14.0, 8.0, 1));
    let role_band = role.height() + 2.0 * mm(3.0);
    let qr_side = mm(30.0);
    let qr_top = H - role_band - mm(3.0) - qr_side;

    // The person, between the two.
    let upper = case::uppercase(&badge.name, &badge.lang);
    let mut items = vec![
        Item::new(&*badge.name, Weight::Bold, 24.0, 14.0, 2)
            .one_line_down_to(16.0)
            .heading()
            .lang(&badge.lang),
        Item::new(upper, Weight::Regular, 12.0, 8.0, 2)
            .one_line_down_to(9.0)
            .color(MUTED)
            .above(mm(1.5))
            .lang(&badge.lang),
    ];
    if let Some(latin) = badge.name_latin.as_deref().filter(|l| !l.trim().is_empty()) {
        items.push(
            Item::new(latin, Weight::Regular, 12.0, 8.0, 2)
                .one_line_down_to(9.0)
                .color(MUTED)
                .above(mm(1.0)),
        );
    }
    items.push(
        Item::new(&*badge.organization, Weight::Regular, 11.0, 7.5, 3)
            .color(INK)
            .above(mm(5.0)),
    );
    items.push(Item::new(&*badge.delegation, Weight::Bold, 12.0, 8.0, 2).above(mm(2.5)));
    let top = band + mm(6.0);
    let room = qr_top - mm(3.0) - top;
    let column = Column::layout(fonts, &items, inner, room);
    column.draw(surface, fonts, margin, inner, top, section);

    layout::qr(
        surface,
        &badge.qr_payload,
        (W - qr_side) / 2.0,
        qr_top,
        qr_side,
        section,
        "QR code".to_owned(),
    )?;
    layout::rect(surface, 0.0, H - role_band, W, role_band, BAND);
    layout::block(
        surface,
        &fonts.bold,
        &role,
        WHITE,
        margin,
        inner,
        H - role_band + mm(3.0),
        Align::Center,
        Tagging::p(section),
    );
    Ok(())
}
