//! Demo partner accounts, driven through the same use cases people use: organizations of ten
//! entity types, an account in every lifecycle state, a validation group, a pending bond
//! change request, and accounts lacking a bond (as migrated data did).

use super::logins::LOGINS;
use crate::App;
use crate::actor::{Actor, RequestMeta};
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::application::{self, AddressInput, BondInput, OrgInput};
use crate::partner::contacts::{self, ContactInput};
use crate::partner::program::{self, ActionInput};
use crate::partner::{bond, groups};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::identifiers::IdentifierKind;
use ctpat_store::accounts;

struct Plan {
    org: &'static str,
    entity: &'static str,
    country: &'static str,
    city: &'static str,
    ids: &'static [(IdentifierKind, &'static str)],
    bond: Option<&'static str>,
    /// Where the account ends: a status key.
    end: &'static str,
}

const PLANS: &[Plan] = &[
    Plan {
        org: "Northwind Imports",
        entity: "importer",
        country: "US",
        city: "Baltimore",
        ids: &[(IdentifierKind::Ior, "12-345678900")],
        bond: Some("continuous_import"),
        end: "validated",
    },
    Plan {
        org: "Northwind Imports",
        entity: "exporter",
        country: "US",
        city: "Baltimore",
        ids: &[(IdentifierKind::Ein, "12-3456789")],
        bond: None,
        end: "certified",
    },
    Plan {
        org: "Blue Harbor Customs Brokerage",
        entity: "customs_broker",
        country: "US",
        city: "Miami",
        ids: &[(IdentifierKind::BrokerLicense, "12345"), (IdentifierKind::FilerCode, "B7K")],
        bond: None,
        end: "under_review",
    },
    Plan {
        org: "Monterrey Precision Parts",
        entity: "foreign_manufacturer",
        country: "MX",
        city: "Monterrey",
        ids: &[(IdentifierKind::Mid, "MXMONPRE123MTY"), (IdentifierKind::Rfc, "MPP010203AB1")],
        bond: None,
        end: "applicant",
    },
    Plan {
        org: "Great Lakes Trucking",
        entity: "highway_carrier",
        country: "US",
        city: "Detroit",
        ids: &[(IdentifierKind::Scac, "GLTK"), (IdentifierKind::Usdot, "1234567")],
        bond: None,
        end: "suspended",
    },
    Plan {
        org: "Pacific Crest Shipping",
        entity: "sea_carrier",
        country: "US",
        city: "Long Beach",
        ids: &[(IdentifierKind::Scac, "PCSH")],
        bond: Some("international_carrier"),
        end: "certified-no-bond",
    },
    Plan {
        org: "Coastal Grocers",
        entity: "importer",
        country: "US",
        city: "Savannah",
        ids: &[(IdentifierKind::Ior, "98-765432100")],
        bond: Some("continuous_import"),
        end: "certified-no-bond",
    },
    Plan {
        org: "Skyline Air Cargo",
        entity: "air_carrier",
        country: "US",
        city: "Chicago",
        ids: &[(IdentifierKind::IataCarrier, "SK")],
        bond: Some("international_carrier"),
        end: "removed",
    },
    Plan {
        org: "Atlas Consolidators",
        entity: "consolidator",
        country: "US",
        city: "Newark",
        ids: &[(IdentifierKind::FmcOrg, "012345")],
        bond: Some("international_carrier"),
        end: "withdrawn",
    },
    Plan {
        org: "Prairie Rail",
        entity: "rail_carrier",
        country: "US",
        city: "Omaha",
        ids: &[(IdentifierKind::Scac, "PRRL")],
        bond: Some("common_carrier"),
        end: "rejected",
    },
    Plan {
        org: "Swift Logistics",
        entity: "third_party_logistics",
        country: "US",
        city: "Dallas",
        ids: &[(IdentifierKind::LogisticsLicense, "FMC 023456")],
        bond: None,
        end: "ineligible",
    },
    Plan {
        org: "Harbor Point Imports",
        entity: "importer",
        country: "US",
        city: "Savannah",
        ids: &[(IdentifierKind::Ior, "55-123456700")],
        bond: Some("continuous_import"),
        end: "recommended",
    },
    Plan {
        org: "Cedar Valley Exporters",
        entity: "exporter",
        country: "US",
        city: "Portland",
        ids: &[(IdentifierKind::Duns, "123456789")],
        bond: None,
        end: "draft",
    },
];

