//! The business entity types a company can participate as. One account per type.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    Importer,
    Exporter,
    CustomsBroker,
    ForeignManufacturer,
    HighwayCarrier,
    MexicanLongHaulCarrier,
    RailCarrier,
    AirCarrier,
    SeaCarrier,
    Consolidator,
    MarinePortTerminalOperator,
    ThirdPartyLogistics,
}

/// Shown as its key (the message catalogue's `entity-<key>`).
impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl EntityType {
    pub const ALL: [EntityType; 12] = [
        EntityType::Importer,
        EntityType::Exporter,
        EntityType::CustomsBroker,
        EntityType::ForeignManufacturer,
        EntityType::HighwayCarrier,
        EntityType::MexicanLongHaulCarrier,
        EntityType::RailCarrier,
        EntityType::AirCarrier,
        EntityType::SeaCarrier,
        EntityType::Consolidator,
        EntityType::MarinePortTerminalOperator,
        EntityType::ThirdPartyLogistics,
    ];

    /// Stable key, shared with the MSC catalog (`applies_to`) and the message catalogue
    /// (`entity-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            EntityType::Importer => "importer",
            EntityType::Exporter => "exporter",
            EntityType::CustomsBroker => "customs_broker",
            EntityType::ForeignManufacturer => "foreign_manufacturer",
            EntityType::HighwayCarrier => "highway_carrier",
            EntityType::MexicanLongHaulCarrier => "mexican_long_haul_carrier",
            EntityType::RailCarrier => "rail_carrier",
            EntityType::AirCarrier => "air_carrier",
            EntityType::SeaCarrier => "sea_carrier",
            EntityType::Consolidator => "consolidator",
            EntityType::MarinePortTerminalOperator => "marine_port_terminal_operator",
            EntityType::ThirdPartyLogistics => "third_party_logistics",
        }
    }

    pub fn from_key(s: &str) -> Option<EntityType> {
        Self::ALL.into_iter().find(|e| e.key() == s)
    }

    /// Carriers are bonded as carriers; each entity type holds the bond of its trade.
    pub fn bond_required(self) -> bool {
        matches!(
            self,
            EntityType::Importer
                | EntityType::RailCarrier
                | EntityType::AirCarrier
                | EntityType::SeaCarrier
                | EntityType::Consolidator
        )
    }

    /// The bond types that satisfy the entity type's bond requirement (empty: any, or none
    /// needed): a continuous import bond for importers, an international carrier bond for air
    /// and sea carriers, a common carrier bond for rail, an international carrier or custodial
    /// bond for consolidators.
    pub fn bond_types(self) -> &'static [&'static str] {
        match self {
            EntityType::Importer => &["continuous_import"],
            EntityType::AirCarrier | EntityType::SeaCarrier => &["international_carrier"],
            EntityType::RailCarrier => &["common_carrier"],
            EntityType::Consolidator => &["international_carrier", "custodial"],
            _ => &[],
        }
    }

    /// Exporters need a main and an alternate point of contact.
    pub fn needs_alternate_contact(self) -> bool {
        self == EntityType::Exporter
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_the_catalog_keys() {
        for e in EntityType::ALL {
            assert_eq!(EntityType::from_key(e.key()), Some(e));
        }
        let reference = include_str!("../../../../catalog/entity-types.txt");
        let keys: Vec<&str> = reference.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        assert_eq!(keys, EntityType::ALL.iter().map(|e| e.key()).collect::<Vec<_>>());
    }
}
