//! Tests of the curation engine: every edit with its undo and redo, the
//! history, and the YAML written for each kind of change.

use super::*;
use crate::loader::{self, load_source, MemArticles};
use crate::model::{Claim, Mode, Span, Stance, Status};

fn bundled_work() -> Work {
    Work::new(loader::bundled().unwrap_or_else(|e| panic!("{e}")))
}

/// Apply `edit`, check the change, then its inverse (the original again),
/// then the inverse's inverse (the change again).
fn round_trip(edit: Edit, check: impl Fn(&Work)) {
    let mut w = bundled_work();
    let original = w.clone();
    let inverse = w
        .apply(&edit)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("nothing changed"));
    check(&w);
    let changed = w.clone();
    let again = w
        .apply(&inverse)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("the inverse changed nothing"));
    assert_eq!(w, original, "undo is not exact");
    w.apply(&again).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(w, changed, "redo is not exact");
}

fn claim<'a>(w: &'a Work, id: &str) -> &'a Claim {
    let i = w.doc().claim_index(id).unwrap_or_else(|| panic!("no {id}"));
    &w.doc().claims[i]
}

const C: &str = "us-nato-ruled-out";

/// The selection of the `nth` occurrence of `needle` in the article
/// (`len` bytes of it).
fn passage(doc: &crate::model::Document, needle: &str, nth: usize, len: usize) -> Selection {
    let text = doc.article.text();
    let at = text.match_indices(needle).nth(nth).map_or(0, |(i, _)| i);
    select(
        text,
        Span {
            start: at,
            end: at + len,
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn set_each_field_and_undo_and_redo_it() {
    round_trip(Edit::set(C, Field::Stance(Stance::Favor)), |w| {
        assert_eq!(claim(w, C).stance, Stance::Favor)
    });
    round_trip(Edit::set(C, Field::Party("ru".into())), |w| {
        assert_eq!(w.doc().parties[claim(w, C).party].id, "ru")
    });
    round_trip(Edit::set(C, Field::Topic("guarantees".into())), |w| {
        assert_eq!(w.doc().topics[claim(w, C).topic].id, "guarantees")
    });
    round_trip(Edit::set(C, Field::Mode(Mode::Direct)), |w| {
        assert_eq!(claim(w, C).mode, Mode::Direct)
    });
    round_trip(Edit::set(C, Field::Status(Status::Draft)), |w| {
        assert_eq!(claim(w, C).status, Status::Draft)
    });
    round_trip(
        Edit::set(C, Field::Speaker("  The President ".into())),
        |w| assert_eq!(claim(w, C).speaker, "The President"),
    );
    round_trip(
        Edit::set(C, Field::Target("NATO takes Ukraine".into())),
        |w| assert_eq!(claim(w, C).target, "NATO takes Ukraine"),
    );
    round_trip(Edit::set(C, Field::Summary("Short.".into())), |w| {
        assert_eq!(claim(w, C).summary, "Short.")
    });
    round_trip(
        Edit::set(C, Field::Condition(Some("if asked".into()))),
        |w| assert_eq!(claim(w, C).condition.as_deref(), Some("if asked")),
    );
    round_trip(
        Edit::set("us-territory-negotiations", Field::Condition(None)),
        |w| assert_eq!(claim(w, "us-territory-negotiations").condition, None),
    );
    round_trip(Edit::set(C, Field::Id("us-nato-no".into())), |w| {
        assert_eq!(claim(w, "us-nato-no").speaker, "Donald Trump");
        assert!(w.doc().claim_index(C).is_none());
    });
    let w = bundled_work();
    let sel = passage(w.doc(), "Trump ruled out", 0, 15);
    round_trip(Edit::set(C, Field::Quote(Box::new(sel))), |w| {
        let c = claim(w, C);
        assert_eq!(c.quote, "Trump ruled out");
        assert_eq!(w.doc().quote_text(c), "Trump ruled out");
        let i = w.doc().claim_index(C).unwrap_or(0);
        assert_eq!(w.extras()[i].context, Some((None, None)));
    });
}

#[test]
fn accept_reject_and_accept_all() {
    // Make three drafts, then accept one, reject one, accept all.
    let mut w = bundled_work();
    let ids = [
        "us-nato-ruled-out",
        "ru-no-territorial-concessions",
        "ua-nato-role",
    ];
    for id in ids {
        w.apply(&Edit::set(id, Field::Status(Status::Draft)))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(drafts(w.doc()).len(), 3);
    let before = w.clone();
    let inv = w
        .apply(&Edit::accept(ids[0]))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(claim(&w, ids[0]).status, Status::Reviewed);
    w.apply(&inv.unwrap_or_else(|| panic!("no inverse")))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(w, before);

    let pos = w.doc().claim_index(ids[1]).unwrap_or(0);
    let inv = w
        .apply(&Edit::reject(ids[1]))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(w.doc().claim_index(ids[1]).is_none());
    assert_eq!(w.doc().claims.len(), 12);
    w.apply(&inv.unwrap_or_else(|| panic!("no inverse")))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(w, before, "the claim came back at {pos}, with its key");

    // Accept all drafts among the first ten claims: two of the three.
    let in_view: Vec<usize> = (0..10).collect();
    let all = Edit::accept_all(w.doc(), &in_view).unwrap_or_else(|| panic!("no drafts"));
    let Edit::Batch { edits } = &all else {
        panic!("not a batch")
    };
    assert_eq!(edits.len(), 2);
    let inv = w.apply(&all).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(drafts(w.doc()).len(), 1);
    assert_eq!(
        next_draft(w.doc(), None),
        w.doc().claim_index("ua-nato-role")
    );
    w.apply(&inv.unwrap_or_else(|| panic!("no inverse")))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(w, before);
    assert!(
        Edit::accept_all(w.doc(), &[0]).is_none(),
        "claim 0 is no draft"
    );
}

#[test]
fn next_draft_wraps_around() {
    let mut w = bundled_work();
    assert_eq!(next_draft(w.doc(), None), None);
    for i in [2usize, 7] {
        let id = w.doc().claims[i].id.clone();
        w.apply(&Edit::set(&id, Field::Status(Status::Draft)))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(next_draft(w.doc(), None), Some(2));
    assert_eq!(next_draft(w.doc(), Some(2)), Some(7));
    assert_eq!(next_draft(w.doc(), Some(7)), Some(2));
    let lines = unreviewed("a.yaml", w.doc());
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("a.yaml:"), "{}", lines[0]);
    assert!(lines[0].contains(&format!("claim `{}`", w.doc().claims[2].id)));
}

fn new_claim() -> NewClaim {
    NewClaim {
        id: None,
        party: "eu".into(),
        speaker: "A European diplomat".into(),
        topic: "guarantees".into(),
        stance: Stance::Neutral,
        target: "Europe provides Ukraine's security guarantees".into(),
        summary: "Europe is ready to discuss.".into(),
        mode: Mode::Reported,
        condition: None,
        status: Status::Reviewed,
        confidence: None,
        rule: None,
    }
}

#[test]
fn add_a_claim_from_a_passage() {
    let w = bundled_work();
    // "he said" occurs twice in the article: the second one is chosen.
    let sel = passage(w.doc(), "he said", 1, 7);
    let at = sel.span().start;
    assert!(sel.prefix().is_some() || sel.suffix().is_some());
    let edit = Edit::add(w.doc(), sel, new_claim()).unwrap_or_else(|e| panic!("{e}"));
    round_trip(edit, |w| {
        let c = w.doc().claims.last().unwrap_or_else(|| panic!("no claim"));
        assert_eq!(c.id, "eu-guarantees-1");
        assert_eq!(c.span.start, at);
        assert_eq!(w.doc().quote_text(c), "he said");
        assert_eq!(w.extras().last().map(|e| e.key), Some(13));
    });
    // Errors are reported before anything changes.
    let sel = passage(w.doc(), "he said", 1, 7);
    let bad = |f: fn(&mut NewClaim)| {
        let mut n = new_claim();
        f(&mut n);
        Edit::add(w.doc(), sel.clone(), n).err()
    };
    assert_eq!(
        bad(|n| n.party = "xx".into()),
        Some(EditError::NoParty("xx".into()))
    );
    assert_eq!(
        bad(|n| n.topic = "xx".into()),
        Some(EditError::NoTopic("xx".into()))
    );
    assert_eq!(
        bad(|n| n.speaker = " \t".into()),
        Some(EditError::Empty("speaker"))
    );
    assert_eq!(
        bad(|n| n.summary = "a\nb".into()),
        Some(EditError::MultiLine("summary"))
    );
    assert_eq!(
        bad(|n| n.id = Some(C.into())),
        Some(EditError::DuplicateId(C.into()))
    );
    assert_eq!(
        bad(|n| n.id = Some("-x".into())),
        Some(EditError::BadId("-x".into()))
    );
    assert_eq!(
        bad(|n| n.confidence = Some(2.0)),
        Some(EditError::BadConfidence)
    );
}

#[test]
fn bad_edits_change_nothing() {
    let mut w = bundled_work();
    let before = w.clone();
    let cases = [
        (Edit::accept("nope"), EditError::NoClaim("nope".into())),
        (
            Edit::set(C, Field::Party("xx".into())),
            EditError::NoParty("xx".into()),
        ),
        (
            Edit::set(C, Field::Id("ua-nato-role".into())),
            EditError::DuplicateId("ua-nato-role".into()),
        ),
        (
            Edit::set(C, Field::Id("a b".into())),
            EditError::BadId("a b".into()),
        ),
        (
            Edit::set(C, Field::Speaker("\u{200B}".into())),
            EditError::Empty("speaker"),
        ),
        (
            Edit::set(C, Field::Summary("two\nlines".into())),
            EditError::MultiLine("summary"),
        ),
        // A batch whose second edit fails undoes its first.
        (
            Edit::Batch {
                edits: vec![
                    Edit::set(C, Field::Stance(Stance::Favor)),
                    Edit::reject("nope"),
                ],
            },
            EditError::NoClaim("nope".into()),
        ),
    ];
    for (edit, err) in cases {
        assert_eq!(w.apply(&edit), Err(err));
        assert_eq!(w, before);
    }
    let mut rec_w = bundled_work();
    let inv = rec_w
        .apply(&Edit::reject(C))
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no inverse"));
    // Putting a claim back twice, or past the end, is refused.
    rec_w.apply(&inv).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(rec_w.apply(&inv), Err(EditError::DuplicateId(_))));
    if let Edit::Insert { claim, .. } = &inv {
        let past = Edit::Insert {
            at: 99,
            claim: claim.clone(),
        };
        let mut w2 = bundled_work();
        w2.apply(&Edit::reject(C)).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            w2.apply(&past),
            Err(EditError::BadPosition { .. })
        ));
    }
}

#[test]
fn edits_that_change_nothing_are_not_recorded() {
    let mut w = bundled_work();
    let mut h = History::default();
    let same = Edit::set(C, Field::Stance(Stance::Against));
    assert_eq!(h.apply(&mut w, same), Ok(false));
    assert_eq!(
        h.apply(
            &mut w,
            Edit::set(C, Field::Speaker(" Donald Trump ".into()))
        ),
        Ok(false)
    );
    assert!(!h.can_undo() && !h.is_modified());
}

#[test]
fn history_undoes_and_redoes_every_edit_and_knows_what_is_unsaved() {
    let mut w = bundled_work();
    let original = w.clone();
    let mut h = History::default();
    let edits = [
        Edit::set(C, Field::Stance(Stance::Favor)),
        Edit::reject("ua-nato-role"),
        Edit::set(C, Field::Condition(Some("only if".into()))),
        Edit::set(C, Field::Id("renamed".into())),
        Edit::set("renamed", Field::Summary("New summary.".into())),
    ];
    let mut states = vec![w.clone()];
    for e in &edits {
        assert_eq!(h.apply(&mut w, e.clone()), Ok(true));
        states.push(w.clone());
    }
    assert!(h.is_modified());
    assert_eq!(h.unsaved().len(), 5);
    for k in (0..edits.len()).rev() {
        assert_eq!(h.undo(&mut w), Ok(Some(edits[k].clone())));
        assert_eq!(w, states[k]);
    }
    assert_eq!(w, original);
    assert!(!h.is_modified());
    assert!(h.unsaved().is_empty(), "back at the saved state");
    assert_eq!(h.undo(&mut w), Ok(None));
    for (k, e) in edits.iter().enumerate() {
        assert_eq!(h.redo(&mut w), Ok(Some(e.clone())));
        assert_eq!(w, states[k + 1]);
    }
    assert_eq!(h.redo(&mut w), Ok(None));

    // Save at state 5; undo twice: modified, and the log replays from 5.
    h.mark_saved();
    assert!(!h.is_modified() && h.unsaved().is_empty());
    h.undo(&mut w).unwrap_or_else(|e| panic!("{e}"));
    h.undo(&mut w).unwrap_or_else(|e| panic!("{e}"));
    assert!(h.is_modified());
    let mut replay = states[5].clone();
    for e in h.unsaved() {
        replay.apply(e).unwrap_or_else(|err| panic!("{err}"));
    }
    assert_eq!(replay, w);
    // A new edit drops the redo stack; the saved state is then unreachable.
    h.apply(&mut w, Edit::accept(C))
        .unwrap_or_else(|e| panic!("{e}"));
    h.apply(&mut w, Edit::set(C, Field::Status(Status::Draft)))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!h.can_redo());
    assert!(h.is_modified());
    let mut replay = states[5].clone();
    for e in h.unsaved() {
        replay.apply(e).unwrap_or_else(|err| panic!("{err}"));
    }
    assert_eq!(replay, w);
}

