//! The message catalogue (Fluent files under `crates/app/locales/<lang>/`). Every interface
//! and e-mail string is looked up here; adding a language is adding a folder.

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
        let value = |v: &String| match v.parse::<i64>() {
            Ok(n) if v.len() < 16 && (v == "0" || !v.starts_with('0')) && !v.starts_with('+') => FluentValue::from(n),
            _ => FluentValue::from(v.clone()),
        };
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), value(v))).collect();
        LOCALES.try_lookup_with_args(&self.0, id, &map).unwrap_or_else(|| {
            tracing::error!(message_id = id, lang = %self.0, "message missing from the catalogue");
            id.to_string()
        })
    }

    pub fn problem(&self, p: &Problem) -> String {
        let args: Vec<(&str, String)> = p.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        self.t_args(p.code, &args)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_order() {
        assert_eq!(Lang::negotiate(None, None, None).code(), "en");
        assert_eq!(Lang::negotiate(None, None, Some("fr-CA, en;q=0.8")).code(), "en");
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
}
