//! A draft's header: title, date (from the text or the file), and the
//! article's path relative to where the draft is written.

use std::path::{Component, Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::loader::is_iso_date;

/// Where a draft's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A full date written in the article.
    Text,
    /// A date in the article file's name (`talks-2025-03-04.txt`).
    FileName,
    /// A dateline's month and day (`Oct 21`), the year the latest one not
    /// after the file's modification date (or today).
    TextYearGuessed,
    /// The article file's modification date.
    FileModified,
    /// No file and no date in the text: the system clock's date.
    Today,
}

impl DateSource {
    /// The YAML comment put above `date:`.
    pub fn comment(self) -> &'static str {
        match self {
            DateSource::Text => "# The date was found in the article's text: check it.",
            DateSource::FileName => {
                "# No full date was found in the text: this is the date in the article file's name. Check it."
            }
            DateSource::TextYearGuessed => {
                "# The text gives the month and day only: the year is a guess (the latest before the file was saved). Check it."
            }
            DateSource::FileModified => {
                "# No date was found in the text: this is the article file's modification date. Check it."
            }
            DateSource::Today => {
                "# No date was found in the text: this is the date the draft was made. Check it."
            }
        }
    }
}

/// The title: the first non-empty line if it reads as a headline (short,
/// not ending like a sentence), else the file stem. A page's navigation
/// left above the headline ("- Category", "- Latest news", "World") is
/// passed over: the first line that is not a list item or one or two
/// words, if it reads as a headline, is the title. Also returns the byte
/// where the body starts (after the headline, which is not drafted).
pub fn title_of(text: &str, path: Option<&Path>) -> (String, usize) {
    let mut offset = 0;
    // The first non-empty line that reads as a headline: the fallback
    // when no headline follows the navigation.
    let mut first: Option<(String, usize)> = None;
    let mut crumbs = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        offset += line.len();
        if t.is_empty() {
            continue;
        }
        let t = t.trim_start_matches('#').trim();
        let headline = reads_as_headline(t);
        if crumbs == 0 && headline && !is_list_item(t) {
            first = Some((t.to_string(), offset));
        }
        if is_crumb(t) && crumbs < MAX_CRUMBS {
            crumbs += 1;
            continue;
        }
        if headline {
            return (t.to_string(), offset);
        }
        break;
    }
    if let Some(f) = first {
        return f;
    }
    let stem = path
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Untitled article".to_string());
    (crate::sanitize::sanitize(&stem).replace('\n', " "), 0)
}

/// Lines of a page's navigation passed over above a headline, at most.
const MAX_CRUMBS: usize = 6;

/// A line of a page's navigation: a list item or one or two words.
fn is_crumb(t: &str) -> bool {
    is_list_item(t) || t.split_whitespace().count() <= 2
}

fn is_list_item(t: &str) -> bool {
    ["- ", "* ", "• ", "· ", "› ", "> "]
        .iter()
        .any(|m| t.starts_with(m))
}

/// Short, and not ending like a sentence.
fn reads_as_headline(t: &str) -> bool {
    let words = t.split_whitespace().count();
    // The last character before closing quotes and brackets.
    let last = t
        .trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']', '\u{00BB}'])
        .chars()
        .last()
        .unwrap_or('.');
    (2..=20).contains(&words) && t.chars().count() <= 150 && !matches!(last, '.' | ',' | ';' | ':')
}

/// The date: the first full date written in the text, else a date in the
/// file's name, else a dateline's month and day in the latest year not
/// after the file's modification date (or today), else that date itself.
pub fn date_of(text: &str, path: Option<&Path>) -> (String, DateSource) {
    if let Some(d) = date_in_text(text) {
        return (d, DateSource::Text);
    }
    if let Some(d) = path.and_then(date_in_file_name) {
        return (d, DateSource::FileName);
    }
    let modified = path
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| m.modified().ok());
    let (reference, source) = match modified {
        Some(t) => (civil_date(t), DateSource::FileModified),
        None => (civil_date(SystemTime::now()), DateSource::Today),
    };
    if let Some(d) = dateline_month_day(text).and_then(|md| with_year_before(md, &reference)) {
        return (d, DateSource::TextYearGuessed);
    }
    (reference, source)
}

