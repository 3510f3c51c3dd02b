//! Drawing on a krilla surface: fitted and wrapped lines, rules, boxes and
//! QR codes. Coordinates are PDF points from the top left, y downwards.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag, Tag, TagGroup, TagKind};
use krilla::text::TextDirection;
use qrcode::{Color, EcLevel, QrCode};
use unicode_normalization::UnicodeNormalization;

use crate::DocumentError;
use crate::fonts::Face;

/// Millimetres to PDF points.
pub(crate) fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

pub(crate) const INK: (u8, u8, u8) = (0x1a, 0x1a, 0x1a);
pub(crate) const MUTED: (u8, u8, u8) = (0x55, 0x55, 0x55);
/// The band colour (a deep turquoise, legible white on it: contrast 7.4:1).
pub(crate) const BAND: (u8, u8, u8) = (0x00, 0x5a, 0x6e);
pub(crate) const WHITE: (u8, u8, u8) = (0xff, 0xff, 0xff);

pub(crate) fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

pub(crate) fn stroke(color: (u8, u8, u8), width: f32) -> Stroke {
    Stroke {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        width,
        ..Stroke::default()
    }
}

/// How a block of text is allowed to fit its width.
#[derive(Clone, Copy)]
pub(crate) struct Fit {
    /// The size it is set in when it fits.
    pub(crate) size: f32,
    /// The smallest size it may shrink to.
    pub(crate) min_size: f32,
    /// The most lines it may wrap onto before shrinking (below `min_size`
    /// it takes as many lines as it needs: text is never cut).
    pub(crate) max_lines: usize,
    /// Before wrapping, stay on one line down to this size (names: a name
    /// on one line reads better than a bigger one broken in two).
    pub(crate) one_line_down_to: Option<f32>,
}

/// A block of text broken into lines at one size.
pub(crate) struct Lines {
    pub(crate) size: f32,
    pub(crate) lines: Vec<String>,
}

impl Lines {
    /// Baseline-to-baseline distance.
    pub(crate) fn leading(&self) -> f32 {
        self.size * 1.22
    }

    /// The height the block takes.
    pub(crate) fn height(&self) -> f32 {
        self.leading() * self.lines.len() as f32
    }
}

/// Breaks `text` into lines of at most `width` points: the largest size
/// from `fit.size` down to `fit.min_size` (half-point steps) at which it
/// takes at most `fit.max_lines` lines, else `fit.min_size` and as many
/// lines as needed, a word wider than the line being broken between letters.
pub(crate) fn fit(face: &Face, text: &str, width: f32, fit: Fit) -> Lines {
    let text: String = text.nfc().collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(floor) = fit.one_line_down_to {
        let mut size = fit.size;
        while size >= floor {
            if face.width(&text, size) <= width {
                return Lines {
                    size,
                    lines: vec![text],
                };
            }
            size -= 0.5;
        }
    }
    let mut size = fit.size;
    while size >= fit.min_size {
        if let Some(lines) = wrap(face, &text, width, size, false)
            && lines.len() <= fit.max_lines.max(1)
        {
            return Lines { size, lines };
        }
        size -= 0.5;
    }
    let size = fit.min_size;
    let lines = wrap(face, &text, width, size, true).unwrap_or_else(|| vec![text.clone()]);
    Lines { size, lines }
}

/// Greedy line breaking at spaces. A word alone wider than the line gives
/// `None`, or with `break_words` is broken after a hyphen, else between
/// letters.
fn wrap(face: &Face, text: &str, width: f32, size: f32, break_words: bool) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if face.width(&candidate, size) <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if face.width(word, size) <= width {
            current = word.to_owned();
            continue;
        }
        if !break_words {
            return None;
        }
        // A word wider than the line: break it after a hyphen, else
        // between letters, where it fits.
        let mut piece = String::new();
        for part in word.split_inclusive(['-', '\u{2010}']) {
            let candidate = format!("{piece}{part}");
            if face.width(&candidate, size) <= width {
                piece = candidate;
                continue;
            }
            if !piece.is_empty() {
                lines.push(std::mem::take(&mut piece));
            }
            for c in part.chars() {
                piece.push(c);
                if face.width(&piece, size) > width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
        }
        current = piece;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    Some(lines)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
}

