//! Curation in the reader, through `update` (and `carry_out` for the file
//! work the shell does), on a drafted annotation in a temporary directory.

use std::fs;
use std::path::{Path, PathBuf};

use super::super::form::FieldKind;
use super::super::{update, Focus, Mode, Purpose, State};
use super::session_for;
use crate::action::{Action, CurateEffect, Effect};
use crate::curate::Recovery;
use crate::loader;
use crate::model::{Stance, Status};

/// A drafted annotation of the bundled article in a new directory.
fn drafted() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("a.txt");
    fs::write(&art, loader::BUNDLED_ARTICLE).unwrap();
    let profile = crate::draft::Profile::bundled().unwrap();
    let d = crate::draft::draft(loader::BUNDLED_ARTICLE, Some(&art), &profile);
    let yaml = crate::draft::to_yaml(&d, "a.txt");
    let p = dir.path().join("a.yaml");
    fs::write(&p, yaml).unwrap();
    (dir, p)
}

fn open(dir: &Path, p: &Path) -> State {
    let doc = loader::load_path(p).unwrap();
    let mut s = State::new(doc, 120, 40);
    let session = session_for(&s.doc, dir).unwrap();
    s.start_curation(session, Some(Recovery::new(dir.join("state"))));
    s
}

fn run(s: &mut State, actions: &[Action]) -> Effect {
    let mut last = Effect::None;
    for &a in actions {
        last = update(s, a);
        s.write_journal();
    }
    last
}

fn sel_id(s: &State) -> String {
    s.selected
        .map(|c| s.doc.claims[c].id.clone())
        .unwrap_or_default()
}

fn status_of(s: &State, id: &str) -> Option<Status> {
    s.doc.claim_index(id).map(|i| s.doc.claims[i].status)
}

/// Save as the shell would (`w`).
fn save(s: &mut State) {
    let e = update(s, Action::Save);
    assert_eq!(e, Effect::Curate(CurateEffect::Save { quit: false }));
    assert!(!s.carry_out(CurateEffect::Save { quit: false }));
}

#[test]
fn accept_marks_reviewed_and_moves_to_the_next_draft() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let n = s.drafts_left();
    assert!(n >= 3, "the draft has {n} claims");
    assert_eq!(n, s.doc.claims.len());
    let first = sel_id(&s);
    run(&mut s, &[Action::Accept]);
    assert_eq!(status_of(&s, &first), Some(Status::Reviewed));
    assert_eq!(s.drafts_left(), n - 1);
    assert_ne!(sel_id(&s), first, "on to the next draft");
    assert_eq!(status_of(&s, &sel_id(&s)), Some(Status::Draft));
    // The next one in the panel (all are drafts here), not in the article.
    assert_eq!(s.claim_position().map(|p| p.0), Some(2), "{}", sel_id(&s));
    let m = s.message.clone().unwrap_or_default();
    assert!(m.contains(&format!("accepted `{first}`")), "{m}");
    assert!(m.contains(&format!("{} drafts to review", n - 1)), "{m}");
    assert!(s.is_modified());
    // Accepting it again says so and changes nothing.
    let i = s.doc.claim_index(&first).unwrap();
    s.select(i);
    run(&mut s, &[Action::Accept]);
    assert!(s
        .message
        .clone()
        .unwrap_or_default()
        .contains("already reviewed"));
    assert_eq!(s.drafts_left(), n - 1);
}

#[test]
fn reject_removes_and_undo_redo_bring_it_back_and_take_it_again() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let before = s.doc.claims.clone();
    let id = sel_id(&s);
    run(&mut s, &[Action::Reject]);
    assert_eq!(s.doc.claims.len(), before.len() - 1);
    assert!(s.doc.claim_index(&id).is_none());
    assert!(s.selected.is_some(), "a neighbour is selected");
    assert!(!s.visible_claims().is_empty());
    run(&mut s, &[Action::Undo]);
    assert_eq!(s.doc.claims, before);
    assert_eq!(sel_id(&s), id, "the claim undone is selected");
    assert!(!s.is_modified());
    run(&mut s, &[Action::Redo]);
    assert!(s.doc.claim_index(&id).is_none());
    run(&mut s, &[Action::Redo]);
    assert_eq!(s.message.as_deref(), Some("nothing to redo"));
    run(&mut s, &[Action::Undo, Action::Undo]);
    assert_eq!(s.message.as_deref(), Some("nothing to undo"));
    assert_eq!(s.doc.claims, before);
}

