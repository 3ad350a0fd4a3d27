//! MSC catalog versions in the database. A version is written once and never changed; the
//! newest is current.

use crate::error::Result;
use crate::raw::stmt;
use chrono::{DateTime, Utc};
use ctpat_domain::catalog::{Catalog, Category, Criterion, Level, Text};
use ctpat_domain::partner::EntityType;
use sea_orm::{ConnectionTrait, DbBackend, Value};
use std::collections::BTreeMap;

pub async fn find_version<C: ConnectionTrait>(conn: &C, version: &str) -> Result<Option<i64>> {
    let b = conn.get_database_backend();
    let row =
        conn.query_one_raw(stmt(b, "SELECT id FROM catalog_version WHERE version = ?", vec![version.into()])).await?;
    Ok(match row {
        Some(r) => Some(r.try_get::<i64>("", "id")?),
        None => None,
    })
}

pub async fn insert_version<C: ConnectionTrait>(
    conn: &C,
    cat: &Catalog,
    sha256: &str,
    loaded_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    let b = conn.get_database_backend();
    let returning = if b == DbBackend::Postgres { " RETURNING id" } else { "" };
    let sql = format!(
        "INSERT INTO catalog_version (version, title, known_gaps, languages, sha256, loaded_by, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?){returning}"
    );
    let values: Vec<Value> = vec![
        cat.version.clone().into(),
        cat.title.clone().into(),
        cat.known_gaps.join(",").into(),
        cat.languages.join(",").into(),
        sha256.into(),
        loaded_by.into(),
        now.into(),
    ];
    let id = if b == DbBackend::Postgres {
        let row = conn.query_one_raw(stmt(b, &sql, values)).await?.ok_or_else(|| sea_orm::DbErr::RecordNotInserted)?;
        row.try_get::<i64>("", "id")?
    } else {
        let res = conn.execute_raw(stmt(b, &sql, values)).await?;
        res.last_insert_id() as i64
    };
    for c in &cat.categories {
        conn.execute_raw(stmt(
            b,
            "INSERT INTO catalog_category (version_id, number, key, name, focus_area, translations) VALUES (?, ?, ?, ?, ?, ?)",
            vec![
                id.into(),
                i32::from(c.number).into(),
                c.key.clone().into(),
                c.name.clone().into(),
                c.focus_area.clone().into(),
                serde_json::to_string(&c.translations).unwrap_or_default().into(),
            ],
        ))
        .await?;
    }
    for (i, c) in cat.criteria.iter().enumerate() {
        let applies = if c.applies_to.is_empty() {
            "all".to_string()
        } else {
            c.applies_to.iter().map(|e| e.key()).collect::<Vec<_>>().join(",")
        };
        conn.execute_raw(stmt(
            b,
            "INSERT INTO catalog_criterion (version_id, criterion_id, category, level, applies_to, statement, guidance, basis, position, translations) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            vec![
                id.into(),
                c.id.clone().into(),
                i32::from(c.category).into(),
                c.level.key().into(),
                applies.into(),
                c.statement.clone().into(),
                c.guidance.clone().into(),
                c.basis.clone().into(),
                (i as i32).into(),
                texts_json(&c.translations).into(),
            ],
        ))
        .await?;
    }
    Ok(id)
}

