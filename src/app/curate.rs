//! Curating in the reader: reviewing drafted claims (accept, reject, accept
//! all, next draft), undo and redo, saving, the question on quit, the
//! recovery journal and reloading. The edits themselves are the curation
//! engine's ([`crate::curate`]); this file turns actions into edits and
//! keeps the reader's copy of the claims in step with the session.
//!
//! Files are touched only through [`State::carry_out`] (called by the
//! shell for an [`Effect::Curate`]) and [`State::write_journal`] (called
//! by the shell after each update): `update` itself stays pure.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{Choice, Confirm, Mode, Purpose, State};
use crate::action::{Action, CurateEffect, Effect};
use crate::curate::{self, Edit, Origin, Recovery, SaveError, Session};
use crate::loader::{self, ClaimProblem};
use crate::model::{Document, Status};

/// The document being curated, beside the reader's state.
#[derive(Debug)]
pub struct Curation {
    pub session: Session,
    /// Where unsaved edits are journalled (`None`: no state directory).
    pub recovery: Option<Recovery>,
    /// Claims that did not load (a lenient load), listed in the panel.
    pub problems: Vec<ClaimProblem>,
    /// The journal is behind the session.
    journal_due: bool,
    /// The file's length and modification time as last read or written.
    disk: Option<(u64, Option<SystemTime>)>,
    /// The change on disk was already reported.
    disk_noticed: bool,
}

impl Curation {
    pub fn new(session: Session, recovery: Option<Recovery>) -> Curation {
        let mut c = Curation {
            session,
            recovery,
            problems: Vec::new(),
            journal_due: false,
            disk: None,
            disk_noticed: false,
        };
        c.disk = c.disk_now();
        c
    }

    fn path(&self) -> Option<PathBuf> {
        match self.session.origin() {
            Origin::File(p) => Some(p.clone()),
            _ => None,
        }
    }

    fn disk_now(&self) -> Option<(u64, Option<SystemTime>)> {
        let m = std::fs::metadata(self.path()?).ok()?;
        Some((m.len(), m.modified().ok()))
    }
}

/// A session for a document the reader opened: an annotation file (read
/// again as the YAML it saves into), the bundled article (saved as a copy
/// in `cwd`) or an article drafted without an annotation (saved beside
/// it). `None` for a document that cannot be saved anywhere (no file).
pub fn session_for(doc: &Document, cwd: &Path) -> Option<Session> {
    if let Some(p) = &doc.path {
        let src = loader::read_text(p, loader::MAX_ANNOTATION_BYTES, "annotation file").ok()?;
        return Some(Session::new(doc.clone(), src, Origin::File(p.clone())));
    }
    if !doc.draft && doc.article.path.is_none() && doc.article.text() == loader::BUNDLED_ARTICLE {
        return Session::bundled(cwd).ok();
    }
    if doc.draft {
        let article = doc.article.path.clone()?;
        let spans: Vec<_> = doc.claims.iter().map(|c| c.span).collect();
        // The drafted claims are anchored already: their contexts, again.
        let context = crate::draft::context::anchors(doc.article.text(), &spans)
            .into_iter()
            .map(|a| a.map_or((None, None), |(c, _)| c))
            .collect();
        let d = crate::draft::Draft {
            doc: doc.clone(),
            date_source: crate::draft::meta::DateSource::Text,
            context,
            profile_name: "the reader's draft".into(),
            propositions: vec![Vec::new(); doc.topics.len()],
            discovered: doc
                .notice
                .as_deref()
                .is_some_and(crate::draft::says_discovered),
        };
        return Session::drafted(&d, &article).ok();
    }
    None
}

/// `6 drafts to review`
pub fn drafts_line(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "1 draft to review".into(),
        n => format!("{n} drafts to review"),
    }
}

