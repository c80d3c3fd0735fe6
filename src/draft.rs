//! Drafting a stance panel from an article's text: rule-based, explainable,
//! no model. The subject knowledge (parties and their aliases, topics and
//! their keywords) comes from a [`Profile`]; the rules are general English.
//!
//! - [`draft_document`] gives a [`Document`] for the reader (marked draft,
//!   every claim anchored);
//! - [`draft`] + [`to_yaml`] give a draft annotation that `standpoint check`
//!   accepts as it is, for a person to review;
//! - [`open_document`] decides what `standpoint FILE` opens.

pub mod attribution;
pub mod block;
pub mod context;
pub mod discover;
pub mod events;
pub mod gazetteer;
pub mod lexicon;
pub mod meta;
pub mod output;
pub mod profile;
pub mod sample;
pub mod speakers;
pub mod stance;
pub mod subject;
pub mod summary;
pub mod text;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use context::Context;
pub use profile::{Profile, Proposition, DEFAULT_PROFILE, DEFAULT_PROFILE_NAME};

use crate::loader::{self, LoadError};
use crate::model::{Article, Claim, Document, Party, Status, Topic};
use attribution::{one_line, Found, Outcome, Pass};
use meta::DateSource;

/// Why an article could not be opened or drafted.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// An annotation or profile that did not load.
    #[error("{0}")]
    Load(#[from] LoadError),
    /// The article itself could not be read.
    #[error("{0}")]
    File(#[from] crate::files::FileError),
}

/// How far drafting has got, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// "drafting", "discovering parties" on a second pass, "finding the
    /// quotes", "telling repeated quotes apart", then "writing".
    pub phase: &'static str,
    pub done: usize,
    pub total: usize,
    /// What `done` and `total` count.
    pub unit: Unit,
}

/// A progress line's words: "drafting:  42% (4.2 of 10.0 MB)", "writing:
///  42% (420 of 1000 claims)", "telling repeated quotes apart:  42%".
impl std::fmt::Display for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pct = self.done.min(self.total) * 100 / self.total.max(1);
        let phase = self.phase;
        match self.unit {
            Unit::Bytes => {
                let mb = |b: usize| b as f64 / 1_048_576.0;
                let (done, total) = (mb(self.done), mb(self.total));
                write!(f, "{phase}: {pct:3}% ({done:.1} of {total:.1} MB)")
            }
            Unit::Claims => write!(
                f,
                "{phase}: {pct:3}% ({} of {} claims)",
                self.done, self.total
            ),
            Unit::Share => write!(f, "{phase}: {pct:3}%"),
        }
    }
}

/// What a [`Progress`] counts: bytes of the article, claims, or a share
/// of the work (shown as a percentage only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    Claims,
    Share,
}

/// A drafted document and what the YAML header says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub doc: Document,
    pub date_source: DateSource,
    /// A `prefix` or `suffix` for each claim whose quote occurs more than
    /// once (in claim order).
    pub context: Vec<Context>,
    /// Where the profile came from.
    pub profile_name: String,
    /// The propositions of each topic (written back into the YAML).
    pub propositions: Vec<Vec<Proposition>>,
    /// Whether parties and topics were discovered from the text.
    pub discovered: bool,
}

/// The result of drafting, compact: claims keep spans into the text and
/// shared strings until they are written or turned into a [`Document`].
pub struct Drafted {
    pub text: String,
    pub path: Option<PathBuf>,
    pub title: String,
    pub date: String,
    pub date_source: DateSource,
    pub topics: Vec<Topic>,
    pub parties: Vec<Party>,
    pub propositions: Vec<Vec<Proposition>>,
    found: Vec<Found>,
    contexts: Vec<Context>,
    /// Where the profile came from.
    pub profile_name: String,
    /// Set when the profile did not fit and parties and topics were
    /// discovered from the text.
    pub notice: Option<String>,
    /// Whether parties and topics were discovered.
    pub discovered: bool,
    /// How many claims were found but left out because their quotes could
    /// not be anchored (see [`dropped_notice`]).
    pub dropped: usize,
}

impl Drafted {
    /// What the reader and `standpoint draft` tell the user about this
    /// draft: the profile did not fit, claims were left out.
    pub fn message(&self) -> Option<String> {
        let dropped = dropped_notice(self.dropped, self.found.len() + self.dropped);
        match (&self.notice, dropped) {
            (Some(n), Some(d)) => Some(format!("{n} {d}")),
            (Some(n), None) => Some(n.clone()),
            (None, d) => d,
        }
    }
}

