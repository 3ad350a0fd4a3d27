//! Exports of program lists and of a partner's own data, as CSV or XLSX. A list is read page by
//! page through its own keyset cursor, so an export of a million rows never holds them all:
//! CSV goes out as each page is read, and XLSX is written row by row to a temporary file
//! (constant-memory worksheets) that is then sent. Every export is audited with its filters;
//! CSV cells are neutralised against formulas (a spreadsheet cell never becomes one either).

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;

mod lists;
pub use lists::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub fn key(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// Leads every CSV file the portal writes: without it, a spreadsheet opens UTF-8 text as the
/// system's code page and "Organización" comes out garbled.
pub const CSV_BOM: &str = "\u{feff}";

/// Rows of one export, read a page at a time.
pub struct Export {
    /// The file's name without extension (also the worksheet's name).
    pub name: &'static str,
    /// The account whose data it is (a partner's own export), for the account's trail.
    pub account_id: Option<i64>,
    /// Column keys; the file shows each as `col-<key>` in `lang`.
    pub headers: Vec<&'static str>,
    lang: crate::i18n::Lang,
    source: Source,
    finished: bool,
}

/// Rows per page read from the database.
const PAGE: u64 = 500;

impl Export {
    fn new(name: &'static str, headers: Vec<&'static str>, source: Source) -> Export {
        Export { name, account_id: None, headers, lang: crate::i18n::Lang::default(), source, finished: false }
    }

    /// The same export, its column headers in `lang`.
    pub fn in_language(self, lang: crate::i18n::Lang) -> Export {
        Export { lang, ..self }
    }

    /// The column headers as the file shows them.
    pub fn header_labels(&self) -> Vec<String> {
        self.headers.iter().map(|h| self.lang.t(&format!("col-{h}"))).collect()
    }

    /// The next page of rows; `None` once the list is exhausted.
    pub async fn next_page(&mut self, app: &App, actor: &Actor) -> Result<Option<Vec<Vec<String>>>> {
        if self.finished {
            return Ok(None);
        }
        let (rows, more) = lists::page(&mut self.source, app, actor, &self.lang).await?;
        self.finished = !more;
        Ok(if rows.is_empty() && !more { None } else { Some(rows) })
    }

    /// The header line of the CSV file.
    pub fn csv_header(&self) -> String {
        format!("{CSV_BOM}{}", csv_line(self.header_labels()))
    }
}

/// One CSV line (with its line break) of neutralised cells.
pub fn csv_line(cells: impl IntoIterator<Item = String>) -> String {
    let mut s = cells.into_iter().map(|c| crate::partner::compliance::csv_field(&c)).collect::<Vec<_>>().join(",");
    s.push('\n');
    s
}

/// Record who exported what, with the page's filters, before the first byte goes out.
pub async fn audited(app: &App, actor: &Actor, e: &Export, format: Format, filters: serde_json::Value) -> Result<()> {
    let txn = app.db.begin().await?;
    ctpat_store::audit::append(
        &txn,
        ctpat_store::audit::NewEvent {
            account_id: e.account_id,
            ..audit::by(actor, app.now(), "export.downloaded", Outcome::Ok)
        }
        .object("export", e.name)
        .after(serde_json::json!({"list": e.name, "format": format.key(), "filters": filters})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Write the whole export into an XLSX file on disk, a row at a time, and return it opened for
/// reading (the file has no name left on disk: it goes when the reader is dropped).
pub async fn xlsx(app: &App, actor: &Actor, mut e: Export) -> Result<std::fs::File> {
    // Two at a time: each holds a temporary file and a share of two cores while it compresses.
    let _slot = XLSX_SLOTS.acquire().await.map_err(|_| Error::Internal("export slots closed".into()))?;
    let dir = app.settings.data_dir.join("tmp");
    std::fs::create_dir_all(&dir).map_err(|err| Error::Internal(format!("export dir: {err}")))?;
    let x = |err: rust_xlsxwriter::XlsxError| Error::Internal(format!("xlsx: {err}"));
    let mut book = rust_xlsxwriter::Workbook::new();
    book.set_tempdir(&dir).map_err(x)?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = book.add_worksheet_with_constant_memory().map_err(x)?;
    sheet.set_name(e.name).map_err(x)?;
    for (c, h) in e.header_labels().iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold).map_err(x)?;
    }
    let mut row: u32 = 1;
    while let Some(page) = e.next_page(app, actor).await? {
        for cells in page {
            if row >= 1_048_576 {
                return Err(Error::Refused(ctpat_domain::Problem::new("err-export-too-large")));
            }
            for (c, v) in cells.iter().enumerate() {
                sheet.write_string(row, c as u16, cell(v)).map_err(x)?;
            }
            row += 1;
        }
    }
    // Writing the zip container is blocking work: off the request threads.
    tokio::task::spawn_blocking(move || {
        let out =
            tempfile::NamedTempFile::new_in(&dir).map_err(|err| Error::Internal(format!("export file: {err}")))?;
        book.save(out.path()).map_err(x)?;
        out.reopen().map_err(|err| Error::Internal(format!("export file: {err}")))
    })
    .await
    .map_err(|err| Error::Internal(format!("export task: {err}")))?
}

static XLSX_SLOTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// A spreadsheet cell holds at most 32,767 characters: a longer value is cut, and says so.
fn cell(v: &str) -> std::borrow::Cow<'_, str> {
    const MAX: usize = 32_767;
    if v.chars().count() <= MAX {
        return v.into();
    }
    let mut s: String = v.chars().take(MAX - 20).collect();
    s.push_str(" … [cut for Excel]");
    s.into()
}

/// One sheet of a small workbook: its title, headers and rows.
pub type SheetData = (String, Vec<String>, Vec<Vec<String>>);

/// A small workbook, one sheet per (title, headers, rows), in memory (the program reports).
pub fn workbook(sheets: &[SheetData]) -> Result<Vec<u8>> {
    let x = |err: rust_xlsxwriter::XlsxError| Error::Internal(format!("xlsx: {err}"));
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (title, headers, rows) in sheets {
        let sheet = book.add_worksheet();
        // Sheet names: at most 31 characters, none of []:*?/\ .
        let name: String = title.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
        sheet.set_name(&name).map_err(x)?;
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &bold).map_err(x)?;
        }
        for (r, cells) in rows.iter().enumerate() {
            for (c, v) in cells.iter().enumerate() {
                match v.parse::<i64>() {
                    Ok(n) => sheet.write_number(r as u32 + 1, c as u16, n as f64).map_err(x)?,
                    Err(_) => sheet.write_string(r as u32 + 1, c as u16, v).map_err(x)?,
                };
            }
        }
        sheet.autofit();
    }
    book.save_to_buffer().map_err(x)
}
