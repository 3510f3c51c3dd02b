//! The forums' documents: name badges and certificates of attendance as
//! PDF, and the programme as iCalendar.
//!
//! * [`badges_pdf`]: A6 badges, one per page or four to an A4 sheet with cut
//!   marks ([`BadgeLayout`]). Each shows the event, the name as given (in
//!   its own script), the name in capitals by its language's rules
//!   ([`uppercase`], ICU4X: Azerbaijani and Turkish `i` → `İ`), the Latin
//!   form when the name is not Latin, the organization, the delegation, a
//!   QR code (vector rectangles from the `qrcode` module grid) and the role.
//! * [`certificates_pdf`]: A4 landscape certificates, one per page, with a
//!   QR code to verify them.
//! * [`icalendar`]: RFC 5545, UTC times, escaped and folded.
//! * [`qr_svg`] and [`qr_png`]: a check-in code for pages and for mail.
//!
//! PDFs are written with krilla: the fonts are embedded and subset with a
//! ToUnicode map, so `pdftotext`, search and copy give back "Hikmət
//! Hacıyev" and "Қасым-Жомарт Тоқаев" exactly. krilla sets one line per
//! call and does not wrap: every line here is measured with the font's own
//! metrics (shaped by rustybuzz, as krilla shapes it) and long names and
//! organizations are wrapped at spaces or shrunk, never cut.
//!
//! Pure: no file or network I/O. The caller reads the font files (on Debian
//! [`DEJAVU_PATHS`], package `fonts-dejavu-core`) and passes the bytes to
//! [`Fonts::from_bytes`].

mod agenda;
mod badge;
mod case;
mod certificate;
mod fonts;
mod ical;
mod layout;
mod png;

pub use agenda::{Agenda, AgendaLine, agenda_pdf};
pub use badge::{Badge, BadgeLayout, badges_pdf};
pub use case::uppercase;
pub use certificate::{Certificate, CertificateLabels, certificates_pdf};
pub use fonts::{DEJAVU_PATHS, Fonts};
pub use ical::{CalendarEvent, PRODID, icalendar};
pub use layout::qr_svg;
pub use png::qr_png;

/// Why a document could not be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    /// The named face ("regular" or "bold") is not a font that can be read.
    #[error("the {0} font cannot be read")]
    Font(&'static str),
    /// The QR code's payload does not fit in a QR code.
    #[error("QR code: {0}")]
    Qr(String),
    /// No badge or certificate was given.
    #[error("nothing to print")]
    Empty,
    /// A page size krilla refused (does not happen with the fixed sizes).
    #[error("invalid page geometry")]
    Layout,
    /// krilla could not write the PDF (a font it cannot embed, a PDF limit).
    #[error("PDF: {0}")]
    Pdf(String),
}
