//! Whole-screen snapshots of the reader on ratatui's `TestBackend`, and
//! style checks where the highlight is the point.
//!
//! Create or update snapshots with `INSTA_UPDATE=always cargo test --test
//! snapshots`, then read the `.snap` files before committing them.

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

use standpoint::app::{update, Action, State};
use standpoint::loader;
use standpoint::view::{self, Theme};

const SIZES: [(u16, u16); 3] = [(120, 40), (80, 24), (60, 20)];

fn state(w: u16, h: u16) -> State {
    State::new(loader::bundled().unwrap(), w, h)
}

fn render(s: &State, theme: Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(s.screen.full.width, s.screen.full.height)).unwrap();
    t.draw(|f| view::draw(f, s, &theme)).unwrap();
    t
}

fn run(s: &mut State, actions: &[Action]) {
    for &a in actions {
        update(s, a);
    }
}

fn search(s: &mut State, q: &str) {
    update(s, Action::SearchStart);
    for c in q.chars() {
        update(s, Action::Type(c));
    }
    update(s, Action::Submit);
}

fn snap(name: &str, setup: impl Fn(&mut State)) {
    for (w, h) in SIZES {
        let mut s = state(w, h);
        setup(&mut s);
        let t = render(&s, Theme::COLOR);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
    }
}

#[test]
fn start_screen() {
    snap("start", |_| {});
}

#[test]
fn matrix() {
    snap("matrix", |s| run(s, &[Action::ToggleMatrix]));
}

#[test]
fn help() {
    snap("help", |s| run(s, &[Action::ToggleHelp]));
}

#[test]
fn party_filter() {
    snap("filter_party_ru", |s| {
        run(s, &[Action::CycleParty, Action::CycleParty])
    });
}

#[test]
fn europe_has_no_stated_position() {
    let mut s = state(120, 40);
    run(&mut s, &[Action::CycleParty; 4]);
    let t = render(&s, Theme::COLOR);
    let text = screen_text(t.backend().buffer());
    assert_eq!(text.matches("no stated position").count(), 3, "{text}");
    assert!(text.contains("no claim"));
}

#[test]
fn search_with_count() {
    snap("search_nato", |s| search(s, "nato"));
}

#[test]
fn search_prompt() {
    let mut s = state(80, 24);
    run(
        &mut s,
        &[Action::SearchStart, Action::Type('P'), Action::Type('u')],
    );
    let t = render(&s, Theme::COLOR);
    insta::assert_snapshot!("search_prompt_80x24", t.backend());
}

#[test]
fn export_dialog() {
    let mut s = state(80, 24);
    run(&mut s, &[Action::CycleParty, Action::Export]);
    let t = render(&s, Theme::COLOR);
    insta::assert_snapshot!("export_dialog_80x24", t.backend());
}

#[test]
fn too_small_and_tiny_sizes_do_not_panic() {
    for w in 0..=40u16 {
        for h in 0..=12u16 {
            let mut s = state(w, h);
            for a in [Action::NextClaim, Action::ToggleMatrix, Action::ToggleHelp] {
                update(&mut s, a);
                let _ = render(&s, Theme::MONO);
            }
            run(&mut s, &[Action::Escape, Action::Escape, Action::Export]);
            let _ = render(&s, Theme::COLOR);
        }
    }
    let s = state(25, 6);
    let t = render(&s, Theme::COLOR);
    insta::assert_snapshot!("too_small_25x6", t.backend());
}

