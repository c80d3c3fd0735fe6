//! The properties the fuzz targets check, shared with `cargo test`, which
//! replays the kept corpus (`fuzz/corpus/*`) through the same functions.
//! Each function panics when a property fails: that is what a fuzzer finds.

use crate::anchor::{AnchorError, Anchorer, Folded, Selector};
use crate::loader::{load_source, MemArticles};
use crate::model::Span;
use crate::sanitize::{is_clean, is_terminal_safe, sanitize};

/// Split fuzz input in two texts at the first 0xFF byte (or the middle).
fn split(data: &[u8]) -> (String, String) {
    let at = data
        .iter()
        .position(|&b| b == 0xFF)
        .unwrap_or(data.len() / 2);
    let (a, b) = data.split_at(at);
    let b = b.get(1..).unwrap_or(&[]);
    (
        String::from_utf8_lossy(a).into_owned(),
        String::from_utf8_lossy(b).into_owned(),
    )
}

/// The loader never panics; a loaded document's spans are inside the
/// article, on char boundaries, and every string in it is terminal-safe;
/// the YAML trees built from parser events and by lines equal serde-saphyr's;
/// a lenient load keeps exactly the claims of a strict one when that
/// succeeds.
pub fn check_loader(data: &[u8]) {
    let (yaml, article) = split(data);
    let reference = crate::yaml::parse_serde(&yaml);
    if let Ok(tree) = crate::yaml::parse_events(&yaml) {
        assert_eq!(
            Ok(&tree),
            reference.as_ref(),
            "event path and serde-saphyr differ"
        );
    }
    if let Ok(tree) = crate::yaml::streamed_tree(&yaml) {
        assert_eq!(
            Ok(&tree),
            reference.as_ref(),
            "line lane and serde-saphyr differ"
        );
    }
    let articles = MemArticles(article);
    let strict = load_source(&yaml, "fuzz.yaml", &articles);
    let lenient = crate::loader::load_lenient(&yaml, "fuzz.yaml", &articles);
    match (&strict, &lenient) {
        (Ok(doc), Ok((ldoc, problems))) => assert!(problems.is_empty() && doc == ldoc),
        (Err(_), Ok((ldoc, problems))) => {
            assert!(
                !problems.is_empty(),
                "a lenient load without problems, a strict one failed"
            );
            for c in &ldoc.claims {
                let o = c.origin.unwrap_or_default();
                assert!(o.start <= o.end && yaml.get(o.start..o.end).is_some());
            }
        }
        (Ok(_), Err(e)) => panic!("a strict load succeeded, a lenient one failed: {e}"),
        (Err(_), Err(_)) => {}
    }
    if let Ok(doc) = strict {
        let text = doc.article.text();
        assert!(is_terminal_safe(text));
        assert!(is_terminal_safe(&doc.title));
        for c in &doc.claims {
            assert!(c.span.start <= c.span.end && c.span.end <= text.len());
            assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            for s in [&c.quote, &c.speaker, &c.summary, &c.target, &c.id] {
                assert!(is_terminal_safe(s));
            }
        }
    }
}

/// Anchoring, against a reference (the whole article folded at once and
/// searched at every char boundary): a quote that is in the article once
/// is found exactly there; one that is in it more often is ambiguous, every
/// place counted and the first ones listed in order; one that is not in it
/// is not found (any suggestion a passage of the article); an empty one is
/// an error.
pub fn check_anchor(data: &[u8]) {
    check_anchor_with(data, &|article, selector| {
        Anchorer::new(article).resolve(selector)
    });
}

