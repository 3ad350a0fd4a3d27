//! Demo data for `ctpat serve --demo`: loaded once (re-running changes nothing) and printed as
//! `demo login: <role> <email> <password>`. It grows with each part of the portal.

use crate::App;
use crate::actor::RequestMeta;
use crate::error::Result;
use crate::staff::{self, Creator, NewStaff};
use ctpat_store::users;

mod accounts;
mod conversations;
mod library;
mod logins;
mod validations;

pub use logins::{DemoLogin, LOGINS};

/// Create whatever demo data is missing. Returns the demo logins.
pub async fn load(app: &App) -> Result<&'static [DemoLogin]> {
    load_people(app).await?;
    load_offices(app).await?;
    accounts::load(app).await?;
    library::load(app).await?;
    Ok(&LOGINS)
}

/// The two field offices, with the demo staff in theirs (HQ creates, the admin places staff).
async fn load_offices(app: &App) -> Result<()> {
    let hq = accounts::person(app, "hq").await?;
    let admin = accounts::person(app, "admin").await?;
    let can_create = hq.can::<crate::actor::ManageOffices>()?;
    let mut offices = ctpat_store::offices::list(app.db.conn()).await?;
    for (code, name) in logins::OFFICES {
        if !offices.iter().any(|o| o.code == code) {
            offices.push(crate::offices::create(app, &can_create, code, name).await?);
        }
    }
    let can_place = admin.can::<crate::actor::ManageStaff>()?;
    for login in LOGINS.iter().filter(|l| l.office.is_some()) {
        let Some(office) = offices.iter().find(|o| Some(o.code.as_str()) == login.office) else { continue };
        let Some(user) = users::find_by_email(app.db.conn(), login.email).await? else { continue };
        crate::offices::set_staff_office(app, &can_place, user.id, &office.id.to_string()).await?;
    }
    Ok(())
}

async fn load_people(app: &App) -> Result<()> {
    for login in &LOGINS {
        if users::find_by_email(app.db.conn(), login.email).await?.is_some() {
            continue;
        }
        if login.role == "officer" {
            let hash = app.hasher.hash(login.password).await;
            let now = app.now();
            let txn = app.db.begin().await?;
            let user = users::insert(
                &txn,
                users::NewUser {
                    email: login.email,
                    name: login.name,
                    password_hash: Some(hash),
                    email_verified_at: Some(now),
                    staff_role: None,
                    now,
                },
            )
            .await?;
            let mut ev = crate::audit::anonymous(
                &RequestMeta::cli(),
                now,
                "demo.user_created",
                ctpat_domain::audit::Outcome::Ok,
            );
            ev.actor = Some("demo loader".into());
            ev.object_type = Some("user".into());
            ev.object_id = Some(user.id.to_string());
            ctpat_store::audit::append(&txn, ev).await?;
            txn.commit().await?;
        } else {
            staff::create(
                app,
                Creator::HostOperator(RequestMeta::cli()),
                NewStaff {
                    email: login.email,
                    name: login.name,
                    role: login.role,
                    office: "",
                    password: Some(login.password),
                },
            )
            .await?;
        }
    }
    Ok(())
}

/// The demo API token and the SVI number of its account (Northwind Imports, importer).
pub async fn token(app: &App) -> Result<Option<(String, String)>> {
    let Some(officer) = users::find_by_email(app.db.conn(), LOGINS[0].email).await? else { return Ok(None) };
    let mine = ctpat_store::accounts::of_member(app.db.conn(), officer.id).await?;
    let Some((account, _)) = mine
        .into_iter()
        .filter(|(a, _)| a.entity_type == ctpat_domain::partner::EntityType::Importer)
        .min_by_key(|(a, _)| a.id)
    else {
        return Ok(None);
    };
    let Some(svi) = account.svi_number.clone() else { return Ok(None) };
    crate::api_tokens::ensure_demo_token(app, account.id).await?;
    Ok(Some((svi, crate::api_tokens::DEMO_TOKEN.to_string())))
}