pub(super) async fn person(app: &App, role: &str) -> Result<Actor> {
    let login = LOGINS.iter().find(|l| l.role == role).ok_or(Error::NotFound)?;
    crate::auth::actor_by_email(app, login.email, RequestMeta::cli()).await
}

fn slug(s: &str) -> String {
    s.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect()
}

async fn act(app: &App, actor: &Actor, id: i64, action: &str, input: ActionInput) -> Result<()> {
    program::act(app, actor, id, action, &input).await.map(|_| ())
}

fn reason(r: &str) -> ActionInput {
    ActionInput { reason: r.into(), ..Default::default() }
}

fn decision(d: &str) -> ActionInput {
    ActionInput { decision: d.into(), ..Default::default() }
}

async fn place(app: &App, hq: &Actor, id: i64, code: &str) -> Result<()> {
    let offices = ctpat_store::offices::list(app.db.conn()).await?;
    let office = offices.iter().find(|o| o.code == code).ok_or(Error::NotFound)?;
    crate::offices::place_account(app, &hq.can::<crate::actor::PlaceAccounts>()?, id, &office.id.to_string()).await
}

/// Create the demo accounts once: skipped when the demo Officer already has accounts.
pub async fn load(app: &App) -> Result<()> {
    let officer = person(app, "officer").await?;
    if !accounts::of_member(app.db.conn(), officer.user.id).await?.is_empty() {
        return Ok(());
    }
    let scss = person(app, "scss").await?;
    let supervisor = person(app, "supervisor").await?;
    let hq = person(app, "hq").await?;
    let password = LOGINS.iter().find(|l| l.role == "officer").map(|l| l.password).unwrap_or_default();
    let scss_input = ActionInput { scss: scss.user.id.to_string(), ..Default::default() };
    let mut group_members = Vec::new();

    for plan in PLANS {
        let id = application::start(app, &officer, plan.entity, "officer").await?;
        let existing =
            ctpat_store::orgs::orgs_of(app.db.conn(), officer.user.id, &ctpat_domain::AccountRole::SPEAKS_FOR_COMPANY)
                .await?
                .into_iter()
                .find(|o| o.name == plan.org);
        let org = match existing {
            Some(o) => OrgInput { existing: o.id.to_string(), ..Default::default() },
            None => OrgInput { name: plan.org.into(), phone: "+1 202 555 0100".into(), ..Default::default() },
        };
        application::save_organization(app, &officer, id, &org).await?;
        let hq_address = AddressInput {
            line1: format!("100 {} Street", plan.city),
            city: plan.city.into(),
            country: plan.country.into(),
            ..Default::default()
        };
        let site = AddressInput {
            kind: "cargo_facility_staffed".into(),
            line1: "Terminal 4".into(),
            city: plan.city.into(),
            country: plan.country.into(),
            ..Default::default()
        };
        application::save_addresses(
            app,
            &officer,
            id,
            &hq_address,
            &[site, AddressInput::default(), AddressInput::default()],
        )
        .await?;
        if plan.end == "draft" {
            continue;
        }
        contacts::add(
            app,
            &officer,
            id,
            &ContactInput {
                name: officer.user.name.clone(),
                email: officer.user.email.clone(),
                role: "officer".into(),
                primary: true,
                ..Default::default()
            },
        )
        .await?;
        contacts::add(
            app,
            &officer,
            id,
            &ContactInput {
                name: "Operations desk".into(),
                email: format!("ops@{}.example", slug(plan.org)),
                role: "user".into(),
                alternate: true,
                ..Default::default()
            },
        )
        .await?;
        application::finish_contacts(app, &officer, id).await?;
        let raw: Vec<(IdentifierKind, String)> = plan.ids.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let bond_input = plan
            .bond
            .map(|t| BondInput {
                number: format!("{}{:03}", 987654, id % 1000),
                bond_type: t.into(),
                surety: "Liberty Surety Co".into(),
                effective_on: "2025-01-01".into(),
            })
            .unwrap_or_default();
        // Every demo company declares its facts of eligibility (gaps in the demo are bonds).
        let entity = ctpat_domain::partner::EntityType::from_key(plan.entity).ok_or(Error::NotFound)?;
        let declared = ctpat_domain::partner::eligibility::Declaration::required_of(entity);
        application::save_identifiers(app, &officer, id, &raw, &bond_input, declared).await?;
        // The agreement's signature submits the Security Profile too: it is answered first.
        answer_all(app, &officer, id).await?;
        application::sign(app, &officer, id, true, password, "").await?;
        // HQ places each application in a field office: the Mexican manufacturer's with Los
        // Angeles (waiting there for an SCSS), every other with Houston, the demo's own.
        let code = if plan.end == "applicant" { "LAX" } else { "HOU" };
        place(app, &hq, id, code).await?;
        if plan.end == "applicant" {
            continue;
        }
        act(app, &supervisor, id, "assign-scss", scss_input.clone()).await?;
        match plan.end {
            // Recommended once its profile is approved (below): it waits for the Supervisor.
            "under_review" | "recommended" => continue,
            "rejected" => {
                act(app, &supervisor, id, "reject", reason("incomplete_application")).await?;
                continue;
            }
            "ineligible" => {
                act(app, &supervisor, id, "declare-ineligible", reason("eligibility_not_met")).await?;
                continue;
            }
            _ => {}
        }
        // Certification follows an approved Security Profile, as for everyone.
        review_all(app, &scss, id, false).await?;
        act(app, &scss, id, "recommend-certification", ActionInput::default()).await?;
        act(app, &supervisor, id, "certify", ActionInput::default()).await?;
        match plan.end {
            "validated" => {
                super::validations::validated_tier_three(app, &scss, &supervisor, id).await?;
                group_members.push(id);
                // A partner's pending bond change request (partners may not edit bonds).
                bond::save(
                    app,
                    &officer,
                    id,
                    &BondInput {
                        number: "555666777".into(),
                        bond_type: "continuous_import".into(),
                        surety: "Harbor Surety".into(),
                        effective_on: "2026-12-01".into(),
                    },
                )
                .await?;
            }
            "certified" => group_members.push(id),
            "suspended" => {
                act(app, &scss, id, "propose-suspension", reason("security_incident")).await?;
                act(app, &supervisor, id, "decide-suspension", decision("yes")).await?;
                // The company answered with its plan: the Supervisor reads it and decides.
                crate::partner::statements::send(
                    app,
                    &officer,
                    id,
                    ctpat_domain::partner::statement::StatementKind::CorrectiveActionPlan,
                    "Demo plan: after the trailer tampering at the Detroit yard, seals are now checked \
                     and logged at every gate, the yard camera covers the staging lane, and drivers \
                     retrain on seal verification by the end of next month.",
                    None,
                )
                .await?;
            }
            "removed" => act(app, &hq, id, "remove", reason("repeated_non_compliance")).await?,
            "withdrawn" => {
                let signed = ActionInput { confirm: true, password: password.to_string(), ..Default::default() };
                act(app, &officer, id, "withdraw", signed).await?
            }
            "certified-no-bond" => {
                // As migrated data did: the bond is gone and the compliance report shows it.
                let now = app.now();
                let txn = app.db.begin().await?;
                ctpat_store::account_data::set_bond(&txn, id, None, officer.user.id, now).await?;
                let mut e = audit::anonymous(&RequestMeta::cli(), now, "demo.bond_removed", Outcome::Ok);
                e.actor = Some("demo loader".into());
                ctpat_store::audit::append(&txn, for_account(e, id).object("account", id)).await?;
                txn.commit().await?;
            }
            _ => {}
        }
    }
    load_profiles(app, &officer, &scss, password).await?;
    load_svi(app, &officer).await?;
    if let [first, rest @ ..] = group_members.as_slice() {
        let gid = groups::create(app, &scss, "Northwind Imports (all accounts)", &first.to_string()).await?;
        for id in rest {
            groups::link(app, &scss, gid, *id).await?;
        }
        super::validations::scheduled_for_group(app, &scss, *first).await?;
    }
    let pacific = account_of(app, &officer, "Pacific Crest Shipping", "sea_carrier").await?;
    super::validations::in_progress(app, &officer, &scss, &supervisor, pacific).await?;
    let northwind = account_of(app, &officer, "Northwind Imports", "importer").await?;
    super::conversations::load(app, &officer, &scss, northwind).await?;
    // The reminders due soon are planned at once, so `ctpat jobs` lists them.
    crate::jobs::plan_reminders(app, app.now()).await?;
    Ok(())
}

