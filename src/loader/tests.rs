use super::*;

#[test]
fn bundled_document_loads() {
    let d = bundled().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.parties.len(), 4);
    assert_eq!(d.topics.len(), 3);
    assert_eq!(d.claims.len(), 13);
    assert_eq!(d.date, "2025-02-26");
    assert!(d.source.is_none());
    for c in &d.claims {
        assert!(!d.quote_text(c).is_empty(), "{}", c.id);
    }
    let c = &d.claims[d.claim_index("us-guarantees-to-europe").unwrap_or(0)];
    assert!(d.quote_text(c).starts_with("“We’ll delegate"));
}

/// The source text of a claim, by its origin.
fn text_at<'s>(src: &'s str, o: &Origin) -> &'s str {
    src.get(o.start..o.end).unwrap_or("")
}

#[test]
fn every_claim_knows_its_place_in_the_file() {
    let d = bundled().unwrap_or_else(|e| panic!("{e}"));
    for (i, c) in d.claims.iter().enumerate() {
        let o = c.origin.unwrap_or_else(|| panic!("no origin for {}", c.id));
        assert_eq!(o.index, i);
        let text = text_at(BUNDLED_YAML, &o);
        assert!(text.starts_with(&format!("id: {}\n", c.id)), "{text:?}");
        // The range ends with the claim's last value, before the next item.
        assert!(!text.contains("\n  - id:"), "{text:?}");
        let line = BUNDLED_YAML[..o.start].matches('\n').count() + 1;
        assert_eq!(line, c.source_line);
    }
    // A folded quote, the last field: the range ends after its last line.
    let c = &d.claims[0];
    let o = c.origin.unwrap_or_default();
    assert!(text_at(BUNDLED_YAML, &o).ends_with("condition: through negotiations"));
}

#[test]
fn origins_of_block_flow_and_last_block_scalar_items() {
    let y = "title: t\ndate: 2025-01-01\nbody: a b c d\ntopics: [{id: t, label: T}]\nparties: [{id: p, name: P}]\nclaims:\n  - {id: c0, party: p, speaker: S, topic: t, stance: favor, target: X, summary: s, mode: direct, quote: a b}  # one\n  - id: c1\n    party: p\n    speaker: S\n    topic: t\n    stance: favor\n    target: X\n    summary: s\n    mode: direct\n    quote: |\n      c d\n\n  - id: c2\n    party: p\n    speaker: S\n    topic: t\n    stance: favor\n    target: X\n    summary: s\n    mode: direct\n    quote: b c\n";
    let d = load_source(y, "t.yaml", &BundledArticles).unwrap_or_else(|e| panic!("{e}"));
    let texts: Vec<&str> = d
        .claims
        .iter()
        .map(|c| text_at(y, &c.origin.unwrap_or_default()))
        .collect();
    assert!(texts[0].starts_with("{id: c0") && texts[0].ends_with("quote: a b}"));
    assert!(
        texts[1].starts_with("id: c1") && texts[1].ends_with("quote: |\n      c d\n"),
        "{:?}",
        texts[1]
    );
    assert!(texts[2].starts_with("id: c2") && texts[2].ends_with("quote: b c"));
}

/// The bundled YAML with `from` replaced by `to` (once).
fn edited(from: &str, to: &str) -> String {
    assert_eq!(BUNDLED_YAML.matches(from).count(), 1, "{from}");
    BUNDLED_YAML.replacen(from, to, 1)
}