#[test]
fn edits_serialise_for_the_journal() {
    let w = bundled_work();
    let sel = passage(w.doc(), "Trump ruled out", 0, 15);
    let edits = vec![
        Edit::set(C, Field::Stance(Stance::Conditional)),
        Edit::set(C, Field::Status(Status::Draft)),
        Edit::set(C, Field::Mode(Mode::Direct)),
        Edit::set(C, Field::Condition(None)),
        Edit::set(C, Field::Quote(Box::new(sel.clone()))),
        Edit::add(w.doc(), sel, new_claim()).unwrap_or_else(|e| panic!("{e}")),
        Edit::Batch {
            edits: vec![Edit::reject(C)],
        },
    ];
    let json = serde_json::to_string(&edits).unwrap_or_default();
    assert!(json.contains(r#""op":"set""#), "{json}");
    assert!(
        json.contains(r#""field":"stance","value":"conditional""#),
        "{json}"
    );
    let back: Vec<Edit> = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, edits);
    assert!(serde_json::from_str::<Edit>(
        r#"{"op":"set","claim":"a","field":"stance","value":"maybe"}"#
    )
    .is_err());
}

// ---------------------------------------------------------------------
// Rendering.

/// A session on YAML `y` over the bundled article.
fn session(y: &str) -> Session {
    let doc = load_source(
        y,
        "t.yaml",
        &MemArticles(loader::BUNDLED_ARTICLE.to_string()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    Session::new(doc, y.to_string(), Origin::Memory)
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

/// Render, check the result loads with the session's claims, return it.
fn saved(s: &Session) -> String {
    let out = s.render().unwrap_or_else(|e| panic!("{e}"));
    let doc = load_source(
        &out,
        "out.yaml",
        &MemArticles(loader::BUNDLED_ARTICLE.to_string()),
    )
    .unwrap_or_else(|e| panic!("{e}\n---\n{out}"));
    assert_eq!(strip(&doc.claims), strip(&s.doc().claims), "\n{out}");
    out
}

/// Lines of `b` not in `a` and of `a` not in `b`, in order.
fn diff(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
    let al: Vec<&str> = a.split_inclusive('\n').collect();
    let bl: Vec<&str> = b.split_inclusive('\n').collect();
    let mut p = 0;
    while p < al.len() && p < bl.len() && al[p] == bl[p] {
        p += 1;
    }
    let mut s = 0;
    while s < al.len() - p && s < bl.len() - p && al[al.len() - 1 - s] == bl[bl.len() - 1 - s] {
        s += 1;
    }
    (
        al[p..al.len() - s].iter().map(|l| l.to_string()).collect(),
        bl[p..bl.len() - s].iter().map(|l| l.to_string()).collect(),
    )
}

fn apply(s: &mut Session, e: Edit) {
    assert_eq!(s.apply(e), Ok(true));
}

const Y: &str = loader::BUNDLED_YAML;

#[test]
fn an_unchanged_document_is_written_back_byte_for_byte() {
    let mut s = session(Y);
    assert_eq!(saved(&s), Y);
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    s.undo().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved(&s), Y);
}

#[test]
fn a_changed_value_changes_only_its_own_bytes() {
    let mut s = session(Y);
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    let out = saved(&s);
    let (old, new) = diff(Y, &out);
    assert_eq!(old, vec!["    stance: against\n"]);
    assert_eq!(new, vec!["    stance: favor\n"]);
    // Plain text that needs quotes gets them.
    apply(&mut s, Edit::set(C, Field::Speaker("Trump: no".into())));
    let (_, new) = diff(Y, &saved(&s));
    assert!(
        new.contains(&"    speaker: \"Trump: no\"\n".to_string()),
        "{new:?}"
    );
    // The quoted title keeps its quotes when a claim elsewhere changes.
    assert!(saved(&s).starts_with(&Y[..Y.find("claims:").unwrap_or(0)]));
}

#[test]
fn a_folded_quote_stays_folded() {
    let mut s = session(Y);
    let text = s.doc().article.text().to_string();
    let from = text.find("Trump ruled out the possibility").unwrap_or(0);
    let to = text.find("arguing that").unwrap_or(0);
    let sel = select(
        &text,
        Span {
            start: from,
            end: to,
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, Edit::set(C, Field::Quote(Box::new(sel))));
    let out = saved(&s);
    let (old, new) = diff(Y, &out);
    assert_eq!(old, vec!["      future peace agreement\n"]);
    assert_eq!(new, vec!["      future peace agreement,\n"]);
    assert!(out.contains("    quote: >-\n      Trump ruled out the possibility"));
}

#[test]
fn accepting_a_draft_rewrites_its_status_and_a_new_status_gets_its_own_line() {
    let y = Y.replacen(
        "    quote: Russian leader Vladimir Putin would have to make concessions\n",
        "    quote: Russian leader Vladimir Putin would have to make concessions\n    status: draft\n",
        1,
    );
    let mut s = session(&y);
    apply(&mut s, Edit::accept("us-putin-concessions"));
    let (old, new) = diff(&y, &saved(&s));
    assert_eq!(
        (old, new),
        (
            vec!["    status: draft\n".to_string()],
            vec!["    status: reviewed\n".to_string()]
        )
    );
    // A claim without `status` marked draft: the line goes after the
    // condition (the field before it in the format's order).
    apply(
        &mut s,
        Edit::set("us-territory-negotiations", Field::Status(Status::Draft)),
    );
    let out = saved(&s);
    assert!(out.contains("    condition: through negotiations\n    status: draft\n\n  - id: us-territory-as-much-back"), "{out}");
    // Adding a condition and removing one.
    apply(
        &mut s,
        Edit::set(C, Field::Condition(Some("as part of a deal".into()))),
    );
    apply(
        &mut s,
        Edit::set("ua-territory-by-diplomacy", Field::Condition(None)),
    );
    let out = saved(&s);
    assert!(
        out.contains("      future peace agreement\n    condition: as part of a deal\n"),
        "{out}"
    );
    assert!(!out.contains("by diplomatic rather than military means"));
}

#[test]
fn a_rejected_claim_takes_its_lines_and_one_blank_line_and_leaves_group_comments() {
    let mut s = session(Y);
    apply(&mut s, Edit::reject("ru-no-territorial-concessions"));
    let out = saved(&s);
    let (old, new) = diff(Y, &out);
    assert!(new.is_empty(), "{new:?}");
    assert_eq!(old.len(), 10, "{old:?}");
    assert!(
        old[0].starts_with("  - id: ru-no-territorial-concessions"),
        "{old:?}"
    );
    assert_eq!(old[9], "\n", "with the blank line after it");
    assert!(out.contains("  # --- Russia ---"));
    assert!(
        out.contains("  # --- Russia ----"),
        "the group comment stays"
    );
    // The last claim of the file.
    let mut s = session(Y);
    apply(&mut s, Edit::reject("ua-nato-role"));
    let out = saved(&s);
    assert!(
        out.ends_with("      an ultimatum.\n")
            || out.ends_with("by diplomatic rather than military means\n"),
        "{out}"
    );
    // Every claim: `claims: []`, the comments kept.
    let mut s = session(Y);
    let ids: Vec<String> = s.doc().claims.iter().map(|c| c.id.clone()).collect();
    for id in &ids {
        apply(&mut s, Edit::reject(id));
    }
    let out = saved(&s);
    assert!(out.contains("claims: []\n  # --- United States"), "{out}");
    assert!(out.contains("  # --- Ukraine ---"), "{out}");
    assert!(
        !out[out.find("claims:").unwrap_or(0)..].contains("- id:"),
        "{out}"
    );
}

#[test]
fn a_new_claim_is_written_like_its_neighbours() {
    let mut s = session(Y);
    let sel = passage(s.doc(), "he said", 1, 7);
    let mut n = new_claim();
    n.condition = Some("if the U.S. asks: \"yes\"".into());
    let add = Edit::add(s.doc(), sel, n).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, add);
    let out = saved(&s);
    let (old, new) = diff(Y, &out);
    assert!(old.is_empty(), "{old:?}");
    let added: String = new.concat();
    assert!(out.starts_with(Y.trim_end_matches('\n')));
    assert!(
        added.starts_with(
            "\n  - id: eu-guarantees-1\n    party: eu\n    speaker: A European diplomat\n"
        ),
        "{added}"
    );
    assert!(
        added.contains("    quote: he said\n    prefix: "),
        "{added}"
    );
    assert!(
        added.contains("    condition: \"if the U.S. asks: \\\"yes\\\"\"\n"),
        "{added}"
    );
    assert!(
        !added.contains("status"),
        "the file leaves `status: reviewed` out"
    );
}

#[test]
fn crlf_files_stay_crlf_and_a_missing_final_line_break_stays_missing() {
    let y = Y.replace('\n', "\r\n");
    let y = y.trim_end_matches("\r\n").to_string();
    let mut s = session(&y);
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    apply(&mut s, Edit::set(C, Field::Condition(Some("x y".into()))));
    apply(
        &mut s,
        Edit::set("us-territory-as-much-back", Field::Status(Status::Draft)),
    );
    let sel = passage(s.doc(), "Trump ruled out", 0, 15);
    let add = Edit::add(s.doc(), sel, new_claim()).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, add);
    let out = saved(&s);
    assert_eq!(
        out.matches('\n').count(),
        out.matches("\r\n").count(),
        "a lone LF"
    );
    assert!(!out.ends_with('\n'));
    // Removing the last claim keeps the file without a final line break.
    let mut s = session(&y);
    apply(&mut s, Edit::reject("ua-nato-role"));
    let out = saved(&s);
    assert!(
        out.ends_with("by diplomatic rather than military means"),
        "{out:?}"
    );
    assert_eq!(out.matches('\n').count(), out.matches("\r\n").count());
}

const ARTICLE_HEAD: &str = "title: T\ndate: 2025-01-01\narticle: a.txt\n";

#[test]
fn flow_style_claims_are_edited_in_flow_style() {
    let y = format!(
        "{ARTICLE_HEAD}topics: [{{id: nato, label: NATO}}]\nparties: [{{id: us, name: US}}, {{id: eu, name: EU}}]\nclaims: [{{id: a, party: us, speaker: Trump, topic: nato, stance: against, target: T, summary: S, mode: reported, quote: 'Trump ruled out the possibility', prefix: x}},\n  {{id: b, party: us, speaker: 'Trump', topic: nato, stance: favor, target: T, summary: S, mode: direct, quote: \"European-led peacekeeping\"}}]\n"
    );
    let y = y.replace(", prefix: x", "");
    let mut s = session(&y);
    apply(&mut s, Edit::set("b", Field::Speaker("Don't".into())));
    apply(
        &mut s,
        Edit::set("a", Field::Condition(Some("a, b".into()))),
    );
    let out = saved(&s);
    assert!(out.contains("speaker: 'Don''t'"), "{out}");
    assert!(
        out.contains("quote: 'Trump ruled out the possibility', condition: \"a, b\"}"),
        "{out}"
    );
    let sel = passage(s.doc(), "Moscow has repeatedly", 0, 21);
    let mut n = new_claim();
    n.party = "us".into();
    n.topic = "nato".into();
    let add = Edit::add(s.doc(), sel, n).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, add);
    apply(&mut s, Edit::reject("a"));
    let out = saved(&s);
    assert!(out.contains("claims: [{id: b,"), "{out}");
    assert!(
        out.contains("\"European-led peacekeeping\"},\n  {id: us-nato-1, party: us, speaker: 'A European diplomat',"),
        "{out}"
    );
    assert!(!out.contains("status"));
    apply(&mut s, Edit::reject("b"));
    apply(&mut s, Edit::reject("us-nato-1"));
    assert!(saved(&s).contains("claims: []\n"));
}

#[test]
fn an_empty_list_becomes_a_block_list_like_the_others() {
    let y = format!(
        "{ARTICLE_HEAD}topics:\n  - id: nato\n    label: NATO\nparties:\n  - id: eu\n    name: EU\n# none yet\nclaims: [] # to do\n"
    );
    let mut s = session(&y);
    let sel = passage(s.doc(), "Moscow has repeatedly", 0, 21);
    let mut n = new_claim();
    n.topic = "nato".into();
    let add = Edit::add(s.doc(), sel, n).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, add);
    let out = saved(&s);
    assert!(
        out.ends_with("claims: # to do\n  - id: eu-nato-1\n    party: eu\n    speaker: A European diplomat\n    topic: nato\n    stance: neutral\n    target: Europe provides Ukraine's security guarantees\n    summary: Europe is ready to discuss.\n    mode: reported\n    quote: Moscow has repeatedly\n"),
        "{out}"
    );
    s.undo().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved(&s), y);
    // `claims:` with nothing after it.
    let y2 = y.replace("claims: [] # to do\n", "claims:\n");
    let mut s = session(&y2);
    let sel = passage(s.doc(), "Moscow has repeatedly", 0, 21);
    let mut n = new_claim();
    n.topic = "nato".into();
    let add = Edit::add(s.doc(), sel, n).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, add);
    assert!(saved(&s).contains("claims:\n  - id: eu-nato-1\n"));
}