/// Answer every criterion that applies, with a demo narrative.
async fn answer_all(app: &App, officer: &Actor, account_id: i64) -> Result<()> {
    let v = crate::profile::view(app, officer, account_id).await?;
    let mut by_category: std::collections::BTreeMap<u8, Vec<crate::profile::AnswerInput>> = Default::default();
    for c in v.criteria() {
        by_category.entry(c.category).or_default().push(crate::profile::AnswerInput {
            criterion_id: c.id.clone(),
            answer: "meets".into(),
            justification: String::new(),
            narrative: format!(
                "Demo answer: how the company meets criterion {} — written procedure, owner, and yearly review.",
                c.id
            ),
            ..Default::default()
        });
    }
    for (cat, inputs) in by_category {
        crate::profile::save_category(app, officer, account_id, cat, &inputs).await?;
    }
    crate::profile::save_risk(
        app,
        officer,
        account_id,
        &[(1, "Demo: cargo flows from suppliers in Asia through a consolidator to the port of Baltimore.".into())],
    )
    .await?;
    Ok(())
}

async fn review_all(app: &App, scss: &Actor, account_id: i64, return_one: bool) -> Result<()> {
    let v = crate::profile::view(app, scss, account_id).await?;
    let decisions: Vec<crate::profile::review::Decision> = v
        .criteria()
        .iter()
        .map(|c| {
            let ret = return_one && c.id == "1.3";
            crate::profile::review::Decision {
                criterion_id: c.id.clone(),
                decision: if ret { "return".into() } else { "accept".into() },
                comment: if ret { "Say who performs the review and how often.".into() } else { String::new() },
            }
        })
        .collect();
    crate::profile::review::review(app, scss, account_id, &decisions).await?;
    Ok(())
}

