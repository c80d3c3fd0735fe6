//! Export of the library views (`standpoint export DIR --view ...`) in the
//! formats of [`crate::export::Format`]: text (wrapped to a width),
//! Markdown (GitHub tables), JSON (offsets in characters, as in the
//! document export) and CSV (one row per document, claim or cell).
//!
//! Views: `library` (the documents), `timeline` (every party × topic),
//! `timeline:PARTY:TOPIC` (one), `matrix` (party × topic, latest stances).
//! Paths are shown relative to the library's root, so an export does not
//! depend on where the library sits on disk.

use std::io::Write;

use serde::Serialize;
use textwrap::Options;

use super::timeline::{self, Entry, LibraryMatrix, Timeline};
use super::{DocKind, DocSummary, IndexError, Library};
use crate::export::markdown::{code, escape};
use crate::export::{ExportError, Format, MAX_LISTED, MIN_WIDTH};

/// A view of the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryView {
    /// Every document (`library`).
    Library,
    /// Every party × topic timeline (`timeline`).
    Timelines,
    /// One timeline (`timeline:PARTY:TOPIC`).
    Timeline { party: String, topic: String },
    /// Party × topic, latest stances (`matrix`).
    Matrix,
}

/// Why a library export failed.
#[derive(Debug, thiserror::Error)]
pub enum LibraryExportError {
    #[error(transparent)]
    View(#[from] ExportError),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
}

impl LibraryView {
    /// True when `s` names a library view (so `export FILE --view s` is
    /// meant for a library).
    pub fn is_library_view(s: &str) -> bool {
        s == "library" || s == "timeline" || s.starts_with("timeline:")
    }

    /// Parse a view, checking party and topic ids against the library; an
    /// unknown id lists the valid ones and suggests the closest.
    pub fn parse(s: &str, lib: &Library) -> Result<LibraryView, LibraryExportError> {
        match s {
            "library" => return Ok(LibraryView::Library),
            "timeline" => return Ok(LibraryView::Timelines),
            "matrix" => return Ok(LibraryView::Matrix),
            _ => {}
        }
        let Some(rest) = s.strip_prefix("timeline:") else {
            let near = crate::diag::did_you_mean(s, &["library", "timeline", "matrix"])
                .map(|n| format!(" (did you mean `{n}`?)"))
                .unwrap_or_default();
            return Err(ExportError::BadView(format!(
                "unknown library view `{s}`{near}; use library, timeline, timeline:PARTY:TOPIC or matrix"
            ))
            .into());
        };
        let (party, topic) = rest.split_once(':').unwrap_or((rest, ""));
        let check = |what: &str, id: &str, known: Vec<String>| -> Result<(), ExportError> {
            if known.iter().any(|k| k == id) {
                return Ok(());
            }
            let ids: Vec<&str> = known.iter().map(String::as_str).collect();
            let mut msg = if id.is_empty() {
                format!("view `{s}` names no {what}; write timeline:PARTY:TOPIC")
            } else {
                format!("unknown {what} `{id}` in view `{s}`")
            };
            if let Some(n) = crate::diag::did_you_mean(id, &ids) {
                msg.push_str(&format!(" (did you mean `{n}`?)"));
            }
            let shown: Vec<&str> = ids.iter().take(MAX_LISTED).copied().collect();
            msg.push_str(&format!("; the library's {what} ids: {}", shown.join(", ")));
            if ids.len() > MAX_LISTED {
                msg.push_str(&format!(" and {} more", ids.len() - MAX_LISTED));
            }
            Err(ExportError::BadView(msg))
        };
        check(
            "party",
            party,
            lib.parties()?.into_iter().map(|n| n.id).collect(),
        )?;
        check(
            "topic",
            topic,
            lib.topics()?.into_iter().map(|n| n.id).collect(),
        )?;
        Ok(LibraryView::Timeline {
            party: party.to_string(),
            topic: topic.to_string(),
        })
    }

