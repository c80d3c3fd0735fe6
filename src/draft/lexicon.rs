//! Word lists for attribution: cue verbs (with the stance they carry),
//! auxiliaries, titles, role nouns, polarity words. General English only:
//! no subject knowledge lives here (that is the profile's or the
//! gazetteer's job).
//!
//! Every list is turned once into one table ([`lexicon`]) from a lowercase
//! word to its classes (bit flags), so that the drafter classifies a token
//! with a single hash lookup.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A fast hash for short words (FNV-1a): the word table is looked up once
/// per token, so SipHash would cost more than the rules.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

/// Maps keyed by words.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// Sets of words.
pub type WordSet = std::collections::HashSet<String, BuildHasherDefault<WordHasher>>;

/// The stance a cue verb carries by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueStance {
    /// A verb of saying: the stance comes from what is said.
    Say,
    Favor,
    Against,
}

/// Cue phrases (lowercase words; apostrophes as `'`), with their stance and
/// their present tense for summaries ("rejected" -> "Rejects").
pub const CUES: &[(&str, CueStance)] = &[
    // Verbs of saying.
    ("said", CueStance::Say),
    ("says", CueStance::Say),
    ("say", CueStance::Say),
    ("told", CueStance::Say),
    ("tells", CueStance::Say),
    ("tell", CueStance::Say),
    ("added", CueStance::Say),
    ("adds", CueStance::Say),
    ("stated", CueStance::Say),
    ("noted", CueStance::Say),
    ("notes", CueStance::Say),
    ("explained", CueStance::Say),
    ("explains", CueStance::Say),
    ("argued", CueStance::Say),
    ("argues", CueStance::Say),
    ("claimed", CueStance::Say),
    ("claims", CueStance::Say),
    ("wrote", CueStance::Say),
    ("writes", CueStance::Say),
    // "posted on X that …", "“…,” she posted on X" (not "posted a
    // loss").
    ("posted on", CueStance::Say),
    ("posted that", CueStance::Say),
    ("posts on", CueStance::Say),
    ("tweeted", CueStance::Say),
    // A heckler or a crowd: "a man near the back who shouted that …",
    // "“…,” one delegate joked".
    ("shouted", CueStance::Say),
    ("shouts", CueStance::Say),
    ("yelled", CueStance::Say),
    ("joked", CueStance::Say),
    ("jokes", CueStance::Say),
    ("quipped", CueStance::Say),
    ("muttered", CueStance::Say),
    ("exclaimed", CueStance::Say),
    ("tweets", CueStance::Say),
    ("asserted", CueStance::Say),
    ("asserts", CueStance::Say),
    ("maintained", CueStance::Say),
    ("maintains", CueStance::Say),
    ("declared", CueStance::Say),
    ("declares", CueStance::Say),
    ("announced", CueStance::Say),
    ("announces", CueStance::Say),
    ("stressed", CueStance::Say),
    ("stresses", CueStance::Say),
    ("emphasized", CueStance::Say),
    ("emphasised", CueStance::Say),
    ("emphasizes", CueStance::Say),
    ("emphasises", CueStance::Say),
    ("insisted", CueStance::Say),
    ("insists", CueStance::Say),
    ("reiterated", CueStance::Say),
    ("reiterates", CueStance::Say),
    ("repeated", CueStance::Say),
    ("acknowledged", CueStance::Say),
    ("acknowledges", CueStance::Say),
    ("admitted", CueStance::Say),
    ("admits", CueStance::Say),
    ("conceded", CueStance::Say),
    ("concedes", CueStance::Say),
    ("suggested", CueStance::Say),
    ("suggests", CueStance::Say),
    ("warned", CueStance::Say),
    ("warns", CueStance::Say),
    ("signaled", CueStance::Say),
    ("signalled", CueStance::Say),
    ("indicated", CueStance::Say),
    ("predicted", CueStance::Say),
    ("confirmed", CueStance::Say),
    ("hinted", CueStance::Say),
    ("cautioned", CueStance::Say),
    ("countered", CueStance::Say),
    ("replied", CueStance::Say),
    ("responded", CueStance::Say),
    ("contended", CueStance::Say),
    ("contends", CueStance::Say),
    // A view held: "Critics believe the cap treats a symptom", "The party
    // holds that fees are not the problem".
    ("believes", CueStance::Say),
    ("believe", CueStance::Say),
    ("thinks", CueStance::Say),
    ("holds that", CueStance::Say),
    ("held that", CueStance::Say),
    ("fears that", CueStance::Say),
    ("feared that", CueStance::Say),
    ("fear that", CueStance::Say),
    // "takes the view that the merger is inevitable", "regards the
    // merger as the only way", "frames the plan as a takeover".
    ("takes the view that", CueStance::Say),
    ("took the view that", CueStance::Say),
    ("take the view that", CueStance::Say),
    ("regards", CueStance::Say),
    ("frames", CueStance::Say),
    ("describes", CueStance::Say),
    ("described", CueStance::Say),
    ("remarked", CueStance::Say),
    ("underlined", CueStance::Say),
    ("underscored", CueStance::Say),
    ("complained", CueStance::Say),
    ("accused", CueStance::Say),
    ("pointed out", CueStance::Say),
    ("made clear", CueStance::Say),
    ("saying", CueStance::Say),
    ("adding", CueStance::Say),
    ("noting", CueStance::Say),
    ("explaining", CueStance::Say),
    ("arguing", CueStance::Say),
    ("contending", CueStance::Say),
    ("claiming", CueStance::Say),
    ("insisting", CueStance::Say),
    ("stressing", CueStance::Say),
    ("emphasizing", CueStance::Say),
    ("emphasising", CueStance::Say),
    ("reiterating", CueStance::Say),
    ("acknowledging", CueStance::Say),
    ("admitting", CueStance::Say),
    ("conceding", CueStance::Say),
    ("suggesting", CueStance::Say),
    ("warning", CueStance::Say),
    ("calling", CueStance::Say),
    ("describing", CueStance::Say),
    ("asserting", CueStance::Say),
    ("maintaining", CueStance::Say),
    ("declaring", CueStance::Say),
    ("telling", CueStance::Say),
    ("accusing", CueStance::Say),
    ("pointing out", CueStance::Say),
    ("making clear", CueStance::Say),
    // Stance in favour.
    ("demanded", CueStance::Favor),
    ("demands", CueStance::Favor),
    ("demand", CueStance::Favor),
    ("called for", CueStance::Favor),
    ("calls for", CueStance::Favor),
    ("call for", CueStance::Favor),
    ("called on", CueStance::Favor),
    ("calls on", CueStance::Favor),
    ("urged", CueStance::Favor),
    ("urges", CueStance::Favor),
    ("urge", CueStance::Favor),
    ("pushed for", CueStance::Favor),
    ("pushes for", CueStance::Favor),
    ("push for", CueStance::Favor),
    ("pressed for", CueStance::Favor),
    ("presses for", CueStance::Favor),
    ("supported", CueStance::Favor),
    ("supports", CueStance::Favor),
    ("support", CueStance::Favor),
    ("backed", CueStance::Favor),
    ("backs", CueStance::Favor),
    ("back", CueStance::Favor),
    ("endorsed", CueStance::Favor),
    ("endorses", CueStance::Favor),
    ("welcomed", CueStance::Favor),
    ("welcomes", CueStance::Favor),
    ("welcome", CueStance::Favor),
    // "asked the court to block …" (see `Block::cue_at`: only before an
    // object and "to").
    ("asked", CueStance::Favor),
    ("asks", CueStance::Favor),
    ("asked for", CueStance::Favor),
    ("asks for", CueStance::Favor),
    // A position stated without a verb of saying: "The club wants the
    // tunnel dug."
    ("wants", CueStance::Favor),
    ("want", CueStance::Favor),
    ("proposed", CueStance::Favor),
    ("proposes", CueStance::Favor),
    // ("the signatories propose that every family …")
    ("propose", CueStance::Favor),
    ("advocated", CueStance::Favor),
    ("advocates", CueStance::Favor),
    ("agreed", CueStance::Favor),
    ("agrees", CueStance::Favor),
    ("agree", CueStance::Favor),
    ("accepted", CueStance::Favor),
    ("accepts", CueStance::Favor),
    ("accept", CueStance::Favor),
    ("defended", CueStance::Favor),
    ("defends", CueStance::Favor),
    ("sought", CueStance::Favor),
    ("seeks", CueStance::Favor),
    ("vowed", CueStance::Favor),
    ("vows", CueStance::Favor),
    ("vow", CueStance::Favor),
    ("pledged", CueStance::Favor),
    ("pledges", CueStance::Favor),
    ("promised", CueStance::Favor),
    ("promises", CueStance::Favor),
    ("demanding", CueStance::Favor),
    ("calling for", CueStance::Favor),
    // An intention to vote (after "will", "would", "to"; not the act,
    // "voted for"): "will vote against the bill".
    ("vote for", CueStance::Favor),
    ("vote against", CueStance::Against),
    // A manner of saying after a copula: "On Juno he was blunt: she must
    // stay", "Dravik is adamant that the payments will continue".
    ("was blunt", CueStance::Say),
    ("is blunt", CueStance::Say),
    ("was adamant", CueStance::Say),
    ("is adamant", CueStance::Say),
    ("was emphatic", CueStance::Say),
    ("is emphatic", CueStance::Say),
    ("was unequivocal", CueStance::Say),
    ("is unequivocal", CueStance::Say),
    // An undoing promised: "The Conservatives would scrap the whole bill."
    ("would scrap", CueStance::Against),
    ("will scrap", CueStance::Against),
    ("would repeal", CueStance::Against),
    ("will repeal", CueStance::Against),
    ("would abolish", CueStance::Against),
    ("will abolish", CueStance::Against),
    // A stance after a copula: "The Green Party was against (the bid)."
    ("is against", CueStance::Against),
    ("was against", CueStance::Against),
    ("are against", CueStance::Against),
    ("were against", CueStance::Against),
    ("calling on", CueStance::Favor),
    ("urging", CueStance::Favor),
    ("pushing for", CueStance::Favor),
    ("pressing for", CueStance::Favor),
    ("supporting", CueStance::Favor),
    ("backing", CueStance::Favor),
    ("endorsing", CueStance::Favor),
    ("welcoming", CueStance::Favor),
    ("proposing", CueStance::Favor),
    ("advocating", CueStance::Favor),
    ("defending", CueStance::Favor),
    ("vowing", CueStance::Favor),
    ("pledging", CueStance::Favor),
    ("promising", CueStance::Favor),
    // Doubt: "questioned whether the toll was legal".
    ("questioned", CueStance::Against),
    ("questions", CueStance::Against),
    ("doubted", CueStance::Against),
    // A threat: what is threatened is what is said ("threatened to
    // block the bridge").
    ("threatened to", CueStance::Say),
    ("threatens to", CueStance::Say),
    ("threatening to", CueStance::Say),
    // Stance against.
    ("rejected", CueStance::Against),
    ("rejects", CueStance::Against),
    ("reject", CueStance::Against),
    ("dismissed", CueStance::Against),
    ("dismisses", CueStance::Against),
    ("dismiss", CueStance::Against),
    ("ruled out", CueStance::Against),
    ("rules out", CueStance::Against),
    ("rule out", CueStance::Against),
    ("refused", CueStance::Against),
    ("refuses", CueStance::Against),
    ("refuse", CueStance::Against),
    ("opposed", CueStance::Against),
    // "Ruff is sceptical of a state-to-state payment".
    ("sceptical of", CueStance::Against),
    ("skeptical of", CueStance::Against),
    ("sceptical about", CueStance::Against),
    ("skeptical about", CueStance::Against),
    ("opposes", CueStance::Against),
    ("oppose", CueStance::Against),
    ("denied", CueStance::Against),
    ("denies", CueStance::Against),
    ("deny", CueStance::Against),
    ("criticized", CueStance::Against),
    ("criticised", CueStance::Against),
    ("criticizes", CueStance::Against),
    ("criticises", CueStance::Against),
    ("condemned", CueStance::Against),
    ("condemns", CueStance::Against),
    ("denounced", CueStance::Against),
    ("denounces", CueStance::Against),
    ("vetoed", CueStance::Against),
    ("objected", CueStance::Against),
    ("resisted", CueStance::Against),
    ("warned against", CueStance::Against),
    ("warns against", CueStance::Against),
    ("cautioned against", CueStance::Against),
    ("pushed back against", CueStance::Against),
    ("spoke out against", CueStance::Against),
    ("rejecting", CueStance::Against),
    ("dismissing", CueStance::Against),
    ("ruling out", CueStance::Against),
    ("refusing", CueStance::Against),
    ("opposing", CueStance::Against),
    ("denying", CueStance::Against),
    ("criticizing", CueStance::Against),
    ("criticising", CueStance::Against),
    ("condemning", CueStance::Against),
    ("denouncing", CueStance::Against),
    ("warning against", CueStance::Against),
    // Protest and campaigning: "protested against the levy".
    ("protested against", CueStance::Against),
    ("protests against", CueStance::Against),
    ("protesting against", CueStance::Against),
    ("campaigned against", CueStance::Against),
    ("campaigns against", CueStance::Against),
    ("campaigning against", CueStance::Against),
    ("lobbied against", CueStance::Against),
    ("lobbies against", CueStance::Against),
    ("campaigned for", CueStance::Favor),
    ("campaigns for", CueStance::Favor),
    ("lobbied for", CueStance::Favor),
    ("lobbies for", CueStance::Favor),
    // The verbs of news on talks: "hailed the deal", "slammed the plan",
    // "threw its weight behind", "poured cold water on", "balked at".
    ("hailed", CueStance::Favor),
    ("hails", CueStance::Favor),
    ("praised", CueStance::Favor),
    ("praises", CueStance::Favor),
    ("applauded", CueStance::Favor),
    ("applauds", CueStance::Favor),
    ("championed", CueStance::Favor),
    ("champions", CueStance::Favor),
    ("voiced support for", CueStance::Favor),
    ("expressed support for", CueStance::Favor),
    ("threw its weight behind", CueStance::Favor),
    ("threw their weight behind", CueStance::Favor),
    ("signed off on", CueStance::Favor),
    ("stands by", CueStance::Favor),
    ("stood by", CueStance::Favor),
    ("came round to", CueStance::Favor),
    ("come round to", CueStance::Favor),
    ("gave its blessing to", CueStance::Favor),
    ("slammed", CueStance::Against),
    ("slams", CueStance::Against),
    ("blasted", CueStance::Against),
    ("blasts", CueStance::Against),
    ("rebuffed", CueStance::Against),
    ("rebuffs", CueStance::Against),
    ("balked at", CueStance::Against),
    ("baulked at", CueStance::Against),
    ("poured cold water on", CueStance::Against),
    ("pours cold water on", CueStance::Against),
    ("hit out at", CueStance::Against),
    ("hits out at", CueStance::Against),
    ("cast doubt on", CueStance::Against),
    ("casts doubt on", CueStance::Against),
    ("backed away from", CueStance::Against),
    ("walked away from", CueStance::Against),
    ("distanced itself from", CueStance::Against),
    ("expressed concern about", CueStance::Against),
    ("expressed concern over", CueStance::Against),
    ("voiced concern about", CueStance::Against),
    ("voiced concern over", CueStance::Against),
    ("torpedoed", CueStance::Against),
    // A stance said with an adjective after a copula: "are in favour
    // of the ban" ("remains opposed to": see `Block::subject`).
    ("in favour of", CueStance::Favor),
    ("in favor of", CueStance::Favor),
];