#[test]
fn an_item_with_an_alias_is_written_anew_when_changed() {
    let y = format!(
        "{ARTICLE_HEAD}topics: [{{id: nato, label: NATO}}]\nparties: [{{id: us, name: US}}]\nclaims:\n  - id: a\n    party: us\n    speaker: &who Donald Trump\n    topic: nato\n    stance: against\n    target: T\n    summary: S\n    mode: reported\n    quote: Trump ruled out the possibility\n  - id: b # the same speaker\n    party: us\n    speaker: *who\n    topic: nato\n    stance: favor\n    target: T\n    summary: S\n    mode: direct\n    quote: European-led peacekeeping\n"
    );
    let mut s = session(&y);
    apply(&mut s, Edit::set("b", Field::Stance(Stance::Against)));
    let out = saved(&s);
    assert!(
        out.contains("  - id: b\n    party: us\n    speaker: Donald Trump\n"),
        "{out}"
    );
    assert!(out.contains("speaker: &who Donald Trump"), "{out}");
}

// ---------------------------------------------------------------------
// Saving to disk and recovery.

/// A directory with the bundled article and `yaml` as doc.yaml.
fn on_disk(yaml: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let article = loader::article_hint(Y).unwrap_or_default();
    std::fs::write(dir.path().join(article), loader::BUNDLED_ARTICLE)
        .unwrap_or_else(|e| panic!("{e}"));
    let p = dir.path().join("doc.yaml");
    std::fs::write(&p, yaml).unwrap_or_else(|e| panic!("{e}"));
    (dir, p)
}

