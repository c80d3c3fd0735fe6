use super::*;
use crate::export::{Format, View};
use crate::keys;
use crate::layout::Pos;
use crate::loader;
use crate::write::WriteError;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::PathBuf;

fn state(w: u16, h: u16) -> State {
    State::new(loader::bundled().unwrap(), w, h)
}

fn id(s: &State) -> &str {
    s.selected.map_or("", |c| s.doc.claims[c].id.as_str())
}

fn idx(s: &State, id: &str) -> usize {
    s.doc.claim_index(id).unwrap()
}

fn run(s: &mut State, actions: &[Action]) -> Effect {
    let mut last = Effect::None;
    for &a in actions {
        last = update(s, a);
    }
    last
}

fn type_search(s: &mut State, q: &str) {
    update(s, Action::SearchStart);
    for c in q.chars() {
        update(s, Action::Type(c));
    }
    update(s, Action::Submit);
}

fn key_action(s: &State, ev: &KeyEvent) -> Option<Action> {
    keys::lookup(s.context(), ev)
}

fn cursor(s: &State) -> Option<(usize, usize)> {
    s.matrix().map(|m| (m.party, m.topic))
}

/// The selected quote's first and last rows are on screen.
fn quote_on_screen(s: &State) -> bool {
    let Some(c) = s.selected else { return false };
    let span = s.doc.claims[c].span;
    let (vs, ve) = s.visible_bytes();
    vs <= span.start && span.end <= ve
}

#[test]
fn starts_on_the_panel_with_the_first_claim_in_view() {
    let s = state(80, 24);
    assert_eq!(s.focus, Focus::Panel);
    assert_eq!(id(&s), "us-nato-ruled-out");
    assert!(quote_on_screen(&s));
    assert_eq!(s.claim_position(), Some((1, 13)));
}

#[test]
fn j_k_g_move_in_panel_order_and_scroll_the_article() {
    let mut s = state(80, 24);
    run(&mut s, &[Action::NextClaim]);
    assert_eq!(id(&s), "us-territory-negotiations");
    run(&mut s, &[Action::PrevClaim, Action::PrevClaim]);
    assert_eq!(id(&s), "us-nato-ruled-out", "k at the first claim stays");
    run(&mut s, &[Action::LastClaim]);
    assert_eq!(id(&s), "ua-territory-by-diplomacy");
    assert_eq!(s.claim_position(), Some((13, 13)));
    assert!(quote_on_screen(&s));
    assert!(s.top > Pos::default(), "the article scrolled down");
    run(&mut s, &[Action::FirstClaim]);
    assert_eq!(id(&s), "us-nato-ruled-out");
    // Every claim, one by one, brings its quote on screen.
    for _ in 0..12 {
        update(&mut s, Action::NextClaim);
        assert!(quote_on_screen(&s), "{} not on screen", id(&s));
    }
}

#[test]
fn brackets_follow_article_order_from_either_pane() {
    let mut s = state(80, 24);
    let order = s.doc.claims_in_article_order();
    update(&mut s, Action::FirstClaim);
    let start = order.iter().position(|&c| Some(c) == s.selected).unwrap();
    update(&mut s, Action::NextInArticle);
    assert_eq!(s.selected, Some(order[start + 1]));
    update(&mut s, Action::ToggleFocus);
    assert_eq!(s.focus, Focus::Article);
    update(&mut s, Action::PrevInArticle);
    assert_eq!(s.selected, Some(order[start]));
    // At the ends: a message, no move.
    s.select(order[0]);
    update(&mut s, Action::PrevInArticle);
    assert_eq!(s.selected, Some(order[0]));
    assert!(s.message.is_some());
}

#[test]
fn tab_switches_j_from_claims_to_scrolling() {
    let mut s = state(80, 24);
    run(&mut s, &[Action::ToggleFocus]);
    assert_eq!(s.context(), Context::Article);
    s.top = Pos::default();
    let sel = s.selected;
    let ev = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    let a = key_action(&s, &ev).unwrap();
    assert_eq!(a, Action::ScrollDown);
    update(&mut s, a);
    assert_eq!(s.selected, sel);
    assert_eq!(s.top, Pos { line: 0, row: 1 });
    update(&mut s, Action::ToggleFocus);
    assert_eq!(key_action(&s, &ev), Some(Action::NextClaim));
}

