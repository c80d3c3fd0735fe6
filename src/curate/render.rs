//! The saved YAML: the file as it was opened, changed only where the
//! document changed. Each claim is compared field by field with the claim as
//! loaded; a changed value is written over its own bytes in its own style
//! (see [`super::scalar`]), a field added goes on its own line at the
//! claim's indentation (after the field before it in the format's order),
//! a removed claim's lines go, and new claims are written in the style of
//! the claims around them. Everything else — comments, blank lines, key
//! order, quoting, untouched claims — is copied byte for byte.
//!
//! Layout rules (documented in FORMAT.md, "Curating"):
//! - a removed claim takes its own lines: from its `-` to its last field,
//!   with the comment lines indented under it that follow, and one run of
//!   blank lines (the one before it, else the one after); comment lines
//!   *above* a claim stay (they usually head a group of claims);
//! - a list left empty is written `claims: []`;
//! - a new claim goes after the claim before it in the document (the end
//!   of the list for a claim added), in the layout of the file: block or
//!   flow, the indentation of the dash and the keys, blank lines between
//!   claims or not, and each field's quoting as in the last claim that has
//!   it (a long quote folded when the file folds its quotes).

use std::collections::HashMap;

use super::edit::{Context, Work};
use super::scalar::{self, Place, Val};
use super::source::{eol_len, is_blank, line_end, line_start, Item, List, SourceMap, Style};
use crate::loader::CLAIM_FIELDS;
use crate::model::{Claim, Document};
use crate::sanitize::sanitize;

/// Why the YAML could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    #[error("the claim `{0}` could not be found again in the file it was loaded from")]
    LostItem(String),
    #[error("two changes to the file overlap at byte {0}; nothing was written (this is a bug: please report it)")]
    Overlap(usize),
}

/// The file as opened.
pub struct Base<'a> {
    pub src: &'a str,
    pub map: &'a SourceMap,
    /// The claims as loaded, by key (see [`super::edit::Extra::key`]).
    pub claims: &'a [Claim],
}

/// Keys of the text fields (the others are words and one number).
const TEXT_KEYS: &[&str] = &[
    "speaker",
    "target",
    "summary",
    "quote",
    "prefix",
    "suffix",
    "condition",
    "rule",
];

/// Index of a field in [`CLAIM_FIELDS`].
fn field_index(key: &str) -> usize {
    CLAIM_FIELDS
        .iter()
        .position(|k| *k == key)
        .unwrap_or(usize::MAX)
}

/// A claim's fields in the format's order ([`CLAIM_FIELDS`]); `None` for
/// an absent optional field.
fn values<'a>(doc: &'a Document, c: &'a Claim, ctx: &'a Context) -> Vec<Option<Val<'a>>> {
    CLAIM_FIELDS
        .iter()
        .map(|k| match *k {
            "id" => Some(Val::Word(&c.id)),
            "party" => doc.parties.get(c.party).map(|p| Val::Word(&p.id)),
            "speaker" => Some(Val::Text(&c.speaker)),
            "topic" => doc.topics.get(c.topic).map(|t| Val::Word(&t.id)),
            "stance" => Some(Val::Word(c.stance.as_str())),
            "target" => Some(Val::Text(&c.target)),
            "summary" => Some(Val::Text(&c.summary)),
            "mode" => Some(Val::Word(c.mode.as_str())),
            "quote" => Some(Val::Text(&c.quote)),
            "prefix" => ctx.0.as_deref().map(Val::Text),
            "suffix" => ctx.1.as_deref().map(Val::Text),
            "condition" => c.condition.as_deref().map(Val::Text),
            "status" => Some(Val::Word(c.status.as_str())),
            "confidence" => c.confidence.map(Val::Num),
            "rule" => c.rule.as_deref().map(Val::Text),
            _ => None,
        })
        .collect()
}

/// An item's prefix and suffix as the loader reads them.
fn item_context(item: &Item) -> Context {
    let get = |k: &str| {
        item.field(k)
            .and_then(|f| f.value.as_scalar())
            .and_then(|s| s.value.as_deref())
            .map(sanitize)
    };
    (get("prefix"), get("suffix"))
}

