//! Mandatory eligibility data per entity type: what an account must hold, and the
//! list of what it lacks — the live compliance report and the sweep both ask this.

use super::EntityType;
use super::identifiers::{IdentifierKind, Need, fields};
use crate::country::Country;

/// One piece of mandatory data an account lacks (catalogue id `missing-<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Missing {
    Identifier(IdentifierKind),
    /// At least one of a group of identifiers (e.g. EIN or DUNS).
    OneOfIdentifiers(IdentifierKind, IdentifierKind),
    Bond,
    /// The bond on file is not of a type the entity type needs (an importer's must be a
    /// continuous import bond, a carrier's an international carrier bond…).
    BondType(EntityType),
    HqAddress,
    Contacts,
    PrimaryOfficer,
    AlternateContact,
    /// A staffed office in the United States or Canada (importers).
    OfficeInUsOrCanada,
    /// A staffed office in the United States (customs brokers).
    OfficeInUs,
    /// No cargo facility listed, where the entity type handles cargo at its own sites.
    CargoFacility,
    /// A fact of eligibility the company declares (it imported in the last year…).
    Declaration(Declaration),
}

/// A fact of eligibility only the company can state, declared by an Officer or Account admin
/// and kept with who declared it and when: the program trusts it and checks it at validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Declaration {
    /// Importers: goods imported into the United States or Canada in the last 12 months.
    ImportedLast12Months,
    /// Exporters: a documented export security program.
    ExportSecurityProgram,
    /// Customs brokers: customs business transacted in the last year.
    BrokerActiveLastYear,
    /// Highway carriers: the fleet crosses the border.
    CrossesBorder,
    /// Mexican long-haul carriers: hauls cargo bound for the United States.
    HaulsUsBoundCargo,
    /// Sea carriers: vessels comply with ISPS and MTSA.
    IspsMtsaCompliant,
    /// Third-party logistics providers: asset-based (own or operate warehouses or vehicles).
    AssetBased,
}

impl Declaration {
    pub const ALL: [Declaration; 7] = [
        Declaration::ImportedLast12Months,
        Declaration::ExportSecurityProgram,
        Declaration::BrokerActiveLastYear,
        Declaration::CrossesBorder,
        Declaration::HaulsUsBoundCargo,
        Declaration::IspsMtsaCompliant,
        Declaration::AssetBased,
    ];

    /// Stable key (stored, and the message catalogue's `declaration-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Declaration::ImportedLast12Months => "imported_last_12_months",
            Declaration::ExportSecurityProgram => "export_security_program",
            Declaration::BrokerActiveLastYear => "broker_active_last_year",
            Declaration::CrossesBorder => "crosses_border",
            Declaration::HaulsUsBoundCargo => "hauls_us_bound_cargo",
            Declaration::IspsMtsaCompliant => "isps_mtsa_compliant",
            Declaration::AssetBased => "asset_based",
        }
    }

    pub fn from_key(s: &str) -> Option<Declaration> {
        Self::ALL.into_iter().find(|d| d.key() == s)
    }

    /// The catalogue id naming it as missing (`missing-` and `Missing::key`).
    pub fn missing_id(self) -> &'static str {
        match self {
            Declaration::ImportedLast12Months => "missing-declaration_imported_last_12_months",
            Declaration::ExportSecurityProgram => "missing-declaration_export_security_program",
            Declaration::BrokerActiveLastYear => "missing-declaration_broker_active_last_year",
            Declaration::CrossesBorder => "missing-declaration_crosses_border",
            Declaration::HaulsUsBoundCargo => "missing-declaration_hauls_us_bound_cargo",
            Declaration::IspsMtsaCompliant => "missing-declaration_isps_mtsa_compliant",
            Declaration::AssetBased => "missing-declaration_asset_based",
        }
    }

    /// What an entity type must declare to be eligible.
    pub fn required_of(entity: EntityType) -> &'static [Declaration] {
        match entity {
            EntityType::Importer => &[Declaration::ImportedLast12Months],
            EntityType::Exporter => &[Declaration::ExportSecurityProgram],
            EntityType::CustomsBroker => &[Declaration::BrokerActiveLastYear],
            EntityType::HighwayCarrier => &[Declaration::CrossesBorder],
            EntityType::MexicanLongHaulCarrier => &[Declaration::HaulsUsBoundCargo],
            EntityType::SeaCarrier => &[Declaration::IspsMtsaCompliant],
            EntityType::ThirdPartyLogistics => &[Declaration::AssetBased],
            _ => &[],
        }
    }
}