#[test]
fn article_scrolling_pages_and_clamps() {
    let mut s = state(80, 24);
    let h = s.article_height();
    s.top = Pos::default();
    update(&mut s, Action::PageDown);
    let a = &s.doc.article;
    assert_eq!(s.top, s.layout.forward(a, Pos::default(), h - 1));
    update(&mut s, Action::PageUp);
    assert_eq!(s.top, Pos::default());
    update(&mut s, Action::ScrollUp);
    assert_eq!(s.top, Pos::default());
    update(&mut s, Action::Bottom);
    let bottom = s.top;
    assert_eq!(s.scroll_percent(), 100);
    let (_, ve) = s.visible_bytes();
    assert_eq!(ve, s.doc.article.text().len());
    run(&mut s, &[Action::ScrollDown, Action::PageDown]);
    assert_eq!(s.top, bottom, "cannot scroll past the end");
    update(&mut s, Action::Top);
    assert_eq!(s.top, Pos::default());
    assert_eq!(s.scroll_percent(), 0);
}

#[test]
fn panel_marks_the_claims_in_view() {
    let mut s = state(80, 24);
    update(&mut s, Action::Top);
    let first = idx(&s, "us-territory-negotiations");
    let last = idx(&s, "ua-nato-role");
    assert!(s.claim_in_view(first));
    assert!(!s.claim_in_view(last));
    update(&mut s, Action::Bottom);
    assert!(!s.claim_in_view(first));
    assert!(s.claim_in_view(last));
}

#[test]
fn filters_cycle_and_esc_clears_them() {
    let mut s = state(120, 40);
    update(&mut s, Action::CycleTopic);
    assert_eq!(s.topic_filter, Some(0));
    let nato: Vec<&str> = s
        .visible_claims()
        .iter()
        .map(|&c| s.doc.claims[c].id.as_str())
        .collect();
    assert_eq!(nato, vec!["us-nato-ruled-out", "ua-nato-role"]);
    run(
        &mut s,
        &[Action::CycleTopic, Action::CycleTopic, Action::CycleTopic],
    );
    assert_eq!(s.topic_filter, None);
    assert_eq!(s.visible_claims().len(), 13);
    // Party filter: Europe has nothing, and says so on every topic.
    run(&mut s, &[Action::CycleParty; 4]);
    assert_eq!(s.party_filter, Some(3));
    assert!(s.visible_claims().is_empty());
    assert_eq!(s.selected, None);
    let none = s
        .panel
        .iter()
        .filter(|l| **l == PanelLine::NoPosition)
        .count();
    assert_eq!(none, 3);
    assert_eq!(update(&mut s, Action::NextClaim), Effect::None);
    update(&mut s, Action::CycleParty);
    assert_eq!(s.party_filter, None);
    run(&mut s, &[Action::CycleParty, Action::CycleTopic]);
    assert_eq!(s.visible_claims().len(), 1, "us on nato");
    assert_eq!(update(&mut s, Action::Escape), Effect::None);
    assert_eq!((s.party_filter, s.topic_filter), (None, None));
    assert_eq!(s.visible_claims().len(), 13);
}

#[test]
fn a_filter_keeps_a_selection_it_still_shows() {
    let mut s = state(120, 40);
    s.select(idx(&s, "ru-no-ceasefire-on-front-line"));
    update(&mut s, Action::CycleTopic); // nato: the claim is filtered out
    assert_eq!(id(&s), "us-nato-ruled-out");
    update(&mut s, Action::CycleTopic); // territory
    s.select(idx(&s, "ru-no-ceasefire-on-front-line"));
    update(&mut s, Action::CycleParty); // us: gone again
    assert_eq!(id(&s), "us-territory-negotiations");
}

