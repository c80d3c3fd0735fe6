//! `--format w3c` and `--format csv`: the W3C Web Annotation collection is
//! validated against the W3C test suite's own JSON schemas (vendored in
//! tests/w3c/, with their licence), every MUST assertion for annotations,
//! collections and pages plus the features we claim (text quote and
//! position selectors, TextualBody bodies with a purpose); selectors are
//! checked against the article; CSV has one row per claim.

use std::fs;
use std::path::{Path, PathBuf};

use jsonschema::{Draft, Registry, Validator};
use serde_json::{json, Value};
use standpoint::export::{render, Format, View};
use standpoint::loader;
use standpoint::model::{Document, Source, Status};

/// The flat base the suite's schemas refer to each other by.
const BASE: &str = "https://annotation-tests.invalid/";

fn w3c_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/w3c")
}

fn read_json(p: &Path) -> Value {
    let s = fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// One assertion of the suite: its file, schema and expected result.
struct Assertion {
    name: String,
    validator: Validator,
    expect_valid: bool,
}

fn registry() -> Registry<'static> {
    let defs = w3c_dir().join("definitions");
    let mut pairs = Vec::new();
    for e in fs::read_dir(&defs).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        pairs.push((format!("{BASE}{name}"), read_json(&p)));
    }
    Registry::new()
        .draft(Draft::Draft4)
        .extend(pairs)
        .unwrap()
        .prepare()
        .unwrap()
}

fn assertion(registry: &Registry<'static>, rel: &str) -> Assertion {
    let p = w3c_dir().join(rel);
    let schema = read_json(&p);
    let file = p.file_name().unwrap().to_string_lossy().into_owned();
    let validator = jsonschema::options()
        .with_draft(Draft::Draft4)
        .with_registry(registry)
        .with_base_uri(format!("{BASE}{file}"))
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
    Assertion {
        name: rel.to_string(),
        validator,
        expect_valid: schema["expectedResult"] != "invalid",
    }
}

/// The assertions a `.test` file of the suite lists.
fn listed(registry: &Registry<'static>, test: &str) -> Vec<Assertion> {
    let t = read_json(&w3c_dir().join(test));
    let list = t["assertions"].as_array().unwrap();
    assert!(list.len() >= 10, "{test}");
    list.iter()
        .map(|a| assertion(registry, a.as_str().unwrap()))
        .collect()
}

fn check(assertions: &[Assertion], value: &Value, what: &str) {
    for a in assertions {
        let valid = a.validator.is_valid(value);
        assert_eq!(
            valid,
            a.expect_valid,
            "{what}: {} expected {}:\n{}",
            a.name,
            if a.expect_valid { "valid" } else { "invalid" },
            serde_json::to_string_pretty(value).unwrap()
        );
    }
}

/// A document as `standpoint PAGE.html` makes it: a URL, a byline, a
/// language, drafted claims.
fn imported_like(mut doc: Document) -> Document {
    doc.source = Some(Source {
        outlet: Some("Example News".into()),
        url: Some("https://news.example.org/2025/02/26/trump-cabinet".into()),
        byline: Some("Jane Doe".into()),
        language: Some("en".into()),
    });
    for c in &mut doc.claims {
        c.status = Status::Draft;
        c.rule = Some("reported-cue-verb".into());
        c.confidence = Some(0.62);
    }
    doc.draft = true;
    doc
}

