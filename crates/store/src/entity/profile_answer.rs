use sea_orm::entity::prelude::*;

/// The working answer to one criterion, and its review.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "profile_answer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub profile_id: i64,
    pub criterion_id: String,
    pub answer: Option<String>,
    pub justification: Option<String>,
    pub narrative: Option<String>,
    pub corrective_plan: Option<String>,
    pub corrective_due: Option<Date>,
    pub review: Option<String>,
    pub review_comment: Option<String>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
