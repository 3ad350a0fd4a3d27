//! The demo logins: public by design, they exist only in demo data.

pub struct DemoLogin {
    pub role: &'static str,
    pub email: &'static str,
    pub password: &'static str,
}

/// Demo passwords are public by design; they exist only in demo data.
pub const LOGINS: [DemoLogin; 5] = [
    DemoLogin { role: "officer", email: "officer@demo.ctpat.example", password: "demo officer walks the dock" },
    DemoLogin { role: "scss", email: "scss@demo.ctpat.example", password: "demo specialist checks seals" },
    DemoLogin { role: "supervisor", email: "supervisor@demo.ctpat.example", password: "demo supervisor signs reports" },
    DemoLogin { role: "hq", email: "hq@demo.ctpat.example", password: "demo headquarters sets policy" },
    DemoLogin { role: "admin", email: "admin@demo.ctpat.example", password: "demo admin manages the staff" },
];

pub(super) fn demo_name(role: &str) -> &'static str {
    match role {
        "officer" => "Olivia Officer (demo)",
        "scss" => "Sam Specialist (demo)",
        "supervisor" => "Sofia Supervisor (demo)",
        "hq" => "Henry Headquarters (demo)",
        _ => "Ada Admin (demo)",
    }
}