#[test]
fn matrix_marks_conflicts_and_a_cell_filters_the_list() {
    let mut s = state(120, 40);
    let (us, ru, ua) = (0, 1, 2);
    let (nato, territory) = (0, 1);
    assert!(
        s.index.cell_conflict(us, nato),
        "us against / ua favor NATO"
    );
    assert!(s.index.cell_conflict(ua, nato));
    assert!(
        s.index.cell_conflict(ru, territory),
        "withdrawal: ru favor / ua against"
    );
    assert!(!s.index.cell_conflict(us, territory));
    assert!(s.index.cell(3, nato).is_empty() && !s.index.cell_conflict(3, nato));
    update(&mut s, Action::ToggleMatrix);
    assert_eq!(
        cursor(&s),
        Some((us, nato)),
        "cursor on the selected claim's cell"
    );
    assert_eq!(s.context(), Context::Matrix);
    run(
        &mut s,
        &[
            Action::MatrixDown,
            Action::MatrixDown,
            Action::MatrixRight,
            Action::MatrixRight,
        ],
    );
    assert_eq!(cursor(&s), Some((ua, 2)));
    run(&mut s, &[Action::MatrixLeft, Action::MatrixChoose]);
    assert_eq!(cursor(&s), None);
    assert_eq!(
        (s.party_filter, s.topic_filter),
        (Some(ua), Some(territory))
    );
    let ids: Vec<&str> = s
        .visible_claims()
        .iter()
        .map(|&c| s.doc.claims[c].id.as_str())
        .collect();
    assert_eq!(
        ids,
        vec!["ua-rejects-withdrawal", "ua-territory-by-diplomacy"]
    );
    // Esc closes the matrix without choosing.
    run(
        &mut s,
        &[Action::ToggleMatrix, Action::MatrixUp, Action::Escape],
    );
    assert_eq!(cursor(&s), None);
    assert_eq!(s.party_filter, Some(ua));
}

#[test]
fn search_counts_steps_and_clears() {
    let mut s = state(80, 24);
    update(&mut s, Action::SearchStart);
    assert!(s.prompt().is_some());
    assert_eq!(s.context(), Context::Search);
    // While typing, keys are text, not commands.
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(key_action(&s, &q), Some(Action::Type('q')));
    update(&mut s, Action::Escape);
    assert_eq!(s.search, Search::default());
    assert!(s.prompt().is_none());
    // Matches are counted as the query is typed.
    update(&mut s, Action::SearchStart);
    for c in "Puti".chars() {
        update(&mut s, Action::Type(c));
    }
    assert_eq!(s.search.matches.len(), 2);
    assert_eq!(s.search.current, None);
    update(&mut s, Action::Type('x'));
    assert_eq!(s.search.matches.len(), 0);
    update(&mut s, Action::Backspace);
    assert_eq!(s.search.matches.len(), 2);
    update(&mut s, Action::Escape);
    assert_eq!(
        s.search,
        Search::default(),
        "Esc while typing clears it all"
    );
    type_search(&mut s, "NATO");
    assert_eq!(s.search.matches.len(), 2, "NATO x2");
    let first = s.search.current.unwrap();
    update(&mut s, Action::SearchNext);
    assert_eq!(s.search.current, Some((first + 1) % 2));
    run(&mut s, &[Action::SearchPrev, Action::SearchPrev]);
    assert_eq!(s.search.current, Some((first + 1) % 2));
    type_search(&mut s, "the");
    assert!(s.search.matches.len() > 10);
    let n = s.search.matches.len();
    let first = s.search.current.unwrap();
    run(&mut s, &[Action::SearchPrev, Action::SearchPrev]);
    assert_eq!(s.search.current, Some((first + n - 2) % n));
    let m = s.search.matches[s.search.current.unwrap()];
    let (vs, ve) = s.visible_bytes();
    assert!(vs <= m.start && m.end <= ve, "the match is on screen");
    update(&mut s, Action::Escape);
    assert!(!s.search.is_active());
    // Nothing found: a message, no crash on n.
    type_search(&mut s, "zzzz");
    assert!(s.search.matches.is_empty());
    assert!(s.message.as_deref().unwrap_or("").contains("no match"));
    update(&mut s, Action::SearchNext);
    assert!(s.message.is_some());
    // Backspace edits.
    update(&mut s, Action::SearchStart);
    for a in [Action::Type('k'), Action::Type('x'), Action::Backspace] {
        update(&mut s, a);
    }
    assert_eq!(s.prompt().map(|p| p.input.as_str()), Some("k"));
}

#[test]
fn search_is_ascii_case_insensitive() {
    let mut s = state(80, 24);
    type_search(&mut s, "kremlin");
    assert_eq!(s.search.matches.len(), 1);
}