/// A replacement of `src[start..end]` by `text`.
#[derive(Debug)]
struct Patch {
    start: usize,
    end: usize,
    /// Among insertions at one place: field additions (0) before new
    /// claims (1).
    rank: u8,
    text: String,
}

/// Columns from the start of the line.
fn col(src: &str, pos: usize) -> usize {
    pos - line_start(src, pos)
}

fn pad(n: usize) -> String {
    " ".repeat(n)
}

/// Styles of each field in the file: the last claim that has it.
fn file_styles(map: &SourceMap) -> HashMap<&str, Style> {
    let mut m = HashMap::new();
    for it in map.items.iter().filter(|i| !i.opaque) {
        for f in &it.fields {
            if let Some(s) = f.value.as_scalar() {
                m.insert(f.key.as_str(), s.style);
            }
        }
    }
    m
}

struct Ctx<'a> {
    src: &'a str,
    map: &'a SourceMap,
    eol: &'a str,
    /// [`file_styles`], made when first needed.
    styles: std::cell::OnceCell<HashMap<&'a str, Style>>,
    patches: Vec<Patch>,
}

impl<'a> Ctx<'a> {
    fn styles(&self) -> &HashMap<&'a str, Style> {
        self.styles.get_or_init(|| file_styles(self.map))
    }

    fn patch(&mut self, start: usize, end: usize, rank: u8, text: String) {
        self.patches.push(Patch {
            start,
            end,
            rank,
            text,
        });
    }

    /// The style a new value of `key` takes (in `item`, if any).
    fn new_style(
        &self,
        key: &str,
        v: Val,
        item: Option<&Item>,
        indent: usize,
        flow: bool,
    ) -> Style {
        let in_item = |keys: &[&str]| {
            item.and_then(|it| {
                keys.iter().find_map(|k| {
                    it.field(k)
                        .and_then(|f| f.value.as_scalar())
                        .map(|s| s.style)
                })
            })
        };
        let siblings: &[&str] = if TEXT_KEYS.contains(&key) {
            &["summary", "speaker", "target"]
        } else {
            &["stance", "mode", "party"]
        };
        let pref = self
            .styles()
            .get(key)
            .copied()
            .or_else(|| in_item(siblings))
            .or_else(|| siblings.iter().find_map(|k| self.styles().get(k).copied()))
            .map(|s| match (s, v) {
                // Words are never blocks.
                (Style::Folded | Style::Literal, Val::Word(_)) => Style::Plain,
                (s, _) => s,
            })
            .unwrap_or(Style::Plain);
        scalar::new_style(pref, v, key, indent, flow)
    }

    /// `key: value` for a new field whose key is at column `key_col`.
    fn pair(&self, key: &str, v: Val, item: Option<&Item>, key_col: usize, flow: bool) -> String {
        let indent = key_col + 2;
        let style = self.new_style(key, v, item, key_col, flow);
        let header = match style {
            Style::Folded => Some(">-"),
            Style::Literal => Some("|-"),
            _ => None,
        };
        let place = Place {
            flow,
            indent,
            eol: self.eol,
            header,
        };
        format!("{key}: {}", scalar::write(v, style, &place))
    }

    /// A whole claim: `{...}` (flow) or block lines; with `dash` the first
    /// line starts with `- ` (the dash at `dash_col`).
    fn item_text(
        &self,
        vals: &[Option<Val>],
        flow: bool,
        dash: bool,
        dash_col: usize,
        key_col: usize,
        like: Option<&Item>,
    ) -> String {
        let present = CLAIM_FIELDS
            .iter()
            .zip(vals)
            .filter_map(|(k, v)| v.map(|v| (*k, v)));
        if flow {
            let pairs: Vec<String> = present
                .map(|(k, v)| self.pair(k, v, like, key_col, true))
                .collect();
            let body = format!("{{{}}}", pairs.join(", "));
            return if dash { format!("- {body}") } else { body };
        }
        let key_col = if key_col > dash_col || !dash {
            key_col
        } else {
            dash_col + 2
        };
        let mut out = String::new();
        for (n, (k, v)) in present.enumerate() {
            if n == 0 {
                if dash {
                    out.push('-');
                    out.push_str(&pad(key_col - dash_col - 1));
                }
            } else {
                out.push_str(self.eol);
                out.push_str(&pad(key_col));
            }
            out.push_str(&self.pair(k, v, like, key_col, false));
        }
        out
    }

    /// End of an item's last line: after its last field, and after the
    /// comment lines indented under it that follow.
    fn last_line_end(&self, item: &Item) -> usize {
        let src = self.src;
        let mut le = line_end(src, item.end);
        let dash_col = item.dash.map_or(0, |d| col(src, d));
        loop {
            let n = eol_len(src, le);
            if n == 0 {
                return le;
            }
            let next = le + n;
            let nle = line_end(src, next);
            let line = &src[next..nle];
            let t = line.trim_start_matches(' ');
            if t.starts_with('#') && line.len() - t.len() > dash_col {
                le = nle;
            } else {
                return le;
            }
        }
    }

    /// The bytes a removed block item takes (see the module documentation).
    fn removal(&self, item: &Item) -> (usize, usize) {
        let src = self.src;
        let ls = line_start(src, item.dash.unwrap_or(item.start));
        let le = self.last_line_end(item);
        let n = eol_len(src, le);
        // Blank lines just before.
        let mut s = ls;
        while s > 0 {
            let p = line_start(src, s - 1);
            if is_blank(&src[p..s]) && p < s {
                s = p;
            } else {
                break;
            }
        }
        if n == 0 {
            // The last line of the file: take the line break before it, so
            // a file without a final line break stays without one.
            let before = if s >= 2 && &src[s - 2..s] == "\r\n" {
                2
            } else {
                usize::from(s >= 1)
            };
            return (s - before, src.len());
        }
        let after = le + n;
        if s < ls {
            return (s, after);
        }
        let mut e = after;
        while e < src.len() {
            let l = line_end(src, e);
            if !is_blank(&src[e..l]) {
                break;
            }
            let k = eol_len(src, l);
            if k == 0 {
                break;
            }
            e = l + k;
        }
        (ls, e)
    }

    /// Patches for one claim whose fields changed.
    fn item_patches(&mut self, item: &Item, old: &[Option<Val>], new: &[Option<Val>]) {
        let src = self.src;
        let changed: Vec<usize> = (0..CLAIM_FIELDS.len())
            .filter(|&k| old[k] != new[k])
            .collect();
        if changed.is_empty() {
            return;
        }
        let not_simple = |k: &usize| {
            item.field(CLAIM_FIELDS[*k])
                .is_some_and(|f| f.value.as_scalar().is_none_or(|s| s.props))
        };
        if item.opaque || changed.iter().any(not_simple) {
            self.rewrite(item, new);
            return;
        }
        let key_col = item.fields.first().map_or(0, |f| col(src, f.key_start));
        let dash_col = item.dash.map_or(0, |d| col(src, d));
        let step = key_col.saturating_sub(dash_col).max(2);
        let mut removed = vec![false; item.fields.len()];
        let mut adds: Vec<(usize, usize)> = Vec::new(); // (anchor field, key)
        for &k in &changed {
            let key = CLAIM_FIELDS[k];
            let pos = item.fields.iter().position(|f| f.key == key);
            match (pos, new[k]) {
                (Some(p), Some(v)) => self.replace(item, p, v, key_col + step),
                (Some(p), None) => removed[p] = true,
                (None, Some(_)) => adds.push((usize::MAX, k)),
                (None, None) => {}
            }
        }
        self.remove_fields(item, &removed);
        // Each added field goes after the last remaining field that comes
        // before it in the format's order (else after the last field).
        for a in adds.iter_mut() {
            let k = a.1;
            let before = item
                .fields
                .iter()
                .enumerate()
                .filter(|(i, f)| {
                    !removed[*i]
                        && CLAIM_FIELDS
                            .iter()
                            .position(|c| *c == f.key)
                            .is_some_and(|p| p < k)
                })
                .max_by_key(|(_, f)| CLAIM_FIELDS.iter().position(|c| *c == f.key))
                .map(|(i, _)| i);
            let last = (0..item.fields.len()).rev().find(|i| !removed[*i]);
            a.0 = before.or(last).unwrap_or(0);
        }
        adds.sort();
        let mut i = 0;
        while i < adds.len() {
            let anchor = adds[i].0;
            let Some(f) = item.fields.get(anchor) else {
                i += 1;
                continue;
            };
            let mut text = String::new();
            while i < adds.len() && adds[i].0 == anchor {
                let k = adds[i].1;
                if let Some(v) = new[k] {
                    if item.flow {
                        text.push_str(", ");
                        text.push_str(&self.pair(CLAIM_FIELDS[k], v, Some(item), key_col, true));
                    } else {
                        text.push_str(self.eol);
                        text.push_str(&pad(key_col));
                        text.push_str(&self.pair(CLAIM_FIELDS[k], v, Some(item), key_col, false));
                    }
                }
                i += 1;
            }
            let at = if item.flow {
                f.value.end()
            } else {
                line_end(src, f.value.end())
            };
            self.patch(at, at, 0, text);
        }
    }

    /// Write field `p` of `item` anew, in its style.
    fn replace(&mut self, item: &Item, p: usize, v: Val, new_indent: usize) {
        let Some(s) = item.fields[p].value.as_scalar() else {
            return;
        };
        let (style, header, indent) = match (&s.block, v) {
            (Some(_), Val::Word(_) | Val::Num(_)) => (Style::Plain, None, new_indent),
            (Some(b), _) => (s.style, Some(b.header.as_str()), b.indent),
            (None, _) => (s.style, None, new_indent),
        };
        let place = Place {
            flow: item.flow,
            indent,
            eol: self.eol,
            header,
        };
        let text = scalar::write(v, style, &place);
        match header {
            // Keep the header line (and any comment on it).
            Some(h) if text.starts_with(h) && text.len() > h.len() => {
                let from = line_end(self.src, s.start);
                self.patch(from, s.end, 0, text[h.len()..].to_string());
            }
            _ => self.patch(s.start, s.end, 0, text),
        }
    }

    /// Remove the marked fields of an item, by runs of neighbours.
    fn remove_fields(&mut self, item: &Item, removed: &[bool]) {
        let src = self.src;
        let f = &item.fields;
        let n = f.len();
        let dash_line = item.dash.map(|d| line_start(src, d));
        let mut a = 0;
        while a < n {
            if !removed[a] {
                a += 1;
                continue;
            }
            let mut b = a;
            while b + 1 < n && removed[b + 1] {
                b += 1;
            }
            let range = if item.flow {
                if a > 0 {
                    Some((f[a - 1].value.end(), f[b].value.end()))
                } else {
                    f.get(b + 1).map(|next| (f[a].key_start, next.key_start))
                }
            } else if dash_line == Some(line_start(src, f[a].key_start)) {
                f.get(b + 1).map(|next| (f[a].key_start, next.key_start))
            } else {
                let ls = line_start(src, f[a].key_start);
                let le = line_end(src, f[b].value.end());
                let k = eol_len(src, le);
                if k == 0 {
                    // At the very end of the file: take the break before.
                    let before = if ls >= 2 && &src[ls - 2..ls] == "\r\n" {
                        2
                    } else {
                        usize::from(ls >= 1)
                    };
                    Some((ls - before, le))
                } else {
                    Some((ls, le + k))
                }
            };
            if let Some((s, e)) = range {
                self.patch(s, e, 0, String::new());
            }
            a = b + 1;
        }
    }

    /// Write an item anew (an opaque item that changed).
    fn rewrite(&mut self, item: &Item, new: &[Option<Val>]) {
        let src = self.src;
        let layout = self.map.layout;
        let key_col = item
            .fields
            .first()
            .map_or(layout.key_col, |f| col(src, f.key_start));
        match item.dash {
            Some(d) if !item.flow => {
                let text = self.item_text(new, false, true, col(src, d), key_col, Some(item));
                self.patch(d, item.end, 0, text);
            }
            _ => {
                let text = self.item_text(new, item.flow, false, 0, key_col, Some(item));
                self.patch(item.start, item.end, 0, text);
            }
        }
    }
}

