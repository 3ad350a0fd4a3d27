//! A letter as a PDF on A4: Helvetica (one of the fonts every PDF reader has, so nothing is
//! embedded), lines wrapped by the font's own character widths, more pages when the text needs
//! them. Text is written in the WinAnsi encoding, which covers the Latin letters of English,
//! Spanish and French; anything else is shown as "?".

use super::Letter;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 72.0;
const REGULAR: Name = Name(b"F1");
const BOLD: Name = Name(b"F2");

/// Helvetica's advance widths (thousandths of the font size) for the printable ASCII
/// characters, from the font's published metrics.
const WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '..'/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // '0'..'?'
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // '@'..'O'
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 'P'..'_'
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // '`'..'o'
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // 'p'..'~'
];

/// The byte of `c` in WinAnsi: ASCII and the Latin-1 letters map to themselves.
fn win_ansi(c: char) -> u8 {
    match c as u32 {
        0x20..=0x7e | 0xa0..=0xff => c as u32 as u8,
        // French puts a thin no-break space before ; ? ! and the euro, œ and … are in WinAnsi.
        0x202f | 0x2009 | 0x2007 => 0xa0,
        0x0153 => 0x9c,
        0x0152 => 0x8c,
        0x20ac => 0x80,
        0x2026 => 0x85,
        0x2018 | 0x2019 => b'\'',
        0x201c | 0x201d => b'"',
        0x2013 => 0x96,
        0x2014 => 0x97,
        _ => b'?',
    }
}

fn width(c: char, size: f32, bold: bool) -> f32 {
    let b = win_ansi(c);
    let units = match b {
        0x20..=0x7e => WIDTHS[(b - 0x20) as usize] as f32,
        0xa0 => WIDTHS[0] as f32,
        // Dashes, and accented letters near their base letter's width.
        0x96 => 556.0,
        0x97 => 1000.0,
        _ => 556.0,
    };
    // Helvetica-Bold runs about 7 % wider.
    units * size / 1000.0 * if bold { 1.07 } else { 1.0 }
}

/// Break `text` into lines no wider than `max` points (a word longer than a line is cut).
fn wrap(text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    let space = width(' ', size, bold);
    // A no-break space (French ": ; ? !") keeps its neighbours on one line.
    for word in text.split(|c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}').filter(|w| !w.is_empty()) {
        let w: f32 = word.chars().map(|c| width(c, size, bold)).sum();
        if !line.is_empty() && used + space + w > max {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        if !line.is_empty() {
            line.push(' ');
            used += space;
        }
        for c in word.chars() {
            let cw = width(c, size, bold);
            if used + cw > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

struct Block {
    lines: Vec<String>,
    size: f32,
    bold: bool,
    after: f32,
}

fn block(text: &str, size: f32, bold: bool, after: f32) -> Block {
    Block { lines: wrap(text, size, bold, PAGE_W - 2.0 * MARGIN), size, bold, after }
}

/// The letter as PDF bytes.
pub fn render(l: &Letter) -> Vec<u8> {
    let mut blocks = vec![block(&l.letterhead, 14.0, true, 4.0), block(&l.title, 11.0, false, 24.0)];
    blocks.push(block(&format!("{}    {}", l.date, l.reference), 10.0, false, 18.0));
    for (i, r) in l.recipient.iter().enumerate() {
        blocks.push(block(r, 11.0, i == 0, if i + 1 == l.recipient.len() { 18.0 } else { 0.0 }));
    }
    blocks.push(block(&l.subject, 11.0, true, 14.0));
    blocks.push(block(&l.salutation, 11.0, false, 10.0));
    for p in &l.paragraphs {
        blocks.push(block(p, 11.0, false, 10.0));
    }
    blocks.push(block(&l.closing, 11.0, false, 28.0));
    for s in &l.signer {
        blocks.push(block(s, 11.0, false, 0.0));
    }
    write(&blocks, &l.title, &l.subject)
}

/// A plain document: a title and its paragraphs (the demo's library documents).
pub fn document(title: &str, paragraphs: &[&str]) -> Vec<u8> {
    let mut blocks = vec![block(title, 16.0, true, 16.0)];
    blocks.extend(paragraphs.iter().map(|p| block(p, 11.0, false, 10.0)));
    write(&blocks, title, "")
}

fn write(blocks: &[Block], title: &str, subject: &str) -> Vec<u8> {
    // Lay the lines out on as many pages as they need.
    let mut pages: Vec<Content> = vec![Content::new()];
    let mut y = PAGE_H - MARGIN;
    for b in blocks {
        let leading = b.size * 1.35;
        for line in &b.lines {
            if y - leading < MARGIN {
                pages.push(Content::new());
                y = PAGE_H - MARGIN;
            }
            y -= leading;
            let bytes: Vec<u8> = line.chars().map(win_ansi).collect();
            let c = pages.last_mut().expect("a page");
            c.begin_text();
            c.set_font(if b.bold { BOLD } else { REGULAR }, b.size);
            c.next_line(MARGIN, y);
            c.show(Str(&bytes));
            c.end_text();
        }
        y -= b.after;
    }

    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let first = 6;
    let page_ids: Vec<Ref> = (0..pages.len()).map(|i| Ref::new(first + 2 * i as i32)).collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids(page_ids.iter().copied()).count(pages.len() as i32);
    for (i, content) in pages.into_iter().enumerate() {
        let id = page_ids[i];
        let content_id = Ref::new(id.get() + 1);
        let mut page = pdf.page(id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        page.parent(tree);
        page.contents(content_id);
        page.resources().fonts().pair(REGULAR, regular).pair(BOLD, bold);
        page.finish();
        pdf.stream(content_id, &content.finish());
    }
    pdf.type1_font(regular).base_font(Name(b"Helvetica")).encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold).base_font(Name(b"Helvetica-Bold")).encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.document_info(info).title(TextStr(title)).subject(TextStr(subject));
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_stay_within_the_measure() {
        let text = "The company has been certified as a partner of the program. ".repeat(20);
        for line in wrap(&text, 11.0, false, 451.0) {
            let w: f32 = line.chars().map(|c| width(c, 11.0, false)).sum();
            assert!(w <= 451.0, "{line} is {w} wide");
        }
    }

    #[test]
    fn latin_letters_keep_their_bytes_and_others_become_a_question_mark() {
        assert_eq!(win_ansi('é'), 0xe9);
        assert_eq!(win_ansi('ñ'), 0xf1);
        assert_eq!(win_ansi('—'), 0x97);
        assert_eq!(win_ansi('中'), b'?');
        assert_eq!(win_ansi('œ'), 0x9c, "mise en œuvre");
        assert_eq!(win_ansi('\u{202f}'), 0xa0, "the space before a French semicolon");
    }
}
