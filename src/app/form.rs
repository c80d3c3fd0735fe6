//! The claim form (edit a claim, or add one from a passage) and the picker
//! (a list to choose a stance, party or topic from). Text fields are one
//! line with the usual editing keys ([`TextField`]); choices cycle with
//! Left/Right or open a [`Picker`] with Space. Applying a form is one edit
//! (one undo step).

use super::{Mode, State};
use crate::action::{Action, Effect};
use crate::curate::{self, Edit, Field, NewClaim};
use crate::model::{Claim, Document, Mode as QuoteMode, Span, Stance, Status};

/// A one-line text field: the text and a cursor (a byte offset at a
/// character boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    pub text: String,
    pub cursor: usize,
}

impl TextField {
    pub fn new(text: &str) -> TextField {
        TextField {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    fn prev(&self, at: usize) -> usize {
        self.text[..at]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }

    /// Apply an editing action; false when the action is not an edit.
    pub fn edit(&mut self, action: Action) -> bool {
        self.cursor = self.cursor.min(self.text.len());
        while !self.text.is_char_boundary(self.cursor) {
            self.cursor -= 1;
        }
        match action {
            Action::Type(c) if !c.is_control() => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Action::Backspace if self.cursor > 0 => {
                let p = self.prev(self.cursor);
                self.text.replace_range(p..self.cursor, "");
                self.cursor = p;
            }
            Action::Delete if self.cursor < self.text.len() => {
                let n = self.next(self.cursor);
                self.text.replace_range(self.cursor..n, "");
            }
            Action::CursorLeft => self.cursor = self.prev(self.cursor),
            Action::CursorRight => self.cursor = self.next(self.cursor),
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.text.len(),
            Action::DeleteWord => {
                let before = &self.text[..self.cursor];
                let trimmed = before.trim_end();
                let start = trimmed
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::DeleteToStart => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Action::Backspace | Action::Delete => {}
            _ => return false,
        }
        true
    }
}

/// The fields of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Stance,
    Party,
    Topic,
    Speaker,
    Target,
    Condition,
    Summary,
    /// Direct or reported speech.
    Mode,
    /// The quoted passage: chosen in the article (Space), not typed.
    Quote,
    /// The claim's id (a new claim's is made from its party and topic
    /// when left empty).
    Id,
}

impl FieldKind {
    pub const ALL: [FieldKind; 10] = [
        FieldKind::Stance,
        FieldKind::Party,
        FieldKind::Topic,
        FieldKind::Speaker,
        FieldKind::Target,
        FieldKind::Condition,
        FieldKind::Summary,
        FieldKind::Mode,
        FieldKind::Quote,
        FieldKind::Id,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FieldKind::Stance => "Stance",
            FieldKind::Party => "Party",
            FieldKind::Topic => "Topic",
            FieldKind::Speaker => "Speaker",
            FieldKind::Target => "Target",
            FieldKind::Condition => "Condition",
            FieldKind::Summary => "Summary",
            FieldKind::Mode => "Mode",
            FieldKind::Quote => "Quote",
            FieldKind::Id => "Id",
        }
    }

    /// A choice from a list (else a text field).
    pub fn is_choice(self) -> bool {
        matches!(
            self,
            FieldKind::Stance | FieldKind::Party | FieldKind::Topic | FieldKind::Mode
        )
    }
}

/// The quote modes, in the order the form offers them.
const QUOTE_MODES: [QuoteMode; 2] = [QuoteMode::Direct, QuoteMode::Reported];

/// The names to choose from for a choice field.
pub fn options(doc: &Document, kind: FieldKind) -> Vec<String> {
    match kind {
        FieldKind::Stance => Stance::ALL.iter().map(|s| s.badge().to_string()).collect(),
        FieldKind::Party => doc.parties.iter().map(|p| p.name.clone()).collect(),
        FieldKind::Topic => doc.topics.iter().map(|t| t.label.clone()).collect(),
        FieldKind::Mode => QUOTE_MODES.iter().map(|m| m.as_str().to_string()).collect(),
        _ => Vec::new(),
    }
}

/// One field's value: a choice (an index into [`options`]) or text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormField {
    pub kind: FieldKind,
    pub choice: usize,
    pub text: TextField,
}

