//! The Minimum Security Criteria catalog as a model: focus areas, 12 categories, criteria with
//! their level and the entity types they apply to. Files are parsed elsewhere; the checks on a
//! parsed catalog live here so that every loader applies the same rules.

use crate::partner::EntityType;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Must,
    Should,
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::Must => "must",
            Level::Should => "should",
        }
    }

    pub fn from_key(s: &str) -> Option<Level> {
        match s {
            "must" => Some(Level::Must),
            "should" => Some(Level::Should),
            _ => None,
        }
    }
}

pub const FOCUS_AREAS: [&str; 3] = ["corporate_security", "transportation_security", "people_physical_security"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub number: u8,
    pub key: String,
    pub name: String,
    pub focus_area: String,
    /// The name in other languages, by language code (English is `name`).
    pub translations: BTreeMap<String, String>,
}

impl Category {
    /// The name in `lang`, or the English one when the catalog has no translation.
    pub fn name_in(&self, lang: &str) -> &str {
        self.translations.get(lang).map_or(&self.name, |n| n)
    }
}

/// A criterion's statement and guidance in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub statement: String,
    pub guidance: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    /// As CBP numbers it, e.g. `6.2`.
    pub id: String,
    pub category: u8,
    pub level: Level,
    /// Empty means every entity type.
    pub applies_to: Vec<EntityType>,
    pub statement: String,
    pub guidance: String,
    pub basis: String,
    /// Statement and guidance in other languages, by language code (English is above).
    pub translations: BTreeMap<String, Text>,
}

impl Criterion {
    /// The statement in `lang`, or the English one when the catalog has no translation.
    pub fn statement_in(&self, lang: &str) -> &str {
        self.translations.get(lang).map_or(&self.statement, |t| &t.statement)
    }

    /// The guidance in `lang`, or the English one when the catalog has no translation.
    pub fn guidance_in(&self, lang: &str) -> &str {
        self.translations.get(lang).map_or(&self.guidance, |t| &t.guidance)
    }

    /// Whether the text shown in `lang` is a translation (so the English is offered beside it).
    pub fn translated_in(&self, lang: &str) -> bool {
        self.translations.contains_key(lang)
    }

    pub fn applies(&self, e: EntityType) -> bool {
        self.applies_to.is_empty() || self.applies_to.contains(&e)
    }

    /// True when the criterion rests on the team's recollection alone (`basis = "recall"`): HQ
    /// checks it against the CBP documents before relying on it.
    pub fn needs_verifying(&self) -> bool {
        self.basis.split([':', ';']).next().map(str::trim) == Some("recall")
    }

    /// (category, number) for ordering `5.10` after `5.9`.
    pub fn order(&self) -> (u32, u32) {
        order_of(&self.id).unwrap_or((u32::MAX, u32::MAX))
    }
}

/// `N.M` with 1 ≤ N ≤ 12, M ≥ 1.
pub fn order_of(id: &str) -> Option<(u32, u32)> {
    let (a, b) = id.split_once('.')?;
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    ((1..=12).contains(&a) && b >= 1 && !id.starts_with('0')).then_some((a, b))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub version: String,
    pub title: String,
    pub known_gaps: Vec<String>,
    /// The languages besides English every category and criterion is translated into.
    pub languages: Vec<String>,
    pub categories: Vec<Category>,
    pub criteria: Vec<Criterion>,
}

impl Catalog {
    pub fn for_entity(&self, e: EntityType) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(move |c| c.applies(e))
    }

    pub fn to_verify(&self) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(|c| c.needs_verifying())
    }

    /// How many must and should criteria each entity type answers.
    pub fn coverage(&self) -> Vec<(EntityType, usize, usize)> {
        EntityType::ALL
            .into_iter()
            .map(|e| {
                let must = self.for_entity(e).filter(|c| c.level == Level::Must).count();
                (e, must, self.for_entity(e).count() - must)
            })
            .collect()
    }
}

/// A problem found in a catalog file, at a line (1-based; 0 when not tied to one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub line: usize,
    pub message: String,
}

/// Where each item of a parsed catalog starts in its file.
#[derive(Debug, Clone, Default)]
pub struct Lines {
    pub categories: Vec<usize>,
    pub criteria: Vec<usize>,
}