fn open(p: &std::path::Path) -> Session {
    Session::open(p).unwrap_or_else(|e| panic!("{e}"))
}

fn read(p: &std::path::Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn saving_writes_the_changes_and_follows_the_file() {
    let (dir, p) = on_disk(Y);
    let mut s = open(&p);
    assert_eq!(
        s.save().map(|r| r.written).ok(),
        Some(false),
        "nothing to save"
    );
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    assert!(s.is_modified());
    let r = s.save().unwrap_or_else(|e| panic!("{e}"));
    assert!(r.written && r.path == p);
    assert!(!s.is_modified());
    let on_disk = read(&p);
    assert_eq!(diff(Y, &on_disk).1, vec!["    stance: favor\n"]);
    assert_eq!(open(&p).doc().claims[3].stance, Stance::Favor);
    // A second save after more edits checks against what was written.
    apply(&mut s, Edit::reject("ua-nato-role"));
    s.save().unwrap_or_else(|e| panic!("{e}"));
    // Undo everything and save: the original file again.
    while s.history().can_undo() {
        s.undo().unwrap_or_else(|e| panic!("{e}"));
    }
    s.save().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read(&p), Y);
    assert_eq!(
        names(dir.path()),
        vec!["doc.yaml", "trump-cabinet-2025-02-26.txt"]
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_and_a_copy_can_be_saved() {
    let (dir, p) = on_disk(Y);
    let mut s = open(&p);
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    let theirs = Y.replacen("title:", "# edited elsewhere\ntitle:", 1);
    std::fs::write(&p, &theirs).unwrap_or_else(|e| panic!("{e}"));
    let e = s
        .save()
        .err()
        .unwrap_or_else(|| panic!("saved over a changed file"));
    let SaveError::Changed { copy, gone, .. } = &e else {
        panic!("{e}")
    };
    assert!(!gone);
    let msg = e.to_string();
    assert!(
        msg.contains("changed on disk") && msg.contains("your edits are kept"),
        "{msg}"
    );
    let name = copy
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert!(
        name.starts_with("doc.conflict-") && name.ends_with(".yaml"),
        "{name}"
    );
    assert_eq!(read(&p), theirs, "their file is untouched");
    assert!(s.is_modified(), "the edits stay");
    // Even the same length with other bytes is a change.
    let same_len = Y.replacen("against", "AGAINST", 1);
    std::fs::write(&p, &same_len).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(s.save(), Err(SaveError::Changed { .. })));
    // The copy, beside it; the session follows the copy.
    let copy = copy.clone();
    s.save_as(&copy).unwrap_or_else(|e| panic!("{e}"));
    assert!(open(&copy).doc().claims[3].stance == Stance::Favor);
    assert_eq!(s.origin(), &Origin::File(copy.clone()));
    // A copy elsewhere would lose its article.
    let other = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        s.save_as(&other.path().join("x.yaml")),
        Err(SaveError::OtherDirectory(_))
    ));
    // A removed file is a change too.
    let mut s = open(&copy);
    apply(&mut s, Edit::reject(C));
    std::fs::remove_file(&copy).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        s.save(),
        Err(SaveError::Changed { gone: true, .. })
    ));
    drop(dir);
}

