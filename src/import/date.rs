//! Publication dates as pages and feeds write them, to `YYYY-MM-DD`: ISO
//! 8601 (`2025-03-04T09:30:00Z`), RFC 2822 as in RSS and newsboat (`Tue, 04
//! Mar 2025 09:30:00 +0000`), and the common written forms (`March 4,
//! 2025`, `4 March 2025`, `2025/03/04`). The date as written is kept (no
//! time-zone conversion): it is the publisher's day.

use crate::loader::is_iso_date;

/// Month names; a word names a month when it is a prefix of one, three
/// letters or more (`Mar`, `Sept.`, `March`).
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names, 1-based.
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w))
        .map(|i| i as u32 + 1)
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    let s = format!("{y:04}-{m:02}-{d:02}");
    is_iso_date(&s).then_some(s)
}

/// The day a date string names, as `YYYY-MM-DD`, or `None`.
pub fn normalize(s: &str) -> Option<String> {
    let s = s.trim();
    // ISO 8601 and its relatives: the first ten characters.
    if let Some(head) = s.get(..10) {
        let h = head.replace('/', "-");
        if is_iso_date(&h) {
            return Some(h);
        }
    }
    // Words: a year (4 digits), a month name, a day (1-2 digits).
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut year = None;
    let mut mon = None;
    let mut day = None;
    for w in words.iter().take(8) {
        let digits = w.trim_end_matches(['.', 's', 't', 'h', 'n', 'd', 'r']);
        if let Some(m) = month(w) {
            mon = mon.or(Some(m));
        } else if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
            year = year.or(w.parse().ok());
        } else if (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
            day = day.or(digits.parse().ok());
        }
    }
    iso(year?, mon?, day?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_forms() {
        for (s, want) in [
            ("2025-03-04T09:30:00Z", "2025-03-04"),
            ("2025-03-04T23:30:00-05:00", "2025-03-04"),
            ("2025-03-04", "2025-03-04"),
            ("2025/03/04", "2025-03-04"),
            ("Tue, 04 Mar 2025 09:30:00 +0000", "2025-03-04"),
            ("Wed, 5 Feb 2025 10:00:00 GMT", "2025-02-05"),
            ("March 4, 2025", "2025-03-04"),
            ("4 March 2025", "2025-03-04"),
            ("Sept. 21st, 2024", "2024-09-21"),
        ] {
            assert_eq!(normalize(s).as_deref(), Some(want), "{s}");
        }
        for bad in [
            "",
            "yesterday",
            "2025-02-30",
            "31 Feb 2025",
            "March 2025",
            "12345",
        ] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }
}
