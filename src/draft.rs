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
pub mod lexicon;
pub mod meta;
pub mod profile;
pub mod text;

use std::path::Path;

pub use profile::{Profile, DEFAULT_PROFILE, DEFAULT_PROFILE_NAME};

use crate::anchor::{AnchorError, Anchorer, Selector};
use crate::loader::{self, LoadError};
use crate::model::{Article, Claim, Document, Status};
use crate::sanitize::sanitize;
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

/// The `prefix` and `suffix` that choose among repeated passages.
pub type Context = (Option<String>, Option<String>);

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

/// Draft a document and keep what the YAML needs.
pub fn draft(article_text: &str, article_path: Option<&Path>, profile: &Profile) -> Draft {
    let text = sanitize(article_text);
    let (title, body_start) = meta::title_of(&text, article_path);
    let (date, date_source) = meta::date_of(&text, article_path);
    let m = profile::Matchers::new(profile);
    let found = attribution::find(&text, body_start, &m);
    let article = Article::new(text, article_path.map(Path::to_path_buf));

    // Every quote must anchor to its own passage; a repeated one gets a
    // prefix (the words before it), or is dropped if nothing decides.
    let anchorer = Anchorer::new(article.text());
    let quotes: Vec<String> = found
        .iter()
        .map(|f| {
            article
                .text()
                .get(f.span.start..f.span.end)
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let sels: Vec<Selector> = quotes
        .iter()
        .map(|q| Selector {
            exact: q,
            prefix: None,
            suffix: None,
        })
        .collect();
    let results = anchorer.resolve_all(&sels);
    let spans = disambiguate(&anchorer, article.text(), &found, &quotes, results);
    let mut claims = Vec::new();
    let mut context = Vec::new();
    for ((f, quote), anchored) in found.into_iter().zip(quotes).zip(spans) {
        let Some((span, ctx)) = anchored else {
            continue;
        };
        let party_name = profile.parties.get(f.party).map_or("", |p| p.name.as_str());
        let speaker = if f.speaker.trim().is_empty() {
            party_name.to_string()
        } else {
            attribution::one_line(&f.speaker, 80)
        };
        let target = profile
            .topics
            .get(f.topic)
            .map_or_else(|| "the topic".to_string(), |t| t.label.clone());
        claims.push(Claim {
            id: String::new(),
            party: f.party,
            speaker,
            topic: f.topic,
            stance: f.stance,
            target,
            summary: attribution::one_line(&quote, 100),
            mode: f.mode,
            quote,
            condition: f.condition,
            status: Status::Draft,
            confidence: Some(f.confidence),
            rule: Some(f.rule),
            span,
            source_line: 0,
            origin: None,
        });
        context.push(ctx);
    }
    for (n, c) in claims.iter_mut().enumerate() {
        let p = profile.parties.get(c.party).map_or("x", |p| p.id.as_str());
        let t = profile.topics.get(c.topic).map_or("x", |t| t.id.as_str());
        c.id = format!("d{}-{p}-{t}", n + 1);
    }
    Draft {
        doc: Document {
            path: None,
            title,
            date,
            source: None,
            article,
            topics: profile.topics.clone(),
            parties: profile.parties.clone(),
            claims,
            draft: true,
        },
        date_source,
        context,
        profile_name: profile.name.clone(),
    }
}

/// Words around a passage: the last `n` words before `start` (prefix) or the
/// first `n` after `end` (suffix), within 2,000 bytes.
fn context_words(text: &str, start: usize, end: usize, n: usize, before: bool) -> Option<&str> {
    if before {
        let mut from = start.saturating_sub(2000);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let b = text.get(from..start)?;
        let mut starts = Vec::new();
        let mut prev_space = true;
        for (i, c) in b.char_indices() {
            if !c.is_whitespace() && prev_space {
                starts.push(i);
            }
            prev_space = c.is_whitespace();
        }
        let cut = *starts
            .len()
            .checked_sub(n)
            .and_then(|k| starts.get(k))
            .or(starts.first())?;
        Some(b[cut..].trim()).filter(|p| !p.is_empty())
    } else {
        let mut to = (end + 2000).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let a = text.get(end..to)?;
        let mut seen = 0;
        let mut prev_space = true;
        let mut cut = a.len();
        for (i, c) in a.char_indices() {
            if !c.is_whitespace() && prev_space {
                seen += 1;
                if seen > n {
                    cut = i;
                    break;
                }
            }
            prev_space = c.is_whitespace();
        }
        Some(a[..cut].trim()).filter(|p| !p.is_empty())
    }
}

/// The anchored span of each claim, with a prefix (words before the
/// passage) or else a suffix (words after it) where its quote occurs more
/// than once; `None` when nothing decides. All claims still ambiguous are
/// resolved together, one pass over the article per context length.
fn disambiguate(
    anchorer: &Anchorer,
    text: &str,
    found: &[attribution::Found],
    quotes: &[String],
    results: Vec<Result<crate::model::Span, AnchorError>>,
) -> Vec<Option<(crate::model::Span, Context)>> {
    let mut out: Vec<Option<(crate::model::Span, Context)>> = Vec::with_capacity(found.len());
    let mut pending = Vec::new();
    for (i, r) in results.into_iter().enumerate() {
        match r {
            Ok(span) => out.push(Some((span, (None, None)))),
            Err(AnchorError::Ambiguous { .. }) => {
                out.push(None);
                pending.push(i);
            }
            Err(_) => out.push(None),
        }
    }
    for before in [true, false] {
        for words in [2usize, 4, 8, 16, 32] {
            if pending.is_empty() {
                return out;
            }
            let ctxs: Vec<Option<&str>> = pending
                .iter()
                .map(|&i| {
                    found
                        .get(i)
                        .and_then(|f| context_words(text, f.span.start, f.span.end, words, before))
                })
                .collect();
            let sels: Vec<Selector> = pending
                .iter()
                .zip(&ctxs)
                .map(|(&i, c)| Selector {
                    exact: quotes.get(i).map_or("", String::as_str),
                    prefix: if before { *c } else { None },
                    suffix: if before { None } else { *c },
                })
                .collect();
            let res = anchorer.resolve_all(&sels);
            let mut still = Vec::new();
            for ((&i, c), r) in pending.iter().zip(&ctxs).zip(res) {
                let start = found.get(i).map_or(usize::MAX, |f| f.span.start);
                match (c, r) {
                    (Some(c), Ok(span)) if span.start == start => {
                        let c = Some(c.to_string());
                        let ctx = if before { (c, None) } else { (None, c) };
                        if let Some(slot) = out.get_mut(i) {
                            *slot = Some((span, ctx));
                        }
                    }
                    _ => still.push(i),
                }
            }
            pending = still;
        }
    }
    out
}

/// YAML double-quoted scalar.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control()
                || matches!(
                    c,
                    '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}' | '\u{2028}' | '\u{2029}'
                ) =>
            {
                let n = c as u32;
                if n <= 0xFFFF {
                    out.push_str(&format!("\\u{n:04X}"));
                } else {
                    out.push_str(&format!("\\U{n:08X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn q_list(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| q(s)).collect();
    format!("[{}]", items.join(", "))
}

/// The draft as an annotation file. `article_ref` is the article's path
/// relative to where the file will be written.
pub fn to_yaml(d: &Draft, article_ref: &str) -> String {
    use std::fmt::Write as _;
    let doc = &d.doc;
    let mut y = String::new();
    let _ = writeln!(
        y,
        "# Draft annotation written by `standpoint draft` (rule-based: nothing here\n\
         # has been checked by a person). Review every claim: correct or delete it,\n\
         # then change `status: draft` to `status: reviewed`. Each claim's `rule`\n\
         # says how it was found; `confidence` is the rules' own estimate.\n\
         # Parties and topics come from the profile: {}",
        d.profile_name
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
    );
    let _ = writeln!(y, "title: {}", q(&doc.title));
    let _ = writeln!(y, "{}", d.date_source.comment());
    let _ = writeln!(y, "date: {}", q(&doc.date));
    let _ = writeln!(y, "article: {}", q(article_ref));
    y.push_str("\ntopics:\n");
    for t in &doc.topics {
        let _ = writeln!(y, "  - id: {}", q(&t.id));
        let _ = writeln!(y, "    label: {}", q(&t.label));
        let _ = writeln!(y, "    keywords: {}", q_list(&t.keywords));
    }
    y.push_str("\nparties:\n");
    for p in &doc.parties {
        let _ = writeln!(y, "  - id: {}", q(&p.id));
        let _ = writeln!(y, "    name: {}", q(&p.name));
        let _ = writeln!(y, "    aliases: {}", q_list(&p.aliases));
        if let Some(c) = &p.color {
            let _ = writeln!(y, "    color: {}", q(c));
        }
    }
    if doc.claims.is_empty() {
        y.push_str("\n# No claim was found: no cue verb with a known party and topic keyword.\nclaims: []\n");
        return y;
    }
    y.push_str("\nclaims:\n");
    for (i, c) in doc.claims.iter().enumerate() {
        let party = doc.parties.get(c.party).map_or("", |p| p.id.as_str());
        let topic = doc.topics.get(c.topic).map_or("", |t| t.id.as_str());
        let _ = writeln!(y, "  - id: {}", q(&c.id));
        let _ = writeln!(y, "    party: {}", q(party));
        let _ = writeln!(y, "    speaker: {}", q(&c.speaker));
        let _ = writeln!(y, "    topic: {}", q(topic));
        let _ = writeln!(y, "    stance: {}", c.stance.as_str());
        let _ = writeln!(y, "    target: {}", q(&c.target));
        let _ = writeln!(y, "    summary: {}", q(&c.summary));
        let _ = writeln!(y, "    mode: {}", c.mode.as_str());
        let _ = writeln!(y, "    quote: {}", q(&c.quote));
        if let Some((prefix, suffix)) = d.context.get(i) {
            if let Some(p) = prefix {
                let _ = writeln!(y, "    prefix: {}", q(p));
            }
            if let Some(x) = suffix {
                let _ = writeln!(y, "    suffix: {}", q(x));
            }
        }
        if let Some(cond) = &c.condition {
            let _ = writeln!(y, "    condition: {}", q(cond));
        }
        let _ = writeln!(y, "    status: {}", c.status.as_str());
        if let Some(x) = c.confidence {
            let _ = writeln!(y, "    confidence: {:.2}", x.clamp(0.0, 1.0));
        }
        if let Some(r) = &c.rule {
            let _ = writeln!(y, "    rule: {}", q(r));
        }
    }
    y
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
pub fn sibling_annotation(article: &Path) -> Option<std::path::PathBuf> {
    ["yaml", "yml"]
        .iter()
        .map(|e| article.with_extension(e))
        .find(|p| p.is_file() && p != article)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_strings_are_escaped() {
        assert_eq!(q("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\nd\"");
        assert_eq!(q("\u{7}"), "\"\\u0007\"");
    }
}
