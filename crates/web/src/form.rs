//! Form state for templates: what was typed, and one localised message per field. Inputs are
//! rendered by one small template so every field has a label, hint, error and `aria` wiring.

use crate::page::PageCtx;
use askama::Template;
use ctpat_domain::FieldError;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct FormView {
    pub values: HashMap<String, String>,
    pub errors: Vec<(String, String)>,
    /// A message about the whole form (e.g. "E-mail or password is incorrect").
    pub banner: Option<String>,
}

#[derive(Template)]
#[template(path = "field.html")]
struct Field<'a> {
    id: String,
    name: &'a str,
    label: String,
    hint: Option<String>,
    error: Option<&'a str>,
    error_prefix: String,
    kind: &'a str,
    value: &'a str,
    autocomplete: &'a str,
}

#[derive(Template)]
#[template(path = "select.html")]
struct Select<'a> {
    id: String,
    name: &'a str,
    label: String,
    hint: Option<String>,
    error: Option<&'a str>,
    error_prefix: String,
    options: &'a [(String, String)],
    value: &'a str,
}

#[derive(Template)]
#[template(path = "radios.html")]
struct Radios<'a> {
    id: String,
    name: &'a str,
    label: String,
    hint: Option<String>,
    error: Option<&'a str>,
    error_prefix: String,
    options: &'a [(String, String)],
    value: &'a str,
}

#[derive(Template)]
#[template(path = "checkbox.html")]
struct Checkbox<'a> {
    id: String,
    name: &'a str,
    label: String,
    error: Option<&'a str>,
    error_prefix: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "error_summary.html")]
struct Summary<'a> {
    title: String,
    errors: &'a [(String, String)],
    banner: Option<&'a str>,
}

impl FormView {
    /// What a typed form held, to show it again: its text fields by name, a ticked checkbox
    /// as `on`. Fields marked `#[serde(skip_serializing)]` (passwords, codes) never come back.
    pub fn of<T: serde::Serialize>(form: &T) -> FormView {
        let mut values = HashMap::new();
        if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(form) {
            for (k, v) in map {
                match v {
                    serde_json::Value::String(s) => {
                        values.insert(k, s);
                    }
                    serde_json::Value::Bool(true) => {
                        values.insert(k, "on".to_string());
                    }
                    _ => {}
                }
            }
        }
        FormView { values, ..Default::default() }
    }

    pub fn with_values<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> FormView {
        FormView {
            values: pairs.into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            ..Default::default()
        }
    }

    pub fn with_errors(mut self, ctx: &PageCtx, errors: &[FieldError]) -> FormView {
        self.errors = errors.iter().map(|e| (e.field.to_string(), ctx.problem(&e.problem))).collect();
        self
    }

    pub fn with_banner(mut self, message: String) -> FormView {
        self.banner = Some(message);
        self
    }

    /// Put a use case's refusal on the form: field errors next to their fields, a refusal as
    /// the banner. Any other error is handed back for the error page.
    pub fn with_error(self, ctx: &PageCtx, e: ctpat_app::Error) -> Result<FormView, ctpat_app::Error> {
        match e {
            ctpat_app::Error::Invalid(errs) => Ok(self.with_errors(ctx, &errs)),
            ctpat_app::Error::Refused(p) => Ok(self.with_banner(ctx.problem(&p))),
            other => Err(other),
        }
    }

    pub fn value(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }

