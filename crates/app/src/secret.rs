//! Secrets: random tokens (kept only as SHA-256) and argon2id password hashing, run on the
//! blocking pool with bounded concurrency so logins cannot starve the async threads.

use argon2::password_hash::phc::PasswordHash;
use argon2::{Algorithm, Argon2, Params, PasswordHasher as _, PasswordVerifier, Version};
use base64::Engine;
use rand::RngExt;
use sha2::{Digest, Sha256};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

/// A fresh 256-bit token for a cookie or an e-mailed link, and the hash to store.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Random text from an alphabet without look-alike characters (no 0/O, 1/I/L).
pub fn random_code(len: usize) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut rng = rand::rng();
    (0..len).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// Today's parameters (OWASP's argon2id minimum): m = 19456 KiB, t = 2, p = 1. A stored hash
/// made with others is replaced at the person's next sign-in.
const M_KIB: u32 = 19456;
const T: u32 = 2;
const P: u32 = 1;

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(M_KIB, T, P, None).expect("argon2 params"))
}

/// How a password fared against a stored hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub ok: bool,
    /// Right, but the hash was made with other parameters or from the bytes as typed (before
    /// normalisation): store a new one.
    pub rehash: bool,
}

fn current_prefix() -> String {
    format!("$argon2id$v=19$m={M_KIB},t={T},p={P}$")
}

#[derive(Clone)]
pub struct PasswordHasher {
    permits: Arc<Semaphore>,
}

impl PasswordHasher {
    pub fn new(concurrency: usize) -> PasswordHasher {
        PasswordHasher { permits: Arc::new(Semaphore::new(concurrency.max(1))) }
    }

    pub async fn hash(&self, password: &str) -> String {
        let _permit = self.permits.acquire().await.expect("semaphore open");
        let pw = normalised(password);
        tokio::task::spawn_blocking(move || argon2().hash_password(pw.as_bytes()).expect("argon2 hashing").to_string())
            .await
            .expect("hashing task")
    }

    /// Verify against a stored PHC string; `None` verifies against a dummy hash so that an
    /// unknown e-mail costs the same time as a wrong password.
    pub async fn verify(&self, password: &str, phc: Option<&str>) -> bool {
        self.check(password, phc).await.ok
    }

    /// Verify, and say whether the stored hash should be replaced.
    pub async fn check(&self, password: &str, phc: Option<&str>) -> Verdict {
        let _permit = self.permits.acquire().await.expect("semaphore open");
        let pw = normalised(password);
        // Hashes made before passwords were normalised hold the bytes as typed.
        let legacy = (pw != password).then(|| password.to_string());
        let known = phc.is_some();
        let phc = phc.map(str::to_string);
        tokio::task::spawn_blocking(move || {
            let stored = phc.unwrap_or_else(|| dummy_hash().to_string());
            let Ok(h) = PasswordHash::new(&stored) else { return Verdict { ok: false, rehash: false } };
            let normal = argon2().verify_password(pw.as_bytes(), &h).is_ok();
            let as_typed = !normal && legacy.is_some_and(|l| argon2().verify_password(l.as_bytes(), &h).is_ok());
            let ok = (normal || as_typed) && known;
            Verdict { ok, rehash: ok && (as_typed || !stored.starts_with(&current_prefix())) }
        })
        .await
        .expect("verify task")
    }
}

/// NIST SP 800-63B §5.1.1.2: passwords are NFKC-normalised before hashing, so the same
/// password typed on another system (composed or decomposed accents, full-width digits)
/// matches.
fn normalised(password: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    password.nfkc().collect()
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| argon2().hash_password(b"not a real password at all").expect("hash").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_and_verify() {
        let h = PasswordHasher::new(1);
        let phc = h.hash("a long passphrase here").await;
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(h.verify("a long passphrase here", Some(&phc)).await);
        assert!(!h.verify("another passphrase", Some(&phc)).await);
        assert!(!h.verify("not a real password at all", None).await);
    }

    #[tokio::test]
    async fn passwords_match_whatever_unicode_form_they_are_typed_in() {
        let h = PasswordHasher::new(1);
        // "Café № 5" composed, then decomposed with a compatibility numero sign.
        let phc = h.hash("Caf\u{e9} \u{2116} 5 on the dock").await;
        assert!(h.verify("Cafe\u{301} No 5 on the dock", Some(&phc)).await);
        assert!(!h.verify("Cafe No 5 on the dock", Some(&phc)).await);
        // A hash made before normalisation (the bytes as typed) still verifies.
        let legacy = argon2().hash_password("Cafe\u{301} \u{2116} 5".as_bytes()).unwrap().to_string();
        assert!(h.verify("Cafe\u{301} \u{2116} 5", Some(&legacy)).await);
    }

    #[tokio::test]
    async fn a_hash_with_older_parameters_or_typed_bytes_asks_to_be_replaced() {
        let h = PasswordHasher::new(1);
        let current = h.hash("a long passphrase here").await;
        assert_eq!(h.check("a long passphrase here", Some(&current)).await, Verdict { ok: true, rehash: false });
        let weak = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8192, 1, 1, None).unwrap())
            .hash_password(b"a long passphrase here")
            .unwrap()
            .to_string();
        assert_eq!(h.check("a long passphrase here", Some(&weak)).await, Verdict { ok: true, rehash: true });
        assert_eq!(h.check("another one entirely", Some(&weak)).await, Verdict { ok: false, rehash: false });
        let legacy = argon2().hash_password("Cafe\u{301} \u{2116} 5".as_bytes()).unwrap().to_string();
        assert_eq!(h.check("Cafe\u{301} \u{2116} 5", Some(&legacy)).await, Verdict { ok: true, rehash: true });
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, ha) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a), ha);
        assert_eq!(random_code(10).len(), 10);
    }
}