/// The present tense of a stance cue for a summary ("rejected" ->
/// "Rejects"); `None` for verbs of saying.
/// Phrases that mean the opposite of a proposition with the word: a
/// strike goes on unless the strikers go back to work. Added to what the
/// profile declares opposite.
pub const ANTONYMS: &[(&str, &[&str])] = &[
    (
        "strike",
        &[
            "back to work",
            "return to work",
            "call off",
            "called off",
            "end the strike",
        ],
    ),
    (
        "walkout",
        &["back to work", "return to work", "call off", "called off"],
    ),
    // Something kept open is not closed: "fight the closure", "the night
    // closure would cost lives" toward "St Aldric's keeps its emergency
    // department open".
    (
        "open",
        &[
            "closure", "closures", "closing", "shutting", "shutdown", "shut",
        ],
    ),
    // "the crossing would stay shut" toward "The crossing reopens".
    (
        "reopen",
        &[
            "closure", "closures", "closing", "shutting", "shutdown", "shut", "closed",
        ],
    ),
];

pub fn present_tense(phrase: &str) -> Option<String> {
    let (&(_, st), words) = (CUES.iter().find(|(p, _)| *p == phrase)?, phrase);
    if st == CueStance::Say {
        return None;
    }
    // An adjective phrase: "are in favour of the ban" -> "Favours the ban".
    if let Some(spelling) = words
        .strip_prefix("in ")
        .and_then(|r| r.strip_suffix(" of"))
    {
        let mut c = spelling.chars();
        let first = c.next()?.to_uppercase().collect::<String>();
        return Some(format!("{first}{}s", c.as_str()));
    }
    let mut parts = words.splitn(2, ' ');
    let verb = parts.next()?;
    let rest = parts.next().map(|r| format!(" {r}")).unwrap_or_default();
    let irregular = [
        ("sought", "seeks"),
        ("ruled", "rules"),
        ("rule", "rules"),
        ("ruling", "rules"),
        ("spoke", "speaks"),
        ("denied", "denies"),
        ("deny", "denies"),
        ("denying", "denies"),
        ("vetoed", "vetoes"),
        ("slammed", "slams"),
        ("stood", "stands"),
        ("threw", "throws"),
        ("came", "comes"),
        ("come", "comes"),
        ("gave", "gives"),
        ("torpedoed", "torpedoes"),
    ];
    let base = if let Some(&(_, p)) = irregular.iter().find(|(w, _)| *w == verb) {
        p.to_string()
    } else if verb.ends_with('s') && !verb.ends_with("ss") {
        verb.to_string()
    } else if let Some(stem) = verb.strip_suffix("ing") {
        present_s(&restore_e(stem))
    } else if let Some(stem) = verb.strip_suffix("ed") {
        present_s(&restore_e(stem))
    } else {
        present_s(verb)
    };
    let mut c = base.chars();
    let first = c.next()?.to_uppercase().collect::<String>();
    Some(format!("{first}{}{rest}", c.as_str()))
}