impl State {
    /// Start curating: the session on the document, and the journal
    /// (a journal left by an earlier session is offered for restoring).
    pub fn start_curation(&mut self, session: Session, recovery: Option<Recovery>) {
        let found = recovery
            .as_ref()
            .and_then(|r| r.find(&session).ok().flatten());
        self.curation = Some(Curation::new(session, recovery));
        if let Some(f) = found {
            let when = if f.matches {
                "for this file"
            } else {
                "for an earlier version of this file (they cannot be replayed)"
            };
            let mut choices = Vec::new();
            if f.matches {
                choices.push(Choice {
                    key: 'r',
                    label: "restore them",
                });
            }
            choices.push(Choice {
                key: 'd',
                label: "discard them",
            });
            self.push(Mode::Confirm(Confirm {
                question: format!(
                    "{} unsaved edit{} {when} {} kept from a session that ended without saving.",
                    f.edits,
                    if f.edits == 1 { "" } else { "s" },
                    if f.edits == 1 { "was" } else { "were" }
                ),
                choices,
                purpose: Purpose::Restore,
            }));
        }
    }

    /// The claims that did not load, to list.
    pub fn set_problems(&mut self, problems: Vec<ClaimProblem>) {
        if let Some(c) = self.curation.as_mut() {
            c.problems = problems;
        }
        self.rebuild_panel();
    }

    /// The claims that did not load (empty when none, or not curating).
    pub fn problems(&self) -> &[ClaimProblem] {
        self.curation
            .as_ref()
            .map_or(&[], |c| c.problems.as_slice())
    }

    /// Unsaved edits?
    pub fn is_modified(&self) -> bool {
        self.curation
            .as_ref()
            .is_some_and(|c| c.session.is_modified())
    }

    /// How many claims are still drafts.
    pub fn drafts_left(&self) -> usize {
        self.doc
            .claims
            .iter()
            .filter(|c| c.status == Status::Draft)
            .count()
    }

    fn not_editable(&mut self) {
        self.message = Some(
            "this document has no file to save into, so it cannot be edited here; \
             save it with `standpoint draft --save-to DIR`, then open that"
                .into(),
        );
    }

    /// The selected claim's id.
    fn selected_id(&self) -> Option<String> {
        self.selected
            .and_then(|c| self.doc.claims.get(c))
            .map(|c| c.id.clone())
    }

    /// Apply an edit to the session; the reader follows. `done` is said
    /// when it changed something.
    pub(super) fn apply_edit(&mut self, edit: Edit, done: String) -> bool {
        let keep = self.selected_id();
        let next = self.neighbour_id();
        let Some(c) = self.curation.as_mut() else {
            self.not_editable();
            return false;
        };
        let applied = edit.clone();
        match c.session.apply(edit) {
            Ok(true) => {
                c.journal_due = true;
                self.follow_session_after(Some(&applied), keep.or(next.clone()), next);
                self.message = Some(done);
                true
            }
            Ok(false) => {
                self.message = Some("nothing changed".into());
                false
            }
            Err(e) => {
                self.message = Some(e.to_string());
                false
            }
        }
    }

    /// The id of the claim after the selected one in the panel (else the
    /// one before): selected when the selected claim goes.
    fn neighbour_id(&self) -> Option<String> {
        let v = self.visible_claims();
        let sel = self.selected?;
        let i = v.iter().position(|&c| c == sel)?;
        v.get(i + 1)
            .or_else(|| i.checked_sub(1).and_then(|j| v.get(j)))
            .and_then(|&c| self.doc.claims.get(c))
            .map(|c| c.id.clone())
    }

    /// Copy the session's claims into the reader, index them again and
    /// select `keep` (else `fallback`). After `edit` (when it only set
    /// fields), only the claims it named are copied and their summaries
    /// wrapped again; otherwise all of them.
    fn follow_session_after(
        &mut self,
        edit: Option<&Edit>,
        keep: Option<String>,
        fallback: Option<String>,
    ) {
        let Some(c) = self.curation.as_ref() else {
            return;
        };
        let d = c.session.doc();
        let mut named = Vec::new();
        let narrow = d.claims.len() == self.doc.claims.len()
            && edit.is_some_and(|e| set_claims(e, &mut named))
            // Each is looked up by id: a few, not an accept-all of thousands.
            && named.len() <= 32;
        let copied = narrow
            && named
                .iter()
                .all(|id| match (d.claim_index(id), self.doc.claim_index(id)) {
                    (Some(i), Some(j)) if i == j => {
                        self.doc.claims[i] = d.claims[i].clone();
                        self.summaries.remove(&i);
                        true
                    }
                    _ => false,
                });
        self.doc.path = d.path.clone();
        if !copied {
            self.doc.claims = d.claims.clone();
            self.summaries.clear();
            self.summary_width = 0;
        }
        let pick = keep
            .and_then(|id| self.doc.claim_index(&id))
            .or_else(|| fallback.and_then(|id| self.doc.claim_index(&id)));
        self.selected = pick;
        self.index.rebuild(&self.doc);
        self.rebuild_panel();
        if let Some(i) = pick {
            self.select(i);
        }
    }

