//! Drafting without a profile that fits: the parties are discovered from
//! the speakers' titles and affiliations ("Armenian Prime Minister",
//! "Kremlin spokesman", "EU foreign policy chief") through the bundled
//! gazetteer; a demonym the gazetteer lacks is matched to a place named in
//! the article ("Dovrenian" -> "Dovrenia"); an organisation not in it
//! ("the Corvanian Trade Union Federation") and a person with no
//! affiliation are parties of their own; a demonym inside an
//! organisation's name ("the Guild of Dovrenian Bakers") is not its party.
//! A state's title with no country ("Labour Minister") is the article's
//! country: the one its dateline names ("PORT ALMEN, Dovrenia, May 3"), else
//! the one most named. Topics are the claims' most salient terms (a few,
//! labelled), each with one proposition that stances are toward.

use std::collections::{HashMap, HashSet};

use super::attribution::Found;
use super::block::Block;
use super::gazetteer::{gazetteer, Gazetteer, Kind};
use super::lexicon::class as c;
use super::profile::Proposition;
use super::speakers::PartyFinder;
use super::stance::stem;
use crate::model::{Party, Span, Topic};

/// Most topics discovered.
pub const MAX_TOPICS: usize = 5;

/// A discovered party.
#[derive(Debug, Clone, PartialEq)]
pub struct Discovered {
    pub name: String,
    pub aliases: Vec<String>,
}

/// Capitalised words of an article and how often each occurs.
pub type Caps = super::lexicon::WordMap<String, u32>;

/// Parties discovered while speakers are resolved.
pub struct Discovery<'c> {
    g: &'static Gazetteer,
    /// Capitalised words of the article (for demonyms).
    caps: &'c Caps,
    pub parties: Vec<Discovered>,
    by_name: HashMap<String, usize>,
    /// The country the article is about, if one clearly is.
    home: Option<String>,
    /// Parties made of one person with no affiliation.
    pub own_person: HashSet<usize>,
    /// The initials of parties with names of several capitalised words
    /// ("NTU" for "National Teachers Union").
    acronyms: HashMap<String, usize>,
}

/// The initials of a name of at least two capitalised words (joining words
/// such as "of" left out): "National Teachers' Union" -> "NTU".
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "for" | "and" | "de" | "The"))
        .collect();
    let all_cap = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (words.len() >= 2 && all_cap).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// The organisation's name around a demonym at `a..z` in `s`, if it is
/// in one: the capitalised words after it end in a plural noun of people
/// that is no title ("Terranese Bakers"), with the capitalised words
/// joined by "of" or "for" before it ("Guild of Terranese Bakers").
fn org_around(s: &str, a: usize, z: usize) -> Option<(usize, usize)> {
    let l = super::lexicon::lexicon();
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !s[z..].starts_with(' ') {
        return None;
    }
    let mut end = z;
    let mut last = "";
    for w in s[z..].split(' ').skip(1) {
        let core = w.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        if core.is_empty() || !cap(core) {
            break;
        }
        end += 1 + w.len();
        last = core;
        if core.len() != w.len() {
            break;
        }
    }
    let lw = last.to_lowercase();
    let person_plural = lw.len() > 4
        && lw.ends_with('s')
        && !lw.ends_with("ss")
        && l.classes(&lw) & (c::TITLE | c::HONORIFIC | c::GOV_INSTITUTION) == 0;
    if !person_plural {
        return None;
    }
    let end = end
        - (s[..end].len()
            - s[..end]
                .trim_end_matches(|ch: char| !ch.is_alphanumeric())
                .len());
    // "Guild of", "Federation for": the name's start.
    let mut start = a;
    let before: Vec<&str> = s[..a].split_whitespace().collect();
    if let [.., head, joint] = before.as_slice() {
        if matches!(*joint, "of" | "for") && cap(head) {
            start = s[..a].rfind(head).unwrap_or(a);
        }
    }
    Some((start, end))
}

