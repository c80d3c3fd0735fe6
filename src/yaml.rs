//! A small YAML tree with source positions, for the loader to validate by
//! hand (so that *every* problem of a file is reported together, each at its
//! line, where `#[derive(Deserialize)]` would stop at the first).
//!
//! Two ways to the same tree:
//! - straight from the events of granit-parser (the parser inside
//!   serde-saphyr), with the same budgets; the items of the top-level
//!   `claims` list are handed over one at a time, so the tree of a large
//!   document never exists whole ([`stream`]);
//! - through serde-saphyr ([`parse_serde`]), the reference: used whenever the
//!   event path meets anything it does not handle itself (a syntax error, a
//!   duplicate key, a breached budget, anchors and aliases, tags, merge
//!   keys, a `%YAML` directive), so messages and meaning are serde-saphyr's.
//!
//! The two agree node for node, positions included (tests below, and the
//! loader fuzz target checks it on every input).

use std::borrow::Cow;
use std::fmt;

use granit_parser::{Event, Parser, ScalarStyle, Span, StructureStyle};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, Options, Spanned};

mod lines;
pub use lines::{claims_layout, Layout};

/// Where a node starts in the YAML source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line (0 when unknown).
    pub line: usize,
    /// 1-based column in characters (0 when unknown).
    pub col: usize,
}

/// A node's position, stored compactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct SmallPos {
    line: u32,
    col: u32,
}

