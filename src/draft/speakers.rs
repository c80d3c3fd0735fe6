//! Who is speaking: subjects resolved in reading order to a speaker and a
//! party. Names (with honorifics and particles) and the parties named in a
//! speaker's words; pronouns and role nouns to the most recent compatible
//! speaker; "His office" to the last person's office; "The committee" to
//! the last committee named; unnamed sources ("two diplomats familiar with
//! the talks") kept as such, never merged into a named person; collective
//! subjects ("The United Nations and aid groups") as one speaker.
//!
//! Parties come from a [`PartyFinder`]: a profile's aliases, or discovery
//! from the text (see `discover`).

use std::collections::HashMap;
use std::sync::Arc;

use super::block::{Block, POSS_S};
use super::events::{Event, Kind};
use super::lexicon::class as c;
use super::subject::{Subj, Subject};

/// Where speakers' parties come from.
pub trait PartyFinder {
    /// The parties named in `s` (a speaker's words): (start, end, party),
    /// in order.
    fn mentions(&mut self, s: &str) -> Vec<(usize, usize, usize)>;
    /// The full name of a person known by this last name (lowercase).
    fn full_name(&self, surname: &str) -> Option<String>;
    /// A party for a speaker in whose words no party is named: discovery
    /// makes a named organisation or person a party of its own; a profile
    /// has none.
    fn own_party(&mut self, name: &str, person: bool) -> Option<usize>;
    /// The party of a person whose title is a state's ("Finance Minister
    /// Irena Bostock") and names no country: discovery gives the country
    /// the article is about, if one clearly is; a profile has none.
    fn home_party(&mut self) -> Option<usize> {
        None
    }
    /// The one party whose name ends in this lowercase noun ("the
    /// association" for "Hoteliers' Association"), if one does.
    fn by_head(&self, _head: &str) -> Option<usize> {
        None
    }
    /// Whether `s` is wholly a name this finder knows as a party's (an
    /// alias; a country of the gazetteer), without making it one.
    fn names_a_party(&self, _s: &str) -> bool {
        false
    }
}

/// Titles of a state's office: a person with one and no country named
/// speaks for the article's country.
fn state_title(s: &str) -> bool {
    s.split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "minister"
                    | "ministers"
                    | "president"
                    | "prime"
                    | "premier"
                    | "chancellor"
                    | "secretary"
                    | "governor"
                    | "senator"
                    | "ambassador"
                    | "envoy"
                    | "negotiator"
                    | "ministry"
                    | "government"
            )
        })
}

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub name: Arc<str>,
    pub party: Option<usize>,
    pub person: bool,
    /// Several speakers named at once ("Fiji, Tuvalu and Vanuatu"), whom
    /// "The three countries" refers back to.
    pub collective: bool,
    /// Named (a person's or an organisation's name, or a source described
    /// by an affiliation): counts when judging whether a profile fits.
    pub identified: bool,
    /// How it was found, for the claim's `rule`.
    pub how: Arc<str>,
}

/// What resolution remembers across sentences (and blocks).
#[derive(Debug, Default)]
pub struct State {
    last_person: Option<(Speaker, usize)>,
    /// The last few persons named or speaking, oldest first, each with
    /// the sentence it was last seen in: "he" and "she" take the most
    /// recent one whose gender does not disagree.
    recent_persons: Vec<(Speaker, usize)>,
    /// A person's gender, once a pronoun has referred to the person just
    /// named ("Sanna Moreau-Achterberg said … she said"): `true` for "he".
    male: HashMap<Arc<str>, bool>,
    last_inst: Option<(Speaker, usize)>,
    last_any: Option<(Speaker, usize)>,
    last_collective: Option<(Speaker, usize)>,
    /// Name word (lowercase) -> (full name, party).
    registry: HashMap<String, (Arc<str>, Option<usize>)>,
    /// Last word of an institution's name (lowercase) -> the institution.
    institutions: HashMap<String, Speaker>,
    /// Most recent person per party.
    by_party: HashMap<usize, Speaker>,
    /// Most recent person named with a title or role word ("Health
    /// Minister Yolanda Brannigan", "its mayor, Tobias Lind"), per word:
    /// "the minister" is that person, not the party's last speaker.
    by_title: HashMap<String, (Speaker, usize)>,
    /// Most recent organisation named by its name, per party.
    inst_by_party: HashMap<usize, Speaker>,
    /// The party each person speaker was last resolved to.
    pub persons: HashMap<Arc<str>, usize>,
    /// A person first known by a role ("manager of the Kellby
    /// Superstore"), then named by a surname alone in the next sentences
    /// ("Nordqvist says …"): the role -> (the name, the party).
    pub named_later: HashMap<Arc<str>, (Arc<str>, usize)>,
    /// Identified speakers with and without a party (for the fit check).
    pub matched: HashMap<Arc<str>, usize>,
    pub unmatched: HashMap<Arc<str>, usize>,
}

impl State {
    /// A speaker named by one word ("Nordqvist says …") within two
    /// sentences of a person of the same party known only by a role
    /// ("The manager of the Kellby Superstore … he says") names that
    /// person, unless the word is in the role ("the chief executive of
    /// Zipp … Zipp said") or names an institution.
    /// (`one_word`: the text names the speaker by one word, which the
    /// profile may know by a full name: "Sørhus" for Ingrid Sørhus.)
    fn note_named_later(&mut self, sp: &Speaker, sent: usize, one_word: bool) {
        let Some((role, at)) = &self.last_person else {
            return;
        };
        let word = (one_word || !sp.name.contains([' ', '\'', '\u{2019}']))
            && sp.name.starts_with(char::is_uppercase);
        let lower = sp.name.to_lowercase();
        let in_role = role
            .name
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| w.to_lowercase() == lower);
        if let Some(p) = role.party.filter(|&p| {
            word && role.name.starts_with(char::is_lowercase)
                && sent.saturating_sub(*at) <= 2
                && sp.party == Some(p)
                && !in_role
                && !super::lexicon::is_institution_word(&lower)
                && !self.persons.contains_key(&sp.name)
                && self.named_later.len() < 10_000
        }) {
            self.named_later
                .entry(role.name.clone())
                .or_insert((sp.name.clone(), p));
        }
    }

    /// The most recent person, and the recent persons' list.
    fn set_person(&mut self, sp: &Speaker, sent: usize) {
        self.last_person = Some((sp.clone(), sent));
        self.recent_persons.retain(|(p, _)| p.name != sp.name);
        if self.recent_persons.len() >= 6 {
            self.recent_persons.remove(0);
        }
        self.recent_persons.push((sp.clone(), sent));
    }

    fn update(&mut self, sp: &Speaker, sent: usize) {
        self.note_named_later(sp, sent, false);
        if sp.person {
            self.set_person(sp, sent);
            if let Some(p) = sp.party {
                self.by_party.insert(p, sp.clone());
                if self.persons.len() < 100_000 || self.persons.contains_key(&sp.name) {
                    self.persons.insert(sp.name.clone(), p);
                }
            }
        } else {
            self.last_inst = Some((sp.clone(), sent));
        }
        if group(sp) {
            self.last_collective = Some((sp.clone(), sent));
        }
        self.last_any = Some((sp.clone(), sent));
    }

    fn count(&mut self, sp: &Speaker) {
        if !sp.identified || sp.name.trim().is_empty() {
            return;
        }
        let map = if sp.party.is_some() {
            &mut self.matched
        } else {
            &mut self.unmatched
        };
        *map.entry(sp.name.clone()).or_default() += 1;
    }

    /// The person "he" (`male`) or "she" refers to: the most recent one
    /// not known to be of the other gender. A pronoun that refers to the
    /// last person named, within three sentences, tells that person's
    /// gender (when `learn`).
    fn person_pronoun(&mut self, male: bool, sent: usize, learn: bool) -> Option<Speaker> {
        let (sp, at) = self
            .recent_persons
            .iter()
            .rev()
            .take_while(|(_, s)| sent.saturating_sub(*s) <= 6)
            .find(|(sp, _)| self.male.get(&sp.name).is_none_or(|&m| m == male))
            .cloned()?;
        let latest = self
            .recent_persons
            .last()
            .is_some_and(|(p, _)| p.name == sp.name);
        if learn && latest && sent.saturating_sub(at) <= 3 && self.male.len() < 100_000 {
            self.male.entry(sp.name.clone()).or_insert(male);
        }
        Some(sp)
    }

    fn pronoun(&mut self, w: &str, sent: usize) -> Option<Speaker> {
        let recent = |x: &Option<(Speaker, usize)>| {
            x.as_ref()
                .filter(|(_, s)| sent.saturating_sub(*s) <= 6)
                .map(|(sp, _)| sp.clone())
        };
        let sp = match w {
            // (Only "he" and "she" tell the last person's gender: "Her
            // justice minister, Adam Kolar," is another's.)
            "he" | "him" | "his" => self.person_pronoun(true, sent, w == "he"),
            "she" | "her" => self.person_pronoun(false, sent, w == "she"),
            "it" | "its" => recent(&self.last_inst),
            // ("they" is a group, an organisation or people unnamed,
            // "Kessarian officials", not the last person named.)
            "they" | "them" | "their" => recent(&self.last_collective).or_else(|| {
                recent(&self.last_any).filter(|sp| {
                    let last = sp.name.rsplit(' ').next().unwrap_or("");
                    !sp.person || (last.ends_with('s') && last.starts_with(char::is_lowercase))
                })
            }),
            _ => None,
        }?;
        Some(Speaker {
            how: format!("pronoun \"{w}\" -> {}", sp.name).into(),
            ..sp
        })
    }

    fn last_person_of(&self, party: Option<usize>) -> Option<Speaker> {
        match party {
            Some(p) => self.by_party.get(&p).cloned(),
            None => self.last_person.as_ref().map(|x| x.0.clone()),
        }
    }

    fn register(&mut self, words: &[String], name: &Arc<str>, party: Option<usize>) {
        for w in words {
            if words.len() >= 2 || !self.registry.contains_key(w) {
                self.registry.insert(w.clone(), (name.clone(), party));
            }
        }
    }
}