#[test]
fn accept_all_asks_with_the_count_and_is_one_undo_step() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    // Only the claims in view: filter to one party.
    run(&mut s, &[Action::CycleParty]);
    let in_view = s.visible_claims().len();
    let total = s.drafts_left();
    assert!(in_view > 0 && in_view < total, "{in_view} of {total}");
    run(&mut s, &[Action::AcceptAll]);
    let q = s.confirm().map(|c| c.question.clone()).unwrap_or_default();
    assert!(
        q.contains(&format!("Accept {in_view} drafted claim")),
        "{q}"
    );
    // No: nothing changes.
    run(&mut s, &[Action::Answer('n')]);
    assert_eq!(s.drafts_left(), total);
    run(&mut s, &[Action::AcceptAll, Action::Answer('y')]);
    assert_eq!(s.drafts_left(), total - in_view);
    assert!(s.top().is_none());
    run(&mut s, &[Action::Undo]);
    assert_eq!(s.drafts_left(), total);
}

#[test]
fn next_draft_goes_through_the_drafts_in_panel_order() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    run(&mut s, &[Action::ToggleFocus]);
    assert_eq!(s.focus, Focus::Article);
    let order = s.visible_claims().to_vec();
    // Accept the second one: d skips it.
    s.select(order[1]);
    run(&mut s, &[Action::Accept, Action::FirstClaim]);
    let order = s.visible_claims().to_vec();
    run(&mut s, &[Action::NextDraft]);
    assert_eq!(s.focus, Focus::Panel);
    assert_eq!(s.selected, Some(order[2]));
    // From the last, it wraps to the first.
    s.select(*order.last().unwrap());
    run(&mut s, &[Action::NextDraft]);
    assert_eq!(s.selected, Some(order[0]));
}

#[test]
fn save_writes_only_what_changed_and_the_file_loads() {
    let (dir, p) = drafted();
    let original = fs::read_to_string(&p).unwrap();
    let mut s = open(dir.path(), &p);
    let accepted = sel_id(&s);
    run(&mut s, &[Action::Accept]);
    let rejected = sel_id(&s);
    run(&mut s, &[Action::Reject]);
    save(&mut s);
    assert!(!s.is_modified());
    let m = s.message.clone().unwrap_or_default();
    assert!(m.starts_with("saved "), "{m}");
    let doc = loader::load_path(&p).unwrap();
    assert_eq!(
        doc.claims[doc.claim_index(&accepted).unwrap()].status,
        Status::Reviewed
    );
    assert!(doc.claim_index(&rejected).is_none());
    assert_eq!(doc.claims.len(), s.doc.claims.len());
    // The header (everything before the claims) is byte for byte as it was.
    let saved = fs::read_to_string(&p).unwrap();
    let head = |t: &str| t[..t.find("\nclaims:").unwrap()].to_string();
    assert_eq!(head(&saved), head(&original));
    // No journal is left after a save.
    let journals = fs::read_dir(dir.path().join("state")).map_or(0, |d| d.count());
    assert_eq!(journals, 0);
}

