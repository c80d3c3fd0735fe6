//! Where things are in an annotation's YAML source: the byte spans of the
//! `claims` list, of each claim item and of each of its fields, read from the
//! events of `granit-parser` (the parser under serde-saphyr, whose spans are
//! exact byte offsets). A save changes exactly these bytes (see
//! [`super::render`]); everything else is copied.
//!
//! Block scalars are the one place where the parser's span is not what an
//! edit replaces: it starts at the content and runs into the next line's
//! indentation. [`SourceMap::build`] finds the header (`>-`, `|`) before the
//! content and ends the scalar at its last non-blank character.

use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle, StructureStyle};

use crate::sanitize::sanitize;

/// How a scalar is written in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Plain,
    Single,
    Double,
    /// `|` block.
    Literal,
    /// `>` block.
    Folded,
}

/// A block scalar's header and content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockScalar {
    /// The header as written (`>-`, `|`, `|+`...), without any comment.
    pub header: String,
    /// Where the first content line starts (its indentation included).
    pub content_start: usize,
    /// Columns of indentation of the content.
    pub indent: usize,
}

/// A scalar in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScalarSpan {
    pub style: Style,
    /// The bytes that hold the value: a quoted scalar with its quotes; a
    /// block scalar from its header to the end of its last non-blank line.
    pub start: usize,
    pub end: usize,
    /// The value, for keys and for the fields a save compares with the
    /// document (`id`, `prefix`, `suffix`); `None` otherwise.
    pub value: Option<String>,
    pub block: Option<BlockScalar>,
    /// An anchor or a tag is attached (the scalar is not edited in place).
    pub props: bool,
}

/// A field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueSpan {
    Scalar(ScalarSpan),
    /// A list, a mapping or an alias: not edited in place.
    Other {
        start: usize,
        end: usize,
    },
}

impl ValueSpan {
    pub fn end(&self) -> usize {
        match self {
            ValueSpan::Scalar(s) => s.end,
            ValueSpan::Other { end, .. } => *end,
        }
    }
    pub fn as_scalar(&self) -> Option<&ScalarSpan> {
        match self {
            ValueSpan::Scalar(s) => Some(s),
            ValueSpan::Other { .. } => None,
        }
    }
}

/// One `key: value` of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpan {
    pub key: String,
    pub key_start: usize,
    pub value: ValueSpan,
}

/// One item of the `claims` list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// A flow mapping (`{id: a, ...}`) rather than block lines.
    pub flow: bool,
    /// From the first key (block) or `{` (flow) ...
    pub start: usize,
    /// ... to the end of the last value (block) or after `}` (flow).
    pub end: usize,
    /// The `-` of a block list item.
    pub dash: Option<usize>,
    pub fields: Vec<FieldSpan>,
    /// Not a plain mapping of scalars (anchors, aliases, tags, nested
    /// values, an unfound dash): a changed opaque item is written anew.
    pub opaque: bool,
    /// The `id`, as the loader reads it.
    pub id: Option<String>,
}

impl Item {
    pub fn field(&self, key: &str) -> Option<&FieldSpan> {
        self.fields.iter().find(|f| f.key == key)
    }
}

/// The shape of the `claims:` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum List {
    /// `- ` items on their own lines.
    Block,
    /// `[ ... ]`: the brackets' offsets.
    Flow { open: usize, close: usize },
    /// No value (`claims:`), or `~`/`null`: the value's span (empty when
    /// nothing is written).
    Null { start: usize, end: usize },
}

/// Line breaks of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eol {
    Lf,
    CrLf,
}

impl Eol {
    pub fn as_str(self) -> &'static str {
        match self {
            Eol::Lf => "\n",
            Eol::CrLf => "\r\n",
        }
    }
}

/// How new block items are laid out, learnt from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Column of the `-`.
    pub dash_col: usize,
    /// Column of the keys.
    pub key_col: usize,
    /// Items are separated by a blank line.
    pub blank_between: bool,
}

