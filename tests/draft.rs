//! Drafting: the draft annotation loads as it is (every test text), the
//! `draft` command writes it with the right relative article path, and
//! `open_document` decides between an annotation and a draft.

#[path = "support/isolated.rs"]
mod isolated;

use std::path::{Path, PathBuf};
use std::process::Command;

use standpoint::draft::{self, meta, Profile};
use standpoint::loader::{self, ArticleSource, FileProblem};
use standpoint::model::{Document, Mode, Stance, Status};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bundled_profile() -> Profile {
    Profile::bundled().unwrap_or_else(|e| panic!("{e}"))
}

fn ev_profile() -> Profile {
    Profile::from_path(&root().join("tests/fixtures/draft/ev-tariffs-profile.yaml"))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// An article held in memory, under one name.
struct Mem<'a>(&'a str, &'a str);

impl ArticleSource for Mem<'_> {
    fn read(&self, rel: &str) -> Result<(String, Option<PathBuf>), FileProblem> {
        if rel == self.0 {
            Ok((self.1.to_string(), None))
        } else {
            Err(FileProblem::new(
                rel,
                format!("unexpected article {rel}"),
                "",
            ))
        }
    }
}

/// Draft `text`, write the YAML, load it back with the loader, and compare.
fn round_trip(name: &str, text: &str, profile: &Profile) -> Document {
    let d = draft::draft(text, Some(Path::new(name)), profile);
    let yaml = draft::to_yaml(&d, name);
    let loaded = loader::load_source(&yaml, &format!("{name}.yaml"), &Mem(name, text))
        .unwrap_or_else(|e| panic!("{name}: the draft does not load:\n{e}\n---\n{yaml}"));
    assert_eq!(
        loaded.draft,
        !loaded.claims.is_empty(),
        "{name}: marked draft"
    );
    assert_eq!(loaded.claims.len(), d.doc.claims.len(), "{name}");
    for (a, b) in loaded.claims.iter().zip(&d.doc.claims) {
        assert_eq!(a.id, b.id);
        assert_eq!(
            a.span, b.span,
            "{name}: {} anchors where it was drafted",
            a.id
        );
        assert_eq!(a.status, Status::Draft);
        assert_eq!(a.party, b.party);
        assert_eq!(a.topic, b.topic);
        assert_eq!(a.stance, b.stance);
        assert!(a.confidence.is_some_and(|c| (0.0..=1.0).contains(&c)));
        assert!(a.rule.as_deref().is_some_and(|r| !r.is_empty()));
        assert!(!a.summary.contains('\n') && a.summary.chars().count() <= 101);
    }
    loaded
}