/// A stored version, rebuilt as a catalog.
pub async fn version<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<Catalog>> {
    let b = conn.get_database_backend();
    let Some(v) = conn
        .query_one_raw(stmt(
            b,
            "SELECT version, title, known_gaps, languages FROM catalog_version WHERE id = ?",
            vec![id.into()],
        ))
        .await?
    else {
        return Ok(None);
    };
    let cats = conn
        .query_all_raw(stmt(
            b,
            "SELECT number, key, name, focus_area, translations FROM catalog_category WHERE version_id = ? ORDER BY number",
            vec![id.into()],
        ))
        .await?;
    let crits = conn
        .query_all_raw(stmt(
            b,
            "SELECT criterion_id, category, level, applies_to, statement, guidance, basis, translations FROM catalog_criterion \
             WHERE version_id = ? ORDER BY position",
            vec![id.into()],
        ))
        .await?;
    let gaps: String = v.try_get("", "known_gaps")?;
    let languages: String = v.try_get("", "languages")?;
    Ok(Some(Catalog {
        version: v.try_get("", "version")?,
        title: v.try_get("", "title")?,
        known_gaps: gaps.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        languages: languages.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        categories: cats
            .iter()
            .map(|r| {
                Ok(Category {
                    number: r.try_get::<i32>("", "number")? as u8,
                    key: r.try_get("", "key")?,
                    name: r.try_get("", "name")?,
                    focus_area: r.try_get("", "focus_area")?,
                    translations: serde_json::from_str(&r.try_get::<String>("", "translations")?).unwrap_or_default(),
                })
            })
            .collect::<std::result::Result<_, sea_orm::DbErr>>()?,
        criteria: crits
            .iter()
            .map(|r| {
                let applies: String = r.try_get("", "applies_to")?;
                let level: String = r.try_get("", "level")?;
                Ok(Criterion {
                    id: r.try_get("", "criterion_id")?,
                    category: r.try_get::<i32>("", "category")? as u8,
                    level: Level::from_key(&level).unwrap_or(Level::Should),
                    applies_to: if applies == "all" {
                        Vec::new()
                    } else {
                        applies.split(',').filter_map(EntityType::from_key).collect()
                    },
                    statement: r.try_get("", "statement")?,
                    guidance: r.try_get("", "guidance")?,
                    basis: r.try_get("", "basis")?,
                    translations: texts_from_json(&r.try_get::<String>("", "translations")?),
                })
            })
            .collect::<std::result::Result<_, sea_orm::DbErr>>()?,
    }))
}

/// The newest version.
pub async fn current<C: ConnectionTrait>(conn: &C) -> Result<Option<(i64, Catalog)>> {
    let b = conn.get_database_backend();
    let Some(row) =
        conn.query_one_raw(stmt(b, "SELECT id FROM catalog_version ORDER BY id DESC LIMIT 1", vec![])).await?
    else {
        return Ok(None);
    };
    let id: i64 = row.try_get("", "id")?;
    Ok(version(conn, id).await?.map(|c| (id, c)))
}

/// All versions, newest first: (id, version, title, loaded at).
pub async fn versions<C: ConnectionTrait>(conn: &C) -> Result<Vec<(i64, String, String, DateTime<Utc>)>> {
    let b = conn.get_database_backend();
    let rows = conn
        .query_all_raw(stmt(b, "SELECT id, version, title, loaded_at FROM catalog_version ORDER BY id DESC", vec![]))
        .await?;
    rows.iter()
        .map(|r| {
            Ok((r.try_get("", "id")?, r.try_get("", "version")?, r.try_get("", "title")?, r.try_get("", "loaded_at")?))
        })
        .collect::<std::result::Result<_, sea_orm::DbErr>>()
        .map_err(Into::into)
}

/// A criterion's translations as stored: `{"es": {"statement": …, "guidance": …}, …}`.
fn texts_json(t: &BTreeMap<String, Text>) -> String {
    let map: serde_json::Map<String, serde_json::Value> = t
        .iter()
        .map(|(lang, t)| (lang.clone(), serde_json::json!({"statement": t.statement, "guidance": t.guidance})))
        .collect();
    serde_json::Value::Object(map).to_string()
}

fn texts_from_json(raw: &str) -> BTreeMap<String, Text> {
    let v: serde_json::Value = serde_json::from_str(raw).unwrap_or_default();
    v.as_object()
        .map(|m| {
            m.iter()
                .map(|(lang, t)| {
                    let field = |k: &str| t[k].as_str().unwrap_or_default().to_string();
                    (lang.clone(), Text { statement: field("statement"), guidance: field("guidance") })
                })
                .collect()
        })
        .unwrap_or_default()
}