/// "urg" -> "urge", "back" -> "back", "dismiss" -> "dismiss".
fn restore_e(stem: &str) -> String {
    const E: &[&str] = &[
        "urg", "welcom", "propos", "advocat", "pledg", "promis", "refus", "oppos", "denounc",
        "criticiz", "criticis", "endors", "agre", "prais", "voic", "distanc",
    ];
    if E.contains(&stem) {
        format!("{stem}e")
    } else {
        stem.to_string()
    }
}

fn present_s(verb: &str) -> String {
    if verb.ends_with("ss") || verb.ends_with("sh") || verb.ends_with("ch") {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    }
}

// --- Word classes ------------------------------------------------------------

/// Word classes, as bit flags.
pub mod class {
    pub const AUX: u64 = 1;
    pub const BE: u64 = 1 << 1;
    pub const ADVERB: u64 = 1 << 2;
    pub const NEGATION: u64 = 1 << 3;
    pub const STOP_CAP: u64 = 1 << 4;
    pub const CALENDAR: u64 = 1 << 5;
    pub const CONNECTOR: u64 = 1 << 6;
    pub const ROLE: u64 = 1 << 7;
    pub const ROLE_PERSON: u64 = 1 << 8;
    pub const MODIFIER: u64 = 1 << 9;
    pub const TITLE: u64 = 1 << 10;
    pub const HONORIFIC: u64 = 1 << 11;
    pub const INSTITUTION: u64 = 1 << 12;
    pub const LISTENER: u64 = 1 << 13;
    pub const CIRCUMSTANCE: u64 = 1 << 14;
    pub const DEPENDENT: u64 = 1 << 15;
    pub const DEMONSTRATIVE: u64 = 1 << 16;
    pub const ANAPHORIC: u64 = 1 << 17;
    pub const DETERMINER: u64 = 1 << 18;
    pub const POSSESSIVE: u64 = 1 << 19;
    pub const SUBJECT_PRONOUN: u64 = 1 << 20;
    pub const MODAL: u64 = 1 << 21;
    pub const OPPOSE: u64 = 1 << 22;
    pub const NEG_VALENCE: u64 = 1 << 23;
    pub const VOLITION: u64 = 1 << 24;
    pub const DATA_NOUN: u64 = 1 << 25;
    pub const COLLECTIVE: u64 = 1 << 26;
    pub const TELL: u64 = 1 << 27;
    pub const NUMBER_WORD: u64 = 1 << 28;
    pub const POSTMOD: u64 = 1 << 29;
    pub const CLAUSE_BREAK: u64 = 1 << 30;
    pub const PREPOSITION: u64 = 1 << 31;
    pub const NEUTRAL: u64 = 1 << 32;
    pub const STOPWORD: u64 = 1 << 33;
    pub const GOV_INSTITUTION: u64 = 1 << 34;
    pub const COMMITMENT: u64 = 1 << 35;
    pub const RELATIVE: u64 = 1 << 36;
    /// The first word of a condition ("if", "unless", "provided" …).
    pub const CONDITION_START: u64 = 1 << 37;
    /// A group of people ("rebels", "protesters").
    pub const GROUP: u64 = 1 << 38;
    /// The first word of a cue phrase.
    pub const CUE_START: u64 = 1 << 39;
    /// A verb that undoes what it takes ("scrap", "drop", "repeal").
    pub const UNDO: u64 = 1 << 40;
    /// Set by the block from a word's form, not from a word list: a
    /// possessive -'s ("Kessaria's") and digits. (Kept in this one table
    /// so that no two classes share a bit: POSS_S once shared UNDO's, and
    /// every possessive undid what followed it.)
    pub const POSS_S: u64 = 1 << 41;
    pub const DIGITS: u64 = 1 << 42;
    /// A noun of proposal ("bill", "reform", "change"): with "the" or a
    /// demonstrative it refers back, like the anaphoric nouns, and else
    /// to what the article is about.
    pub const PROPOSAL: u64 = 1 << 43;
}

use class as c;

/// Auxiliaries and modals that may stand between a subject and its verb.
const AUX: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "been", "be", "being", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do", "'s", "'d",
    "'ll", "has long", "also",
];
const BE: &[&str] = &["is", "was", "were", "are", "been", "be", "being"];
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "should", "must", "shall", "may", "might",
];

/// Adverbs that may stand between a subject and its verb (besides any
/// lowercase word ending in -ly).
const ADVERBS: &[&str] = &[
    "also",
    "again",
    "previously",
    "earlier",
    "later",
    "then",
    "further",
    "once",
    "already",
    "now",
    "still",
    "even",
    "since",
    "long",
    "first",
    "too",
    "initially",
    "subsequently",
    "soon",
    "often",
    "always",
    "never",
    "not",
    "yet",
    "just",
    "instead",
    "however",
    "meanwhile",
    "last",
    "this",
    "on",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "privately",
    "publicly",
];

const NEGATIONS: &[&str] = &[
    "not", "never", "n't", "no", "cannot", "nobody", "nothing", "neither", "nor", "none",
    "unlikely",
];

/// Capitalised words that are not part of a name at the start of a
/// sentence or clause.
const STOP_CAPS: &[&str] = &[
    "the",
    "but",
    "and",
    "in",
    "on",
    "at",
    "after",
    "before",
    "while",
    "despite",
    "earlier",
    "later",
    "meanwhile",
    "afterwards",
    "afterward",
    "separately",
    "elsewhere",
    "however",
    "still",
    "yet",
    "so",
    "also",
    "then",
    "now",
    "asked",
    "speaking",
    "if",
    "when",
    "as",
    "for",
    "with",
    "from",
    "by",
    "under",
    "over",
    "during",
    "since",
    "although",
    "though",
    "because",
    "last",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "our",
    "a",
    "an",
    "some",
    "many",
    "most",
    "both",
    "each",
    "several",
    "there",
    "what",
    "which",
    "who",
    "where",
    "why",
    "how",
    "instead",
    "indeed",
    "even",
    "only",
    "today",
    "yesterday",
    "according",
    "separately",
    "two",
    "three",
    "four",
    "five",
    "six",
    "one",
    "no",
    "every",
    "any",
    "all",
    "nobody",
    "workers",
    // ("More than 240 academics … have signed"; "Back in Feldara, …".)
    "more",
    "fewer",
    "nearly",
    "almost",
    "around",
    "roughly",
    "back",
];

const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Connectors inside a name ("Secretary of State", "Ursula von der Leyen",
/// "Mohammed bin Abdulrahman Al Thani").
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "von", "van", "der", "den", "al", "bin", "bint", "ibn", "abu", "el", "ben",
    "la", "le", "du", "da", "di", "dos", "das", "del", "y", "zu", "ter", "ten", "af", "à",
];

