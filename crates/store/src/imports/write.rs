//! What a corrected legacy file changes in records imported before.

use crate::account_data::NewAddress;
use crate::entity::{account_address, account_identifier};
use crate::error::Result;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// Set (or, with `None`, remove) one identifier of an account.
pub async fn set_identifier<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    kind: &str,
    value: Option<&str>,
) -> Result<()> {
    account_identifier::Entity::delete_many()
        .filter(account_identifier::Column::AccountId.eq(account_id))
        .filter(account_identifier::Column::Kind.eq(kind))
        .exec(conn)
        .await?;
    if let Some(v) = value {
        account_identifier::ActiveModel {
            account_id: Set(account_id),
            kind: Set(kind.to_string()),
            value: Set(v.to_string()),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Set (or remove) the account's headquarters address, first in its list.
pub async fn set_hq<C: ConnectionTrait>(conn: &C, account_id: i64, hq: Option<&NewAddress>) -> Result<()> {
    account_address::Entity::delete_many()
        .filter(account_address::Column::AccountId.eq(account_id))
        .filter(account_address::Column::Kind.eq("hq"))
        .exec(conn)
        .await?;
    if let Some(a) = hq {
        crate::account_data::address_model(account_id, a, 0).insert(conn).await?;
    }
    Ok(())
}

pub async fn address<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<crate::account_data::AddressRow>> {
    Ok(account_address::Entity::find_by_id(id).one(conn).await?)
}

/// Replace one address's values in place (it keeps its place in the list).
pub async fn update_address<C: ConnectionTrait>(conn: &C, id: i64, a: &NewAddress) -> Result<()> {
    let Some(row) = account_address::Entity::find_by_id(id).one(conn).await? else { return Ok(()) };
    let mut am = crate::account_data::address_model(row.account_id, a, row.position);
    am.id = sea_orm::ActiveValue::Unchanged(id);
    am.update(conn).await?;
    Ok(())
}

/// Add an address at the end of the account's list; returns its id.
pub async fn add_address<C: ConnectionTrait>(conn: &C, account_id: i64, a: &NewAddress) -> Result<i64> {
    let position = account_address::Entity::find()
        .filter(account_address::Column::AccountId.eq(account_id))
        .all(conn)
        .await?
        .iter()
        .map(|r| r.position + 1)
        .max()
        .unwrap_or(0);
    Ok(crate::account_data::address_model(account_id, a, position).insert(conn).await?.id)
}