#[test]
fn lenient_loading_keeps_the_good_claims_and_lists_the_bad() {
    let y = edited("    speaker: Sergey Lavrov", "    speeker: Sergey Lavrov");
    let y = y.replacen("    stance: conditional", "    stance: maybe", 1);
    let y = y.replacen(
        "    quote: Moscow has repeatedly dismissed",
        "    quote: Moscow has often dismissed",
        1,
    );
    // Strict: all four problems.
    match load_source(&y, "doc.yaml", &BundledArticles) {
        Err(LoadError::Invalid(r)) => assert_eq!(r.diagnostics.len(), 4),
        other => panic!("expected a report, got {other:?}"),
    }
    let (d, problems) =
        load_lenient(&y, "doc.yaml", &BundledArticles).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.claims.len() + problems.len(), 13);
    assert_eq!(problems.len(), 3);
    let ids: Vec<&str> = problems.iter().filter_map(|p| p.id.as_deref()).collect();
    assert_eq!(ids.len(), 3);
    for p in &problems {
        assert!(!p.diagnostics.is_empty());
        assert!(d.claims.iter().all(|c| Some(&c.id) != p.id.as_ref()));
        // The problem points into its claim's source.
        let text = text_at(&y, &p.origin);
        assert!(text.starts_with(&format!("id: {}", p.id.as_deref().unwrap_or("?"))));
        assert_eq!(y[..p.origin.start].matches('\n').count() + 1, p.line);
    }
    // Two problems in one claim stay together; fields that could be read are kept.
    let lavrov = problems
        .iter()
        .find(|p| p.fields.iter().any(|(k, _)| k == "speeker"))
        .unwrap_or_else(|| panic!("no claim with `speeker`"));
    assert_eq!(lavrov.diagnostics.len(), 2);
    assert_eq!(lavrov.message(), "unknown field `speeker` in a claim");
    assert!(lavrov
        .fields
        .iter()
        .any(|(k, v)| k == "speeker" && v == "Sergey Lavrov"));
    // A claim whose quote does not anchor: its fields as read.
    let moved = problems
        .iter()
        .find(|p| p.message() == "the quote is not in the article")
        .unwrap_or_else(|| panic!("no anchoring problem"));
    assert!(moved
        .fields
        .iter()
        .any(|(k, v)| k == "quote" && v.starts_with("Moscow has often dismissed")));
    // Problems are in file order.
    assert!(problems
        .windows(2)
        .all(|w| w[0].origin.index < w[1].origin.index));
}

#[test]
fn lenient_loading_still_fails_on_document_problems() {
    for y in [
        edited("date: 2025-02-26", "date: tomorrow"),
        edited(
            "article: trump-cabinet-2025-02-26.txt",
            "article: missing.txt",
        ),
        edited("  - id: eu\n", "  - id: us\n"),
        edited("title: \"", "title: [\""),
    ] {
        assert!(matches!(
            load_lenient(&y, "doc.yaml", &BundledArticles),
            Err(LoadError::Invalid(_))
        ));
    }
    assert!(matches!(
        load_lenient("", "doc.yaml", &BundledArticles),
        Err(LoadError::File(_))
    ));
    // A good document: no problems, the same document as a strict load.
    let (d, p) = load_lenient(BUNDLED_YAML, BUNDLED_NAME, &BundledArticles)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(p.is_empty());
    assert_eq!(Ok(d), bundled().map_err(|e| e.to_string()));
}

#[test]
fn lenient_loading_of_items_that_are_not_claims_and_duplicates() {
    let y = edited(
        "claims:\n",
        "claims:\n  - just a string\n  - id: us-nato-ruled-out\n    party: us\n",
    );
    let (d, problems) =
        load_lenient(&y, "doc.yaml", &BundledArticles).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.claims.len(), 12);
    assert_eq!(problems.len(), 3);
    assert_eq!(problems[0].id, None);
    assert_eq!(problems[0].origin.index, 0);
    assert!(problems[0].message().contains("must be a mapping"));
    assert_eq!(problems[1].id.as_deref(), Some("us-nato-ruled-out"));
    // The later claim with the same id is the bad one.
    assert!(problems[2].message().starts_with("duplicate claim id"));
    assert_eq!(problems[2].id.as_deref(), Some("us-nato-ruled-out"));
}