/// A place name ending at `z` in `s` that is a person's first name:
/// "Sofia Lindahl-Mensah", "Jordan Okafor" (a capitalised word follows
/// that is no title, institution or place: a surname).
fn first_name(s: &str, z: usize) -> bool {
    let Some(rest) = s.get(z..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let next: &str = rest
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .next()
        .unwrap_or("");
    let lower = next.to_lowercase();
    next.chars().next().is_some_and(char::is_uppercase)
        && next.chars().skip(1).any(char::is_lowercase)
        && !super::lexicon::is_title_word(&lower)
        && !super::lexicon::is_institution_word(&lower)
        && gazetteer().find_in(next).is_empty()
}

/// Suffixes of demonyms: "Dovrenian" -> "Dovrenia", "Korvati" -> "Korvat".
const DEMONYM_ENDINGS: &[&str] = &["n", "an", "ian", "i", "ese", "ish", "ic"];

impl<'c> Discovery<'c> {
    /// `text` is the article (its dateline names its country).
    pub fn new(caps: &'c Caps, text: &str) -> Discovery<'c> {
        let mut d = Discovery {
            g: gazetteer(),
            caps,
            parties: Vec::new(),
            by_name: HashMap::new(),
            home: None,
            own_person: HashSet::new(),
            acronyms: HashMap::new(),
        };
        d.home = d.dateline_country(text).or_else(|| d.home_country());
        d
    }

    /// The country a dateline names ("SANTA ANA, Norvia, May 3 (Agency)
    /// —": the words between the place and the date, or a capital the
    /// gazetteer knows before the date), in the article's first lines.
    fn dateline_country(&self, text: &str) -> Option<String> {
        const MONTHS: &[&str] = &[
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let head = text.get(..text.len().min(1200)).or(Some(text))?;
        for line in head.lines().take(6) {
            let parts: Vec<&str> = line.splitn(4, ',').map(str::trim).collect();
            // The part that starts with a month: the date.
            let Some(d) = parts.iter().position(|p| {
                MONTHS.iter().any(|m| p.starts_with(m))
                    && p.split_whitespace()
                        .nth(1)
                        .is_some_and(|x| x.starts_with(|ch: char| ch.is_ascii_digit()))
            }) else {
                continue;
            };
            // The place before it, in capitals ("SANTA ANA").
            let place = parts.first()?;
            let caps_place = d >= 1
                && place.chars().any(char::is_alphabetic)
                && place
                    .chars()
                    .all(|ch| !ch.is_lowercase() || !ch.is_alphabetic());
            if !caps_place {
                continue;
            }
            let named = if d >= 2 { parts[d - 1] } else { parts[0] };
            if let Some(&(0, z, e)) = self.g.find_in(named).first() {
                if z == named.len() && self.g.entries[e].kind == Kind::Country {
                    return Some(self.g.entries[e].name.clone());
                }
            }
            let proper = d >= 2
                && !named.is_empty()
                && named.split_whitespace().count() <= 3
                && named.split_whitespace().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).any(char::is_lowercase)
                });
            return proper.then(|| named.to_string());
        }
        None
    }

    /// The country named most often (by its name, a nationality adjective
    /// or a demonym of a place the article names), if it is named at
    /// least twice and at least twice as often as any other.
    fn home_country(&self) -> Option<String> {
        let mut count: HashMap<String, u32> = HashMap::new();
        for (w, &n) in self.caps {
            let place = match self.g.find_in(w).first() {
                Some(&(0, z, e)) if z == w.len() && self.g.entries[e].kind == Kind::Country => {
                    Some(self.g.entries[e].name.clone())
                }
                Some(_) => None,
                None => self.demonym(w).or_else(|| {
                    // A place with a demonym in the article: "Dovrenia"
                    // (with "Dovrenian"). (Not "I" with "In", nor any word
                    // of under four letters.)
                    (w.chars().count() >= 4).then_some(())?;
                    DEMONYM_ENDINGS
                        .iter()
                        .any(|end| {
                            let base = w
                                .strip_suffix('a')
                                .or_else(|| w.strip_suffix('o'))
                                .unwrap_or(w);
                            self.caps.contains_key(&format!("{w}{end}"))
                                || self.caps.contains_key(&format!("{base}{end}"))
                        })
                        .then(|| w.clone())
                }),
            };
            if let Some(p) = place {
                *count.entry(p).or_default() += n;
            }
        }
        let mut ranked: Vec<(String, u32)> = count.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let first = ranked.first()?;
        let second = ranked.get(1).map_or(0, |x| x.1);
        (first.1 >= 2 && first.1 >= 2 * second).then(|| first.0.clone())
    }

    fn party(&mut self, name: &str, alias: &str) -> usize {
        let i = match self.by_name.get(name) {
            Some(&i) => i,
            None => {
                self.parties.push(Discovered {
                    name: name.to_string(),
                    aliases: Vec::new(),
                });
                let i = self.parties.len() - 1;
                self.by_name.insert(name.to_string(), i);
                if let Some(a) = initials(name) {
                    self.acronyms.entry(a).or_insert(i);
                }
                i
            }
        };
        if alias != name {
            self.party_alias(i, alias);
        }
        i
    }

    fn party_alias(&mut self, p: usize, alias: &str) {
        if let Some(party) = self.parties.get_mut(p) {
            if !party.aliases.iter().any(|a| a == alias) && party.aliases.len() < 24 {
                party.aliases.push(alias.to_string());
            }
        }
    }

    /// The place a demonym the gazetteer lacks refers to, if the article
    /// names it: "Dovrenian" -> "Dovrenia".
    fn demonym(&self, w: &str) -> Option<String> {
        let lower = w.to_lowercase();
        if !w.chars().next().is_some_and(char::is_uppercase) || w.len() < 5 {
            return None;
        }
        for end in DEMONYM_ENDINGS {
            if let Some(stem) = lower.strip_suffix(end) {
                let cut = w.len() - end.len();
                let cand = &w[..cut];
                if stem.len() >= 3 && cand != w && self.caps.contains_key(cand) {
                    return Some(cand.to_string());
                }
                for tail in ["a", "ia", "o"] {
                    let c2 = format!("{cand}{tail}");
                    if self.caps.contains_key(&c2) && c2 != w {
                        return Some(c2);
                    }
                }
            }
        }
        None
    }

    /// A service named by one capitalised word that opens `s`, before a
    /// capitalised title or role ("Police Inspector Carl Nystedt", "Army
    /// General …"): its party.
    fn service_before_title(&mut self, s: &str) -> Option<(usize, usize, usize)> {
        let mut words = s.split_whitespace();
        let (first, second) = (words.next()?, words.next()?);
        let l = super::lexicon::lexicon();
        let service = first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().all(char::is_alphabetic)
            && l.classes(&first.to_lowercase()) & c::INSTITUTION != 0;
        let lower = second.to_lowercase();
        let title = second.chars().next().is_some_and(char::is_uppercase)
            && (l.classes(&lower) & c::TITLE != 0 || l.role(&lower) == Some(true));
        if !(service && title && s.starts_with(first)) {
            return None;
        }
        let p = self.party(first, first);
        Some((0, first.len(), p))
    }

    /// An organisation's own name in `s`: the trailing run of capitalised
    /// words (with "of", "the", "for", "and") that ends in an institution
    /// word that is not a state's ("Trade Union Federation", not "Foreign
    /// Ministry").
    fn organisation(s: &str) -> Option<(usize, usize)> {
        let words: Vec<(usize, &str)> = s
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
            .collect();
        let (&(last_at, last), _) = words.split_last()?;
        let lw = last.to_lowercase();
        let l = super::lexicon::lexicon();
        let cls = l.classes(lw.trim_end_matches("'s"));
        if cls & c::INSTITUTION == 0 || cls & c::GOV_INSTITUTION != 0 {
            return None;
        }
        if !last.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let mut first = words.len() - 1;
        while first > 0 {
            let w = words[first - 1].1;
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            let joint = matches!(w, "of" | "the" | "for" | "and" | "de");
            if (cap && !matches!(w, "The" | "A" | "An")) || joint {
                first -= 1;
            } else {
                break;
            }
        }
        while first < words.len() - 1 && matches!(words[first].1, "of" | "the" | "for" | "and") {
            first += 1;
        }
        let start = words[first].0;
        (first < words.len() - 1 || last.len() > 3).then_some((start, last_at + last.len()))
    }
}

