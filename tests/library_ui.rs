//! The library in the app (`standpoint DIR`), on the example library:
//! whole-screen snapshots of the list, the timeline, the matrix and search
//! results at 120x40 and 80x24 (TestBackend), and the flow from the list
//! to the reader and back, through the timeline, the matrix and search,
//! with the real index ([`perform`]).

use std::path::PathBuf;

use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use ratatui::Terminal;
use standpoint::action::{Action, Effect};
use standpoint::app::library::{perform, update, LibMode, LibraryApp};
use standpoint::export::Format;
use standpoint::keys::Context;
use standpoint::library::export::{render, LibraryView};
use standpoint::library::{Library, Quiet};
use standpoint::view::library::draw_library;
use standpoint::view::Theme;

fn library(dir: &tempfile::TempDir) -> Library {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/library");
    Library::open_at(&[root], &dir.path().join("i.sqlite"), &mut Quiet)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn app(lib: &Library, w: u16, h: u16) -> LibraryApp {
    let docs = lib.documents().unwrap_or_else(|e| panic!("{e}"));
    let shown = docs.iter().map(|d| lib.shown(&d.path)).collect();
    LibraryApp::new(docs, shown, w, h)
}

/// Update and carry out the work; a document asked for is loaded at once
/// (the shell loads it on another thread).
fn act(a: &mut LibraryApp, lib: &mut Library, action: Action) -> Effect {
    let work = update(a, action);
    let effect = perform(a, lib, work);
    if let Some(o) = a.opening.clone() {
        a.loaded(&o.summary.path, Library::load_file(&o.summary));
    }
    effect
}

fn typed(a: &mut LibraryApp, lib: &mut Library, text: &str) {
    for c in text.chars() {
        act(a, lib, Action::Type(c));
    }
}

fn terminal(a: &LibraryApp) -> Terminal<TestBackend> {
    let mut t =
        Terminal::new(TestBackend::new(a.width, a.height)).unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| draw_library(f, a, &Theme::COLOR))
        .unwrap_or_else(|e| panic!("{e}"));
    t
}

/// The text of the rows with cells in reverse video (the cursor), the
/// status line (the last row) left out.
fn reversed_rows(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    let area = buf.area;
    (area.top()..area.bottom().saturating_sub(1))
        .filter(|&y| {
            (area.left()..area.right()).any(|x| {
                buf.cell((x, y))
                    .is_some_and(|c| c.modifier.contains(Modifier::REVERSED))
            })
        })
        .map(|y| row(buf, y))
        .collect()
}

/// Row `y` of the screen, as text without trailing spaces.
fn row(buf: &ratatui::buffer::Buffer, y: u16) -> String {
    (buf.area.left()..buf.area.right())
        .filter_map(|x| buf.cell((x, y)).map(|c| c.symbol().to_string()))
        .collect::<String>()
        .trim_end()
        .to_string()
}

const SIZES: [(u16, u16); 2] = [(120, 40), (80, 24)];

#[test]
fn list_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    for (w, h) in SIZES {
        let mut a = app(&lib, w, h);
        act(&mut a, &mut lib, Action::ScrollDown);
        let t = terminal(&a);
        insta::assert_snapshot!(format!("list_{w}x{h}"), t.backend());
        let rev = reversed_rows(&t);
        assert_eq!(rev.len(), 1, "{rev:?}");
        assert!(rev[0].contains("2025-02-20"), "{rev:?}");
        // Filtered.
        typed(&mut a, &mut lib, "valdoria");
        insta::assert_snapshot!(format!("list_filtered_{w}x{h}"), terminal(&a).backend());
    }
}

#[test]
fn timeline_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    for (w, h) in SIZES {
        let mut a = app(&lib, w, h);
        act(&mut a, &mut lib, Action::LibraryTimeline);
        assert_eq!(a.context(), Context::Timeline, "{:?}", a.message);
        act(&mut a, &mut lib, Action::Bottom);
        let t = terminal(&a);
        insta::assert_snapshot!(format!("timeline_{w}x{h}"), t.backend());
        assert_eq!(reversed_rows(&t).len(), 1);
    }
}

