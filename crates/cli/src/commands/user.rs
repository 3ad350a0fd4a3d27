//! `ctpat user create`: a program staff user, with a password or an invitation.

use crate::db::{DbArgs, app_error};
use anyhow::{Context, Result};
use clap::Subcommand;
use ctpat_app::Settings;
use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a program staff user. The password is read from standard input; with
    /// --invite (or an empty line) an invitation e-mail is sent instead.
    Create {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// scss, supervisor, hq or admin
        #[arg(long)]
        role: String,
        #[arg(long)]
        invite: bool,
        #[arg(long, env = "CTPAT_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
        public_url: String,
    },
}

pub async fn run(command: UserCommand) -> Result<ExitCode> {
    let UserCommand::Create { db, email, name, role, invite, public_url } = command;
    let password = if invite { None } else { read_password()? };
    let app = db.open(Settings { public_url, ..db.settings() }).await?;
    let created = ctpat_app::staff::create(
        &app,
        ctpat_app::staff::Creator::HostOperator(ctpat_app::RequestMeta::cli()),
        ctpat_app::staff::NewStaff {
            email: &email,
            name: &name,
            role: &role,
            office: "",
            password: password.as_deref(),
        },
    )
    .await
    .map_err(|e| app_error(&e))?;
    if created.invited {
        // Deliver the invitation now: no server may be running.
        let transport = ctpat_app::mail::Transport::from_settings(&app.settings).map_err(anyhow::Error::msg)?;
        ctpat_app::mail::send_due(&app, &transport).await.map_err(|e| app_error(&e))?;
        println!("created {} ({}); invitation sent via {}", created.user.email, role, transport.describe());
    } else {
        println!("created {} ({})", created.user.email, role);
    }
    Ok(ExitCode::SUCCESS)
}

fn read_password() -> Result<Option<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("password (empty line to send an invitation instead): ");
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).context("cannot read the password from standard input")?;
    let pw = line.trim_end_matches(['\r', '\n']).to_string();
    Ok((!pw.is_empty()).then_some(pw))
}
