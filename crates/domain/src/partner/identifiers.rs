//! Identifiers an account carries, one newtype each, parsed (normalised) on input. A bad value is a
//! field error naming the expected format (`err-id-<kind>` in the catalogue).

use super::EntityType;
use crate::country::Country;
use crate::problem::Problem;
use std::fmt;

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn upper_alnum(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Trim, upper-case, and drop inner spaces (people paste "12 345 6789").
fn clean(raw: &str) -> String {
    raw.trim().to_uppercase().chars().filter(|c| !c.is_whitespace()).collect()
}

macro_rules! identifier {
    ($(#[$doc:meta])* $name:ident, $kind:expr, |$s:ident| $body:block) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn parse(raw: &str) -> Result<$name, Problem> {
                if raw.trim().is_empty() {
                    return Err(Problem::new("err-required"));
                }
                let normalised: Option<String> = {
                    let $s = raw;
                    $body
                };
                normalised.map($name).ok_or_else(|| Problem::new(concat!("err-id-", $kind)))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

identifier!(
    /// Importer of Record number: IRS EIN plus a 2-character suffix (`NN-NNNNNNNXX`), an SSN
    /// (`NNN-NN-NNNN`, optional suffix), or CBP-assigned (`YYDDPP-NNNNN`).
    IorNumber, "ior", |raw| {
        let s = clean(raw);
        let parts: Vec<&str> = s.split('-').collect();
        let ok = match parts.as_slice() {
            [a, b] if a.len() == 2 && digits(a) && b.len() == 9 && digits(&b[..7]) && upper_alnum(&b[7..]) => true,
            [a, b] if a.len() == 6 && digits(a) && b.len() == 5 && digits(b) => true,
            [a, b, c] if a.len() == 3 && digits(a) && b.len() == 2 && digits(b)
                && (c.len() == 4 && digits(c) || c.len() == 6 && digits(&c[..4]) && upper_alnum(&c[4..])) => true,
            _ => false,
        };
        ok.then_some(s)
    }
);

identifier!(
    /// IRS Employer Identification Number, `NN-NNNNNNN` (the hyphen is added if missing).
    Ein, "ein", |raw| {
        let d: String = clean(raw).chars().filter(|c| *c != '-').collect();
        (d.len() == 9 && digits(&d) && &d[..2] != "00").then(|| format!("{}-{}", &d[..2], &d[2..]))
    }
);

identifier!(
    /// D-U-N-S number: 9 digits.
    Duns, "duns", |raw| {
        let d: String = clean(raw).chars().filter(|c| *c != '-').collect();
        (d.len() == 9 && digits(&d)).then_some(d)
    }
);

identifier!(
    /// Customs broker licence number: 4 to 6 digits.
    BrokerLicense, "broker_license", |raw| {
        let s = clean(raw);
        ((4..=6).contains(&s.len()) && digits(&s)).then_some(s)
    }
);

identifier!(
    /// Filer code: 3 letters or digits.
    FilerCode, "filer_code", |raw| {
        let s = clean(raw);
        (s.len() == 3 && upper_alnum(&s)).then_some(s)
    }
);

identifier!(
    /// Manufacturer ID: ISO country (not US), parts of name and address, and 3 letters of the
    /// city; 7 to 15 letters and digits.
    Mid, "mid", |raw| {
        let s = clean(raw);
        let ok = (7..=15).contains(&s.len())
            && upper_alnum(&s)
            && Country::parse(&s[..2]).is_ok_and(|c| c != Country::US)
            && s[s.len() - 3..].bytes().all(|b| b.is_ascii_uppercase());
        ok.then_some(s)
    }
);

identifier!(
    /// Mexican RFC: 12 characters for a company (3 letters), 13 for a person (4 letters),
    /// then a valid YYMMDD date and a 3-character check part.
    Rfc, "rfc", |raw| {
        let s = clean(raw);
        let letters = match s.chars().count() {
            12 => 3,
            13 => 4,
            _ => return Err(Problem::new("err-id-rfc")),
        };
        let chars: Vec<char> = s.chars().collect();
        let head_ok = chars[..letters].iter().all(|c| c.is_ascii_uppercase() || *c == 'Ñ' || *c == '&');
        let date: String = chars[letters..letters + 6].iter().collect();
        let tail: String = chars[letters + 6..].iter().collect();
        let date_ok = digits(&date) && {
            let m: u32 = date[2..4].parse().unwrap_or(0);
            let d: u32 = date[4..6].parse().unwrap_or(0);
            (1..=12).contains(&m) && (1..=31).contains(&d)
        };
        (head_ok && date_ok && tail.len() == 3 && upper_alnum(&tail)).then_some(s)
    }
);

identifier!(
    /// Standard Carrier Alpha Code: 2 to 4 letters.
    Scac, "scac", |raw| {
        let s = clean(raw);
        ((2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())).then_some(s)
    }
);

identifier!(
    /// USDOT number: 1 to 8 digits.
    UsdotNumber, "usdot", |raw| {
        let s = clean(raw);
        let s = s.strip_prefix("USDOT").unwrap_or(&s).to_string();
        ((1..=8).contains(&s.len()) && digits(&s) && s.bytes().any(|b| b != b'0')).then_some(s)
    }
);

identifier!(
    /// Mexican SCT federal motor-carrier permit number: 5 to 25 letters, digits, `-` or `/`.
    SctPermit, "sct_permit", |raw| {
        let s = clean(raw);
        let ok = (5..=25).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'/')
            && s.bytes().any(|b| b.is_ascii_digit());
        ok.then_some(s)
    }
);

identifier!(
    /// IATA airline designator: 2 characters, letters or digits, not both digits.
    IataCarrierCode, "iata_carrier", |raw| {
        let s = clean(raw);
        (s.len() == 2 && upper_alnum(&s) && !digits(&s)).then_some(s)
    }
);

identifier!(
    /// IATA cargo agent number: 7 digits, optionally followed by a 4-digit branch code.
    IataCargoNumber, "iata_cargo", |raw| {
        let d: String = clean(raw).chars().filter(|c| *c != '-' && *c != '/').collect();
        ((d.len() == 7 || d.len() == 11) && digits(&d)).then_some(d)
    }
);

identifier!(
    /// FMC organization number (OTI / NVOCC): 6 digits.
    FmcOrgNumber, "fmc_org", |raw| {
        let s = clean(raw);
        (s.len() == 6 && digits(&s)).then_some(s)
    }
);

identifier!(
    /// FMC marine terminal operator number: 6 digits.
    FmcMtoNumber, "fmc_mto", |raw| {
        let s = clean(raw);
        (s.len() == 6 && digits(&s)).then_some(s)
    }
);

identifier!(
    /// A 3PL's licence or bond: issuer (FMC, TSA, CBP or DOT) and number, e.g. `FMC 023456`.
    LogisticsLicense, "logistics_license", |raw| {
        let t = raw.trim().to_uppercase();
        let issuer = ["FMC", "TSA", "CBP", "DOT"].into_iter().find(|i| t.starts_with(i));
        issuer.and_then(|i| {
            let number: String = t[i.len()..].trim_start_matches([' ', '-', ':']).trim().to_string();
            let ok = (3..=20).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
            ok.then(|| format!("{i} {number}"))
        })
    }
);

/// Which identifier a form field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdentifierKind {
    Ior,
    Ein,
    Duns,
    BrokerLicense,
    FilerCode,
    Mid,
    Rfc,
    Scac,
    Usdot,
    SctPermit,
    IataCarrier,
    IataCargo,
    FmcOrg,
    FmcMto,
    LogisticsLicense,
}

impl IdentifierKind {
    pub const ALL: [IdentifierKind; 15] = [
        IdentifierKind::Ior,
        IdentifierKind::Ein,
        IdentifierKind::Duns,
        IdentifierKind::BrokerLicense,
        IdentifierKind::FilerCode,
        IdentifierKind::Mid,
        IdentifierKind::Rfc,
        IdentifierKind::Scac,
        IdentifierKind::Usdot,
        IdentifierKind::SctPermit,
        IdentifierKind::IataCarrier,
        IdentifierKind::IataCargo,
        IdentifierKind::FmcOrg,
        IdentifierKind::FmcMto,
        IdentifierKind::LogisticsLicense,
    ];

    /// Stable key: the form field name (`id_<key>`), the stored kind, and the catalogue ids
    /// `idkind-<key>` (label) and `err-id-<key>` (format).
    pub fn key(self) -> &'static str {
        match self {
            IdentifierKind::Ior => "ior",
            IdentifierKind::Ein => "ein",
            IdentifierKind::Duns => "duns",
            IdentifierKind::BrokerLicense => "broker_license",
            IdentifierKind::FilerCode => "filer_code",
            IdentifierKind::Mid => "mid",
            IdentifierKind::Rfc => "rfc",
            IdentifierKind::Scac => "scac",
            IdentifierKind::Usdot => "usdot",
            IdentifierKind::SctPermit => "sct_permit",
            IdentifierKind::IataCarrier => "iata_carrier",
            IdentifierKind::IataCargo => "iata_cargo",
            IdentifierKind::FmcOrg => "fmc_org",
            IdentifierKind::FmcMto => "fmc_mto",
            IdentifierKind::LogisticsLicense => "logistics_license",
        }
    }

    pub fn from_key(s: &str) -> Option<IdentifierKind> {
        Self::ALL.into_iter().find(|k| k.key() == s)
    }

    /// Parse a typed value into its normalised stored form.
    pub fn parse(self, raw: &str) -> Result<String, Problem> {
        Ok(match self {
            IdentifierKind::Ior => IorNumber::parse(raw)?.0,
            IdentifierKind::Ein => Ein::parse(raw)?.0,
            IdentifierKind::Duns => Duns::parse(raw)?.0,
            IdentifierKind::BrokerLicense => BrokerLicense::parse(raw)?.0,
            IdentifierKind::FilerCode => FilerCode::parse(raw)?.0,
            IdentifierKind::Mid => Mid::parse(raw)?.0,
            IdentifierKind::Rfc => Rfc::parse(raw)?.0,
            IdentifierKind::Scac => Scac::parse(raw)?.0,
            IdentifierKind::Usdot => UsdotNumber::parse(raw)?.0,
            IdentifierKind::SctPermit => SctPermit::parse(raw)?.0,
            IdentifierKind::IataCarrier => IataCarrierCode::parse(raw)?.0,
            IdentifierKind::IataCargo => IataCargoNumber::parse(raw)?.0,
            IdentifierKind::FmcOrg => FmcOrgNumber::parse(raw)?.0,
            IdentifierKind::FmcMto => FmcMtoNumber::parse(raw)?.0,
            IdentifierKind::LogisticsLicense => LogisticsLicense::parse(raw)?.0,
        })
    }
}

/// Whether an identifier must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// At least one identifier of the same group number must be given.
    OneOf(u8),
}