/// Resolves the subjects of one block's events.
pub struct Resolver<'a, 't> {
    pub b: &'a Block<'t>,
    pub st: &'a mut State,
    pub pf: &'a mut dyn PartyFinder,
    /// The sentence (in the article) being resolved.
    cur: usize,
    /// The sentence (in the article) where what is said opens: a
    /// quotation of several sentences opens before `cur`.
    opened: usize,
}

/// A speaker of several ("Orvia and Delmark", "The leaders of Orvia and
/// Delmark"): what "they" and "the two countries" are next.
fn group(sp: &Speaker) -> bool {
    sp.collective || sp.name.contains(" and ")
}

/// The party's full name for a speaker named by a short form of it ("the
/// union" for "Sailors' Union", "Farmers' Confederation" for "National
/// Farmers' Confederation"): every word of the speaker, but for an
/// article, is in the party's name, which is longer.
pub fn full_name<'n>(speaker: &str, party: &'n str) -> Option<&'n str> {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
            .collect()
    };
    let (sw, pw) = (words(speaker), words(party));
    (!sw.is_empty() && sw.len() < pw.len() && sw.iter().all(|w| pw.contains(w))).then_some(party)
}

fn words_of(b: &Block, a: usize, z: usize) -> Vec<String> {
    (a..z)
        .filter(|&t| b.is_cap(t))
        .map(|t| b.stem(t).to_string())
        .collect()
}

/// Drop a leading article: "the Kremlin" -> "Kremlin".
/// A name without a possessive -'s at its end ("the ministry's" -> "the
/// ministry").
fn without_possessive(s: &str) -> &str {
    s.trim_end_matches("\u{2019}s").trim_end_matches("'s")
}

fn strip_det(s: &str) -> String {
    let t = s.trim();
    for d in ["the ", "The "] {
        if let Some(r) = t.strip_prefix(d) {
            return r.trim().to_string();
        }
    }
    t.to_string()
}

/// Whether the party mention at byte `start` of `s` is a destination ("the
/// envoy to the IAEA"), not an affiliation.
fn is_destination(s: &str, start: usize) -> bool {
    let before = s.get(..start).unwrap_or("").trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .unwrap_or(before)
        .trim_end();
    // (Not "close to": "Sources close to the Delmark delegation" are of
    // that side.)
    (before == "to" || before.ends_with(" to")) && !before.ends_with("close to")
}

impl Resolver<'_, '_> {
    pub fn new<'a, 't>(
        b: &'a Block<'t>,
        st: &'a mut State,
        pf: &'a mut dyn PartyFinder,
    ) -> Resolver<'a, 't> {
        Resolver {
            b,
            st,
            pf,
            cur: b.sent_base,
            opened: b.sent_base,
        }
    }

    /// The first party named in `s` that is an affiliation, and its words.
    fn party_in(&mut self, s: &str) -> Option<(usize, String)> {
        self.pf
            .mentions(s)
            .into_iter()
            .find(|&(a, _, _)| !is_destination(s, a))
            .map(|(a, e, p)| (p, s.get(a..e).unwrap_or("").to_string()))
    }