impl PartyFinder for Discovery<'_> {
    fn names_a_party(&self, s: &str) -> bool {
        self.g
            .find_in(s)
            .first()
            .is_some_and(|&(a, z, _)| a == 0 && z == s.len())
    }

    fn mentions(&mut self, s: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        // An organisation's own name comes first; the places inside it
        // ("Corvanian Trade Union Federation") are not its party.
        if let Some((a, z)) = Discovery::organisation(s) {
            let name = s[a..z].trim_end_matches("'s").to_string();
            let known = self
                .g
                .find_in(&name)
                .into_iter()
                .find(|&(x, y, _)| x == 0 && y == name.len());
            let p = match known {
                Some((_, _, e)) => {
                    let canon = self.g.entries[e].name.clone();
                    self.party(&canon, &name)
                }
                None => self.party(&name, &name),
            };
            return vec![(a, z, p)];
        }
        // "Police Inspector Carl Nystedt": a service before a title is
        // the speaker's party.
        if let Some(p) = self.service_before_title(s) {
            return vec![p];
        }
        for (a, z, e) in self.g.find_in(s) {
            if first_name(s, z) {
                continue;
            }
            let canon = self.g.entries[e].name.clone();
            let p = self.party(&canon, &s[a..z]);
            out.push((a, z, p));
        }
        let mut at = 0;
        let mut opening = true;
        for w in s.split(|ch: char| !(ch.is_alphanumeric() || ch == '-')) {
            let start = at;
            at += w.len() + 1;
            let first = opening;
            if !w.is_empty() {
                opening = false;
            }
            if w.is_empty() || out.iter().any(|&(a, z, _)| start >= a && start < z) {
                continue;
            }
            // "NTU general secretary": the initials of an organisation
            // named before.
            if let Some(&p) = self.acronyms.get(w) {
                if w.len() >= 2 && w.chars().all(|ch| ch.is_ascii_uppercase()) {
                    self.party_alias(p, w);
                    out.push((start, start + w.len(), p));
                    continue;
                }
            }
            if let Some(place) = self.demonym(w) {
                // "Terranese Bakers", "the Guild of Terranese Bakers": a
                // demonym inside an organisation's name is not its party.
                if let Some((x, y)) = org_around(s, start, start + w.len()) {
                    let name = s[x..y].to_string();
                    let p = self.party(&name, &name);
                    out.push((x, y, p));
                    continue;
                }
                let p = self.party(&place, w);
                out.push((start, start + w.len(), p));
                continue;
            }
            // "Kessaria's water minister": the one word that owns a role
            // is its affiliation.
            let rest = s.get(start + w.len()..).unwrap_or("");
            let owner = first
                && w.chars().next().is_some_and(char::is_uppercase)
                && (rest.starts_with("'s ") || rest.starts_with("\u{2019}s "))
                && self.caps.contains_key(w);
            if owner {
                let p = self.party(w, w);
                out.push((start, start + w.len(), p));
            }
        }
        out.sort_by_key(|m| m.0);
        out
    }

    fn full_name(&self, _surname: &str) -> Option<String> {
        None
    }

    fn home_party(&mut self) -> Option<usize> {
        let home = self.home.clone()?;
        Some(self.party(&home, &home))
    }

    fn own_party(&mut self, name: &str, person: bool) -> Option<usize> {
        let name = name.trim();
        if name.is_empty() || !name.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // (A pronoun or function word opening a sentence is no one: "I",
        // "The".)
        let word = name.to_lowercase();
        if matches!(
            word.as_str(),
            "i" | "we"
                | "he"
                | "she"
                | "they"
                | "it"
                | "you"
                | "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "those"
                | "our"
                | "my"
                | "his"
                | "her"
                | "their"
                | "its"
                | "but"
                | "and"
                | "if"
                | "when"
                | "then"
                | "so"
                | "yes"
                | "no"
                | "not"
        ) {
            return None;
        }
        // A country named on its own ("Dovrenia rejected"): if the
        // gazetteer knows it, its canonical name.
        if let Some(&(a, z, e)) = self.g.find_in(name).first() {
            if a == 0 && z == name.len() && self.g.entries[e].kind == Kind::Country {
                let canon = self.g.entries[e].name.clone();
                return Some(self.party(&canon, name));
            }
        }
        let known = self.by_name.contains_key(name);
        // (A gerund opening a sentence is no one: "Naming children, in his
        // view, was …".)
        let gerund = !name.contains(' ') && word.len() > 5 && word.ends_with("ing");
        if gerund && !known {
            return None;
        }
        let p = self.party(name, name);
        if person && !known {
            self.own_person.insert(p);
        }
        Some(p)
    }
}