/// Draws one line with its baseline at `baseline`, starting at `x` (or
/// centred in `[x, x + width]`).
#[expect(clippy::too_many_arguments, reason = "a line's geometry and its style")]
pub(crate) fn line(
    surface: &mut Surface<'_>,
    face: &Face,
    text: &str,
    size: f32,
    color: (u8, u8, u8),
    x: f32,
    width: f32,
    baseline: f32,
    align: Align,
) {
    if text.is_empty() {
        return;
    }
    let start = match align {
        Align::Left => x,
        Align::Center => x + ((width - face.width(text, size)) / 2.0).max(0.0),
    };
    surface.set_fill(Some(fill(color)));
    surface.set_stroke(None);
    surface.draw_text(
        Point::from_xy(start, baseline),
        face.font.clone(),
        size,
        text,
        false,
        TextDirection::Auto,
    );
}

/// Where a block goes in the document's structure (tagged PDF, for screen
/// readers and reflow): its parent, its kind (P, H1 …) and its language
/// when it differs from the document's (a name in its own language).
pub(crate) struct Tagging<'a> {
    pub(crate) parent: &'a mut TagGroup,
    pub(crate) kind: TagKind,
    pub(crate) lang: Option<&'a str>,
}

impl<'a> Tagging<'a> {
    pub(crate) fn p(parent: &'a mut TagGroup) -> Self {
        Self {
            parent,
            kind: Tag::P.into(),
            lang: None,
        }
    }
}

/// Draws a block of lines whose first line's top is `top`, tagged as one
/// structure element with a span per line; returns the y below the block.
#[expect(
    clippy::too_many_arguments,
    reason = "a block's geometry, style and place in the structure"
)]
pub(crate) fn block(
    surface: &mut Surface<'_>,
    face: &Face,
    lines: &Lines,
    color: (u8, u8, u8),
    x: f32,
    width: f32,
    top: f32,
    align: Align,
    tagging: Tagging<'_>,
) -> f32 {
    let mut group = TagGroup::new(tagging.kind);
    let lang = tagging.lang.map(str::trim).filter(|l| !l.is_empty());
    let mut y = top;
    for text in &lines.lines {
        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty().with_lang(lang)));
        // The baseline sits at about 0.93 em below the top of a DejaVu line.
        line(
            surface,
            face,
            text,
            lines.size,
            color,
            x,
            width,
            y + lines.size * 0.93,
            align,
        );
        surface.end_tagged();
        group.push(id);
        y += lines.leading();
    }
    tagging.parent.push(group);
    y
}

/// Draws `f` as an artifact: decoration a screen reader skips.
fn artifact(surface: &mut Surface<'_>, f: impl FnOnce(&mut Surface<'_>)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Other,
    )));
    f(surface);
    surface.end_tagged();
}

/// A filled rectangle.
pub(crate) fn rect(surface: &mut Surface<'_>, x: f32, y: f32, w: f32, h: f32, color: (u8, u8, u8)) {
    artifact(surface, |surface| rect_untagged(surface, x, y, w, h, color));
}

fn rect_untagged(surface: &mut Surface<'_>, x: f32, y: f32, w: f32, h: f32, color: (u8, u8, u8)) {
    let Some(r) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut pb = PathBuilder::new();
    pb.push_rect(r);
    if let Some(path) = pb.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(fill(color)));
        surface.draw_path(&path);
    }
}

