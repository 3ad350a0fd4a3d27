//! The message catalogue (Fluent files under `crates/app/locales/<lang>/`). Every interface
//! and e-mail string is looked up here; adding a language is adding a folder.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use ctpat_domain::Problem;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang(LanguageIdentifier);

impl Default for Lang {
    fn default() -> Self {
        Lang(langid!("en"))
    }
}

/// Languages the catalogue holds, as (code, name in that language).
pub fn available() -> Vec<(String, String)> {
    let mut langs: Vec<(String, String)> = LOCALES
        .locales()
        .map(|l| {
            let lang = Lang(l.clone());
            (lang.code(), lang.t("language-name"))
        })
        .collect();
    langs.sort();
    langs
}

/// The message `id` in every language the catalogue holds.
pub fn in_every_language(id: &str) -> Vec<String> {
    LOCALES.locales().filter_map(|l| LOCALES.try_lookup(l, id)).collect()
}

impl Lang {
    /// A supported language from a code such as `es` or `en-US`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let wanted: LanguageIdentifier = code.trim().parse().ok()?;
        LOCALES.locales().find(|l| l.language == wanted.language).map(|l| Lang(l.clone()))
    }

    /// The user's saved choice, then the language cookie, then `Accept-Language`, then English.
    pub fn negotiate(user_choice: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        user_choice
            .and_then(Lang::from_code)
            .or_else(|| cookie.and_then(Lang::from_code))
            .or_else(|| accept_language.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }

    fn from_accept_language(header: &str) -> Option<Lang> {
        let mut ranges: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut it = part.trim().split(';');
                let tag = it.next()?.trim();
                let q = it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
                (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges.into_iter().find_map(|(_, tag)| Lang::from_code(tag))
    }

    pub fn code(&self) -> String {
        self.0.language.to_string()
    }

    /// The message with this id. A missing id is a bug: it is logged and the id shown.
    pub fn t(&self, id: &str) -> String {
        LOCALES.try_lookup(&self.0, id).unwrap_or_else(|| {
            tracing::error!(message_id = id, lang = %self.0, "message missing from the catalogue");
            id.to_string()
        })
    }

    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        // A whole number is passed as a number, so a message can choose its plural form
        // (`[one]`, `*[other]`); anything else stays text, and so does a number written with a
        // leading zero (an identifier such as "007" keeps its zeros).
        // A day passed under a date's name, written `YYYY-MM-DD` (how use cases and stored
        // notices carry dates), is shown as the reader's language writes it. Only under those
        // names: a document version or a field someone named "2026-03-15" stays as typed.
        let value = |k: &str, v: &String| match v.parse::<i64>() {
            Ok(n) if v.len() < 16 && (v == "0" || !v.starts_with('0')) && !v.starts_with('+') => FluentValue::from(n),
            _ => match iso_day(v).filter(|_| DATE_ARGS.contains(&k)) {
                Some(d) => FluentValue::from(self.date(d)),
                None => FluentValue::from(v.clone()),
            },
        };
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), value(k, v))).collect();
        LOCALES.try_lookup_with_args(&self.0, id, &map).unwrap_or_else(|| {
            tracing::error!(message_id = id, lang = %self.0, "message missing from the catalogue");
            id.to_string()
        })
    }

    pub fn problem(&self, p: &Problem) -> String {
        let args: Vec<(&str, String)> = p.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        self.t_args(p.code, &args)
    }

    /// A calendar day as this language writes it in a sentence ("30 November 2026",
    /// "30 de noviembre de 2026", "1er décembre 2026"): the month's name rules out reading
    /// day and month the wrong way round. The pattern and month names are in the catalogue.
    pub fn date(&self, d: NaiveDate) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert("day".into(), FluentValue::from(d.day()));
        args.insert("month".into(), FluentValue::from(self.t(&format!("month-{}", d.month()))));
        // Text, not a number: a year is never grouped ("2,026").
        args.insert("year".into(), FluentValue::from(d.year().to_string()));
        LOCALES.try_lookup_with_args(&self.0, "date-long", &args).unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
    }

    /// A moment, in UTC (the portal's clock for every deadline), as this language writes it.
    pub fn datetime(&self, t: DateTime<Utc>) -> String {
        self.t_args("date-time", &[("date", self.date(t.date_naive())), ("time", t.format("%H:%M").to_string())])
    }

    /// A whole number with this language's digit grouping ("12,345", "12.345", "12 345").
    pub fn number(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let sep = self.t("number-group-separator");
        // Spanish leaves four-digit numbers ungrouped ("1234", "12.345"); the catalogue says
        // from how many digits grouping starts.
        let from: usize = self.t("number-group-from").parse().unwrap_or(4);
        let sep = if sep == "space" { "\u{202f}".to_string() } else { sep };
        let mut out = String::new();
        if digits.len() >= from {
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push_str(&sep);
                }
                out.push(c);
            }
        } else {
            out = digits;
        }
        if n < 0 { format!("-{out}") } else { out }
    }

    /// Whether the catalogue holds `id` in this language (with or without variables).
    pub fn has(&self, id: &str) -> bool {
        // A message with variables fails to format without arguments yet exists; only a
        // retrieval error means it is missing (the error type is not exported, hence the text).
        match LOCALES.lookup_single_language::<&str>(&self.0, id, None) {
            Ok(_) => true,
            Err(e) => !e.to_string().starts_with("Couldn't retrieve message"),
        }
    }
}

