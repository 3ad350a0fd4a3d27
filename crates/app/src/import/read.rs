//! Reading legacy files: CSV (one sheet per file, named by the file's stem) and spreadsheets
//! (XLSX, XLS, ODS: one sheet per tab). Every cell becomes text, as the legacy system wrote it;
//! the parsers judge it.

use super::{Issue, SHEETS};
use calamine::{Data, Reader};
use std::path::Path;

/// One sheet of a legacy file: its header and its data rows with their line numbers.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub file: String,
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Line>,
}

#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based, as a spreadsheet or a text editor shows it (the header is line 1).
    pub number: u32,
    pub cells: Vec<String>,
}

/// A header as the columns are documented: trimmed, lower case, spaces and dashes as `_`.
pub fn column_name(raw: &str) -> String {
    raw.trim().trim_start_matches('\u{feff}').to_lowercase().replace([' ', '-'], "_")
}

/// Read one file into its sheets. Tabs of a workbook that the import does not know are left
/// out (a workbook often has a notes tab) and named in `skipped`; a CSV file must be named
/// for a sheet it knows.
pub fn read(path: &Path, skipped: &mut Vec<String>) -> Result<Vec<Sheet>, Issue> {
    let file = path.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let fail = |rule: String| Issue { file: file.clone(), sheet: String::new(), line: None, column: None, rule };
    match ext.as_str() {
        "csv" => {
            let stem = path.file_stem().map(|s| column_name(&s.to_string_lossy())).unwrap_or_default();
            let Some(name) = SHEETS.iter().find(|s| stem == **s || stem.ends_with(&format!("_{s}"))) else {
                return Err(fail(format!(
                    "a CSV file is named for the sheet it holds ({}); this name names none",
                    SHEETS.join(", ")
                )));
            };
            let bytes = std::fs::read(path).map_err(|e| fail(format!("cannot be read: {e}")))?;
            read_csv(&file, name, &bytes).map(|s| vec![s])
        }
        "xlsx" | "xlsm" | "xls" | "ods" => {
            let mut book =
                calamine::open_workbook_auto(path).map_err(|e| fail(format!("is not a readable workbook: {e}")))?;
            let mut out = Vec::new();
            for tab in book.sheet_names() {
                let name = column_name(&tab);
                let Some(known) = SHEETS.iter().find(|s| **s == name) else {
                    skipped.push(format!("{file}: {tab}"));
                    continue;
                };
                let range = book.worksheet_range(&tab).map_err(|e| fail(format!("sheet {tab} cannot be read: {e}")))?;
                out.push(sheet_of(&file, known, &range)?);
            }
            Ok(out)
        }
        _ => Err(fail("is neither CSV nor a spreadsheet (.csv, .xlsx, .xls, .ods)".into())),
    }
}

pub fn read_csv(file: &str, sheet: &str, bytes: &[u8]) -> Result<Sheet, Issue> {
    let text = std::str::from_utf8(bytes).map_err(|e| Issue {
        file: file.to_string(),
        sheet: sheet.to_string(),
        line: Some(1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u32),
        column: None,
        rule: "is not UTF-8 text (save it as CSV UTF-8)".into(),
    })?;
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut headers = Vec::new();
    let mut rows = Vec::new();
    // The line a record starts on, counted from its byte offset (the reader's own line count
    // treats a CRLF file differently from an LF one).
    let (mut seen_byte, mut seen_line) = (0usize, 1u32);
    for rec in r.records() {
        let rec = rec.map_err(|e| Issue {
            file: file.to_string(),
            sheet: sheet.to_string(),
            line: e.position().map(|p| {
                1 + text.as_bytes()[..(p.byte() as usize).min(text.len())].iter().filter(|b| **b == b'\n').count()
                    as u32
            }),
            column: None,
            rule: format!("is not well-formed CSV: {e}"),
        })?;
        let mut byte = rec.position().map(|p| p.byte() as usize).unwrap_or(seen_byte).min(text.len());
        // The reader may place a record before the line breaks (and blank lines) it skipped.
        while byte < text.len() && matches!(text.as_bytes()[byte], b'\r' | b'\n') {
            byte += 1;
        }
        seen_line += text.as_bytes()[seen_byte.min(byte)..byte].iter().filter(|b| **b == b'\n').count() as u32;
        seen_byte = byte;
        let number = seen_line;
        let cells: Vec<String> = rec.iter().map(|c| c.trim().to_string()).collect();
        if headers.is_empty() {
            headers = cells.iter().map(|c| column_name(c)).collect();
        } else if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Line { number, cells });
        }
    }
    Ok(Sheet { file: file.to_string(), name: sheet.to_string(), headers, rows })
}

fn sheet_of(file: &str, name: &str, range: &calamine::Range<Data>) -> Result<Sheet, Issue> {
    let first = range.start().map(|(r, _)| r).unwrap_or(0);
    let first_col = range.start().map(|(_, c)| c as usize).unwrap_or(0);
    let mut headers: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let number = first + i as u32 + 1;
        // A formula that failed (#N/A, #REF!…) is not a value: name it rather than import it.
        if let Some(c) = row.iter().position(|d| matches!(d, Data::Error(_))) {
            return Err(Issue {
                file: file.to_string(),
                sheet: name.to_string(),
                line: Some(number),
                column: headers.get(first_col + c).cloned().filter(|h| !h.is_empty()),
                rule: "holds a spreadsheet error (such as #N/A): correct or clear the cell".into(),
            });
        }
        // Cells left of the used range are empty columns: keep positions aligned with them.
        let mut cells: Vec<String> = vec![String::new(); first_col];
        cells.extend(row.iter().map(cell_text));
        if i == 0 {
            headers = cells.iter().map(|c| column_name(c)).collect();
        } else if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Line { number, cells });
        }
    }
    Ok(Sheet { file: file.to_string(), name: name.to_string(), headers, rows })
}

/// A cell as text: whole numbers without a fraction (an id typed as a number stays an id),
/// dates as ISO dates.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.date().format("%Y-%m-%d").to_string(),
            Some(t) => t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            None => dt.as_f64().to_string(),
        },
        Data::Error(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_are_counted_alike_in_lf_and_crlf_files_and_across_quoted_breaks() {
        for text in ["id,name\na,\"two\nlines\"\n\nb,x\n", "id,name\r\na,\"two\r\nlines\"\r\n\r\nb,x\r\n"] {
            let s = super::read_csv("f.csv", "accounts", text.as_bytes()).unwrap();
            let lines: Vec<u32> = s.rows.iter().map(|l| l.number).collect();
            assert_eq!(lines, [2, 5], "{text:?}");
        }
    }
}
