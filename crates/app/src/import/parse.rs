//! Legacy rows into typed records. Every cell is judged by the rule the portal's own forms
//! apply (identifier formats, e-mail, country, SVI number); each problem names its file,
//! sheet, line and column. Columns the portal does not model are kept as they are.

use super::Issue;
use super::columns::{self, Col};
use super::read::{Line, Sheet};
use crate::i18n::Lang;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use ctpat_domain::Problem;
use ctpat_domain::partner::EntityType;
use std::collections::BTreeMap;

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub sheet: &'static str,
    pub line: u32,
}

/// One data row, read against its sheet's columns.
pub struct Cells<'a> {
    pub sheet: &'a Sheet,
    pub name: &'static str,
    pub line: &'a Line,
    pub issues: &'a mut Vec<Issue>,
}

impl Cells<'_> {
    pub fn origin(&self) -> Origin {
        Origin { file: self.sheet.file.clone(), sheet: self.name, line: self.line.number }
    }

    pub fn get(&self, column: &str) -> &str {
        self.sheet
            .headers
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.line.cells.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn opt(&self, column: &str) -> Option<String> {
        Some(self.get(column)).filter(|v| !v.is_empty()).map(str::to_string)
    }

    pub fn fail(&mut self, column: &str, rule: impl Into<String>) {
        let issue = Issue {
            file: self.sheet.file.clone(),
            sheet: self.name.to_string(),
            line: Some(self.line.number),
            column: Some(column.to_string()),
            rule: rule.into(),
        };
        self.issues.push(issue);
    }

    pub fn problem(&mut self, column: &str, p: &Problem) {
        let rule = Lang::default().problem(p);
        self.fail(column, rule);
    }

    /// A required text value of at most `max` characters.
    pub fn text(&mut self, column: &str, max: usize) -> String {
        let v = self.get(column).to_string();
        if v.is_empty() {
            self.problem(column, &Problem::new("err-required"));
        }
        self.check_len(column, &v, max);
        v
    }

    pub fn text_opt(&mut self, column: &str, max: usize) -> Option<String> {
        let v = self.opt(column);
        if let Some(s) = &v {
            self.check_len(column, s, max);
        }
        v
    }

    fn check_len(&mut self, column: &str, v: &str, max: usize) {
        if v.chars().count() > max {
            self.problem(column, &Problem::new("err-too-long").with("max", max));
        } else if v.chars().any(char::is_control) {
            self.problem(column, &Problem::new("err-control-chars"));
        }
    }

    /// `yes`/`no` (also `y`, `true`, `1`…); blank is no.
    pub fn flag(&mut self, column: &str) -> bool {
        match self.get(column).to_lowercase().as_str() {
            "" | "no" | "n" | "false" | "0" => false,
            "yes" | "y" | "true" | "1" | "x" => true,
            _ => {
                self.fail(column, "must be yes or no");
                false
            }
        }
    }

    /// A date as `YYYY-MM-DD` (or a full UTC time). Slashed dates are refused: 03/04/2019 is
    /// April in one country and March in another, and a wrong guess is how dates get corrupted.
    pub fn date(&mut self, column: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let raw = self.get(column).to_string();
        if raw.is_empty() {
            return None;
        }
        let parsed = NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .map(|t| Utc.from_utc_datetime(&t))
            .or_else(|| DateTime::parse_from_rfc3339(&raw).ok().map(|t| t.with_timezone(&Utc)));
        match parsed {
            None => {
                self.fail(column, "must be a date written YYYY-MM-DD (for example 2019-04-03)");
                None
            }
            Some(t) if t > now => {
                self.fail(column, "is in the future; legacy dates are dates that happened");
                None
            }
            Some(t) => Some(t),
        }
    }

    /// A key from a fixed list; blank is `None`.
    pub fn key<T>(&mut self, column: &str, from_key: impl Fn(&str) -> Option<T>, allowed: &[&str]) -> Option<T> {
        let raw = self.get(column).to_lowercase().replace([' ', '-'], "_");
        if raw.is_empty() {
            return None;
        }
        let found = from_key(&raw);
        if found.is_none() {
            self.fail(column, format!("must be one of: {}", allowed.join(", ")));
        }
        found
    }

    /// The row's values by column (blank cells left out): what a re-run compares.
    pub fn data(&self) -> BTreeMap<String, String> {
        self.sheet
            .headers
            .iter()
            .zip(self.line.cells.iter())
            .filter(|(h, v)| !h.is_empty() && !v.is_empty())
            .map(|(h, v)| (h.clone(), v.clone()))
            .collect()
    }

    /// Values of the columns the portal does not model.
    pub fn legacy(&self) -> Vec<(String, String)> {
        self.data().into_iter().filter(|(h, _)| !columns::is_known(self.name, h)).collect()
    }
}

/// Check a sheet's header: required columns present, no column twice.
pub fn check_header(sheet: &Sheet, name: &'static str, known: &[Col], issues: &mut Vec<Issue>) {
    let issue = |column: &str, rule: String| Issue {
        file: sheet.file.clone(),
        sheet: name.to_string(),
        line: Some(1),
        column: Some(column.to_string()),
        rule,
    };
    for c in known.iter().filter(|c| c.required) {
        if !sheet.headers.iter().any(|h| h == c.name) {
            issues.push(issue(c.name, "is a required column and is missing from the header".into()));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for h in &sheet.headers {
        if !h.is_empty() && !seen.insert(h) {
            issues.push(issue(h, "appears twice in the header".into()));
        }
    }
}

pub fn entity_keys() -> Vec<&'static str> {
    EntityType::ALL.iter().map(|e| e.key()).collect()
}