#[test]
fn w3c_export_passes_the_test_suite_schemas() {
    let reg = registry();
    let collection_musts = listed(&reg, "collections/collectionMusts.test");
    let page_musts = listed(&reg, "collections/pages/pageMusts.test");
    let annotation_musts = listed(&reg, "annotations/annotationMusts.test");
    let features: Vec<Assertion> = [
        "annotations/specificResource/4.2.4-textQuoteSelector.json",
        "annotations/specificResource/4.2.4-textQuoteSelectorValid.json",
        "annotations/specificResource/4.2.5-textPositionSelector.json",
        "annotations/specificResource/4.2-selectorFound.json",
        "annotations/specificResource/4.2-selectorValidIfPresent.json",
        "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json",
        "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
        "annotations/bodiesTargets/3.2.1-bodyFormat.json",
        "annotations/3.3.5-annotationMotivationImplemented.json",
        "annotations/3.1-bodyKeyFound.json",
    ]
    .iter()
    .map(|a| assertion(&reg, a))
    .collect();
    let collection_features: Vec<Assertion> = [
        "collections/5.1-collectionLabelImplemented.json",
        "collections/5.1-collectionTotalImplemented.json",
        "collections/5.1-collectionFirstImplemented.json",
    ]
    .iter()
    .map(|a| assertion(&reg, a))
    .collect();

    let bundled = loader::bundled().unwrap();
    let mut annotations = 0;
    for doc in [bundled.clone(), imported_like(bundled)] {
        for view in ["claims", "party:us", "claim:us-nato-ruled-out", "matrix"] {
            let v = View::parse(view, &doc).unwrap();
            let out = render(&doc, &v, Format::W3c, 80).unwrap();
            let c: Value = serde_json::from_str(&out).unwrap();
            check(&collection_musts, &c, view);
            check(&collection_features, &c, view);
            check(&page_musts, &c, view);
            let mut page = c["first"].clone();
            page["@context"] = json!("http://www.w3.org/ns/anno.jsonld");
            check(&page_musts, &page, view);
            for item in c["first"]["items"].as_array().unwrap() {
                // An embedded annotation takes the collection's @context;
                // standing alone it carries its own.
                let mut a = item.clone();
                a["@context"] = json!("http://www.w3.org/ns/anno.jsonld");
                check(&annotation_musts, &a, view);
                check(&features, &a, view);
                annotations += 1;
            }
        }
    }
    assert_eq!(annotations, 2 * (13 + 7 + 1 + 13));
}

#[test]
fn the_suite_schemas_do_reject_what_is_wrong() {
    // The harness must be able to fail: a broken annotation is caught.
    let reg = registry();
    let musts = listed(&reg, "annotations/annotationMusts.test");
    let doc = loader::bundled().unwrap();
    let out = render(&doc, &View::Claims, Format::W3c, 80).unwrap();
    let c: Value = serde_json::from_str(&out).unwrap();
    let mut a = c["first"]["items"][0].clone();
    a["@context"] = json!("http://www.w3.org/ns/anno.jsonld");
    let fails = |a: &Value| {
        musts
            .iter()
            .any(|m| m.validator.is_valid(a) != m.expect_valid)
    };
    assert!(!fails(&a));
    for (key, bad) in [
        ("type", json!("Note")),
        ("id", json!("not a uri")),
        ("@context", json!("http://example.org/other")),
        ("bodyValue", json!("both body and bodyValue")),
    ] {
        let mut b = a.clone();
        b[key] = bad;
        assert!(fails(&b), "{key} not caught");
    }
    let mut b = a.clone();
    b.as_object_mut().unwrap().remove("target");
    assert!(fails(&b), "a missing target is not caught");
}