#[test]
fn the_event_path_and_serde_saphyr_load_the_same_documents() {
    // Anchors, aliases and tags go to serde-saphyr: same document, and the
    // origins still point at the claims.
    let y = BUNDLED_YAML
        .replacen("    party: us\n", "    party: &p us\n", 1)
        .replacen("    party: us\n", "    party: *p\n", 1);
    let y = y.replacen("    mode: reported\n", "    mode: !!str reported\n", 1);
    assert!(yaml::stream(&y, &mut |_, _| ()).is_err());
    let a = load_source(&y, "a.yaml", &BundledArticles).unwrap_or_else(|e| panic!("{e}"));
    let b = bundled().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.claims.len(), b.claims.len());
    for (x, z) in a.claims.iter().zip(&b.claims) {
        assert_eq!(
            (&x.id, x.party, x.span, x.source_line),
            (&z.id, z.party, z.span, z.source_line)
        );
        let o = x.origin.unwrap_or_default();
        assert!(text_at(&y, &o).starts_with(&format!("id: {}\n", x.id)));
    }
}

#[test]
fn large_documents_load_in_two_parts_with_the_same_result() {
    let s = crate::synth::generate(600_000, 2_000, "a.txt");
    assert!(yaml::claims_layout(&s.yaml).is_some());
    let whole = load_source(&s.yaml, "s.yaml", &MemArticles(s.article.clone()))
        .unwrap_or_else(|e| panic!("{e}"));
    // Not splittable (a tab in a comment), parsed in one part.
    let one = format!("#\t\n{}", s.yaml);
    assert!(yaml::claims_layout(&one).is_none());
    let d = load_source(&one, "s.yaml", &MemArticles(s.article.clone()))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.claims.len(), 2_000);
    for (a, b) in whole.claims.iter().zip(&d.claims) {
        assert_eq!(a.span, b.span);
        assert_eq!(a.source_line + 1, b.source_line);
        let (oa, ob) = (a.origin.unwrap_or_default(), b.origin.unwrap_or_default());
        assert_eq!(
            (oa.index, oa.start + 3, oa.end + 3),
            (ob.index, ob.start, ob.end)
        );
        assert!(text_at(&s.yaml, &oa).starts_with(&format!("id: {}\n", a.id)));
    }
}

/// The diagnostic of a quote found many times lists the lines of the first
/// eight places and says how many more there are; with every place listed
/// it says no "more".
#[test]
fn an_ambiguous_quote_lists_its_places_and_counts_the_rest() {
    let message = |body: &str| {
        let y = format!("title: t\ndate: 2025-01-01\nbody: {body}\ntopics: [{{id: t, label: T}}]\nparties: [{{id: p, name: P}}]\nclaims:\n  - {{id: c0, party: p, speaker: S, topic: t, stance: favor, target: X, summary: s, mode: direct, quote: ab}}\n");
        match load_source(&y, "t.yaml", &BundledArticles) {
            Err(LoadError::Invalid(r)) => r.diagnostics[0].message.clone(),
            other => panic!("expected a report, got {other:?}"),
        }
    };
    assert_eq!(
        message("ab x ab ab ab ab ab ab ab ab ab"),
        "the quote occurs 10 times in the article (lines 1, 1, 1, 1, 1, 1, 1, 1, and 2 more)"
    );
    assert_eq!(
        message("ab x ab"),
        "the quote occurs 2 times in the article (lines 1, 1)"
    );
}

/// `confidence` is kept as written from 0 to 1 (an integer 0 or 1 too);
/// anything else is an error that says the range.
#[test]
fn confidence_is_read_from_zero_to_one() {
    let load = |c: &str| {
        let y = format!("title: t\ndate: 2025-01-01\nbody: a b\ntopics: [{{id: t, label: T}}]\nparties: [{{id: p, name: P}}]\nclaims:\n  - {{id: c0, party: p, speaker: S, topic: t, stance: favor, target: X, summary: s, mode: direct, quote: a, confidence: {c}}}\n");
        load_source(&y, "t.yaml", &BundledArticles)
    };
    for (c, want) in [
        ("0.8", 0.8),
        ("0.0", 0.0),
        ("1.0", 1.0),
        ("0", 0.0),
        ("1", 1.0),
    ] {
        match load(c) {
            Ok(d) => assert_eq!(d.claims[0].confidence, Some(want), "{c}"),
            Err(e) => panic!("{c}: {e}"),
        }
    }
    for c in ["1.5", "-0.1", "2", "-1", "high"] {
        match load(c) {
            Err(LoadError::Invalid(r)) => assert_eq!(
                r.diagnostics[0].message, "`confidence` must be a number from 0 to 1",
                "{c}"
            ),
            other => panic!("{c}: expected a report, got {other:?}"),
        }
    }
}