/// Entity types that handle cargo at sites of their own list their top cargo facilities (by
/// volume or risk, up to three on the form; at least one is mandatory).
pub fn lists_cargo_facilities(entity: EntityType) -> bool {
    matches!(
        entity,
        EntityType::Importer
            | EntityType::Exporter
            | EntityType::ForeignManufacturer
            | EntityType::Consolidator
            | EntityType::MarinePortTerminalOperator
            | EntityType::ThirdPartyLogistics
    )
}

impl Missing {
    pub fn key(&self) -> String {
        match self {
            Missing::Identifier(k) => format!("id_{}", k.key()),
            Missing::OneOfIdentifiers(a, b) => format!("id_{}_or_{}", a.key(), b.key()),
            Missing::Bond => "bond".into(),
            Missing::BondType(e) => format!("bond_type_{}", e.key()),
            Missing::HqAddress => "hq_address".into(),
            Missing::Contacts => "contacts".into(),
            Missing::PrimaryOfficer => "primary_officer".into(),
            Missing::AlternateContact => "alternate_contact".into(),
            Missing::OfficeInUsOrCanada => "office_us_ca".into(),
            Missing::OfficeInUs => "office_us".into(),
            Missing::CargoFacility => "cargo_facility".into(),
            Missing::Declaration(d) => format!("declaration_{}", d.key()),
        }
    }
}

/// The bond type an importer must hold.
pub const CONTINUOUS_IMPORT_BOND: &str = "continuous_import";

/// What is known about an account, as the report needs it.
#[derive(Debug, Clone)]
pub struct Facts {
    pub entity: EntityType,
    pub identifiers: Vec<IdentifierKind>,
    pub has_bond: bool,
    /// The bond's type key (`continuous_import`, `single_transaction`…), when there is one.
    pub bond_type: Option<String>,
    pub hq_country: Option<Country>,
    /// Countries of the account's staffed offices (HQ included).
    pub office_countries: Vec<Country>,
    pub contacts: usize,
    pub primary_is_officer: bool,
    pub has_alternate: bool,
    /// Cargo facilities listed among the addresses.
    pub cargo_facilities: usize,
    /// What the company has declared.
    pub declarations: Vec<Declaration>,
}

