//! The English catalogue is complete: every message id the code and the templates use exists,
//! so adding a language is adding a file with the same ids.

use ctpat_app::i18n::Lang;
use ctpat_app::mail::MailKind;
use ctpat_domain::{Permission, Role};
use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Every `"…"` literal in `text`.
fn literals(text: &str) -> Vec<String> {
    text.split('"').skip(1).step_by(2).map(str::to_string).collect()
}

const PREFIXES: &[&str] = &[
    "err-",
    "error-",
    "notice-",
    "field-",
    "hint-",
    "nav-",
    "card-",
    "mfa-",
    "staff-",
    "audit-",
    "sessions-",
    "account-",
    "login-",
    "signup-",
    "forgot-",
    "reset-",
    "change-",
    "invitation-",
    "link-",
    "permissions-",
    "home-",
    "password-",
    "language-",
    "verify-",
    "program-",
    "gov-",
    "footer-",
    "sign-",
    "skip-",
];

/// Literals with an id-like shape that are not message ids.
const NOT_IDS: &[&str] = &[
    "annual-reminder",
    "annual-overdue",
    "verify-email",
    "signup-existing",
    "password-reset",
    "password-changed",
    "permissions-policy",
    "application-received",
    "account-invitation",
    "account-locked",
    "err-id-",
];

fn looks_like_id(s: &str) -> bool {
    !NOT_IDS.contains(&s)
        && PREFIXES.iter().any(|p| s.starts_with(p))
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

#[test]
fn every_message_id_in_use_exists_in_english() {
    let en = Lang::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut sources = Vec::new();
    for krate in ["domain", "app", "web"] {
        files(&root.join("crates").join(krate).join("src"), "rs", &mut sources);
    }
    files(&root.join("crates/web/templates"), "html", &mut sources);
    let mut missing = Vec::new();
    let mut checked = 0;
    for file in &sources {
        let text = std::fs::read_to_string(file).unwrap();
        // In templates only the arguments of `t(…)`/`ta(…)` and input names are ids.
        let candidates: Vec<String> = if file.extension().is_some_and(|e| e == "html") {
            let called = text.split("t(\"").skip(1).filter_map(|p| p.split('"').next()).map(str::to_string);
            let inputs = text
                .split("input(ctx, \"")
                .skip(1)
                .filter_map(|p| p.split('"').next())
                .map(|name| format!("field-{name}"));
            called.chain(inputs).collect()
        } else {
            literals(&text)
        };
        for lit in candidates {
            if looks_like_id(&lit) {
                checked += 1;
                if !en.has(&lit) {
                    missing.push(format!("{}: {lit}", file.display()));
                }
            }
        }
        // Notices are named in redirects as `?notice=<name>`.
        for part in text.split("notice=").skip(1) {
            let name: String = part.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
            if !name.is_empty() && !name.ends_with('-') && !en.has(&format!("notice-{name}")) {
                missing.push(format!("{}: notice-{name}", file.display()));
            }
        }
    }
    for r in Role::ALL {
        if !en.has(&format!("role-{}", r.key())) {
            missing.push(format!("role-{}", r.key()));
        }
    }
    for (p, _) in ctpat_domain::permission::MATRIX {
        let p: &Permission = p;
        if !en.has(&format!("perm-{}", p.key())) {
            missing.push(format!("perm-{}", p.key()));
        }
    }
    use ctpat_app::partner::application::{BOND_TYPES, OWNERSHIP_TYPES, SITE_TYPES, Step};
    use ctpat_domain::partner::eligibility::Missing;
    use ctpat_domain::partner::identifiers::IdentifierKind;
    use ctpat_domain::partner::lifecycle::{Refusal, Status};
    let mut dynamic: Vec<String> = Vec::new();
    dynamic.extend(ctpat_domain::partner::EntityType::ALL.iter().map(|e| format!("entity-{}", e.key())));
    dynamic.extend(Status::ALL.iter().map(|s| format!("status-{}", s.key())));
    dynamic.extend(Step::ALL.iter().flat_map(|s| [format!("step-{}", s.key()), format!("step-{}-intro", s.key())]));
    dynamic.extend(IdentifierKind::ALL.iter().flat_map(|k| {
        [
            format!("idkind-{}", k.key()),
            format!("err-id-{}", k.key()),
            format!("missing-{}", Missing::Identifier(*k).key()),
        ]
    }));
    dynamic.extend(OWNERSHIP_TYPES.iter().map(|k| format!("ownership-{k}")));
    dynamic.extend(SITE_TYPES.iter().map(|k| format!("address-kind-{k}")));
    dynamic.extend(BOND_TYPES.iter().map(|k| format!("bond-type-{k}")));
    for m in [
        Missing::Bond,
        Missing::HqAddress,
        Missing::Contacts,
        Missing::PrimaryOfficer,
        Missing::AlternateContact,
        Missing::OfficeInUsOrCanada,
        Missing::OfficeInUs,
        Missing::OneOfIdentifiers(IdentifierKind::Ein, IdentifierKind::Duns),
        Missing::OneOfIdentifiers(IdentifierKind::FmcOrg, IdentifierKind::IataCargo),
    ] {
        dynamic.push(format!("missing-{}", m.key()));
    }
    // A bond of the wrong type, for every entity type that needs a particular one.
    for e in ctpat_domain::partner::EntityType::ALL.iter().filter(|e| !e.bond_types().is_empty()) {
        dynamic.push(format!("missing-{}", Missing::BondType(*e).key()));
    }
    for r in [
        Refusal::NotAllowedInStatus,
        Refusal::WrongRole,
        Refusal::NotTheAssignedScss,
        Refusal::NoRecommendation,
        Refusal::OwnProposal,
        Refusal::ProposalPending,
        Refusal::NoProposal,
        Refusal::NoCorrectiveActionPlan,
        Refusal::CorrectiveActionPlanAlreadySubmitted,
        Refusal::DeadlineNotReached,
        Refusal::DeadlinePassed,
        Refusal::AppealAlreadyFiled,
        Refusal::NoAppeal,
        Refusal::ReapplicationBarred,
        Refusal::AlreadyAssigned,
    ] {
        dynamic.push(ctpat_app::partner::lifecycle::refusal_id(r).to_string());
    }
    for k in
        ["certification-target", "response", "appeal", "appeal-decision", "validation", "annual-review", "reapply-bar"]
    {
        dynamic.push(format!("deadline-{k}"));
    }
    for id in dynamic {
        if !en.has(&id) {
            missing.push(id);
        }
    }
    for k in MailKind::ALL {
        for part in ["subject", "body"] {
            if !en.has(&format!("mail-{}-{part}", k.key())) {
                missing.push(format!("mail-{}-{part}", k.key()));
            }
        }
    }
    assert!(checked > 150, "the scan found only {checked} ids");
    assert!(missing.is_empty(), "missing from locales/en/main.ftl:\n{}", missing.join("\n"));
}

/// Every action the audit trail records (literal in the code, or a lifecycle event) has words
/// in the account history: people never read a key such as `svi.requested`.
#[test]
fn every_recorded_action_has_words_in_the_history() {
    let en = Lang::default();
    let mut sources = Vec::new();
    files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src"), "rs", &mut sources);
    let mut actions: Vec<String> = Vec::new();
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        for call in ["audit::by(", "audit::system(", "audit::anonymous(", ".event(now, "] {
            for part in text.split(call).skip(1) {
                let head: String = part.chars().take(160).collect();
                if let Some(action) = literals(&head).into_iter().find(|l| {
                    !l.is_empty() && l.chars().all(|c| c.is_ascii_lowercase() || "._-".contains(c)) && l.contains('.')
                }) {
                    actions.push(action);
                }
            }
        }
    }
    assert!(actions.len() > 50, "the scan finds the recorded actions ({})", actions.len());
    for kind in ctpat_domain::partner::lifecycle::Event::KINDS {
        actions.push(format!("account.{kind}"));
    }
    actions.extend(["profile.reviewed", "profile.approved", "profile.returned"].map(String::from));
    let missing: Vec<String> =
        actions.iter().map(|a| format!("history-{}", a.replace(['.', '_'], "-"))).filter(|id| !en.has(id)).collect();
    assert!(missing.is_empty(), "actions without words in the history: {missing:?}");
}