#[cfg(unix)]
#[test]
fn read_only_files_and_directories_are_refused_and_the_edits_kept() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, p) = on_disk(Y);
    let mut s = open(&p);
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444))
        .unwrap_or_else(|e| panic!("{e}"));
    let e = s
        .save()
        .err()
        .unwrap_or_else(|| panic!("wrote a read-only file"));
    assert!(matches!(&e, SaveError::ReadOnly { .. }), "{e}");
    assert!(e.to_string().contains("the file is read-only"), "{e}");
    assert_eq!(read(&p), Y);
    assert!(s.is_modified());
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555))
        .unwrap_or_else(|e| panic!("{e}"));
    let e = s.save().err();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
        .unwrap_or_else(|e| panic!("{e}"));
    let e = e.unwrap_or_else(|| panic!("wrote into a read-only directory"));
    assert!(e.to_string().contains("is read-only"), "{e}");
    assert_eq!(read(&p), Y);
    assert!(s.is_modified());
    s.save().unwrap_or_else(|e| panic!("{e}"));
    assert!(!s.is_modified());
}

fn drafted_session(dir: &std::path::Path) -> (Session, std::path::PathBuf) {
    let article = dir.join("story.txt");
    std::fs::write(&article, loader::BUNDLED_ARTICLE).unwrap_or_else(|e| panic!("{e}"));
    let profile = crate::draft::Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
    let d = crate::draft::draft(loader::BUNDLED_ARTICLE, Some(&article), &profile);
    let s = Session::drafted(&d, &article).unwrap_or_else(|e| panic!("{e}"));
    (s, article)
}