/// The identifier fields of an entity type, in form order.
pub fn fields(entity: EntityType) -> &'static [(IdentifierKind, Need)] {
    use IdentifierKind as K;
    use Need::*;
    match entity {
        EntityType::Importer => &[(K::Ior, Required)],
        EntityType::Exporter => &[(K::Ein, OneOf(1)), (K::Duns, OneOf(1))],
        EntityType::CustomsBroker => &[(K::BrokerLicense, Required), (K::FilerCode, Required)],
        EntityType::ForeignManufacturer => &[(K::Mid, Required), (K::Rfc, Optional)],
        EntityType::HighwayCarrier => &[(K::Scac, Required), (K::Usdot, Required), (K::Rfc, Optional)],
        EntityType::MexicanLongHaulCarrier => &[(K::SctPermit, Required), (K::Rfc, Required)],
        EntityType::RailCarrier => &[(K::Scac, Required)],
        EntityType::AirCarrier => &[(K::IataCarrier, Required)],
        EntityType::SeaCarrier => &[(K::Scac, Required)],
        EntityType::Consolidator => &[(K::FmcOrg, OneOf(1)), (K::IataCargo, OneOf(1))],
        EntityType::MarinePortTerminalOperator => &[(K::FmcMto, Required)],
        EntityType::ThirdPartyLogistics => &[(K::LogisticsLicense, Required)],
    }
}