#[test]
fn matrix_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    for (w, h) in SIZES {
        let mut a = app(&lib, w, h);
        act(&mut a, &mut lib, Action::ToggleMatrix);
        assert_eq!(a.context(), Context::LibraryMatrix);
        act(&mut a, &mut lib, Action::MatrixDown);
        act(&mut a, &mut lib, Action::MatrixRight);
        act(&mut a, &mut lib, Action::MatrixRight);
        insta::assert_snapshot!(format!("matrix_{w}x{h}"), terminal(&a).backend());
    }
}

#[test]
fn search_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    for (w, h) in SIZES {
        let mut a = app(&lib, w, h);
        act(&mut a, &mut lib, Action::SearchStart);
        typed(&mut a, &mut lib, "kessel crossing");
        act(&mut a, &mut lib, Action::ScrollDown);
        insta::assert_snapshot!(format!("search_{w}x{h}"), terminal(&a).backend());
    }
}

#[test]
fn export_dialog_over_the_timeline() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    let mut a = app(&lib, 80, 24);
    act(&mut a, &mut lib, Action::LibraryTimeline);
    act(&mut a, &mut lib, Action::Export);
    insta::assert_snapshot!("export_dialog_80x24", terminal(&a).backend());
}

#[test]
fn tiny_and_odd_sizes_never_panic() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    let mut a = app(&lib, 80, 24);
    let setups: [&[Action]; 5] = [
        &[],
        &[Action::LibraryTimeline],
        &[Action::ToggleMatrix],
        &[Action::SearchStart, Action::Type('w')],
        &[Action::Submit],
    ];
    for setup in setups {
        while a.reader.is_some() || !a.modes().is_empty() {
            act(&mut a, &mut lib, Action::Escape);
        }
        for &s in setup {
            act(&mut a, &mut lib, s);
        }
        for (w, h) in [(0, 0), (1, 1), (2, 2), (10, 3), (30, 5), (200, 60)] {
            act(&mut a, &mut lib, Action::Resize(w, h));
            terminal(&a);
        }
        act(&mut a, &mut lib, Action::Resize(80, 24));
    }
}

#[test]
fn list_to_reader_and_back_through_timeline_matrix_and_search() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    let mut a = app(&lib, 100, 30);
    // Enter opens the selected document; Esc comes back to the same row.
    typed(&mut a, &mut lib, "kessel");
    act(&mut a, &mut lib, Action::ScrollDown);
    let chosen = a.list.selected().cloned().unwrap_or_else(|| panic!("none"));
    act(&mut a, &mut lib, Action::Submit);
    let title = a.reader.as_ref().map(|r| r.doc.title.clone());
    assert_eq!(title.as_deref(), Some(chosen.title.as_str()));
    act(&mut a, &mut lib, Action::Escape);
    assert!(a.reader.is_none());
    assert_eq!(a.list.filter, "kessel");
    assert_eq!(a.list.selected(), Some(&chosen));

    // The timeline: Enter opens the article at the entry's quote.
    act(&mut a, &mut lib, Action::Escape);
    act(&mut a, &mut lib, Action::LibraryTimeline);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline: {:?}", a.message)
    };
    assert!(
        tv.timeline.changes() > 0,
        "the telling timeline has changes"
    );
    let first = tv.timeline.party.id.clone();
    act(&mut a, &mut lib, Action::ScrollDown);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline")
    };
    let entry = tv.selected().cloned().unwrap_or_else(|| panic!("no entry"));
    act(&mut a, &mut lib, Action::Submit);
    let r = a
        .reader
        .as_ref()
        .unwrap_or_else(|| panic!("{:?}", a.message));
    let sel = r.selected.and_then(|i| r.doc.claims.get(i));
    assert_eq!(sel.map(|c| c.id.as_str()), Some(entry.claim.id.as_str()));
    act(&mut a, &mut lib, Action::Back);
    assert_eq!(a.context(), Context::Timeline);

    // p: the next party on the same topic.
    act(&mut a, &mut lib, Action::CycleParty);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline")
    };
    assert_ne!(tv.timeline.party.id, first);

    // The matrix over it; Enter on a cell is that cell's timeline.
    act(&mut a, &mut lib, Action::ToggleMatrix);
    assert_eq!(a.context(), Context::LibraryMatrix);
    act(&mut a, &mut lib, Action::MatrixChoose);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline: {:?}", a.message)
    };
    assert!(!tv.timeline.entries.is_empty());

    // Search across the library; Enter opens the article at the match.
    act(&mut a, &mut lib, Action::SearchStart);
    typed(&mut a, &mut lib, "lindqvist");
    let Some(LibMode::Search(s)) = a.screen() else {
        panic!("no search")
    };
    let hit = s.selected().cloned().unwrap_or_else(|| panic!("no hit"));
    act(&mut a, &mut lib, Action::Submit);
    let r = a
        .reader
        .as_ref()
        .unwrap_or_else(|| panic!("{:?}", a.message));
    let (from, to) = r.visible_bytes();
    assert!(
        from <= hit.offset && hit.offset < to,
        "{from}..{to} {hit:?}"
    );
    act(&mut a, &mut lib, Action::Escape);
    act(&mut a, &mut lib, Action::Escape);
    assert_eq!(a.context(), Context::Timeline);
}

