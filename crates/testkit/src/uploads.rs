//! Uploads as a browser sends them, and as a slow or hostile client does: a multipart form,
//! a file trickling in, a body that never finishes.

use crate::Browser;

pub async fn upload(b: &Browser, path: &str, name: &str, bytes: Vec<u8>) -> (u16, String) {
    if b.cookie("__Host-ctpat-csrf").is_none() {
        b.get("/healthz").await;
    }
    let csrf = b.cookie("__Host-ctpat-csrf").unwrap();
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
    // The token is the first field, as the page's form sends it.
    let form = reqwest::multipart::Form::new().text("csrf", csrf).part("file", part);
    let res = b.client.post(format!("{}{path}", b.base)).multipart(form).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

/// A multipart form with text fields before its file (as the page's form orders them); the
/// status, the body and where it sends the browser.
pub async fn upload_form(
    b: &Browser,
    path: &str,
    fields: &[(&str, &str)],
    name: &str,
    bytes: Vec<u8>,
) -> (u16, String, Option<String>) {
    let csrf = csrf_of(b).await;
    let mut form = reqwest::multipart::Form::new().text("csrf", csrf);
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    let form = form.part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
    let res = b.client.post(format!("{}{path}", b.base)).multipart(form).send().await.unwrap();
    let status = res.status().as_u16();
    let location = res.headers().get("location").and_then(|l| l.to_str().ok()).map(str::to_string);
    (status, res.text().await.unwrap_or_default(), location)
}

const BOUNDARY: &str = "raw-boundary";

/// The start of a multipart body: the CSRF token, then a PDF file part in the field `field`.
fn pdf_part(csrf: &str, field: &str) -> Vec<u8> {
    format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"slow.pdf\"\r\n\
         Content-Type: application/pdf\r\n\r\n%PDF-1.7\n"
    )
    .into_bytes()
}

/// The browser's CSRF token (fetching a page first when it has none).
async fn csrf_of(b: &Browser) -> String {
    if b.cookie("__Host-ctpat-csrf").is_none() {
        b.get("/healthz").await;
    }
    b.cookie("__Host-ctpat-csrf").unwrap()
}

/// Open a raw connection and send the head of a multipart POST announcing `announced` bytes,
/// with the browser's CSRF token and session.
async fn raw_post(b: &Browser, path: &str, announced: u64) -> tokio::net::TcpStream {
    use tokio::io::AsyncWriteExt;
    if b.cookie("__Host-ctpat-csrf").is_none() {
        b.get("/healthz").await;
    }
    let (csrf, session) = (b.cookie("__Host-ctpat-csrf").unwrap(), b.cookie("__Host-ctpat-session").unwrap());
    let host = b.base.trim_start_matches("http://");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: {base}\r\n\
         Cookie: __Host-ctpat-csrf={csrf}; __Host-ctpat-session={session}\r\n\
         Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {announced}\r\nConnection: close\r\n\r\n",
        base = b.base,
    );
    let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
    s.write_all(head.as_bytes()).await.unwrap();
    s
}

fn status_of(answer: &str) -> u16 {
    answer.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
}

/// Send a PDF upload over a raw connection, one piece at a time with a pause between pieces
/// (a slow link), and return the response status.
pub async fn trickle_upload(b: &Browser, path: &str, pieces: usize, pause: std::time::Duration) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut body = pdf_part(&csrf_of(b).await, "file");
    body.extend(std::iter::repeat_n(b'a', 600));
    body.extend(format!("\r\n--{BOUNDARY}--\r\n").into_bytes());
    let mut s = raw_post(b, path, body.len() as u64).await;
    for chunk in body.chunks(body.len().div_ceil(pieces)) {
        tokio::time::sleep(pause).await;
        if s.write_all(chunk).await.is_err() {
            break; // the server answered and closed early
        }
    }
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer);
    let status = status_of(&answer);
    if status == 408 {
        assert!(answer.contains("<h1>The request took too long</h1>"), "a page that says what happened: {answer}");
    }
    status
}

/// Send the head of a multipart upload that announces `announced` bytes but stop after
/// `sent_body` bytes of a field named `field`, then wait (up to 10 s) for the server's answer:
/// its status, or 0 when the server kept waiting for the rest (it read before it checked).
pub async fn partial_upload(b: &Browser, path: &str, field: &str, sent_body: usize, announced: u64) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut body = pdf_part(&csrf_of(b).await, field);
    body.extend(std::iter::repeat_n(b'a', sent_body));
    let mut s = raw_post(b, path, announced).await;
    let _ = s.write_all(&body).await;
    let mut answer = vec![0u8; 64];
    match tokio::time::timeout(std::time::Duration::from_secs(10), s.read(&mut answer)).await {
        Ok(Ok(n)) if n > 0 => status_of(&String::from_utf8_lossy(&answer[..n])),
        _ => 0,
    }
}

pub fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
        }
    }
    out
}