#[test]
fn quitting_with_unsaved_edits_asks_save_discard_or_cancel() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    assert_eq!(
        run(&mut s, &[Action::Quit]),
        Effect::Quit,
        "nothing unsaved"
    );
    run(&mut s, &[Action::Accept]);
    assert_eq!(run(&mut s, &[Action::Quit]), Effect::None);
    assert!(matches!(s.confirm(), Some(c) if c.purpose == Purpose::Quit));
    run(&mut s, &[Action::Answer('c')]);
    assert!(s.top().is_none());
    assert!(s.is_modified());
    run(&mut s, &[Action::Quit]);
    // A second q (or Ctrl-C) at the question quits.
    assert_eq!(run(&mut s, &[Action::Quit]), Effect::Quit);
    run(&mut s, &[Action::Escape, Action::Quit]);
    assert_eq!(
        run(&mut s, &[Action::Answer('d')]),
        Effect::Curate(CurateEffect::Discard { quit: true })
    );
    run(&mut s, &[Action::Quit]);
    let e = run(&mut s, &[Action::Answer('w')]);
    assert_eq!(e, Effect::Curate(CurateEffect::Save { quit: true }));
    assert!(
        s.carry_out(CurateEffect::Save { quit: true }),
        "saved, so it quits"
    );
    assert!(!s.is_modified());
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_a_copy_is_offered() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    run(&mut s, &[Action::Accept]);
    let theirs = format!("{}# someone else's edit\n", fs::read_to_string(&p).unwrap());
    fs::write(&p, &theirs).unwrap();
    assert!(s.poll_disk());
    assert!(s
        .message
        .clone()
        .unwrap_or_default()
        .contains("changed on disk"));
    save(&mut s);
    let copy = match s.confirm().map(|c| c.purpose.clone()) {
        Some(Purpose::SaveCopy { copy, .. }) => copy,
        other => panic!("{other:?}"),
    };
    assert_eq!(fs::read_to_string(&p).unwrap(), theirs, "not overwritten");
    let e = run(&mut s, &[Action::Answer('c')]);
    assert_eq!(e, Effect::Curate(CurateEffect::SaveCopy(copy.clone())));
    s.carry_out(CurateEffect::SaveCopy(copy.clone()));
    assert!(loader::load_path(&copy).is_ok());
    assert!(!s.is_modified());
    assert_eq!(fs::read_to_string(&p).unwrap(), theirs);
}

#[test]
fn unsaved_edits_are_journalled_and_offered_on_the_next_open() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let a = sel_id(&s);
    run(&mut s, &[Action::Accept]);
    let b = sel_id(&s);
    run(&mut s, &[Action::Reject]);
    drop(s); // a crash: nothing saved
    let mut s = open(dir.path(), &p);
    let q = s.confirm().map(|c| c.question.clone()).unwrap_or_default();
    assert!(q.contains("2 unsaved edits"), "{q}");
    let e = run(&mut s, &[Action::Answer('r')]);
    assert_eq!(e, Effect::Curate(CurateEffect::Restore));
    s.carry_out(CurateEffect::Restore);
    assert_eq!(status_of(&s, &a), Some(Status::Reviewed));
    assert!(s.doc.claim_index(&b).is_none());
    assert!(s.is_modified());
    // Discarding them: the next open offers nothing.
    run(&mut s, &[Action::Undo, Action::Undo]);
    drop(s);
    let s = open(dir.path(), &p);
    assert!(
        s.confirm().is_none(),
        "undone back to the file: nothing to offer"
    );
}

#[test]
fn the_stance_picker_sets_the_stance_in_one_undo_step() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let id = sel_id(&s);
    let i = s.doc.claim_index(&id).unwrap();
    let was = s.doc.claims[i].stance;
    run(&mut s, &[Action::PickStance]);
    let Some(Mode::Picker(pk)) = s.top() else {
        panic!("no picker")
    };
    assert_eq!(pk.kind, FieldKind::Stance);
    assert_eq!(Stance::ALL[pk.selected], was);
    // Down to a different stance (or up at the end of the list).
    let step = if pk.selected + 1 < Stance::ALL.len() {
        Action::ListDown
    } else {
        Action::ListUp
    };
    run(&mut s, &[step, Action::Submit]);
    assert!(s.top().is_none());
    let now = s.doc.claims[s.doc.claim_index(&id).unwrap()].stance;
    assert_ne!(now, was);
    // The stance index follows the edit.
    assert_eq!(
        format!("{:?}", s.index),
        format!("{:?}", crate::stance::StanceIndex::new(&s.doc))
    );
    run(&mut s, &[Action::Undo]);
    assert_eq!(s.doc.claims[s.doc.claim_index(&id).unwrap()].stance, was);
}

