//! The company data of an application: organization, addresses, identifiers and bond, each
//! step checked field by field (every problem named on its field) and saved in one
//! transaction.

use super::*;

pub(super) fn opt(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

pub(super) fn text(
    field: &'static str,
    raw: &str,
    max: usize,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    let t = raw.trim();
    if t.is_empty() {
        if required {
            errors.push(Problem::new("err-required").on(field));
        }
        return None;
    }
    if t.chars().count() > max {
        errors.push(Problem::new("err-too-long").with("max", max).on(field));
        return None;
    }
    if t.chars().any(char::is_control) {
        errors.push(Problem::new("err-control-chars").on(field));
        return None;
    }
    Some(t.to_string())
}

pub(super) fn phone(field: &'static str, raw: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let ok = (7..=15).contains(&digits) && t.chars().all(|c| c.is_ascii_digit() || " +-().x".contains(c));
    if ok {
        Some(t.to_string())
    } else {
        errors.push(Problem::new("err-phone").on(field));
        None
    }
}

pub(super) fn number(field: &'static str, raw: &str, min: i64, max: i64, errors: &mut Vec<FieldError>) -> Option<i32> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    match t.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Some(n as i32),
        _ => {
            errors.push(Problem::new("err-number-range").with("min", min).with("max", max).on(field));
            None
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct OrgInput {
    /// An organization the actor already belongs to (its id), instead of a new one.
    pub existing: String,
    pub name: String,
    pub dba: String,
    pub phone: String,
    pub website: String,
    pub year_founded: String,
    pub employee_count: String,
    pub ownership_type: String,
}

pub const OWNERSHIP_TYPES: [&str; 6] =
    ["corporation", "llc", "partnership", "sole_proprietorship", "government", "other"];

pub async fn save_organization(app: &App, actor: &Actor, account_id: i64, f: &OrgInput) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = draft(&txn, actor, account_id, Permission::EditCompanyData).await?;
    let mut errors = Vec::new();
    let org_id = if let Some(existing) = opt(&f.existing) {
        let mine = orgs::orgs_of(&txn, actor.user.id, &AccountRole::SPEAKS_FOR_COMPANY).await?;
        let Some(org) = existing.parse::<i64>().ok().and_then(|id| mine.into_iter().find(|o| o.id == id)) else {
            return Err(Error::field("existing", Problem::new("err-choose-one")));
        };
        let taken = accounts::accounts_of_org(&txn, org.id)
            .await?
            .into_iter()
            .any(|a| a.id != r.account.id && a.entity_type == r.entity && !a.status.is_closed());
        if taken {
            return Err(Error::field("existing", Problem::new("err-org-has-entity")));
        }
        // Filing a draft under a company must not bring in a signatory it did not choose:
        // under an organization with Officers, the draft's Officers — the applicant as Officer,
        // anyone who joined the draft as Officer, anyone invited as Officer — must be Officers
        // of that company already.
        let mut probe = r.account.clone();
        probe.organization_id = Some(org.id);
        let officers = crate::partner::contacts::company_officers(&txn, &probe).await?;
        if !officers.is_empty() {
            let mut alone = r.account.clone();
            alone.organization_id = None;
            let draft_officers = crate::partner::contacts::company_officers(&txn, &alone).await?;
            let invited: Vec<String> = account_data::open_invitations_to(&txn, r.account.id, AccountRole::Officer, now)
                .await?
                .into_iter()
                .map(|i| i.email.to_lowercase())
                .collect();
            if draft_officers.iter().chain(&invited).any(|e| !officers.contains(e)) {
                return Err(Error::field("existing", Problem::new("err-org-officer-only")));
            }
        }
        org.id
    } else {
        let name = text("name", &f.name, 200, true, &mut errors);
        let dba = text("dba", &f.dba, 200, false, &mut errors);
        let phone = phone("phone", &f.phone, &mut errors);
        let website = text("website", &f.website, 200, false, &mut errors);
        if website.as_deref().is_some_and(|w| w.contains(' ') || !w.contains('.')) {
            errors.push(Problem::new("err-website").on("website"));
        }
        let year = number("year_founded", &f.year_founded, 1600, i64::from(now.year()), &mut errors);
        let employees = number("employee_count", &f.employee_count, 1, 10_000_000, &mut errors);
        let ownership = opt(&f.ownership_type);
        if ownership.is_some_and(|o| !OWNERSHIP_TYPES.contains(&o)) {
            errors.push(Problem::new("err-choose-one").on("ownership_type"));
        }
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
        let values = NewOrg {
            name: name.as_deref().unwrap_or_default(),
            dba: dba.as_deref(),
            phone: phone.as_deref(),
            website: website.as_deref(),
            year_founded: year,
            employee_count: employees,
            ownership_type: ownership,
        };
        // Editing the draft's own new organization again updates it.
        let own = match r.account.organization_id {
            Some(id) => orgs::org(&txn, id).await?.filter(|o| o.created_by == actor.user.id),
            None => None,
        };
        match own {
            Some(o) if accounts::accounts_of_org(&txn, o.id).await?.len() == 1 => {
                orgs::update_org(&txn, &o, values, now).await?.id
            }
            _ => orgs::insert_org(&txn, values, actor.user.id, now).await?.id,
        }
    };
    let before = json!({"organization_id": r.account.organization_id});
    let account = accounts::attach_to_org(&txn, &r.account, org_id, now).await?;
    let r = Reach { account, ..r };
    advance(&txn, app, &r, Step::Organization).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "application.organization_saved", Outcome::Ok), account_id)
            .object("organization", org_id)
            .before(before)
            .after(json!({"organization_id": org_id})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct AddressInput {
    /// The site type, one of [`SITE_TYPES`] (the headquarters block has none): it says both
    /// what the site is and whether people work there.
    pub kind: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    pub country: String,
}

impl AddressInput {
    fn is_blank(&self) -> bool {
        [&self.line1, &self.line2, &self.city, &self.region, &self.postal_code, &self.country]
            .iter()
            .all(|s| s.trim().is_empty())
    }
}

/// The types of site a person chooses from: one choice says what the site is and whether it is
/// staffed, so the two can never contradict each other.
pub const SITE_TYPES: [&str; 4] = ["office", "cargo_facility_staffed", "cargo_facility", "training_site"];

/// The stored kind of address and whether it is staffed, for a site type (`hq` included).
fn kind_of_site(site: &str) -> Option<(&'static str, bool)> {
    Some(match site {
        "hq" => ("hq", true),
        "office" => ("office", true),
        "cargo_facility_staffed" => ("cargo_facility", true),
        "cargo_facility" => ("cargo_facility", false),
        "training_site" => ("training_site", false),
        _ => return None,
    })
}

/// The site type of a stored address: the choice the form shows again.
pub fn site_type(kind: &str, staffed: bool) -> &'static str {
    match (kind, staffed) {
        ("hq", _) => "hq",
        ("office", _) => "office",
        ("cargo_facility", true) => "cargo_facility_staffed",
        ("cargo_facility", false) => "cargo_facility",
        ("training_site", _) => "training_site",
        _ => "",
    }
}

/// Address fields, per block: `hq_line1`, `a1_city`…
const ADDRESS_FIELDS: [(&str, [&str; 7]); 4] = [
    ("hq", ["hq_kind", "hq_line1", "hq_line2", "hq_city", "hq_region", "hq_postal_code", "hq_country"]),
    ("a1", ["a1_kind", "a1_line1", "a1_line2", "a1_city", "a1_region", "a1_postal_code", "a1_country"]),
    ("a2", ["a2_kind", "a2_line1", "a2_line2", "a2_city", "a2_region", "a2_postal_code", "a2_country"]),
    ("a3", ["a3_kind", "a3_line1", "a3_line2", "a3_city", "a3_region", "a3_postal_code", "a3_country"]),
];

fn address(prefix: &str, a: &AddressInput, kind: &str, errors: &mut Vec<FieldError>) -> Option<NewAddress> {
    let names = ADDRESS_FIELDS.iter().find(|(p, _)| *p == prefix).map(|(_, n)| n).unwrap_or(&ADDRESS_FIELDS[0].1);
    let f = |name: &str| -> &'static str {
        names.iter().copied().find(|n| n.ends_with(name) && n[3..] == *name).unwrap_or(names[0])
    };
    let line1 = text(f("line1"), &a.line1, 200, true, errors);
    let line2 = text(f("line2"), &a.line2, 200, false, errors);
    let city = text(f("city"), &a.city, 100, true, errors);
    let region = text(f("region"), &a.region, 100, false, errors);
    let postal = text(f("postal_code"), &a.postal_code, 20, false, errors);
    let country = match Country::parse(&a.country) {
        Ok(c) => Some(c.code().to_string()),
        Err(p) => {
            errors.push(p.on(f("country")));
            None
        }
    };
    let site = kind_of_site(kind);
    if site.is_none() {
        errors.push(Problem::new("err-choose-one").on(f("kind")));
    }
    let (kind, staffed) = site?;
    Some(NewAddress {
        kind: kind.to_string(),
        line1: line1?,
        line2,
        city: city?,
        region,
        postal_code: postal,
        country: country?,
        staffed,
    })
}