#[test]
fn esc_closes_in_order_and_never_quits() {
    let mut s = state(80, 24);
    run(&mut s, &[Action::CycleParty]);
    type_search(&mut s, "Putin");
    run(&mut s, &[Action::ToggleMatrix, Action::ToggleHelp]);
    assert!(s.help().is_some());
    assert_eq!(s.modes().len(), 2, "the help over the matrix");
    assert_eq!(update(&mut s, Action::Escape), Effect::None);
    assert!(s.help().is_none() && s.matrix().is_some());
    update(&mut s, Action::Escape);
    assert!(s.matrix().is_none() && s.search.is_active());
    update(&mut s, Action::Escape);
    assert!(!s.search.is_active() && s.party_filter.is_some());
    update(&mut s, Action::Escape);
    assert!(s.party_filter.is_none());
    for _ in 0..3 {
        assert_eq!(update(&mut s, Action::Escape), Effect::None);
    }
    assert_eq!(update(&mut s, Action::Quit), Effect::Quit);
}

#[test]
fn help_scrolls_and_takes_the_keys() {
    let mut s = state(80, 24);
    let sel = s.selected;
    run(
        &mut s,
        &[Action::ToggleHelp, Action::ScrollDown, Action::ScrollDown],
    );
    assert_eq!(s.help().map(|h| h.scroll), Some(2));
    assert_eq!(s.selected, sel, "j scrolls the help, not the panel");
    update(&mut s, Action::ToggleHelp);
    assert!(s.help().is_none());
}

#[test]
fn resize_keeps_the_place_and_the_selection() {
    let mut s = state(80, 24);
    run(
        &mut s,
        &[Action::ToggleFocus, Action::Bottom, Action::ScrollUp],
    );
    let sel = s.selected;
    assert!(!s.claim_in_view(sel.unwrap()));
    let anchor = s.visible_bytes().0;
    update(&mut s, Action::Resize(60, 20));
    assert!(!s.screen.side_by_side);
    assert_eq!(s.layout.width(), 56, "60 columns less borders and margins");
    assert_eq!(s.selected, sel);
    let (vs, ve) = s.visible_bytes();
    assert!(
        vs <= anchor && anchor < ve.max(vs + 1),
        "the old top row is still on screen"
    );
    // The selected quote, on screen before, is on screen after.
    let mut s = state(120, 40);
    update(&mut s, Action::Resize(70, 22));
    assert!(quote_on_screen(&s));
    update(&mut s, Action::Resize(45, 14));
    assert!(quote_on_screen(&s));
    for (w, h) in [(1, 1), (0, 0), (2, 3), (29, 7), (300, 100), (100, 8)] {
        update(&mut s, Action::Resize(w, h));
        run(
            &mut s,
            &[
                Action::NextClaim,
                Action::PageDown,
                Action::Bottom,
                Action::SearchNext,
            ],
        );
    }
}

#[test]
fn export_dialog_proposes_the_selected_view_and_asks_before_replacing() {
    let mut s = state(120, 40);
    update(&mut s, Action::Export);
    let d = s.dialog().cloned().unwrap();
    assert_eq!(d.current_view(), &View::Claim("us-nato-ruled-out".into()));
    assert_eq!(d.choice.file_name(), "claim-us-nato-ruled-out.md");
    assert_eq!(s.context(), Context::Export);
    run(&mut s, &[Action::DialogNextFormat]);
    assert_eq!(
        s.dialog().unwrap().choice.file_name(),
        "claim-us-nato-ruled-out.json"
    );
    run(&mut s, &[Action::DialogPrevFormat]);
    let eff = update(&mut s, Action::Submit);
    let Effect::Write {
        path,
        text,
        overwrite,
    } = eff
    else {
        panic!("{eff:?}")
    };
    assert_eq!(path, PathBuf::from("claim-us-nato-ruled-out.md"));
    assert!(!overwrite);
    assert!(!text.is_empty());
    s.write_result(Err(WriteError::Exists(path.display().to_string())));
    assert_eq!(s.context(), Context::Confirm, "a question over the dialog");
    assert!(s.confirm().unwrap().question.contains("Replace it?"));
    // A key that answers nothing says which do.
    update(&mut s, Action::Answer('x'));
    assert!(s.message.as_deref().unwrap().contains("y replace it"));
    let eff = update(&mut s, Action::Answer('y'));
    assert!(
        matches!(
            eff,
            Effect::Write {
                overwrite: true,
                ..
            }
        ),
        "{eff:?}"
    );
    s.write_result(Ok(()));
    assert!(s.dialog().is_none() && s.modes().is_empty());
    let lines = text.lines().count();
    assert_eq!(
        s.message.as_deref(),
        Some(format!("wrote {lines} lines to claim-us-nato-ruled-out.md").as_str())
    );
    // n keeps the file and goes back to the dialog; Esc cancels.
    run(&mut s, &[Action::Export, Action::Submit]);
    s.write_result(Err(WriteError::Exists("x".into())));
    update(&mut s, Action::Answer('n'));
    assert_eq!(s.context(), Context::Export);
    assert!(s
        .message
        .as_deref()
        .unwrap()
        .contains("kept the existing file"));
    assert_eq!(
        update(&mut s, Action::Answer('y')),
        Effect::None,
        "y without a question does nothing"
    );
    // Esc on the question is the same as n.
    update(&mut s, Action::Submit);
    s.write_result(Err(WriteError::Exists("x".into())));
    update(&mut s, Action::Escape);
    assert_eq!(s.context(), Context::Export);
    update(&mut s, Action::Escape);
    assert!(s.dialog().is_none());
}