/// The names under which messages take a calendar day.
const DATE_ARGS: &[&str] = &["date", "start", "end", "due", "at", "opens", "until", "since", "deadline", "validation"];

/// `YYYY-MM-DD` exactly, as a valid day.
fn iso_day(v: &str) -> Option<NaiveDate> {
    let b = v.as_bytes();
    (b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()))
    .then(|| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_order() {
        assert_eq!(Lang::negotiate(None, None, None).code(), "en");
        assert_eq!(Lang::negotiate(None, None, Some("fr-CA, en;q=0.8")).code(), "fr");
        assert_eq!(Lang::negotiate(None, None, Some("de, es-MX;q=0.5")).code(), "es");
        assert_eq!(Lang::negotiate(Some("es"), Some("fr"), None).code(), "es");
        assert_eq!(Lang::negotiate(None, Some("fr"), Some("es")).code(), "fr");
        assert_eq!(Lang::negotiate(Some("en"), Some("xx"), Some("de")).code(), "en");
        assert_eq!(Lang::from_code("zz"), None);
    }

    #[test]
    fn lookups_with_args() {
        let en = Lang::default();
        let msg = en.problem(&Problem::new("err-password-too-short").with("min", 15));
        assert!(msg.contains("15"), "{msg}");
        assert_eq!(en.t("no-such-message-id"), "no-such-message-id");
        assert!(!en.has("no-such-message-id"));
        assert!(en.has("err-password-too-short"), "a message with variables exists");
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let first = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let lang = |c: &str| Lang::from_code(c).unwrap();
        assert_eq!(lang("en").date(d), "30 November 2026");
        assert_eq!(lang("es").date(d), "30 de noviembre de 2026");
        assert_eq!(lang("fr").date(d), "30 novembre 2026");
        assert_eq!(lang("fr").date(first), "1er janvier 2027");
        let t = d.and_hms_opt(21, 5, 0).unwrap().and_utc();
        assert_eq!(lang("en").datetime(t), "30 November 2026, 21:05 UTC");
        assert_eq!(lang("fr").datetime(t), "30 novembre 2026 à 21:05 UTC");
    }

    #[test]
    fn a_date_given_to_a_message_follows_the_language_and_an_identifier_does_not() {
        let es = Lang::from_code("es").unwrap();
        let msg = es.t_args("err-reapply-barred", &[("date", "2027-03-01".into())]);
        assert!(msg.contains("1 de marzo de 2027"), "{msg}");
        assert_eq!(iso_day("2027-02-30"), None);
        let fr = Lang::from_code("fr").unwrap();
        let version = fr.t_args("err-catalog-version-exists", &[("version", "2026-03-15".into())]);
        assert!(version.contains("2026-03-15"), "{version}");
        assert_eq!(iso_day("12345-01-01"), None);
    }

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        let lang = |c: &str| Lang::from_code(c).unwrap();
        assert_eq!(lang("en").number(1234567), "1,234,567");
        assert_eq!(lang("en").number(999), "999");
        // Mexican usage, as the Spanish catalogue is written for.
        assert_eq!(lang("es").number(12345), "12,345");
        assert_eq!(lang("fr").number(-12345), "-12\u{202f}345");
    }
}