#[test]
fn selectors_point_at_the_quote_in_code_points() {
    let doc = imported_like(loader::bundled().unwrap());
    let out = render(&doc, &View::Claims, Format::W3c, 80).unwrap();
    let c: Value = serde_json::from_str(&out).unwrap();
    let text: Vec<char> = doc.article.text().chars().collect();
    let items = c["first"]["items"].as_array().unwrap();
    assert_eq!(c["total"], items.len());
    let mut last = 0;
    for a in items {
        assert_eq!(
            a["target"]["source"],
            "https://news.example.org/2025/02/26/trump-cabinet"
        );
        let sel = a["target"]["selector"].as_array().unwrap();
        let quote = &sel[0];
        let pos = &sel[1];
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(pos["type"], "TextPositionSelector");
        let start = pos["start"].as_u64().unwrap() as usize;
        let end = pos["end"].as_u64().unwrap() as usize;
        assert!(start >= last, "article order");
        last = start;
        let exact: String = text[start..end].iter().collect();
        assert_eq!(quote["exact"], exact.as_str());
        let prefix: String = text[start.saturating_sub(32)..start].iter().collect();
        let suffix: String = text[end..(end + 32).min(text.len())].iter().collect();
        assert_eq!(quote["prefix"], prefix.as_str());
        assert_eq!(quote["suffix"], suffix.as_str());
        let bodies = a["body"].as_array().unwrap();
        let tags: Vec<&str> = bodies
            .iter()
            .filter(|b| b["purpose"] == "tagging")
            .map(|b| b["value"].as_str().unwrap())
            .collect();
        assert_eq!(tags.len(), 3, "{a}");
        assert!(["favor", "against", "conditional", "neutral", "unclear"].contains(&tags[2]));
        assert!(bodies
            .iter()
            .any(|b| b["purpose"] == "describing" && b["language"] == "en"));
        assert!(bodies.iter().any(|b| b["purpose"] == "commenting"
            && b["value"].as_str().unwrap().contains("not reviewed")));
    }
    let nato = items
        .iter()
        .find(|a| {
            a["id"]
                .as_str()
                .unwrap()
                .ends_with(":claim:us-nato-ruled-out")
        })
        .unwrap();
    let tags: Vec<&Value> = nato["body"]
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|b| &b["value"])
        .collect();
    assert_eq!(
        tags,
        [&json!("United States"), &json!("NATO"), &json!("against")]
    );
}

#[test]
fn without_a_url_the_target_is_the_article_file() {
    let yaml = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/trump-cabinet-2025-02-26.yaml");
    let doc = loader::load_path(&yaml).unwrap();
    let out = render(&doc, &View::Claims, Format::W3c, 80).unwrap();
    let c: Value = serde_json::from_str(&out).unwrap();
    let src = c["first"]["items"][0]["target"]["source"].as_str().unwrap();
    assert!(src.starts_with("file:///"), "{src}");
    assert!(src.ends_with("/data/trump-cabinet-2025-02-26.txt"), "{src}");
    assert_eq!(
        c["id"], "urn:x-standpoint:trump-cabinet-2025-02-26:claims",
        "ids are named after the annotation file"
    );
}

#[test]
fn csv_has_a_header_and_one_row_per_claim() {
    let doc = imported_like(loader::bundled().unwrap());
    let json: Value =
        serde_json::from_str(&render(&doc, &View::Claims, Format::Json, 80).unwrap()).unwrap();
    for view in ["claims", "party:ua", "topic:nato", "matrix", "article"] {
        let v = View::parse(view, &doc).unwrap();
        let out = render(&doc, &v, Format::Csv, 80).unwrap();
        assert!(out.ends_with('\n') && !out.contains('\r'));
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
        assert_eq!(header, standpoint::export::csv::COLUMNS);
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        let want = doc
            .claims
            .iter()
            .filter(|c| standpoint::export::in_view(&doc, &v, c))
            .count();
        assert_eq!(rows.len(), want, "{view}");
        for row in &rows {
            assert_eq!(row.len(), header.len());
            let id = &row[0];
            let j = json["claims"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["id"] == id)
                .unwrap();
            let col = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
            assert_eq!(col("quote"), j["quote"].as_str().unwrap());
            assert_eq!(col("paragraph"), j["paragraph"].to_string());
            assert_eq!(col("start"), j["start"].to_string());
            assert_eq!(col("stance"), j["stance"].as_str().unwrap());
            assert_eq!(
                col("url"),
                "https://news.example.org/2025/02/26/trump-cabinet"
            );
            assert_eq!(col("status"), "draft");
            assert_eq!(col("confidence"), "0.62");
        }
    }
}