#[test]
fn export_view_follows_filters_and_matrix() {
    let mut s = state(120, 40);
    update(&mut s, Action::CycleParty);
    assert_eq!(s.export_views()[0], View::Party("us".into()));
    update(&mut s, Action::CycleTopic);
    assert_eq!(s.export_views()[0], View::Party("us".into()));
    assert_eq!(s.export_views()[1], View::Topic("nato".into()));
    update(&mut s, Action::ToggleMatrix);
    assert_eq!(s.export_views()[0], View::Matrix);
    run(&mut s, &[Action::Escape, Action::Export]);
    assert_eq!(s.dialog().unwrap().choice.file_name(), "party-us.md");
}

#[test]
fn copy_gives_the_text_and_says_so() {
    let mut s = state(120, 40);
    let eff = update(&mut s, Action::Copy);
    let Effect::Copy(copied) = eff else {
        panic!("{eff:?}")
    };
    let want = crate::export::render(
        &s.doc,
        &View::Claim("us-nato-ruled-out".into()),
        Format::Markdown,
        80,
    )
    .unwrap();
    assert_eq!(copied.text, want);
    let n = want.lines().count();
    s.copy_result(&copied, Ok(()), None);
    assert_eq!(
        s.message.as_deref(),
        Some(format!("sent claim:us-nato-ruled-out as Markdown ({n} lines) by OSC 52").as_str())
    );
    s.copy_result(&copied, Ok(()), Some(Multiplexer::Tmux));
    assert!(s
        .message
        .as_deref()
        .unwrap()
        .contains("set -g set-clipboard on"));
}

#[test]
fn file_names_are_safe() {
    assert_eq!(
        file_name(&View::Party("us".into()), Format::Markdown),
        "party-us.md"
    );
    assert_eq!(
        file_name(&View::Claim("../x/y".into()), Format::Text),
        "claim----x-y.txt"
    );
    assert_eq!(file_name(&View::Matrix, Format::Json), "matrix.json");
}

#[test]
fn mouse_clicks_select_and_the_wheel_scrolls() {
    let mut s = state(120, 40);
    // Click on the row of a claim in the panel.
    let pi = s.screen.panel_inner();
    let target = idx(&s, "us-territory-negotiations");
    let row = s
        .panel
        .iter()
        .position(|l| l.claim() == Some(target))
        .unwrap()
        - s.panel_top;
    update(
        &mut s,
        Action::Click {
            col: pi.x + 5,
            row: pi.y + row as u16,
        },
    );
    assert_eq!(s.selected, Some(target));
    // Click on a quote in the article.
    let other = idx(&s, "ru-no-ceasefire-on-front-line");
    let span = s.doc.claims[other].span;
    let (pos, col) = s.layout.locate(&s.doc.article, span.start + 2);
    let ai = s.screen.article_inner();
    let mut rows = 0;
    let w = s.layout.window(&s.doc.article, s.top, s.article_height());
    for (i, (p, _)) in w.iter().enumerate() {
        if *p == pos {
            rows = i;
        }
    }
    update(
        &mut s,
        Action::Click {
            col: ai.x + col as u16,
            row: ai.y + rows as u16,
        },
    );
    assert_eq!(s.selected, Some(other));
    // Clicking outside any quote changes nothing.
    update(&mut s, Action::Click { col: 0, row: 0 });
    assert_eq!(s.selected, Some(other));
    // Wheel over the article scrolls it (at a size where it can scroll).
    let mut s = state(80, 24);
    update(&mut s, Action::Top);
    let a = s.screen.article_inner();
    update(
        &mut s,
        Action::Wheel {
            col: a.x + 1,
            row: a.y + 1,
            down: true,
        },
    );
    assert_eq!(s.top, Pos { line: 0, row: 3 });
    let p = s.screen.panel_inner();
    let before = s.panel_top;
    update(
        &mut s,
        Action::Wheel {
            col: p.x + 1,
            row: p.y + 1,
            down: true,
        },
    );
    assert_eq!(s.panel_top, before + 3);
}