    fn follow_session(&mut self, keep: Option<String>, fallback: Option<String>) {
        self.follow_session_after(None, keep, fallback);
    }

    /// The review keys, undo/redo, save and reload (anywhere in the
    /// reader).
    pub(super) fn update_curate(&mut self, action: Action) -> Effect {
        match action {
            Action::Accept => self.accept(),
            Action::Reject => self.reject(),
            Action::AcceptAll => self.ask_accept_all(),
            Action::NextDraft => self.next_draft(),
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::Save => return self.save_key(),
            Action::Reload => return self.reload_key(),
            _ => {}
        }
        Effect::None
    }

    fn accept(&mut self) {
        if self.curation.is_none() {
            self.not_editable();
            return;
        }
        let Some(c) = self.selected.and_then(|c| self.doc.claims.get(c)) else {
            self.message = Some("no claim selected".into());
            return;
        };
        if c.status != Status::Draft {
            self.message = Some(format!(
                "`{}` is already reviewed; d goes to the next draft",
                c.id
            ));
            return;
        }
        let id = c.id.clone();
        if self.apply_edit(Edit::accept(&id), format!("accepted `{id}` (u undoes)")) {
            self.after_review();
        }
    }

    /// After accepting: on to the next draft, if any.
    fn after_review(&mut self) {
        if let Some(n) = self.next_draft_in_view() {
            self.select(n);
        }
        let left = self.drafts_left();
        if let Some(m) = self.message.as_mut() {
            if left == 0 {
                m.push_str("; no drafts left");
            } else {
                m.push_str(&format!("; {}", drafts_line(left)));
            }
        }
    }

    fn reject(&mut self) {
        let Some(id) = self.selected_id() else {
            self.message = Some("no claim selected".into());
            return;
        };
        if self.apply_edit(
            Edit::reject(&id),
            format!("rejected `{id}`: removed (u brings it back)"),
        ) {
            // The neighbour was selected; no jump.
            self.rebuild_panel();
        }
    }

    fn ask_accept_all(&mut self) {
        let ids: Vec<String> = self
            .visible_claims()
            .iter()
            .filter_map(|&c| self.doc.claims.get(c))
            .filter(|c| c.status == Status::Draft)
            .map(|c| c.id.clone())
            .collect();
        if ids.is_empty() {
            self.message = Some("no drafted claims in view".into());
            return;
        }
        let n = ids.len();
        let filtered = self.party_filter.is_some() || self.topic_filter.is_some();
        self.push(Mode::Confirm(Confirm {
            question: format!(
                "Accept {n} drafted claim{} {}as reviewed?",
                if n == 1 { "" } else { "s" },
                if filtered { "in view " } else { "" }
            ),
            choices: vec![
                Choice {
                    key: 'y',
                    label: "accept them",
                },
                Choice {
                    key: 'n',
                    label: "no",
                },
            ],
            purpose: Purpose::AcceptAll { claims: ids },
        }));
    }

    fn accept_all(&mut self, ids: &[String]) {
        let claims: Vec<usize> = ids
            .iter()
            .filter_map(|id| self.doc.claim_index(id))
            .collect();
        let Some(edit) = Edit::accept_all(&self.doc, &claims) else {
            self.message = Some("no drafted claims in view".into());
            return;
        };
        let n = claims.len();
        self.apply_edit(
            edit,
            format!(
                "accepted {n} claim{} (u undoes them all)",
                if n == 1 { "" } else { "s" }
            ),
        );
    }

