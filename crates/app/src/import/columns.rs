//! The columns each sheet reads (`docs/import.md` documents them; a test keeps the two
//! together). A column not listed here is kept with its account as a legacy value.

use ctpat_domain::partner::identifiers::IdentifierKind;

#[derive(Debug, Clone, Copy)]
pub struct Col {
    pub name: &'static str,
    pub required: bool,
}

const fn req(name: &'static str) -> Col {
    Col { name, required: true }
}

const fn opt(name: &'static str) -> Col {
    Col { name, required: false }
}

pub const ACCOUNTS: &[Col] = &[
    req("legacy_id"),
    opt("organization_legacy_id"),
    req("organization_name"),
    opt("dba"),
    opt("phone"),
    opt("website"),
    req("entity_type"),
    opt("bond_number"),
    opt("bond_type"),
    opt("bond_surety"),
    opt("bond_effective_on"),
    opt("hq_line1"),
    opt("hq_line2"),
    opt("hq_city"),
    opt("hq_region"),
    opt("hq_postal_code"),
    opt("hq_country"),
    opt("hq_staffed"),
    req("status"),
    opt("applied_on"),
    opt("scss_email"),
    opt("certified_on"),
    opt("validated_on"),
    opt("tier_three"),
    opt("last_annual_review_on"),
    opt("suspended_on"),
    opt("suspension_reason"),
    opt("cap_submitted_on"),
    opt("removed_on"),
    opt("removal_reason"),
    opt("withdrawn_on"),
    opt("decided_on"),
    opt("decision_reason"),
    opt("field_office"),
    opt("svi_number"),
];

pub const CONTACTS: &[Col] = &[
    req("legacy_id"),
    req("account_legacy_id"),
    req("name"),
    req("email"),
    opt("phone"),
    opt("title"),
    opt("role"),
    opt("primary"),
    opt("alternate"),
    opt("login"),
];

pub const ADDRESSES: &[Col] = &[
    req("legacy_id"),
    req("account_legacy_id"),
    req("kind"),
    req("line1"),
    opt("line2"),
    req("city"),
    opt("region"),
    opt("postal_code"),
    req("country"),
    opt("staffed"),
];

pub const CONNECTIONS: &[Col] = &[
    opt("legacy_id"),
    req("account_legacy_id"),
    opt("partner_legacy_id"),
    opt("partner_svi_number"),
    opt("connected_on"),
];

/// Columns of the history: a change in any of them rewrites the account's imported history.
pub const HISTORY: &[&str] = &[
    "status",
    "applied_on",
    "scss_email",
    "certified_on",
    "validated_on",
    "tier_three",
    "last_annual_review_on",
    "suspended_on",
    "suspension_reason",
    "cap_submitted_on",
    "removed_on",
    "removal_reason",
    "withdrawn_on",
    "decided_on",
    "decision_reason",
];

/// Whether `name` is read by `sheet` (identifier columns, named by their kind, are read by the
/// accounts sheet).
pub fn is_known(sheet: &str, name: &str) -> bool {
    of(sheet).iter().any(|c| c.name == name) || (sheet == "accounts" && IdentifierKind::from_key(name).is_some())
}

pub fn of(sheet: &str) -> &'static [Col] {
    match sheet {
        "accounts" => ACCOUNTS,
        "contacts" => CONTACTS,
        "addresses" => ADDRESSES,
        _ => CONNECTIONS,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_column_is_documented() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/import.md")).unwrap();
        let all = super::ACCOUNTS.iter().chain(super::CONTACTS).chain(super::ADDRESSES).chain(super::CONNECTIONS);
        for c in all {
            assert!(doc.contains(&format!("`{}`", c.name)), "docs/import.md does not name the column {}", c.name);
        }
        for k in ctpat_domain::partner::identifiers::IdentifierKind::ALL {
            assert!(doc.contains(&format!("`{}`", k.key())), "docs/import.md does not name the identifier {}", k.key());
        }
    }
}