/// A stroked polyline (rules, frames, cut marks).
pub(crate) fn polyline(
    surface: &mut Surface<'_>,
    points: &[(f32, f32)],
    stroke: Stroke,
    close: bool,
) {
    let mut pb = PathBuilder::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        if i == 0 {
            pb.move_to(x, y);
        } else {
            pb.line_to(x, y);
        }
    }
    if close {
        pb.close();
    }
    if let Some(path) = pb.finish() {
        artifact(surface, |surface| {
            surface.set_fill(None);
            surface.set_stroke(Some(stroke));
            surface.draw_path(&path);
        });
    }
}

/// The QR code of `payload` as its module grid (true = dark), with its width
/// in modules. Error correction M (15 %): a printed badge gets scuffed.
pub(crate) fn qr_modules(payload: &str) -> Result<(Vec<bool>, usize), DocumentError> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| DocumentError::Qr(e.to_string()))?;
    let width = code.width();
    let modules = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Ok((modules, width))
}

/// Draws the QR code of `payload` as vector rectangles in a white square of
/// side `side` at (`x`, `y`), the quiet zone (4 modules) included.
pub(crate) fn qr(
    surface: &mut Surface<'_>,
    payload: &str,
    x: f32,
    y: f32,
    side: f32,
    parent: &mut TagGroup,
    alt: String,
) -> Result<(), DocumentError> {
    let (modules, width) = qr_modules(payload)?;
    let total = width + 8;
    let module = side / total as f32;
    // A figure with its alternative text (what the code is for).
    let id = surface.start_tagged(ContentTag::Other);
    rect_untagged(surface, x, y, side, side, WHITE);
    // Drawn in module units (whole numbers keep the content stream short).
    surface.push_transform(&Transform::from_row(
        module,
        0.0,
        0.0,
        module,
        x + 4.0 * module,
        y + 4.0 * module,
    ));
    let mut pb = PathBuilder::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if !modules[row * width + col] {
                col += 1;
                continue;
            }
            // One rectangle per horizontal run of dark modules.
            let start = col;
            while col < width && modules[row * width + col] {
                col += 1;
            }
            if let Some(r) = Rect::from_xywh(start as f32, row as f32, (col - start) as f32, 1.0) {
                pb.push_rect(r);
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(fill((0, 0, 0))));
        surface.draw_path(&path);
    }
    surface.pop();
    surface.end_tagged();
    let mut figure = TagGroup::new(Tag::Figure(Some(alt)));
    figure.push(id);
    parent.push(figure);
    Ok(())
}

/// Which face a piece of text is set in.
#[derive(Clone, Copy)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// One paragraph of a centred column: its text, how it may fit, its colour
/// and the space above it.
pub(crate) struct Item {
    pub(crate) text: String,
    pub(crate) weight: Weight,
    pub(crate) fit: Fit,
    pub(crate) color: (u8, u8, u8),
    pub(crate) space_above: f32,
    /// Its structure element (P unless said otherwise).
    pub(crate) kind: TagKind,
    /// Its language when not the document's.
    pub(crate) lang: Option<String>,
}

impl Item {
    pub(crate) fn new(
        text: impl Into<String>,
        weight: Weight,
        size: f32,
        min_size: f32,
        max_lines: usize,
    ) -> Self {
        Self {
            text: text.into(),
            weight,
            fit: Fit {
                size,
                min_size,
                max_lines,
                one_line_down_to: None,
            },
            color: INK,
            space_above: 0.0,
            kind: Tag::P.into(),
            lang: None,
        }
    }

    pub(crate) fn color(mut self, color: (u8, u8, u8)) -> Self {
        self.color = color;
        self
    }

    /// Shrinks to `size` to stay on one line before wrapping.
    pub(crate) fn one_line_down_to(mut self, size: f32) -> Self {
        self.fit.one_line_down_to = Some(size);
        self
    }

    /// Tags it as the page's heading.
    pub(crate) fn heading(mut self) -> Self {
        self.kind = Tag::Hn(std::num::NonZeroU16::MIN, None).into();
        self
    }