/// Profiles in every state, with an evidence file on the approved one.
async fn load_profiles(app: &App, officer: &Actor, scss: &Actor, password: &str) -> Result<()> {
    let mine = accounts::of_member(app.db.conn(), officer.user.id).await?;
    let mut by_status: std::collections::HashMap<String, i64> = Default::default();
    for (a, _) in &mine {
        by_status.entry(format!("{}:{}", a.entity_type.key(), a.status.key())).or_insert(a.id);
    }
    let pick = |key: &str| by_status.get(key).copied();
    if let Some(id) = pick("importer:validated") {
        answer_all(app, officer, id).await?;
        let permit = crate::files::begin_evidence(app, officer, id, "6.1").await?;
        let mut up = crate::files::Incoming::start(app, &permit).await?;
        let pdf = b"%PDF-1.4\n% Demo seal-control procedure\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        up.write(pdf).await.map_err(|_| Error::Internal("demo file".into()))?;
        crate::files::add_evidence(app, officer, permit, "seal-control-procedure.pdf", up).await?;
        crate::profile::review::submit(app, officer, id, true, password, "").await?;
        review_all(app, scss, id, false).await?;
    }
    if let Some(id) = pick("exporter:certified") {
        answer_all(app, officer, id).await?;
        crate::profile::review::submit(app, officer, id, true, password, "").await?;
        review_all(app, scss, id, true).await?;
    }
    // (The customs broker's profile, submitted with its application, waits for the SCSS.)
    // An account whose approved profile the SCSS recommended: the Supervisor decides.
    if let Some(id) = pick("importer:under_review") {
        review_all(app, scss, id, false).await?;
        act(app, scss, id, "recommend-certification", ActionInput::default()).await?;
    }
    // An application in progress with its profile begun.
    if let Some(id) = pick("exporter:draft") {
        crate::profile::save_category(
            app,
            officer,
            id,
            1,
            &[crate::profile::AnswerInput {
                criterion_id: "1.1".into(),
                answer: "partially".into(),
                justification: String::new(),
                narrative: "Demo draft: the statement of support is being drafted by the CEO's office.".into(),
                plan: "The CEO signs the statement of support at the next board meeting.".into(),
                plan_due: (app.now() + chrono::Duration::days(60)).format("%Y-%m-%d").to_string(),
            }],
        )
        .await?;
    }
    Ok(())
}

