//! The QR code as a PNG image, for mail: mail clients show PNG attachments
//! and inline images, not SVG. One-bit greyscale, so a code is about a
//! kilobyte; deflate and CRC from flate2 (already in the tree for krilla).

use crate::DocumentError;
use crate::layout::qr_modules;
use std::io::Write;

/// Pixels per module: large enough for a phone camera from a screen.
const SCALE: usize = 8;
/// The quiet zone around the code, in modules (the standard's minimum).
const QUIET: usize = 4;

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    let len = u32::try_from(data.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
}

/// The QR code of `payload` as a PNG, black on white, quiet zone included.
pub fn qr_png(payload: &str) -> Result<Vec<u8>, DocumentError> {
    let (modules, width) = qr_modules(payload)?;
    let side = (width + 2 * QUIET) * SCALE;
    let row_bytes = side.div_ceil(8);
    // Each row: filter type 0 (none), then the pixels, 1 = white.
    let mut raw = Vec::with_capacity(side * (row_bytes + 1));
    for y in 0..side {
        raw.push(0);
        let mut byte = 0u8;
        for x in 0..side {
            let (mx, my) = (x / SCALE, y / SCALE);
            let dark = (QUIET..QUIET + width).contains(&mx)
                && (QUIET..QUIET + width).contains(&my)
                && modules[(my - QUIET) * width + (mx - QUIET)];
            byte = (byte << 1) | u8::from(!dark);
            if x % 8 == 7 {
                raw.push(byte);
                byte = 0;
            }
        }
        if !side.is_multiple_of(8) {
            // The last byte's unused low bits, white.
            let pad = 8 - side % 8;
            raw.push((byte << pad) | ((1u8 << pad) - 1));
        }
    }
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&raw)
        .and_then(|()| zlib.flush())
        .map_err(|e| DocumentError::Qr(e.to_string()))?;
    let compressed = zlib
        .finish()
        .map_err(|e| DocumentError::Qr(e.to_string()))?;

    let side = u32::try_from(side).map_err(|e| DocumentError::Qr(e.to_string()))?;
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&side.to_be_bytes());
    // Bit depth 1, colour type 0 (greyscale), deflate, filter 0, no interlace.
    header.extend_from_slice(&[1, 0, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &compressed);
    chunk(&mut png, b"IEND", &[]);
    Ok(png)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_qr_png_is_a_small_png_with_the_quiet_zone() {
        let png = super::qr_png("42-ABCDEFGHJKMN").unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert_eq!(&png[12..16], b"IHDR");
        let side = u32::from_be_bytes(png[16..20].try_into().unwrap());
        // Version 1 or 2 (21 or 25 modules) plus 8 of quiet zone, 8 px each.
        assert!([(21 + 8) * 8, (25 + 8) * 8].contains(&side), "{side}");
        assert!(
            png.ends_with(&[0xAE, 0x42, 0x60, 0x82]),
            "IEND's CRC ends a PNG"
        );
        assert!(png.len() < 2_000, "{} bytes", png.len());
        assert!(super::qr_png(&"x".repeat(4_000)).is_err());
    }
}
