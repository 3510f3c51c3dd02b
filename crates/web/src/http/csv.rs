//! CSV the features write (the organizers' lists, the coverage matrix, the
//! statistics): cells a spreadsheet will not run as formulas.

/// A cell a spreadsheet will not run: text that starts like a formula
/// gets a leading apostrophe; quotes are doubled.
pub fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(
            super::csv_cell("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(super::csv_cell("+7 701"), "\"'+7 701\"");
        assert_eq!(super::csv_cell("Hikmət Hacıyev"), "\"Hikmət Hacıyev\"");
    }
}