/// Role nouns that head a speaker phrase ("the Ukrainian leader", "a
/// Kremlin spokesman"). The bool says whether the role is a person.
const ROLES: &[(&str, bool)] = &[
    // People met in a report from the street ("A woman selling scarves
    // at the gate said", "The fans said"): unnamed sources, or a party's
    // people when its profile names them so.
    ("woman", true),
    ("women", true),
    ("teacher", true),
    ("nurse", true),
    ("doctor", true),
    ("worker", true),
    ("expert", true),
    ("scientist", true),
    ("trader", true),
    ("baker", true),
    ("butcher", true),
    ("publican", true),
    ("waiter", true),
    ("waitress", true),
    ("cleaner", true),
    ("miner", true),
    ("builder", true),
    ("mechanic", true),
    ("pharmacist", true),
    ("midwife", true),
    ("soldier", true),
    ("soldiers", true),
    ("veteran", true),
    ("veterans", true),
    ("labourer", true),
    ("carpenter", true),
    ("postman", true),
    ("railwayman", true),
    ("shepherd", true),
    ("grower", true),
    ("growers", true),
    ("widow", true),
    ("daughter", true),
    ("wife", true),
    ("husband", true),
    ("teenager", true),
    ("pupil", true),
    ("pupils", true),
    ("critic", true),
    ("opponent", true),
    ("volunteer", true),
    ("volunteers", true),
    ("organiser", true),
    ("organizer", true),
    ("historian", true),
    ("journalist", true),
    ("columnist", true),
    ("commentator", true),
    ("academic", true),
    ("survivor", true),
    ("survivors", true),
    ("refugee", true),
    ("refugees", true),
    ("migrant", true),
    ("migrants", true),
    ("protester", true),
    ("demonstrator", true),
    ("witness", true),
    ("eyewitness", true),
    ("bystander", true),
    ("onlooker", true),
    ("trucker", true),
    ("truckers", true),
    ("cyclist", true),
    ("cyclists", true),
    ("motorist", true),
    ("motorists", true),
    ("hunter", true),
    ("hunters", true),
    ("girl", true),
    ("boy", true),
    ("grandmother", true),
    ("grandfather", true),
    ("farmer", true),
    ("fisherman", true),
    ("driver", true),
    ("passer-by", true),
    ("stallholder", true),
    ("retiree", true),
    ("man", true),
    ("men", true),
    ("mother", true),
    ("father", true),
    ("fan", true),
    ("fans", true),
    ("supporter", true),
    ("resident", true),
    ("shopper", true),
    ("shoppers", true),
    ("commuter", true),
    ("commuters", true),
    ("parent", true),
    ("pensioner", true),
    ("pensioners", true),
    ("villager", true),
    ("customer", true),
    ("customers", true),
    ("tenant", true),
    ("tenants", true),
    ("neighbour", true),
    ("neighbours", true),
    ("voter", true),
    ("passenger", true),
    ("passengers", true),
    ("student", true),
    ("steward", true),
    ("leader", true),
    ("colleague", true),
    ("leaders", true),
    ("president", true),
    ("minister", true),
    ("ministers", true),
    ("spokesman", true),
    ("spokeswoman", true),
    ("spokesperson", true),
    ("spokespeople", true),
    ("secretary", true),
    ("chancellor", true),
    ("premier", true),
    ("envoy", true),
    ("envoys", true),
    ("negotiator", true),
    ("negotiators", true),
    ("diplomat", true),
    ("diplomats", true),
    ("ambassador", true),
    ("aide", true),
    ("aides", true),
    ("adviser", true),
    ("advisers", true),
    ("advisor", true),
    ("advisors", true),
    ("commissioner", true),
    ("chief", true),
    ("head", true),
    ("senator", true),
    ("lawmaker", true),
    ("lawmakers", true),
    ("legislator", true),
    ("governor", true),
    ("mayor", true),
    ("general", true),
    ("commander", true),
    ("commanders", true),
    ("official", true),
    ("officials", true),
    ("candidate", true),
    ("chairman", true),
    ("chairwoman", true),
    ("chairperson", true),
    ("executive", true),
    ("director", true),
    ("representative", true),
    ("representatives", true),
    ("counterpart", true),
    ("chair", true),
    ("secretary-general", true),
    ("delegate", true),
    ("delegates", true),
    ("mediator", true),
    ("mediators", true),
    ("analyst", true),
    ("analysts", true),
    ("economist", true),
    ("economists", true),
    ("campaigner", true),
    ("activist", true),
    ("activists", true),
    ("member", true),
    ("members", true),
    ("source", true),
    ("sources", true),
    ("people", true),
    ("governor", true),
    ("prosecutor", true),
    ("prosecutors", true),
    ("judge", true),
    ("founder", true),
    ("ceo", true),
    ("rebels", true),
    ("insurgents", true),
    ("militants", true),
    ("protesters", true),
    ("demonstrators", true),
    ("residents", true),
    ("witnesses", true),
    ("villagers", true),
    ("farmers", true),
    ("doctors", true),
    ("nurses", true),
    ("teachers", true),
    ("workers", true),
    ("critics", true),
    ("opponents", true),
    ("supporters", true),
    ("investors", true),
    ("bondholders", true),
    ("creditors", true),
    ("lenders", true),
    ("donors", true),
    ("experts", true),
    ("scientists", true),
    ("campaigners", true),
    ("government", false),
    ("governments", false),
    ("ministry", false),
    ("administration", false),
    ("office", false),
    ("campaign", false),
    ("party", false),
    ("parties", false),
    ("delegation", false),
    ("delegations", false),
    ("side", false),
    ("sides", false),
    ("department", false),
    ("commission", false),
    ("committee", false),
    ("council", false),
    ("cabinet", false),
    ("statement", false),
    ("declaration", false),
    ("communique", false),
    // A leaked paper speaks for whoever wrote it: "The memo says …",
    // "the draft, seen by the Courier, says".
    ("letter", false),
    ("memo", false),
    ("memorandum", false),
    ("document", false),
    ("dossier", false),
    ("draft", false),
    // "The Liberals' programme calls for …", "the party's manifesto says".
    ("programme", false),
    ("program", false),
    ("manifesto", false),
    ("company", false),
    ("companies", false),
    ("firm", false),
    ("group", false),
    ("groups", false),
    ("union", false),
    ("unions", false),
    ("branch", false),
    ("branches", false),
    ("authority", false),
    ("authorities", false),
    ("agency", false),
    ("bank", false),
    ("movement", false),
    ("federation", false),
    ("countries", false),
    ("states", false),
    ("nations", false),
    ("allies", false),
    ("platform", false),
    ("embassy", false),
    ("court", false),
    ("regulator", false),
    ("board", false),
    ("bloc", false),
    // Organisations news names by their kind ("the chamber said").
    ("association", false),
    ("associations", false),
    ("chamber", false),
    ("guild", false),
    ("trust", false),
    ("charity", false),
    ("charities", false),
    ("foundation", false),
    ("institute", false),
    ("alliance", false),
    ("league", false),
    ("coalition", false),
    ("organisation", false),
    ("organization", false),
    ("organisations", false),
    ("organizations", false),
    ("watchdog", false),
    ("developer", false),
    ("operator", false),
    ("insurer", false),
    ("drugmaker", false),
    ("manufacturer", false),
    ("carrier", false),
    ("airline", false),
    ("club", false),
    ("clubs", false),
    ("society", false),
    ("network", false),
    ("industry", false),
    ("lobby", false),
    ("university", false),
    ("hospital", false),
    ("utility", false),
    ("fund", false),
    ("body", false),
    ("bureau", false),
    ("newspaper", false),
    ("paper", false),
    ("daily", false),
    ("weekly", false),
    ("tabloid", false),
    ("magazine", false),
    ("broadsheet", false),
    ("editorial", false),
    ("page", false),
    ("broadcaster", false),
    ("publisher", false),
    ("retailer", false),
    ("lender", false),
    ("tribunal", false),
    ("prosecution", false),
    ("opposition", false),
    // People by their work or situation.
    ("councillor", true),
    ("councillors", true),
    ("councilor", true),
    ("councilors", true),
    ("lawyer", true),
    ("lawyers", true),
    ("attorney", true),
    ("attorneys", true),
    ("manager", true),
    ("managers", true),
    ("owner", true),
    ("owners", true),
    ("vicar", true),
    ("inspector", true),
    ("superintendent", true),
    ("sergeant", true),
    ("constable", true),
    ("priest", true),
    ("bishop", true),
    ("pastor", true),
    ("imam", true),
    ("rabbi", true),
    ("headteacher", true),
    ("headmaster", true),
    ("headmistress", true),
    ("curator", true),
    ("landlord", true),
    ("shopkeeper", true),
    ("researcher", true),
    ("researchers", true),
    ("professor", true),
    ("engineer", true),
    ("engineers", true),
    ("executives", true),
    ("shareholders", true),
    ("unionists", true),
    ("families", true),
    ("parents", true),
    ("patients", true),
    ("consumers", true),
    ("players", true),
    ("athletes", true),
    ("pilots", true),
    ("drivers", true),
    ("voters", true),
    ("citizens", true),
    ("students", true),
    ("academics", true),
    ("traders", true),
    ("shopkeepers", true),
    ("fishermen", true),
    ("exporters", true),
    ("employers", true),
    ("employees", true),
    ("staff", true),
    ("coach", true),
    ("captain", true),
    ("treasurer", true),
    ("vice-president", true),
    ("deputy", true),
];