    /// "The five said": the group just named with that number ("The five
    /// unions"), among the last speakers.
    fn numbered_group(&self, number: &str) -> Option<Speaker> {
        let st = &self.st;
        [&st.last_collective, &st.last_inst, &st.last_any]
            .into_iter()
            .flatten()
            .filter(|(_, s)| self.cur.saturating_sub(*s) <= 3)
            .map(|(sp, _)| sp)
            .find(|sp| {
                sp.name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(number))
            })
            .map(|sp| Speaker {
                how: format!("\"the {number}\" -> {}", sp.name).into(),
                ..sp.clone()
            })
    }

    /// The party of a phrase's head: the party named at its end
    /// ("Dalvania's competition watchdog" is the watchdog's, not
    /// Dalvania's), else the first named in it.
    fn head_party(&mut self, s: &str) -> Option<(usize, String)> {
        let found: Vec<_> = self
            .pf
            .mentions(s)
            .into_iter()
            .filter(|&(a, _, _)| !is_destination(s, a))
            .collect();
        let end = s.trim_end().len();
        // Else the mention nearest the head before any preposition
        // ("Kovara's main opposition candidate": the opposition's, not
        // the possessive place's).
        let before_preposition = |a: usize| {
            !s.get(..a).unwrap_or("").split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "of" | "for" | "to" | "from" | "in" | "at" | "on" | "with" | "by"
                )
            })
        };
        found
            .iter()
            .find(|&&(_, e, _)| e == end)
            .or(found.iter().rev().find(|&&(a, _, _)| before_preposition(a)))
            .or(found.first())
            .map(|&(a, e, p)| (p, s.get(a..e).unwrap_or("").to_string()))
    }

    /// Resolve every event's subject, in reading order.
    pub fn resolve(&mut self, events: &[Event]) -> Vec<Option<Speaker>> {
        let mut out: Vec<Option<Speaker>> = vec![None; events.len()];
        let mut next_mention = 0usize;
        let mut i = 0;
        while i < events.len() {
            let sent = events[i].sent;
            self.cur = self.b.sent_base + sent;
            while next_mention <= sent {
                self.mention(next_mention);
                next_mention += 1;
            }
            let mut j = i;
            while j < events.len() && events[j].sent == sent {
                j += 1;
            }
            // Explicit subjects first, in order; then participles and
            // coordinated verbs, which take a neighbour's speaker.
            for k in i..j {
                let open = match events[k].kind {
                    Kind::Direct { quote, .. } => self.b.quotes.get(quote).map(|q| q.open),
                    _ => self.b.toks.get(events[k].content.0).map(|t| t.start),
                };
                self.opened = open
                    .and_then(|o| self.b.sentence_of_byte(o))
                    .map_or(self.cur, |s| (self.b.sent_base + s).min(self.cur));
                let sp = self
                    .explicit(&events[k])
                    .map(|sp| self.relayed(&events[k], sp));
                // (One a paper quotes, "The Herald quoted the ministry
                // as saying …", is not what "it" or "the paper" is next.)
                let quoted = matches!(
                    events[k].kind,
                    Kind::Reported { cue, .. } if cue == super::events::QUOTED_AS_SAYING
                );
                if let Some(sp) = &sp {
                    if sp.person || !quoted {
                        self.st.update(sp, self.cur);
                    }
                    if !matches!(events[k].kind, Kind::According) {
                        self.st.count(sp);
                    }
                }
                out[k] = sp;
            }
            for k in i..j {
                if matches!(events[k].subj, Subj::Participle | Subj::Coordinated) {
                    out[k] = self.neighbour(events, &out, (i, j), k);
                }
            }
            i = j;
        }
        while next_mention < self.b.sents.len() {
            self.mention(next_mention);
            next_mention += 1;
        }
        out
    }

    /// "People familiar with the talks said the guild had told the
    /// council it was ready …": an unnamed source of no party relays the
    /// position of the party whose statement it reports (the source stays
    /// the speaker).
    fn relayed(&mut self, e: &Event, sp: Speaker) -> Speaker {
        let b = self.b;
        let (ca, cz) = e.content;
        if sp.party.is_some() || !matches!(e.kind, Kind::Reported { .. }) {
            return sp;
        }
        let Some(cue) = (ca + 1..cz.min(ca + 10))
            .take_while(|&t| !b.is_punct(t, ",") && !b.is_punct(t, ";"))
            .find(|&t| b.is_lower(t) && b.cue_at(t).is_some())
        else {
            return sp;
        };
        let inner = match b.subject(cue, ca, false) {
            Some(Subject {
                subj: Subj::Np { main, appos },
                ..
            }) if main.0 == ca => self.resolve_np(main, appos),
            _ => None,
        };
        match inner {
            Some(inner) if inner.party.is_some() => Speaker {
                how: format!("{} relaying {}", sp.how, inner.name).into(),
                party: inner.party,
                ..sp
            },
            _ => sp,
        }
    }

    fn explicit(&mut self, e: &Event) -> Option<Speaker> {
        match e.subj {
            // ("The ministry's view is that …": the ministry.)
            // (A description's words name the party ahead of the phrase's
            // head: "An official at the ministry, speaking on condition of
            // anonymity, said".)
            Subj::Np { main, appos } => self
                .described(main, e.pos)
                .or_else(|| self.resolve_np(main, appos))
                .map(|sp| self.unnamed_in_full(main, e.pos, sp))
                .map(|sp| {
                    self.note_gender(main, &sp);
                    let name = without_possessive(&sp.name);
                    if name.len() == sp.name.len() {
                        sp
                    } else {
                        Speaker {
                            name: name.into(),
                            ..sp
                        }
                    }
                }),
            Subj::Pronoun(t) => self.st.pronoun(self.b.lw(t), self.cur),
            Subj::Floating => self.floating(e),
            Subj::Participle | Subj::Coordinated => None,
        }
    }

    /// "A senior official, speaking on condition of anonymity, said", "A
    /// Norsholm official who asked not to be named said": an unnamed
    /// source is named by all that describes it before the verb, as
    /// written (a relative clause or a participle set off by commas).
    fn unnamed_in_full(&self, (a, z): (usize, usize), cue: usize, sp: Speaker) -> Speaker {
        let b = self.b;
        let unnamed = matches!(b.lw(a), "a" | "an" | "one" | "two" | "three" | "several")
            && sp.name.as_ref() == b.text_of(a, z);
        if !unnamed || cue <= z + 1 || cue > z + 14 {
            return sp;
        }
        let opens = |k: usize| {
            // (Not "Several groups, including the guild,": members.)
            let participle = b.lw(k + 1).ends_with("ing") && b.lw(k + 1) != "including";
            b.has(k, c::RELATIVE) || (b.is_comma(k) && (b.has(k + 1, c::RELATIVE) || participle))
        };
        let mut end = cue;
        while end > z && (b.is_comma(end - 1) || b.is_adverbish(end - 1)) {
            end -= 1;
        }
        let plain = (z..end).all(|k| b.is_word(k) || b.is_comma(k));
        // (Nor when the relative clause is the saying itself: "A Delmark
        // official, who also said …, left" is "A Delmark official".)
        let saying = (z..end).all(|k| b.is_comma(k) || b.has(k, c::RELATIVE));
        if !opens(z) || !plain || saying || end <= z + 1 {
            return sp;
        }
        Speaker {
            name: b.text_of(a, end).into(),
            ..sp
        }
    }

    /// "A woman selling flowers there, who would not give her name,
    /// said": a person known only by a description (up to the comma or
    /// the cue at `cue`), whose party the profile names by words of it
    /// ("woman selling flowers").
    fn described(&mut self, (a, z): (usize, usize), cue: usize) -> Option<Speaker> {
        let b = self.b;
        if !matches!(b.lw(a), "a" | "an" | "one") || cue <= z {
            return None;
        }
        // (Not the "as" of "quoted a Talmark official as saying".)
        let end = (z..cue.min(z + 10))
            .find(|&k| !b.is_word(k) || (b.lw(k) == "as" && b.lw(k + 1) == "saying"))
            .unwrap_or(cue.min(z + 10));
        if end <= z {
            return None;
        }
        let (party, al) = self.party_in(b.text_of(a, end))?;
        // (Named without a relative clause: "A guild official who asked
        // not to be named".)
        let named = (z..end).find(|&k| b.has(k, c::RELATIVE)).unwrap_or(end);
        Some(Speaker {
            name: b.text_of(a, named).into(),
            party: Some(party),
            person: true,
            collective: false,
            identified: false,
            how: format!("a description with alias \"{al}\"").into(),
        })
    }

    /// "A woman selling scarves at the gate", "A young man waiting beside
    /// her": a person known by a description that says the person's
    /// gender, for "she" and "he" after it.
    fn note_gender(&mut self, (a, z): (usize, usize), sp: &Speaker) {
        let b = self.b;
        if !sp.person || !matches!(b.lw(a), "a" | "an" | "one" | "another") {
            return;
        }
        let male = (a + 1..(a + 4).min(z)).find_map(|t| match b.lw(t) {
            "woman" | "girl" | "mother" | "grandmother" | "wife" | "daughter" => Some(false),
            "man" | "boy" | "father" | "grandfather" | "husband" | "son" => Some(true),
            _ => None,
        });
        if let Some(m) = male.filter(|_| self.st.male.len() < 100_000) {
            self.st.male.insert(sp.name.clone(), m);
        }
    }

    /// A quotation inside a sentence belongs to the sentence's subject when
    /// that is a known speaker ("Weidel called the refusal “…”"); one
    /// standing alone continues the previous speaker.
    fn floating(&mut self, e: &Event) -> Option<Speaker> {
        let sent = self.cur;
        let (sa, _) = self.b.sent_toks[e.sent];
        let subject = if e.pos > sa + 1 {
            self.sentence_subject(e.sent)
                .filter(|s| s.party.is_some())
                .map(|s| Speaker {
                    how: format!("{} (subject of the sentence)", s.how).into(),
                    ..s
                })
        } else {
            None
        };
        subject.or_else(|| {
            self.st
                .last_any
                .as_ref()
                .filter(|(_, s)| sent.saturating_sub(*s) <= 3)
                .map(|(sp, _)| Speaker {
                    how: format!("{} (standing quotation)", sp.how).into(),
                    ..sp.clone()
                })
        })
    }

    /// A participle or coordinated verb takes the speaker of its
    /// neighbour in the sentence, else the sentence's subject.
    fn neighbour(
        &mut self,
        events: &[Event],
        out: &[Option<Speaker>],
        (i, j): (usize, usize),
        k: usize,
    ) -> Option<Speaker> {
        let before = (i..k).rev().find_map(|x| out[x].clone());
        let sp = match events[k].subj {
            Subj::Coordinated => before,
            _ => before.or_else(|| (k + 1..j).find_map(|x| out[x].clone())),
        }
        .or_else(|| self.sentence_subject(events[k].sent));
        sp.map(|s| Speaker {
            how: format!("{} (same clause)", s.how).into(),
            ..s
        })
    }

    /// The subject opening a sentence, if it is a name or alias.
    fn sentence_subject(&mut self, sent: usize) -> Option<Speaker> {
        let (_, sb) = *self.b.sent_toks.get(sent)?;
        let sa = self.b.body_start(sent);
        // ("In Ostrava, President Mila Dorn thanked …", "Later, …": after
        // a fronted phrase or adverb.)
        let adverb = || (self.b.is_adverbish(sa) && self.b.is_comma(sa + 1)).then_some(sa + 2);
        let phrase = || {
            self.b.has(sa, c::PREPOSITION).then_some(())?;
            (sa + 1..(sa + 8).min(sb))
                .find(|&k| self.b.is_comma(k))
                .map(|k| k + 1)
        };
        let sa = fronted_phrase_end(self.b, sa, sb)
            .or_else(adverb)
            .or_else(phrase)
            .unwrap_or(sa);
        let np = self.b.np_right(sa, sb)?;
        // ("Correction: in our 09:31 entry …", a fact-check's "CLAIM 1:
        // “…”": a label, no subject.)
        let number = self.b.lw(np.1);
        let numbered = !number.is_empty()
            && number.chars().all(|ch| ch.is_ascii_digit())
            && self.b.is_punct(np.1 + 1, ":");
        if self.b.is_punct(np.1, ":") || numbered {
            return None;
        }
        // ("Its president, Ruben Osterhaus, calls the cut “…”": the
        // name in apposition.)
        let appos = self.b.name_after_comma(np.1, sb);
        self.resolve_np(np, appos)
    }

    /// A person or institution named at the start of a sentence becomes
    /// the most recent one ("Vice President JD Vance struck a harsher tone.
    /// He told …"); else a person named later in it (`mention_within`).
    fn mention(&mut self, sent: usize) {
        if !self.mention_start(sent) {
            self.mention_within(sent);
        }
    }

    /// A person named later in a sentence that names none at its start
    /// becomes the most recent one: in apposition to a role ("…, and its
    /// mayor, Tobias Lind, frames the plan as a takeover. He …"), or a
    /// known person's name before a verb ("Late in the evening Lind spoke
    /// again. He said …").
    fn mention_within(&mut self, sent: usize) {
        let b = self.b;
        let Some(&(_, sb)) = b.sent_toks.get(sent) else {
            return;
        };
        let sa = b.body_start(sent);
        let at = self.b.sent_base + sent;
        for t in sa + 1..sb {
            if !b.is_cap(t) || b.is_cap(t - 1) {
                continue;
            }
            // (The role right before the comma, or before "of" and one
            // word: "One of its members of parliament, Tomas Vinter,".)
            let role_before = |k: usize| b.is_lower(k) && b.role(k) == Some(true);
            let role_at = (t >= 2 && role_before(t - 2)).then(|| t - 2).or_else(|| {
                (t >= 4 && b.lw(t - 3) == "of" && b.is_lower(t - 2) && role_before(t - 4))
                    .then(|| t - 4)
            });
            let sp = if let Some(r) = role_at.filter(|_| b.is_comma(t - 1)) {
                let Some(np) = b.np_right(t, sb).filter(|np| np.1 < sb && b.is_comma(np.1)) else {
                    continue;
                };
                let start = role_phrase_start(b, t.saturating_sub(6).max(sa), r);
                self.resolve_np((start, t - 1), Some(np))
            } else if b.is_lower(t - 1)
                && b.role(t - 1) == Some(true)
                && !(sa..t).any(|k| b.has(k, c::SUBJECT_PRONOUN) || b.cue_at(k).is_some())
            {
                // "His party colleague Giulia Okonjo did not": a role
                // noun right before the name, then a verb. (Not inside
                // what another says: "He added that Russian leader
                // Vladimir Putin would …" is still his.)
                let Some(np) = b
                    .np_right(t, sb)
                    .filter(|np| np.1 < sb && (b.is_lower(np.1) || b.is_comma(np.1)))
                else {
                    continue;
                };
                let start = role_phrase_start(b, t.saturating_sub(4).max(sa), t - 1);
                self.resolve_np((start, t), Some(np))
            } else if let Some((np, appos)) = self.name_then_role(t, sa, sb) {
                // "From the opposition benches Viktor Sandell, the
                // Enterprise Party's finance spokesman, called out": a
                // person named mid-sentence, set off by a role.
                self.resolve_np(np, Some(appos))
            } else if let Some(np) = b.np_right(t, sb).filter(|np| {
                // "the committee heard from Judge Ingrid Sollum, who chairs
                // …": a person of two names or more introduced by "who".
                np.1 - np.0 >= 2
                    && np.1 + 1 < sb
                    && b.is_comma(np.1)
                    && b.lw(np.1 + 1) == "who"
                    && b.is_lower(t - 1)
            }) {
                self.resolve_np(np, None)
            } else if t + 1 < sb && (b.is_lower(t + 1) || (b.is_terminal(t + 1) && t <= sa + 3)) {
                // (Or ending a sentence of a few words: "More from
                // Marlow." in a live blog.)
                self.st
                    .registry
                    .get(b.stem(t))
                    .map(|(name, party)| Speaker {
                        name: name.clone(),
                        party: *party,
                        person: true,
                        collective: false,
                        identified: true,
                        how: format!("\"{}\" named before", b.tok_text(t)).into(),
                    })
            } else {
                None
            };
            if let Some(sp) = sp.filter(|sp| sp.person) {
                self.st.set_person(&sp, at);
                return;
            }
        }
    }

    /// A name of two words or more at `t`, after a lowercase word and
    /// before a comma and a role ("benches Viktor Sandell, the party's
    /// finance spokesman,"), not after a cue or a subject pronoun in the
    /// sentence: the name and the role.
    fn name_then_role(
        &self,
        t: usize,
        sa: usize,
        sb: usize,
    ) -> Option<((usize, usize), (usize, usize))> {
        let b = self.b;
        if !b.is_lower(t - 1)
            || (sa..t).any(|k| b.has(k, c::SUBJECT_PRONOUN) || b.cue_at(k).is_some())
        {
            return None;
        }
        let np = b.np_right(t, sb)?;
        if np.1 < np.0 + 2 || np.1 + 2 >= sb || !b.is_comma(np.1) || !self.name_like(np.0, np.1) {
            return None;
        }
        let x = np.1 + 1;
        if !(matches!(b.lw(x), "the" | "a" | "an") || b.has(x, c::POSSESSIVE)) {
            return None;
        }
        let y = (x..sb).find(|&k| b.is_comma(k)).unwrap_or(sb);
        let h = self.head_of(x, y);
        (b.role(h) == Some(true)).then_some((np, (x, y)))
    }

    /// A person or institution named at the start of a sentence (whether
    /// a person was).
    fn mention_start(&mut self, sent: usize) -> bool {
        let b = self.b;
        let Some(&(_, sb)) = b.sent_toks.get(sent) else {
            return false;
        };
        let sa = b.body_start(sent);
        // "Across the street, the owner of the hardware shop, … sees it
        // differently": a phrase of place or time before a comma opens
        // the sentence; the subject is after it.
        let sa = fronted_phrase_end(b, sa, sb).unwrap_or(sa);
        let Some(np) = b.np_right(sa, sb) else {
            return false;
        };
        // ("the owner of the hardware shop, which …", "the owner of the
        // traders' oldest cafe, …": a role and whose it is, up to the
        // comma.)
        let described_by = |t: usize| {
            b.is_lower(t)
                && !b.has(t, c::AUX | c::MODAL)
                && (b.lw(t) == "of" || !b.has(t, c::PREPOSITION))
                && b.cue_at(t).is_none()
        };
        let np = match (np.1..(np.1 + 7).min(sb)).find(|&k| !b.is_word(k)) {
            Some(k)
                if b.is_comma(k)
                    && (np.0..np.1)
                        .any(|t| b.role_head(t) == Some(true) && b.lw(t + 1) == "of")
                    && (np.1..k).all(described_by) =>
            {
                (np.0, k)
            }
            _ => np,
        };
        // A verb after it, or a comma opening an apposition or a relative
        // clause ("The port authority, which owns the berths, does not
        // object …, its spokeswoman said").
        if np.1 >= sb || (!b.is_word(np.1) && !b.is_comma(np.1)) || b.is_cap(np.1) {
            return false;
        }
        // "Without them, it said, …": a preposition opening the sentence
        // is no one.
        if np.1 == np.0 + 1 && b.has(np.0, c::PREPOSITION) {
            return false;
        }
        // "Her colleague at the meeting, Dr Tomas Lind, disagreed with
        // her": a role, then a name set off by commas, names the person
        // (what follows "He said" is Lind's).
        let comma = if b.is_comma(np.1) {
            Some(np.1)
        } else if b.has(np.1, c::PREPOSITION) {
            (np.1 + 1..(np.1 + 6).min(sb)).find(|&k| b.is_comma(k))
        } else {
            None
        };
        if b.role(self.head_of(np.0, np.1)).is_some() {
            if let Some(appos) = comma.and_then(|k| b.name_after_comma(k, sb)) {
                let sp = self.resolve_np(np, Some(appos));
                if let Some(sp) = sp.filter(|sp| sp.person && sp.identified) {
                    self.st.set_person(&sp, self.b.sent_base + sent);
                    return true;
                }
            }
        }
        // "Oskar Lind, the union's spokesman, called out.", "Oskar
        // Brandt, for the Liberals, rose next.": a name, then a role or
        // whom the person speaks for set off by commas, names the person.
        if b.is_comma(np.1) && self.name_like(np.0, np.1) {
            let y = (np.1 + 2..(np.1 + 10).min(sb)).find(|&k| b.is_comma(k));
            let appos = y.map(|y| (np.1 + 1, y)).filter(|&(x, y)| {
                b.role(self.head_of(x, y)) == Some(true) || matches!(b.lw(x), "for" | "of" | "from")
            });
            if let Some(sp) = appos
                .and_then(|ap| self.resolve_np(np, Some(ap)))
                .filter(|sp| sp.person && sp.identified)
            {
                self.st.set_person(&sp, self.b.sent_base + sent);
                return true;
            }
        }
        // Before a comma only an institution: a person's apposition gives
        // the party, when the statement is resolved.
        let h = self.head_of(np.0, np.1);
        // (Not before a relative clause, "Maren Holt, who must sign the
        // order,": a person known by name is named.)
        let relative = b.is_comma(np.1) && b.has(np.1 + 1, c::RELATIVE);
        // (A person known by a role, set off by what describes the role's
        // place, "The manager of the Kellby Superstore, the largest shop
        // in town, needs no persuading", is the person "he" is next.)
        let described = b.is_comma(np.1) && b.role(h) == Some(true) && !b.is_cap(h);
        let set_off_ok = b.has(h, c::INSTITUTION) || b.role(h) == Some(false) || described;
        // (Nor a country or body of a known party set off by what
        // describes it: "Vastoria, Selvara's largest trading partner, was
        // cooler. Its foreign ministry …" is Vastoria's.)
        let known_body = b.is_cap(h) && self.pf.names_a_party(b.text_of(np.0, np.1));
        if b.is_comma(np.1) && !set_off_ok && !relative && !known_body {
            return false;
        }
        let sp = self.resolve_np(np, None);
        let Some(sp) = sp.filter(|sp| !relative || sp.party.is_some()) else {
            return false;
        };
        let at = self.b.sent_base + sent;
        // (A surname the profile knows by a full name: that name's party.)
        let one_word = np.1 == np.0 + 1;
        let party = sp.party.or_else(|| {
            let full = one_word && sp.person && sp.name.contains(' ');
            full.then(|| self.pf.mentions(&sp.name).first().map(|m| m.2))
                .flatten()
        });
        self.st.note_named_later(
            &Speaker {
                party,
                ..sp.clone()
            },
            at,
            one_word,
        );
        if group(&sp) {
            self.st.last_collective = Some((sp.clone(), at));
        }
        if sp.person {
            self.st.set_person(&sp, at);
            return true;
        }
        // (The same institution again, "Zipp welcomed the ban. The group
        // wants it doubled.", keeps the sentence it was named in: "the
        // group" is one named before.)
        let same = self
            .st
            .last_inst
            .as_ref()
            .is_some_and(|(x, _)| x.name == sp.name);
        if sp.party.is_some() && !same {
            self.st.last_inst = Some((sp, at));
        }
        false
    }

    /// Resolve a noun phrase (with an apposition) to a speaker.
    pub fn resolve_np(
        &mut self,
        main: (usize, usize),
        appos: Option<(usize, usize)>,
    ) -> Option<Speaker> {
        let (a, z) = main;
        if z <= a {
            return None;
        }
        let b = self.b;
        if b.has(a, c::POSSESSIVE) {
            return self.possessive(main, appos);
        }
        // "“…,” the statement said": the makers of the statement just
        // reported (in this sentence or the one before the quotation
        // opens).
        let document = matches!(
            b.lw(z - 1),
            "statement" | "letter" | "communique" | "communiqué" | "declaration"
        );
        // (The makers of the document, as the rule names them.)
        let made_by = |sp: &Speaker| Speaker {
            how: format!("\"{}\" -> {}", b.text_of(a, z), sp.name).into(),
            ..sp.clone()
        };
        // "The joint communique says …": the group that met.
        if document && b.lw(a) == "the" && (a..z).any(|t| b.lw(t) == "joint") {
            if let Some((sp, _)) = self
                .st
                .last_collective
                .as_ref()
                .filter(|(_, s)| self.cur.saturating_sub(*s) <= 8)
            {
                return Some(made_by(sp));
            }
        }
        if document && b.lw(a) == "the" && z - a <= 3 {
            // (Not the maker when the speaker's sentence names the
            // document as what it refused: "Corvan refused to sign the
            // declaration.")
            let noun = b.lw(z - 1);
            let named_before = |s: usize| {
                s.checked_sub(b.sent_base)
                    .filter(|&l| l + b.sent_base < self.cur)
                    .and_then(|l| b.sent_toks.get(l))
                    .is_some_and(|&(x, y)| {
                        (x..y).any(|k| {
                            b.lw(k) == noun
                                && (k.saturating_sub(4).max(x)..k)
                                    .any(|j| b.has(j, c::OPPOSE) || b.is_verb_negation(j))
                        })
                    })
            };
            let maker = self
                .st
                .last_any
                .as_ref()
                .filter(|(_, s)| self.opened.saturating_sub(*s) <= 1 && !named_before(*s))
                .map(|(sp, _)| made_by(sp));
            // (Else the party the profile names the document by: "the
            // letter says" of a letter some party signed.)
            if maker.is_some() || self.head_party(b.text_of(a, z)).is_none() {
                return maker;
            }
        }
        if z == a + 2 && b.lw(a) == "the" && b.has(a + 1, c::NUMBER_WORD) && b.is_lower(a + 1) {
            return self.numbered_group(b.lw(a + 1));
        }
        let h = self.head_of(a, z);
        if let Some((x, y)) = appos {
            // "The country's largest trade union, Solidarity Workers,": a
            // proper name set off after a role in lowercase names it.
            let role_then_name = b.role_head(h).is_some() && self.proper_phrase(x, y);
            if (self.name_like(x, y) || role_then_name) && !self.name_like(a, z) {
                return self.named_in_apposition(main, (x, y), None);
            }
            // "Another economist, Jakob Friis of the free-market Tidewater
            // Foundation,": a name, then whom the person speaks for.
            let of = (x + 2..y).find(|&k| matches!(b.lw(k), "of" | "from" | "at"));
            if let Some(k) = of.filter(|&k| {
                self.name_like(x, k)
                    && (x..k).all(|t| !b.has(t, c::INSTITUTION | c::TITLE) && b.role(t).is_none())
                    && b.role(h).is_some()
                    && !self.name_like(a, z)
            }) {
                return self.named_in_apposition(main, (x, k), Some((k + 1, y)));
            }
        }
        // "Jonas Ekberg of the opposition Farmers' Party": a person's name,
        // then whom the person speaks for (whatever words describe it).
        let person_of = (a + 2..z)
            .find(|&k| matches!(b.lw(k), "of" | "from") && b.is_lower(k))
            .is_some_and(|k| {
                (a..k).all(|t| b.is_cap(t) && !b.has(t, c::INSTITUTION | c::TITLE | c::DETERMINER))
                    && b.role(k - 1).is_none()
                    && self.name_like(a, k)
            });
        if person_of {
            return self.name_np(main, appos);
        }
        if b.role(h).is_some() && !self.is_name_phrase(a, z) {
            // ("The yard's owner, the Halberg family's investment company
            // Halberg Maritime,": the proper name that ends the
            // apposition, when it names a party.)
            let tail = appos.and_then(|(x, y)| {
                let n = (x..y).rev().take_while(|&t| b.is_cap(t)).last()?;
                // (Not after a preposition: "The memo, written for
                // Foreign Minister Aurel Danko," is the memo.)
                (n > x
                    && b.is_lower(n - 1)
                    && !b.has(n - 1, c::PREPOSITION)
                    && !matches!(b.lw(n - 1), "for" | "to" | "by")
                    && self.proper_phrase(n, y))
                .then(|| b.text_of(n, y))
            });
            let tail = tail.and_then(|t| self.party_in(t).map(|(q, _)| (t, q)));
            let mut sp = self.role_np(main, h);
            if let Some(s) = sp.as_mut().filter(|s| s.party.is_some()) {
                if let Some((t, _)) = tail.filter(|&(_, q)| Some(q) == s.party) {
                    s.name = t.into();
                    s.person = false;
                }
                return sp;
            }
            // "Several groups, including the guild,": the party named in
            // apposition to speakers of none.
            let Some((p, al)) = appos.and_then(|(x, y)| self.party_in(b.text_of(x, y))) else {
                return sp;
            };
            // "Another exile group, the Democratic Forum,": one described,
            // then named, is known by its name (not "Several groups,
            // including the guild,").
            let tail = tail.filter(|&(_, q)| q == p).map(|(t, _)| t);
            let name = match (appos, tail) {
                (Some((x, y)), _)
                    if x > 0 && b.lw(x - 1) != "including" && self.named_phrase(x, y) =>
                {
                    strip_det(b.text_of(x, y))
                }
                (_, Some(t)) => t.to_string(),
                _ => b.text_of(a, z).to_string(),
            };
            return Some(Speaker {
                name: name.into(),
                party: Some(p),
                person: false,
                collective: false,
                identified: true,
                how: format!("alias \"{al}\" in apposition").into(),
            });
        }
        self.name_np(main, appos)
    }

    /// The head of a phrase: a role followed by what describes it ("chair
    /// of the Commission", "officials involved in the talks"), else the
    /// last word.
    fn head_of(&self, a: usize, z: usize) -> usize {
        let b = self.b;
        (a..z)
            .find(|&t| b.role(t).is_some() && t + 1 < z && b.has(t + 1, c::POSTMOD))
            .unwrap_or(z - 1)
    }

    /// A phrase of capitalised words (and particles) only: a name.
    fn name_like(&self, x: usize, y: usize) -> bool {
        let b = self.b;
        // "He Yadong" is a name: a capitalised function word may open one
        // of two or more words (not an article).
        let opener = |t: usize| t == x && y - x >= 2 && !b.has(t, c::DETERMINER | c::POSSESSIVE);
        y > x
            && y - x <= 8
            && b.is_cap(x)
            && (x..y).all(|t| {
                (b.is_cap(t) && (!b.has(t, c::STOP_CAP | POSS_S) || opener(t)))
                    || b.has(t, c::CONNECTOR)
            })
            && !b.has(y - 1, c::INSTITUTION)
            && b.role(y - 1).is_none()
    }

    /// Capitalised words only (with connectors), not opening with an
    /// article: a proper name, a person's or an organisation's.
    /// A proper phrase after an optional "the" ("the Democratic Forum").
    fn named_phrase(&self, x: usize, y: usize) -> bool {
        let x = if self.b.lw(x) == "the" { x + 1 } else { x };
        self.proper_phrase(x, y)
    }

    fn proper_phrase(&self, x: usize, y: usize) -> bool {
        let b = self.b;
        y > x
            && y - x <= 8
            && b.is_cap(x)
            && !b.has(x, c::DETERMINER | c::POSSESSIVE | c::STOP_CAP)
            && (x..y).all(|t| b.is_cap(t) || b.has(t, c::CONNECTOR))
    }

    /// A name ending in a capitalised role word that is part of it
    /// ("European Commission", "Health Secretary Wes Streeting" ends in a
    /// name): the head is capitalised and not after a lowercase word
    /// (but "at the": "Petra Nyman at the Riders' Union").
    fn is_name_phrase(&self, a: usize, z: usize) -> bool {
        let b = self.b;
        let at_the = |t: usize| b.lw(t) == "at" && t > a && b.is_cap(t - 1) && b.lw(t + 1) == "the";
        b.is_cap(z - 1)
            && (a..z).all(|t| b.is_cap(t) || b.has(t, c::CONNECTOR | c::DETERMINER) || at_the(t))
    }

    /// The name part of a phrase: the capitalised words after the last
    /// title word, with honorifics and particles ("Sheikh Faris bin Rashed
    /// Al Hajri"); functional titles and "Mr."/"Dr." dropped. Returns the
    /// token where it starts.
    fn name_start(&self, a: usize, z: usize) -> usize {
        let b = self.b;
        let mut n = z;
        while n > a {
            let t = n - 1;
            if b.has(t, c::HONORIFIC) && b.is_cap(t) {
                n = t;
                break;
            }
            // A capitalised role before a name is a title ("Councillor
            // Priya Venkataraman").
            // (Singular: "Doctors Without Borders" is a name.)
            let role_title = t + 1 < z && b.role(t) == Some(true) && !b.lw(t).ends_with('s');
            let name_word =
                b.is_cap(t) && !b.has(t, c::TITLE | c::STOP_CAP | POSS_S) && !role_title;
            let particle = b.has(t, c::CONNECTOR)
                && !matches!(b.lw(t), "of" | "for")
                && t > a
                && (b.is_cap(t - 1) || b.has(t - 1, c::CONNECTOR));
            if !(name_word || particle) {
                break;
            }
            n = t;
        }
        n
    }

    /// "Qatar's Minister of State, Sheikh Faris bin Rashed Al Hajri,": the
    /// name in apposition is the speaker; the role phrase gives the party.
    fn named_in_apposition(
        &mut self,
        main: (usize, usize),
        (x, y): (usize, usize),
        affil: Option<(usize, usize)>,
    ) -> Option<Speaker> {
        let b = self.b;
        // An organisation's name may end in a word that opens no person's
        // name ("Solidarity Workers"): then all of it.
        let n = Some(self.name_start(x, y)).filter(|&n| n < y).unwrap_or(x);
        let name: Arc<str> = b.text_of(n, y).into();
        let role_text = b.text_of(main.0, main.1);
        let possessor = if b.has(main.0, c::POSSESSIVE) {
            self.st.pronoun(b.lw(main.0), self.cur)
        } else {
            None
        };
        let found = self
            .party_in(&name)
            .map(|(p, al)| (Some(p), format!("alias \"{al}\" (name in apposition)")))
            .or_else(|| {
                self.party_in(role_text)
                    .map(|(p, al)| (Some(p), format!("alias \"{al}\" in \"{role_text}\"")))
            })
            .or_else(|| {
                // "Jakob Friis of the Tidewater Foundation": the
                // organisation after the name.
                let (k, e) = affil?;
                let t = b.text_of(k, e);
                self.party_in(t)
                    .map(|(p, al)| (Some(p), format!("alias \"{al}\" in \"{t}\"")))
            })
            .or_else(|| {
                possessor.map(|s| (s.party, format!("\"{}\" -> {}", b.tok_text(main.0), s.name)))
            })
            .or_else(|| {
                (n..y).find_map(|t| {
                    self.st
                        .registry
                        .get(b.stem(t))
                        .map(|r| (r.1, "a name seen before (in apposition)".to_string()))
                })
            })
            .or_else(|| self.institution_possessor(main))
            .or_else(|| {
                state_title(role_text)
                    .then(|| self.pf.home_party())
                    .flatten()
                    .map(|p| {
                        (
                            Some(p),
                            "a state's title: the article's country".to_string(),
                        )
                    })
            });
        let (party, how) = match found {
            Some((Some(p), how)) => (Some(p), how),
            _ => (
                self.pf.own_party(&name, true),
                "a person of no party named in the text".to_string(),
            ),
        };
        let person = b.role(self.head_of(main.0, main.1)) != Some(false);
        self.st.register(&words_of(b, n, y), &name, party);
        let sp = Speaker {
            name,
            party,
            person,
            collective: false,
            identified: true,
            how: how.into(),
        };
        if person {
            self.note_titles(main.0..main.1, &sp);
        }
        Some(sp)
    }

    /// "The council's chairwoman": the institution named before by the
    /// word before the possessive.
    fn institution_possessor(&self, (a, z): (usize, usize)) -> Option<(Option<usize>, String)> {
        let b = self.b;
        let t = (a..z).find(|&t| b.has(t, POSS_S) && b.is_lower(t))?;
        let sp = self.st.institutions.get(b.stem(t))?;
        sp.party.map(|p| {
            (
                Some(p),
                format!("\"{}\" -> {}", b.text_of(a, t + 1), sp.name),
            )
        })
    }

    /// "His office", "Its spokesman, Emeka Tvardovsky,", "their leader".
    fn possessive(
        &mut self,
        main: (usize, usize),
        appos: Option<(usize, usize)>,
    ) -> Option<Speaker> {
        let b = self.b;
        if let Some((x, y)) = appos {
            if self.name_like(x, y) {
                return self.named_in_apposition(main, (x, y), None);
            }
        }
        // "His party colleague Giulia Okonjo": a role, then the name.
        if let Some(k) = (main.0 + 2..main.1).find(|&k| {
            b.is_cap(k) && b.is_lower(k - 1) && b.role(k - 1).is_some() && self.name_like(k, main.1)
        }) {
            return self.named_in_apposition((main.0, k), (k, main.1), None);
        }
        let owner = self.st.pronoun(b.lw(main.0), self.cur)?;
        // "Its statement did not say …": a document says its maker's
        // words; so do a paper's editorial and front page.
        if (main.1 == main.0 + 2 || (main.1 == main.0 + 3 && b.is_lower(main.0 + 1)))
            && matches!(
                b.lw(main.1 - 1),
                "statement"
                    | "letter"
                    | "communique"
                    | "declaration"
                    | "release"
                    | "report"
                    | "editorial"
                    | "page"
            )
        {
            return Some(Speaker {
                how: format!("\"{}\" -> {}", b.text_of(main.0, main.1), owner.name).into(),
                ..owner
            });
        }
        let role = b.text_of(main.0 + 1, main.1);
        // ("Its foreign ministry" when "it" is already Tarsk's foreign
        // ministry, read again: that ministry, not "Tarsk's foreign
        // ministry's foreign ministry".)
        let lower = |s: &str| s.to_lowercase().replace('\u{2019}', "'");
        if lower(&owner.name).ends_with(&format!("'s {}", lower(role))) {
            return Some(Speaker {
                how: format!("\"{}\" -> {}", b.text_of(main.0, main.1), owner.name).into(),
                ..owner
            });
        }
        let person = b.role(main.1 - 1).unwrap_or(true);
        let name: Arc<str> = format!("{}'s {}", owner.name, role).into();
        Some(Speaker {
            how: format!("\"{}\" -> {name}", b.text_of(main.0, main.1)).into(),
            name,
            party: owner.party,
            person,
            collective: false,
            identified: false,
        })
    }
}