/// A claim being edited (`claim` is its id) or added; `passage` is the
/// quoted passage (an edited claim's own, until another is chosen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub claim: Option<String>,
    pub passage: Option<Span>,
    pub fields: Vec<FormField>,
    pub focus: usize,
    /// What is wrong, after a failed apply.
    pub error: Option<String>,
    /// For a new claim: whether the drafter found a statement in the
    /// passage (else the fields are guesses from the document).
    pub drafted: Option<bool>,
}

impl Form {
    /// A form showing `claim`.
    pub fn edit(claim: &Claim) -> Form {
        Form {
            claim: Some(claim.id.clone()),
            passage: Some(claim.span),
            fields: fields_of(claim),
            focus: 0,
            error: None,
            drafted: None,
        }
    }

    /// A form for a new claim quoting `passage`, pre-filled from `proto`.
    pub fn add(proto: &Claim, passage: Span, drafted: bool) -> Form {
        let mut fields = fields_of(proto);
        // The id is made when the claim is added, unless one is typed.
        if let Some(id) = fields.iter_mut().find(|f| f.kind == FieldKind::Id) {
            id.text = TextField::new("");
        }
        Form {
            claim: None,
            passage: Some(passage),
            fields,
            focus: 0,
            error: None,
            drafted: Some(drafted),
        }
    }

    pub fn field(&self, kind: FieldKind) -> Option<&FormField> {
        self.fields.iter().find(|f| f.kind == kind)
    }

    fn text(&self, kind: FieldKind) -> String {
        self.field(kind)
            .map_or_else(String::new, |f| f.text.text.clone())
    }

    fn choice(&self, kind: FieldKind) -> usize {
        self.field(kind).map_or(0, |f| f.choice)
    }
}

fn fields_of(c: &Claim) -> Vec<FormField> {
    FieldKind::ALL
        .iter()
        .map(|&kind| {
            let (choice, text) = match kind {
                FieldKind::Stance => (
                    Stance::ALL.iter().position(|&s| s == c.stance).unwrap_or(0),
                    "",
                ),
                FieldKind::Party => (c.party, ""),
                FieldKind::Topic => (c.topic, ""),
                FieldKind::Speaker => (0, c.speaker.as_str()),
                FieldKind::Target => (0, c.target.as_str()),
                FieldKind::Condition => (0, c.condition.as_deref().unwrap_or("")),
                FieldKind::Summary => (0, c.summary.as_str()),
                FieldKind::Mode => (
                    QUOTE_MODES.iter().position(|&m| m == c.mode).unwrap_or(0),
                    "",
                ),
                FieldKind::Quote => (0, ""),
                FieldKind::Id => (0, c.id.as_str()),
            };
            FormField {
                kind,
                choice,
                text: TextField::new(text),
            }
        })
        .collect()
}

/// What a picker's choice goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickFor {
    /// Set the field of this claim at once (one undo step).
    Claim(String),
    /// The form beneath.
    Form,
}

/// A list to choose from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub kind: FieldKind,
    pub options: Vec<String>,
    pub selected: usize,
    pub target: PickFor,
}

impl State {
    /// The selected claim's index, if there is one and the document can be
    /// edited; else the status line says why not.
    fn editable_claim(&mut self) -> Option<usize> {
        let Some(i) = self.selected.filter(|&c| c < self.doc.claims.len()) else {
            self.message = Some("no claim selected".into());
            return None;
        };
        if self.curation.is_none() {
            self.message =
                Some("this document has no file to save into, so it cannot be edited here".into());
            return None;
        }
        Some(i)
    }

    /// Enter on a claim: the form.
    pub(super) fn open_form(&mut self) {
        let Some(c) = self.editable_claim().and_then(|i| self.doc.claims.get(i)) else {
            return;
        };
        let f = Form::edit(c);
        self.push(Mode::Form(f));
    }

