//! `ctpat import` on the command line: a dry run and an import of the example files with a
//! summary and a saved report, a refused file with each problem on its own line, and a person
//! who may not import.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_ctpat");

fn ctpat(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN).args(args).current_dir(dir).env_remove("CTPAT_DATABASE_URL").output().expect("run ctpat")
}

fn staff(dir: &Path, email: &str, role: &str) {
    let mut child = Command::new(BIN)
        .args(["user", "create", "--email", email, "--name", "Staff Member", "--role", role])
        .current_dir(dir)
        .env_remove("CTPAT_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a long enough staff passphrase\n").unwrap();
    assert!(child.wait().unwrap().success());
}

fn examples() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/import");
    ["accounts", "contacts", "addresses", "connections"]
        .iter()
        .map(|s| dir.join(format!("{s}.csv")).display().to_string())
        .collect()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

#[test]
fn the_examples_import_with_a_summary_and_a_saved_report() {
    let dir = tempfile::tempdir().unwrap();
    staff(dir.path(), "hq@cbp.example", "hq");
    staff(dir.path(), "scss@cbp.example", "scss");
    let files = examples();
    let mut args = vec!["import", "--as", "hq@cbp.example", "--missing-data", "notice", "--dry-run"];
    args.extend(files.iter().map(String::as_str));
    let out = ctpat(&args, dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.starts_with("dry run (nothing written)"), "{said}");
    assert!(said.contains("accounts     4 created, 0 updated, 0 unchanged"), "{said}");

    args.retain(|a| *a != "--dry-run");
    let out = ctpat(&args, dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.starts_with("imported in "), "{said}");
    assert!(said.contains("connections  2 created"), "{said}");
    assert!(said.contains("people with a login created: 3"), "{said}");
    assert!(
        said.contains("account(s) lack mandatory data") && said.contains("accounts.csv line 5 (A-1004): "),
        "{said}"
    );
    assert!(!text(&out.stderr).contains('\u{1b}'), "no progress bar drawn into a redirected stream");
    let report = std::fs::read_to_string(dir.path().join("import-quality.csv")).unwrap();
    assert!(report.starts_with("file,sheet,line,legacy_id,account_id,"), "{report}");

    let out = ctpat(&args, dir.path());
    assert!(text(&out.stdout).contains("accounts     0 created, 0 updated, 4 unchanged"), "{}", text(&out.stdout));
}

#[test]
fn a_refused_file_prints_each_problem_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    staff(dir.path(), "hq@cbp.example", "hq");
    let bad: PathBuf = dir.path().join("accounts.csv");
    std::fs::write(&bad, "legacy_id,organization_name,entity_type,ior,status\nX-1,Acme,importer,12-34,applicant\n")
        .unwrap();
    let out =
        ctpat(&["import", "--as", "hq@cbp.example", "--missing-data", "suspend", bad.to_str().unwrap()], dir.path());
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("accounts.csv, sheet accounts, line 2, column ior: "), "{err}");
    assert!(err.contains("problem(s) found; nothing was imported"), "{err}");
    assert!(!dir.path().join("import-quality.csv").exists());
}

#[test]
fn only_hq_may_import() {
    let dir = tempfile::tempdir().unwrap();
    staff(dir.path(), "sam@cbp.example", "scss");
    let files = examples();
    let out = ctpat(&["import", "--as", "sam@cbp.example", "--missing-data", "notice", &files[0]], dir.path());
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("may not import legacy records"), "{}", text(&out.stderr));
    let out = ctpat(&["import", "--as", "sam@cbp.example", "--missing-data", "maybe", &files[0]], dir.path());
    assert!(text(&out.stderr).contains("--missing-data must be notice or suspend"));
}