/// What becomes of the claims list: which of the file's items stay, and the
/// new claims' texts grouped by the surviving item before them (`None`:
/// before the first).
struct Plan {
    surviving: Vec<bool>,
    groups: Vec<(Option<usize>, Vec<String>)>,
    /// How new claims are written: block items (`Some(flow_map)`: `- ...`,
    /// their fields on lines or `{...}` like the file's), or `{...}` in a
    /// flow list (`None`).
    as_block: Option<bool>,
}

/// The YAML for `work`, written over `base` (see the module documentation).
pub fn render(base: &Base, work: &Work) -> Result<String, RenderError> {
    let map = base.map;
    let item_of: Vec<usize> = base
        .claims
        .iter()
        .map(|c| {
            map.by_id
                .get(&c.id)
                .copied()
                .filter(|&j| j < map.items.len())
                .ok_or_else(|| RenderError::LostItem(c.id.clone()))
        })
        .collect::<Result<_, _>>()?;
    let mut cx = Ctx {
        src: base.src,
        map,
        eol: map.eol.as_str(),
        styles: std::cell::OnceCell::new(),
        patches: Vec::new(),
    };
    let surviving = cx.changed_claims(base, work, &item_of);
    let (groups, as_block) = cx.new_claims(work, &item_of);
    let plan = Plan {
        surviving,
        groups,
        as_block,
    };
    match &map.list {
        List::Block => cx.block_list(&plan),
        List::Flow { open, close } => cx.flow_list(&plan, *open, *close),
        List::Null { start, end } => cx.null_list(&plan, *start, *end),
    }
    apply(base.src, cx.patches)
}

