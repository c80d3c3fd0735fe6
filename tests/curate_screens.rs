//! Whole-screen snapshots of curation on ratatui's `TestBackend`: the
//! review panel of a drafted annotation, the picker, the claim form (edit
//! and new), the passage selection and the questions (accept all, quit),
//! at 120x40 and 80x24; and every curation screen at small sizes without a
//! panic.
//!
//! Create or update snapshots with `INSTA_UPDATE=always cargo test --test
//! curate_screens`, then read the `.snap` files before committing them.

use std::fs;
use std::path::PathBuf;

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;

use standpoint::app::{session_for, update, Action, State};
use standpoint::curate::Recovery;
use standpoint::loader;
use standpoint::view::{self, Theme};

const SIZES: [(u16, u16); 2] = [(120, 40), (80, 24)];

/// A drafted annotation of the bundled article (its date fixed) in a new
/// directory.
fn drafted() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("a.txt");
    fs::write(&art, loader::BUNDLED_ARTICLE).unwrap();
    let profile = standpoint::draft::Profile::bundled().unwrap();
    let d = standpoint::draft::draft(loader::BUNDLED_ARTICLE, Some(&art), &profile);
    let yaml = standpoint::draft::to_yaml(&d, "a.txt");
    let yaml: String = yaml
        .lines()
        .map(|l| {
            if l.starts_with("date:") {
                "date: \"2025-02-26\"\n".to_string()
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    let p = dir.path().join("a.yaml");
    fs::write(&p, yaml).unwrap();
    (dir, p)
}

fn open(w: u16, h: u16) -> (tempfile::TempDir, State) {
    let (dir, p) = drafted();
    let doc = loader::load_path(&p).unwrap();
    let mut s = State::new(doc, w, h);
    let session = session_for(&s.doc, dir.path()).unwrap();
    s.start_curation(session, Some(Recovery::new(dir.path().join("state"))));
    (dir, s)
}

fn render(s: &State) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(s.screen.full.width, s.screen.full.height)).unwrap();
    t.draw(|f| view::draw(f, s, &Theme::COLOR)).unwrap();
    t
}

fn run(s: &mut State, actions: &[Action]) {
    for &a in actions {
        update(s, a);
    }
}