/// Field prefixes of the optional address blocks.
pub const OTHER_PREFIXES: [&str; 3] = ["a1", "a2", "a3"];

/// The headquarters and the other addresses as typed, each problem on its field (a blank
/// optional block is left out).
pub(crate) fn parse_addresses(
    hq: &AddressInput,
    others: &[AddressInput],
) -> std::result::Result<Vec<NewAddress>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut list = Vec::new();
    if let Some(a) = address("hq", hq, "hq", &mut errors) {
        list.push(a);
    }
    for (prefix, a) in OTHER_PREFIXES.iter().zip(others) {
        if !a.is_blank()
            && let Some(a) = address(prefix, a, a.kind.trim(), &mut errors)
        {
            list.push(a);
        }
    }
    if errors.is_empty() { Ok(list) } else { Err(errors) }
}

/// The organization's own data as typed (name, trade name, phone, website), each problem on its
/// field.
pub(crate) fn parse_org_contact(f: &OrgInput) -> std::result::Result<OrgContact, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = text("name", &f.name, 200, true, &mut errors);
    let dba = text("dba", &f.dba, 200, false, &mut errors);
    let phone = phone("phone", &f.phone, &mut errors);
    let website = text("website", &f.website, 200, false, &mut errors);
    if website.as_deref().is_some_and(|w| w.contains(' ') || !w.contains('.')) {
        errors.push(Problem::new("err-website").on("website"));
    }
    match name {
        Some(name) if errors.is_empty() => Ok(OrgContact { name, dba, phone, website }),
        _ => Err(errors),
    }
}

