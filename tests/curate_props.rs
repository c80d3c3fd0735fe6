//! Property test of curation (issue 12): random sequences of edits on
//! random valid documents (comments, blank lines, every quoting style, block
//! and flow lists, CRLF, no final line break, empty lists):
//! - the saved YAML loads and checks, with exactly the claims of the
//!   session;
//! - every claim the edits did not touch keeps its source bytes, and so
//!   does everything before the `claims:` list;
//! - undoing every edit gives back the original file byte for byte, and
//!   redoing them all gives the same file as before.
//!
//! Cheap by default; `STANDPOINT_DEEP_TESTS=1` runs many more cases.

use proptest::prelude::*;
use standpoint::curate::source::SourceMap;
use standpoint::curate::{select, Edit, Field, NewClaim, Origin, Session};
use standpoint::loader::{load_source, MemArticles};
use standpoint::model::{Claim, Mode, Span, Stance, Status};

const NAMES: &[&str] = &[
    "Ada", "Boris", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Katya",
    "Liam",
];
const SPELLED: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];
/// Sentences after which "He said yes." repeats.
const REPEAT_AFTER: &[usize] = &[2, 6, 9];

fn sentence(k: usize) -> String {
    format!(
        "Speaker {} said that plan {k} would need {} talks.",
        NAMES[k], SPELLED[k]
    )
}

fn article() -> String {
    let mut a = String::new();
    for k in 0..NAMES.len() {
        a.push_str(&sentence(k));
        a.push(if k % 4 == 3 { '\n' } else { ' ' });
        if REPEAT_AFTER.contains(&k) {
            a.push_str("He said yes. ");
        }
    }
    a
}

/// How one document is written.
#[derive(Debug, Clone)]
struct DocSpec {
    claims: Vec<ClaimSpec>,
    crlf: bool,
    final_newline: bool,
    /// 0: block items, 1: block items that are flow maps, 2: a flow list.
    list: u8,
    dash_indent: usize,
    blank_between: bool,
    /// Empty list as `claims: []` (else `claims:`).
    empty_as_brackets: bool,
    block_parties: bool,
}

#[derive(Debug, Clone)]
struct ClaimSpec {
    /// Which sentence is quoted (NAMES.len().. : "He said yes." number k).
    quote: usize,
    /// Style per field (0 plain, 1 single, 2 double, 3 folded, 4 literal).
    styles: [u8; 8],
    status: u8,
    condition: bool,
    confidence: bool,
    comment_above: bool,
    comment_inside: bool,
    trailing_comment: bool,
    /// Rotation of the fields after `id`.
    rotate: usize,
}

fn claim_spec() -> impl Strategy<Value = ClaimSpec> {
    (
        0..NAMES.len() + REPEAT_AFTER.len(),
        prop::array::uniform8(0u8..5),
        0u8..3,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0usize..16,
    )
        .prop_map(
            |(quote, styles, status, condition, confidence, above, inside, trailing, rotate)| {
                ClaimSpec {
                    quote,
                    styles,
                    status,
                    condition,
                    confidence,
                    comment_above: above,
                    comment_inside: inside,
                    trailing_comment: trailing,
                    rotate,
                }
            },
        )
}

fn doc_spec() -> impl Strategy<Value = DocSpec> {
    (
        prop::collection::vec(claim_spec(), 0..7),
        any::<bool>(),
        any::<bool>(),
        0u8..3,
        prop::sample::select(vec![0usize, 2, 4]),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(claims, crlf, final_newline, list, dash_indent, blank, brackets, block_parties)| {
                DocSpec {
                    claims,
                    crlf,
                    final_newline,
                    list,
                    dash_indent,
                    blank_between: blank,
                    empty_as_brackets: brackets,
                    block_parties,
                }
            },
        )
}

/// A value in a style (falling back to double quotes where the style
/// cannot hold it). `indent`: of block scalar content.
fn scalar(v: &str, style: u8, flow: bool, indent: usize) -> String {
    let simple = v
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\''))
        && v.chars().next().is_some_and(char::is_alphabetic);
    match style {
        0 if simple => v.to_string(),
        1 => format!("'{}'", v.replace('\'', "''")),
        3 if !flow => {
            // Folded over two lines where there is a space to break at.
            let pad = " ".repeat(indent);
            match v.find(' ') {
                Some(i) => format!(">-\n{pad}{}\n{pad}{}", &v[..i], &v[i + 1..]),
                None => format!(">-\n{pad}{v}"),
            }
        }
        4 if !flow => format!("|\n{}{v}", " ".repeat(indent)),
        _ => format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\"")),
    }
}

