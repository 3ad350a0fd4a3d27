//! Charts drawn on the server as SVG: no script, an accessible name and description, and the
//! numbers always beside them in a table (the chart is a picture of the table).

use askama::Template;

pub struct Bar {
    label: String,
    value: i64,
    /// Top of the bar's row, its width and where its value is written.
    y: u32,
    width: u32,
    value_x: u32,
}

#[derive(Template)]
#[template(path = "bar_chart.html")]
struct BarChart<'a> {
    id: &'a str,
    title: &'a str,
    desc: &'a str,
    bars: Vec<Bar>,
    height: u32,
}

const ROW: u32 = 28;
const LABEL_W: u32 = 230;
const BAR_MAX: u32 = 400;

/// A horizontal bar chart of (label, count) rows.
pub fn bars(id: &str, title: &str, desc: &str, data: &[(String, i64)]) -> String {
    let max = data.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let bars = data
        .iter()
        .enumerate()
        .map(|(i, (label, n))| {
            let width = ((*n).max(0) as u64 * u64::from(BAR_MAX) / max as u64) as u32;
            Bar { label: label.clone(), value: *n, y: i as u32 * ROW, width, value_x: LABEL_W + width + 6 }
        })
        .collect();
    BarChart { id, title, desc, bars, height: (data.len() as u32).max(1) * ROW }.render().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_bar_is_the_largest_count_and_labels_are_escaped() {
        let svg = bars("c", "Accounts", "By status", &[("<Certified>".into(), 10), ("Suspended".into(), 5)]);
        assert!(svg.contains("role=\"img\"") && svg.contains("<title id=\"c-title\">Accounts</title>"));
        assert!(svg.contains("width=\"400\"") && svg.contains("width=\"200\""), "{svg}");
        assert!(svg.contains("&#60;Certified&#62;") || svg.contains("&lt;Certified&gt;"), "{svg}");
    }
}
