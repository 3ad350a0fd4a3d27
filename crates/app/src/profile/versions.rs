//! Past versions of a profile: every one stays readable, and two can be compared side by side.

use super::view;
use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use ctpat_domain::profile::VersionKind;
use ctpat_store::profiles::{self, VersionRow};
use std::collections::BTreeMap;

/// A signed version of the profile (a submission or an annual review), frozen as signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub number: i32,
    pub kind: VersionKind,
    pub catalog_version_id: i64,
    pub signed_by: i64,
    pub signed_at: chrono::DateTime<chrono::Utc>,
    /// Set when the SCSS approved it; it is then in the Partner library.
    pub approved_at: Option<chrono::DateTime<chrono::Utc>>,
    snapshot: String,
}

impl TryFrom<VersionRow> for Version {
    type Error = Error;

    fn try_from(r: VersionRow) -> Result<Self> {
        let kind = VersionKind::from_key(&r.kind)
            .ok_or_else(|| Error::Internal(format!("profile version {} kind {}", r.id, r.kind)))?;
        Ok(Version {
            number: r.number,
            kind,
            catalog_version_id: r.catalog_version_id,
            signed_by: r.signed_by,
            signed_at: r.signed_at,
            approved_at: r.approved_at,
            snapshot: r.snapshot,
        })
    }
}

impl Version {
    /// The answers as signed, by criterion id.
    pub fn answers(&self) -> BTreeMap<String, Frozen> {
        answers_of(&self.snapshot)
    }
}

pub async fn list(app: &App, actor: &Actor, account_id: i64) -> Result<(super::ProfileView, Vec<Version>)> {
    let v = view(app, actor, account_id).await?;
    let rows = match &v.profile {
        Some(p) => {
            profiles::versions(app.db.conn(), p.id).await?.into_iter().map(Version::try_from).collect::<Result<_>>()?
        }
        None => Vec::new(),
    };
    Ok((v, rows))
}

/// One criterion's answer in a version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frozen {
    pub answer: Option<String>,
    pub justification: Option<String>,
    pub narrative: Option<String>,
}

fn answers_of(snapshot: &str) -> BTreeMap<String, Frozen> {
    let snap: serde_json::Value = serde_json::from_str(snapshot).unwrap_or_default();
    let text = |x: &serde_json::Value, k: &str| x.get(k).and_then(|v| v.as_str()).map(str::to_string);
    snap.get("criteria")
        .and_then(|c| c.as_array())
        .map(|list| {
            list.iter()
                .filter_map(|x| {
                    let id = text(x, "id")?;
                    Some((
                        id,
                        Frozen {
                            answer: text(x, "answer"),
                            justification: text(x, "justification"),
                            narrative: text(x, "narrative"),
                        },
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A row of the side-by-side comparison.
pub struct DiffRow {
    pub criterion_id: String,
    pub left: Frozen,
    pub right: Frozen,
    pub changed: bool,
}

/// Compare versions `a` and `b` of the account's profile, criterion by criterion.
pub async fn diff(
    app: &App,
    actor: &Actor,
    account_id: i64,
    a: i32,
    b: i32,
) -> Result<(Version, Version, Vec<DiffRow>)> {
    let (_, rows) = list(app, actor, account_id).await?;
    let find = |n: i32| rows.iter().find(|r| r.number == n).cloned().ok_or(Error::NotFound);
    let (va, vb) = (find(a)?, find(b)?);
    let (la, lb) = (va.answers(), vb.answers());
    let mut ids: Vec<&String> = la.keys().chain(lb.keys()).collect();
    ids.sort_by_key(|id| ctpat_domain::catalog::order_of(id).unwrap_or((u32::MAX, u32::MAX)));
    ids.dedup();
    let out = ids
        .into_iter()
        .map(|id| {
            let left = la.get(id).cloned().unwrap_or_default();
            let right = lb.get(id).cloned().unwrap_or_default();
            DiffRow { criterion_id: id.clone(), changed: left != right, left, right }
        })
        .collect();
    Ok((va, vb, out))
}