/// Why `dropped` of the `found` claims were left out: their quotes occur
/// word for word elsewhere and nothing around them tells the places
/// apart (an article made of the same text repeated).
pub fn dropped_notice(dropped: usize, found: usize) -> Option<String> {
    if dropped == 0 {
        return None;
    }
    let what = if dropped == found {
        format!("All {found} claims found were left out")
    } else if dropped == 1 {
        format!("1 of the {found} claims found was left out")
    } else {
        format!("{dropped} of the {found} claims found were left out")
    };
    Some(format!(
        "{what}: their quotes occur word for word elsewhere in the article, and no \
         words around them tell the places apart. If the article repeats the same \
         text, keep one copy of it and draft again."
    ))
}

/// Whether a drafted document's notice says its parties and topics were
/// discovered (it starts with [`profile_notice`]).
pub fn says_discovered(notice: &str) -> bool {
    notice.starts_with(PROFILE_NOTICE_START)
}

const PROFILE_NOTICE_START: &str = "The profile ";

/// The notice shown when a profile names the party of few of an article's
/// speakers (the reader shows it above the panel; `standpoint draft`
/// prints it on stderr and in the YAML header).
pub fn profile_notice(
    profile_name: &str,
    matched: usize,
    total: usize,
    examples: &[String],
) -> String {
    // (Two names at most: the notice is read in a band of the reader,
    // four lines at 80 columns.)
    let eg = if examples.is_empty() {
        String::new()
    } else {
        format!(
            " (such as {})",
            examples[..examples.len().min(2)].join(", ")
        )
    };
    format!(
        "{PROFILE_NOTICE_START}{profile_name} names the party of {matched} of {total} speakers{eg}, \
         so parties and topics were discovered from the text; `standpoint draft ARTICLE \
         --write-profile P.yaml` writes them for you to edit and reuse."
    )
}

/// The claims of a pass with a profile, merged, their stances toward
/// the profile's propositions settled across the document.
fn profile_merge(found: Vec<attribution::Found>) -> Vec<attribution::Found> {
    let mut found = attribution::merge(found);
    attribution::settle_unreasoned(&mut found);
    found
}

/// Whether a pass's speakers fit its profile: at least half of the
/// identified speakers have a party (or there are none).
fn fits(o: &Outcome) -> bool {
    o.matched >= o.unmatched
}

/// Draft an article's text (sanitised here; no copy when already clean).
/// With a profile that does not fit the speakers, parties and topics are
/// discovered from the text. `progress`, if any, is told how far it got.
pub fn drafted(
    article_text: String,
    article_path: Option<&Path>,
    profile: &Profile,
    mut progress: Option<&mut dyn FnMut(Progress)>,
) -> Drafted {
    let text = crate::sanitize::sanitize_owned(article_text);
    let (title, body_start) = meta::title_of(&text, article_path);
    let (date, date_source) = meta::date_of(&text, article_path);
    let total = text.len();
    let mut report = |phase: &'static str, done: usize| {
        if let Some(p) = progress.as_mut() {
            p(Progress {
                phase,
                done,
                total,
                unit: Unit::Bytes,
            });
        }
    };
    let m = profile::Matchers::new(profile);
    let mut pf = profile::ProfileParties::new(&m);
    let pass = Pass {
        text: &text,
        body_start,
        topics: Some((&m, &profile.propositions)),
    };
    let first = attribution::run(&pass, &mut pf, &mut |d| report("drafting", d));
    report("drafting", total);
    let mut out = Drafted {
        path: article_path.map(Path::to_path_buf),
        title,
        date,
        date_source,
        topics: profile.topics.clone(),
        parties: profile.parties.clone(),
        propositions: profile.propositions.clone(),
        found: Vec::new(),
        contexts: Vec::new(),
        profile_name: profile.name.clone(),
        notice: None,
        discovered: false,
        dropped: 0,
        text: String::new(),
    };
    let found = if fits(&first) {
        profile_merge(first.found)
    } else {
        let found = discover_pass(&text, body_start, &first, &mut out, &mut |d| {
            report("discovering parties", d)
        });
        report("discovering parties", total);
        if found.is_empty() {
            // Discovery found nothing either: the profile's draft stays.
            out.topics = profile.topics.clone();
            out.parties = profile.parties.clone();
            out.propositions = profile.propositions.clone();
            profile_merge(first.found)
        } else {
            let total_speakers = first.matched + first.unmatched;
            out.notice = Some(profile_notice(
                &profile.name,
                first.matched,
                total_speakers,
                &first.unmatched_names,
            ));
            out.discovered = true;
            found
        }
    };
    let spans: Vec<_> = found.iter().map(|f| f.span).collect();
    let anchors = context::anchors_with(&text, &spans, &mut |p| {
        if let Some(f) = progress.as_mut() {
            f(p);
        }
    });
    drop(spans);
    // The claims that anchor are kept in place, in order.
    let mut found = found;
    let mut kept = 0usize;
    let mut names = attribution::Interner::default();
    out.contexts.reserve_exact(anchors.iter().flatten().count());
    for (i, a) in anchors.into_iter().enumerate() {
        let Some(f) = found.get_mut(i) else { break };
        if let Some((c, span)) = a {
            if span != f.span {
                let side = if span.start < f.span.start {
                    "before"
                } else {
                    "after"
                };
                f.rule = names.get(&format!(
                    "{}; quote widened to the words {side} it (it occurs more than {} times)",
                    f.rule,
                    context::WIDEN_OVER
                ));
                f.span = span;
            }
            found.swap(kept, i);
            kept += 1;
            out.contexts.push(c);
        }
    }
    out.dropped = found.len() - kept;
    found.truncate(kept);
    found.shrink_to_fit();
    out.found = found;
    out.text = text;
    out
}