fn screen_text(b: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            out.push_str(b[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The article cells (inside the article pane) that are reversed, as text.
fn reversed_article_text(s: &State, b: &Buffer) -> String {
    let r = s.screen.article_inner();
    let mut out = String::new();
    for y in r.y..r.y + r.height {
        for x in r.x..r.x + r.width {
            let c = &b[(x, y)];
            if c.modifier.contains(Modifier::REVERSED) {
                out.push_str(c.symbol());
                assert!(c.modifier.contains(Modifier::BOLD), "highlight is bold too");
            }
        }
        // A row break is a space (the one hanging past the edge is not drawn).
        out.push(' ');
    }
    out
}

#[test]
fn the_selected_quote_is_reversed_exactly_at_every_width() {
    for (w, h) in SIZES.into_iter().chain([(100, 30), (45, 30)]) {
        for theme in [Theme::COLOR, Theme::MONO] {
            let mut s = state(w, h);
            for _ in 0..13 {
                let t = render(&s, theme);
                let c = &s.doc.claims[s.selected.unwrap()];
                let quote = s.doc.quote_text(c);
                // Reversed cells spell the quote (line breaks turned into
                // the spaces that hang at row ends).
                let got = reversed_article_text(&s, t.backend().buffer());
                let squash = |x: &str| x.split_whitespace().collect::<Vec<_>>().join(" ");
                assert_eq!(squash(&got), squash(quote), "{} at {w}x{h}", c.id);
                update(&mut s, Action::NextClaim);
            }
        }
    }
}

#[test]
fn mono_theme_uses_no_colour() {
    let mut s = state(120, 40);
    search(&mut s, "Putin");
    for t in [render(&s, Theme::MONO), {
        update(&mut s, Action::ToggleMatrix);
        render(&s, Theme::MONO)
    }] {
        for c in t.backend().buffer().content() {
            assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset), "{c:?}");
        }
    }
}

#[test]
fn other_quotes_are_tinted_in_their_party_colour_and_tint_toggles() {
    let mut s = state(120, 40);
    let t = render(&s, Theme::COLOR);
    let b = t.backend().buffer();
    let blue = view::party_color("blue").unwrap();
    let has_blue = b
        .content()
        .iter()
        .any(|c| c.fg == blue && c.symbol() != "━");
    assert!(has_blue, "us quotes are in the palette's blue");
    update(&mut s, Action::ToggleTint);
    let t = render(&s, Theme::COLOR);
    let r = s.screen.article_inner();
    let b = t.backend().buffer();
    for y in r.y..r.y + r.height {
        for x in r.x..r.x + r.width {
            assert_eq!(b[(x, y)].fg, Color::Reset);
        }
    }
}

#[test]
fn styled_rows_of_the_first_quote() {
    let s = state(80, 24);
    let lines = view::article_lines(&s, &Theme::MONO, 4);
    let styled: Vec<Vec<(String, String)>> = lines
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|sp| {
                    (
                        sp.content.to_string(),
                        format!("{:?}", sp.style.add_modifier),
                    )
                })
                .collect()
        })
        .collect();
    insta::assert_debug_snapshot!("styled_rows_first_quote_80x24", styled);
}

#[test]
fn drafts_are_marked_in_the_header_and_the_panel() {
    let mut doc = loader::bundled().unwrap();
    doc.draft = true;
    doc.claims[3].status = standpoint::model::Status::Draft; // us-nato-ruled-out
    let s = State::new(doc, 120, 40);
    let t = render(&s, Theme::MONO);
    let b = t.backend().buffer();
    let text = screen_text(b);
    let first_row: String = text.lines().next().unwrap().to_string();
    assert!(first_row.starts_with(" DRAFT "), "{first_row}");
    assert!(b[(0, 0)].modifier.contains(Modifier::REVERSED));
    let speaker_row = text
        .lines()
        .find(|l| l.contains("— Donald Trump") && l.contains("DRAFT"));
    assert!(speaker_row.is_some(), "{text}");
    assert_eq!(
        text.matches("DRAFT").count(),
        2,
        "only the header and the drafted claim"
    );
}

/// The panel's text rows (inside its border), top to bottom.
fn panel_text(s: &State, b: &Buffer) -> Vec<String> {
    let r = s.screen.panel_inner();
    (r.y..r.y + r.height)
        .map(|y| (r.x..r.x + r.width).map(|x| b[(x, y)].symbol()).collect())
        .collect()
}

/// Whatever the selection, the panel names its party: the heading is on
/// screen above the selected claim, or stuck to the panel's first row.
/// (Before: after `G` then `g` the first heading never came back, and at
/// 80x24 it went on the first `j`.)
#[test]
fn the_panel_always_names_the_selected_claims_party() {
    for (w, h) in SIZES {
        let mut s = state(w, h);
        let mut steps = vec![Action::NextClaim; 12];
        steps.extend([Action::LastClaim, Action::FirstClaim]);
        steps.extend([Action::PrevClaim; 2]);
        steps.extend([Action::LastClaim]);
        steps.extend([Action::PrevClaim; 12]);
        for a in steps {
            update(&mut s, a);
            let c = &s.doc.claims[s.selected.unwrap()];
            let party = &s.doc.parties[c.party].name;
            let n = s.doc.claims.iter().filter(|x| x.party == c.party).count();
            let heading = format!("{party}  {n} claims");
            let t = render(&s, Theme::MONO);
            let rows = panel_text(&s, t.backend().buffer());
            // The heading, then the selected claim (▶) below it.
            let at = rows.iter().position(|r| r.starts_with(&heading));
            let sel = rows.iter().position(|r| r.starts_with('▶'));
            assert!(
                matches!((at, sel), (Some(a), Some(b)) if a < b),
                "{a:?} at {w}x{h}: no {heading:?} above the selection in\n{}",
                rows.join("\n")
            );
        }
    }
}

