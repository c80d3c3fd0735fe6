//! Drafting without a profile that fits: parties and topics discovered
//! from the text. Invented sentences on subjects unlike the scored test
//! texts (a tobacco excise, a lighthouse keepers' guild, a ferry timetable),
//! each testing one general rule of src/draft/discover.rs.

use standpoint::draft::{self, Profile};
use standpoint::model::Document;

fn draft_of(text: &str) -> Document {
    let profile = Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft(text, None, &profile);
    assert!(d.discovered, "the bundled profile should not fit:\n{text}");
    d.doc
}

/// The party name of the first claim whose quote holds `words`.
fn party_of(doc: &Document, words: &str) -> String {
    let c = doc
        .claims
        .iter()
        .find(|c| c.quote.contains(words))
        .unwrap_or_else(|| panic!("no claim quotes {words:?}: {:#?}", doc.claims));
    doc.parties[c.party].name.clone()
}

const EXCISE: &str = "Morvano Raises Tobacco Excise\n\n\
PORT ALMEN, Morvano, March 3 (Harbour Wire) — Morvano's cabinet on Monday \
approved a steep rise in the tobacco excise, the first in nine years.\n\n\
Health Minister Ilse Varga-Tomm said the tobacco excise rise would save \
thousands of lives. Kestrel officials said the increase would push smokers \
across the border. Kestrel's trade envoy, Pavel Dunn, said the increase was \
unfriendly.\n\n\
The Guild of Morvanese Tobacconists said the increase would ruin small \
shops. Its chairwoman, Oda Lindqvist, told reporters that shops could cope \
with a rise of two percent.\n\n\
Tessanese Trade Minister Aron Pike said the excise rise would feed \
smuggling from Tessano.\n\n\
An official at the finance ministry said the excise rise would bring in \
revenue for hospitals.\n";

/// A dateline ("PORT ALMEN, Morvano, March 3") names the article's
/// country: a state's title with no country named ("Health Minister")
/// is that country's, even when another country is named as often.
#[test]
fn a_state_title_goes_to_the_dateline_country() {
    let doc = draft_of(EXCISE);
    assert_eq!(party_of(&doc, "save"), "Morvano");
    assert_eq!(party_of(&doc, "revenue for hospitals"), "Morvano");
    assert_eq!(party_of(&doc, "unfriendly"), "Kestrel");
}

/// A demonym in "-ese" of a place in "-o" ("Tessanese" -> "Tessano") is
/// that place, but inside an organisation's name ("The Guild of Morvanese
/// Tobacconists") it is not the organisation's party.
#[test]
fn a_demonym_inside_an_organisation_name_is_not_the_country() {
    let doc = draft_of(EXCISE);
    assert_eq!(party_of(&doc, "feed"), "Tessano");
    let guild = party_of(&doc, "ruin small shops");
    assert_ne!(guild, "Morvano");
    assert!(guild.contains("Tobacconists"), "{guild}");
}

/// "Its chairwoman, Oda Lindqvist, told …" right after the Guild spoke:
/// the organisation last named as a subject, not the country (a guard:
/// this held before; an organisation's name that the speaker rules take
/// for a person's, "The Confederation of … Employers", still loses it).
#[test]
fn its_role_after_an_organisation_is_that_organisation() {
    let doc = draft_of(EXCISE);
    assert_eq!(
        party_of(&doc, "could cope"),
        party_of(&doc, "ruin small shops")
    );
}

/// Near-synonyms of change ("rise", "increase") on the same thing make
/// one topic, labelled by the salient two-word-or-longer term; there is
/// no catch-all topic.
#[test]
fn change_nouns_make_one_topic_labelled_by_the_salient_term() {
    let doc = draft_of(EXCISE);
    let labels: Vec<&str> = doc.topics.iter().map(|t| t.label.as_str()).collect();
    assert!(
        !labels
            .iter()
            .any(|l| l.eq_ignore_ascii_case("other statements")),
        "{labels:?}"
    );
    let rise = party_topic(&doc, "save");
    assert_eq!(party_topic(&doc, "ruin small shops"), rise, "{labels:?}");
    assert_eq!(party_topic(&doc, "unfriendly"), rise, "{labels:?}");
    let label = &doc.topics[rise].label;
    assert!(label.split_whitespace().count() >= 2, "{label}");
}

fn party_topic(doc: &Document, words: &str) -> usize {
    doc.claims
        .iter()
        .find(|c| c.quote.contains(words))
        .unwrap_or_else(|| panic!("no claim quotes {words:?}"))
        .topic
}

/// A discovered topic has ONE proposition, the target of every claim on
/// it, so that claims of different parties share a target.
#[test]
fn a_topic_has_one_proposition_shared_by_its_claims() {
    let doc = draft_of(EXCISE);
    let rise = party_topic(&doc, "save");
    let targets: Vec<&str> = doc
        .claims
        .iter()
        .filter(|c| c.topic == rise)
        .map(|c| c.target.as_str())
        .collect();
    assert!(targets.len() >= 3, "{targets:?}");
    assert!(targets.iter().all(|t| *t == targets[0]), "{targets:?}");
}

