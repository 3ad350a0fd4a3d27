//! The demo logins: public by design, they exist only in demo data.

pub struct DemoLogin {
    pub role: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub name: &'static str,
    /// The field office's code, for staff who work in one.
    pub office: Option<&'static str>,
}

/// Demo passwords are public by design; they exist only in demo data. The first login of each
/// role is the one the demo's story uses (the Houston office's Supervisor and SCSS).
pub const LOGINS: [DemoLogin; 7] = [
    DemoLogin {
        role: "officer",
        email: "officer@demo.ctpat.example",
        password: "demo officer walks the dock",
        name: "Olivia Officer (demo)",
        office: None,
    },
    DemoLogin {
        role: "scss",
        email: "scss@demo.ctpat.example",
        password: "demo specialist checks seals",
        name: "Sam Specialist (demo)",
        office: Some("HOU"),
    },
    DemoLogin {
        role: "supervisor",
        email: "supervisor@demo.ctpat.example",
        password: "demo supervisor signs reports",
        name: "Sofia Supervisor (demo)",
        office: Some("HOU"),
    },
    DemoLogin {
        role: "hq",
        email: "hq@demo.ctpat.example",
        password: "demo headquarters sets policy",
        name: "Henry Headquarters (demo)",
        office: None,
    },
    DemoLogin {
        role: "admin",
        email: "admin@demo.ctpat.example",
        password: "demo admin manages the staff",
        name: "Ada Admin (demo)",
        office: None,
    },
    DemoLogin {
        role: "supervisor",
        email: "supervisor.lax@demo.ctpat.example",
        password: "demo west coast supervisor decides",
        name: "Luis Supervisor, Los Angeles (demo)",
        office: Some("LAX"),
    },
    DemoLogin {
        role: "scss",
        email: "scss.lax@demo.ctpat.example",
        password: "demo west coast specialist reviews",
        name: "Lena Specialist, Los Angeles (demo)",
        office: Some("LAX"),
    },
];

/// The two field offices of the demo: (code, name).
pub const OFFICES: [(&str, &str); 2] = [("HOU", "Houston Field Office"), ("LAX", "Los Angeles Field Office")];