#[test]
fn page_keys_in_the_panel_move_by_a_screenful() {
    let mut s = state(80, 24);
    let h = s.panel_height();
    update(&mut s, Action::PanelPageDown);
    let (i, _) = s.claim_position().unwrap();
    assert!(i > 1, "moved down");
    // The new claim starts about a page below the old one.
    let row = |s: &State| {
        s.panel
            .iter()
            .position(|l| l.claim() == s.selected)
            .unwrap()
    };
    assert!(row(&s) >= h - 1, "row {} for a panel of {h}", row(&s));
    assert!(quote_on_screen(&s));
    update(&mut s, Action::PanelPageUp);
    assert_eq!(s.claim_position(), Some((1, 13)));
    for _ in 0..20 {
        update(&mut s, Action::PanelPageDown);
    }
    assert_eq!(
        s.claim_position(),
        Some((13, 13)),
        "stops at the last claim"
    );
    // In the article pane the same keys page the article.
    update(&mut s, Action::ToggleFocus);
    let ev = KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(key_action(&s, &ev), Some(Action::PageDown));
}

/// The party whose heading the panel shows for the selected claim: on its
/// sticky first row, or as a row on screen above the claim.
fn heading_shown(s: &State) -> Option<usize> {
    let w = s.panel_window();
    let sel = s.selected?;
    let row = s.panel.iter().position(|l| l.claim() == Some(sel))?;
    assert!(
        w.first <= row && row < w.first + w.rows,
        "the claim is on screen"
    );
    let above = s.panel[w.first..row.min(w.first + w.rows)]
        .iter()
        .rev()
        .find_map(|l| match l {
            PanelLine::Party(p) => Some(*p),
            _ => None,
        });
    above.or(w.heading)
}

#[test]
fn the_selected_claims_party_heading_is_always_shown() {
    for (w, h) in [(80, 24), (60, 20), (120, 40), (45, 14)] {
        let mut s = state(w, h);
        let mut steps = vec![Action::LastClaim, Action::FirstClaim];
        steps.extend([Action::NextClaim; 12]);
        steps.extend([Action::PrevClaim; 12]);
        steps.extend([
            Action::PanelPageDown,
            Action::PanelPageUp,
            Action::LastClaim,
        ]);
        for a in steps {
            update(&mut s, a);
            let party = s.doc.claims[s.selected.unwrap()].party;
            assert_eq!(
                heading_shown(&s),
                Some(party),
                "{a:?} at {w}x{h}: {}",
                id(&s)
            );
        }
    }
}

#[test]
fn the_rows_after_the_last_claim_are_reachable() {
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let mut s = state(w, h);
        update(&mut s, Action::LastClaim);
        for _ in 0..30 {
            update(&mut s, Action::NextClaim);
        }
        let win = s.panel_window();
        assert_eq!(
            win.first + win.rows,
            s.panel.len(),
            "{w}x{h}: the end of the panel"
        );
        assert_eq!(id(&s), "ua-territory-by-diplomacy", "still the last claim");
        // k brings the selection back on screen.
        update(&mut s, Action::PrevClaim);
        let row = s
            .panel
            .iter()
            .position(|l| l.claim() == s.selected)
            .unwrap();
        let win = s.panel_window();
        assert!(win.first <= row && row < win.first + win.rows);
    }
}