/// Portfolios, descriptors inside a speaker phrase and words of a title
/// both: "the Ebrenian transport ministry", "the education minister".
const PORTFOLIOS: &[&str] = &[
    "transport",
    "transportation",
    "education",
    "culture",
    "agriculture",
    "housing",
    "infrastructure",
    "tourism",
    "immigration",
    "science",
    "industry",
    "communications",
    "welfare",
    "employment",
    "planning",
    "treasury",
    "sports",
    "regional",
    "development",
    "maritime",
    "aviation",
    "heritage",
    "migration",
    "integration",
    "customs",
    "budget",
    "emergency",
    "nuclear",
    "rail",
    "railways",
    "veterans",
    "intelligence",
];

/// Lowercase descriptors allowed inside a speaker phrase.
const MODIFIERS: &[&str] = &[
    "foreign",
    "policy",
    "defense",
    "defence",
    "trade",
    "commerce",
    "finance",
    "economy",
    "economic",
    "prime",
    "top",
    "senior",
    "former",
    "deputy",
    "vice",
    "state",
    "interior",
    "national",
    "security",
    "press",
    "first",
    "military",
    "health",
    "justice",
    "energy",
    "presidential",
    "government",
    "ministry",
    "chief",
    "regular",
    "new",
    "acting",
    "lead",
    "own",
    "main",
    "opposition",
    "water",
    "environment",
    "environmental",
    "mining",
    "fisheries",
    "fishing",
    "climate",
    "digital",
    "technology",
    "consumer",
    "public",
    "country",
    "general",
    "largest",
    "biggest",
    "other",
    "three",
    "two",
    "four",
    "five",
    "several",
    "some",
    "many",
    "both",
    "local",
    "regional",
    "international",
    "western",
    "european",
    "neighbouring",
    "neighboring",
    "riparian",
    "coastal",
    "downstream",
    "upstream",
    "island",
    "small",
    "big",
    "large",
    "wealthy",
    "rich",
    "poor",
    "developing",
    "aid",
    "humanitarian",
    "rebel",
    "union",
    "medical",
    "legal",
    "joint",
    "u.n.",
    "un",
    "eu",
    "rate-setting",
    "social",
    "media",
    "industry",
    "business",
    "labour",
    "labor",
    "central",
    "chief",
    "executive",
    "intelligence",
    "army",
    "navy",
    "police",
    "party",
    "white",
];

/// Title words (capitalised) that precede a person's name.
const TITLE_WORDS: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "chancellor",
    "premier",
    "prime",
    "commissioner",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "governor",
    "mayor",
    "general",
    "gen.",
    "colonel",
    "col.",
    "major",
    "captain",
    "admiral",
    "lieutenant",
    "mr.",
    "mr",
    // A councillor, in British reports: "Cllr Anna Berg".
    "cllr",
    "cllr.",
    "mrs",
    "ms",
    "dr",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "professor",
    "chief",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "vice",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "trade",
    "commerce",
    "economy",
    "finance",
    "state",
    "speaker",
    "chairman",
    "chairwoman",
    "leader",
    "interior",
    "justice",
    "health",
    "digital",
    "affairs",
    "environment",
    "fisheries",
    "mining",
    "water",
    "energy",
    "governor",
    "judge",
    "justice",
    "senior",
    "director",
    "executive",
];

/// Honorifics that belong to the name as it is said ("Sheikh Mohammed bin
/// Abdulrahman Al Thani", "Dame Cecily …"), unlike functional titles.
const HONORIFICS: &[&str] = &[
    "sheikh",
    "sheikha",
    "sayyid",
    "sayyida",
    "emir",
    "prince",
    "princess",
    "king",
    "queen",
    "sultan",
    "dame",
    "sir",
    "lord",
    "lady",
    "baroness",
    "baron",
    "cardinal",
    "archbishop",
    "bishop",
    "pope",
    "imam",
    "ayatollah",
    "rabbi",
    "patriarch",
    "father",
    "sister",
    "crown",
];

/// Words that end the name of an institution rather than a person.
const INSTITUTION_WORDS: &[&str] = &[
    "states",
    "union",
    "house",
    "commission",
    "ministry",
    "kremlin",
    "government",
    "department",
    "council",
    "office",
    "parliament",
    "congress",
    "senate",
    "court",
    "bank",
    "party",
    "organization",
    "organisation",
    "agency",
    "committee",
    "administration",
    "pentagon",
    "nations",
    "republic",
    "federation",
    "confederation",
    "coalition",
    "consortium",
    "guild",
    "employers",
    "manufacturers",
    "exporters",
    "army",
    "forces",
    "assembly",
    "group",
    "company",
    "news",
    "times",
    "post",
    "commerce",
    "affairs",
    "defense",
    "defence",
    "association",
    "institute",
    "university",
    "league",
    "alliance",
    "authority",
    "service",
    "board",
    "bureau",
    "foundation",
    "fund",
    "corporation",
    "society",
    "club",
    "ministries",
    "democrats",
    "republicans",
    "conservatives",
    "greens",
    "socialists",
    "unions",
    "movement",
    "front",
    "systems",
    "copper",
    "resources",
    "holdings",
    "inc.",
    "inc",
    "ltd",
    "corp.",
    "corp",
    "plc",
    "workers",
    "programme",
    "program",
    "cross",
    "digital",
    "first",
    "platform",
    "watch",
    "international",
    "centre",
    "center",
    "chamber",
    "tribunal",
    "police",
    "navy",
    "guard",
    "embassy",
    "delegation",
    "cabinet",
    "presidency",
    "secretariat",
    "directorate",
    "regulator",
    "exchange",
    "airlines",
    "motors",
    "energy",
    "media",
    // Newspapers: "The Carvelle Herald", "the Ulm Gazette".
    "herald",
    "tribune",
    "gazette",
    "courier",
    "journal",
    "chronicle",
    "telegraph",
    "dispatch",
    "sentinel",
    "inquirer",
    "examiner",
    "bulletin",
    "observer",
    "voice",
];

/// Institutions of a state (they speak for the country, not for
/// themselves).
const GOV_INSTITUTIONS: &[&str] = &[
    "government",
    "ministry",
    "ministries",
    "department",
    "office",
    "embassy",
    "administration",
    "presidency",
    "cabinet",
    "kremlin",
    "delegation",
    "army",
    "military",
    "forces",
    "navy",
    "police",
    "directorate",
    "secretariat",
];

/// Groups of people who speak together ("The rebels said").
const GROUPS: &[&str] = &[
    "rebels",
    "insurgents",
    "militants",
    "protesters",
    "demonstrators",
    "residents",
    "witnesses",
    "villagers",
    "farmers",
    "doctors",
    "nurses",
    "teachers",
    "workers",
    "critics",
    "opponents",
    "supporters",
    "investors",
    "bondholders",
    "creditors",
    "lenders",
    "donors",
    "experts",
    "scientists",
    "campaigners",
    "activists",
    "families",
    "parents",
    "patients",
    "consumers",
    "players",
    "athletes",
    "pilots",
    "drivers",
    "voters",
    "citizens",
    "students",
    "academics",
    "shareholders",
    "unionists",
    "traders",
    "shopkeepers",
    "fishermen",
    "exporters",
    "employers",
    "employees",
    "lawyers",
    "researchers",
    "executives",
];

/// Nouns for many speakers at once ("The three countries said").
const COLLECTIVES: &[&str] = &[
    "countries",
    "states",
    "nations",
    "governments",
    "allies",
    "groups",
    "sides",
    "parties",
    "members",
    "delegations",
    "leaders",
    "ministers",
    "officials",
    "diplomats",
    "mediators",
    "unions",
    "companies",
];

