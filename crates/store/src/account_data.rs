//! What an account holds: addresses, contacts, identifiers, bond. Callers have already
//! resolved the account through a scope; every function here is keyed by that account id.

use crate::entity::account_address::{self, Entity as Address};
use crate::entity::account_declaration::{self, Entity as Declaration};
use crate::entity::account_identifier::{self, Entity as Identifier};
use crate::entity::account_invitation::{self, Entity as Invitation};
use crate::entity::bond::{self, Entity as Bond};
use crate::entity::contact::{self, Entity as Contact};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use account_address::Model as AddressRow;
pub use account_declaration::Model as DeclarationRow;
pub use account_identifier::Model as IdentifierRow;
pub use account_invitation::Model as InvitationRow;
pub use bond::Model as BondRow;
pub use contact::Model as ContactRow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAddress {
    pub kind: String,
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    pub region: Option<String>,
    pub postal_code: Option<String>,
    pub country: String,
    pub staffed: bool,
}

pub async fn addresses<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<AddressRow>> {
    Ok(Address::find()
        .filter(account_address::Column::AccountId.eq(account_id))
        .order_by_asc(account_address::Column::Position)
        .all(conn)
        .await?)
}

/// A row for `a`, at `position` in the account's list.
pub(crate) fn address_model(account_id: i64, a: &NewAddress, position: i32) -> account_address::ActiveModel {
    account_address::ActiveModel {
        account_id: Set(account_id),
        kind: Set(a.kind.clone()),
        line1: Set(a.line1.clone()),
        line2: Set(a.line2.clone()),
        city: Set(a.city.clone()),
        region: Set(a.region.clone()),
        postal_code: Set(a.postal_code.clone()),
        country: Set(a.country.clone()),
        staffed: Set(a.staffed),
        position: Set(position),
        ..Default::default()
    }
}

