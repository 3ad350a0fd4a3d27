//! Field offices, the staff who work in them and the accounts placed in them.

use crate::entity::app_user::{self, Entity as AppUser};
use crate::entity::field_office::{self, Entity as FieldOfficeRow};
use crate::entity::partner_account::{self, Entity as PartnerAccount};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use ctpat_domain::office::FieldOffice;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

fn of(m: field_office::Model) -> FieldOffice {
    FieldOffice { id: m.id, code: m.code, name: m.name }
}

/// Every office, by code.
pub async fn list<C: ConnectionTrait>(conn: &C) -> Result<Vec<FieldOffice>> {
    Ok(FieldOfficeRow::find().order_by_asc(field_office::Column::Code).all(conn).await?.into_iter().map(of).collect())
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<FieldOffice>> {
    Ok(FieldOfficeRow::find_by_id(id).one(conn).await?.map(of))
}

/// A new office; a taken code is `StoreError::Unique`.
pub async fn insert<C: ConnectionTrait>(conn: &C, code: &str, name: &str, now: DateTime<Utc>) -> Result<FieldOffice> {
    field_office::ActiveModel {
        code: Set(code.to_string()),
        name: Set(name.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map(of)
    .map_err(StoreError::from_db)
}

pub async fn rename<C: ConnectionTrait>(conn: &C, id: i64, name: &str) -> Result<()> {
    FieldOfficeRow::update_many()
        .col_expr(field_office::Column::Name, Expr::value(name))
        .filter(field_office::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Put a staff member in an office (or none).
pub async fn set_staff_office<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    office: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    AppUser::update_many()
        .col_expr(app_user::Column::FieldOfficeId, Expr::value(office))
        .col_expr(app_user::Column::UpdatedAt, Expr::value(now))
        .filter(app_user::Column::Id.eq(user_id))
        .filter(app_user::Column::StaffRole.is_not_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// How many accounts each office holds (drafts left out; `None`: placed in none).
pub async fn account_counts<C: ConnectionTrait>(conn: &C) -> Result<Vec<(Option<i64>, i64)>> {
    Ok(PartnerAccount::find()
        .select_only()
        .column(partner_account::Column::FieldOfficeId)
        .column_as(partner_account::Column::Id.count(), "n")
        .filter(partner_account::Column::Status.ne("draft"))
        .group_by(partner_account::Column::FieldOfficeId)
        .into_tuple()
        .all(conn)
        .await?)
}

/// How many staff members each office holds.
pub async fn staff_counts<C: ConnectionTrait>(conn: &C) -> Result<Vec<(Option<i64>, i64)>> {
    Ok(AppUser::find()
        .select_only()
        .column(app_user::Column::FieldOfficeId)
        .column_as(app_user::Column::Id.count(), "n")
        .filter(app_user::Column::StaffRole.is_not_null())
        .group_by(app_user::Column::FieldOfficeId)
        .into_tuple()
        .all(conn)
        .await?)
}

/// The active staff members of one role in an office (or in none).
pub async fn staff_of<C: ConnectionTrait>(
    conn: &C,
    office: Option<i64>,
    role: &str,
) -> Result<Vec<crate::users::User>> {
    let q = AppUser::find().filter(app_user::Column::StaffRole.eq(role)).filter(app_user::Column::DisabledAt.is_null());
    let q = match office {
        Some(o) => q.filter(app_user::Column::FieldOfficeId.eq(o)),
        None => q.filter(app_user::Column::FieldOfficeId.is_null()),
    };
    Ok(q.order_by_asc(app_user::Column::Name).all(conn).await?)
}