#[test]
fn the_form_edits_text_fields_and_applies_them_as_one_step() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let id = sel_id(&s);
    run(&mut s, &[Action::EditClaim]);
    assert!(matches!(s.top(), Some(Mode::Form(_))));
    // Speaker is the fourth field; clear it and type a name.
    run(&mut s, &[Action::NextField; 3]);
    run(&mut s, &[Action::CursorEnd, Action::DeleteToStart]);
    for c in "Someone Else".chars() {
        run(&mut s, &[Action::Type(c)]);
    }
    // Ctrl-W takes "Else" back; type it again.
    run(&mut s, &[Action::DeleteWord]);
    for c in "Entirely".chars() {
        run(&mut s, &[Action::Type(c)]);
    }
    // Target: a new object.
    run(&mut s, &[Action::NextField, Action::DeleteToStart]);
    for c in "Ukraine stays neutral".chars() {
        run(&mut s, &[Action::Type(c)]);
    }
    run(&mut s, &[Action::Submit]);
    assert!(s.top().is_none(), "{:?}", s.message);
    let c = &s.doc.claims[s.doc.claim_index(&id).unwrap()];
    assert_eq!(c.speaker, "Someone Entirely");
    assert_eq!(c.target, "Ukraine stays neutral");
    run(&mut s, &[Action::Undo]);
    let c = &s.doc.claims[s.doc.claim_index(&id).unwrap()];
    assert_ne!(c.speaker, "Someone Entirely");
    assert_ne!(c.target, "Ukraine stays neutral");
}

#[test]
fn an_empty_required_field_keeps_the_form_open_with_the_reason() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let before = s.doc.claims.clone();
    run(&mut s, &[Action::EditClaim]);
    run(&mut s, &[Action::NextField; 6]); // summary
    run(
        &mut s,
        &[Action::CursorEnd, Action::DeleteToStart, Action::Submit],
    );
    let Some(Mode::Form(f)) = s.top() else {
        panic!("the form closed")
    };
    let e = f.error.clone().unwrap_or_default();
    assert!(e.contains("summary is empty"), "{e}");
    run(&mut s, &[Action::Escape]);
    assert!(s.top().is_none());
    assert_eq!(s.doc.claims, before);
}

#[test]
fn a_selected_passage_becomes_a_claim_through_the_form() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let n = s.doc.claims.len();
    // From a search match, extended to the end of its sentence.
    update(&mut s, Action::SearchStart);
    for c in "Zelenskyy".chars() {
        update(&mut s, Action::Type(c));
    }
    update(&mut s, Action::Submit);
    run(&mut s, &[Action::SelectPassage]);
    let Some(Mode::Select(sel)) = s.top() else {
        panic!("not selecting")
    };
    let text = s.doc.article.text().to_string();
    assert_eq!(&text[sel.start..sel.end], "Zelenskyy");
    run(&mut s, &[Action::ExtendWord, Action::ExtendSentence]);
    let Some(Mode::Select(sel)) = s.top().cloned() else {
        panic!("not selecting")
    };
    let passage = text[sel.start..sel.end].to_string();
    assert!(
        passage.ends_with('.') || passage.ends_with('”'),
        "{passage}"
    );
    run(&mut s, &[Action::Shrink]);
    let Some(Mode::Select(shrunk)) = s.top() else {
        panic!("not selecting")
    };
    assert!(shrunk.end < sel.end);
    run(&mut s, &[Action::ExtendSentence, Action::AddClaim]);
    let Some(Mode::Form(f)) = s.top() else {
        panic!("no form")
    };
    assert_eq!(f.passage, Some(sel.span()));
    run(&mut s, &[Action::Submit]);
    assert!(s.top().is_none(), "{:?}", s.message);
    assert_eq!(s.doc.claims.len(), n + 1);
    let new = s.doc.claims.last().unwrap();
    assert_eq!(new.status, Status::Reviewed);
    assert_eq!(s.selected, Some(n), "the new claim is selected");
    assert_eq!(s.focus, Focus::Panel);
    assert_eq!(new.span, sel.span());
    save(&mut s);
    let doc = loader::load_path(&p).unwrap();
    assert_eq!(doc.claims.len(), n + 1);
    assert_eq!(doc.claims.last().map(|c| c.span), Some(sel.span()));
}