/// Replace the account's addresses with `list`, in order.
pub async fn replace_addresses<C: ConnectionTrait>(conn: &C, account_id: i64, list: &[NewAddress]) -> Result<()> {
    Address::delete_many().filter(account_address::Column::AccountId.eq(account_id)).exec(conn).await?;
    for (i, a) in list.iter().enumerate() {
        address_model(account_id, a, i as i32).insert(conn).await?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContact {
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub title: Option<String>,
    pub role: Option<String>,
    pub is_primary: bool,
    pub is_alternate: bool,
}

pub async fn contacts<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<ContactRow>> {
    Ok(Contact::find()
        .filter(contact::Column::AccountId.eq(account_id))
        .order_by_desc(contact::Column::IsPrimary)
        .order_by_asc(contact::Column::Id)
        .all(conn)
        .await?)
}

pub async fn insert_contact<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    c: &NewContact,
    now: DateTime<Utc>,
) -> Result<ContactRow> {
    contact::ActiveModel {
        account_id: Set(account_id),
        name: Set(c.name.clone()),
        email: Set(c.email.clone()),
        phone: Set(c.phone.clone()),
        title: Set(c.title.clone()),
        role: Set(c.role.clone()),
        is_primary: Set(c.is_primary),
        is_alternate: Set(c.is_alternate),
        user_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(StoreError::from_db)
}

/// Edit a contact in place (an e-mail change is an edit, never delete and re-add).
pub async fn update_contact<C: ConnectionTrait>(
    conn: &C,
    row: &ContactRow,
    c: &NewContact,
    now: DateTime<Utc>,
) -> Result<ContactRow> {
    let mut am: contact::ActiveModel = row.clone().into();
    am.name = Set(c.name.clone());
    am.email = Set(c.email.clone());
    am.phone = Set(c.phone.clone());
    am.title = Set(c.title.clone());
    am.role = Set(c.role.clone());
    am.is_primary = Set(c.is_primary);
    am.is_alternate = Set(c.is_alternate);
    am.updated_at = Set(now);
    am.update(conn).await.map_err(StoreError::from_db)
}

pub async fn link_contact_user<C: ConnectionTrait>(conn: &C, contact_id: i64, user_id: i64) -> Result<()> {
    Contact::update_many()
        .col_expr(contact::Column::UserId, Expr::value(Some(user_id)))
        .filter(contact::Column::Id.eq(contact_id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn delete_contact<C: ConnectionTrait>(conn: &C, account_id: i64, contact_id: i64) -> Result<bool> {
    let res = Contact::delete_many()
        .filter(contact::Column::Id.eq(contact_id))
        .filter(contact::Column::AccountId.eq(account_id))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn identifiers<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<IdentifierRow>> {
    Ok(Identifier::find()
        .filter(account_identifier::Column::AccountId.eq(account_id))
        .order_by_asc(account_identifier::Column::Kind)
        .all(conn)
        .await?)
}

pub async fn replace_identifiers<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    list: &[(String, String)],
) -> Result<()> {
    Identifier::delete_many().filter(account_identifier::Column::AccountId.eq(account_id)).exec(conn).await?;
    for (kind, value) in list {
        account_identifier::ActiveModel {
            account_id: Set(account_id),
            kind: Set(kind.clone()),
            value: Set(value.clone()),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBond {
    pub number: String,
    pub bond_type: String,
    pub surety: Option<String>,
    pub effective_on: Option<String>,
}

pub async fn bond<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<BondRow>> {
    Ok(Bond::find().filter(bond::Column::AccountId.eq(account_id)).one(conn).await?)
}

/// A bond row for `b`, set by `by` at `now`.
pub(crate) fn bond_model(account_id: i64, b: &NewBond, by: i64, now: DateTime<Utc>) -> bond::ActiveModel {
    bond::ActiveModel {
        account_id: Set(account_id),
        number: Set(b.number.clone()),
        bond_type: Set(b.bond_type.clone()),
        surety: Set(b.surety.clone()),
        effective_on: Set(b.effective_on.clone()),
        updated_at: Set(now),
        updated_by: Set(Some(by)),
        ..Default::default()
    }
}

pub async fn set_bond<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    b: Option<&NewBond>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    Bond::delete_many().filter(bond::Column::AccountId.eq(account_id)).exec(conn).await?;
    if let Some(b) = b {
        bond_model(account_id, b, by, now).insert(conn).await?;
    }
    Ok(())
}

pub struct NewInvitation<'a> {
    pub account_id: i64,
    pub contact_id: Option<i64>,
    pub email: &'a str,
    pub role: &'a str,
    pub token_hash: &'a str,
    pub invited_by: i64,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

pub async fn insert_invitation<C: ConnectionTrait>(conn: &C, i: NewInvitation<'_>) -> Result<InvitationRow> {
    Ok(account_invitation::ActiveModel {
        account_id: Set(i.account_id),
        contact_id: Set(i.contact_id),
        email: Set(i.email.to_string()),
        role: Set(i.role.to_string()),
        token_hash: Set(i.token_hash.to_string()),
        invited_by: Set(i.invited_by),
        created_at: Set(i.now),
        expires_at: Set(i.expires_at),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

pub async fn live_invitation<C: ConnectionTrait>(
    conn: &C,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<InvitationRow>> {
    Ok(Invitation::find()
        .filter(account_invitation::Column::TokenHash.eq(token_hash))
        .filter(account_invitation::Column::UsedAt.is_null())
        .filter(account_invitation::Column::ExpiresAt.gt(now))
        .one(conn)
        .await?)
}

/// Spend an invitation; false when someone else spent it first.
pub async fn use_invitation<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let res = Invitation::update_many()
        .col_expr(account_invitation::Column::UsedAt, Expr::value(Some(now)))
        .filter(account_invitation::Column::Id.eq(id))
        .filter(account_invitation::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

/// End the account's open invitations sent by `by` (they can no longer be accepted); how many.
pub async fn end_invitations_by<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(Invitation::update_many()
        .col_expr(account_invitation::Column::UsedAt, Expr::value(Some(now)))
        .filter(account_invitation::Column::AccountId.eq(account_id))
        .filter(account_invitation::Column::InvitedBy.eq(by))
        .filter(account_invitation::Column::UsedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// End the account's open invitations addressed to `email` (a person removed, or a contact
/// whose address or role changed); how many.
pub async fn end_invitations_to<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    email: &str,
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(Invitation::update_many()
        .col_expr(account_invitation::Column::UsedAt, Expr::value(Some(now)))
        .filter(account_invitation::Column::AccountId.eq(account_id))
        // Addresses are stored as parsed (lower case).
        .filter(account_invitation::Column::Email.eq(email.to_lowercase()))
        .filter(account_invitation::Column::UsedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// End the open invitations of one contact (deleted, or its address or role changed).
pub async fn end_invitations_of_contact<C: ConnectionTrait>(
    conn: &C,
    contact_id: i64,
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(Invitation::update_many()
        .col_expr(account_invitation::Column::UsedAt, Expr::value(Some(now)))
        .filter(account_invitation::Column::ContactId.eq(contact_id))
        .filter(account_invitation::Column::UsedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// Open invitations of the account to `role`, whoever they are addressed to.
pub async fn open_invitations_to<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    role: ctpat_domain::AccountRole,
    now: DateTime<Utc>,
) -> Result<Vec<InvitationRow>> {
    Ok(Invitation::find()
        .filter(account_invitation::Column::AccountId.eq(account_id))
        .filter(account_invitation::Column::Role.eq(role.key()))
        .filter(account_invitation::Column::UsedAt.is_null())
        .filter(account_invitation::Column::ExpiresAt.gt(now))
        .all(conn)
        .await?)
}

pub async fn invitations<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<InvitationRow>> {
    Ok(Invitation::find()
        .filter(account_invitation::Column::AccountId.eq(account_id))
        .order_by_desc(account_invitation::Column::Id)
        .all(conn)
        .await?)
}

/// The data of many accounts at once (reports read a page of accounts in four queries).
pub struct Batch {
    pub identifiers: Vec<IdentifierRow>,
    pub bonds: Vec<BondRow>,
    pub addresses: Vec<AddressRow>,
    pub contacts: Vec<ContactRow>,
    pub declarations: Vec<DeclarationRow>,
}

pub async fn batch<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Batch> {
    let ids = ids.to_vec();
    Ok(Batch {
        identifiers: Identifier::find()
            .filter(account_identifier::Column::AccountId.is_in(ids.clone()))
            .all(conn)
            .await?,
        bonds: Bond::find().filter(bond::Column::AccountId.is_in(ids.clone())).all(conn).await?,
        addresses: Address::find().filter(account_address::Column::AccountId.is_in(ids.clone())).all(conn).await?,
        contacts: Contact::find().filter(contact::Column::AccountId.is_in(ids.clone())).all(conn).await?,
        declarations: Declaration::find().filter(account_declaration::Column::AccountId.is_in(ids)).all(conn).await?,
    })
}

/// What the company has declared, in the order it was declared.
pub async fn declarations<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<DeclarationRow>> {
    Ok(Declaration::find()
        .filter(account_declaration::Column::AccountId.eq(account_id))
        .order_by_asc(account_declaration::Column::Id)
        .all(conn)
        .await?)
}

/// Make `keys` the account's declarations: new ones are recorded as declared by `by` now;
/// ones kept keep their first declaration; ones left out are withdrawn.
pub async fn set_declarations<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    keys: &[&str],
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let have = declarations(conn, account_id).await?;
    let gone: Vec<i64> = have.iter().filter(|d| !keys.contains(&d.declaration.as_str())).map(|d| d.id).collect();
    if !gone.is_empty() {
        Declaration::delete_many().filter(account_declaration::Column::Id.is_in(gone)).exec(conn).await?;
    }
    for k in keys.iter().filter(|k| !have.iter().any(|d| d.declaration == **k)) {
        account_declaration::ActiveModel {
            account_id: Set(account_id),
            declaration: Set(k.to_string()),
            declared_by: Set(by),
            declared_at: Set(now),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// The contacts of many accounts (one query).
pub async fn contacts_of<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<ContactRow>> {
    Ok(Contact::find()
        .filter(contact::Column::AccountId.is_in(ids.to_vec()))
        .order_by_asc(contact::Column::Id)
        .all(conn)
        .await?)
}