impl Resolver<'_, '_> {
    /// A phrase headed by a role noun (token `h`): an unnamed source ("a
    /// U.S. official", "Kessarian officials"), an institution ("Britain's
    /// environment department"), or a role that refers back ("the
    /// spokesman", "The three countries", "The committee").
    fn role_np(&mut self, main: (usize, usize), h: usize) -> Option<Speaker> {
        let b = self.b;
        let (a, z) = main;
        let np_text = b.text_of(a, z);
        let person_role = b.role(h) == Some(true);
        // "Several councillors from the mayor's own party": a number of
        // speakers is unnamed, whatever possessive describes them.
        // ("Both leaders said": the two that spoke, like "the two
        // leaders".)
        // (People: not "both sides of the strait".)
        let both = b.lw(a) == "both" && person_role;
        let counted =
            !both && (b.has(a, c::NUMBER_WORD) || matches!(b.lw(a), "some" | "many" | "few"));
        let definite = !counted && (both || b.lw(a) == "the" || (a..z).any(|t| b.has(t, POSS_S)));
        let plural = b.has(h, c::COLLECTIVE) || b.lw(h).ends_with('s');
        let alias = self.head_party(np_text);
        if !definite {
            // An unnamed source: kept as written, never a named person.
            // (Not by the capital of an article opening the sentence: "A
            // woman selling scarves at the gate".)
            let identified = alias.is_some()
                || (a..z).any(|t| b.is_cap(t) && !b.has(t, c::DETERMINER | c::NUMBER_WORD));
            // "A senior finance ministry official": a state's institution
            // and no country named: the article's country (when drafting
            // without a profile and one clearly is).
            // ("An official at the health ministry": after the head too.)
            let of_state = || (a..z).any(|t| b.is_lower(t) && b.has(t, c::GOV_INSTITUTION));
            let (party, how) = match alias {
                Some((p, al)) => (Some(p), format!("unnamed source, alias \"{al}\"")),
                None => match self.institution_in(h + 1, z) {
                    Some(sp) => (sp.party, format!("unnamed source of {}", sp.name)),
                    // "A spokesman for the finance ministry": the state's,
                    // not the last organisation that spoke.
                    None => {
                        let home = if of_state() {
                            self.pf.home_party()
                        } else {
                            None
                        };
                        match (home, self.spokesperson_of(h)) {
                            (Some(p), _) => (
                                Some(p),
                                "unnamed source of a state institution, the article's country"
                                    .to_string(),
                            ),
                            (None, (None, _)) if of_state() => (None, "unnamed source".to_string()),
                            (None, found) => found,
                        }
                    }
                },
            };
            return Some(Speaker {
                name: np_text.into(),
                party,
                person: person_role,
                collective: false,
                identified,
                how: how.into(),
            });
        }
        if plural && b.has(h, c::COLLECTIVE) && alias.is_none() {
            // "The three countries said": the last group that spoke.
            if let Some((sp, s)) = &self.st.last_collective {
                if self.cur.saturating_sub(*s) <= 8 {
                    return Some(Speaker {
                        how: format!("\"{np_text}\" -> {}", sp.name).into(),
                        ..sp.clone()
                    });
                }
            }
        }
        if !person_role {
            return self.institution_role(main, h, alias);
        }
        if b.has(h, c::GROUP) {
            // "The rebels": a group of people is not the last person; with
            // an alias, the organisation of that party named before.
            if let Some(sp) = alias
                .as_ref()
                .filter(|_| z - a == 2)
                .and_then(|(p, _)| self.st.inst_by_party.get(p).cloned())
            {
                return Some(Speaker {
                    how: format!("\"{np_text}\" -> {}", sp.name).into(),
                    ..sp
                });
            }
            let name = strip_det(np_text);
            let party = alias
                .map(|x| x.0)
                .or_else(|| self.pf.own_party(&name, false));
            return party.map(|p| Speaker {
                name: name.as_str().into(),
                party: Some(p),
                person: false,
                collective: false,
                identified: true,
                how: format!("the group \"{np_text}\"").into(),
            });
        }
        self.person_role(main, alias)
    }