#[test]
fn export_and_copy_use_the_library_export_renderer() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    let mut a = app(&lib, 100, 30);
    act(&mut a, &mut lib, Action::LibraryTimeline);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline")
    };
    let view = LibraryView::Timeline {
        party: tv.timeline.party.id.clone(),
        topic: tv.timeline.topic.id.clone(),
    };
    match act(&mut a, &mut lib, Action::Copy) {
        Effect::Copy(c) => {
            let want = render(&lib, &view, Format::Markdown, 80).unwrap_or_default();
            assert_eq!(c.text, want);
            assert_eq!(c.view, view.name());
        }
        other => panic!("{other:?}"),
    }
    act(&mut a, &mut lib, Action::Export);
    match act(&mut a, &mut lib, Action::Submit) {
        Effect::Write {
            path,
            text,
            overwrite,
        } => {
            assert_eq!(
                text,
                render(&lib, &view, Format::Markdown, 80).unwrap_or_default()
            );
            assert!(!overwrite);
            assert!(path.display().to_string().starts_with("timeline-"));
            a.write_result(Ok(()), text);
            assert!(a.message.as_deref().is_some_and(|m| m.starts_with("wrote")));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_library_export_follows_the_configured_format_width_and_directory() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    let mut a = app(&lib, 100, 30);
    let out = dir.path().join("exports");
    a.export_prefs = standpoint::config::ExportPrefs {
        format: Some(Format::Text),
        width: 44,
        dir: Some(out.clone()),
    };
    act(&mut a, &mut lib, Action::Export);
    let Some(LibMode::Export(d)) = a.modes().last() else {
        panic!("no dialog")
    };
    assert_eq!(d.current_format(), Format::Text);
    match act(&mut a, &mut lib, Action::Submit) {
        Effect::Write { path, text, .. } => {
            assert_eq!(path, out.join("library.txt"));
            let want = render(&lib, &LibraryView::Library, Format::Text, 44).unwrap_or_default();
            assert_eq!(text, want);
            assert_ne!(
                text,
                render(&lib, &LibraryView::Library, Format::Text, 80).unwrap_or_default(),
                "the width makes a difference"
            );
        }
        other => panic!("{other:?}"),
    }
    // A format the library does not offer (W3C, for one document) starts
    // the dialog on Markdown.
    let mut a = app(&lib, 100, 30);
    a.export_prefs.format = Some(Format::W3c);
    act(&mut a, &mut lib, Action::Export);
    let Some(LibMode::Export(d)) = a.modes().last() else {
        panic!("no dialog")
    };
    assert_eq!(d.current_format(), Format::Markdown);
}

#[test]
fn a_document_that_cannot_be_loaded_is_said_and_the_list_stays() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("lib");
    std::fs::create_dir(&root).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(root.join("broken.yaml"), "title: [unclosed\nclaims: 3\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut lib = Library::open_at(&[root], &dir.path().join("i.sqlite"), &mut Quiet)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut a = app(&lib, 80, 24);
    assert_eq!(a.list.docs().len(), 1);
    act(&mut a, &mut lib, Action::Submit);
    assert!(a.reader.is_none());
    let msg = a.message.clone().unwrap_or_default();
    assert!(
        msg.starts_with("cannot open lib/broken.yaml: invalid YAML"),
        "{msg}"
    );
    let screen = format!("{:?}", terminal(&a).backend());
    assert!(screen.contains("cannot open lib/broken.yaml"), "{screen}");
    // The timeline of a library without claims says so.
    act(&mut a, &mut lib, Action::LibraryTimeline);
    assert_eq!(a.context(), Context::Library);
    assert!(a
        .message
        .as_deref()
        .is_some_and(|m| m.contains("no claims")));
}

/// `doc`'s annotation with claim `id`'s stance set to `stance` and the
/// title to `title` (line edits, as a user's editor would make them).
fn edit_annotation(yaml: &std::path::Path, id: &str, stance: &str, title: &str) {
    let text = std::fs::read_to_string(yaml).unwrap_or_else(|e| panic!("{e}"));
    let mut in_claim = false;
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("- id: ") {
            in_claim = rest == id;
        }
        if line.starts_with("title: ") {
            out.push_str(&format!("title: \"{title}\"\n"));
        } else if in_claim && t.starts_with("stance: ") {
            let indent = &line[..line.len() - t.len()];
            out.push_str(&format!("{indent}stance: {stance}\n"));
            in_claim = false;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    assert_ne!(out, text, "nothing edited");
    std::fs::write(yaml, out).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn back_from_the_reader_the_list_and_timeline_show_the_files_as_they_are_now() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("lib");
    std::fs::create_dir(&root).unwrap_or_else(|e| panic!("{e}"));
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/library");
    for f in std::fs::read_dir(&src).unwrap_or_else(|e| panic!("{e}")) {
        let f = f.unwrap_or_else(|e| panic!("{e}")).path();
        let name = f.file_name().unwrap_or_else(|| panic!("no name"));
        std::fs::copy(&f, root.join(name)).unwrap_or_else(|e| panic!("{e}"));
    }
    let mut lib = Library::open_at(&[root], &dir.path().join("i.sqlite"), &mut Quiet)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut a = app(&lib, 100, 30);
    act(&mut a, &mut lib, Action::LibraryTimeline);
    act(&mut a, &mut lib, Action::ScrollDown);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline: {:?}", a.message)
    };
    let entry = tv.selected().cloned().unwrap_or_else(|| panic!("no entry"));
    let at = tv.cursor.at;
    let stance = if entry.claim.stance == standpoint::model::Stance::Against {
        "favor"
    } else {
        "against"
    };
    act(&mut a, &mut lib, Action::Submit);
    assert!(a.reader.is_some(), "{:?}", a.message);
    // While the document is open, its annotation changes on disk (saved
    // from the reader, or in an editor).
    edit_annotation(
        &entry.doc.path,
        &entry.claim.id,
        stance,
        "A Title Changed Meanwhile",
    );
    act(&mut a, &mut lib, Action::Back);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline: {:?}", a.message)
    };
    assert_eq!(tv.cursor.at, at, "the cursor stays on the claim");
    let now = tv.selected().unwrap_or_else(|| panic!("no entry"));
    assert_eq!(now.claim.id, entry.claim.id);
    assert_eq!(now.claim.stance.to_string().to_lowercase(), stance);
    // The list under it too.
    act(&mut a, &mut lib, Action::Escape);
    assert_eq!(a.context(), Context::Library);
    assert!(
        a.list
            .docs()
            .iter()
            .any(|d| d.path == entry.doc.path && d.title == "A Title Changed Meanwhile"),
        "the list still shows the old title"
    );
}

