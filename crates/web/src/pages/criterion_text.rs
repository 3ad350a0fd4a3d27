//! A criterion's statement and guidance in the reader's language, with the English text one
//! click away when what is shown is a translation (the English is what CBP's criteria and a
//! specialist's review refer to).

use crate::page::PageCtx;
use ctpat_domain::catalog::Criterion;

#[derive(Debug, Clone)]
pub struct English {
    pub statement: String,
    pub guidance: String,
}

#[derive(Debug, Clone)]
pub struct CriterionText {
    pub statement: String,
    pub guidance: String,
    /// The English text, when the lines above are a translation.
    pub english: Option<English>,
}

impl CriterionText {
    pub fn of(c: &Criterion, ctx: &PageCtx) -> Self {
        let lang = ctx.lang_code.as_str();
        CriterionText {
            statement: c.statement_in(lang).to_string(),
            guidance: c.guidance_in(lang).to_string(),
            english: c
                .translated_in(lang)
                .then(|| English { statement: c.statement.clone(), guidance: c.guidance.clone() }),
        }
    }
}
