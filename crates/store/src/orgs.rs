//! Organizations: the company an account belongs to (one organization, an account per entity
//! type).

use crate::entity::organization::{self, Entity as Organization};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use organization::Model as Org;

pub struct NewOrg<'a> {
    pub name: &'a str,
    pub dba: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub website: Option<&'a str>,
    pub year_founded: Option<i32>,
    pub employee_count: Option<i32>,
    pub ownership_type: Option<&'a str>,
}

pub async fn insert_org<C: ConnectionTrait>(conn: &C, o: NewOrg<'_>, by: i64, now: DateTime<Utc>) -> Result<Org> {
    Ok(organization::ActiveModel {
        name: Set(o.name.to_string()),
        dba: Set(o.dba.map(str::to_string)),
        phone: Set(o.phone.map(str::to_string)),
        website: Set(o.website.map(str::to_string)),
        year_founded: Set(o.year_founded),
        employee_count: Set(o.employee_count),
        ownership_type: Set(o.ownership_type.map(str::to_string)),
        created_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

pub async fn update_org<C: ConnectionTrait>(conn: &C, org: &Org, o: NewOrg<'_>, now: DateTime<Utc>) -> Result<Org> {
    let mut am: organization::ActiveModel = org.clone().into();
    am.name = Set(o.name.to_string());
    am.dba = Set(o.dba.map(str::to_string));
    am.phone = Set(o.phone.map(str::to_string));
    am.website = Set(o.website.map(str::to_string));
    am.year_founded = Set(o.year_founded);
    am.employee_count = Set(o.employee_count);
    am.ownership_type = Set(o.ownership_type.map(str::to_string));
    am.updated_at = Set(now);
    am.version = Set(org.version + 1);
    Ok(am.update(conn).await?)
}

pub async fn org<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<Org>> {
    Ok(Organization::find_by_id(id).one(conn).await?)
}

/// Organizations of the accounts where the person holds one of `roles`.
pub async fn orgs_of<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    roles: &[ctpat_domain::AccountRole],
) -> Result<Vec<Org>> {
    let ids: Vec<i64> = crate::accounts::of_member(conn, user_id)
        .await?
        .into_iter()
        .filter(|(_, role)| roles.iter().any(|r| r.key() == role))
        .filter_map(|(a, _)| a.organization_id)
        .collect();
    Ok(Organization::find()
        .filter(organization::Column::Id.is_in(ids))
        .order_by_asc(organization::Column::Name)
        .all(conn)
        .await?)
}

pub async fn orgs_by_ids<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<Org>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(Organization::find().filter(organization::Column::Id.is_in(ids.to_vec())).all(conn).await?)
}

/// Record (or clear) the parent company of an organization.
pub async fn set_parent<C: ConnectionTrait>(
    conn: &C,
    org_id: i64,
    parent: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    organization::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(org_id),
        parent_organization_id: Set(parent),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// The company at the top of an organization's family (itself when it has no parent). A chain
/// longer than 16 or a loop stops where it is.
pub async fn family_root<C: ConnectionTrait>(conn: &C, org_id: i64) -> Result<i64> {
    let mut at = org_id;
    for _ in 0..16 {
        match org(conn, at).await?.and_then(|o| o.parent_organization_id) {
            Some(p) if p != org_id => at = p,
            _ => break,
        }
    }
    Ok(at)
}

/// The organization's name, or empty when there is none yet (a draft before its first step).
pub async fn name_of<C: ConnectionTrait>(conn: &C, organization_id: Option<i64>) -> Result<String> {
    Ok(match organization_id {
        Some(id) => org(conn, id).await?.map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    })
}
