//! The program's letters to a company: certification, suspension, reinstatement and removal.
//! Each is written from the lifecycle event that decided it, so a letter reads the same
//! whenever it is opened, and the Partner Library lists one per such event.

use super::lifecycle::Event;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterKind {
    Certification,
    Suspension,
    Reinstatement,
    Removal,
}

impl LetterKind {
    /// The letter an event calls for, if any (a granted appeal reinstates).
    pub fn of_event(e: &Event) -> Option<LetterKind> {
        match e {
            Event::Certified { .. } => Some(LetterKind::Certification),
            Event::Suspended { .. } => Some(LetterKind::Suspension),
            Event::Reinstated { .. } | Event::AppealDecided { granted: true, .. } => Some(LetterKind::Reinstatement),
            Event::Removed { .. } => Some(LetterKind::Removal),
            _ => None,
        }
    }

    /// Stable key; the catalogue holds `letter-<key>-…`.
    pub fn key(self) -> &'static str {
        match self {
            LetterKind::Certification => "certification",
            LetterKind::Suspension => "suspension",
            LetterKind::Reinstatement => "reinstatement",
            LetterKind::Removal => "removal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partner::lifecycle::{RemovalReason, SuspensionReason};

    #[test]
    fn decisions_call_for_letters_and_steps_do_not() {
        let of = |e: Event| LetterKind::of_event(&e);
        assert_eq!(of(Event::Certified { by: 1, recommended_by: 2 }), Some(LetterKind::Certification));
        assert_eq!(
            of(Event::Suspended { by: 1, proposed_by: 2, reason: SuspensionReason::FailedValidation }),
            Some(LetterKind::Suspension)
        );
        assert_eq!(of(Event::AppealDecided { by: 1, granted: true }), Some(LetterKind::Reinstatement));
        assert_eq!(of(Event::AppealDecided { by: 1, granted: false }), None);
        assert_eq!(of(Event::Removed { by: 1, reason: RemovalReason::Other }), Some(LetterKind::Removal));
        assert_eq!(of(Event::SuspensionProposed { by: 1, reason: SuspensionReason::FailedValidation }), None);
    }
}
