//! The optimistic lock every workflow write goes through: a row changes only if its version is
//! still the one read; otherwise the caller hears `ChangedMeanwhile` and nothing is written.

use crate::error::{Result, StoreError};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Apply `changes` (which must set the new version) to the row `id` if its `version_col` is
/// still `expected`.
pub(crate) async fn update<C, A, Col>(
    conn: &C,
    changes: A,
    id_col: Col,
    id: i64,
    version_col: Col,
    expected: i32,
) -> Result<()>
where
    C: ConnectionTrait,
    A: ActiveModelTrait + Send,
    Col: ColumnTrait,
    A::Entity: EntityTrait<Column = Col>,
{
    let res = <A::Entity as EntityTrait>::update_many()
        .set(changes)
        .filter(id_col.eq(id))
        .filter(version_col.eq(expected))
        .exec(conn)
        .await?;
    if res.rows_affected != 1 {
        return Err(StoreError::ChangedMeanwhile);
    }
    Ok(())
}
