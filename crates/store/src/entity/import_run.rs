use sea_orm::entity::prelude::*;

/// One import of legacy records that wrote (a dry run leaves no row).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_run")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The files read, by name, one per line.
    pub files: String,
    pub by_user: i64,
    pub at: DateTimeUtc,
    /// What HQ chose for accounts lacking mandatory data: `notice` or `suspend`.
    pub missing_data: String,
    pub notice_days: i32,
    pub created: i32,
    pub updated: i32,
    pub unchanged: i32,
    pub lacking: i32,
    /// The data-quality report of the run, as downloaded.
    pub quality_csv: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
