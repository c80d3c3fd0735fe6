//! The field checks: each reads one value of the YAML tree and, when it is
//! wrong, records a diagnostic that says what and where, and what to do.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::diag::{did_you_mean, Diagnostic};
use crate::sanitize::{sanitize, sanitize_cow};
use crate::yaml::{Node, Pos, Value};

/// Collects diagnostics while walking the tree.
#[derive(Debug, Default)]
pub(super) struct Checker {
    pub diags: Vec<Diagnostic>,
}

/// A checked mapping: the value of each allowed field present.
pub(super) struct Fields<'n, 'a> {
    pub pos: Pos,
    allowed: &'n [&'n str],
    values: Vec<Option<&'n Node<'a>>>,
}

impl<'n, 'a> Fields<'n, 'a> {
    pub fn get(&self, k: &str) -> Option<&'n Node<'a>> {
        let i = self.allowed.iter().position(|a| *a == k)?;
        self.values.get(i).copied().flatten()
    }
}

/// A string value and where it is.
pub(super) type Text = (String, Pos);

impl Checker {
    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Check that `node` is a mapping with only `allowed` fields and all of
    /// `required`.
    pub fn fields<'n, 'a>(
        &mut self,
        node: &'n Node<'a>,
        what: &str,
        allowed: &'n [&'n str],
        required: &[&str],
        claim: Option<&str>,
    ) -> Option<Fields<'n, 'a>> {
        let Value::Map(entries) = &node.value else {
            self.push(
                Diagnostic::new(
                    node.pos(),
                    format!("{what} must be a mapping of fields, found {}", node.kind()),
                )
                .label("expected `field: value` lines")
                .help(format!("{what} has the fields: {}", allowed.join(", ")))
                .claim(claim),
            );
            return None;
        };
        let mut values = vec![None; allowed.len()];
        for (k, v) in entries {
            let Some(key) = k.as_str() else {
                self.push(
                    Diagnostic::new(
                        k.pos(),
                        format!("a field name must be a word, found {}", k.kind()),
                    )
                    .label("not a field name")
                    .claim(claim),
                );
                continue;
            };
            let Some(i) = allowed.iter().position(|a| *a == key) else {
                let help = match did_you_mean(key, allowed) {
                    Some(s) => format!(
                        "did you mean `{s}`? {what} has the fields: {}",
                        allowed.join(", ")
                    ),
                    None => format!("{what} has the fields: {}", allowed.join(", ")),
                };
                self.push(
                    Diagnostic::new(k.pos(), format!("unknown field `{key}` in {what}"))
                        .label("unknown field")
                        .help(help)
                        .claim(claim),
                );
                continue;
            };
            values[i] = Some(v);
        }
        for r in required {
            let present = allowed
                .iter()
                .position(|a| a == r)
                .is_some_and(|i| values[i].is_some());
            if !present {
                self.push(
                    Diagnostic::new(node.pos(), format!("missing field `{r}` in {what}"))
                        .label(format!("`{r}` is required here"))
                        .help(format!("add `{r}: ...` (see FORMAT.md)"))
                        .claim(claim),
                );
            }
        }
        Some(Fields {
            pos: node.pos(),
            allowed,
            values,
        })
    }

    /// A required or optional non-empty string field, sanitised.
    pub fn string(&mut self, f: &Fields, key: &str, claim: Option<&str>) -> Option<Text> {
        self.text(f, key, claim).map(|(s, p)| (s.into_owned(), p))
    }

    /// [`Self::string`], borrowed from the tree when it is clean already.
    pub fn text<'n>(
        &mut self,
        f: &Fields<'n, '_>,
        key: &str,
        claim: Option<&str>,
    ) -> Option<(Cow<'n, str>, Pos)> {
        let n = f.get(key)?;
        match &n.value {
            Value::Str(s) if !s.trim().is_empty() => Some((sanitize_cow(s.trim()), n.pos())),
            Value::Str(_) | Value::Null => {
                self.push(
                    Diagnostic::new(n.pos(), format!("`{key}` is empty"))
                        .label("empty value")
                        .help(format!(
                            "write a value for `{key}` or remove the field if it is optional"
                        ))
                        .claim(claim),
                );
                None
            }
            Value::Int(i) => Some((Cow::Owned(i.to_string()), n.pos())),
            _ => {
                self.push(
                    Diagnostic::new(n.pos(), format!("`{key}` must be text, found {}", n.kind()))
                        .label("expected text")
                        .help("put the value in quotes")
                        .claim(claim),
                );
                None
            }
        }
    }

    /// A field whose value must be one of `choices`: its index, or a
    /// diagnostic with a "did you mean" and the list.
    pub fn one_of<S: AsRef<str>>(
        &mut self,
        f: &Fields,
        key: &str,
        claim: Option<&str>,
        choices: &[S],
        label: &str,
        list: &str,
    ) -> Option<usize> {
        let (s, p) = self.text(f, key, claim)?;
        let i = choices.iter().position(|c| c.as_ref() == s);
        if i.is_none() {
            let choices: Vec<&str> = choices.iter().map(AsRef::as_ref).collect();
            let mut help = format!("{list}: {}", choices.join(", "));
            if let Some(m) = did_you_mean(&s, &choices) {
                help = format!("did you mean `{m}`? {help}");
            }
            self.push(
                Diagnostic::new(p, format!("unknown {key} `{s}`"))
                    .label(label)
                    .help(help)
                    .claim(claim),
            );
        }
        i
    }

    /// Record the first use of an id; a later use is a diagnostic that
    /// names the first one's line. True for a first use.
    pub fn first_use(
        &mut self,
        seen: &mut HashMap<String, usize>,
        id: &str,
        p: Pos,
        what: &str,
    ) -> bool {
        if let Some(first) = seen.get(id) {
            self.push(
                Diagnostic::new(
                    p,
                    format!("duplicate {what} id `{id}` (first declared on line {first})"),
                )
                .label("declared again")
                .help(format!("give each {what} its own id")),
            );
            return false;
        }
        seen.insert(id.to_string(), p.line);
        true
    }

    pub fn one_line(&mut self, s: &Text, key: &str, claim: Option<&str>) {
        if s.0.contains('\n') {
            self.push(
                Diagnostic::new(s.1, format!("`{key}` must be one line"))
                    .label("contains a line break")
                    .help("use `>-` folding or shorten it to one line")
                    .claim(claim),
            );
        }
    }

    pub fn id(&mut self, f: &Fields, what: &str, claim: Option<&str>) -> Option<Text> {
        let s = self.string(f, "id", claim)?;
        if !is_valid_id(&s.0) {
            self.push(
                Diagnostic::new(s.1, format!("{what} id `{}` is not a simple word", s.0))
                    .label("invalid id")
                    .help("use letters, digits, `-`, `_` and `.` only, starting with a letter or digit")
                    .claim(claim),
            );
            return None;
        }
        Some(s)
    }

    pub fn string_list(&mut self, f: &Fields, key: &str, claim: Option<&str>) -> Vec<String> {
        let Some(n) = f.get(key) else {
            return Vec::new();
        };
        match &n.value {
            Value::Seq(items) => items
                .iter()
                .filter_map(|it| match &it.value {
                    Value::Str(s) if !s.trim().is_empty() => Some(sanitize(s.trim())),
                    Value::Int(i) => Some(i.to_string()),
                    Value::Str(_) | Value::Null => {
                        self.push(
                            Diagnostic::new(it.pos(), format!("an entry of `{key}` is empty"))
                                .label("empty entry")
                                .help("write a value or remove the entry")
                                .claim(claim),
                        );
                        None
                    }
                    _ => {
                        self.push(
                            Diagnostic::new(
                                it.pos(),
                                format!("each entry of `{key}` must be text, found {}", it.kind()),
                            )
                            .label("expected text")
                            .claim(claim),
                        );
                        None
                    }
                })
                .collect(),
            Value::Null => Vec::new(),
            _ => {
                self.push(
                    Diagnostic::new(
                        n.pos(),
                        format!("`{key}` must be a list, found {}", n.kind()),
                    )
                    .label("expected a list")
                    .help(format!("write `{key}: [a, b]`"))
                    .claim(claim),
                );
                Vec::new()
            }
        }
    }

    /// The items of a list field (none when absent or null; a diagnostic
    /// when it is not a list).
    pub fn list<'n, 'a>(&mut self, node: Option<&'n Node<'a>>, key: &str) -> &'n [Node<'a>] {
        match node.map(|n| (n, &n.value)) {
            Some((_, Value::Seq(items))) => items,
            Some((_, Value::Null)) | None => &[],
            Some((n, _)) => {
                self.push(
                    Diagnostic::new(
                        n.pos(),
                        format!("`{key}` must be a list, found {}", n.kind()),
                    )
                    .label("expected a list")
                    .help(format!(
                        "write each entry of `{key}` on a line starting with `- `"
                    )),
                );
                &[]
            }
        }
    }
}