/// Where the claims are in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceMap {
    pub eol: Eol,
    /// Offset of the `:` after the `claims` key.
    pub claims_colon: usize,
    pub list: List,
    pub items: Vec<Item>,
    /// Item index by claim id.
    pub by_id: HashMap<String, usize>,
    /// Layout of block items (from the claims, else from the other lists).
    pub layout: Layout,
    /// Whether block lists are used at all (the topics or parties, or
    /// the claims): an empty `claims: []` then becomes a block list.
    pub block_lists: bool,
}

/// Why a source map could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    #[error("the YAML could not be read again to locate the claims: {0}")]
    Parse(String),
    #[error("the file has no top-level `claims:` list")]
    NoClaims,
}

/// A node of the generic tree built from the events.
#[derive(Debug)]
enum Node {
    Scalar(ScalarSpan),
    Seq {
        flow: bool,
        start: usize,
        end: usize,
        items: Vec<Node>,
    },
    Map {
        flow: bool,
        start: usize,
        end: usize,
        entries: Vec<(Node, Node)>,
        props: bool,
    },
    Alias {
        start: usize,
        end: usize,
    },
}

impl Node {
    fn start(&self) -> usize {
        match self {
            Node::Scalar(s) => s.start,
            Node::Seq { start, .. } | Node::Map { start, .. } | Node::Alias { start, .. } => *start,
        }
    }
    fn end(&self) -> usize {
        match self {
            Node::Scalar(s) => s.end,
            Node::Seq { end, .. } | Node::Map { end, .. } | Node::Alias { end, .. } => *end,
        }
    }
    fn key_str(&self) -> Option<&str> {
        match self {
            Node::Scalar(s) => s.value.as_deref(),
            _ => None,
        }
    }
}

/// A collection being built.
struct Frame {
    map: bool,
    flow: bool,
    start: usize,
    props: bool,
    children: Vec<Node>,
}

/// Fields whose values a save compares with the document.
const KEPT: &[&str] = &["id", "prefix", "suffix"];

/// Start of the line holding `pos`.
pub fn line_start(src: &str, pos: usize) -> usize {
    src[..pos.min(src.len())].rfind('\n').map_or(0, |i| i + 1)
}

/// End of the line holding `pos`: the offset of its line break (of the `\r`
/// of a CRLF), or the end of the text.
pub fn line_end(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    match src[pos..].find('\n') {
        Some(i) => {
            let nl = pos + i;
            if nl > pos && src.as_bytes()[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            }
        }
        None => src.len(),
    }
}

/// Length of the line break at `pos` (0 at the end of the text).
pub fn eol_len(src: &str, pos: usize) -> usize {
    let b = src.as_bytes();
    match b.get(pos) {
        Some(b'\r') if b.get(pos + 1) == Some(&b'\n') => 2,
        Some(b'\n') => 1,
        _ => 0,
    }
}

/// True for a line holding only spaces (or nothing).
pub fn is_blank(line: &str) -> bool {
    line.trim_matches([' ', '\t', '\r', '\n']).is_empty()
}

/// Text of a line with any comment removed, in a region with no scalars
/// (between items): any `#` after a space or at the start opens a comment.
fn strip_comment(line: &str) -> &str {
    let b = line.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'#' && (i == 0 || b[i - 1] == b' ' || b[i - 1] == b'\t') {
            return &line[..i];
        }
    }
    line
}

/// The `-` of a block list item in `src[from..to]` (the region between the
/// previous item and this one, which holds only the dash, spaces and
/// comments).
fn find_dash(src: &str, from: usize, to: usize) -> Option<usize> {
    let mut found = None;
    let mut at = from;
    for line in src[from..to].split_inclusive('\n') {
        let code = strip_comment(line);
        for (i, c) in code.char_indices() {
            if c == '-' {
                let next = code[i + 1..].chars().next();
                if next.is_none_or(|n| n == ' ' || n == '\r' || n == '\n' || n == '\t') {
                    found = Some(at + i);
                }
            }
        }
        at += line.len();
    }
    found
}

