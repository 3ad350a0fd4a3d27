//! Checks a real JSON response against the OpenAPI document the portal serves: the path,
//! method and status must be documented with this content type, and the body must match the
//! schema (the subset of JSON Schema our document uses: types incl. null, properties,
//! required, items, $ref, oneOf/anyOf/allOf).

use serde_json::Value;

pub fn validate(doc: &Value, method: &str, template: &str, status: u16, content_type: &str, body: &Value) {
    let op = &doc["paths"][template][method.to_lowercase()];
    assert!(op.is_object(), "{method} {template} is not in the OpenAPI document");
    let resp = &op["responses"][status.to_string()];
    assert!(resp.is_object(), "{method} {template} does not document status {status}");
    if status == 204 {
        return;
    }
    let ct = content_type.split(';').next().unwrap_or("").trim();
    let schema = &resp["content"][ct]["schema"];
    assert!(schema.is_object(), "{method} {template} {status} does not document content type {ct}: {resp}");
    let mut problems = Vec::new();
    check(doc, schema, body, "$", &mut problems);
    assert!(
        problems.is_empty(),
        "{method} {template} {status}: response does not match the document:\n{}\n{body:#}",
        problems.join("\n")
    );
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            let target = &doc["components"]["schemas"][name];
            assert!(target.is_object(), "unresolved {r}");
            resolve(doc, target)
        }
        None => schema,
    }
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "null" => v.is_null(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => false,
    }
}

fn check(doc: &Value, schema: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
    let s = resolve(doc, schema);
    if let Some(all) = s.get("allOf").and_then(Value::as_array) {
        for sub in all {
            check(doc, sub, v, at, out);
        }
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(alts) = s.get(key).and_then(Value::as_array) {
            let matching = alts
                .iter()
                .filter(|alt| {
                    let mut p = Vec::new();
                    check(doc, alt, v, at, &mut p);
                    p.is_empty()
                })
                .count();
            let ok = if key == "oneOf" { matching == 1 } else { matching >= 1 };
            if !ok {
                out.push(format!("{at}: {matching} alternatives of {key} match {v}"));
            }
        }
    }
    match s.get("type") {
        Some(Value::String(t)) if !type_ok(t, v) => out.push(format!("{at}: expected {t}, got {v}")),
        Some(Value::Array(ts)) if !ts.iter().filter_map(Value::as_str).any(|t| type_ok(t, v)) => {
            out.push(format!("{at}: expected one of {ts:?}, got {v}"))
        }
        _ => {}
    }
    if let Some(obj) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        if let Some(req) = s.get("required").and_then(Value::as_array) {
            for r in req.iter().filter_map(Value::as_str) {
                if !obj.contains_key(r) {
                    out.push(format!("{at}: required member {r} is missing"));
                }
            }
        }
        if let Some(props) = props {
            for (k, val) in obj {
                match props.get(k) {
                    Some(ps) => check(doc, ps, val, &format!("{at}.{k}"), out),
                    None => out.push(format!("{at}: member {k} is not in the document")),
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, item) in arr.iter().enumerate() {
            check(doc, items, item, &format!("{at}[{i}]"), out);
        }
    }
}