const PARTIES: &[&str] = &["us", "ru", "ua"];
const TOPICS: &[&str] = &["nato", "land"];

fn yaml(spec: &DocSpec) -> String {
    let mut y =
        String::from("# A generated annotation.\ntitle: 'Generated: a test'\ndate: 2025-01-01\n");
    y.push_str("article: a.txt   # the article\n\n");
    if spec.block_parties {
        y.push_str("topics:\n  - id: nato\n    label: NATO\n  - id: land\n    label: \"Land\"\n");
        y.push_str("parties:\n  - id: us\n    name: United States\n  - id: ru\n    name: Russia\n  - id: ua\n    name: Ukraine\n");
    } else {
        y.push_str("topics: [{id: nato, label: NATO}, {id: land, label: Land}]\n");
        y.push_str(
            "parties: [{id: us, name: US}, {id: ru, name: Russia}, {id: ua, name: Ukraine}]\n",
        );
    }
    y.push_str("# The claims.\n");
    let text = article();
    let items: Vec<(String, bool)> = spec
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| claim_yaml(i, c, spec, &text))
        .collect();
    if items.is_empty() {
        y.push_str(if spec.empty_as_brackets {
            "claims: []\n"
        } else {
            "claims:\n"
        });
    } else if spec.list == 2 {
        let inner: Vec<&str> = items.iter().map(|(t, _)| t.as_str()).collect();
        y.push_str(&format!("claims: [{}]\n", inner.join(",\n  ")));
    } else {
        y.push_str("claims:\n");
        for (n, (t, _)) in items.iter().enumerate() {
            if n > 0 && spec.blank_between {
                y.push('\n');
            }
            y.push_str(t);
            y.push('\n');
        }
    }
    y.push_str("# end\n");
    if spec.crlf {
        y = y.replace('\n', "\r\n");
    }
    if !spec.final_newline {
        y = y.trim_end().to_string();
    }
    y
}

/// One claim item (block lines or a flow map).
fn claim_yaml(i: usize, c: &ClaimSpec, spec: &DocSpec, text: &str) -> (String, bool) {
    let flow = spec.list != 0;
    let d = spec.dash_indent;
    let k = d + 2;
    let (quote, prefix) = if c.quote < NAMES.len() {
        (sentence(c.quote), None)
    } else {
        let r = c.quote - NAMES.len();
        (
            "He said yes.".to_string(),
            Some(format!("{} talks.", SPELLED[REPEAT_AFTER[r]])),
        )
    };
    debug_assert!(text.contains(&quote));
    let mut fields: Vec<(&str, String)> = vec![
        ("party", scalar(PARTIES[i % 3], c.styles[0], flow, k + 2)),
        (
            "speaker",
            scalar(NAMES[i % NAMES.len()], c.styles[1], flow, k + 2),
        ),
        ("topic", TOPICS[i % 2].to_string()),
        ("stance", Stance::ALL[i % 5].as_str().to_string()),
        (
            "target",
            scalar(&format!("Target {i}: it's"), c.styles[2], flow, k + 2),
        ),
        (
            "summary",
            scalar(&format!("Summary of claim {i}."), c.styles[3], flow, k + 2),
        ),
        (
            "mode",
            if i.is_multiple_of(2) {
                "reported"
            } else {
                "direct"
            }
            .to_string(),
        ),
        ("quote", scalar(&quote, c.styles[4], flow, k + 2)),
    ];
    if let Some(p) = &prefix {
        fields.push(("prefix", scalar(p, c.styles[5] % 3, flow, k + 2)));
    }
    if c.condition {
        fields.push(("condition", scalar("if asked #1", c.styles[6], flow, k + 2)));
    }
    match c.status {
        1 => fields.push(("status", "draft".into())),
        2 => fields.push(("status", scalar("reviewed", c.styles[7] % 3, flow, k + 2))),
        _ => {}
    }
    if c.confidence {
        fields.push(("confidence", "0.5".into()));
    }
    let id = format!("c{i}");
    fields.insert(0, ("id", id.clone()));
    // Any field may come first (on the dash line), `id` included.
    let r = c.rotate % fields.len();
    fields.rotate_left(r);
    if flow {
        let pairs: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        let body = format!("{{{}}}", pairs.join(", "));
        return if spec.list == 1 {
            let above = if c.comment_above {
                format!("{}# about {id}\n", " ".repeat(d))
            } else {
                String::new()
            };
            (format!("{above}{}- {body}", " ".repeat(d)), false)
        } else {
            (body, false)
        };
    }
    let mut t = String::new();
    if c.comment_above {
        t.push_str(&format!("{}# about {id}\n", " ".repeat(d)));
    }
    for (n, (key, v)) in fields.iter().enumerate() {
        if n == 0 {
            t.push_str(&format!("{}- {key}: {v}", " ".repeat(d)));
            if c.trailing_comment && !v.contains('\n') {
                t.push_str("  # the first field");
            }
            continue;
        }
        t.push('\n');
        if c.comment_inside && n == 2 {
            t.push_str(&format!("{}# inside {id}\n", " ".repeat(k)));
        }
        t.push_str(&format!("{}{key}: {v}", " ".repeat(k)));
    }
    (t, true)
}