/// The parties of a discovery, for a document.
pub fn parties(d: &[Discovered]) -> Vec<Party> {
    let mut used: HashSet<String> = HashSet::new();
    d.iter()
        .map(|p| Party {
            id: unique_id(&p.name, &mut used),
            name: p.name.clone(),
            aliases: p.aliases.clone(),
            color: None,
        })
        .collect()
}

/// A short id from a name ("Corvanian Trade Union Federation" ->
/// "corvanian-trade"; not ending in a word like "of"), unique among
/// `used`.
pub fn unique_id(name: &str, used: &mut HashSet<String>) -> String {
    let mut id = String::new();
    for w in name
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w: String = w
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        if w.is_empty() {
            continue;
        }
        if !id.is_empty() {
            if id.len() + w.len() > 16 {
                break;
            }
            id.push('-');
        }
        id.push_str(&w);
    }
    // ("Velde Chamber of Commerce" -> "velde-chamber", not
    // "velde-chamber-of".)
    while let Some((head, last)) = id.rsplit_once('-') {
        if !matches!(
            last,
            "of" | "for" | "the" | "and" | "de" | "on" | "in" | "at" | "to"
        ) {
            break;
        }
        id.truncate(head.len());
    }
    if id.is_empty() {
        id.push('p');
    }
    let mut out = id.clone();
    let mut n = 2;
    while used.contains(&out) {
        out = format!("{id}-{n}");
        n += 1;
    }
    used.insert(out.clone());
    out
}