/// The demo account of `org` with `entity`.
async fn account_of(app: &App, officer: &Actor, org: &str, entity: &str) -> Result<i64> {
    let orgs =
        ctpat_store::orgs::orgs_of(app.db.conn(), officer.user.id, &ctpat_domain::AccountRole::SPEAKS_FOR_COMPANY)
            .await?;
    let org = orgs.into_iter().find(|o| o.name == org).ok_or(Error::NotFound)?;
    accounts::accounts_of_org(app.db.conn(), org.id)
        .await?
        .into_iter()
        .find(|a| a.entity_type.key() == entity)
        .map(|a| a.id)
        .ok_or(Error::NotFound)
}

/// SVI: connected pairs (one by automatic acceptance), a declined and so blocked pair, a
/// pending request, an account that shares more, and a suspended partner seen by another.
async fn load_svi(app: &App, officer: &Actor) -> Result<()> {
    use crate::svi::{self, SettingsInput};
    let northwind = account_of(app, officer, "Northwind Imports", "importer").await?;
    let monterrey = account_of(app, officer, "Monterrey Precision Parts", "foreign_manufacturer").await?;
    let pacific = account_of(app, officer, "Pacific Crest Shipping", "sea_carrier").await?;
    let coastal = account_of(app, officer, "Coastal Grocers", "importer").await?;
    let blue = account_of(app, officer, "Blue Harbor Customs Brokerage", "customs_broker").await?;
    let lakes = account_of(app, officer, "Great Lakes Trucking", "highway_carrier").await?;
    let all = SettingsInput { scope: "all".into(), ..Default::default() };
    svi::save_settings(app, officer, northwind, &SettingsInput { share_more: Some("on".into()), ..all.clone() })
        .await?;
    svi::save_settings(app, officer, monterrey, &SettingsInput { auto_accept: Some("on".into()), ..all.clone() })
        .await?;
    svi::request_by_id(app, officer, northwind, monterrey).await?;
    let c = svi::request_by_id(app, officer, pacific, northwind).await?;
    svi::accept(app, officer, northwind, c.id).await?;
    let c = svi::request_by_id(app, officer, coastal, northwind).await?;
    svi::decline(app, officer, northwind, c.id).await?;
    svi::request_by_id(app, officer, blue, northwind).await?;
    let c = svi::request_by_id(app, officer, lakes, pacific).await?;
    svi::accept(app, officer, pacific, c.id).await?;
    Ok(())
}