/// What identifies an organization to the program, as a change request carries it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrgContact {
    pub name: String,
    pub dba: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

pub async fn save_addresses(
    app: &App,
    actor: &Actor,
    account_id: i64,
    hq: &AddressInput,
    others: &[AddressInput],
) -> Result<()> {
    let list = parse_addresses(hq, others).map_err(Error::Invalid)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = draft(&txn, actor, account_id, Permission::EditCompanyData).await?;
    let before: Vec<serde_json::Value> = account_data::addresses(&txn, account_id)
        .await?
        .iter()
        .map(|a| json!({"kind": a.kind, "line1": a.line1, "city": a.city, "country": a.country}))
        .collect();
    account_data::replace_addresses(&txn, account_id, &list).await?;
    advance(&txn, app, &r, Step::Addresses).await?;
    let after: Vec<serde_json::Value> =
        list.iter().map(|a| json!({"kind": a.kind, "line1": a.line1, "city": a.city, "country": a.country})).collect();
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "application.addresses_saved", Outcome::Ok), account_id)
            .object("account", account_id)
            .before(json!(before))
            .after(json!(after)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct BondInput {
    pub number: String,
    pub bond_type: String,
    pub surety: String,
    pub effective_on: String,
}

pub const BOND_TYPES: [&str; 5] =
    ["continuous_import", "single_transaction", "international_carrier", "custodial", "common_carrier"];

/// Validate bond fields; `None` when all are blank.
pub(crate) fn parse_bond(b: &BondInput, required: bool) -> std::result::Result<Option<NewBond>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let blank = [&b.number, &b.surety, &b.effective_on].iter().all(|s| s.trim().is_empty());
    if blank && !required {
        return Ok(None);
    }
    let number: String = b.number.trim().to_uppercase();
    if number.is_empty() {
        errors.push(Problem::new("err-required").on("bond_number"));
    } else if !(6..=20).contains(&number.len()) || !number.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-') {
        errors.push(Problem::new("err-bond-number").on("bond_number"));
    }
    if !BOND_TYPES.contains(&b.bond_type.trim()) {
        errors.push(Problem::new("err-choose-one").on("bond_type"));
    }
    let surety = text("bond_surety", &b.surety, 200, false, &mut errors);
    let effective = opt(&b.effective_on).map(str::to_string);
    if let Some(d) = &effective
        && chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err()
    {
        errors.push(Problem::new("err-date").on("bond_effective_on"));
    }
    if errors.is_empty() {
        Ok(Some(NewBond { number, bond_type: b.bond_type.trim().to_string(), surety, effective_on: effective }))
    } else {
        Err(errors)
    }
}

pub async fn save_identifiers(
    app: &App,
    actor: &Actor,
    account_id: i64,
    raw: &[(IdentifierKind, String)],
    bond: &BondInput,
    declared: &[Declaration],
) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = draft(&txn, actor, account_id, Permission::EditCompanyData).await?;
    let hq = account_data::addresses(&txn, account_id).await?.into_iter().find(|a| a.kind == "hq");
    let hq_country = hq.and_then(|a| Country::parse(&a.country).ok());
    let mut errors = Vec::new();
    let ids = identifiers::parse_all(r.entity, raw, hq_country).map_err(|e| errors.extend(e)).ok();
    let bond = parse_bond(bond, r.entity.bond_required()).map_err(|e| errors.extend(e)).ok();
    let (Some(ids), Some(bond)) = (ids, bond) else { return Err(Error::Invalid(errors)) };
    let stored: Vec<(String, String)> = ids.iter().map(|(k, v)| (k.key().to_string(), v.clone())).collect();
    account_data::replace_identifiers(&txn, account_id, &stored).await?;
    account_data::set_bond(&txn, account_id, bond.as_ref(), actor.user.id, now).await?;
    let keys = declared_keys(r.entity, declared);
    account_data::set_declarations(&txn, account_id, &keys, actor.user.id, now).await?;
    advance(&txn, app, &r, Step::Identifiers).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "application.identifiers_saved", Outcome::Ok), account_id)
            .object("account", account_id)
            .after(json!({"identifiers": stored, "bond": bond.as_ref().map(|b| json!({"number": b.number, "type": b.bond_type})), "declarations": keys})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The keys of what was declared, keeping only what the entity type declares.
pub(crate) fn declared_keys(entity: EntityType, declared: &[Declaration]) -> Vec<&'static str> {
    Declaration::required_of(entity).iter().filter(|d| declared.contains(d)).map(|d| d.key()).collect()
}