const POOL: &[&str] = &[
    "plain words",
    "yes",
    "1.5",
    "a: b",
    "x #y",
    "'quoted'",
    "\"double\"",
    "- dash",
    "über ünïcode ✓ 和平",
    "[brackets]",
    "{braces}",
    "comma, here",
    "trailing:",
    "@at",
    "%pct",
    "*star",
    "&amp",
    "!bang",
    "| pipe",
    "> gt",
    "~",
    "null",
    "  padded  ",
    "tab\there",
    "back\\slash",
    "A long text that goes on and on well past the width of one line so that a folded style has to wrap it somewhere sensible.",
    "",
    "two\nlines",
];

/// An edit drawn as numbers, read against the current document.
type EditSpec = (u8, u16, u16, u8);

fn run(s: &mut Session, text: &str, e: EditSpec) {
    let (kind, a, b, c) = e;
    let doc = s.doc();
    let n = doc.claims.len();
    let id = |i: u16| doc.claims[i as usize % n].id.clone();
    let pool = |i: u16| POOL[i as usize % POOL.len()].to_string();
    let span_of = |j: u16, c: u8| -> Span {
        let j = j as usize % (NAMES.len() + REPEAT_AFTER.len());
        if j < NAMES.len() {
            let sent = sentence(j);
            let start = text.find(&sent).unwrap_or(0);
            let len = if c.is_multiple_of(2) {
                sent.len()
            } else {
                sent.find(" that").unwrap_or(sent.len())
            };
            Span {
                start,
                end: start + len,
            }
        } else {
            let start = text
                .match_indices("He said yes.")
                .nth(j - NAMES.len())
                .map_or(0, |(i, _)| i);
            Span {
                start,
                end: start + if c.is_multiple_of(2) { 12 } else { 7 },
            }
        }
    };
    let edit = match kind % 15 {
        0 if n > 0 => Edit::accept(&id(a)),
        1 if n > 0 => Edit::reject(&id(a)),
        2 => match Edit::accept_all(doc, &(0..n).collect::<Vec<_>>()) {
            Some(e) => e,
            None => return,
        },
        3 if n > 0 => Edit::set(&id(a), Field::Stance(Stance::ALL[b as usize % 5])),
        4 if n > 0 => Edit::set(&id(a), Field::Party(PARTIES[b as usize % 3].into())),
        5 if n > 0 => Edit::set(&id(a), Field::Topic(TOPICS[b as usize % 2].into())),
        6 if n > 0 => Edit::set(
            &id(a),
            Field::Mode(if b % 2 == 0 {
                Mode::Direct
            } else {
                Mode::Reported
            }),
        ),
        7 if n > 0 => Edit::set(
            &id(a),
            Field::Status(if b % 2 == 0 {
                Status::Draft
            } else {
                Status::Reviewed
            }),
        ),
        8 if n > 0 => Edit::set(
            &id(a),
            match c % 3 {
                0 => Field::Speaker(pool(b)),
                1 => Field::Target(pool(b)),
                _ => Field::Summary(pool(b)),
            },
        ),
        9 if n > 0 => Edit::set(&id(a), Field::Condition((c % 3 != 0).then(|| pool(b)))),
        10 if n > 0 => Edit::set(&id(a), Field::Id(format!("n{}", b % 8))),
        11 if n > 0 => match select(text, span_of(b, c)) {
            Ok(sel) => Edit::set(&id(a), Field::Quote(Box::new(sel))),
            Err(_) => return,
        },
        12 => {
            let Ok(sel) = select(text, span_of(b, c)) else {
                return;
            };
            let new = NewClaim {
                id: None,
                party: PARTIES[a as usize % 3].into(),
                speaker: pool(b),
                topic: TOPICS[c as usize % 2].into(),
                stance: Stance::ALL[a as usize % 5],
                target: pool(a),
                summary: pool(c as u16),
                mode: Mode::Reported,
                condition: (c % 2 == 0).then(|| pool(a.wrapping_add(b))),
                status: if a % 2 == 0 {
                    Status::Draft
                } else {
                    Status::Reviewed
                },
                confidence: (b % 3 == 0).then_some(0.25),
                rule: None,
            };
            match Edit::add(doc, sel, new) {
                Ok(e) => e,
                Err(_) => return,
            }
        }
        13 => {
            let _ = s.undo();
            return;
        }
        14 => {
            let _ = s.redo();
            return;
        }
        _ => return,
    };
    let before = s.doc().clone();
    if s.apply(edit).is_err() {
        assert_eq!(s.doc(), &before, "a failed edit changed the document");
    }
}