/// The screen line showing `text` (the status line left out).
fn line_with(a: &LibraryApp, text: &str) -> u16 {
    let t = terminal(a);
    let buf = t.backend().buffer();
    (0..buf.area.height.saturating_sub(1))
        .find(|&y| {
            let line: String = (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            line.contains(text)
        })
        .unwrap_or_else(|| panic!("{text:?} is not on the screen"))
}

#[test]
fn the_mouse_selects_and_opens_on_every_library_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    let mut a = app(&lib, 100, 30);
    // The list: a click selects the row under it, a second click opens it.
    let target = a.list.docs()[3].clone();
    let y = line_with(&a, &target.title);
    act(&mut a, &mut lib, Action::Click { col: 20, row: y });
    assert_eq!(a.list.selected(), Some(&target));
    assert!(a.reader.is_none(), "one click only selects");
    act(&mut a, &mut lib, Action::Click { col: 20, row: y });
    assert_eq!(
        a.reader.as_ref().map(|r| r.doc.title.clone()),
        Some(target.title.clone())
    );
    act(&mut a, &mut lib, Action::Back);
    // A click below the last row or on the heading changes nothing.
    act(&mut a, &mut lib, Action::Click { col: 20, row: 0 });
    act(&mut a, &mut lib, Action::Click { col: 20, row: 28 });
    assert_eq!(a.list.selected(), Some(&target));
    assert!(a.reader.is_none());
    // The wheel moves the cursor.
    act(
        &mut a,
        &mut lib,
        Action::Wheel {
            col: 5,
            row: 5,
            down: true,
        },
    );
    assert_eq!(a.list.selected(), Some(&a.list.docs()[4].clone()));

    // The matrix: a click on a cell selects it, a second one shows its
    // timeline.
    act(&mut a, &mut lib, Action::ToggleMatrix);
    let Some(LibMode::Matrix(m)) = a.screen() else {
        panic!("no matrix: {:?}", a.message)
    };
    let (party, topic) = (m.matrix.parties[1].clone(), m.matrix.topics[1].clone());
    let y = line_with(&a, &party.name);
    let t = terminal(&a);
    let buf = t.backend().buffer();
    let header = line_with(&a, &topic.name);
    let x = (0..buf.area.width)
        .find(|&x| {
            let rest: String = (x..buf.area.width)
                .map(|x| buf[(x, header)].symbol().to_string())
                .collect();
            rest.starts_with(&topic.name)
        })
        .unwrap_or_else(|| panic!("no column"));
    act(&mut a, &mut lib, Action::Click { col: x + 1, row: y });
    let Some(LibMode::Matrix(m)) = a.screen() else {
        panic!("no matrix")
    };
    assert_eq!((m.row, m.col), (1, 1));
    act(&mut a, &mut lib, Action::Click { col: x + 1, row: y });
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline: {:?}", a.message)
    };
    assert_eq!(
        (tv.timeline.party.id.as_str(), tv.timeline.topic.id.as_str()),
        (party.id.as_str(), topic.id.as_str())
    );
    // The telling timeline (it has changes, so several entries): a click
    // on an entry selects it, a second opens the article at its quote.
    act(&mut a, &mut lib, Action::Escape);
    act(&mut a, &mut lib, Action::LibraryTimeline);
    let Some(LibMode::Timeline(tv)) = a.screen() else {
        panic!("no timeline: {:?}", a.message)
    };
    let second = tv.timeline.entries[1].clone();
    assert_ne!(second.doc.date, tv.timeline.entries[0].doc.date);
    let y = line_with(&a, &second.doc.date);
    act(&mut a, &mut lib, Action::Click { col: 30, row: y });
    assert!(a.reader.is_none(), "one click only selects");
    act(&mut a, &mut lib, Action::Click { col: 30, row: y });
    let r = a
        .reader
        .as_ref()
        .unwrap_or_else(|| panic!("{:?}", a.message));
    let sel = r.selected.and_then(|i| r.doc.claims.get(i));
    assert_eq!(sel.map(|c| c.id.as_str()), Some(second.claim.id.as_str()));
}

