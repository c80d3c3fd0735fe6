//! newsboat's plain-text rendering of a feed item, as its `pipe-to` writes
//! it to a command:
//!
//! ```text
//! Feed: Example News
//! Title: Ministers reject pay offer
//! Author: Jane Doe
//! Date: Tue, 04 Mar 2025 09:30:00 +0000
//! Link: https://news.example.org/2025/03/04/pay-talks
//! (a line holding one space)
//! The health secretary said on Tuesday that the government would not
//! reopen the pay deal...
//! (a line holding one space)
//! See more coverage[1].
//!
//! Links:
//! [1]: https://news.example.org/more (link)
//! ```
//!
//! The header fills the metadata; the body is hard-wrapped at newsboat's
//! `text-width` (a wrapped line ends with a space), which is undone so each
//! paragraph is one line again; the trailing links list and the `[n]` marks
//! that point into it are not article text.

use super::{clean_field, clean_url, date, Meta};

/// Header keys and the field each fills (English, and newsboat's German,
/// French, Spanish and Italian translations).
fn field(key: &str) -> Option<Field> {
    Some(match key.to_lowercase().as_str() {
        "feed" | "flux" | "fuente" => Field::Feed,
        "title" | "titel" | "titre" | "título" | "titolo" => Field::Title,
        "author" | "autor" | "auteur" | "autore" => Field::Author,
        "date" | "datum" | "fecha" | "data" => Field::Date,
        "link" | "lien" | "enlace" | "collegamento" => Field::Link,
        "flags" | "podcast download url" | "markierungen" | "drapeaux" | "marcas" => Field::Other,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Feed,
    Title,
    Author,
    Date,
    Link,
    Other,
}

/// The metadata and the unwrapped body of a newsboat rendering, or `None`
/// when `text` is not one (its first lines are not a `Key: value` header
/// with a title and a feed or link, ended by a blank line).
pub fn parse(text: &str) -> Option<(Meta, String)> {
    let mut meta = Meta::default();
    let mut lines = text.split('\n');
    let mut seen = Vec::new();
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            break;
        }
        let (k, v) = line
            .split_once(": ")
            .or_else(|| line.strip_suffix(':').map(|k| (k, "")))?;
        let f = field(k.trim())?;
        let v = v.trim();
        match f {
            Field::Feed => meta.site_name = clean_field(v),
            Field::Title => meta.title = clean_field(v),
            Field::Author => meta.byline = clean_field(v),
            Field::Date => meta.date = date::normalize(v),
            Field::Link => meta.url = clean_url(v),
            Field::Other => {}
        }
        seen.push(f);
        if seen.len() > 12 {
            return None;
        }
    }
    let has = |f: Field| seen.contains(&f);
    if !(has(Field::Title) && (has(Field::Feed) || has(Field::Link))) {
        return None;
    }
    let body: Vec<&str> = lines.collect();
    Some((meta, unwrap_body(&body)))
}

/// The body's lines into paragraphs separated by blank lines: wrapped lines
/// (ending with a space) joined, the links list at the end dropped with the
/// marks that point into it.
fn unwrap_body(lines: &[&str]) -> String {
    // The links list: from a last "Links:" line to the end, every other
    // line a `[n]: url (type)` entry.
    let mut end = lines.len();
    while end > 0 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    let mut numbers: Vec<String> = Vec::new();
    let mut k = end;
    while k > 0 {
        let l = lines[k - 1].trim();
        if let Some(n) = link_entry(l) {
            numbers.push(n.to_string());
            k -= 1;
        } else {
            break;
        }
    }
    if k > 0 && k < end && is_links_heading(lines[k - 1]) {
        end = k - 1;
    } else {
        numbers.clear();
    }
    // The wrap width: the longest line. A line that fills it was wrapped
    // even without a trailing space (newsboat drops the space when the
    // word ends exactly at the width).
    let width = lines[..end]
        .iter()
        .map(|l| l.trim_end().chars().count())
        .max()
        .unwrap_or(0);
    let full = |l: &str| width >= 40 && l.trim_end().chars().count() + 12 >= width;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut para = String::new();
    let mut wrapped = false;
    for line in &lines[..end] {
        if line.trim().is_empty() {
            if !para.trim().is_empty() {
                paragraphs.push(std::mem::take(&mut para).trim().to_string());
            }
            para.clear();
            continue;
        }
        if !para.is_empty() {
            // A line newsboat wrapped ends with a space or fills the
            // width: join; otherwise the line break was in the item (a
            // `<br>`): keep it.
            if wrapped {
                para.truncate(para.trim_end().len());
                para.push(' ');
            } else {
                para.push('\n');
            }
        }
        para.push_str(line);
        wrapped = line.ends_with(' ') || full(line);
    }
    if !para.trim().is_empty() {
        paragraphs.push(para.trim().to_string());
    }
    let mut out = paragraphs.join("\n\n");
    for n in numbers {
        out = out.replace(&format!("[{n}]"), "");
    }
    out
}