    /// "Two commanders of the movement": an institution named before, by a
    /// word of its name, in what describes an unnamed source.
    fn institution_in(&self, a: usize, z: usize) -> Option<Speaker> {
        (a..z)
            .filter(|&t| self.b.is_lower(t) && self.b.role(t) == Some(false))
            .find_map(|t| self.st.institutions.get(self.b.stem(t)).cloned())
            .filter(|sp| sp.party.is_some())
    }

    /// "The Commission rejected … “…,” a spokesperson said": a spokesperson
    /// with no affiliation speaks for the institution that just spoke.
    fn spokesperson_of(&self, h: usize) -> (Option<usize>, String) {
        let spokes = matches!(
            self.b.lw(h),
            "spokesman" | "spokeswoman" | "spokesperson" | "aide" | "aides" | "representative"
        );
        let inst = self
            .st
            .last_inst
            .as_ref()
            .filter(|(sp, s)| spokes && sp.party.is_some() && self.cur.saturating_sub(*s) <= 2);
        match inst {
            Some((sp, _)) => (sp.party, format!("unnamed source speaking for {}", sp.name)),
            None => (None, "unnamed source".to_string()),
        }
    }

    /// "The committee", "Britain's environment department", "the company".
    fn institution_role(
        &mut self,
        main: (usize, usize),
        h: usize,
        alias: Option<(usize, String)>,
    ) -> Option<Speaker> {
        let b = self.b;
        let (a, z) = main;
        let np_text = b.text_of(a, z);
        let head = b.stem(h).to_string();
        // An institution named before ("The committee" after "the
        // International Committee of the Red Cross").
        if let Some(sp) = self.st.institutions.get(&head).cloned() {
            if b.lw(a) == "the" && (alias.is_none() || alias.as_ref().map(|x| x.0) == sp.party) {
                return Some(Speaker {
                    how: format!("\"{np_text}\" -> {}", sp.name).into(),
                    ..sp
                });
            }
        }
        // "the company" (an alias) after "Corrigan Copper": the
        // organisation of that party named before.
        if let Some((p, al)) = alias.as_ref().filter(|_| b.lw(a) == "the" && z - a == 2) {
            if let Some(sp) = self.st.inst_by_party.get(p).cloned() {
                return Some(Speaker {
                    how: format!("\"{np_text}\" (alias \"{al}\") -> {}", sp.name).into(),
                    ..sp
                });
            }
        }
        // "The association asked …": the one party whose name ends in
        // the noun.
        let alias = alias.or_else(|| self.possessor_party(a, z)).or_else(|| {
            (b.lw(a) == "the" && z == a + 2 && b.is_lower(h))
                .then(|| self.pf.by_head(b.lw(h)))
                .flatten()
                .map(|p| (p, np_text.to_string()))
        });
        if let Some((p, al)) = alias {
            return Some(Speaker {
                name: strip_det(np_text).into(),
                party: Some(p),
                person: false,
                collective: false,
                identified: true,
                how: format!("alias \"{al}\"").into(),
            });
        }
        // "The opposition Kaldera First party": the name before the kind
        // of organisation.
        let plain = |t: usize| b.is_name_word(t) && !b.has(t, c::TITLE | POSS_S);
        if let Some((x, y)) = (a..h).find(|&t| plain(t)).map(|x| {
            let mut y = x;
            while y < h && (plain(y) || (y > x && b.has(y, c::CONNECTOR))) {
                y += 1;
            }
            // ("the opposition Freedom Bloc": a kind in capitals is part
            // of the name.)
            if y == h && b.is_cap(h) {
                y += 1;
            }
            (x, y)
        }) {
            let name = b.text_of(x, y);
            if let Some(p) = self.pf.own_party(name, false) {
                let sp = Speaker {
                    name: name.into(),
                    party: Some(p),
                    person: false,
                    collective: false,
                    identified: true,
                    how: format!("the name in \"{np_text}\"").into(),
                };
                self.st.institutions.insert(head.clone(), sp.clone());
                self.st.inst_by_party.insert(p, sp.clone());
                return Some(sp);
            }
        }
        let known = self.st.institutions.get(&head).cloned().or_else(|| {
            matches!(
                head.as_str(),
                "company"
                    | "firm"
                    | "group"
                    | "union"
                    | "movement"
                    | "party"
                    | "platform"
                    | "newspaper"
                    | "paper"
                    | "daily"
                    | "weekly"
                    | "tabloid"
                    | "magazine"
                    | "broadsheet"
                    | "editorial"
            )
            .then(|| {
                // Named in an earlier sentence: in "Teachers walked out,
                // the country's largest union said" the sentence's own
                // subject is what is said, not who says it.
                self.st
                    .last_inst
                    .as_ref()
                    .filter(|(_, at)| *at < self.cur)
                    .map(|x| x.0.clone())
            })
            .flatten()
        });
        let sp = known?;
        Some(Speaker {
            how: format!("\"{np_text}\" -> {}", sp.name).into(),
            ..sp
        })
    }

