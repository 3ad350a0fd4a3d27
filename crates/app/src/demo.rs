//! Demo data for `ctpat serve --demo`: loaded once (re-running changes nothing) and printed as
//! `demo login: <role> <email> <password>`. It grows with each part of the portal.

use crate::App;
use crate::actor::RequestMeta;
use crate::error::Result;
use crate::staff::{self, Creator, NewStaff};
use ctpat_store::users;

pub struct DemoLogin {
    pub role: &'static str,
    pub email: &'static str,
    pub password: &'static str,
}

/// Demo passwords are public by design; they exist only in demo data.
pub const LOGINS: [DemoLogin; 5] = [
    DemoLogin { role: "officer", email: "officer@demo.ctpat.example", password: "demo officer walks the dock" },
    DemoLogin { role: "scss", email: "scss@demo.ctpat.example", password: "demo specialist checks seals" },
    DemoLogin { role: "supervisor", email: "supervisor@demo.ctpat.example", password: "demo supervisor signs reports" },
    DemoLogin { role: "hq", email: "hq@demo.ctpat.example", password: "demo headquarters sets policy" },
    DemoLogin { role: "admin", email: "admin@demo.ctpat.example", password: "demo admin manages the staff" },
];

fn demo_name(role: &str) -> &'static str {
    match role {
        "officer" => "Olivia Officer (demo)",
        "scss" => "Sam Specialist (demo)",
        "supervisor" => "Sofia Supervisor (demo)",
        "hq" => "Henry Headquarters (demo)",
        _ => "Ada Admin (demo)",
    }
}

/// Create whatever demo data is missing. Returns the demo logins.
pub async fn load(app: &App) -> Result<&'static [DemoLogin]> {
    load_people(app).await?;
    super::demo_accounts::load(app).await?;
    Ok(&LOGINS)
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
                    name: demo_name(login.role),
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
                    name: demo_name(login.role),
                    role: login.role,
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
    crate::api::ensure_demo_token(app, account.id).await?;
    Ok(Some((svi, crate::api::DEMO_TOKEN.to_string())))
}