/// A party colour is a colour name (any case) or `#` and six hex digits.
#[test]
fn party_colours_are_names_or_six_hex_digits() {
    for ok in ["red", "LightCyan", "#12ab9F", "#000000"] {
        assert!(is_color(ok), "{ok}");
    }
    for bad in ["#12ab9", "#12ab9F0", "1234567", "#12ab9g", "reddish", ""] {
        assert!(!is_color(bad), "{bad}");
    }
}

/// Each kind of YAML parser error gets its own advice, whichever of its
/// words the parser used.
#[test]
fn yaml_errors_get_advice_by_kind() {
    let documents =
        "an annotation file holds one YAML document: remove the `---` separators or split the file";
    let nesting =
        "the file is nested too deeply or expands too many aliases; an annotation needs neither";
    for (msg, want) in [
        (
            "Duplicate key `a`",
            "a key appears twice in the same mapping: keep one of them",
        ),
        ("multiple of them", documents),
        ("more than one", documents),
        ("two documents", documents),
        ("unknown alias", nesting),
        ("anchor too long", nesting),
        ("alias budget exceeded", nesting),
        ("recursion depth", nesting),
        ("size limit", nesting),
        (
            "did not find expected key",
            "fix the YAML syntax at this place (check indentation, quotes and colons)",
        ),
    ] {
        assert_eq!(parse_help(msg), want, "{msg}");
    }
}

/// The optional `source:` mapping is read field by field; a document
/// without one has none.
#[test]
fn where_the_article_was_published_is_read_from_source() {
    let y = edited(
        "date: 2025-02-26\n",
        "date: 2025-02-26\nsource: {outlet: Example News, url: 'https://example.org/a', byline: A. Writer, language: en-GB}\n",
    );
    let d = load_source(&y, "doc.yaml", &BundledArticles).unwrap_or_else(|e| panic!("{e}"));
    let s = d.source.unwrap_or_else(|| panic!("no source"));
    assert_eq!(s.outlet.as_deref(), Some("Example News"));
    assert_eq!(s.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(s.byline.as_deref(), Some("A. Writer"));
    assert_eq!(s.language.as_deref(), Some("en-GB"));
    let y = edited(
        "date: 2025-02-26\n",
        "date: 2025-02-26\nsource: {outlet: X}\n",
    );
    let d = load_source(&y, "doc.yaml", &BundledArticles).unwrap_or_else(|e| panic!("{e}"));
    let s = d.source.unwrap_or_else(|| panic!("no source"));
    assert_eq!((s.outlet.as_deref(), s.url), (Some("X"), None));
}

/// The article is read early from a guess at the `article:` line; a guess
/// that is not the parsed value (a tag, an anchor) is not used: the
/// article named is read.
#[test]
fn the_article_named_is_read_even_when_the_early_guess_differs() {
    let want = bundled().unwrap_or_else(|e| panic!("{e}"));
    for value in [
        "!!str trump-cabinet-2025-02-26.txt",
        "&a trump-cabinet-2025-02-26.txt",
        "trump-cabinet-2025-02-26.txt  # the text",
    ] {
        let y = edited(
            "article: trump-cabinet-2025-02-26.txt",
            &format!("article: {value}"),
        );
        let d = load_source(&y, "doc.yaml", &BundledArticles)
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(d.article.text(), want.article.text(), "{value}");
    }
}

/// A small document with `top` lines after the title and date, and one
/// claim with `claim` fields added.
fn small(top: &str, claim: &str) -> String {
    format!("title: t\ndate: 2025-01-01\nbody: a b\n{top}\nclaims:\n  - {{id: c0, party: p, speaker: S, topic: t, stance: favor, target: X, summary: s, mode: direct, quote: a{claim}}}\n")
}

/// A number where text is wanted is read as the text it is written as: a
/// title, a label, a keyword, an alias, a claim's target.
#[test]
fn numbers_are_read_as_text() {
    let y = small(
        "topics: [{id: t, label: 2024, keywords: [NATO, 1949]}]\nparties: [{id: p, name: 7, aliases: [G7, 8]}]",
        "",
    )
    .replacen("title: t", "title: 1984", 1)
    .replacen("target: X", "target: 2025", 1);
    let d = load_source(&y, "t.yaml", &BundledArticles).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.title, "1984");
    assert_eq!(d.topics[0].label, "2024");
    assert_eq!(d.topics[0].keywords, ["NATO", "1949"]);
    assert_eq!(d.parties[0].name, "7");
    assert_eq!(d.parties[0].aliases, ["G7", "8"]);
    assert_eq!(d.claims[0].target, "2025");
}