/// Each message of a Fluent file with the variables (`{ $name }`) its text uses, attributes and
/// continuation lines included.
fn messages(ftl: &str) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut out = std::collections::BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if starts_message && let Some((id, _)) = line.split_once(" =") {
            current = Some(id.trim().to_string());
            out.entry(id.trim().to_string()).or_insert_with(std::collections::BTreeSet::new);
        } else if line.starts_with('#') || (!line.starts_with(' ') && !line.is_empty()) {
            current = None;
            continue;
        }
        if let Some(id) = &current {
            let vars = out.get_mut(id).unwrap();
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                let name: String =
                    rest[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                if !name.is_empty() {
                    vars.insert(name.clone());
                }
                rest = &rest[i + 1 + name.len()..];
            }
        }
    }
    out
}

/// What differs between a language's catalogue and the English one: ids missing or extra, and
/// messages whose variables differ (a placeable used in one language and not the other).
fn differences(en: &str, other: &str, lang: &str) -> Vec<String> {
    let (en, other) = (messages(en), messages(other));
    let mut out = Vec::new();
    for (id, vars) in &en {
        match other.get(id) {
            None => out.push(format!("{lang}: {id} is missing")),
            Some(v) if v != vars => out.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}")),
            _ => {}
        }
    }
    out.extend(other.keys().filter(|id| !en.contains_key(*id)).map(|id| format!("{lang}: {id} is not in English")));
    out
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/locales");
    let en = std::fs::read_to_string(dir.join("en/main.ftl")).unwrap();
    let mut problems = Vec::new();
    let mut languages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let lang = path.file_name().unwrap().to_string_lossy().to_string();
        languages += 1;
        if lang == "en" {
            continue;
        }
        let text = std::fs::read_to_string(path.join("main.ftl")).unwrap_or_default();
        problems.extend(differences(&en, &text, &lang));
    }
    assert!(languages >= 3, "English, Spanish and French at least");
    assert!(problems.is_empty(), "{} difference(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_language_check_names_a_missing_an_extra_and_a_mismatched_message() {
    let en = "# comment\nhello = Hello, { $name }!\nbye = Bye\ncount =\n    { $n ->\n        [one] one\n       *[other] { $n } items\n    }\n";
    let es = "hello = ¡Hola!\nextra = Más\ncount = { $n } elementos\n";
    let found = differences(en, es, "es");
    assert_eq!(
        found,
        [
            "es: bye is missing".to_string(),
            "es: hello uses {}, English uses {\"name\"}".to_string(),
            "es: extra is not in English".to_string(),
        ]
    );
}