#[test]
fn drafts_of_every_test_text_load_as_they_are() {
    let bundled = round_trip(
        "trump-cabinet-2025-02-26.txt",
        loader::BUNDLED_ARTICLE,
        &bundled_profile(),
    );
    assert!(bundled.claims.len() >= 10);
    let own = |name: &str| {
        Profile::from_path(&root().join("tests/fixtures/draft").join(name))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    for (file, profile) in [
        ("eu-guarantees-2025-03-04.txt", bundled_profile()),
        ("ev-tariffs-2024-10-30.txt", ev_profile()),
        (
            "de-election-2025-02-24.txt",
            own("de-election-profile.yaml"),
        ),
        ("uk-strikes-2025-07-14.txt", own("uk-strikes-profile.yaml")),
    ] {
        let text = std::fs::read_to_string(root().join("tests/fixtures/draft").join(file))
            .unwrap_or_else(|e| panic!("{e}"));
        let doc = round_trip(file, &text, &profile);
        assert!(doc.claims.len() >= 10, "{file}: {}", doc.claims.len());
    }
}

#[test]
fn a_repeated_passage_gets_a_prefix_or_suffix() {
    let text = "Trump said the U.S. would not join NATO. Critics disagreed. \
                Later Trump said the U.S. would not join NATO.";
    let doc = round_trip("repeat.txt", text, &bundled_profile());
    assert_eq!(doc.claims.len(), 2, "{:?}", doc.claims);
    assert!(doc.claims[0].span.start < doc.claims[1].span.start);
    let d = draft::draft(text, None, &bundled_profile());
    assert!(d.context.iter().all(|(p, s)| p.is_some() || s.is_some()));
}

/// An article that is the same paragraph many times: the copies in the
/// middle cannot be told apart by the words around them, so their claims
/// are left out, and the draft says why (on stderr, in the YAML header,
/// and in the reader's first message).
#[test]
fn the_same_text_repeated_leaves_claims_out_and_says_why() {
    let para = "The Kremlin on Monday rejected any talks about returning the occupied \
                regions, spokesman Dmitry Peskov said.";
    let text = format!("{para}\n\n").repeat(6);
    let d = draft::drafted(text.clone(), None, &bundled_profile(), None);
    // The first and the last copy are told apart by the article's start and end.
    assert_eq!((d.len(), d.dropped), (2, 4));
    let m = d.message().unwrap_or_default();
    assert!(
        m.starts_with("4 of the 6 claims found were left out"),
        "{m}"
    );
    assert!(m.contains("keep one copy"), "{m}");
    let doc = draft::draft_document(&text, None, &bundled_profile());
    assert_eq!(doc.notice.as_deref(), Some(m.as_str()));
    // Once is enough: the claim is kept and nothing is said.
    let once = draft::drafted(format!("{para}\n"), None, &bundled_profile(), None);
    assert_eq!((once.len(), once.dropped, once.message()), (1, 0, None));

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let article = dir.path().join("twice.txt");
    std::fs::write(&article, &text).unwrap();
    let run = bin().arg("draft").arg(&article).output().unwrap();
    assert!(run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("4 of the 6 claims found were left out"),
        "{err}"
    );
    let yaml = String::from_utf8_lossy(&run.stdout);
    assert!(
        yaml.contains("# 4 of the 6 claims found were left out"),
        "{yaml}"
    );
    assert!(
        yaml.contains("# Parties and topics come from the profile"),
        "{yaml}"
    );
}

/// The progress display follows every step: finding the claims,
/// anchoring their quotes, writing them.
#[test]
fn progress_covers_drafting_anchoring_and_writing() {
    let text = draft::sample::quote_dense(300_000);
    let mut seen: Vec<draft::Progress> = Vec::new();
    let d = draft::drafted(text, None, &bundled_profile(), Some(&mut |p| seen.push(p)));
    let mut out = Vec::new();
    d.write_yaml_with("a.txt", &mut out, &mut |p| seen.push(p))
        .unwrap();
    let phases: Vec<&str> = seen.iter().map(|p| p.phase).fold(Vec::new(), |mut v, p| {
        if v.last() != Some(&p) {
            v.push(p);
        }
        v
    });
    assert_eq!(
        phases,
        [
            "drafting",
            "finding the quotes",
            "telling repeated quotes apart",
            "writing"
        ]
    );
    for phase in phases {
        let of: Vec<_> = seen.iter().filter(|p| p.phase == phase).collect();
        assert!(of.windows(2).all(|w| w[0].done <= w[1].done), "{phase}");
        let last = of[of.len() - 1];
        assert_eq!(last.done, last.total, "{phase} ends at its total");
    }
    let writing = seen.iter().rfind(|p| p.phase == "writing").unwrap();
    assert_eq!(writing.unit, draft::Unit::Claims);
    assert_eq!(writing.total, d.len());
    let unit = |phase: &str| seen.iter().find(|p| p.phase == phase).map(|p| p.unit);
    // What the progress line says.
    let said = |phase: &str| {
        seen.iter()
            .find(|p| p.phase == phase && p.done > 0)
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    assert!(
        said("drafting").ends_with(" of 0.3 MB)"),
        "{}",
        said("drafting")
    );
    assert!(
        said("writing").ends_with(&format!(" of {} claims)", d.len())),
        "{}",
        said("writing")
    );
    assert!(said("telling repeated quotes apart").ends_with('%'));
    assert_eq!(unit("drafting"), Some(draft::Unit::Bytes));
    assert_eq!(unit("finding the quotes"), Some(draft::Unit::Bytes));
    assert_eq!(
        unit("telling repeated quotes apart"),
        Some(draft::Unit::Share)
    );
}

#[test]
fn nothing_to_draft_still_loads() {
    let doc = round_trip(
        "plain.txt",
        "The weather was fine. Nobody said anything about it.",
        &bundled_profile(),
    );
    assert!(doc.claims.is_empty());
}

#[test]
fn claims_carry_rule_stance_and_speaker() {
    let text = "Russian Foreign Minister Sergey Lavrov said on Monday that Moscow would never \
                accept NATO troops in Ukraine. He added that a ceasefire was possible only if \
                Kyiv withdrew from the regions. “We will not give up our land,” the Ukrainian \
                leader said.";
    let p = bundled_profile();
    let doc = draft::draft_document(text, None, &p);
    let find = |topic: &str| {
        doc.claims
            .iter()
            .find(|c| doc.topics[c.topic].id == topic)
            .unwrap_or_else(|| panic!("no {topic} claim in {:?}", doc.claims))
    };
    let nato = find("nato");
    assert_eq!(doc.parties[nato.party].id, "ru");
    assert_eq!(nato.speaker, "Sergey Lavrov");
    assert_eq!(nato.stance, Stance::Against);
    assert_eq!(nato.mode, Mode::Reported);
    let terr: Vec<_> = doc
        .claims
        .iter()
        .filter(|c| doc.topics[c.topic].id == "territory")
        .collect();
    assert_eq!(terr.len(), 2, "{terr:?}");
    assert_eq!(doc.parties[terr[0].party].id, "ru"); // "He" -> Lavrov
    assert_eq!(terr[0].stance, Stance::Conditional);
    assert!(terr[0]
        .condition
        .as_deref()
        .is_some_and(|c| c.starts_with("only if")));
    assert_eq!(doc.parties[terr[1].party].id, "ua"); // role noun
    assert_eq!(terr[1].mode, Mode::Direct);
    // "will not give up our land": for regaining the territory.
    assert_eq!(terr[1].target, "Ukraine regains occupied territory");
    assert_eq!(terr[1].stance, Stance::Favor);
    for c in &doc.claims {
        assert_eq!(c.status, Status::Draft);
        assert!(c.rule.as_deref().is_some_and(|r| r.contains("speaker by")));
    }
}

#[test]
fn split_and_standing_quotes_inherit_the_speaker() {
    let text = "“We will defend every region,” Zelenskyy said, “and we will never accept \
                occupied territory as Russian.” Later he spoke again. “Our troops are ready \
                to hold the front line.”";
    let p = bundled_profile();
    let doc = draft::draft_document(text, None, &p);
    let direct: Vec<_> = doc
        .claims
        .iter()
        .filter(|c| c.mode == Mode::Direct)
        .collect();
    // The two halves of the split quotation (same speaker, same topic) are
    // one claim; the quotation standing alone is another.
    assert_eq!(direct.len(), 2, "{:?}", doc.claims);
    assert!(doc.quote_text(direct[0]).ends_with("as Russian"));
    assert!(direct[0]
        .rule
        .as_deref()
        .is_some_and(|r| r.contains("split quotation")));
    assert!(direct[1]
        .rule
        .as_deref()
        .is_some_and(|r| r.contains("standing alone")));
    for c in direct {
        assert_eq!(doc.parties[c.party].id, "ua", "{c:?}");
        assert_eq!(c.speaker, "Volodymyr Zelenskyy"); // the full name from the profile
    }
}

#[test]
fn draft_document_marks_everything_draft() {
    let doc = draft::draft_document(loader::BUNDLED_ARTICLE, None, &bundled_profile());
    assert!(doc.draft);
    assert!(doc.path.is_none());
    assert!(loader::is_iso_date(&doc.date));
    assert_eq!(doc.title, "Untitled article");
    for c in &doc.claims {
        assert_eq!(doc.quote_text(c), c.quote);
        assert_eq!(c.status, Status::Draft);
    }
}

fn bin() -> Command {
    isolated::standpoint()
}

#[test]
fn draft_command_writes_a_checked_file_with_a_relative_article_path() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out_dir = dir.path().join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let article = dir.path().join("news").join("story.txt");
    std::fs::create_dir_all(article.parent().unwrap()).unwrap();
    std::fs::write(
        &article,
        "Kremlin Rejects Talks\n\nMOSCOW, March 3, 2025 — The Kremlin on Monday rejected any \
         talks about returning the occupied regions, spokesman Dmitry Peskov said.\n",
    )
    .unwrap();
    let out = out_dir.join("story.yaml");
    let run = bin()
        .args(["draft"])
        .arg(&article)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let yaml = std::fs::read_to_string(&out).unwrap();
    assert!(yaml.contains("article: \"../news/story.txt\""), "{yaml}");
    assert!(yaml.contains("title: \"Kremlin Rejects Talks\""), "{yaml}");
    assert!(yaml.contains("date: \"2025-03-03\""), "{yaml}");
    assert!(yaml.contains("status: draft"), "{yaml}");
    let check = bin().arg("check").arg(&out).output().unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains(" to review"));
    // No overwrite without --force.
    let again = bin()
        .arg("draft")
        .arg(&article)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let forced = bin()
        .arg("draft")
        .arg(&article)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .output()
        .unwrap();
    assert!(forced.status.success());
}