/// A title or a summary is one line: a line break in either is an error
/// that says which.
#[test]
fn a_title_or_a_summary_with_a_line_break_is_refused() {
    let top = "topics: [{id: t, label: T}]\nparties: [{id: p, name: P}]";
    for (y, want) in [
        (
            small(top, "").replacen("title: t", "title: \"two\\nlines\"", 1),
            "`title` must be one line",
        ),
        (
            small(top, "").replacen("summary: s", "summary: \"two\\nlines\"", 1),
            "`summary` must be one line",
        ),
    ] {
        match load_source(&y, "t.yaml", &BundledArticles) {
            Err(LoadError::Invalid(r)) => {
                let m: Vec<&str> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
                assert_eq!(m, [want]);
            }
            other => panic!("expected a report, got {other:?}"),
        }
    }
    // One line: loaded.
    assert!(load_source(&small(top, ""), "t.yaml", &BundledArticles).is_ok());
}

/// A list of words (keywords, aliases): absent or empty is no words; an
/// empty entry, an entry that is not text, or a value that is not a list
/// is an error that says which.
#[test]
fn keyword_and_alias_lists_are_lists_of_words() {
    let load = |topic: &str, party: &str| {
        let top =
            format!("topics: [{{id: t, label: T{topic}}}]\nparties: [{{id: p, name: P{party}}}]");
        load_source(&small(&top, ""), "t.yaml", &BundledArticles)
    };
    for (topic, party) in [
        ("", ""),
        (", keywords: ", ", aliases: ~"),
        (", keywords: []", ""),
    ] {
        let d = load(topic, party).unwrap_or_else(|e| panic!("{topic} {party}: {e}"));
        assert!(d.topics[0].keywords.is_empty() && d.parties[0].aliases.is_empty());
    }
    for (topic, party, want) in [
        (
            ", keywords: [NATO, \"\"]",
            "",
            "an entry of `keywords` is empty",
        ),
        (
            "",
            ", aliases: [\"  \", x]",
            "an entry of `aliases` is empty",
        ),
        ("", ", aliases: [x, ~]", "an entry of `aliases` is empty"),
        (
            ", keywords: [NATO, [a, b]]",
            "",
            "each entry of `keywords` must be text, found a list",
        ),
        (
            ", keywords: NATO",
            "",
            "`keywords` must be a list, found a string",
        ),
    ] {
        match load(topic, party) {
            Err(LoadError::Invalid(r)) => {
                let m: Vec<&str> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
                assert_eq!(m, [want], "{topic} {party}");
            }
            other => panic!("{topic} {party}: expected a report, got {other:?}"),
        }
    }
}