impl<'a> Ctx<'a> {
    /// The source, its map, its line break and the blank line between
    /// items (empty where the file has none).
    fn basics(&self) -> (&'a str, &'a SourceMap, &'a str, &'a str) {
        let blank = if self.map.layout.blank_between {
            self.eol
        } else {
            ""
        };
        (self.src, self.map, self.eol, blank)
    }

    /// Patches for the claims of the file still in the document whose
    /// fields changed. Returns which items stay: those of claims still in
    /// the document, and those the document never had (claims the loader
    /// set aside as errors).
    fn changed_claims(&mut self, base: &Base, work: &Work, item_of: &[usize]) -> Vec<bool> {
        let map = self.map;
        let doc = work.doc();
        let mut surviving = vec![true; map.items.len()];
        for &j in item_of {
            surviving[j] = false;
        }
        for (c, e) in doc.claims.iter().zip(work.extras()) {
            let Some(&j) = item_of.get(e.key) else {
                continue;
            };
            surviving[j] = true;
            if e.context.is_none() && base.claims.get(e.key) == Some(c) {
                continue;
            }
            let item = &map.items[j];
            let base_ctx = item_context(item);
            let cur_ctx = e.context.as_ref().unwrap_or(&base_ctx);
            let old = values(doc, &base.claims[e.key], &base_ctx);
            let new = values(doc, c, cur_ctx);
            self.item_patches(item, &old, &new);
        }
        surviving
    }

