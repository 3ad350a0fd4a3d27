//! Bulk verification as CSV: reading the uploaded list of SVI numbers, and writing the answer
//! line by line (cells defused against formula injection in spreadsheets).

use super::Verdict;
use crate::Problem;

/// The bulk verification page's limit (and the API's).
pub const MAX_VERIFY: usize = 10_000;

/// Whether a first cell is one of `headers` (a header line, not a number to check).
fn is_header(cell: &str, headers: &[String]) -> bool {
    let cell = cell.trim().trim_matches('"').trim().to_lowercase();
    headers.iter().any(|h| h.to_lowercase() == cell)
}

/// Rows of an uploaded CSV: the first column of each line, a first line whose first cell is one
/// of `headers` skipped. Empty lines are kept as rows (marked invalid) so the output lines up
/// with the input.
pub fn parse_csv(bytes: &[u8], headers: &[String]) -> Result<Vec<String>, Problem> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|e| Problem::new("err-csv-encoding").with("line", line_of(bytes, e.valid_up_to())))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let first = line.split(',').next().unwrap_or("").trim().trim_matches('"').trim();
        if i == 0 && is_header(first, headers) {
            continue;
        }
        if first.chars().any(|c| c.is_control()) {
            return Err(Problem::new("err-csv-line").with("line", (i + 1).to_string()));
        }
        rows.push(first.to_string());
        if rows.len() > MAX_VERIFY {
            return Err(Problem::new("err-csv-too-many").with("max", MAX_VERIFY.to_string()));
        }
    }
    if rows.is_empty() {
        return Err(Problem::new("err-csv-empty"));
    }
    Ok(rows)
}

/// The file's line number of the first row `parse_csv` returns: 2 when the file starts with a
/// header line, else 1 (so a results page numbers lines as the file does).
pub fn first_row_line(bytes: &[u8], headers: &[String]) -> usize {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = text.split(|b| *b == b'\n').next().unwrap_or_default();
    let cell = String::from_utf8_lossy(first.split(|b| *b == b',').next().unwrap_or_default()).to_string();
    if is_header(&cell, headers) { 2 } else { 1 }
}

fn line_of(bytes: &[u8], at: usize) -> String {
    (bytes[..at].iter().filter(|b| **b == b'\n').count() + 1).to_string()
}

/// The verification answered as CSV: `svi_number,result,name,tier`, one line per input row.
/// `header` names the four columns (SVI number, result, name, tier) in the reader's language;
/// the result column holds codes.
pub fn verdicts_csv(header: [&str; 4], raws: &[String], verdicts: &[Verdict]) -> String {
    let mut out = header.iter().map(|h| csv_cell(h)).collect::<Vec<_>>().join(",") + "\n";
    for (raw, v) in raws.iter().zip(verdicts) {
        let (name, tier) = match v {
            Verdict::Visible { view, .. } => (view.name.clone(), view.tier.map(|t| t.to_string()).unwrap_or_default()),
            _ => (String::new(), String::new()),
        };
        out.push_str(&format!("{},{},{},{}\n", csv_cell(raw), v.key(), csv_cell(&name), tier));
    }
    out
}

/// One CSV cell, quoted when needed and defused against formula injection in spreadsheets.
fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::svi::{PartnerView, SviNumber};

    static H: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| vec!["svi_number".to_string(), "Número SVI".to_string()]);

    #[test]
    fn the_first_column_is_read_and_a_header_line_skipped() {
        let rows = parse_csv(b"svi_number,name\nSVI-AAAA2222,Acme\n\"SVI-BBBB3333\"\n", &H).unwrap();
        assert_eq!(rows, ["SVI-AAAA2222", "SVI-BBBB3333"]);
    }

    #[test]
    fn rows_are_numbered_as_the_file_numbers_its_lines() {
        assert_eq!(first_row_line(b"svi_number\nSVI-AAAA2222", &H), 2);
        assert_eq!(first_row_line(b"\xEF\xBB\xBF\"SVI_NUMBER\",name\nSVI-AAAA2222", &H), 2);
        assert_eq!(first_row_line(b"SVI-AAAA2222\nSVI-BBBB3333", &H), 1);
        // The portal's own Spanish results file, read back: its header is not a number.
        let again = "\u{feff}Número SVI,Resultado,Nombre,Nivel\nSVI-AAAA2222,certified,Acme,1\n";
        assert_eq!(parse_csv(again.as_bytes(), &H).unwrap(), ["SVI-AAAA2222"]);
        assert_eq!(first_row_line(again.as_bytes(), &H), 2);
    }

    #[test]
    fn empty_lines_stay_as_rows_so_the_answer_lines_up() {
        assert_eq!(parse_csv(b"SVI-AAAA2222\n\nSVI-BBBB3333", &H).unwrap(), ["SVI-AAAA2222", "", "SVI-BBBB3333"]);
    }

    #[test]
    fn a_byte_order_mark_is_ignored_and_bad_encoding_names_its_line() {
        assert_eq!(parse_csv(b"\xEF\xBB\xBFSVI-AAAA2222", &H).unwrap(), ["SVI-AAAA2222"]);
        let p = parse_csv(b"SVI-AAAA2222\n\xFF\xFE", &H).unwrap_err();
        assert_eq!(p.code, "err-csv-encoding");
    }

    #[test]
    fn an_empty_file_or_too_many_rows_is_refused() {
        assert_eq!(parse_csv(b"svi_number\n", &H).unwrap_err().code, "err-csv-empty");
        let many = "SVI-AAAA2222\n".repeat(MAX_VERIFY + 1);
        assert_eq!(parse_csv(many.as_bytes(), &H).unwrap_err().code, "err-csv-too-many");
    }

    #[test]
    fn answer_cells_are_quoted_and_defused() {
        let view = PartnerView {
            name: "=HYPERLINK(\"x\"), Inc".into(),
            certified: true,
            tier: Some(2),
            primary_contact: None,
        };
        let number = SviNumber::parse("SVI-AAAA2222").unwrap();
        let verdicts = [Verdict::Visible { number, entity_type: "importer".into(), view }];
        let out = verdicts_csv(["svi_number", "result", "name", "tier"], &["SVI-AAAA2222".to_string()], &verdicts);
        let line = out.lines().nth(1).unwrap();
        assert!(line.starts_with("SVI-AAAA2222,"), "{line}");
        assert!(line.contains("\"'=HYPERLINK(\"\"x\"\"), Inc\""), "{line}");
        assert!(line.ends_with(",2"), "{line}");
    }
}