/// A date `YYYY-MM-DD` in a file's name (its stem), as saved articles are
/// often named.
pub fn date_in_file_name(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let b = stem.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = stem.get(i..i + 10)?;
        // Not part of a longer run of digits.
        let apart = |k: Option<&u8>| !k.is_some_and(u8::is_ascii_digit);
        (is_iso_date(w) && apart(i.checked_sub(1).and_then(|k| b.get(k))) && apart(b.get(i + 10)))
            .then(|| w.to_string())
    })
}

/// A dateline's month and day without a year (`Oct 21`, `21 October`), in
/// the article's first 2 KB: (month, day).
fn dateline_month_day(text: &str) -> Option<(u32, u32)> {
    let mut head = text.len().min(2048);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let words: Vec<&str> = text[..head]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, &w)| {
        let m = month(w)?;
        // "May" is a month only before or after a day.
        let after = words.get(i + 1).and_then(|d| number(d, 1, 31));
        let before = i
            .checked_sub(1)
            .and_then(|k| words.get(k))
            .and_then(|d| number(d, 1, 31));
        after.or(before).map(|d| (m, d))
    })
}

/// `(month, day)` in the latest year that puts it on or before
/// `reference` (`YYYY-MM-DD`).
fn with_year_before((m, d): (u32, u32), reference: &str) -> Option<String> {
    let y: i64 = reference.get(..4)?.parse().ok()?;
    [y, y - 1].iter().find_map(|&y| {
        let s = format!("{y:04}-{m:02}-{d:02}");
        (is_iso_date(&s) && s.as_str() <= reference).then_some(s)
    })
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

fn month(w: &str) -> Option<u32> {
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let l = w.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == l).map(|&(_, m)| m)
}

fn number(w: &str, lo: u32, hi: u32) -> Option<u32> {
    if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse::<u32>().ok().filter(|n| (lo..=hi).contains(n))
}

/// The first full date in the text (its first 64 KB): `2025-02-26`,
/// `February 26, 2025`, `Feb. 26, 2025` or `26 February 2025`.
pub fn date_in_text(text: &str) -> Option<String> {
    // A dateline is near the top: the first 64 KB are enough.
    let mut head = text.len().min(64 * 1024);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let words: Vec<&str> = text[..head]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, &w) in words.iter().enumerate() {
        if w.len() == 10 && is_iso_date(w) {
            return Some(w.to_string());
        }
        let at = |k: usize| words.get(k).copied().unwrap_or("");
        if let Some(m) = month(w) {
            if let (Some(d), Some(y)) = (number(at(i + 1), 1, 31), number(at(i + 2), 1900, 2100)) {
                let s = format!("{y:04}-{m:02}-{d:02}");
                if is_iso_date(&s) {
                    return Some(s);
                }
            }
            if i > 0 {
                if let (Some(d), Some(y)) =
                    (number(at(i - 1), 1, 31), number(at(i + 1), 1900, 2100))
                {
                    let s = format!("{y:04}-{m:02}-{d:02}");
                    if is_iso_date(&s) {
                        return Some(s);
                    }
                }
            }
        }
    }
    None
}

/// The civil (UTC) date of a time, as `YYYY-MM-DD`.
pub fn civil_date(t: SystemTime) -> String {
    let secs: i64 = match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(0),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(0),
    };
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian
/// calendar (H. Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn absolute(p: &Path) -> PathBuf {
    p.canonicalize()
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
}