    /// The new claims' texts, grouped by the surviving claim of the file
    /// before them, and how they are written.
    #[allow(clippy::type_complexity)]
    fn new_claims(
        &self,
        work: &Work,
        item_of: &[usize],
    ) -> (Vec<(Option<usize>, Vec<String>)>, Option<bool>) {
        let map = self.map;
        let doc = work.doc();
        let no_context: Context = (None, None);
        // New claims, grouped by the surviving claim of the file before them
        // (`None`: before the first).
        let mut groups: Vec<(Option<usize>, Vec<String>)> = Vec::new();
        let template = map.items.last();
        let layout = map.layout;
        // How new claims are written: block items (`- ...`, their fields on
        // lines or `{...}` like the file's), or `{...}` in a flow list.
        let as_block = match &map.list {
            List::Block => Some(template.is_some_and(|t| t.flow)),
            List::Flow { .. } if !map.items.is_empty() => None,
            _ if map.block_lists => Some(false),
            _ => None,
        };
        let mut anchor: Option<usize> = None;
        for (c, e) in doc.claims.iter().zip(work.extras()) {
            if let Some(&j) = item_of.get(e.key) {
                anchor = Some(j);
                continue;
            }
            let ctx = e.context.as_ref().unwrap_or(&no_context);
            let mut vals = values(doc, c, ctx);
            // `status: reviewed` is the default: written only where the file
            // writes statuses.
            if c.status == crate::model::Status::Reviewed && !self.styles().contains_key("status") {
                if let Some(v) = vals.get_mut(field_index("status")) {
                    *v = None;
                }
            }
            let text = match as_block {
                Some(flow_map) => {
                    pad(layout.dash_col)
                        + &self.item_text(
                            &vals,
                            flow_map,
                            true,
                            layout.dash_col,
                            layout.key_col,
                            template,
                        )
                }
                None => self.item_text(&vals, true, false, 0, layout.key_col, template),
            };
            match groups.last_mut() {
                Some((a, v)) if *a == anchor => v.push(text),
                _ => groups.push((anchor, vec![text])),
            }
        }
        (groups, as_block)
    }