    pub fn name(&self) -> String {
        match self {
            LibraryView::Library => "library".into(),
            LibraryView::Timelines => "timeline".into(),
            LibraryView::Timeline { party, topic } => format!("timeline:{party}:{topic}"),
            LibraryView::Matrix => "matrix".into(),
        }
    }
}

/// What a view holds, read from the library once.
enum Data {
    Docs(Vec<DocSummary>),
    Matrix(LibraryMatrix),
}

/// Render `view` of `lib` in `format` (text wrapped to `width`, at least
/// [`MIN_WIDTH`]). The result ends with a newline.
pub fn render(
    lib: &Library,
    view: &LibraryView,
    format: Format,
    width: usize,
) -> Result<String, LibraryExportError> {
    let data = match view {
        LibraryView::Library => Data::Docs(lib.documents()?),
        LibraryView::Timelines | LibraryView::Timeline { .. } => {
            let mut out = Vec::new();
            render_to(lib, view, format, width, &mut out)?;
            return Ok(String::from_utf8(out).unwrap_or_default());
        }
        LibraryView::Matrix => Data::Matrix(timeline::matrix(lib)?),
    };
    let w = Writer { lib, view };
    Ok(match format {
        Format::Text => w.text(&data, width.max(MIN_WIDTH)),
        Format::Markdown => w.markdown(&data),
        Format::Json => w.json(&data),
        Format::Csv => w.csv(&data),
        Format::W3c => return Err(w3c_refused().into()),
    })
}

struct Writer<'a> {
    lib: &'a Library,
    view: &'a LibraryView,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() {
        "—"
    } else {
        s
    }
}

/// "1 change, 2 conflicts" for a timeline.
fn marks(t: &Timeline) -> String {
    format!(
        "{}, {}, {}",
        plural(t.entries.len(), "claim", "claims"),
        plural(t.changes(), "change", "changes"),
        plural(t.conflicts(), "conflict", "conflicts")
    )
}

/// "changed: FAVOR on D1 → AGAINST on D2".
fn change_words(e: &Entry) -> Option<String> {
    e.change.as_ref().map(|c| {
        format!(
            "changed: {} on {} → {} on {}",
            c.from.badge(),
            or_dash(&c.from_date),
            e.claim.stance.badge(),
            or_dash(&e.doc.date)
        )
    })
}

/// "conflicts with: Ostrevia (FAVOR, 2025-01-14), ...".
fn conflict_words(e: &Entry) -> Option<String> {
    (!e.conflicts.is_empty()).then(|| {
        let v: Vec<String> = e
            .conflicts
            .iter()
            .map(|o| {
                format!(
                    "{} ({}, {})",
                    o.party_name,
                    o.stance.badge(),
                    or_dash(&o.date)
                )
            })
            .collect();
        format!("conflicts with: {}", v.join(", "))
    })
}

fn doc_summary_words(lib: &Library, d: &DocSummary) -> String {
    let mut parts = vec![lib.shown(&d.path)];
    if !d.source.is_empty() {
        parts.push(d.source.clone());
    }
    parts.push(match d.kind {
        DocKind::Article => "no annotation (drafted on demand)".to_string(),
        _ => plural(d.claims, "claim", "claims"),
    });
    if d.drafts > 0 {
        parts.push(format!("{} to review", plural(d.drafts, "draft", "drafts")));
    }
    parts.join(" · ")
}

fn header_words(lib: &Library, docs: &[DocSummary]) -> String {
    let claims: usize = docs.iter().map(|d| d.claims).sum();
    let drafts: usize = docs.iter().map(|d| d.drafts).sum();
    let errors = docs.iter().filter(|d| d.error.is_some()).count();
    let roots: Vec<String> = lib.roots().iter().map(|r| lib.shown(r)).collect();
    format!(
        "Library {}: {}, {}, {} to review, {}",
        roots.join(", "),
        plural(docs.len(), "document", "documents"),
        plural(claims, "claim", "claims"),
        plural(drafts, "draft", "drafts"),
        plural(errors, "error", "errors")
    )
}