/// `Links:` (or a translation): one word and a colon.
fn is_links_heading(l: &str) -> bool {
    let t = l.trim();
    t.strip_suffix(':').is_some_and(|w| {
        ["links", "liens", "enlaces", "collegamenti"].contains(&w.to_lowercase().as_str())
    })
}

/// The number of a `[n]: url (type)` line.
fn link_entry(l: &str) -> Option<&str> {
    let rest = l.strip_prefix('[')?;
    let (n, after) = rest.split_once("]: ")?;
    (!n.is_empty()
        && n.len() <= 5
        && n.chars().all(|c| c.is_ascii_digit())
        && !after.trim().is_empty())
    .then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What newsboat 2.21 pipes (note the trailing spaces and the lines
    /// holding one space).
    const PIPED: &str = "Feed: Example News\nTitle: Ministers reject pay offer as talks collapse\nAuthor: Jane Doe\nDate: Tue, 04 Mar 2025 09:30:00 +0000\nLink: https://news.example.org/2025/03/04/pay-talks\n \nThe health secretary said on Tuesday that the government would not reopen the \npay deal, arguing that the union's demands were \"simply unaffordable\" in the \ncurrent financial climate and could not be met this year.\n \n“We will not be held to ransom,” she told reporters outside Downing Street. The \nunion's general secretary rejected the offer and vowed to continue the strikes.\n \nSee more coverage[1].\n \nLinks: \n[1]: https://news.example.org/more (link)\n";

    #[test]
    fn header_fills_the_metadata_and_the_body_is_unwrapped() {
        let Some((meta, body)) = parse(PIPED) else {
            panic!("not recognised")
        };
        assert_eq!(meta.site_name.as_deref(), Some("Example News"));
        assert_eq!(
            meta.title.as_deref(),
            Some("Ministers reject pay offer as talks collapse")
        );
        assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(meta.date.as_deref(), Some("2025-03-04"));
        assert_eq!(
            meta.url.as_deref(),
            Some("https://news.example.org/2025/03/04/pay-talks")
        );
        assert_eq!(
            body,
            "The health secretary said on Tuesday that the government would not reopen the pay deal, arguing that the union's demands were \"simply unaffordable\" in the current financial climate and could not be met this year.\n\n\
             “We will not be held to ransom,” she told reporters outside Downing Street. The union's general secretary rejected the offer and vowed to continue the strikes.\n\n\
             See more coverage."
        );
    }

    #[test]
    fn a_line_that_fills_the_width_was_wrapped() {
        let piped = "Feed: F\nTitle: T\n \nUkrainian President Volodymyr Zelensky said on Tuesday that NATO membership must\nremain on the table in any settlement with Russia, as envoys met in Riyadh to \ndiscuss a possible ceasefire.\n \nA short line\nafter a break.\n";
        let (_, body) = parse(piped).unwrap_or_default();
        assert_eq!(
            body,
            "Ukrainian President Volodymyr Zelensky said on Tuesday that NATO membership must remain on the table in any settlement with Russia, as envoys met in Riyadh to discuss a possible ceasefire.\n\nA short line\nafter a break."
        );
    }

    #[test]
    fn not_newsboat() {
        assert!(parse("Title: only a title\n\nText.").is_none());
        assert!(parse("Dear reader: hello\nTitle: x\nFeed: y\n\nText").is_none());
        assert!(parse("Just text.\nMore text.").is_none());
        // A hard line break (no trailing space) is kept; brackets that are
        // not links stay.
        let (_, body) =
            parse("Feed: F\nTitle: T\n\nline one\nline two [territory] [2]\n").unwrap_or_default();
        assert_eq!(body, "line one\nline two [territory] [2]");
    }
}