#[test]
fn a_drafted_article_is_saved_beside_it_and_never_over_a_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (mut s, _article) = drafted_session(dir.path());
    assert!(!drafts(s.doc()).is_empty());
    let first = drafts(s.doc())[0];
    let id = s.doc().claims[first].id.clone();
    apply(&mut s, Edit::accept(&id));
    let target = dir.path().join("story.yaml");
    // Someone writes story.yaml first: it is kept.
    std::fs::write(&target, "mine").unwrap_or_else(|e| panic!("{e}"));
    let e = s.save().err().unwrap_or_else(|| panic!("replaced a file"));
    assert!(matches!(e, SaveError::Exists { .. }), "{e}");
    assert_eq!(read(&target), "mine");
    std::fs::remove_file(&target).unwrap_or_else(|e| panic!("{e}"));
    let r = s.save().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.path, target);
    let saved_text = read(&target);
    assert!(saved_text.starts_with("# Draft annotation written by `standpoint draft`"));
    assert!(
        saved_text.contains("article: \"story.txt\""),
        "{saved_text}"
    );
    let back = open(&target);
    assert_eq!(back.doc().claims.len(), s.doc().claims.len());
    assert_eq!(back.doc().claims[first].status, Status::Reviewed);
    // From now on it is an annotation file.
    assert_eq!(s.origin(), &Origin::File(target.clone()));
    apply(&mut s, Edit::reject(&id));
    s.save().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        open(&target).doc().claims.len(),
        back.doc().claims.len() - 1
    );
}