#[test]
fn reload_lists_claims_that_do_not_load_instead_of_refusing() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let yaml = fs::read_to_string(&p).unwrap();
    // One claim's party made unknown.
    let bad = yaml.replacen("party: \"us\"\n", "party: \"usa\"\n", 1);
    assert!(bad != yaml, "no party to change");
    fs::write(&p, &bad).unwrap();
    assert!(loader::load_path(&p).is_err());
    assert_eq!(
        run(&mut s, &[Action::Reload]),
        Effect::Curate(CurateEffect::Reload)
    );
    s.carry_out(CurateEffect::Reload);
    assert_eq!(s.problems().len(), 1);
    assert!(
        s.problems()[0].message().contains("usa"),
        "{:?}",
        s.problems()[0]
    );
    assert!(s
        .panel
        .iter()
        .any(|l| matches!(l, super::super::PanelLine::Problem { index: 0, row: 1 })));
    let m = s.message.clone().unwrap_or_default();
    assert!(m.contains("1 claim did not load"), "{m}");
    // With unsaved edits it asks first.
    run(&mut s, &[Action::Accept, Action::Reload]);
    assert!(matches!(s.confirm(), Some(c) if c.purpose == Purpose::Reload));
    run(&mut s, &[Action::Answer('n')]);
    assert!(s.is_modified());
}

#[test]
fn a_document_without_a_file_says_it_cannot_be_edited() {
    let mut s = State::new(loader::bundled().unwrap(), 80, 24);
    let before = s.doc.claims.clone();
    for a in [
        Action::Accept,
        Action::Reject,
        Action::Undo,
        Action::EditClaim,
    ] {
        run(&mut s, &[a]);
        let m = s.message.clone().unwrap_or_default();
        assert!(m.contains("cannot be edited"), "{a:?}: {m}");
    }
    assert_eq!(run(&mut s, &[Action::Save]), Effect::None);
    assert_eq!(s.doc.claims, before);
    assert_eq!(run(&mut s, &[Action::Quit]), Effect::Quit);
}

#[test]
fn the_bundled_article_is_saved_as_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = State::new(loader::bundled().unwrap(), 120, 40);
    let session = session_for(&s.doc, dir.path()).unwrap();
    s.start_curation(session, Some(Recovery::new(dir.path().join("state"))));
    run(
        &mut s,
        &[Action::PickStance, Action::ListDown, Action::Submit],
    );
    save(&mut s);
    let name = Path::new(loader::BUNDLED_NAME).file_name().unwrap();
    let doc = loader::load_path(&dir.path().join(name)).unwrap();
    let stances = |d: &crate::model::Document| {
        d.claims
            .iter()
            .map(|c| (c.id.clone(), c.stance))
            .collect::<Vec<_>>()
    };
    assert_eq!(stances(&doc), stances(&s.doc));
    assert_ne!(stances(&doc), stances(&loader::bundled().unwrap()));
}