pub fn missing(f: &Facts) -> Vec<Missing> {
    let mut out = Vec::new();
    let has = |k: &IdentifierKind| f.identifiers.contains(k);
    let list = fields(f.entity);
    for (k, need) in list {
        match need {
            Need::Required if !has(k) => out.push(Missing::Identifier(*k)),
            Need::Optional if *k == IdentifierKind::Rfc && f.hq_country == Some(Country::MX) && !has(k) => {
                out.push(Missing::Identifier(*k))
            }
            Need::OneOf(g) => {
                let group: Vec<IdentifierKind> =
                    list.iter().filter(|(_, n)| *n == Need::OneOf(*g)).map(|(k, _)| *k).collect();
                if group.first() == Some(k) && !group.iter().any(has) && group.len() >= 2 {
                    out.push(Missing::OneOfIdentifiers(group[0], group[1]));
                }
            }
            _ => {}
        }
    }
    if f.entity.bond_required() && !f.has_bond {
        out.push(Missing::Bond);
    }
    let types = f.entity.bond_types();
    if f.has_bond && !types.is_empty() && !f.bond_type.as_deref().is_some_and(|t| types.contains(&t)) {
        out.push(Missing::BondType(f.entity));
    }
    if f.hq_country.is_none() {
        out.push(Missing::HqAddress);
    }
    if f.contacts < 2 {
        out.push(Missing::Contacts);
    }
    if !f.primary_is_officer {
        out.push(Missing::PrimaryOfficer);
    }
    if f.entity.needs_alternate_contact() && !f.has_alternate {
        out.push(Missing::AlternateContact);
    }
    match f.entity {
        EntityType::Importer if !f.office_countries.iter().any(|c| *c == Country::US || *c == Country::CA) => {
            out.push(Missing::OfficeInUsOrCanada)
        }
        EntityType::CustomsBroker if !f.office_countries.contains(&Country::US) => out.push(Missing::OfficeInUs),
        _ => {}
    }
    if lists_cargo_facilities(f.entity) && f.cargo_facilities == 0 {
        out.push(Missing::CargoFacility);
    }
    for d in Declaration::required_of(f.entity) {
        if !f.declarations.contains(d) {
            out.push(Missing::Declaration(*d));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(entity: EntityType) -> Facts {
        Facts {
            entity,
            identifiers: vec![],
            has_bond: false,
            bond_type: None,
            hq_country: Some(Country::US),
            office_countries: vec![Country::US],
            contacts: 2,
            primary_is_officer: true,
            has_alternate: true,
            cargo_facilities: 1,
            declarations: Declaration::required_of(entity).to_vec(),
        }
    }

    #[test]
    fn importer_without_bond_or_ior() {
        let m = missing(&facts(EntityType::Importer));
        assert_eq!(m, vec![Missing::Identifier(IdentifierKind::Ior), Missing::Bond]);
        let mut f = facts(EntityType::Importer);
        f.identifiers = vec![IdentifierKind::Ior];
        f.has_bond = true;
        f.bond_type = Some(CONTINUOUS_IMPORT_BOND.into());
        f.office_countries = vec![Country::MX];
        assert_eq!(missing(&f), vec![Missing::OfficeInUsOrCanada]);
    }

    #[test]
    fn an_importer_needs_a_continuous_import_bond() {
        let mut f = facts(EntityType::Importer);
        f.identifiers = vec![IdentifierKind::Ior];
        f.has_bond = true;
        f.bond_type = Some("single_transaction".into());
        assert_eq!(missing(&f), vec![Missing::BondType(EntityType::Importer)]);
        let mut exporter = facts(EntityType::Exporter);
        exporter.identifiers = vec![IdentifierKind::Ein];
        exporter.has_bond = true;
        exporter.bond_type = Some("single_transaction".into());
        assert!(!missing(&exporter).iter().any(|m| matches!(m, Missing::BondType(_))), "exporters need no bond type");
    }

    #[test]
    fn carriers_need_their_kind_of_bond() {
        let mut sea = facts(EntityType::SeaCarrier);
        sea.identifiers = vec![IdentifierKind::Scac];
        sea.has_bond = true;
        sea.bond_type = Some("continuous_import".into());
        assert!(missing(&sea).contains(&Missing::BondType(EntityType::SeaCarrier)));
        sea.bond_type = Some("international_carrier".into());
        assert!(!missing(&sea).iter().any(|m| matches!(m, Missing::BondType(_))));
        let mut consolidator = facts(EntityType::Consolidator);
        consolidator.has_bond = true;
        consolidator.bond_type = Some("custodial".into());
        assert!(!missing(&consolidator).iter().any(|m| matches!(m, Missing::BondType(_))), "custodial will do");
        assert_eq!(Missing::BondType(EntityType::RailCarrier).key(), "bond_type_rail_carrier");
    }

    #[test]
    fn one_of_groups_and_contacts() {
        let mut f = facts(EntityType::Exporter);
        f.has_alternate = false;
        f.contacts = 1;
        let m = missing(&f);
        assert!(m.contains(&Missing::OneOfIdentifiers(IdentifierKind::Ein, IdentifierKind::Duns)));
        assert!(m.contains(&Missing::AlternateContact));
        assert!(m.contains(&Missing::Contacts));
        f.identifiers = vec![IdentifierKind::Duns];
        assert!(!missing(&f).iter().any(|x| matches!(x, Missing::OneOfIdentifiers(..))));
        assert_eq!(Missing::OneOfIdentifiers(IdentifierKind::Ein, IdentifierKind::Duns).key(), "id_ein_or_duns");
    }

    #[test]
    fn each_type_declares_its_own_facts_of_eligibility() {
        let mut carrier = facts(EntityType::HighwayCarrier);
        carrier.identifiers = vec![IdentifierKind::Scac, IdentifierKind::Usdot];
        assert_eq!(missing(&carrier), vec![]);
        carrier.declarations.clear();
        assert_eq!(missing(&carrier), vec![Missing::Declaration(Declaration::CrossesBorder)]);
        let mut broker = facts(EntityType::CustomsBroker);
        broker.declarations.clear();
        assert!(missing(&broker).contains(&Missing::Declaration(Declaration::BrokerActiveLastYear)));
        assert_eq!(Missing::Declaration(Declaration::AssetBased).key(), "declaration_asset_based");
        for d in Declaration::ALL {
            assert_eq!(Declaration::from_key(d.key()), Some(d));
            assert_eq!(d.missing_id(), format!("missing-{}", Missing::Declaration(d).key()));
        }
    }

    #[test]
    fn cargo_handlers_list_a_cargo_facility_and_carriers_need_not() {
        let mut importer = facts(EntityType::Importer);
        importer.identifiers = vec![IdentifierKind::Ior];
        importer.has_bond = true;
        importer.bond_type = Some(CONTINUOUS_IMPORT_BOND.into());
        importer.cargo_facilities = 0;
        assert_eq!(missing(&importer), vec![Missing::CargoFacility]);
        let mut rail = facts(EntityType::RailCarrier);
        rail.cargo_facilities = 0;
        assert!(!missing(&rail).contains(&Missing::CargoFacility));
    }

    #[test]
    fn every_type_lists_something_when_empty() {
        for e in EntityType::ALL {
            let f = Facts { identifiers: vec![], ..facts(e) };
            assert!(!missing(&f).is_empty(), "{e:?}");
        }
    }
}
