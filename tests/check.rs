//! `standpoint check` on good and broken copies of the bundled annotation:
//! every kind of problem gets its own clear message, naming file, line and
//! claim, and the exit code says whether the file is good.

#[path = "support/isolated.rs"]
mod isolated;

use std::fs;
use std::path::{Path, PathBuf};

const YAML: &str = include_str!("../data/trump-cabinet-2025-02-26.yaml");
const ARTICLE: &str = include_str!("../data/trump-cabinet-2025-02-26.txt");
const ARTICLE_NAME: &str = "trump-cabinet-2025-02-26.txt";

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    /// A directory with the article and `yaml` as doc.yaml.
    fn new(yaml: &str) -> Case {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(ARTICLE_NAME), ARTICLE).unwrap();
        fs::write(dir.path().join("doc.yaml"), yaml).unwrap();
        Case { dir }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// Run `standpoint check doc.yaml`; (exit ok, stdout, stderr).
    fn check(&self) -> (bool, String, String) {
        run_check(&[self.path("doc.yaml")])
    }
}

fn run_check(files: &[PathBuf]) -> (bool, String, String) {
    let out = isolated::standpoint()
        .arg("check")
        .args(files)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The bundled YAML with `from` replaced by `to` (which must occur once).
fn edited(from: &str, to: &str) -> String {
    assert_eq!(
        YAML.matches(from).count(),
        1,
        "edit target not unique: {from}"
    );
    YAML.replacen(from, to, 1)
}

fn line_of(yaml: &str, needle: &str) -> usize {
    let at = yaml.find(needle).unwrap();
    yaml[..at].matches('\n').count() + 1
}

fn assert_fails_with(yaml: &str, expected: &[&str]) -> String {
    let case = Case::new(yaml);
    let (ok, _out, err) = case.check();
    assert!(!ok, "check should fail; stderr:\n{err}");
    for e in expected {
        assert!(err.contains(e), "missing {e:?} in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn bundled_data_passes_with_a_summary_line() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/trump-cabinet-2025-02-26.yaml");
    let (ok, out, err) = run_check(&[data]);
    assert!(ok, "{err}");
    assert!(
        out.contains("ok: 4 parties, 3 topics, 13 claims anchored"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let y = edited("    speaker: Sergey Lavrov", "    speeker: Sergey Lavrov");
    let line = line_of(&y, "speeker");
    let err = assert_fails_with(
        &y,
        &[
            "claim `ru-no-ceasefire-on-front-line`: unknown field `speeker` in a claim",
            "did you mean `speaker`?",
            &format!("doc.yaml:{line}:5"),
            "missing field `speaker`",
        ],
    );
    assert!(err.contains("2 problems found"), "{err}");
}

#[test]
fn duplicate_ids_name_the_first_place() {
    let y = edited("  - id: ua-nato-role", "  - id: us-nato-ruled-out");
    let first = line_of(&y, "id: us-nato-ruled-out");
    assert_fails_with(
        &y,
        &[&format!(
            "duplicate claim id `us-nato-ruled-out` (first declared on line {first})"
        )],
    );
    let y = edited("  - id: eu\n", "  - id: us\n");
    assert_fails_with(&y, &["duplicate party id `us`"]);
    let y = edited("  - id: guarantees\n", "  - id: nato\n");
    assert_fails_with(&y, &["duplicate topic id `nato`"]);
}

#[test]
fn unknown_party_and_topic_are_named_with_suggestions() {
    let y = edited(
        "    party: ru\n    speaker: Moscow",
        "    party: rus\n    speaker: Moscow",
    );
    assert_fails_with(
        &y,
        &[
            "claim `ru-no-territorial-concessions`: unknown party `rus`",
            "did you mean `ru`?",
            "declared parties: us, ru, ua, eu",
        ],
    );
    let y = edited(
        "    topic: nato\n    stance: favor",
        "    topic: natoo\n    stance: favor",
    );
    assert_fails_with(
        &y,
        &[
            "claim `ua-nato-role`: unknown topic `natoo`",
            "did you mean `nato`?",
        ],
    );
}

#[test]
fn bad_stance_mode_date_and_colour() {
    let y = edited(
        "    topic: nato\n    stance: favor",
        "    topic: nato\n    stance: favour",
    );
    assert_fails_with(&y, &["unknown stance `favour`", "did you mean `favor`?"]);
    let y = edited("date: 2025-02-26", "date: 26/02/2025");
    assert_fails_with(&y, &["`26/02/2025` is not an ISO 8601 date", "YYYY-MM-DD"]);
    let y = edited("    color: red", "    color: reddish");
    assert_fails_with(&y, &["unknown colour `reddish`"]);
    let y = edited(
        "    summary: Washington would support European-led peacekeeping in Ukraine.\n    mode: reported",
        "    summary: Washington would support European-led peacekeeping in Ukraine.\n    mode: reportd",
    );
    assert_fails_with(&y, &["unknown mode `reportd`", "did you mean `reported`?"]);
}

#[test]
fn empty_quote_is_reported() {
    let y = edited(
        "    quote: the U.S. would not offer Ukraine significant security guarantees",
        "    quote: \"  \"",
    );
    assert_fails_with(&y, &["claim `us-no-guarantees`", "`quote` is empty"]);
}

#[test]
fn quote_not_found_suggests_the_closest_passage() {
    let y = edited(
        "    quote: Russian leader Vladimir Putin would have to make concessions",
        "    quote: Russian leader Vladimir Putin would have to make some concesions",
    );
    let line = line_of(&y, "make some concesions");
    assert_fails_with(
        &y,
        &[
            "claim `us-putin-concessions`: the quote is not in the article",
            &format!("doc.yaml:{line}:12"),
            "closest passage of the article (line 2) is: \"Russian",
            "Russian leader Vladimir Putin would have to make concessions",
        ],
    );
}

#[test]
fn repeated_quote_names_both_places_until_a_prefix_decides() {
    // "he said" occurs twice (lines 4 and 5 of the article).
    let y = edited(
        "    quote: Washington would support European-led peacekeeping efforts in Ukraine",
        "    quote: he said",
    );
    assert_fails_with(
        &y,
        &[
            "claim `us-supports-peacekeeping`: the quote occurs 2 times in the article (lines 4, 5)",
            "add a `prefix`",
        ],
    );
    let y = edited(
        "    quote: Washington would support European-led peacekeeping efforts in Ukraine",
        "    quote: he said\n    prefix: \"“A lot of surprising things happen with deals,”\"",
    );
    let case = Case::new(&y);
    let (ok, out, err) = case.check();
    assert!(ok, "{err}");
    assert!(out.contains("13 claims anchored"));
}

#[test]
fn article_problems_point_at_the_article_field() {
    let y = edited(
        "article: trump-cabinet-2025-02-26.txt",
        "article: missing.txt",
    );
    assert_fails_with(
        &y,
        &[
            "cannot use article `missing.txt`: the article does not exist",
            "doc.yaml:6:10",
        ],
    );

    // An article that is a directory.
    let case = Case::new(&edited(
        "article: trump-cabinet-2025-02-26.txt",
        "article: sub",
    ));
    fs::create_dir(case.path("sub")).unwrap();
    let (ok, _, err) = case.check();
    assert!(!ok);
    assert!(err.contains("the article is a directory"), "{err}");

    // An article that is not UTF-8.
    let case = Case::new(&edited(
        "article: trump-cabinet-2025-02-26.txt",
        "article: latin1.txt",
    ));
    fs::write(case.path("latin1.txt"), b"Caf\xe9 au lait\n").unwrap();
    let (ok, _, err) = case.check();
    assert!(!ok);
    assert!(
        err.contains("the article is not UTF-8 text (first invalid byte at line 1, column 4)"),
        "{err}"
    );
    assert!(err.contains("iconv"), "{err}");
}

#[test]
fn empty_and_unreadable_annotation_files() {
    let case = Case::new("");
    let (ok, _, err) = case.check();
    assert!(!ok);
    assert!(
        err.contains("doc.yaml: the annotation file is empty"),
        "{err}"
    );

    let case = Case::new("# only a comment\n");
    let (ok, _, err) = case.check();
    assert!(!ok);
    assert!(err.contains("has no content"), "{err}");

    let (ok, _, err) = run_check(&[PathBuf::from("/nonexistent/doc.yaml")]);
    assert!(!ok);
    assert!(
        err.contains("/nonexistent/doc.yaml: the annotation file does not exist"),
        "{err}"
    );

    // A directory is a library; an empty one is an error.
    let dir = tempfile::tempdir().unwrap();
    let (ok, _, err) = run_check(&[dir.path().to_path_buf()]);
    assert!(!ok);
    assert!(err.contains("no annotation (.yaml) or article"), "{err}");
}

#[test]
fn yaml_syntax_duplicate_keys_and_several_documents() {
    assert_fails_with(&edited("title: \"", "title: [\""), &["invalid YAML"]);
    assert_fails_with(
        &edited("date: 2025-02-26\n", "date: 2025-02-26\ndate: 2025-02-27\n"),
        &["invalid YAML", "duplicate", "keep one of them"],
    );
    let two = format!("{YAML}\n---\ntitle: again\n");
    assert_fails_with(&two, &["invalid YAML", "one YAML document"]);
}

#[test]
fn all_problems_of_a_file_are_reported_together() {
    let y = edited("    speaker: Sergey Lavrov", "    speeker: Sergey Lavrov");
    let y = y.replacen("    stance: conditional", "    stance: maybe", 1);
    let y = y.replacen(
        "    quote: Moscow has repeatedly dismissed",
        "    quote: Moscow has often dismissed",
        1,
    );
    let err = assert_fails_with(
        &y,
        &[
            "unknown field `speeker`",
            "unknown stance `maybe`",
            "the quote is not in the article",
        ],
    );
    assert!(err.contains("4 problems found"), "{err}");
    // Ordered by line.
    let a = err.find("speeker").unwrap();
    let b = err.find("maybe").unwrap();
    assert!(a < b);
}

#[test]
fn several_files_one_line_each_and_exit_code_of_the_worst() {
    let good = Case::new(YAML);
    let bad = Case::new(&edited("date: 2025-02-26", "date: tomorrow"));
    let (ok, out, err) = run_check(&[good.path("doc.yaml"), bad.path("doc.yaml")]);
    assert!(!ok);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(err.contains("`tomorrow` is not an ISO 8601 date"));
}

#[test]
fn inline_body_and_missing_article() {
    let y = edited(
        "article: trump-cabinet-2025-02-26.txt",
        "body: |\n  Trump ruled out the possibility of Ukraine joining NATO as part of any\n  future peace agreement.",
    );
    // Most quotes are no longer in the (short) body: check the one that is.
    let err = assert_fails_with(&y, &["the quote is not in the article"]);
    assert!(!err.contains("us-nato-ruled-out`: the quote"), "{err}");
    let y = edited("article: trump-cabinet-2025-02-26.txt\n", "");
    assert_fails_with(&y, &["missing field `article` in the document", "body"]);
}

#[test]
fn the_format_reference_example_is_valid() {
    let md = include_str!("../FORMAT.md");
    let start = md.find("```yaml\n").unwrap() + "```yaml\n".len();
    let len = md[start..].find("```").unwrap();
    let case = Case::new(&md[start..start + len]);
    let (ok, out, err) = case.check();
    assert!(ok, "{err}");
    assert!(
        out.contains("2 parties, 2 topics, 1 claim anchored"),
        "{out}"
    );
}

#[test]
fn the_same_messages_whichever_way_the_yaml_is_read() {
    // An anchor sends the file to serde-saphyr instead of the event path;
    // the problems elsewhere in it read the same.
    let bad = edited(
        "    topic: nato\n    stance: favor",
        "    topic: nato\n    stance: favour",
    );
    let anchored = bad.replacen("date: 2025-02-26", "date: &d 2025-02-26", 1);
    let case = Case::new(&bad);
    let (_, _, a) = case.check();
    fs::write(case.path("doc.yaml"), &anchored).unwrap();
    let (_, _, b) = case.check();
    assert!(a.contains("unknown stance `favour`"), "{a}");
    assert_eq!(a, b);
}

#[test]
fn a_large_document_checks_and_counts_every_claim() {
    let s = standpoint::synth::generate(1_000_000, 1_000, "big.txt");
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("big.txt"), &s.article).unwrap();
    fs::write(dir.path().join("big.yaml"), &s.yaml).unwrap();
    let (ok, out, err) = run_check(&[dir.path().join("big.yaml")]);
    assert!(ok, "{err}");
    assert!(
        out.contains("ok: 4 parties, 3 topics, 1000 claims anchored"),
        "{out}"
    );
    // One claim moved out of the article: one problem, at its line.
    let q = s
        .yaml
        .match_indices("    quote: \"Statement ")
        .nth(500)
        .unwrap()
        .0;
    let line = s.yaml[..q].matches('\n').count() + 1;
    let at = q + "    quote: \"Statement ".len();
    let broken = format!("{}x{}", &s.yaml[..at], &s.yaml[at..]);
    fs::write(dir.path().join("big.yaml"), broken).unwrap();
    let (ok, _, err) = run_check(&[dir.path().join("big.yaml")]);
    assert!(!ok);
    assert!(err.contains(&format!("big.yaml:{line}:12")), "{err}");
    assert!(err.contains("1 problem found"), "{err}");
}

#[test]
fn strict_check_fails_on_drafts_naming_file_line_and_claim() {
    let y = edited(
        "    quote: Russian leader Vladimir Putin would have to make concessions\n",
        "    quote: Russian leader Vladimir Putin would have to make concessions\n    status: draft\n",
    );
    let case = Case::new(&y);
    let (ok, out, err) = case.check();
    assert!(ok, "without --strict a draft is fine: {err}");
    assert!(
        out.contains("13 claims anchored, 1 draft to review"),
        "{out}"
    );
    let run = |file: &Path| {
        isolated::standpoint()
            .args(["check", "--strict"])
            .arg(file)
            .output()
            .unwrap()
    };
    let o = run(&case.path("doc.yaml"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let line = line_of(&y, "  - id: us-putin-concessions");
    assert!(
        err.contains(&format!(
            "doc.yaml:{line}: claim `us-putin-concessions` is still a draft (status: draft)"
        )),
        "{err}"
    );
    assert!(err.contains("status: reviewed"), "{err}");
    assert_eq!(err.matches("is still a draft").count(), 1, "{err}");
    // A reviewed file passes --strict.
    let good = Case::new(YAML);
    let o = run(&good.path("doc.yaml"));
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("13 claims anchored"));
}

/// A drafting profile taken for an annotation (named like the article,
/// or checked by mistake): the problems, then a hint to pass it with
/// `--profile` and name it apart. A broken annotation gets no such hint.
#[test]
fn a_profile_checked_as_an_annotation_gets_a_hint() {
    let profile = "topics:\n  - id: toll\n    label: Bridge toll\n    keywords: [toll]\n    \
                   propositions:\n      - A toll is charged on the bridge\nparties:\n  - id: guild\n    \
                   name: Ferrymen's Guild\n    aliases: [guild]\n";
    let case = Case::new(profile);
    let (ok, _, err) = case.check();
    assert!(!ok);
    assert!(err.contains("missing field `claims`"), "{err}");
    assert!(
        err.contains("doc.yaml reads as a drafting profile")
            && err.contains("--profile")
            && err.contains("doc-profile.yaml"),
        "{err}"
    );
    let (ok, _, err) = Case::new(&edited("article: trump-cabinet-2025-02-26.txt\n", "")).check();
    assert!(!ok);
    assert!(!err.contains("drafting profile"), "{err}");
}