impl SourceMap {
    /// Locate the claims of `src` (which the loader has accepted).
    pub fn build(src: &str) -> Result<SourceMap, MapError> {
        let root = tree(src)?;
        let eol = match src.find('\n') {
            Some(i) if i > 0 && src.as_bytes()[i - 1] == b'\r' => Eol::CrLf,
            _ => Eol::Lf,
        };
        let Node::Map { entries, flow, .. } = root else {
            return Err(MapError::NoClaims);
        };
        let top_flow = flow;
        let mut block_lists = false;
        let mut other_layout = None;
        let mut claims = None;
        for (k, v) in entries {
            match k.key_str() {
                Some("claims") => claims = Some((k.end(), v)),
                Some("topics" | "parties") => {
                    if let Node::Seq {
                        flow: false, items, ..
                    } = &v
                    {
                        block_lists = true;
                        if other_layout.is_none() {
                            other_layout =
                                items.first().and_then(|it| block_layout(src, it, k.end()));
                        }
                    }
                }
                _ => {}
            }
        }
        let (key_end, value) = claims.ok_or(MapError::NoClaims)?;
        let claims_colon = src[key_end..].find(':').map_or(key_end, |i| key_end + i);
        let mut items = Vec::new();
        let list = match value {
            Node::Seq {
                flow: true,
                start,
                end,
                items: nodes,
                ..
            } => {
                for n in nodes {
                    items.push(item(src, n, None));
                }
                List::Flow {
                    open: start,
                    close: end.saturating_sub(1),
                }
            }
            Node::Seq {
                flow: false,
                items: nodes,
                ..
            } => {
                block_lists = true;
                let mut prev = claims_colon + 1;
                for n in nodes {
                    let dash = find_dash(src, prev, n.start());
                    prev = n.end();
                    items.push(item(src, n, Some(dash)));
                }
                List::Block
            }
            Node::Scalar(s) if s.value.as_deref().is_none_or(is_null) => List::Null {
                start: s.start,
                end: s.end,
            },
            _ => return Err(MapError::NoClaims),
        };
        let _ = top_flow;
        let mut by_id = HashMap::new();
        for (i, it) in items.iter().enumerate() {
            if let Some(id) = &it.id {
                by_id.entry(id.clone()).or_insert(i);
            }
        }
        let layout = claims_layout(src, &items)
            .or(other_layout)
            .unwrap_or(Layout {
                dash_col: 2,
                key_col: 4,
                blank_between: false,
            });
        Ok(SourceMap {
            eol,
            claims_colon,
            list,
            items,
            by_id,
            layout,
            block_lists,
        })
    }
}

fn is_null(s: &str) -> bool {
    matches!(s, "" | "~" | "null" | "Null" | "NULL")
}

/// Layout of the block items of the claims list.
fn claims_layout(src: &str, items: &[Item]) -> Option<Layout> {
    let first = items.iter().find(|i| i.dash.is_some())?;
    let dash = first.dash?;
    let dash_col = dash - line_start(src, dash);
    let key_col = first
        .fields
        .iter()
        .map(|f| f.key_start - line_start(src, f.key_start))
        .find(|&c| c > dash_col)
        .unwrap_or(dash_col + 2);
    let blank_between = items.windows(2).any(|w| {
        let (a, b) = (&w[0], &w[1]);
        match b.dash {
            Some(d) if d > a.end => {
                let le = line_end(src, a.end);
                let from = (le + eol_len(src, le)).min(line_start(src, d));
                src[from..line_start(src, d)]
                    .split_inclusive('\n')
                    .any(is_blank)
            }
            _ => false,
        }
    });
    Some(Layout {
        dash_col,
        key_col,
        blank_between,
    })
}

/// Layout of a block list whose first item is `first` (a mapping).
fn block_layout(src: &str, first: &Node, after: usize) -> Option<Layout> {
    let Node::Map {
        flow: false,
        entries,
        ..
    } = first
    else {
        return None;
    };
    let dash = find_dash(src, after, first.start())?;
    let dash_col = dash - line_start(src, dash);
    let key_col = entries
        .iter()
        .map(|(k, _)| k.start() - line_start(src, k.start()))
        .find(|&c| c > dash_col)
        .unwrap_or(dash_col + 2);
    Some(Layout {
        dash_col,
        key_col,
        blank_between: false,
    })
}