    /// Says which language it is in.
    pub(crate) fn lang(mut self, lang: &str) -> Self {
        self.lang = Some(lang.to_owned());
        self
    }

    pub(crate) fn above(mut self, space: f32) -> Self {
        self.space_above = space;
        self
    }
}

/// A column of paragraphs laid out to fit `height`: set at full size if
/// they fit, else every size and space scaled down step by step (to 40 %).
pub(crate) struct Column {
    laid: Vec<Laid>,
}

/// A paragraph broken into lines, with its face, colour and space above.
struct Laid {
    kind: TagKind,
    lang: Option<String>,
    lines: Lines,
    weight: Weight,
    color: (u8, u8, u8),
    above: f32,
}

impl Column {
    pub(crate) fn layout(fonts: &crate::Fonts, items: &[Item], width: f32, height: f32) -> Self {
        let mut scale = 1.0_f32;
        loop {
            let laid: Vec<_> = items
                .iter()
                .filter(|item| !item.text.trim().is_empty())
                .map(|item| {
                    let fit_scaled = Fit {
                        size: item.fit.size * scale,
                        min_size: (item.fit.min_size * scale).min(item.fit.size * scale),
                        max_lines: item.fit.max_lines,
                        one_line_down_to: item.fit.one_line_down_to.map(|s| s * scale),
                    };
                    let lines = fit(face(fonts, item.weight), &item.text, width, fit_scaled);
                    Laid {
                        kind: item.kind.clone(),
                        lang: item.lang.clone(),
                        lines,
                        weight: item.weight,
                        color: item.color,
                        above: item.space_above * scale,
                    }
                })
                .collect();
            let column = Self { laid };
            if column.height() <= height || scale <= 0.4 {
                return column;
            }
            scale -= 0.1;
        }
    }

    pub(crate) fn height(&self) -> f32 {
        self.laid.iter().map(|l| l.lines.height() + l.above).sum()
    }

    /// Draws the column centred in `[x, x + width]` from `top`; returns the y below it.
    pub(crate) fn draw(
        &self,
        surface: &mut Surface<'_>,
        fonts: &crate::Fonts,
        x: f32,
        width: f32,
        top: f32,
        parent: &mut TagGroup,
    ) -> f32 {
        let mut y = top;
        for l in &self.laid {
            y += l.above;
            y = block(
                surface,
                face(fonts, l.weight),
                &l.lines,
                l.color,
                x,
                width,
                y,
                Align::Center,
                Tagging {
                    parent: &mut *parent,
                    kind: l.kind.clone(),
                    lang: l.lang.as_deref(),
                },
            );
        }
        y
    }
}

