//! SVI numbers: `SVI-` and 8 characters from an alphabet without look-alikes (no 0/O,
//! 1/I/L), so a number read over the phone or typed from paper is unambiguous.

pub mod csv;

use crate::problem::Problem;
use std::fmt;

pub const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LEN: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SviNumber(String);

impl SviNumber {
    /// Accepts what people type: any case, spaces, with or without the dash.
    pub fn parse(raw: &str) -> Result<SviNumber, Problem> {
        let s: String = raw.trim().to_ascii_uppercase().chars().filter(|c| !c.is_whitespace()).collect();
        if s.is_empty() {
            return Err(Problem::new("err-required"));
        }
        let body = s.strip_prefix("SVI-").or_else(|| s.strip_prefix("SVI")).unwrap_or("");
        if body.len() == LEN && body.chars().all(|c| ALPHABET.contains(c)) {
            Ok(SviNumber(format!("SVI-{body}")))
        } else {
            Err(Problem::new("err-svi-format"))
        }
    }

    /// A number from `LEN` indices into the alphabet (the caller supplies the randomness).
    pub fn from_indices(indices: impl IntoIterator<Item = usize>) -> SviNumber {
        let chars: Vec<char> = ALPHABET.chars().collect();
        let body: String = indices.into_iter().take(LEN).map(|i| chars[i % chars.len()]).collect();
        SviNumber(format!("SVI-{body}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SviNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_generate() {
        assert_eq!(SviNumber::parse(" svi-abcd2345 ").unwrap().as_str(), "SVI-ABCD2345");
        assert_eq!(SviNumber::parse("SVIABCD2345").unwrap().as_str(), "SVI-ABCD2345");
        for bad in ["SVI-ABCD234", "SVI-ABCD23450", "SVI-ABCD234O", "SVI-ABCD2341", "ABCD2345X", "SVI-ABCDI345"] {
            assert_eq!(SviNumber::parse(bad).unwrap_err().code, "err-svi-format", "{bad}");
        }
        let n = SviNumber::from_indices([0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(n.as_str(), "SVI-23456789");
        assert!(SviNumber::parse(n.as_str()).is_ok());
    }
}

/// Where a connection between two accounts stands: asked and waiting, or accepted (partners
/// then see each other). A declined or withdrawn request leaves no row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionStatus {
    Pending,
    Accepted,
}

impl ConnectionStatus {
    pub fn key(self) -> &'static str {
        match self {
            ConnectionStatus::Pending => "pending",
            ConnectionStatus::Accepted => "accepted",
        }
    }

    pub fn from_key(s: &str) -> Option<ConnectionStatus> {
        [ConnectionStatus::Pending, ConnectionStatus::Accepted].into_iter().find(|c| c.key() == s)
    }
}

/// A connection (or request) between two accounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub id: i64,
    /// The account that asked.
    pub requester_id: i64,
    pub target_id: i64,
    pub status: ConnectionStatus,
    pub requested_at: chrono::DateTime<chrono::Utc>,
    pub requested_by: Option<i64>,
    pub accepted_at: Option<chrono::DateTime<chrono::Utc>>,
    pub accepted_by: Option<i64>,
}

impl Connection {
    pub fn is_accepted(&self) -> bool {
        self.status == ConnectionStatus::Accepted
    }

    /// The other account of the connection, seen from `me`.
    pub fn other(&self, me: i64) -> i64 {
        if self.requester_id == me { self.target_id } else { self.requester_id }
    }

    /// `me` asked for it.
    pub fn outgoing(&self, me: i64) -> bool {
        self.requester_id == me
    }
}

/// What a connected partner sees of an account: always its name and whether it is
/// certified; its tier and primary contact only when the account shares more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerView {
    pub name: String,
    pub certified: bool,
    pub tier: Option<u8>,
    pub primary_contact: Option<(String, String)>,
}

pub struct Facts<'a> {
    pub name: &'a str,
    pub status: crate::partner::lifecycle::Status,
    pub tier: Option<u8>,
    pub primary_contact: Option<(&'a str, &'a str)>,
}

