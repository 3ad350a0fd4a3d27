//! Validation groups: accounts of one company validated together.

use crate::entity::validation_group::{self, Entity as Group};
use crate::entity::validation_group_member::{self, Entity as GroupMember};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use validation_group::Model as GroupRow;
pub use validation_group_member::Model as GroupMemberRow;

pub async fn insert_group<C: ConnectionTrait>(conn: &C, name: &str, by: i64, now: DateTime<Utc>) -> Result<GroupRow> {
    Ok(validation_group::ActiveModel {
        name: Set(name.to_string()),
        created_by: Set(by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

pub async fn groups<C: ConnectionTrait>(conn: &C) -> Result<Vec<GroupRow>> {
    Ok(Group::find().order_by_asc(validation_group::Column::Name).all(conn).await?)
}

pub async fn group<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<GroupRow>> {
    Ok(Group::find_by_id(id).one(conn).await?)
}

pub async fn group_members<C: ConnectionTrait>(conn: &C, group_id: i64) -> Result<Vec<GroupMemberRow>> {
    Ok(GroupMember::find()
        .filter(validation_group_member::Column::GroupId.eq(group_id))
        .order_by_asc(validation_group_member::Column::Id)
        .all(conn)
        .await?)
}

pub async fn group_of<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<GroupMemberRow>> {
    Ok(GroupMember::find().filter(validation_group_member::Column::AccountId.eq(account_id)).one(conn).await?)
}

/// Link an account to a group; an account already in a group is `Unique`.
pub async fn link<C: ConnectionTrait>(
    conn: &C,
    group_id: i64,
    account_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    validation_group_member::ActiveModel {
        group_id: Set(group_id),
        account_id: Set(account_id),
        added_by: Set(by),
        added_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(StoreError::from_db)?;
    Ok(())
}

pub async fn unlink<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<bool> {
    let res =
        GroupMember::delete_many().filter(validation_group_member::Column::AccountId.eq(account_id)).exec(conn).await?;
    Ok(res.rows_affected > 0)
}