/// Without a dateline the country most named is the article's (a guard:
/// this held before the dateline rule).
#[test]
fn without_a_dateline_the_country_most_named() {
    let text = "Ferry Timetable Cut\n\n\
Ostrava ferries will sail less often this winter, Ostravan officials said. \
Transport Minister Emil Sorn said the ferry timetable cut was unavoidable. \
Ostrava has three islands and Ostrava's ports are small. \
The Islanders' Council said the ferry timetable cut would isolate \
villages.\n";
    let doc = draft_of(text);
    assert_eq!(party_of(&doc, "unavoidable"), "Ostrava");
}

/// A claim put on a topic whose main clause holds none of the topic's
/// terms keeps its own clause as its target (its stance was read toward
/// that clause, not toward the topic's proposition).
#[test]
fn a_claim_not_speaking_of_its_topic_keeps_its_own_target() {
    let text = "Ferry Fare Rise\n\n\
HARVA, Ostrava, May 9 (Coast Wire) — Ostrava's ferry operator raised fares \
on Friday.\n\n\
The Islanders' Council said the ferry fare rise would empty the villages. \
The Harbour Pilots' Union said the fare rise was overdue. \
“Nobody here can afford a boat of their own,” the Islanders' Council said.\n";
    let doc = draft_of(text);
    let rise = party_topic(&doc, "empty the villages");
    let c = doc
        .claims
        .iter()
        .find(|c| c.quote.contains("afford a boat"))
        .unwrap_or_else(|| panic!("{:#?}", doc.claims));
    let proposition = &doc
        .claims
        .iter()
        .find(|c| c.quote.contains("empty the villages"))
        .unwrap_or_else(|| panic!("no claim"))
        .target;
    assert!(proposition.ends_with("goes ahead"), "{proposition}");
    assert_eq!(c.topic, rise, "no catch-all: the party's topic before it");
    assert_ne!(&c.target, proposition);
}

/// An adverb ("away") or a participle ("passed") does not name a topic,
/// however often the claims use it.
#[test]
fn adverbs_and_participles_name_no_topic() {
    let text = "Lighthouse Keepers Quit Talks\n\n\
NORDHAVN, Ostrava, June 2 (Coast Wire) — Ostrava's lighthouse keepers \
walked out of talks on automation.\n\n\
The Keepers' Guild said the lighthouse keepers would stay away from work. \
Transport Minister Emil Sorn said the lighthouse keepers were well paid. \
The Coastal Shipping Federation said the lighthouse keepers had a fair \
offer. The Harbour Pilots' Association said crews would move away from \
the coast. Mayor Ada Krohn said families would keep away from the \
islands.\n";
    let doc = draft_of(text);
    let labels: Vec<String> = doc.topics.iter().map(|t| t.label.to_lowercase()).collect();
    assert!(!doc.claims.is_empty());
    assert!(
        !labels.iter().any(|l| l == "away" || l == "passed"),
        "{labels:?}"
    );
}

/// "The Consortium of Valmarese Exporters" is an organisation (a word of
/// association opens its name, a plural of traders ends it), so "Its
/// chairman" after it speaks for it, not for the country.
#[test]
fn its_officer_speaks_for_a_consortium_or_a_confederation() {
    let text = "Valmar Doubles Port Levy\n\n\
        SALT HAVEN, Valmar, May 9 (Coast Wire) — Valmar's government on Friday \
        doubled the port levy on container ships.\n\n\
        Transport Minister Edda Rohn said the port levy would pay for new cranes.\n\n\
        The Consortium of Valmarese Exporters said the port levy was ruinous. \
        Its chairman, Ilan Brosk, told reporters the port levy should be scrapped.\n\n\
        The Confederation of Valmarese Manufacturers said the port levy would cost \
        orders. Its director, Mira Tull, said the port levy must be halved.\n";
    let doc = draft_of(text);
    assert_eq!(party_of(&doc, "new cranes"), "Valmar");
    for (own, officer) in [("ruinous", "scrapped"), ("cost", "halved")] {
        let org = party_of(&doc, own);
        assert_ne!(org, "Valmar", "{own}");
        assert_eq!(party_of(&doc, officer), org, "{officer}");
    }
}

/// "A spokesman for the finance ministry" speaks for the state (the
/// dateline's country), not for the organisation that spoke just before.
#[test]
fn a_spokesman_for_a_ministry_speaks_for_the_state() {
    let text = "Valmar Doubles Port Levy\n\n\
        SALT HAVEN, Valmar, May 9 (Coast Wire) — Valmar's government on Friday \
        doubled the port levy on container ships.\n\n\
        The Consortium of Valmarese Exporters said the port levy was ruinous.\n\n\
        A spokesman for the finance ministry said the port levy would pay for new cranes.\n";
    let doc = draft_of(text);
    assert_eq!(party_of(&doc, "new cranes"), "Valmar");
    assert_ne!(party_of(&doc, "ruinous"), "Valmar");
}