/// Turn a list item node into an [`Item`]. `dash` is `Some` for a block
/// list (the dash found, or `None` when not found).
fn item(src: &str, node: Node, dash: Option<Option<usize>>) -> Item {
    let start = node.start();
    let end = node.end();
    let mut opaque = matches!(dash, Some(None));
    let (flow, entries) = match node {
        Node::Map {
            flow,
            entries,
            props,
            ..
        } => {
            opaque |= props;
            (flow, entries)
        }
        _ => {
            return Item {
                flow: false,
                start,
                end,
                dash: dash.flatten(),
                fields: Vec::new(),
                opaque: true,
                id: None,
            }
        }
    };
    let _ = src;
    let mut fields = Vec::with_capacity(entries.len());
    let mut id = None;
    for (k, v) in entries {
        let Node::Scalar(ks) = k else {
            opaque = true;
            continue;
        };
        let Some(key) = ks.value else {
            opaque = true;
            continue;
        };
        let value = match v {
            Node::Scalar(s) => {
                opaque |= s.props;
                ValueSpan::Scalar(s)
            }
            other => {
                opaque = true;
                ValueSpan::Other {
                    start: other.start(),
                    end: other.end(),
                }
            }
        };
        if key == "id" {
            id = value
                .as_scalar()
                .and_then(|s| s.value.as_deref())
                .map(|v| sanitize(v.trim()));
        }
        fields.push(FieldSpan {
            key,
            key_start: ks.start,
            value,
        });
    }
    Item {
        flow,
        start,
        end,
        dash: dash.flatten(),
        fields,
        opaque,
        id,
    }
}

/// Build the generic tree of the (single) document in `src`.
fn tree(src: &str) -> Result<Node, MapError> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Node> = None;
    // End of the previous event (a block scalar's header lies after it).
    let mut prev_end = 0usize;
    for ev in Parser::new_from_str(src) {
        let (event, span) = ev.map_err(|e| MapError::Parse(e.to_string()))?;
        let Some(range) = span.byte_range() else {
            return Err(MapError::Parse("no byte offsets".into()));
        };
        let (s, e) = (range.start, range.end);
        let map = matches!(event, Event::MappingStart(..));
        let node = match event {
            Event::SequenceStart(style, anchor, tag) | Event::MappingStart(style, anchor, tag) => {
                stack.push(Frame {
                    map,
                    flow: style == StructureStyle::Flow,
                    start: s,
                    props: anchor != 0 || tag.is_some(),
                    children: Vec::new(),
                });
                prev_end = e;
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(f) = stack.pop() else {
                    return Err(MapError::Parse("unbalanced collection".into()));
                };
                let (start, end) = if f.flow {
                    (f.start, e)
                } else {
                    (
                        f.children.first().map_or(f.start, Node::start),
                        f.children.last().map_or(f.start, Node::end),
                    )
                };
                prev_end = e.max(prev_end);
                if f.map {
                    let mut entries = Vec::with_capacity(f.children.len() / 2);
                    let mut it = f.children.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        entries.push((k, v));
                    }
                    Node::Map {
                        flow: f.flow,
                        start,
                        end,
                        entries,
                        props: f.props,
                    }
                } else {
                    Node::Seq {
                        flow: f.flow,
                        start,
                        end,
                        items: f.children,
                    }
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                // Is this a key, or the value of a kept field?
                let keep = match stack.last() {
                    Some(f) if f.map => {
                        f.children.len() % 2 == 0
                            || f.children
                                .last()
                                .and_then(Node::key_str)
                                .is_some_and(|k| KEPT.contains(&k))
                    }
                    Some(_) => false,
                    None => true,
                };
                let props = anchor != 0 || tag.is_some();
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted => Style::Single,
                    ScalarStyle::DoubleQuoted => Style::Double,
                    ScalarStyle::Literal => Style::Literal,
                    ScalarStyle::Folded => Style::Folded,
                };
                let sc = if matches!(style, Style::Literal | Style::Folded) {
                    block_scalar(src, prev_end, s, e, style, props)
                } else {
                    ScalarSpan {
                        style,
                        start: s,
                        end: e,
                        value: None,
                        block: None,
                        props,
                    }
                };
                prev_end = sc.end.max(s);
                Node::Scalar(ScalarSpan {
                    value: keep.then(|| value.into_owned()),
                    ..sc
                })
            }
            Event::Alias(_) => {
                prev_end = e;
                Node::Alias { start: s, end: e }
            }
            _ => continue,
        };
        match stack.last_mut() {
            Some(f) => f.children.push(node),
            None => root = Some(node),
        }
    }
    root.ok_or(MapError::NoClaims)
}