/// Claims without their places in the file (which edits elsewhere move).
fn strip(v: &[Claim]) -> Vec<Claim> {
    v.iter()
        .map(|c| Claim {
            source_line: 0,
            origin: None,
            ..c.clone()
        })
        .collect()
}

fn check(spec: &DocSpec, edits: &[EditSpec]) {
    let text = article();
    let src = yaml(spec);
    let load = |y: &str| load_source(y, "gen.yaml", &MemArticles(text.clone()));
    let original = load(&src).unwrap_or_else(|e| panic!("generated YAML is invalid: {e}\n{src}"));
    let mut s = Session::new(original.clone(), src.clone(), Origin::Memory);
    for &e in edits {
        run(&mut s, &text, e);
    }
    let out = s.render().unwrap_or_else(|e| panic!("{e}"));
    // 1. It loads and checks, with the session's claims.
    let back = load(&out).unwrap_or_else(|e| {
        panic!("saved YAML does not load: {e}\n--- from\n{src}\n--- to\n{out}")
    });
    assert_eq!(strip(&back.claims), strip(&s.doc().claims), "\n{out}");
    // 2. Untouched claims and the header keep their bytes.
    let head = src.find("claims:").unwrap_or(0);
    assert_eq!(&out[..head], &src[..head]);
    let (m0, m1) = (SourceMap::build(&src), SourceMap::build(&out));
    let (Ok(m0), Ok(m1)) = (m0, m1) else {
        panic!("no source map")
    };
    for (c, e) in s.doc().claims.iter().zip(s.work().extras()) {
        let Some(base) = original.claims.get(e.key) else {
            continue;
        };
        if base != c || e.context.is_some() {
            continue;
        }
        let (Some(&i0), Some(&i1)) = (m0.by_id.get(&c.id), m1.by_id.get(&c.id)) else {
            panic!("claim {} not found", c.id)
        };
        let (a, b) = (&m0.items[i0], &m1.items[i1]);
        let from = |it: &standpoint::curate::source::Item| it.dash.unwrap_or(it.start);
        assert_eq!(
            &src[from(a)..a.end],
            &out[from(b)..b.end],
            "untouched claim {} changed",
            c.id
        );
    }
    // 3. Undo everything: the original file, byte for byte; redo it all.
    let mut undone = 0;
    while s.history().can_undo() {
        s.undo().unwrap_or_else(|e| panic!("{e}"));
        undone += 1;
    }
    assert_eq!(s.render().ok().as_deref(), Some(src.as_str()));
    for _ in 0..undone {
        s.redo().unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(s.render().ok(), Some(out));
}

fn cases() -> u32 {
    if std::env::var_os("STANDPOINT_DEEP_TESTS").is_some_and(|v| v == "1") {
        3000
    } else {
        48
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn saved_documents_load_keep_untouched_bytes_and_undo_exactly(
        spec in doc_spec(),
        edits in prop::collection::vec((any::<u8>(), any::<u16>(), any::<u16>(), any::<u8>()), 0..16),
    ) {
        check(&spec, &edits);
    }
}

#[test]
fn the_generator_covers_every_layout() {
    // One document per layout, with no edits, loads and renders unchanged.
    for list in 0..3 {
        for crlf in [false, true] {
            let spec = DocSpec {
                claims: (0..5)
                    .map(|i| ClaimSpec {
                        quote: i * 3 % (NAMES.len() + REPEAT_AFTER.len()),
                        styles: [i as u8 % 5; 8],
                        status: i as u8 % 3,
                        condition: i % 2 == 0,
                        confidence: i % 3 == 0,
                        comment_above: true,
                        comment_inside: true,
                        trailing_comment: true,
                        rotate: i,
                    })
                    .collect(),
                crlf,
                final_newline: !crlf,
                list,
                dash_indent: 2,
                blank_between: true,
                empty_as_brackets: true,
                block_parties: list == 0,
            };
            check(&spec, &[(1, 0, 0, 0), (12, 1, 14, 1), (8, 2, 25, 2)]);
        }
    }
}
