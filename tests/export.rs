//! Export of the bundled document: golden files for every view in every
//! format (tests/golden/, compared byte for byte; `UPDATE_GOLDEN=1 cargo
//! test --test export` rewrites them), the JSON shapes, wrapping, escaping
//! and the absence of control characters.

use std::fs;
use std::path::PathBuf;

use serde_json::Value;
use standpoint::export::{self, render, Format, View};
use standpoint::loader;
use standpoint::model::{Article, Claim, Document, Mode, Party, Span, Stance, Status, Topic};
use standpoint::sanitize::is_terminal_safe;
use unicode_width::UnicodeWidthStr;

const VIEWS: [&str; 7] = [
    "claims",
    "matrix",
    "article",
    "party:us",
    "party:eu",
    "topic:nato",
    "claim:us-nato-ruled-out",
];

fn bundled() -> Document {
    loader::bundled().unwrap_or_else(|e| panic!("{e}"))
}

fn golden_path(view: &str, format: Format) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{}.{}", view.replace(':', "_"), format.extension()))
}

fn out(doc: &Document, view: &str, format: Format, width: usize) -> String {
    let v = View::parse(view, doc).unwrap_or_else(|e| panic!("{e}"));
    render(doc, &v, format, width).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn golden_files_for_every_view_in_every_format() {
    let doc = bundled();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for view in VIEWS {
        for format in Format::ALL {
            let got = out(&doc, view, format, 80);
            let path = golden_path(view, format);
            if update {
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(&path, &got).unwrap();
                continue;
            }
            let want = fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e}; run UPDATE_GOLDEN=1 cargo test --test export",
                    path.display()
                )
            });
            if got != want {
                let line = got
                    .lines()
                    .zip(want.lines())
                    .position(|(a, b)| a != b)
                    .map_or(got.lines().count().min(want.lines().count()) + 1, |i| i + 1);
                stale.push(format!("{} differs from line {line}", path.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{}\n(if the change is intended: UPDATE_GOLDEN=1 cargo test --test export)",
        stale.join("\n")
    );
}

#[test]
fn every_output_is_terminal_safe_and_ends_with_a_newline() {
    let doc = bundled();
    for view in VIEWS {
        for format in Format::ALL {
            for width in [20, 47, 80, 200] {
                let s = out(&doc, view, format, width);
                assert!(is_terminal_safe(&s), "{view} {format:?} {width}");
                assert!(!s.contains(['\t', '\r']), "{view} {format:?}");
                assert!(
                    s.ends_with('\n') && !s.ends_with("\n\n"),
                    "{view} {format:?}"
                );
                assert!(
                    s.lines().all(|l| l == l.trim_end()),
                    "{view} {format:?}: trailing spaces"
                );
            }
        }
    }
}

/// An over-long line is allowed only where one word cannot be broken: what
/// precedes its last word is only a prefix (indentation, `>`, a label
/// ending in `:`, a note number).
fn check_width(s: &str, width: usize, what: &str) {
    for line in s.lines() {
        if line.width() <= width {
            continue;
        }
        let last = line.split_whitespace().last().unwrap_or("");
        let head = line[..line.len() - last.len()].trim();
        let prefix_only = head.is_empty()
            || head == ">"
            || head.ends_with(':')
            || (head.starts_with('[') && head.ends_with(']'));
        assert!(
            prefix_only && last.width() > width / 2,
            "{what}: line wider than {width} columns: {line:?}"
        );
    }
}

#[test]
fn text_is_wrapped_to_the_width() {
    let doc = bundled();
    for view in VIEWS {
        for width in [20, 21, 33, 47, 60, 80, 100, 132] {
            let s = out(&doc, view, Format::Text, width);
            check_width(&s, width, &format!("{view} at {width}"));
        }
    }
    // The narrowest width is 20: narrower requests are widened to it.
    let narrow = out(&doc, "claims", Format::Text, 5);
    assert_eq!(narrow, out(&doc, "claims", Format::Text, 20));
    // At 80 columns, the paragraphs really are filled (not one word a line).
    let s = out(&doc, "article", Format::Text, 80);
    assert!(s.lines().filter(|l| l.width() > 70).count() > 20);
}

#[test]
fn party_without_claims_says_no_stated_position() {
    let doc = bundled();
    let text = out(&doc, "party:eu", Format::Text, 80);
    assert_eq!(text.matches("no stated position").count(), 3, "{text}");
    let md = out(&doc, "party:eu", Format::Markdown, 80);
    assert_eq!(md.matches("no stated position").count(), 3, "{md}");
    // Russia says nothing on NATO: the topic view says so.
    let nato = out(&doc, "topic:nato", Format::Text, 80);
    let ru = nato.find("RUSSIA").unwrap();
    let ua = nato.find("UKRAINE").unwrap();
    assert!(nato[ru..ua].contains("no stated position"), "{nato}");
    assert!(!nato.contains("ru-"), "{nato}");
}

#[test]
fn full_json_is_exactly_the_loader_shape() {
    let doc = bundled();
    let s = out(&doc, "claims", Format::Json, 80);
    assert_eq!(s, export::document_json(&doc));
    let v: Value = serde_json::from_str(&s).unwrap();
    for key in ["title", "date", "source", "parties", "topics", "claims"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["date"], "2025-02-26");
    assert_eq!(v["parties"].as_array().unwrap().len(), 4);
    let text: Vec<char> = doc.article.text().chars().collect();
    let claims = v["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 13);
    for c in claims {
        for key in [
            "id", "party", "speaker", "topic", "stance", "target", "summary", "mode", "quote",
            "start", "end", "line",
        ] {
            assert!(c.get(key).is_some(), "claim misses {key}: {c}");
        }
        // Offsets are in characters (the article has curly quotes, which
        // are three bytes each), end exclusive.
        let start = c["start"].as_u64().unwrap() as usize;
        let end = c["end"].as_u64().unwrap() as usize;
        let quote: String = text[start..end].iter().collect();
        assert_eq!(quote, c["quote"].as_str().unwrap());
        let line = 1 + text[..start].iter().filter(|&&ch| ch == '\n').count();
        assert_eq!(line as u64, c["line"].as_u64().unwrap());
    }
}

#[test]
fn json_views_are_limited_to_the_view() {
    let doc = bundled();
    let ids = |view: &str| -> Vec<String> {
        let v: Value = serde_json::from_str(&out(&doc, view, Format::Json, 80)).unwrap();
        assert_eq!(v["parties"].as_array().unwrap().len(), 4, "ids resolve");
        v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("claim:us-nato-ruled-out"), vec!["us-nato-ruled-out"]);
    assert_eq!(ids("party:us").len(), 7);
    assert!(ids("party:us").iter().all(|i| i.starts_with("us-")));
    assert!(ids("party:eu").is_empty());
    assert_eq!(ids("topic:nato"), vec!["us-nato-ruled-out", "ua-nato-role"]);
}

#[test]
fn json_matrix_has_cells_with_stances_and_conflicts() {
    let doc = bundled();
    let v: Value = serde_json::from_str(&out(&doc, "matrix", Format::Json, 80)).unwrap();
    let cells = v["matrix"].as_array().unwrap();
    assert_eq!(cells.len(), 4 * 3);
    let cell = |p: &str, t: &str| {
        cells
            .iter()
            .find(|c| c["party"] == p && c["topic"] == t)
            .unwrap_or_else(|| panic!("no cell {p}/{t}"))
    };
    assert_eq!(
        cell("us", "nato")["stances"],
        serde_json::json!(["against"])
    );
    assert_eq!(
        cell("us", "nato")["positions"][0]["opposed_by"],
        serde_json::json!(["ua"])
    );
    assert_eq!(cell("eu", "territory")["stances"], serde_json::json!([]));
    assert_eq!(
        cell("ua", "territory")["stances"],
        serde_json::json!(["against", "conditional"])
    );
    let us_territory = &cell("us", "territory")["positions"];
    assert_eq!(us_territory[0]["claims"].as_array().unwrap().len(), 2);
    let conflicts = v["conflicts"].as_array().unwrap();
    let targets: Vec<&str> = conflicts
        .iter()
        .map(|c| c["target"].as_str().unwrap())
        .collect();
    assert_eq!(
        targets,
        vec![
            "Ukraine joins NATO",
            "Ukrainian forces withdraw from the occupied regions"
        ]
    );
    assert_eq!(conflicts[0]["favor"][0]["party"], "ua");
    assert_eq!(conflicts[0]["against"][0]["claim"], "us-nato-ruled-out");
}

#[test]
fn json_article_has_text_and_numbered_claims_with_char_offsets() {
    let doc = bundled();
    let v: Value = serde_json::from_str(&out(&doc, "article", Format::Json, 80)).unwrap();
    assert_eq!(v["text"], doc.article.text());
    let claims = v["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 13);
    let text: Vec<char> = doc.article.text().chars().collect();
    let mut last = 0;
    for (k, c) in claims.iter().enumerate() {
        assert_eq!(c["marker"], k as u64 + 1);
        let start = c["start"].as_u64().unwrap() as usize;
        let end = c["end"].as_u64().unwrap() as usize;
        assert!(start >= last, "claims in article order");
        last = start;
        let quote: String = text[start..end].iter().collect();
        assert_eq!(quote, c["quote"].as_str().unwrap());
    }
}

#[test]
fn article_text_marks_every_quote_once() {
    let doc = bundled();
    let s = out(&doc, "article", Format::Text, 80);
    for n in 1..=13 {
        assert_eq!(s.matches(&format!("[{n}>")).count(), 1, "[{n}>");
        assert_eq!(s.matches(&format!("<{n}]")).count(), 1, "<{n}]");
        assert!(s.contains(&format!("\n[{n}] ")), "note {n}");
    }
    // The marked text, with markers and wrapping taken out, is the article.
    let body = &s[s.find("U.S. President").unwrap()..s.find("\nNOTES\n").unwrap()];
    let mut plain = body.to_string();
    for n in 1..=13 {
        plain = plain
            .replace(&format!("[{n}>"), "")
            .replace(&format!("<{n}]"), "");
    }
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(words(&plain), words(doc.article.text()));
}

#[test]
fn matrix_marks_conflicts_and_empty_cells() {
    let doc = bundled();
    let s = out(&doc, "matrix", Format::Text, 80);
    assert!(s.contains("! AGAINST: Ukraine"), "{s}");
    assert!(s.contains("! FAVOR: Ukraine"), "{s}");
    assert!(s.contains("- CONDITIONAL:"), "{s}");
    let europe = &s[s.find("\nEurope").unwrap()..];
    assert!(europe.contains("no stated position"));
    let md = out(&doc, "matrix", Format::Markdown, 80);
    assert!(md.contains("| Party | NATO | Territory | Security guarantees |"));
    assert!(md.contains("## Conflicts"));
}

/// The bundled document with Markdown-significant characters in names,
/// labels, targets and summaries.
fn hostile_doc() -> Document {
    let mut doc = bundled();
    doc.parties[0].name = "U|S *bold* _em_ [link](x) <b>".into();
    doc.topics[0].label = "NATO | alliance".into();
    doc.claims[3].target = "A|B `code` # not a heading".into();
    doc.claims[3].summary = "# not a heading\n- not a list".into();
    doc.title = "1. Title | with *stars*".into();
    doc
}

#[test]
fn markdown_escapes_significant_characters() {
    let doc = hostile_doc();
    let md = out(&doc, "matrix", Format::Markdown, 80);
    // Every table row keeps its number of cells: no raw `|` from the data.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let bars = line
            .match_indices('|')
            .filter(|(i, _)| !line[..*i].ends_with('\\'));
        assert_eq!(bars.count(), 5, "{line}");
    }
    assert!(
        md.contains("U\\|S \\*bold\\* \\_em\\_ \\[link\\](x) \\<b\\>"),
        "{md}"
    );
    assert!(
        md.starts_with("# 1\\. Title \\| with \\*stars\\*\n"),
        "{md}"
    );
    let claims = out(&doc, "claims", Format::Markdown, 80);
    assert!(
        claims.contains("A\\|B \\`code\\` # not a heading"),
        "{claims}"
    );
    // A summary never starts a heading or a list inside the item.
    assert!(
        claims.contains("  \\# not a heading - not a list\n"),
        "{claims}"
    );
}

#[test]
fn unknown_views_list_the_valid_ones() {
    let doc = bundled();
    let e = View::parse("party:nobody", &doc).unwrap_err().to_string();
    assert!(e.contains("unknown party `nobody`"), "{e}");
    assert!(e.contains("party:us, party:ru, party:ua, party:eu"), "{e}");
    let e = View::parse("topic:natto", &doc).unwrap_err().to_string();
    assert!(e.contains("did you mean `topic:nato`"), "{e}");
    let e = View::parse("claim:", &doc).unwrap_err().to_string();
    assert!(
        e.contains("names no claim") && e.contains("claim:us-nato-ruled-out"),
        "{e}"
    );
    let e = View::parse("matrx", &doc).unwrap_err().to_string();
    assert!(e.contains("did you mean `matrix`"), "{e}");
    assert!(e.contains("claim:ID, party:ID or topic:ID"), "{e}");
    // A view built by hand with an unknown id is refused, not rendered.
    assert!(render(&doc, &View::Party("nobody".into()), Format::Text, 80).is_err());
    // Names round-trip.
    for v in VIEWS {
        assert_eq!(View::parse(v, &doc).unwrap().name(), v);
    }
}

/// A document of `n` claims on an article of about `bytes` bytes; some
/// quotes overlap.
fn big_doc(n: usize, bytes: usize) -> Document {
    let para = "Officials said the talks would continue next week, while others \
                warned that “no deal” was possible without guarantees.\n";
    let text = para.repeat(bytes / para.len() + 1);
    let party = |id: &str| Party {
        id: id.into(),
        name: id.to_uppercase(),
        aliases: vec![],
        color: None,
    };
    let topic = |id: &str| Topic {
        id: id.into(),
        label: id.into(),
        keywords: vec![],
    };
    let paras = text.len() / para.len();
    let claims = (0..n)
        .map(|i| {
            let p = (i * 7919) % paras * para.len();
            // Every third quote overlaps the one before it.
            let (s, e) = if i % 3 == 0 {
                (p + 10, p + 60)
            } else {
                (p, p + 40)
            };
            Claim {
                id: format!("c{i}"),
                party: i % 4,
                speaker: "Someone".into(),
                topic: i % 3,
                stance: Stance::ALL[i % 5],
                target: format!("Target {}", i % 50),
                summary: "A summary of the position.".into(),
                mode: Mode::Reported,
                quote: text[s..e].to_string(),
                condition: None,
                status: if i % 10 == 0 {
                    Status::Draft
                } else {
                    Status::Reviewed
                },
                confidence: Some(0.5),
                rule: Some("rule".into()),
                span: Span { start: s, end: e },
                source_line: 0,
                origin: None,
            }
        })
        .collect();
    Document {
        path: None,
        title: "Big".into(),
        date: "2025-01-01".into(),
        source: None,
        article: Article::new(text, None),
        topics: vec![topic("a"), topic("b"), topic("c")],
        parties: vec![party("p"), party("q"), party("r"), party("s")],
        claims,
        draft: true,
        notice: None,
    }
}

#[test]
fn large_documents_render_every_view() {
    // Sizes kept small for debug builds; `cargo bench --bench export`
    // measures the real size.
    let doc = big_doc(1000, 200_000);
    for view in [
        "claims", "matrix", "article", "party:p", "topic:a", "claim:c7",
    ] {
        for format in Format::ALL {
            let s = out(&doc, view, format, 80);
            assert!(is_terminal_safe(&s));
            if format == Format::Text {
                check_width(&s, 80, view);
            }
        }
    }
    let s = out(&doc, "article", Format::Text, 80);
    assert!(s.contains("[1000>") && s.contains("<1000]") && s.contains("\n[1000] "));
    assert!(s.contains("[DRAFT] "));
    let text = out(&doc, "claim:c0", Format::Text, 80);
    assert!(text.contains("DRAFT: this claim was drafted"), "{text}");
    assert!(text.contains("[DRAFT] FAVOR: Target 0"), "{text}");
    assert!(
        text.contains("Draft: drafted by rules, not reviewed (rule rule, confidence 0.50)"),
        "{text}"
    );
    assert!(!out(&doc, "claim:c1", Format::Text, 80).contains("[DRAFT]"));
    let md = out(&doc, "claim:c0", Format::Markdown, 80);
    assert!(md.contains("- **DRAFT** **FAVOR:** Target 0"), "{md}");
    let json = out(&doc, "claim:c0", Format::Json, 80);
    assert!(json.contains("\"status\": \"draft\""), "{json}");
}

#[test]
fn an_article_of_one_long_paragraph_is_wrapped_with_every_quote_marked_once() {
    // The article as one paragraph of about 200 KB (no line breaks; same
    // offsets): wrapped at 80 columns, each of the 1,000 quotes (a third of
    // them overlapping the one before) opened and closed exactly once, in
    // that order. How long this takes at 10 MB is measured by
    // `cargo bench --bench export`, not here.
    let doc = big_doc(1000, 200_000);
    let mut one = doc.clone();
    one.article = Article::new(doc.article.text().replace('\n', " "), None);
    let s = out(&one, "article", Format::Text, 80);
    check_width(&s, 80, "one paragraph");
    let body = s.split("<1000]").next().unwrap_or("");
    assert!(body.len() < s.len(), "the last quote is not closed");
    for n in 1..=1000 {
        let (open, close) = (format!("[{n}>"), format!("<{n}]"));
        assert_eq!(s.matches(&open).count(), 1, "{open}");
        assert_eq!(s.matches(&close).count(), 1, "{close}");
        assert!(s.find(&open) < s.find(&close), "{open} after {close}");
    }
    // Only the marks were added: the words run as in the article.
    let body = &s[s.find("Officials").unwrap_or(0)..s.rfind("guarantees.").unwrap_or(0)];
    let stripped = strip_marks(body);
    let marked: Vec<&str> = stripped.split_whitespace().collect();
    let article: Vec<&str> = one.article.text().split_whitespace().collect();
    assert!(marked.len() > 10, "{body:.200}");
    assert!(
        article.starts_with(&marked),
        "the text of the article changed in the export"
    );
    assert!(
        marked.len() + 20 > article.len(),
        "the article is cut short"
    );
}

/// `text` without the quote marks `[n>` and `<n]`.
fn strip_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['[', '<']) {
        out.push_str(&rest[..i]);
        let close = if rest[i..].starts_with('[') { '>' } else { ']' };
        let digits = rest[i + 1..].len()
            - rest[i + 1..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        if digits > 0 && rest[i + 1 + digits..].starts_with(close) {
            rest = &rest[i + 2 + digits..];
        } else {
            out.push_str(&rest[i..i + 1]);
            rest = &rest[i + 1..];
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn wide_characters_are_measured_in_columns() {
    let mut doc = bundled();
    doc.parties[0].name = "日本国政府".into();
    doc.topics[0].label = "安全保障と北大西洋条約機構".into();
    doc.claims[3].target = "ウクライナは北大西洋条約機構に加盟すべきではないという立場".into();
    doc.claims[3].summary =
        "首相は記者会見で、加盟は和平合意の一部にはならないと述べた。".repeat(3);
    for width in [24, 40, 80] {
        for view in ["claims", "matrix", "claim:us-nato-ruled-out"] {
            let s = out(&doc, view, Format::Text, width);
            for line in s.lines() {
                assert!(line.width() <= width, "{view} at {width}: {line:?}");
            }
        }
    }
    // The grid stays aligned: every row of the table has its bars in the
    // same columns.
    let s = out(&doc, "matrix", Format::Text, 80);
    let bars = |l: &str| {
        let mut col = 0;
        let mut at = Vec::new();
        for c in l.chars() {
            if c == '|' || c == '+' {
                at.push(col);
            }
            col += c.to_string().width();
        }
        at
    };
    // The table starts after the header (title, date, citation, view) and
    // its blank line.
    let rows: Vec<&str> = s
        .lines()
        .skip_while(|l| !l.is_empty())
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(rows.len() > 10, "{s}");
    let first = bars(rows[0]);
    assert_eq!(first.len(), 3, "{s}");
    // Every bar of every row (text rows and rules alike) in its column.
    for r in &rows {
        assert_eq!(bars(r), first, "{r:?} in\n{s}");
    }
}

/// The DRAFT banner goes with the claims a view shows, not with the
/// document: one reviewed claim of a drafted document carries none.
/// (Before: every export of a document with a draft carried it.)
#[test]
fn the_draft_banner_only_on_views_that_show_a_draft() {
    let doc = big_doc(30, 20_000);
    assert!(doc.draft);
    // c0 is a draft, c1 reviewed (every tenth claim is a draft).
    for format in [Format::Text, Format::Markdown] {
        let reviewed = out(&doc, "claim:c1", format, 80);
        assert!(!reviewed.contains("DRAFT"), "{reviewed}");
        let drafted = out(&doc, "claim:c0", format, 80);
        assert!(
            drafted.contains("this claim was drafted by rules"),
            "{drafted}"
        );
        let all = out(&doc, "claims", format, 80);
        assert!(all.contains("3 of these 30 claims were drafted"), "{all}");
    }
    // A document of reviewed claims: no banner anywhere.
    let text = out(&bundled(), "claims", Format::Text, 80);
    assert!(!text.contains("DRAFT"), "{text}");
}