#[test]
fn review_keys_do_nothing_under_the_matrix() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let before = s.doc.claims.clone();
    run(&mut s, &[Action::ToggleMatrix]);
    for a in [
        Action::Accept,
        Action::Reject,
        Action::AcceptAll,
        Action::EditClaim,
    ] {
        run(&mut s, &[a]);
        assert!(matches!(s.top(), Some(Mode::Matrix(_))), "{a:?}");
        assert_eq!(
            s.message.as_deref(),
            Some("the matrix covers the claims: Esc closes it")
        );
    }
    assert_eq!(s.doc.claims, before);
}

#[test]
fn a_drafted_article_is_saved_beside_it_and_never_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("news.txt");
    fs::write(&art, loader::BUNDLED_ARTICLE).unwrap();
    let profile = crate::draft::Profile::bundled().unwrap();
    let doc = crate::draft::draft_document(loader::BUNDLED_ARTICLE, Some(&art), &profile);
    let mut s = State::new(doc, 120, 40);
    let session = session_for(&s.doc, dir.path()).unwrap();
    s.start_curation(session, Some(Recovery::new(dir.path().join("state"))));
    let id = sel_id(&s);
    run(&mut s, &[Action::Accept]);
    save(&mut s);
    let saved = loader::load_path(&dir.path().join("news.yaml")).unwrap();
    assert_eq!(
        saved.claims[saved.claim_index(&id).unwrap()].status,
        Status::Reviewed
    );
    assert_eq!(saved.claims.len(), s.doc.claims.len());
    // Later saves go to that file.
    run(&mut s, &[Action::Reject]);
    save(&mut s);
    assert_eq!(
        loader::load_path(&dir.path().join("news.yaml"))
            .unwrap()
            .claims
            .len(),
        s.doc.claims.len()
    );
}

#[test]
fn a_mouse_drag_in_the_article_selects_whole_words() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let ai = s.screen.article_inner();
    let (vs, _) = s.visible_bytes();
    run(
        &mut s,
        &[Action::Drag {
            col: ai.x + 2,
            row: ai.y,
        }],
    );
    run(
        &mut s,
        &[Action::Drag {
            col: ai.x + 12,
            row: ai.y + 1,
        }],
    );
    let Some(Mode::Select(sel)) = s.top().cloned() else {
        panic!("no selection")
    };
    let text = s.doc.article.text();
    let first_word = vs + (text[vs..].len() - text[vs..].trim_start().len());
    assert_eq!(sel.start, first_word);
    let picked = &text[sel.start..sel.end];
    assert!(picked.split_whitespace().count() > 8, "{picked}");
    assert!(text[sel.end..].starts_with(char::is_whitespace) || sel.end == text.len());
    // Dragging back shrinks it; a adds a claim from it.
    run(
        &mut s,
        &[Action::Drag {
            col: ai.x + 5,
            row: ai.y,
        }],
    );
    let Some(Mode::Select(back)) = s.top().cloned() else {
        panic!("no selection")
    };
    assert!(back.end < sel.end && back.start == sel.start);
    run(&mut s, &[Action::AddClaim]);
    assert!(matches!(s.top(), Some(Mode::Form(f)) if f.passage == Some(back.span())));
}

/// Tab from the first field to `kind`.
fn to_field(s: &mut State, kind: FieldKind) {
    let i = FieldKind::ALL.iter().position(|&k| k == kind).unwrap();
    run(s, &vec![Action::NextField; i]);
}