    /// "Prime Minister Halvard Oyelaran's office": the party of the person
    /// or organisation before the possessive.
    fn possessor_party(&mut self, a: usize, z: usize) -> Option<(usize, String)> {
        let b = self.b;
        let p = (a..z).find(|&t| b.has(t, POSS_S) && b.is_cap(t))?;
        let n = self.name_start(a, p);
        let owner = b.text_of(n, p + 1);
        let owner = without_possessive(owner).to_string();
        if let Some((_, Some(party))) = self.st.registry.get(b.stem(p)) {
            return Some((*party, owner));
        }
        let person = p > n;
        if person && n > a && state_title(b.text_of(a, n)) {
            if let Some(x) = self.pf.home_party() {
                return Some((x, owner));
            }
        }
        self.pf.own_party(&owner, person).map(|x| (x, owner))
    }

    /// "the Ukrainian leader", "the company's head of public policy".
    fn person_role(
        &mut self,
        main: (usize, usize),
        alias: Option<(usize, String)>,
    ) -> Option<Speaker> {
        let b = self.b;
        let (a, z) = main;
        let np_text = b.text_of(a, z);
        let party = alias.as_ref().map(|x| x.0);
        let spokes = matches!(
            b.lw(z - 1),
            "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "official"
                | "officials"
                | "aide"
                | "aides"
                | "representative"
                | "diplomat"
                | "diplomats"
        );
        let titled = self
            .st
            .by_title
            .get(b.stem(z - 1))
            .filter(|(sp, s)| {
                self.cur.saturating_sub(*s) <= 40 && (party.is_none() || sp.party == party)
            })
            .map(|(sp, _)| sp.clone());
        let recent = if let Some(sp) = titled {
            Some(sp)
        } else if spokes && party.is_none() {
            self.st.last_any.as_ref().map(|x| x.0.clone())
        } else {
            self.st.last_person_of(party)
        };
        match (party, recent) {
            (_, Some(r)) if party.is_none() || r.party == party => Some(Speaker {
                how: format!("role noun \"{np_text}\" -> {}", r.name).into(),
                ..r
            }),
            (Some(p), _) => Some(Speaker {
                name: strip_det(np_text).into(),
                party: Some(p),
                person: true,
                collective: false,
                identified: true,
                how: format!(
                    "role noun with alias \"{}\"",
                    alias.map(|x| x.1).unwrap_or_default()
                )
                .into(),
            }),
            _ => None,
        }
    }

