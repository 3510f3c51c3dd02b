//! A participant's agenda at a forum: A4 portrait, the sessions and
//! one-to-one meetings in time order, as many pages as it takes.

use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::tagging::{Tag, TagGroup, TagTree};

use crate::layout::{self, Align, BAND, Fit, INK, MUTED, Tagging, mm};
use crate::{DocumentError, Fonts};

/// One entry: when, what, where (all formatted by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaLine {
    pub when: String,
    pub what: String,
    pub place: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    /// The forum's title.
    pub title: String,
    /// Whose agenda it is.
    pub person: String,
    /// "Agenda", in the reader's language.
    pub heading: String,
    pub lines: Vec<AgendaLine>,
    /// What an empty agenda says.
    pub empty: String,
}

const W: f32 = 210.0 * 72.0 / 25.4;
const H: f32 = 297.0 * 72.0 / 25.4;

fn fixed(size: f32, min_size: f32, max_lines: usize) -> Fit {
    Fit {
        size,
        min_size,
        max_lines,
        one_line_down_to: None,
    }
}

/// The agenda as a tagged PDF (fonts embedded and subset).
pub fn agenda_pdf(fonts: &Fonts, agenda: &Agenda) -> Result<Vec<u8>, DocumentError> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{} — {}", agenda.heading, agenda.title))
            .creator("Birlik".to_owned()),
    );
    let margin = mm(18.0);
    let width = W - 2.0 * margin;
    let when_width = mm(62.0);
    let what_x = margin + when_width + mm(4.0);
    let what_width = width - when_width - mm(4.0);
    let bottom = H - mm(18.0);

    let mut tree = TagTree::new();
    let mut section = TagGroup::new(Tag::Section);
    let settings = || PageSettings::from_wh(W, H).ok_or(DocumentError::Layout);
    let mut page = document.start_page_with(settings()?);
    let mut surface = page.surface();
    let mut y = margin;
    let heading = layout::fit(
        &fonts.bold,
        &format!("{} · {}", agenda.heading, agenda.title),
        width,
        fixed(18.0, 11.0, 3),
    );
    y = layout::block(
        &mut surface,
        &fonts.bold,
        &heading,
        BAND,
        margin,
        width,
        y,
        Align::Left,
        Tagging {
            parent: &mut section,
            kind: Tag::Hn(std::num::NonZeroU16::MIN, None).into(),
            lang: None,
        },
    );
    let person = layout::fit(&fonts.regular, &agenda.person, width, fixed(12.0, 9.0, 2));
    y = layout::block(
        &mut surface,
        &fonts.regular,
        &person,
        MUTED,
        margin,
        width,
        y + mm(2.0),
        Align::Left,
        Tagging::p(&mut section),
    ) + mm(6.0);
    if agenda.lines.is_empty() {
        let empty = layout::fit(&fonts.regular, &agenda.empty, width, fixed(11.0, 9.0, 4));
        layout::block(
            &mut surface,
            &fonts.regular,
            &empty,
            INK,
            margin,
            width,
            y,
            Align::Left,
            Tagging::p(&mut section),
        );
    }
    for line in &agenda.lines {
        let when = layout::fit(&fonts.bold, &line.when, when_width, fixed(10.0, 8.0, 3));
        let what = layout::fit(&fonts.regular, &line.what, what_width, fixed(11.0, 8.0, 3));
        let place = layout::fit(&fonts.regular, &line.place, what_width, fixed(9.5, 8.0, 2));
        let height = when.height().max(what.height() + place.height()) + mm(4.0);
        if y + height > bottom {
            surface.finish();
            page.finish();
            page = document.start_page_with(settings()?);
            surface = page.surface();
            y = margin;
        }
        layout::polyline(
            &mut surface,
            &[(margin, y), (margin + width, y)],
            layout::stroke(MUTED, 0.4),
            false,
        );
        let top = y + mm(2.0);
        layout::block(
            &mut surface,
            &fonts.bold,
            &when,
            INK,
            margin,
            when_width,
            top,
            Align::Left,
            Tagging::p(&mut section),
        );
        let below = layout::block(
            &mut surface,
            &fonts.regular,
            &what,
            INK,
            what_x,
            what_width,
            top,
            Align::Left,
            Tagging::p(&mut section),
        );
        layout::block(
            &mut surface,
            &fonts.regular,
            &place,
            MUTED,
            what_x,
            what_width,
            below,
            Align::Left,
            Tagging::p(&mut section),
        );
        y += height;
    }
    surface.finish();
    page.finish();
    tree.push(section);
    document.set_tag_tree(tree);
    document
        .finish()
        .map_err(|e| DocumentError::Pdf(e.to_string()))
}
