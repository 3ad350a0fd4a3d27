//! Raw statements for the few queries the entity API expresses poorly (multi-table reads on a
//! hot path, the catalog's bulk rows): written once with `?` placeholders for both engines.

use sea_orm::{DbBackend, Statement, Value};

pub(crate) fn stmt(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    // Written with `?`; PostgreSQL wants `$n`.
    let sql = if backend == DbBackend::Postgres {
        let mut out = String::with_capacity(sql.len() + 8);
        let mut n = 0;
        for ch in sql.chars() {
            if ch == '?' {
                n += 1;
                out.push_str(&format!("${n}"));
            } else {
                out.push(ch);
            }
        }
        out
    } else {
        sql.to_string()
    };
    Statement::from_sql_and_values(backend, sql, values)
}