#[test]
fn the_form_changes_the_mode_the_id_and_the_quote_in_one_step() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let id = sel_id(&s);
    let before = s.doc.claims[s.doc.claim_index(&id).unwrap()].clone();
    let text = s.doc.article.text().to_string();
    run(&mut s, &[Action::EditClaim]);
    // The mode: the other one.
    to_field(&mut s, FieldKind::Mode);
    run(&mut s, &[Action::CursorRight]);
    // The quote: Space selects in the article from the old quote, and the
    // form is hidden meanwhile; the passage is taken to the end of the
    // next sentence.
    run(&mut s, &[Action::NextField, Action::Type(' ')]);
    let Some(Mode::Select(sel)) = s.top().cloned() else {
        panic!("not selecting: {:?}", s.message)
    };
    assert_eq!(sel.span(), before.span, "starts from the old quote");
    run(&mut s, &[Action::ExtendSentence, Action::ExtendSentence]);
    let Some(Mode::Select(sel)) = s.top().cloned() else {
        panic!("not selecting")
    };
    assert!(sel.end > before.span.end);
    run(&mut s, &[Action::AddClaim]);
    let Some(Mode::Form(f)) = s.top() else {
        panic!("not back in the form: {:?}", s.top())
    };
    assert_eq!(f.passage, Some(sel.span()));
    // The id.
    run(
        &mut s,
        &[Action::NextField, Action::CursorEnd, Action::DeleteToStart],
    );
    for c in "us-nato-renamed".chars() {
        run(&mut s, &[Action::Type(c)]);
    }
    run(&mut s, &[Action::Submit]);
    assert!(s.top().is_none(), "{:?}", s.top());
    assert!(s.doc.claim_index(&id).is_none(), "the old id is gone");
    let c = &s.doc.claims[s.doc.claim_index("us-nato-renamed").unwrap()];
    assert_ne!(c.mode, before.mode);
    assert_eq!(c.span, sel.span());
    // (The quote is the passage with its line breaks as spaces.)
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&c.quote), words(&text[sel.start..sel.end]));
    // One step: undo brings the claim back as it was.
    run(&mut s, &[Action::Undo]);
    let c = &s.doc.claims[s.doc.claim_index(&id).unwrap()];
    assert_eq!((c.mode, c.span), (before.mode, before.span));
    // Redone and saved, the file loads with the new quote anchored.
    run(&mut s, &[Action::Redo]);
    save(&mut s);
    let doc = loader::load_path(&p).unwrap();
    let c = &doc.claims[doc.claim_index("us-nato-renamed").unwrap()];
    assert_eq!(
        (c.mode, c.span),
        (
            s.doc.claims[s.doc.claim_index("us-nato-renamed").unwrap()].mode,
            sel.span()
        )
    );
}

#[test]
fn esc_while_choosing_a_new_quote_keeps_the_old_one() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let before = s.doc.claims.clone();
    run(&mut s, &[Action::EditClaim]);
    to_field(&mut s, FieldKind::Quote);
    run(
        &mut s,
        &[Action::Type(' '), Action::ExtendSentence, Action::Escape],
    );
    let Some(Mode::Form(f)) = s.top() else {
        panic!("not back in the form: {:?}", s.top())
    };
    let span = s.selected.map(|i| s.doc.claims[i].span);
    assert_eq!(f.passage, span, "the old quote");
    run(&mut s, &[Action::Submit]);
    assert_eq!(s.message.as_deref(), Some("nothing changed"));
    assert_eq!(s.doc.claims, before);
}

#[test]
fn a_taken_or_malformed_id_keeps_the_form_open_with_the_reason() {
    let (dir, p) = drafted();
    let mut s = open(dir.path(), &p);
    let other = s.doc.claims[1].id.clone();
    run(&mut s, &[Action::EditClaim]);
    to_field(&mut s, FieldKind::Id);
    run(&mut s, &[Action::DeleteToStart]);
    for c in other.chars() {
        run(&mut s, &[Action::Type(c)]);
    }
    run(&mut s, &[Action::Submit]);
    let Some(Mode::Form(f)) = s.top() else {
        panic!("the form closed")
    };
    assert!(
        f.error
            .as_deref()
            .unwrap_or_default()
            .contains("already exists"),
        "{:?}",
        f.error
    );
    run(
        &mut s,
        &[Action::DeleteToStart, Action::Type('/'), Action::Submit],
    );
    let Some(Mode::Form(f)) = s.top() else {
        panic!("the form closed")
    };
    assert!(
        f.error
            .as_deref()
            .unwrap_or_default()
            .contains("not a valid id"),
        "{:?}",
        f.error
    );
}