impl SmallPos {
    fn new(line: usize, col: usize) -> SmallPos {
        SmallPos {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            col: u32::try_from(col).unwrap_or(u32::MAX),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Cow<'a, str>),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub value: Value<'a>,
    pos: SmallPos,
}

impl<'a> Node<'a> {
    /// Where the node starts.
    pub fn pos(&self) -> Pos {
        Pos {
            line: self.pos.line as usize,
            col: self.pos.col as usize,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing (null)",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

// --- the reference path: serde-saphyr ---------------------------------------

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Value<'de>, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value<'de>, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value<'de>, D::Error> {
                Value::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value<'de>, E> {
                Ok(Value::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
                Ok(Value::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
                Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Value<'de>, E> {
                Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
            }
            fn visit_u128<E>(self, v: u128) -> Result<Value<'de>, E> {
                Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value<'de>, E> {
                Ok(Value::Float(v))
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
                Ok(Value::Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
                Ok(Value::Str(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Value<'de>, E> {
                Ok(Value::Str(Cow::Owned(v)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Value<'de>, A::Error> {
                let mut v = Vec::new();
                while let Some(n) = a.next_element::<Node>()? {
                    v.push(n);
                }
                Ok(Value::Seq(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Value<'de>, A::Error> {
                let mut v = Vec::new();
                while let Some(k) = a.next_key::<Node>()? {
                    let val = a.next_value::<Node>()?;
                    v.push((k, val));
                }
                Ok(Value::Map(v))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Spanned::<Value>::deserialize(d)?;
        let loc = s.referenced;
        Ok(Node {
            value: s.value,
            pos: SmallPos::new(loc.line() as usize, loc.column() as usize),
        })
    }
}

/// Most nested collections in a document.
const MAX_DEPTH: usize = 32;
/// Most nodes (scalars and collections) in a document.
const MAX_NODES: usize = 2_000_000;
/// Most parser events in a document.
const MAX_EVENTS: usize = 4_000_000;

/// The budgets a document is parsed under: generous for real documents
/// (100,000 claims), tight against alias bombs and deep nesting.
pub fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_nodes = MAX_NODES;
    budget.max_events = MAX_EVENTS;
    budget.max_aliases = 100;
    budget.max_anchors = 100;
    budget.max_recorded_anchor_events = 100_000;
    budget.max_documents = 1;
    serde_saphyr::options! {
        budget: Some(budget),
        with_snippet: false,
    }
}

/// A YAML error with its position, the message in plain words.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub message: String,
    pub pos: Pos,
}

/// Parse one YAML document into a whole tree: the event path, or
/// serde-saphyr when it gives up.
pub fn parse(src: &str) -> Result<Node<'_>, ParseError> {
    parse_events(src).or_else(|Fallback| parse_serde(src))
}

/// Parse one YAML document into a whole tree on the event path only.
pub fn parse_events(src: &str) -> Result<Node<'_>, Fallback> {
    Builder::new(src, Base::default(), false).run(src, &mut |_, _| ())
}

/// Parse one YAML document with serde-saphyr.
pub fn parse_serde(src: &str) -> Result<Node<'_>, ParseError> {
    serde_saphyr::from_str_with_options::<Node>(src, options()).map_err(|e| {
        let pos = e
            .location()
            .map(|l| Pos {
                line: usize::try_from(l.line()).unwrap_or(0),
                col: usize::try_from(l.column()).unwrap_or(0),
            })
            .unwrap_or_default();
        ParseError {
            message: e.without_snippet().to_string(),
            pos,
        }
    })
}

// --- the event path ----------------------------------------------------------

/// The event path does not handle this input: parse it with serde-saphyr
/// ([`parse_serde`]) instead, which handles it or says exactly what is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fallback;

/// One item of the top-level `claims` list, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Item<'a> {
    pub node: Node<'a>,
    /// Its place in the list (0-based).
    pub index: usize,
    /// Byte range of the item in the source: from its first key (or `{`)
    /// to the end of its last value (or `}`); a block scalar (`|`, `>`)
    /// ends after the line break of its last non-blank line.
    pub start: usize,
    pub end: usize,
}

/// The top-level entries read so far, handed over with each claim.
pub type Entries<'a, 'b> = &'b [(Node<'a>, Node<'a>)];

/// Parse a document on the event path. The items of the top-level `claims`
/// list go to `on_item` in order (with the top-level entries read before the
/// list) and are not kept: the returned root holds an empty `claims` list.
///
/// A plain block list is read item by item: simple items by lines, others
/// by the event parser; a large one in two halves on two threads.
pub fn stream<'a>(
    src: &'a str,
    on_item: &mut dyn FnMut(Entries<'a, '_>, Item<'a>),
) -> Result<Node<'a>, Fallback> {
    let Some(layout) = lines::claims_layout(src) else {
        return Builder::new(src, Base::default(), true).run(src, on_item);
    };
    let first = layout.items.first().copied().ok_or(Fallback)?;
    // What comes before the list: the list's value is empty there.
    let mut head = Builder::new(src, Base::default(), false);
    let mut root = head.run(&src[..first], &mut |_, _| ())?;
    let mut count = head.count;
    let Value::Map(entries) = &mut root.value else {
        return Err(Fallback);
    };
    match entries.last_mut() {
        Some((k, v)) if k.as_str() == Some("claims") && v.value == Value::Null => {
            let (line, col) = layout.first_dash;
            *v = Node {
                value: Value::Seq(Vec::new()),
                pos: SmallPos::new(line, col),
            };
        }
        _ => return Err(Fallback),
    }
    count.events += 2;
    let starts = &layout.items;
    let n = starts.len();
    let half = if src.len() >= PARALLEL_MIN_BYTES && n >= 4 {
        n / 2
    } else {
        n
    };
    // The items see the entries before the list.
    let before = entries.len() - 1;
    std::thread::scope(|scope| {
        let rest = (half < n).then(|| {
            scope.spawn(move || {
                let mut items = Vec::new();
                let c = read_items(src, starts, (half, n), layout.end, &mut |it| items.push(it))?;
                Ok::<_, Fallback>((items, c))
            })
        });
        let part = read_items(src, starts, (0, half), layout.end, &mut |it| {
            on_item(&entries[..before], it)
        })?;
        count.add(&part);
        if let Some(rest) = rest {
            let (items, c) = rest.join().map_err(|_| Fallback)??;
            count.add(&c);
            for it in items {
                on_item(&entries[..before], it);
            }
        }
        Ok::<_, Fallback>(())
    })?;
    // What follows the list: more top-level entries, parsed alone.
    let base = Base {
        line: count_lines(&src[..layout.end]),
        byte: layout.end,
        depth: 0,
    };
    let mut tail = Builder::new(src, base, false);
    tail.count = count;
    let more = tail.run_tail(&src[layout.end..])?;
    for (k, v) in more {
        if entries.iter().any(|(ek, _)| ek.as_str() == k.as_str()) {
            return Err(Fallback);
        }
        entries.push((k, v));
    }
    Ok(root)
}

/// Read the items `from..to` of a list whose items start at `starts` (the
/// last one ending at `end`): simple ones by lines, others by the event
/// parser.
fn read_items<'a>(
    src: &'a str,
    starts: &[usize],
    (from, to): (usize, usize),
    end: usize,
    f: &mut dyn FnMut(Item<'a>),
) -> Result<Count, Fallback> {
    let mut count = Count::default();
    let mut line = starts.get(from).map_or(0, |&s| count_lines(&src[..s]));
    for index in from..to {
        let s = starts[index];
        let e = starts.get(index + 1).copied().unwrap_or(end);
        if let Some((node, start, stop)) = lines::simple_item(src, s, e, line + 1) {
            if let Value::Map(m) = &node.value {
                count.nodes += 1 + 2 * m.len();
                count.events += 2 + 2 * m.len();
            }
            let item = Item {
                node,
                index,
                start,
                end: stop,
            };
            f(item);
        } else {
            let base = Base {
                line,
                byte: s,
                depth: 1,
            };
            let mut b = Builder::new(src, base, true);
            b.partial = e < src.len();
            let mut got = Vec::new();
            b.run(&src[s..e], &mut |_, it| got.push(it))?;
            count.add(&b.count);
            let (Some(mut it), None) = (got.pop(), got.pop()) else {
                return Err(Fallback);
            };
            it.index = index;
            f(it);
        }
        line += count_lines(&src[s..e]);
    }
    if count.near_limit() {
        return Err(Fallback);
    }
    Ok(count)
}

/// [`stream`], with the items put back into the `claims` list: the whole
/// tree, to compare with [`parse_serde`]'s (tests and fuzzing).
#[doc(hidden)]
pub fn streamed_tree(src: &str) -> Result<Node<'_>, Fallback> {
    let mut items = Vec::new();
    let mut root = stream(src, &mut |_, it| items.push(it))?;
    if items.iter().enumerate().any(|(i, it)| it.index != i) {
        return Err(Fallback);
    }
    if let Value::Map(m) = &mut root.value {
        for (k, v) in m.iter_mut() {
            if k.as_str() == Some("claims") && matches!(v.value, Value::Seq(_)) {
                v.value = Value::Seq(items.drain(..).map(|it| it.node).collect());
            }
        }
    }
    Ok(root)
}

/// The byte ranges of the items of the top-level `claims` list (see
/// [`Item`]), for a document that only serde-saphyr reads (anchors, tags):
/// read on the event path, leniently. Empty when the source is not YAML.
pub fn claim_ranges(src: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut b = Builder::new(src, Base::default(), true);
    b.lax = true;
    let read = b.run(src, &mut |_, it| ranges.push((it.start, it.end)));
    if read.is_err() {
        ranges.clear();
    }
    ranges
}

fn count_lines(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'\n').count()
}

/// Below this size one parse is fast enough.
const PARALLEL_MIN_BYTES: usize = 256 * 1024;

/// Where a part of the source starts in the whole.
#[derive(Debug, Clone, Copy, Default)]
struct Base {
    /// Lines before it.
    line: usize,
    /// Bytes before it.
    byte: usize,
    /// Collections it is nested in.
    depth: usize,
}

/// Budget counters, as serde-saphyr counts them.
#[derive(Debug, Clone, Copy, Default)]
struct Count {
    events: usize,
    nodes: usize,
}

impl Count {
    fn add(&mut self, o: &Count) {
        self.events += o.events;
        self.nodes += o.nodes;
    }
    /// Near a budget, serde-saphyr decides (the counts here may differ by a
    /// few stream and document events).
    fn near_limit(&self) -> bool {
        self.events + 64 > MAX_EVENTS || self.nodes + 64 > MAX_NODES
    }
}

/// A collection being read.
struct Open<'a> {
    pos: SmallPos,
    /// Byte where it starts.
    start: usize,
    /// Byte where its content read so far ends.
    end: usize,
    flow: bool,
    kind: Kind<'a>,
}

enum Kind<'a> {
    Seq(Vec<Node<'a>>),
    /// Entries, and a key waiting for its value.
    Map(Vec<(Node<'a>, Node<'a>)>, Option<Node<'a>>),
}

struct Builder<'a> {
    /// The whole source (for block scalar ends).
    whole: &'a str,
    base: Base,
    count: Count,
    stack: Vec<Open<'a>>,
    root: Option<Node<'a>>,
    documents: usize,
    /// Whether the `claims` items are handed over (or kept in the tree).
    stream_claims: bool,
    /// Read anything valid (anchors, aliases, tags), only for the shape and
    /// the byte ranges: aliases become nulls, scalars stay untyped.
    lax: bool,
    /// Reading one item of a list alone, not the document to its end.
    partial: bool,
    /// Stack index of the `claims` list whose items are handed over.
    claims_at: Option<usize>,
    /// Items handed over.
    items: usize,
}

impl<'a> Builder<'a> {
    fn new(whole: &'a str, base: Base, stream_claims: bool) -> Self {
        Builder {
            whole,
            base,
            stream_claims,
            lax: false,
            partial: false,
            count: Count::default(),
            stack: Vec::new(),
            root: None,
            documents: 0,
            claims_at: None,
            items: 0,
        }
    }

