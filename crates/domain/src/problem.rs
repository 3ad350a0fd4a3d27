//! A refusal the user can act on: a message-catalogue code plus its arguments. The web layer
//! renders it in the user's language; the domain never holds display text.

use std::borrow::Cow;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Message-catalogue id, e.g. `err-password-too-short`.
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(code: &'static str) -> Self {
        Problem { code, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn on(self, field: impl Into<Cow<'static, str>>) -> FieldError {
        FieldError { field: field.into(), problem: self }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        for (k, v) in &self.args {
            write!(f, " {k}={v}")?;
        }
        Ok(())
    }
}

/// A problem attached to one form field (by its `name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field's `name`; criterion fields are built at run time (`answer-6.2`).
    pub field: Cow<'static, str>,
    pub problem: Problem,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}