/// A block scalar whose content the parser spans as `s..e`; its header is
/// after `prev_end` (the key before it).
fn block_scalar(
    src: &str,
    prev_end: usize,
    s: usize,
    e: usize,
    style: Style,
    props: bool,
) -> ScalarSpan {
    let e = e.min(src.len());
    let s = s.min(e);
    // The content ends at its last non-blank character.
    let content_end = s + src[s..e].trim_end_matches([' ', '\t', '\r', '\n']).len();
    // The header: the first `|` or `>` after the key that is not in a
    // comment.
    let from = prev_end.min(s);
    let mut header_at = None;
    let mut at = from;
    for line in src[from..s].split_inclusive('\n') {
        if let Some(i) = strip_comment(line).find(['|', '>']) {
            header_at = Some(at + i);
            break;
        }
        at += line.len();
    }
    let Some(h) = header_at else {
        return ScalarSpan {
            style,
            start: s,
            end: content_end,
            value: None,
            block: None,
            props: true,
        };
    };
    let header_len = 1 + src[h + 1..]
        .bytes()
        .take_while(|b| matches!(b, b'-' | b'+' | b'0'..=b'9'))
        .count();
    let header = src[h..h + header_len].to_string();
    // The first content line: the first non-blank line after the header's.
    let mut at = line_end(src, h);
    at += eol_len(src, at);
    let mut content_start = at;
    let mut indent = 0;
    while at < content_end {
        let le = line_end(src, at);
        let line = &src[at..le];
        if !is_blank(line) {
            content_start = at;
            indent = line.len() - line.trim_start_matches(' ').len();
            break;
        }
        at = le + eol_len(src, le);
    }
    ScalarSpan {
        style,
        start: h,
        end: content_end.max(h + header_len),
        value: None,
        block: Some(BlockScalar {
            header,
            content_start,
            indent,
        }),
        props,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(src: &str) -> SourceMap {
        SourceMap::build(src).unwrap_or_else(|e| panic!("{e}"))
    }

    const SAMPLE: &str = "a: 1\nclaims:\n  # c\n  - id: x\n    quote: >-\n      hello\n      world\n\n    status: draft   # trailing\n  - {id: y, q: 'it''s', r: \"d\\\"q\"}\n  -\n    id: z\n    lit: |\n      line1\n       line2\n    end: x\nlist: [a, b]\n";

    #[test]
    fn items_fields_and_block_scalars() {
        let m = map(SAMPLE);
        assert_eq!(m.list, List::Block);
        assert_eq!(m.items.len(), 3);
        assert_eq!(m.by_id.get("y"), Some(&1));
        let x = &m.items[0];
        assert!(!x.flow && !x.opaque);
        assert_eq!(&SAMPLE[x.dash.unwrap_or(0)..x.start], "- ");
        let q = x.field("quote").and_then(|f| f.value.as_scalar()).cloned();
        let q = q.unwrap_or_else(|| panic!("no quote"));
        assert_eq!(q.style, Style::Folded);
        assert_eq!(&SAMPLE[q.start..q.end], ">-\n      hello\n      world");
        let b = q.block.unwrap_or_else(|| panic!("not a block"));
        assert_eq!(b.header, ">-");
        assert_eq!(b.indent, 6);
        assert_eq!(&SAMPLE[b.content_start..q.end], "      hello\n      world");
        assert_eq!(&SAMPLE[x.start..x.end], &SAMPLE[x.start..x.end]);
        assert!(SAMPLE[..x.end].ends_with("status: draft"));

        let y = &m.items[1];
        assert!(y.flow);
        assert_eq!(
            &SAMPLE[y.start..y.end],
            "{id: y, q: 'it''s', r: \"d\\\"q\"}"
        );
        let q = y.field("q").and_then(|f| f.value.as_scalar());
        assert_eq!(
            q.map(|s| (s.style, &SAMPLE[s.start..s.end])),
            Some((Style::Single, "'it''s'"))
        );

        let z = &m.items[2];
        let dash = z.dash.unwrap_or(0);
        assert_eq!(&SAMPLE[dash..dash + 2], "-\n");
        let lit = z.field("lit").and_then(|f| f.value.as_scalar()).cloned();
        let lit = lit.unwrap_or_else(|| panic!("no lit"));
        assert_eq!(&SAMPLE[lit.start..lit.end], "|\n      line1\n       line2");
        assert_eq!(
            m.layout,
            Layout {
                dash_col: 2,
                key_col: 4,
                blank_between: false
            }
        );
    }

    #[test]
    fn crlf_flow_and_empty_lists() {
        let src = "claims: [{id: a, x: 1}, {id: b}]\r\n";
        let m = map(src);
        assert_eq!(m.eol, Eol::CrLf);
        assert!(matches!(m.list, List::Flow { open: 8, .. }));
        if let List::Flow { close, .. } = m.list {
            assert_eq!(&src[close..=close], "]");
        }
        assert_eq!(m.items.len(), 2);
        assert!(m.items.iter().all(|i| i.flow && i.dash.is_none()));

        let m = map("topics:\n    -   id: t\n        label: T\nclaims: []\n");
        assert!(matches!(m.list, List::Flow { .. }));
        assert!(m.block_lists);
        assert_eq!(
            m.layout,
            Layout {
                dash_col: 4,
                key_col: 8,
                blank_between: false
            }
        );

        let m = map("claims:\ntitle: x\n");
        assert!(matches!(m.list, List::Null { .. }));
        let m = map("claims: ~ # none\n");
        assert_eq!(m.list, List::Null { start: 8, end: 9 });
    }

    #[test]
    fn blank_lines_between_items_are_learnt() {
        let src = "claims:\n- id: a\n  x: 1\n\n- id: b\n  x: 2\n";
        let m = map(src);
        assert_eq!(
            m.layout,
            Layout {
                dash_col: 0,
                key_col: 2,
                blank_between: true
            }
        );
        assert_eq!(m.items[1].dash, Some(src.rfind("- id").unwrap_or(0)));
    }

    #[test]
    fn anchors_make_an_item_opaque() {
        let src =
            "claims:\n  - id: a\n    s: &n Name\n  - id: b\n    s: *n\n  - id: c\n    s: [x]\n";
        let m = map(src);
        assert!(m.items.iter().all(|i| i.opaque));
    }

    #[test]
    fn a_block_header_after_a_comment_is_found() {
        let src = "claims:\n  - id: a\n    quote: # see > below\n      >-\n        text here\n";
        let m = map(src);
        let q = m.items[0]
            .field("quote")
            .and_then(|f| f.value.as_scalar())
            .cloned();
        let q = q.unwrap_or_else(|| panic!("no quote"));
        assert_eq!(&src[q.start..q.end], ">-\n        text here");
    }

    #[test]
    fn lines() {
        let s = "ab\r\ncd\nef";
        assert_eq!(line_end(s, 0), 2);
        assert_eq!(eol_len(s, 2), 2);
        assert_eq!(line_start(s, 5), 4);
        assert_eq!(line_end(s, 4), 6);
        assert_eq!(line_end(s, 8), 9);
        assert_eq!(eol_len(s, 9), 0);
    }
}