    pub fn error(&self, name: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == name).map(|(_, m)| m.as_str())
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || self.banner.is_some()
    }

    /// One labelled input. Labels are `field-<name>`, optional hints `hint-<name>` (not on a
    /// password being re-entered: the rules for choosing one do not apply there).
    /// Password values are never sent back to the browser.
    pub fn input(&self, ctx: &PageCtx, name: &str, kind: &str, autocomplete: &str) -> String {
        let hint_id = format!("hint-{name}");
        let field = Field {
            id: format!("f-{name}"),
            name,
            label: ctx.t(&format!("field-{name}")),
            hint: (autocomplete != "current-password" && ctx.lang.has(&hint_id)).then(|| ctx.t(&hint_id)),
            error: self.error(name),
            error_prefix: ctx.t("error-prefix"),
            kind,
            value: if kind == "password" { "" } else { self.value(name) },
            autocomplete,
        };
        field.render().unwrap_or_default()
    }

    fn label_and_hint(ctx: &PageCtx, name: &str) -> (String, Option<String>) {
        let hint_id = format!("hint-{name}");
        (ctx.t(&format!("field-{name}")), ctx.lang.has(&hint_id).then(|| ctx.t(&hint_id)))
    }

    /// A drop-down; `options` are (value, label) and may start with an empty "choose" entry.
    pub fn select(&self, ctx: &PageCtx, name: &str, options: &[(String, String)]) -> String {
        let (label, hint) = Self::label_and_hint(ctx, name);
        Select {
            id: format!("f-{name}"),
            name,
            label,
            hint,
            error: self.error(name),
            error_prefix: ctx.t("error-prefix"),
            options,
            value: self.value(name),
        }
        .render()
        .unwrap_or_default()
    }

    /// A group of radio buttons in a fieldset whose legend is the label.
    pub fn radios(&self, ctx: &PageCtx, name: &str, options: &[(String, String)]) -> String {
        let (label, hint) = Self::label_and_hint(ctx, name);
        Radios {
            id: format!("f-{name}"),
            name,
            label,
            hint,
            error: self.error(name),
            error_prefix: ctx.t("error-prefix"),
            options,
            value: self.value(name),
        }
        .render()
        .unwrap_or_default()
    }

    /// A checkbox; checked when the form value is `on`.
    pub fn checkbox(&self, ctx: &PageCtx, name: &str) -> String {
        Checkbox {
            id: format!("f-{name}"),
            name,
            label: ctx.t(&format!("field-{name}")),
            error: self.error(name),
            error_prefix: ctx.t("error-prefix"),
            checked: self.value(name) == "on",
        }
        .render()
        .unwrap_or_default()
    }

    /// A text input whose label is given (for repeated blocks such as addresses).
    pub fn input_labelled(&self, ctx: &PageCtx, name: &str, label_id: &str, kind: &str, autocomplete: &str) -> String {
        let field = Field {
            id: format!("f-{name}"),
            name,
            label: ctx.t(label_id),
            hint: None,
            error: self.error(name),
            error_prefix: ctx.t("error-prefix"),
            kind,
            value: if kind == "password" { "" } else { self.value(name) },
            autocomplete,
        };
        field.render().unwrap_or_default()
    }

    /// The error summary shown at the top of a form that came back with problems.
    pub fn summary(&self, ctx: &PageCtx) -> String {
        if !self.has_errors() {
            return String::new();
        }
        // The summary names each field: "Bond type: Choose one of the options." (a field of a
        // criterion is named by its criterion: "1.3: …").
        let named: Vec<(String, String)> = self
            .errors
            .iter()
            .map(|(field, message)| {
                let label = format!("field-{field}");
                let line = if ctx.lang.has(&label) {
                    format!("{}: {message}", ctx.t(&label))
                } else if let Some((_, criterion)) = field.split_once('-').filter(|(_, c)| c.contains('.')) {
                    format!("{criterion}: {message}")
                } else {
                    message.clone()
                };
                (field.clone(), line)
            })
            .collect();
        Summary { title: ctx.t("error-summary-title"), errors: &named, banner: self.banner.as_deref() }
            .render()
            .unwrap_or_default()
    }
}

/// The fields of a form body in order, keeping repeated names (groups of checkboxes) and
/// leaving out the CSRF token.
pub fn pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().filter(|(k, _)| k != "csrf").collect()
}

/// A use case refused what a form sent: the page again, built by `page` with what was typed
/// and one message per field (or a banner for a refusal), answered 422. An error that is not
/// about the form (not found, forbidden…) becomes the page's error instead.
pub async fn rerender<T, F, Fut>(
    ctx: PageCtx,
    typed: FormView,
    e: ctpat_app::Error,
    page: F,
) -> Result<axum::response::Response, crate::error::WebError>
where
    T: Template,
    F: FnOnce(PageCtx, FormView) -> Fut,
    Fut: std::future::Future<Output = Result<T, crate::error::WebError>>,
{
    let form = typed.with_error(&ctx, e)?;
    Ok(crate::page::render_status(axum::http::StatusCode::UNPROCESSABLE_ENTITY, &page(ctx, form).await?))
}

/// A checkbox: ticked when the browser sends the field (any value), not ticked when it sends
/// nothing.
pub fn checkbox<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let v: Option<String> = serde::Deserialize::deserialize(d)?;
    Ok(v.is_some())
}

/// The signature block of a form: the confirmation, and the password or authenticator code that
/// proves it is the signer (never shown again).
#[derive(Debug, Default, serde::Deserialize, serde::Serialize)]
pub struct SignatureForm {
    #[serde(default, deserialize_with = "checkbox")]
    pub confirm: bool,
    #[serde(default, skip_serializing)]
    pub password: String,
    #[serde(default, skip_serializing)]
    pub code: String,
}