#[test]
fn a_document_loads_while_the_list_stays_live_and_esc_gives_it_up() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut lib = library(&dir);
    let mut a = app(&lib, 100, 30);
    // Enter asks for the first document: nothing blocks, the list says so.
    let work = update(&mut a, Action::Submit);
    perform(&mut a, &mut lib, work);
    let first = a.opening.clone().unwrap_or_else(|| panic!("not opening"));
    assert!(a.reader.is_none());
    assert!(
        a.message
            .as_deref()
            .is_some_and(|m| m.starts_with("opening ")),
        "{:?}",
        a.message
    );
    // The list still moves meanwhile.
    let work = update(&mut a, Action::ScrollDown);
    perform(&mut a, &mut lib, work);
    assert_ne!(
        a.list.selected().map(|d| &d.path),
        Some(&first.summary.path)
    );
    // With the help open, Esc closes the help first.
    let work = update(&mut a, Action::ToggleHelp);
    perform(&mut a, &mut lib, work);
    let work = update(&mut a, Action::Escape);
    perform(&mut a, &mut lib, work);
    assert!(
        a.opening.is_some(),
        "Esc gave up the document, not the help"
    );
    assert_eq!(a.context(), Context::Library);
    // Esc gives it up: its load, arriving later, opens nothing.
    let work = update(&mut a, Action::Escape);
    perform(&mut a, &mut lib, work);
    assert!(a.opening.is_none());
    assert!(!a.loaded(&first.summary.path, Library::load_file(&first.summary)));
    assert!(a.reader.is_none());
    // Asked for again, then another one: only the last one opens.
    let work = update(&mut a, Action::Submit);
    perform(&mut a, &mut lib, work);
    let second = a.opening.clone().unwrap_or_else(|| panic!("not opening"));
    assert!(!a.loaded(&first.summary.path, Library::load_file(&first.summary)));
    assert!(a.reader.is_none(), "an earlier document opened");
    assert!(a.loaded(&second.summary.path, Library::load_file(&second.summary)));
    assert_eq!(
        a.reader.as_ref().map(|r| r.doc.title.clone()),
        Some(second.summary.title.clone())
    );
    assert_eq!(a.message, None);
}