    /// `s`, `P`, `T` on a claim: the picker for its stance, party, topic.
    pub(super) fn open_picker(&mut self, kind: FieldKind) {
        let Some(c) = self.editable_claim().and_then(|i| self.doc.claims.get(i)) else {
            return;
        };
        let selected = fields_of(c)
            .iter()
            .find(|f| f.kind == kind)
            .map_or(0, |f| f.choice);
        let p = Picker {
            kind,
            options: options(&self.doc, kind),
            selected,
            target: PickFor::Claim(c.id.clone()),
        };
        self.push(Mode::Picker(p));
    }

    /// Keys while the form is on top.
    pub(super) fn update_form(&mut self, action: Action) -> Effect {
        let doc_options: Vec<usize> = FieldKind::ALL
            .iter()
            .map(|&k| options(&self.doc, k).len())
            .collect();
        let Some(Mode::Form(f)) = self.modes.last_mut() else {
            return Effect::None;
        };
        let n = f.fields.len().max(1);
        f.error = None;
        match action {
            Action::NextField => f.focus = (f.focus + 1) % n,
            Action::PrevField => f.focus = (f.focus + n - 1) % n,
            Action::Submit => {
                let form = f.clone();
                self.apply_form(form);
            }
            _ => {
                let Some(field) = f.fields.get_mut(f.focus) else {
                    return Effect::None;
                };
                if field.kind == FieldKind::Quote {
                    if action == Action::Type(' ') {
                        let span = f.passage;
                        self.choose_quote(span);
                    }
                } else if field.kind.is_choice() {
                    let count = FieldKind::ALL
                        .iter()
                        .position(|&k| k == field.kind)
                        .and_then(|i| doc_options.get(i))
                        .copied()
                        .unwrap_or(0)
                        .max(1);
                    match action {
                        Action::CursorRight => field.choice = (field.choice + 1) % count,
                        Action::CursorLeft => field.choice = (field.choice + count - 1) % count,
                        Action::Type(' ') => {
                            let kind = field.kind;
                            let selected = field.choice;
                            let p = Picker {
                                kind,
                                options: options(&self.doc, kind),
                                selected,
                                target: PickFor::Form,
                            };
                            self.push(Mode::Picker(p));
                        }
                        _ => {}
                    }
                } else {
                    field.text.edit(action);
                }
            }
        }
        Effect::None
    }

    /// A click on the form's field `i`: it takes the focus; a click on
    /// the focused one opens it, as Space does (a list for a choice, a
    /// passage selection for the quote).
    pub fn click_field(&mut self, i: usize) {
        let Some(Mode::Form(f)) = self.modes.last_mut() else {
            return;
        };
        if i >= f.fields.len() {
            return;
        }
        if f.focus != i {
            f.focus = i;
            return;
        }
        let opens = f
            .fields
            .get(i)
            .is_some_and(|x| x.kind.is_choice() || x.kind == FieldKind::Quote);
        if opens {
            self.update_form(Action::Type(' '));
        }
    }

    /// Keys while a picker is on top.
    pub(super) fn update_picker(&mut self, action: Action) -> Effect {
        let Some(Mode::Picker(p)) = self.modes.last_mut() else {
            return Effect::None;
        };
        let n = p.options.len().max(1);
        match action {
            Action::ListDown => p.selected = (p.selected + 1).min(n - 1),
            Action::ListUp => p.selected = p.selected.saturating_sub(1),
            Action::Submit => {
                let p = p.clone();
                self.pop();
                self.picked(&p);
            }
            _ => {}
        }
        Effect::None
    }

    /// A click on the picker's row `i` (of its options).
    pub fn pick_row(&mut self, i: usize) {
        if let Some(Mode::Picker(p)) = self.modes.last_mut() {
            if i < p.options.len() {
                p.selected = i;
                let p = p.clone();
                self.pop();
                self.picked(&p);
            }
        }
    }