#[test]
fn the_bundled_article_is_saved_as_a_copy_with_its_article() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut s = Session::bundled(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    let r = s.save().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        names(dir.path()),
        vec![
            "trump-cabinet-2025-02-26.txt",
            "trump-cabinet-2025-02-26.yaml"
        ]
    );
    assert_eq!(
        read(&dir.path().join("trump-cabinet-2025-02-26.txt")),
        loader::BUNDLED_ARTICLE
    );
    assert_eq!(open(&r.path).doc().claims[3].stance, Stance::Favor);
    // A second bundled session in the same place: the copy is never replaced.
    let mut s2 = Session::bundled(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s2, Edit::reject(C));
    assert!(matches!(s2.save(), Err(SaveError::Exists { .. })));
    assert_eq!(open(&r.path).doc().claims.len(), 13);
    // ... but a copy of it can be saved under another name.
    let other = dir.path().join("mine.yaml");
    s2.save_as(&other).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(open(&other).doc().claims.len(), 12);
}

#[test]
fn conflict_names_use_the_utc_date_and_time() {
    let t =
        std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_740_564_000 + 3_723);
    let p = session::conflict_path(std::path::Path::new("/a/doc.yaml"), t);
    assert_eq!(
        p,
        std::path::PathBuf::from("/a/doc.conflict-20250226-110203.yaml")
    );
    let leap = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(951_782_400);
    let p = session::conflict_path(std::path::Path::new("x.yml"), leap);
    assert_eq!(
        p,
        std::path::PathBuf::from("x.conflict-20000229-000000.yaml")
    );
}

#[cfg(unix)]
#[test]
fn the_journal_is_private_restores_and_is_removed_after_a_save() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, p) = on_disk(Y);
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let rec = Recovery::new(state.path().join("standpoint").join("recovery"));
    let mut s = open(&p);
    assert_eq!(rec.find(&s).ok().flatten(), None);
    let edits = [
        Edit::set(C, Field::Stance(Stance::Favor)),
        Edit::reject("ua-nato-role"),
        Edit::set(
            "us-putin-concessions",
            Field::Condition(Some("if pressed".into())),
        ),
    ];
    for e in &edits {
        apply(&mut s, e.clone());
        rec.record(&s).unwrap_or_else(|e| panic!("{e}"));
    }
    // Undo the removal: the claim comes back (its key in the journal).
    s.undo().unwrap_or_else(|e| panic!("{e}"));
    s.undo().unwrap_or_else(|e| panic!("{e}"));
    s.redo().unwrap_or_else(|e| panic!("{e}"));
    rec.record(&s).unwrap_or_else(|e| panic!("{e}"));
    let key = s.recovery_key().unwrap_or_default();
    let jpath = rec.path_for(&key);
    let mode = std::fs::metadata(&jpath)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0);
    assert_eq!(mode, 0o600);
    let dmode = std::fs::metadata(rec.dir())
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0);
    assert_eq!(dmode, 0o700);
    // The same through prepare + commit (another thread).
    let w = rec.prepare(&s);
    std::thread::spawn(move || w.commit())
        .join()
        .unwrap_or_else(|_| panic!("thread"))
        .unwrap_or_else(|e| panic!("{e}"));
    // "Crash": a fresh session on the same file finds and restores them.
    let expect = s.doc().clone();
    let mut fresh = open(&p);
    let found = rec
        .find(&fresh)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("not found"));
    assert!(found.matches);
    assert_eq!(found.edits, 6, "three edits, two undos, a redo");
    assert!(found.written <= std::time::SystemTime::now());
    assert_eq!(rec.restore(&mut fresh).ok(), Some(6));
    assert_eq!(fresh.doc(), &expect);
    assert_eq!(fresh.render().ok(), s.render().ok());
    // A save removes the journal.
    fresh.save().unwrap_or_else(|e| panic!("{e}"));
    rec.record(&fresh).unwrap_or_else(|e| panic!("{e}"));
    assert!(!jpath.exists());
    // The document changed meanwhile: restoring is refused, discarding works.
    rec.record(&s).unwrap_or_else(|e| panic!("{e}"));
    let mut other = open(&p);
    let found = rec
        .find(&other)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("not found"));
    assert!(!found.matches);
    assert!(matches!(
        rec.restore(&mut other),
        Err(RecoveryError::Changed { .. })
    ));
    assert!(!other.is_modified());
    rec.discard(&other).unwrap_or_else(|e| panic!("{e}"));
    assert!(rec.find(&other).ok().flatten().is_none());
}