    /// The next drafted claim in panel order after the selected one
    /// (wrapping), among the claims in view.
    fn next_draft_in_view(&self) -> Option<usize> {
        let visible = self.visible_claims();
        let start = self
            .selected
            .and_then(|s| visible.iter().position(|&c| c == s))
            .map_or(0, |i| i + 1);
        let n = visible.len();
        (0..n).map(|k| visible[(start + k) % n]).find(|&c| {
            self.doc
                .claims
                .get(c)
                .is_some_and(|c| c.status == Status::Draft)
        })
    }

    fn next_draft(&mut self) {
        match self.next_draft_in_view() {
            Some(c) => {
                self.focus = super::Focus::Panel;
                self.select(c);
                self.message = Some(drafts_line(self.drafts_left()));
            }
            None if self.drafts_left() > 0 => {
                self.message = Some(format!(
                    "{}, none in view: Esc clears the filters",
                    drafts_line(self.drafts_left())
                ))
            }
            None => self.message = Some("no drafts to review".into()),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let Some(c) = self.curation.as_mut() else {
            self.not_editable();
            return;
        };
        let keep = self
            .selected
            .and_then(|i| self.doc.claims.get(i))
            .map(|c| c.id.clone());
        let r = if undo {
            c.session.undo()
        } else {
            c.session.redo()
        };
        match r {
            Ok(Some(e)) => {
                c.journal_due = true;
                // Select the claim the edit was about, when there is one.
                let about = edit_claim(&e).or(keep.clone());
                self.follow_session_after(Some(&e), about, keep);
                self.message = Some(format!(
                    "{} {}",
                    if undo { "undid" } else { "redid" },
                    describe(&e)
                ));
            }
            Ok(None) => {
                self.message = Some(if undo {
                    "nothing to undo".into()
                } else {
                    "nothing to redo".into()
                })
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    fn save_key(&mut self) -> Effect {
        if self.curation.is_none() {
            self.not_editable();
            return Effect::None;
        }
        Effect::Curate(CurateEffect::Save { quit: false })
    }

    fn reload_key(&mut self) -> Effect {
        let Some(c) = self.curation.as_ref() else {
            self.message = Some("this document has no file to reload".into());
            return Effect::None;
        };
        if c.path().is_none() {
            self.message =
                Some("this document is not saved to a file yet: nothing to reload".into());
            return Effect::None;
        }
        if c.session.is_modified() {
            self.push(Mode::Confirm(Confirm {
                question: "Reload from disk? Your unsaved edits would be dropped.".into(),
                choices: vec![
                    Choice {
                        key: 'r',
                        label: "reload, drop my edits",
                    },
                    Choice {
                        key: 'n',
                        label: "keep editing",
                    },
                ],
                purpose: Purpose::Reload,
            }));
            return Effect::None;
        }
        Effect::Curate(CurateEffect::Reload)
    }

    /// `q` (or Ctrl-C): with unsaved edits, ask first.
    pub(super) fn quit(&mut self) -> Effect {
        if !self.is_modified()
            || matches!(self.top(), Some(Mode::Confirm(c)) if c.purpose == Purpose::Quit)
        {
            return Effect::Quit;
        }
        self.push(Mode::Confirm(Confirm {
            question: "There are unsaved edits. Save them before quitting?".into(),
            choices: vec![
                Choice {
                    key: 'w',
                    label: "save and quit",
                },
                Choice {
                    key: 'd',
                    label: "discard and quit",
                },
                Choice {
                    key: 'c',
                    label: "cancel",
                },
            ],
            purpose: Purpose::Quit,
        }));
        Effect::None
    }

    /// An answer to one of curation's questions.
    pub(super) fn answer_curate(&mut self, purpose: Purpose, key: char) -> Effect {
        match (purpose, key) {
            (Purpose::AcceptAll { claims }, 'y') => self.accept_all(&claims),
            (Purpose::Quit, 'w') => return Effect::Curate(CurateEffect::Save { quit: true }),
            (Purpose::Quit, 'd') => return Effect::Curate(CurateEffect::Discard { quit: true }),
            (Purpose::Restore, 'r') => return Effect::Curate(CurateEffect::Restore),
            (Purpose::Restore, 'd') => {
                return Effect::Curate(CurateEffect::Discard { quit: false })
            }
            (Purpose::Reload, 'r') => return Effect::Curate(CurateEffect::Reload),
            (Purpose::SaveCopy { copy, .. }, 'c') => {
                return Effect::Curate(CurateEffect::SaveCopy(copy))
            }
            (purpose, _) => self.cancelled(purpose),
        }
        Effect::None
    }

    /// Carry out a curation effect (files); true when the reader should
    /// quit now.
    pub fn carry_out(&mut self, e: CurateEffect) -> bool {
        match e {
            CurateEffect::Save { quit } => return self.save(quit),
            CurateEffect::SaveCopy(path) => self.save_copy(&path),
            CurateEffect::Reload => self.reload(),
            CurateEffect::Restore => self.restore(),
            CurateEffect::Discard { quit } => {
                if let Some(c) = self.curation.as_ref() {
                    if let Some(r) = &c.recovery {
                        if let Err(e) = r.discard(&c.session) {
                            self.message = Some(e.to_string());
                        }
                    }
                }
                if quit {
                    return true;
                }
                self.message = Some("discarded the unsaved edits of the earlier session".into());
            }
        }
        false
    }

    fn save(&mut self, quit: bool) -> bool {
        let Some(c) = self.curation.as_mut() else {
            self.not_editable();
            return false;
        };
        match c.session.save() {
            Ok(saved) => {
                c.journal_due = true;
                c.disk = c.disk_now();
                c.disk_noticed = false;
                self.doc.path = c.session.doc().path.clone();
                self.message = Some(if saved.written {
                    format!("saved {}", saved.path.display())
                } else {
                    format!("no changes to save ({})", saved.path.display())
                });
                self.write_journal();
                quit
            }
            Err(SaveError::Changed { path, copy, gone }) => {
                self.push(Mode::Confirm(Confirm {
                    question: format!(
                        "{} {} since it was opened, so it was not overwritten. Save your edits as {} beside it?",
                        file_name(&path),
                        if gone { "was removed or renamed" } else { "changed on disk" },
                        file_name(&copy)
                    ),
                    choices: vec![
                        Choice {
                            key: 'c',
                            label: "save the copy",
                        },
                        Choice {
                            key: 'k',
                            label: "keep editing",
                        },
                    ],
                    purpose: Purpose::SaveCopy { copy, quit },
                }));
                false
            }
            Err(e) => {
                self.message = Some(e.to_string());
                false
            }
        }
    }

    fn save_copy(&mut self, path: &Path) {
        let Some(c) = self.curation.as_mut() else {
            return;
        };
        match c.session.save_as(path) {
            Ok(saved) => {
                c.journal_due = true;
                c.disk = c.disk_now();
                self.doc.path = c.session.doc().path.clone();
                self.message = Some(format!(
                    "saved a copy: {} (the reader now edits the copy)",
                    saved.path.display()
                ));
                self.write_journal();
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    fn restore(&mut self) {
        let Some(c) = self.curation.as_mut() else {
            return;
        };
        let Some(r) = c.recovery.clone() else {
            return;
        };
        match r.restore(&mut c.session) {
            Ok(n) => {
                let keep = self.selected_id();
                self.follow_session(keep, None);
                self.message = Some(format!(
                    "restored {n} unsaved edit{} (not saved yet: w saves)",
                    if n == 1 { "" } else { "s" }
                ));
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Reload the annotation from disk (leniently: claims with problems
    /// are listed, not a refusal).
    pub fn reload(&mut self) {
        let Some(path) = self.curation.as_ref().and_then(Curation::path) else {
            return;
        };
        let loaded = loader::load_path_lenient(&path).and_then(|(doc, problems)| {
            let src = loader::read_text(&path, loader::MAX_ANNOTATION_BYTES, "annotation file")
                .map_err(loader::LoadError::File)?;
            Ok((doc, problems, src))
        });
        match loaded {
            Ok((doc, problems, src)) => {
                let keep = self.selected_id();
                let recovery = self.curation.take().and_then(|c| c.recovery);
                let session = Session::new(doc.clone(), src, Origin::File(path.clone()));
                let n = problems.len();
                self.doc = doc;
                self.curation = Some(Curation::new(session, recovery));
                if let Some(c) = self.curation.as_mut() {
                    c.problems = problems;
                    c.journal_due = true;
                }
                self.follow_session(keep, None);
                self.write_journal();
                self.message = Some(if n == 0 {
                    format!("reloaded {}", path.display())
                } else {
                    format!(
                        "reloaded {}: {n} claim{} did not load (listed at the top of the panel)",
                        path.display(),
                        if n == 1 { "" } else { "s" }
                    )
                });
            }
            Err(e) => {
                let text = e.to_string();
                let first = text.lines().next().unwrap_or("").to_string();
                self.message = Some(format!("could not reload: {first}"));
            }
        }
    }

    /// Write the recovery journal if edits happened since it was last
    /// written (the shell calls this after every update).
    pub fn write_journal(&mut self) {
        let Some(c) = self.curation.as_mut() else {
            return;
        };
        if !c.journal_due {
            return;
        }
        c.journal_due = false;
        if let Some(r) = &c.recovery {
            if let Err(e) = r.record(&c.session) {
                self.message = Some(format!("unsaved edits are not journalled: {e}"));
            }
        }
    }

    /// Check whether the file changed on disk (the shell calls this now and
    /// then); says so once per change.
    pub fn poll_disk(&mut self) -> bool {
        let Some(c) = self.curation.as_mut() else {
            return false;
        };
        let now = c.disk_now();
        if c.disk.is_some() && now != c.disk && !c.disk_noticed {
            c.disk_noticed = true;
            self.message = Some(if c.session.is_modified() {
                "the file changed on disk: R reloads it (dropping your edits), w offers to save a copy"
                    .into()
            } else {
                "the file changed on disk: R reloads it".into()
            });
            return true;
        }
        false
    }
}

/// A path's file name, for a question (the directory is the document's).
fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The claims an edit sets fields of, added to `out`; false when it does
/// more than set fields (a claim removed or inserted, an id changed).
fn set_claims(e: &Edit, out: &mut Vec<String>) -> bool {
    match e {
        Edit::Set {
            field: curate::Field::Id(_),
            ..
        } => false,
        Edit::Set { claim, .. } => {
            out.push(claim.clone());
            true
        }
        Edit::Batch { edits } => edits.iter().all(|e| set_claims(e, out)),
        Edit::Remove { .. } | Edit::Insert { .. } => false,
    }
}

/// The claim an edit is about (for selecting it after an undo).
fn edit_claim(e: &Edit) -> Option<String> {
    match e {
        Edit::Set { claim, .. } | Edit::Remove { claim } => Some(claim.clone()),
        Edit::Insert { claim, .. } => Some(claim.id.clone()),
        Edit::Batch { edits } => edits.first().and_then(edit_claim),
    }
}

/// "accepting `x`", in a few words.
fn describe(e: &Edit) -> String {
    match e {
        Edit::Set {
            claim,
            field: curate::Field::Status(Status::Reviewed),
        } => format!("accepting `{claim}`"),
        Edit::Set { claim, field } => format!("a change to `{claim}` ({})", field_name(field)),
        Edit::Remove { claim } => format!("removing `{claim}`"),
        Edit::Insert { claim, .. } => format!("inserting `{}`", claim.id),
        Edit::Batch { edits } => format!("{} changes", edits.len()),
    }
}

fn field_name(f: &curate::Field) -> &'static str {
    use curate::Field;
    match f {
        Field::Id(_) => "id",
        Field::Party(_) => "party",
        Field::Topic(_) => "topic",
        Field::Stance(_) => "stance",
        Field::Mode(_) => "mode",
        Field::Status(_) => "status",
        Field::Speaker(_) => "speaker",
        Field::Target(_) => "target",
        Field::Summary(_) => "summary",
        Field::Condition(_) => "condition",
        Field::Quote(_) => "quote",
    }
}

#[cfg(test)]
#[path = "curate_tests.rs"]
mod tests;
