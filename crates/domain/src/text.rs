//! Short free-text values (names) with length rules.

use crate::problem::Problem;

/// A person's display name: trimmed, 1..=200 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX: usize = 200;

    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(Problem::new("err-required"));
        }
        if s.chars().count() > Self::MAX {
            return Err(Problem::new("err-too-long").with("max", Self::MAX));
        }
        if s.chars().any(char::is_control) {
            return Err(Problem::new("err-control-chars"));
        }
        Ok(PersonName(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(PersonName::parse("  Ana Ruiz ").unwrap().as_str(), "Ana Ruiz");
        assert_eq!(PersonName::parse("  ").unwrap_err().code, "err-required");
        assert_eq!(PersonName::parse(&"x".repeat(201)).unwrap_err().code, "err-too-long");
        assert_eq!(PersonName::parse("a\u{7}b").unwrap_err().code, "err-control-chars");
    }
}
