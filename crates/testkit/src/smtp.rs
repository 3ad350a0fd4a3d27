//! A minimal SMTP server on loopback that accepts every message and keeps it, so the real
//! SMTP client code (lettre) is tested over a real connection.

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Default)]
pub struct SmtpSink {
    pub messages: Arc<Mutex<Vec<Received>>>,
}

#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

impl SmtpSink {
    /// Start on a free port; returns the sink and its `smtp://` URL.
    pub async fn start() -> (SmtpSink, String) {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind smtp");
        let port = listener.local_addr().expect("addr").port();
        let sink = SmtpSink::default();
        let store = sink.messages.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let _ = session(socket, store).await;
                });
            }
        });
        (sink, format!("smtp://127.0.0.1:{port}"))
    }

    pub fn received(&self) -> Vec<Received> {
        self.messages.lock().expect("lock").clone()
    }
}

async fn session(socket: tokio::net::TcpStream, store: Arc<Mutex<Vec<Received>>>) -> std::io::Result<()> {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 sink.localhost ESMTP test sink\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    while let Some(line) = lines.next_line().await? {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            write.write_all(b"250-sink.localhost\r\n250 8BITMIME\r\n").await?;
        } else if upper.starts_with("HELO") {
            write.write_all(b"250 sink.localhost\r\n").await?;
        } else if upper.starts_with("MAIL FROM:") {
            from = line[10..].trim().to_string();
            to.clear();
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("RCPT TO:") {
            to.push(line[8..].trim().to_string());
            write.write_all(b"250 OK\r\n").await?;
        } else if upper == "DATA" {
            write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            let mut data = String::new();
            while let Some(l) = lines.next_line().await? {
                if l == "." {
                    break;
                }
                data.push_str(l.strip_prefix('.').unwrap_or(&l));
                data.push('\n');
            }
            store.lock().expect("lock").push(Received { from: from.clone(), to: to.clone(), data });
            write.write_all(b"250 OK queued\r\n").await?;
        } else if upper == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            break;
        } else if upper == "RSET" || upper == "NOOP" {
            write.write_all(b"250 OK\r\n").await?;
        } else {
            write.write_all(b"502 Command not implemented\r\n").await?;
        }
    }
    Ok(())
}

impl Received {
    fn head_and_body(&self) -> (String, String) {
        let data = self.data.replace("\r\n", "\n");
        let (head, body) = data.split_once("\n\n").unwrap_or((&data, ""));
        // A folded header continues on lines that start with white space.
        (head.replace("\n ", " ").replace("\n\t", " "), body.to_string())
    }

    /// The `Subject:` header, its encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) decoded.
    pub fn subject(&self) -> String {
        let (head, _) = self.head_and_body();
        let raw = head.lines().find_map(|l| l.strip_prefix("Subject: ")).unwrap_or_default().to_string();
        // White space between two encoded words is dropped; any other is kept.
        let mut out = String::new();
        let mut last_encoded = false;
        for (i, w) in raw.split(' ').enumerate() {
            let decoded = decode_word(w);
            let encoded = decoded.is_some();
            if i > 0 && !(encoded && last_encoded) {
                out.push(' ');
            }
            out.push_str(&decoded.unwrap_or_else(|| w.to_string()));
            last_encoded = encoded;
        }
        out
    }

    /// The text body, its transfer encoding (base64 or quoted-printable) undone.
    pub fn text(&self) -> String {
        let (head, body) = self.head_and_body();
        let head = head.to_ascii_lowercase();
        let bytes = if head.contains("content-transfer-encoding: base64") {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD
                .decode(body.split_whitespace().collect::<String>())
                .unwrap_or_default()
        } else if head.contains("content-transfer-encoding: quoted-printable") {
            quoted_printable::decode(&body, quoted_printable::ParseMode::Robust).unwrap_or_default()
        } else {
            body.into_bytes()
        };
        String::from_utf8_lossy(&bytes).replace("\r\n", "\n")
    }
}

/// One RFC 2047 encoded word, decoded; `None` for plain text.
fn decode_word(w: &str) -> Option<String> {
    let parts: Vec<&str> = w.split('?').collect();
    if !(parts.len() == 5 && parts[0] == "=" && parts[4] == "=") {
        return None;
    }
    let bytes = match parts[2].to_ascii_lowercase().as_str() {
        "b" => {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD.decode(parts[3]).ok()?
        }
        _ => quoted_printable::decode(parts[3].replace('_', " "), quoted_printable::ParseMode::Robust).ok()?,
    };
    Some(String::from_utf8_lossy(&bytes).to_string())
}