fn text(b: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            out.push_str(b[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn snap(name: &str, setup: impl Fn(&mut State)) -> Vec<String> {
    let mut screens = Vec::new();
    for (w, h) in SIZES {
        let (_dir, mut s) = open(w, h);
        setup(&mut s);
        let t = render(&s);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
        screens.push(text(t.backend().buffer()));
    }
    screens
}

#[test]
fn review_panel_marks_and_counts_drafts() {
    for screen in snap("review_panel", |_| {}) {
        assert!(screen.contains("15 drafts to review"), "{screen}");
        assert!(screen.contains("— Donald Trump  DRAFT"), "{screen}");
        assert!(screen.contains("→ Ukraine joins NATO"), "{screen}");
    }
}

#[test]
fn after_an_accept_the_header_says_unsaved() {
    for screen in snap("review_after_accept", |s| run(s, &[Action::Accept])) {
        assert!(screen.contains("14 drafts to review"), "{screen}");
        assert!(screen.contains("unsaved edits (w saves)"), "{screen}");
    }
}

#[test]
fn stance_picker() {
    for screen in snap("picker_stance", |s| {
        run(s, &[Action::PickStance, Action::ListDown])
    }) {
        for st in ["FAVOR", "AGAINST", "CONDITIONAL", "NEUTRAL", "UNCLEAR"] {
            assert!(screen.contains(st), "{st}: {screen}");
        }
        assert!(screen.contains("▶ CONDITIONAL"), "{screen}");
    }
}

#[test]
fn edit_form() {
    for screen in snap("form_edit", |s| {
        run(
            s,
            &[
                Action::EditClaim,
                Action::NextField,
                Action::NextField,
                Action::NextField,
            ],
        );
        run(s, &[Action::CursorHome, Action::CursorRight]);
    }) {
        assert!(screen.contains("Edit claim d4-us-nato"), "{screen}");
        assert!(screen.contains("Speaker"), "{screen}");
        assert!(screen.contains("Donald Trump"), "{screen}");
        assert!(screen.contains("Ukraine joins NATO"), "{screen}");
    }
}

#[test]
fn the_form_shows_the_focused_field_and_the_cursor() {
    let (_dir, mut s) = open(120, 40);
    run(
        &mut s,
        &[
            Action::EditClaim,
            Action::NextField,
            Action::NextField,
            Action::NextField,
        ],
    );
    run(&mut s, &[Action::CursorHome, Action::CursorRight]);
    let t = render(&s);
    let b = t.backend().buffer();
    // The label "Speaker" is reversed, and so is the cursor cell, on `o` of
    // "Donald".
    let (x0, row) = cell_of(b, "Speaker");
    // The form's row only (the article beside the box has its own marks).
    let line: Vec<_> = (x0..b.area.width).map(|x| &b[(x, row)]).collect();
    let reversed: String = line
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED))
        .map(|c| c.symbol())
        .collect();
    assert_eq!(reversed.trim_end(), "Speaker    o");
}

#[test]
fn new_claim_form_from_a_selection() {
    let screens = snap("form_new", |s| {
        run(s, &[Action::SearchStart]);
        for c in "Zelenskyy".chars() {
            run(s, &[Action::Type(c)]);
        }
        run(
            s,
            &[
                Action::Submit,
                Action::SelectPassage,
                Action::ExtendSentence,
                Action::AddClaim,
            ],
        );
    });
    for screen in screens {
        assert!(screen.contains("New claim"), "{screen}");
        assert!(screen.contains("Quote"), "{screen}");
        assert!(screen.contains("Ukraine"), "{screen}");
    }
}

#[test]
fn passage_selection() {
    let screens = snap("selection", |s| {
        run(s, &[Action::SearchStart]);
        for c in "Lavrov".chars() {
            run(s, &[Action::Type(c)]);
        }
        run(
            s,
            &[
                Action::Submit,
                Action::SelectPassage,
                Action::ExtendWord,
                Action::ExtendSentence,
            ],
        );
    });
    for screen in screens {
        assert!(screen.contains("words selected"), "{screen}");
    }
    // The passage is what is reversed in the article.
    let (_dir, mut s) = open(120, 40);
    run(&mut s, &[Action::SearchStart]);
    for c in "Lavrov".chars() {
        run(&mut s, &[Action::Type(c)]);
    }
    run(
        &mut s,
        &[Action::Submit, Action::SelectPassage, Action::ExtendWord],
    );
    let t = render(&s);
    let b = t.backend().buffer();
    let r = s.screen.article_inner();
    let mut rev = String::new();
    for y in r.y..r.y + r.height {
        for x in r.x..r.x + r.width {
            let c = &b[(x, y)];
            if c.modifier.contains(Modifier::UNDERLINED) && c.modifier.contains(Modifier::REVERSED)
            {
                rev.push_str(c.symbol());
            }
        }
    }
    assert_eq!(rev, "Lavrov reiterated");
}

#[test]
fn accept_all_question_says_how_many() {
    for screen in snap("accept_all_question", |s| {
        run(s, &[Action::CycleParty, Action::AcceptAll])
    }) {
        assert!(
            screen.contains("Accept 9 drafted claims in view"),
            "{screen}"
        );
    }
}

#[test]
fn quit_question() {
    for screen in snap("quit_question", |s| run(s, &[Action::Reject, Action::Quit])) {
        assert!(
            screen.contains("w save and quit · d discard and quit · c cancel"),
            "{screen}"
        );
    }
}

#[test]
fn curation_screens_survive_small_sizes() {
    let setups: Vec<Vec<Action>> = vec![
        vec![Action::PickParty],
        vec![Action::EditClaim, Action::NextField, Action::Type('x')],
        vec![Action::SelectPassage, Action::ExtendParagraph],
        vec![
            Action::SelectPassage,
            Action::ExtendSentence,
            Action::AddClaim,
        ],
        vec![Action::Accept, Action::Quit],
        vec![Action::AcceptAll],
    ];
    for w in (0..=60u16).step_by(3) {
        for h in (0..=16u16).step_by(2) {
            for setup in &setups {
                let (_dir, mut s) = open(w, h);
                run(&mut s, setup);
                let _ = render(&s);
                run(&mut s, &[Action::Resize(w + 1, h + 1)]);
                let mut t = Terminal::new(TestBackend::new(w + 1, h + 1)).unwrap();
                t.draw(|f| view::draw(f, &s, &Theme::MONO)).unwrap();
            }
        }
    }
}

#[test]
fn the_conflict_question_keeps_its_answers_in_the_box() {
    for (w, h) in SIZES {
        let (dir, mut s) = open(w, h);
        run(&mut s, &[Action::Accept]);
        let p = dir.path().join("a.yaml");
        let mut theirs = fs::read_to_string(&p).unwrap();
        theirs.push_str("# changed elsewhere\n");
        fs::write(&p, theirs).unwrap();
        assert_eq!(
            update(&mut s, Action::Save),
            standpoint::app::Effect::Curate(standpoint::action::CurateEffect::Save { quit: false })
        );
        s.carry_out(standpoint::action::CurateEffect::Save { quit: false });
        let screen = text(render(&s).backend().buffer());
        assert!(
            screen.contains("a.yaml changed on disk since it was opened"),
            "{screen}"
        );
        assert!(
            screen.contains("c save the copy · k keep editing · Esc cancel"),
            "{screen}"
        );
    }
}

/// The screen cell where `label` starts (the first one).
fn cell_of(b: &Buffer, label: &str) -> (u16, u16) {
    for (y, line) in text(b).lines().enumerate() {
        if let Some(byte) = line.find(label) {
            let x = line[..byte].chars().count();
            return (u16::try_from(x).unwrap_or(0), u16::try_from(y).unwrap_or(0));
        }
    }
    panic!("{label:?} is not on the screen:\n{}", text(b))
}

#[test]
fn a_click_focuses_a_form_field_and_a_second_opens_it() {
    let (_dir, mut s) = open(120, 40);
    run(&mut s, &[Action::EditClaim]);
    let b = render(&s);
    let (x, y) = cell_of(b.backend().buffer(), "Mode ");
    let Some(standpoint::app::Mode::Form(f)) = s.top().cloned() else {
        panic!("no form")
    };
    let i = view::form_field_at(&s, &f, s.screen.full, x + 2, y).expect("a field under the click");
    s.click_field(i);
    let Some(standpoint::app::Mode::Form(f)) = s.top().cloned() else {
        panic!("no form")
    };
    assert_eq!(f.fields[f.focus].kind.label(), "Mode");
    // Outside the box: no field.
    assert_eq!(view::form_field_at(&s, &f, s.screen.full, 0, 0), None);
    // Again: the list of modes.
    s.click_field(i);
    let Some(standpoint::app::Mode::Picker(p)) = s.top() else {
        panic!("no list: {:?}", s.top())
    };
    assert_eq!(p.options, ["direct", "reported"]);
}

/// A long quote takes several lines of the form; a click on any of them
/// is on the quote.
#[test]
fn a_click_on_a_wrapped_line_is_on_its_field() {
    let (_dir, mut s) = open(120, 40);
    run(&mut s, &[Action::EditClaim]);
    let b = render(&s);
    let (x, y) = cell_of(b.backend().buffer(), "peace agreement, arguing");
    let (_, quote_row) = cell_of(b.backend().buffer(), "Quote ");
    assert_eq!(y, quote_row + 1, "the quote's second line");
    let Some(standpoint::app::Mode::Form(f)) = s.top().cloned() else {
        panic!("no form")
    };
    let quote = standpoint::app::form::FieldKind::ALL
        .iter()
        .position(|&k| k == standpoint::app::form::FieldKind::Quote);
    assert_eq!(view::form_field_at(&s, &f, s.screen.full, x, y), quote);
}

#[test]
fn on_a_low_screen_the_form_scrolls_to_its_focused_field() {
    for (w, h) in [(80, 12), (60, 9)] {
        let (_dir, mut s) = open(w, h);
        run(&mut s, &[Action::EditClaim]);
        run(&mut s, &[Action::PrevField]); // the last field, the id
        let screen = text(render(&s).backend().buffer());
        let id_line = screen.lines().find(|l| l.contains("Id "));
        assert!(
            id_line.is_some_and(|l| l.contains(&s.doc.claims[s.selected.unwrap()].id)),
            "the focused id is not shown at {w}x{h}:\n{screen}"
        );
        // And a click there lands on it.
        let Some(standpoint::app::Mode::Form(f)) = s.top().cloned() else {
            panic!("no form")
        };
        let (x, y) = cell_of(render(&s).backend().buffer(), "Id ");
        assert_eq!(
            view::form_field_at(&s, &f, s.screen.full, x + 1, y),
            Some(f.focus)
        );
    }
}

#[test]
fn choosing_a_new_quote_the_form_steps_aside_and_the_keys_say_so() {
    let (_dir, mut s) = open(120, 40);
    run(&mut s, &[Action::EditClaim]);
    let quote = standpoint::app::form::FieldKind::ALL
        .iter()
        .position(|&k| k == standpoint::app::form::FieldKind::Quote)
        .unwrap();
    run(&mut s, &vec![Action::NextField; quote]);
    run(&mut s, &[Action::Type(' ')]);
    let screen = text(render(&s).backend().buffer());
    assert!(
        !screen.contains("Edit claim"),
        "the form still covers the article:\n{screen}"
    );
    let status = screen.lines().last().unwrap_or_default();
    assert!(status.contains("a take as quote"), "{status}");
    assert!(!status.contains("add claim"), "{status}");
    // Back in the form, the keys are the form's.
    run(&mut s, &[Action::Escape]);
    let screen = text(render(&s).backend().buffer());
    assert!(screen.contains("Edit claim"), "{screen}");
}