    /// A block list: removed items' lines, new items after their anchors.
    fn block_list(&mut self, plan: &Plan) {
        let (src, map, eol, blank) = self.basics();
        let Plan {
            surviving, groups, ..
        } = plan;
        let news: usize = groups.iter().map(|g| g.1.len()).sum();
        let any_left = surviving.iter().any(|&s| s);
        // Removed claims: their lines, merged where they touch.
        let mut ranges: Vec<(usize, usize)> = map
            .items
            .iter()
            .zip(surviving)
            .filter(|(_, s)| !**s)
            .map(|(it, _)| self.removal(it))
            .collect();
        ranges.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(m) if r.0 <= m.1 => m.1 = m.1.max(r.1),
                _ => merged.push(r),
            }
        }
        let first_removed = merged.first().map(|r| r.0);
        for (s, e) in merged {
            self.patch(s, e, 0, String::new());
        }
        if any_left {
            for (a, items) in groups {
                match a {
                    Some(j) => {
                        let le = self.last_line_end(&map.items[*j]);
                        let n = eol_len(src, le);
                        // At the start of the next line (so that a
                        // removed last field of the item before, which
                        // takes its line break, does not overlap), or
                        // at the end of a file without a final break.
                        let (at, text) = if n == 0 {
                            let text: String =
                                items.iter().map(|t| format!("{eol}{blank}{t}")).collect();
                            (le, text)
                        } else {
                            let text: String =
                                items.iter().map(|t| format!("{blank}{t}{eol}")).collect();
                            (le + n, text)
                        };
                        self.patch(at, at, 1, text);
                    }
                    None => {
                        let first = map
                            .items
                            .iter()
                            .zip(surviving)
                            .find(|(_, s)| **s)
                            .map(|(it, _)| it);
                        if let Some(it) = first {
                            let at = line_start(src, it.dash.unwrap_or(it.start));
                            let text: String =
                                items.iter().map(|t| format!("{t}{eol}{blank}")).collect();
                            self.patch(at, at, 1, text);
                        }
                    }
                }
            }
        } else if news > 0 {
            let at = first_removed.unwrap_or(src.len());
            let all: Vec<&String> = groups.iter().flat_map(|g| &g.1).collect();
            let text = if at == 0 || src.as_bytes()[at - 1] == b'\n' {
                let sep = format!("{eol}{blank}");
                let joined: Vec<&str> = all.iter().map(|s| s.as_str()).collect();
                format!("{}{eol}", joined.join(&sep))
            } else {
                block_after(&all, eol, blank)
            };
            self.patch(at, at, 1, text);
        } else {
            self.patch(map.claims_colon + 1, map.claims_colon + 1, 0, " []".into());
        }
    }

    /// A flow list `[...]`: removed items with their commas, new items.
    fn flow_list(&mut self, plan: &Plan, open: usize, close: usize) {
        let (src, map, eol, blank) = self.basics();
        let Plan {
            surviving,
            groups,
            as_block,
        } = plan;
        let as_block = *as_block;
        let any_left = surviving.iter().any(|&s| s);
        let items = &map.items;
        let n = items.len();
        if !any_left {
            let all: Vec<&String> = groups.iter().flat_map(|g| &g.1).collect();
            if all.is_empty() {
                if n > 0 {
                    self.patch(open + 1, close, 0, String::new());
                }
            } else if n == 0 && as_block.is_some() {
                // `claims: []` in a file of block lists: a block list.
                self.patch(map.claims_colon + 1, close + 1, 0, String::new());
                let at = line_end(src, close);
                let text = block_after(&all, eol, blank);
                self.patch(at, at, 1, text);
            } else {
                let joined: Vec<&str> = all.iter().map(|s| s.as_str()).collect();
                self.patch(open + 1, close, 1, joined.join(", "));
            }
        } else {
            // Removed claims: runs of neighbours with their commas.
            let mut a = 0;
            while a < n {
                if surviving[a] {
                    a += 1;
                    continue;
                }
                let mut b = a;
                while b + 1 < n && !surviving[b + 1] {
                    b += 1;
                }
                if a > 0 {
                    self.patch(items[a - 1].end, items[b].end, 0, String::new());
                } else if b + 1 < n {
                    self.patch(items[a].start, items[b + 1].start, 0, String::new());
                }
                a = b + 1;
            }
            let starts_line = |it: &Item| is_blank(&src[line_start(src, it.start)..it.start]);
            for (a, texts) in groups {
                match a {
                    Some(j) => {
                        let it = &items[*j];
                        let sep = if starts_line(it) {
                            format!(",{eol}{}", pad(col(src, it.start)))
                        } else {
                            ", ".to_string()
                        };
                        let text: String = texts.iter().map(|t| format!("{sep}{t}")).collect();
                        self.patch(it.end, it.end, 1, text);
                    }
                    None => {
                        if let Some(it) = items.iter().zip(surviving).find(|(_, s)| **s) {
                            let it = it.0;
                            let sep = if starts_line(it) {
                                format!(",{eol}{}", pad(col(src, it.start)))
                            } else {
                                ", ".to_string()
                            };
                            let text: String = texts.iter().map(|t| format!("{t}{sep}")).collect();
                            self.patch(it.start, it.start, 1, text);
                        }
                    }
                }
            }
        }
    }

    /// An empty `claims:` (or `~`): the new items as a list.
    fn null_list(&mut self, plan: &Plan, start: usize, end: usize) {
        let (src, map, eol, blank) = self.basics();
        let Plan {
            groups, as_block, ..
        } = plan;
        let as_block = *as_block;
        let all: Vec<&String> = groups.iter().flat_map(|g| &g.1).collect();
        if !all.is_empty() {
            if as_block.is_some() {
                if end > start {
                    self.patch(map.claims_colon + 1, end, 0, String::new());
                }
                let at = line_end(src, (end).max(map.claims_colon));
                self.patch(at, at, 1, block_after(&all, eol, blank));
            } else {
                let joined: Vec<&str> = all.iter().map(|s| s.as_str()).collect();
                let list = format!("[{}]", joined.join(", "));
                if end > start {
                    self.patch(start, end, 1, list);
                } else {
                    let at = map.claims_colon + 1;
                    self.patch(at, at, 1, format!(" {list}"));
                }
            }
        }
    }
}

/// Block items written after the end of a line.
fn block_after(items: &[&String], eol: &str, blank: &str) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if i == 0 {
                format!("{eol}{t}")
            } else {
                format!("{eol}{blank}{t}")
            }
        })
        .collect()
}

/// The source with the patches applied (they must not overlap).
fn apply(src: &str, mut patches: Vec<Patch>) -> Result<String, RenderError> {
    patches.sort_by_key(|p| (p.start, p.end, p.rank));
    let extra: usize = patches.iter().map(|p| p.text.len()).sum();
    let mut out = String::with_capacity(src.len() + extra);
    let mut at = 0;
    for p in patches {
        if p.start < at || p.end < p.start || p.end > src.len() {
            return Err(RenderError::Overlap(p.start));
        }
        out.push_str(&src[at..p.start]);
        out.push_str(&p.text);
        at = p.end;
    }
    out.push_str(&src[at..]);
    Ok(out)
}
