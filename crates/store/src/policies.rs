//! Program policies: switches HQ sets for the whole program.

use crate::entity::program_policy::{self, Entity as Policy};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

pub async fn policy<C: ConnectionTrait>(conn: &C, key: &str) -> Result<Option<String>> {
    Ok(Policy::find().filter(program_policy::Column::Key.eq(key)).one(conn).await?.map(|p| p.value))
}

pub async fn set_policy<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    value: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    match Policy::find().filter(program_policy::Column::Key.eq(key)).one(conn).await? {
        Some(p) => {
            let mut am: program_policy::ActiveModel = p.into();
            am.value = Set(value.to_string());
            am.updated_at = Set(now);
            am.updated_by = Set(Some(by));
            am.update(conn).await?;
        }
        None => {
            program_policy::ActiveModel {
                key: Set(key.to_string()),
                value: Set(value.to_string()),
                updated_at: Set(now),
                updated_by: Set(Some(by)),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(())
}
