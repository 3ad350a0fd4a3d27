//! Password rules after NIST SP 800-63B §5.1.1.2: length is what counts (at least 15 characters
//! here, at most 128), no composition rules, and a candidate found on a list of common or
//! breached passwords — or built from the user's own e-mail — is refused with the reason.

use crate::problem::Problem;

const COMMON: &str = include_str!("../data/common-passwords.txt");

#[derive(Debug, Clone, Copy)]
pub struct PasswordPolicy {
    pub min_chars: usize,
    pub max_chars: usize,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy { min_chars: 15, max_chars: 128 }
    }
}

/// A password that passed the policy; only ever hashed, never stored or logged.
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// `context` holds words the password must not be built from (the e-mail, the name). The
    /// rules apply to the NFKC form, the form that is hashed (NIST SP 800-63B §5.1.1.2).
    pub fn parse(raw: &str, policy: PasswordPolicy, context: &[&str]) -> Result<Self, Problem> {
        use unicode_normalization::UnicodeNormalization;
        let normalised: String = raw.nfkc().collect();
        let raw = normalised.as_str();
        let count = raw.chars().count();
        if count < policy.min_chars {
            return Err(Problem::new("err-password-too-short").with("min", policy.min_chars));
        }
        if count > policy.max_chars {
            return Err(Problem::new("err-password-too-long").with("max", policy.max_chars));
        }
        let lower = raw.to_lowercase();
        if is_common(&lower) {
            return Err(Problem::new("err-password-common"));
        }
        if is_trivial_pattern(&lower) {
            return Err(Problem::new("err-password-pattern"));
        }
        let core = strip_padding(&lower);
        for word in context {
            let word = word.trim().to_lowercase();
            if word.chars().count() >= 3 && (core == word || is_repetition_of(core, &word)) {
                return Err(Problem::new("err-password-personal"));
            }
            if !word.is_empty() && lower.contains(&word) && word.chars().count() * 2 >= count {
                return Err(Problem::new("err-password-personal"));
            }
        }
        Ok(NewPassword(raw.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn common_list() -> impl Iterator<Item = &'static str> {
    COMMON.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Digits and symbols added at the ends do not make a common password strong.
fn strip_padding(s: &str) -> &str {
    s.trim_matches(|c: char| !c.is_alphabetic())
}

fn is_repetition_of(s: &str, unit: &str) -> bool {
    !unit.is_empty()
        && s.len().is_multiple_of(unit.len())
        && s.len() > unit.len()
        && s == unit.repeat(s.len() / unit.len())
}

fn is_common(lower: &str) -> bool {
    let core = strip_padding(lower);
    common_list().any(|w| {
        lower == w
            || is_repetition_of(lower, w)
            || (!core.is_empty() && (core == w || is_repetition_of(core, w)))
            || lower.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).all(|p| p == w)
    })
}

/// One repeated character, or a run along the alphabet, the digits or a keyboard row.
fn is_trivial_pattern(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    if chars.windows(2).all(|w| w[0] == w[1]) {
        return true;
    }
    const RUNS: [&str; 5] = [
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "0123456789012345678901234567890123456789",
        "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "zyxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcba",
    ];
    RUNS.iter().any(|run| run.contains(lower)) || "98765432109876543210987654321098765432".contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pw: &str) -> Result<NewPassword, Problem> {
        NewPassword::parse(pw, PasswordPolicy::default(), &["ana.ruiz@example.com", "ana.ruiz"])
    }

    #[test]
    fn length_rules() {
        assert_eq!(check("short pass").unwrap_err().code, "err-password-too-short");
        assert_eq!(check(&"long enough words ".repeat(10)).unwrap_err().code, "err-password-too-long");
        // No composition rules: lower-case words with spaces are fine.
        assert!(check("correct horse battery stapler").is_ok());
        // Counted in characters, not bytes.
        assert!(check("ñandú ñandú ñandú").is_ok());
        // ... of the NFKC form: decomposed accents count once, and the form kept is the one hashed.
        let decomposed = "n\u{303}andu\u{301} n\u{303}andu\u{301} n\u{303}";
        assert_eq!(decomposed.chars().count(), 18, "long enough as typed, 13 once composed");
        assert_eq!(check(decomposed).unwrap_err().code, "err-password-too-short");
        assert_eq!(
            check("n\u{303}andu\u{301} n\u{303}andu\u{301} n\u{303}andu\u{301}").unwrap().expose(),
            "ñandú ñandú ñandú"
        );
        // Full-width letters are the common password they spell.
        assert_eq!(check("ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ").unwrap_err().code, "err-password-common");
    }

    #[test]
    fn common_and_patterns() {
        for pw in [
            "passwordpassword",
            "Password123456789!",
            "123456789012345",
            "qwertyuiopasdfghjkl",
            "iloveyouiloveyou",
            "aaaaaaaaaaaaaaaa",
            "abcdefghijklmnop",
            "1qaz2wsx3edc4rfv",
            "CTPAT-CTPAT-CTPAT",
        ] {
            let code = check(pw).unwrap_err().code;
            assert!(code == "err-password-common" || code == "err-password-pattern", "{pw}: {code}");
        }
    }

    #[test]
    fn personal() {
        assert_eq!(check("ana.ruiz@example.com").unwrap_err().code, "err-password-personal");
        assert_eq!(check("ana.ruizana.ruiz").unwrap_err().code, "err-password-personal");
        assert!(check("ana likes long mountain walks").is_ok());
    }
}