pub fn view_of(f: &Facts<'_>, share_more: bool) -> PartnerView {
    PartnerView {
        name: f.name.to_string(),
        certified: f.status.is_certified(),
        tier: if share_more { f.tier } else { None },
        primary_contact: if share_more { f.primary_contact.map(|(n, e)| (n.to_string(), e.to_string())) } else { None },
    }
}

/// Why a connection request cannot be made.
pub fn request_refusal(
    same_account: bool,
    target_participates: bool,
    already: bool,
    blocked: bool,
) -> Option<&'static str> {
    if same_account {
        Some("err-svi-self")
    } else if !target_participates {
        Some("err-svi-unknown")
    } else if blocked {
        Some("err-svi-blocked")
    } else if already {
        Some("err-svi-already")
    } else {
        None
    }
}

#[cfg(test)]
mod visibility_tests {
    use super::*;
    use crate::partner::lifecycle::Status;

    #[test]
    fn share_settings_decide_what_is_seen() {
        let f = Facts {
            name: "Acme",
            status: Status::Validated,
            tier: Some(2),
            primary_contact: Some(("Ana", "ana@acme.example")),
        };
        let basic = view_of(&f, false);
        assert_eq!(basic, PartnerView { name: "Acme".into(), certified: true, tier: None, primary_contact: None });
        let more = view_of(&f, true);
        assert_eq!(more.tier, Some(2));
        assert_eq!(more.primary_contact, Some(("Ana".into(), "ana@acme.example".into())));
        let suspended = Facts { status: Status::Suspended, ..f };
        assert!(!view_of(&suspended, true).certified);
        assert_eq!(request_refusal(false, true, false, true), Some("err-svi-blocked"));
        assert_eq!(request_refusal(true, true, false, false), Some("err-svi-self"));
        assert_eq!(request_refusal(false, true, false, false), None);
    }
}

/// An account's SVI settings. The defaults apply until the account changes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    /// Taking part in SVI at all; leaving breaks every connection.
    pub participates: bool,
    /// Requests are accepted without anyone deciding.
    pub auto_accept: bool,
    /// Partners see the tier and primary contact, not only name and certified or not.
    pub share_more: bool,
    /// Partners also see every other account of the organization (otherwise only chosen ones).
    pub scope_all: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { participates: true, auto_accept: false, share_more: false, scope_all: true }
    }
}

/// Whether an account in this status can be found and connected to in SVI: it has been active
/// and is not closed. A suspended account stays visible — its partners must see it.
pub fn takes_part(status: crate::partner::lifecycle::Status) -> bool {
    use crate::partner::lifecycle::Status::*;
    matches!(status, Applicant | UnderReview | Certified | Validated | Suspended)
}

/// One row of a verification (bulk page, CSV and API), in the order asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    InvalidFormat,
    Unknown,
    NotConnected,
    Visible { number: SviNumber, entity_type: String, view: PartnerView },
}

impl Verdict {
    /// The word written in the CSV and API `result` field.
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::InvalidFormat => "invalid format",
            Verdict::Unknown => "unknown",
            Verdict::NotConnected => "not connected",
            Verdict::Visible { view, .. } => {
                if view.certified {
                    "certified"
                } else {
                    "not certified"
                }
            }
        }
    }
}

#[cfg(test)]
mod connection_tests {
    use super::*;

    fn connection(status: ConnectionStatus) -> Connection {
        let at = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
        Connection {
            id: 1,
            requester_id: 10,
            target_id: 20,
            status,
            requested_at: at,
            requested_by: None,
            accepted_at: None,
            accepted_by: None,
        }
    }

    #[test]
    fn each_side_sees_the_other_account() {
        let c = connection(ConnectionStatus::Pending);
        assert_eq!((c.other(10), c.other(20)), (20, 10));
        assert!(c.outgoing(10) && !c.outgoing(20));
    }

    #[test]
    fn only_an_accepted_connection_connects() {
        assert!(connection(ConnectionStatus::Accepted).is_accepted());
        assert!(!connection(ConnectionStatus::Pending).is_accepted());
        assert_eq!(ConnectionStatus::from_key("accepted"), Some(ConnectionStatus::Accepted));
        assert_eq!(ConnectionStatus::from_key("declined"), None);
    }
}
