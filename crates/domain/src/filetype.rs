//! What kind of file an upload is, decided by its content and checked against its name. A
//! renamed HTML page, script or program is refused, whatever it is called.

use crate::problem::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Gif,
    /// Office Open XML documents (docx, xlsx, pptx) are ZIP containers.
    OfficeXml,
    Text,
}

impl FileKind {
    pub fn content_type(self, ext: &str) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Gif => "image/gif",
            FileKind::OfficeXml => match ext {
                "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            },
            FileKind::Text => "text/plain; charset=utf-8",
        }
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Png => &["png"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Gif => &["gif"],
            FileKind::OfficeXml => &["docx", "xlsx", "pptx"],
            FileKind::Text => &["txt", "csv"],
        }
    }
}

/// The accepted extensions, for the upload page.
pub const ACCEPTED: &str = ".pdf, .png, .jpg, .jpeg, .gif, .docx, .xlsx, .pptx, .txt, .csv";

fn looks_like_markup_or_program(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&head[..head.len().min(512)]).to_ascii_lowercase();
    let t = text.trim_start_matches('\u{feff}').trim_start();
    head.starts_with(b"MZ")
        || head.starts_with(b"\x7fELF")
        || head.starts_with(b"#!")
        || head.starts_with(b"\xca\xfe\xba\xbe")
        || head.starts_with(b"\xcf\xfa\xed\xfe")
        || t.starts_with("<!doctype")
        || t.starts_with("<html")
        || t.starts_with("<script")
        || t.starts_with("<svg")
        || t.starts_with("<?xml")
        || t.contains("<script")
}

/// Decide the kind of an upload from its first bytes (at least 512 when the file has them)
/// and its name. The name's extension must agree with the content.
pub fn detect(name: &str, head: &[u8]) -> Result<FileKind, Problem> {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if head.is_empty() {
        return Err(Problem::new("err-file-empty"));
    }
    let by_content = if head.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(FileKind::Png)
    } else if head.starts_with(b"\xff\xd8\xff") {
        Some(FileKind::Jpeg)
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        Some(FileKind::Gif)
    } else if head.starts_with(b"PK\x03\x04") {
        Some(FileKind::OfficeXml)
    } else if looks_like_markup_or_program(head) {
        return Err(Problem::new("err-file-type-refused"));
    } else if std::str::from_utf8(head).is_ok() || std::str::from_utf8(&head[..head.len().saturating_sub(3)]).is_ok() {
        (!head.contains(&0)).then_some(FileKind::Text)
    } else {
        None
    };
    let Some(kind) = by_content else { return Err(Problem::new("err-file-type-unknown").with("accepted", ACCEPTED)) };
    if !kind.extensions().contains(&ext.as_str()) {
        return Err(Problem::new("err-file-type-mismatch").with("ext", ext).with("accepted", ACCEPTED));
    }
    Ok(kind)
}

/// A file name safe to show and to offer back in `Content-Disposition`.
pub fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String =
        base.chars().filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | ';')).take(120).collect();
    if cleaned.trim().is_empty() { "file".into() } else { cleaned.trim().to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides() {
        assert_eq!(detect("policy.pdf", b"%PDF-1.7 rest"), Ok(FileKind::Pdf));
        assert_eq!(detect("photo.JPG", b"\xff\xd8\xff\xe0 jfif"), Ok(FileKind::Jpeg));
        assert_eq!(detect("notes.txt", "plain words, ñ".as_bytes()), Ok(FileKind::Text));
        assert_eq!(detect("plan.docx", b"PK\x03\x04rest"), Ok(FileKind::OfficeXml));
        // Renamed HTML, scripts and programs are refused whatever their name.
        assert_eq!(detect("report.pdf", b"<!DOCTYPE html><html>").unwrap_err().code, "err-file-type-refused");
        assert_eq!(detect("notes.txt", b"<html><script>alert(1)</script>").unwrap_err().code, "err-file-type-refused");
        assert_eq!(detect("tool.pdf", b"MZ\x90\x00").unwrap_err().code, "err-file-type-refused");
        assert_eq!(detect("run.txt", b"#!/bin/sh\nrm -rf /").unwrap_err().code, "err-file-type-refused");
        assert_eq!(detect("logo.png", b"<svg xmlns=").unwrap_err().code, "err-file-type-refused");
        // The extension must agree with the content.
        assert_eq!(detect("policy.txt", b"%PDF-1.4").unwrap_err().code, "err-file-type-mismatch");
        assert_eq!(detect("blob.bin", b"\x00\x01\x02\x03").unwrap_err().code, "err-file-type-unknown");
        assert_eq!(detect("empty.txt", b"").unwrap_err().code, "err-file-empty");
    }

    #[test]
    fn names() {
        assert_eq!(clean_name("C:\\\\Users\\\\x\\\\Seal \"policy\".pdf"), "Seal policy.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("\u{0}"), "file");
    }
}