#[test]
fn a_journal_after_a_save_replays_on_the_saved_file() {
    // Edits, a save, more edits including an undo past the save: the
    // journal is relative to the file as saved.
    let (_dir, p) = on_disk(Y);
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let rec = Recovery::new(state.path());
    let mut s = open(&p);
    let sel = passage(s.doc(), "Moscow has repeatedly", 0, 21);
    let add = Edit::add(s.doc(), sel, new_claim()).unwrap_or_else(|e| panic!("{e}"));
    apply(&mut s, add);
    apply(&mut s, Edit::reject("us-putin-concessions"));
    s.save().unwrap_or_else(|e| panic!("{e}"));
    rec.record(&s).unwrap_or_else(|e| panic!("{e}"));
    assert!(rec.find(&s).ok().flatten().is_none());
    apply(&mut s, Edit::reject("ua-rejects-withdrawal"));
    s.undo().unwrap_or_else(|e| panic!("{e}"));
    s.undo().unwrap_or_else(|e| panic!("{e}")); // past the save: the reject undone
    apply(&mut s, Edit::reject("eu-guarantees-1"));
    rec.record(&s).unwrap_or_else(|e| panic!("{e}"));
    let mut fresh = open(&p);
    // Back at the saved state the log was emptied: the undo past it and
    // the new removal remain.
    assert_eq!(rec.restore(&mut fresh).ok(), Some(2));
    assert_eq!(strip(&fresh.doc().claims), strip(&s.doc().claims));
    fresh.save().unwrap_or_else(|e| panic!("{e}"));
    let reloaded = open(&p);
    let ids =
        |d: &crate::model::Document| d.claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(reloaded.doc()), ids(s.doc()));
}

#[test]
fn journal_files_are_named_after_the_document() {
    let rec = Recovery::new("/state");
    let a = rec.path_for("/home/u/news/doc.yaml");
    let b = rec.path_for("/home/u/other/doc.yaml");
    assert_ne!(a, b);
    let name = a
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert!(
        name.starts_with("doc.yaml-") && name.ends_with(".json"),
        "{name}"
    );
    let d = rec.path_for("draft:/x/.hidden");
    assert!(d
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with("doc.hidden-")));
}

#[test]
fn claims_the_document_does_not_hold_are_left_alone() {
    // As with a lenient load that sets a bad claim aside: its item is
    // neither removed nor changed.
    let mut doc = load_source(
        Y,
        "t.yaml",
        &MemArticles(loader::BUNDLED_ARTICLE.to_string()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    doc.claims
        .retain(|c| c.id != "ru-no-territorial-concessions");
    let mut s = Session::new(doc, Y.to_string(), Origin::Memory);
    apply(&mut s, Edit::set(C, Field::Stance(Stance::Favor)));
    apply(&mut s, Edit::reject("ua-nato-role"));
    let out = s.render().unwrap_or_else(|e| panic!("{e}"));
    assert!(out.contains("  - id: ru-no-territorial-concessions\n    party: ru\n"));
    assert!(!out.contains("ua-nato-role"));
    while s.history().can_undo() {
        s.undo().unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(s.render().ok().as_deref(), Some(Y));
}

#[test]
fn a_field_removed_from_the_dash_line_leaves_the_next_one_there() {
    let y = format!(
        "{ARTICLE_HEAD}topics: [{{id: nato, label: NATO}}]\nparties: [{{id: us, name: US}}]\nclaims:\n  - condition: first\n    prefix: \"\"\n    id: a\n    party: us\n    speaker: S\n    topic: nato\n    stance: against\n    target: T\n    summary: S\n    mode: reported\n    quote: Trump ruled out the possibility\n  - {{condition: c, id: b, party: us, speaker: S, topic: nato, stance: favor, target: T, summary: S, mode: direct, quote: European-led peacekeeping}}\n"
    );
    let mut s = session(&y);
    apply(&mut s, Edit::set("a", Field::Condition(None)));
    apply(&mut s, Edit::set("b", Field::Condition(None)));
    // The quote set again: its (empty) prefix goes too.
    let sel = passage(s.doc(), "Trump ruled out the possibility", 0, 31);
    apply(&mut s, Edit::set("a", Field::Quote(Box::new(sel))));
    let out = saved(&s);
    assert!(out.contains("claims:\n  - id: a\n    party: us\n"), "{out}");
    assert!(out.contains("  - {id: b, party: us,"), "{out}");
}
