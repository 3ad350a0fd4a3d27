//! Findings of validations and their threads.

use crate::entity::finding_note::{self, Entity as Note};
use crate::entity::validation_finding::{self, Entity as FindingT};
use crate::error::{Result, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use ctpat_domain::validation::{Finding, FindingKind, FindingStatus};

pub use crate::validations::site_rows as sites;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use finding_note::Model as NoteRow;

fn to_finding(m: validation_finding::Model) -> Result<Finding> {
    let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("finding {} {what} {v}", m.id));
    Ok(Finding {
        kind: FindingKind::from_key(&m.kind).ok_or_else(|| corrupt("kind", &m.kind))?,
        status: FindingStatus::from_key(&m.status).ok_or_else(|| corrupt("status", &m.status))?,
        criteria: m.criteria.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        id: m.id,
        validation_id: m.validation_id,
        site_id: m.site_id,
        text: m.text,
        response_due: m.response_due,
        created_by: m.created_by,
        created_at: m.created_at,
        version: m.version,
    })
}

/// A finding to record.
pub struct NewFinding<'a> {
    pub validation_id: i64,
    pub kind: FindingKind,
    pub criteria: &'a [String],
    pub site_id: Option<i64>,
    pub text: &'a str,
    pub response_due: Option<NaiveDate>,
    pub by: i64,
    pub now: DateTime<Utc>,
}