    fn parser(part: &'a str) -> Parser<'a, granit_parser::StrInput<'a>> {
        let mut o = granit_parser::Options::default();
        o.set_emit_comments(false);
        Parser::new_from_str_with_options(part, o)
    }

    /// Read `part` (of `whole`); the root node.
    fn run(
        &mut self,
        part: &'a str,
        on_item: &mut dyn FnMut(Entries<'a, '_>, Item<'a>),
    ) -> Result<Node<'a>, Fallback> {
        self.read(part, on_item)?.ok_or(Fallback)
    }

    /// Read `part`; its root node, if it has one.
    fn read(
        &mut self,
        part: &'a str,
        on_item: &mut dyn FnMut(Entries<'a, '_>, Item<'a>),
    ) -> Result<Option<Node<'a>>, Fallback> {
        for ev in Self::parser(part) {
            let (ev, span) = ev.map_err(|_| Fallback)?;
            self.event(ev, span, on_item)?;
        }
        if !self.stack.is_empty() || (self.count.near_limit() && !self.lax) {
            return Err(Fallback);
        }
        Ok(self.root.take())
    }

    /// Read the part after the `claims` list: a mapping of more entries, or
    /// nothing.
    fn run_tail(&mut self, part: &'a str) -> Result<Vec<(Node<'a>, Node<'a>)>, Fallback> {
        match self.read(part, &mut |_, _| ())? {
            None => Ok(Vec::new()),
            Some(Node {
                value: Value::Map(m),
                ..
            }) => Ok(m),
            Some(_) => Err(Fallback),
        }
    }

    fn pos(&self, span: &Span) -> SmallPos {
        SmallPos::new(span.start.line() + self.base.line, span.start.col() + 1)
    }

    fn bytes(&self, span: &Span) -> (usize, usize) {
        let s = span.start.byte_offset().unwrap_or(0) + self.base.byte;
        let e = span.end.byte_offset().unwrap_or(0) + self.base.byte;
        (s, e.max(s))
    }

    fn event(
        &mut self,
        ev: Event<'a>,
        span: Span,
        on_item: &mut dyn FnMut(Entries<'a, '_>, Item<'a>),
    ) -> Result<(), Fallback> {
        self.count.events += 1;
        if self.count.near_limit() && !self.lax {
            return Err(Fallback);
        }
        match ev {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
            Event::DocumentStart(_, version) => {
                self.documents += 1;
                if self.documents > 1 || version.is_some() {
                    return Err(Fallback);
                }
            }
            Event::Alias(_) if self.lax => {
                let (start, end) = self.bytes(&span);
                let node = Node {
                    value: Value::Null,
                    pos: self.pos(&span),
                };
                self.complete(node, start, end, on_item)?;
            }
            Event::Scalar(value, style, anchor, tag) => {
                if (anchor != 0 || tag.is_some()) && !self.lax {
                    return Err(Fallback);
                }
                let block = matches!(style, ScalarStyle::Literal | ScalarStyle::Folded);
                if self.partial && block && value.trim().is_empty() {
                    // Where a blank block scalar starts depends on what
                    // follows it, beyond this part.
                    return Err(Fallback);
                }
                self.count.nodes += 1;
                let (start, mut end) = self.bytes(&span);
                if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
                    // A block scalar's span runs on over blank lines to the
                    // next line's indentation: end after the line break of
                    // its last non-blank line.
                    let b = self.whole.as_bytes();
                    while end > start && b.get(end - 1).is_some_and(u8::is_ascii_whitespace) {
                        end -= 1;
                    }
                    if b.get(end) == Some(&b'\r') {
                        end += 1;
                    }
                    if b.get(end) == Some(&b'\n') {
                        end += 1;
                    }
                }
                let value = if self.lax {
                    Value::Str(value)
                } else {
                    scalar(value, style)?
                };
                let node = Node {
                    value,
                    pos: self.pos(&span),
                };
                self.complete(node, start, end, on_item)?;
            }
            Event::SequenceStart(style, anchor, tag) => {
                self.open(&span, style, anchor, tag.is_some(), Kind::Seq(Vec::new()))?;
            }
            Event::MappingStart(style, anchor, tag) => {
                self.open(
                    &span,
                    style,
                    anchor,
                    tag.is_some(),
                    Kind::Map(Vec::new(), None),
                )?;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let open = self.stack.pop().ok_or(Fallback)?;
                let (_, span_end) = self.bytes(&span);
                let end = if open.flow { span_end } else { open.end };
                let value = match open.kind {
                    Kind::Seq(items) => Value::Seq(items),
                    Kind::Map(entries, None) => {
                        if !self.lax && has_duplicate_keys(&entries) {
                            return Err(Fallback);
                        }
                        Value::Map(entries)
                    }
                    Kind::Map(_, Some(_)) => return Err(Fallback),
                };
                if self.claims_at == Some(self.stack.len()) {
                    self.claims_at = None;
                }
                let node = Node {
                    value,
                    pos: open.pos,
                };
                self.complete(node, open.start, end, on_item)?;
            }
            _ => return Err(Fallback),
        }
        Ok(())
    }

