//! Writing drafts: the annotation YAML (streamed, a claim at a time, so a
//! draft of a large article is never held whole in memory) and the
//! discovered profile (`--write-profile`).

use std::io::{self, Write};

use super::context::Context;
use super::profile::Proposition;
use crate::model::{Claim, Party, Topic};

/// YAML double-quoted scalar (the one function the editing engine writes
/// with too).
pub fn q(s: &str) -> String {
    crate::curate::scalar::double_quoted(s)
}

fn q_list(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| q(s)).collect();
    format!("[{}]", items.join(", "))
}

/// A string for a `#` comment: one line, no control characters.
fn comment(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// What the header of a draft says.
pub struct Header<'a> {
    pub title: &'a str,
    pub date_comment: &'a str,
    pub date: &'a str,
    pub article_ref: &'a str,
    pub profile_name: &'a str,
    /// What the user is told (the profile did not fit, claims were left
    /// out), as comments.
    pub notice: Option<&'a str>,
    /// Whether parties and topics were discovered (else from the profile).
    pub discovered: bool,
    pub topics: &'a [Topic],
    pub propositions: &'a [Vec<Proposition>],
    pub parties: &'a [Party],
    pub claims: usize,
}

/// The header, topics and parties; then `claims:`.
pub fn write_header(w: &mut dyn Write, h: &Header) -> io::Result<()> {
    writeln!(
        w,
        "# Draft annotation written by `standpoint draft` (rule-based: nothing here\n\
         # has been checked by a person). Review every claim: correct or delete it,\n\
         # then change `status: draft` to `status: reviewed`. Each claim's `rule`\n\
         # says how it was found; `confidence` is the rules' own estimate."
    )?;
    if let Some(n) = h.notice {
        for line in textwrap::wrap(&comment(n), 76) {
            writeln!(w, "# {line}")?;
        }
    }
    if !h.discovered {
        writeln!(
            w,
            "# Parties and topics come from the profile: {}",
            comment(h.profile_name)
        )?;
    }
    writeln!(w, "title: {}", q(h.title))?;
    writeln!(w, "{}", h.date_comment)?;
    writeln!(w, "date: {}", q(h.date))?;
    writeln!(w, "article: {}", q(h.article_ref))?;
    w.write_all(b"\ntopics:\n")?;
    write_topics(w, h.topics, h.propositions)?;
    w.write_all(b"\nparties:\n")?;
    write_parties(w, h.parties)?;
    if h.claims == 0 {
        w.write_all(
            b"\n# No claim was found: no cue verb with a known party and topic keyword.\nclaims: []\n",
        )?;
    } else {
        w.write_all(b"\nclaims:\n")?;
    }
    Ok(())
}

fn write_topics(w: &mut dyn Write, topics: &[Topic], props: &[Vec<Proposition>]) -> io::Result<()> {
    for (i, t) in topics.iter().enumerate() {
        writeln!(w, "  - id: {}", q(&t.id))?;
        writeln!(w, "    label: {}", q(&t.label))?;
        writeln!(w, "    keywords: {}", q_list(&t.keywords))?;
        let ps = props.get(i).map_or(&[][..], Vec::as_slice);
        if !ps.is_empty() {
            w.write_all(b"    propositions:\n")?;
        }
        for p in ps {
            if p.keywords.is_empty() && p.opposite.is_empty() {
                writeln!(w, "      - {}", q(&p.text))?;
                continue;
            }
            writeln!(w, "      - text: {}", q(&p.text))?;
            if !p.keywords.is_empty() {
                writeln!(w, "        keywords: {}", q_list(&p.keywords))?;
            }
            if !p.opposite.is_empty() {
                writeln!(w, "        opposite: {}", q_list(&p.opposite))?;
            }
        }
    }
    Ok(())
}

fn write_parties(w: &mut dyn Write, parties: &[Party]) -> io::Result<()> {
    for p in parties {
        writeln!(w, "  - id: {}", q(&p.id))?;
        writeln!(w, "    name: {}", q(&p.name))?;
        writeln!(w, "    aliases: {}", q_list(&p.aliases))?;
        if let Some(c) = &p.color {
            writeln!(w, "    color: {}", q(c))?;
        }
    }
    Ok(())
}

/// One claim.
pub fn write_claim(
    w: &mut dyn Write,
    c: &Claim,
    (party, topic): (&str, &str),
    ctx: Option<&Context>,
) -> io::Result<()> {
    writeln!(w, "  - id: {}", q(&c.id))?;
    writeln!(w, "    party: {}", q(party))?;
    writeln!(w, "    speaker: {}", q(&c.speaker))?;
    writeln!(w, "    topic: {}", q(topic))?;
    writeln!(w, "    stance: {}", c.stance.as_str())?;
    writeln!(w, "    target: {}", q(&c.target))?;
    writeln!(w, "    summary: {}", q(&c.summary))?;
    writeln!(w, "    mode: {}", c.mode.as_str())?;
    writeln!(w, "    quote: {}", q(&c.quote))?;
    if let Some((prefix, suffix)) = ctx {
        if let Some(p) = prefix {
            writeln!(w, "    prefix: {}", q(p))?;
        }
        if let Some(x) = suffix {
            writeln!(w, "    suffix: {}", q(x))?;
        }
    }
    if let Some(cond) = &c.condition {
        writeln!(w, "    condition: {}", q(cond))?;
    }
    writeln!(w, "    status: {}", c.status.as_str())?;
    if let Some(x) = c.confidence {
        writeln!(w, "    confidence: {:.2}", x.clamp(0.0, 1.0))?;
    }
    if let Some(r) = &c.rule {
        writeln!(w, "    rule: {}", q(r))?;
    }
    Ok(())
}

/// A profile (topics and parties) to edit and draft with again.
pub fn profile_yaml(
    source: &str,
    topics: &[Topic],
    props: &[Vec<Proposition>],
    parties: &[Party],
) -> String {
    let mut v: Vec<u8> = Vec::new();
    let _ = writeln!(
        v,
        "# A drafting profile {}.\n\
         # Edit it (rename parties, merge them, add aliases and topic keywords,\n\
         # give topics `propositions`: see FORMAT.md), then draft with\n\
         # `standpoint draft ARTICLE --profile THIS.yaml`.",
        comment(source)
    );
    v.extend_from_slice(b"topics:\n");
    let _ = write_topics(&mut v, topics, props);
    v.extend_from_slice(b"parties:\n");
    let _ = write_parties(&mut v, parties);
    String::from_utf8_lossy(&v).into_owned()
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
