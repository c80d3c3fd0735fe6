//! Snapshots of the library screens (list, timeline, matrix, search
//! results) rendered from the example library at 120 and 80 columns, and
//! their styles where the highlight matters.

use std::path::PathBuf;

use ratatui::style::Modifier;
use ratatui::text::Line;
use standpoint::library::screens::{
    Action, LibraryList, MatrixView, Outcome, SearchResults, TimelineView,
};
use standpoint::library::search::search;
use standpoint::library::timeline::{matrix, timeline};
use standpoint::library::{DocKind, Library, Quiet};
use standpoint::view::Theme;

fn library(dir: &tempfile::TempDir) -> Library {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/library");
    Library::open_at(&[root], &dir.path().join("i.sqlite"), &mut Quiet)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn text(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of the lines whose every span is in reverse video.
fn reversed(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| {
            !l.spans.is_empty()
                && l.spans.iter().all(|s| {
                    (l.style.patch(s.style))
                        .add_modifier
                        .contains(Modifier::REVERSED)
                })
        })
        .map(|l| text(std::slice::from_ref(l)))
        .collect()
}

const SIZES: [(u16, u16); 2] = [(120, 16), (80, 14)];

#[test]
fn library_list() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = library(&dir);
    let docs = lib.documents().unwrap_or_default();
    let shown = docs.iter().map(|d| lib.shown(&d.path)).collect();
    let mut l = LibraryList::new(docs, shown);
    l.update(Action::Down, 5);
    for (w, h) in SIZES {
        let lines = l.render(w, h, &Theme::COLOR);
        insta::assert_snapshot!(format!("library_list_{w}"), text(&lines));
        assert_eq!(
            reversed(&lines).len(),
            1,
            "one cursor row at {w} columns: {:?}",
            reversed(&lines)
        );
    }
    for c in "kessel".chars() {
        l.update(Action::Type(c), 5);
    }
    let lines = l.render(80, 8, &Theme::COLOR);
    insta::assert_snapshot!("library_list_filtered_80", text(&lines));
    match l.update(Action::Enter, 5) {
        Outcome::Open { path, kind, offset } => {
            assert!(path.ends_with("lira-2025-03-18.yaml"));
            assert_eq!((kind, offset), (DocKind::Annotated, None));
        }
        o => panic!("{o:?}"),
    }
}

#[test]
fn timeline_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = library(&dir);
    let t = timeline(&lib, "ostrevia", "water").unwrap_or_else(|e| panic!("{e}"));
    let shown = t.entries.iter().map(|e| lib.shown(&e.doc.path)).collect();
    let mut v = TimelineView::new(t, shown);
    for _ in 0..5 {
        v.update(Action::Down, 5);
    }
    for (w, h) in SIZES {
        let lines = v.render(w, h, &Theme::COLOR);
        insta::assert_snapshot!(format!("library_timeline_{w}"), text(&lines));
        let cur = reversed(&lines);
        assert_eq!(cur.len(), 1);
        assert!(cur[0].contains("CONDITIONAL"), "{cur:?}");
    }
    match v.update(Action::Enter, 5) {
        Outcome::Open { path, offset, .. } => {
            let article = std::fs::read_to_string(path.with_extension("txt")).unwrap_or_default();
            let at = offset.unwrap_or(0);
            assert!(article[at..].starts_with("We can live with a quota"));
        }
        o => panic!("{o:?}"),
    }
}

#[test]
fn matrix_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = library(&dir);
    let m = matrix(&lib).unwrap_or_else(|e| panic!("{e}"));
    let mut v = MatrixView::new(m);
    v.update(Action::Down, 5);
    v.update(Action::Right, 5);
    v.update(Action::Right, 5);
    for (w, h) in SIZES {
        let lines = v.render(w, h, &Theme::COLOR);
        insta::assert_snapshot!(format!("library_matrix_{w}"), text(&lines));
    }
    assert_eq!(
        v.update(Action::Enter, 5),
        Outcome::Timeline {
            party: "ostrevia".into(),
            topic: "water".into()
        }
    );
}

#[test]
fn search_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = library(&dir);
    let mut s = SearchResults::new();
    let mut last = Outcome::None;
    for c in "quota".chars() {
        last = s.update(Action::Type(c), 5);
    }
    let Outcome::Search(q) = last else {
        panic!("{last:?}")
    };
    let hits = search(&lib, &q, 50).unwrap_or_default();
    let shown = hits.iter().map(|h| lib.shown(&h.doc.path)).collect();
    s.set_hits(hits, shown);
    s.update(Action::Down, 5);
    for (w, h) in SIZES {
        let lines = s.render(w, h, &Theme::COLOR);
        insta::assert_snapshot!(format!("library_search_{w}"), text(&lines));
        // Every result shows its match highlighted, and it reads "quota".
        let theme = Theme::COLOR;
        let marked: Vec<String> = lines
            .iter()
            .flat_map(|l| &l.spans)
            .filter(|sp| sp.style.bg == theme.search_match(true).bg && sp.style.bg.is_some())
            .map(|sp| sp.content.to_lowercase())
            .collect();
        assert!(!marked.is_empty());
        assert!(marked.iter().all(|m| m.starts_with("quota")), "{marked:?}");
    }
    match s.update(Action::Enter, 5) {
        Outcome::Open { path, offset, .. } => {
            let article = std::fs::read_to_string(path.with_extension("txt")).unwrap_or_default();
            let at = offset.unwrap_or(0);
            assert!(
                article.get(at..).is_some(),
                "offset {at} in {}",
                path.display()
            );
        }
        o => panic!("{o:?}"),
    }
}