/// Listeners after "told" ("told reporters").
const LISTENERS: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "parliament",
    "supporters",
    "investors",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "press",
    "crowd",
    "audience",
    "conference",
    "news",
    "briefing",
    "regular",
    "interviewer",
    "broadcaster",
    "state",
    "television",
    "tv",
    "radio",
    "media",
    "newspaper",
    "agency",
    "outside",
    "in",
    "at",
    "after",
    "court",
    "capital",
    "day",
    "of",
    "talks",
    "with",
    "counterpart",
    "analysts",
    "delegates",
    "students",
    "party",
    "members",
    // A meeting, a hearing: "told the meeting:", "told the inquiry".
    "meeting",
    "hearing",
    "inquiry",
    "tribunal",
    "committee",
    "chamber",
    "council",
    "assembly",
    "rally",
    "jury",
    "judge",
    "panel",
];

/// Words after a cue that open only a time or place (clause-final
/// attributions: "..., the ministry said on Monday.").
const CIRCUMSTANCE: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "during",
    "late",
    "earlier",
    "last",
    "this",
    "yesterday",
    "today",
    "before",
    "while",
    "when",
    "from",
    "via",
    "through",
    "ahead",
    "following",
];

/// Subordinators and relatives that make a clause dependent.
const DEPENDENT: &[&str] = &[
    "that", "which", "whom", "whose", "what", "where", "whether", "if", "because", "to", "than",
];

const DEMONSTRATIVES: &[&str] = &["this", "these", "those", "such"];
/// Nouns of a proposal (see `class::PROPOSAL`).
const PROPOSAL_NOUNS: &[&str] = &[
    "bill",
    "plan",
    "proposal",
    "reform",
    "measure",
    "scheme",
    "legislation",
    "law",
    "change",
    "project",
];

const ANAPHORIC_NOUNS: &[&str] = &[
    "idea",
    "ideas",
    "proposal",
    "proposals",
    "plan",
    "plans",
    "demand",
    "demands",
    "offer",
    "suggestion",
    "move",
    "moves",
    "measure",
    "measures",
    "decision",
    "ruling",
    "request",
    "initiative",
    "approach",
    "discussions",
    "talks",
    "prospect",
    "call",
    "calls",
    "threat",
    "step",
    "steps",
    "deal",
    "agreement",
    "arrangement",
    "numbers",
    "figures",
    "terms",
    "rules",
    "bill",
    "law",
    "policy",
];

/// Small numbers: articles of a phrase ("two diplomats") and words of a
/// figure ("three percent").
const SMALL_NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens",
];
const DETERMINERS: &[&str] = &["the", "a", "an", "some", "many", "both", "all", "most"];
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i"];
const NUMBER_WORDS: &[&str] = &[
    "hundreds",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "percent",
    "per",
    "half",
    "third",
    "quarter",
    "fifth",
    "tonnes",
    "tons",
];

/// Words that open a post-modifier of an unnamed source ("a diplomat
/// familiar with the talks", "officials involved in the negotiations").
const POSTMODIFIERS: &[&str] = &[
    "familiar",
    "involved",
    "close",
    "briefed",
    "based",
    "in",
    "at",
    "from",
    "of",
    "with",
    "on",
    "for",
    "representing",
    "working",
    "speaking",
    "who",
    // "a man near the back", "a woman outside the hall".
    "near",
    "behind",
    "outside",
    "beside",
    "inside",
    "among",
];

/// Prepositions (clause-internal phrase boundaries for summaries).
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "for", "with", "from", "to", "after", "before", "during", "over", "under",
    "since", "until", "by", "as", "into", "against", "about", "through", "without", "within",
    "across", "amid", "despite", "along", "between",
];

/// Words that start a new clause inside reported content.
const CLAUSE_BREAKS: &[&str] = &[
    "but",
    "although",
    "though",
    "while",
    "whereas",
    "because",
    "saying",
    "arguing",
    "adding",
    "noting",
    "warning",
    "insisting",
    "calling",
    "which",
    "who",
    "accusing",
    "as",
];

/// Relative pronouns (a relative clause after a noun is no part of the
/// main clause's polarity).
const RELATIVES: &[&str] = &["that", "which", "who", "whom", "whose", "where"];

/// Words of opposition in what is said: they turn the stance toward what
/// follows them.
const OPPOSE: &[&str] = &[
    // ("were deeply sceptical about the referendum".)
    "sceptical",
    "skeptical",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "oppose",
    "opposes",
    "opposed",
    "opposing",
    "refuse",
    "refuses",
    "refused",
    "fight",
    "fights",
    "fought",
    "resist",
    "resists",
    "resisted",
    "block",
    "blocks",
    "blocked",
    "dismiss",
    "dismissed",
    "deny",
    "denied",
    "veto",
    "vetoed",
    "condemn",
    "condemned",
    "criticise",
    "criticised",
    "criticize",
    "criticized",
    "denounce",
    "denounced",
    "against",
    "unacceptable",
    "abandon",
    "abandoned",
    "surrender",
    "hesitate",
    "oppose",
    "objection",
    "objections",
    "object",
    "objects",
    "objected",
    "avoid",
    "avoids",
    "avoided",
    "avoiding",
    "boycott",
    "boycotts",
    "boycotted",
    "challenge",
    "challenged",
    "alternative",
    "alternatives",
    "dislike",
    "dislikes",
    "disliked",
    "deplore",
    "deplores",
    "deplored",
    "resent",
    "resents",
    "resented",
];

/// Verbs that undo what they take: "refused to drop the toll" and "ruled
/// out scrapping the toll" are for the toll, "called for the toll to be
/// scrapped" against it. They turn the stance only before their object
/// (a determiner or possessive) or as a passive ("to be scrapped").
const UNDO: &[&str] = &[
    // (The participle only: "wants the plan withdrawn"; "troops withdraw"
    // is a change, not an undoing.)
    "withdrawn",
    "scrap",
    "scraps",
    "scrapped",
    "scrapping",
    "drop",
    "drops",
    "dropped",
    "dropping",
    "cancel",
    "cancels",
    "cancelled",
    "canceled",
    "cancelling",
    "canceling",
    "repeal",
    "repeals",
    "repealed",
    "repealing",
    "abolish",
    "abolishes",
    "abolished",
    "abolishing",
    "ditch",
    "ditched",
    "ditching",
    "shelve",
    "shelved",
    "shelving",
    "overturn",
    "overturned",
    "overturning",
    "reverse",
    "reversed",
    "reversing",
    "halt",
    "halted",
    "halting",
    "suspend",
    "suspended",
    "suspending",
    "postpone",
    "postponed",
    "postponing",
    "delay",
    "delayed",
    "delaying",
    // A court's or an authority's undoing: "asked the court to quash
    // the permit".
    "quash",
    "quashes",
    "quashed",
    "quashing",
    "revoke",
    "revokes",
    "revoked",
    "revoking",
    "rescind",
    "rescinds",
    "rescinded",
    "annul",
    "annuls",
    "annulled",
    // ("end the ban"; not "lift", which raises as often: "lift the
    // pension age".)
    "end",
    "ends",
    "ending",
];