/// True for an id: letters, digits, `-`, `_` and `.`, starting with a
/// letter or digit.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .enumerate()
            .all(|(i, c)| c.is_alphanumeric() || (i > 0 && matches!(c, '-' | '_' | '.')))
}

/// True for `YYYY-MM-DD`, optionally followed by `THH:MM[:SS[.f]][Z|±HH:MM]`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if b.len() < 10
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
    {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok()).unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if d == 0 || d > days {
        return false;
    }
    if b.len() == 10 {
        return true;
    }
    let t = &s[10..];
    let Some(t) = t.strip_prefix('T').or_else(|| t.strip_prefix(' ')) else {
        return false;
    };
    is_iso_time(t)
}

/// `HH:MM[:SS[.f]][Z|±HH:MM]`.
fn is_iso_time(t: &str) -> bool {
    let tb = t.as_bytes();
    let td =
        |r: std::ops::Range<usize>| tb.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if tb.len() < 5 || !td(0..2) || tb[2] != b':' || !td(3..5) {
        return false;
    }
    let hh = t[0..2].parse::<u32>().unwrap_or(99);
    let mm = t[3..5].parse::<u32>().unwrap_or(99);
    if hh > 23 || mm > 59 {
        return false;
    }
    let mut rest = &t[5..];
    let digits = |x: &str| x.bytes().take_while(u8::is_ascii_digit).count();
    if let Some(r) = rest.strip_prefix(':') {
        // Two digits of seconds (60 for a leap second), then a fraction.
        if digits(r) != 2 || !r[..2].parse::<u32>().is_ok_and(|ss| ss <= 60) {
            return false;
        }
        rest = &r[2..];
        if let Some(f) = rest.strip_prefix('.') {
            let n = digits(f);
            if n == 0 {
                return false;
            }
            rest = &f[n..];
        }
    }
    match rest {
        "" | "Z" => true,
        r if (r.starts_with('+') || r.starts_with('-')) && r.len() == 6 => {
            let rb = r.as_bytes();
            rb[1..3].iter().all(u8::is_ascii_digit)
                && rb[3] == b':'
                && rb[4..6].iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        for ok in [
            "2025-02-26",
            "2024-02-29",
            "2025-02-26T10:00Z",
            "2025-02-26T10:00:30+02:00",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-30",
            "2023-02-29",
            "26/02/2025",
            "2025-2-26",
            "2025-02-26T25:00",
            "2025-13-01",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    /// A date is a day of the calendar: each month's length, 29 February
    /// in leap years only (every 4th year, not every 100th, every 400th).
    #[test]
    fn dates_are_days_of_the_calendar() {
        for m in ["01", "03", "05", "07", "08", "10", "12"] {
            assert!(is_iso_date(&format!("2025-{m}-31")), "{m}");
            assert!(!is_iso_date(&format!("2025-{m}-32")), "{m}");
        }
        for m in ["04", "06", "09", "11"] {
            assert!(is_iso_date(&format!("2025-{m}-30")), "{m}");
            assert!(!is_iso_date(&format!("2025-{m}-31")), "{m}");
        }
        for ok in ["2024-02-29", "2000-02-29", "2025-02-28", "2025-01-01"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2100-02-29",
            "2024-02-30",
            "2025-00-10",
            "2025-01-00",
            "2025-02-2",
            "202a-02-26",
            "2025-0a-26",
            "2025-02-2a",
            "2025/02-26",
            "2025-02/26",
            "",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    /// After a date, `T` (or a space) and a time: hours to 23, minutes to
    /// 59, seconds of two digits to 60 (a leap second) with a fraction or
    /// not, then nothing, `Z` or an offset `±HH:MM`.
    #[test]
    fn a_time_after_a_date_is_a_time_of_day_with_its_zone() {
        for ok in [
            "2025-02-26 10:00",
            "2025-02-26T00:00",
            "2025-02-26T23:59",
            "2025-02-26T10:00:30",
            "2025-02-26T10:00:30.125Z",
            "2025-02-26T10:00:60Z",
            "2025-02-26T10:00:59.123456789+01:00",
            "2025-02-26T10:00Z",
            "2025-02-26T10:00+02:00",
            "2025-02-26T10:00:30-05:30",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-26X10:00",
            "2025-02-26T",
            "2025-02-26T10",
            "2025-02-26T10:0",
            "2025-02-26T1a:00",
            "2025-02-26T10-00",
            "2025-02-26T10:0a",
            "2025-02-26T24:00",
            "2025-02-26T10:60",
            "2025-02-26T10:00:",
            "2025-02-26T10:00:5",
            "2025-02-26T10:00:305",
            "2025-02-26T10:00:61",
            "2025-02-26T10:00:..",
            "2025-02-26T10:00:30.",
            "2025-02-26T10:00:30.5.5",
            "2025-02-26T10:00:3.05",
            "2025-02-26T10:00Y",
            "2025-02-26T10:00+0200",
            "2025-02-26T10:00+02:000",
            "2025-02-26T10:00x02:00",
            "2025-02-26T10:00+0a:00",
            "2025-02-26T10:00+02-00",
            "2025-02-26T10:00+02:0a",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    /// An id starts with a letter or a digit; `-`, `_` and `.` may follow.
    #[test]
    fn ids_are_simple_words() {
        for ok in ["a", "us", "1st", "a-b_c.d", "é"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "-a", "_a", ".a", "a b", "a/b", "a:b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
