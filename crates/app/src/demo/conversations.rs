//! Demo conversations: a thread each side has not read yet, and a document waiting in the
//! Document Exchange for the SCSS to open.

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};

pub(super) async fn load(app: &App, officer: &Actor, scss: &Actor, account_id: i64) -> Result<()> {
    // The company asked, the SCSS answered: the answer waits unread for the company.
    let asked = crate::messages::start_thread(
        app,
        officer,
        account_id,
        "Seal log for the validation",
        "Demo: should we bring the 2025 seal log to the validation, or upload it beforehand?",
    )
    .await?;
    crate::messages::reply(
        app,
        scss,
        account_id,
        asked,
        "Demo: please upload it through the Document Exchange a week before the visit.",
    )
    .await?;
    // The company's new question waits unread for the SCSS.
    crate::messages::start_thread(
        app,
        officer,
        account_id,
        "Training records",
        "Demo: our drivers' seal training is recorded in our HR system; is an export enough?",
    )
    .await?;
    // A document sent by the company, not opened yet by the program.
    let mut permit = crate::files::begin_exchange_file(app, officer, account_id).await?;
    permit.set_note("Demo: the 2025 seal log, as asked.")?;
    let mut up = crate::files::Incoming::start(app, &permit).await?;
    let pdf = b"%PDF-1.4\n% Demo seal log 2025\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
    up.write(pdf).await.map_err(|_| Error::Internal("demo file".into()))?;
    crate::files::add_evidence(app, officer, permit, "seal-log-2025.pdf", up).await?;
    Ok(())
}
