//! The Public Library: documents HQ publishes to every partner (the criteria, guidance, forms,
//! training, program notices). Each has a title, a category, a version and the date it takes
//! effect; a new version supersedes the one before, which stays readable.

use crate::problem::Problem;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Criteria,
    Guidance,
    Forms,
    Training,
    Notices,
}

impl Category {
    pub const ALL: [Category; 5] =
        [Category::Criteria, Category::Guidance, Category::Forms, Category::Training, Category::Notices];

    /// Stable key; the catalogue holds `library-category-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Category::Criteria => "criteria",
            Category::Guidance => "guidance",
            Category::Forms => "forms",
            Category::Training => "training",
            Category::Notices => "notices",
        }
    }

    pub fn from_key(s: &str) -> Option<Category> {
        Self::ALL.into_iter().find(|c| c.key() == s)
    }
}

/// What HQ typed to publish a document, checked field by field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub title: String,
    pub category: Category,
    /// As HQ numbers it: "2.1", "2026-03".
    pub version: String,
    pub effective_on: NaiveDate,
    /// What changed, for readers of a new version.
    pub note: Option<String>,
}

pub const MAX_TITLE: usize = 200;
pub const MAX_VERSION: usize = 20;
pub const MAX_NOTE: usize = 1000;

fn text(raw: &str, max: usize, field: &'static str, errors: &mut Vec<crate::FieldError>) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() {
        errors.push(Problem::new("err-required").on(field));
        return None;
    }
    if s.chars().count() > max {
        errors.push(Problem::new("err-too-long").with("max", max).on(field));
        return None;
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        errors.push(Problem::new("err-control-chars").on(field));
        return None;
    }
    Some(s.to_string())
}

impl Publication {
    /// Parse the form; every field's problem at once.
    pub fn parse(
        title: &str,
        category: &str,
        version: &str,
        effective_on: &str,
        note: &str,
    ) -> Result<Publication, Vec<crate::FieldError>> {
        let mut errors = Vec::new();
        let title = text(title, MAX_TITLE, "library_title", &mut errors);
        let category = Category::from_key(category.trim());
        if category.is_none() {
            errors.push(Problem::new("err-choose-one").on("library_category"));
        }
        let version = text(version, MAX_VERSION, "library_version", &mut errors);
        let effective_on = NaiveDate::parse_from_str(effective_on.trim(), "%Y-%m-%d").ok();
        if effective_on.is_none() {
            errors.push(Problem::new("err-date").on("effective_on"));
        }
        let note = if note.trim().is_empty() { None } else { text(note, MAX_NOTE, "library_note", &mut errors) };
        match (title, category, version, effective_on) {
            (Some(title), Some(category), Some(version), Some(effective_on)) if errors.is_empty() => {
                Ok(Publication { title, category, version, effective_on, note })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publication_names_every_field_in_error() {
        let e = Publication::parse("", "poems", "", "31/12/2026", &"x".repeat(1001)).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|e| e.field.as_ref()).collect();
        assert_eq!(fields, ["library_title", "library_category", "library_version", "effective_on", "library_note"]);
        let p = Publication::parse(" MSC for importers ", "criteria", "2.0", "2026-12-01", "").unwrap();
        assert_eq!(p.title, "MSC for importers");
        assert_eq!(p.note, None);
    }
}