/// Predicates of harm: "would not harm X" defends X.
const NEG_VALENCE: &[&str] = &[
    "harm",
    "harms",
    "hurt",
    "hurts",
    "damage",
    "damages",
    "threaten",
    "threatens",
    "undermine",
    "undermines",
    "endanger",
    "breach",
    "breaches",
    "violate",
    "violates",
    "choke",
    "isolate",
    "poverty",
    "worsen",
    "destroy",
    "unfair",
    "unjustified",
    "illegal",
    "unlawful",
    "dangerous",
    "wrong",
    "mistake",
    "mistakes",
    "disaster",
    "threat",
    "threats",
    "gamble",
    "risk",
    "risks",
    "risked",
    "risky",
    "catastrophe",
    "catastrophic",
    "painful",
    "suffer",
    "starve",
    "veto",
    "weaken",
    "overdoing",
    "recession",
    "reckless",
    "hardest",
    "ruin",
    "ruins",
    "ruined",
    "ruinous",
    "damaged",
    "damaging",
    "harmed",
    "harming",
    "harmful",
    "hurting",
    "threatened",
    "threatening",
    "undermined",
    "undermining",
    "endangers",
    "endangered",
    "destroys",
    "destroyed",
    "destroying",
    "weakens",
    "weakened",
    "worsens",
    "worsened",
    "cripple",
    "cripples",
    // "could paralyse the canal within a year"; "We are not afraid of
    // judges" (fear turned by its negation).
    "paralyse",
    "paralyze",
    "paralyses",
    "paralyzes",
    "afraid",
    "crippled",
    "crippling",
    "devastate",
    "devastating",
    "disastrous",
    "spoil",
    "spoils",
    "spoiled",
    "spoilt",
    "jeopardise",
    "jeopardize",
    "jeopardises",
    "jeopardizes",
    "unaffordable",
    "unworkable",
    "unrealistic",
    "unjust",
    "indefensible",
    "irresponsible",
    "absurd",
    "vandalism",
    "betrayal",
    "scandalous",
    "pointless",
    "flawed",
    "premature",
    "bankruptcy",
    "bankrupt",
    "stranded",
    // Names for a wrong: "It is theft."
    "theft",
    "robbery",
    // "treason dressed as diplomacy", "eviction by the tide table", "a
    // medieval idea in a modern suit".
    "treason",
    "annexation",
    "wreck",
    "wrecks",
    "incompatible",
    "poisoned",
    "aggression",
    "disrupt",
    "disrupts",
    "disruptive",
    "worthless",
    "eviction",
    "evictions",
    "medieval",
    "blackmail",
    "extortion",
    "outrage",
    "outrageous",
    "insult",
    "disgrace",
    "shameful",
    "scandal",
    // Punishment and loss: "a punishment for people who live far from
    // the capital", "would wipe out a trade".
    "punish",
    "punishes",
    "punishing",
    "punishment",
    "wipe",
    "wipes",
    "giveaway",
    "betray",
    "betrays",
    "betrayed",
    "sabotage",
    "cruel",
    "unnecessary",
    "excessive",
    "disproportionate",
    "draconian",
    "nonsense",
    "madness",
    // Killing, loopholes and unease: "would kill the scheme", "a loophole
    // the size of a hangar", "uneasy about the state asking".
    "kill",
    "kills",
    "killing",
    "loophole",
    "loopholes",
    "discriminatory",
    "uneasy",
    "fail",
    "fails",
    "failure",
    "terrible",
    "disgraceful",
    "grab",
    "scare",
    // Worry: "deeply concerned by the toll" (not "disappointed by", said
    // of a decision against what one wants as often as of the thing).
    "concerned",
    "concerns",
    // Doubt: "had doubts about the college", "serious doubts".
    "doubts",
    "worried",
    "alarmed",
    // "said it was \"dismayed\" and would ask the council to reverse it".
    "dismayed",
    "appalled",
    "outraged",
    "horrified",
    "furious",
    "troubled",
    // Scorn, what a plan is called by those against it: "a bribe with a
    // dividend", "a fantasy with a price tag", "a stunt", "a fig leaf".
    "bribe",
    "fantasy",
    "sham",
    "stunt",
    "gimmick",
    "farce",
    "folly",
    "joke",
    "charade",
    "smokescreen",
    "fudge",
    "fiasco",
    "shambles",
    "blunder",
    "misguided",
    "punitive",
    "ridiculous",
    "cynical",
    "useless",
    "wasteful",
    "insulting",
    "inhumane",
    "botched",
    "chaotic",
    "lunacy",
    "stupid",
    "regressive",
    "naive",
    "leaf",
    "non-starter",
    "cop-out",
    "self-harm",
    "outdated",
    "obsolete",
    "antiquated",
    "anachronism",
    "anachronistic",
    "relic",
];

/// Words of will and commitment (a stated position rather than a report).
const VOLITION: &[&str] = &[
    "must",
    "should",
    "need",
    "needs",
    "want",
    "wants",
    "wanted",
    "will",
    "would",
    "ready",
    "willing",
    "prepared",
    "committed",
    "determined",
    "right",
    "has",
    "have",
    "insist",
    "support",
    "supports",
    "supported",
    "welcome",
    "welcomed",
    "back",
    "backs",
    "backed",
    "agree",
    "accept",
    "demand",
    "confident",
    "open",
    "possible",
    "necessary",
    "continue",
];

/// Words of a report on the state of things rather than a position.
const NEUTRAL: &[&str] = &[
    "divided",
    "apart",
    "undecided",
    "continuing",
    "unclear",
    "narrow",
    "decide",
];

/// Verbs and adjectives of commitment that make an `if` a condition of the
/// speaker's position ("would accept … if", "ready to … if").
const COMMITMENT: &[&str] = &[
    "would",
    "could",
    "might",
    "ready",
    "willing",
    "prepared",
    "possible",
    "confident",
    "open",
    "accept",
    "agree",
    "consider",
    "vowed",
    "vows",
    "vow",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "threatened",
    "threatens",
];

/// Nouns of counts and figures: "according to" such a source reports data,
/// not a position.
const DATA_NOUNS: &[&str] = &[
    "figures",
    "data",
    "tallies",
    "tally",
    "estimates",
    "estimate",
    "statistics",
    "count",
    "counts",
    "survey",
    "poll",
    "polls",
    "records",
    "census",
    "measurements",
    "minutes",
    "numbers",
];

/// Function words and verbs of saying: never salient as topic terms.
const STOPWORDS: &[&str] = &[
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "and",
    "another",
    "any",
    "are",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "can",
    "cannot",
    "could",
    "did",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "even",
    "every",
    "few",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "into",
    "its",
    "itself",
    "just",
    "last",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "more",
    "most",
    "much",
    "must",
    "near",
    "need",
    "never",
    "next",
    "not",
    "now",
    "off",
    "once",
    "only",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "rather",
    "said",
    "same",
    "says",
    "shall",
    "she",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "too",
    "under",
    "until",
    "upon",
    "very",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "told",
    "added",
    "week",
    "weeks",
    "month",
    "months",
    "day",
    "days",
    "time",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "percent",
    "million",
    "billion",
    "people",
    "country",
    "countries",
    "government",
    "officials",
    "official",
    "statement",
    "talks",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "reporters",
    "news",
    "conference",
    "able",
    "want",
    "wanted",
    "wants",
    "ready",
    "willing",
    "already",
    "accept",
    "agree",
    "agreed",
    "remain",
    "remained",
    "continue",
    "going",
    "come",
    "comes",
    "take",
    "takes",
    "taken",
    "give",
    "given",
    "keep",
    "kept",
    "help",
    "says",
    "way",
    "part",
    "place",
    "point",
    "case",
    "thing",
    "things",
    "what",
    "whatever",
    "everything",
    "nothing",
    "anything",
    "something",
    "someone",
    "everyone",
    "side",
    "sides",
    "both",
    "others",
    "whole",
    "again",
    "later",
    "earlier",
    "soon",
    "long",
    "well",
    "new",
    "good",
    "great",
    "high",
    "low",
    "possible",
    "right",
    "clear",
    "sure",
    "large",
    "small",
    "major",
    "full",
    "first",
    "second",
    "third",
    "next",
    "last",
    "one",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "hundred",
    "thousand",
    "could",
    "might",
    "may",
    "also",
    "said",
    "saying",
    "says",
    "say",
    "tell",
    "tells",
    "told",
    "added",
    "adding",
    "warned",
    "urged",
    "called",
    "calls",
    "call",
    "rejected",
    "insisted",
    "plan",
    "plans",
    "would",
    "dismissed",
    "support",
    "supported",
    "demand",
    "demanded",
    "hold",
    "holds",
    "held",
    "made",
    "makes",
    "went",
    "goes",
    "gone",
    "back",
    "being",
    "them",
    "himself",
    "herself",
    "themselves",
    "ourselves",
    "whom",
    "upon",
    "toward",
    "towards",
];

/// The classes of a lowercase word, and the cue phrases it may start.
pub struct Lexicon {
    classes: WordMap<&'static str, u64>,
    /// Cue phrases by first word: (words, stance, phrase), longest first.
    pub cues: WordMap<&'static str, Vec<CueEntry>>,
    roles: WordMap<&'static str, bool>,
}

/// A cue phrase: its words, stance and text.
pub type CueEntry = (Vec<&'static str>, CueStance, &'static str);

