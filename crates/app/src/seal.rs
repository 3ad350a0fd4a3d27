//! Secrets the portal must read back — TOTP seeds and webhook signing keys — are sealed at rest
//! with the deployment key (ChaCha20-Poly1305, a random nonce each time), so a copy of the
//! database alone does not give them away. Passwords and tokens are hashed instead and never
//! come here.
//!
//! The key comes from `CTPAT_SECRET_KEY` (32 bytes, base64) or, when that is not set, from
//! `DATA_DIR/secret.key`, created on first use and readable by its owner only. Values written
//! before sealing existed are read as they are and sealed by `seal_existing` at start-up.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use std::path::Path;

const PREFIX: &str = "sealed:v1:";

/// The deployment key, ready to seal and open.
pub struct SealKey {
    key: LessSafeKey,
}

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(***)")
    }
}

impl SealKey {
    fn from_bytes(bytes: &[u8]) -> Result<SealKey, String> {
        if bytes.len() != 32 {
            return Err(format!("the secret key must be 32 bytes, not {}", bytes.len()));
        }
        let key = UnboundKey::new(&CHACHA20_POLY1305, bytes).map_err(|_| "unusable secret key".to_string())?;
        Ok(SealKey { key: LessSafeKey::new(key) })
    }

    /// A key given as base64 (the `CTPAT_SECRET_KEY` form).
    pub fn from_base64(text: &str) -> Result<SealKey, String> {
        let bytes = B64.decode(text.trim()).map_err(|_| "the secret key is not base64".to_string())?;
        SealKey::from_bytes(&bytes)
    }

    /// The key in `path`, created (owner-only) when the file does not exist yet.
    pub fn load_or_create(path: &Path) -> Result<SealKey, String> {
        match std::fs::read_to_string(path) {
            Ok(text) => SealKey::from_base64(&text).map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let (key, text) = SealKey::generate();
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                }
                write_owner_only(path, &text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                Ok(key)
            }
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    /// A new random key, and its base64 form to keep.
    pub fn generate() -> (SealKey, String) {
        let mut bytes = [0u8; 32];
        rand::RngExt::fill(&mut rand::rng(), &mut bytes);
        (SealKey::from_bytes(&bytes).expect("32 bytes"), B64.encode(bytes))
    }

    pub fn seal(&self, plain: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        rand::RngExt::fill(&mut rand::rng(), &mut nonce);
        let mut data = plain.as_bytes().to_vec();
        self.key
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(PREFIX), &mut data)
            .expect("sealing a short secret cannot fail");
        let mut out = nonce.to_vec();
        out.extend(data);
        format!("{PREFIX}{}", B64.encode(out))
    }

    /// The plain value of a stored one; a value stored before sealing is returned as it is.
    pub fn open(&self, stored: &str) -> Result<String, String> {
        let Some(body) = stored.strip_prefix(PREFIX) else { return Ok(stored.to_string()) };
        let bytes = B64.decode(body).map_err(|_| "a sealed value is damaged".to_string())?;
        if bytes.len() < NONCE_LEN {
            return Err("a sealed value is damaged".into());
        }
        let (nonce, rest) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| "a sealed value is damaged".to_string())?;
        let mut data = rest.to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::from(PREFIX), &mut data)
            .map_err(|_| "a sealed value does not open with this secret key (was the key changed?)".to_string())?;
        String::from_utf8(plain.to_vec()).map_err(|_| "a sealed value is damaged".to_string())
    }
}

pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(PREFIX)
}

/// Seal the secrets stored before sealing existed (TOTP seeds, webhook signing keys), in one
/// audited transaction; run at start-up. Returns how many were sealed.
pub async fn seal_existing(app: &crate::App) -> crate::Result<usize> {
    let key = app.seal_key()?;
    // Only the values still unsealed are read: this runs at every start.
    reseal(app, "secrets.sealed", Some(PREFIX), |stored| Ok((!is_sealed(stored)).then(|| key.seal(stored)))).await
}

/// Reseal every stored secret under `new` (opened with the app's current key), in one audited
/// transaction. Returns how many were resealed; the caller then makes `new` the key.
pub async fn rotate(app: &crate::App, new: &SealKey) -> crate::Result<usize> {
    let key = app.seal_key()?;
    reseal(app, "secrets.rotated", None, |stored| {
        let plain = key.open(stored).map_err(crate::Error::Internal)?;
        Ok(Some(new.seal(&plain)))
    })
    .await
}

/// Rewrite each stored secret that `change` maps to a new value, and audit the counts.
async fn reseal(
    app: &crate::App,
    action: &str,
    unless_prefix: Option<&str>,
    change: impl Fn(&str) -> crate::Result<Option<String>>,
) -> crate::Result<usize> {
    let txn = app.db.begin().await?;
    let mut totp = 0;
    for (id, old) in ctpat_store::users::totp_secrets(&txn, unless_prefix).await? {
        if let Some(new) = change(&old)? {
            totp += usize::from(ctpat_store::users::reseal_totp(&txn, id, &old, &new).await?);
        }
    }
    let mut hooks = 0;
    for (id, old) in ctpat_store::webhooks::secrets(&txn, unless_prefix).await? {
        if let Some(new) = change(&old)? {
            hooks += usize::from(ctpat_store::webhooks::reseal_secret(&txn, id, &old, &new).await?);
        }
    }
    if totp + hooks > 0 {
        let mut e = crate::audit::system(&crate::RequestMeta::default(), app.now(), action, "host-operator");
        e.after = Some(serde_json::json!({"totp_secrets": totp, "webhook_secrets": hooks}));
        ctpat_store::audit::append(&txn, e).await?;
    }
    txn.commit().await?;
    Ok(totp + hooks)
}

/// Write a key file readable by its owner only; an existing file is never overwritten.
#[cfg(unix)]
pub fn write_owner_only(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
pub fn write_owner_only(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::OpenOptions::new().write(true).create_new(true).open(path)?.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seals_and_opens_and_refuses_another_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.key");
        let key = SealKey::load_or_create(&path).unwrap();
        let sealed = key.seal("3132333435363738393031323334353637383930");
        assert!(is_sealed(&sealed) && !sealed.contains("3132333435"));
        assert_ne!(sealed, key.seal("3132333435363738393031323334353637383930"), "a fresh nonce each time");
        assert_eq!(key.open(&sealed).unwrap(), "3132333435363738393031323334353637383930");
        // The same file gives the same key; a value from before sealing reads as it is.
        let again = SealKey::load_or_create(&path).unwrap();
        assert_eq!(again.open(&sealed).unwrap(), "3132333435363738393031323334353637383930");
        assert_eq!(again.open("plain-old").unwrap(), "plain-old");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        // Another key, or a damaged value, is an error that names the cause.
        let other = SealKey::from_base64(&B64.encode([7u8; 32])).unwrap();
        assert!(other.open(&sealed).unwrap_err().contains("does not open"));
        assert!(key.open("sealed:v1:!!").is_err());
        assert!(SealKey::from_base64("c2hvcnQ=").unwrap_err().contains("32 bytes"));
    }
}