pub(crate) fn face(fonts: &crate::Fonts, weight: Weight) -> &Face {
    match weight {
        Weight::Regular => &fonts.regular,
        Weight::Bold => &fonts.bold,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Option<crate::Fonts> {
        let [regular, bold] = crate::DEJAVU_PATHS;
        match (std::fs::read(regular), std::fs::read(bold)) {
            (Ok(r), Ok(b)) => crate::Fonts::from_bytes(r, b).ok(),
            _ => {
                assert!(
                    std::env::var_os("CI").is_none(),
                    "{regular} is missing (fonts-dejavu-core)"
                );
                eprintln!("skipped: {regular} is missing (fonts-dejavu-core)");
                None
            }
        }
    }

    fn fit_of(size: f32, min_size: f32, max_lines: usize) -> Fit {
        Fit {
            size,
            min_size,
            max_lines,
            one_line_down_to: None,
        }
    }

    #[test]
    fn lines_fit_their_width_and_keep_every_word_in_order() {
        let Some(fonts) = fonts() else { return };
        let text = "Türk   Dövlətləri Təşkilatının\nQeyri-Hökumət Təşkilatları Forumu və Gənclər Şurası \
                    Қазақстан Республикасы Жастар Ұйымдарының Қауымдастығы";
        for width in [60.0, 120.0, 250.0] {
            for weight in [Weight::Regular, Weight::Bold] {
                let face = face(&fonts, weight);
                let lines = fit(face, text, width, fit_of(12.0, 8.0, 3));
                assert!(lines.size <= 12.0 && lines.size >= 8.0);
                for line in &lines.lines {
                    assert!(
                        face.width(line, lines.size) <= width + 0.01,
                        "{line:?} wider than {width}"
                    );
                }
                let words = text.split_whitespace().collect::<Vec<_>>();
                if width >= 120.0 {
                    assert_eq!(lines.lines.join(" "), words.join(" "));
                } else {
                    // So narrow that long words are broken between letters.
                    assert_eq!(lines.lines.concat().replace(' ', ""), words.concat());
                }
            }
        }
    }

    #[test]
    fn shrinks_before_taking_more_lines_than_allowed() {
        let Some(fonts) = fonts() else { return };
        let one = fit(
            &fonts.bold,
            "Hikmət Hacıyev",
            150.0,
            Fit {
                one_line_down_to: Some(14.0),
                ..fit_of(24.0, 14.0, 2)
            },
        );
        assert_eq!(one.lines.len(), 1);
        assert!(one.size < 24.0 && one.size >= 14.0);
        let two = fit(
            &fonts.bold,
            "Hikmət Hacıyev",
            100.0,
            Fit {
                one_line_down_to: Some(14.0),
                ..fit_of(24.0, 14.0, 2)
            },
        );
        assert_eq!(two.lines, ["Hikmət", "Hacıyev"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_not_cut() {
        let Some(fonts) = fonts() else { return };
        let word = "Nurmaǵambetova-Seıitqalieva-Toqaeva";
        let lines = fit(&fonts.regular, word, 40.0, fit_of(12.0, 8.0, 2));
        assert_eq!(lines.size, 8.0);
        assert!(lines.lines.len() > 2);
        assert_eq!(lines.lines.concat(), word);
    }

    #[test]
    fn a_long_hyphenated_word_breaks_after_its_hyphen() {
        let Some(fonts) = fonts() else { return };
        let word = "Сейітқали-Нұрмағамбетова";
        let width = fonts.regular.width("Нұрмағамбетова", 8.0) + 1.0;
        let lines = fit(&fonts.regular, word, width, fit_of(12.0, 8.0, 1));
        assert_eq!(lines.lines, ["Сейітқали-", "Нұрмағамбетова"]);
    }

    #[test]
    fn text_is_composed_before_it_is_set() {
        let Some(fonts) = fonts() else { return };
        // "Şəmsəddin" typed with a combining cedilla.
        let lines = fit(
            &fonts.regular,
            "S\u{327}əmsəddin",
            200.0,
            fit_of(12.0, 8.0, 1),
        );
        assert_eq!(lines.lines, ["Şəmsəddin"]);
    }

    #[test]
    fn qr_modules_are_a_square_grid() {
        let (modules, width) = qr_modules("https://birlik.example/checkin/x").expect("a QR code");
        assert_eq!(modules.len(), width * width);
        assert!(width >= 21);
        assert!(qr_modules(&"x".repeat(4_000)).is_err());
    }
}

/// The QR code of `payload` as an SVG image (one path, the quiet zone
/// included) with `label` as its accessible name, for pages.
pub fn qr_svg(payload: &str, label: &str) -> Result<String, DocumentError> {
    let (modules, width) = qr_modules(payload)?;
    let total = width + 8;
    let mut path = String::new();
    for (i, dark) in modules.iter().enumerate() {
        if *dark {
            let (x, y) = (i % width + 4, i / width + 4);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;");
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {total} {total}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{total}\" height=\"{total}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod svg_tests {
    #[test]
    fn a_qr_svg_has_its_label_and_modules() {
        let svg = super::qr_svg("42-ABCDEFGHJKMN", "Check-in <code>").unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("aria-label=\"Check-in &lt;code>\""));
        assert!(svg.matches('M').count() > 50);
    }
}
