//! The two faces every document is set in, and text measurement.

use std::sync::Arc;

use krilla::text::Font;

use crate::DocumentError;

/// Where Debian's `fonts-dejavu-core` puts the faces the documents are set in:
/// `[regular, bold]`. The application reads them and passes the bytes to
/// [`Fonts::from_bytes`]; this crate reads no files.
pub const DEJAVU_PATHS: [&str; 2] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];

/// One face: the bytes (for measuring) and krilla's handle (for drawing and
/// embedding). Cloning is cheap.
#[derive(Clone)]
pub(crate) struct Face {
    bytes: Arc<Vec<u8>>,
    pub(crate) font: Font,
}

impl Face {
    fn new(bytes: Vec<u8>, which: &'static str) -> Result<Self, DocumentError> {
        let bytes = Arc::new(bytes);
        // Both readers must accept the face: rustybuzz measures, krilla draws.
        if rustybuzz::Face::from_slice(&bytes, 0).is_none() {
            return Err(DocumentError::Font(which));
        }
        let font =
            Font::new(krilla::Data::from(bytes.clone()), 0).ok_or(DocumentError::Font(which))?;
        Ok(Self { bytes, font })
    }

    /// The advance width of `text` set on one line at `size` points, shaped
    /// exactly as krilla's `draw_text` shapes it (rustybuzz, kerning included).
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        let Some(face) = rustybuzz::Face::from_slice(&self.bytes, 0) else {
            return 0.0;
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&face, &[], buffer);
        let units: i64 = shaped
            .glyph_positions()
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        let per_em = face.units_per_em().max(1);
        // Widths of a line of text are far inside f32's exact integer range.
        units as f32 * size / per_em as f32
    }

    /// Whether every character of `text` has a glyph in this face.
    pub(crate) fn covers(&self, text: &str) -> bool {
        let Some(face) = rustybuzz::Face::from_slice(&self.bytes, 0) else {
            return false;
        };
        text.chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .all(|c| face.glyph_index(c).is_some())
    }
}

/// The regular and bold faces documents are set in (DejaVu Sans on Debian:
/// Latin with ə, ı, İ, ğ, ş, ň, ž, ý, and Cyrillic with ә, ғ, қ, ң, ө, ұ, ү, һ, і).
#[derive(Clone)]
pub struct Fonts {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

impl Fonts {
    /// Takes the bytes of a regular and a bold TrueType/OpenType face. Fails
    /// with [`DocumentError::Font`] naming the face that cannot be read.
    pub fn from_bytes(regular: Vec<u8>, bold: Vec<u8>) -> Result<Self, DocumentError> {
        Ok(Self {
            regular: Face::new(regular, "regular")?,
            bold: Face::new(bold, "bold")?,
        })
    }

    /// Whether both faces have a glyph for every character of `text` (a name
    /// in a script the fonts lack would print as empty boxes).
    pub fn covers(&self, text: &str) -> bool {
        self.regular.covers(text) && self.bold.covers(text)
    }
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts").finish_non_exhaustive()
    }
}