    /// A name: a person ("Dovrenian Foreign Minister Ilse Marandi") or an
    /// organisation ("The Corvanian Trade Union Federation").
    fn name_np(&mut self, main: (usize, usize), appos: Option<(usize, usize)>) -> Option<Speaker> {
        let b = self.b;
        let (a, z) = main;
        // "Okko Varhaug of Aquifer Watch": a person's name (two words or
        // more, no title or institution among them), then the
        // organisation the person speaks for.
        // ("Councillor Mette Lind of the Conservatives": titles first.)
        let named = (a..z)
            .find(|&t| !(b.is_cap(t) && (b.has(t, c::TITLE | c::HONORIFIC) || b.role(t).is_some())))
            .unwrap_or(z);
        let of = (named + 2..z).find(|&k| matches!(b.lw(k), "of" | "from" | "at") && b.is_lower(k));
        // ("Anna Maria de Vries of …": a particle between name words.)
        let particle = |t: usize| {
            t > named
                && b.is_lower(t)
                && b.has(t, c::CONNECTOR)
                && !matches!(b.lw(t), "of" | "for")
                && b.is_cap(t + 1)
        };
        if let Some(k) = of.filter(|&k| {
            (named..k).all(|t| {
                (b.is_name_word(t) && !b.has(t, c::INSTITUTION | c::TITLE | c::ROLE)) || particle(t)
            }) && (k + 1..z).any(|t| b.is_cap(t))
        }) {
            let org_text = b.text_of(k + 1, z);
            // (Without a profile, an organisation named in full is a party
            // of its own: "Erik Dahl of the Velde Chamber of Commerce".)
            let org = self.party_in(org_text).map(|(p, _)| p).or_else(|| {
                self.named_phrase(k + 1, z)
                    .then(|| self.pf.own_party(&strip_det(org_text), false))
                    .flatten()
            });
            let mut sp = self.name_np((a, k), None)?;
            let own = sp.how.as_ref() == "a party of its own";
            if sp.person && (sp.party.is_none() || own) && org.is_some() {
                sp.party = org;
                self.st.register(&words_of(b, named, k), &sp.name, org);
            }
            return Some(sp);
        }
        let np_text = b.text_of(a, z);
        let n = self.name_start(a, z);
        let name_toks = z - n;
        let has_title = (a..z).any(|t| b.is_cap(t) && b.has(t, c::TITLE | c::HONORIFIC));
        let institution = b.has(z - 1, c::INSTITUTION) || b.role(z - 1) == Some(false);
        let surname = b.stem(z - 1).to_string();
        let reg = (n..z)
            .find_map(|t| self.st.registry.get(b.stem(t)).cloned())
            .or_else(|| {
                (name_toks == 1)
                    .then(|| self.pf.full_name(&surname).map(|f| (f.into(), None)))
                    .flatten()
            });
        // "Parents for Fair Tolls", "Friends of the Valley": one word of
        // a group joined to a name by "for" or "of" is an organisation's
        // name, not a person's.
        let first = if b.has(a, c::DETERMINER) { a + 1 } else { a };
        let joined = n == first + 2
            && matches!(b.lw(n - 1), "for" | "of")
            && b.is_cap(first)
            && !b.has(first, c::TITLE | c::HONORIFIC)
            && (b.role(first).is_some() || b.has(first, c::GROUP) || b.lw(first).ends_with('s'));
        // "Velde University of Applied Arts": an institution's name joined
        // by "of" or "for" to what it is of is an organisation's too.
        // ("The Association of Victims of the Highland War": after "of
        // the", and with "of" between capitals before it.)
        let of_at = if n > first + 2 && b.lw(n - 1) == "the" {
            n - 2
        } else {
            n.saturating_sub(1)
        };
        let institution_of = n > first + 1
            && matches!(b.lw(of_at), "of" | "for")
            && (first..of_at).all(|t| b.is_cap(t) || (t > first && b.lw(t) == "of"))
            && (first..of_at).any(|t| b.has(t, c::INSTITUTION) || b.role(t) == Some(false));
        // ("Ilves, the chief executive of Nordbygg,": one name set off by
        // a person's role is a person's.)
        // (Not a clause with "which": "Tarsk, which is not a member of
        // the Forum," is a country.)
        let role_set_off = appos.is_some_and(|(x, y)| {
            y > x && b.role(self.head_of(x, y)) == Some(true) && b.is_lower(x) && b.lw(x) != "which"
        });
        // "The tabloid Evening Star", "the nationalist weekly Straza": a
        // name after the kind of organisation it is.
        // (Not a possessive: "The union's Mara Ostby" is a person.)
        let kind_before =
            n > a && b.is_lower(n - 1) && !b.has(n - 1, POSS_S) && b.role(n - 1) == Some(false);
        let person = !institution
            && !kind_before
            && !joined
            && !institution_of
            && (has_title || name_toks >= 2 || reg.is_some() || role_set_off);
        let name: Arc<str> = if (person || kind_before) && name_toks >= 1 {
            match &reg {
                Some((full, _)) if name_toks == 1 && person => full.clone(),
                _ => b.text_of(n, z).into(),
            }
        } else {
            strip_det(np_text).into()
        };
        let name: Arc<str> = without_possessive(&name).into();
        // ("LEHTONEN-ABARA:" in a transcript is Lehtonen-Abara; not an
        // acronym: "NATO" stays.)
        let name: Arc<str> = crate::draft::profile::title_case(&name)
            .filter(|_| name.contains([' ', '-']))
            .map_or(name, Into::into);
        let (party, how) = self.name_party(main, n, &name, reg.as_ref(), appos, person);
        // "Another exile group, the Democratic Forum,": a description in
        // lowercase named in apposition is known by its name.
        let name = match appos {
            Some((x, y))
                if !person
                    && party.is_some()
                    && how.ends_with("in apposition")
                    && !(a + 1..z).any(|t| b.is_cap(t))
                    && self.named_phrase(x, y) =>
            {
                strip_det(b.text_of(x, y)).into()
            }
            _ => name,
        };
        if person && name_toks >= 1 {
            self.st.register(&words_of(b, n, z), &name, party);
        }
        let sp = Speaker {
            name,
            party,
            person,
            collective: (a..z).any(|t| b.lw(t) == "and"),
            identified: true,
            how: how.into(),
        };
        if person && !sp.collective {
            self.note_titles((a..n).chain(appos.map_or(0..0, |(x, y)| x..y)), &sp);
        }
        if !person {
            if let Some(p) = sp.party {
                self.st.inst_by_party.insert(p, sp.clone());
            }
            // "The committee" later refers to the International Committee
            // of the Red Cross: every institution word of the name.
            for t in a..z {
                if b.has(t, c::INSTITUTION) || b.role(t) == Some(false) {
                    self.st
                        .institutions
                        .insert(b.stem(t).to_string(), sp.clone());
                }
            }
            self.st.institutions.insert(surname, sp.clone());
        }
        Some(sp)
    }