/// The rules every catalog meets: unique IDs in the right category, the 12 known categories
/// and focus areas, no empty text, and each entity type covered by at least one criterion.
pub fn check(c: &Catalog, lines: &Lines) -> Vec<Issue> {
    let mut issues = Vec::new();
    let at = |v: &Vec<usize>, i: usize| v.get(i).copied().unwrap_or(0);
    if c.version.trim().is_empty() {
        issues.push(Issue { line: 0, message: "`version` must not be empty".into() });
    }
    if c.title.trim().is_empty() {
        issues.push(Issue { line: 0, message: "`title` must not be empty".into() });
    }
    for (i, cat) in c.categories.iter().enumerate() {
        let line = at(&lines.categories, i);
        if !(1..=12).contains(&cat.number) {
            issues.push(Issue { line, message: format!("category number {} is not one of 1–12", cat.number) });
        }
        if c.categories[..i].iter().any(|o| o.number == cat.number) {
            issues.push(Issue { line, message: format!("category {} is defined twice", cat.number) });
        }
        if !FOCUS_AREAS.contains(&cat.focus_area.as_str()) {
            issues.push(Issue {
                line,
                message: format!("unknown focus area {:?} (expected one of {FOCUS_AREAS:?})", cat.focus_area),
            });
        }
        if cat.name.trim().is_empty() || cat.key.trim().is_empty() {
            issues.push(Issue { line, message: format!("category {} needs a key and a name", cat.number) });
        }
        for lang in &c.languages {
            if cat.translations.get(lang).is_none_or(|n| n.trim().is_empty()) {
                issues.push(Issue { line, message: format!("category {} has no name in `{lang}`", cat.number) });
            }
        }
        for lang in cat.translations.keys().filter(|l| !c.languages.contains(l)) {
            issues.push(Issue {
                line,
                message: format!(
                    "category {} is translated into `{lang}`, which `languages` does not list",
                    cat.number
                ),
            });
        }
    }
    for n in 1..=12u8 {
        if !c.categories.iter().any(|x| x.number == n) {
            issues.push(Issue { line: 0, message: format!("category {n} is missing") });
        }
    }
    for (i, cr) in c.criteria.iter().enumerate() {
        let line = at(&lines.criteria, i);
        match order_of(&cr.id) {
            None => issues.push(Issue {
                line,
                message: format!("criterion id {:?} is not of the form N.M with N from 1 to 12", cr.id),
            }),
            Some((cat, _)) if cat != u32::from(cr.category) => issues.push(Issue {
                line,
                message: format!(
                    "criterion {} is filed under category {} but its number says {cat}",
                    cr.id, cr.category
                ),
            }),
            Some(_) => {}
        }
        if !c.categories.iter().any(|x| x.number == cr.category) {
            issues.push(Issue { line, message: format!("criterion {} names unknown category {}", cr.id, cr.category) });
        }
        if c.criteria[..i].iter().any(|o| o.id == cr.id) {
            issues.push(Issue { line, message: format!("criterion {} is defined twice", cr.id) });
        }
        if cr.statement.trim().is_empty() {
            issues.push(Issue { line, message: format!("criterion {} has an empty statement", cr.id) });
        }
        if cr.guidance.trim().is_empty() {
            issues.push(Issue { line, message: format!("criterion {} has empty guidance", cr.id) });
        }
        for lang in &c.languages {
            match cr.translations.get(lang) {
                None => {
                    issues.push(Issue { line, message: format!("criterion {} has no translation in `{lang}`", cr.id) })
                }
                Some(t) if t.statement.trim().is_empty() || t.guidance.trim().is_empty() => issues.push(Issue {
                    line,
                    message: format!("criterion {} lacks its statement or guidance in `{lang}`", cr.id),
                }),
                Some(_) => {}
            }
        }
        for lang in cr.translations.keys().filter(|l| !c.languages.contains(l)) {
            issues.push(Issue {
                line,
                message: format!("criterion {} is translated into `{lang}`, which `languages` does not list", cr.id),
            });
        }
        if cr.basis.trim().is_empty() {
            issues.push(Issue {
                line,
                message: format!("criterion {} does not say where its facts come from (`basis`)", cr.id),
            });
        }
    }
    for e in EntityType::ALL {
        if !c.criteria.iter().any(|cr| cr.applies(e)) {
            issues.push(Issue { line: 0, message: format!("no criterion applies to entity type {}", e.key()) });
        }
    }
    issues
}