/// The second pass, without the profile: parties discovered while
/// speakers are resolved, topics from the claims' salient terms.
fn discover_pass(
    text: &str,
    body_start: usize,
    first: &Outcome,
    out: &mut Drafted,
    progress: &mut dyn FnMut(usize),
) -> Vec<Found> {
    let mut disc = discover::Discovery::new(&first.caps, text);
    let pass = Pass {
        text,
        body_start,
        topics: None,
    };
    // Two readings (parties and topics, then stances toward the topics'
    // propositions): each reports half of the way.
    let half = text.len() / 2;
    let mut second = attribution::run(&pass, &mut disc, &mut |d| progress(d / 2));
    // A person first met with no affiliation who is given one elsewhere
    // in the article belongs to that party.
    for f in &mut second.found {
        if disc.own_person.contains(&f.party) {
            if let Some(&q) = second.persons.get(&f.speaker) {
                if !disc.own_person.contains(&q) {
                    f.party = q;
                }
            }
        }
    }
    let discover::Topics {
        topics,
        assign,
        inferred,
    } = discover::topics(text, &second.found);
    let mut found: Vec<Found> = second
        .found
        .into_iter()
        .zip(assign.into_iter().zip(inferred))
        .filter_map(|(mut f, (t, inferred))| {
            f.topic = t?;
            f.separate |= inferred;
            Some(f)
        })
        .collect();
    let props = discover::toward_propositions(
        text,
        body_start,
        &first.caps,
        &mut found,
        &topics,
        &mut |d| progress(half + d / 2),
    );
    let mut found = attribution::merge(found);
    // Keep the parties that speak, renumbered; people become aliases.
    let mut keep: Vec<Option<usize>> = vec![None; disc.parties.len()];
    let mut kept = Vec::new();
    for f in &mut found {
        let slot = keep.get_mut(f.party);
        let new = match slot {
            Some(Some(n)) => *n,
            Some(slot) => {
                *slot = Some(kept.len());
                kept.push(disc.parties[f.party].clone());
                kept.len() - 1
            }
            None => continue,
        };
        f.party = new;
        let p = &mut kept[new];
        // A person's name (capitalised words) names the party too; an
        // unnamed source or "X's office" does not.
        let sp = f.speaker.to_string();
        let name_like = sp
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || w.len() <= 3)
            && !sp.contains('\'')
            && !sp.contains('\u{2019}');
        if name_like && sp != p.name && !p.aliases.contains(&sp) && p.aliases.len() < 24 {
            p.aliases.push(sp);
        }
    }
    out.parties = discover::parties(&kept);
    out.propositions = props;
    out.topics = topics;
    found
}