impl Writer<'_> {
    fn wrap(out: &mut String, text: &str, width: usize, first: &str, rest: &str) {
        let opts = Options::new(width)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(false);
        for line in textwrap::wrap(text, opts) {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }

    fn text(&self, data: &Data, width: usize) -> String {
        let mut s = String::new();
        let ind = " ".repeat(12);
        match data {
            Data::Docs(docs) => {
                Self::wrap(&mut s, &header_words(self.lib, docs), width, "", "");
                for d in docs {
                    s.push('\n');
                    let date = format!("{:<12}", or_dash(&d.date));
                    Self::wrap(&mut s, &d.title, width, &date, &ind);
                    Self::wrap(&mut s, &doc_summary_words(self.lib, d), width, &ind, &ind);
                    if let Some(e) = d.error_line() {
                        Self::wrap(&mut s, &format!("error: {e}"), width, &ind, &ind);
                    }
                }
            }
            Data::Matrix(m) => {
                Self::wrap(
                    &mut s,
                    &format!(
                        "Matrix: {} by {}, the latest stance of each (* changed)",
                        plural(m.parties.len(), "party", "parties"),
                        plural(m.topics.len(), "topic", "topics")
                    ),
                    width,
                    "",
                    "",
                );
                for (pi, p) in m.parties.iter().enumerate() {
                    s.push('\n');
                    Self::wrap(&mut s, &format!("{} ({})", p.name, p.id), width, "", "");
                    for (ti, t) in m.topics.iter().enumerate() {
                        let cell = m.cells.get(pi).and_then(|r| r.get(ti)).cloned().flatten();
                        let words = match cell {
                            None => format!("{}: (no stated position)", t.name),
                            Some(c) => format!(
                                "{}: {}{} {} ({}, {})",
                                t.name,
                                c.latest.badge(),
                                if c.changed { "*" } else { "" },
                                c.target,
                                or_dash(&c.date),
                                plural(c.claims, "claim", "claims")
                            ),
                        };
                        Self::wrap(&mut s, &words, width, "  ", "    ");
                    }
                }
            }
        }
        s
    }

    fn markdown(&self, data: &Data) -> String {
        let mut s = String::new();
        match data {
            Data::Docs(docs) => {
                s.push_str(&format!("# {}\n\n", escape(&header_words(self.lib, docs))));
                s.push_str("| Date | Title | Source | Claims | Drafts | File | Error |\n");
                s.push_str("|---|---|---|---:|---:|---|---|\n");
                for d in docs {
                    let claims = match d.kind {
                        DocKind::Article => "—".to_string(),
                        _ => d.claims.to_string(),
                    };
                    s.push_str(&format!(
                        "| {} | {} | {} | {} | {} | {} | {} |\n",
                        or_dash(&d.date),
                        escape(&d.title),
                        escape(or_dash(&d.source)),
                        claims,
                        d.drafts,
                        code(&self.lib.shown(&d.path)),
                        escape(d.error_line().unwrap_or(""))
                    ));
                }
            }
            Data::Matrix(m) => {
                s.push_str("# Matrix: the latest stance of each party on each topic\n\n");
                s.push_str("| Party |");
                for t in &m.topics {
                    s.push_str(&format!(" {} |", escape(&t.name)));
                }
                s.push_str("\n|---|");
                s.push_str(&"---|".repeat(m.topics.len()));
                s.push('\n');
                for (pi, p) in m.parties.iter().enumerate() {
                    s.push_str(&format!("| **{}** |", escape(&p.name)));
                    for ti in 0..m.topics.len() {
                        let cell = m.cells.get(pi).and_then(|r| r.get(ti)).cloned().flatten();
                        match cell {
                            None => s.push_str(" no stated position |"),
                            Some(c) => s.push_str(&format!(
                                " **{}**{} {} ({}, {}) |",
                                c.latest.badge(),
                                if c.changed { " (changed)" } else { "" },
                                escape(&c.target),
                                or_dash(&c.date),
                                plural(c.claims, "claim", "claims")
                            )),
                        }
                    }
                    s.push('\n');
                }
            }
        }
        s
    }

    fn json(&self, data: &Data) -> String {
        match data {
            Data::Docs(docs) => crate::export::json::pretty(&JsonLibrary {
                view: self.view.name(),
                documents: docs
                    .iter()
                    .map(|d| JsonDocument::new(self.lib, d))
                    .collect(),
            }),
            Data::Matrix(m) => crate::export::json::pretty(&JsonLibraryMatrix {
                view: self.view.name(),
                parties: m.parties.iter().map(JsonNamed::from).collect(),
                topics: m.topics.iter().map(JsonNamed::from).collect(),
                matrix: m
                    .parties
                    .iter()
                    .enumerate()
                    .flat_map(|(pi, p)| {
                        m.topics.iter().enumerate().map(move |(ti, t)| {
                            let c = m.cells.get(pi).and_then(|r| r.get(ti)).cloned().flatten();
                            JsonMatrixCell {
                                party: p.id.clone(),
                                topic: t.id.clone(),
                                latest: c.as_ref().map(|c| c.latest.as_str().to_string()),
                                target: c.as_ref().map(|c| c.target.clone()),
                                date: c.as_ref().map(|c| c.date.clone()),
                                claims: c.as_ref().map_or(0, |c| c.claims),
                                changed: c.as_ref().is_some_and(|c| c.changed),
                            }
                        })
                    })
                    .collect(),
            }),
        }
    }

    fn csv(&self, data: &Data) -> String {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        // Writing to memory fails only on invalid data, never here.
        let mut row = |fields: Vec<String>| {
            let _ = w.write_record(&fields);
        };
        match data {
            Data::Docs(docs) => {
                row([
                    "date", "title", "source", "kind", "claims", "drafts", "path", "error",
                ]
                .map(String::from)
                .to_vec());
                for d in docs {
                    row(vec![
                        d.date.clone(),
                        d.title.clone(),
                        d.source.clone(),
                        kind_word(d.kind).into(),
                        d.claims.to_string(),
                        d.drafts.to_string(),
                        self.lib.shown(&d.path),
                        d.error_line().unwrap_or("").to_string(),
                    ]);
                }
            }
            Data::Matrix(m) => {
                row([
                    "party", "topic", "latest", "target", "date", "claims", "changed",
                ]
                .map(String::from)
                .to_vec());
                for (pi, p) in m.parties.iter().enumerate() {
                    for (ti, t) in m.topics.iter().enumerate() {
                        let c = m.cells.get(pi).and_then(|r| r.get(ti)).cloned().flatten();
                        row(vec![
                            p.id.clone(),
                            t.id.clone(),
                            c.as_ref()
                                .map_or(String::new(), |c| c.latest.as_str().into()),
                            c.as_ref().map_or(String::new(), |c| c.target.clone()),
                            c.as_ref().map_or(String::new(), |c| c.date.clone()),
                            c.as_ref().map_or(0, |c| c.claims).to_string(),
                            c.as_ref().is_some_and(|c| c.changed).to_string(),
                        ]);
                    }
                }
            }
        }
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// Render `view` of `lib` to `out`. A timeline view is written a timeline
/// at a time (text and Markdown) or serialised straight to `out` (JSON,
/// CSV), so its output is never held whole in memory; the other views are
/// small and rendered by [`render`].
pub fn render_to(
    lib: &Library,
    view: &LibraryView,
    format: Format,
    width: usize,
    out: &mut dyn Write,
) -> Result<(), LibraryExportError> {
    let ts = match view {
        LibraryView::Timelines => timeline::timelines(lib)?,
        LibraryView::Timeline { party, topic } => vec![timeline::timeline(lib, party, topic)?],
        LibraryView::Library | LibraryView::Matrix => {
            out.write_all(render(lib, view, format, width)?.as_bytes())?;
            return Ok(());
        }
    };
    let w = Writer { lib, view };
    match format {
        Format::Text => w.text_timelines(&ts, width.max(MIN_WIDTH), out)?,
        Format::Markdown => w.markdown_timelines(&ts, out)?,
        Format::Json => {
            let json = JsonTimelines {
                view: view.name(),
                timelines: ts
                    .iter()
                    .map(|t| JsonTimeline {
                        party: JsonNamed::from(&t.party),
                        topic: JsonNamed::from(&t.topic),
                        entries: JsonEntries {
                            lib,
                            entries: &t.entries,
                        },
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => w.csv_timelines(&ts, out)?,
        Format::W3c => return Err(w3c_refused().into()),
    }
    Ok(())
}

fn w3c_refused() -> ExportError {
    ExportError::BadView(
        "W3C Web Annotation is written for one document's claims \
         (`standpoint export FILE.yaml --format w3c`); export a library \
         view as text, markdown, json or csv"
            .into(),
    )
}

impl Writer<'_> {
    fn text_timelines(
        &self,
        ts: &[Timeline],
        width: usize,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        if ts.iter().all(|t| t.entries.is_empty()) {
            out.write_all(b"No claims.\n")?;
        }
        let mut s = String::new();
        for (k, t) in ts.iter().enumerate() {
            s.clear();
            if k > 0 {
                s.push('\n');
            }
            self.text_timeline(&mut s, t, width);
            out.write_all(s.as_bytes())?;
        }
        Ok(())
    }

    fn text_timeline(&self, s: &mut String, t: &Timeline, width: usize) {
        let ind = " ".repeat(12);
        Self::wrap(
            s,
            &format!(
                "{} ({}) on {} ({}): {}",
                t.party.name,
                t.party.id,
                t.topic.name,
                t.topic.id,
                marks(t)
            ),
            width,
            "",
            "",
        );
        for e in &t.entries {
            s.push('\n');
            let date = format!("{:<12}", or_dash(&e.doc.date));
            let head = format!("{} {}", e.claim.stance.badge(), e.claim.target);
            Self::wrap(s, &head, width, &date, &ind);
            Self::wrap(
                s,
                &format!("{}: {}", e.claim.speaker, e.claim.summary),
                width,
                &ind,
                &ind,
            );
            Self::wrap(
                s,
                &format!(
                    "{}, article line {} ({}{})",
                    self.lib.shown(&e.doc.path),
                    e.claim.quote.line,
                    e.claim.id,
                    if e.claim.draft { ", draft" } else { "" }
                ),
                width,
                &ind,
                &ind,
            );
            for m in [change_words(e), conflict_words(e)].into_iter().flatten() {
                Self::wrap(s, &m, width, &ind, &ind);
            }
        }
    }

    fn markdown_timelines(&self, ts: &[Timeline], out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "# Timeline ({})", escape(&self.view.name()))?;
        let mut s = String::new();
        for t in ts {
            s.clear();
            self.markdown_timeline(&mut s, t);
            out.write_all(s.as_bytes())?;
        }
        Ok(())
    }

    fn markdown_timeline(&self, s: &mut String, t: &Timeline) {
        s.push_str(&format!(
            "\n## {} on {}\n\n{}\n\n",
            escape(&t.party.name),
            escape(&t.topic.name),
            escape(&marks(t))
        ));
        if t.entries.is_empty() {
            return;
        }
        s.push_str("| Date | Stance | Target | Speaker | Summary | Document | Marks |\n");
        s.push_str("|---|---|---|---|---|---|---|\n");
        for e in &t.entries {
            let marks: Vec<String> = [change_words(e), conflict_words(e)]
                .into_iter()
                .flatten()
                .map(|m| escape(&m))
                .collect();
            s.push_str(&format!(
                "| {} | **{}** | {} | {} | {} | {}, article line {} | {} |\n",
                or_dash(&e.doc.date),
                e.claim.stance.badge(),
                escape(&e.claim.target),
                escape(&e.claim.speaker),
                escape(&e.claim.summary),
                code(&self.lib.shown(&e.doc.path)),
                e.claim.quote.line,
                marks.join("; ")
            ));
        }
    }

    fn csv_timelines(&self, ts: &[Timeline], out: &mut dyn Write) -> std::io::Result<()> {
        let w = &mut csv::WriterBuilder::new().from_writer(out);
        let row = |w: &mut csv::Writer<&mut dyn Write>, fields: Vec<String>| {
            w.write_record(&fields).map_err(std::io::Error::from)
        };
        row(
            w,
            [
                "party",
                "party_name",
                "topic",
                "topic_label",
                "date",
                "stance",
                "target",
                "speaker",
                "summary",
                "claim",
                "document",
                "line",
                "start",
                "end",
                "changed_from",
                "changed_from_date",
                "conflicts_with",
            ]
            .map(String::from)
            .to_vec(),
        )?;
        for t in ts {
            for e in &t.entries {
                let q = e.claim.quote;
                row(
                    w,
                    vec![
                        t.party.id.clone(),
                        t.party.name.clone(),
                        t.topic.id.clone(),
                        t.topic.name.clone(),
                        e.doc.date.clone(),
                        e.claim.stance.as_str().into(),
                        e.claim.target.clone(),
                        e.claim.speaker.clone(),
                        e.claim.summary.clone(),
                        e.claim.id.clone(),
                        self.lib.shown(&e.doc.path),
                        q.line.to_string(),
                        q.char_start.to_string(),
                        q.char_end.to_string(),
                        e.change
                            .as_ref()
                            .map_or(String::new(), |c| c.from.as_str().into()),
                        e.change
                            .as_ref()
                            .map_or(String::new(), |c| c.from_date.clone()),
                        e.conflicts
                            .iter()
                            .map(|o| o.party.clone())
                            .collect::<Vec<_>>()
                            .join(" "),
                    ],
                )?;
            }
        }
        w.flush()
    }
}

fn kind_word(k: DocKind) -> &'static str {
    match k {
        DocKind::Annotated => "annotation",
        DocKind::Article => "article",
        DocKind::Other => "other",
    }
}

#[derive(Serialize)]
struct JsonLibrary {
    view: String,
    documents: Vec<JsonDocument>,
}

#[derive(Serialize)]
struct JsonDocument {
    path: String,
    kind: &'static str,
    title: String,
    date: String,
    source: Option<String>,
    claims: usize,
    drafts: usize,
    error: Option<String>,
}

impl JsonDocument {
    fn new(lib: &Library, d: &DocSummary) -> Self {
        JsonDocument {
            path: lib.shown(&d.path),
            kind: kind_word(d.kind),
            title: d.title.clone(),
            date: d.date.clone(),
            source: (!d.source.is_empty()).then(|| d.source.clone()),
            claims: d.claims,
            drafts: d.drafts,
            error: d.error.clone(),
        }
    }
}

#[derive(Serialize)]
struct JsonNamed {
    id: String,
    name: String,
}

impl From<&super::Named> for JsonNamed {
    fn from(n: &super::Named) -> Self {
        JsonNamed {
            id: n.id.clone(),
            name: n.name.clone(),
        }
    }
}

#[derive(Serialize)]
struct JsonTimelines<'a> {
    view: String,
    timelines: Vec<JsonTimeline<'a>>,
}

#[derive(Serialize)]
struct JsonTimeline<'a> {
    party: JsonNamed,
    topic: JsonNamed,
    entries: JsonEntries<'a>,
}

/// A timeline's entries, each made into JSON only as it is written (a
/// whole library's timeline is not copied first).
struct JsonEntries<'a> {
    lib: &'a Library,
    entries: &'a [Entry],
}