pub async fn insert<C: ConnectionTrait>(conn: &C, n: NewFinding<'_>) -> Result<Finding> {
    to_finding(
        validation_finding::ActiveModel {
            validation_id: Set(n.validation_id),
            kind: Set(n.kind.key().to_string()),
            criteria: Set(n.criteria.join(",")),
            site_id: Set(n.site_id),
            text: Set(n.text.to_string()),
            response_due: Set(n.response_due),
            status: Set(FindingStatus::Open.key().to_string()),
            created_by: Set(n.by),
            created_at: Set(n.now),
            version: Set(0),
            ..Default::default()
        }
        .insert(conn)
        .await?,
    )
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<Finding>> {
    FindingT::find_by_id(id).one(conn).await?.map(to_finding).transpose()
}

pub async fn of_validation<C: ConnectionTrait>(conn: &C, validation_id: i64) -> Result<Vec<Finding>> {
    FindingT::find()
        .filter(validation_finding::Column::ValidationId.eq(validation_id))
        .order_by_asc(validation_finding::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_finding)
        .collect()
}

pub async fn notes<C: ConnectionTrait>(conn: &C, finding_id: i64) -> Result<Vec<NoteRow>> {
    Ok(Note::find()
        .filter(finding_note::Column::FindingId.eq(finding_id))
        .order_by_asc(finding_note::Column::Id)
        .all(conn)
        .await?)
}

/// Move a finding to `status` if it is still at the version read, and add the note that says
/// why (a response, a closing, a reopening).
#[allow(clippy::too_many_arguments)]
pub async fn advance<C: ConnectionTrait>(
    conn: &C,
    f: &Finding,
    status: FindingStatus,
    note_kind: &str,
    text: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let am = validation_finding::ActiveModel {
        status: Set(status.key().to_string()),
        version: Set(f.version + 1),
        ..Default::default()
    };
    crate::versioned::update(
        conn,
        am,
        validation_finding::Column::Id,
        f.id,
        validation_finding::Column::Version,
        f.version,
    )
    .await?;
    finding_note::ActiveModel {
        finding_id: Set(f.id),
        kind: Set(note_kind.to_string()),
        text: Set(text.to_string()),
        by_user: Set(by),
        at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Required actions still waiting for the partner whose answer is due by `until`, nearest first.
pub async fn open_required_due_by<C: ConnectionTrait>(conn: &C, until: NaiveDate, limit: u64) -> Result<Vec<Finding>> {
    use sea_orm::QuerySelect;
    FindingT::find()
        .filter(validation_finding::Column::Status.eq(FindingStatus::Open.key()))
        .filter(validation_finding::Column::Kind.eq(FindingKind::RequiredAction.key()))
        .filter(validation_finding::Column::ResponseDue.lte(until))
        .order_by_asc(validation_finding::Column::ResponseDue)
        .order_by_asc(validation_finding::Column::Id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(to_finding)
        .collect()
}

/// The earliest answer due of the account's open required actions (of open validations).
pub async fn earliest_due_of_account<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<NaiveDate>> {
    let mut earliest: Option<NaiveDate> = None;
    for v in crate::validations::of_account(conn, account_id).await? {
        if !v.status.is_open() {
            continue;
        }
        for f in of_validation(conn, v.id).await? {
            if f.kind == FindingKind::RequiredAction && f.status == FindingStatus::Open {
                earliest = match (earliest, f.response_due) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
        }
    }
    Ok(earliest)
}

/// Of `accounts`, those with a required action whose answer is late (due before `today`) on a
/// validation still open: two queries for a whole page of the queue.
pub async fn accounts_with_overdue<C: ConnectionTrait>(
    conn: &C,
    accounts: &[i64],
    today: NaiveDate,
) -> Result<std::collections::HashSet<i64>> {
    use crate::entity::validation_account::{self, Entity as ValidationAccount};
    if accounts.is_empty() {
        return Ok(Default::default());
    }
    let late: Vec<i64> = FindingT::find()
        .filter(validation_finding::Column::Status.eq(FindingStatus::Open.key()))
        .filter(validation_finding::Column::Kind.eq(FindingKind::RequiredAction.key()))
        .filter(validation_finding::Column::ResponseDue.lt(today))
        .all(conn)
        .await?
        .into_iter()
        .map(|f| f.validation_id)
        .collect();
    if late.is_empty() {
        return Ok(Default::default());
    }
    Ok(ValidationAccount::find()
        .filter(validation_account::Column::ValidationId.is_in(late))
        .filter(validation_account::Column::AccountId.is_in(accounts.to_vec()))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect())
}

/// Move a finding's answer day (the demo loader only: to show a late answer on its first day).
pub async fn set_due<C: ConnectionTrait>(conn: &C, finding_id: i64, due: NaiveDate) -> Result<()> {
    validation_finding::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(finding_id),
        response_due: Set(Some(due)),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// Attach a stored file to a finding's answer.
pub async fn attach_file<C: ConnectionTrait>(
    conn: &C,
    finding_id: i64,
    file_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    crate::entity::finding_file::ActiveModel {
        finding_id: Set(finding_id),
        file_id: Set(file_id),
        added_by: Set(by),
        added_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The files attached to a finding, oldest first, with the account each belongs to.
pub async fn files_of<C: ConnectionTrait>(conn: &C, finding_id: i64) -> Result<Vec<crate::files::FileRow>> {
    use crate::entity::finding_file::{self, Entity as FindingFile};
    use crate::entity::stored_file::{self, Entity as StoredFile};
    let ids: Vec<i64> = FindingFile::find()
        .filter(finding_file::Column::FindingId.eq(finding_id))
        .order_by_asc(finding_file::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.file_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(StoredFile::find()
        .filter(stored_file::Column::Id.is_in(ids))
        .filter(stored_file::Column::RemovedAt.is_null())
        .order_by_asc(stored_file::Column::Id)
        .all(conn)
        .await?)
}

/// Which findings a program list shows.
#[derive(Debug, Clone, Default)]
pub struct ProgramFilter {
    pub status: Option<FindingStatus>,
    pub kind: Option<FindingKind>,
    /// Only open required actions whose answer was due before this day.
    pub late_before: Option<NaiveDate>,
}

/// A page of the findings of validations led by accounts in `scope`, newest first, below
/// `before_id`; each with its validation's lead account and dates.
pub async fn program_page<C: ConnectionTrait>(
    conn: &C,
    scope: crate::accounts::Scope,
    f: &ProgramFilter,
    before_id: Option<i64>,
    limit: u64,
) -> Result<Vec<(Finding, crate::entity::validation::Model)>> {
    use crate::entity::validation::{self, Entity as Validation};
    use sea_orm::QuerySelect;
    let led: sea_orm::sea_query::SelectStatement = sea_orm::sea_query::Query::select()
        .column(validation::Column::Id)
        .from(Validation)
        .and_where(validation::Column::LeadAccountId.in_subquery(crate::accounts::account_ids_in(scope)))
        .to_owned();
    let mut q = FindingT::find().filter(validation_finding::Column::ValidationId.in_subquery(led));
    if let Some(s) = f.status {
        q = q.filter(validation_finding::Column::Status.eq(s.key()));
    }
    if let Some(k) = f.kind {
        q = q.filter(validation_finding::Column::Kind.eq(k.key()));
    }
    if let Some(day) = f.late_before {
        q = q
            .filter(validation_finding::Column::Status.eq(FindingStatus::Open.key()))
            .filter(validation_finding::Column::Kind.eq(FindingKind::RequiredAction.key()))
            .filter(validation_finding::Column::ResponseDue.lt(day));
    }
    if let Some(b) = before_id {
        q = q.filter(validation_finding::Column::Id.lt(b));
    }
    let rows = q.order_by_desc(validation_finding::Column::Id).limit(limit).all(conn).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.validation_id).collect();
    let validations = Validation::find().filter(validation::Column::Id.is_in(ids)).all(conn).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        if let Some(v) = validations.iter().find(|v| v.id == r.validation_id) {
            out.push((to_finding(r)?, v.clone()));
        }
    }
    Ok(out)
}