impl Drafted {
    /// Number of claims.
    pub fn len(&self) -> usize {
        self.found.len()
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Claim `i` as the model has it.
    fn claim(&self, i: usize) -> Option<Claim> {
        let f = self.found.get(i)?;
        let text = &self.text;
        let quote = text.get(f.span.start..f.span.end)?.to_string();
        let party = self.parties.get(f.party);
        let topic = self.topics.get(f.topic);
        let speaker = if f.speaker.trim().is_empty() {
            party.map_or(String::new(), |p| p.name.clone())
        } else {
            let full = party.and_then(|p| speakers::full_name(&f.speaker, &p.name));
            one_line(full.unwrap_or(&f.speaker), 80)
        };
        let label = topic.map_or("the topic", |t| t.label.as_str());
        let target = f
            .target
            .and_then(|k| self.propositions.get(f.topic)?.get(k as usize))
            .map(|p| p.text.clone())
            .unwrap_or_else(|| summary::derived_target(text, f.main));
        let target = if target.trim().is_empty() {
            label.to_string()
        } else {
            target
        };
        let summary = summary::summary(
            text,
            summary::past_a_short_answer(text, f.main, f.span),
            f.cue,
        );
        let summary = if summary.trim().is_empty() {
            format!("A statement on {label}.")
        } else {
            summary
        };
        Some(Claim {
            id: format!(
                "d{}-{}-{}",
                i + 1,
                party.map_or("x", |p| p.id.as_str()),
                topic.map_or("x", |t| t.id.as_str())
            ),
            party: f.party,
            speaker,
            topic: f.topic,
            stance: f.stance,
            target,
            summary,
            mode: f.mode,
            quote,
            condition: f
                .condition
                .and_then(|c| text.get(c.start..c.end))
                .map(|c| one_line(c, 400)),
            status: Status::Draft,
            confidence: Some(f64::from(f.confidence)),
            rule: Some(f.rule.to_string()),
            span: f.span,
            source_line: 0,
            origin: None,
        })
    }

    /// The draft as an annotation file, written a claim at a time.
    /// `article_ref` is the article's path relative to where the file will
    /// be written.
    pub fn write_yaml(&self, article_ref: &str, w: &mut dyn Write) -> io::Result<()> {
        self.write_yaml_with(article_ref, w, &mut |_| {})
    }

    /// [`Drafted::write_yaml`], telling `progress` how many claims are
    /// written.
    pub fn write_yaml_with(
        &self,
        article_ref: &str,
        w: &mut dyn Write,
        progress: &mut dyn FnMut(Progress),
    ) -> io::Result<()> {
        output::write_header(
            w,
            &output::Header {
                title: &self.title,
                date_comment: self.date_source.comment(),
                date: &self.date,
                article_ref,
                profile_name: &self.profile_name,
                notice: self.message().as_deref(),
                discovered: self.discovered,
                topics: &self.topics,
                propositions: &self.propositions,
                parties: &self.parties,
                claims: self.found.len(),
            },
        )?;
        // Claims are made and written in batches; with many, every other
        // batch is made on a second thread while one is written.
        const BATCH: usize = 256;
        let batches = self.found.len().div_ceil(BATCH);
        let mut buf: Vec<u8> = Vec::new();
        let total = self.found.len();
        let mut written = |k: usize| {
            progress(Progress {
                phase: "writing",
                done: ((k + 1) * BATCH).min(total),
                total,
                unit: Unit::Claims,
            });
        };
        let parallel =
            batches >= 8 && std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2);
        if !parallel {
            for k in 0..batches {
                self.write_claims(k * BATCH..(k + 1) * BATCH, &mut buf);
                w.write_all(&buf)?;
                written(k);
            }
            return Ok(());
        }
        std::thread::scope(|s| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(2);
            let other = std::thread::Builder::new()
                .name("draft-yaml".into())
                .spawn_scoped(s, move || {
                    for k in (1..batches).step_by(2) {
                        let mut b = Vec::new();
                        self.write_claims(k * BATCH..(k + 1) * BATCH, &mut b);
                        if tx.send(b).is_err() {
                            break;
                        }
                    }
                });
            let rx = other.ok().map(|_| rx);
            for k in 0..batches {
                let made = if k % 2 == 1 {
                    rx.as_ref().and_then(|r| r.recv().ok())
                } else {
                    None
                };
                let b = match made {
                    Some(b) => b,
                    None => {
                        self.write_claims(k * BATCH..(k + 1) * BATCH, &mut buf);
                        std::mem::take(&mut buf)
                    }
                };
                w.write_all(&b)?;
                written(k);
                buf = b;
            }
            Ok(())
        })
    }

    /// Claims `range` (those that exist) as YAML, into `buf` (cleared).
    fn write_claims(&self, range: std::ops::Range<usize>, buf: &mut Vec<u8>) {
        buf.clear();
        for i in range {
            let Some(c) = self.claim(i) else { continue };
            let ids = (
                self.parties.get(c.party).map_or("", |p| p.id.as_str()),
                self.topics.get(c.topic).map_or("", |t| t.id.as_str()),
            );
            // Writing to memory does not fail.
            let _ = output::write_claim(buf, &c, ids, self.contexts.get(i));
        }
    }

    /// The parties and topics drafted with, as a profile to edit
    /// (`--write-profile`).
    pub fn profile_yaml(&self) -> String {
        output::profile_yaml(
            &profile_origin(self.discovered, &self.profile_name),
            &self.topics,
            &self.propositions,
            &self.parties,
        )
    }

    /// The draft as a document for the reader and the YAML it would write.
    pub fn into_draft(self) -> Draft {
        let notice = self.message();
        let claims: Vec<Claim> = (0..self.found.len())
            .filter_map(|i| self.claim(i))
            .collect();
        Draft {
            doc: Document {
                path: None,
                title: self.title,
                date: self.date,
                source: None,
                article: Article::new(self.text, self.path),
                topics: self.topics,
                parties: self.parties,
                claims,
                draft: true,
                notice,
            },
            date_source: self.date_source,
            context: self.contexts,
            profile_name: self.profile_name,
            propositions: self.propositions,
            discovered: self.discovered,
        }
    }
}

