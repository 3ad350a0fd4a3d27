//! The notification centre's vocabulary: what a person can be told of, and how they choose to
//! hear of each kind — in the portal only, by e-mail at once, or in a daily e-mail digest.

/// A kind of event that concerns a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeKind {
    /// A decision about an account: assignment, certification, suspension, removal…
    Status,
    /// A review round of the Security Profile ended (approved, or criteria returned).
    Profile,
    /// A validation was scheduled, moved or called off.
    Validation,
    /// A finding was recorded, answered, closed or reopened.
    Finding,
    /// A deadline is near.
    Deadline,
    /// A corrective action plan or an appeal was sent.
    Statement,
    /// A message arrived in a conversation.
    Message,
    /// A document arrived through the Document Exchange.
    Exchange,
    /// A bond change request was made or decided.
    Bond,
    /// A business partner asked to connect, connected, or ended the connection (SVI).
    Svi,
    /// HQ published a document, or a new version of one, in the Public Library.
    Library,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 11] = [
        NoticeKind::Status,
        NoticeKind::Profile,
        NoticeKind::Validation,
        NoticeKind::Finding,
        NoticeKind::Deadline,
        NoticeKind::Statement,
        NoticeKind::Message,
        NoticeKind::Exchange,
        NoticeKind::Bond,
        NoticeKind::Svi,
        NoticeKind::Library,
    ];

    /// Stable key (stored; the message catalogue's `notice-kind-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            NoticeKind::Status => "status",
            NoticeKind::Profile => "profile",
            NoticeKind::Validation => "validation",
            NoticeKind::Finding => "finding",
            NoticeKind::Deadline => "deadline",
            NoticeKind::Statement => "statement",
            NoticeKind::Message => "message",
            NoticeKind::Exchange => "exchange",
            NoticeKind::Bond => "bond",
            NoticeKind::Svi => "svi",
            NoticeKind::Library => "library",
        }
    }

    pub fn from_key(s: &str) -> Option<NoticeKind> {
        Self::ALL.into_iter().find(|k| k.key() == s)
    }

    /// How a person hears of it until they choose: by e-mail at once, except the business
    /// partners' SVI news, which can be many, and the library's news, which goes to every
    /// partner (in the portal).
    pub fn default_channel(self) -> Channel {
        match self {
            NoticeKind::Svi | NoticeKind::Library => Channel::InApp,
            _ => Channel::Email,
        }
    }
}

/// How a person hears of a kind of notice (always in the portal as well).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    InApp,
    Email,
    Digest,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::InApp, Channel::Email, Channel::Digest];

    pub fn key(self) -> &'static str {
        match self {
            Channel::InApp => "in_app",
            Channel::Email => "email",
            Channel::Digest => "digest",
        }
    }

    pub fn from_key(s: &str) -> Option<Channel> {
        Self::ALL.into_iter().find(|c| c.key() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for k in NoticeKind::ALL {
            assert_eq!(NoticeKind::from_key(k.key()), Some(k));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::from_key(c.key()), Some(c));
        }
        assert_eq!(Channel::from_key("pigeon"), None);
    }
}
