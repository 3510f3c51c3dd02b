//! The geometry of the charts, worked out here so the templates only
//! write elements: bars (one or two per row, the value written after
//! each) and the heat map of country pairs (the number in each cell).
//! Lengths are in the SVG's own units; the drawing scales with its
//! `viewBox` to the width of the page.

use super::Row;
use crate::http::views::Chrome;
use domain::{CountryCode, PairCounts};

/// The drawing's width in its own units.
const WIDTH: u32 = 360;
/// Room after the longest bar for its value.
const VALUE_ROOM: u32 = 64;
const BAR_H: u32 = 14;
const BAR_GAP: u32 = 4;
/// The label line above a row's bars.
const LABEL_H: u32 = 20;
const ROW_GAP: u32 = 8;
/// Longest label written in the drawing (the table has it whole).
const MAX_LABEL_CHARS: usize = 44;

/// One bar and the value written after it.
pub(crate) struct Bar {
    pub y: u32,
    pub w: u32,
    /// `s0` (filled) or `s1` (outlined): the shape differs, not only the colour.
    pub class: &'static str,
    pub value: String,
    pub text_x: u32,
    pub text_y: u32,
    /// The row's key and the column's name, for the tests to read back.
    pub key: String,
    pub col: &'static str,
}

pub(crate) struct BarRow {
    pub label: String,
    pub label_y: u32,
    pub bars: Vec<Bar>,
}

pub(crate) struct HeatCell {
    pub x: u32,
    pub y: u32,
    /// `h0` … `h4` by the count, `self` on the diagonal.
    pub class: &'static str,
    pub text: String,
    pub text_x: u32,
    pub text_y: u32,
    /// The pair (`AZ-TR`, the network's order).
    pub key: String,
}

pub(crate) struct Heat {
    pub size: u32,
    /// Column heads: x of the centre and the code.
    pub heads: Vec<(u32, String)>,
    /// Row heads: y of the baseline and the code.
    pub sides: Vec<(u32, String)>,
    pub cells: Vec<HeatCell>,
}

/// A chart's drawing: bars, or a heat map.
pub(crate) struct Drawing {
    pub width: u32,
    pub height: u32,
    pub rows: Vec<BarRow>,
    pub heat: Option<Heat>,
    /// Which columns are drawn, in the order of their bars (for the legend).
    pub drawn: Vec<usize>,
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        return label.to_owned();
    }
    let cut: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Horizontal bars: per row its label, then a bar for each of the
/// `drawn` columns, scaled to the largest value drawn.
pub(crate) fn bars(rows: &[Row], columns: &[&'static str], drawn: &[usize]) -> Drawing {
    let max = rows
        .iter()
        .flat_map(|r| drawn.iter().filter_map(|i| r.values.get(*i)))
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let span = u64::from(WIDTH - VALUE_ROOM);
    let row_h = LABEL_H + drawn.len() as u32 * (BAR_H + BAR_GAP) + ROW_GAP;
    let out: Vec<BarRow> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let top = i as u32 * row_h;
            let bars = drawn
                .iter()
                .enumerate()
                .filter_map(|(k, c)| {
                    let v = *r.values.get(*c)?;
                    // Rounded up, so every non-zero value shows a bar.
                    let w = u32::try_from((v * span).div_ceil(max)).unwrap_or(0);
                    let y = top + LABEL_H + k as u32 * (BAR_H + BAR_GAP);
                    Some(Bar {
                        y,
                        w,
                        class: if k == 0 { "s0" } else { "s1" },
                        value: r.shown.get(*c).cloned().unwrap_or_default(),
                        text_x: w + 6,
                        text_y: y + BAR_H - 2,
                        key: r.key.clone(),
                        col: columns.get(*c).copied().unwrap_or(""),
                    })
                })
                .collect();
            BarRow {
                label: shorten(&r.label),
                label_y: top + 14,
                bars,
            }
        })
        .collect();
    Drawing {
        width: WIDTH,
        height: (rows.len() as u32 * row_h).max(1),
        rows: out,
        heat: None,
        drawn: drawn.to_vec(),
    }
}

const CELL: u32 = 40;
const SIDE: u32 = 34;
const HEAD: u32 = 22;

/// The heat map: rows and columns the countries (by code), every cell the
/// pair's total written in it; darker for more (five steps).
pub(crate) fn heat_map(
    chrome: &Chrome,
    countries: &[CountryCode],
    pairs: &[PairCounts],
) -> Drawing {
    let n = countries.len() as u32;
    let max = pairs.iter().map(PairCounts::total).max().unwrap_or(0);
    let mut cells = Vec::new();
    for (i, row) in countries.iter().enumerate() {
        for (j, col) in countries.iter().enumerate() {
            let x = SIDE + j as u32 * CELL;
            let y = HEAD + i as u32 * CELL;
            let pair = pairs
                .iter()
                .find(|p| (p.a == *row && p.b == *col) || (p.a == *col && p.b == *row));
            let (class, text, key) = match pair {
                None => ("self", String::new(), String::new()),
                Some(p) => {
                    let total = p.total();
                    let class = match (total, max) {
                        (0, _) => "h0",
                        (t, m) => match (t * 4).div_ceil(m.max(1)) {
                            0 | 1 => "h1",
                            2 => "h2",
                            3 => "h3",
                            _ => "h4",
                        },
                    };
                    (
                        class,
                        locale::format_count(chrome.lang, total),
                        super::pair_key(p),
                    )
                }
            };
            cells.push(HeatCell {
                x,
                y,
                class,
                text,
                text_x: x + (CELL - 2) / 2,
                text_y: y + 24,
                key,
            });
        }
    }
    Drawing {
        width: SIDE + n * CELL,
        height: HEAD + n * CELL,
        rows: Vec::new(),
        heat: Some(Heat {
            size: CELL - 2,
            heads: countries
                .iter()
                .enumerate()
                .map(|(j, c)| (SIDE + j as u32 * CELL + (CELL - 2) / 2, c.to_string()))
                .collect(),
            sides: countries
                .iter()
                .enumerate()
                .map(|(i, c)| (HEAD + i as u32 * CELL + 24, c.to_string()))
                .collect(),
            cells,
        }),
        drawn: Vec::new(),
    }
}
