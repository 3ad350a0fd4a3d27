//! MSC catalog files (TOML, `catalog/` in the repository): parsing with line numbers, the
//! shipped catalog, loading a file into the database as a new version (HQ), and reading the
//! current version.

use crate::App;
use crate::actor::{Can, Perm, RequestMeta};
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;
use ctpat_domain::catalog::{self, Catalog, Category, Criterion, Issue, Level, Lines, Text};
use ctpat_domain::partner::EntityType;
use ctpat_domain::{Permission, Problem};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use toml::Spanned;

/// The catalog the portal ships with, loaded on first start.
pub const SHIPPED: &str = include_str!("../../../catalog/msc-2019.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    version: String,
    title: String,
    #[serde(default)]
    known_gaps: Vec<String>,
    /// The languages besides English the file is translated into.
    #[serde(default)]
    languages: Option<Spanned<Vec<String>>>,
    /// Documentation of the three focus areas; categories name theirs by key.
    #[serde(default)]
    focus_area: Vec<Spanned<RawFocus>>,
    #[serde(default)]
    category: Vec<Spanned<RawCategory>>,
    #[serde(default)]
    criterion: Vec<Spanned<RawCriterion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFocus {
    key: String,
    #[allow(dead_code)]
    name: String,
    #[serde(default)]
    translation: BTreeMap<String, RawName>,
}

/// A name in another language: `translation.es.name = "…"`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawName {
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    number: u8,
    key: String,
    name: String,
    focus_area: String,
    #[serde(default)]
    translation: BTreeMap<String, RawName>,
}

/// Statement and guidance in another language: `translation.es.statement = "…"`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    statement: String,
    guidance: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    id: String,
    category: u8,
    level: Spanned<String>,
    applies_to: Spanned<Vec<String>>,
    statement: String,
    guidance: String,
    basis: String,
    #[serde(default)]
    translation: BTreeMap<String, RawText>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}

/// Parse and check a catalog file. Every problem comes with its line.
pub fn parse(text: &str) -> std::result::Result<Catalog, Vec<Issue>> {
    let raw: RawCatalog = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
        vec![Issue { line, message: e.message().trim().to_string() }]
    })?;
    let mut issues = Vec::new();
    let mut lines = Lines::default();
    let categories = raw
        .category
        .into_iter()
        .map(|c| {
            lines.categories.push(line_of(text, c.span().start));
            let c = c.into_inner();
            let translations = c.translation.into_iter().map(|(l, n)| (l, n.name.trim().to_string())).collect();
            Category { number: c.number, key: c.key, name: c.name, focus_area: c.focus_area, translations }
        })
        .collect();
    let mut criteria = Vec::new();
    for c in raw.criterion {
        lines.criteria.push(line_of(text, c.span().start));
        let c = c.into_inner();
        let level = Level::from_key(c.level.get_ref()).unwrap_or_else(|| {
            issues.push(Issue {
                line: line_of(text, c.level.span().start),
                message: format!(
                    "criterion {}: level {:?} is neither \"must\" nor \"should\"",
                    c.id,
                    c.level.get_ref()
                ),
            });
            Level::Should
        });
        let applies_line = line_of(text, c.applies_to.span().start);
        let names = c.applies_to.into_inner();
        let mut applies_to = Vec::new();
        if names.is_empty() {
            issues.push(Issue { line: applies_line, message: format!("criterion {}: `applies_to` is empty", c.id) });
        }
        if !(names.len() == 1 && names[0] == "all") {
            for n in &names {
                match EntityType::from_key(n) {
                    Some(e) => applies_to.push(e),
                    None => issues.push(Issue {
                        line: applies_line,
                        message: format!("criterion {}: unknown entity type {n:?} in `applies_to`", c.id),
                    }),
                }
            }
        }
        criteria.push(Criterion {
            id: c.id,
            category: c.category,
            level,
            applies_to,
            statement: c.statement.trim().to_string(),
            guidance: c.guidance.trim().to_string(),
            basis: c.basis,
            translations: c
                .translation
                .into_iter()
                .map(|(l, t)| {
                    (l, Text { statement: t.statement.trim().to_string(), guidance: t.guidance.trim().to_string() })
                })
                .collect(),
        });
    }
    let languages_line = raw.languages.as_ref().map_or(0, |l| line_of(text, l.span().start));
    let languages: Vec<String> = raw.languages.map(Spanned::into_inner).unwrap_or_default();
    for lang in &languages {
        // Two letters, as the portal's own languages are named (ISO 639-1).
        if lang == "en" || lang.len() != 2 || !lang.chars().all(|c| c.is_ascii_lowercase()) {
            issues.push(Issue {
                line: languages_line,
                message: format!(
                    "`languages` lists {lang:?}: expected a two-letter language code such as \"es\", other than English"
                ),
            });
        }
    }
    for f in &raw.focus_area {
        let line = line_of(text, f.span().start);
        let f = f.get_ref();
        for lang in languages.iter().filter(|l| f.translation.get(*l).is_none_or(|n| n.name.trim().is_empty())) {
            issues.push(Issue { line, message: format!("focus area {} has no name in `{lang}`", f.key) });
        }
        for lang in f.translation.keys().filter(|l| !languages.contains(l)) {
            issues.push(Issue {
                line,
                message: format!("focus area {} is translated into `{lang}`, which `languages` does not list", f.key),
            });
        }
    }
    let cat =
        Catalog { version: raw.version, title: raw.title, known_gaps: raw.known_gaps, languages, categories, criteria };
    issues.extend(catalog::check(&cat, &lines));
    issues.sort_by_key(|i| i.line);
    if issues.is_empty() { Ok(cat) } else { Err(issues) }
}