/// After the last claim, the parties with nothing stated (Europe) can be
/// scrolled to with the same key. (Before: `j` on the last claim did
/// nothing and Europe's rows stayed below the panel.)
#[test]
fn the_rows_after_the_last_claim_can_be_reached() {
    for (w, h) in SIZES {
        let mut s = state(w, h);
        update(&mut s, Action::LastClaim);
        for _ in 0..12 {
            update(&mut s, Action::NextClaim);
        }
        let t = render(&s, Theme::MONO);
        let rows = panel_text(&s, t.backend().buffer()).join("\n");
        assert!(
            rows.contains("Europe  0 claims") || rows.contains("no stated position"),
            "{rows}"
        );
        let last = rows
            .lines()
            .rev()
            .find(|r| !r.trim().is_empty())
            .unwrap_or("");
        assert!(
            last.contains("no stated position"),
            "{w}x{h}: ends with\n{rows}"
        );
        assert!(s.screen.too_small || rows.matches("no stated position").count() >= 1);
    }
}

/// The bundled document with a long party name and long topic labels.
fn long_names() -> State {
    let mut doc = loader::bundled().unwrap();
    doc.parties[1].name = "E3 (UK, France, Germany)".into();
    doc.topics[1].label = "Snapback of UN sanctions".into();
    doc.topics[2].label = "Security guarantees for Ukraine after a ceasefire".into();
    State::new(doc, 80, 24)
}

/// Matrix columns share the width; a name too long for its column ends
/// with `…` and never runs into the cell after it. (Before: "GeUNCLEAR",
/// "Snapback of UN sancti!AGAINST", and 24-column cells at 200 columns.)
#[test]
fn matrix_names_are_cut_with_an_ellipsis_and_columns_share_the_width() {
    const WORDS: [&str; 6] = ["FAVOR", "AGAINST", "CONDITIONAL", "NEUTRAL", "UNCLEAR", "—"];
    for w in [80u16, 120, 200] {
        let mut s = long_names();
        run(&mut s, &[Action::Resize(w, 40), Action::ToggleMatrix]);
        let t = render(&s, Theme::MONO);
        let text = screen_text(t.backend().buffer());
        for bad in ["GeUNCLEAR", "sancti!", "Germany)—", "Germany)!"] {
            assert!(!text.contains(bad), "{bad} at {w}:\n{text}");
        }
        // Every stance word and dash in the grid follows a space (or `!`
        // after a space): nothing runs into a cell.
        for line in text.lines().filter(|l| l.starts_with('┃')) {
            for word in WORDS {
                for (i, _) in line.match_indices(word) {
                    let before = line[..i].trim_end_matches('!');
                    assert!(
                        before.ends_with(' ') || before.ends_with('·') || before.ends_with('┃'),
                        "{word} runs into what is before it at {w}: {line:?}"
                    );
                }
            }
        }
        if w == 80 {
            assert!(text.contains('…'), "cut names show the cut at {w}:\n{text}");
        } else {
            // Room enough: every name whole.
            assert!(text.contains("E3 (UK, France, Germany)"), "{text}");
            assert!(text.contains("Security guarantees for Ukraine after a ceasefire"));
        }
        if w == 200 {
            // The columns spread over the width: the last topic starts past
            // the middle.
            let head = text.lines().nth(3).unwrap_or("");
            let col = head.find("Security").map(|i| head[..i].chars().count());
            assert!(col.is_some_and(|c| c > 100), "{head}");
        }
    }
}

#[test]
fn matrix_long_names() {
    for w in [80u16, 120, 200] {
        let mut s = long_names();
        run(&mut s, &[Action::Resize(w, 24), Action::ToggleMatrix]);
        let t = render(&s, Theme::COLOR);
        insta::assert_snapshot!(format!("matrix_long_names_{w}x24"), t.backend());
    }
}

/// At 60x20 the matrix does not fit: a mark in its border says so, and
/// paging down reaches Europe's last row, every conflict and the hint.
#[test]
fn matrix_at_60x20_scrolls_to_the_conflicts_and_the_hint() {
    let mut s = state(60, 20);
    update(&mut s, Action::ToggleMatrix);
    let t = render(&s, Theme::COLOR);
    let top = screen_text(t.backend().buffer());
    assert!(top.contains("↓ more: PgDn"), "{top}");
    run(&mut s, &[Action::PageDown, Action::PageDown]);
    let t = render(&s, Theme::COLOR);
    let end = screen_text(t.backend().buffer());
    for want in [
        "! Ukraine joins NATO",
        "FAVOR Ukraine · AGAINST United States",
        "! Ukrainian forces withdraw from the occupied regions",
        "FAVOR Russia · AGAINST Ukraine",
        "arrows move",
        "↑ more: PgUp",
    ] {
        assert!(end.contains(want), "{want} missing:\n{end}");
    }
    insta::assert_snapshot!("matrix_60x20_scrolled_to_the_end", t.backend());
}