    fn picked(&mut self, p: &Picker) {
        match &p.target {
            PickFor::Form => {
                if let Some(Mode::Form(f)) = self.modes.last_mut() {
                    if let Some(field) = f.fields.iter_mut().find(|x| x.kind == p.kind) {
                        field.choice = p.selected;
                    }
                }
            }
            PickFor::Claim(id) => {
                let Some(field) = choice_field(&self.doc, p.kind, p.selected) else {
                    return;
                };
                let what = p.options.get(p.selected).cloned().unwrap_or_default();
                self.apply_edit(
                    Edit::set(id, field),
                    format!(
                        "`{id}`: {} is now {what} (u undoes)",
                        p.kind.label().to_lowercase()
                    ),
                );
            }
        }
    }

    /// Apply a form: one edit (a batch of the fields changed, or a new
    /// claim). On an error the form stays, saying what is wrong.
    fn apply_form(&mut self, form: Form) {
        let result = match &form.claim {
            Some(id) => self.form_edit(id, &form),
            None => self.form_new(&form),
        };
        match result {
            Ok(None) => {
                self.pop();
                self.message = Some("nothing changed".into());
            }
            Ok(Some((edit, done))) => {
                if self.apply_edit(edit, done) {
                    self.pop();
                    if form.claim.is_none() {
                        // The new claim, in the panel.
                        if let Some(last) = self.doc.claims.len().checked_sub(1) {
                            self.focus = super::Focus::Panel;
                            self.select(last);
                        }
                    }
                } else {
                    let m = self.message.take();
                    self.set_form_error(m);
                }
            }
            Err(e) => self.set_form_error(Some(e)),
        }
    }

    fn set_form_error(&mut self, e: Option<String>) {
        if let Some(Mode::Form(f)) = self.modes.last_mut() {
            f.error = e;
        }
    }

    fn form_edit(&self, id: &str, form: &Form) -> Result<Option<(Edit, String)>, String> {
        let i = self
            .doc
            .claim_index(id)
            .ok_or_else(|| format!("the claim `{id}` is gone"))?;
        let c = &self.doc.claims[i];
        let still = if c.status == Status::Draft {
            "; still a draft: a accepts it"
        } else {
            ""
        };
        let now = fields_of(c);
        let mut edits = Vec::new();
        // A new quote: the passage chosen in the article.
        if let Some(span) = form.passage.filter(|&p| p != c.span) {
            let sel = curate::select(self.doc.article.text(), span).map_err(|e| e.to_string())?;
            edits.push(Edit::set(id, Field::Quote(Box::new(sel))));
        }
        let mut new_id = None;
        for (old, new) in now.iter().zip(&form.fields) {
            if old == new || (old.text.text == new.text.text && old.choice == new.choice) {
                continue;
            }
            let f = match new.kind {
                k if k.is_choice() => choice_field(&self.doc, k, new.choice),
                FieldKind::Speaker => Some(Field::Speaker(new.text.text.clone())),
                FieldKind::Target => Some(Field::Target(new.text.text.clone())),
                FieldKind::Summary => Some(Field::Summary(new.text.text.clone())),
                FieldKind::Condition => Some(Field::Condition(
                    Some(new.text.text.trim().to_string()).filter(|s| !s.is_empty()),
                )),
                FieldKind::Id => {
                    new_id = Some(new.text.text.trim().to_string());
                    None
                }
                _ => None,
            };
            if let Some(f) = f {
                edits.push(Edit::set(id, f));
            }
        }
        // The id last: the edits before it name the claim by its old id.
        let shown = match new_id.filter(|n| n != id) {
            Some(n) => {
                edits.push(Edit::set(id, Field::Id(n.clone())));
                n
            }
            None => id.to_string(),
        };
        Ok(match edits.len() {
            0 => None,
            1 => edits
                .pop()
                .map(|e| (e, format!("changed `{shown}` (u undoes){still}"))),
            n => Some((
                Edit::Batch { edits },
                format!("changed {n} fields of `{shown}` (u undoes){still}"),
            )),
        })
    }