    /// A collection starts.
    fn open(
        &mut self,
        span: &Span,
        style: StructureStyle,
        anchor: usize,
        tagged: bool,
        kind: Kind<'a>,
    ) -> Result<(), Fallback> {
        if (anchor != 0 || tagged) && !self.lax {
            return Err(Fallback);
        }
        self.count.nodes += 1;
        if self.stack.len() + 1 + self.base.depth > MAX_DEPTH && !self.lax {
            return Err(Fallback);
        }
        if self.stream_claims && matches!(kind, Kind::Seq(_)) && self.is_claims_value() {
            self.claims_at = Some(self.stack.len());
        }
        let (start, _) = self.bytes(span);
        self.stack.push(Open {
            pos: self.pos(span),
            start,
            end: start,
            flow: style == StructureStyle::Flow,
            kind,
        });
        Ok(())
    }

    /// True when a collection opening now is the top-level `claims` value
    /// (or, in the second part of a split document, the list itself).
    fn is_claims_value(&self) -> bool {
        match self.stack.as_slice() {
            [] => self.base.depth == 1,
            [Open {
                kind: Kind::Map(_, Some(key)),
                ..
            }] => self.base.depth == 0 && key.as_str() == Some("claims"),
            _ => false,
        }
    }

    /// A node is complete: it goes into the collection around it (or is the
    /// root, or a claim handed over).
    fn complete(
        &mut self,
        node: Node<'a>,
        start: usize,
        end: usize,
        on_item: &mut dyn FnMut(Entries<'a, '_>, Item<'a>),
    ) -> Result<(), Fallback> {
        let depth = self.stack.len();
        let Some(parent) = self.stack.last_mut() else {
            if self.root.is_some() {
                return Err(Fallback);
            }
            self.root = Some(node);
            return Ok(());
        };
        parent.end = parent.end.max(end);
        match &mut parent.kind {
            Kind::Seq(items) => {
                if self.claims_at == Some(depth - 1) {
                    let item = Item {
                        node,
                        index: self.items,
                        start,
                        end,
                    };
                    self.items += 1;
                    let entries: &[(Node, Node)] = match self.stack.first() {
                        Some(Open {
                            kind: Kind::Map(e, _),
                            ..
                        }) if depth == 2 => e,
                        _ => &[],
                    };
                    on_item(entries, item);
                } else {
                    items.push(node);
                }
            }
            Kind::Map(entries, pending) => match pending.take() {
                Some(key) => entries.push((key, node)),
                None => {
                    // Keys are strings here; anything else (and merge keys)
                    // is for serde-saphyr.
                    match node.as_str() {
                        Some(k) if k != "<<" => *pending = Some(node),
                        _ if self.lax => *pending = Some(node),
                        _ => return Err(Fallback),
                    }
                }
            },
        }
        Ok(())
    }
}

/// True when two keys of a mapping are the same string.
fn has_duplicate_keys(entries: &[(Node, Node)]) -> bool {
    if entries.len() <= 24 {
        return entries
            .iter()
            .enumerate()
            .any(|(i, (k, _))| entries[..i].iter().any(|(e, _)| e.as_str() == k.as_str()));
    }
    let mut seen = std::collections::HashSet::with_capacity(entries.len());
    !entries.iter().all(|(k, _)| seen.insert(k.as_str()))
}

/// A scalar's value, typed exactly as serde-saphyr types it for an untyped
/// target: quoted and block scalars are strings; a plain scalar is null,
/// a boolean (YAML 1.1 words), an integer, a float or a string. The common
/// shapes are decided here; any other plain scalar is typed by serde-saphyr
/// itself, parsed alone.
fn scalar(v: Cow<'_, str>, style: ScalarStyle) -> Result<Value<'_>, Fallback> {
    if style != ScalarStyle::Plain {
        return Ok(Value::Str(v));
    }
    let s: &str = &v;
    if matches!(s, "" | "~" | "null" | "Null" | "NULL") {
        return Ok(Value::Null);
    }
    let bool_word = |words: &[&str]| words.iter().any(|w| s.eq_ignore_ascii_case(w));
    if bool_word(&["true", "yes", "y", "on"]) {
        return Ok(Value::Bool(true));
    }
    if bool_word(&["false", "no", "n", "off"]) {
        return Ok(Value::Bool(false));
    }
    let b = s.as_bytes();
    // A letter or non-ASCII first, or a space inside: no number reads so.
    if b[0].is_ascii_alphabetic() || b[0] >= 0x80 || b.contains(&b' ') {
        return Ok(Value::Str(v));
    }
    let digits = |d: &[u8]| !d.is_empty() && d.iter().all(u8::is_ascii_digit);
    if digits(b) && (b[0] != b'0' || b.len() == 1) && b.len() <= 18 {
        return s.parse().map(Value::Int).map_err(|_| Fallback);
    }
    if let Some((i, f)) = s.split_once('.') {
        if digits(i.as_bytes()) && digits(f.as_bytes()) && (!i.starts_with('0') || i.len() == 1) {
            return s.parse().map(Value::Float).map_err(|_| Fallback);
        }
    }
    if s.starts_with("---") || s.starts_with("...") || b.iter().any(|c| c.is_ascii_whitespace()) {
        return Err(Fallback);
    }
    // Rare shapes (dates, signs, exponents, radixes...): serde-saphyr types
    // the scalar alone, as it would in place.
    match parse_serde(s).map(|n| n.value) {
        Ok(Value::Str(t)) => Ok(Value::Str(Cow::Owned(t.into_owned()))),
        Ok(Value::Seq(_) | Value::Map(_)) | Err(_) => Err(Fallback),
        Ok(Value::Null) => Ok(Value::Null),
        Ok(Value::Bool(x)) => Ok(Value::Bool(x)),
        Ok(Value::Int(x)) => Ok(Value::Int(x)),
        Ok(Value::Float(x)) => Ok(Value::Float(x)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map<'n, 'a>(n: &'n Node<'a>) -> &'n [(Node<'a>, Node<'a>)] {
        match &n.value {
            Value::Map(m) => m,
            _ => panic!("not a map: {n:?}"),
        }
    }

    #[test]
    fn positions_are_recorded() {
        let n = parse("a: 1\nb:\n  - x\n  - {c: d}\n").unwrap_or_else(|e| panic!("{e:?}"));
        let m = map(&n);
        assert_eq!(m[1].0.as_str(), Some("b"));
        assert_eq!(m[1].0.pos().line, 2);
        let Value::Seq(s) = &m[1].1.value else {
            panic!("not a seq")
        };
        assert_eq!(s[0].pos(), Pos { line: 3, col: 5 });
        assert_eq!(s[1].pos().line, 4);
    }

    /// The event path's tree, which must equal serde-saphyr's.
    fn same_tree(src: &str) -> Node<'_> {
        let events = parse_events(src).unwrap_or_else(|_| panic!("event path gave up on {src:?}"));
        let serde = parse_serde(src).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(events, serde, "{src:?}");
        events
    }

    const SHAPES: &str = "# comment\n\
title: \"Quoted \\\"title\\\" \\u00e9\"  # trailing\n\
date: 2025-02-26\n\
single: 'it''s'\n\
plain: a plain\n  scalar over\n\n  lines\n\
literal: |\n  one\n   two\n\n\
folded: >-\n  folded\n  text\n\
empty:\n\
tilde: ~\n\
nulls: [null, Null, NULL, nULL]\n\
bools: [yes, No, TRUE, off, y, N, On]\n\
numbers: [0, 7, 42, -3, +4, 0.8, 1.50, 1e3, -2.5e-3, 0x1F, 0o17, 0b101, 007, 1_000, .5, 12:30, 99999999999999999999, 123456789012345678]\n\
odd: [1.2.3, 2025-02-26T10:00Z, 3rd, -x, :y, a:b, 'no', \"~\"]\n\
flow: {a: [1, {b: c}], 'd': \"e\"}\n\
nested:\n  - - x\n    - y\n  - k: v\n    l:\n      - m\n\
unicode: Київ “quoted” — 和平\n\
claims:\n  - id: c1\n    quote: >\n      a quote\n  - {id: c2}\n";

    #[test]
    fn the_event_path_builds_serde_saphyrs_tree() {
        same_tree(SHAPES);
        same_tree(include_str!("../data/trump-cabinet-2025-02-26.yaml"));
        same_tree(include_str!("../data/profiles/default.yaml"));
        let md = include_str!("../FORMAT.md");
        let start = md.find("```yaml\n").map_or(0, |i| i + 8);
        let len = md[start..].find("```").unwrap_or(0);
        same_tree(&md[start..start + len]);
        same_tree(&crate::synth::generate(100_000, 100, "a.txt").yaml);
        same_tree("---\na: 1\n...\n");
        same_tree("[1, 2]");
        same_tree("just text");
    }

    #[test]
    fn plain_scalars_are_typed_as_serde_saphyr_types_them() {
        let pieces = [
            "0", "1", "9", "00", ".", "-", "+", "_", "e", "E", "x", "o", "b", ":", "~", "n", "y",
            "inf", "nan", "true", "null", "a", "Z", "é", "1e", "0x", "T", "ü",
        ];
        // Every concatenation of up to three pieces.
        let mut words = vec![String::new()];
        for _ in 0..3 {
            let more: Vec<String> = words
                .iter()
                .flat_map(|w| pieces.iter().map(move |p| format!("{w}{p}")))
                .collect();
            words.extend(more);
        }
        words.sort();
        words.dedup();
        for w in words.iter().filter(|w| !w.is_empty()) {
            let doc = format!("k: {w}\n");
            if let Ok(t) = parse_events(&doc) {
                let s = parse_serde(&doc).unwrap_or_else(|e| panic!("{w:?}: {e:?}"));
                assert_eq!(t, s, "{w:?}");
            }
        }
    }

    #[test]
    fn the_event_path_leaves_what_it_does_not_handle_to_serde_saphyr() {
        for src in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: 1\na: 2\n",
            "a: 1\n'a': 2\n",
            "a: 1\n---\nb: 2\n",
            "%YAML 1.2\n---\na: 1\n",
            "<<: {a: 1}\n",
            "1: a\n",
            "? [a]\n: b\n",
            "a: [\n",
            "# only a comment\n",
            "a: ---x\n",
        ] {
            assert_eq!(parse_events(src).err(), Some(Fallback), "{src:?}");
        }
        // Too deep for the budget.
        let deep = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        assert_eq!(parse_events(&deep).err(), Some(Fallback));
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn claims_are_handed_over_in_order_with_their_byte_ranges() {
        let src = "topics: [t]\nclaims:\n  - id: a\n    q: x   # c\n  - [1, 2]\n  - z\nafter: 1\n";
        let mut got = Vec::new();
        let root = stream(src, &mut |entries, it| {
            assert_eq!(entries.len(), 1);
            got.push((it.index, &src[it.start..it.end]));
        })
        .unwrap_or_else(|_| panic!("fell back"));
        assert_eq!(got, [(0, "id: a\n    q: x"), (1, "[1, 2]"), (2, "z")]);
        let m = map(&root);
        assert_eq!(m[1].1.value, Value::Seq(Vec::new()));
        assert_eq!(m[2].0.as_str(), Some("after"));
        assert_eq!(claim_ranges(src), [(24, 38), (49, 55), (60, 61)]);
        // With an alias (only serde-saphyr reads it), the ranges still come.
        let aliased = "x: &a {k: v}\nclaims:\n  - *a\n  - {k: w}\n";
        assert_eq!(claim_ranges(aliased), [(25, 27), (32, 38)]);
        // With a merge key (`<<`, only serde-saphyr merges).
        let merged = "base: &b {party: p}\nclaims:\n  - <<: *b\n    id: a\n  - id: c\n";
        assert_eq!(claim_ranges(merged), [(32, 48), (53, 58)]);
        assert_eq!(&merged[32..48], "<<: *b\n    id: a");
    }

    /// `stream` with the items put back into the `claims` list.
    fn streamed_whole(src: &str) -> Node<'_> {
        streamed_tree(src).unwrap_or_else(|_| panic!("fell back"))
    }

    #[test]
    fn a_split_parse_equals_a_whole_parse() {
        let s = crate::synth::generate(600_000, 2_000, "a.txt");
        assert!(claims_layout(&s.yaml).is_some());
        let whole = parse_serde(&s.yaml).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(streamed_whole(&s.yaml), whole);
        // Some items for the event parser (block scalars), on both threads.
        let mixed: String = s
            .yaml
            .split_inclusive('\n')
            .enumerate()
            .map(|(i, l)| match l.strip_prefix("    quote: \"") {
                Some(q) if i % 7 == 0 && !q.contains('\\') => {
                    format!(
                        "    quote: >-\n      {}\n",
                        q.trim_end().trim_end_matches('"')
                    )
                }
                _ => l.to_string(),
            })
            .collect();
        assert_ne!(mixed, s.yaml);
        assert_eq!(
            streamed_whole(&mixed),
            parse_serde(&mixed).unwrap_or_else(|e| panic!("{e:?}"))
        );
        // A trailing top-level key after the list keeps its line.
        let y = format!("{}extra: 1\n# end\n", s.yaml);
        assert_eq!(
            streamed_whole(&y),
            parse_serde(&y).unwrap_or_else(|e| panic!("{e:?}"))
        );
        // A key of the tail that repeats one before the list: serde-saphyr says so.
        let dup = format!("{}title: again\n", s.yaml);
        assert!(stream(&dup, &mut |_, _| ()).is_err());
        assert!(parse(&dup).is_err_and(|e| e.message.to_lowercase().contains("duplicate")));
    }

    /// Claim items of every shape the line lane reads or leaves to the
    /// event parser.
    fn items_doc(seed: u64, items: usize) -> String {
        const KEYS: &[&str] = &[
            "id", "party", "quote", "x-y", "on", "n", "e1", "Key_2", "a b", "<<",
        ];
        const VALUES: &[&str] = &[
            "plain words here",
            "2025-01-01",
            "0.85",
            "12",
            "-1",
            "yes",
            "~",
            "null",
            "\"dq with \\\" esc\"",
            "\"\\u00e9\\x41\\U0001F600 \\t\\n\\/\"",
            "\"unterminated",
            "'single'",
            "a: b",
            "a #c",
            "x:",
            "[a, b]",
            "{a: b}",
            ">-\n        folded\n        text",
            "|\n        lit\n",
            "plain\n        continued",
            "Київ “q” — 和平",
            "\"bad \\q\"",
            "",
            "v   ",
            "\"dq\" # comment",
            "\"\"",
            "a#b",
            "-x",
            "%x",
            "\"\\ud800\"",
            "1e3",
            ".5",
            "\"a\"b",
            "x\u{85}y",
            "x\u{2028}y",
            "\u{feff}x",
            "0x1F",
            "\"  spaced  \"",
            ">-\n\n",
            "|\n",
        ];
        const GOOD: &[usize] = &[
            0, 1, 2, 3, 5, 6, 8, 9, 16, 17, 18, 19, 20, 23, 24, 25, 26, 30, 31, 37,
        ];
        let mut rng = seed | 1;
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        let mut y = String::from("title: t\nclaims:\n");
        for i in 0..items {
            let dash = ["  - ", "  -   ", "  - "][next(3)];
            y.push_str(dash);
            let fields = 1 + next(4);
            let mut used = Vec::new();
            for f in 0..fields {
                let key = if next(30) == 0 {
                    KEYS[next(KEYS.len())]
                } else {
                    ["id", "quote", "speaker", "mode"][f]
                };
                if f == 0 && next(3) == 0 {
                    y.push_str(&format!("id: c{i}\n"));
                    used.push("id");
                    continue;
                }
                let ind = match (f, next(200)) {
                    (0, _) => String::new(),
                    (_, 0) => " ".repeat(dash.len() + 1),
                    (_, 1) => " ".repeat(dash.len() - 1),
                    _ => " ".repeat(dash.len()),
                };
                if next(8) == 0 {
                    y.push_str("    # a comment\n\n");
                }
                // Mostly values that load, sometimes anything.
                let v = if next(40) == 0 {
                    next(VALUES.len())
                } else {
                    GOOD[next(GOOD.len())]
                };
                y.push_str(&format!("{ind}{key}: {}\n", VALUES[v]));
                used.push(key);
            }
        }
        y.push_str(["", "after: 1\n", "# end\n", "", "title: again\n"][next(5)]);
        y
    }

    #[test]
    fn the_line_lane_reads_what_the_event_parser_reads() {
        let mut lane = 0;
        for seed in 1..600u64 {
            let y = items_doc(seed, 6);
            let reference = parse_serde(&y);
            let mut items = Vec::new();
            match stream(&y, &mut |_, it| items.push(it)) {
                Ok(_) => {
                    lane += 1;
                    let whole = streamed_whole(&y);
                    assert_eq!(Ok(&whole), reference.as_ref(), "{y}");
                    for it in &items {
                        let text = &y[it.start..it.end];
                        // From the first key to the last value; a block
                        // scalar's last line break included.
                        let block_end = ["text\n", "lit\n", ">-\n", "|\n"];
                        assert!(!text.starts_with(['-', ' ']), "{text:?}");
                        assert!(
                            !text.ends_with([' ', '\n'])
                                || block_end.iter().any(|b| text.ends_with(b)),
                            "{text:?}"
                        );
                    }
                }
                Err(Fallback) => {
                    // (Invalid documents, and the rare keys that are not strings.)
                }
            }
        }
        assert!(lane > 150, "only {lane} documents on the fast paths");
    }

    #[test]
    fn blank_block_scalars_at_the_end_of_an_item() {
        // Where such a scalar starts depends on what follows it: the item
        // is not read alone.
        for tail in ["", "  - id: b\n", "x: 1\n"] {
            for blank in ["quote: >-\n\n\n", "quote: |\n", "quote: |+\n\n"] {
                let y = format!("claims:\n  - id: a\n    {blank}{tail}");
                let reference = parse_serde(&y);
                if stream(&y, &mut |_, _| ()).is_ok() {
                    assert_eq!(Ok(streamed_whole(&y)), reference, "{y:?}");
                }
            }
        }
    }

    #[test]
    fn no_split_for_anything_unusual() {
        assert_eq!(claims_layout("claims: [a, b]\n"), None);
        assert_eq!(
            claims_layout("a: &x 1\nclaims:\n- 1\n- 2\n- 3\n- 4\n- 5\n"),
            None
        );
        let l = claims_layout("claims:\n- 1\n- 2\n").unwrap_or_else(|| panic!("no layout"));
        assert_eq!((l.items, l.end, l.first_dash), (vec![8, 12], 16, (2, 1)));
        let src = "claims:\n  # c\n  - 1\n  - 2\n    - 3\nz: 1\n";
        let l = claims_layout(src).unwrap_or_else(|| panic!("no layout"));
        assert_eq!((l.items, l.end, l.first_dash), (vec![14, 20], 34, (3, 3)));
    }

    #[test]
    fn dates_stay_strings() {
        let n = parse("date: 2025-02-26").unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(map(&n)[0].1.as_str(), Some("2025-02-26"));
    }

    #[test]
    fn duplicate_keys_and_several_documents_are_errors() {
        let e = parse("a: 1\na: 2\n").err().map(|e| e.message);
        assert!(e.is_some_and(|m| m.to_lowercase().contains("duplicate")));
        assert!(parse("a: 1\n---\nb: 2\n").is_err());
        // In a mapping of more than 24 keys too (a set, not pairs).
        let many: String = (0..30).map(|i| format!("k{i}: {i}\n")).collect();
        assert!(parse_events(&many).is_ok());
        let e = parse(&format!("{many}k7: again\n")).err();
        assert!(
            e.is_some_and(|e| e.pos.line == 31 && e.message.to_lowercase().contains("duplicate"))
        );
    }

    #[test]
    fn kinds_are_put_in_words() {
        // The loader's messages say what was found ("must be text, found a
        // list").
        let n = parse("[~, true, 1, 1.5, x, [], {}]").unwrap_or_else(|e| panic!("{e:?}"));
        let Value::Seq(s) = &n.value else {
            panic!("not a list")
        };
        let kinds: Vec<&str> = s.iter().map(Node::kind).collect();
        assert_eq!(
            kinds,
            [
                "nothing (null)",
                "a boolean",
                "a number",
                "a number",
                "a string",
                "a list",
                "a mapping"
            ]
        );
    }

    #[test]
    fn a_list_after_a_mapping_under_claims_is_a_yaml_error() {
        // The lines look like a `claims:` list, but `claims` is a mapping
        // and the list after it is invalid YAML: not read as a list.
        let y = "claims:\n    foo: bar\n  - id: a\n  - id: b\n";
        assert!(claims_layout(y).is_some());
        assert_eq!(stream(y, &mut |_, _| ()).err(), Some(Fallback));
        let e = parse(y).err().map(|e| (e.pos.line, e.message));
        assert!(e.is_some_and(|(line, m)| line == 3 && m.contains("did not find expected key")));
    }

    /// A `claims:` list of `n` items of three entries (7 nodes each), and
    /// `after`.
    fn three_entry_items(n: usize, after: &str) -> String {
        let mut y = String::with_capacity(n * 21 + after.len() + 8);
        y.push_str("claims:\n");
        for _ in 0..n {
            y.push_str("- a: 1\n  b: 2\n  c: 3\n");
        }
        y.push_str(after);
        y
    }

    #[test]
    fn a_document_over_the_node_budget_is_left_to_serde_saphyr() {
        // serde-saphyr refuses a document of more than MAX_NODES nodes; the
        // event path counts as it does and gives such a document over,
        // within 64 nodes of the limit. Counted here: the root mapping,
        // `claims` and its null value (3), 7 a claim, and after the list
        // the mapping, its key and list (3) and each number.
        let over = 3 + 7 * 285_710;
        assert!(over + 64 > MAX_NODES && over < MAX_NODES);
        let y = three_entry_items(285_710, "");
        assert_eq!(stream(&y, &mut |_, _| ()).err(), Some(Fallback));
        // The numbers of a list after the claims count too.
        let under = 3 + 7 * 285_700 + 3;
        assert!(under + 10 + 64 <= MAX_NODES && under + 100 + 64 > MAX_NODES);
        let within = three_entry_items(285_700, &format!("after: [{}0]\n", "0, ".repeat(9)));
        let mut items = 0;
        let root = stream(&within, &mut |_, _| items += 1);
        assert!(root.is_ok() && items == 285_700);
        let y = three_entry_items(285_700, &format!("after: [{}0]\n", "0, ".repeat(99)));
        assert_eq!(stream(&y, &mut |_, _| ()).err(), Some(Fallback));
        // And its lists.
        let y = three_entry_items(285_700, &format!("after: [{}[]]\n", "[], ".repeat(99)));
        assert_eq!(stream(&y, &mut |_, _| ()).err(), Some(Fallback));
    }

    #[test]
    fn an_item_ending_in_a_block_scalar_runs_to_its_last_line_break() {
        // The byte ranges are what curation rewrites: an item's range ends
        // after its block scalar's last line, not on the blank lines or
        // the indentation after it.
        for (src, want) in [
            (
                "claims:\n  - id: a\n    quote: |\n      one\n\n      two\n\n  - id: b\n    quote: >-\n      three\n",
                vec!["id: a\n    quote: |\n      one\n\n      two\n", "id: b\n    quote: >-\n      three\n"],
            ),
            (
                "claims:\r\n  - id: a\r\n    quote: |\r\n      one\r\n\r\n  - id: b\r\n    quote: >-\r\n      three\r\n",
                vec!["id: a\r\n    quote: |\r\n      one\r\n", "id: b\r\n    quote: >-\r\n      three\r\n"],
            ),
            ("claims:\n  - id: a\n    quote: |\n", vec!["id: a\n    quote: |\n"]),
            ("claims:\n- quote: |\n\n", vec!["quote: |\n"]),
        ] {
            let mut got = Vec::new();
            stream(src, &mut |_, it| got.push(&src[it.start..it.end]))
                .unwrap_or_else(|_| panic!("fell back on {src:?}"));
            assert_eq!(got, want, "{src:?}");
            let ranges: Vec<&str> = claim_ranges(src).into_iter().map(|(s, e)| &src[s..e]).collect();
            assert_eq!(ranges, want, "{src:?}");
        }
    }

    #[test]
    fn the_depth_limit_is_serde_saphyrs() {
        let nested = |d: usize| format!("{}{}", "[".repeat(d), "]".repeat(d));
        // The root mapping and 31 lists: 32 deep, read; one more is not.
        let y = format!("a: {}\n", nested(31));
        assert_eq!(parse_events(&y).ok(), parse_serde(&y).ok());
        assert!(parse_events(&y).is_ok());
        let y = format!("a: {}\n", nested(32));
        assert_eq!(parse_events(&y).err(), Some(Fallback));
        let e = parse(&y).err().map(|e| e.message);
        assert!(e.is_some_and(|m| m.contains("Depth")));
        // In a claim: the root, the list, and 30 lists.
        let claims = |d: usize| format!("claims:\n  - a: |\n      x\n  - {}\n", nested(d));
        let y = claims(30);
        assert_eq!(streamed_tree(&y).ok(), parse_serde(&y).ok());
        assert!(streamed_tree(&y).is_ok());
        let y = claims(31);
        assert_eq!(streamed_tree(&y).err(), Some(Fallback));
        assert!(parse(&y).is_err());
    }

    #[test]
    fn a_tagged_collection_is_typed_by_serde_saphyr() {
        // serde-saphyr refuses a list tagged as a mapping or a string.
        for y in ["a: !!map [1]\n", "a: !!str [1]\n", "a: !!seq {b: 1}\n"] {
            assert_eq!(parse_events(y).err(), Some(Fallback), "{y:?}");
            let e = parse(y).err().map(|e| (e.pos, e.message));
            assert!(
                e.as_ref()
                    .is_some_and(|(p, m)| p.line == 1 && m.contains("tag")),
                "{y:?}: {e:?}"
            );
        }
    }

    #[test]
    fn a_flow_claims_list_is_handed_over_with_the_entries_before_it() {
        // Not a block list: read by the event parser, item by item.
        let src = "topics: [t]\nclaims: [{id: a}, {id: b}, {id: c}]\n";
        let mut got = Vec::new();
        stream(src, &mut |entries, it| {
            let before: Vec<String> = entries
                .iter()
                .filter_map(|(k, _)| k.as_str().map(String::from))
                .collect();
            got.push((before, it.index, &src[it.start..it.end]));
        })
        .unwrap_or_else(|_| panic!("fell back"));
        let topics = vec!["topics".to_string()];
        assert_eq!(
            got,
            [
                (topics.clone(), 0, "{id: a}"),
                (topics.clone(), 1, "{id: b}"),
                (topics, 2, "{id: c}")
            ]
        );
    }

    #[test]
    fn a_second_document_after_the_claims_list_is_refused() {
        // A `---` or `...` line ending the list starts another document:
        // serde-saphyr refuses the file (one document only); its keys were
        // once read into the first document's.
        for (y, line) in [
            ("claims:\n- id: a\n---\ntitle: b\n", 3),
            ("claims:\n  - id: a\n\n# c\n---\ntitle: b\n", 5),
            ("claims:\n  - id: a\n...\ntitle: b\n", 4),
        ] {
            assert_eq!(streamed_tree(y).err(), Some(Fallback), "{y:?}");
            let e = parse_serde(y).err().map(|e| (e.pos.line, e.message));
            assert!(
                e.as_ref()
                    .is_some_and(|(l, m)| *l == line && m.contains("Documents")),
                "{y:?}: {e:?}"
            );
        }
        // A document end with nothing after it is one document.
        let y = "claims:\n  - id: a\n...\n";
        assert_eq!(streamed_tree(y).ok(), parse_serde(y).ok());
        assert!(streamed_tree(y).is_ok());
    }

    #[test]
    fn the_line_lane_reads_unusual_items_as_serde_saphyr_does() {
        // Each claim read on the line lane (or sent on) must come out as
        // serde-saphyr reads it, or the document falls back to it.
        for item in [
            "id : a",
            "a b: 1",
            "q: \"a\\tb\\u00e9\\\"c\\\" \\\\ d\"",
            "q: \"a\\ \"",
            "q: \"a\\tb\"",
            "q: \"tab\\there\"   ",
            "_x: 1",
            "note: a#b",
            "q: a\u{85}b \u{2028}",
        ] {
            for end in ["\n", ""] {
                let y = format!("title: t\nclaims:\n  - id: z\n  - {item}\n    k: v{end}");
                let whole = streamed_tree(&y);
                assert!(whole.is_ok(), "{y:?}");
                assert_eq!(whole.ok(), parse_serde(&y).ok(), "{y:?}");
            }
        }
        // Invalid YAML in a claim: never read as something.
        for item in [
            "q: \"a\"b",
            "q: \"a\" \"b\"",
            "q: \"a\\ ",
            "q: a\u{1}b",
            "q: a\u{7f}b",
        ] {
            let y = format!("claims:\n  - id: z\n  - {item}\n");
            assert_eq!(streamed_tree(&y).err(), Some(Fallback), "{y:?}");
            assert!(parse_serde(&y).is_err(), "{y:?}");
        }
    }
}