    /// Remember the person as the most recent one with each title or
    /// role word among these tokens.
    fn note_titles(&mut self, toks: impl Iterator<Item = usize>, sp: &Speaker) {
        let b = self.b;
        for t in toks {
            if (b.has(t, c::TITLE) || b.role(t) == Some(true)) && self.st.by_title.len() < 10_000 {
                self.st
                    .by_title
                    .insert(b.stem(t).to_string(), (sp.clone(), self.cur));
            }
        }
    }

    /// The party of a name: one named in the name itself, in its title, a
    /// name seen before, the apposition, or (discovery) its own.
    fn name_party(
        &mut self,
        (a, z): (usize, usize),
        n: usize,
        name: &str,
        reg: Option<&(Arc<str>, Option<usize>)>,
        appos: Option<(usize, usize)>,
        person: bool,
    ) -> (Option<usize>, String) {
        let b = self.b;
        // An organisation is named by its whole name ("The Corvanian
        // Water Federation"); a person by the name after the title.
        let name_text = if person {
            b.text_of(n, z)
        } else {
            b.text_of(a, z)
        };
        // (An organisation's party is its head's: "The Aldorian newspaper
        // Dagsljus" is the paper's.)
        let named = if person {
            self.party_in(name_text)
        } else {
            self.head_party(name_text)
        };
        if let Some((p, al)) = named {
            return (Some(p), format!("alias \"{al}\""));
        }
        if n > a && person {
            let title = b.text_of(a, n);
            if let Some((p, al)) = self.party_in(title) {
                return (Some(p), format!("alias \"{al}\""));
            }
        }
        // "Cllr Anna Berg (Labour)": the party in brackets after the name.
        if person && b.tok_text(z) == "(" {
            let close = (z + 1..(z + 6).min(b.len())).find(|&k| b.tok_text(k) == ")");
            if let Some((p, al)) = close.and_then(|k| self.party_in(b.text_of(z + 1, k))) {
                return (Some(p), format!("alias \"{al}\" in brackets"));
            }
        }
        if let Some((_, Some(p))) = reg {
            return (Some(*p), "a name seen before".to_string());
        }
        if let Some((x, y)) = appos {
            let ap = b.text_of(x, y);
            if let Some((p, al)) = self.party_in(ap) {
                return (Some(p), format!("alias \"{al}\" in apposition"));
            }
        }
        if person && n > a && state_title(b.text_of(a, n)) {
            if let Some(p) = self.pf.home_party() {
                return (
                    Some(p),
                    "a state's title: the article's country".to_string(),
                );
            }
        }
        match self.pf.own_party(name, person) {
            Some(p) => (Some(p), "a party of its own".to_string()),
            None => (None, String::new()),
        }
    }
}

/// The end (past its comma) of a phrase of place or time opening a
/// sentence ("Across the street,", "In the vestry on Sunday,"): a
/// preposition, then up to five words in lowercase without a verb, then
/// a comma.
fn fronted_phrase_end(b: &Block, sa: usize, sb: usize) -> Option<usize> {
    // "Afterwards, the head of …", "Separately, …": an adverb and its
    // comma.
    let w = b.lw(sa);
    if (b.has(sa, c::ADVERB) || w.ends_with("ly") || w.ends_with("wards"))
        && b.is_comma(sa + 1)
        && sa + 2 < sb
    {
        return Some(sa + 2);
    }
    // "Five years ago Nadia Rel called …", "Last month Rel rejected …":
    // a time phrase, with or without a comma.
    let after = |k: usize| {
        let k = if b.is_comma(k) { k + 1 } else { k };
        (k < sb && b.is_word(k)).then_some(k)
    };
    // ("Two years later …", "A decade ago …", "Every year …".)
    let unit = |k: usize| {
        matches!(
            b.lw(k),
            "years"
                | "months"
                | "weeks"
                | "days"
                | "year"
                | "month"
                | "week"
                | "day"
                | "decade"
                | "decades"
        )
    };
    if matches!(b.lw(sa + 2), "ago" | "later" | "earlier") && unit(sa + 1) {
        return after(sa + 3);
    }
    if w == "every" && unit(sa + 1) {
        return after(sa + 2);
    }
    if matches!(w, "last" | "next" | "this")
        && (matches!(
            b.lw(sa + 1),
            "year" | "month" | "week" | "summer" | "winter" | "spring"
        ) || b.has(sa + 1, c::CALENDAR))
    {
        return after(sa + 2);
    }
    if !b.has(sa, c::PREPOSITION) {
        return None;
    }
    // "On Wednesday Ness appeared to soften", "In March the council
    // …": a day or month after the preposition, without a comma.
    if b.has(sa + 1, c::CALENDAR) && b.is_cap(sa + 1) && !b.is_comma(sa + 2) {
        let mut k = sa + 2;
        while matches!(b.lw(k), "morning" | "afternoon" | "evening" | "night") {
            k += 1;
        }
        return (k < sb && b.is_word(k)).then_some(k);
    }
    let k = (sa + 1..(sa + 7).min(sb)).find(|&k| !b.is_word(k))?;
    // (Not past a name: "From the opposition benches Viktor Sandell, the
    // party's spokesman, called out"; but a day, or a place right after
    // the preposition: "On Sunday, …", "In Ostrava, President Mila Dorn
    // thanked …".)
    let place = |t: usize| (sa + 1..=t).all(|x| b.is_cap(x) || b.lw(x) == "the");
    let plain = |t: usize| {
        (!b.is_cap(t) || b.has(t, c::CALENDAR) || place(t))
            && !b.has(t, c::AUX | c::MODAL)
            && b.cue_at(t).is_none()
    };
    (b.is_comma(k) && (sa + 1..k).all(plain)).then_some(k + 1)
}

/// Where the phrase of the role noun at `role` starts: the lower-case
/// words right before it, from `from` on, without a comma ("the
/// union's leader" in "On Monday the union's leader Oskar Lind spoke").
fn role_phrase_start(b: &Block, from: usize, role: usize) -> usize {
    (from..role)
        .rev()
        .take_while(|&k| b.is_lower(k) && !b.is_comma(k))
        .last()
        .unwrap_or(role)
}