#[test]
fn the_article_percentage_goes_down_steadily_from_the_end() {
    let mut s = state(80, 24);
    run(&mut s, &[Action::ToggleFocus, Action::Bottom]);
    assert_eq!(s.scroll_percent(), 100);
    update(&mut s, Action::ScrollUp);
    let first = s.scroll_percent();
    assert!(
        (90..100).contains(&first),
        "one line up from the end: {first}%"
    );
    let mut last = first;
    let mut distinct = 1;
    while s.top != Pos::default() {
        update(&mut s, Action::ScrollUp);
        let p = s.scroll_percent();
        assert!(p <= last, "{p}% after {last}%");
        distinct += usize::from(p < last);
        last = p;
    }
    assert_eq!(last, 0);
    assert!(distinct > 10, "the figure moves as the article does");
}

#[test]
fn search_folds_quote_marks_and_dashes_like_anchoring() {
    let mut s = state(80, 24);
    type_search(&mut s, "we’re");
    let curly = s.search.matches.clone();
    assert_eq!(curly.len(), 3);
    type_search(&mut s, "we're");
    assert_eq!(s.search.matches, curly, "straight finds the curly ones");
    type_search(&mut s, "WE'RE");
    assert_eq!(s.search.matches, curly);
}

#[test]
fn c_says_what_it_toggled() {
    let mut s = state(80, 24);
    update(&mut s, Action::ToggleTint);
    assert!(!s.tint);
    assert!(s.message.as_deref().unwrap().contains("party colours off"));
    update(&mut s, Action::ToggleTint);
    assert!(s.message.as_deref().unwrap().contains("party colours on"));
}

#[test]
fn matrix_scrolls_to_its_conflicts_and_hint_at_small_sizes() {
    let mut s = state(60, 20);
    update(&mut s, Action::ToggleMatrix);
    let layout = s.matrix_layout();
    let h = s.screen.matrix_inner().height as usize;
    assert!(layout.len() > h, "the matrix does not fit at 60x20");
    // Down to the last party: its rows come into view.
    run(&mut s, &[Action::MatrixDown; 3]);
    let win = s.matrix_window(&layout);
    let (first, last) = layout.cursor_rows(3, 0);
    assert!(
        win.first <= first && last < win.first + win.rows,
        "Europe's rows on screen"
    );
    // Page down to the end: the conflicts and the hint, under the topics.
    run(&mut s, &[Action::PageDown; 3]);
    let win = s.matrix_window(&layout);
    assert!(win.header);
    assert_eq!(win.rows + 1, h);
    assert_eq!(win.first + win.rows, layout.len());
    assert_eq!(layout.row(layout.len() - 1), MatrixRow::Hint);
    let shown: Vec<MatrixRow> = (win.first..win.first + win.rows)
        .map(|i| layout.row(i))
        .collect();
    assert!(shown.contains(&MatrixRow::ConflictHeading));
    assert!(shown.contains(&MatrixRow::Conflict { n: 1, line: 1 }));
    // Back up to the top.
    run(&mut s, &[Action::PageUp; 3]);
    assert_eq!(s.matrix_window(&layout).first, 0);
}

#[test]
fn one_mode_of_each_kind_and_esc_from_the_top() {
    let mut s = state(120, 40);
    run(&mut s, &[Action::ToggleMatrix, Action::Export]);
    assert_eq!(s.context(), Context::Export);
    assert_eq!(s.export_views()[0], View::Matrix);
    update(&mut s, Action::Escape);
    assert_eq!(s.context(), Context::Matrix);
    assert_eq!(s.message.as_deref(), Some("export cancelled"));
    // The search prompt over the matrix; Enter closes only the prompt.
    run(
        &mut s,
        &[Action::SearchStart, Action::Type('N'), Action::Submit],
    );
    assert_eq!(s.context(), Context::Matrix);
    assert!(s.search.is_active());
    s.push(Mode::Help(Help::default()));
    s.push(Mode::Help(Help { scroll: 3 }));
    assert_eq!(s.modes().len(), 2, "one help");
    update(&mut s, Action::Escape);
    update(&mut s, Action::Escape);
    assert!(s.modes().is_empty());
}

#[test]
fn a_drafted_panels_notice_is_the_first_status_message() {
    let mut doc = loader::bundled().unwrap();
    doc.notice = Some("The profile P does not fit".into());
    let s = State::new(doc, 120, 40);
    assert_eq!(s.message.as_deref(), Some("The profile P does not fit"));
    // An annotation has no notice: nothing is said at start.
    assert_eq!(state(120, 40).message, None);
}