/// Parse every identifier field of `entity` from `(kind, raw)` pairs; report every problem.
pub fn parse_all(
    entity: EntityType,
    raw: &[(IdentifierKind, String)],
    hq_country: Option<Country>,
) -> Result<Vec<(IdentifierKind, String)>, Vec<crate::problem::FieldError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let value_of = |k: IdentifierKind| raw.iter().find(|(rk, _)| *rk == k).map(|(_, v)| v.trim()).unwrap_or("");
    for (kind, need) in fields(entity) {
        let v = value_of(*kind);
        let field = field_name(*kind);
        // Mexican companies must give their RFC where it is listed.
        let required = *need == Need::Required || (*kind == IdentifierKind::Rfc && hq_country == Some(Country::MX));
        if v.is_empty() {
            if required {
                errors.push(Problem::new("err-required").on(field));
            }
            continue;
        }
        match kind.parse(v) {
            Ok(norm) => out.push((*kind, norm)),
            Err(p) => errors.push(p.on(field)),
        }
    }
    for (kind, need) in fields(entity) {
        if let Need::OneOf(g) = need {
            let group: Vec<IdentifierKind> =
                fields(entity).iter().filter(|(_, n)| *n == Need::OneOf(*g)).map(|(k, _)| *k).collect();
            let any = group.iter().any(|k| !value_of(*k).is_empty());
            if !any && group.first() == Some(kind) {
                errors.push(Problem::new("err-id-one-of").on(field_name(*kind)));
            }
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// The form field name for an identifier kind.
pub fn field_name(kind: IdentifierKind) -> &'static str {
    match kind {
        IdentifierKind::Ior => "id_ior",
        IdentifierKind::Ein => "id_ein",
        IdentifierKind::Duns => "id_duns",
        IdentifierKind::BrokerLicense => "id_broker_license",
        IdentifierKind::FilerCode => "id_filer_code",
        IdentifierKind::Mid => "id_mid",
        IdentifierKind::Rfc => "id_rfc",
        IdentifierKind::Scac => "id_scac",
        IdentifierKind::Usdot => "id_usdot",
        IdentifierKind::SctPermit => "id_sct_permit",
        IdentifierKind::IataCarrier => "id_iata_carrier",
        IdentifierKind::IataCargo => "id_iata_cargo",
        IdentifierKind::FmcOrg => "id_fmc_org",
        IdentifierKind::FmcMto => "id_fmc_mto",
        IdentifierKind::LogisticsLicense => "id_logistics_license",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: IdentifierKind, good: &[(&str, &str)], bad: &[&str]) {
        for (raw, norm) in good {
            assert_eq!(kind.parse(raw).as_deref(), Ok(*norm), "{kind:?} should accept {raw:?}");
        }
        for raw in bad {
            let err = kind.parse(raw).expect_err(&format!("{kind:?} should refuse {raw:?}"));
            assert_eq!(err.code, format!("err-id-{}", kind.key()), "{raw:?}");
        }
        assert_eq!(kind.parse("  ").unwrap_err().code, "err-required");
    }

    #[test]
    fn ior() {
        check(
            IdentifierKind::Ior,
            &[
                ("12-3456789ab", "12-3456789AB"),
                ("123-45-6789", "123-45-6789"),
                ("123-45-6789 00", "123-45-678900"),
                ("151234-12345", "151234-12345"),
            ],
            &["12-3456789", "123456789", "12-34567890", "1-23456789AB", "15123-12345", "ab-cdefghijk"],
        );
    }

    #[test]
    fn ein_and_duns() {
        check(
            IdentifierKind::Ein,
            &[("12-3456789", "12-3456789"), ("123456789", "12-3456789")],
            &["00-1234567", "12-345678", "1234567890", "AB-CDEFGHI"],
        );
        check(
            IdentifierKind::Duns,
            &[("123456789", "123456789"), ("12-345-6789", "123456789")],
            &["12345678", "1234567890", "12345678X"],
        );
    }

    #[test]
    fn broker() {
        check(IdentifierKind::BrokerLicense, &[("12345", "12345"), ("0987", "0987")], &["123", "1234567", "12A45"]);
        check(IdentifierKind::FilerCode, &[("a1b", "A1B"), ("XYZ", "XYZ")], &["AB", "ABCD", "A-B"]);
    }

    #[test]
    fn manufacturer() {
        check(
            IdentifierKind::Mid,
            &[("mxacmman123mex", "MXACMMAN123MEX"), ("CNSHAELE88SHA", "CNSHAELE88SHA")],
            &["USACME123NYC", "XXACME123ABC", "MXAB", "MXACMEMANUF1234567", "MXACME12312"],
        );
        check(
            IdentifierKind::Rfc,
            &[("ABC010203XY9", "ABC010203XY9"), ("gomj800101ab1", "GOMJ800101AB1"), ("ÑAB991231A12", "ÑAB991231A12")],
            &["AB010203XY9", "ABC011303XY9", "ABC010200XY9", "ABCD0102XY9", "1BC010203XY9"],
        );
    }

    #[test]
    fn carriers() {
        check(IdentifierKind::Scac, &[("abcd", "ABCD"), ("UP", "UP")], &["A", "ABCDE", "AB1"]);
        check(IdentifierKind::Usdot, &[("1234567", "1234567"), ("USDOT 123", "123")], &["123456789", "12A", "000"]);
        check(
            IdentifierKind::SctPermit,
            &[("0602sct1234", "0602SCT1234"), ("SCT/123-456", "SCT/123-456")],
            &["ABC", "PERMISO", "12345678901234567890123456"],
        );
        check(IdentifierKind::IataCarrier, &[("aa", "AA"), ("5X", "5X")], &["A", "AAA", "12", "A-"]);
        check(
            IdentifierKind::IataCargo,
            &[("1234567", "1234567"), ("1234567/0001", "12345670001")],
            &["123456", "123456789", "12345AB"],
        );
    }

    #[test]
    fn ocean_and_logistics() {
        check(IdentifierKind::FmcOrg, &[("012345", "012345")], &["12345", "1234567", "01234A"]);
        check(IdentifierKind::FmcMto, &[("654321", "654321")], &["65432", "ABCDEF"]);
        check(
            IdentifierKind::LogisticsLicense,
            &[("fmc 023456", "FMC 023456"), ("DOT-1234567", "DOT 1234567"), ("TSA:IAC-0001", "TSA IAC-0001")],
            &["023456", "XYZ 123", "FMC 1", "CBP"],
        );
    }

    #[test]
    fn every_entity_type_has_fields_and_errors_name_them() {
        for e in EntityType::ALL {
            assert!(!fields(e).is_empty(), "{e:?}");
            let errs = parse_all(e, &[], None).unwrap_err();
            assert!(errs.iter().all(|f| f.field.starts_with("id_")), "{e:?}: {errs:?}");
        }
        let ok = parse_all(EntityType::Exporter, &[(IdentifierKind::Duns, "123456789".into())], None).unwrap();
        assert_eq!(ok, vec![(IdentifierKind::Duns, "123456789".to_string())]);
        let errs = parse_all(EntityType::Exporter, &[], None).unwrap_err();
        assert_eq!(errs[0].problem.code, "err-id-one-of");
        // A Mexican manufacturer must give its RFC.
        let raw = [(IdentifierKind::Mid, "MXACMMAN123MEX".to_string())];
        assert!(parse_all(EntityType::ForeignManufacturer, &raw, None).is_ok());
        let errs = parse_all(EntityType::ForeignManufacturer, &raw, Some(Country::MX)).unwrap_err();
        assert_eq!(errs[0].field, "id_rfc");
    }
}
