//! ISO 3166-1 alpha-2 country codes, for addresses and manufacturer IDs.

use crate::problem::Problem;

const CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS \
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK \
FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM \
JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS \
MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW \
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM \
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country([u8; 2]);

impl Country {
    pub const US: Country = Country(*b"US");
    pub const CA: Country = Country(*b"CA");
    pub const MX: Country = Country(*b"MX");

    pub fn parse(raw: &str) -> Result<Country, Problem> {
        let s = raw.trim().to_ascii_uppercase();
        if s.is_empty() {
            return Err(Problem::new("err-required"));
        }
        if s.len() == 2 && CODES.split(' ').any(|c| c == s) {
            let b = s.as_bytes();
            Ok(Country([b[0], b[1]]))
        } else {
            Err(Problem::new("err-country"))
        }
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    pub fn all() -> impl Iterator<Item = &'static str> {
        CODES.split(' ')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(Country::parse(" mx ").unwrap(), Country::MX);
        assert_eq!(Country::all().count(), 249);
        assert_eq!(Country::parse("XX").unwrap_err().code, "err-country");
        assert_eq!(Country::parse("USA").unwrap_err().code, "err-country");
        assert_eq!(Country::parse("").unwrap_err().code, "err-required");
    }
}