/// How [`check_anchor`] anchors a quote: the real [`Anchorer`], or (in
/// tests of the check itself) a broken one.
pub type Resolve = dyn Fn(&str, &Selector<'_>) -> Result<Span, AnchorError>;

/// [`check_anchor`] with `resolve` in place of the [`Anchorer`].
pub fn check_anchor_with(data: &[u8], resolve: &Resolve) {
    let (quote, article) = split(data);
    let got = resolve(
        &article,
        &Selector {
            exact: &quote,
            ..Default::default()
        },
    );
    let pattern = Folded::fold_quote(&quote);
    let context = || format!("quote {quote:?} in article {article:?}");
    if pattern.is_empty() {
        assert_eq!(got, Err(AnchorError::Empty), "{}", context());
        return;
    }
    let folded = Folded::new(&article);
    let places: Vec<Span> = (0..folded.text.len())
        .filter(|&i| folded.text.is_char_boundary(i) && folded.text[i..].starts_with(&pattern))
        .map(|i| folded.span_to_original(&article, i, i + pattern.len()))
        .collect();
    match (places.as_slice(), &got) {
        ([], Err(AnchorError::NotFound { suggestion })) => {
            if let Some(s) = suggestion {
                assert!(
                    s.start <= s.end && article.get(s.start..s.end).is_some(),
                    "suggestion {s:?} is not a passage of the article: {}",
                    context()
                );
            }
        }
        ([place], Ok(span)) => assert_eq!(span, place, "{}", context()),
        ([_, _, ..], Err(AnchorError::Ambiguous { occurrences, count })) => {
            assert_eq!(*count, places.len(), "{}", context());
            let listed = occurrences.len();
            assert!(listed >= 2 && listed <= places.len(), "{}", context());
            assert_eq!(occurrences[..], places[..listed], "{}", context());
        }
        _ => panic!(
            "{}: {} place(s) in the folded article {:?}, anchored as {got:?}",
            context(),
            places.len(),
            places
        ),
    }
}

/// The sanitiser: nothing unsafe out, and sanitising twice changes nothing;
/// the fast cleanliness check agrees with the full one.
pub fn check_sanitize(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    assert_eq!(
        is_clean(&s),
        crate::sanitize::is_clean_slow(&s),
        "fast and full checks differ"
    );
    let once = sanitize(&s);
    assert!(is_terminal_safe(&once), "unsafe output {once:?}");
    assert!(is_clean(&once), "not clean {once:?}");
    assert_eq!(sanitize(&once), once, "not idempotent");
}

/// The draft extractor never panics; its spans are inside the article on
/// char boundaries; its YAML loads as it is, every claim anchored where it
/// was drafted.
pub fn check_draft(data: &[u8]) {
    static PROFILE: std::sync::OnceLock<crate::draft::Profile> = std::sync::OnceLock::new();
    let text = String::from_utf8_lossy(data);
    let profile = PROFILE.get_or_init(|| match crate::draft::Profile::bundled() {
        Ok(p) => p,
        Err(e) => panic!("the bundled profile does not load: {e}"),
    });
    let d = crate::draft::draft(&text, None, profile);
    let article = d.doc.article.text();
    for c in &d.doc.claims {
        assert!(c.span.start < c.span.end && c.span.end <= article.len());
        assert!(article.is_char_boundary(c.span.start) && article.is_char_boundary(c.span.end));
        assert!(is_terminal_safe(&c.summary) && is_terminal_safe(&c.speaker));
    }
    if article.trim().is_empty() {
        // Nothing to draft; `standpoint draft` refuses an empty article.
        assert!(d.doc.claims.is_empty());
        return;
    }
    let yaml = crate::draft::to_yaml(&d, "article.txt");
    match load_source(&yaml, "draft.yaml", &MemArticles(text.into_owned())) {
        Ok(doc) => {
            // Every claim anchors where it was drafted.
            assert_eq!(doc.claims.len(), d.doc.claims.len());
            for (a, b) in doc.claims.iter().zip(&d.doc.claims) {
                assert_eq!(a.span, b.span, "{} anchors elsewhere:\n{yaml}", a.id);
                assert_eq!((a.party, a.topic, a.stance), (b.party, b.topic, b.stance));
            }
        }
        Err(e) => panic!("the draft does not load:\n{e}\n{yaml}"),
    }
}

/// Import (web pages, newsboat renderings, charsets) never panics, on the
/// input as sniffed and as a web page; what it gives is clean text with
/// clean one-line metadata; its draft, with the text inline, loads back.
pub fn check_import(data: &[u8]) {
    use crate::import::{self, ArticleRef, Options};
    let Ok(profile) = crate::draft::Profile::bundled() else {
        panic!("the bundled profile does not load");
    };
    for html in [false, true] {
        let opts = Options {
            html,
            ..Options::default()
        };
        let Ok(imp) = import::import_bytes(data, "fuzz", &opts) else {
            continue;
        };
        assert!(is_terminal_safe(&imp.text), "unsafe text {:?}", imp.text);
        assert!(is_clean(&imp.text), "unclean text {:?}", imp.text);
        let m = &imp.meta;
        for f in [
            &m.title,
            &m.byline,
            &m.site_name,
            &m.language,
            &m.url,
            &m.date,
        ]
        .into_iter()
        .flatten()
        {
            assert!(is_terminal_safe(f) && !f.contains('\n'), "field {f:?}");
        }
        if let Some(d) = &m.date {
            assert!(crate::loader::is_iso_date(d), "date {d:?}");
        }
        if imp.text.trim().is_empty() {
            continue;
        }
        let d = import::draft_imported(&imp, None, &profile);
        let yaml = import::to_yaml(&d, &imp, ArticleRef::Inline);
        match load_source(&yaml, "import.yaml", &MemArticles(String::new())) {
            Ok(doc) => {
                assert_eq!(doc.claims.len(), d.doc.claims.len());
                assert_eq!(doc.source, d.doc.source);
                assert_eq!(doc.title, d.doc.title);
            }
            Err(e) => panic!("the import's draft does not load:\n{e}\n{yaml}"),
        }
    }
}