    fn form_new(&self, form: &Form) -> Result<Option<(Edit, String)>, String> {
        let span = form.passage.ok_or("no passage selected")?;
        let sel = curate::select(self.doc.article.text(), span).map_err(|e| e.to_string())?;
        let party = self
            .doc
            .parties
            .get(form.choice(FieldKind::Party))
            .ok_or("choose a party")?;
        let topic = self
            .doc
            .topics
            .get(form.choice(FieldKind::Topic))
            .ok_or("choose a topic")?;
        let condition = Some(form.text(FieldKind::Condition)).filter(|s| !s.trim().is_empty());
        let id = Some(form.text(FieldKind::Id).trim().to_string()).filter(|s| !s.is_empty());
        let new = NewClaim {
            id,
            party: party.id.clone(),
            speaker: form.text(FieldKind::Speaker),
            topic: topic.id.clone(),
            stance: Stance::ALL
                .get(form.choice(FieldKind::Stance))
                .copied()
                .unwrap_or(Stance::Unclear),
            target: form.text(FieldKind::Target),
            summary: form.text(FieldKind::Summary),
            mode: QUOTE_MODES
                .get(form.choice(FieldKind::Mode))
                .copied()
                .unwrap_or(QuoteMode::Reported),
            condition,
            status: Status::Reviewed,
            confidence: None,
            rule: None,
        };
        let edit = curate::Edit::add(&self.doc, sel, new).map_err(|e| e.to_string())?;
        let id = match &edit {
            Edit::Insert { claim, .. } => claim.id.clone(),
            _ => String::new(),
        };
        Ok(Some((edit, format!("added `{id}` (u undoes)"))))
    }
}

/// The edit of a choice field to option `i`.
fn choice_field(doc: &Document, kind: FieldKind, i: usize) -> Option<Field> {
    match kind {
        FieldKind::Stance => Stance::ALL.get(i).map(|&s| Field::Stance(s)),
        FieldKind::Party => doc.parties.get(i).map(|p| Field::Party(p.id.clone())),
        FieldKind::Topic => doc.topics.get(i).map(|t| Field::Topic(t.id.clone())),
        FieldKind::Mode => QUOTE_MODES.get(i).map(|&m| Field::Mode(m)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str, actions: &[Action]) -> TextField {
        let mut t = TextField::new(text);
        for &a in actions {
            t.edit(a);
        }
        t
    }

    #[test]
    fn a_text_field_edits_at_its_cursor_by_characters() {
        // The cursor starts at the end.
        let t = field("héllo", &[Action::Backspace, Action::Type('ö')]);
        assert_eq!(t.text, "héllö");
        let t = field(
            "héllo",
            &[Action::CursorHome, Action::CursorRight, Action::Delete],
        );
        assert_eq!((t.text.as_str(), t.cursor), ("hllo", 1));
        let t = field(
            "héllo",
            &[
                Action::CursorHome,
                Action::CursorRight,
                Action::CursorRight,
                Action::Type('X'),
            ],
        );
        assert_eq!(t.text, "héXllo");
        let t = field(
            "ab",
            &[Action::CursorLeft, Action::CursorLeft, Action::CursorLeft],
        );
        assert_eq!(t.cursor, 0);
        let t = field("ab", &[Action::CursorRight, Action::Delete]);
        assert_eq!(t.text, "ab", "Delete at the end does nothing");
        let t = field(
            "",
            &[Action::Backspace, Action::DeleteWord, Action::DeleteToStart],
        );
        assert_eq!(t.text, "");
        // Control characters are not typed.
        let t = field("a", &[Action::Type('\u{1b}'), Action::Type('\t')]);
        assert_eq!(t.text, "a");
    }

    #[test]
    fn ctrl_w_and_ctrl_u_delete_before_the_cursor() {
        let t = field("Ukraine joins  NATO", &[Action::DeleteWord]);
        assert_eq!(t.text, "Ukraine joins  ");
        let t = field("Ukraine joins  ", &[Action::DeleteWord]);
        assert_eq!(t.text, "Ukraine ");
        let t = field(
            "one two",
            &[
                Action::CursorLeft,
                Action::CursorLeft,
                Action::DeleteToStart,
            ],
        );
        assert_eq!((t.text.as_str(), t.cursor), ("wo", 0));
        // A cursor left inside a character (never made by edits) is mended.
        let mut t = TextField {
            text: "é".into(),
            cursor: 1,
        };
        t.edit(Action::Type('x'));
        assert_eq!(t.text, "xé");
    }
}
