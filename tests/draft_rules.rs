//! Drafting rules of round 2 of issue 11, one phenomenon at a time, on
//! invented sentences (a fictional bridge toll in a fictional city; none
//! is taken from a scored test text): inverted cues with a name in
//! apposition, relative-clause subjects ("which says"), "One of them,
//! NAME,", "its spokesman" after the organisation named, plural
//! possessives in names, datelines, "that call"; stances of contrast
//! ("but"), hedged negation ("unlikely"), "before" a clause after a
//! refusal, negation in a restrictive clause, parallel negated clauses.
//! Later rounds add their own fictional subjects: round 5 an island
//! ferry, round 6 a rack railway (negated alternatives, undecided
//! speakers, "until" and "once", words of evaluation, positions without
//! a verb of saying, descriptions named in apposition, limits below the
//! proposition's figure).

use standpoint::draft::{self, Profile};
use standpoint::model::{Document, Stance};

const PROFILE: &str = "\
topics:
  - id: toll
    label: A bridge toll
    keywords: [toll, tolls, charge]
    propositions:
      - A toll is charged on the Veld bridge
  - id: bridge
    label: The Veld bridge
    keywords: [bridge, crossing, construction]
    propositions:
      - The Veld bridge is built
  - id: lanes
    label: Bus lanes
    keywords: [bus lanes]
    propositions:
      - The hauliers give up the bus lanes
  - id: strike
    label: The hauliers' strike
    keywords: [strike, walkout, back to work, return to work]
    propositions:
      - The hauliers continue their strike
parties:
  - id: city
    name: Marrow City Council
    aliases: [council, Hanne Ostby, Marrow]
  - id: guild
    name: Road Hauliers' Guild
    aliases: [guild, hauliers, Piet Carvalho]
  - id: ostrevia
    name: Ostrevia
    aliases: [Ostrevian]
  - id: chamber
    name: Marrow Traders' Chamber
    aliases: [Traders' Chamber]
  - id: analysts
    name: Transport analysts
    aliases: [analysts]
";

fn profile() -> Profile {
    Profile::from_source(PROFILE, "toll-profile.yaml").unwrap_or_else(|e| panic!("{e}"))
}

fn doc(text: &str) -> Document {
    let text = format!("Bridge toll row\n\n{text}\n");
    let d = draft::draft_document(&text, None, &profile());
    assert!(d.notice.is_none(), "the profile fits: {:?}", d.notice);
    d
}

/// (party id, speaker, topic id, stance) of every claim.
fn claims(text: &str) -> Vec<(String, String, String, Stance)> {
    let d = doc(text);
    d.claims
        .iter()
        .map(|c| {
            (
                d.parties[c.party].id.clone(),
                c.speaker.clone(),
                d.topics[c.topic].id.clone(),
                c.stance,
            )
        })
        .collect()
}

fn one(text: &str) -> (String, String, String, Stance) {
    let mut all = claims(text);
    assert_eq!(all.len(), 1, "{text}: {all:#?}");
    all.remove(0)
}

/// (text, (party, speaker, topic, stance)): a text with one claim.
type Case<'a> = (&'a str, (&'a str, &'a str, &'a str, Stance));

/// Every text has its one claim; all the wrong ones are listed.
fn check(cases: &[Case]) {
    let wrong: Vec<_> = cases
        .iter()
        .map(|(text, (p, s, t, st))| (text, claims(text), own(p, s, t, *st)))
        .filter(|(_, got, want)| got.len() != 1 || got[0] != *want)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

fn own(p: &str, s: &str, t: &str, st: Stance) -> (String, String, String, Stance) {
    (p.to_string(), s.to_string(), t.to_string(), st)
}

#[test]
fn inverted_cue_with_a_name_in_apposition() {
    assert_eq!(
        one("\"A toll would ruin the small shops along the river,\" said the guild's chairman, Piet Carvalho."),
        own("guild", "Piet Carvalho", "toll", Stance::Against)
    );
}

#[test]
fn a_relative_clause_says_something_too() {
    let got = claims(
        "The Marrow Traders' Chamber, which says a toll would drive customers away, \
         called for the bridge to be finished by next year.",
    );
    assert!(
        got.contains(&own(
            "chamber",
            "Marrow Traders' Chamber",
            "toll",
            Stance::Favor
        )) || got.iter().any(|c| c.0 == "chamber" && c.2 == "toll"),
        "{got:#?}"
    );
    assert!(
        got.iter()
            .any(|c| c.0 == "chamber" && c.2 == "bridge" && c.3 == Stance::Favor),
        "{got:#?}"
    );
    // The relative clause ends where the main verb goes on.
    let d = doc(
        "The Marrow Traders' Chamber, which says a toll would drive customers away, \
         called for the bridge to be finished by next year.",
    );
    let q = d
        .claims
        .iter()
        .find(|c| d.topics[c.topic].id == "toll")
        .map(|c| d.quote_text(c).to_string())
        .unwrap_or_default();
    assert_eq!(q, "a toll would drive customers away");
}

#[test]
fn one_of_them_names_the_speaker() {
    let got = claims(
        "Two councillors wrote to the guild last week. One of them, Dr. Hanne Ostby, \
         said a toll was the only way to pay for the crossing.",
    );
    assert!(
        got.iter().any(|c| c.0 == "city" && c.1 == "Hanne Ostby"),
        "{got:#?}"
    );
}

#[test]
fn its_spokesman_after_the_organisation_named() {
    let got = claims(
        "The council proposed a toll on the bridge in March. \
         Ostrevia rejected the plan, its spokesman said.",
    );
    assert!(
        got.contains(&own(
            "ostrevia",
            "Ostrevia's spokesman",
            "toll",
            Stance::Against
        )),
        "{got:#?}"
    );
}

#[test]
fn its_spokesman_without_a_profile() {
    // The bundled profile does not fit: parties are discovered.
    let text = "Bridge toll row\n\nThe council of Marrow proposed a toll on the bridge in \
        March. Ostrevia rejected the plan, its spokesman said. Ostrevia's foreign minister, \
        Ilse Varga-Holm, said the toll was unfair.\n";
    let d = draft::draft_document(
        text,
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let c = d
        .claims
        .iter()
        .find(|c| d.quote_text(c).starts_with("Ostrevia rejected"))
        .unwrap_or_else(|| panic!("{:#?}", d.claims));
    assert_eq!(d.parties[c.party].name, "Ostrevia");
    assert_eq!(c.speaker, "Ostrevia's spokesman");
}

#[test]
fn a_dateline_is_not_the_subject() {
    let got = claims(
        "MARROW, June 3 (Wire) — The city council raised the bridge toll on Monday, and \
         signalled that it could lower the toll again if traffic grew.",
    );
    assert!(
        got.iter()
            .any(|c| c.0 == "city" && c.2 == "toll" && c.3 == Stance::Conditional),
        "{got:#?}"
    );
}

#[test]
fn that_call_refers_to_the_statement_it_names() {
    let got = claims(
        "The Marrow Traders' Chamber said the bridge was late, and called on the council to \
         scrap the toll. The guild rejected that call.",
    );
    assert!(
        got.iter().any(|c| c.0 == "guild" && c.2 == "toll"),
        "{got:#?}"
    );
}

#[test]
fn stances_of_contrast_hedges_and_conditions() {
    let cases: &[(&str, Stance)] = &[
        // The clause after "but" carries the position.
        (
            "Hanne Ostby said the toll was painful but necessary.",
            Stance::Favor,
        ),
        (
            "Piet Carvalho said the hauliers would keep paying the old charges but would not accept a new toll.",
            Stance::Against,
        ),
        // A hedge that negates.
        (
            "The guild said it was unlikely to support any toll.",
            Stance::Against,
        ),
        // "before" a clause of its own, after a refusal.
        (
            "Piet Carvalho said the hauliers would not accept a toll before the council had published its accounts.",
            Stance::Conditional,
        ),
        // Not a condition: a deadline.
        (
            "Hanne Ostby urged the council to approve the toll before the summer.",
            Stance::Favor,
        ),
        // A negation inside a restrictive clause counts.
        (
            "Hanne Ostby said the council would block any budget that did not include a toll.",
            Stance::Favor,
        ),
        (
            "Hanne Ostby said there was no toll plan that she would not look at.",
            Stance::Favor,
        ),
        // Parallel negated clauses do not cancel.
        (
            "\"This toll is not fair, and it is not legal,\" Piet Carvalho said.",
            Stance::Against,
        ),
    ];
    for &(text, want) in cases {
        let got = claims(text);
        let toll: Vec<_> = got.iter().filter(|c| c.2 == "toll").collect();
        assert!(!toll.is_empty(), "{text}: {got:#?}");
        assert_eq!(toll[0].3, want, "{text}: {got:#?}");
    }
    let d = doc(
        "Piet Carvalho said the hauliers would not accept a toll before the council had published its accounts.",
    );
    assert_eq!(
        d.claims[0].condition.as_deref(),
        Some("before the council had published its accounts")
    );
}

#[test]
fn the_company_is_the_company_named_before() {
    let text = "The Marrow Traders' Chamber said the toll was unfair. \
        In a statement, the chamber said the bridge should be free.";
    let d = doc(text);
    assert!(
        d.claims
            .iter()
            .all(|c| c.speaker == "Marrow Traders' Chamber"),
        "{:#?}",
        d.claims
    );
}

/// Without a profile that fits: people with a state's title and no
/// country named speak for the article's country; "Its president" for
/// the organisation named before; "the opposition X party" is X; a person
/// given an affiliation later in the article belongs to it; topics are
/// labelled by a phrase where the claims use one.
#[test]
fn discovery_attaches_people_to_what_the_article_says_they_belong_to() {
    let text = "Grain Levy Splits Parliament\n\n\
        VESK, Norlandia, May 4 (Wire) — Norlandia's parliament debated a grain export levy on \
        Tuesday. Finance Minister Oda Brekke-Malm said the grain export levy would fund rural \
        roads. Norlandian farmers have protested for a week.\n\n\
        The country's largest farm union, Green Fields, rejected the grain export levy. Its \
        president, Arvid Solheim-Kato, said the grain export levy would ruin small farms.\n\n\
        The opposition Northern Way party said it would vote against the grain export levy. \
        Pelle Ruud-Amara said the grain export levy was a tax on bread. Ruud-Amara, the \
        leader of the Northern Way party, has led it since 2021.\n";
    let d = draft::draft_document(
        text,
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    assert!(d.notice.is_some());
    let party = |speaker: &str| {
        d.claims
            .iter()
            .find(|c| c.speaker == speaker)
            .map(|c| d.parties[c.party].name.clone())
            .unwrap_or_else(|| panic!("no claim by {speaker}: {:#?}", d.claims))
    };
    assert_eq!(party("Oda Brekke-Malm"), "Norlandia");
    assert_eq!(party("Green Fields"), "Green Fields");
    assert_eq!(party("Arvid Solheim-Kato"), "Green Fields");
    assert_eq!(party("Northern Way"), "Northern Way");
    let labels: Vec<&str> = d.topics.iter().map(|t| t.label.as_str()).collect();
    assert!(
        labels
            .iter()
            .any(|l| l.contains(' ') && l.to_lowercase().contains("levy")),
        "{labels:?}"
    );
}

/// Round 3: a statement without keywords takes its own speaker's topic
/// from just before, past another speaker's claim; "He" before an unknown
/// capitalised word is a surname; a negated cue makes "before" + clause a
/// condition.
#[test]
fn round_3_topic_past_another_speaker_surname_he_and_before_a_clause() {
    let got = claims(
        "Hanne Ostby said construction of the bridge would start in May, but Piet Carvalho \
         said the hauliers would fight the toll.\n\n\
         \u{201c}We are nearly there,\u{201d} Ostby told reporters.",
    );
    assert_eq!(
        got,
        vec![
            own("city", "Hanne Ostby", "bridge", Stance::Favor),
            own("guild", "Piet Carvalho", "toll", Stance::Against),
            own("city", "Hanne Ostby", "bridge", Stance::Favor),
        ]
    );
    let d = doc("The council's spokesman, He Lindqvist, said the toll would be charged from May.");
    assert_eq!(d.claims.len(), 1, "{:#?}", d.claims);
    assert_eq!(d.claims[0].speaker, "He Lindqvist");
    let (_, _, topic, stance) = one(
        "Piet Carvalho said the guild would not agree to a toll before the council had published its accounts.",
    );
    assert_eq!((topic.as_str(), stance), ("toll", Stance::Conditional));
}

/// Round 3: verbs that undo their object ("scrap", "drop") turn the
/// stance; "no alternative to" is for; "Neither X nor Y supports" is
/// against; "threatened to … if" and "vowed to … if" are conditions; a
/// number's thousands separator does not split a subject; "questioned
/// whether", worry ("concerned by") and names for a wrong ("theft") are
/// against; "according to a statement from X" is X's; "NAME, who heads
/// X," belongs to X, and "Critics, including X," speak for X.
#[test]
fn round_3_undoing_alternatives_neither_nor_threats_and_numbers() {
    let cases: &[Case] = &[
        (
            "Hanne Ostby ruled out scrapping the toll.",
            ("city", "Hanne Ostby", "toll", Stance::Favor),
        ),
        (
            "The council refused to drop the toll.",
            ("city", "Marrow City Council", "toll", Stance::Favor),
        ),
        (
            "The guild has called for the toll to be scrapped.",
            ("guild", "Road Hauliers' Guild", "toll", Stance::Against),
        ),
        (
            "Hanne Ostby said there was no alternative to the toll.",
            ("city", "Hanne Ostby", "toll", Stance::Favor),
        ),
        (
            "Neither the council nor the guild supports the toll.",
            ("guild", "Road Hauliers' Guild", "toll", Stance::Against),
        ),
        (
            "The guild has threatened to block the toll if the council approves it.",
            ("guild", "Road Hauliers' Guild", "toll", Stance::Conditional),
        ),
        (
            "Piet Carvalho vowed to fight the toll if the council approves it.",
            ("guild", "Piet Carvalho", "toll", Stance::Conditional),
        ),
        (
            "The guild, which represents 4,000 firms, opposes the toll.",
            ("guild", "Road Hauliers' Guild", "toll", Stance::Against),
        ),
        (
            "Piet Carvalho questioned whether the toll was legal.",
            ("guild", "Piet Carvalho", "toll", Stance::Against),
        ),
        (
            "The Traders' Chamber said it was deeply concerned by the toll.",
            (
                "chamber",
                "Marrow Traders' Chamber",
                "toll",
                Stance::Against,
            ),
        ),
        (
            "According to a statement from the Traders' Chamber, the toll will hurt small shops.",
            (
                "chamber",
                "Marrow Traders' Chamber",
                "toll",
                Stance::Against,
            ),
        ),
        (
            "Asked about the toll, Piet Carvalho said: \"It is theft.\"",
            ("guild", "Piet Carvalho", "toll", Stance::Against),
        ),
        (
            "Anna Berg, who heads the Traders' Chamber, said the toll was unfair.",
            ("chamber", "Anna Berg", "toll", Stance::Against),
        ),
        (
            "Critics, including the guild, say the toll is unfair.",
            ("guild", "Critics", "toll", Stance::Against),
        ),
    ];
    check(cases);
}

/// Round 3, without a profile: "The National Teachers Union (NTU) said"
/// has its subject before the bracketed initials, "NTU general secretary
/// X" belongs to the organisation whose initials those are, an unnamed
/// official of a state's ministry speaks for the article's country, and
/// "the union" in a lead sentence is not the sentence's own subject
/// ("Teachers … walked out, the country's largest teachers' union said").
#[test]
fn discovery_reads_bracketed_initials_and_acronyms() {
    let text = "Teachers Strike Over Pay\n\n\
        LISBON, Portugal, Oct 3 (Wire) - Teachers across Portugal walked out on Monday, \
        the country's largest teachers' union said.\n\n\
        The National Teachers Union (NTU) said its members would \
        stay off work until the government offered a raise.\n\n\
        NTU general secretary Mirela Vantos said the raise was too small.\n\n\
        A senior education ministry official said Portugal could not afford a bigger raise.\n";
    let d = draft::draft_document(
        text,
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let got: Vec<(&str, &str)> = d
        .claims
        .iter()
        .map(|c| (c.speaker.as_str(), d.parties[c.party].name.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("National Teachers Union", "National Teachers Union"),
            ("Mirela Vantos", "National Teachers Union"),
            ("A senior education ministry official", "Portugal"),
        ]
    );
}

/// Round 3: the clause after "but" on another topic is a claim of its own
/// (on the same topic it decides the stance: see
/// `stances_of_contrast_hedges_and_conditions`).
#[test]
fn a_contrast_on_another_topic_is_a_second_claim() {
    assert_eq!(
        claims(
            "Piet Carvalho said the guild would not oppose the bridge but would fight the toll."
        ),
        vec![
            own("guild", "Piet Carvalho", "bridge", Stance::Favor),
            own("guild", "Piet Carvalho", "toll", Stance::Against),
        ]
    );
}

/// Round 4 stances: a verb of undoing the proposition itself says is no
/// turn ("ready to talk about giving up the lanes" when the proposition is
/// that they give them up); "not X, it is Y" is the first clause's
/// position; "water down" undoes its object, "not to water down" keeps
/// it; "left without" is a privation ("no one left without" is for); what
/// the topic names only after "rather than" is what is refused; a
/// commentator's forecast about a third party ("the council was likely
/// to approve") is no position; a negation inside "no … who …" does not
/// hide a privation after it; "no time to lose" is urgency; "did not go
/// far enough" asks for more, "went too far" for less; a return to work
/// is the opposite of a strike going on; a noun of
/// restriction ("a ban on", "a twelve-storey limit") opposes what it
/// restricts; rejecting "that proposal" is for the proposition when the
/// proposal was against it.
#[test]
fn round_4_stances_of_undoing_correction_privation_alternatives_and_forecasts() {
    let cases: &[Case] = &[
        (
            "Piet Carvalho said the hauliers were ready to talk about giving up the bus lanes.",
            ("guild", "Piet Carvalho", "lanes", Stance::Favor),
        ),
        (
            "\"This toll is not a fee for a service, it is robbery,\" Piet Carvalho said.",
            ("guild", "Piet Carvalho", "toll", Stance::Against),
        ),
        (
            "Hanne Ostby urged the councillors not to water the toll down.",
            ("city", "Hanne Ostby", "toll", Stance::Favor),
        ),
        (
            "The guild has urged the council to water down the toll.",
            ("guild", "Road Hauliers' Guild", "toll", Stance::Against),
        ),
        (
            "Hanne Ostby said no family in Marrow would be left without the new bridge.",
            ("city", "Hanne Ostby", "bridge", Stance::Favor),
        ),
        (
            "The guild proposed that repairs be paid from the city budget rather than by a toll.",
            ("guild", "Road Hauliers' Guild", "toll", Stance::Against),
        ),
        (
            "Two transport analysts said the council was likely to approve the toll in June.",
            ("analysts", "Two transport analysts", "toll", Stance::Neutral),
        ),
        (
            "Hanne Ostby said no driver who uses the crossing would be left without the bridge.",
            ("city", "Hanne Ostby", "bridge", Stance::Favor),
        ),
        (
            "Hanne Ostby said the council had no time to lose on the bridge.",
            ("city", "Hanne Ostby", "bridge", Stance::Favor),
        ),
        (
            "Hanne Ostby said the toll plan did not go far enough.",
            ("city", "Hanne Ostby", "toll", Stance::Favor),
        ),
        (
            "Hanne Ostby said the bridge would open in May while the hauliers' guild fought the toll.",
            ("city", "Hanne Ostby", "bridge", Stance::Favor),
        ),
        (
            "The Traders' Chamber called for an immediate return to work.",
            ("chamber", "Marrow Traders' Chamber", "strike", Stance::Against),
        ),
        (
            "Piet Carvalho said the hauliers would not go back to work.",
            ("guild", "Piet Carvalho", "strike", Stance::Favor),
        ),
        (
            "Piet Carvalho said the toll went too far.",
            ("guild", "Piet Carvalho", "toll", Stance::Against),
        ),
        (
            "The guild called for a ban on the bridge.",
            ("guild", "Road Hauliers' Guild", "bridge", Stance::Against),
        ),
        (
            "The council rejected the guild's call for a ban on the bridge.",
            ("city", "Marrow City Council", "bridge", Stance::Favor),
        ),
    ];
    check(cases);
    // Rejecting a proposal that was against the proposition is for it.
    assert_eq!(
        claims(
            "The guild proposed that repairs be paid from the city budget rather than by a toll. \
             The council rejected that proposal on Friday."
        ),
        vec![
            own("guild", "Road Hauliers' Guild", "toll", Stance::Against),
            own("city", "Marrow City Council", "toll", Stance::Favor),
        ]
    );
    // The speaker's own likelihood is a position.
    let (_, _, _, st) = one("The guild said it was unlikely to accept the toll.");
    assert_eq!(st, Stance::Against);
}

/// Round 4: "S, which says A, V-ed B" and "S said A and urged B" are two
/// statements, one claim each ("asked X to V" is a request too); a source
/// of no party relays the position of the party whose statement it
/// reports ("People familiar with the talks said the guild had told …");
/// a source who asked not to be named is an unnamed source, and "the
/// official" after it is the same source;
/// "Several groups, including X," speak for X; a group of several members
/// of a party is not the party's leader; "COUNTRY's NOUN" is the NOUN's
/// party when a party goes by it; "X, which …, does not object to Y, its
/// spokeswoman said" is X's; "S, from A, B and C, said" is S; "The
/// three said" is the group of three just named.
#[test]
fn round_4_separate_statements_relayed_positions_and_collective_subjects() {
    assert_eq!(
        claims(
            "The Traders' Chamber, which says the toll is doing lasting damage to shops, \
             has called for the toll to be scrapped."
        ),
        vec![
            own(
                "chamber",
                "Marrow Traders' Chamber",
                "toll",
                Stance::Against
            ),
            own(
                "chamber",
                "Marrow Traders' Chamber",
                "toll",
                Stance::Against
            ),
        ]
    );
    let d = doc(
        "The Traders' Chamber, which says the toll is hurting shops, \
        has asked the court to block the toll.",
    );
    let quotes: Vec<&str> = d.claims.iter().map(|c| d.quote_text(c)).collect();
    assert_eq!(
        quotes,
        vec![
            "the toll is hurting shops",
            "has asked the court to block the toll"
        ]
    );
    assert_eq!(
        claims("Hanne Ostby said the city had waited long enough for the bridge and urged the guild not to block the bridge."),
        vec![
            own("city", "Hanne Ostby", "bridge", Stance::Favor),
            own("city", "Hanne Ostby", "bridge", Stance::Favor),
        ]
    );
    assert_eq!(
        claims(
            "A guild official who asked not to be named said the hauliers would never pay the toll. \
             \"We will block the bridge before we pay,\" the official said."
        ),
        vec![
            own("guild", "A guild official who asked not to be named", "toll", Stance::Against),
            own("guild", "A guild official who asked not to be named", "bridge", Stance::Against),
        ]
    );
    // (The condition is on another topic: a stance on it too, round 13.)
    assert_eq!(
        claims(
            "People familiar with the talks said the guild had told the council it was \
             ready to accept the toll provided that the bridge was built."
        ),
        [
            own(
                "guild",
                "People familiar with the talks",
                "toll",
                Stance::Conditional
            ),
            own(
                "guild",
                "People familiar with the talks",
                "bridge",
                Stance::Favor
            ),
        ]
    );
    let cases: &[Case] = &[
        (
            "A diplomat said the guild had privately signalled that it could accept the toll.",
            ("guild", "A diplomat", "toll", Stance::Favor),
        ),
        (
            "Several groups, including the guild, said the toll was unfair.",
            ("guild", "Several groups", "toll", Stance::Against),
        ),
        (
            "Several members of Hanne Ostby's own council said privately that they would not support the toll.",
            (
                "city",
                "Several members of Hanne Ostby's own council",
                "toll",
                Stance::Against,
            ),
        ),
    ];
    check(cases);
    let got = claims(
        "Hanne Ostby said the bridge was needed. Two councillors from Hanne Ostby's own \
         council said that they would not support the toll.",
    );
    assert_eq!(
        got[1],
        own(
            "city",
            "Two councillors from Hanne Ostby's own council",
            "toll",
            Stance::Against
        )
    );
    // A possessive before a number is part of the subject.
    let (p, s, _, _) = one("The port's two other hauliers' groups said they would fight the toll.");
    assert_eq!(
        (p.as_str(), s.as_str()),
        ("guild", "port's two other hauliers' groups")
    );
    // "The three" refers back to the group of three just named.
    let got = claims(
        "The three hauliers' groups said the toll was unfair. \
         The three said they would fight the toll in court.",
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1], got[0]);
    // A list set off by commas after the subject.
    let (p, s, _, _) =
        one("The hauliers' groups, from Veld, Oster and Lund, said they would fight the toll.");
    assert_eq!(p, "guild");
    assert!(s.contains("groups"), "{s}");
    let (p, _, _, _) = one("Ostrevia's hauliers' guild said the toll was unfair.");
    assert_eq!(p, "guild");
    let got = claims(
        "Piet Carvalho said the toll was unfair. The Traders' Chamber, which represents shops, \
         does not object to the toll, its spokeswoman said.",
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].0, "chamber", "{got:#?}");
}

/// Round 4, without a profile: an organisation whose name joins
/// capitalised words with "for" or "of" ("Parents for Fair Tolls") is one
/// party under its whole name; a capitalised role before a name is no
/// part of it ("Councillor Mara Quist"); a fronted "Without …" is no
/// name; an unnamed official "at the transport ministry" speaks for the
/// article's country.
#[test]
fn round_4_an_organisation_name_with_for_in_it() {
    let text = "Bridge Toll Vote Nears\n\n\
        MARROW, Norway, May 4 (Wire) - The Norwegian city of Marrow will vote on a bridge toll on Tuesday.\n\n\
        Parents for Fair Tolls said the bridge toll would cost families 40 euros a month.\n\n\
        Councillor Mara Quist, who leads the Blue group, said the bridge toll was needed to pay for repairs.\n\n\
        Without the bridge toll, she said, the repairs would wait ten years.\n\n\
        An official at the transport ministry said the bridge toll was legal.\n\n\
        Doctors Without Borders said the bridge toll would delay ambulances.\n";
    let d = draft::draft_document(
        text,
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let got: Vec<(&str, &str)> = d
        .claims
        .iter()
        .map(|c| (c.speaker.as_str(), d.parties[c.party].name.as_str()))
        .collect();
    for want in [
        ("Parents for Fair Tolls", "Parents for Fair Tolls"),
        ("Mara Quist", "Mara Quist"),
        ("An official at the transport ministry", "Norway"),
        ("Doctors Without Borders", "Doctors Without Borders"),
    ] {
        assert!(got.contains(&want), "{want:?}: {got:#?}");
    }
    assert!(
        got.iter().all(|(s, _)| !s.starts_with("Without")),
        "{got:#?}"
    );
}

/// Round 5's profile: a fictional island ferry, its closure, its fares, a
/// guard post and an inquiry; propositions of change (closing, raising,
/// withdrawing) that words of keeping and restoring oppose.
const FERRY: &str = "\
topics:
  - id: ferry
    label: The night ferry
    keywords: [ferry, night ferry, crossing]
    propositions:
      - The night ferry to Holm is closed
  - id: fares
    label: Ferry fares
    keywords: [fares, fare, tickets]
    propositions:
      - Ferry fares are raised
  - id: guards
    label: The harbour guard post
    keywords: [guards, guard post, patrols]
    propositions:
      - The coast guards withdraw from Holm harbour
  - id: inquiry
    label: An inquiry
    keywords: [inquiry]
    propositions:
      - An inquiry into the ferry company is held
parties:
  - id: port
    name: Port Authority of Sandvik
    aliases: [port authority, authority, Lene Brask, Sandvik]
  - id: sailors
    name: Sailors' Union
    aliases: [sailors, union, Ole Mikkelsen, Mikkelsen]
  - id: islanders
    name: Holm Islanders' Association
    aliases: [islanders, Islanders' Association, Rut Fenn]
  - id: board
    name: Maritime Board
    aliases: [board, Arvid Stolt]
";

/// (party id, speaker, topic id, stance) of every claim drafted with the
/// profile `src` (named `name`) from `text` under the headline `title`.
fn claims_with(
    src: &str,
    name: &str,
    title: &str,
    text: &str,
) -> Vec<(String, String, String, Stance)> {
    let profile = Profile::from_source(src, name).unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(&format!("{title}\n\n{text}\n"), None, &profile);
    d.claims
        .iter()
        .map(|c| {
            own(
                &d.parties[c.party].id,
                &c.speaker,
                &d.topics[c.topic].id,
                c.stance,
            )
        })
        .collect()
}

/// Every text has its one claim, drafted with `claims`; all the wrong
/// ones are listed.
fn check_with(cases: &[Case], claims: impl Fn(&str) -> Vec<(String, String, String, Stance)>) {
    let wrong: Vec<_> = cases
        .iter()
        .map(|(text, (p, s, t, st))| (text, claims(text), own(p, s, t, *st)))
        .filter(|(_, got, want)| got.len() != 1 || got[0] != *want)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// (party id, speaker, topic id, stance) of every claim drafted with the
/// ferry profile.
fn ferry_claims(text: &str) -> Vec<(String, String, String, Stance)> {
    claims_with(FERRY, "ferry-profile.yaml", "Ferry row", text)
}

/// Every text has its one claim, drafted with the ferry profile; all the
/// wrong ones are listed.
fn check_ferry(cases: &[Case]) {
    check_with(cases, ferry_claims);
}

/// Round 5: a declared neutrality ("would not take sides", "neutral on",
/// "no view on") is neutral, whatever its negations.
#[test]
fn round_5_declared_neutrality() {
    check_ferry(&[
        (
            "Arvid Stolt said the board would not take sides over the night ferry.",
            ("board", "Arvid Stolt", "ferry", Stance::Neutral),
        ),
        (
            "The Maritime Board said it was neutral on the fares but would publish its own figures.",
            ("board", "Maritime Board", "fares", Stance::Neutral),
        ),
        (
            "Arvid Stolt said the board had no view on the night ferry and would not comment on its timetable.",
            ("board", "Arvid Stolt", "ferry", Stance::Neutral),
        ),
    ]);
}

/// Round 5: two predicates joined by "and" ("had not been consulted … and
/// would not accept …") each say the position; their negations do not
/// cancel. A condition of the second predicate is not the first's ("ready
/// for X but would not Y unless Z").
#[test]
fn round_5_coordinated_predicates() {
    check_ferry(&[
        (
            "Ole Mikkelsen said the sailors had never been consulted on the fares and would fight them.",
            ("sailors", "Ole Mikkelsen", "fares", Stance::Against),
        ),
        (
            "Lene Brask said the authority had not asked for the night ferry to close and would not close it.",
            ("port", "Lene Brask", "ferry", Stance::Against),
        ),
    ]);
    // The clause after "but" on another topic is a claim of its own.
    let got = ferry_claims(
        "Rut Fenn said the islanders were ready for an inquiry but would not take part unless fares were frozen.",
    );
    assert_eq!(
        got.first(),
        Some(&own("islanders", "Rut Fenn", "inquiry", Stance::Favor)),
        "{got:#?}"
    );
}

/// Round 5: toward a proposition of change (closing, raising,
/// withdrawing), a word of keeping or restoring ("keep", "stay",
/// "restore", "reopen") is against it; a free adjunct after a comma
/// (", prompting …") is no part of the main clause.
#[test]
fn round_5_keeping_and_restoring_oppose_a_change() {
    check_ferry(&[
        (
            "Lene Brask said the authority would shut the night ferry in May, prompting a fight with the sailors.",
            ("port", "Lene Brask", "ferry", Stance::Favor),
        ),
        (
            "\"The night ferry will not be reopened,\" Lene Brask said.",
            ("port", "Lene Brask", "ferry", Stance::Favor),
        ),
        (
            "Rut Fenn said the islanders would campaign to restore the night ferry.",
            ("islanders", "Rut Fenn", "ferry", Stance::Against),
        ),
        (
            "Rut Fenn said the fares should stay where they are.",
            ("islanders", "Rut Fenn", "fares", Stance::Against),
        ),
        (
            "Lene Brask said the night ferry would stay closed in winter.",
            ("port", "Lene Brask", "ferry", Stance::Favor),
        ),
        (
            "Lene Brask said the authority would keep fares at 12 crowns until next year.",
            ("port", "Lene Brask", "fares", Stance::Against),
        ),
        (
            "\"The guards stay in Holm. That is not up for discussion,\" Arvid Stolt said.",
            ("board", "Arvid Stolt", "guards", Stance::Against),
        ),
        (
            "Ole Mikkelsen said the current fares did not even keep pace with fuel costs.",
            ("sailors", "Ole Mikkelsen", "fares", Stance::Favor),
        ),
    ]);
}

/// Round 5: "We are not X. We are Y": a denial corrected by the next
/// sentence, with the same subject and verb and no negation, says Y.
#[test]
fn round_5_a_denial_corrected_by_the_next_sentence() {
    check_ferry(&[
        (
            "\"We are not against higher fares. We are against paying them twice,\" Ole Mikkelsen said.",
            ("sailors", "Ole Mikkelsen", "fares", Stance::Against),
        ),
        (
            "\"We are not begging for money. We are asking for an inquiry,\" Rut Fenn said.",
            ("islanders", "Rut Fenn", "inquiry", Stance::Favor),
        ),
        (
            "\"We do not oppose an inquiry. We oppose a secret one,\" Rut Fenn said.",
            ("islanders", "Rut Fenn", "inquiry", Stance::Against),
        ),
    ]);
}

/// Round 5: "as soon as" (not "as soon as possible") and "only as part
/// of", "only when", "only after" make a position conditional, also
/// after an attribution set in the clause ("…, he said, if …"); a cue
/// verb inside a condition ("as long as both sides agreed") is no new
/// statement.
#[test]
fn round_5_conditions_of_time_and_of_a_wider_deal() {
    check_ferry(&[
        (
            "Ole Mikkelsen said the sailors would accept the higher fares as soon as the authority published its accounts.",
            ("sailors", "Ole Mikkelsen", "fares", Stance::Conditional),
        ),
        (
            "Lene Brask said the fares would be raised as soon as possible.",
            ("port", "Lene Brask", "fares", Stance::Favor),
        ),
        (
            "Arvid Stolt said the guards would withdraw from Holm only as part of a wider agreement.",
            ("board", "Arvid Stolt", "guards", Stance::Conditional),
        ),
        (
            "Arvid Stolt said the guards would withdraw from Holm only when the storms had passed.",
            ("board", "Arvid Stolt", "guards", Stance::Conditional),
        ),
        (
            "The sailors would accept higher fares, Ole Mikkelsen said, if the authority published its accounts.",
            ("sailors", "Ole Mikkelsen", "fares", Stance::Conditional),
        ),
        (
            "The Maritime Board said it would support an inquiry as long as both sides agreed to it.",
            ("board", "Maritime Board", "inquiry", Stance::Conditional),
        ),
    ]);
}

/// Round 5: verbs of avoiding and refusing ("avoid", "boycott", "object
/// to", "challenge") oppose what they take; ruin of a business ("bankruptcy") and
/// "premature" are predicates of harm.
#[test]
fn round_5_avoiding_objecting_and_harm() {
    check_ferry(&[
        (
            "Rut Fenn urged the authority to avoid a fare rise before the summer.",
            ("islanders", "Rut Fenn", "fares", Stance::Against),
        ),
        (
            "Rut Fenn called for a boycott of the new fares.",
            ("islanders", "Rut Fenn", "fares", Stance::Against),
        ),
        (
            "Rut Fenn said the islanders would file a challenge to the higher fares in court.",
            ("islanders", "Rut Fenn", "fares", Stance::Against),
        ),
        (
            "Ole Mikkelsen said the sailors would not object to an inquiry.",
            ("sailors", "Ole Mikkelsen", "inquiry", Stance::Favor),
        ),
        (
            "Ole Mikkelsen said closing the night ferry was premature.",
            ("sailors", "Ole Mikkelsen", "ferry", Stance::Against),
        ),
        (
            "Rut Fenn said higher fares would drive the island's shops into bankruptcy.",
            ("islanders", "Rut Fenn", "fares", Stance::Against),
        ),
    ]);
}

/// Round 5: an organisation named by a short form of its party's name
/// ("the Islanders' Association" for the Holm Islanders' Association, "the
/// union" for the Sailors' Union) is named in full, as a person is.
#[test]
fn round_5_an_organisation_is_named_in_full() {
    check_ferry(&[
        (
            "The Islanders' Association said the night ferry must not close.",
            (
                "islanders",
                "Holm Islanders' Association",
                "ferry",
                Stance::Against,
            ),
        ),
        (
            "The union said fares should not be raised.",
            ("sailors", "Sailors' Union", "fares", Stance::Against),
        ),
        (
            "Mikkelsen said fares should not be raised.",
            ("sailors", "Ole Mikkelsen", "fares", Stance::Against),
        ),
    ]);
}

/// Round 5: in "COUNTRY's main opposition candidate" the party is the
/// modifier nearest the head ("opposition"), not the possessive place
/// before it.
#[test]
fn round_5_the_modifier_nearest_the_head_is_the_party() {
    let got = ferry_claims("Sandvik's main sailors' spokesman said fares should not be raised.");
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].0, "sailors", "{got:#?}");
}

/// Round 6's profile: a fictional rack railway in a mountain valley, its
/// extension to the summit, a fare rise of a stated size, a tunnel and a
/// charter among the valleys.
const RAIL: &str = "\
topics:
  - id: extension
    label: The summit line
    keywords: [extension, summit line, summit]
    propositions:
      - The rack railway is extended to the summit
  - id: fares
    label: A fare rise
    keywords: [fares, fare, ticket prices]
    propositions:
      - Railway fares rise by 20 percent
  - id: tunnel
    label: A tunnel under the pass
    keywords: [tunnel]
    propositions:
      - A tunnel is dug under the pass
  - id: charter
    label: A valley charter
    keywords: [charter]
    propositions:
      - The valleys sign a joint railway charter
parties:
  - id: company
    name: Kelmar Railway Company
    aliases: [railway company, Ida Renholm, Renholm]
  - id: hikers
    name: Alpine Hikers' Club
    aliases: [hikers, club, Tor Aasen, Aasen]
  - id: council
    name: Kelmar Valley Council
    aliases: [council, valley council, Nils Brekke, Brekke]
  - id: hoteliers
    name: Hoteliers' Association
    aliases: [hoteliers, Eva Lind, Lind]
";

/// Every text has its one claim, drafted with the railway profile; all
/// the wrong ones are listed.
fn check_rail(cases: &[Case]) {
    check_with(cases, |text| {
        claims_with(RAIL, "rail-profile.yaml", "Railway row", text)
    });
}

/// Round 6: a negation that only sets aside an alternative ("X, not Y",
/// "not X, only Y", "That is not X. It is Y") is no negation of the
/// position: what is said is X (or Y); the alternative turns the stance
/// only when it is what the proposition names.
#[test]
fn round_6_a_negated_alternative_is_set_aside() {
    check_rail(&[
        (
            "Ida Renholm said the extension was an investment, not a luxury.",
            ("company", "Ida Renholm", "extension", Stance::Favor),
        ),
        (
            "Tor Aasen said the hikers wanted a tunnel, not a wider road.",
            ("hikers", "Tor Aasen", "tunnel", Stance::Favor),
        ),
        (
            "Nils Brekke said the valley needed better buses, not a tunnel.",
            ("council", "Nils Brekke", "tunnel", Stance::Against),
        ),
        (
            "Eva Lind said the hoteliers were not asking for favours, only for a tunnel under the pass.",
            ("hoteliers", "Eva Lind", "tunnel", Stance::Favor),
        ),
        (
            "\"That is not a subsidy. It is an investment in the summit line,\" Ida Renholm said.",
            ("company", "Ida Renholm", "extension", Stance::Favor),
        ),
    ]);
}

/// Round 6: an undecided speaker ("no decision had been taken", "had not
/// yet reached a view", "still studying", "had not taken a position") is
/// neutral.
#[test]
fn round_6_undecided_is_neutral() {
    check_rail(&[
        (
            "Nils Brekke said no decision on the tunnel had been taken.",
            ("council", "Nils Brekke", "tunnel", Stance::Neutral),
        ),
        (
            "Nils Brekke said the council was still studying the tunnel and had not yet reached a view.",
            ("council", "Nils Brekke", "tunnel", Stance::Neutral),
        ),
        (
            "Eva Lind said the hoteliers had not taken a position on the fares.",
            ("hoteliers", "Eva Lind", "fares", Stance::Neutral),
        ),
    ]);
}

/// Round 6: "not … until", "block … until" and "once" with a clause of
/// its own make the position wait on that clause (conditional); "until"
/// of a plain time ("until May") or of a state reached ("until sales
/// were rising") does not.
#[test]
fn round_6_until_and_once_are_conditions() {
    check_rail(&[
        (
            "Tor Aasen said the club would block the tunnel until an environmental study was published.",
            ("hikers", "Tor Aasen", "tunnel", Stance::Conditional),
        ),
        (
            "Eva Lind urged the council not to sign the charter until the hotels were consulted.",
            ("hoteliers", "Eva Lind", "charter", Stance::Conditional),
        ),
        (
            "Nils Brekke said the council would back the extension once the company had published its accounts.",
            ("council", "Nils Brekke", "extension", Stance::Conditional),
        ),
        (
            "Eva Lind said the hoteliers had no problem with the charter once the winter timetable was agreed.",
            ("hoteliers", "Eva Lind", "charter", Stance::Conditional),
        ),
        (
            "Nils Brekke said the council would not sign the charter until May.",
            ("council", "Nils Brekke", "charter", Stance::Against),
        ),
        (
            "Nils Brekke said the council would not sign the charter until ticket sales were rising again.",
            ("council", "Nils Brekke", "charter", Stance::Against),
        ),
    ]);
}

/// Round 6: words of evaluation ("a gamble", "a threat", "the end of",
/// "risked", "no problem with") say the position; "by the end of" is a
/// time, and "the threat of X" names X (no harm said of it); a harm
/// escaped ("out of poverty") is no harm said.
#[test]
fn round_6_words_of_evaluation() {
    check_rail(&[
        (
            "Tor Aasen said the extension was a gamble with the mountain's future.",
            ("hikers", "Tor Aasen", "extension", Stance::Against),
        ),
        (
            "Ida Renholm said higher fares were not in themselves a threat to tourism.",
            ("company", "Ida Renholm", "fares", Stance::Favor),
        ),
        (
            "Eva Lind said the fare rise would be the end of winter tourism in the valley.",
            ("hoteliers", "Eva Lind", "fares", Stance::Against),
        ),
        (
            "Nils Brekke said the tunnel would be dug by the end of the decade.",
            ("council", "Nils Brekke", "tunnel", Stance::Favor),
        ),
        (
            "Tor Aasen said the company risked turning the summit into a car park.",
            ("hikers", "Tor Aasen", "extension", Stance::Against),
        ),
        (
            "Eva Lind dismissed the threat of a fare rise, saying the company would not dare.",
            ("hoteliers", "Eva Lind", "fares", Stance::Against),
        ),
        (
            "Eva Lind said the hoteliers had no problem with the extension.",
            ("hoteliers", "Eva Lind", "extension", Stance::Favor),
        ),
        (
            "Ida Renholm said the extension would lift the upper villages out of poverty.",
            ("company", "Ida Renholm", "extension", Stance::Favor),
        ),
    ]);
}

/// Round 6: "walk away from" and "sign away" undo what they take, so "not
/// going to walk away" is for it.
#[test]
fn round_6_walking_away() {
    check_rail(&[
        (
            "\"We are not going to walk away from the charter,\" Nils Brekke said.",
            ("council", "Nils Brekke", "charter", Stance::Favor),
        ),
        (
            "Nils Brekke said the council would walk away from the charter.",
            ("council", "Nils Brekke", "charter", Stance::Against),
        ),
        (
            "Tor Aasen said the hikers would never sign away the tunnel.",
            ("hikers", "Tor Aasen", "tunnel", Stance::Favor),
        ),
    ]);
}

/// Round 6: a position stated without a verb of saying ("The club wants
/// the tunnel dug", "The association has asked for a charter") is a
/// claim; "who want" in a relative clause and wants inside a quotation
/// are not new claims.
#[test]
fn round_6_wants_and_asked_for() {
    check_rail(&[
        (
            "The Alpine Hikers' Club, which has 4,000 members, wants the tunnel dug before winter.",
            ("hikers", "Alpine Hikers' Club", "tunnel", Stance::Favor),
        ),
        (
            "Hoteliers want the fares frozen for two years.",
            ("hoteliers", "Hoteliers", "fares", Stance::Against),
        ),
        (
            "The Hoteliers' Association has asked for a charter.",
            (
                "hoteliers",
                "Hoteliers' Association",
                "charter",
                Stance::Favor,
            ),
        ),
        (
            "The Hoteliers' Association asked the council to sign the charter.",
            (
                "hoteliers",
                "Hoteliers' Association",
                "charter",
                Stance::Favor,
            ),
        ),
    ]);
}

/// Round 6 speakers: a description named in apposition ("Another lobby
/// group, the Alpine Hikers' Club,") is named by its name; a person in a
/// "whose" clause ("X, whose leader, NAME, lives in …, said") is not the
/// subject, X is; "the association" is the one party whose name ends in
/// that word.
#[test]
fn round_6_descriptions_whose_clauses_and_head_nouns() {
    check_rail(&[
        (
            "Another lobby group, the Alpine Hikers' Club, said the tunnel would ruin the pass.",
            ("hikers", "Alpine Hikers' Club", "tunnel", Stance::Against),
        ),
        (
            "The Alpine Hikers' Club, whose leader, Tor Aasen, lives in Oslo, said the tunnel would ruin the pass.",
            ("hikers", "Alpine Hikers' Club", "tunnel", Stance::Against),
        ),
        (
            "The association asked the council to sign the charter.",
            ("hoteliers", "Hoteliers' Association", "charter", Stance::Favor),
        ),
    ]);
}

/// Round 6: a second predicate joined by "and" ("was ready to sign the
/// charter and would dig a tunnel") that speaks only of another topic is
/// a claim of its own when it is a commitment ("will", "would"), not
/// negated nor hedged by a condition; on the same topic it is one claim.
#[test]
fn round_6_a_second_predicate_on_another_topic_is_a_second_claim() {
    let rail = |t: &str| claims_with(RAIL, "rail-profile.yaml", "Railway row", t);
    assert_eq!(
        rail("Nils Brekke said the council was ready to sign the charter and would pay for a tunnel under the pass."),
        vec![
            own("council", "Nils Brekke", "charter", Stance::Favor),
            own("council", "Nils Brekke", "tunnel", Stance::Favor),
        ]
    );
    assert_eq!(
        rail("Nils Brekke said the council was ready to sign the charter and would not delay it."),
        vec![own("council", "Nils Brekke", "charter", Stance::Favor)]
    );
    // A hedged or conditional second predicate elaborates the first.
    assert_eq!(
        rail("Nils Brekke said the council was ready to sign the charter and might pay for a tunnel if the state helped."),
        vec![own("council", "Nils Brekke", "charter", Stance::Favor)]
    );
}

/// Round 6: statements of one sentence merged into one claim take the
/// stance of the one that gives a reason for it ("told reporters the
/// tunnel was on the agenda, adding that it would ruin the pass"), not
/// the first one's default.
#[test]
fn round_6_a_merged_claim_takes_the_stance_that_has_a_reason() {
    check_rail(&[(
        "Tor Aasen told reporters the tunnel was on the agenda, adding that a tunnel would ruin the pass.",
        ("hikers", "Tor Aasen", "tunnel", Stance::Against),
    )]);
}

/// Round 6: a limit below the proposition's own figure ("could live with
/// a rise of up to 5 percent" when the proposition is a 20 percent rise)
/// is against it; at or above it, no turn. Complying with whatever is
/// decided ("would comply with any decision") is neutral.
#[test]
fn round_6_a_lower_limit_and_compliance() {
    check_rail(&[
        (
            "Eva Lind said the hoteliers could live with a fare rise of up to 5 percent.",
            ("hoteliers", "Eva Lind", "fares", Stance::Against),
        ),
        (
            "Eva Lind said the hoteliers would accept a fare rise of no more than 8 percent.",
            ("hoteliers", "Eva Lind", "fares", Stance::Against),
        ),
        (
            "Ida Renholm said fares would rise by up to 20 percent.",
            ("company", "Ida Renholm", "fares", Stance::Favor),
        ),
        (
            "Ida Renholm said the company would comply with any decision on the tunnel.",
            ("company", "Ida Renholm", "tunnel", Stance::Neutral),
        ),
    ]);
}

/// Round 6: a negation in the term of a comparison ("better than no
/// tunnel", "better than nothing") or of an exclusion ("by the cost of
/// fuel and nothing else") does not negate the clause; a
/// condition of a second predicate ("had paid twice and would not pay
/// again unless …") is the position's when the first states no stance
/// of its own (not "opposed X and might withdraw if …").
#[test]
fn round_6_comparisons_and_conditions_of_a_second_predicate() {
    check_rail(&[
        (
            "\"A short tunnel is better than no tunnel,\" Nils Brekke said.",
            ("council", "Nils Brekke", "tunnel", Stance::Favor),
        ),
        (
            "Tor Aasen said the tunnel should be paid for by the company and nothing else.",
            ("hikers", "Tor Aasen", "tunnel", Stance::Favor),
        ),
        (
            "Nils Brekke said the council had already paid for the summit line twice and would not pay again unless the company published its accounts.",
            ("council", "Nils Brekke", "extension", Stance::Conditional),
        ),
        (
            "Tor Aasen said the club opposed the summit line and might go to court if the work began.",
            ("hikers", "Tor Aasen", "extension", Stance::Against),
        ),
    ]);
}

/// Round 6: "said Tor Aasen of the Alpine Hikers' Club": a person's name
/// then the organisation they speak for is the person, of that party;
/// "He" after it is that person.
#[test]
fn round_6_a_person_of_an_organisation() {
    let got = claims_with(
        RAIL,
        "rail-profile.yaml",
        "Railway row",
        "Ida Renholm said the summit line was ready. \"The tunnel would ruin the pass,\" said Tor Aasen \
         of the Alpine Hikers' Club, a coalition of walkers. He said the summit line should be scrapped.",
    );
    assert_eq!(
        got,
        vec![
            own("company", "Ida Renholm", "extension", Stance::Favor),
            own("hikers", "Tor Aasen", "tunnel", Stance::Against),
            own("hikers", "Tor Aasen", "extension", Stance::Against),
        ]
    );
}

/// Round 7's fictional subject: rental e-scooters in a city's old town.
const SCOOTER: &str = "\
topics:
  - id: ban
    label: The scooter ban
    keywords: [ban, scooters, e-scooters]
    propositions:
      - Rental e-scooters are barred from the old town
  - id: parking
    label: Parking bays
    keywords: [parking bays, bays]
    propositions:
      - The city builds parking bays for scooters
parties:
  - id: city
    name: Velde City Council
    aliases: [council, Maren Holt]
  - id: riders
    name: Riders' Union
    aliases: [union, Oskar Lind]
  - id: shops
    name: Old Town Traders
    aliases: [traders, Ines Berg]
  - id: zipp
    name: Zipp
    aliases: [Zipp, the company]
";

fn scooter(text: &str) -> Vec<(String, String, String, Stance)> {
    claims_with(SCOOTER, "scooter-profile.yaml", "Scooter row", text)
}

/// Each text gives one claim, with this stance.
fn one_stance_each(cases: &[(&str, Stance)]) {
    for &(text, want) in cases {
        let got = scooter(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].3, want, "{text}: {got:?}");
    }
}

/// Round 7: a proposition that is itself a restriction said with
/// "barred" (or "forbidden", "outlawed"): a "ban" in a claim is then
/// what it proposes, so rejecting the ban opposes it and backing it
/// favours it.
#[test]
fn round_7_a_restriction_said_as_barred() {
    one_stance_each(&[
        ("The Riders' Union rejected the ban.", Stance::Against),
        ("Old Town Traders supports the ban.", Stance::Favor),
        ("Zipp said it opposed the ban.", Stance::Against),
        (
            "Maren Holt said the council would vote for the ban.",
            Stance::Favor,
        ),
    ]);
    let forbidden = SCOOTER.replace("are barred from", "are forbidden in");
    let got = claims_with(
        &forbidden,
        "p.yaml",
        "Scooter row",
        "The Riders' Union rejected the ban.",
    );
    assert_eq!(got.first().map(|c| c.3), Some(Stance::Against), "{got:?}");
}

/// Round 7: a stance said with an adjective ("remains opposed to", "in
/// favour of") or a verb of protest or campaigning is a statement.
#[test]
fn round_7_stances_without_a_verb_of_saying() {
    one_stance_each(&[
        (
            "The Riders' Union remains opposed to the ban.",
            Stance::Against,
        ),
        ("Zipp is strongly opposed to the ban.", Stance::Against),
        ("Old Town Traders are in favour of the ban.", Stance::Favor),
        (
            "The Riders' Union protested against the ban.",
            Stance::Against,
        ),
        ("Zipp campaigned against the ban.", Stance::Against),
    ]);
}

/// Round 7: a statement of two parties at once is each one's claim (as
/// the annotations count it), with the group as the speaker.
#[test]
fn round_7_a_joint_statement_is_each_partys() {
    let got = scooter("The Riders' Union and Old Town Traders said the ban should be delayed.");
    let mut parties: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    parties.sort_unstable();
    assert_eq!(parties, ["riders", "shops"], "{got:?}");
    assert!(
        got.iter()
            .all(|c| c.1 == "Riders' Union and Old Town Traders" && c.3 == Stance::Against),
        "{got:?}"
    );
    // One party named twice is one claim.
    assert_eq!(
        scooter("Oskar Lind and the Riders' Union said the ban should be delayed.").len(),
        1
    );
}

/// Round 7: a statement in a relative clause with an auxiliary ("Zipp,
/// which has said …, met …") ends at the comma that closes it, before the
/// main clause's verb (an irregular past too).
#[test]
fn round_7_a_relative_clause_with_an_auxiliary() {
    let d = draft::draft_document(
        "Scooter row\n\nZipp, which has said the ban would cost 200 jobs, met the council on Monday.\n",
        None,
        &Profile::from_source(SCOOTER, "scooter-profile.yaml").unwrap_or_else(|e| panic!("{e}")),
    );
    let quotes: Vec<&str> = d.claims.iter().map(|c| d.quote_text(c)).collect();
    assert_eq!(quotes, ["the ban would cost 200 jobs"]);
}

/// Round 7: "wants X scrapped", "wants it gone": what is wanted undone is
/// opposed; "wants X banned" is not an undoing.
#[test]
fn round_7_wanted_undone() {
    one_stance_each(&[
        ("The Riders' Union wants the ban scrapped.", Stance::Against),
        ("Zipp wants the ban gone by the summer.", Stance::Against),
        ("Zipp said it wanted the ban withdrawn.", Stance::Against),
        ("Old Town Traders want the ban kept.", Stance::Favor),
        ("Old Town Traders want e-scooters banned.", Stance::Favor),
    ]);
}

/// Round 7: words of opposition and harm read by their grammar: "a
/// renewal opposed by the union" says whom the union opposes, not the
/// speaker's stance; "should be gone" undoes; "would cost" is a harm as a
/// verb (not "the cost"); an alternative offered "instead" (at the end
/// of the clause) sets the proposition aside; "foolish not to" is a
/// double negation.
#[test]
fn round_7_opposition_and_harm_by_their_grammar() {
    one_stance_each(&[
        (
            "Maren Holt said the council would veto a ban opposed by the traders.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the ban should be gone by June.",
            Stance::Against,
        ),
        (
            "Ines Berg said the city would be foolish not to keep the ban.",
            Stance::Favor,
        ),
        (
            "Ines Berg said it would be a mistake not to extend the ban.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the ban would cost the city 200 jobs.",
            Stance::Against,
        ),
        (
            "Ines Berg said the cost of the ban would be small.",
            Stance::Favor,
        ),
        (
            "Zipp said it would offer slower scooters in the old town instead.",
            Stance::Against,
        ),
    ]);
}

/// Round 7: a refusal that waits on a clause is said in the future or
/// as a rule ("would not … before", "should be held before"); a
/// complaint about the past ("had not been consulted before") is none.
#[test]
fn round_7_a_complaint_is_no_condition() {
    one_stance_each(&[
        (
            "Oskar Lind said the union had not been consulted before the ban was announced.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the union would not accept the ban before a study was published.",
            Stance::Conditional,
        ),
    ]);
}

/// Round 7: a plain "if" conditions the speakers' own position said
/// with "I" or "we" ("If …, I am for it"), not a warning about others;
/// a position that "depends on" something waits on it.
#[test]
fn round_7_conditions_of_the_speakers_own() {
    one_stance_each(&[
        (
            "\"If the ban ends at midnight, I am for it,\" Ines Berg said.",
            Stance::Conditional,
        ),
        (
            "\"We will take the council to court if the ban is not lifted,\" Oskar Lind said.",
            Stance::Conditional,
        ),
        (
            "Oskar Lind said the union's support for the ban depended on a written promise of new bus routes.",
            Stance::Conditional,
        ),
    ]);
    // A warning about others is no condition of the speaker's.
    let got = scooter("\"If the ban is lifted, riders will be hurt,\" Ines Berg said.");
    assert!(got.len() == 1 && got[0].3 != Stance::Conditional, "{got:?}");
}

/// Round 7: a speaker who has not made up their mind says so in many
/// ways; each is neutral.
#[test]
fn round_7_undecided_speakers() {
    one_stance_each(&[
        ("Zipp said it was considering the ban.", Stance::Neutral),
        (
            "Maren Holt said the council is studying the ban closely.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the traders had not decided whether to back the ban.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the traders were undecided on the ban.",
            Stance::Neutral,
        ),
        (
            "Oskar Lind said the union took no side on the ban.",
            Stance::Neutral,
        ),
        (
            "Maren Holt said she would give her view on the ban when the report was published.",
            Stance::Neutral,
        ),
        (
            "Maren Holt said she was keeping an open mind on the ban.",
            Stance::Neutral,
        ),
        (
            "\"I honestly don't know,\" Ines Berg said of the ban.",
            Stance::Neutral,
        ),
        // Not undecided: a decision is reported, or an act against it.
        (
            "Zipp said it was considering legal action against the ban.",
            Stance::Against,
        ),
    ]);
}

/// Round 7: a subject set off from its verb by a long clause: a name with
/// a descriptive apposition of more than a few words ("Maren Holt, a
/// former bus engineer who …, told"), a "whose" clause with commas of its
/// own ("The Riders' Union, whose members … and, under …, would …,
/// opposes"), a relative clause that ends in a quotation closed after its
/// comma ("who … called the ban \"premature,\" now backs it").
#[test]
fn round_7_a_subject_set_off_by_a_long_clause() {
    check_with(
        &[
            (
                "Maren Holt, a former bus engineer who speaks of traffic in the plain language of \
                 timetables rather than of slogans and promises, told reporters that the ban \
                 would make the old town safer.",
                ("city", "Maren Holt", "ban", Stance::Favor),
            ),
            (
                "The Riders' Union, whose members ride in the old town every day and, under the \
                 council's plan, would pay for the bays, opposes the ban.",
                ("riders", "Riders' Union", "ban", Stance::Against),
            ),
            (
                "Maren Holt, who as recently as May described the ban as \"premature,\" now backs it.",
                ("city", "Maren Holt", "ban", Stance::Favor),
            ),
        ],
        scooter,
    );
    // The pronoun after such a subject is that speaker.
    let got = scooter(
        "Oskar Lind said riders were angry. Maren Holt, a former bus engineer who speaks of \
         traffic in the plain language of timetables rather than of slogans and promises, told \
         reporters that the ban would make the old town safer. She said the ban was overdue.",
    );
    assert!(
        got.iter()
            .skip(1)
            .all(|c| c.0 == "city" && c.1 == "Maren Holt"),
        "{got:#?}"
    );
}

/// Round 7: a position without a topic word of its own (undecided, "has
/// not made up its mind"; a stance toward "the plan", "the change", "it")
/// in a sentence that names no topic, and after a sentence that names
/// none, is about what the article is about: the topic its headline and
/// lede name most (here the parking bays, not the profile's first topic).
#[test]
fn round_7_a_position_without_a_topic_word_is_on_the_central_topic() {
    let bays = |text: &str| {
        claims_with(
            SCOOTER,
            "scooter-profile.yaml",
            "Old town fights over new parking bays",
            &format!("The council wants more parking bays in the old town.\n\n{text}"),
        )
        .into_iter()
        .skip(1)
        .collect::<Vec<_>>()
    };
    check_with(
        &[
            (
                "The Riders' Union said it had not yet decided.",
                ("riders", "Riders' Union", "parking", Stance::Neutral),
            ),
            (
                "\"I have not made up my mind,\" Ines Berg said.",
                ("shops", "Ines Berg", "parking", Stance::Neutral),
            ),
            (
                "Oskar Lind said the riders had not taken a position and would wait for the vote.",
                ("riders", "Oskar Lind", "parking", Stance::Neutral),
            ),
            (
                "Old Town Traders welcomed the plan.",
                ("shops", "Old Town Traders", "parking", Stance::Favor),
            ),
            (
                "Zipp protested against the plan.",
                ("zipp", "Zipp", "parking", Stance::Against),
            ),
            (
                "The Riders' Union had long opposed the change.",
                ("riders", "Riders' Union", "parking", Stance::Against),
            ),
        ],
        bays,
    );
    // "The plan" at a paragraph's start is the article's, not the topic
    // of the paragraph before.
    let got = bays(
        "Maren Holt said the ban would calm the old town.\n\nZipp protested against the plan.",
    );
    assert_eq!(
        got.last(),
        Some(&own("zipp", "Zipp", "parking", Stance::Against)),
        "{got:#?}"
    );
    // A statement without a position is on no topic.
    assert_eq!(bays("Oskar Lind said riders were tired of waiting."), []);
}

/// Round 7: a subject described first and named after a comma with "the"
/// ("Her junior partner, the Riders' Union, had long opposed …"): the
/// name is the subject, also when a position has no object ("remains
/// opposed.") or is undecided without a verb of saying ("has not
/// decided how it will vote", "has not made up its mind"): a statement.
#[test]
fn round_7_a_described_subject_and_positions_without_an_object() {
    check_with(
        &[
            (
                "Her junior partner, the Riders' Union, had long opposed the ban.",
                ("riders", "Riders' Union", "ban", Stance::Against),
            ),
            (
                "Maren Holt said the ban would calm the old town. Its rival, the Riders' Union, remains opposed.",
                ("riders", "Riders' Union", "ban", Stance::Against),
            ),
            (
                "Maren Holt said the ban would calm the old town. The Riders' Union has not decided how it will vote.",
                ("riders", "Riders' Union", "ban", Stance::Neutral),
            ),
            (
                "Maren Holt said the ban would calm the old town. Zipp, whose fleet is the largest, has not made up its mind.",
                ("zipp", "Zipp", "ban", Stance::Neutral),
            ),
        ],
        |t| scooter(t).into_iter().filter(|c| c.0 != "city").collect(),
    );
    // Not a position: an act, and a decision taken.
    assert_eq!(
        scooter("The Riders' Union decided to hold a vote on the ban."),
        []
    );
}

/// Round 7: "rejected that", "rejected that view": a stance toward what
/// was just said is on its topic, turned when that was against it (also
/// at a new paragraph's start); "welcomed the plan, although its chair
/// said …": a noun that refers back outranks the keywords of another
/// statement in the sentence.
#[test]
fn round_7_a_stance_toward_what_was_just_said() {
    let got =
        scooter("Maren Holt said the ban should start in May.\n\nThe Riders' Union rejected that.");
    assert_eq!(
        got.last(),
        Some(&own("riders", "Riders' Union", "ban", Stance::Against)),
        "{got:#?}"
    );
    let got = scooter(
        "Oskar Lind said the ban would ruin the riders' summer. Old Town Traders rejected that view.",
    );
    assert_eq!(
        got.last(),
        Some(&own("shops", "Old Town Traders", "ban", Stance::Favor)),
        "{got:#?}"
    );
    let got = claims_with(
        SCOOTER,
        "scooter-profile.yaml",
        "Old town fights over new parking bays",
        "The council wants more parking bays in the old town.\n\nOld Town Traders welcomed the \
         plan, although their chair, Ines Berg, said the ban mattered more.",
    );
    assert!(
        got.contains(&own("shops", "Old Town Traders", "parking", Stance::Favor)),
        "{got:#?}"
    );
}

/// Round 7: "said that if X, Y": what is said is the main clause Y; its
/// topic is Y's, not the condition's.
#[test]
fn round_7_a_condition_before_the_main_clause() {
    assert_eq!(
        scooter(
            "Maren Holt said that if the ban on scooters came in, the city would build parking bays."
        ),
        [own("city", "Maren Holt", "parking", Stance::Conditional)]
    );
    // After a phrase of circumstance, "said that if …" is still what is
    // said after the verb, not the clause before it.
    assert_eq!(
        scooter(
            "In a statement issued after the meeting, Maren Holt said that if the ban on \
             scooters came in, the city would build parking bays."
        ),
        [own("city", "Maren Holt", "parking", Stance::Conditional)]
    );
    // A fronted clause that makes no condition of the stance is no main
    // clause either.
    let got = scooter(
        "Maren Holt said that if the ban on scooters came in, riders who parked in the old town \
         should get parking bays.",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].2, "parking", "{got:#?}");
}

/// Round 7: "“…,” the statement said" after a statement of its makers in
/// the sentence before: the quotation is theirs (each party's, for a
/// group).
#[test]
fn round_7_the_statement_said_is_its_makers() {
    let got = scooter(
        "The Riders' Union and Old Town Traders said in a joint statement that the ban should \
         wait. \"The old town is not a museum for scooters,\" the statement said.",
    );
    assert_eq!(got.len(), 4, "{got:#?}");
    for party in ["shops", "riders"] {
        assert_eq!(got.iter().filter(|c| c.0 == party).count(), 2, "{got:#?}");
    }
}

/// Round 7: a person named at a sentence's start before a relative
/// clause ("Maren Holt, who must sign the order, struck a cautious
/// tone.") is the one "she" means next.
#[test]
fn round_7_a_person_named_before_a_relative_clause() {
    let got = scooter(
        "Oskar Lind said the ban was unfair. Maren Holt, who must sign the order, struck a \
         cautious tone. \"I have not made up my mind,\" she said.",
    );
    assert_eq!(
        got.last(),
        Some(&own("city", "Maren Holt", "ban", Stance::Neutral)),
        "{got:#?}"
    );
}

/// Mutation testing (issue 17), the drafter's polarity: a noun of
/// restriction turns a claim against what it restricts, whether "on"
/// follows it ("limits on the toll"), a determiner or a possessive
/// precedes it ("backs the cap for the toll", "the toll's cap") or a
/// hyphenated modifier does ("a two-euro cap"); a bare noun with none of
/// these ("a toll limit" is read by its words) is no restriction.
#[test]
fn mutants_a_restriction_by_its_grammar() {
    let guild = |st| ("guild", "Piet Carvalho", "toll", st);
    check(&[
        (
            "Piet Carvalho said the guild wanted limits on the toll.",
            guild(Stance::Against),
        ),
        (
            "Piet Carvalho said the guild supported the cap for the toll.",
            guild(Stance::Against),
        ),
        (
            "Piet Carvalho said the guild supported a two-euro cap for the toll.",
            guild(Stance::Against),
        ),
    ]);
}

/// Mutation testing (issue 17): "before" a clause is a condition after a
/// refusal (a negation with a modal near it: "would not agree to a toll
/// before …"), not after a complaint about the past whose modal is in a
/// later clause ("had not been told that the council would vote …").
#[test]
fn mutants_a_complaint_with_a_later_modal_is_no_condition() {
    check(&[(
        "Piet Carvalho said the hauliers had not been told that the council would vote on the \
         toll before the study had been published.",
        ("guild", "Piet Carvalho", "toll", Stance::Against),
    )]);
}

/// Mutation testing (issue 17): "until" an act is a condition, however
/// far into the clause the act's words go; only "be" followed at once
/// by a verb in "-ing" is a state reached ("until sales were rising",
/// round 6). An "-ing" word before "was" ("until spending was cut"),
/// after it but two words on ("were published by the auditing firm"),
/// or past the clause's first words ("the accounts that it was
/// preparing") is no such state, nor is "be" before "until", nor
/// "being" ("were being checked").
#[test]
fn mutants_until_an_act_however_it_is_worded() {
    let guild = ("guild", "Piet Carvalho", "toll", Stance::Conditional);
    check(&[
        (
            "Piet Carvalho said the guild would not accept the toll until spending was cut.",
            guild,
        ),
        (
            "Piet Carvalho said the guild would not accept the toll until the accounts were \
             published by the auditing firm.",
            guild,
        ),
        (
            "Piet Carvalho said the guild would not accept the toll until the council had \
             published the accounts that it was preparing.",
            guild,
        ),
        (
            "Piet Carvalho said it would not be until spending was cut that the guild accepted \
             the toll.",
            guild,
        ),
        (
            "Piet Carvalho said the guild would not accept the toll until the accounts were being \
             checked.",
            guild,
        ),
    ]);
}

/// Round 8: a live blog's time labels ("09:40 — Maren Holt opens the
/// debate.") do not hide the subject of the entry's first sentence: the
/// "she" of the quotation after it is Maren Holt.
#[test]
fn round_8_a_live_blogs_time_label() {
    for label in ["09:40 \u{2014} ", "9.40am: ", "09:40 CET - "] {
        let got = scooter(&format!(
            "{label}Maren Holt opens the debate. \u{201C}The ban will keep the old town \
             safe,\u{201D} she tells the chamber.\n\n{label}Oskar Lind speaks to reporters: \
             \u{201C}The ban is long overdue.\u{201D}"
        ));
        assert_eq!(
            got,
            [
                own("city", "Maren Holt", "ban", Stance::Favor),
                own("riders", "Oskar Lind", "ban", Stance::Favor)
            ],
            "{label}"
        );
    }
}

/// Round 8: an interview's answers. A paragraph opening with a speaker's
/// label after a question ("Holt: Because …") is that speaker's quotation;
/// a last name as the label is the person introduced before it ("We spoke
/// to Mayor Maren Holt"). The questions (even one that reports what
/// someone says), a photo credit and a label that answers no question
/// are no one's.
#[test]
fn round_8_an_interviews_answers() {
    let got = scooter(
        "We spoke to Mayor Maren Holt, who drafted the rules, and to Oskar Lind.\n\n\
         Q: Why does the old town need the ban on scooters now?\n\n\
         Holt: Because the pavements are full every evening. The ban is overdue.\n\n\
         Q: Will the city build parking bays?\n\n\
         Holt: On that, yes. We will build two hundred parking bays outside the walls.\n\n\
         Q: The mayor says the riders will accept the ban.\n\n\
         Lind: We will support the ban if the parking bays come first.\n\n\
         Photo: Riders gather with their scooters at the gate to protest the ban.\n\n\
         Oskar Lind: Riders are people too and the ban hurts them all.",
    );
    assert_eq!(
        got,
        [
            own("city", "Maren Holt", "ban", Stance::Favor),
            own("city", "Maren Holt", "parking", Stance::Favor),
            own("riders", "Oskar Lind", "ban", Stance::Conditional),
        ],
        "{got:#?}"
    );
}

/// Round 8: positions said as views held, as analysis writes them: "X's
/// view is that …", "In its reading, …", "In X's account, …", "holds
/// that", "believe", "contends". The speaker is the possessor, without
/// its "'s". A sentence opening with "In the old town," is no one's.
#[test]
fn round_8_views_held() {
    let got = scooter(
        "The council's view is that the ban is overdue. In its reading, scooters block the \
         pavements every night.\n\nIn the Riders' Union's account, the parking bays must come \
         first.\n\nOld Town Traders believe the ban will save the old town. Zipp contends that \
         parking bays would help.\n\nIn the old town, the ban is popular.",
    );
    assert_eq!(
        got,
        [
            own("city", "Velde City Council", "ban", Stance::Favor),
            own("city", "Velde City Council", "ban", Stance::Against),
            own("riders", "Riders' Union", "parking", Stance::Favor),
            own("shops", "Old Town Traders", "ban", Stance::Favor),
            own("zipp", "Zipp", "parking", Stance::Favor),
        ],
        "{got:#?}"
    );
    let got = scooter("The Riders' Union holds that the ban is a mistake.");
    assert_eq!(
        got,
        [own("riders", "Riders' Union", "ban", Stance::Against)]
    );
}

/// Round 8: negations that do not turn the speaker's stance: a negative
/// pronoun ("nothing less than", "Nobody is saying …"), a negation inside
/// a condition or an alternative ("whether riders like it or not"), and
/// "not enough" (more is wanted).
#[test]
fn round_8_negations_that_do_not_turn_the_stance() {
    one_stance_each(&[
        (
            "Maren Holt said nothing less than a full ban on scooters would clear the pavements.",
            Stance::Favor,
        ),
        (
            "Ines Berg said the old town needed the ban on scooters whether riders liked it or \
             not.",
            Stance::Favor,
        ),
        (
            "Ines Berg said the ban on scooters was not enough and should cover the whole city.",
            Stance::Favor,
        ),
        (
            "Maren Holt said nobody was asking riders to sell their scooters, and the ban \
             would stay.",
            Stance::Favor,
        ),
        // (A negation of the speaker's own verb still turns it.)
        (
            "Oskar Lind said the riders would not accept the ban on scooters.",
            Stance::Against,
        ),
    ]);
}

/// Round 8: a noun of restriction that is the topic itself ("Fare cap")
/// is what the proposition proposes, even when the proposition says it
/// without the word ("… cost no more than two crowns").
#[test]
fn round_8_a_restriction_that_is_the_topic() {
    let profile = "\
topics:
  - id: cap
    label: Fare cap
    keywords: [cap, fares]
    propositions:
      - Bus fares cost no more than two crowns
parties:
  - id: city
    name: Velde City Council
    aliases: [council, Maren Holt]
";
    let got = claims_with(
        profile,
        "fare-profile.yaml",
        "Fare row",
        "Maren Holt said the cap was fair to every rider.",
    );
    assert_eq!(got, [own("city", "Maren Holt", "cap", Stance::Favor)]);
}

/// Round 8: a condition that is only the proposition's fate ("if the ban
/// passes", "if it were approved", "if it was cancelled") makes no
/// conditional stance: what the speaker says will follow is the stance (a
/// court case if it passes is against it). A condition that adds a term
/// ("if the bays were built first", "adopted unchanged") is a condition.
#[test]
fn round_8_a_condition_that_is_the_propositions_fate() {
    one_stance_each(&[
        (
            "Oskar Lind said that if the ban passed, the riders would see the council in court.",
            Stance::Against,
        ),
        (
            "\u{201C}If this ban passes, we will see them in court,\u{201D} Oskar Lind said.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the union would take the case to court if the ban were approved.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the riders would fight the ban if it was approved.",
            Stance::Against,
        ),
        (
            "Ines Berg said the old town would be ruined if the ban were rejected.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the riders would accept the ban if the city paid for helmets first.",
            Stance::Conditional,
        ),
        (
            "Oskar Lind said the union would go to court if the ban was adopted unchanged.",
            Stance::Conditional,
        ),
    ]);
}

/// Round 8: evasions are neutral statements: "declined to say how it
/// would vote", "would not commit on", "would not say whether"; "Its
/// statement" is its maker's.
#[test]
fn round_8_evasions_are_neutral() {
    one_stance_each(&[
        (
            "Zipp declined to say how it would vote on the ban.",
            Stance::Neutral,
        ),
        ("Oskar Lind would not commit on the ban.", Stance::Neutral),
        (
            "Zipp said it had no comment on the ban on scooters.",
            Stance::Neutral,
        ),
        (
            "Ines Berg would not say whether the traders backed the ban.",
            Stance::Neutral,
        ),
    ]);
    let got = scooter(
        "The Riders' Union said the ban should wait. Its statement did not say whether the \
         riders would go to court over the ban.",
    );
    assert_eq!(
        got.last(),
        Some(&own("riders", "Riders' Union", "ban", Stance::Neutral)),
        "{got:#?}"
    );
}

/// Mutants of `label_name`: an interview's last-name label ("Holt:") is
/// the full name met before it, found among names of two capitalised
/// words, back to the first lower-case word ("Reporters interviewed
/// Maren Holt"). A last name standing alone before ("Holt has led …")
/// is not that mention, and the label itself is not looked at: a
/// question ending with the name ("… for Maren Holt") does not make the
/// speaker "Maren Holt Holt".
#[test]
fn mutants_an_interview_label_is_the_full_name_met_before() {
    for text in [
        "Reporters interviewed Maren Holt, who drafted the rules.\n\n\
         Q: Why does the old town need the ban on scooters now?\n\n\
         Holt: Because the pavements are full every evening. The ban is overdue.",
        "We spoke to Maren Holt. Holt has led the council since 2019.\n\n\
         Q: Why does the old town need the ban on scooters now?\n\n\
         Holt: Because the pavements are full every evening. The ban is overdue.",
        "We spoke to Maren Holt, who drafted the rules.\n\n\
         Q: A question for Maren Holt\n\n\
         Holt: Because the pavements are full every evening. The ban is overdue.",
    ] {
        assert_eq!(
            scooter(text),
            [own("city", "Maren Holt", "ban", Stance::Favor)],
            "{text}"
        );
    }
    // People of a party a profile names so: "The fans said".
    let fans = SCOOTER.replace("[union, Oskar Lind]", "[union, Oskar Lind, fans]");
    let got = claims_with(
        &fans,
        "fans.yaml",
        "Scooter row",
        "The fans said the ban on scooters was a mistake.",
    );
    assert_eq!(got, [own("riders", "fans", "ban", Stance::Against)]);
}

/// Mutants of the evasion arm of `declared_neutral` ("would not commit",
/// "declined to say how"): a verb of telling is an evasion only when it
/// is negated and says nothing after it but "whether", "how", "to" …
/// Committing to a thing is backing it, and "did not say the ban … was a
/// mistake" is no refusal to say.
#[test]
fn mutants_an_evasion_is_negated_and_open() {
    one_stance_each(&[
        (
            "Ines Berg said the traders would commit to the ban on scooters.",
            Stance::Favor,
        ),
        (
            "Old Town Traders will commit to the ban on scooters, Ines Berg said.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the council did not say the ban on scooters was a mistake.",
            Stance::Favor,
        ),
        // A comma or a semicolon after the negated verb: still an evasion.
        (
            "Ines Berg said the traders would not commit, for now, to the ban on scooters.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the traders would not commit; the ban on scooters was still being \
             drafted.",
            Stance::Neutral,
        ),
    ]);
}

/// Mutants of `fate_of`: a condition is the proposition's fate however
/// it is worded: "if", "once", "should"; "goes ahead", "went ahead";
/// "it" for the thing; a negation ("if the ban was not approved" is its
/// stopping); a few words after the verb ("next week as planned"). "If
/// it went to the whole city" is no going ahead but a term.
#[test]
fn mutants_a_fate_however_it_is_worded() {
    one_stance_each(&[
        (
            "Oskar Lind said the riders would go to court if the ban goes ahead.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the riders would go to court if the ban went ahead.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the riders would go to court over the ban if it was approved.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the riders would go to court once the ban is imposed.",
            Stance::Against,
        ),
        (
            "Ines Berg said the old town would be ruined should the ban be dropped.",
            Stance::Favor,
        ),
        (
            "Ines Berg said the old town would be ruined if the ban was not approved.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the riders would go to court if the ban passes next week as \
             planned.",
            Stance::Against,
        ),
        // The verb at most six words after "if"; farther, the clause
        // says more than the thing's fate.
        (
            "Oskar Lind said the riders would go to court if the ban on scooters in town passes.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the riders would go to court if the plan for a ban on scooters is \
             approved.",
            Stance::Conditional,
        ),
        // Going somewhere is no going ahead: a term.
        (
            "Oskar Lind said the riders would accept the ban if it went to the whole city.",
            Stance::Conditional,
        ),
    ]);
}

/// Mutants of the fate block of `stance`: the claim's rule tells the
/// reader why a fate is no condition: what is done if it happens ("court")
/// and whether the consequence follows its happening or its stopping.
#[test]
fn mutants_a_fates_rule_says_what_follows() {
    let profile =
        Profile::from_source(SCOOTER, "scooter-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let rule = |text: &str| {
        let d = draft::draft_document(&format!("Scooter row\n\n{text}\n"), None, &profile);
        assert_eq!(d.claims.len(), 1, "{text}");
        d.claims[0].rule.clone().unwrap_or_default()
    };
    let passes = rule("Oskar Lind said that if the ban passed, the riders would go to court.");
    assert!(
        passes.contains("\"court\" (what is done if it happens)")
            && passes.contains("a consequence if it happens"),
        "{passes}"
    );
    let stopped = rule("Ines Berg said the old town would be ruined if the ban were rejected.");
    assert!(
        stopped.contains("a consequence if it is stopped") && !stopped.contains("what is done"),
        "{stopped}"
    );
}

/// Round 9: "he" and "she" agree in gender with the person they refer
/// to. A pronoun that follows the last person named tells that person's
/// gender; a later pronoun of the other gender is not that person's.
#[test]
fn round_9_pronouns_agree_in_gender() {
    // "she" after Ines Berg: Ines is a woman, so "He" two sentences on
    // is Oskar Lind, not the last speaker.
    let got = scooter(
        "Union leader Oskar Lind said the ban was unfair. Trader Ines Berg said the ban \
         would save the old town. \"The pavements are ours again,\" she said. He said \
         the union would fight the ban in court.",
    );
    let against: Vec<_> = got.iter().filter(|c| c.3 == Stance::Against).collect();
    assert_eq!(against.len(), 2, "{got:?}");
    assert!(
        against
            .iter()
            .all(|c| c.0 == "riders" && c.1.ends_with("Oskar Lind")),
        "{got:?}"
    );
    // No person of that gender in sight: no speaker is guessed.
    let got = scooter(
        "Trader Ines Berg said the ban would save the old town. \"The pavements are \
         ours again,\" she said. He said the ban was unfair.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .all(|c| c.1.ends_with("Ines Berg") && c.3 == Stance::Favor),
        "{got:?}"
    );
}

/// Round 9: a person named later in a sentence that names none at its
/// start is the one a following "he" or "she" refers to: in apposition
/// to a role, or a known person's name before a verb.
#[test]
fn round_9_persons_named_within_a_sentence() {
    let got = scooter(
        "Zipp said the ban was a mistake. The traders met on Monday, and their chair, \
         Ines Berg, spent the evening with the riders. She said the ban would save the old town.",
    );
    assert!(
        got.contains(&own("shops", "Ines Berg", "ban", Stance::Favor)),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.0 == "zipp" && c.3 == Stance::Favor),
        "{got:?}"
    );
    let got = scooter(
        "Oskar Lind said the ban was unfair. Ines Berg said the ban would save the old \
         town. Late in the evening Lind spoke again. He said the ban would hurt \
         every rider in the city.",
    );
    let against: Vec<_> = got.iter().filter(|c| c.3 == Stance::Against).collect();
    assert_eq!(against.len(), 2, "{got:?}");
    assert!(against.iter().all(|c| c.1 == "Oskar Lind"), "{got:?}");
}

/// Round 9: "the mayor" is the person last named with that title, not
/// the last person who spoke.
#[test]
fn round_9_a_role_noun_is_the_person_with_that_title() {
    let got = scooter(
        "Mayor Maren Holt said the ban would stay. Union leader Oskar Lind said the \
         ban was unfair. The mayor said the city would build parking bays.",
    );
    assert!(
        got.contains(&own("city", "Maren Holt", "parking", Stance::Favor)),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.2 == "parking" && c.0 != "city"),
        "{got:?}"
    );
    // In apposition after the role: "its chair, Oskar Lind,".
    let got = scooter(
        "The committee met on Monday, and its chair, Oskar Lind, spoke first. Ines Berg \
         said the ban would save the old town. The chair said the ban was unfair.",
    );
    assert!(
        got.contains(&own("riders", "Oskar Lind", "ban", Stance::Against)),
        "{got:?}"
    );
}

/// Round 9: positions stated in the writer's words, as analyses put
/// them: a view taken ("takes the view that", "regards X as", "frames X
/// as", "described X as"), a refusal after "so far", sides not taken.
#[test]
fn round_9_views_refusals_and_sides_not_taken() {
    one_stance_each(&[
        (
            "The union has so far refused to accept the ban.",
            Stance::Against,
        ),
        (
            "The council takes the view that the ban is overdue.",
            Stance::Favor,
        ),
        (
            "The council regards the ban as the only way to clear the pavements.",
            Stance::Favor,
        ),
        (
            "Oskar Lind frames the ban as a fair test of the old town's patience.",
            Stance::Favor,
        ),
        (
            "Zipp has declined to take sides on the ban.",
            Stance::Neutral,
        ),
    ]);
    // A participle is no statement: "described in a council paper".
    assert!(
        scooter("The ban, described in a council paper as temporary, starts in May.").is_empty()
    );
}

/// Round 9: a role in a place named ("The riders' union branch in
/// Velde") is the subject, not the place.
#[test]
fn round_9_a_branch_in_a_place() {
    assert_eq!(
        only_claim("The riders' union branch in Velde still backs the ban."),
        ("riders".to_string(), "ban".to_string(), Stance::Favor)
    );
}

/// The party, topic and stance of the one claim drafted from `text`
/// (with the scooter profile); fails if there is not exactly one.
fn only_claim(text: &str) -> (String, String, Stance) {
    let got = scooter(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    let (party, _, topic, stance) = got[0].clone();
    (party, topic, stance)
}

/// Round 9: "The group" after an organisation named in the sentence
/// before is that organisation, also when the sentence opens with it.
#[test]
fn round_9_the_group_named_before() {
    let got = scooter("Zipp welcomed the ban. The group wants the ban doubled.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|c| c.0 == "zipp" && c.2 == "ban"), "{got:?}");
}

/// Round 9: an accusation of what another wants ("accused the union of
/// wanting to scrap the ban") is no statement of the speaker's position;
/// an accusation of what another did still is a statement.
#[test]
fn round_9_an_accusation_of_wanting_is_no_position() {
    assert!(
        scooter("Mayor Maren Holt accused the union of wanting to scrap the ban altogether.")
            .is_empty()
    );
    let got = scooter("Oskar Lind accused the council of hiding the cost of the ban.");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// Round 9: "they" is a group, an organisation or people unnamed, not
/// the last person named.
#[test]
fn round_9_they_is_no_single_person() {
    let got = scooter(
        "Ines Berg said the ban would save the old town. The ban, they said, meant the \
         loss of 300 jobs.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let got = scooter(
        "Zipp officials said the ban was unfair. The ban, they said, meant the loss of 300 jobs.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

/// Round 9: an answer is on the topic of the question the sentence
/// opens with ("Asked whether …, X said: “…”").
#[test]
fn round_9_an_answer_is_on_the_question_asked() {
    assert_eq!(
        only_claim(
            "Asked whether the city would build parking bays, Maren Holt said: \"No. The old \
             town has no room for scooters.\"",
        ),
        ("city".to_string(), "parking".to_string(), Stance::Against)
    );
}

/// Round 9: an interview's answer is on the topic of the question
/// just before it ("Q: Will the city build parking bays?" "Holt: No.
/// …"), and an answer without a topic word of its own is drafted.
#[test]
fn round_9_an_interview_answer_is_on_its_question() {
    let got = scooter(
        "We spoke to Mayor Maren Holt.\n\nQ: Will the city build parking bays?\n\nHolt: No. \
         The old town has no room for scooters.\n\nQ: And the ban?\n\nHolt: It stays. The \
         pavements are for people.",
    );
    assert_eq!(
        got,
        vec![
            own("city", "Maren Holt", "parking", Stance::Against),
            own("city", "Maren Holt", "ban", Stance::Favor),
        ]
    );
}

/// Round 9: a denial corrected by the next sentence, whose subject is
/// "they" or "we" after a noun ("Our members do not oppose clean
/// streets. They oppose the ban."): the correction is the stance.
#[test]
fn round_9_a_denial_corrected_by_they() {
    one_stance_each(&[(
        "\"Our members do not oppose clean streets. They oppose the ban,\" Oskar Lind said.",
        Stance::Against,
    )]);
}

/// (speaker, stance, quote, rule) of every claim drafted with the scooter
/// profile.
fn scooter_rules(text: &str) -> Vec<(String, Stance, String, String)> {
    let profile =
        Profile::from_source(SCOOTER, "scooter-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(&format!("Scooter row\n\n{text}\n"), None, &profile);
    d.claims
        .iter()
        .map(|c| {
            (
                c.speaker.clone(),
                c.stance,
                c.quote.clone(),
                c.rule.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// Mutants of `view_noun`: every noun of a held view makes "X's NOUN is
/// that …" a statement of X's, and the claim's rule names that noun as
/// its cue.
#[test]
fn mutants_every_noun_of_a_view_held() {
    for noun in [
        "view",
        "position",
        "argument",
        "contention",
        "belief",
        "stance",
        "opinion",
        "reading",
        "account",
        "assessment",
        "judgement",
        "judgment",
        "estimation",
        "telling",
        "words",
    ] {
        let text = format!("The council's {noun} is that the ban on scooters is overdue.");
        let got = scooter_rules(&text);
        assert_eq!(got.len(), 1, "{text}: {got:#?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1),
            ("Velde City Council", Stance::Favor),
            "{text}"
        );
        assert_eq!(got[0].2, "the ban on scooters is overdue", "{text}");
        assert!(
            got[0]
                .3
                .starts_with(&format!("reported speech (cue \"{noun}\")")),
            "{text}: {}",
            got[0].3
        );
    }
    // A noun that holds no view is no statement.
    assert_eq!(
        scooter("The council's plan is that the ban on scooters is overdue."),
        []
    );
}

/// Mutants of `label_name`'s walk back from a last name ("Dahl:") to the
/// name met before it: the capitalised words right before the last name
/// and no more: not the lower-case word before them ("We spoke to"), not
/// a capitalised word that opens a sentence ("Later"), and a name that
/// opens its paragraph is found too. (The speaker is no party of the
/// profile: the name is what the reader sees.)
#[test]
fn mutants_a_label_is_the_name_met_before_and_no_more() {
    for first in [
        "Erik Dahl rides to work every day.",
        "We spoke to Erik Dahl, who rides to work.",
        "Later Erik Dahl, who rides to work, spoke to us.",
    ] {
        let got = scooter(&format!(
            "{first}\n\nQ: Why does the old town need the ban on scooters now?\n\n\
             Dahl: Because the pavements are full every evening. The ban is overdue."
        ));
        let who: Vec<_> = got.iter().map(|c| (c.0.as_str(), c.1.as_str())).collect();
        assert_eq!(who, [("erik-dahl", "Erik Dahl")], "{first}");
    }
}

/// Mutants of the evasion arm of `declared_neutral` (`t + 1 >= z`): a
/// refusal to commit followed by its reason ("because …", "while …") is
/// still an evasion: the statement's main clause ends at the verb.
#[test]
fn mutants_an_evasion_with_its_reason_is_still_an_evasion() {
    one_stance_each(&[
        (
            "Ines Berg said the traders would not commit because the ban on scooters was still \
             being drafted.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the traders would not commit while the ban on scooters was still \
             being drafted.",
            Stance::Neutral,
        ),
    ]);
}

/// Mutants of `possessor`: the holder of a view is the whole name before
/// the "'s" (an organisation the profile does not know, so the name is
/// what the reader sees), back to its determiner and not past a comma
/// ("Unlike the council, Zipp's view"); a name that opens the paragraph
/// ("Zipp's view") is found; "In our view" (the paper's own) is no one's
/// statement.
#[test]
fn mutants_the_holder_of_a_view_is_the_whole_name() {
    let who = |text: &str| -> Vec<(String, String, Stance)> {
        scooter(text).into_iter().map(|c| (c.0, c.1, c.3)).collect()
    };
    for text in [
        "The Velde Cycling Club's view is that the ban on scooters is overdue.",
        "Maren Holt spoke first. The Velde Cycling Club's view is that the ban on scooters is \
         overdue.",
        "In the Velde Cycling Club's view, the ban on scooters is overdue.",
    ] {
        assert_eq!(
            who(text).last(),
            Some(&(
                "velde-cycling".to_string(),
                "Velde Cycling Club".to_string(),
                Stance::Favor
            )),
            "{text}"
        );
    }
    for text in [
        "Zipp's view is that the ban on scooters is overdue.",
        "Unlike the council, Zipp's view is that the ban on scooters is overdue.",
    ] {
        assert_eq!(
            scooter(text),
            [own("zipp", "Zipp", "ban", Stance::Favor)],
            "{text}"
        );
    }
    assert_eq!(
        scooter("Maren Holt spoke to reporters on Monday. In our view, the ban is overdue."),
        []
    );
    // Lower-case words of the name are the name's too ("The cycling
    // club's", the club's alias).
    let club = "\
topics:
  - id: ban
    label: The scooter ban
    keywords: [ban, scooters]
    propositions:
      - Rental e-scooters are barred from the old town
parties:
  - id: club
    name: Velde Cycling Club
    aliases: [cycling club]
";
    assert_eq!(
        claims_with(
            club,
            "club-profile.yaml",
            "Scooter row",
            "The cycling club's view is that the ban on scooters is overdue."
        ),
        [own("club", "Velde Cycling Club", "ban", Stance::Favor)]
    );
}

/// Mutants of `view_of`: "in X's view" inside a sentence is part of what
/// its speaker said, not a second statement of X's; a fronted view ("In
/// its reading, …") says the clause after its comma; a view only named
/// ("Zipp's view of that ban is not known") is no statement.
#[test]
fn mutants_a_view_inside_what_is_said_is_the_speakers() {
    assert_eq!(
        scooter_rules("Oskar Lind said that in the union's view, the ban is a mistake."),
        [(
            "Oskar Lind".to_string(),
            Stance::Against,
            "in the union's view, the ban is a mistake".to_string(),
            "reported speech (cue \"said\"); speaker by alias \"Oskar Lind\"; topic by keywords \
             in what was said \"ban\"; stance by \"mistake\" (harm)"
                .to_string()
        )]
    );
    let got = scooter_rules(
        "The council met on Monday. In its reading, scooters block the pavements every night.",
    );
    let said: Vec<_> = got.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
    assert_eq!(
        said,
        [(
            "Velde City Council",
            "scooters block the pavements every night"
        )],
        "{got:#?}"
    );
    assert_eq!(scooter("Zipp's view of that ban is not known."), []);
    // A view opening the article; a view reported by another speaker
    // is the holder's alone (what the reporter said ends where the
    // holder's name starts).
    assert_eq!(
        scooter_rules("In Zipp's view, the ban on scooters is overdue."),
        [(
            "Zipp".to_string(),
            Stance::Favor,
            "the ban on scooters is overdue".to_string(),
            "reported speech (cue \"view\"); speaker by alias \"Zipp\"; topic by keywords in \
             what was said \"ban\", \"scooters\"; stance by \"overdue\" (approval)"
                .to_string()
        )]
    );
    for (text, holder) in [
        (
            "Maren Holt said the council's view is that the ban on scooters is overdue.",
            own("city", "Velde City Council", "ban", Stance::Favor),
        ),
        (
            "Maren Holt said that Zipp's view is that the ban on scooters is overdue.",
            own("zipp", "Zipp", "ban", Stance::Favor),
        ),
    ] {
        assert_eq!(scooter(text), [holder], "{text}");
    }
}

/// Mutants of `undecided_at` (an undecided statement without a verb of
/// saying): "has not decided" and "would not commit" at the end of their
/// sentence or before a comma are neutral statements; "has not made up its losses" is no
/// statement of a mind not made up, and "decided on Monday how it would
/// vote" is a decision taken; "refused to accept" is a refusal,
/// against, not an evasion like "refused to say".
#[test]
fn mutants_undecided_without_a_verb_of_saying() {
    let lede = "Maren Holt said the ban would calm the old town. ";
    let holt = own("city", "Maren Holt", "ban", Stance::Favor);
    let zipp = own("zipp", "Zipp", "ban", Stance::Neutral);
    let riders = own("riders", "Riders' Union", "ban", Stance::Neutral);
    for (text, want) in [
        ("Zipp has not decided.", vec![holt.clone(), zipp.clone()]),
        (
            "Zipp has not decided, and its riders are waiting.",
            vec![holt.clone(), zipp.clone()],
        ),
        (
            "Zipp has not made up its losses from the ban.",
            vec![holt.clone()],
        ),
        // "would not commit" at the end of its sentence or before a comma.
        (
            "The Riders' Union would not commit.",
            vec![holt.clone(), riders.clone()],
        ),
        (
            "The Riders' Union would not commit, for now.",
            vec![holt.clone(), riders.clone()],
        ),
    ] {
        assert_eq!(scooter(&format!("{lede}{text}")), want, "{text}");
    }
    // A decision taken ("decided … how it would vote") says no stance.
    assert_eq!(
        scooter(&format!(
            "{lede}The Riders' Union decided on Monday how it would vote on the ban."
        )),
        [holt]
    );
    let got = scooter_rules("Zipp refused to accept the ban on scooters.");
    assert_eq!(
        got.iter().map(|c| (c.1, c.3.as_str())).collect::<Vec<_>>(),
        [(
            Stance::Against,
            "reported speech (cue \"refused\"); speaker by alias \"Zipp\"; topic by keywords in \
             what was said \"ban\", \"scooters\"; stance by cue \"refused\""
        )]
    );
}

/// Mutants of `declared_neutral`'s "not reached" rule ("had not taken a
/// position", "has not reached a view"): only a negated verb of taking
/// or reaching makes the noun undecided; "had not changed its view that
/// the ban is a mistake" keeps the view, against. A statement opening
/// the article with such a noun ("Any decision on the ban …") is read
/// without looking before its first word (its stance is not pinned
/// here: "will come in May" is no position, yet drafts FAVOR).
#[test]
fn mutants_a_view_not_reached_needs_a_verb_of_reaching() {
    one_stance_each(&[(
        "Oskar Lind said the union had not changed its view that the ban is a mistake.",
        Stance::Against,
    )]);
    let got = scooter("Any decision on the ban will come in May, Zipp said.");
    let who: Vec<_> = got
        .iter()
        .map(|c| (c.0.as_str(), c.1.as_str(), c.2.as_str()))
        .collect();
    assert_eq!(who, [("zipp", "Zipp", "ban")]);
}

/// Mutants of `declared_neutral`'s arms: "undecided" beside a word of
/// opposition in the same clause ("still undecided about opposing the
/// ban", "undecided whether to fight the ban") is still a declared
/// neutrality (not only a report on the state of things, which needs a
/// statement with no other signal).
#[test]
fn mutants_undecided_beside_other_signals_is_neutral() {
    one_stance_each(&[
        (
            "Ines Berg said the traders were still undecided about opposing the ban.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the traders were undecided whether to fight the ban.",
            Stance::Neutral,
        ),
    ]);
}

/// Mutants of `declared_neutral`'s arms: "sides" and "comment" declare
/// neutrality only in "would not take sides" and "had no comment"; "not
/// fair to both sides" (a negation near "sides", no verb of taking) and
/// "every comment she had heard" are words of the statement.
#[test]
fn mutants_sides_and_comment_in_a_position() {
    one_stance_each(&[
        (
            "Oskar Lind said the ban was not fair to both sides.",
            Stance::Against,
        ),
        (
            "Maren Holt said every comment she had heard backed the ban.",
            Stance::Favor,
        ),
    ]);
}

/// Mutants of `declared_neutral`'s "sides" and "view" arms: "did not
/// want to take sides" is neutral (the negation four words before the
/// verb); "her view on the ban was simple: …" states the view (only "no
/// view on" declares none); a statement whose first word is the noun
/// ("Opinion on the ban is divided", "Sides were taken", "Decisions on
/// the ban", "Her mind is made up", "Weighing the ban", "Comment on the
/// ban", "To decide on the ban", at the article's start) is read without
/// looking before its first word.
#[test]
fn mutants_sides_and_views_declared_or_stated() {
    one_stance_each(&[
        (
            "Oskar Lind said the union did not want to take sides on the ban.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said her view on the ban was simple: the old town needed it.",
            Stance::Favor,
        ),
        ("Opinion on the ban is divided, Zipp said.", Stance::Neutral),
        // A mind not to be changed, or made up not to back a thing, is
        // made up: only a negation before "made up its mind" undoes it.
        (
            "Ines Berg said nothing would change her mind: the old town needed the ban.",
            Stance::Favor,
        ),
        (
            "Zipp said it had made up its mind not to back the ban.",
            Stance::Against,
        ),
    ]);
    // (Their stance is not pinned: a report of sides taken and a
    // decision put off are drafted FAVOR, and so are a mind made up on a
    // thing without saying how, a thing being weighed, comment on it
    // and the time a decision takes.)
    for (text, who) in [
        ("Sides were taken on the ban long ago, Zipp said.", "Zipp"),
        (
            "Decisions on the ban will wait until May, Zipp said.",
            "Zipp",
        ),
        (
            "Her mind is made up on the ban, Ines Berg said.",
            "Ines Berg",
        ),
        ("Weighing the ban will take months, Zipp said.", "Zipp"),
        ("Comment on the ban was swift, Zipp said.", "Zipp"),
        ("To decide on the ban will take months, Zipp said.", "Zipp"),
    ] {
        let got = scooter(text);
        let said: Vec<_> = got.iter().map(|c| (c.1.as_str(), c.2.as_str())).collect();
        assert_eq!(said, [(who, "ban")], "{text}");
    }
    // Complying whatever is decided is neutral; "any", "every" three
    // words on is something else ("in every street").
    one_stance_each(&[(
        "Zipp said it would comply with the ban in every street.",
        Stance::Favor,
    )]);
}

/// Mutants of `declared_neutral`'s "studying" arm: "still weighing" is
/// undecided even beside a negation ("and had not yet met the
/// council"); "considering" after a comma ("backed the ban, considering
/// the chaos") is no weighing; weighing an act against the thing ("a
/// court challenge to the ban", a word of opposition without
/// "against") is against it.
#[test]
fn mutants_weighing_a_thing_and_weighing_an_act_against_it() {
    one_stance_each(&[
        (
            "Zipp said it was still weighing the ban and had not yet met the council.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the traders backed the ban, considering the chaos on the pavements.",
            Stance::Favor,
        ),
        (
            "Zipp said it was considering a court challenge to the ban.",
            Stance::Against,
        ),
    ]);
}

/// Mutants of `declared_neutral`'s "decide" arm: "had yet to decide
/// whether to oppose" is undecided, whatever the word of opposition;
/// "would meet … to decide how to oppose the ban" is against it.
#[test]
fn mutants_yet_to_decide() {
    one_stance_each(&[
        (
            "Ines Berg said the traders had yet to decide whether to oppose the ban.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the traders would meet on Monday to decide how to oppose the ban.",
            Stance::Against,
        ),
    ]);
}

/// Mutants of `declared_neutral`'s "side" and "give" arms: only "took no
/// side" declares neutrality ("put the council on the side of people
/// who walk" takes one), and only giving a view later ("would give her
/// view … when …") puts a view off; "would give the old town back its
/// pavements after years of chaos" is for the ban.
#[test]
fn mutants_a_side_taken_and_a_thing_given() {
    one_stance_each(&[
        (
            "Maren Holt said the ban put the council on the side of people who walk.",
            Stance::Favor,
        ),
        // ("Side" as the article's first word: nothing before it is read.)
        (
            "Side by side with the council, the traders backed the ban, Ines Berg said.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the ban would give the old town back its pavements after years of \
             chaos.",
            Stance::Favor,
        ),
        // (A view put off, far into the article: "when" is looked for
        // after "give", wherever "give" is.)
        (
            "Ines Berg spoke to the traders on Monday morning. Maren Holt said she would give \
             her view on the ban when the report was published.",
            Stance::Neutral,
        ),
    ]);
}

/// Mutants of `declared_neutral`'s "know" arm: not knowing enough is
/// undecided; knowing ("riders know the ban is coming") is no
/// neutrality.
#[test]
fn mutants_not_knowing_is_undecided() {
    one_stance_each(&[
        (
            "Zipp said it did not know enough about the ban yet.",
            Stance::Neutral,
        ),
        (
            "Maren Holt said riders know the ban is coming.",
            Stance::Favor,
        ),
    ]);
}

/// Round 9: an answer still to come ("will say whether it backs the
/// ban", "would decide whether to back it") is a neutral statement.
#[test]
fn round_9_an_answer_to_come_is_neutral() {
    one_stance_each(&[
        (
            "The Riders' Union will say whether it backs the ban on Monday.",
            Stance::Neutral,
        ),
        (
            "Zipp said it would decide whether to back the ban after the summer.",
            Stance::Neutral,
        ),
    ]);
}

/// Round 9 (found by the mutation runs): "did not mind" is acceptance,
/// and a position "has not been reached" (the passive) is undecided.
#[test]
fn round_9_not_minding_and_a_position_not_reached() {
    one_stance_each(&[
        ("Ines Berg said riders did not mind the ban.", Stance::Favor),
        (
            "A clear position on the ban has not been reached, Zipp said.",
            Stance::Neutral,
        ),
    ]);
}

/// Round 10: a statement with no reason for its stance takes the stance
/// of its party's reasoned statements toward the same proposition when
/// most are against; a statement with its own reason keeps it, and a
/// party with no reasoned statement against keeps the default.
#[test]
fn round_10_an_unreasoned_statement_follows_its_party() {
    let got = scooter(
        "The Riders' Union rejected the ban. Oskar Lind said scooters are how our members \
         earn a living.",
    );
    assert_eq!(
        got,
        [
            own("riders", "Riders' Union", "ban", Stance::Against),
            own("riders", "Oskar Lind", "ban", Stance::Against),
        ]
    );
    let got = scooter(
        "Zipp welcomed the ban. Oskar Lind said scooters are how our members earn a living.",
    );
    assert!(
        got.contains(&own("riders", "Oskar Lind", "ban", Stance::Favor)),
        "{got:?}"
    );
    for said in ["the ban was overdue", "many riders supported the ban"] {
        let got = scooter(&format!(
            "The Riders' Union rejected the ban. Oskar Lind said {said}."
        ));
        assert!(
            got.contains(&own("riders", "Oskar Lind", "ban", Stance::Favor)),
            "{said}: {got:?}"
        );
    }
}

/// Round 10: a quotation whose first sentence gives no reason for a
/// stance takes the first later sentence that names the topic and does;
/// a later sentence that does not name it is not read.
#[test]
fn round_10_a_later_sentence_of_the_quotation() {
    one_stance_each(&[
        (
            "\"Riders came in their hundreds. There is no case for a ban on scooters,\" Oskar \
             Lind said.",
            Stance::Against,
        ),
        (
            "\"Scooters came in their hundreds. Nobody could miss it,\" Oskar Lind said.",
            Stance::Favor,
        ),
    ]);
}

/// Round 10: "if it won the next election", "if it returned to power":
/// a party's pledge for when it governs, no condition of its stance.
#[test]
fn round_10_a_pledge_for_when_in_power() {
    one_stance_each(&[
        (
            "The Riders' Union said it would scrap the ban if it won the next election.",
            Stance::Against,
        ),
        (
            "Zipp said it would end the ban if it returned to power.",
            Stance::Against,
        ),
        (
            "The Riders' Union said it would back the ban if the city built more racks.",
            Stance::Conditional,
        ),
    ]);
}

/// Round 10: "no doubt", "no question that", "no hesitation" are
/// certainty, no refusal; words of approval ("overdue", "essential")
/// are a reason in favour, turned by a negation.
#[test]
fn round_10_certainty_and_approval() {
    one_stance_each(&[
        (
            "Zipp said it had \"no doubt that the ban is right.\"",
            Stance::Favor,
        ),
        (
            "Ines Berg said there was no question that the ban on scooters was right.",
            Stance::Favor,
        ),
        (
            "Zipp said the ban on scooters is not essential.",
            Stance::Against,
        ),
    ]);
    let got = scooter_rules("Zipp said the ban on scooters is overdue.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].3.ends_with("stance by \"overdue\" (approval)"),
        "{got:?}"
    );
}

/// Round 10: after a quotation, asking is saying ("“…?” its leader,
/// Oskar Lind, asked", "“…?” asks Ines Berg").
#[test]
fn round_10_asked_after_a_quotation() {
    let got = scooter(
        "The Riders' Union called the ban a disgrace. Maren Holt spoke first. \"What next? A \
         ban on bicycles?\" its leader, Oskar Lind, asked in the council.\n\n\"Who pays for \
         the parking bays?\" asks Ines Berg.",
    );
    assert!(
        got.iter()
            .any(|c| c.0 == "riders" && c.1 == "Oskar Lind" && c.2 == "ban"),
        "{got:?}"
    );
    assert!(
        got.contains(&own("shops", "Ines Berg", "parking", Stance::Favor)),
        "{got:?}"
    );
}

/// Round 10: a person named after a role noun ("His colleague Ines Berg
/// did not.") is the next "she", named by her name alone.
#[test]
fn round_10_a_role_then_a_name() {
    let got = scooter(
        "Oskar Lind backed the ban. His colleague Ines Berg did not. \"Why should the city \
         ban scooters?\" she asked.",
    );
    assert!(
        got.iter().any(|c| c.0 == "shops" && c.1 == "Ines Berg"),
        "{got:?}"
    );
}

/// Round 10: a sentence's subject with a name in apposition ("Its
/// leader, Oskar Lind, calls the ban “…”") is the named person.
#[test]
fn round_10_the_name_in_apposition_to_the_subject() {
    let got = scooter(
        "The Riders' Union met on Monday. Its leader, Oskar Lind, calls the ban \"a gift to \
         the car lobby.\"",
    );
    assert!(
        got.iter().any(|c| c.0 == "riders" && c.1 == "Oskar Lind"),
        "{got:?}"
    );
}

/// Round 10: a second thing said after "and that", on another topic, is
/// a claim of its own.
#[test]
fn round_10_and_that_on_another_topic() {
    let got = scooter("Zipp said it opposed the ban, and that the city should build parking bays.");
    assert_eq!(
        got,
        [
            own("zipp", "Zipp", "ban", Stance::Against),
            own("zipp", "Zipp", "parking", Stance::Favor),
        ]
    );
}

/// Mutants of round 9's `question_asked`: only "Asked" followed by a
/// question word opens a question ("Asked to explain the parking bays,
/// …" is no question, and the claim keeps its own topic), and the rule
/// holds for a sentence anywhere in the article, not only at its start.
#[test]
fn mutants_only_asked_whether_opens_a_question() {
    let got = scooter(
        "Zipp said the ban was unfair. Riders met on Monday. Oskar Lind spoke. Ines Berg \
         spoke. Asked whether the city would build parking bays, Maren Holt said: \"No. The \
         old town has no room for scooters.\"",
    );
    assert!(
        got.contains(&own("city", "Maren Holt", "parking", Stance::Against)),
        "{got:?}"
    );
    let got = scooter("Riders on parking bays, Oskar Lind said, the ban was unfair.");
    assert!(got.iter().all(|c| c.2 == "ban"), "{got:?}");
}

/// Mutants of round 9's `interview_question`: a question's topic goes
/// to the answer right after it, not to a later answer after another
/// speaker's.
#[test]
fn mutants_a_question_is_answered_by_the_next_answer_only() {
    let got = scooter(
        "We spoke to Mayor Maren Holt and to Ines Berg.\n\nQ: Will the city build parking \
         bays?\n\nBerg: The council should pay for them.\n\nHolt: The old town has no room \
         for more scooters.",
    );
    assert!(got.iter().any(|c| c.0 == "city" && c.2 == "ban"), "{got:?}");
    assert!(
        !got.iter().any(|c| c.0 == "city" && c.2 == "parking"),
        "{got:?}"
    );
}

/// Round 10: a name right after a role noun inside a sentence ("On
/// Monday the union's leader Oskar Lind spoke.") is the next "he"; after
/// a possessive and a role ("His party colleague Ines Berg"), the
/// speaker is named by the name alone.
#[test]
fn round_10_a_name_after_a_role_noun() {
    let got = scooter(
        "Maren Holt opened the meeting. On Monday the union's leader Oskar Lind spoke. He \
         said the ban was a disgrace.",
    );
    assert!(
        got.contains(&own("riders", "Oskar Lind", "ban", Stance::Against)),
        "{got:?}"
    );
    let got = scooter(
        "Oskar Lind backed the ban. His party colleague Ines Berg did not. \"Why should the \
         city ban scooters?\" she asked.",
    );
    assert!(
        got.iter().any(|c| c.0 == "shops" && c.1 == "Ines Berg"),
        "{got:?}"
    );
    assert_eq!(
        scooter("For the Riders' Union, its leader Oskar Lind said the ban was a disgrace."),
        [own("riders", "Oskar Lind", "ban", Stance::Against)]
    );
    // (Inside what another says, the name is not the next "he".)
    let got = scooter(
        "Oskar Lind spoke first. He added that the traders' leader Ines Berg would have to \
         accept the ban.",
    );
    assert!(
        got.iter().all(|c| c.1 == "Oskar Lind") && !got.is_empty(),
        "{got:?}"
    );
}

/// Round 10 (seen in the reader on a studied text): "instead" in a
/// clause of its own after ", with" is no alternative to what the main
/// clause says; at the end of the main clause it still is.
#[test]
fn round_10_instead_after_with() {
    one_stance_each(&[
        (
            "Maren Holt said scooters will be barred from the old town, with riders invited \
             to walk instead.",
            Stance::Favor,
        ),
        (
            "Zipp said the council should offer slower scooters instead.",
            Stance::Against,
        ),
    ]);
}

/// Round 10: words of punishment and loss said of the proposition are
/// harm ("a punishment for riders", "would wipe out a trade").
#[test]
fn round_10_punishment_and_loss() {
    one_stance_each(&[
        (
            "Oskar Lind called the ban on scooters \"a punishment for riders.\"",
            Stance::Against,
        ),
        (
            "Zipp said the ban on scooters would wipe out a trade.",
            Stance::Against,
        ),
        (
            "Ines Berg said the ban on scooters was draconian.",
            Stance::Against,
        ),
    ]);
}

/// Round 11: "if that is what it takes", "if need be", "if necessary"
/// are resolve, no condition; "no quarrel with" is acceptance; "would
/// accept whatever … decide" is a declared neutrality.
#[test]
fn round_11_resolve_acceptance_and_whatever() {
    one_stance_each(&[
        (
            "Zipp said it would fight the ban in every court, if that is what it takes.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the union would keep the ban on scooters if need be.",
            Stance::Favor,
        ),
        (
            "Ines Berg said the traders had \"no quarrel with the ban on scooters.\"",
            Stance::Favor,
        ),
        (
            "Maren Holt said the council would accept whatever the court decides on the ban.",
            Stance::Neutral,
        ),
        (
            "Maren Holt said the council would back the ban if the court agreed.",
            Stance::Conditional,
        ),
        // (Mutants of `whatever_it_takes`: only the whole phrase, and "if
        // necessary", are resolve.)
        (
            "Oskar Lind said the union would keep the ban on scooters if necessary.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the council would back the ban if it is paid for by the city.",
            Stance::Conditional,
        ),
        (
            "Maren Holt said the council would back the ban if that is what riders want.",
            Stance::Conditional,
        ),
        (
            "Maren Holt said the council would back the ban if that was not what it took.",
            Stance::Conditional,
        ),
    ]);
}

/// Round 11: killing, loopholes and unease are harm; a harm that the
/// claim removes ("closing a loophole") is none.
#[test]
fn round_11_killing_loopholes_and_unease() {
    one_stance_each(&[
        (
            "Zipp said the ban on scooters would \"kill the scheme.\"",
            Stance::Against,
        ),
        (
            "Oskar Lind said the ban on scooters was a loophole for the car lobby.",
            Stance::Against,
        ),
        (
            "Ines Berg said the traders were uneasy about the ban on scooters.",
            Stance::Against,
        ),
        (
            "Maren Holt said the ban on scooters was closing a loophole.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the ban on scooters was closing loopholes.",
            Stance::Favor,
        ),
    ]);
}

/// Round 11: an undoing verb turns the stance only when what it takes
/// is the topic, a pronoun or a measure: "would end the culture of
/// speeding on pavements" says nothing against the ban, "would end the
/// ban" does.
#[test]
fn round_11_what_is_undone_is_the_topic() {
    one_stance_each(&[
        (
            "Maren Holt said the ban on scooters would end the culture of speeding on pavements.",
            Stance::Favor,
        ),
        (
            "Zipp said it would end the ban on scooters.",
            Stance::Against,
        ),
        (
            "Zipp said it wanted to end the plan to bar scooters.",
            Stance::Against,
        ),
        // (Mutants of `undone_is_the_topic`: what is taken ends at five
        // words, a comma, or a word opening a clause.)
        (
            "Maren Holt said the ban would end the long and bitter quarrel over old town scooters.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the ban would end the culture in which scooters block pavements.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the ban would end the chaos, scooters, vans and all.",
            Stance::Favor,
        ),
    ]);
}

/// Round 11: a name set off before its role, with the role's
/// organisation described after it ("Ilves, the chief executive of
/// Zipp, the firm chosen by the council, told"), is the speaker, a
/// person the next "he" refers to; so is the name set off after a role
/// and a phrase of place ("Her colleague at the meeting, Ines Berg,").
#[test]
fn round_11_a_name_set_off_before_or_after_its_role() {
    let got = scooter(
        "Ilves, the chief executive of Zipp, the firm chosen by the council, told the meeting \
         that the ban would \"kill the scheme.\" He said the company had no objection to \
         parking bays.",
    );
    assert_eq!(
        got,
        [
            own("zipp", "Ilves", "ban", Stance::Against),
            own("zipp", "Ilves", "parking", Stance::Favor),
        ]
    );
    let got = scooter(
        "Maren Holt defended the ban. Her colleague at the meeting, Dr Ines Berg, disagreed \
         with her. She said the ban on scooters was a mistake.",
    );
    assert!(
        got.contains(&own("shops", "Ines Berg", "ban", Stance::Against)),
        "{got:?}"
    );
}

/// Round 11: a second word of harm with no negation between ("unfair
/// and dangerous", "would hurt shops and harm riders") says the same:
/// no turn back to favour.
#[test]
fn round_11_harm_said_twice() {
    one_stance_each(&[
        (
            "Zipp said the ban on scooters was unfair and dangerous.",
            Stance::Against,
        ),
        (
            "Ines Berg said the ban on scooters would hurt shops and harm riders.",
            Stance::Against,
        ),
        (
            "Maren Holt said the ban on scooters was not unfair and would not hurt riders.",
            Stance::Favor,
        ),
    ]);
}

/// Round 11: "not negotiable" is insistence; "out of work", "out of
/// business" and failing are harm; honouring is approval.
#[test]
fn round_11_insistence_failure_and_honour() {
    one_stance_each(&[
        (
            "Maren Holt said the ban on scooters was \"not negotiable.\"",
            Stance::Favor,
        ),
        (
            "Zipp said the ban on scooters would put 200 riders out of work.",
            Stance::Against,
        ),
        (
            "Zipp said the ban on scooters would put every rider out of a job.",
            Stance::Against,
        ),
        (
            "Ines Berg said the ban on scooters would fail.",
            Stance::Against,
        ),
    ]);
    // (A reason of its own: not turned by the party's other statement.)
    let got = scooter(
        "The Riders' Union rejected the ban. Oskar Lind said the union would honour the ban.",
    );
    assert_eq!(
        got,
        [
            own("riders", "Riders' Union", "ban", Stance::Against),
            own("riders", "Oskar Lind", "ban", Stance::Favor),
        ]
    );
}

/// Round 11: "no less than", "not one … less" are "at least"; "cannot
/// afford to wait" is a double negation; "not a luxury", "not a gift"
/// deny a bad name.
#[test]
fn round_11_at_least_and_denied_bad_names() {
    one_stance_each(&[
        (
            "Maren Holt said the ban on scooters should last no less than two years.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the city could not afford to wait for the ban on scooters.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the city could not afford the ban on scooters.",
            Stance::Against,
        ),
        (
            "Maren Holt said the ban on scooters was not a luxury.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the ban on scooters was not a solution.",
            Stance::Against,
        ),
    ]);
}

/// Round 11: a proposition that ends something ("The rental scheme ends
/// in May") is a change: keeping or restoring what it ends opposes it.
#[test]
fn round_11_a_proposition_that_ends_something() {
    const ENDS: &str = "\
topics:
  - id: rentals
    label: Scooter rentals
    keywords: [rentals, rental scheme]
    propositions:
      - The scooter rental scheme ends in May
parties:
  - id: zipp
    name: Zipp
    aliases: [Zipp]
  - id: city
    name: Velde City Council
    aliases: [council, Maren Holt]
";
    let got = claims_with(
        ENDS,
        "ends-profile.yaml",
        "Rentals row",
        "Zipp said it would restore the rentals.\n\nZipp said it would keep the rental \
         scheme running.\n\nMaren Holt said the council could not keep paying for the \
         rentals.",
    );
    let stances: Vec<Stance> = got.iter().map(|c| c.3).collect();
    assert_eq!(
        stances,
        [Stance::Against, Stance::Against, Stance::Favor],
        "{got:?}"
    );
}

/// Round 11: a transcript whose labels are in capitals ("COUNCILLOR
/// MAREN HOLT: …") needs no question before its first answer; the label
/// matches the alias written "Maren Holt" and names the speaker so.
#[test]
fn round_11_a_transcript_in_capitals() {
    let got = scooter(
        "Transcript excerpts from the council's press conference.\n\nCOUNCILLOR MAREN HOLT: \
         The ban on scooters starts in May and it is overdue.\n\nQUESTION (Radio Velde): Who \
         pays for the parking bays?\n\nHOLT: The city will build the parking bays itself, \
         this year.",
    );
    assert_eq!(
        got,
        [
            own("city", "Maren Holt", "ban", Stance::Favor),
            own("city", "Maren Holt", "parking", Stance::Favor),
        ]
    );
}

/// Round 11: a declared neutrality in the clause after "but" that
/// decides is the stance; a delay as a noun ("dismissed talk of delay",
/// "rejected any delay") undoes what it is said of.
#[test]
fn round_11_neutral_after_but_and_a_delay() {
    one_stance_each(&[
        (
            "Maren Holt said the ban on scooters was legal but not binding, and took no view on \
             whether it should stay.",
            Stance::Neutral,
        ),
        (
            "Maren Holt said the ban on scooters could work, but it needed more time.",
            Stance::Favor,
        ),
        (
            "Oskar Lind rejected any delay of the ban on scooters.",
            Stance::Favor,
        ),
        (
            "Zipp called for a delay of the ban on scooters.",
            Stance::Against,
        ),
    ]);
}

/// Round 11: a name in apposition followed by whom the person speaks
/// for ("Another economist, Erik Dahl of the Zipp Institute,") is the
/// speaker, of that organisation's party; an organisation described and
/// then named at the end of its apposition ("The operator, the Berg
/// family's company Zipp,") is known by that name.
#[test]
fn round_11_names_at_the_end_of_an_apposition() {
    let got = scooter(
        "The council voted on Monday. Another economist, Erik Dahl of the free-market Zipp \
         Institute, said the ban on scooters was overdue. \"It should have come years ago,\" he \
         said.",
    );
    assert_eq!(
        got,
        [
            own("zipp", "Erik Dahl", "ban", Stance::Favor),
            own("zipp", "Erik Dahl", "ban", Stance::Favor),
        ]
    );
    for text in [
        "The council voted on Monday. The scooter operator, the Berg family's investment \
         company Zipp, said it welcomed the parking bays.",
        "The council voted on Monday. The company's owner, the Berg family's investment firm \
         Zipp, said it welcomed the parking bays.",
    ] {
        assert_eq!(
            scooter(text),
            [own("zipp", "Zipp", "parking", Stance::Favor)],
            "{text}"
        );
    }
}

/// Round 11: a person named mid-sentence and set off by a role ("From
/// the public benches Erik Dahl, the union's chief spokesman, called
/// out") is known by that full name when named again by surname.
#[test]
fn round_11_a_person_named_mid_sentence_with_a_role() {
    let got = scooter(
        "The council met on Monday. From the public benches Erik Dahl, the Riders' Union's \
         chief spokesman, called out twice. Later Dahl said the ban on scooters was a mistake.",
    );
    assert_eq!(got, [own("riders", "Erik Dahl", "ban", Stance::Against)]);
}

/// Round 11: a statement that goes on after its attribution with "but"
/// or "and" ("He would vote against the ban, he added, but he had no
/// quarrel with parking bays") is one claim before it and one after.
#[test]
fn round_11_a_statement_that_goes_on_after_its_attribution() {
    let got = scooter(
        "Oskar Lind spoke on Monday. He would vote against the ban, he added, but he had no \
         quarrel with parking bays.",
    );
    assert_eq!(
        got,
        [
            own("riders", "Oskar Lind", "ban", Stance::Against),
            own("riders", "Oskar Lind", "parking", Stance::Favor),
        ]
    );
}

/// Round 11: a condition in a later sentence of a quotation is not the
/// stance's condition when the first sentence says the stance; a
/// transcript's label in capitals may have six words, and the summary of
/// an answer that opens with "No." is what follows it.
#[test]
fn round_11_later_conditions_long_labels_and_short_answers() {
    one_stance_each(&[
        (
            "\"We welcome the ban on scooters. If the council asks for more, it will have \
             more,\" Zipp said.",
            Stance::Favor,
        ),
        (
            "\"If the council asks for more, we welcome the ban on scooters,\" Zipp said.",
            Stance::Conditional,
        ),
    ]);
    let profile =
        Profile::from_source(SCOOTER, "scooter-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(
        "Scooter row\n\nTranscript excerpts from the press conference.\n\nVELDE COUNCIL \
         DEPUTY MAYOR MAREN HOLT: The ban on scooters starts in May, as planned.\n\nQUESTION \
         (Radio Velde): Will riders be fined at once?\n\nHOLT: No. The ban on scooters comes \
         with a month of warnings first.\n",
        None,
        &profile,
    );
    let got: Vec<(&str, &str)> = d
        .claims
        .iter()
        .map(|c| (c.speaker.as_str(), c.summary.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Maren Holt", "The ban on scooters starts in May."),
            (
                "Maren Holt",
                "The ban on scooters comes with a month of warnings first."
            ),
        ]
    );
}

/// Round 11 (a fault `mut12` found): after a noun of content ("no doubt
/// that", "the fact that"), "that" opens what is said, no relative
/// clause: its words of harm count.
#[test]
fn round_11_no_doubt_that_opens_what_is_said() {
    one_stance_each(&[
        (
            "Zipp said on Monday there was no doubt that the ban on scooters was unfair.",
            Stance::Against,
        ),
        (
            "Maren Holt said there was no doubt that the ban on scooters was right.",
            Stance::Favor,
        ),
    ]);
}

/// Round 12: a person known only by a role, set off by what describes
/// it ("The chairman of the Old Town Traders, the oldest guild in town,
/// …"), after a phrase of place ("Across the square, the head of …"),
/// or before a participle ("The leader of the council, asked …, …"), is
/// the person "he" or "she" is next. (Not past a name: "From the front
/// row Oskar Lind, …" names Lind.) A name with a role set off by commas
/// ("Oskar Lind, the union's spokesman, called out.") names the person
/// whose statement has no cue of its own, and so does a title before a
/// name and whom the person speaks for ("Councillor Petra Nyman of the
/// Riders' Union"). A person known by a role and
/// named by a surname alone in the next sentences is known by the name.
/// A quotation with no word of any topic, its speaker's first, is on the
/// article's central topic.
#[test]
fn round_12_a_person_known_by_a_role() {
    let who = |text: &str| -> Vec<(String, String)> {
        scooter(text).into_iter().map(|c| (c.0, c.1)).collect()
    };
    let want = |p: &str, s: &str| vec![(p.to_string(), s.to_string())];
    assert_eq!(
        who(
            "The chairman of the Old Town Traders, the oldest guild in town, needs no \
             persuading. \"We want the ban on scooters,\" he says."
        ),
        want("shops", "chairman of the Old Town Traders")
    );
    assert_eq!(
        who(
            "Across the square, the head of the riders' union, which has 900 members, \
             sees it differently. \"The ban on scooters is a mistake,\" she says."
        ),
        want("riders", "head of the riders' union")
    );
    assert_eq!(
        who(
            "Across the square, the owner of the traders' oldest cafe, which opened in \
             1931, sees it differently. \"The ban on scooters is a mistake,\" she says."
        ),
        want("shops", "owner of the traders' oldest cafe")
    );
    let got = who(
        "The leader of the council, asked which side she is on, laughs. \"I am the \
         leader of the riders of scooters and of the walkers,\" she says.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "city", "{got:?}");
    assert_eq!(
        who(
            "Oskar Lind, the union's spokesman, called out. \"The ban on scooters is a \
             mistake,\" he said."
        ),
        want("riders", "Oskar Lind")
    );
    // A title or role before a name, then whom the person speaks for.
    assert_eq!(
        who(
            "Councillor Petra Nyman of the Riders' Union said the ban on scooters was \
             a mistake."
        ),
        want("riders", "Petra Nyman")
    );
    assert_eq!(
        who(
            "Petra Nyman, for the Riders' Union, rose next. She said the ban on scooters \
             was a mistake."
        ),
        want("riders", "Petra Nyman")
    );
    assert_eq!(
        who(
            "From the front row Oskar Lind, the union's spokesman, stood up. \
             \"The ban on scooters is a mistake,\" he said."
        ),
        want("riders", "Oskar Lind")
    );
    // Named later by a surname alone: the role's statements are that
    // person's (not when the word is in the role: "the chief executive
    // of Zipp … Zipp said" is the company).
    let named = SCOOTER.replace("[traders, Ines Berg]", "[traders, Ines Berg, Halvorsen]");
    let text = "The chairman of the Old Town Traders, the oldest guild in town, needs no \
                persuading. \"We want the ban on scooters,\" he says. Halvorsen says he \
                would back the ban the day it comes to a vote.";
    let got: Vec<_> = claims_with(&named, "scooter-profile.yaml", "Scooter row", text)
        .into_iter()
        .map(|c| (c.0, c.1))
        .collect();
    assert_eq!(
        got,
        [
            ("shops".to_string(), "Halvorsen".to_string()),
            ("shops".to_string(), "Halvorsen".to_string())
        ]
    );
    // (Also when the profile knows the surname by a full name.)
    assert_eq!(
        who(
            "The leader of the council, the longest-serving member, needs no persuading. \
             \"We want the ban on scooters,\" she says. Holt says the council would \
             back the ban."
        ),
        [
            ("city".to_string(), "Maren Holt".to_string()),
            ("city".to_string(), "Maren Holt".to_string())
        ]
    );
    let got = who(
        "The chief executive of Zipp, the firm chosen by the council, needs no persuading. \
         \"The ban on scooters is a mistake,\" he says. Zipp said it would fight the ban.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "chief executive of Zipp", "{got:?}");
    // A quotation with no word of any topic, the speaker's first, is on
    // the article's central topic.
    let got = scooter(
        "The council wants a ban on scooters in the old town.\n\nThe chairman of the \
         Old Town Traders, the oldest guild in town, needs no persuading. \"I lose a \
         fifth of my customers every weekend,\" he says.",
    );
    assert!(
        got.contains(&own(
            "shops",
            "chairman of the Old Town Traders",
            "ban",
            Stance::Favor
        )),
        "{got:?}"
    );
}

/// Round 12 (two faults `mut14` found): "a maximum of 8 percent" is a
/// limit like "no more than 8 percent"; after a comma "not least", "not
/// to mention" and "not because" negate nothing.
#[test]
fn round_12_a_maximum_and_not_least() {
    check_rail(&[(
        "Eva Lind said the hoteliers would accept a fare rise of a maximum of 8 percent.",
        ("hoteliers", "Eva Lind", "fares", Stance::Against),
    )]);
    one_stance_each(&[
        (
            "Zipp said it backed the ban, not least in the old town.",
            Stance::Favor,
        ),
        (
            "Zipp said it backed the ban, not to mention the old town.",
            Stance::Favor,
        ),
        (
            "Zipp said it backed the ban, not because riders asked.",
            Stance::Favor,
        ),
        ("Zipp said it did not back the ban.", Stance::Against),
    ]);
}

/// Round 13: a condition of a conditional stance that speaks of
/// another topic is a stance on that topic too: what is asked for is
/// the condition ("would support the ban only if parking bays were
/// built" favours the bays), its opposite after "unless" with a stance
/// in favour ("would back the ban unless parking bays were built"), the
/// condition again after "unless" with one against ("would fight the
/// ban unless …"). Not a time ("as soon as"), nor a condition on the
/// claim's own topic.
#[test]
fn round_13_a_condition_on_another_topic() {
    let cases: &[(&str, &[(&str, Stance)])] = &[
        (
            "Zipp said it would support the ban only if parking bays were built.",
            &[("ban", Stance::Conditional), ("parking", Stance::Favor)],
        ),
        (
            "The Riders' Union said it would back the ban unless parking bays were built.",
            &[("ban", Stance::Conditional), ("parking", Stance::Against)],
        ),
        (
            "The Riders' Union said it would fight the ban in court unless parking bays \
             were built.",
            &[("ban", Stance::Conditional), ("parking", Stance::Favor)],
        ),
        (
            "Zipp said it would accept the ban on condition that the parking bays were \
             scrapped.",
            &[("ban", Stance::Conditional), ("parking", Stance::Against)],
        ),
        (
            "Zipp said it would accept the ban as soon as parking bays were built.",
            &[("ban", Stance::Conditional)],
        ),
        (
            "Zipp said it would accept the ban only if the ban on scooters ended at six.",
            &[("ban", Stance::Conditional)],
        ),
    ];
    for &(text, want) in cases {
        let got: Vec<(String, Stance)> = scooter(text).into_iter().map(|c| (c.2, c.3)).collect();
        let want: Vec<(String, Stance)> = want.iter().map(|&(t, s)| (t.to_string(), s)).collect();
        assert_eq!(got, want, "{text}");
    }
}

/// Round 13: a short quotation that is what something is called
/// ("called the ban \"overdue\"", "described it as \"a stunt\"") is a
/// judgement of its own, not a scare quote; other short quotations
/// still are.
#[test]
fn round_13_what_something_is_called() {
    assert_eq!(
        scooter("Maren Holt spoke first. Ines Berg called the ban \"overdue.\""),
        [own("shops", "Ines Berg", "ban", Stance::Favor)]
    );
    assert_eq!(
        scooter("Maren Holt spoke first. The Riders' Union described the ban as \"a stunt.\""),
        // (Favor until round 14 made "stunt" a name of scorn.)
        [own("riders", "Riders' Union", "ban", Stance::Against)]
    );
    for text in [
        "Maren Holt spoke first. Ines Berg saw the ban as \"overdue.\"",
        "Maren Holt spoke first. Ines Berg has a scooter called \"Lightning.\"",
        "Maren Holt spoke first. Ines Berg called, at last, \"overdue.\"",
    ] {
        assert_eq!(scooter(text), [], "{text}");
    }
}

/// Round 13: an intention to vote is a position ("will vote against
/// the ban", "will vote against." alone); the vote cast is an act. So
/// is a stance after a copula ("was against").
#[test]
fn round_13_an_intention_to_vote() {
    one_stance_each(&[
        (
            "The Riders' Union will vote against the ban.",
            Stance::Against,
        ),
        ("Zipp would vote for the ban.", Stance::Favor),
    ]);
    assert_eq!(
        scooter(
            "Maren Holt defended the ban. The Riders' Union, the largest group, will vote against."
        ),
        [
            own("city", "Maren Holt", "ban", Stance::Favor),
            own("riders", "Riders' Union", "ban", Stance::Against),
        ]
    );
    assert_eq!(scooter("The Riders' Union voted against the ban."), []);
    // A stance after a copula: "was against (the ban)"; a promise to
    // undo: "would scrap the ban".
    one_stance_each(&[
        ("The Riders' Union was against the ban.", Stance::Against),
        ("The Riders' Union would scrap the ban.", Stance::Against),
        ("Zipp will repeal the ban.", Stance::Against),
    ]);
    assert_eq!(
        scooter("Maren Holt defended the ban. The Riders' Union was against."),
        [
            own("city", "Maren Holt", "ban", Stance::Favor),
            own("riders", "Riders' Union", "ban", Stance::Against),
        ]
    );
}

/// Round 13: "Ines Berg from Velde says": a name and where the person
/// is from; doubts are a reason against, "I was wrong" none; "too
/// much", "too high" are an
/// excess (against), "too small",
/// "too timid" ask for more (in favour).
#[test]
fn round_13_a_name_from_a_place_and_an_excess() {
    assert_eq!(
        scooter(
            "Maren Holt spoke first. Ines Berg from Velde says the ban on scooters is a mistake."
        ),
        [own("shops", "Ines Berg", "ban", Stance::Against)]
    );
    one_stance_each(&[
        (
            "Zipp said the ban on scooters was too much.",
            Stance::Against,
        ),
        (
            "Zipp said the fines of the ban were too high.",
            Stance::Against,
        ),
        (
            "Ines Berg said the ban on scooters was too small.",
            Stance::Favor,
        ),
        (
            "Ines Berg said the ban on scooters was too timid but welcome.",
            Stance::Favor,
        ),
        // "I was wrong" retracts the speaker's own earlier view: no harm
        // of the ban.
        (
            "Maren Holt said: \"I was wrong about the ban on scooters. It works.\"",
            Stance::Favor,
        ),
        (
            "Zipp said: \"The ban on scooters is wrong.\"",
            Stance::Against,
        ),
        // Doubts are a reason against.
        (
            "Zipp said it had doubts about the ban on scooters.",
            Stance::Against,
        ),
        (
            "Zipp said it had no doubt the ban on scooters was right.",
            Stance::Favor,
        ),
    ]);
}

/// Round 13: a court's undoing ("quash", "revoke", "strike down", "be
/// set aside") opposes what it undoes, as a command does ("Scrap the
/// ban"); "set aside" money does not.
#[test]
fn round_13_a_courts_undoing() {
    one_stance_each(&[
        ("Zipp asked the court to quash the ban.", Stance::Against),
        (
            "Zipp said the council should revoke the ban.",
            Stance::Against,
        ),
        (
            "Zipp said the court should strike the ban down.",
            Stance::Against,
        ),
        ("Zipp said the ban should be set aside.", Stance::Against),
        // (A command, in a capital.)
        (
            "Zipp said: \"Scrap the ban on scooters now.\"",
            Stance::Against,
        ),
        (
            "Maren Holt said the council had set aside money for the ban.",
            Stance::Favor,
        ),
    ]);
}

/// Round 13: reported speech with the speaker's own words quoted in it
/// and no word of any topic is on the article's central topic, like a
/// quotation; without a quotation it is not drafted.
#[test]
fn round_13_reported_words_on_the_central_topic() {
    let text = |said: &str| {
        format!(
            "Maren Holt said the ban on scooters would start in May.\n\nThe mayor spoke \
             for an hour. Ines Berg said {said}"
        )
    };
    let got = scooter(&text(
        "the council had \"looked at the pavements and nowhere else.\"",
    ));
    assert_eq!(
        got[1..],
        [own("shops", "Ines Berg", "ban", Stance::Favor)],
        "{got:?}"
    );
    let got = scooter(&text(
        "the council had looked at the pavements and nowhere else.",
    ));
    assert_eq!(got.len(), 1, "{got:?}");
}

/// Round 13: a transcript's "A:" answers are the person interviewed:
/// named after "an interview with" (or "spoke to"), else the first name
/// set off by a comma; with no one named, no one's.
#[test]
fn round_13_answers_labelled_a() {
    let qa = "Q: Will the ban on scooters stay?\n\nA: The ban on scooters will stay until the \
              pavements are safe.\n\nQ: And the parking bays?\n\nA: We will build parking bays \
              next spring.";
    let want = [
        own("city", "Maren Holt", "ban", Stance::Favor),
        own("city", "Maren Holt", "parking", Stance::Favor),
    ];
    let got = scooter(&format!(
        "Oskar Lind sat in the front row. We had an interview with Maren Holt on Monday.\n\n{qa}"
    ));
    assert_eq!(got, want);
    let got = scooter(&format!(
        "Oskar Lind sat in the front row. Maren Holt, the mayor, has run the city for a \
         year.\n\n{qa}"
    ));
    assert_eq!(got, want);
    // (A name of five capitalised words, title included: fixed in round
    // 14, found by the tenth mutation pass.)
    let got = scooter(&format!(
        "Oskar Lind sat in the front row. We had an interview with Velde City Mayor Maren \
         Holt.\n\n{qa}"
    ));
    assert_eq!(got, want);
    assert_eq!(
        scooter(&format!("The mayor has run the city for a year.\n\n{qa}")),
        []
    );
    // (Nor the last speaker's.)
    assert_eq!(
        scooter(&format!(
            "Oskar Lind said the ban on scooters was a mistake.\n\n{qa}"
        )),
        [own("riders", "Oskar Lind", "ban", Stance::Against)]
    );
}

/// Round 13: a council report's speakers: "Cllr" is a title, the party
/// in brackets after a name is the person's (before a relative clause
/// too), and so is whom a person is "speaking for", "speaking on behalf
/// of" or "representing".
#[test]
fn round_13_a_council_reports_speakers() {
    let cases = [
        (
            "Cllr Petra Nyman (Old Town Traders) said the ban on scooters was a mistake.",
            "shops",
        ),
        (
            "Cllr Petra Nyman (Old Town Traders), who runs a cafe, said the ban on scooters \
             was a mistake.",
            "shops",
        ),
        (
            "Petra Nyman, speaking for the Riders' Union, said the ban on scooters was a mistake.",
            "riders",
        ),
        (
            "Petra Nyman, speaking on behalf of Zipp, said the ban on scooters was a mistake.",
            "zipp",
        ),
        (
            "Petra Nyman, representing the Riders' Union, said the ban on scooters was a mistake.",
            "riders",
        ),
    ];
    for (text, party) in cases {
        assert_eq!(
            scooter(text),
            [own(party, "Petra Nyman", "ban", Stance::Against)],
            "{text}"
        );
    }
    // "told the meeting:": the meeting is who is told, not what is said.
    let got = scooter_rules("Oskar Lind told the hearing: \"Scrap the ban.\"");
    assert_eq!(
        got.iter().map(|c| c.2.as_str()).collect::<Vec<_>>(),
        ["\"Scrap the ban.\""],
        "{got:?}"
    );
}

/// Round 13: a person known only by a description ("A woman selling
/// scarves at the gate", "A young man beside her") is the one "she" or
/// "he" then refers to, not a person named before; of no party, her
/// words are no claim.
#[test]
fn round_13_a_person_known_by_a_description() {
    for text in [
        "Maren Holt defended the ban. A woman selling scarves at the gate, who would not \
         give her name, said the ban on scooters was cruel. \"The ban on scooters is a \
         disgrace,\" she said.",
        "Maren Holt defended the ban. A young man waiting beside the stall disagreed. \"The \
         ban on scooters is a disgrace,\" he said.",
    ] {
        assert_eq!(
            scooter(text),
            [own("city", "Maren Holt", "ban", Stance::Favor)],
            "{text}"
        );
    }
}

/// Round 13: toward a proposition that is itself a change ("The rental
/// scheme ends in May"), undoing the decision or the plan opposes it
/// (undoing the thing it ends still favours it).
#[test]
fn round_13_undoing_the_decision_to_change() {
    const ENDS: &str = "\
topics:
  - id: rentals
    label: Scooter rentals
    keywords: [rentals, rental scheme, decision, plan]
    propositions:
      - The scooter rental scheme ends in May
parties:
  - id: zipp
    name: Zipp
    aliases: [Zipp]
";
    let stances = |text: &str| -> Vec<Stance> {
        claims_with(ENDS, "ends.yaml", "Rentals row", text)
            .iter()
            .map(|c| c.3)
            .collect()
    };
    assert_eq!(
        stances("Zipp urged the council to reverse the decision."),
        [Stance::Against]
    );
    assert_eq!(stances("Zipp wants the plan scrapped."), [Stance::Against]);
    assert_eq!(
        stances("Zipp said the council should scrap the rental scheme."),
        [Stance::Favor]
    );
    // (And a promise to undo: "would scrap".)
    assert_eq!(
        stances("Zipp would scrap the rental scheme."),
        [Stance::Favor]
    );
    assert_eq!(stances("Zipp would scrap the decision."), [Stance::Against]);
}

/// Round 13: an attribution after what is said, with phrases of where
/// and when after it ("…, Zipp said in a statement on Monday."): what is
/// said is before it.
#[test]
fn round_13_said_in_a_statement_on_monday() {
    let quotes =
        |text: &str| -> Vec<String> { scooter_rules(text).into_iter().map(|c| c.2).collect() };
    assert_eq!(
        quotes("The ban on scooters must go, Zipp said in a statement on Monday."),
        ["The ban on scooters must go"]
    );
    assert_eq!(
        quotes("The ban on scooters must go, Zipp said in a long statement to the city on Monday."),
        ["The ban on scooters must go"]
    );
}

/// Round 13: a question that asks why ("Why keep the ban on scooters?")
/// answers that there is no reason: the opposite of what it asks about;
/// "Why not …?" asks for it.
#[test]
fn round_13_a_question_that_answers_itself() {
    let cases = [
        (
            "Zipp said: \"Why keep the ban on scooters in the old town?\"",
            Stance::Against,
        ),
        // (The attribution after a quoted question is its sentence's.)
        (
            "\"Why keep the ban on scooters in the old town?\" Ines Berg said.",
            Stance::Against,
        ),
        (
            "Maren Holt said: \"Why not keep the ban on scooters in the old town?\"",
            Stance::Favor,
        ),
        (
            "Maren Holt said: \"The ban on scooters stays, and why? The pavements are free.\"",
            Stance::Favor,
        ),
    ];
    for (text, want) in cases {
        // (After a first paragraph: a question right under the headline
        // is read as its deck.)
        let got = scooter(&format!("The council met.\n\n{text}"));
        assert_eq!(
            got.iter().map(|c| c.3).collect::<Vec<_>>(),
            [want],
            "{text}: {got:?}"
        );
    }
}

/// Round 13: a short quotation that is a sentence of its own with its
/// attribution right after it ("“I was wrong,” he said.") is a
/// statement; a lower-case fragment is not.
#[test]
fn round_13_a_short_sentence_said() {
    let got = scooter(
        "Maren Holt defended the ban on scooters. \"Ban them all,\" Ines Berg said. \"I was \
         wrong,\" Oskar Lind said. \"not now,\" Zipp said. Zipp said: \"Keep it.\"",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.1.as_str()).collect();
    assert_eq!(
        speakers,
        ["Maren Holt", "Ines Berg", "Oskar Lind", "Zipp"],
        "{got:?}"
    );
}

/// Round 13: a view set off by a description before "is that" ("Its
/// argument, made in a long letter, is that …") is the possessor's.
#[test]
fn round_13_a_view_set_off() {
    assert_eq!(
        scooter("Zipp's argument, made in a long letter, is that the ban on scooters is unfair."),
        [own("zipp", "Zipp", "ban", Stance::Against)]
    );
}

/// Round 13: a manner of saying after a copula ("was blunt:", "is
/// adamant that") says what follows.
#[test]
fn round_13_blunt_and_adamant() {
    assert_eq!(
        scooter(
            "On the ban Maren Holt was blunt: the ban on scooters must stay. Oskar Lind is \
             adamant that the ban on scooters is a mistake."
        ),
        [
            own("city", "Maren Holt", "ban", Stance::Favor),
            own("riders", "Oskar Lind", "ban", Stance::Against),
        ]
    );
}

// Round 13: faults the eighth mutation pass found (docs/mutants.md,
// "Small stance helpers", findings).

/// "Petra Nyman at the Riders' Union said" (a name, then where the
/// person works) and "Anna Maria de Vries of the Riders' Union" (a
/// particle in the name before "of"): the speaker is the person, under
/// her own name; the organisation is her party.
#[test]
fn round_13_fault_a_name_then_the_organisation_keeps_the_name() {
    check_with(
        &[
            (
                "Petra Nyman at the Riders' Union said the ban was a mistake.",
                ("riders", "Petra Nyman", "ban", Stance::Against),
            ),
            (
                "Anna Maria de Vries of the Riders' Union said the ban was a mistake.",
                ("riders", "Anna Maria de Vries", "ban", Stance::Against),
            ),
        ],
        scooter,
    );
}

/// (speaker, party id, party name) of every claim drafted without a
/// profile that fits.
fn discovered(text: &str) -> Vec<(String, String, String)> {
    let d = draft::draft_document(
        text,
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    assert!(d.notice.is_some(), "{:#?}", d.claims);
    d.claims
        .iter()
        .map(|c| {
            let p = &d.parties[c.party];
            (c.speaker.clone(), p.id.clone(), p.name.clone())
        })
        .collect()
}

/// Without a profile: "Velde University of Applied Arts" is an
/// organisation's name, not a person "Applied Arts".
#[test]
fn round_13_fault_an_institution_of_something_is_one_name() {
    let got = discovered(
        "Scooter Ban Splits Velde\n\n\
        Velde University of Applied Arts said the scooter ban would keep students away.\n",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].0, "Velde University of Applied Arts", "{got:#?}");
    assert_eq!(got[0].2, "Velde University of Applied Arts", "{got:#?}");
}

/// Without a profile: "The Velde Chamber of Commerce" is a party whose
/// id does not end in "of"; "Erik Dahl of the Velde Chamber of Commerce"
/// speaks for it, not for a party of his own.
#[test]
fn round_13_fault_a_chamber_of_commerce_and_a_person_of_it() {
    let got = discovered(
        "Scooter Ban Splits Velde\n\n\
        The Velde Chamber of Commerce said the scooter ban would keep shoppers away.\n\n\
        Erik Dahl of the Velde Chamber of Commerce said the scooter ban would hurt the cafes.\n",
    );
    let chamber = |s: &str| {
        (
            s.to_string(),
            "velde-chamber".to_string(),
            "Velde Chamber of Commerce".to_string(),
        )
    };
    assert_eq!(
        got,
        [chamber("Velde Chamber of Commerce"), chamber("Erik Dahl")],
        "{got:#?}"
    );
}

/// ", being no burden to hauliers": a free adjunct of five letters
/// ends the main clause too; its "no" is not the clause's negation.
#[test]
fn round_13_fault_being_opens_a_free_adjunct() {
    assert_eq!(
        one("Piet Carvalho said the toll was fair, being no burden to hauliers."),
        own("guild", "Piet Carvalho", "toll", Stance::Favor)
    );
}

/// "not barred from the whole city, only in the old town": "in" after
/// "only" opens no condition ("in return for" would), so the denial is
/// corrected.
#[test]
fn round_13_fault_only_in_corrects_a_denial() {
    let got = scooter(
        "Maren Holt said scooters would not be barred from the whole city, only in the old town.",
    );
    assert_eq!(
        got,
        [own("city", "Maren Holt", "ban", Stance::Favor)],
        "{got:?}"
    );
}

/// "Without the toll the bridge cannot be built": a fronted "Without"
/// and the proposition's thing make it what is needed.
#[test]
fn round_13_fault_a_fronted_without_needs_what_it_lacks() {
    assert_eq!(
        one("Without the toll the bridge cannot be built, Hanne Ostby said."),
        own("city", "Hanne Ostby", "toll", Stance::Favor)
    );
    // ("Without doubt": no thing lacked.)
    assert_eq!(
        one("Without doubt the toll is unfair, Hanne Ostby said."),
        own("city", "Hanne Ostby", "toll", Stance::Against)
    );
}

/// "dismissed as unfair the toll": the object after a fronted "as"
/// complement; the complement's harm is the cue's, not turned again.
#[test]
fn round_13_fault_an_object_after_a_fronted_as_complement() {
    let got = claims(
        "Piet Carvalho dismissed as unfair the toll on the bridge. \
        The guild rejected as nonsense the toll on the bridge.",
    );
    let stances: Vec<_> = got.iter().map(|c| (c.2.as_str(), c.3)).collect();
    assert_eq!(
        stances,
        [("toll", Stance::Against), ("toll", Stance::Against)],
        "{got:?}"
    );
}

/// Round 14: what an undoing verb takes ends before "on": "would end our
/// dependence on scooters" undoes the dependence, not the scooters.
#[test]
fn round_14_what_is_undone_ends_before_on() {
    one_stance_each(&[
        (
            "Maren Holt said the ban would end our dependence on scooters.",
            Stance::Favor,
        ),
        (
            "Zipp said it would end the ban on scooters.",
            Stance::Against,
        ),
    ]);
}

/// Round 14: toward a proposition that something stays open, its
/// closure is the opposite: fighting the closure, or saying it would cost
/// lives, is for keeping it open.
#[test]
fn round_14_a_closure_is_the_opposite_of_open() {
    const HOSPITAL: &str = "\
topics:
  - id: nights
    label: Night opening
    keywords: [closure, emergency department, night]
    propositions:
      - St Aldric's keeps its emergency department open at night
parties:
  - id: save
    name: Save St Aldric's
    aliases: [campaigners, Duncan Frew]
  - id: authority
    name: Drummoor Health Authority
    aliases: [authority, Miriam Olowe]
";
    let got = |text: &str| {
        claims_with(HOSPITAL, "hospital-profile.yaml", "Hospital row", text)
            .into_iter()
            .map(|c| c.3)
            .collect::<Vec<_>>()
    };
    for text in [
        "Duncan Frew said the campaigners would fight the closure in every court.",
        "Duncan Frew said the night closure would cost lives.",
        "Duncan Frew said the emergency department must stay open at night.",
    ] {
        assert_eq!(got(text), [Stance::Favor], "{text}");
    }
    assert_eq!(
        got("Miriam Olowe said the authority supported the closure."),
        [Stance::Against]
    );
}

/// Round 14 (from HELD OUT 12): what a plan is called in scorn, and
/// disliking and deploring, oppose it; a
/// change wanted "put off", or one would "rather see" dropped, is
/// undone; "not optional" and "no exceptions" insist (unless the
/// exception is the proposition); "every object" is a noun.
#[test]
fn round_14_dislike_put_off_and_insistence() {
    one_stance_each(&[
        // (Names of scorn: "a stunt", "a fig leaf", "a bribe", "a fantasy".)
        ("Zipp described the ban as \"a stunt\".", Stance::Against),
        ("Oskar Lind called the ban \"a fig leaf\".", Stance::Against),
        (
            "Maren Holt said the ban was \"a bribe with a dividend\".",
            Stance::Against,
        ),
        ("Maren Holt said the ban was a fantasy.", Stance::Against),
        ("Zipp said it disliked the ban.", Stance::Against),
        // (Two clauses, each against: only the first is read.)
        (
            "Oskar Lind said the ban was a mistake and the union would fight it.",
            Stance::Against,
        ),
        (
            "Zipp said it deplored the ban on scooters.",
            Stance::Against,
        ),
        (
            "The Riders' Union wants the ban put off for a year.",
            Stance::Against,
        ),
        (
            "Zipp said it would rather see the ban dropped.",
            Stance::Against,
        ),
        (
            "Maren Holt said the ban on scooters was not optional.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the ban would cover every scooter, with no exceptions for \
             delivery firms.",
            Stance::Favor,
        ),
        (
            "Ines Berg called for a review of every object left on the pavement by \
             scooters.",
            Stance::Favor,
        ),
    ]);
    // (An exemption the proposition names is negated: "no exemption".)
    let exempt = SCOOTER.replace(
        "Rental e-scooters are barred from the old town",
        "Delivery scooters are exempt from the ban",
    );
    let got = claims_with(
        &exempt,
        "scooter-profile.yaml",
        "Scooter row",
        "Maren Holt said there would be no exemption for delivery scooters.",
    );
    assert_eq!(
        got.iter().map(|c| c.3).collect::<Vec<_>>(),
        [Stance::Against],
        "{got:?}"
    );
}

/// Round 14 (from HELD OUT 12): a round-up's "Name, role: answer"
/// paragraphs are the named person's statements, the role in apposition
/// (no question before them needed); "Name, the mayor, said: …" is
/// still a cue.
#[test]
fn round_14_a_round_ups_name_and_role_labels() {
    let got = scooter(
        "The council voted on Monday.\n\nWHAT OTHERS TOLD US\n\nErik Dahl, \
         spokesman for the Riders' Union: The ban is a mistake and we will fight it.\n\n\
         Ines Berg, a shop owner on Market Street: Nobody here will miss the scooters.",
    );
    assert_eq!(
        got.first(),
        Some(&own("riders", "Erik Dahl", "ban", Stance::Against)),
        "{got:?}"
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "Ines Berg", "{got:?}");
}

/// Round 14: a quotation of several sentences on different topics is a
/// claim for each run of sentences on one topic (a sentence with no
/// keyword goes with the one before).
#[test]
fn round_14_a_quotation_in_parts_by_topic() {
    let got = scooter_rules(
        "\"The ban is overdue. It should have come years ago. The parking bays are a \
         mistake,\" said Ines Berg.",
    );
    let parts: Vec<_> = got.iter().map(|c| (c.1, c.2.as_str())).collect();
    assert_eq!(
        parts,
        [
            (
                Stance::Favor,
                "The ban is overdue. It should have come years ago"
            ),
            (Stance::Against, "The parking bays are a mistake")
        ],
        "{got:?}"
    );
    assert!(got[1].3.contains("the part on its own topic"), "{got:?}");
    // (One topic throughout: one claim.)
    let one = scooter("\"The ban is overdue. It should have come years ago,\" said Ines Berg.");
    assert_eq!(one.len(), 1, "{one:?}");
}

/// Round 14 (from HELD OUT 12): what a short quotation calls something
/// is on the topic of the thing called, before the quotation's own
/// keywords.
#[test]
fn round_14_the_topic_of_what_is_called_so() {
    let got = scooter(
        "Maren Holt spoke first. Ines Berg called the parking bays \"the one good part of \
         the scooter ban.\"",
    );
    assert_eq!(
        got.iter().map(|c| c.2.as_str()).collect::<Vec<_>>(),
        ["parking"],
        "{got:?}"
    );
}

/// Round 14 (from HELD OUT 12): a party's "line", "case" or "complaint"
/// is a view held ("Zipp's line is that the ban should go").
#[test]
fn round_14_a_line_is_a_view_held() {
    one_stance_each(&[
        (
            "Zipp's line is that the ban on scooters should be scrapped.",
            Stance::Against,
        ),
        (
            "The Riders' Union's case is that the ban on scooters is unfair.",
            Stance::Against,
        ),
    ]);
}

/// Round 14: "announced the …" is an act ("Zipp announced the new
/// scooters for the ban zone"), not what was said; "announced that …"
/// and "announced plans to …" are said.
#[test]
fn round_14_an_announced_thing_is_an_act() {
    assert_eq!(
        scooter("Zipp announced the new scooters for the ban zone on Monday."),
        []
    );
    assert_eq!(
        scooter("Zipp announced that it would fight the ban on scooters.").len(),
        1
    );
    assert_eq!(
        scooter("The council announced plans to extend the ban on scooters.").len(),
        1
    );
}

/// Round 14 (from HELD OUT 12): what someone else "had told" the
/// speaker is relayed hearsay, no claim of the speaker's; the speaker's
/// own telling is.
#[test]
fn round_14_relayed_hearsay_is_no_claim() {
    for text in [
        "Maren Holt said the finance director had told her that the ban would save money.",
        "Ines Berg said several traders had told her that the ban was a relief.",
        "Ines Berg said a neighbour had said the ban was a relief.",
    ] {
        assert_eq!(scooter(text), [], "{text}");
    }
    assert_eq!(
        scooter("Maren Holt said she had told the riders that the ban would stay.").len(),
        1
    );
}

/// Round 14: "“…,” the declaration said" (or "the communique") is its
/// makers' statement, those just reported; not of a party that refused
/// to sign it.
#[test]
fn round_14_a_declaration_speaks_for_its_makers() {
    let made = scooter(
        "Zipp and Old Town Traders agreed on the ban on Tuesday.\n\n\
         \"The old town belongs to everyone,\" the declaration said.",
    );
    assert_eq!(
        made.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
        ["zipp", "shops", "zipp", "shops"],
        "{made:?}"
    );
    let refused = scooter(
        "Zipp refused to sign the declaration on the ban on Tuesday.\n\n\
         \"The old town belongs to everyone,\" the declaration said.",
    );
    assert_eq!(
        refused.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
        ["zipp"],
        "{refused:?}"
    );
}

/// Round 14: an organisation named after a demonym is its own party
/// ("The Aldorian newspaper Dagsljus" is the paper's, not Aldoria's).
#[test]
fn round_14_an_organisation_is_its_heads_party() {
    assert_eq!(
        one("The Ostrevian Traders' Chamber said the toll was unfair."),
        own(
            "chamber",
            "Ostrevian Traders' Chamber",
            "toll",
            Stance::Against
        )
    );
}

/// Round 14: a second thing said ("and that …") is a claim of its own
/// when its main clause speaks of another topic, whatever a condition
/// after it names ("and that the city would build parking bays if the
/// ban went ahead").
#[test]
fn round_14_a_second_thing_said_by_its_main_clause() {
    let got = scooter(
        "Maren Holt said the ban was fair and that the city would build parking bays \
         if the ban went ahead.",
    );
    assert_eq!(
        got.iter().map(|c| c.2.as_str()).collect::<Vec<_>>(),
        ["ban", "parking"],
        "{got:?}"
    );
}

/// Round 14: deference is neutral: "whatever the council decides",
/// "whichever route the city approves", "a matter for the council",
/// "no strong view on", "no preference"; not "a matter for the council,
/// not for the riders", nor "whatever it takes".
#[test]
fn round_14_deference_is_neutral() {
    one_stance_each(&[
        (
            "Zipp said it would run whatever scooters the council decides on under the ban.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the ban was a matter for the council.",
            Stance::Neutral,
        ),
        (
            "Oskar Lind said the union had no strong view on the ban.",
            Stance::Neutral,
        ),
        (
            "Oskar Lind said the union had no preference on the ban.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said the ban was a matter for the council, not for the riders.",
            Stance::Favor,
        ),
        (
            "\"Whether the ban stays is for the council,\" said Ines Berg.",
            Stance::Neutral,
        ),
        (
            "Ines Berg said it was not for the traders to say whether the ban should stay.",
            Stance::Neutral,
        ),
        (
            "Zipp said it would not pre-empt the council's review of the ban.",
            Stance::Neutral,
        ),
        (
            "\"We will look at the ban again in May,\" said Ines Berg.",
            Stance::Neutral,
        ),
        (
            "Asked whether the ban would stay, Ines Berg said: \"We will see.\"",
            Stance::Neutral,
        ),
        (
            "\"The ban is for the safety of children,\" said Ines Berg.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the council would do whatever it takes to keep the ban.",
            Stance::Favor,
        ),
    ]);
}

/// Round 14: a dateline with an en dash ("ORSK, Aug 14 (Wire) – …") is
/// no part of a claim's quote, like one with an em dash.
#[test]
fn round_14_a_dateline_with_an_en_dash() {
    for dash in ["\u{2013}", "\u{2014}", "-"] {
        let text = format!(
            "Toll row\n\nMARROW, June 3 (Wire) {dash} The toll is unfair, the guild's \
             chairman, Piet Carvalho, said on Monday.\n"
        );
        let d = draft::draft_document(&text, None, &profile());
        let quotes: Vec<_> = d.claims.iter().map(|c| c.quote.as_str()).collect();
        assert_eq!(quotes, ["The toll is unfair"], "{dash}");
    }
}

/// Round 15: deference to a decision ("would abide by the court's
/// decision", "was one for the council"), "rather X than Y" refusing Y,
/// what nobody asked for, an excess ("far too high", not "too low":
/// more is wanted), "the only way", a judicial review sought, and a
/// topic that "should end".
#[test]
fn round_15_deference_preference_excess_and_ending() {
    one_stance_each(&[
        (
            "Maren Holt said the council would abide by the court's decision on the ban.",
            Stance::Neutral,
        ),
        (
            "Oskar Lind said the decision on the ban was one for the courts.",
            Stance::Neutral,
        ),
        (
            "\u{201c}I would rather have a ban we set than a mess we do not,\u{201d} Maren Holt said.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the ban was \u{201c}an experiment nobody asked for\u{201d}.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the ban on scooters was far too broad.",
            Stance::Against,
        ),
        (
            "Ines Berg said the ban on scooters was too narrow.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the ban was the only way to clear the pavements.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the union would seek a judicial review of the ban.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the ban should end next year.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the ban should end a year early.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the ban must go.",
            Stance::Against,
        ),
        (
            "Maren Holt said the ban must go ahead.",
            Stance::Favor,
        ),
    ]);
}

/// Round 15: "“…,” the statement said" after a quotation of two sentences
/// is the statement's makers' when they were reported in the sentence
/// before the quotation opens (not only before its last sentence).
#[test]
fn round_15_a_statement_quoted_in_two_sentences() {
    let got = claims(
        "The guild said it would fight the toll. \u{201c}The toll is unfair. It will \
         ruin the hauliers,\u{201d} the statement said.",
    );
    assert_eq!(
        got,
        [
            own("guild", "Road Hauliers' Guild", "toll", Stance::Against),
            own("guild", "Road Hauliers' Guild", "toll", Stance::Against),
        ],
        "{got:?}"
    );
}

/// Round 15: a briefing's dodges are neutral ("would not speculate",
/// "would not be drawn on", "I am not going to negotiate from this
/// podium", "I have nothing to add", "We will decide when …"); "back"
/// before a preposition is a particle, not the verb of support.
#[test]
fn round_15_dodges_and_back_as_a_particle() {
    one_stance_each(&[
        (
            "Asked about the ban, Maren Holt said: \u{201c}I am not going to negotiate from this podium.\u{201d}",
            Stance::Neutral,
        ),
        (
            "Asked about the ban, Maren Holt said she would not speculate.",
            Stance::Neutral,
        ),
        (
            "\u{201c}We do not care who decides on the ban,\u{201d} Ines Berg said.",
            Stance::Neutral,
        ),
        (
            "Maren Holt said she would not be drawn on the ban.",
            Stance::Neutral,
        ),
        (
            "Asked about the ban, Maren Holt said: \u{201c}I have nothing to add.\u{201d}",
            Stance::Neutral,
        ),
        (
            "Asked about the ban, Maren Holt said: \u{201c}We will decide when the report is in front of us.\u{201d}",
            Stance::Neutral,
        ),
    ]);
    let got = scooter(
        "Zipp said it wanted its scooters back in the old town before the ban was debated.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "Zipp", "{got:?}");
}

/// Round 15: a subject after a fronted phrase and its comma ("In
/// Velde, Maren Holt thanked … and said …") speaks for a coordinated
/// verb; "takes note of" is neutral.
#[test]
fn round_15_a_fronted_phrase_before_the_subject_and_taking_note() {
    let got = scooter("In Velde, Maren Holt thanked the riders and said the ban would stay.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("city", "Maren Holt"),
        "{got:?}"
    );
    // ("On Wednesday Maren Holt …": a day after the preposition, no
    // comma; "she" is Maren Holt.)
    let got = scooter(
        "On Wednesday Maren Holt appeared to soften. She said the council \
         \u{201c}could consider\u{201d} lifting the ban.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "Maren Holt", "{got:?}");
    one_stance_each(&[(
        "Oskar Lind said the union took note of the ban.",
        Stance::Neutral,
    )]);
}

/// Round 15: "Afterwards, the head of …, Name, said" is Name's (not a
/// person called "Afterwards"), and a side said of no object ("her
/// members remained opposed") is on the article's central topic; a
/// party's programme speaks for it.
#[test]
fn round_15_afterwards_a_side_alone_and_a_programme() {
    let got = scooter(
        "The council voted to ban scooters. Afterwards, the head of the riders' \
         group, Oskar Lind, said his members remained opposed. \u{201c}We lost \
         tonight. We will be back,\u{201d} he said.",
    );
    let who: Vec<_> = got.iter().map(|c| (c.1.as_str(), c.3)).collect();
    assert_eq!(who[0], ("Oskar Lind", Stance::Against), "{got:?}");
    assert!(got.iter().all(|c| c.1 == "Oskar Lind"), "{got:?}");
    let got = scooter("The traders' manifesto calls for the ban on scooters to stay.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "shops", "{got:?}");
}

/// Round 15: people known only by a description ("A woman selling
/// flowers at the gate", "A girl in a red hat") speak for the party the
/// profile names by words of it.
#[test]
fn round_15_people_known_by_a_description() {
    const STADIUM: &str = "\
topics:
  - id: move
    label: The move
    keywords: [stadium, move]
    propositions:
      - The club moves to the new stadium
parties:
  - id: club
    name: Harbridge Rovers
    aliases: [club]
  - id: flowers
    name: A flower seller at the gate
    aliases: [woman selling flowers]
  - id: hat
    name: A girl in a red hat
    aliases: [girl in a red hat]
";
    let got = claims_with(
        STADIUM,
        "stadium-profile.yaml",
        "Rovers move",
        "The club said the move was the only way to survive. \
         A woman selling flowers at the gate said the move was a mistake. \
         A girl in a red hat said she liked the new stadium. A woman selling \
         flowers there, who would not give her name, said the move was a shame.",
    );
    let parties: Vec<_> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(parties, ["club", "flowers", "hat", "flowers"], "{got:?}");
}

/// Round 15, faults the twelfth mutation pass found: "no preference
/// for now" is neutral, "not a matter for the council" is no deference,
/// and "Objects" opening a sentence is the noun.
#[test]
fn round_15_faults_of_the_twelfth_pass() {
    one_stance_each(&[
        (
            "\u{201c}We have no preference for now,\u{201d} said Oskar Lind of the ban.",
            Stance::Neutral,
        ),
        (
            "Objects left on the pavement show the ban is overdue, Ines Berg said.",
            Stance::Favor,
        ),
    ]);
    let got = scooter("Ines Berg said the ban was not a matter for the council.");
    assert!(got.iter().all(|c| c.3 != Stance::Neutral), "{got:?}");
}

/// Round 15: what would be welcomed ("said it would welcome that",
/// "such a move") is what was said just before; fear turned by its
/// negation ("not afraid of judges") and paralysis as harm.
#[test]
fn round_15_welcoming_what_was_said_and_fear() {
    let got = scooter(
        "Zipp has threatened to sue the council over the ban. Oskar Lind said \
         the union would welcome such a move.",
    );
    assert_eq!(
        got.last().map(|c| (c.0.as_str(), c.2.as_str())),
        Some(("riders", "ban")),
        "{got:?}"
    );
    one_stance_each(&[
        (
            "\u{201c}We are not afraid of the ban,\u{201d} Oskar Lind said.",
            Stance::Favor,
        ),
        (
            "Oskar Lind warned that the ban could paralyse the old town.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the union was \u{201c}dismayed\u{201d} by the ban.",
            Stance::Against,
        ),
    ]);
}

/// Round 15: a negotiator's profile: a time phrase before the subject
/// ("Five years ago Maren Holt called …", "Last month …"), a verb after
/// a name is no part of it ("Holt became chief negotiator"), and "the
/// best deal" approves.
#[test]
fn round_15_a_time_phrase_a_verb_after_a_name_and_the_best_deal() {
    let got = scooter(
        "Five years ago Maren Holt called the ban \u{201c}a fantasy\u{201d}. Holt \
         became chief negotiator in January. She now says the ban is \
         \u{201c}the best deal the old town will ever get\u{201d}.",
    );
    let got: Vec<_> = got.iter().map(|c| (c.1.as_str(), c.3)).collect();
    assert_eq!(
        got,
        [
            ("Maren Holt", Stance::Against),
            ("Maren Holt", Stance::Favor)
        ]
    );
}

/// Round 15: toward a proposition that something reopens, staying shut
/// is the opposite.
#[test]
fn round_15_staying_shut_is_against_reopening() {
    const CROSSING: &str = "\
topics:
  - id: crossing
    label: The Mirn crossing
    keywords: [crossing, border]
    propositions:
      - The Mirn border crossing reopens
parties:
  - id: dusk
    name: Dusk
    aliases: [Halvor Ness]
  - id: arlen
    name: Arlen
    aliases: [Lea Sorbi]
";
    let got = claims_with(
        CROSSING,
        "crossing-profile.yaml",
        "Border row",
        "Halvor Ness said the crossing would stay shut until Arlen acted. \
         Lea Sorbi said the crossing should reopen at once.",
    );
    let stances: Vec<_> = got.iter().map(|c| (c.0.as_str(), c.3)).collect();
    assert_eq!(
        stances,
        [("dusk", Stance::Against), ("arlen", Stance::Favor)],
        "{got:?}"
    );
}

/// Round 15, without a profile: "I" is no country because "In" opens a
/// sentence (a demonym is looked for only for words of four letters or
/// more), and a pronoun is no party.
#[test]
fn round_15_no_country_called_i() {
    let got = discovered(
        "Organ law passes\n\n\
        In 2027, Sigrid Haldorsen said the bill was wrong. In March she said it again.\n\n\
        Health Minister Jonas Rask said the bill would save lives. \u{201c}I was wrong \
        about the families,\u{201d} Haldorsen said. \u{201c}I need a kidney,\u{201d} \
        said Bo Lindgren.\n",
    );
    assert!(!got.is_empty(), "{got:#?}");
    assert!(
        got.iter()
            .all(|(_, _, party)| party != "I" && party != "In"),
        "{got:#?}"
    );
}

/// Round 15: the verbs of news on talks ("hailed", "slammed", "threw its
/// weight behind", "poured cold water on", "balked at", "backed away
/// from" (not "backed"), "reiterated its opposition to").
#[test]
fn round_15_verbs_of_news_on_talks() {
    one_stance_each(&[
        ("The union hailed the ban as a victory.", Stance::Favor),
        ("Zipp slammed the ban.", Stance::Against),
        ("The union threw its weight behind the ban.", Stance::Favor),
        ("Zipp poured cold water on the ban.", Stance::Against),
        ("The traders balked at the ban.", Stance::Against),
        ("The traders backed away from the ban.", Stance::Against),
        (
            "Zipp reiterated its opposition to the ban.",
            Stance::Against,
        ),
        ("The council signed off on the ban.", Stance::Favor),
    ]);
}

/// Round 15, faults the thirteenth and fourteenth mutation passes found:
/// a short aside in brackets after the subject ("Zipp (pictured)
/// said"), and "too" after "still", "not" or a quotation mark.
#[test]
fn round_15_faults_of_the_thirteenth_and_fourteenth_passes() {
    let got = scooter("Zipp (pictured) said the ban on scooters was a mistake.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("zipp", Stance::Against));
    one_stance_each(&[
        (
            "Oskar Lind said the ban was \u{201c}too broad\u{201d} for the old town.",
            Stance::Against,
        ),
        ("Maren Holt said the ban was not too broad.", Stance::Favor),
        (
            "Oskar Lind said the ban was still too broad.",
            Stance::Against,
        ),
    ]);
}

/// Each text gives one claim with the profile `src` (the valley's or
/// the enclaves'), with this stance.
fn stance_each_with(src: &str, cases: &[(&str, Stance)]) {
    for &(text, want) in cases {
        let got = claims_with(src, "round-16-profile.yaml", "Round 16 talks", text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].3, want, "{text}: {got:?}");
    }
}

/// A profile of papers and governments in a harbour dispute, for round
/// 16's press reviews.
const PRESS: &str = "\
topics:
  - id: arb
    label: Arbitration
    keywords: [arbitration]
    propositions:
      - The harbour dispute goes to arbitration
  - id: joint
    label: Joint authority
    keywords: [joint authority]
    propositions:
      - Talmark and Ostria run the harbour through a joint authority
parties:
  - id: courier
    name: Talmark Courier
    aliases: [Talmark Courier, Courier]
  - id: talgov
    name: Talmark (government)
    aliases: [Talmark, Anna Berg]
  - id: flag
    name: Daily Flag
    aliases: [Daily Flag]
  - id: voice
    name: Ostrian Voice
    aliases: [Ostrian Voice]
  - id: ostgov
    name: Ostria (government)
    aliases: [Ostria, Ostrian foreign ministry, memo]
";

/// Round 16, a review of what the papers say: a paper's name ends in
/// "Courier", "Herald", "Gazette" … or follows the kind of paper it is
/// ("the tabloid Daily Flag"), so it is an organisation ("it wrote",
/// "the paper said", "its editorial said", "its front page said" are
/// that paper); and "The Courier quoted Anna Berg as saying …" is Anna
/// Berg's, not the paper's, and does not make her what "the paper" is
/// next.
#[test]
fn round_16_what_the_papers_say() {
    let text = "The Talmark Courier said the government should accept arbitration. \
        A confident government, it wrote, had every reason to want arbitration. \
        The Courier quoted Anna Berg as saying Talmark \u{201c}does not rule out\u{201d} arbitration. \
        The tabloid Daily Flag was blunter. \
        \u{201c}No joint authority while their tugs are in our harbour,\u{201d} its front page said. \
        The weekly Ostrian Voice disagreed. \
        \u{201c}We reject arbitration,\u{201d} its editorial said. \
        The paper quoted the Ostrian foreign ministry as saying it \u{201c}will not accept\u{201d} a joint authority. \
        Arbitration, the paper added, was a trap.";
    let got = claims_with(PRESS, "press-profile.yaml", "What the papers say", text);
    let who: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|(p, sp, t, _)| (p.as_str(), sp.as_str(), t.as_str()))
        .collect();
    assert_eq!(
        who,
        [
            ("courier", "Talmark Courier", "arb"),
            ("courier", "Talmark Courier", "arb"),
            ("talgov", "Anna Berg", "arb"),
            ("flag", "Daily Flag", "joint"),
            ("voice", "Ostrian Voice", "arb"),
            ("ostgov", "Ostrian foreign ministry", "joint"),
            ("voice", "Ostrian Voice", "arb"),
        ],
        "{got:?}"
    );
}

/// Round 16: a leaked paper speaks for the party the profile names it
/// by ("The memo says …", "“…,” the memo says"); and "“…,” the state
/// news agency quoted her as saying." is hers, up to the comma and the
/// closing quotation mark.
#[test]
fn round_16_a_memo_and_one_an_agency_quotes() {
    let text = "The Courier saw an Ostrian memo. \
        The memo says Ostria should reject a joint authority. \
        \u{201c}Arbitration can wait,\u{201d} the memo says. \
        Anna Berg spoke in Korva. \
        She hoped to take the dispute to arbitration \u{201c}before the snow,\u{201d} the state news agency quoted her as saying.";
    let profile =
        Profile::from_source(PRESS, "press-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(&format!("Papers\n\n{text}\n"), None, &profile);
    let got: Vec<(&str, &str, &str)> = d
        .claims
        .iter()
        .map(|c| {
            (
                d.parties[c.party].id.as_str(),
                d.topics[c.topic].id.as_str(),
                c.quote.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("ostgov", "joint", "Ostria should reject a joint authority"),
            ("ostgov", "arb", "Arbitration can wait"),
            (
                "talgov",
                "arb",
                "She hoped to take the dispute to arbitration \u{201c}before the snow,\u{201d}"
            ),
        ],
        "{got:?}"
    );
}

/// A profile of two governments swapping enclaves, for round 16.
const ENCLAVES: &str = "\
topics:
  - id: swap
    label: Enclave swap
    keywords: [swap, exchange, enclaves]
    propositions:
      - Orvia and Delmark exchange their enclaves within two years
parties:
  - id: orvia
    name: Orvia
    aliases: [Orvia, Tomas Rell, letter]
  - id: delmark
    name: Delmark
    aliases: [Delmark, Ana Voss]
";

/// Round 16: "posted on X that …", "“…,” she posted on X" and
/// "tweeted" are said (not "posted a loss"); leaders of two countries
/// named together are what "they" and "the joint communique" are next
/// (a claim for each).
#[test]
fn round_16_posts_and_a_joint_communique() {
    let claims = |text: &str| claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
    for text in [
        "Ana Voss posted on X that Delmark welcomed the swap.",
        "\u{201c}We welcome the swap,\u{201d} Ana Voss posted on X.",
        "Ana Voss tweeted that Delmark welcomed the swap.",
    ] {
        let got = claims(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].3),
            ("delmark", Stance::Favor),
            "{text}"
        );
    }
    assert!(claims("Delmark posted a loss on the swap.").is_empty());
    for text in [
        "The leaders of Orvia and Delmark met on Monday. They said they were committed to the exchange.",
        "The leaders of Orvia and Delmark met on Monday. The joint communique says both governments \u{201c}are committed to the exchange.\u{201d}",
    ] {
        let got = claims(text);
        let parties: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(parties, ["orvia", "delmark"], "{text}: {got:?}");
    }
}

/// Round 16, a debate and an open letter: "rose to say", "went on to
/// say" are the subject's own saying (not "ready to say"); "Ana Voss of
/// the opposition Delmark Union" is Ana Voss; "the letter says" is the party
/// the profile names the letter by; "disrupt" is harm.
#[test]
fn round_16_a_debate_and_a_letter() {
    let cases: &[(&str, &str, &str, Stance)] = &[
        (
            "Ana Voss of the opposition Delmark Union rose to say the swap was a mistake.",
            "delmark",
            "Ana Voss",
            Stance::Against,
        ),
        (
            "Tomas Rell went on to say Orvia backed the swap.",
            "orvia",
            "Tomas Rell",
            Stance::Favor,
        ),
        (
            "\u{201c}The swap is overdue,\u{201d} the letter says.",
            "orvia",
            "letter",
            Stance::Favor,
        ),
        (
            "Ana Voss said the swap would disrupt the border towns.",
            "delmark",
            "Ana Voss",
            Stance::Against,
        ),
    ];
    for &(text, party, speaker, stance) in cases {
        let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str(), got[0].3),
            (party, speaker, stance),
            "{text}"
        );
    }
    let ready = "Delmark was ready to say yes to the swap.";
    let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", ready);
    assert!(got.iter().all(|c| c.2 != "yes to the swap"), "{got:?}");
}

/// Round 16: an unnamed source is named by all that describes it before
/// the verb, as the annotations name it ("A senior Delmark official,
/// speaking on condition of anonymity", "A Delmark official who asked
/// not to be named"); not by an adverb after the verb. "Sources close
/// to the Delmark delegation" are of that side (not where they go).
#[test]
fn round_16_an_unnamed_source_in_full() {
    for (text, speaker) in [
        (
            "A senior Delmark official, speaking on condition of anonymity, said the swap was a mistake.",
            "A senior Delmark official, speaking on condition of anonymity",
        ),
        (
            "A Delmark official who asked not to be named said the swap was a mistake.",
            "A Delmark official who asked not to be named",
        ),
        (
            "A Delmark official said on Monday the swap was a mistake.",
            "A Delmark official",
        ),
        (
            "Sources close to the Delmark delegation said the swap was a mistake.",
            "Sources close to the Delmark delegation",
        ),
    ] {
        let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, speaker, "{text}");
    }
}

/// Round 16: reopening or renegotiating what was agreed undoes it ("will
/// not reopen a single line of the map"); reopening talks does not.
#[test]
fn round_16_reopening_a_deal() {
    stance_each_with(
        ENCLAVES,
        &[
            (
                "Ana Voss said Delmark would not renegotiate the swap deal.",
                Stance::Favor,
            ),
            (
                "Ana Voss said Delmark wanted to reopen the swap deal.",
                Stance::Against,
            ),
            (
                "Ana Voss said Delmark wanted to reopen talks on the swap.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 16: an entry of a chronology ("2019 - Delmark rejects …",
/// "August 2031 - Orvia proposes …") records an act, not a statement;
/// a live blog's timed entry ("09:12 - …") is still read.
#[test]
fn round_16_a_chronology_is_no_statement() {
    let claims = |text: &str| claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
    assert!(claims("2019 - Delmark rejects the swap.").is_empty());
    assert!(claims("August 2031 - Orvia proposes the swap; Delmark rejects it.").is_empty());
    let got = claims("09:12 - Ana Voss said Delmark rejected the swap.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("delmark", Stance::Against));
}

/// Round 16: a clause with a short quotation before "she said" ("… would
/// let both governments “claim a win,” she said") is hers, up to the
/// closing mark; "anything less than" and "anything short of" turn the
/// judgement of what falls short.
#[test]
fn round_16_a_short_quotation_and_anything_less() {
    let claims = |text: &str| claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
    let got = claims(
        "Ana Voss spoke next. The swap would let both governments \u{201c}claim a win,\u{201d} she said.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("delmark", "Ana Voss")
    );
    for text in [
        "\u{201c}Anything less than a full swap is an insult,\u{201d} Ana Voss said.",
        "Ana Voss said Delmark would not accept anything short of a full swap.",
    ] {
        let got = claims(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].3, Stance::Favor, "{text}");
    }
}

/// Round 16, words of harm: "a blank cheque", "dressed up as", "would
/// force … to", "wreck", "incompatible", "poisoned", "annexation" (the
/// last a fault the sixteenth mutation pass found).
#[test]
fn round_16_more_words_of_harm() {
    stance_each_with(
        ENCLAVES,
        &[
            (
                "Ana Voss said the swap was a blank cheque.",
                Stance::Against,
            ),
            (
                "Ana Voss said the swap was an annexation dressed up as a treaty.",
                Stance::Against,
            ),
            (
                "Ana Voss said the swap would force families to leave their farms.",
                Stance::Against,
            ),
            (
                "Ana Voss said the swap would wreck the border towns.",
                Stance::Against,
            ),
            (
                "Ana Voss said the swap was incompatible with the constitution.",
                Stance::Against,
            ),
            (
                "Ana Voss said the swap was a poisoned gift.",
                Stance::Against,
            ),
            ("Ana Voss said the swap was an annexation.", Stance::Against),
        ],
    );
}

/// Round 16, without a profile: a gerund opening a sentence ("Naming
/// children, in his view, was “…”") is no party.
#[test]
fn round_16_a_gerund_is_no_party() {
    let text = "Naming Row\n\nHEVLAND, June 3 - The minister Anna Belling wants judges to name \
        young offenders. Tomas Veil disagreed. Naming children, in his view, was \
        \u{201c}a medieval idea in a modern suit.\u{201d}\n";
    let d = draft::draft_document(
        text,
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let names: Vec<&str> = d.parties.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.contains(&"Naming"), "{names:?}");
    assert_eq!(d.claims.len(), 2, "{:#?}", d.claims);
}

/// Round 16, faults the fifteenth mutation pass found: a fronted time
/// phrase ("Two years later", "A decade ago", "Every year") before the
/// subject; "rather than" before a word of the topic.
#[test]
fn round_16_faults_of_the_fifteenth_pass() {
    for text in [
        "Two years later Ana Voss called the swap \u{201c}a relief\u{201d}.",
        "A decade ago Ana Voss called the swap \u{201c}a relief\u{201d}.",
        "Every year Ana Voss called the swap \u{201c}a relief\u{201d}.",
    ] {
        let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("delmark", "Ana Voss"),
            "{text}"
        );
    }
    // And "rather than" weighs the topic's words too ("fines rather than
    // a ban" toward "Rental e-scooters are barred" refuses the ban).
    one_stance_each(&[
        (
            "Oskar Lind said riders wanted fines rather than a ban.",
            Stance::Against,
        ),
        (
            "Maren Holt said the council wanted a ban rather than fines.",
            Stance::Favor,
        ),
    ]);
}

/// A profile of a coalition and its neighbours' talks, for round 17.
const TALKS: &str = "\
topics:
  - id: senate
    label: The Senate
    keywords: [senate]
    propositions:
      - The Senate is abolished
  - id: ceiling
    label: Missile ceiling
    keywords: [ceiling, missiles]
    propositions:
      - Each side keeps no more than 200 missiles
  - id: drilling
    label: Drilling
    keywords: [drilling]
    propositions:
      - Drilling at the Serra bank stops
  - id: ransom
    label: Ransom
    keywords: [ransom]
    propositions:
      - The government pays a ransom for the hostages
  - id: vote
    label: New referendum
    keywords: [referendum]
    propositions:
      - A new referendum is held
  - id: stake
    label: Stake
    keywords: [stake]
    propositions:
      - Olmeria holds a stake in the pipeline company
parties:
  - id: gov
    name: Government
    aliases: [government, Ana Ruiz, Ruiz]
  - id: opp
    name: Liberal Party
    aliases: [Liberals, Piet Mol, Mol]
  - id: greens
    name: Greens
    aliases: [Greens, Lina Strand, Strand]
";

/// Round 17: negations that do not cancel. A second negated predicate
/// after a first ("never offered … and we are not going to start
/// now"), a negation repeated after "and" ("no candidate and no
/// claim"), a negation in a relative clause without "that" after a
/// first ("will not pay … for a war it did not start"); and "a
/// question of when, not if" is certainty.
#[test]
fn round_17_negations_that_do_not_cancel() {
    stance_each_with(
        TALKS,
        &[
            (
                "\u{201c}We have never offered a stake and we are not going to start now,\u{201d} Ana Ruiz said.",
                Stance::Against,
            ),
            (
                "Lina Strand said the Greens wanted no stake and no seat on the board.",
                Stance::Against,
            ),
            (
                "Piet Mol said the government \u{201c}will not pay one coin of ransom for a war it did not start\u{201d}.",
                Stance::Against,
            ),
            (
                "Lina Strand said a new referendum was \u{201c}a question of when, not if\u{201d}.",
                Stance::Favor,
            ),
            // (After "no" too: a fault the eighteenth mutation pass found.)
            (
                "Lina Strand said the Greens wanted no referendum they did not call.",
                Stance::Against,
            ),
            // (A name, a number, a comma: faults the eighteenth pass found.)
            (
                "Piet Mol said the Liberals would not back a Senate they did not elect.",
                Stance::Favor,
            ),
            (
                "Ana Ruiz said the government would not pay a ransom for the two they did not free.",
                Stance::Against,
            ),
            (
                "\u{201c}We will not pay a ransom, a debt we do not owe,\u{201d} Ana Ruiz said.",
                Stance::Against,
            ),
        ],
    );
}

/// Round 17: no condition in "for as long as … requires" (a duration),
/// in "without preconditions", nor in "if they won the next election,"
/// (a comma after it); a threat "if drilling continued" is against its
/// going on; "dropped its demand for a stake" undoes the stake; "not
/// … without" the topic's word
/// asks for it ("would not send a treaty without a ceiling"), but not
/// when the refused thing is the topic's ("no referendum should be held
/// without …").
#[test]
fn round_17_no_condition_and_not_without() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the Senate would stay \u{201c}for as long as the security of citizens requires\u{201d}.",
                Stance::Against,
            ),
            (
                "Ana Ruiz urged both sides to hold a new referendum \u{201c}without preconditions\u{201d}.",
                Stance::Favor,
            ),
            (
                "Piet Mol said he would not send a treaty without a ceiling to parliament.",
                Stance::Favor,
            ),
            (
                "Piet Mol said no referendum should be held without the consent of the regions.",
                Stance::Against,
            ),
            // A pledge for when it governs, a comma after the election.
            (
                "The Liberals would repeal the ransom rule if they won the next election, Piet Mol said.",
                Stance::Against,
            ),
            // A threat if the topic goes on: against its going on.
            (
                "Piet Mol said the Liberals would ask the court to order interim measures if drilling continued.",
                Stance::Favor,
            ),
            // "dropped its demand for a stake": what was demanded undone.
            (
                "Ana Ruiz said talks could resume once Olmeria dropped its demand for a stake.",
                Stance::Against,
            ),
            // ("its claim on a stake": a fault the eighteenth pass found.)
            (
                "Ana Ruiz said Olmeria dropped its claim on a stake.",
                Stance::Against,
            ),
        ],
    );
}

/// Round 17, figures and limits: "no more than 200 missiles" in a
/// proposition excludes nothing ("has proposed a ceiling of 200
/// missiles" is for it); another figure asked for is against it
/// ("Olmeria wants 300 missiles"), not a date ("by 2040").
#[test]
fn round_17_figures() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said the Liberals had proposed a ceiling of 200 missiles for each side.",
                Stance::Favor,
            ),
            (
                "Piet Mol said the Liberals wanted 300 missiles.",
                Stance::Against,
            ),
            // (The cue is the asking: "The Liberals want 300 missiles.")
            ("The Liberals want 300 missiles.", Stance::Against),
            (
                "Piet Mol said the Liberals wanted a ceiling on missiles by 2040.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 17, what the proposition removes: approving or keeping it is
/// against the removal ("back the Senate", "Keep the Senate, and …"
/// toward "The Senate is abolished"; "drilling would continue" toward
/// "Drilling … stops"), approving the removal is not ("backs its
/// abolition"); "the no-ransom rule" negates the topic.
#[test]
fn round_17_what_the_proposition_removes() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said the Liberals back the Senate.",
                Stance::Against,
            ),
            (
                "Ana Ruiz said the Liberals back the abolition of the Senate.",
                Stance::Favor,
            ),
            (
                "\u{201c}Keep the Senate, and you will have our votes,\u{201d} Piet Mol said.",
                Stance::Against,
            ),
            (
                "Lina Strand said drilling at Serra would continue \u{201c}as before\u{201d}.",
                Stance::Against,
            ),
            (
                "Piet Mol said the Liberals back the no-ransom rule.",
                Stance::Against,
            ),
            // ("back" before the topic's own word: the eighteenth pass.)
            (
                "Piet Mol said the Liberals back drilling at Serra.",
                Stance::Against,
            ),
        ],
    );
    // (A word of several bytes a letter is compared by its first
    // letters without splitting one.)
    let senate = TALKS.replace("The Senate is abolished", "The Sen\u{e9}te is abolished");
    stance_each_with(
        &senate,
        &[(
            "Ana Ruiz said the Liberals back the Sen\u{e9}te and the senate.",
            Stance::Against,
        )],
    );
}

/// Round 17: "a matter for … alone" and "… and for nobody else" refuse
/// another's say (against, no neutrality); harm in "make … harder" and
/// "behind the voters' backs" (not the verb "backs").
#[test]
fn round_17_refusals_and_harm() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said a new referendum was \u{201c}a matter for the state alone\u{201d}.",
                Stance::Against,
            ),
            (
                "Ana Ruiz said a new referendum was a matter for the government and for nobody else.",
                Stance::Against,
            ),
            (
                "Ana Ruiz said a new referendum was a matter for the courts.",
                Stance::Neutral,
            ),
            (
                "Piet Mol said drilling would make a settlement \u{201c}harder, not easier\u{201d}.",
                Stance::Against,
            ),
            (
                "\u{201c}You do not abolish the Senate behind the voters' backs,\u{201d} Lina Strand said.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 17: a second content clause ("said X and that Y") is read when
/// the first took no side ("had “gone native” and that her party would
/// vote against any ceiling"), not when it did (", not an ornament,” and
/// that …"); "was divided over" is undecided.
#[test]
fn round_17_and_that() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said Ruiz had \u{201c}gone native\u{201d} and that her party would vote against any ceiling on missiles.",
                Stance::Against,
            ),
            (
                "Lina Strand said the ceiling was \u{201c}the heart of the treaty, not an ornament,\u{201d} and that she would not accept any amendment that weakened it.",
                Stance::Favor,
            ),
            (
                "Ana Ruiz said the cabinet was divided over the ransom.",
                Stance::Neutral,
            ),
        ],
    );
}

/// Round 17, harm: a word of harm that describes what a negated verb
/// refuses ("We do not hold an illegal referendum") says the refusal
/// again, one that is denied ("is not an illegal referendum") turns it;
/// "from the last century", "outdated", "a way to buy time", "another
/// matter entirely"; and a cue of approval of what the proposition
/// removes ("The Liberals back the Senate.").
#[test]
fn round_17_more_harm() {
    stance_each_with(
        TALKS,
        &[
            (
                "\u{201c}We do not hold an illegal referendum to make it legal,\u{201d} Ana Ruiz said.",
                Stance::Against,
            ),
            (
                "\u{201c}A new referendum is not an illegal referendum,\u{201d} Ana Ruiz said.",
                Stance::Favor,
            ),
            (
                "Piet Mol said the ransom rule was \u{201c}a policy from the last century\u{201d}.",
                Stance::Against,
            ),
            ("Piet Mol said the Senate was outdated.", Stance::Against),
            (
                "Lina Strand called a new referendum \u{201c}a way to buy eighteen months\u{201d}.",
                Stance::Against,
            ),
            (
                "Lina Strand said a ransom was another matter entirely.",
                Stance::Against,
            ),
            ("The Liberals back the Senate.", Stance::Against),
        ],
    );
}

/// Round 17, faults seen in earlier rounds: "that" after a verb of
/// saying or thinking opens what is said, no relative clause ("riders
/// would argue that the ban was unfair"); "came too soon" is haste;
/// "much to fear from" is harm.
#[test]
fn round_17_older_faults() {
    one_stance_each(&[
        (
            "Oskar Lind said riders would argue that the ban was unfair.",
            Stance::Against,
        ),
        (
            "Oskar Lind said riders feared that the ban was unfair.",
            Stance::Against,
        ),
        ("Oskar Lind said the ban came too soon.", Stance::Against),
        (
            "Oskar Lind said riders had much to fear from the ban.",
            Stance::Against,
        ),
    ]);
}

/// Round 17, faults the seventeenth mutation pass found: "The Courier
/// quoted a Talmark official as saying …" names "a Talmark official"
/// (not "… as"); "A Delmark official, who also said the swap was a
/// mistake, left the talks." names "A Delmark official" (not "…, who")
/// and what was said ends at the comma.
#[test]
fn round_17_quoted_an_official_as_saying() {
    let got = claims_with(
        ENCLAVES,
        "enclaves-profile.yaml",
        "Enclave talks",
        "A Delmark official, who also said the swap was a mistake, left the talks.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].1.as_str(), got[0].3),
        ("A Delmark official", Stance::Against),
        "{got:?}"
    );
    let got = claims_with(
        PRESS,
        "press-profile.yaml",
        "What the papers say",
        "The Courier quoted a Talmark official as saying arbitration was a trap.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("talgov", "a Talmark official"),
        "{got:?}"
    );
}

/// Round 17, neutral: "not going to discuss … from this podium", "will
/// decide where …", "would judge the ceiling by …", "no ceiling had been
/// agreed", "all options remain on the table".
#[test]
fn round_17_undecided() {
    stance_each_with(
        TALKS,
        &[
            (
                "\u{201c}I am not going to discuss the ransom from this podium,\u{201d} Ana Ruiz said.",
                Stance::Neutral,
            ),
            (
                "Lina Strand said the Senate \u{201c}will decide where it sits, and when, in its own time\u{201d}.",
                Stance::Neutral,
            ),
            (
                "Piet Mol said the Liberals would judge the ceiling \u{201c}by what is written in the law\u{201d}.",
                Stance::Neutral,
            ),
            (
                "Lina Strand said no ceiling had been agreed.",
                Stance::Neutral,
            ),
            (
                "Lina Strand said that on the ceiling \u{201c}all options remain on the table\u{201d}.",
                Stance::Neutral,
            ),
        ],
    );
}

/// A profile of a border town's rail link, its governments and people
/// known by a description, for round 17's speakers.
const BORDER_RAIL: &str = "\
topics:
  - id: reopen
    label: Reopening
    keywords: [train, line, reopening]
    propositions:
      - Passenger trains run again between Grenzby and Pardov
parties:
  - id: ebr
    name: Ebrenia
    aliases: [Ebrenia, Ebrenian]
  - id: tal
    name: Tallovia
    aliases: [Tallovia, Tallovian, Dora Pejic]
  - id: baker
    name: The Grenzby baker
    aliases: [bakery counter]
  - id: railwayman
    name: A retired railwayman
    aliases: [retired railwayman]
  - id: tools
    name: A Grenzby tool seller
    aliases: [selling tools]
  - id: teacher
    name: A Pardov teacher
    aliases: [teacher]
";

/// Round 17, speakers: a ministry of transport, education or culture
/// ("The Ebrenian transport ministry says …"); a person described after
/// an inverted "said" ("“…,” said a retired railwayman who lives by …",
/// "said the woman behind the bakery counter, who …", "said a man
/// selling tools"); "A teacher at the school" (a person's noun, for
/// "she" next); but not after a participle ("…,” calling the line
/// unworkable").
#[test]
fn round_17_ministries_and_people_described() {
    let claims = |text: &str| {
        claims_with(
            BORDER_RAIL,
            "rail-profile.yaml",
            "Waiting for the train",
            text,
        )
    };
    for (text, party, speaker) in [
        (
            "The Ebrenian transport ministry says the reopening will pay.",
            "ebr",
            "Ebrenian transport ministry",
        ),
        (
            "The Ebrenian education minister said the line would help pupils.",
            "ebr",
            "Ebrenian education minister",
        ),
        (
            "Dora Pejic spoke first. \u{201c}Bring the train back tomorrow,\u{201d} said a retired railwayman who lives by the old signal box.",
            "railwayman",
            "a retired railwayman",
        ),
        (
            "Dora Pejic spoke first. \u{201c}Bring the train back tomorrow,\u{201d} said the woman behind the bakery counter, who has run the shop for 22 years.",
            "baker",
            "woman behind the bakery counter",
        ),
        (
            "Dora Pejic spoke first. \u{201c}Bring the train back tomorrow,\u{201d} said a man selling tools.",
            "tools",
            "a man selling tools",
        ),
        // (A heckler's "shouted"; "near", "outside" describe a person.)
        (
            "Dora Pejic spoke first. A teacher outside the station shouted that the line was overdue.",
            "teacher",
            "A teacher outside the station",
        ),
        // (A relative clause after a description, "the back" a noun.)
        (
            "Dora Pejic spoke first. She was interrupted by a teacher near the back who shouted that the line was overdue.",
            "teacher",
            "a teacher near the back",
        ),
        // (And "teacher", "nurse", "baker" … are people's nouns.)
        (
            "Dora Pejic spoke first. A teacher at the school said half her pupils had family in Grenzby. \u{201c}For them, the train is Sunday lunch,\u{201d} she said.",
            "teacher",
            "A teacher at the school",
        ),
    ] {
        let got = claims(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            (party, speaker),
            "{text}"
        );
    }
    let got = claims(
        "Dora Pejic wrote that Tallovia would \u{201c}never pay for the line,\u{201d} calling the plan unworkable.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "Dora Pejic", "{got:?}");
}

/// (party id, speaker, topic id, stance) of every claim drafted with the
/// profile `TALKS`, for round 18.
fn talks(text: &str) -> Vec<(String, String, String, Stance)> {
    claims_with(TALKS, "round-18-profile.yaml", "Round 18 talks", text)
}

/// Round 18: a "Q:"/"A:" transcript whose introduction names the person
/// by title ("Finance Minister Ana Ruiz said … We spoke to the minister")
/// gives the answers to that person; they were no one's.
#[test]
fn round_18_an_interview_introduces_its_subject_by_title() {
    let got = talks(
        "Finance Minister Ana Ruiz said before the interview that she expected a long night. \
         We spoke to the minister on Tuesday.\n\nQ: Will you hold a new referendum?\n\n\
         A: No. A new referendum would be a mistake.",
    );
    assert_eq!(got, [own("gov", "Ana Ruiz", "vote", Stance::Against)]);
    // (Not a title met nowhere before.)
    let got = talks(
        "Ana Ruiz said before the interview that she expected a long night. \
         We spoke to the minister on Tuesday.\n\nQ: Will you hold a new referendum?\n\n\
         A: No. A new referendum would be a mistake.",
    );
    assert_eq!(got, []);
}

/// A profile of a league of states asking a neighbour to open a plant
/// to inspections, for round 18.
const LEAGUE: &str = "\
topics:
  - id: access
    label: Inspections
    keywords: [inspections, inspectors]
    propositions:
      - Inspectors get unannounced access to the plant
parties:
  - id: league
    name: Velder League
    aliases: [Velder League, League]
  - id: ost
    name: Ostmark government
    aliases: [Ostmark, Ostmarkian, Lea Brandt, Brandt]
";

fn league(text: &str) -> Vec<(String, String, String, Stance)> {
    claims_with(LEAGUE, "league-profile.yaml", "League talks", text)
}

/// Round 18: "Its foreign ministry" after a country's statement is that
/// country's ministry, once: read again (a second "that" clause, a
/// second paragraph) it is not "Ostmark's foreign ministry's foreign
/// ministry". And a country described by a clause with "which" ("Ostmark,
/// which is not a member of the League,") is no person: "its" is it.
#[test]
fn round_18_its_ministry_is_the_country_s_once() {
    let against = |who: &str| own("ost", who, "access", Stance::Against);
    assert_eq!(
        league(
            "Ostmark rejected the inspections. Its foreign ministry said that Ostmark would \
             never let inspectors in.\n\nIts foreign ministry said later that inspectors \
             would not be let in."
        ),
        [
            against("Ostmark government"),
            against("Ostmark's foreign ministry"),
            against("Ostmark's foreign ministry"),
        ]
    );
    assert_eq!(
        league(
            "Ostmark, which is not a member of the League, rejected the inspections. Its \
             foreign ministry said that Ostmark would never let inspectors in."
        ),
        [
            against("Ostmark government"),
            against("Ostmark's foreign ministry"),
        ]
    );
}

/// Round 18: a person named in apposition to "One of its members of
/// parliament" is the "he" of the next quotation (not the last speaker);
/// and "a referendum I cannot explain" is a relative clause whose
/// negation, in one word with its auxiliary, does not cancel "will not
/// vote for".
#[test]
fn round_18_one_of_its_members_and_a_negation_in_one_word() {
    assert_eq!(
        talks(
            "Its chairwoman, Lina Strand, said: \u{201c}We will campaign on the referendum.\u{201d}\n\n\
             The Liberals have not taken a position. One of their members of parliament, Piet \
             Mol, signed the letter. \u{201c}I will not vote for a referendum I cannot explain to \
             the families in my town,\u{201d} he wrote on his blog."
        )
        .last(),
        Some(&own("opp", "Piet Mol", "vote", Stance::Against))
    );
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said she would not vote for a referendum she can't explain.",
                Stance::Against,
            ),
            (
                "Ana Ruiz said she would not vote for a referendum we cannot win.",
                Stance::Against,
            ),
        ],
    );
}

/// Round 18: insistence ("not up for negotiation", "not a bargaining
/// chip"), deferral ("We will cross that bridge in September"), "no
/// view" in quotation marks (neutral) unless a clause after "but"
/// refuses, "fine, but not if …" (a condition of what was approved),
/// harm ("a very poor record", "treats … as suspects", "a death
/// sentence", "end in tears", "undo thirty years of …"), and compulsion
/// ("has left us no choice", "no alternative to") is no negation.
#[test]
fn round_18_insistence_deferral_and_a_condition_after_but() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said the stake was \u{201c}not up for negotiation\u{201d}.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the ransom was \u{201c}not a bargaining chip\u{201d}.",
                Stance::Favor,
            ),
            (
                "\u{201c}We will cross that bridge in September,\u{201d} Piet Mol said of the referendum.",
                Stance::Neutral,
            ),
            (
                "Lina Strand said the Greens took \u{201c}no view\u{201d} on the ransom.",
                Stance::Neutral,
            ),
            (
                "Lina Strand said the Greens had \u{201c}no strong view\u{201d} on the ransom but would never pay it.",
                Stance::Against,
            ),
            (
                "\u{201c}A referendum is fine, but not if it becomes a reason to wait until summer,\u{201d} Ana Ruiz said.",
                Stance::Conditional,
            ),
            ("Ana Ruiz said ransoms have a very poor record.", Stance::Against),
            (
                "Piet Mol said the ransom was \u{201c}a death sentence\u{201d} for the families.",
                Stance::Against,
            ),
            (
                "Lina Strand said the ransom would \u{201c}end in tears\u{201d}.",
                Stance::Against,
            ),
            (
                "Lina Strand said the ransom would undo thirty years of work.",
                Stance::Against,
            ),
            // Compulsion is no negation; a lack of choice as harm is.
            (
                "\u{201c}We did not want a referendum, but the government has left us no choice,\u{201d} Piet Mol said.",
                Stance::Favor,
            ),
            (
                "Lina Strand said there was no alternative to a referendum.",
                Stance::Favor,
            ),
            (
                "Lina Strand said that with a ransom, families would have no choice at all.",
                Stance::Against,
            ),
            (
                "Piet Mol said the ransom \u{201c}treats the families as suspects\u{201d}.",
                Stance::Against,
            ),
        ],
    );
}

/// Round 18: a live blog's "More from Strand." names the person the
/// next "she" is (not the last speaker).
#[test]
fn round_18_more_from_a_name_seen_before() {
    let got = talks(
        "Lina Strand said the Greens would back the referendum.\n\n\
         Ana Ruiz said the government was ready for the referendum.\n\n\
         More from Strand. Asked about the ransom, she said: \u{201c}We will never pay it.\u{201d}",
    );
    assert_eq!(
        got.last(),
        Some(&own("greens", "Lina Strand", "ransom", Stance::Against))
    );
}

/// Round 18: "We will see what the minister puts in front of us" waits
/// and sees (neutral); "would see the referendum through" does not.
#[test]
fn round_18_we_will_see_what() {
    stance_each_with(
        TALKS,
        &[
            (
                "Asked whether the Liberals would back the referendum, Piet Mol said: \
                 \u{201c}We will see what the minister puts in front of us.\u{201d}",
                Stance::Neutral,
            ),
            (
                "Lina Strand said the Greens would see the referendum through.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 18: "is sceptical of" (or "about") opposes, as a cue and in
/// what is said; "propose that" (the plural) proposes, after "Instead of
/// …," too.
#[test]
fn round_18_sceptical_of_and_propose_that() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol is sceptical of a ransom of any size.",
                Stance::Against,
            ),
            (
                "Lina Strand said the Greens were deeply sceptical about the referendum.",
                Stance::Against,
            ),
            ("Ana Ruiz was not sceptical of the stake.", Stance::Favor),
            (
                "Instead of a referendum, the Greens propose that the Senate be abolished.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 18: "He did not say whether he favoured a ransom" is the
/// writer's note of what was not said: no claim ("would not say
/// whether" is still a refusal to say, neutral).
#[test]
fn round_18_what_was_not_said_is_no_claim() {
    assert_eq!(
        talks(
            "Piet Mol, asked about the row, said the Liberals backed the referendum. He did not \
             say whether he favoured a ransom.\n\nLina Strand would not say whether the Greens \
             backed the referendum."
        ),
        [
            own("opp", "Piet Mol", "vote", Stance::Favor),
            own("greens", "Lina Strand", "vote", Stance::Neutral),
        ]
    );
}

/// Round 18: "Both leaders said" is the group of leaders that spoke
/// before, like "The two leaders" (not "both sides of the river", no
/// people).
#[test]
fn round_18_both_leaders() {
    let got = league(
        "The leaders of Ostmark and the Velder League said inspectors would visit the plant.\n\n\
         Both leaders said inspectors would be let in without notice.",
    );
    let group = "leaders of Ostmark and the Velder League";
    let each = [
        own("ost", group, "access", Stance::Favor),
        own("league", group, "access", Stance::Favor),
    ];
    assert_eq!(got, [each.clone(), each].concat());
}

/// Round 18, without a profile: "the opposition Freedom Bloc" is the
/// Freedom Bloc (a kind in capitals is part of the name), "The
/// Association of Victims of the Highland War" is named whole; "More than
/// 240 academics" and "Correction:" in a live blog are no parties.
#[test]
fn round_18_no_party_named_more_or_correction() {
    let got = discovered(
        "Refugee summit\n\n\
         09:31 His spokesman, Pavel Drozd, said Noskova would \u{201c}not accept numbers written in Castrova\u{201d}.\n\n\
         09:48 Correction: in our 09:31 entry we quoted Drozd as rejecting \u{201c}numbers written in Castrova\u{201d}.\n\n\
         10:05 More than 240 academics, doctors and parents have signed an open letter urging the \
         minister to drop her plan, calling it \u{201c}a solution in search of a problem\u{201d}.\n\n\
         18:30 Back in Feldara, the opposition Freedom Bloc says the government has given too much away.\n",
    );
    let parties: Vec<&str> = got.iter().map(|c| c.2.as_str()).collect();
    assert!(parties.contains(&"Freedom Bloc"), "{got:#?}");
    assert!(
        !parties
            .iter()
            .any(|p| matches!(*p, "Freedom" | "More" | "Correction")),
        "{got:#?}"
    );
    // ("The Association of Victims of the Highland War" whole, not
    // "Highland War"; "Friends of the Earth" too.)
    for (text, name) in [
        (
            "The Association of Victims of the Highland War, the largest such group, has called \
             for a No vote in the referendum.",
            "Association of Victims of the Highland War",
        ),
        (
            "Friends of the Earth said it would back a No vote in the referendum.",
            "Friends of the Earth",
        ),
    ] {
        let got = discovered(&format!("Peace vote\n\n{text}\n"));
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].2, name, "{got:#?}");
    }
}

/// Round 18: "I will not publicly discuss the ransom" declines to say
/// (neutral, "would not discuss the referendum" still refuses); "all
/// options on the ransom remain on the table" (the topic between)
/// leaves every way open.
#[test]
fn round_18_not_publicly_and_options_on_the_topic() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said: \u{201c}I will not publicly discuss the ransom.\u{201d}",
                Stance::Neutral,
            ),
            (
                "Piet Mol said he would not discuss the referendum.",
                Stance::Against,
            ),
            (
                "Lina Strand said all options on the ransom remain on the table.",
                Stance::Neutral,
            ),
        ],
    );
}

/// Round 18: faults the twentieth mutation pass found. Approving the
/// removal named after its word ("support Senate abolition", "back the
/// Senate's abolition") is for it; "back Serra drilling" keeps what
/// "Drilling at the Serra bank stops" removes, as "supported" does;
/// "make a settlement difficult" is harm ("the least harmful" is not).
#[test]
fn round_18_faults_of_the_twentieth_pass() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said the Liberals support Senate abolition.",
                Stance::Favor,
            ),
            (
                "Piet Mol said the Liberals back the Senate\u{2019}s abolition.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the Greens back the Senate.",
                Stance::Against,
            ),
            (
                "Piet Mol said the Liberals back Serra drilling.",
                Stance::Against,
            ),
            (
                "Piet Mol said the ransom would make a settlement difficult.",
                Stance::Against,
            ),
            // ("the least harmful": the best on offer.)
            (
                "Lina Strand said a new referendum was the least harmful option.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 18: "The memo, written for Foreign Minister Ana Ruiz, says …"
/// is the memo's (the party whose minister it was written for), not a
/// statement of the minister's.
#[test]
fn round_18_a_memo_written_for_a_minister() {
    let profile = TALKS.replace(
        "aliases: [government, Ana Ruiz, Ruiz]",
        "aliases: [government, memo, Ana Ruiz, Ruiz]",
    );
    let got = claims_with(
        &profile,
        "round-18-profile.yaml",
        "Round 18 talks",
        "The memo, written for Foreign Minister Ana Ruiz, says the government should hold a new referendum.",
    );
    assert_eq!(got, [own("gov", "memo", "vote", Stance::Favor)]);
}

/// Round 18: "would not stand in the way" accepts ("would stand in the
/// way" obstructs), and said alone, with no topic word, it is of the
/// matter just spoken of.
#[test]
fn round_18_not_standing_in_the_way() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said the Liberals would not stand in the way of a referendum.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the Greens would stand in the way of a referendum.",
                Stance::Against,
            ),
        ],
    );
    assert_eq!(
        talks(
            "Ana Ruiz said the government wanted a new referendum. Piet Mol says the Liberals \
             will not stand in the way."
        ),
        [
            own("gov", "Ana Ruiz", "vote", Stance::Favor),
            own("opp", "Piet Mol", "vote", Stance::Favor),
        ]
    );
}

/// Round 18: a question that names two topics ("whether the Senate
/// would call a referendum") is asked about its object, the last; and
/// "had “not closed the question”" leaves it open (neutral).
#[test]
fn round_18_a_question_is_about_its_object() {
    assert_eq!(
        talks(
            "Asked whether the Senate would call a referendum, Ana Ruiz said the government \
             had \u{201c}not closed the question\u{201d}."
        ),
        [own("gov", "Ana Ruiz", "vote", Stance::Neutral)]
    );
}

/// Round 18: 'was “far too broad”' (the quotation mark before the
/// adverb) is an excess, as "was far too broad" is; 'was “far too
/// narrow”' too little of it (more is wanted: not a report of the state
/// of things).
#[test]
fn round_18_far_too_broad_in_quotation_marks() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the ransom demanded was \u{201c}far too broad\u{201d}.",
                Stance::Against,
            ),
            (
                "Lina Strand said the ransom demanded was far too broad.",
                Stance::Against,
            ),
            (
                "Lina Strand said the ransom on offer was \u{201c}far too narrow\u{201d}.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 18, without a profile: ", not ten weeks" sets an alternative
/// aside toward a target taken from the clause too (the target ends
/// before it): no negation of what is said; and a negation that does not
/// cancel the first ("a ban I cannot explain") does not there either.
#[test]
fn round_18_an_alternative_set_aside_without_a_profile() {
    let d = draft::draft_document(
        "Enclave swap\n\nThe committee of residents of Dellmoor welcomed the enclave swap. \
         \u{201c}People should be allowed to change their minds about the enclave swap for ten \
         years, not ten weeks,\u{201d} its chairman, Anton Pavic, said.\n",
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let pavic: Vec<_> = d
        .claims
        .iter()
        .filter(|c| c.speaker == "Anton Pavic")
        .collect();
    assert_eq!(pavic.len(), 1, "{:#?}", d.claims);
    assert_eq!(pavic[0].stance, Stance::Favor, "{:#?}", d.claims);
    // (Nor does a negation that does not cancel the first: "a ban I
    // cannot explain".)
    let d = draft::draft_document(
        "Home schooling ban\n\nThe Liberal Party has not taken a position on the home \
         schooling ban. One of its members of parliament, Tomas Vinter, signed the first \
         letter. \u{201c}I will not vote for a ban I cannot explain to the families in my \
         town,\u{201d} he wrote on his blog.\n",
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let vinter: Vec<_> = d
        .claims
        .iter()
        .filter(|c| c.speaker == "Tomas Vinter")
        .collect();
    assert_eq!(vinter.len(), 1, "{:#?}", d.claims);
    assert_eq!(vinter[0].stance, Stance::Against, "{:#?}", d.claims);
}

/// Round 18 (a case the twenty-first mutation pass questioned):
/// insisting on what the proposition removes keeps it: "the Senate was
/// not up for discussion", "the Senate was not negotiable" toward "The
/// Senate is abolished" are against (insisting on the stake, which no
/// proposition removes, is still for it).
#[test]
fn round_18_insisting_on_what_is_removed() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said the Senate was not up for discussion.",
                Stance::Against,
            ),
            (
                "Ana Ruiz said the Senate was not negotiable.",
                Stance::Against,
            ),
            (
                "Piet Mol said the stake was not up for negotiation.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the abolition of the Senate was not up for debate.",
                Stance::Favor,
            ),
        ],
    );
}

/// A profile of a handover to a tribunal, for round 19.
const HANDOVER: &str = "\
topics:
  - id: handover
    label: Handover
    keywords: [handover, tribunal]
    propositions:
      - Varo is handed over to the tribunal
  - id: amnesty
    label: Amnesty
    keywords: [amnesty]
    propositions:
      - The amnesty is repealed
parties:
  - id: gov
    name: Government of Meskia
    aliases: [Meskia, Meskian, Lena Darov, Darov]
  - id: un
    name: UN human rights office
    aliases: [UN, UN human rights office]
  - id: vast
    name: Government of Vastor
    aliases: [Vastor, Vastorian]
  - id: union
    name: Union of Northern States
    aliases: [Union of Northern States, Union]
  - id: coop
    name: Riverside farmers' cooperative
    aliases: [farmers' cooperative]
";

fn handover(text: &str) -> Vec<(String, String, String, Stance)> {
    claims_with(HANDOVER, "round-19-profile.yaml", "Round 19 handover", text)
}

/// Round 19: a role noun after several nouns and a name ("The UN human
/// rights office") is the whole phrase; with three lowercase words
/// between the name and the role the statement was no one's.
#[test]
fn round_19_several_nouns_before_a_role() {
    assert_eq!(
        handover("The UN human rights office said the handover was a good step."),
        [own(
            "un",
            "UN human rights office",
            "handover",
            Stance::Favor
        )]
    );
}

/// Round 19: a time set aside after "but not" puts off what was said
/// ("will happen, but not this year" is for it; "but not in Olmeria"
/// still refuses), and an ultimatum after "or" insists on what comes
/// before ("by the voters, or not at all").
#[test]
fn round_19_deferral_and_ultimatum() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the new referendum \"will happen, but not this year\".",
                Stance::Favor,
            ),
            (
                "Lina Strand said the new referendum would happen, but not before the summer.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the new referendum would happen, but not in Olmeria.",
                Stance::Against,
            ),
            (
                "Piet Mol said the new referendum must be held by the voters, or not at all.",
                Stance::Favor,
            ),
            (
                "Piet Mol said the new referendum must not be held at all.",
                Stance::Against,
            ),
        ],
    );
}

/// Round 19: a burden lifted ("a mother will not have to drive 30
/// kilometres") is no refusal; "will not" alone still refuses.
#[test]
fn round_19_a_burden_lifted() {
    let stances = |text: &str| {
        let d = draft::draft_document(
            &format!("Medicines in supermarkets\n\n{text}\n"),
            None,
            &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
        );
        d.claims
            .iter()
            .filter(|c| c.quote.contains("Prices"))
            .map(|c| c.stance)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        stances(
            "Health Minister Annika Strand defended the bill on Tuesday. \u{201c}Prices will \
             fall by a third, and a mother with a sick child will not have to drive 30 \
             kilometres on a Sunday,\u{201d} she said."
        ),
        [Stance::Favor]
    );
    assert_eq!(
        stances(
            "Health Minister Annika Strand defended the bill on Tuesday. \u{201c}Prices will \
             not fall by a third, and a mother with a sick child will drive 30 kilometres on \
             a Sunday,\u{201d} she said."
        ),
        [Stance::Against]
    );
}

/// Round 19: "told the Vastor daily Ekko in an interview published on
/// Tuesday": a paper named by its kind and the interview are who was
/// told, so what was said is the clause before (it was "daily Ekko in an
/// interview …").
#[test]
fn round_19_told_a_daily_in_an_interview() {
    assert_eq!(
        handover(
            "Meskia will not hand Varo to the tribunal unless the amnesty is repealed, \
             Meskia's justice minister Lena Darov told the Vastor daily Ekko in an interview \
             published on Tuesday."
        ),
        [
            own("gov", "Lena Darov", "handover", Stance::Conditional),
            // (The condition, a claim of its own.)
            own("gov", "Lena Darov", "amnesty", Stance::Favor),
        ]
    );
    // ("told local radio": what was said starts after the listener.)
    let profile =
        Profile::from_source(HANDOVER, "round-19-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(
        "Handover\n\nLena Darov told local radio the handover was a mistake.\n",
        None,
        &profile,
    );
    let quotes: Vec<&str> = d.claims.iter().map(|c| c.quote.as_str()).collect();
    assert_eq!(quotes, ["the handover was a mistake"]);
    // (An adjective only before a listener: "told reporters foreign
    // judges" keeps "foreign".)
    let d = draft::draft_document(
        "Handover\n\nLena Darov told reporters foreign judges would run the tribunal.\n",
        None,
        &profile,
    );
    let quotes: Vec<&str> = d.claims.iter().map(|c| c.quote.as_str()).collect();
    assert_eq!(quotes, ["foreign judges would run the tribunal"]);
}

/// Round 19: a fact-check's labels ("CLAIM 1:", "VERDICT:") are no
/// speakers or parties (without a profile they were parties "CLAIM" and
/// "VERDICT").
#[test]
fn round_19_fact_check_labels() {
    let d = draft::draft_document(
        "Medicines check\n\nHealth Minister Annika Strand defended the bill on Sunday.\n\n\
         CLAIM 1: \u{201c}Prices will fall by a third.\u{201d}\n\n\
         VERDICT: Misleading. Prices fell by 8 percent in two neighbouring countries, the \
         competition authorities said on Monday.\n",
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let speakers: Vec<&str> = d.claims.iter().map(|c| c.speaker.as_str()).collect();
    assert!(
        !speakers.iter().any(|s| matches!(*s, "CLAIM" | "VERDICT")),
        "{speakers:?}"
    );
    assert!(
        !d.parties
            .iter()
            .any(|p| matches!(p.name.as_str(), "CLAIM" | "VERDICT")),
        "{:?}",
        d.parties
    );
}

/// Round 19: a place adverb that opens a sentence ("Outside, in the
/// cold, …") is no party (it was the party "Outside").
#[test]
fn round_19_outside_is_no_party() {
    let d = draft::draft_document(
        "Buffer zone talks\n\nThe Drusenian delegation said the buffer zone should be 30 \
         kilometres wide.\n\nOutside, in the cold, about two hundred people from the villages \
         along the Ister stood behind a police barrier under a banner reading \u{201c}Let us go \
         home\u{201d}. Their organiser, Vesna Orlic, said the zone must be drawn so that \
         villagers could return.\n",
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    assert!(
        !d.parties.iter().any(|p| p.name == "Outside"),
        "{:?}",
        d.parties
    );
    assert!(
        !d.claims.iter().any(|c| c.speaker == "Outside"),
        "{:#?}",
        d.claims
    );
}

/// Round 19: a country the profile knows, set off by what describes it
/// ("Vastor, Meskia's largest trading partner, was cooler."), is what
/// "its" next refers to (it was Meskia, named in the description, and
/// the ministry's claim went to Meskia).
#[test]
fn round_19_a_country_set_off_by_a_description() {
    assert_eq!(
        handover(
            "Vastor, Meskia's largest trading partner and an ally of the old government, was \
             cooler. Its foreign ministry said the handover was a mistake."
        ),
        [own(
            "vast",
            "Vastor's foreign ministry",
            "handover",
            Stance::Against
        )]
    );
}

/// Round 19: a cooperative is a body that speaks ("The farmers'
/// cooperative said it backed the handover" was no one's).
#[test]
fn round_19_a_cooperative_speaks() {
    assert_eq!(
        handover("In the port town, the farmers' cooperative said it backed the handover."),
        [own(
            "coop",
            "Riverside farmers' cooperative",
            "handover",
            Stance::Favor
        )]
    );
}

/// Round 19: "said this on national radio", "said so" name no statement
/// (what was said is elsewhere); "regards this as a mistake" still is one.
#[test]
fn round_19_said_this_on_the_radio() {
    assert_eq!(
        handover("Lena Darov said this about the handover on national radio on Sunday."),
        []
    );
    assert_eq!(
        handover("Lena Darov regards this handover as a mistake."),
        [own("gov", "Lena Darov", "handover", Stance::Against)]
    );
}

/// Round 19: what the writer notes a person did not say is no claim,
/// whatever follows ("She did not say Meskia would block the handover";
/// round 18 had only "did not say whether").
#[test]
fn round_19_did_not_say_anything_else() {
    assert_eq!(
        handover(
            "Lena Darov said she had doubts. She did not say Meskia would block the handover."
        ),
        []
    );
}

/// Round 19: the noun "object" after an adjective or in quotation marks
/// ("“a single object”", "objects from the archive") is no verb of
/// opposing, which turned "would never agree" back to favour.
#[test]
fn round_19_an_object_is_a_noun() {
    stance_each_with(
        HANDOVER,
        &[
            (
                "Lena Darov said Meskia would never agree to the handover of \u{201c}a single \
                 object\u{201d} from the archive.",
                Stance::Against,
            ),
            (
                "Lena Darov said Meskia would never agree to the handover of objects from the \
                 archive.",
                Stance::Against,
            ),
            (
                "Lena Darov said Meskia would object to the handover.",
                Stance::Against,
            ),
        ],
    );
}

/// Round 19: refusing a partial handover insists on the whole ("will
/// not accept a partial handover" is for it; "will not accept the
/// handover" still against).
#[test]
fn round_19_refusing_a_partial_one() {
    stance_each_with(
        HANDOVER,
        &[
            (
                "Lena Darov said Meskia would not accept a partial handover.",
                Stance::Favor,
            ),
            (
                "Lena Darov said Meskia would not accept the handover.",
                Stance::Against,
            ),
            (
                "Lena Darov said Meskia would accept a partial handover.",
                Stance::Favor,
            ),
        ],
    );
}

/// Round 19: the faults the twenty-second mutation pass found: "a ransom
/// they never owed" (a relative clause negated by "never" alone) does not
/// cancel "would not pay"; undoing harm ("would undo the damage") is no
/// harm; "but if pressed would never pay it" is decided by its verb.
#[test]
fn round_19_faults_of_the_twenty_second_pass() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said the Liberals would not pay a ransom they never owed.",
                Stance::Against,
            ),
            (
                "Lina Strand said a new referendum would undo the damage.",
                Stance::Favor,
            ),
            (
                "Lina Strand said a new referendum would do damage.",
                Stance::Against,
            ),
            (
                "Lina Strand said the Greens had no strong view on the ransom, but if pressed \
                 would never pay it.",
                Stance::Against,
            ),
        ],
    );
}

/// Round 19: a possessive "her" does not tell the gender of the person
/// named after it ("Her justice minister, Adam Kolar," was taken for a
/// woman, so the next "he" went to a man named paragraphs before).
#[test]
fn round_19_her_minister_is_no_woman() {
    let got = handover(
        "Vastor's foreign minister, Ivo Tal, said the handover was overdue. He said Vastor \
         would not accept a delay.\n\nLena Darov told parliament the handover was the price \
         of being a normal country. Her justice minister, Adam Kolar, said the amnesty would \
         be repealed. \u{201c}We are handing over one man, not our whole judiciary,\u{201d} he \
         said.",
    );
    let last = got.last().map(|c| (c.0.as_str(), c.1.as_str()));
    assert_eq!(last, Some(("gov", "Adam Kolar")), "{got:#?}");
}

/// Round 19: a statement with no reason of its own takes the party's
/// side only from its statements with a strong reason: after "was not
/// what voters asked for" (a bare negation) "would be held in May" stays
/// in favour; after "was a mistake" (harm) it turns.
#[test]
fn round_19_only_strong_reasons_turn_another() {
    let stances = |text: &str| talks(text).iter().map(|c| c.3).collect::<Vec<_>>();
    assert_eq!(
        stances(
            "Piet Mol said a new referendum was not what voters asked for. Piet Mol said the \
             new referendum would be held in May."
        ),
        [Stance::Against, Stance::Favor]
    );
    assert_eq!(
        stances(
            "Piet Mol said a new referendum was a mistake. Piet Mol said the new referendum \
             would be held in May."
        ),
        [Stance::Against, Stance::Against]
    );
}

/// Round 19: a person of two names introduced mid-sentence by "who"
/// ("heard from Judge Ingrid Sollum, who chairs …") is the one the next
/// "she" is (it was the minister named before).
#[test]
fn round_19_a_person_introduced_by_who() {
    let d = draft::draft_document(
        "Court closures\n\nJustice Minister Petra Lindgaard said the closures of district \
         courts would save money.\n\nLater the committee heard from Judge Ingrid Sollum, who \
         chairs the judges' association. She told members the closures of district courts \
         were a mistake.\n",
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let speakers: Vec<&str> = d.claims.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers.last(), Some(&"Ingrid Sollum"), "{speakers:?}");
}

/// Round 19: the faults the twenty-third mutation pass found in round
/// 19's own rules: "like it or not" refuses nothing; an ultimatum of
/// more words ("or no government at all") insists as a short one does;
/// "said this: …" is a statement.
#[test]
fn round_19_faults_of_the_twenty_third_pass() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the Greens would back a new referendum, like it or not.",
                Stance::Favor,
            ),
            (
                "Piet Mol said the Liberals wanted a new referendum, or no government at all.",
                Stance::Favor,
            ),
            (
                "Lina Strand said this: the new referendum was a mistake.",
                Stance::Against,
            ),
        ],
    );
}

/// A profile whose propositions hold a delay and a word of harm, for
/// round 16.
const VALLEY: &str = "\
topics:
  - id: delay
    label: Delay
    keywords: [delay, handover]
    propositions:
      - The handover of the valley is delayed by five years
  - id: buy
    label: Buyout
    keywords: [buy, threatened home]
    propositions:
      - The state buys the threatened homes at their value
parties:
  - id: dr
    name: Draskia
    aliases: [Draskia, Kemal Drin]
  - id: mer
    name: Merovy
    aliases: [Merovy, Imogen Tally]
";

/// Round 16, stance words: "nothing against", "nothing to fear from"
/// and "no reason to fear" accept; "not even" sharpens the negation
/// before it; "nothing is agreed until everything is agreed" takes no
/// side; "treason", "eviction", "medieval", "aggression" are harm, and
/// "tear up" undoes; "put off" toward a delay is for it; "as long as I
/// am minister" is a promise, no condition; and a word that
/// is the proposition's own ("a delay" toward "The handover is
/// delayed", "threatened" toward "buys the threatened homes") is no
/// undoing or harm of it.
#[test]
fn round_16_stance_words() {
    let cases: &[(&str, Stance)] = &[
        (
            "Kemal Drin rejected the proposal for a delay.",
            Stance::Against,
        ),
        (
            "Imogen Tally said the state would buy every threatened home.",
            Stance::Favor,
        ),
        (
            "Kemal Drin said he had \u{201c}nothing against\u{201d} a delay.",
            Stance::Favor,
        ),
        (
            "Kemal Drin said Draskia had nothing to fear from a delay.",
            Stance::Favor,
        ),
        (
            "Kemal Drin said there was no reason to fear a delay.",
            Stance::Favor,
        ),
        (
            "Kemal Drin said he would not support a delay, \u{201c}not even for a year.\u{201d}",
            Stance::Against,
        ),
        (
            "Kemal Drin said that on the handover nothing was agreed until everything was agreed.",
            Stance::Neutral,
        ),
        (
            "Kemal Drin said a delay would be \u{201c}treason dressed as diplomacy.\u{201d}",
            Stance::Against,
        ),
        (
            "Kemal Drin said the delay was a medieval idea.",
            Stance::Against,
        ),
        (
            "Imogen Tally said the plan to buy the homes was eviction by another name.",
            Stance::Against,
        ),
        (
            "Kemal Drin said Draskia would tear up any delay.",
            Stance::Against,
        ),
        (
            "Kemal Drin said the delay rewarded aggression.",
            Stance::Against,
        ),
        (
            "Kemal Drin called for the handover to be put off until the valley had voted.",
            Stance::Favor,
        ),
        (
            "\u{201c}There will be no delay as long as I am minister,\u{201d} Kemal Drin said.",
            Stance::Against,
        ),
    ];
    stance_each_with(VALLEY, cases);
}

/// Round 14: a statement whose only reason for its stance is weak (a
/// bare negation, the clause after "but", a later sentence) takes the
/// side of its party's clearer statements on the same proposition:
/// "“Our customers will not miss the scooters,” said Ines Berg." after
/// her traders backed the ban is for it, not against; with nothing
/// clearer from the party, the negation decides.
#[test]
fn round_14_a_weak_reason_gives_way_to_the_partys_clear_side() {
    let traders = scooter_rules(
        "Old Town Traders backed the ban on Monday. \"Our customers will not miss the \
         scooters,\" said Ines Berg.",
    );
    assert_eq!(
        traders.iter().map(|c| c.1).collect::<Vec<_>>(),
        [Stance::Favor, Stance::Favor],
        "{traders:?}"
    );
    assert!(
        traders[1]
            .3
            .ends_with("stance as the party's clearer statements on the topic"),
        "{traders:?}"
    );
    let alone = scooter("\"Our customers will not miss the scooters,\" said Ines Berg.");
    assert_eq!(
        alone.iter().map(|c| c.3).collect::<Vec<_>>(),
        [Stance::Against],
        "{alone:?}"
    );
    // (A statement against with a reason of its own, a cue, is kept.)
    let kept = scooter(
        "Old Town Traders backed the ban on Monday. Ines Berg said the traders had \
         rejected the ban on scooters before.",
    );
    assert_eq!(
        kept.iter().map(|c| c.3).collect::<Vec<_>>(),
        [Stance::Favor, Stance::Against],
        "{kept:?}"
    );
}

/// Mutants of round 9's `State::person_pronoun` (175:19, 175:51): a
/// pronoun that is taken to refer to an earlier person, across another
/// person named since, does not tell that person's gender. Here "He"
/// (a man the article does not name) is drafted as Maren Holt's, the
/// one person not known to be a woman; she is still the one "She"
/// refers to once she is named again.
#[test]
fn mutants_a_pronoun_across_another_person_tells_no_gender() {
    let got = scooter(
        "Maren Holt said the ban would stay. Ines Berg said the ban would save the old \
         town. She said the pavements were free again. He said the ban was unfair. Maren \
         Holt spoke again on Monday. She said the council would build parking bays.",
    );
    assert!(
        got.contains(&own("city", "Maren Holt", "parking", Stance::Favor)),
        "{got:?}"
    );
}

/// Mutant of round 9's `State::pronoun` (196:56): "they" is the last
/// one named only when that is no person, or a name of people ("Zipp
/// officials": lower case and plural); a person's surname ending in
/// "s" ("Weiss") is no plural, nor is a lower-case role in the singular
/// ("Zipp spokesman").
#[test]
fn mutants_they_is_no_person_by_one_sign_alone() {
    for text in [
        "Trader Jonas Weiss said the ban would save the old town. The ban, they said, \
         meant the loss of 300 jobs.",
        "The Zipp spokesman said the ban was unfair. The ban, they said, meant the loss \
         of 300 jobs.",
    ] {
        let got = scooter(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
    }
}

/// Mutant of round 9's title lookup in `person_role` (1184:83): "the
/// union leader" is the person last named with that title and of that
/// party, not the party's last person.
#[test]
fn mutants_a_role_noun_of_a_party_is_its_titled_person() {
    let got = scooter(
        "Union leader Oskar Lind said the ban was unfair. Union member Erik Dahl said the \
         ban would cost him his job. The union leader said the city should build parking \
         bays.",
    );
    assert!(
        got.contains(&own("riders", "Oskar Lind", "parking", Stance::Favor)),
        "{got:?}"
    );
}

/// Mutants of round 9's `mention_within` (530:35) and `mention_start`
/// (607:35): a person named within a sentence, or at its start, is
/// remembered at that sentence of the article, also far into it (a
/// pronoun looks back six sentences).
#[test]
fn mutants_a_person_named_late_in_an_article() {
    for named in [
        "The traders met on Sunday, and their chair, Ines Berg, spent the evening with \
         the riders.",
        "Ines Berg spent Sunday evening with the riders.",
    ] {
        let got = scooter(&format!(
            "Zipp said the ban was a mistake. Riders met on Monday. Traders met on Tuesday. \
             The council met on Wednesday. The riders met again on Thursday. Nobody spoke \
             on Friday. Nothing happened on Saturday. {named} She said the ban would save \
             the old town."
        ));
        assert!(
            got.contains(&own("shops", "Ines Berg", "ban", Stance::Favor)),
            "{named}: {got:?}"
        );
    }
}

/// Mutants of round 9's `mention_within` (543:61, 545:55, 548:43): a
/// person in apposition to a role within a sentence ("…, and the
/// traders' chair, Erik Dahl, spoke first") is of the party the whole
/// role names; a following "He" is that person.
#[test]
fn mutants_a_person_in_apposition_within_a_sentence_has_the_roles_party() {
    let got = scooter(
        "Zipp said the ban was a mistake. On Monday the traders met, and the traders' \
         chair, Erik Dahl, spoke first. He said the ban would save the old town.",
    );
    assert!(
        got.contains(&own("shops", "Erik Dahl", "ban", Stance::Favor)),
        "{got:?}"
    );
    // A role with no lower-case word before it ("the Zipp chair"): the
    // role alone.
    let got = scooter(
        "Ines Berg said the ban would save the old town. On Monday the Zipp chair, Oskar \
         Lind, spoke first. He said the ban was unfair.",
    );
    assert!(
        got.contains(&own("riders", "Oskar Lind", "ban", Stance::Against)),
        "{got:?}"
    );
}

/// Mutants of round 9's `mention_within` (532:29, 549:34): a known
/// person's name within a sentence is a single capitalised word before
/// a lower-case one; a surname after another first name ("Erik Holt")
/// or before another capitalised word ("Holt Street") is not Maren
/// Holt, and "She" after it is still the last woman named.
#[test]
fn mutants_a_known_surname_in_another_name_is_no_mention() {
    for middle in [
        "Late in the evening Erik Holt spoke to the riders.",
        "Late in the evening Holt Street filled with riders.",
    ] {
        let got = scooter(&format!(
            "Maren Holt said the ban would stay. Ines Berg said the ban would save the old \
             town. {middle} She said the pavements were free again."
        ));
        assert_eq!(got.len(), 3, "{middle}: {got:?}");
        assert_eq!(got[2].1, "Ines Berg", "{middle}: {got:?}");
    }
}

/// Mutant of round 9's `mention_within` (536:17): a known surname after
/// a comma that follows no role ("Late in the evening, Lind spoke
/// again") is that person named, not an apposition.
#[test]
fn mutants_a_known_surname_after_a_comma_is_a_mention() {
    let got = scooter(
        "Oskar Lind said the ban was unfair. Ines Berg said the ban would save the old \
         town. Late in the evening, Lind spoke again. He said the ban would hurt every \
         rider in the city.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1, "Oskar Lind", "{got:?}");
}

/// Mutants of `mention_start` (599:32, 599:59): an organisation
/// named at a sentence's start before an apposition ("The riders'
/// union, the city's largest, met …") is the one a following "It"
/// refers to.
#[test]
fn mutants_an_organisation_before_an_apposition_is_named() {
    // ("union" is an institution's word and role; "firm" only a role.)
    for (org, party) in [("The riders' union", "riders"), ("The Zipp firm", "zipp")] {
        let got = scooter(&format!(
            "The council said the ban would stay. {org}, the city's largest, met the \
             traders on Monday. It said the ban was unfair."
        ));
        assert_eq!(got.len(), 2, "{org}: {got:?}");
        assert_eq!(
            (got[1].0.as_str(), got[1].3),
            (party, Stance::Against),
            "{org}: {got:?}"
        );
    }
}

/// Mutant of `mention_start` (604:39): a person named at a sentence's
/// start is the most recent person even with no party ("Erik Dahl spoke
/// next"): "He" is Erik Dahl, whose statement has no party in the
/// profile, not Oskar Lind before him.
#[test]
fn mutants_a_person_without_a_party_is_named_too() {
    let got = scooter(
        "Oskar Lind said the ban was unfair. Erik Dahl spoke next on Monday. He said the \
         ban would save the old town.",
    );
    assert_eq!(
        got,
        vec![own("riders", "Oskar Lind", "ban", Stance::Against)]
    );
}

/// Mutant of round 9's `name_np` (1293:19): only a person's name notes
/// its titles; an office named with a title ("The Velde Mayor's
/// Office") is not "the mayor".
#[test]
fn mutants_an_office_named_with_a_title_is_not_the_title() {
    let got = scooter(
        "Mayor Maren Holt said the ban would stay. The Velde Mayor's Office said on Monday \
         that the ban would start in May. The mayor said the city would build parking bays.",
    );
    assert!(
        got.contains(&own("city", "Maren Holt", "parking", Stance::Favor)),
        "{got:?}"
    );
}

/// Mutants of `person_role`, `institution_role` and `role_np` ("delete
/// field how"): a speaker found by a role noun or a short name says so in
/// the claim's rule, not in the words that found the one it refers to.
#[test]
fn mutants_a_role_nouns_rule_names_the_role_noun() {
    for (text, how) in [
        (
            "Mayor Maren Holt said the ban would stay. Union leader Oskar Lind said the ban \
             was unfair. The mayor said the city would build parking bays.",
            "speaker by role noun \"The mayor\" -> Maren Holt;",
        ),
        (
            "Zipp said the ban was unfair. The company said the ban would cost 300 jobs.",
            "speaker by \"The company\" (alias \"The company\") -> Zipp;",
        ),
        (
            "The Velde Riders' Union said the ban was unfair. The union said the ban would \
             cost 300 jobs.",
            "speaker by \"The union\" -> Velde Riders' Union;",
        ),
        (
            "Zipp said the ban was unfair. The city's largest firm said the ban would cost \
             300 jobs.",
            "speaker by \"The city's largest firm\" -> Zipp;",
        ),
        (
            "The union and Zipp said in a joint statement that the ban was unfair. The two \
             groups said the ban would cost 300 jobs.",
            "speaker by \"The two groups\" -> union and Zipp;",
        ),
    ] {
        let got = scooter_rules(text);
        assert!(got.iter().any(|c| c.3.contains(how)), "{text}: {got:#?}");
    }
}

/// Mutants of round 9's `not_been_reached` in `declared_neutral`
/// (375:12, 377:17, 378:17, 400:62): a view or decision is "not reached"
/// only with a verb of reaching after "been", a negation before it,
/// within eight words of the noun; a negation after "position" is
/// otherwise the stance's.
#[test]
fn mutants_a_position_not_been_reached_is_near_and_passive() {
    one_stance_each(&[
        (
            "Oskar Lind said the union's position was that the ban was not fair.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the union's position was that the ban had not been fair to \
             riders.",
            Stance::Against,
        ),
        (
            "Zipp said its position against the ban was firm because a deal with the riders \
             had not been reached.",
            Stance::Against,
        ),
        // (Past the article's first words: the window starts two words
        // after the noun, wherever the noun is.)
        (
            "Zipp met the riders on Monday. A clear position on the ban has not been \
             reached, Zipp said.",
            Stance::Neutral,
        ),
        // (A decision not taken, in the passive, alone.)
        (
            "A final decision on the ban has not been taken, Zipp said.",
            Stance::Neutral,
        ),
    ]);
}

/// Mutant of `corrected_denial` (1285:21): a denial is corrected by a
/// next sentence with the same subject, not only by "they" or "we"
/// ("Riders do not oppose clean streets. Riders oppose the ban").
#[test]
fn mutants_a_denial_corrected_with_the_same_subject() {
    one_stance_each(&[(
        "\"Riders do not oppose clean streets. Riders oppose the ban,\" Oskar Lind said.",
        Stance::Against,
    )]);
}

/// Mutants of round 9's arms of `undecided_at` (396:9, 402:9, 403:9):
/// "will decide whether" is an answer to come with no verb of saying
/// around it; without "will" or "would", "did say how the ban would
/// work" is said, not left undecided (its rule names the cue "say").
#[test]
fn mutants_an_answer_to_come_needs_will() {
    one_stance_each(&[(
        "Zipp will decide whether to back the ban after the summer.",
        Stance::Neutral,
    )]);
    let got = scooter_rules(
        "Mayor Maren Holt did say how the ban would work: it would clear the pavements.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Stance::Favor, "{got:?}");
    assert!(
        got[0].3.starts_with("reported speech (cue \"say\")"),
        "{got:?}"
    );
}

/// Mutants of `corrected_denial` (1284:9, 1285:9, 1289:9, 1290:9,
/// 1291:9): only a negated sentence is corrected by the next; "Riders
/// want the ban scrapped. Riders want safe streets." keeps the first
/// sentence's stance.
#[test]
fn mutants_only_a_denial_is_corrected() {
    one_stance_each(&[(
        "\"Riders want the ban scrapped. Riders want safe streets,\" Oskar Lind said.",
        Stance::Against,
    )]);
}

/// Mutants of `corrected_denial` (1282:22, 1282:64): the next
/// sentence's subject is no repetition of the denial's words, nor is any
/// other word that is not one of them ("We do not say we back …. We ask
/// …" repeats no verb: no correction).
#[test]
fn mutants_a_repeated_subject_is_no_repeated_verb() {
    one_stance_each(&[(
        "\"We do not say we back the ban. We ask for safe streets,\" Oskar Lind said.",
        Stance::Against,
    )]);
}

/// Mutants of `polarity`'s refused alternative (851:82): "instead of" is
/// read as naming what is refused, and the claim's rule says so.
#[test]
fn mutants_instead_of_names_what_is_refused() {
    let got = scooter_rules("Oskar Lind said the council should pick fines instead of the ban.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].3.contains("\"instead of\" names what is refused"),
        "{got:?}"
    );
}

/// Mutants of round 10's `settle_unreasoned`: the party's reasoned
/// statements in favour count against its reasoned statements against
/// (a tie turns nothing), and a statement with a reason of its own keeps
/// its stance whatever the rest of its party says.
#[test]
fn mutants_a_tie_or_a_reason_of_its_own_keeps_the_stance() {
    let got = scooter(
        "The Riders' Union rejected the ban. Oskar Lind welcomed the ban. Ines Berg spoke \
         next. Oskar Lind said scooters are how our members earn a living.",
    );
    assert_eq!(
        got,
        [
            own("riders", "Riders' Union", "ban", Stance::Against),
            own("riders", "Oskar Lind", "ban", Stance::Favor),
            own("riders", "Oskar Lind", "ban", Stance::Favor),
        ]
    );
    let got = scooter(
        "The Riders' Union rejected the ban. The union opposed the ban. Oskar Lind welcomed \
         the ban.",
    );
    assert!(
        got.contains(&own("riders", "Oskar Lind", "ban", Stance::Favor)),
        "{got:?}"
    );
}

/// Mutants of round 10's "and that" in `contrast_on_another_topic`: it
/// is found however far into the sentence what is said begins; a clause
/// that opens with the other topic's keyword, or names it twice, is a
/// claim of its own.
#[test]
fn mutants_and_that_far_in_and_at_its_first_word() {
    for text in [
        "On Monday in the old town hall of Velde, Zipp said it opposed the ban, and that the \
         city should build parking bays.",
        "Zipp said it opposed the ban, and that parking bays should come first.",
        "Zipp said it opposed the ban, and that parking bays and more bays should come first.",
    ] {
        let got = scooter(text);
        assert!(
            got.iter().any(|c| c.0 == "zipp" && c.2 == "parking"),
            "{text}: {got:?}"
        );
        assert!(
            got.iter().any(|c| c.0 == "zipp" && c.2 == "ban"),
            "{text}: {got:?}"
        );
    }
}

/// Mutants of `polarity`'s steps past a phrase it has read (988, 995,
/// 1009, 1023, 1045, 1054, 1068, 1104: `t += n` made `t *= n`): a word of
/// opposition after "walk away", "the end of", "no time to lose", "too
/// far", "up to 300", "not mind", "no objection" or "foolish not to" is
/// still read, wherever in the paragraph the phrase stands.
#[test]
fn mutants_a_signal_after_a_read_phrase_is_still_read() {
    one_stance_each(&[
        (
            "Oskar Lind said on Monday that riders would walk away from opposing the ban.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said on Monday that the vote would mean the end of opposing the ban.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said there was no time to lose: the ban was unfair.",
            Stance::Against,
        ),
        (
            "Maren Holt said on Monday that Zipp had gone too far in opposing the ban.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said on Monday that up to 300 riders would be hurt by the ban.",
            Stance::Against,
        ),
        (
            "Oskar Lind said on Monday that riders did not mind opposing the ban.",
            Stance::Against,
        ),
        (
            "Oskar Lind said on Monday that riders had no objection to opposing the ban.",
            Stance::Against,
        ),
        (
            "Oskar Lind said on Monday it would be foolish not to oppose the ban.",
            Stance::Against,
        ),
    ]);
}

/// Mutants of `polarity`'s "no time to lose" arm (1002: the phrase's
/// length, four words after "no time", else two): the claim's rule quotes
/// the whole phrase that is no refusal.
#[test]
fn mutants_no_refusal_quotes_its_whole_phrase() {
    for (text, phrase) in [
        (
            "Zipp said on Monday there was no time to lose on the ban.",
            "\"no time to lose\" (no refusal)",
        ),
        (
            "Zipp said on Monday there was no doubt the ban on scooters was unfair.",
            "\"no doubt\" (no refusal)",
        ),
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(got[0].3.contains(phrase), "{text}: {got:?}");
    }
}

/// Mutants of `polarity`'s "too far" (1020:23, 1020:57): only "too far"
/// is a complaint of excess; "so far" (a time) and "too far apart" (a
/// distance between sides) say nothing against the ban.
#[test]
fn mutants_too_far_is_neither_so_far_nor_far_apart() {
    one_stance_each(&[("Zipp said the ban had so far worked well.", Stance::Favor)]);
    let got = scooter_rules("Zipp said the two sides were too far apart on the ban.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(!got[0].3.contains("too far"), "{got:?}");
}

/// Mutants of round 10's `no_time_to_lose` (226:13, 227:13, 229:43):
/// only "no time to lose" and "no question that" whole are urgency or
/// certainty; "no money to waste" and "no evidence that" are refusals.
#[test]
fn mutants_no_time_to_lose_only_whole() {
    one_stance_each(&[
        (
            "Zipp said the city had no money to waste on the ban.",
            Stance::Against,
        ),
        (
            "Oskar Lind said there was no evidence that the ban worked.",
            Stance::Against,
        ),
    ]);
}

/// Mutants of round 10's `coming_to_power` and its call (521:34, 536:22,
/// 543:12, 543:19, 544:13, 544:27): "if elected" and "if it won the
/// election" are pledges; a verb of winning far after "if", an election
/// before the verb or far after it, a verb with no election, or an
/// election after a comma make a condition.
#[test]
fn mutants_coming_to_power_is_near_and_whole() {
    one_stance_each(&[
        (
            "Oskar Lind said he would scrap the ban if elected.",
            Stance::Against,
        ),
        (
            "Zipp said it would back the ban if it won the election in May, as it expected.",
            Stance::Favor,
        ),
        (
            "Zipp said it would back the ban if the old town traders won the election.",
            Stance::Conditional,
        ),
        (
            "Zipp said it would back the ban if an election came in May.",
            Stance::Conditional,
        ),
        (
            "Zipp said it would back the ban if it won back the trust of riders before the \
             election.",
            Stance::Conditional,
        ),
        (
            "Zipp said it would back the ban if it came to the hall.",
            Stance::Conditional,
        ),
        (
            "Zipp said it would back the ban if it won, and the election would come in May.",
            Stance::Conditional,
        ),
    ]);
}

/// Mutants of round 10's later sentences of a quotation in `stance`
/// (1418:16, 1418:41, 1418:63 at bf74a95, now line 1422): a first
/// sentence that takes a side decides; a later one is read only when the
/// first says nothing of a side.
#[test]
fn mutants_a_later_sentence_only_when_the_first_says_nothing() {
    one_stance_each(&[(
        "\"The ban is unfair. We had no problem with the ban at first,\" Oskar Lind said.",
        Stance::Against,
    )]);
}

/// Mutants of round 10's "and that" in `contrast_on_another_topic`
/// (725:59 both, 731:35): the clause after "and that" is read from its
/// own first word (a "while" there opens it, it does not end it) to its
/// own end (a "but" after it about the ban leaves it a claim on the
/// parking bays), and a clause about the claim's own topic is no claim of
/// its own.
#[test]
fn mutants_and_that_ends_at_its_clause_and_needs_another_topic() {
    for text in [
        "On Monday Zipp said it opposed the ban, and that the city should build parking bays, \
         but not before the ban ends.",
        "Zipp said it opposed the ban, and that while riders waited, the city should build \
         parking bays.",
    ] {
        let got = scooter(text);
        assert!(
            got.iter().any(|c| c.0 == "zipp" && c.2 == "parking"),
            "{text}: {got:?}"
        );
    }
    assert_eq!(
        scooter("Zipp said it opposed the ban, and that the ban would hurt riders."),
        [own("zipp", "Zipp", "ban", Stance::Against)]
    );
}

/// Mutants of `polarity`'s negation (1107:35, 1107:54 both): "not only"
/// widens what is said, it does not negate it ("would hurt not only
/// riders" is against the ban).
#[test]
fn mutants_not_only_is_no_negation() {
    one_stance_each(&[(
        "Oskar Lind said the ban would hurt not only riders.",
        Stance::Against,
    )]);
}

/// Mutants of `polarity`'s "instead" (1139:19, 1139:23, 1139:28, 1139:54,
/// 1139:70, 1140:46): "instead" at the end of what is read (before a
/// semicolon, a full stop or a comma) offers an alternative, wherever a
/// comma stands before it; "instead" within the clause offers none.
#[test]
fn mutants_instead_at_a_clause_end_only() {
    for (text, alternative) in [
        (
            "Zipp said it would offer slower scooters instead; it met the council on Monday.",
            true,
        ),
        (
            "Zipp said it would offer slower scooters instead, in the old town and elsewhere.",
            true,
        ),
        (
            "Zipp said that, under the ban, it would offer slower scooters instead.",
            true,
        ),
        (
            "Maren Holt said riders would instead walk in the old town under the ban.",
            false,
        ),
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            got[0].3.contains("\"instead\" (an alternative)"),
            alternative,
            "{text}: {got:?}"
        );
    }
}

/// Mutants of `main_clause_end`'s purpose clause (81:14 `==`, `<`, 81:51
/// both, 81:56): "so that" ends the main clause (a negation in the
/// purpose, after a comma that ends the skip of "so that" as a
/// conjunction, is not the stance's), and "so" alone does not ("so
/// unfair" is read).
#[test]
fn mutants_so_that_ends_the_main_clause_and_so_does_not() {
    one_stance_each(&[
        (
            "Maren Holt said the council passed the ban so that, in the old town, riders would \
             not crowd the pavements.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the ban was so unfair to riders.",
            Stance::Against,
        ),
    ]);
}

/// Mutants of `main_clause_end` (102:14 `>=`, 102:18 `*`, 103:22 `+`,
/// 105:14 `>=`, 105:18 `*`): what is said that opens with a comma (",
/// facing the ban, riders would suffer") is not ended by the participle
/// or the "while" right after it; a participle after the main clause
/// ("…, hurting riders") says what follows, and is not read.
#[test]
fn mutants_a_clause_is_not_ended_by_its_opening() {
    one_stance_each(&[
        (
            "Oskar Lind said that, facing the ban, riders would suffer.",
            Stance::Against,
        ),
        (
            "Oskar Lind said that, while the ban stood, riders would suffer.",
            Stance::Against,
        ),
        (
            "Maren Holt said the council passed the ban on Monday, hurting riders.",
            Stance::Favor,
        ),
    ]);
}

/// Mutants of `object_of_preposition` (1258:26, 1258:41, 1258:44): a
/// word of harm a few words after "out of" is escaped ("lift the old town
/// out of a slow ruin" is for the ban), but only within its own clause
/// ("riders were out of work, and the ban was unfair" is against it).
#[test]
fn mutants_out_of_escapes_only_within_its_clause() {
    one_stance_each(&[
        (
            "Maren Holt said the ban would lift the old town out of a slow ruin.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said riders were out of work, and the ban was unfair.",
            Stance::Against,
        ),
    ]);
}

/// Mutants of `the_end_of`'s walk back over quotation marks (1290:13,
/// 1290:17, 1290:38, 1291:11): "would be \"the end of\" riding" is still
/// the end of something after a verb "be", a harm.
#[test]
fn mutants_the_end_of_in_quotation_marks() {
    one_stance_each(&[(
        "Oskar Lind said the ban would be \"the end of\" riding in the old town.",
        Stance::Against,
    )]);
}

/// Mutants of `contrast_part`'s "but also" (1323:62 both): "but also"
/// adds to what is said, it does not contrast with it ("unfair to riders
/// but also to the traders" is against the ban).
#[test]
fn mutants_but_also_is_no_contrast() {
    one_stance_each(&[(
        "Oskar Lind said the ban was unfair to riders but also to the traders.",
        Stance::Against,
    )]);
}

/// Mutants of `set_aside`'s exceptions (151:23 both, 155:7, 155:18
/// both, 155:30 `&`): ", not only" after the main clause widens what is
/// said (were it set aside, "in the old town", the proposition's words,
/// would be the side refused), and ", not" before an auxiliary negates a
/// verb ("rushed, not been thought through" is against the ban); neither
/// sets an alternative aside.
#[test]
fn mutants_not_only_or_not_before_a_verb_sets_nothing_aside() {
    one_stance_each(&[
        (
            "Zipp said it backed the ban, not only in the old town.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the ban had been rushed, not been thought through.",
            Stance::Against,
        ),
    ]);
}

/// Mutant of `set_aside`'s end (161:38: a comma no end): the alternative
/// set aside ends at the next comma ("needed, not a luxury, in the old
/// town": the old town, the proposition's words, is not in the side
/// refused).
#[test]
fn mutants_a_set_aside_alternative_ends_at_a_comma() {
    one_stance_each(&[(
        "Maren Holt said the ban was needed, not a luxury, in the old town.",
        Stance::Favor,
    )]);
}

/// Mutants of `first_predicate_end` (290:33 both, 291:77 both, 292:27
/// both): a capitalised word after "and" ("last year and May") opens
/// no second predicate, even one that is also a modal (the word before
/// "and" is lowercase), nor does "and also"
/// (it adds to the first): what follows is read; a negation after "and"
/// opens one ("fought the ban and never stopped": the second says the
/// same, its "never" does not cancel "fought").
#[test]
fn mutants_and_before_a_capital_or_a_negation() {
    one_stance_each(&[
        (
            "Oskar Lind said the ban was passed last year and May brought only harm to riders.",
            Stance::Against,
        ),
        (
            "Oskar Lind said riders had fought the ban and never stopped.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the ban was passed and also hurt riders.",
            Stance::Against,
        ),
    ]);
}

/// Mutant of `second_predicate`'s plain check (305:49 `||` → `&&`): a
/// second predicate that is negated, or hedged by a condition, is no
/// claim of its own on its topic, each without the other.
#[test]
fn mutants_a_negated_or_conditional_second_predicate_is_no_claim() {
    for text in [
        "Nils Brekke said the council was ready to sign the charter and would pay for a tunnel \
         if the state helped.",
        "Nils Brekke said the council was ready to sign the charter and would not pay for a \
         tunnel under the pass.",
    ] {
        assert_eq!(
            claims_with(RAIL, "rail-profile.yaml", "Railway row", text),
            [own("council", "Nils Brekke", "charter", Stance::Favor)],
            "{text}"
        );
    }
}

/// Mutants of `keeps` (343:25 both, 346:46 both): "stay" at the end of
/// what is said keeps things as they are ("the fares should stay" is
/// against raising them); "keep up with" is no keeping ("had to rise to
/// keep up with fuel costs" is for it).
#[test]
fn mutants_stay_at_the_end_keeps_and_keep_up_does_not() {
    check_ferry(&[
        (
            "Rut Fenn said the fares should stay.",
            ("islanders", "Rut Fenn", "fares", Stance::Against),
        ),
        (
            "Lene Brask said the fares had to rise to keep up with fuel costs.",
            ("port", "Lene Brask", "fares", Stance::Favor),
        ),
    ]);
}

/// Mutants of `weak_negation`'s "not one … less" (1284:19 both, 1284:26
/// `-`): "less" or "fewer" a word after "not one" is at least, no
/// negation, also after a colon ("for a year: not one day less" is for
/// the ban; "not one day" alone would be against it).
#[test]
fn mutants_not_one_day_less_is_at_least() {
    one_stance_each(&[(
        "Maren Holt said the ban would stand for a year: not one day less.",
        Stance::Favor,
    )]);
}

/// Mutants of `weak_negation` (1284:26 `*`, 1291:13): "less" three words
/// after "not a" is outside "not one crown less" ("not a single rider
/// felt less safe" negates), and "cannot afford to" is a double negation
/// only before a verb of waiting or losing ("could not afford to pay the
/// fines" negates).
#[test]
fn mutants_a_negation_near_less_or_afford_to_still_negates() {
    one_stance_each(&[
        (
            "Oskar Lind said not a single rider felt less safe before the ban.",
            Stance::Against,
        ),
        (
            "Oskar Lind said riders could not afford to pay the fines under the ban.",
            Stance::Against,
        ),
    ]);
}

/// Mutant of `undoes` (1342:41 `*`: what is undone looked for from the
/// verb itself): the undone object's topic word may stand five words
/// after the verb ("should scrap the new and untested ban" is against
/// it).
#[test]
fn mutants_what_is_undone_is_read_from_the_word_after_the_verb() {
    one_stance_each(&[(
        "Oskar Lind said the council should scrap the new and untested ban.",
        Stance::Against,
    )]);
}

/// Mutants of `limit_at`'s "no more than" (1448:9, the arm deleted;
/// 1446:51 `*`): "no more than 20 percent" is a limit, not a negation; at
/// the proposition's own figure it does not turn the stance.
#[test]
fn mutants_no_more_than_the_figure_is_no_negation() {
    check_rail(&[(
        "Ida Renholm said fares would rise by no more than 20 percent.",
        ("company", "Ida Renholm", "fares", Stance::Favor),
    )]);
}

/// Mutant of `whatever_it_takes` (547:17, `&&` → `||` before "takes"):
/// "if that is what it costs" is a condition; only "what it takes" (or
/// "took") is a resolve.
#[test]
fn mutants_what_it_costs_is_a_condition() {
    one_stance_each(&[(
        "Zipp said it would back the ban if that is what it costs.",
        Stance::Conditional,
    )]);
}

/// Mutants of round 12's `Discovery::service_before_title` (304:13 `&&`
/// → `||`, 304:46 `!=` → `==`): a service opens the speaker's party only
/// before a title or role ("Army General Tor Lund": "General" is a title
/// and no role), not before a name ("Police Carl Nystedt" is drafted as
/// an organisation of its own).
#[test]
fn mutants_a_service_before_a_title_not_before_a_name() {
    let parties = |sentence: &str| -> Vec<(String, String)> {
        let text = format!(
            "Grain Levy Splits Parliament\n\nVESK, Norlandia, May 4 (Wire) — Norlandia's \
             parliament debated a grain export levy on Tuesday. {sentence}\n"
        );
        let d = draft::draft_document(
            &text,
            None,
            &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
        );
        d.claims
            .iter()
            .map(|c| (d.parties[c.party].name.clone(), c.speaker.clone()))
            .collect()
    };
    let pair = |p: &str, s: &str| vec![(p.to_string(), s.to_string())];
    assert_eq!(
        parties("Army General Tor Lund said the grain export levy would ruin small farms."),
        pair("Army", "Tor Lund")
    );
    assert_eq!(
        parties("Police Carl Nystedt said the grain export levy would ruin small farms."),
        pair("Police Carl Nystedt", "Police Carl Nystedt")
    );
}

/// Mutants of round 12's `State::note_named_later` (134:33 `!` deleted,
/// 135:13 `&&` → `||`): a person named by a full name ("Ines Berg") is
/// not the person known by a role just before ("The chairman of the Old
/// Town Traders"): only a surname alone names that person.
#[test]
fn mutants_a_full_name_does_not_name_the_role_before() {
    let got: Vec<_> = scooter(
        "The chairman of the Old Town Traders, the oldest guild in town, needs no \
         persuading. \"We want the ban on scooters,\" he says. Ines Berg said the \
         traders would back the ban.",
    )
    .into_iter()
    .map(|c| (c.0, c.1))
    .collect();
    let pair = |p: &str, s: &str| (p.to_string(), s.to_string());
    assert_eq!(
        got,
        [
            pair("shops", "chairman of the Old Town Traders"),
            pair("shops", "Ines Berg")
        ]
    );
}

/// Mutants of round 12's `described_by` in `Resolver::mention_start`
/// (678:17, 679:17, 680:17, each `&&` → `||`): a role and whose it is
/// runs on to the comma only over lower-case words that are no
/// preposition but "of" and no verb: "in Velde", "was furious" or "in
/// the square" before the comma stays out of the person's name (678:37
/// `|` → `&` lets the auxiliary through, 679:29 `==` → `!=` any
/// preposition but "of"), and "of the square" is in it.
#[test]
fn mutants_a_role_runs_to_the_comma_only_over_what_describes_it() {
    let quoted = "\"The ban on scooters is a mistake,\" she says.";
    for (opening, kept_out) in [
        (
            "The owner of the traders' cafe in Velde, which opened in 1931, sees it \
             differently.",
            "Velde",
        ),
        (
            "The owner of the traders' cafe was furious, as were others.",
            "furious",
        ),
        (
            "The owner of the traders' cafe in the square, which opened in 1931, sees \
             it differently.",
            "square",
        ),
    ] {
        let got = scooter(&format!("Zipp said the ban was wrong. {opening} {quoted}"));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].0, "shops", "{got:?}");
        assert!(
            got[1].1.starts_with("owner of the traders") && !got[1].1.contains(kept_out),
            "{got:?}"
        );
    }
    let got = scooter(&format!(
        "Zipp said the ban was wrong. The owner of the traders' cafe of the square, which \
         opened in 1931, sees it differently. {quoted}"
    ));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1].1, "owner of the traders' cafe of the square",
        "{got:?}"
    );
}

/// Mutants of round 12's role-up-to-the-comma in
/// `Resolver::mention_start` (686:63 `&&` → `||`, 686:78 `==` → `!=`):
/// only a role followed by "of" ("the owner of …") runs on to the comma;
/// "The union spokeswoman today, a former courier," is the union
/// spokeswoman.
#[test]
fn mutants_only_a_role_of_something_runs_to_the_comma() {
    let got = scooter(
        "Zipp said the ban was wrong. The union spokeswoman today, a former courier, \
         sees it differently. \"The ban on scooters is a mistake,\" she says.",
    );
    assert_eq!(
        got[1..],
        [own("riders", "union spokeswoman", "ban", Stance::Against)],
        "{got:?}"
    );
}

/// Mutant of round 12's name-with-apposition block in
/// `Resolver::mention_start` (726:29 `&&` → `||`): only a name set off by
/// a comma takes whom the person speaks for from what follows; "Petra
/// Nyman heard from the Riders' Union," does not make her the union's.
#[test]
fn mutants_a_name_not_set_off_takes_no_party_from_what_follows() {
    let got: Vec<_> = scooter(
        "Petra Nyman heard from the Riders' Union, then sat down. She said the ban on \
         scooters was a mistake.",
    )
    .into_iter()
    .map(|c| (c.0, c.1))
    .collect();
    assert_eq!(
        got,
        [("petra-nyman".to_string(), "Petra Nyman".to_string())]
    );
}

/// Mutant of round 12's name-with-apposition block in
/// `Resolver::mention_start` (733:40 `&&` → `||`): an organisation set
/// off by commas ("Zipp, for its part,") is no person "she" can refer
/// to; she is still Maren Holt.
#[test]
fn mutants_an_organisation_set_off_is_no_person() {
    assert_eq!(
        scooter(
            "Maren Holt spoke first. Zipp, for its part, stayed silent. She said the ban \
             on scooters was overdue."
        ),
        [own("city", "Maren Holt", "ban", Stance::Favor)]
    );
}

/// Mutant of round 12's `named` in `Resolver::name_np` (1432:60 `|` →
/// `&`): a title that is no role ("Dr") before a name is passed over too
/// before whom the person speaks for.
#[test]
fn mutants_a_title_before_a_name_of_a_party() {
    assert_eq!(
        scooter("Dr Petra Nyman of the Riders' Union said the ban on scooters was a mistake."),
        [own("riders", "Petra Nyman", "ban", Stance::Against)]
    );
}

// Eighth pass of issue 17's mutation testing (branch `mut16`): the small
// helpers of `src/draft/stance.rs` (see docs/mutants.md, "Small stance
// helpers").

/// Mutants of `stem` (57:16 `>` → `==`, `<`, `>=`; 63:51 `-` → `/`): a
/// word the proposition excludes ("… without subsidies", "… without
/// taxes", "… no ties to …") is found in its singular ("a subsidy", "a
/// tax", "a tie"): "subsidies" → "subsidy", "taxes" → "tax", and a word
/// of four letters only loses its "s" ("ties" → "tie").
#[test]
fn mutants_a_word_excluded_in_the_plural_is_found_in_the_singular() {
    const STEMS: &str = "\
topics:
  - id: subsidy
    label: Bus subsidies
    keywords: [buses]
    propositions:
      - Buses in Velde run without subsidies
  - id: tax
    label: Fuel tax
    keywords: [fuel]
    propositions:
      - Fuel in Velde is sold without taxes
  - id: ties
    label: Union ties
    keywords: [Zipp]
    propositions:
      - The riders' union has no ties to Zipp
parties:
  - id: riders
    name: Riders' Union
    aliases: [union, Oskar Lind]
";
    for (text, topic) in [
        ("Oskar Lind said the buses needed a subsidy.", "subsidy"),
        ("Oskar Lind said fuel should carry a tax.", "tax"),
        (
            "Oskar Lind said the union should keep a tie to Zipp.",
            "ties",
        ),
    ] {
        assert_eq!(
            claims_with(STEMS, "stems-profile.yaml", "Velde row", text),
            [own("riders", "Oskar Lind", topic, Stance::Against)],
            "{text}"
        );
    }
}

/// Mutants of `correction_at` (139:43 `t + 1` → `t - 1`, `t * 1`: "it's"
/// after the comma; 140:35 `==` → `!=`: only a negated first clause is
/// corrected): "not a solution, it's a disaster" is the first clause's
/// position (the disaster does not turn it back), and "legal, it was not
/// fair" is no correction (its negation counts).
#[test]
fn mutants_a_correction_after_its_and_only_of_a_negation() {
    check(&[
        (
            "Piet Carvalho said the toll is not a solution, it's a disaster.",
            ("guild", "Piet Carvalho", "toll", Stance::Against),
        ),
        (
            "Piet Carvalho said the toll was legal, it was not fair.",
            ("guild", "Piet Carvalho", "toll", Stance::Against),
        ),
    ]);
}

/// Mutant of `past_quote_marks` (169:11 `+=` → `-=`; `*=` loops): "only"
/// after a comma and a quotation mark still corrects the negated clause
/// before it.
#[test]
fn mutants_only_after_a_quotation_mark() {
    check_rail(&[(
        "Eva Lind said the hoteliers were not asking for favours, \"only for a tunnel under the \
         pass\".",
        ("hoteliers", "Eva Lind", "tunnel", Stance::Favor),
    )]);
}

/// Mutants of `phrasal_undo` (192:9, the "scale"/"roll" arm deleted;
/// 195:8 `t + 1` → `t - 1`: the search from the word before the verb,
/// here a comma; 195:16 `t + 5` → `t * 5`: the particle looked for
/// past three words): "scale back" and "roll back" undo the toll, also
/// after a phrase set off by commas; "roll the toll out to … its back
/// roads" does not.
#[test]
fn mutants_scale_back_and_roll_back_undo_what_they_take() {
    check(&[
        (
            "Hanne Ostby said the council would scale back the toll.",
            ("city", "Hanne Ostby", "toll", Stance::Against),
        ),
        (
            "Hanne Ostby said the council would, in her view, roll back the toll.",
            ("city", "Hanne Ostby", "toll", Stance::Against),
        ),
        (
            "Hanne Ostby said the council would roll the toll out to the bridge and its back \
             roads.",
            ("city", "Hanne Ostby", "toll", Stance::Favor),
        ),
    ]);
}

/// Mutants of `not_far_enough` (213:8 `!` deleted: "done enough" after
/// any word skips it; 216:8 `t + 1` → `t - 1`: the search from the word
/// before the negation, here a quotation mark; 218:28 `==` → `!=`,
/// 218:40 `&&` → `||`: any word after "go" taken for "enough"): "the
/// unfair toll had done enough" is against (the harm is read), "would
/// \"never go far enough\"" wants more, "did not go along with" is a
/// negation.
#[test]
fn mutants_far_enough_only_after_a_negation() {
    check(&[
        (
            "Hanne Ostby said the unfair toll had done enough.",
            ("city", "Hanne Ostby", "toll", Stance::Against),
        ),
        (
            "Hanne Ostby said the toll plan would \"never go far enough\".",
            ("city", "Hanne Ostby", "toll", Stance::Favor),
        ),
        (
            "Piet Carvalho said the hauliers did not go along with the toll.",
            ("guild", "Piet Carvalho", "toll", Stance::Against),
        ),
    ]);
}

/// Mutants of `restricts` (243:5 → `false`, 249:9 `||` → `&&`): the
/// proposition "e-scooters are barred" is itself a restriction, so "a cap
/// on scooters" is what it proposes, not a restriction opposed.
#[test]
fn mutants_a_cap_when_the_proposition_bars() {
    one_stance_each(&[(
        "Maren Holt said the council would put a cap on scooters in the old town.",
        Stance::Favor,
    )]);
}

/// Mutant of `demonstrative` (1551:5 → `true`): "This toll is not fair.
/// Our ferry is overdue" is no corrected denial (the second sentence
/// opens with another subject, and speaks of another thing): the first
/// sentence's negation stands, the second's approval is not read.
#[test]
fn mutants_a_denial_is_corrected_only_by_the_same_subject() {
    check(&[(
        "\"This toll is not fair. Our ferry is overdue,\" Piet Carvalho said.",
        ("guild", "Piet Carvalho", "toll", Stance::Against),
    )]);
}

/// Round 12's `not_least` survivors (1461:29 `&&` → `||`: `t - 1` read
/// at a block's first token, and "not least", "not because", "not to
/// mention" spared without a comma; 1466:45 `&&` → `||`: any ", not
/// to" spared): a claim that opens its paragraph with its negation ("No
/// ban … will work") is against, and so is ", in the end, not to
/// support the ban".
#[test]
fn mutants_a_negation_first_or_after_a_comma_before_to() {
    one_stance_each(&[
        (
            "No ban on scooters will work, Oskar Lind said.",
            Stance::Against,
        ),
        (
            "Oskar Lind said the union had agreed, in the end, not to support the ban.",
            Stance::Against,
        ),
    ]);
}

/// Round 12's `name_np` survivor 1434:76 (`&&` → `||`: the first
/// lower-case word after a name of two words taken for "of"): "Anna
/// Maria de Vries of the Riders' Union" is not cut at "de" ("Anna
/// Maria" of the riders).
#[test]
fn mutants_a_name_is_not_cut_at_a_lower_case_particle() {
    let got = scooter("Anna Maria de Vries of the Riders' Union said the ban was a mistake.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("riders", Stance::Against));
    assert!(got[0].1.starts_with("Anna Maria de Vries"), "{got:?}");
}

// Ninth pass (round 13's code): tests for the mutants of round 13's
// drafting code that survived the tests above (docs/mutants.md, "Round
// 13's drafting code").

/// Mutants of `phrasal_undo` (201:25 `t + 2` → `t - 2`, `t * 2`: the
/// "for" looked for before "set" instead of after "aside"): money set
/// aside for the ban is kept for it, not the ban set aside.
#[test]
fn mutants_set_aside_for_is_no_undoing() {
    one_stance_each(&[(
        "Maren Holt said money was set aside for the ban.",
        Stance::Favor,
    )]);
}

/// Mutants of `fronted_without` (233:39 `&&` → `||`, 233:46 `>` → `<`:
/// what is lacked read on over a determiner; 236:58 `&&` → `||`: a
/// negation after "Without" enough without the topic lacked): "Without
/// help the toll will not work" lacks help, not the toll, and "Without
/// doubt the toll is not fair" lacks nothing.
#[test]
fn mutants_a_fronted_without_lacks_only_what_it_names() {
    check(&[
        (
            "Without help the toll will not work, Hanne Ostby said.",
            ("city", "Hanne Ostby", "toll", Stance::Against),
        ),
        (
            "Without doubt the toll is not fair, Hanne Ostby said.",
            ("city", "Hanne Ostby", "toll", Stance::Against),
        ),
    ]);
}

/// Mutant of `polarity`'s "why not" arm (1083:19 `t += 2` → `t *= 2`:
/// the words after "not" skipped): "Why not scrap the ban?" asks for the
/// ban to go.
#[test]
fn mutants_why_not_reads_what_it_asks_for() {
    let got =
        scooter("The council met.\n\nMaren Holt said: \"Why not scrap the ban on scooters?\"");
    assert_eq!(
        got.iter().map(|c| c.3).collect::<Vec<_>>(),
        [Stance::Against],
        "{got:?}"
    );
}

/// Mutants of `undoes`' `first` (1429:24, 1429:62 `||` → `&&`, 1429:19
/// `==` → `!=`): a command in a capital after a full stop inside a
/// quotation ("We waited. Scrap the ban"), opening the paragraph ("Scrap
/// the ban …, Zipp said.") or after a quotation mark inside reported
/// speech ("the answer was \"Scrap the ban\"") undoes, as one at the
/// quotation's start does.
#[test]
fn mutants_a_command_after_a_full_stop_undoes() {
    one_stance_each(&[
        (
            "Zipp said: \"We waited. Scrap the ban on scooters.\"",
            Stance::Against,
        ),
        ("Scrap the ban on scooters, Zipp said.", Stance::Against),
        (
            "Zipp said the answer was \"Scrap the ban on scooters.\"",
            Stance::Against,
        ),
    ]);
}

/// Mutants of `rhetorical` (1509:50 `||` → `&&`, 1509:45 `t - 1` → `t +
/// 1`, `t / 1`: a question not opened by the quotation mark before it;
/// 1511:15 `t + 1` → `t - 1`: the question mark looked for from the full
/// stop before "Why"): "asked \"why keep the ban …?\"", "the question was
/// \"Why keep the ban …?\"" and "… are free. Why keep the ban …?" answer
/// that there is no reason.
#[test]
fn mutants_a_why_after_a_quotation_mark_or_a_full_stop() {
    for text in [
        "Zipp asked \"why keep the ban on scooters in the old town?\"",
        "Zipp said the question was \"Why keep the ban on scooters in the old town?\"",
        "Zipp said: \"The pavements are free. Why keep the ban on scooters in the old town?\"",
    ] {
        let got = scooter(&format!("The council met.\n\n{text}"));
        assert_eq!(
            got.iter().map(|c| c.3).collect::<Vec<_>>(),
            [Stance::Against],
            "{text}: {got:?}"
        );
    }
}

/// Mutants of `attribution_follows` (→ `true`; 433:9, 440:9 `&&` → `||`:
/// any short capitalised words, or any words before a full stop, taken
/// for an attribution): "“…?” Zipp said nothing." is a sentence of its
/// own, and the question is not Zipp's.
#[test]
fn mutants_said_nothing_is_no_attribution() {
    let got = scooter(
        "The council met.\n\nMaren Holt spoke first. \"Why keep the ban on scooters in the old \
         town?\" Zipp said nothing.",
    );
    assert!(got.iter().all(|c| c.1 != "Zipp"), "{got:?}");
}

// Tenth pass (the rest of round 13's code): tests for the mutants of
// round 13's drafting code outside the stance rules that survived the
// tests above (docs/mutants.md, "The rest of round 13's drafting code").

/// Mutants of `condition_on_another_topic` (811:60 `==` → `!=`: a
/// condition with a second word of its topic taken for one on two
/// topics; 834:17, 840:17 the condition's event keeping the cue's stance
/// or negation): "only if parking bays and cycle bays were built" speaks
/// of the bays alone, and asks for them; so do "opposes the ban unless
/// parking bays are built" and "would not accept the ban unless …".
#[test]
fn mutants_a_condition_may_name_its_topic_twice() {
    for text in [
        "Zipp said it would support the ban only if parking bays and cycle bays were built.",
        "The Riders' Union opposes the ban unless parking bays are built.",
        "The Riders' Union would not accept the ban unless parking bays were built.",
    ] {
        let got: Vec<(String, Stance)> = scooter(text).into_iter().map(|c| (c.2, c.3)).collect();
        assert_eq!(
            got,
            [
                ("ban".to_string(), Stance::Conditional),
                ("parking".to_string(), Stance::Favor)
            ],
            "{text}"
        );
    }
}

/// Mutants of `interviewee` (218:13 `&&` → `||`: any "with" or "to"
/// before a name taken for "an interview with"; 231:52 `&&` → `||`: a
/// name read from inside a run of capitals, "Velde Mayor" after "The"):
/// the person sat next to is not the one interviewed, and the name set
/// off by commas is.
#[test]
fn mutants_only_an_interview_with_names_the_interviewee() {
    let qa = "Q: Will the ban on scooters stay?\n\nA: The ban on scooters will stay until the \
              pavements are safe.";
    for intro in [
        "Oskar Lind sat next to Ines Berg. We had an interview with Maren Holt on Monday.",
        "Oskar Lind sat in the front row. The Velde Mayor, Maren Holt, has run the city for a \
         year.",
    ] {
        assert_eq!(
            scooter(&format!("{intro}\n\n{qa}")),
            [own("city", "Maren Holt", "ban", Stance::Favor)],
            "{intro}"
        );
    }
}

/// Mutants of `clause_final`'s `plain` (818:34, 818:45, 818:66 `|` →
/// `&`: a modal or a subject pronoun no longer a verb's sign; 819:21,
/// 820:21 `&&` → `||`: "that", or any word with no cue, taken for a
/// phrase of when): after "said", "on Monday" and words with a verb are
/// what is said ("…, Zipp said on Monday the ban would go."), not the
/// words before the comma.
#[test]
fn mutants_words_with_a_verb_after_said_are_what_is_said() {
    for text in [
        "It has gone on too long, Zipp said on Monday the ban on scooters would go.",
        "It has gone on too long, Zipp said on Monday it found the ban on scooters unfair.",
        "It has gone on too long, Zipp said on Monday that the ban on scooters failed.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "Zipp", "{text}: {got:?}");
        assert!(got[0].2.contains("ban on scooters"), "{text}: {got:?}");
    }
}

/// Mutant of `short_said` (210:31 `&&` → `||`: a short quotation with
/// no comma or full stop at its end taken for a sentence said): a name
/// in quotation marks before "said" is no quotation ("The \"Old Town\"
/// traders said …").
#[test]
fn mutants_a_short_name_in_quotation_marks_is_no_sentence_said() {
    let got: Vec<(String, String, Stance)> =
        scooter("The \"Old Town\" traders said the ban on scooters was a mistake.")
            .into_iter()
            .map(|c| (c.0, c.2, c.3))
            .collect();
    assert_eq!(
        got,
        [("shops".to_string(), "ban".to_string(), Stance::Against)]
    );
}

/// Mutants of `named_as` (261:17 `>` → `>=`, 261:21 `&&` → `||`: the
/// look back from a short quotation past the block's first token): a
/// headline that opens with a short quotation ("\"Scrap it\" say
/// riders") is read like any other.
#[test]
fn mutants_a_headline_may_open_with_a_short_quotation() {
    assert_eq!(
        claims_with(
            SCOOTER,
            "scooter-profile.yaml",
            "\"Scrap it\" say riders",
            "Oskar Lind said the ban on scooters was a mistake."
        ),
        [own("riders", "Oskar Lind", "ban", Stance::Against)]
    );
}

/// Mutants of `attribution_follows` (462:28 `-` → `+`, `/`: fewer than
/// four words of when or where after the verb): "“…?” Oskar Lind said
/// in the town hall." is one sentence, the question his.
#[test]
fn mutants_four_words_of_where_after_the_attribution() {
    let got = scooter(
        "The council met.\n\n\"Why keep the ban on scooters in the old town?\" Oskar Lind said in \
         the town hall.",
    );
    assert_eq!(got, [own("riders", "Oskar Lind", "ban", Stance::Against)]);
}

/// Mutants of `view_of`'s comma arm (375:34 `&&` → `||`: "is" alone, not
/// "is that", after the description; 378:15 `k + 3` → `k - 3`: what is
/// said read from inside the description): "Zipp's argument, …, is
/// weak: …" is no view of Zipp's, and what a view is starts after "is
/// that".
#[test]
fn mutants_a_view_set_off_is_what_follows_is_that() {
    assert_eq!(
        scooter(
            "Maren Holt said Zipp's argument, made in a long letter, is weak: the ban on scooters \
             works."
        ),
        [own("city", "Maren Holt", "ban", Stance::Favor)]
    );
    for text in [
        "Zipp's argument, made in a letter about parking bays, is that the ban on scooters is \
         unfair.",
        "Zipp's argument, which it has never hidden, is that the ban on scooters is unfair.",
    ] {
        assert_eq!(
            scooter(text),
            [own("zipp", "Zipp", "ban", Stance::Against)],
            "{text}"
        );
    }
}

// Eleventh pass (round 14's code): tests for the mutants of round 14's
// drafting code that survived the tests above (docs/mutants.md, "Round
// 14's drafting code").

/// Mutant of `push_joint` (155:17: the copy for the group's other party
/// keeping the claim's own rule): a statement of two parties at once is
/// a claim for each, the second's rule saying so.
#[test]
fn mutants_a_joint_statement_says_it_is_one_for_each_party() {
    let got = scooter_rules("Zipp and Old Town Traders said the ban on scooters was a mistake.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .any(|c| c.3.ends_with("; one claim for each party of the group")),
        "{got:?}"
    );
}

/// Mutants of `settle_unreasoned` (486:30 the guard `f.weak` → `false`:
/// a statement for the proposition whose only reason is weak never
/// turned; 489:32 `f.weak` → `true`: a statement against with a reason
/// of its own turned by the party's other statements): "“The ban is
/// costly but it is fair,” the company said." after Zipp rejected the
/// ban takes Zipp's clearer side (the clause after "but" is a weak
/// reason), and Ines Berg's "the traders had rejected the ban" keeps its
/// cue against two statements for it.
#[test]
fn mutants_only_a_weak_reason_gives_way_to_the_partys_side() {
    let zipp = scooter_rules(
        "Zipp rejected the ban on Monday. \"The ban is costly but it is fair,\" the company \
         said.",
    );
    assert_eq!(
        zipp.iter().map(|c| c.1).collect::<Vec<_>>(),
        [Stance::Against, Stance::Against],
        "{zipp:?}"
    );
    assert!(
        zipp[1]
            .3
            .ends_with("stance as the party's clearer statements on the topic"),
        "{zipp:?}"
    );
    let traders = scooter(
        "Old Town Traders backed the ban on Monday. Ines Berg said the traders supported the \
         ban. Ines Berg said the traders had rejected the ban on scooters before.",
    );
    assert_eq!(
        traders.iter().map(|c| c.3).collect::<Vec<_>>(),
        [Stance::Favor, Stance::Favor, Stance::Against],
        "{traders:?}"
    );
}

/// Mutants of `settle_unreasoned` (487:70, 490:70 `>` → `>=`): a party
/// whose clearer statements are split evenly has no side to give a
/// weak statement, which keeps its own stance.
#[test]
fn mutants_a_party_split_evenly_leaves_a_weak_reason_be() {
    for (text, want) in [
        (
            "Zipp rejected the ban on Monday. Zipp backed the ban on Tuesday. \"The ban is \
             costly but it is fair,\" the company said.",
            Stance::Favor,
        ),
        (
            "Old Town Traders backed the ban on Monday. Old Town Traders rejected the ban on \
             Tuesday. \"Our customers will not miss the scooters,\" said Ines Berg.",
            Stance::Against,
        ),
    ] {
        let got = scooter(text);
        assert_eq!(got.len(), 3, "{text}: {got:?}");
        assert_eq!(got[2].3, want, "{text}: {got:?}");
    }
}

/// Mutants of `weak_reason` (519:9, 520:9 `||` → `&&`: the clause after
/// "but", or a later sentence of the quotation, no longer weak by
/// itself): a stance read from a later sentence with a bare negation
/// takes the party's clearer side, as one read from the clause after
/// "but" does (`mutants_only_a_weak_reason_gives_way_to_the_partys_side`).
#[test]
fn mutants_a_later_sentence_is_a_weak_reason() {
    let got = scooter_rules(
        "Old Town Traders backed the ban on Monday. \"Riders came in their hundreds. Our \
         customers will not miss the scooters,\" said Ines Berg.",
    );
    assert_eq!(
        got.iter().map(|c| c.1).collect::<Vec<_>>(),
        [Stance::Favor, Stance::Favor],
        "{got:?}"
    );
    assert!(
        got[1]
            .3
            .ends_with("stance as the party's clearer statements on the topic"),
        "{got:?}"
    );
}

/// Mutants of `topic_parts` (971:59 `<` → `<=`: a keyword that opens the
/// quotation not counted; 974:54 `==` → `!=`: the keywords of a sentence
/// miscounted, each new one added to another topic's count): "Scooters
/// are a menace." is on the ban, and a sentence with "ban" once and the
/// bays twice is on the bays; each quotation is two claims.
#[test]
fn mutants_a_part_by_the_keywords_it_holds_most() {
    for (text, first, second) in [
        (
            "\"Scooters are a menace. The parking bays are a mistake,\" said Ines Berg.",
            "Scooters are a menace",
            "The parking bays are a mistake",
        ),
        (
            "\"The ban is overdue. Beside the ban, the parking bays are a waste and the bays \
             are ugly,\" said Ines Berg.",
            "The ban is overdue",
            "Beside the ban, the parking bays are a waste and the bays are ugly",
        ),
    ] {
        let got = scooter_rules(text);
        assert_eq!(
            got.iter().map(|c| c.2.as_str()).collect::<Vec<_>>(),
            [first, second],
            "{text}: {got:?}"
        );
    }
}

/// Mutant of `topic_parts` (990:24 `<` → `>`: three parts or more taken
/// for one, and one part for several): a quotation on the ban, then the
/// bays, then the ban again is a claim on each topic; one on the ban
/// throughout is one claim, and no part.
#[test]
fn mutants_three_parts_are_parts_and_one_is_none() {
    let got = scooter_rules(
        "\"The ban is overdue. The parking bays are a mistake. The ban must stay,\" said Ines \
         Berg.",
    );
    assert_eq!(
        got.iter().map(|c| c.1).collect::<Vec<_>>(),
        [Stance::Favor, Stance::Against],
        "{got:?}"
    );
    assert_eq!(got[1].2, "The parking bays are a mistake", "{got:?}");
    let one =
        scooter_rules("\"The ban is overdue. It should have come years ago,\" said Ines Berg.");
    assert_eq!(one.len(), 1, "{one:?}");
    assert!(!one[0].3.contains("the part on its own topic"), "{one:?}");
}

/// Mutant of the declaration's makers' check (`resolve_np`'s
/// `named_before`, 844:37 `==` → `!=` at 33e3286: any word after a
/// negation or an opposition, not the document's noun): the makers'
/// sentence may hold a negation ("but did not sign it") and they are
/// still the declaration's makers.
#[test]
fn mutants_only_the_document_refused_unmakes_its_makers() {
    let got = scooter(
        "Zipp and Old Town Traders agreed on the ban but did not sign it on Tuesday.\n\n\
         \"The old town belongs to everyone,\" the declaration said.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
}

// Twelfth pass (round 14's stance rules): tests for the mutants of round
// 14's lines in `stance.rs` that survived the tests above
// (docs/mutants.md, "Round 14's stance rules").

/// Mutants of `first_predicate_end`'s `subject_then_modal` (321:12
/// `t + 2` → `t - 2`: a modal before "and" taken; 321:20 `t + 5` →
/// `t * 5`: a modal five words after "and"; 324:17 `&&` → `||`: a
/// pronoun or "the" after "and" is enough; 323:17 `&&` → `||`: a modal
/// is enough; 323:52 `&&` → `||`, 323:81 `==` → `!=`: a capitalised word
/// before the modal): "and the ban is …", "and the ban on scooters
/// would be …" and "and the Velde riders would …" are no clause of their
/// own with a short subject and a modal, so the whole is read; "and the
/// union would …" after "to Zipp" is one, so only the first is read.
#[test]
fn mutants_a_second_clause_has_a_short_lower_case_subject_and_a_modal() {
    for (text, why) in [
        (
            "Zipp said the riders would wait and the ban is a mistake.",
            "stance by \"mistake\" (harm)",
        ),
        (
            "Zipp said the riders would wait and the ban on scooters would be a mistake.",
            "stance by \"mistake\" (harm)",
        ),
        (
            "Zipp said the riders would wait and the Velde riders would fight the ban.",
            "stance by \"fight\"",
        ),
        (
            "Oskar Lind said the ban was unfair to Zipp and the union would not fight it.",
            "stance by \"unfair\" (harm)",
        ),
    ] {
        let got = scooter_rules(text);
        let read: Vec<_> = got.iter().map(|c| (c.1, c.3.ends_with(why))).collect();
        assert_eq!(read, [(Stance::Against, true)], "{text}: {got:?}");
    }
}

/// Mutant of `declared_neutral`'s "no strong view" (452:29 `&&` → `||`:
/// "strong", "firm", "clear" or "fixed" before "view" enough, with no
/// "no"): "had a firm view on the ban: it is unfair" is a view held, and
/// against.
#[test]
fn mutants_a_firm_view_is_held() {
    let got = scooter_rules("Oskar Lind said the union had a firm view on the ban: it is unfair.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Stance::Against, "{got:?}");
    assert!(got[0].3.ends_with("stance by \"unfair\" (harm)"), "{got:?}");
}

/// Mutants of `declared_neutral`'s "no strong view" (450:31 `>` → `>=`,
/// 450:35 `a + 1` → `a * 1`: the word two before the noun read when it
/// is before what is said): a statement that opens its paragraph with
/// "Our position" has no word before it.
#[test]
fn mutants_a_position_may_open_the_paragraph() {
    let got = scooter_rules("Our position on the ban is clear, Oskar Lind said.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Stance::Favor, "{got:?}");
    assert_eq!(got[0].2, "Our position on the ban is clear", "{got:?}");
}

/// Mutants of `declared_neutral`'s "no view" at the end of its clause
/// (456:30 `>=` → `<`, 456:26 `t + 1` → `t - 1`, `t * 1`: the end of the
/// span not taken; 458:21 `||` → `&&`, 458:37 `t + 1` → `t - 1`, `t * 1`:
/// a comma after the noun not taken): "had no preference but …" is
/// neutral (the main clause ends at "but"), and "had no preference, as
/// riders would decide" with no word of a topic is a position on the
/// article's central topic.
#[test]
fn mutants_no_preference_before_but_or_a_comma() {
    assert_eq!(
        scooter("Oskar Lind said the union had no preference but the ban was unfair."),
        [own("riders", "Oskar Lind", "ban", Stance::Neutral)]
    );
    assert_eq!(
        scooter(
            "The council voted on the ban on Monday.\n\nOskar Lind said the union had no \
             preference, as riders would decide."
        ),
        [own("riders", "Oskar Lind", "ban", Stance::Neutral)]
    );
}

/// Mutants of `declared_neutral`'s "whatever" (531:23 `t + 1` → `t - 1`:
/// the word before "whatever" read as another's choice; 531:31 `t + 7`
/// → `t * 7`: a choice further on): "wants whatever keeps scooters off
/// the pavement" and "whatever it takes to keep the ban in the old town
/// as the traders asked" defer to no one.
#[test]
fn mutants_whatever_defers_only_to_a_choice_just_after() {
    one_stance_each(&[
        (
            "Maren Holt said the council wants whatever keeps scooters off the pavement.",
            Stance::Favor,
        ),
        (
            "Maren Holt said the council would do whatever it takes to keep the ban in the \
             old town as the traders asked.",
            Stance::Favor,
        ),
    ]);
}

/// Mutant of `declared_neutral`'s "for" (552:15 `t > a` → `t >= a`: the
/// word before what is said read): a statement that opens its paragraph
/// with "For" has none.
#[test]
fn mutants_for_may_open_the_paragraph() {
    assert_eq!(
        scooter("For riders the ban is a mistake, Oskar Lind said."),
        [own("riders", "Oskar Lind", "ban", Stance::Against)]
    );
}

/// Mutants of `declared_neutral`'s "for" (554:52 `==` → `!=`, 554:57
/// `a + 2` → `a * 2`, 554:72 `==` → `!=`: "That is for …" not read;
/// 554:61 `&&` → `||`: any "X is for" read; 557:49 `&&` → `||`: "not for
/// them to" any verb): "“That is for the council,”" is neutral, on the
/// article's central topic; "it was for the council to scrap the ban"
/// and "it was not for the riders to end the ban" take sides.
#[test]
fn mutants_that_is_for_another_to_decide() {
    assert_eq!(
        scooter(
            "The council voted on the ban on Monday.\n\n\"That is for the council,\" said \
             Ines Berg."
        ),
        [own("shops", "Ines Berg", "ban", Stance::Neutral)]
    );
    one_stance_each(&[
        (
            "Oskar Lind said it was for the council to scrap the ban.",
            Stance::Against,
        ),
        (
            "Ines Berg said it was not for the riders to end the ban.",
            Stance::Favor,
        ),
    ]);
}

/// Mutants of `declared_neutral`'s "see" (566:23 `t + 1` → `t - 1`,
/// `t * 1`: the end of the span not taken; 566:32 `||` → `&&`: the end
/// of the span and a full stop both needed; 564:15 `t > a` → `t >= a`:
/// the word before what is said read): "“We will see,” said Ines Berg."
/// (its span ending at the comma) is neutral; "See what the ban has done"
/// opening its paragraph takes a side.
#[test]
fn mutants_we_will_see_before_a_comma() {
    assert_eq!(
        scooter("The council voted on the ban on Monday.\n\n\"We will see,\" said Ines Berg."),
        [own("shops", "Ines Berg", "ban", Stance::Neutral)]
    );
    let got = scooter_rules("See what the ban has done, Oskar Lind said.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "See what the ban has done", "{got:?}");
}

/// Mutants of `declared_neutral`'s "look" (572:17, 573:17 `&&` → `||`:
/// any "look at" not negated, or any "look" after "will" or "to"; 570:15
/// `t > a` → `t >= a`: the word before what is said read): an imperative
/// "Look at the harm the ban has done" takes a side, quoted or opening
/// its paragraph.
#[test]
fn mutants_look_at_as_a_command_is_no_deferral() {
    one_stance_each(&[
        (
            "\"Look at the harm the ban has done,\" said Oskar Lind.",
            Stance::Against,
        ),
        (
            "Look at the harm the ban has done, Oskar Lind said.",
            Stance::Against,
        ),
    ]);
}

/// Mutant of `declared_neutral`'s "a matter for" (579:15 `t > a` → `t >=
/// a`: the word before what is said read): a statement may open its
/// paragraph with "Detail".
#[test]
fn mutants_detail_may_open_the_paragraph() {
    one_stance_each(&[(
        "Detail matters and the ban is a mistake, Oskar Lind said.",
        Stance::Against,
    )]);
}

/// Mutants of `polarity`'s "object" exclusion (1362:29 `t - 1` → `t +
/// 1`, `t / 1`: the determiner looked for after the noun, or on it;
/// 1361:22 `t > a` → `t >= a`: the word before what is said read): "a
/// review of the objects left on the pavement" is a noun, no opposition;
/// a statement may open its paragraph with "Objects".
#[test]
fn mutants_the_objects_are_a_noun() {
    one_stance_each(&[(
        "Ines Berg called for a review of the objects left on the pavement by scooters.",
        Stance::Favor,
    )]);
    let got = scooter_rules("Objects left by scooters block the pavement, Ines Berg said.");
    let quotes: Vec<_> = got.iter().map(|c| c.2.as_str()).collect();
    assert_eq!(quotes, ["Objects left by scooters block the pavement"]);
}

/// Mutant of `undoes`' "rather see" (1525:42 `&&` → `||`: any "see", or
/// any word after "to" or "rather", taken for a verb of wanting): "had to
/// defend a ban scrapped in other cities" wants nothing undone.
#[test]
fn mutants_only_rather_see_wants_it_undone() {
    for text in [
        "Maren Holt said the council had to defend a ban scrapped in other cities.",
        "Maren Holt said the council had to defend the ban, scrapped in other cities.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, Stance::Favor, "{text}: {got:?}");
        assert!(!got[0].3.contains("undoes"), "{text}: {got:?}");
    }
}

// Thirteenth pass (round 13's subject and speaker lines): tests for the
// mutants of round 13's lines in `subject.rs` and `speakers.rs` that
// survived the tests above (docs/mutants.md, "Round 13's subject and
// speaker lines").

/// Mutants of `is_name_phrase`'s "at the" (1040:49, 1040:58, 1040:77
/// `&&` → `||`: any word before "the", or after a capitalised word,
/// taken for the "at" of "Petra Nyman at the Riders' Union"): "The Velde
/// Committee representing the Old Town Traders" is a role phrase (its
/// "representing" a lowercase word), read for the party it names.
#[test]
fn mutants_only_at_the_joins_a_name_and_where_the_person_works() {
    let text = "The Velde Committee representing the Old Town Traders said the ban on scooters \
                was a mistake.";
    assert_eq!(
        scooter(text),
        [own(
            "shops",
            "Velde Committee representing the Old Town Traders",
            "ban",
            Stance::Against
        )],
        "{text}"
    );
}

/// Mutants of `name_np` (1548:64 `|` → `&`: an institution's word, or a
/// title, among a person's name words before "of"; 1594:64 `||` → `&&`:
/// an institution's word before "of" or "for" must be a role too):
/// "Zipp Holdings of Velde" is an organisation named in full; "Velde
/// Centre for Applied Arts" an organisation's name, not a person
/// "Applied Arts"; "Petra Nyman of the Velde Cycling Club" speaks for
/// the club, a party of its own; "Ines Berg of the Velde Cycling Club"
/// is the traders' (the profile names her). (Meant for 1551:40,
/// 1555:37, 1560:39 and 1561:57 too, it does not kill them: see
/// docs/mutants.md.)
#[test]
fn mutants_a_person_of_an_organisation() {
    let mistake = "said the ban on scooters was a mistake.";
    for (who, party, speaker) in [
        ("Zipp Holdings of Velde", "zipp", "Zipp Holdings of Velde"),
        (
            "Petra Nyman of the Velde Cycling Club",
            "velde-cycling",
            "Petra Nyman",
        ),
        ("Ines Berg of the Velde Cycling Club", "shops", "Ines Berg"),
        (
            "Velde Centre for Applied Arts",
            "velde-centre",
            "Velde Centre for Applied Arts",
        ),
    ] {
        let got = scooter(&format!("{who} {mistake}"));
        assert_eq!(got.len(), 1, "{who}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            (party, speaker),
            "{who}: {got:?}"
        );
    }
}

/// Mutants of `extend_source`'s "from" and "at the" arms (312:63 `&&` →
/// `||`: any capitalised subject joined to the capitalised word two
/// before it; 322:13 `&&` → `||`: any "the" and a capitalised word after
/// a person's name taken for "Petra Nyman at the Riders' Union"):
/// "Unlike Maren Holt, Zipp said" and "In Velde, Zipp said" are Zipp's
/// words, "Unlike Petra Nyman, the Riders' Union said" the union's.
#[test]
fn mutants_a_name_before_a_comma_is_not_joined_to_the_subject() {
    for text in [
        "Unlike Maren Holt, Zipp said the ban on scooters was a mistake.",
        "In Velde, Zipp said the ban on scooters was a mistake.",
    ] {
        assert_eq!(
            scooter(text),
            [own("zipp", "Zipp", "ban", Stance::Against)],
            "{text}"
        );
    }
    let text = "Unlike Petra Nyman, the Riders' Union said the ban on scooters was a mistake.";
    assert_eq!(
        scooter(text),
        [own("riders", "Riders' Union", "ban", Stance::Against)],
        "{text}"
    );
}

/// Mutant of `extend_source`'s "at the" arm (324:27 `floor + 2` →
/// `floor * 2`: the arm read only early in a sentence): "Petra Nyman at
/// the Riders' Union said" in a paragraph's second sentence is still her
/// name and where she works.
#[test]
fn mutants_at_the_in_a_second_sentence() {
    let text = "Oskar Lind spoke. Petra Nyman at the Riders' Union said the ban was a mistake.";
    assert_eq!(
        scooter(text),
        [own("riders", "Petra Nyman", "ban", Stance::Against)],
        "{text}"
    );
}

/// Mutants of `subject_before_comma`'s `speaks_for` (673:44 `&&` → `||`:
/// any "speaking" taken for "speaking for"; 676:13, 677:13, 678:13 `&&` →
/// `||`: "speaking", "speaking on" or an "of" three words on taken for
/// "speaking on behalf of"; 674:20 `x + 2` → `x * 2`: whom the person
/// speaks for looked for past the comma): "Petra Nyman, speaking to
/// Zipp,", "…, speaking just ahead of Zipp," and "…, speaking on Monday
/// after Zipp," do not speak for Zipp (a party of her own); "Petra
/// Nyman, speaking for Zipp," in a second sentence does.
#[test]
fn mutants_speaking_to_is_not_speaking_for() {
    for (text, party) in [
        ("Petra Nyman, speaking to Zipp, said", "petra-nyman"),
        (
            "Petra Nyman, speaking just ahead of Zipp, said",
            "petra-nyman",
        ),
        (
            "Petra Nyman, speaking on Monday after Zipp, said",
            "petra-nyman",
        ),
        (
            "Oskar Lind spoke. Petra Nyman, speaking for Zipp, said",
            "zipp",
        ),
    ] {
        let text = format!("{text} the ban on scooters was a mistake.");
        let got = scooter(&text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            (party, "Petra Nyman"),
            "{text}: {got:?}"
        );
    }
}

// Fourteenth pass (round 15's drafting code)

/// Mutants of `only_way` (1502:9 `&&` → `||`: any "only" or "best"
/// approves; 1504:21 `t - 2` → `t + 2`, `t / 2`: the verb "be" looked
/// for elsewhere; 1504:44, 1504:70 `&&` → `||`: any word, or "be" three
/// before with no quotation mark, before "the only"): "was the only way"
/// approves; "applied only to", "found the only way", "was not the only
/// way" do not.
#[test]
fn mutants_only_the_only_way_said_of_it_approves() {
    let got = scooter_rules("Maren Holt said the ban was the only way to clear the pavements.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].3.ends_with("stance by \"only\" (approval)"),
        "{got:?}"
    );
    for text in [
        "Maren Holt said the ban applied only to the old town.",
        "Oskar Lind said riders had found the only way round the ban.",
        "Oskar Lind said the ban was not the only way to clear the pavements.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(!got[0].3.contains("(approval)"), "{text}: {got:?}");
    }
}

/// Mutant of `undoes`' "must go" (1598:14 `t > a` → `t >= a`: the word
/// before what is said read): what is said may open its paragraph with
/// "Go".
#[test]
fn mutants_go_may_open_the_paragraph() {
    one_stance_each(&[("Go ahead with the ban, Maren Holt said.", Stance::Favor)]);
}

/// Mutants of `harm_phrase`'s end of a phrase (1718:29 `k >= z` → `k <
/// z`: any word after "nobody wanted" taken for the end; 1718:34 `||` →
/// `&&`: the end of what is read, before "because", no end): "nobody
/// wanted scooters on the pavement" says no harm of the ban; "an
/// experiment nobody asked for" before "because" does.
#[test]
fn mutants_nobody_asked_for_ends_its_clause() {
    one_stance_each(&[(
        "Maren Holt said nobody wanted scooters on the pavement before the ban.",
        Stance::Favor,
    )]);
    let got = scooter_rules(
        "Oskar Lind said the ban was an experiment nobody asked for because riders had no say.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].3.ends_with("stance by \"nobody asked for\" (harm)"),
        "{got:?}"
    );
}

/// Mutants of `harm_phrase` (1723:82 `t + 3` → `t - 3`, `t * 3`: the
/// end looked for before "nobody", or far after it; 1728:19 `t + 2` →
/// `t - 2`, `t * 2`: the end after "nobody wants" looked for
/// elsewhere): "nobody asked for scooters", "nobody wants scooters" say
/// no harm of the ban, "a rule nobody wanted" does.
#[test]
fn mutants_nobody_asked_for_something_else() {
    one_stance_each(&[
        (
            "\u{201c}Honestly, nobody asked for scooters on the pavement,\u{201d} said Maren Holt.",
            Stance::Favor,
        ),
        ("Maren Holt said nobody asked for scooters.", Stance::Favor),
        (
            "\u{201c}So, nobody wants scooters, and the ban stays,\u{201d} said Maren Holt.",
            Stance::Favor,
        ),
    ]);
    let got = scooter_rules("Oskar Lind said the ban was a rule nobody wanted.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Stance::Against, "{got:?}");
    assert!(
        got[0].3.ends_with("stance by \"nobody wants\" (harm)"),
        "{got:?}"
    );
}

/// Mutants of `too`'s end of a phrase (1740:29 `k >= z` → `k < z`: any
/// word after "too important" taken for the end; 1740:34 `||` → `&&`:
/// the end of what is read, before "because", no end; 1748:20 `t * 2`,
/// 1748:40 `!=`: the end looked for far after, or any word but "and"
/// taken) and of its "be" (1741:32, 1741:41 `&&` → `||`: any word
/// before "too" taken for "be"): "too important to drop" and "were
/// parked too close" say no excess of the ban; "too broad" before
/// "because" does.
#[test]
fn mutants_too_ends_its_clause_after_be() {
    one_stance_each(&[
        (
            "Maren Holt said the ban was too important to drop.",
            Stance::Favor,
        ),
        (
            "Maren Holt said scooters were parked too close.",
            Stance::Favor,
        ),
    ]);
    let got =
        scooter_rules("Oskar Lind said the ban was too broad because riders need the old town.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].3.ends_with("stance by \"too\" (harm)"), "{got:?}");
}

/// Mutant of `too` (1743:25 `t + 1` → `t - 1`: the lower-case word
/// looked for before "too"): "The ban was too" (it was clear too) says no
/// excess.
#[test]
fn mutants_too_as_also_says_no_excess() {
    one_stance_each(&[(
        "Maren Holt said the pavements were clear. The ban was too, she said.",
        Stance::Favor,
    )]);
}

/// Mutants of `too` (1748:35 `t + 2` → `t - 2`, `t * 2`: "and" looked
/// for elsewhere): "too broad and the council knew it" is an excess.
#[test]
fn mutants_too_before_and() {
    let got = scooter_rules("Oskar Lind said the ban was too broad and the council knew it.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Stance::Against, "{got:?}");
    assert!(got[0].3.ends_with("stance by \"too\" (harm)"), "{got:?}");
}

// Fifteenth pass (the rest of round 15's drafting code): tests for the
// mutants of round 15's lines in `stance.rs`' `declared_neutral` and
// `polarity` that survived the tests above (docs/mutants.md, "The rest
// of round 15's drafting code"; line numbers are those of b44b386).

/// Mutant of `declared_neutral`'s "preference for now" (457:46 `&&` →
/// `||`: "no preference for" anything neutral): "had no preference for a
/// ban" takes a side.
#[test]
fn mutants_no_preference_for_a_thing_is_no_neutrality() {
    one_stance_each(&[(
        "Oskar Lind said the union had no preference for a ban.",
        Stance::Against,
    )]);
}

/// Mutant of `declared_neutral`'s "abide by" (469:40 `&&` → `||`:
/// "comply by" taken for "abide by"): "would comply by Friday with the
/// ban" is compliance, not deference to whatever comes.
#[test]
fn mutants_only_abide_by_defers() {
    one_stance_each(&[(
        "Zipp said it would comply by Friday with the ban.",
        Stance::Favor,
    )]);
}

/// Mutants of `declared_neutral`'s "take note" (476:25 `&&` → `||`: any
/// "note" neutral; 476:21 `t > a` → `t >= a`: the word before what is
/// said read, out of bounds at the paragraph's first word): "a note" sent
/// and a "Note:" opening what is said are no neutrality.
#[test]
fn mutants_only_taking_note_is_neutral() {
    one_stance_each(&[
        (
            "Oskar Lind said the ban was unfair and he would send the council a note.",
            Stance::Against,
        ),
        ("Note: the ban is unfair, Oskar Lind said.", Stance::Against),
    ]);
}

/// Mutants of `declared_neutral`'s "one for" (561:48 `t > a + 1` → `>=`,
/// 561:52 `a + 1` → `a - 1`, `a * 1`: the word two before "for" read
/// when "one" opens what is said; at the paragraph's first word, out of
/// bounds): "One for all: …" opening the paragraph.
#[test]
fn mutants_one_for_may_open_the_paragraph() {
    one_stance_each(&[(
        "One for all: the ban is unfair, Oskar Lind said.",
        Stance::Against,
    )]);
}

/// Mutants of `declared_neutral`'s "drawn" (572:49 `&&` → `||`: any
/// negated "drawn"; 572:22 `t > a` → `t >= a`: the word before what is
/// said read, out of bounds at the paragraph's first word; 572:69 `t - 1`
/// → `t + 1`, `t / 1`: the negation looked for a word later, so not four
/// words before "drawn"): "had not drawn any comfort" takes a side, "did
/// not want to be drawn" does not.
#[test]
fn mutants_only_not_being_drawn_is_neutral() {
    one_stance_each(&[
        (
            "Oskar Lind said riders had not drawn any comfort from the ban.",
            Stance::Against,
        ),
        (
            "Drawn up in haste, the ban is unfair, Oskar Lind said.",
            Stance::Against,
        ),
        (
            "Maren Holt said she did not want to be drawn on the ban.",
            Stance::Neutral,
        ),
    ]);
}

/// Mutants of `declared_neutral`'s "negotiate" (576:17 `&&` → `||`: any
/// "negotiate through" neutral, negated or not; 577:32 `t + 1` → `t -
/// 1`, `t * 1`, 577:37 `==` → `!=`, 577:45 `&&` → `||`, 577:55 `t + 2` →
/// `t - 2`, `t * 2`, 577:60 `==` → `!=`: "in public" read elsewhere, or
/// "in" or "public" alone enough): "would not negotiate in public" is
/// neutral; "would negotiate through the union" and "would not negotiate
/// in the shadow of the ban" are not.
#[test]
fn mutants_not_negotiating_in_public_is_neutral() {
    one_stance_each(&[
        (
            "Maren Holt said she would not negotiate in public on the ban.",
            Stance::Neutral,
        ),
        (
            "Maren Holt said the council would negotiate through the union on the ban.",
            Stance::Favor,
        ),
        (
            "Oskar Lind said the union would not negotiate in the shadow of the ban.",
            Stance::Against,
        ),
    ]);
}

/// Mutant of `declared_neutral`'s "care" (582:17 `&&` → `||`: "care how"
/// neutral without the negation): "riders care how they get to work"
/// takes no side away.
#[test]
fn mutants_caring_how_is_no_neutrality() {
    one_stance_each(&[(
        "Oskar Lind said riders care how they get to work, and the ban is unfair.",
        Stance::Against,
    )]);
}

/// Mutant of `declared_neutral`'s "nothing to add" (588:42 `&&` → `||`:
/// "nothing to" anything neutral): "nothing to fear from the ban" takes a
/// side.
#[test]
fn mutants_nothing_to_fear_is_no_neutrality() {
    one_stance_each(&[(
        "Maren Holt said riders had nothing to fear from the ban.",
        Stance::Favor,
    )]);
}

/// Mutants of `declared_neutral`'s "a matter for" (608:38 `t - 1` → `t +
/// 1`, `t / 1`: the negation looked for a word later, so not four words
/// before "matter"): "was not in fact a matter for the council" is no
/// deference.
#[test]
fn mutants_not_in_fact_a_matter_for_is_no_deference() {
    let got = scooter("Ines Berg said the ban was not in fact a matter for the council.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].3, Stance::Neutral, "{got:?}");
}

/// Mutants of `polarity`'s "rather … than" (1065:36 `t + 1` → `t - 1`,
/// `t * 1`: "rather than" itself looking for a "than" after it; 1066:33
/// `t + 2` → `t * 2`: the "than" looked for far after "rather"):
/// "rather than fines, more for the old town than for profit" refuses
/// fines only; "rather have a ban we set than a mess" late in its
/// paragraph still names what is refused.
#[test]
fn mutants_rather_than_and_a_later_than() {
    let got = scooter_rules(
        "Maren Holt said the council chose the ban rather than fines, more for the old \
         town than for profit.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0]
            .3
            .ends_with("stance by \"rather than\" names what is refused"),
        "{got:?}"
    );
    let got = scooter_rules(
        "Maren Holt said: \u{201c}Honestly, I would rather have a ban we set than a mess we \
         do not.\u{201d}",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Stance::Favor, "{got:?}");
    assert!(
        got[0]
            .3
            .ends_with("stance by \"rather … than\" names what is refused"),
        "{got:?}"
    );
}

/// Mutant of `polarity`'s "rather … than" (1079:29 `==` → `!=`: the
/// word after the preferred "than" skipped): "rather have wider
/// pavements than bays" refuses the bays; so do "wider pavements rather
/// than bays" and "wider pavements, rather than bays" (written for
/// 1079:48 `t + 2` → `t * 2`, `t - 2`, which they did not kill).
#[test]
fn mutants_rather_than_refuses_the_word_after_it() {
    for text in [
        "Oskar Lind said the union would rather have wider pavements than bays.",
        "Maren Holt said the council wanted wider pavements rather than bays.",
        "Oskar Lind said the union wanted wider pavements, rather than bays.",
    ] {
        let got = scooter(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].2.as_str(), got[0].3),
            ("parking", Stance::Against),
            "{text}: {got:?}"
        );
    }
}

/// Mutant of `polarity`'s "opposition to" (1456:18 `t > a` → `t >= a`:
/// the word before what is said read, out of bounds at the paragraph's
/// first word): what is said may open its paragraph with "Opposition
/// to".
#[test]
fn mutants_opposition_to_may_open_the_paragraph() {
    let got = scooter_rules("Opposition to the ban is growing, Oskar Lind said.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "Opposition to the ban is growing", "{got:?}");
}

/// Mutant of `phrase_ends` (1756:32 `||` → `&&`: a comma no end, nor a
/// full stop, unless both): "too broad, and riders knew it" is an
/// excess.
#[test]
fn mutants_too_ends_at_a_comma() {
    let got = scooter_rules("Oskar Lind said the ban was too broad, and riders knew it.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Stance::Against, "{got:?}");
    assert!(got[0].3.ends_with("stance by \"too\" (harm)"), "{got:?}");
}

/// Mutants of `sentence_subject`'s fronted adverb and fronted phrase
/// (611:72 `sa + 1` → `sa - 1`, `sa * 1`: the comma looked for before
/// the day or on it; 611:91 `sa + 2` → `sa * 2`: the subject looked for
/// at the sentence's first word or far after; 614:17 `sa + 1` → `sa -
/// 1`, 614:26 `sa + 8` → `sa - 8`, `sa * 8`: the phrase's comma looked
/// for from before the paragraph (out of bounds) or nowhere; 616:28 `k +
/// 1` → `k - 1`, `k * 1`: the subject looked for at the comma or before
/// it): "Monday, Maren Holt …" and "After the vote in the town hall,
/// Maren Holt …" (a phrase of seven words, longer than
/// `fronted_phrase_end` takes) are Maren Holt's, in a paragraph's first
/// sentence or after another's.
#[test]
fn mutants_a_fronted_day_or_phrase_before_the_subject() {
    for text in [
        "Monday, Maren Holt thanked the riders and said the ban would stay.",
        "Monday, Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Oskar Lind spoke first. Monday, Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "After the vote in the town hall, Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "After the vote in the town hall, Maren Holt thanked the riders and said the ban \
         would stay.",
        "Oskar Lind spoke first. After the vote in the town hall, Maren Holt called the ban \
         \u{201c}a relief\u{201d}.",
    ] {
        let got = scooter(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("city", "Maren Holt"),
            "{text}: {got:?}"
        );
    }
}

/// Mutant of `sentence_subject`'s fronted adverb (611:50 `&&` → `||`: any
/// word and a comma taken for an adverb and its comma): "Holt, the
/// mayor, called the ban “…”" is the subject's, Holt met before.
#[test]
fn mutants_a_name_and_its_comma_is_no_fronted_adverb() {
    let got = scooter_rules(
        "Maren Holt spoke first. Holt, the mayor, called the ban \u{201c}a relief\u{201d}.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Maren Holt", "{got:?}");
    assert!(
        got[0]
            .3
            .contains("speaker by a name seen before (subject of the sentence)"),
        "{got:?}"
    );
}

/// Mutant of `role_np`'s `identified` (1237:17 `||` → `&&`: an unnamed
/// source with an alias and no capital not counted among the identified
/// speakers): with one speaker of the profile's ("A spokesman for the
/// union") and one of none ("Erik Dahl"), the profile still fits (no
/// notice, no discovery).
#[test]
fn mutants_an_unnamed_source_counts_for_the_profile() {
    let profile =
        Profile::from_source(SCOOTER, "scooter-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(
        "Scooter row\n\nA spokesman for the union said the ban was unfair. Erik Dahl said \
         the ban was overdue.\n",
        None,
        &profile,
    );
    assert!(d.notice.is_none(), "{:?}", d.notice);
    let got: Vec<_> = d
        .claims
        .iter()
        .map(|c| (d.parties[c.party].id.as_str(), c.speaker.as_str()))
        .collect();
    assert_eq!(got, [("riders", "A spokesman for the union")], "{got:?}");
}

/// Mutants of `fronted_phrase_end`'s adverb (1750:30 `||` → `&&`: an
/// adverb must end in "-ly"; 1750:51 `||` → `&&`: one in "-ly" must be
/// listed or end in "-wards" too; 1751:26 `sa + 1` → `sa * 1`: the comma
/// looked for on the adverb; 1752:19 `<` → `==`, `>`, 1752:15 `sa + 2`
/// → `sa - 2`, `sa * 2`: the sentence must end after the comma, or the
/// bound is out of bounds in the paragraph's first sentence or past the
/// end of a later one; 1754:24 `sa + 2` → `sa - 2`, `sa * 2`: the
/// subject looked for before the adverb or far after it): "Meanwhile,
/// Maren Holt called the ban “…”" is Maren Holt's, not the last
/// speaker's, in a paragraph's first sentence or after a long one; so is
/// "Locally, Maren Holt …".
#[test]
fn mutants_an_adverb_and_its_comma_before_the_subject() {
    for text in [
        "Oskar Lind spoke first. Meanwhile, Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Meanwhile, Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Locally, Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Oskar Lind spoke first at the long meeting of the city council in the old town hall. \
         Meanwhile, Maren Holt called the ban \u{201c}a relief\u{201d}.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "Maren Holt", "{text}: {got:?}");
    }
}

/// Mutants of `fronted_phrase_end`'s time phrase (1759:38 `k + 1` → `k -
/// 1`, `k * 1`: past a comma after "ago", the subject looked for on
/// "ago" or on the comma): "Five years ago, Maren Holt called the ban
/// “…”" is Maren Holt's.
#[test]
fn mutants_a_time_phrase_and_its_comma_before_the_subject() {
    for text in [
        "Five years ago, Maren Holt called the ban \u{201c}a fantasy\u{201d}.",
        "Oskar Lind spoke first. Five years ago, Maren Holt called the ban \
         \u{201c}a fantasy\u{201d}.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1),
            ("Maren Holt", Stance::Against),
            "{text}: {got:?}"
        );
    }
}

/// Mutants of `fronted_phrase_end`'s "last", "next", "this" (1774:11 `||`
/// → `&&`: a word of time must be both a unit and a day or month;
/// 1774:23 `sa + 1` → `sa - 1`, `sa * 1`: the day looked for before
/// "last" (out of bounds in the paragraph's first sentence) or on it;
/// 1776:25 `sa + 2` → `sa - 2`, `sa * 2`: the subject looked for before
/// the phrase or far after it): "Last month Maren Holt …" and "Last
/// Monday Maren Holt …" are Maren Holt's.
#[test]
fn mutants_last_month_or_last_monday_before_the_subject() {
    for text in [
        "Last month Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Last Monday Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Oskar Lind spoke first. Last month Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Oskar Lind spoke first. Last Monday Maren Holt called the ban \u{201c}a relief\u{201d}.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "Maren Holt", "{text}: {got:?}");
    }
}

/// Mutant of `fronted_phrase_end`'s day after the preposition (1783:35
/// `&&` → `||`: any capitalised word after the preposition taken for a
/// day): "In Storby Park, Maren Holt called the ban “…”" is Maren
/// Holt's (the place ends at its comma).
#[test]
fn mutants_a_place_in_capitals_is_no_day() {
    for text in [
        "In Storby Park, Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Oskar Lind spoke first. In Storby Park, Maren Holt called the ban \
         \u{201c}a relief\u{201d}.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "Maren Holt", "{text}: {got:?}");
    }
}

/// Mutants of `fronted_phrase_end`'s day after the preposition (1786:15
/// `+=` → `-=`, `*=`: past "morning" the subject looked for before it,
/// or never past it): "On Monday morning Maren Holt called the ban “…”"
/// is Maren Holt's.
#[test]
fn mutants_a_day_and_its_morning_before_the_subject() {
    for text in [
        "On Monday morning Maren Holt called the ban \u{201c}a relief\u{201d}.",
        "Oskar Lind spoke first. On Monday morning Maren Holt called the ban \
         \u{201c}a relief\u{201d}.",
    ] {
        let got = scooter_rules(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "Maren Holt", "{text}: {got:?}");
    }
}

/// Mutants of `fronted_phrase_end`'s place and day (1795:61 `||` →
/// `&&`, 1795:72 `==` → `!=`: no place in capitals, or none after
/// "the"; 1797:48 `||` → `&&`: a day only as a place in capitals): the
/// person after "In Storby Park,", "In the Storby Park," or "After last
/// Monday," is the one "she" is next.
#[test]
fn mutants_a_place_or_day_before_the_subject_names_her() {
    for text in [
        "In Storby Park, Maren Holt appeared to soften. She said the council \
         \u{201c}could consider\u{201d} lifting the ban.",
        "In the Storby Park, Maren Holt appeared to soften. She said the council \
         \u{201c}could consider\u{201d} lifting the ban.",
        "After last Monday, Maren Holt appeared to soften. She said the council \
         \u{201c}could consider\u{201d} lifting the ban.",
    ] {
        let got = scooter(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, "Maren Holt", "{text}: {got:?}");
    }
}

// Sixteenth pass (round 16's drafting code): tests for the mutants of
// issue 17's sixteenth mutation pass that no test caught.

/// Mutants of `declared_neutral`'s "nothing is agreed until everything
/// is agreed" (594:21, 595:21, 596:21 `&&` → `||`: any "nothing was …
/// until everything" neutral): only "agreed" (and, since, "settled" and
/// "decided") is the formula of no side, not "signed".
#[test]
fn mutants_only_nothing_agreed_takes_no_side() {
    stance_each_with(
        VALLEY,
        &[
            (
                "Kemal Drin said a delay was wrong and nothing was signed until everything was signed.",
                Stance::Against,
            ),
            (
                "Kemal Drin said that on the handover nothing was settled until everything was settled.",
                Stance::Neutral,
            ),
        ],
    );
}

/// Mutant of `polarity`'s "put off" toward a delay (1187:58 `||` → `&&`:
/// a proposition of postponing, with no "delay" in it, not taken for a
/// delay): "put off" is for "The handover … is postponed" too.
#[test]
fn mutants_put_off_is_for_a_postponement() {
    stance_each_with(
        &VALLEY.replace("is delayed", "is postponed"),
        &[(
            "Kemal Drin called for the handover to be put off until the valley had voted.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `polarity`'s "anything less than" (1213:15 `t += 3` → `t *=
/// 3`: the words after the phrase skipped when it is far into the
/// paragraph): the judgement after it, "treason", is read.
#[test]
fn mutants_anything_less_than_then_its_judgement() {
    stance_each_with(
        ENCLAVES,
        &[(
            "Ana Voss said on Monday in the capital that anything less than a full swap was treason.",
            Stance::Favor,
        )],
    );
}

/// The rule of the one claim drafted with the valley profile.
fn valley_rule(text: &str) -> String {
    let profile =
        Profile::from_source(VALLEY, "valley-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(&format!("Valley talks\n\n{text}\n"), None, &profile);
    assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
    d.claims[0].rule.clone().unwrap_or_default()
}

/// Mutants of `polarity`'s acceptance (1385:24 `t + 1` → `t - 1`, `t *
/// 1`: the rule names the word before "against" or "nothing" itself):
/// the rule says "nothing against", as written; and of `fear_nothing`
/// (1822:9, the arm "to" deleted: "nothing to fear" read as a negation
/// and a harm, two turns with the same stance): the rule says "nothing
/// to fear".
#[test]
fn mutants_the_rule_names_what_is_accepted() {
    for (text, want) in [
        (
            "Kemal Drin said he had nothing against a delay.",
            "stance by \"nothing against\" (acceptance)",
        ),
        (
            "Kemal Drin said Draskia had nothing to fear from a delay.",
            "stance by \"nothing to fear\" (acceptance)",
        ),
    ] {
        let rule = valley_rule(text);
        assert!(rule.ends_with(want), "{text}: {rule}");
    }
}

/// Mutant of `reopens_a_deal` (1797:15 `t + 1` → `t - 1`: the deal looked
/// for from the word before "reopen"): "a treaty reopening talks" does
/// not reopen the treaty.
#[test]
fn mutants_the_deal_reopened_comes_after_reopen() {
    stance_each_with(
        ENCLAVES,
        &[(
            "Ana Voss said Delmark wanted a treaty reopening talks on the swap.",
            Stance::Favor,
        )],
    );
}

/// Mutants of `fear_nothing` (1826:41, 1826:60 `&&` → `||`: any "… to
/// fear" taken for "nothing to fear"): "had much to fear from a delay"
/// is no acceptance. (Its stance is not asserted: the real code drafts
/// it FAVOR with no reason, a gap written down in `docs/mutants.md`.)
#[test]
fn mutants_only_nothing_to_fear_accepts() {
    let rule = valley_rule("Kemal Drin said Draskia had much to fear from a delay.");
    assert!(!rule.contains("acceptance"), "{rule}");
}

/// Mutant of `harm_phrase`'s "dressed up as" (1871:23 `&&` → `||`: any
/// "… up as" harm): "would sign up as a partner" is none.
#[test]
fn mutants_only_dressed_up_as_is_harm() {
    stance_each_with(
        ENCLAVES,
        &[(
            "Ana Voss said Delmark would sign up as a partner in the swap.",
            Stance::Favor,
        )],
    );
}

/// Mutants of `harm_phrase`'s "dressed as" (1874:38 `==` → `!=`, 1874:33
/// `t + 1` → `t - 1`, `t * 1`: "dressed as" without "up" not read): "an
/// annexation dressed as a treaty" is harm.
#[test]
fn mutants_dressed_as_is_harm() {
    stance_each_with(
        ENCLAVES,
        &[(
            "Ana Voss said the swap was an annexation dressed as a treaty.",
            Stance::Against,
        )],
    );
}

/// Mutants of `harm_phrase`'s "would force … to" (1879:14 `t > a` →
/// `t >= a`: the word before what is said read, out of bounds when "Force"
/// opens the paragraph; 1881:15 `t + 2` → `t - 2`: a "to" just after
/// "force" taken; 1881:52 `==` → `!=`: any word after "would force"
/// taken for "to"): "Force would not settle the swap" is drafted, and
/// "would force to a vote the question", "would force a vote on the
/// swap" are no coercion.
#[test]
fn mutants_force_opening_the_paragraph_or_forced_to_a_vote() {
    stance_each_with(
        ENCLAVES,
        &[
            (
                "Force would not settle the swap, Ana Voss said.",
                Stance::Against,
            ),
            (
                "Ana Voss said the swap would force to a vote the question of the farms.",
                Stance::Favor,
            ),
            (
                "Ana Voss said Delmark would force a vote on the swap.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `events::timeline_entry` (142:29 `&&` → `||`: any number
/// taken for a year; 143:10 `&&` → `||`: a year with no dash after it an
/// entry): "12 - Ana Voss said …" (a numbered point) and "2031 is too
/// soon for the swap, Ana Voss said." are statements.
#[test]
fn mutants_only_a_year_and_a_dash_open_an_entry() {
    for text in [
        "12 - Ana Voss said Delmark rejected the swap.",
        "2031 is too soon for the swap, Ana Voss said.",
    ] {
        let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, "Ana Voss", "{text}: {got:?}");
    }
}

// Seventeenth pass (the rest of round 16's drafting code): tests for the
// mutants of issue 17's seventeenth mutation pass that no test caught.

/// A pair of owned strings, as the helpers below return them.
fn two(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

/// (party id, speaker) of every claim drafted with the press profile.
fn press_speakers(text: &str) -> Vec<(String, String)> {
    claims_with(PRESS, "press-profile.yaml", "What the papers say", text)
        .into_iter()
        .map(|(p, sp, _, _)| (p, sp))
        .collect()
}

/// Mutants of `events::quoted_as_saying` (339:60 `||` → `&&`: any word
/// in lower case taken for "quoted"; 344:36 `&&` → `||`: any "as" taken
/// for "as saying"): a paper that misrepresented her "as saying" it, or
/// quoted her "as an expert", gives no claim of Anna Berg's.
#[test]
fn mutants_only_quoted_as_saying_gives_her_words() {
    for text in [
        "The Courier misrepresented Anna Berg as saying arbitration was a trap.",
        "The Courier quoted Anna Berg as an expert on arbitration.",
    ] {
        assert_eq!(press_speakers(text), [], "{text}");
    }
}

/// Mutant of `events::quoted_as_saying` (342:16 `i + 2` → `i - 2`: "as
/// saying" looked for from two words before "quoted", so a quotation
/// mark there ends the search): a headline in quotation marks before
/// "quoted" does not hide what Anna Berg said.
#[test]
fn mutants_quoted_after_a_headline_in_quotation_marks() {
    let text = "The Courier, in a report headlined \u{201c}Berg Backs Talks\u{201d}, \
        quoted Anna Berg as saying arbitration was a trap.";
    let want = [two("talgov", "Anna Berg")];
    assert_eq!(press_speakers(text), want, "{text}");
}

/// Mutant of `events::quoted_as_saying` (347:18 `k + 2 >= sb` → `k - 2 >=
/// sb`: "as saying" at the very end of the sentence, with no full stop
/// after it, not taken for what is said before it): a paragraph whose
/// last sentence has lost its full stop still gives her words.
#[test]
fn mutants_quoted_her_as_saying_with_no_full_stop() {
    let text = "Anna Berg spoke in Korva. \
        \u{201c}Arbitration can wait,\u{201d} the state news agency quoted her as saying";
    let want = [two("talgov", "Anna Berg")];
    assert_eq!(press_speakers(text), want, "{text}");
}

/// Mutant of `events::quoted_as_saying` (348:30 `&&` → `||`: any one word
/// between "quoted" and "as saying" taken for a pronoun): "quoted Talmark
/// as saying" is Talmark's.
#[test]
fn mutants_quoted_one_name_as_saying() {
    let text = "The Courier quoted Talmark as saying arbitration was a trap.";
    let want = [two("talgov", "Talmark (government)")];
    assert_eq!(press_speakers(text), want, "{text}");
}

/// (party id, quotation) of every claim drafted with the press profile.
fn press_quotes(text: &str) -> Vec<(String, String)> {
    let profile =
        Profile::from_source(PRESS, "press-profile.yaml").unwrap_or_else(|e| panic!("{e}"));
    let d = draft::draft_document(&format!("Papers\n\n{text}\n"), None, &profile);
    d.claims
        .iter()
        .map(|c| (d.parties[c.party].id.clone(), c.quote.clone()))
        .collect()
}

/// Mutant of `events::quoted_as_saying` (372:37 `k + 2` → `k - 2`: what
/// is said looked for from the name): what Anna Berg is quoted as saying
/// starts after "saying".
#[test]
fn mutants_what_she_is_quoted_as_saying_follows_saying() {
    let text = "The Courier quoted Anna Berg as saying arbitration was a trap.";
    let want = [two("talgov", "arbitration was a trap")];
    assert_eq!(press_quotes(text), want, "{text}");
}

/// Mutants of `events::quoted_as_saying`'s clause start (370:25 `end +
/// …` → `end - …`, `end * …`, 370:43 `==` → `!=`: the clause of "the
/// agency quoted her" not started right after the comma, so
/// `clause_final` does not take what comes before it, "On Monday, …",
/// as one statement, and Ostria's "rejected" is a claim of its own):
/// "On Monday, Ostria rejected arbitration, the state news agency quoted
/// her as saying." is Anna Berg's alone. (With "outright" for `-`: that
/// mutant's clause start, before "arbitration", also cuts what Ostria
/// rejected short of its topic.)
#[test]
fn mutants_a_time_and_a_clause_she_is_quoted_as_saying() {
    for said in [
        "On Monday, Ostria rejected arbitration",
        "On Monday, Ostria rejected arbitration outright",
    ] {
        let text = format!(
            "Anna Berg spoke in Korva. {said}, the state news agency quoted her as saying."
        );
        assert_eq!(press_quotes(&text), [two("talgov", said)], "{text}");
    }
}

/// (party id, speaker) of the one claim drafted with the enclaves
/// profile.
fn enclaves_one(text: &str) -> (String, String) {
    let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    (got[0].0.clone(), got[0].1.clone())
}

/// Mutant of `speakers::is_destination` (329:21 `||` → `&&`: no party
/// ever a destination): Delmark's envoy to Orvia speaks for Delmark.
#[test]
fn mutants_an_envoy_speaks_for_who_sends_her() {
    for text in [
        "Delmark's envoy to Orvia said the swap was a mistake.",
        "The Delmark envoy to Orvia said the swap was a mistake.",
        "A Delmark envoy to Orvia said the swap was a mistake.",
    ] {
        assert_eq!(enclaves_one(text).0, "delmark", "{text}");
    }
}

/// Mutants of `speakers::unnamed_in_full` (540:65 `k + 1` → `k - 1`, `k *
/// 1`: the relative pronoun looked for before the comma): a relative
/// clause set off by commas is part of the unnamed source's name too.
#[test]
fn mutants_an_unnamed_source_with_a_relative_clause_in_commas() {
    let text = "A Delmark official, who asked not to be named, said the swap was a mistake.";
    assert_eq!(
        enclaves_one(text).1,
        "A Delmark official, who asked not to be named",
        "{text}"
    );
}

/// Mutants of `speakers::unnamed_in_full` (543:69 `end - 1` → `end + 1`,
/// `end / 1`: the adverb before the verb not looked for): "also" before
/// "said" is no part of the unnamed source's name.
#[test]
fn mutants_an_unnamed_source_in_full_without_the_adverb() {
    let text = "A Delmark official who asked not to be named also said the swap was a mistake.";
    assert_eq!(
        enclaves_one(text).1,
        "A Delmark official who asked not to be named",
        "{text}"
    );
}

/// Mutants of `speakers::unnamed_in_full` (547:44 `z + 1` → `z - 1`, `z *
/// 1`: a description of one word taken): in "A Delmark official who also
/// said …" the relative pronoun alone is no part of the name. (The quote
/// is not asserted: it runs on past the relative clause, a gap written
/// down in `docs/mutants.md`.)
#[test]
fn mutants_a_relative_pronoun_alone_is_no_description() {
    let text = "A Delmark official who also said the swap was a mistake left the talks.";
    assert_eq!(enclaves_one(text).1, "A Delmark official", "{text}");
}

/// Mutants of `speakers::resolve_np`'s joint communique (946:21 `&&` →
/// `||`: any document the group that met; 946:41 `&&` → `||`: any phrase
/// with "joint" in it): after the leaders of both met, "the statement"
/// that follows Ana Voss's words is hers, and "a Delmark joint
/// committee" is Delmark's.
#[test]
fn mutants_only_the_joint_communique_is_the_group_that_met() {
    for (text, want) in [
        (
            "The leaders of Orvia and Delmark met on Monday. Ana Voss said Delmark wanted the swap. \
             The statement said the swap was overdue.",
            ["delmark", "delmark"].as_slice(),
        ),
        (
            "The leaders of Orvia and Delmark met on Monday. \
             A Delmark joint committee said the swap was a mistake.",
            ["delmark"].as_slice(),
        ),
    ] {
        let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
        let parties: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(parties, want, "{text}: {got:?}");
    }
}

/// Mutant of `speakers::resolve_np`'s document (981:32 `||` → `&&`: the
/// maker just reported set aside when the profile names the document
/// too): "The letter says …" right after Ana Voss spoke is hers, though
/// the profile names Orvia by "letter".
#[test]
fn mutants_the_letter_after_her_words_is_hers() {
    let text = "Ana Voss said Delmark wanted the swap. The letter says the swap is overdue.";
    let got = claims_with(ENCLAVES, "enclaves-profile.yaml", "Enclave talks", text);
    let who: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.1.as_str())).collect();
    assert_eq!(
        who,
        [("delmark", "Ana Voss"), ("delmark", "Ana Voss")],
        "{got:?}"
    );
}

/// Mutant of `speakers::resolve_np`'s `person_of` (1010:28 `a + 2` → `a *
/// 2`: "of" looked for from twice the name's place in the paragraph):
/// "Jonas Ekberg of the opposition Delmark Union", after a first
/// sentence, is Jonas Ekberg.
#[test]
fn mutants_a_person_of_a_party_after_the_first_sentence() {
    let text = "The debate opened late. \
        Jonas Ekberg of the opposition Delmark Union said the swap was a mistake.";
    assert_eq!(enclaves_one(text), two("delmark", "Jonas Ekberg"), "{text}");
}

/// Mutant of `speakers::possessive`'s documents (1268:80 `main.0 + 1` →
/// `main.0 * 1`: the possessive itself, not the word after it, must be
/// in lower case): "Its front page said …", opening its sentence, is the
/// paper's.
#[test]
fn mutants_its_front_page_opening_the_sentence() {
    let text = "The tabloid Daily Flag was blunter. \
        Its front page said a joint authority was a trap.";
    let want = [two("flag", "Daily Flag")];
    assert_eq!(press_speakers(text), want, "{text}");
}

// Eighteenth pass (round 17's drafting code): tests for the mutants of
// `stance.rs`' new helpers (`other_figure`, `exclusive_for`,
// `repeated_negation`, `reduced_relative`) the suite missed, with the
// round 17 profile `TALKS`.

/// Mutant of `stance::other_figure` (1755:44 `k + 1` → `k - 1`: the
/// asking looked for before the last sentence's full stop): a figure
/// after "… what it wanted." is asked by no one.
#[test]
fn mutants_another_figure_is_asked_in_its_own_sentence() {
    stance_each_with(
        TALKS,
        &[(
            "In Korva, Olmeria got what it wanted. 12 ministers backed a ceiling on missiles, Piet Mol said.",
            Stance::Favor,
        )],
    );
}

/// Mutants of `stance::other_figure` (1775:18 `t > a` → `t == a`, `t <
/// a`: no date word before the number read; 1781:33 `!year(m)` →
/// `year(m)`: a year asked for taken for another figure): "in 10
/// years" and "the 2031 ceiling" ask for no other figure.
#[test]
fn mutants_a_time_or_a_year_is_no_figure_asked() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said Olmeria wanted a ceiling in 10 years.",
                Stance::Favor,
            ),
            (
                "Piet Mol said the Liberals wanted the 2031 ceiling on missiles.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutant of `stance::exclusive_for` (1839:21 `&&` → `||`: any word
/// after "anyone", "nobody" … taken for "else"): "a matter for anyone
/// who …" is neutral.
#[test]
fn mutants_a_matter_for_anyone_is_no_refusal() {
    stance_each_with(
        TALKS,
        &[(
            "Ana Ruiz said a new referendum was a matter for anyone who lives here.",
            Stance::Neutral,
        )],
    );
}

/// Mutants of `stance::repeated_negation` (1850:43 `t - 1` → `t + 1`:
/// the negation itself counted as its repeat; 1850:64 `==` → `!=`: any
/// other word taken for a repeat): "a seat and no stake" refuses the
/// stake (no negation before "no" to repeat).
#[test]
fn mutants_a_negation_after_and_repeats_only_the_same_word() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens wanted a seat and no stake.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::reduced_relative` (1864:25 `p - 1` → `p / 1`: the
/// pronoun, not the noun before it, must be in lower case): "a war I did
/// not start" is a reduced relative too.
#[test]
fn mutants_a_reduced_relative_with_i() {
    stance_each_with(
        TALKS,
        &[(
            "\u{201c}We will not pay a ransom for a war I did not start,\u{201d} Ana Ruiz said.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::approves_what_is_removed` (1805:14 `!=` → `==`: a
/// determiner after every cue of approval but "back" asked for): "support
/// drilling" toward "Drilling … stops" keeps it.
#[test]
fn mutants_approval_of_what_is_removed_without_a_determiner() {
    stance_each_with(
        TALKS,
        &[(
            "Piet Mol said the Liberals support drilling at Serra.",
            Stance::Against,
        )],
    );
}

/// Mutants of `stance::removed_at` (1824:22, 1824:39 `>=` → `<`: the
/// change itself, a word sharing the removal word's first four letters,
/// taken for what it removes): "backed a stop to drilling" toward
/// "Drilling … stops" approves the change.
#[test]
fn mutants_approval_of_the_removal_itself() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the Greens back a stop to drilling at Serra.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the Greens backed a stop to drilling at Serra.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `stance::keeps` (398:69 `t - 1` → `t + 1`, `t / 1`: the
/// full stop before "Keep" not read): an imperative "Keep the Senate"
/// opening a later sentence of a quotation keeps it.
#[test]
fn mutants_keep_opening_a_later_sentence() {
    stance_each_with(
        TALKS,
        &[(
            "\u{201c}We said it before. Keep the Senate, and you will have our votes,\u{201d} Piet Mol said.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::condition_at` (718:10 `t > 0` → `t >= 0`: the word
/// before the paragraph's first read): "As long as …" opening the
/// paragraph is a condition (the mutant reads before the first token and
/// overflows).
#[test]
fn mutants_as_long_as_opening_the_paragraph() {
    stance_each_with(
        TALKS,
        &[(
            "As long as the Senate sits, the Liberals will vote against it, Piet Mol said.",
            Stance::Conditional,
        )],
    );
}

// Nineteenth pass (round 17's drafting code): tests for the mutants of
// `stance::declared_neutral`'s new arms ("discuss", "judge", "agreed",
// "divided", "table") the suite missed, with the round 17 profile `TALKS`.

/// Mutant of `stance::declared_neutral` (633:17 `&&` → `||`: "discuss"
/// with "details", "from" … after it neutral without a negation): a
/// promise to pay and to discuss the details later is for the ransom.
#[test]
fn mutants_discussing_the_details_is_no_refusal() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said the government would pay the ransom and discuss the details later.",
                Stance::Favor,
            ),
            (
                "Ana Ruiz said the government would discuss the details and pay the ransom.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `stance::declared_neutral`'s "judge" (644:17 `&&` → `||`:
/// "judge … by" neutral without "will", "would" before it; 644:60 `==` →
/// `!=`: any word after "would judge" taken for "by"; 642:15 `>=`,
/// 643:17 `||`: the word before the clause read when "judges" opens
/// it): the noun "judges", and a judgement given, take sides.
#[test]
fn mutants_judges_and_a_judgement_given() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said the government backs a ceiling that judges can enforce by law.",
                Stance::Favor,
            ),
            (
                "Piet Mol said the Liberals would judge the ceiling a mistake.",
                Stance::Against,
            ),
            (
                "Judges must not allow a ransom, Ana Ruiz said.",
                Stance::Against,
            ),
        ],
    );
}

/// Mutants of `stance::declared_neutral`'s "agreed" (651:17 `&&` →
/// `||`: any "no" a few words before "agreed" neutral; 650:17: without
/// "been"): "with no delay, have now agreed to the ceiling" is for it.
#[test]
fn mutants_agreed_with_no_delay() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the Greens, with no delay, agreed to the ceiling.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the Greens, with no delay, have now agreed to the ceiling.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `stance::declared_neutral` (651:72 `==` → `!=`: any word
/// but "no" before "had been agreed" taken for it; 651:51 `t - 2` → `t +
/// 2`: "no" looked for after "set" too): a ceiling that has been agreed,
/// or set no higher than a figure, is no undecided one.
#[test]
fn mutants_agreed_without_no() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said a ceiling has been agreed at last.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the ceiling has been set no higher than 200 missiles.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `stance::declared_neutral`'s "divided" (657:17 `&&` →
/// `||`: "split over" neutral without "is", "was" before it; 655:15
/// `>=`: the word before the clause read when "Divided" opens it): a
/// party split over the Senate that wants it abolished is for it, and
/// "Divided over the ransom, the government will not pay it" against.
#[test]
fn mutants_divided_without_a_verb_be() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said the Liberals, split over the Senate, want to abolish it.",
                Stance::Favor,
            ),
            (
                "Divided over the ransom, the government will not pay it, Ana Ruiz said.",
                Stance::Against,
            ),
        ],
    );
}

/// Mutants of `stance::declared_neutral`'s "table" (662:19 `a + 3` →
/// `a * 3`: "on the table" read only far into the paragraph; `a - 3`:
/// an overflow when the clause opens the paragraph): options on the
/// table after a long subject, and in a quotation that opens the
/// paragraph, are still a declared neutrality.
#[test]
fn mutants_on_the_table_after_a_long_subject() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand, who leads the Greens in the north, said that on the ceiling all options remain on the table.",
                Stance::Neutral,
            ),
            (
                "\u{201c}All options are on the table on the ransom,\u{201d} Ana Ruiz said.",
                Stance::Neutral,
            ),
        ],
    );
}

/// Mutant of `stance::declared_neutral`'s "table" (665:51 `t - 2` → `t +
/// 2`: "options" looked for after "on the table" too): putting options
/// for a ceiling on the table proposes one.
#[test]
fn mutants_options_put_on_the_table() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens put on the table options for a ceiling.",
            Stance::Favor,
        )],
    );
}

// Twentieth pass (the rest of round 17's drafting code): tests for the
// mutants of `stance::polarity`'s, `harm_phrase`'s and `fate_of`'s round
// 17 lines (and the late changes) the suite missed, with the round 17
// profiles `TALKS` and `BORDER_RAIL`.

/// Mutant of `stance::fate_of` (983:43 `&&` → `||`: every fate toward a
/// proposition of removal turned, not only its going on): the Liberals
/// going to court if the abolition of the Senate is approved are against
/// it.
#[test]
fn mutants_a_removal_approved_is_its_fate_unturned() {
    stance_each_with(
        TALKS,
        &[(
            "Piet Mol said the Liberals would go to court if the abolition of the Senate was approved.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::polarity`'s "not … without" (1337:19 `t + 1` →
/// `t - 1`: the words read for the topic start before "without", and
/// stop at once at a quotation mark before it): a refusal to send a
/// treaty “without a ceiling” asks for a ceiling, in quotation marks too.
#[test]
fn mutants_not_without_in_quotation_marks() {
    stance_each_with(
        TALKS,
        &[(
            "Piet Mol said he would not send a treaty \u{201c}without a ceiling\u{201d} to parliament.",
            Stance::Favor,
        )],
    );
}

/// Mutants of `stance::polarity`'s "no-" word (1349:50 `||` → `&&`: the
/// topic's keyword alone no longer enough; 1349:44 and 1349:84 `==` →
/// `!=`: any "no-" word read as a negation of the topic): a "no-ceiling
/// treaty" is against the ceiling, a "no-nonsense ceiling" is one.
#[test]
fn mutants_a_no_word_of_the_topic_or_of_none() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said the Liberals wanted a no-ceiling treaty on missiles.",
                Stance::Against,
            ),
            (
                "Lina Strand said the Greens backed a no-nonsense ceiling on missiles.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `stance::polarity`'s "when, not if" (1600:46 `&&` → `||`:
/// any two words after "when" skipped; 1600:55 `a + 1` → `a - 1`: "not
/// if" opening the clause read as "when, not if", an overflow before
/// it; 1600:51 `>` → `>=`, 1600:55 `a + 1` → `a * 1`: the same with "not
/// if" second in the paragraph): "safest when we do not pay a ransom",
/// "Not if it means paying a ransom" and "Surely not if …" are against
/// it.
#[test]
fn mutants_when_not_if_only_after_when() {
    stance_each_with(
        TALKS,
        &[
            (
                "Ana Ruiz said the hostages were safest when we do not pay a ransom.",
                Stance::Against,
            ),
            (
                "\u{201c}Not if it means paying a ransom,\u{201d} Ana Ruiz said.",
                Stance::Against,
            ),
            (
                "Surely not if it means paying a ransom, Ana Ruiz said.",
                Stance::Against,
            ),
        ],
    );
}

/// Mutant of `stance::polarity`'s "when, not if" (1601:15 `t += 2` → `t
/// *= 2`: the rest of the clause skipped): what follows "when, not if"
/// is still read ("and a mistake").
#[test]
fn mutants_after_when_not_if_the_clause_goes_on() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said a new referendum was a question of when, not if, and a mistake.",
            Stance::Against,
        )],
    );
}

/// Mutants of `stance::polarity`'s harm that describes what a negated
/// verb refuses (1702:23 `n + 2` → `n - 2`, 1703:26 `n > a` → `n >= a`:
/// the word before a negation that opens the paragraph read, an
/// overflow): "Not paying a ransom would be a disaster" is for paying
/// it, and so is "Not holding a new referendum would be a mistake" for
/// holding one.
#[test]
fn mutants_a_negation_opening_the_paragraph_then_harm() {
    stance_each_with(
        TALKS,
        &[
            (
                "Not paying a ransom would be a disaster, Ana Ruiz said.",
                Stance::Favor,
            ),
            (
                "Not holding a new referendum would be a mistake, Lina Strand said.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `stance::approves_what_is_removed` (1823:14 `!=` → `==`:
/// every word of approval but "back" needs a determiner or a lower-case
/// word of the proposition after it; 1825:31 `&&` → `||`: "back" before
/// any word of the proposition, a capitalised one too): supporting
/// "Serra drilling" is against its stop, backing "Senate abolition" is
/// for the abolition.
#[test]
fn mutants_approval_of_a_capitalised_object() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said the Liberals supported Serra drilling.",
                Stance::Against,
            ),
            (
                "Ana Ruiz said the Liberals back Senate abolition.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutants of `stance::harm_phrase`'s "make … more difficult" (2285:29
/// `==` → `!=`, 2285:49 `t + 1` → `t - 1`, `t * 1`: "more difficult"
/// no longer harm; 2285:39 `&&` → `||`, 2285:54 `==` → `!=`: any "more"
/// after "make" taken for harm): drilling that would make a settlement
/// more difficult is harm, a ceiling that would make the talks more
/// likely to succeed, or both sides more secure, is not.
#[test]
fn mutants_more_difficult_and_more_likely() {
    stance_each_with(
        TALKS,
        &[
            (
                "Piet Mol said drilling would make a settlement more difficult.",
                Stance::Against,
            ),
            (
                "Lina Strand said a ceiling would make the talks more likely to succeed.",
                Stance::Favor,
            ),
            (
                "Lina Strand said a ceiling would make both sides more secure.",
                Stance::Favor,
            ),
        ],
    );
}

/// Mutant of `stance::harm_phrase`'s "behind … backs" (2293:29 `t + 1`
/// → `t - 1`: "back" looked for before "behind" too): the Greens back
/// behind a new referendum are for it (no harm, no overflow).
#[test]
fn mutants_back_behind_is_no_behind_the_backs() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens were back behind a new referendum.",
            Stance::Favor,
        )],
    );
}

/// Mutants of `stance::harm_phrase`'s "behind … backs" (2294:50 `k + 1 -
/// t` → `k + 1 + t`, `k + 1 / t`: the rest of the clause skipped after
/// "backs"): a deal struck behind the voters' backs "with no ceiling" is
/// for a ceiling (the "no" after it still read).
#[test]
fn mutants_after_behind_the_backs_the_clause_goes_on() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the deal on missiles was struck behind the voters' backs with no ceiling.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `stance::harm_phrase`'s "much to fear" (2300:9 `&&` → `||`:
/// any word two before "fear" or "lose" taken for "much to"): a party
/// with little to fear from a new referendum is not harmed by it.
#[test]
fn mutants_little_to_fear_is_no_harm() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens had little to fear from a new referendum.",
            Stance::Favor,
        )],
    );
}

// Twenty-first pass (round 18's drafting code): tests for the mutants of
// `stance.rs`' round 18 lines the suite missed, with the profile `TALKS`.

/// Mutants of `stance::declared_neutral`'s "cross that bridge" (454:49
/// `&&` → `||`: any "bridge" two words after "crossing" a deferral;
/// 454:20 `a + 2` → `a * 2`: the bridge looked for only from twice the
/// clause's start): "before crossing the bridge" defers nothing, and
/// "We will cross that bridge" after "Asked about …, Piet Mol said:"
/// defers.
#[test]
fn mutants_only_crossing_that_bridge_defers() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the Greens would back a referendum before crossing the bridge.",
                Stance::Favor,
            ),
            (
                "Asked about the referendum, Piet Mol said: \u{201c}We will cross that bridge in September.\u{201d}",
                Stance::Neutral,
            ),
        ],
    );
}

/// Mutants of `stance::polarity`'s compulsion (1549:45 `t + 2` → `t -
/// 2`, `t * 2`: after "no other" the choice looked for elsewhere): to
/// be left "no other choice than a referendum" is for it.
#[test]
fn mutants_no_other_choice_is_compulsion() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Liberals had left the Greens no other choice than a referendum.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `stance::polarity`'s compulsion (1559:15 `t += 2` → `t *=
/// 2`: the rest of the clause skipped after "no alternative"): "no
/// alternative to scrapping the referendum" is against it ("scrapping"
/// still read).
#[test]
fn mutants_after_no_alternative_the_clause_goes_on() {
    stance_each_with(
        TALKS,
        &[(
            "Piet Mol said there was no alternative to scrapping the referendum.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::polarity`'s insistence (1566:17 `&&` → `||`: any
/// "not" three words before "discussion" or "debate" insistence, not
/// only "not up for"): not wanting any discussion of a referendum is
/// against it.
#[test]
fn mutants_only_not_up_for_discussion_insists() {
    stance_each_with(
        TALKS,
        &[(
            "Piet Mol said he did not want any discussion of a referendum.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::polarity`'s insistence (1565:17 `&&` → `||`: any
/// "not up" insistence): a government "not up for a ransom" is against
/// it.
#[test]
fn mutants_not_up_for_a_ransom_refuses() {
    stance_each_with(
        TALKS,
        &[(
            "Ana Ruiz said the government was not up for a ransom.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::polarity`'s insistence (1578:15 `t += 4` → `t *=
/// 4`: the rest of the clause skipped after "not up for debate"): what
/// follows is still read ("never").
#[test]
fn mutants_after_not_up_for_debate_the_clause_goes_on() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said a ransom was not up for debate, never.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::polarity`'s insistence (1570:61 `&&` → `||`: any
/// "not" three words before "chip" insistence, not only "not a
/// bargaining chip"): a referendum that "would not help the chip
/// industry" is still read against.
#[test]
fn mutants_only_not_a_bargaining_chip_insists() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said a referendum would not help the chip industry.",
            Stance::Against,
        )],
    );
}

// Twenty-second pass (the rest of round 18's drafting code): tests for
// the mutants of `stance.rs`' round 18 lines the suite missed, with the
// profile `TALKS`.

/// Mutants of `stance::harm_phrase`'s "make … more difficult" (2383:59
/// `&&` → `||`: any "more" after "make" harm; 2383:74 `==` → `!=`:
/// "more" before any word but "difficult" harm): to "make more room"
/// is no harm.
#[test]
fn mutants_make_more_room_is_no_harm() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said a referendum would make more room for the voters.",
            Stance::Favor,
        )],
    );
}

/// Mutants of `stance::harm_phrase`'s "make … more difficult" (2383:49
/// `==` → `!=`, 2383:59 `&&` → `||`: any word before "difficult" harm
/// after "make"): "the least difficult choice" is no harm ("least"
/// itself is not read as harm).
#[test]
fn mutants_the_least_difficult_choice_is_no_harm() {
    stance_each_with(
        TALKS,
        &[(
            "Ana Ruiz said a referendum would make the least difficult choice.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `stance::harm_phrase`'s "a death sentence" (2415:21 `&&` →
/// `||`: any word before "sentence" harm): backing a referendum "in one
/// sentence" is for it.
#[test]
fn mutants_only_a_death_sentence_harms() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens backed the referendum in one sentence.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `stance::harm_phrase`'s "end in tears" (2418:42 `&&` →
/// `||`: any word two before "tears" harm): the Greens "close to tears"
/// still back the referendum.
#[test]
fn mutants_only_ending_in_tears_harms() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens, close to tears, would back a referendum.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `stance::harm_phrase`'s "a poor record" (2427:9 `&&` →
/// `||`: any word before "record" harm): backing a referendum "on the
/// record" is for it.
#[test]
fn mutants_only_a_poor_record_harms() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens backed the referendum on the record.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `stance::contrast_part`'s "but not if" (2634:16 `==` →
/// `!=`: no clause after "but" when any word other than "not" comes
/// before "if" or "when"): "but even when pressed would never pay it"
/// still refuses after "no strong view".
#[test]
fn mutants_a_refusal_after_but_even_when() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said the Greens had no strong view on the ransom, but even when pressed would never pay it.",
            Stance::Against,
        )],
    );
}

// Then `speakers.rs`' round 18 lines, with the same profile.

/// Mutants of `speakers::Resolver::mention_within`'s name ending a short
/// sentence (743:81 `&&` → `||`: a name a few words into a sentence taken
/// as the person meant next whatever follows it; 743:92 `t <= sa + 3` →
/// `t <= sa * 3`: a name ending a longer sentence later in the paragraph
/// taken so): in "Asked about Strand, she said" and after "She had spoken
/// to Strand." "she" is still Ana Ruiz, the speaker before.
#[test]
fn mutants_a_name_mentioned_is_not_the_next_she() {
    let greens = "Lina Strand said the Greens would back the referendum.\n\n";
    let ruiz = "Ana Ruiz said the government was ready for the referendum.";
    let she = "she said: \u{201c}We will never pay the ransom.\u{201d}";
    for text in [
        format!("{greens}{ruiz}\n\nAsked about Strand, {she}"),
        format!("{greens}{ruiz} She had spoken to Strand. S{}", &she[1..]),
    ] {
        let last = talks(&text).pop();
        assert_eq!(
            last,
            Some(own("gov", "Ana Ruiz", "ransom", Stance::Against)),
            "{text}"
        );
    }
}

// Twenty-third pass (round 19's drafting code): tests for the mutants of
// round 19's lines the suite missed, with the profiles `TALKS` and
// `HANDOVER`.

/// Mutant of `stance::polarity`'s burden lifted (1287:15 `t += 3` → `t
/// *= 3`: the rest of the clause skipped after "would not have to"):
/// what comes after "have to" is still read ("a referendum that was a
/// mistake" is against it).
#[test]
fn mutants_after_a_burden_lifted_the_clause_goes_on() {
    stance_each_with(
        TALKS,
        &[(
            "Piet Mol said voters would not have to suffer a referendum that was a mistake.",
            Stance::Against,
        )],
    );
}

/// Mutants of `stance::polarity`'s ultimatum after "or" (1294:24 `&&` →
/// `||`, 1294:20 `t + 3` → `t * 3`: a negation after "or" followed by
/// any number of words skipped): "or not pay the ransom" is a refusal of
/// it, no ultimatum.
#[test]
fn mutants_only_a_short_or_not_is_an_ultimatum() {
    stance_each_with(
        TALKS,
        &[(
            "Ana Ruiz said the government would close the embassy or not pay the ransom.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::polarity`'s "partial" (1368:27 `(t + 3).min(z)` →
/// `(t * 3).min(z)`: the proposition looked for past two words after
/// "partial"): "a partial review of the archive" is no partial handover,
/// so "would never … agree to the handover" refuses it.
#[test]
fn mutants_only_a_partial_handover_is_short_of_it() {
    stance_each_with(
        HANDOVER,
        &[(
            "Lena Darov said Meskia would never, even after a partial review of the archive, \
             agree to the handover.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::polarity`'s "partial" (1372:15 `t += 1` → `t -=
/// 1`: the word before "partial" read again, here "no", a negation each
/// time): "would accept no partial handover" insists on all of it.
#[test]
fn mutants_no_partial_handover_insists() {
    stance_each_with(
        HANDOVER,
        &[(
            "Lena Darov said Meskia would accept no partial handover.",
            Stance::Favor,
        )],
    );
}

/// Mutant of `stance::contrast_part`'s time set aside (2668:35 `s + 5` →
/// `s * 5`: a clause of any length after "but not now" a deferral): "but
/// not now or at any time in the future" refuses.
#[test]
fn mutants_only_a_short_but_not_now_defers() {
    stance_each_with(
        TALKS,
        &[(
            "Lina Strand said a referendum could happen, but not now or at any time in the future.",
            Stance::Against,
        )],
    );
}

/// Mutant of `stance::object_noun` (2679:49 `|` → `&`: a determiner, a
/// preposition or a number before "object" no longer read, only "every",
/// "single" …): "the object", "two objects" are the noun, so "would
/// never" still refuses.
#[test]
fn mutants_the_object_is_a_noun() {
    stance_each_with(
        HANDOVER,
        &[
            (
                "Lena Darov said the handover of the object would never happen.",
                Stance::Against,
            ),
            (
                "Lena Darov said Meskia would never agree to the handover of two objects to the \
                 tribunal.",
                Stance::Against,
            ),
        ],
    );
}

/// Mutants of `stance::object_noun`'s word between a determiner and
/// "object" (2683:15 `>` → `==`, 2684:40 `||` → `&&`: "a valuable
/// object" no longer the noun; 2684:35 `t - 1` → `t / 1`, `t + 1`: the
/// quotation mark looked for at "object" or after it, so "an “object,”"
/// is no noun): the noun does not turn "would never agree" back.
#[test]
fn mutants_an_object_after_an_adjective_or_a_quotation_mark_is_a_noun() {
    stance_each_with(
        HANDOVER,
        &[
            (
                "Lena Darov said Meskia would never agree to the handover of a valuable object.",
                Stance::Against,
            ),
            (
                "Lena Darov said Meskia would never agree to the handover of an \u{201c}object,\u{201d} \
                 as she called Varo.",
                Stance::Against,
            ),
        ],
    );
}

/// Mutants of `stance::object_noun`'s word between a determiner and
/// "object" (2684:56 `t - 1` → `t / 1`, `t + 1`: the lower case looked
/// for at "object" or after it): in "the Liberals object to" the word
/// before is a name, so "object" is the verb.
#[test]
fn mutants_the_liberals_object() {
    stance_each_with(
        TALKS,
        &[(
            "Piet Mol said the Liberals object to a referendum.",
            Stance::Against,
        )],
    );
}

/// Mutants of `stance::deferral_at`'s "in" (2700:9, deleting the arm;
/// 2700:46 `||` → `&&`; 2700:25 and 2700:56 `t + 1` → `t - 1`, `t * 1`:
/// the number or the year looked for at "not" or "in"): "but not in
/// 2032" and "but not in two years" put the referendum off, no refusal.
#[test]
fn mutants_but_not_in_a_year_defers() {
    stance_each_with(
        TALKS,
        &[
            (
                "Lina Strand said the new referendum would happen, but not in 2032.",
                Stance::Favor,
            ),
            (
                "Lina Strand said the new referendum would happen, but not in two years.",
                Stance::Favor,
            ),
        ],
    );
}

// Then the other files' round 19 lines.

/// Mutants of `discover::Discovery::names_a_party` (354:9 `false`;
/// 357:41, 357:51 `==` → `!=`: a country the gazetteer knows, the whole
/// phrase, no longer a party's name): without a profile "Germany, France's
/// largest trading partner …, was cooler. Its foreign ministry …" is
/// Germany's ministry, not France's.
#[test]
fn mutants_a_known_country_set_off_without_a_profile() {
    let d = draft::draft_document(
        "Tariff talks\n\nFrance said the tariff plan was a mistake. Germany, France's largest \
         trading partner and an old ally, was cooler. Its foreign ministry said the tariff plan \
         was a good idea.\n",
        None,
        &Profile::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let speakers: Vec<&str> = d.claims.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, ["France", "Germany's foreign ministry"]);
}

/// Mutants of `events::reported_in_sentence`'s "said this", "said so"
/// (341:21 `||` → `&&`; 341:38 `cs + 1` → `cs - 1`, `cs * 1`: a mark
/// after "so" no longer ends what was said): "Lena Darov said so, and the
/// handover would have to wait" is no claim of hers.
#[test]
fn mutants_said_so_and_a_comma() {
    assert_eq!(
        handover("Lena Darov said so, and the handover would have to wait."),
        []
    );
}

/// Mutants of `events::reported_in_sentence`'s "said this" (342:66 `cs +
/// 1` → `cs - 1`, `cs * 1`: "as" after "this" looked for before it or at
/// it, so "this as" is no statement): "described this as a good handover"
/// and "regards this as the start of a fair handover" are claims.
#[test]
fn mutants_this_as_a_good_handover_is_a_claim() {
    let favour = [own("gov", "Lena Darov", "handover", Stance::Favor)];
    assert_eq!(
        handover("Lena Darov described this as a good handover."),
        favour
    );
    assert_eq!(
        handover("Lena Darov regards this as the start of a fair handover."),
        favour
    );
}

/// Mutant of `events::undecided_at`'s "did not say" (545:39 `&&` →
/// `||`: "say no", "say yes" taken as what the writer notes was not
/// said): "did not say no to the handover" is her claim, for it, and
/// "did not say yes to it" against it.
#[test]
fn mutants_did_not_say_no_is_a_claim() {
    let darov = |st| vec![own("gov", "Lena Darov", "handover", st)];
    assert_eq!(
        [
            handover("Lena Darov did not say no to the handover."),
            handover("Lena Darov did not say yes to the handover."),
        ],
        [darov(Stance::Favor), darov(Stance::Against)]
    );
}
