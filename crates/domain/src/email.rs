//! E-mail addresses as the portal stores them: trimmed and lower-cased, so that uniqueness
//! checks do not depend on how someone typed their address.

use crate::problem::Problem;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    pub const MAX: usize = 254;

    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err(Problem::new("err-required"));
        }
        if s.len() > Self::MAX {
            return Err(Problem::new("err-too-long").with("max", Self::MAX));
        }
        let invalid = || Problem::new("err-email-format");
        let (local, domain) = s.split_once('@').ok_or_else(invalid)?;
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"@".contains(c);
        if local.is_empty() || local.len() > 64 || local.chars().any(bad_char) {
            return Err(invalid());
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(invalid());
        }
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2
            || labels.iter().any(|l| {
                l.is_empty()
                    || l.len() > 63
                    || l.starts_with('-')
                    || l.ends_with('-')
                    || !l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
        {
            return Err(invalid());
        }
        Ok(Email(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn local_part(&self) -> &str {
        self.0.split('@').next().unwrap_or_default()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises() {
        assert_eq!(Email::parse(" Ana.Ruiz@Example.COM ").unwrap().as_str(), "ana.ruiz@example.com");
        assert!(Email::parse("a+tag@sub.example.mx").is_ok());
    }

    #[test]
    fn refuses_malformed() {
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "ana@@example.com",
            "a b@example.com",
            "ana@-example.com",
            ".ana@example.com",
            "ana..r@example.com",
            "ana@example..com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(Email::parse("").unwrap_err().code, "err-required");
        assert_eq!(Email::parse("x").unwrap_err().code, "err-email-format");
    }
}
