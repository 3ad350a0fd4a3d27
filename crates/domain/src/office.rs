//! Field offices: where staff work and where accounts are placed. A Supervisor decides and
//! sees within their office; HQ sees the program and moves accounts between offices.

use crate::problem::Problem;
use crate::text::PersonName;

/// An office's short code, shown in lists and filters: 2 to 8 letters or digits, kept in
/// capitals ("HOU", "LAX2").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeCode(String);

impl OfficeCode {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let s = raw.trim().to_ascii_uppercase();
        if s.is_empty() {
            return Err(Problem::new("err-required"));
        }
        if !(2..=8).contains(&s.len()) || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(Problem::new("err-office-code"));
        }
        Ok(OfficeCode(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An office's name ("Houston Field Office"): the rules of a person's name.
pub fn parse_name(raw: &str) -> Result<String, Problem> {
    PersonName::parse(raw).map(|n| n.as_str().to_string())
}

/// A field office as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldOffice {
    pub id: i64,
    pub code: String,
    pub name: String,
}

impl FieldOffice {
    /// "HOU — Houston Field Office".
    pub fn label(&self) -> String {
        format!("{} — {}", self.code, self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_short_capitals_and_digits() {
        assert_eq!(OfficeCode::parse(" hou ").unwrap().as_str(), "HOU");
        assert_eq!(OfficeCode::parse("LAX2").unwrap().as_str(), "LAX2");
        assert_eq!(OfficeCode::parse("").unwrap_err().code, "err-required");
        assert_eq!(OfficeCode::parse("H").unwrap_err().code, "err-office-code");
        assert_eq!(OfficeCode::parse("HOU-1").unwrap_err().code, "err-office-code");
        assert_eq!(OfficeCode::parse("ABCDEFGHI").unwrap_err().code, "err-office-code");
    }
}