impl Lexicon {
    fn new() -> Lexicon {
        let mut classes: WordMap<&'static str, u64> = WordMap::default();
        let mut add = |list: &[&'static str], flag: u64| {
            for w in list {
                *classes.entry(w).or_default() |= flag;
            }
        };
        add(AUX, c::AUX);
        add(BE, c::BE);
        add(MODALS, c::MODAL);
        add(ADVERBS, c::ADVERB);
        add(NEGATIONS, c::NEGATION);
        add(STOP_CAPS, c::STOP_CAP);
        add(CALENDAR, c::CALENDAR);
        add(CONNECTORS, c::CONNECTOR);
        add(MODIFIERS, c::MODIFIER);
        add(TITLE_WORDS, c::TITLE);
        add(PORTFOLIOS, c::MODIFIER | c::TITLE);
        add(HONORIFICS, c::HONORIFIC);
        add(INSTITUTION_WORDS, c::INSTITUTION);
        add(GOV_INSTITUTIONS, c::GOV_INSTITUTION);
        add(COLLECTIVES, c::COLLECTIVE);
        add(LISTENERS, c::LISTENER);
        add(CIRCUMSTANCE, c::CIRCUMSTANCE);
        add(DEPENDENT, c::DEPENDENT);
        add(DEMONSTRATIVES, c::DEMONSTRATIVE);
        add(ANAPHORIC_NOUNS, c::ANAPHORIC);
        add(PROPOSAL_NOUNS, c::PROPOSAL);
        add(DETERMINERS, c::DETERMINER);
        add(POSSESSIVES, c::POSSESSIVE);
        add(SUBJECT_PRONOUNS, c::SUBJECT_PRONOUN);
        add(NUMBER_WORDS, c::NUMBER_WORD);
        add(SMALL_NUMBERS, c::NUMBER_WORD | c::DETERMINER);
        add(POSTMODIFIERS, c::POSTMOD);
        add(PREPOSITIONS, c::PREPOSITION);
        add(CLAUSE_BREAKS, c::CLAUSE_BREAK);
        add(RELATIVES, c::RELATIVE);
        add(OPPOSE, c::OPPOSE);
        add(UNDO, c::UNDO);
        add(NEG_VALENCE, c::NEG_VALENCE);
        add(VOLITION, c::VOLITION);
        add(NEUTRAL, c::NEUTRAL);
        add(COMMITMENT, c::COMMITMENT);
        add(DATA_NOUNS, c::DATA_NOUN);
        add(STOPWORDS, c::STOPWORD);
        add(&["told", "tells", "tell", "telling"], c::TELL);
        add(GROUPS, c::GROUP);
        for pat in CONDITIONS {
            add(&pat[..1], c::CONDITION_START);
        }
        add(&["if"], c::CONDITION_START);
        let mut roles = WordMap::default();
        for &(w, person) in ROLES {
            roles.insert(w, person);
            *classes.entry(w).or_default() |= c::ROLE | if person { c::ROLE_PERSON } else { 0 };
        }
        let mut cues: WordMap<&'static str, Vec<CueEntry>> = WordMap::default();
        for &(phrase, st) in CUES {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            if let Some(&f) = words.first() {
                cues.entry(f).or_default().push((words, st, phrase));
                *classes.entry(f).or_default() |= c::CUE_START;
            }
        }
        for v in cues.values_mut() {
            v.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        }
        Lexicon {
            classes,
            cues,
            roles,
        }
    }

    /// The classes of a lowercase word (0 for none).
    pub fn classes(&self, w: &str) -> u64 {
        self.classes.get(w).copied().unwrap_or(0)
    }

    /// `Some(person)` when `w` (lowercase) is a role noun.
    pub fn role(&self, w: &str) -> Option<bool> {
        self.roles.get(w).copied()
    }
}

/// The word table, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(Lexicon::new)
}

/// True for a lowercase word in the title list (used by profiles to tell a
/// person's name from a title).
pub fn is_title_word(w: &str) -> bool {
    lexicon().classes(w) & c::TITLE != 0
}

/// True for a lowercase word that ends an institution's name.
pub fn is_institution_word(w: &str) -> bool {
    lexicon().classes(w) & c::INSTITUTION != 0
}

/// Phrases that make a stance conditional whatever the clause says.
pub const CONDITIONS: &[&[&str]] = &[
    &["only", "if"],
    &["only", "when"],
    &["only", "once"],
    &["only", "after"],
    &["only", "as", "part", "of"],
    &["in", "return", "for"],
    &["unless"],
    &["provided", "that"],
    &["provided"],
    &["providing", "that"],
    &["on", "condition", "that"],
    &["as", "long", "as"],
    &["so", "long", "as"],
    &["in", "exchange", "for"],
    &["precondition"],
    &["preconditions"],
    // "his support depended on a written guarantee", "hinges on".
    &["depended", "on"],
    &["depends", "on"],
    &["depend", "on"],
    &["hinges", "on"],
    &["hinged", "on"],
    &["conditional", "on"],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_cues() {
        let l = lexicon();
        assert!(l.classes("said") == 0 || l.cues.contains_key("said"));
        assert_ne!(l.classes("not") & c::NEGATION, 0);
        assert_eq!(l.role("spokesman"), Some(true));
        assert_eq!(l.role("office"), Some(false));
        assert!(l
            .cues
            .get("ruled")
            .is_some_and(|v| v[0].0 == ["ruled", "out"]));
    }

    #[test]
    fn no_two_classes_share_a_bit() {
        let all = [
            c::AUX,
            c::BE,
            c::ADVERB,
            c::NEGATION,
            c::STOP_CAP,
            c::CALENDAR,
            c::CONNECTOR,
            c::ROLE,
            c::ROLE_PERSON,
            c::MODIFIER,
            c::TITLE,
            c::HONORIFIC,
            c::INSTITUTION,
            c::LISTENER,
            c::CIRCUMSTANCE,
            c::DEPENDENT,
            c::DEMONSTRATIVE,
            c::ANAPHORIC,
            c::DETERMINER,
            c::POSSESSIVE,
            c::SUBJECT_PRONOUN,
            c::MODAL,
            c::OPPOSE,
            c::NEG_VALENCE,
            c::VOLITION,
            c::DATA_NOUN,
            c::COLLECTIVE,
            c::TELL,
            c::NUMBER_WORD,
            c::POSTMOD,
            c::CLAUSE_BREAK,
            c::PREPOSITION,
            c::NEUTRAL,
            c::STOPWORD,
            c::GOV_INSTITUTION,
            c::COMMITMENT,
            c::RELATIVE,
            c::CONDITION_START,
            c::GROUP,
            c::CUE_START,
            c::UNDO,
            c::POSS_S,
            c::DIGITS,
        ];
        let mut seen = 0u64;
        for (i, k) in all.iter().enumerate() {
            assert_eq!(k.count_ones(), 1, "class {i}");
            assert_eq!(seen & k, 0, "class {i} shares a bit");
            seen |= k;
        }
    }

    #[test]
    fn present_tense_of_stance_cues() {
        assert_eq!(present_tense("rejected").as_deref(), Some("Rejects"));
        assert_eq!(present_tense("slammed").as_deref(), Some("Slams"));
        assert_eq!(
            present_tense("threw its weight behind").as_deref(),
            Some("Throws its weight behind")
        );
        assert_eq!(present_tense("praised").as_deref(), Some("Praises"));
        assert_eq!(present_tense("torpedoed").as_deref(), Some("Torpedoes"));
        assert_eq!(present_tense("urged").as_deref(), Some("Urges"));
        assert_eq!(present_tense("called for").as_deref(), Some("Calls for"));
        assert_eq!(present_tense("ruled out").as_deref(), Some("Rules out"));
        assert_eq!(present_tense("dismissed").as_deref(), Some("Dismisses"));
        assert_eq!(present_tense("welcomed").as_deref(), Some("Welcomes"));
        assert_eq!(present_tense("backed").as_deref(), Some("Backs"));
        assert_eq!(present_tense("questioned").as_deref(), Some("Questions"));
        assert_eq!(present_tense("in favour of").as_deref(), Some("Favours"));
        assert_eq!(present_tense("in favor of").as_deref(), Some("Favors"));
        assert_eq!(
            present_tense("protested against").as_deref(),
            Some("Protests against")
        );
        assert_eq!(present_tense("doubted").as_deref(), Some("Doubts"));
        assert_eq!(present_tense("opposed").as_deref(), Some("Opposes"));
        assert_eq!(present_tense("pushed for").as_deref(), Some("Pushes for"));
        assert_eq!(present_tense("sought").as_deref(), Some("Seeks"));
        assert_eq!(present_tense("agreed").as_deref(), Some("Agrees"));
        assert_eq!(present_tense("denied").as_deref(), Some("Denies"));
        assert_eq!(present_tense("condemned").as_deref(), Some("Condemns"));
        assert_eq!(present_tense("vowed").as_deref(), Some("Vows"));
        assert_eq!(present_tense("said"), None);
    }
}