#[test]
fn the_replace_question_over_the_export_dialog() {
    let mut s = state(80, 24);
    run(&mut s, &[Action::Export, Action::Submit]);
    s.write_result(Err(standpoint::write::WriteError::Exists(
        "claim-us-nato-ruled-out.md".into(),
    )));
    let t = render(&s, Theme::COLOR);
    insta::assert_snapshot!("export_replace_question_80x24", t.backend());
}

/// A drafted panel's notice is longer than the status line: it is shown
/// whole, wrapped in a band above the status line (which keeps the
/// position), until the next key.
#[test]
fn a_message_too_long_for_the_status_line_is_shown_whole_above_it() {
    // The drafter's own notice, with a long profile name and five
    // speakers' names given to it.
    let names: Vec<String> = [
        "Dario Kelmendi-Ross",
        "Rocco Vanterpool",
        "Benedetta Oyelowo-Fanti",
        "Franco Albescu",
        "Ilaria Demaj",
    ]
    .map(String::from)
    .to_vec();
    let notice = standpoint::draft::profile_notice(
        "data/profiles/default.yaml (bundled default)",
        1,
        7,
        &names,
    );
    snap("long_message", |s| s.message = Some(notice.to_string()));
    for (w, h) in SIZES {
        let mut s = state(w, h);
        s.message = Some(notice.to_string());
        let text = screen_text(render(&s, Theme::COLOR).backend().buffer());
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("to edit and reuse."),
            "cut at {w}x{h}:\n{text}"
        );
        let status = text.lines().last().unwrap_or_default();
        assert!(status.contains("claim 1/"), "the position stays: {status}");
        // The drafter's notice is short enough to take four lines at 80
        // columns (a sixth of a 24-row screen), three at 120.
        let band = text
            .lines()
            .rev()
            .skip(1)
            .take_while(|l| !"┃│┗└".chars().any(|c| l.contains(c)))
            .count();
        assert!(
            text.lines().any(|l| l.contains("--write-profile")),
            "a command is not broken at its hyphens:\n{text}"
        );
        if w >= 80 {
            assert!(
                band <= usize::from(h / 6),
                "{band} lines at {w}x{h}:\n{text}"
            );
        }
        // The next key clears it.
        update(&mut s, Action::NextClaim);
        let text = screen_text(render(&s, Theme::COLOR).backend().buffer());
        assert!(!text.contains("reuse"), "still shown after a key");
    }
}

/// A conflict's second line names each side's parties once; a party with
/// claims on both sides (a draft often has such) is on both, so it never
/// reads as two parties.
#[test]
fn a_conflict_lists_each_sides_parties_once() {
    let mut doc = loader::bundled().unwrap();
    let nato = doc
        .claims
        .iter()
        .position(|c| {
            c.target == "Ukraine joins NATO" && c.stance == standpoint::model::Stance::Against
        })
        .unwrap();
    // The United States in favour too, and Russia against: both sides
    // now have a party of their own facing the United States.
    let russia = doc.parties.iter().position(|p| p.name == "Russia").unwrap();
    for (id, party, stance) in [
        (
            "us-nato-again",
            doc.claims[nato].party,
            standpoint::model::Stance::Favor,
        ),
        ("ru-nato", russia, standpoint::model::Stance::Against),
        ("ru-nato-again", russia, standpoint::model::Stance::Against),
    ] {
        let mut c = doc.claims[nato].clone();
        c.id = id.into();
        c.party = party;
        c.stance = stance;
        doc.claims.push(c);
    }
    let s = State::new(doc, 120, 40);
    let n = s
        .index
        .conflict_targets()
        .iter()
        .position(|c| s.index.target_text(&s.doc, c.target) == "Ukraine joins NATO")
        .unwrap();
    let line = view::conflict_line(&s, n, 1);
    let (favor, against) = line
        .trim()
        .split_once(" · ")
        .unwrap_or_else(|| panic!("{line}"));
    let names = |side: &str, badge: &str| -> Vec<String> {
        let mut v: Vec<String> = side
            .strip_prefix(badge)
            .unwrap_or_else(|| panic!("{line}"))
            .split(", ")
            .map(|n| n.trim().to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        names(favor, "FAVOR "),
        ["Ukraine", "United States"],
        "{line}"
    );
    assert_eq!(
        names(against, "AGAINST "),
        ["Russia", "United States"],
        "{line}"
    );
}