/// The path of `to` relative to the directory `from_dir` (with `/`
/// separators), through `..` where needed; absolute when they share no
/// root.
pub fn relative_path(from_dir: &Path, to: &Path) -> String {
    let from_dir = if from_dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        from_dir
    };
    let from = absolute(from_dir);
    let to = absolute(to);
    let fc: Vec<Component> = from.components().collect();
    let tc: Vec<Component> = to.components().collect();
    let common = fc.iter().zip(&tc).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return to.display().to_string();
    }
    let mut parts: Vec<String> = vec!["..".to_string(); fc.len() - common];
    parts.extend(
        tc[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        return ".".to_string();
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_the_file_name_is_taken_when_the_text_has_none() {
        let p = |s: &str| date_in_file_name(Path::new(s));
        assert_eq!(
            p("news/talks-2025-03-04.txt").as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(p("2024-12-31 report.html").as_deref(), Some("2024-12-31"));
        assert_eq!(p("talks-2025-02-30.txt"), None, "no such day");
        assert_eq!(p("id12025-03-041.txt"), None, "inside a longer number");
        assert_eq!(p("talks.txt"), None);
        // The text's own full date comes first.
        let (d, src) = date_of(
            "ROME, March 3, 2025 — Talks.",
            Some(Path::new("x-2024-01-01.txt")),
        );
        assert_eq!((d.as_str(), src), ("2025-03-03", DateSource::Text));
        let (d, src) = date_of("ROME, Oct 21 — Talks.", Some(Path::new("x-2024-01-01.txt")));
        assert_eq!((d.as_str(), src), ("2024-01-01", DateSource::FileName));
    }

    #[test]
    fn a_dateline_without_a_year_takes_the_latest_year_not_after_the_reference() {
        assert_eq!(
            dateline_month_day("SANTA LUCERA, Terrano, Oct 21 (Agency) — The"),
            Some((10, 21))
        );
        assert_eq!(
            dateline_month_day("LONDON, 3 March (Reuters) — x"),
            Some((3, 3))
        );
        assert_eq!(dateline_month_day("Officials may meet again."), None);
        assert_eq!(dateline_month_day("The May deadline passed."), None);
        assert_eq!(
            with_year_before((10, 21), "2026-11-28").as_deref(),
            Some("2026-10-21")
        );
        assert_eq!(
            with_year_before((12, 30), "2026-01-05").as_deref(),
            Some("2025-12-30")
        );
        assert_eq!(
            with_year_before((2, 29), "2025-03-01").as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            with_year_before((2, 29), "2027-03-01"),
            None,
            "no leap year in the two"
        );
        // No file: today's year (or the last), said as a guess.
        let (d, src) = date_of("PARIS, Jan 2 — Talks resumed.", None);
        assert_eq!(src, DateSource::TextYearGuessed);
        assert!(d.ends_with("-01-02"), "{d}");
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_145), (2025, 2, 26));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn dates_in_text() {
        assert_eq!(
            date_in_text("BRUSSELS, March 4, 2025 — x").as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(
            date_in_text("on 26 February 2025 he").as_deref(),
            Some("2025-02-26")
        );
        assert_eq!(
            date_in_text("Updated 2024-10-30.").as_deref(),
            Some("2024-10-30")
        );
        assert_eq!(date_in_text("on February 26 and in September 2022"), None);
        assert_eq!(date_in_text("May 40, 2025"), None);
    }

    #[test]
    fn titles() {
        let (t, b) = title_of("EU Weighs Guarantees\n\nBody.", None);
        assert_eq!(
            (t.as_str(), b),
            ("EU Weighs Guarantees", "EU Weighs Guarantees\n".len())
        );
        let (t, b) = title_of(
            "Trump said the United States would push.\nMore.",
            Some(Path::new("dir/trump-cabinet.txt")),
        );
        assert_eq!((t.as_str(), b), ("trump-cabinet", 0));
        assert_eq!(title_of("", None).0, "Untitled article");
        assert_eq!(title_of("He said: “It is over.”", None).1, 0);
    }

    #[test]
    fn a_pages_navigation_above_the_headline_is_passed_over() {
        let text = "- Category\n- Latest news\nTrump Says He’ll Push for Ukraine\n\nBody.";
        let (t, b) = title_of(text, None);
        assert_eq!(t, "Trump Says He’ll Push for Ukraine");
        assert_eq!(&text[b..], "\nBody.");
        let (t, _) = title_of("World\n\nTalks Resume in Geneva\nBody text.", None);
        assert_eq!(t, "Talks Resume in Geneva");
        // A two-word headline with no headline after it stays the title.
        let (t, b) = title_of("Talks collapse\n\nThe talks collapsed on Monday.", None);
        assert_eq!(
            (t.as_str(), b),
            ("Talks collapse", "Talks collapse\n".len())
        );
        // Navigation and then a sentence: no headline, the file's name.
        let (t, b) = title_of(
            "- Home\nThe minister said so.\n",
            Some(Path::new("x/page.txt")),
        );
        assert_eq!((t.as_str(), b), ("page", 0));
    }

    #[test]
    fn relative_paths() {
        let base = std::env::temp_dir();
        assert_eq!(
            relative_path(&base.join("a/b"), &base.join("a/c/x.txt")),
            "../c/x.txt"
        );
        assert_eq!(
            relative_path(&base.join("a"), &base.join("a/x.txt")),
            "x.txt"
        );
    }
}