/// Salient terms of a claim: lowercase stems of content words that are
/// not names, function words or verbs of saying, and the two-word phrases
/// they make ("interest rate", "public spending"), each with its form as
/// written.
fn terms(text: &str, span: Span) -> Vec<(String, String)> {
    let b = Block::words(text, span);
    let mut out: Vec<(String, String)> = Vec::new();
    // The kept words just before (token, stem), at most two.
    let mut run: Vec<(usize, String)> = Vec::new();
    for t in 0..b.len() {
        let w = b.lw(t);
        let keep = b.is_lower(t)
            && w.chars().count() >= 4
            && !w.contains('\'')
            && b.cls(t) & (c::STOPWORD | c::AUX | c::NEGATION | c::MODAL | c::PREPOSITION) == 0
            && b.cue_at(t).is_none()
            && !w.ends_with("ly")
            && w.chars().all(char::is_alphabetic);
        if !keep {
            run.clear();
            continue;
        }
        let s = stem(w).into_owned();
        if run.last().is_some_and(|(p, _)| *p + 1 != t) {
            run.clear();
        }
        // "export levy", "grain export levy".
        for k in 0..run.len() {
            let words: Vec<&str> = run[k..].iter().map(|(_, x)| x.as_str()).collect();
            let phrase = format!("{} {s}", words.join(" "));
            if !out.iter().any(|(x, _)| *x == phrase) {
                out.push((phrase, b.text_of(run[k].0, t + 1).to_lowercase()));
            }
        }
        if !out.iter().any(|(x, _)| *x == s) {
            out.push((s.clone(), b.tok_text(t).to_lowercase()));
        }
        run.push((t, s));
        if run.len() > 2 {
            run.remove(0);
        }
    }
    out
}

/// How many words a term has (a phrase has two or three).
fn words_in(term: &str) -> usize {
    term.split(' ').count()
}

/// Whether a term is a phrase.
fn is_phrase(term: &str) -> bool {
    words_in(term) > 1
}