#[test]
fn draft_command_to_stdout_is_relative_to_the_current_directory() {
    let run = bin()
        .current_dir(root())
        .args([
            "draft",
            "tests/fixtures/draft/ev-tariffs-2024-10-30.txt",
            "--profile",
            "tests/fixtures/draft/ev-tariffs-profile.yaml",
        ])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let yaml = String::from_utf8_lossy(&run.stdout);
    assert!(yaml.contains("article: \"tests/fixtures/draft/ev-tariffs-2024-10-30.txt\""));
    assert!(yaml.contains("id: \"tariffs\""));
    assert!(yaml.contains("date: \"2024-10-30\""));
    // A missing profile is an error that names the file.
    let bad = bin()
        .current_dir(root())
        .args([
            "draft",
            "data/trump-cabinet-2025-02-26.txt",
            "--profile",
            "nope.yaml",
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("nope.yaml"));
}

#[test]
fn open_document_loads_an_annotation_or_drafts() {
    // An annotation, and an article with its annotation beside it.
    let yaml = root().join("data/trump-cabinet-2025-02-26.yaml");
    let txt = root().join("data/trump-cabinet-2025-02-26.txt");
    for p in [&yaml, &txt] {
        let d = draft::open_document(p, None).unwrap_or_else(|e| panic!("{e}"));
        assert!(!d.draft);
        assert_eq!(d.claims.len(), 13);
    }
    // An article alone is drafted.
    let dir = tempfile::tempdir().unwrap();
    let alone = dir.path().join("alone.txt");
    std::fs::write(&alone, loader::BUNDLED_ARTICLE).unwrap();
    let d = draft::open_document(&alone, None).unwrap_or_else(|e| panic!("{e}"));
    assert!(d.draft);
    assert!(d.claims.len() >= 10);
    assert!(d.claims.iter().all(|c| c.status == Status::Draft));
    assert_eq!(d.title, "alone");
    assert!(d.notice.is_none(), "the bundled profile fits its article");
    // With a profile that names none of the article's speakers: parties
    // are discovered, and the document says so.
    let ev = root().join("tests/fixtures/draft/ev-tariffs-profile.yaml");
    let d = draft::open_document(&alone, Some(&ev)).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        d.notice
            .as_deref()
            .is_some_and(|n| n.contains("ev-tariffs-profile.yaml")
                && n.contains("were discovered from the text")
                && n.contains("--write-profile")),
        "{:?}",
        d.notice
    );
    let names: Vec<&str> = d.parties.iter().map(|p| p.name.as_str()).collect();
    assert!(
        names.contains(&"United States") && names.contains(&"Russia"),
        "{names:?}"
    );
    assert!(!d.claims.is_empty());
    // Errors name the file.
    let e = draft::open_document(&dir.path().join("missing.txt"), None)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        e.contains("missing.txt") && e.contains("does not exist"),
        "{e}"
    );
}