/// Draft a document from an article's text (sanitised here), for the
/// reader: `draft` is set, every claim has status draft and its span.
pub fn draft_document(
    article_text: &str,
    article_path: Option<&Path>,
    profile: &Profile,
) -> Document {
    draft(article_text, article_path, profile).doc
}

/// Where a written profile's parties and topics came from (its header).
fn profile_origin(discovered: bool, profile_name: &str) -> String {
    if discovered {
        "discovered from the article by `standpoint draft`".to_string()
    } else {
        format!("as drafted with {profile_name}")
    }
}

impl Draft {
    /// The parties and topics drafted with, as a profile to edit
    /// (`--write-profile`).
    pub fn profile_yaml(&self) -> String {
        output::profile_yaml(
            &profile_origin(self.discovered, &self.profile_name),
            &self.doc.topics,
            &self.propositions,
            &self.doc.parties,
        )
    }
}

/// Draft a document and keep what the YAML needs.
pub fn draft(article_text: &str, article_path: Option<&Path>, profile: &Profile) -> Draft {
    drafted(article_text.to_string(), article_path, profile, None).into_draft()
}

/// The draft as an annotation file. `article_ref` is the article's path
/// relative to where the file will be written.
pub fn to_yaml(d: &Draft, article_ref: &str) -> String {
    let doc = &d.doc;
    let mut v: Vec<u8> = Vec::new();
    let header = output::Header {
        title: &doc.title,
        date_comment: d.date_source.comment(),
        date: &doc.date,
        article_ref,
        profile_name: &d.profile_name,
        notice: doc.notice.as_deref(),
        discovered: d.discovered,
        topics: &doc.topics,
        propositions: &d.propositions,
        parties: &doc.parties,
        claims: doc.claims.len(),
    };
    let _ = output::write_header(&mut v, &header);
    for (i, c) in doc.claims.iter().enumerate() {
        let ids = (
            doc.parties.get(c.party).map_or("", |p| p.id.as_str()),
            doc.topics.get(c.topic).map_or("", |t| t.id.as_str()),
        );
        let _ = output::write_claim(&mut v, c, ids, d.context.get(i));
    }
    String::from_utf8_lossy(&v).into_owned()
}

/// Read an article (size limit, UTF-8), as a drafting error on failure.
pub fn read_article(path: &Path) -> Result<String, DraftError> {
    Ok(crate::files::read_text(
        path,
        loader::MAX_ARTICLE_BYTES,
        "article",
    )?)
}

/// The annotation beside an article (same stem, `.yaml` or `.yml`), if any.
pub fn sibling_annotation(article: &Path) -> Option<PathBuf> {
    // An empty one is not an annotation yet: `standpoint draft a.txt >
    // a.yaml` creates it before the draft is read.
    let non_empty = |p: &Path| p.metadata().is_ok_and(|m| m.is_file() && m.len() > 0);
    ["yaml", "yml"]
        .iter()
        .map(|e| article.with_extension(e))
        .find(|p| non_empty(p) && p != article)
}

