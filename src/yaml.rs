//! A small YAML tree with source positions, read with serde-saphyr.
//!
//! The loader validates this tree by hand rather than through
//! `#[derive(Deserialize)]`, so that *every* problem of a file is reported
//! together (serde stops at the first) and each one can point at its line.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, Options, Spanned};

/// Where a node starts in the YAML source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line (0 when unknown).
    pub line: usize,
    /// 1-based column in characters (0 when unknown).
    pub col: usize,
}

/// A node's position, stored compactly (the tree of a 10,000-claim file
/// holds hundreds of thousands of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct SmallPos {
    line: u32,
    col: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Box<str>),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pos: SmallPos,
}

impl Node {
    /// Where the node starts.
    pub fn pos(&self) -> Pos {
        Pos {
            line: self.pos.line as usize,
            col: self.pos.col as usize,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing (null)",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
                Value::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
                Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
            }
            fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
                Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Str(v.into()))
            }
            fn visit_string<E>(self, v: String) -> Result<Value, E> {
                Ok(Value::Str(v.into_boxed_str()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Value, A::Error> {
                let mut v = Vec::new();
                while let Some(n) = a.next_element::<Node>()? {
                    v.push(n);
                }
                Ok(Value::Seq(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Value, A::Error> {
                let mut v = Vec::new();
                while let Some(k) = a.next_key::<Node>()? {
                    let val = a.next_value::<Node>()?;
                    v.push((k, val));
                }
                Ok(Value::Map(v))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Spanned::<Value>::deserialize(d)?;
        let loc = s.referenced;
        Ok(Node {
            value: s.value,
            pos: SmallPos {
                line: u32::try_from(loc.line()).unwrap_or(u32::MAX),
                col: u32::try_from(loc.column()).unwrap_or(u32::MAX),
            },
        })
    }
}

/// The budgets a document is parsed under: generous for real documents
/// (10,000 claims), tight against alias bombs and deep nesting.
pub fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = 32;
    budget.max_nodes = 2_000_000;
    budget.max_events = 4_000_000;
    budget.max_aliases = 100;
    budget.max_anchors = 100;
    budget.max_recorded_anchor_events = 100_000;
    budget.max_documents = 1;
    serde_saphyr::options! {
        budget: Some(budget),
        with_snippet: false,
    }
}

/// A YAML error with its position, the message in plain words.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub message: String,
    pub pos: Pos,
}

/// Parse one YAML document into a tree. Large files whose `claims:` is a
/// plain block list are parsed in two halves on two cores (see
/// [`split_claims`]); any doubt falls back to one parse.
pub fn parse(src: &str) -> Result<Node, ParseError> {
    if src.len() >= PARALLEL_MIN_BYTES {
        if let Some(tree) = parse_split(src) {
            return Ok(tree);
        }
    }
    parse_whole(src)
}

/// Below this size one parse is fast enough.
const PARALLEL_MIN_BYTES: usize = 256 * 1024;

/// Where to cut a large document so its two parts parse separately: the
/// byte range of the second half of the top-level block list `claims:`
/// (whole items only). `None` when the layout is anything but plain: flow
/// style, anchors or aliases, tabs, or no `claims:` list.
pub fn split_claims(src: &str) -> Option<(usize, usize)> {
    // Anchors and aliases could cross the cut: be conservative.
    if src.contains(['&', '*', '\t']) {
        return None;
    }
    let start = if src.starts_with("claims:") {
        0
    } else {
        src.find("\nclaims:")? + 1
    };
    let header_end = start + src[start..].find('\n')? + 1;
    if !src[start + "claims:".len()..header_end].trim().is_empty() {
        return None;
    }
    // The list runs until the next line that starts at column 0 and is not
    // a comment or blank.
    let mut end = src.len();
    let mut item_starts: Vec<usize> = Vec::new();
    let mut indent: Option<usize> = None;
    let mut at = header_end;
    for line in src[header_end..].split_inclusive('\n') {
        let t = line.trim_start_matches(' ');
        let ind = line.len() - t.len();
        let blank = t.trim().is_empty() || t.starts_with('#');
        if !blank && ind == 0 {
            if t.starts_with("- ") && indent.is_none_or(|i| i == 0) {
                // Items at column 0 are allowed.
            } else {
                end = at;
                break;
            }
        }
        if !blank && t.starts_with('-') && (t.starts_with("- ") || t.trim_end() == "-") {
            match indent {
                None => {
                    indent = Some(ind);
                    item_starts.push(at);
                }
                Some(i) if i == ind => item_starts.push(at),
                _ => {}
            }
        }
        if t.starts_with("---") || t.starts_with("...") {
            return None;
        }
        at += line.len();
    }
    if item_starts.len() < 4 {
        return None;
    }
    let cut = item_starts[item_starts.len() / 2];
    Some((cut, end))
}

/// Parse in two halves on two threads; `None` to fall back to one parse.
fn parse_split(src: &str) -> Option<Node> {
    let (cut, end) = split_claims(src)?;
    // The first part: the document with the second half of the list blanked
    // (newlines kept, so every line number stays right).
    let blank = |s: &str| -> String { s.bytes().filter(|&b| b == b'\n').map(|_| '\n').collect() };
    let mut first = String::with_capacity(src.len() - (end - cut));
    first.push_str(&src[..cut]);
    first.push_str(&blank(&src[cut..end]));
    first.push_str(&src[end..]);
    // The second part: the same lines, preceded by blank lines.
    let mut second = blank(&src[..cut]);
    second.push_str(&src[cut..end]);
    let (a, b) = std::thread::scope(|scope| {
        let h = scope.spawn(|| parse_whole(&second));
        let a = parse_whole(&first);
        (a, h.join())
    });
    let (Ok(mut tree), Ok(Ok(rest))) = (a, b) else {
        return None;
    };
    let Value::Seq(more) = rest.value else {
        return None;
    };
    let Value::Map(entries) = &mut tree.value else {
        return None;
    };
    let claims = entries
        .iter_mut()
        .find(|(k, _)| k.as_str() == Some("claims"))?;
    match &mut claims.1.value {
        Value::Seq(items) => items.extend(more),
        _ => return None,
    }
    Some(tree)
}

fn parse_whole(src: &str) -> Result<Node, ParseError> {
    match serde_saphyr::from_str_with_options::<Node>(src, options()) {
        Ok(n) => Ok(n),
        Err(e) => {
            let pos = e
                .location()
                .map(|l| Pos {
                    line: usize::try_from(l.line()).unwrap_or(0),
                    col: usize::try_from(l.column()).unwrap_or(0),
                })
                .unwrap_or_default();
            let message = e.without_snippet().to_string();
            Err(ParseError { message, pos })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_recorded() {
        let n = parse("a: 1\nb:\n  - x\n  - {c: d}\n").unwrap_or_else(|e| panic!("{e:?}"));
        let Value::Map(m) = &n.value else {
            panic!("not a map")
        };
        assert_eq!(m[1].0.as_str(), Some("b"));
        assert_eq!(m[1].0.pos().line, 2);
        let Value::Seq(s) = &m[1].1.value else {
            panic!("not a seq")
        };
        assert_eq!(s[0].pos(), Pos { line: 3, col: 5 });
        assert_eq!(s[1].pos().line, 4);
    }

    #[test]
    fn a_split_parse_equals_a_whole_parse() {
        let s = crate::synth::generate(600_000, 2_000, "a.txt");
        let cut = split_claims(&s.yaml);
        assert!(cut.is_some());
        let whole = parse_whole(&s.yaml).unwrap_or_else(|e| panic!("{e:?}"));
        let split = parse_split(&s.yaml);
        assert_eq!(split.as_ref(), Some(&whole));
        // A trailing top-level key after the list keeps its line.
        let y = format!("{}extra: 1\n", s.yaml);
        assert_eq!(parse_split(&y), parse_whole(&y).ok());
    }

    #[test]
    fn no_split_for_anything_unusual() {
        assert_eq!(split_claims("claims: [a, b]\n"), None);
        assert_eq!(
            split_claims("a: &x 1\nclaims:\n- 1\n- 2\n- 3\n- 4\n- 5\n"),
            None
        );
        assert!(split_claims("claims:\n- 1\n- 2\n- 3\n- 4\n- 5\n").is_some());
        assert!(
            split_claims("claims:\n  - 1\n  - 2\n  - 3\n  - 4\nz: 1\n").is_some_and(|(c, e)| c < e)
        );
    }

    #[test]
    fn dates_stay_strings() {
        let n = parse("date: 2025-02-26").unwrap_or_else(|e| panic!("{e:?}"));
        let Value::Map(m) = &n.value else {
            panic!("not a map")
        };
        assert_eq!(m[0].1.as_str(), Some("2025-02-26"));
    }

    #[test]
    fn duplicate_keys_and_several_documents_are_errors() {
        let e = parse("a: 1\na: 2\n").err().map(|e| e.message);
        assert!(e.is_some_and(|m| m.to_lowercase().contains("duplicate")));
        assert!(parse("a: 1\n---\nb: 2\n").is_err());
    }
}