#[test]
fn relative_paths_between_directories() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    std::fs::create_dir_all(a.join("b")).unwrap();
    assert_eq!(
        meta::relative_path(&a.join("b"), &a.join("x.txt")),
        "../x.txt"
    );
    assert_eq!(meta::relative_path(&a, &a.join("b/y.md")), "b/y.md");
}

/// (party, topic, mode, stance) of a drafted claim.
type Expect = (&'static str, &'static str, Mode, Stance);

/// The claims drafted from `text` with the bundled profile.
fn drafted_with_bundled(text: &str) -> Vec<(String, String, Mode, Stance)> {
    let doc = draft::draft_document(text, None, &bundled_profile());
    assert!(doc.notice.is_none(), "{text}: the profile fits");
    doc.claims
        .iter()
        .map(|c| {
            (
                doc.parties[c.party].id.clone(),
                doc.topics[c.topic].id.clone(),
                c.mode,
                c.stance,
            )
        })
        .collect()
}

/// One sentence or two, and the claims expected.
#[test]
fn rules_case_by_case() {
    use Mode::{Direct, Reported};
    use Stance::{Against, Conditional, Favor};
    let cases: &[(&str, &[Expect])] = &[
        // Not statements: passive, infinitive, dependent clause, a noun.
        (
            "Ukraine was told that NATO membership is off the table.",
            &[],
        ),
        ("Kyiv is ready to back NATO membership.", &[]),
        (
            "The territory, which Putin said was Russian, remains occupied.",
            &[],
        ),
        ("Putin dismissed the Kremlin's demand for NATO guarantees.", &[("ru", "nato", Reported, Against)]),
        // No topic keyword: nothing (precision first).
        ("Trump said the weather in Washington was fine.", &[]),
        // Reported speech.
        (
            "According to the Kremlin, NATO expansion caused the war.",
            &[("ru", "nato", Reported, Favor)],
        ),
        (
            "NATO must never admit Ukraine, a Kremlin spokesman said on Friday.",
            &[("ru", "nato", Reported, Against)],
        ),
        (
            "The Ukrainian leader rejected the proposal to freeze the front line.",
            &[("ua", "territory", Reported, Against)],
        ),
        (
            "Trump met Putin in Alaska. He said the occupied regions would stay Russian.",
            &[("us", "territory", Reported, Favor)],
        ),
        // Negation of the cue verb, double negation, a condition.
        (
            "The Kremlin did not support NATO membership for Ukraine.",
            &[("ru", "nato", Reported, Against)],
        ),
        (
            "Zelenskyy said Ukraine would not hesitate to join NATO.",
            &[("ua", "nato", Reported, Favor)],
        ),
        (
            "Zelenskyy said Kyiv would accept a ceasefire only if Russia withdrew from the regions.",
            &[("ua", "territory", Reported, Conditional)],
        ),
        // Figures "according to" a side are no position.
        (
            "About 40 percent of the region is occupied, according to Ukrainian figures.",
            &[],
        ),
        // Direct quotations: cue after (inverted), cue before.
        (
            "“We will never give up any territory,” said Ukrainian President Volodymyr Zelenskyy.",
            &[("ua", "territory", Direct, Favor)],
        ),
        (
            "Zelenskyy said: “NATO membership is our only real protection.”",
            &[("ua", "nato", Direct, Favor)],
        ),
        // A scare quote is part of the reported speech, not a quotation.
        (
            "Lavrov said European peacekeepers in Ukraine were “unacceptable”.",
            &[("ru", "guarantees", Reported, Against)],
        ),
    ];
    for (text, expected) in cases {
        let got = drafted_with_bundled(text);
        let want: Vec<(String, String, Mode, Stance)> = expected
            .iter()
            .map(|&(p, t, m, s)| (p.to_string(), t.to_string(), m, s))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// Issue 17: the negation of a cue verb turns the stance. Forcing the flag
/// off makes this fail ("did not support" would read as support).
#[test]
fn a_negated_cue_verb_is_against() {
    let got = drafted_with_bundled("The Kremlin did not support NATO membership.");
    assert_eq!(
        got,
        vec![(
            "ru".to_string(),
            "nato".to_string(),
            Mode::Reported,
            Stance::Against
        )]
    );
    let doc = draft::draft_document(
        "The Kremlin did not support NATO membership.",
        None,
        &bundled_profile(),
    );
    assert_eq!(doc.claims[0].target, "Ukraine joins NATO");
    assert!(doc.claims[0]
        .rule
        .as_deref()
        .is_some_and(|r| r.contains("negated cue")));
}

/// An article on a subject the bundled profile does not cover: the
/// document says so, and its parties are discovered from the speakers'
/// titles and affiliations (gazetteer, demonyms, organisations). The
/// people are invented.
#[test]
fn an_article_on_another_subject_discovers_its_parties() {
    let text = "Talks on the Upper River Stall\n\n\
        ANKARA, May 2, 2026 — Turkish Foreign Minister Ayla Demirtas-Kaya said on Friday \
        that Ankara would never accept a dam on the upper river. A Kremlin spokesman said \
        Moscow supported new talks on the river. The EU foreign policy chief, Marta \
        Lindqvist-Berg, urged both sides to share the river water. The Corvanian Water \
        Federation rejected the dam plan. Iranian officials say the dam would double the \
        electricity output of the region. According to a U.S. official, the talks on the dam \
        will resume. Qatar's prime minister, Sheikh Khalid bin Abdulaziz Al Marri, said the \
        talks on the river would resume soon.";
    let doc = draft::draft_document(text, None, &bundled_profile());
    let notice = doc.notice.as_deref().unwrap_or_default();
    assert!(notice.contains("were discovered from the text"), "{notice}");
    let party = |speaker: &str| {
        doc.claims
            .iter()
            .find(|c| c.speaker == speaker)
            .map(|c| doc.parties[c.party].name.as_str())
            .unwrap_or_else(|| panic!("no claim by {speaker}: {:#?}", doc.claims))
    };
    assert_eq!(party("Ayla Demirtas-Kaya"), "Turkey");
    assert_eq!(party("A Kremlin spokesman"), "Russia");
    assert_eq!(party("Marta Lindqvist-Berg"), "European Union");
    assert_eq!(
        party("Corvanian Water Federation"),
        "Corvanian Water Federation"
    );
    // Unnamed sources stay unnamed: never merged into a named person.
    assert_eq!(party("Iranian officials"), "Iran");
    assert_eq!(party("a U.S. official"), "United States");
    // A full name with an honorific and particles.
    assert_eq!(party("Sheikh Khalid bin Abdulaziz Al Marri"), "Qatar");
    for c in &doc.claims {
        assert!(!c.summary.contains('\u{2026}'), "{}", c.summary);
        assert!(c.summary.ends_with('.'), "{}", c.summary);
    }
    // The topics are the claims' salient terms.
    let labels: Vec<&str> = doc.topics.iter().map(|t| t.label.as_str()).collect();
    assert!(
        labels.contains(&"River") || labels.contains(&"Talks") || labels.contains(&"Dam"),
        "{labels:?}"
    );
}

/// Collective subjects and "His office" are speakers; a person named in
/// an initial is no party alias.
#[test]
fn collective_subjects_offices_and_initials() {
    let text = "Aid Stuck at the Border\n\n\
        The United Nations and aid groups said on Tuesday that hundreds of aid trucks were stuck \
        at the border. Fiji, Tuvalu and Vanuatu met in Suva on Monday. The three countries said \
        they would block any aid deal without grants. President Ilias Varga spoke on Monday. \
        His office said the aid trucks could pass as long as the rebels withdrew. \
        Mr. J. R. Smith said the aid deal was a mistake.";
    let doc = draft::draft_document(text, None, &bundled_profile());
    let speakers: Vec<&str> = doc.claims.iter().map(|c| c.speaker.as_str()).collect();
    for s in [
        "United Nations and aid groups",
        "Fiji, Tuvalu and Vanuatu",
        "Ilias Varga's office",
        "J. R. Smith",
    ] {
        assert!(speakers.contains(&s), "{s} not in {speakers:?}");
    }
    let office = doc
        .claims
        .iter()
        .find(|c| c.speaker == "Ilias Varga's office")
        .unwrap_or_else(|| panic!("{:#?}", doc.claims));
    assert_eq!(office.stance, Stance::Conditional);
    assert_eq!(
        office.condition.as_deref(),
        Some("as long as the rebels withdrew")
    );
}

#[test]
fn draft_command_writes_the_discovered_profile() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("dam.txt");
    std::fs::copy(
        root().join("tests/fixtures/draft/talmar-dam-2026-04-09.txt"),
        &article,
    )
    .unwrap();
    let profile = dir.path().join("dam-profile.yaml");
    let out = dir.path().join("dam.yaml");
    let run = bin()
        .arg("draft")
        .arg(&article)
        .args(["--profile", "data/profiles/default.yaml", "--write-profile"])
        .arg(&profile)
        .arg("-o")
        .arg(&out)
        .current_dir(root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(stderr.contains("were discovered from the text"), "{stderr}");
    assert!(stderr.contains("wrote the profile"), "{stderr}");
    let yaml = std::fs::read_to_string(&out).unwrap();
    // (The header's comment is wrapped: read it as one line.)
    let header = yaml.replace("\n# ", " ");
    assert!(
        header.contains("were discovered from the text"),
        "the notice is in the header"
    );
    // The written profile loads, and fits the article it came from.
    let p = Profile::from_path(&profile).unwrap_or_else(|e| panic!("{e}"));
    assert!(p.parties.iter().any(|x| x.name == "Dovrenia"));
    let text = std::fs::read_to_string(&article).unwrap();
    let again = draft::draft_document(&text, Some(&article), &p);
    assert!(again.notice.is_none(), "{:?}", again.notice);
    assert!(again.claims.len() >= 10);
    let check = bin().arg("check").arg(&out).output().unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}