/// True for a `.yaml` or `.yml` file name.
pub fn is_annotation_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// The profile to draft `article` with: `explicit` (a profile or an
/// annotation), else the annotation beside the article, else the bundled
/// default.
pub fn profile_for(article: &Path, explicit: Option<&Path>) -> Result<Profile, DraftError> {
    if let Some(p) = explicit {
        return Ok(Profile::from_path(p)?);
    }
    if let Some(s) = sibling_annotation(article) {
        let mut p = Profile::from_path(&s)?;
        p.name = format!("{} (the annotation beside the article)", p.name);
        return Ok(p);
    }
    let mut p = Profile::bundled()?;
    p.name = format!("{} (bundled default)", p.name);
    Ok(p)
}

/// What `standpoint FILE` opens: an annotation (`.yaml`/`.yml`) is loaded;
/// an article with an annotation beside it (same stem) opens that; any
/// other article is drafted with `profile` (or the bundled default).
pub fn open_document(path: &Path, profile: Option<&Path>) -> Result<Document, DraftError> {
    if is_annotation_path(path) {
        return Ok(loader::load_path(path)?);
    }
    if let Some(s) = sibling_annotation(path) {
        return Ok(loader::load_path(&s)?);
    }
    let text = read_article(path)?;
    let profile = match profile {
        Some(p) => Profile::from_path(p)?,
        None => Profile::bundled()?,
    };
    Ok(draft_document(&text, Some(path), &profile))
}

/// The claim the drafter's rules find in a passage of `doc`'s article,
/// with the document's parties and topics (for a new claim's form): the
/// paragraphs around the passage are drafted and the drafted claim that
/// overlaps the passage most is taken, its party and topic as indices into
/// `doc` and its span the passage. `None` when the rules find no statement
/// there (or its party or topic is not one of the document's). `profile`:
/// the parties and topics with their propositions (the annotation read as
/// a profile), else the document's without propositions.
pub fn draft_passage(
    doc: &Document,
    span: crate::model::Span,
    profile: Option<&Profile>,
) -> Option<Claim> {
    let text = doc.article.text();
    let paras = doc.article.paragraphs();
    let around = paras
        .ranges
        .iter()
        .filter(|&&(s, e)| s < span.end.max(span.start + 1) && e > span.start)
        .fold(None, |acc: Option<(usize, usize)>, &(s, e)| {
            Some(acc.map_or((s, e), |(a, b)| (a.min(s), b.max(e))))
        })
        .unwrap_or((span.start, span.end));
    let (ps, pe) = (around.0.min(span.start), around.1.max(span.end));
    let body = text.get(ps..pe)?;
    // A line of its own first: drafting takes an article's first line as
    // its title.
    const HEAD: &str = "Passage\n\n";
    let own;
    let profile = match profile {
        Some(p) => p,
        None => {
            own = Profile {
                topics: doc.topics.clone(),
                parties: doc.parties.clone(),
                propositions: vec![Vec::new(); doc.topics.len()],
                name: "the document's parties and topics".into(),
            };
            &own
        }
    };
    let d = draft(&format!("{HEAD}{body}"), None, profile);
    let shift = |o: usize| (o + ps).checked_sub(HEAD.len());
    let overlap = |c: &Claim| -> usize {
        match (shift(c.span.start), shift(c.span.end)) {
            (Some(s), Some(e)) => e.min(span.end).saturating_sub(s.max(span.start)),
            _ => 0,
        }
    };
    let best = d
        .doc
        .claims
        .iter()
        .filter(|c| overlap(c) > 0)
        .max_by_key(|c| overlap(c))?;
    let party = d
        .doc
        .parties
        .get(best.party)
        .and_then(|p| doc.party_index(&p.id))?;
    let topic = d
        .doc
        .topics
        .get(best.topic)
        .and_then(|t| doc.topic_index(&t.id))?;
    let mut c = best.clone();
    c.party = party;
    c.topic = topic;
    c.span = span;
    c.quote = text.get(span.start..span.end).unwrap_or("").to_string();
    c.condition = c.condition.filter(|s| !s.trim().is_empty());
    Some(c)
}
