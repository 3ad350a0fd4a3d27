//! The demo's Public Library: a few documents HQ published, one of them in its second version
//! (the first kept as superseded).

use super::accounts::person;
use crate::App;
use crate::actor::CurateLibrary;
use crate::error::Result;
use crate::files::Incoming;
use crate::library::{self, Described};

struct Doc {
    title: &'static str,
    category: &'static str,
    version: &'static str,
    effective_on: &'static str,
    note: &'static str,
    text: &'static str,
}

const DOCS: [Doc; 4] = [
    Doc {
        title: "Minimum Security Criteria — Importers",
        category: "criteria",
        version: "2019",
        effective_on: "2019-08-01",
        note: "",
        text: "The criteria every importer member meets, by category: security vision and responsibility, risk assessment, business partners, cybersecurity, conveyance and instruments of international traffic security, seal security, procedural security, agricultural security, physical security, physical access controls, personnel security, and education, training and awareness.",
    },
    Doc {
        title: "Seal integrity guidance",
        category: "guidance",
        version: "1.0",
        effective_on: "2025-03-01",
        note: "",
        text: "High-security seals meet ISO 17712. Verify each seal with the VVTT process: view the seal and container locking mechanisms, verify the seal number against the shipping documents, tug on the seal, twist and turn it.",
    },
    Doc {
        title: "Seal integrity guidance",
        category: "guidance",
        version: "2.0",
        effective_on: "2026-09-01",
        note: "Adds the inspection of seals at the point of stuffing and the record kept of it.",
        text: "High-security seals meet ISO 17712. Verify each seal with the VVTT process at stuffing and at every hand-off: view, verify, tug, twist and turn. Record who verified the seal, when and where.",
    },
    Doc {
        title: "Annual review checklist",
        category: "forms",
        version: "2026",
        effective_on: "2026-01-01",
        note: "",
        text: "Before signing the annual review: update contacts and addresses, review each criterion of the Security Profile, attach current evidence, and confirm the business partners listed.",
    },
];

/// Publish the demo documents once (nothing when the library holds any).
pub(super) async fn load(app: &App) -> Result<()> {
    if !library::shelves(app).await?.is_empty() {
        return Ok(());
    }
    let hq = person(app, "hq").await?;
    let can = hq.can::<CurateLibrary>()?;
    let mut last: Option<(&str, i64)> = None;
    for d in &DOCS {
        let replaces = match last {
            Some((title, id)) if title == d.title => id.to_string(),
            _ => String::new(),
        };
        let described = Described {
            title: d.title.into(),
            category: d.category.into(),
            version: d.version.into(),
            effective_on: d.effective_on.into(),
            note: d.note.into(),
            replaces,
        };
        let permit = library::begin(app, &can, &described).await?;
        let mut up = Incoming::start(app, &permit).await?;
        let bytes = crate::letters::pdf_document(d.title, &[d.text]);
        up.write(&bytes).await.map_err(|e| crate::Error::Internal(format!("demo library file: {e:?}")))?;
        let name = format!("{}.pdf", d.title.to_lowercase().replace([' ', '—'], "-"));
        let id = library::publish(app, &can, permit, &name, up).await?;
        last = Some((d.title, id));
    }
    Ok(())
}