fn screen(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| row(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A document that takes a while to open (an article being drafted)
/// shows the beginning of its article once the shell says so, with what
/// is under way; over it only Esc, quitting and the help act, and Esc
/// gives the document up and brings the list back.
#[test]
fn a_slow_document_shows_the_beginning_of_its_article_while_it_opens() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap_or_else(|e| panic!("{e}"));
    // A long article, with a control character to be made safe and a
    // multi-byte character across the preview's end.
    let mut text = String::from(
        "Harbour talks stall\n\nThe port authority said the dredging would wait.\u{7}\n\n",
    );
    while text.len() < 40_000 {
        text.push_str("Another paragraph of the harbour story, with “quotes” and é.\n\n");
    }
    std::fs::write(docs.join("harbour-2026-05-12.txt"), &text).unwrap_or_else(|e| panic!("{e}"));
    let mut lib = Library::open_at(
        std::slice::from_ref(&docs),
        &dir.path().join("i.sqlite"),
        &mut Quiet,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut a = app(&lib, 80, 24);
    let work = update(&mut a, Action::Submit);
    perform(&mut a, &mut lib, work);
    let o = a.opening.clone().unwrap_or_else(|| panic!("not opening"));
    let preview = o.preview.clone().unwrap_or_else(|| panic!("no preview"));
    assert!(preview.starts_with("Harbour talks stall"), "{preview:?}");
    // The beginning only (the bell's placeholder takes two bytes more),
    // cut after a whole line.
    assert!(preview.len() as u64 <= standpoint::app::library::PREVIEW_BYTES + 2);
    assert!(preview.len() < text.len());
    assert!(
        preview.trim_end().ends_with("é."),
        "{:?}",
        preview.chars().rev().take(20).collect::<String>()
    );
    assert!(!preview.contains('\u{7}'), "made safe to show");
    // Not yet shown: the list is on screen and live.
    let t = terminal(&a);
    assert!(!screen(&t).contains("drafting a panel"), "{}", screen(&t));
    // Shown (the shell does so once the load has taken a while).
    if let Some(o) = a.opening.as_mut() {
        o.preview_shown = true;
    }
    let t = terminal(&a);
    let s = screen(&t);
    assert!(s.contains("drafting a panel for this article…"), "{s}");
    assert!(
        s.contains("The port authority said the dredging would wait."),
        "{s}"
    );
    assert!(
        s.lines().last().is_some_and(|l| l.contains("Esc gives up")),
        "{s}"
    );
    // Keys for the hidden list do nothing; Esc gives the document up.
    let work = update(&mut a, Action::ScrollDown);
    assert!(perform(&mut a, &mut lib, work) == Effect::None);
    assert!(a.opening.is_some());
    let work = update(&mut a, Action::Escape);
    perform(&mut a, &mut lib, work);
    assert!(a.opening.is_none());
    let s = screen(&terminal(&a));
    assert!(
        !s.contains("drafting a panel") && s.contains("Harbour talks stall"),
        "{s}"
    );
    assert!(!a.loaded(&o.summary.path, Library::load_file(&o.summary)));
}