impl Serialize for JsonEntries<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.entries.iter().map(|e| JsonEntry::new(self.lib, e)))
    }
}

/// Offsets in characters, end exclusive; `line` 1-based (as in the
/// document export).
#[derive(Serialize)]
struct JsonEntry {
    date: String,
    stance: &'static str,
    target: String,
    speaker: String,
    summary: String,
    claim: String,
    status: &'static str,
    document: String,
    title: String,
    line: usize,
    start: usize,
    end: usize,
    change: Option<JsonChange>,
    conflicts: Vec<JsonOpposed>,
}

#[derive(Serialize)]
struct JsonChange {
    from: &'static str,
    from_date: String,
    from_document: String,
}

#[derive(Serialize)]
struct JsonOpposed {
    party: String,
    stance: &'static str,
    date: String,
    document: String,
    claim: String,
    claims: usize,
}

impl JsonEntry {
    fn new(lib: &Library, e: &Entry) -> Self {
        JsonEntry {
            date: e.doc.date.clone(),
            stance: e.claim.stance.as_str(),
            target: e.claim.target.clone(),
            speaker: e.claim.speaker.clone(),
            summary: e.claim.summary.clone(),
            claim: e.claim.id.clone(),
            status: if e.claim.draft { "draft" } else { "reviewed" },
            document: lib.shown(&e.doc.path),
            title: e.doc.title.clone(),
            line: e.claim.quote.line,
            start: e.claim.quote.char_start,
            end: e.claim.quote.char_end,
            change: e.change.as_ref().map(|c| JsonChange {
                from: c.from.as_str(),
                from_date: c.from_date.clone(),
                from_document: lib.shown(&c.from_doc),
            }),
            conflicts: e
                .conflicts
                .iter()
                .map(|o| JsonOpposed {
                    party: o.party.clone(),
                    stance: o.stance.as_str(),
                    date: o.date.clone(),
                    document: lib.shown(&o.doc),
                    claim: o.claim.clone(),
                    claims: o.claims,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct JsonLibraryMatrix {
    view: String,
    parties: Vec<JsonNamed>,
    topics: Vec<JsonNamed>,
    matrix: Vec<JsonMatrixCell>,
}

#[derive(Serialize)]
struct JsonMatrixCell {
    party: String,
    topic: String,
    latest: Option<String>,
    target: Option<String>,
    date: Option<String>,
    claims: usize,
    changed: bool,
}