/// Loading catalogs is HQ's (the matrix's "edit the MSC catalog").
pub struct EditCatalog;
impl Perm for EditCatalog {
    const PERMISSION: Permission = Permission::EditMscCatalog;
}

/// Who loads a catalog: HQ through the pages, the operator on the host, or the portal itself
/// on first start.
pub enum Loader<'a> {
    Hq(Can<'a, EditCatalog>),
    Host(RequestMeta),
}

/// Load a catalog file as a new version and make it current. A version already loaded is
/// refused (a new version needs a new `version` string).
pub async fn load(app: &App, by: Loader<'_>, text: &str) -> Result<i64> {
    let cat = parse(text).map_err(|issues| {
        Error::Refused(
            Problem::new("err-catalog-invalid")
                .with("count", issues.len())
                .with("first", issues.first().map(|i| format!("line {}: {}", i.line, i.message)).unwrap_or_default()),
        )
    })?;
    let now = app.now();
    let txn = app.db.begin().await?;
    if ctpat_store::catalog::find_version(&txn, &cat.version).await?.is_some() {
        return Err(Error::Refused(Problem::new("err-catalog-version-exists").with("version", cat.version.clone())));
    }
    let (actor_id, event) = match &by {
        Loader::Hq(can) => (Some(can.actor.user.id), audit::by(can.actor, now, "catalog.loaded", Outcome::Ok)),
        Loader::Host(meta) => (None, audit::system(meta, now, "catalog.loaded", "host-operator")),
    };
    let sha = hex::encode(Sha256::digest(text.as_bytes()));
    let previous = ctpat_store::catalog::current(&txn).await?;
    let id = ctpat_store::catalog::insert_version(&txn, &cat, &sha, actor_id, now).await?;
    let moved = match previous {
        Some((_, old)) => move_open_profiles(&txn, &old, &cat, id, now).await?,
        None => 0,
    };
    ctpat_store::audit::append(
        &txn,
        event.object("catalog_version", id).after(serde_json::json!({
            "version": cat.version, "criteria": cat.criteria.len(), "sha256": sha, "profiles_moved": moved
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// The criteria of `new` that are new, or whose statement or level changed, since `old`.
pub fn changed_criteria(old: &Catalog, new: &Catalog) -> Vec<String> {
    new.criteria
        .iter()
        .filter(|c| !old.criteria.iter().any(|o| o.id == c.id && o.statement == c.statement && o.level == c.level))
        .map(|c| c.id.clone())
        .collect()
}

/// Move every open profile (draft or returned) to the new version: answers to unchanged
/// criteria carry over as they are; new and changed criteria are flagged to the partner.
async fn move_open_profiles<C: ctpat_store::ConnectionTrait>(
    conn: &C,
    old: &Catalog,
    new: &Catalog,
    new_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize> {
    let changed = changed_criteria(old, new);
    let profiles = ctpat_store::profiles::in_status(conn, &ctpat_domain::profile::ProfileStatus::OPEN).await?;
    for p in &profiles {
        let flags = changed.join(",");
        ctpat_store::profiles::move_to_catalog(conn, p, new_id, (!flags.is_empty()).then_some(flags), now).await?;
    }
    Ok(profiles.len())
}

/// Load the shipped catalog when the database has none (first start).
pub async fn ensure_loaded(app: &App) -> Result<()> {
    if ctpat_store::catalog::current(app.db.conn()).await?.is_none() {
        load(app, Loader::Host(RequestMeta::default()), SHIPPED).await?;
    }
    Ok(())
}

/// The shipped catalog, parsed (`None` only if the file in the build is broken, which the
/// tests rule out).
pub fn shipped() -> Option<&'static Catalog> {
    static PARSED: std::sync::LazyLock<Option<Catalog>> = std::sync::LazyLock::new(|| parse(SHIPPED).ok());
    PARSED.as_ref()
}

/// The version of the catalog shipped with this release when it is not loaded yet, as on a
/// database that started on an earlier release: HQ is offered to load it.
pub async fn shipped_not_loaded(app: &App) -> Result<Option<String>> {
    let Some(c) = shipped() else { return Ok(None) };
    Ok(match ctpat_store::catalog::find_version(app.db.conn(), &c.version).await? {
        Some(_) => None,
        None => Some(c.version.clone()),
    })
}

/// Load the shipped catalog as a new version (HQ's "load the catalog of this release").
pub async fn load_shipped(app: &App, by: Loader<'_>) -> Result<i64> {
    load(app, by, SHIPPED).await
}

/// Every loaded version, newest first: (id, version, title, loaded at).
pub async fn versions(app: &App) -> Result<Vec<(i64, String, String, chrono::DateTime<chrono::Utc>)>> {
    Ok(ctpat_store::catalog::versions(app.db.conn()).await?)
}

/// The current catalog version, as (id, catalog).
pub async fn current(app: &App) -> Result<(i64, Catalog)> {
    ctpat_store::catalog::current(app.db.conn())
        .await?
        .ok_or_else(|| Error::Internal("no MSC catalog is loaded".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalog_is_valid() {
        let c = parse(SHIPPED).unwrap_or_else(|i| panic!("{i:?}"));
        assert_eq!(c.categories.len(), 12);
        assert!(c.criteria.len() >= 100);
        for e in EntityType::ALL {
            assert!(c.for_entity(e).count() > 20, "{e:?}");
        }
        assert!(c.for_entity(EntityType::Importer).any(|x| x.id == "6.2" && x.level == Level::Must));
    }

    #[test]
    fn the_shipped_catalog_speaks_spanish_and_french_and_falls_back_to_english() {
        let c = shipped().expect("the shipped catalog parses");
        assert_eq!(c.languages, ["es", "fr"]);
        let seal = c.criteria.iter().find(|x| x.id == "6.2").unwrap();
        assert!(seal.statement_in("es").contains("ISO 17712") && seal.statement_in("es") != seal.statement);
        assert!(seal.guidance_in("fr") != seal.guidance && seal.translated_in("fr"));
        assert_eq!(seal.statement_in("de"), seal.statement, "a language the catalog lacks gets English");
        assert!(!seal.translated_in("en"));
        assert_eq!(c.categories[3].name_in("es"), "Ciberseguridad");
    }

    #[test]
    fn a_language_code_the_portal_cannot_name_is_reported_at_its_line() {
        let text = SHIPPED.replacen("languages = [\"es\", \"fr\"]", "languages = [\"es\", \"fr\", \"spa\"]", 1);
        let issues = parse(&text).unwrap_err();
        let line = text.lines().position(|l| l.starts_with("languages = ")).unwrap() + 1;
        assert!(issues.iter().any(|i| i.line == line && i.message.contains("\"spa\"")), "{issues:?}");
    }

    #[test]
    fn a_translation_into_a_language_the_catalog_does_not_list_is_refused() {
        let text = SHIPPED.replacen("languages = [\"es\", \"fr\"]", "languages = [\"es\"]", 1);
        let issues = parse(&text).unwrap_err();
        assert!(
            issues
                .iter()
                .any(|i| i.message == "criterion 1.1 is translated into `fr`, which `languages` does not list"),
            "{issues:?}"
        );
        assert!(issues.iter().any(|i| i.message.starts_with("focus area corporate_security is translated into `fr`")));
    }

    #[test]
    fn the_shipped_catalog_has_no_known_gaps_and_every_recalled_criterion_is_listed_to_verify() {
        let c = shipped().expect("the shipped catalog parses");
        assert!(c.known_gaps.is_empty(), "{:?}", c.known_gaps);
        // The IDs 2019.1 lacked, now carried and flagged for HQ to check against the CBP text.
        let recalled: Vec<&str> = c.to_verify().map(|x| x.id.as_str()).collect();
        for id in ["3.2", "3.3", "5.9", "5.13", "5.17", "5.23", "5.25", "5.28", "7.9", "7.11", "7.22", "7.26"]
            .into_iter()
            .chain(["7.31", "7.36", "10.5", "10.6", "11.3", "11.4", "12.3", "12.5"])
        {
            assert!(recalled.contains(&id), "{id} is not carried or not flagged");
        }
        assert!(!c.criteria.iter().find(|x| x.id == "6.2").unwrap().needs_verifying());
    }

    #[test]
    fn highway_carriers_answer_the_in_transit_criteria_and_importers_do_not() {
        let c = shipped().unwrap();
        let ids = |e| c.for_entity(e).map(|x| x.id.clone()).collect::<Vec<_>>();
        let (hc, imp) = (ids(EntityType::HighwayCarrier), ids(EntityType::Importer));
        // Tracking, routes, stops, seal checks in transit, driver vetting and training.
        for id in ["5.3", "5.12", "5.17", "5.18", "6.3", "7.11", "7.32", "10.5", "11.3", "12.3"] {
            assert!(hc.contains(&id.to_string()), "highway carriers lack {id}");
            assert!(id == "5.3" || !imp.contains(&id.to_string()), "importers should not answer {id}");
        }
        // Importers answer the shipper-side counterparts.
        for id in ["5.14", "5.15", "7.5", "7.29", "7.33"] {
            assert!(imp.contains(&id.to_string()), "importers lack {id}");
        }
        let cov = c.coverage();
        let (_, must, should) = cov.iter().find(|(e, _, _)| *e == EntityType::HighwayCarrier).unwrap();
        assert_eq!(must + should, hc.len());
    }

    #[test]
    fn problems_are_reported_with_their_line() {
        let bad =
            SHIPPED.replacen("id = \"1.2\"", "id = \"1.1\"", 1).replacen("level = \"must\"", "level = \"maybe\"", 1);
        let issues = parse(&bad).unwrap_err();
        let dup_line = bad.lines().position(|l| l == "id = \"1.1\"").unwrap();
        assert!(issues.iter().any(|i| i.message.contains("defined twice")), "{issues:?}");
        assert!(issues.iter().any(|i| i.message.contains("\"maybe\"") && i.line > 0), "{issues:?}");
        let second = bad.lines().enumerate().filter(|(_, l)| *l == "id = \"1.1\"").nth(1).unwrap().0;
        assert!(
            issues.iter().any(|i| i.message.contains("defined twice") && i.line == second),
            "{issues:?} (first at {dup_line})"
        );

        let syntax = "version = \"x\"\ntitle = \"t\"\n[[criterion]]\nid = 1.1\nbogus = true\n";
        let issues = parse(syntax).unwrap_err();
        assert_eq!(issues.len(), 1);
        assert!(issues[0].line >= 3, "{issues:?}");

        let unknown = SHIPPED.replacen("applies_to = [\"all\"]", "applies_to = [\"spaceport\"]", 1);
        let issues = parse(&unknown).unwrap_err();
        assert!(issues.iter().any(|i| i.message.contains("spaceport")), "{issues:?}");
        let empty = SHIPPED.replacen("guidance = \"", "guidance = \"  \" # ", 1);
        assert!(parse(&empty).is_err());
    }
}