/// Whether a term can name a topic: a phrase, or a word that is no
/// adverb ("away") and no participle ("passed") as most often written.
fn names_a_thing(term: &str, forms: &HashMap<String, HashMap<String, usize>>) -> bool {
    if is_phrase(term) {
        return true;
    }
    let form = forms
        .get(term)
        .and_then(|m| m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
        .map_or(term, |f| f.0.as_str());
    let l = super::lexicon::lexicon();
    // Particles of phrasal verbs ("walk away", "push ahead").
    const PARTICLES: &[&str] = &[
        "away", "back", "ahead", "forward", "along", "apart", "aside", "together", "again", "down",
        "over", "through",
    ];
    !form.ends_with("ed") && !PARTICLES.contains(&form) && l.classes(form) & c::ADVERB == 0
}

/// Discovered topics and each claim's.
pub struct Topics {
    pub topics: Vec<Topic>,
    /// Each claim's topic.
    pub assign: Vec<Option<usize>>,
    /// Whether a claim's topic was taken from a claim before it (it has
    /// none of the topics' terms): such a claim is not merged into another.
    pub inferred: Vec<bool>,
}

/// The one proposition of each discovered topic, what stances are toward
/// (as a profile declares them): a change goes ahead ("Minimum wage rise"
/// -> "The minimum wage rise goes ahead"), else the topic's term itself.
pub fn propositions(topics: &[Topic]) -> Vec<Vec<Proposition>> {
    topics
        .iter()
        .map(|t| {
            let label = t.label.trim();
            let change =
                last_word(&label.to_lowercase()).is_some_and(|w| change_family(&stem(w)).is_some());
            let text = if change {
                let mut ch = label.chars();
                let lower: String = ch
                    .next()
                    .map(|f| f.to_lowercase().chain(ch).collect())
                    .unwrap_or_default();
                format!("The {lower} goes ahead")
            } else {
                label.to_string()
            };
            vec![Proposition {
                text,
                keywords: Vec::new(),
                opposite: Vec::new(),
            }]
        })
        .collect()
}

/// Stances toward each topic's one proposition (see [`propositions`]):
/// the article is read again with the discovered topics as a profile's
/// (parties discovered as before), and each claim found again (the same
/// quote) takes that reading's topic, proposition, stance and condition.
/// Returns the propositions. `progress` is told the bytes read.
pub fn toward_propositions(
    text: &str,
    body_start: usize,
    caps: &Caps,
    found: &mut [Found],
    topics: &[Topic],
    progress: &mut dyn FnMut(usize),
) -> Vec<Vec<Proposition>> {
    let props = propositions(topics);
    let profile = super::profile::Profile {
        topics: topics.to_vec(),
        parties: Vec::new(),
        propositions: props.clone(),
        name: String::new(),
    };
    let m = super::profile::Matchers::new(&profile);
    let pass = super::attribution::Pass {
        text,
        body_start,
        topics: Some((&m, &props)),
    };
    let mut disc = Discovery::new(caps, text);
    let again = super::attribution::run(&pass, &mut disc, progress);
    let by_span: HashMap<(usize, usize), &Found> = again
        .found
        .iter()
        .map(|f| ((f.span.start, f.span.end), f))
        .collect();
    // A stance toward a topic's proposition is read only from a main
    // clause that speaks of the topic (holds one of its terms); any other
    // claim keeps its own clause as its target.
    let kws: Vec<HashSet<String>> = topics
        .iter()
        .map(|t| {
            t.keywords
                .iter()
                .map(|k| {
                    k.split(' ')
                        .map(|w| stem(w).into_owned())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        })
        .collect();
    for f in found.iter_mut() {
        if let Some(g) = by_span.get(&(f.span.start, f.span.end)) {
            let speaks_of = kws.get(g.topic).is_some_and(|k| {
                terms(text, f.main)
                    .iter()
                    .any(|(t, _)| k.contains(t.as_str()))
            });
            if speaks_of {
                f.topic = g.topic;
                f.target = g.target;
                f.stance = g.stance;
                f.condition = g.condition;
                f.rule = g.rule.clone();
            }
        }
    }
    props
}

/// Nouns of change in one direction: in one article, "the rise" and "the
/// increase" are the same change.
const CHANGE_NOUNS: &[&[&str]] = &[
    &[
        "rise",
        "increase",
        "hike",
        "raise",
        "expansion",
        "extension",
    ],
    &["cut", "reduction", "decrease", "lowering", "freeze"],
];

/// Which family of [`CHANGE_NOUNS`] a term (a stem) is in.
fn change_family(term: &str) -> Option<usize> {
    CHANGE_NOUNS
        .iter()
        .position(|f| f.iter().any(|w| stem(w) == term))
}

/// The last word of a term.
fn last_word(term: &str) -> Option<&str> {
    term.rsplit(' ').next()
}

/// What the article is about, as the headline and the lede name it: a
/// two-word term of the lede (the first paragraphs) that the headline
/// holds too, used most in the claims ("minimum wage"); none is no noun
/// of change.
fn salient_subject(text: &str, df: &HashMap<String, (usize, usize)>) -> Option<String> {
    let mut end = text.len().min(1500);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let title = head.lines().find(|l| !l.trim().is_empty())?.to_lowercase();
    let lede = Span { start: 0, end };
    let mut best: Option<(usize, String)> = None;
    for (term, form) in terms(text, lede) {
        if words_in(&term) != 2
            || term.split(' ').any(|w| change_family(w).is_some())
            || !title.contains(form.as_str())
        {
            continue;
        }
        let n = df.get(&term).map_or(0, |x| x.0);
        if best.as_ref().is_none_or(|b| n > b.0) {
            best = Some((n, form));
        }
    }
    best.map(|b| b.1)
}

/// Topics discovered from the claims' salient terms, at most
/// [`MAX_TOPICS`]. Terms found in at least two claims are taken by how
/// many claims use them (a phrase before a word as frequent); a term used
/// in the claims of a topic already chosen (half of its claims, or a word
/// of a phrase chosen) becomes one of that topic's keywords instead of a
/// topic of its own, and so does a noun of change in the direction of a
/// topic's ("increase" after "rise"). An adverb, a particle or a
/// participle makes no topic. A topic is labelled by its most used phrase
/// when that is used at least half as often as the term that made it; a
/// noun of change alone by the headline's and lede's term before it
/// ("Minimum wage rise"). Each claim gets the topic with most of its
/// keywords in its main clause (else in the whole claim), else the topic
/// of the same party's claim before it (else of the claim before it, else
/// the first topic); "Other statements" only when no topic was found.
pub fn topics(text: &str, found: &[Found]) -> Topics {
    // term -> (claims using it, first claim); term -> form -> count.
    let mut df: HashMap<String, (usize, usize)> = HashMap::new();
    let mut forms: HashMap<String, HashMap<String, usize>> = HashMap::new();
    let mut claim_terms: Vec<HashSet<String>> = Vec::with_capacity(found.len());
    for (i, f) in found.iter().enumerate() {
        let ts = terms(text, f.span);
        let mut set = HashSet::new();
        for (s, form) in ts {
            let e = df.entry(s.clone()).or_insert((0, i));
            e.0 += 1;
            *forms.entry(s.clone()).or_default().entry(form).or_default() += 1;
            set.insert(s);
        }
        claim_terms.push(set);
    }
    let mut ranked: Vec<(&String, &(usize, usize))> =
        df.iter().filter(|(_, &(n, _))| n >= 2).collect();
    ranked.sort_by(|a, b| {
        b.1 .0
            .cmp(&a.1 .0)
            .then(words_in(b.0).cmp(&words_in(a.0)))
            .then(a.1 .1.cmp(&b.1 .1))
            .then(a.0.cmp(b.0))
    });
    // The claims that use each term (so that counting the claims a term
    // shares with a topic reads the term's claims, not every claim).
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, set) in claim_terms.iter().enumerate() {
        for t in set {
            postings.entry(t.as_str()).or_default().push(i);
        }
    }
    let claims_of = |t: &str| postings.get(t).map_or(&[][..], Vec::as_slice);
    // Each topic: its terms (the first is the one that made it).
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (term, &(n, _)) in ranked.iter().take(200) {
        let uses = |t: &String| claims_of(t).len();
        let words: Vec<&str> = term.split(' ').collect();
        // The topic whose claims use this term most (or that holds a word
        // of it, or a phrase with it).
        let mut best: Option<(usize, usize)> = None;
        for (gi, g) in groups.iter().enumerate() {
            let related = g
                .iter()
                .any(|x| words.contains(&x.as_str()) || x.split(' ').any(|w| w == term.as_str()));
            let shared = claims_of(term)
                .iter()
                .filter(|&&c| g.iter().any(|x| claim_terms[c].contains(x.as_str())))
                .count();
            let score = if related { n } else { shared };
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((gi, score));
            }
        }
        // "the increase" after "the rise": a noun of change joins the
        // topic made by a noun of change in the same direction.
        let same_change = (!is_phrase(term))
            .then(|| change_family(term))
            .flatten()
            .and_then(|fam| {
                groups
                    .iter()
                    .position(|g| last_word(&g[0]).and_then(change_family) == Some(fam))
            });
        if let Some(gi) = same_change {
            if let Some(g) = groups.get_mut(gi).filter(|g| g.len() < 12) {
                g.push((*term).clone());
            }
            continue;
        }
        match best {
            Some((gi, shared)) if 2 * shared >= n => {
                // A full group takes no more (nor does the term start one).
                if let Some(g) = groups.get_mut(gi).filter(|g| g.len() < 12) {
                    g.push((*term).clone());
                }
            }
            _ if groups.len() < MAX_TOPICS && uses(term) >= 2 && names_a_thing(term, &forms) => {
                groups.push(vec![(*term).clone()])
            }
            _ => {}
        }
    }
    let form_of = |s: &str| -> String {
        let mut fs: Vec<(&String, &usize)> =
            forms.get(s).map(|m| m.iter().collect()).unwrap_or_default();
        fs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        fs.first().map_or(s.to_string(), |f| f.0.clone())
    };
    let subject = salient_subject(text, &df);
    let mut topics: Vec<Topic> = Vec::new();
    let mut used = HashSet::new();
    for g in &groups {
        // Labelled by its most used phrase if that is used at least half
        // as often as the term that made the topic, else by that term.
        let uses = |t: &str| df.get(t).map_or(0, |x| x.0);
        let head = g
            .iter()
            .filter(|t| is_phrase(t))
            .max_by_key(|t| (uses(t), words_in(t)))
            .filter(|t| 2 * uses(t) >= uses(&g[0]))
            .unwrap_or(&g[0]);
        // "Rise" alone: what rises is the phrase the headline and the
        // lede name ("minimum wage") -> "Minimum wage rise".
        let label_form = match (is_phrase(head), change_family(head), &subject) {
            (false, Some(_), Some(subj)) => format!("{subj} {}", form_of(head)),
            _ => form_of(head),
        };
        let mut label = String::new();
        let mut ch = label_form.chars();
        if let Some(f) = ch.next() {
            label.extend(f.to_uppercase());
            label.push_str(ch.as_str());
        }
        let mut keywords: Vec<String> = Vec::new();
        for t in g {
            let f = form_of(t);
            if !keywords.contains(&f) {
                keywords.push(f);
            }
        }
        topics.push(Topic {
            id: unique_id(&label_form, &mut used),
            label,
            keywords,
        });
    }
    // Each claim: the topic with most of its terms in the main clause,
    // else in the whole claim, else the statements on other matters.
    let mut assign = Vec::with_capacity(found.len());
    for f in found {
        let pick = |span| {
            let ts: HashSet<String> = terms(text, span).into_iter().map(|x| x.0).collect();
            groups
                .iter()
                .enumerate()
                .map(|(gi, g)| (gi, g.iter().filter(|t| ts.contains(t.as_str())).count()))
                .filter(|&(_, n)| n > 0)
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|x| x.0)
        };
        assign.push(Some(
            pick(f.main).or_else(|| pick(f.span)).unwrap_or(usize::MAX),
        ));
    }
    // A claim with none of the topics' terms: the topic of the same
    // party's claim just before it, else of the claim just before it,
    // else the first topic (the most used term's).
    let mut inferred = vec![false; found.len()];
    if !groups.is_empty() {
        for i in 0..assign.len() {
            if assign[i] != Some(usize::MAX) {
                continue;
            }
            inferred[i] = true;
            let before = |same_party: bool| {
                (0..i).rev().find_map(|k| {
                    let t = assign[k].filter(|&t| t != usize::MAX)?;
                    (!same_party || found[k].party == found[i].party).then_some(t)
                })
            };
            assign[i] = Some(before(true).or_else(|| before(false)).unwrap_or(0));
        }
    }
    if assign.contains(&Some(usize::MAX)) {
        let other = topics.len();
        topics.push(Topic {
            id: unique_id("other", &mut used),
            label: "Other statements".to_string(),
            keywords: Vec::new(),
        });
        for a in &mut assign {
            if *a == Some(usize::MAX) {
                *a = Some(other);
            }
        }
    }
    Topics {
        topics,
        assign,
        inferred,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_organisations_and_countries() {
        let caps: Caps = ["Dovrenia", "Korvat", "Salmira"]
            .iter()
            .map(|s| (s.to_string(), 1))
            .collect();
        let mut d = Discovery::new(&caps, "");
        let name = |d: &mut Discovery, s: &str| {
            d.mentions(s)
                .first()
                .map(|&(_, _, p)| d.parties[p].name.clone())
        };
        assert_eq!(
            name(&mut d, "Dovrenian Foreign Minister").as_deref(),
            Some("Dovrenia")
        );
        assert_eq!(name(&mut d, "Korvati officials").as_deref(), Some("Korvat"));
        // A service before a title (round 12); not a service alone, nor
        // one after a name.
        assert_eq!(
            name(&mut d, "Police Inspector Carl Nystedt").as_deref(),
            Some("Police")
        );
        assert_eq!(name(&mut d, "Police"), None);
        assert_ne!(
            name(&mut d, "Carl Nystedt Police Inspector").as_deref(),
            Some("Police")
        );
        assert_eq!(
            name(&mut d, "Salmiran President").as_deref(),
            Some("Salmira")
        );
        assert_eq!(
            name(&mut d, "Turkish Foreign Minister").as_deref(),
            Some("Turkey")
        );
        // A capital or a country as a first name is no place: "Sofia
        // Lindahl-Mensah" is not Bulgaria's; "Sofia Mayor" and "Jordan
        // Valley" still name places.
        assert_ne!(
            name(&mut d, "Sofia Lindahl-Mensah").as_deref(),
            Some("Bulgaria")
        );
        assert_ne!(name(&mut d, "Jordan Okafor").as_deref(), Some("Jordan"));
        assert_eq!(name(&mut d, "Sofia Mayor").as_deref(), Some("Bulgaria"));
        assert_eq!(name(&mut d, "Jordan").as_deref(), Some("Jordan"));
        assert_eq!(
            name(&mut d, "a Kremlin spokesman").as_deref(),
            Some("Russia")
        );
        assert_eq!(
            name(&mut d, "The Corvanian Trade Union Federation").as_deref(),
            Some("Corvanian Trade Union Federation")
        );
        assert_eq!(
            name(&mut d, "the European Commission").as_deref(),
            Some("European Union")
        );
        assert_eq!(name(&mut d, "a Western diplomat"), None);
        let a = d.own_party("Lumora Systems", false);
        let b = d.own_party("Lumora Systems", false);
        assert_eq!(a, b);
    }

    #[test]
    fn ids_are_short_and_unique() {
        let mut used = HashSet::new();
        assert_eq!(
            unique_id("Corvanian Trade Union Federation", &mut used),
            "corvanian-trade"
        );
        assert_eq!(unique_id("Corvanian Trade", &mut used), "corvanian-trade-2");
        assert_eq!(unique_id("???", &mut used), "p");
    }
}
