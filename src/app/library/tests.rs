//! State transitions of the library app: open, back with the place kept,
//! filter, the screens over the list and the export dialog. Pure: no
//! index, no files (the documents are made up; the reader gets the bundled
//! one).

use std::path::PathBuf;

use super::*;
use crate::library::DocKind;

fn doc(i: usize, title: &str, date: &str) -> DocSummary {
    DocSummary {
        id: i as i64,
        kind: if i % 3 == 2 {
            DocKind::Article
        } else {
            DocKind::Annotated
        },
        path: PathBuf::from(format!("/lib/d{i:02}.yaml")),
        article: None,
        title: title.into(),
        date: date.into(),
        source: String::new(),
        claims: i,
        drafts: 0,
        error: None,
    }
}

/// 30 documents, the even ones about water, on an 80x24 terminal.
fn app() -> LibraryApp {
    let docs: Vec<DocSummary> = (0..30)
        .map(|i| {
            let title = if i % 2 == 0 {
                "Water talks"
            } else {
                "Border news"
            };
            doc(i, title, &format!("2025-01-{:02}", i + 1))
        })
        .collect();
    let shown = docs.iter().map(|d| d.path.display().to_string()).collect();
    LibraryApp::new(docs, shown, 80, 24)
}

fn bundled() -> Document {
    crate::loader::bundled().unwrap_or_else(|e| panic!("{e}"))
}

fn typed(a: &mut LibraryApp, text: &str) {
    for c in text.chars() {
        assert_eq!(update(a, Action::Type(c)), Work::None);
    }
}

#[test]
fn typing_filters_and_enter_opens_the_selected_document() {
    let mut a = app();
    assert_eq!(a.context(), Context::Library);
    typed(&mut a, "water");
    assert_eq!(a.list.filter, "water");
    assert_eq!(a.list.visible().count(), 15);
    update(&mut a, Action::ScrollDown);
    update(&mut a, Action::ScrollDown);
    let want = a.list.selected().map(|d| d.path.clone());
    assert_eq!(want, Some(PathBuf::from("/lib/d04.yaml")));
    match update(&mut a, Action::Submit) {
        Work::Open { path, kind, offset } => {
            assert_eq!(Some(path), want);
            assert_eq!(kind, DocKind::Annotated);
            assert_eq!(offset, None);
        }
        other => panic!("{other:?}"),
    }
    // Backspace takes a character off the filter.
    update(&mut a, Action::Backspace);
    assert_eq!(a.list.filter, "wate");
}

#[test]
fn an_article_without_annotation_is_opened_as_an_article() {
    let mut a = app();
    update(&mut a, Action::ScrollDown);
    update(&mut a, Action::ScrollDown);
    assert!(matches!(
        update(&mut a, Action::Submit),
        Work::Open {
            kind: DocKind::Article,
            ..
        }
    ));
}

#[test]
fn esc_in_the_reader_goes_back_with_the_place_kept() {
    let mut a = app();
    typed(&mut a, "2025");
    for _ in 0..25 {
        update(&mut a, Action::ScrollDown);
    }
    let place = (a.list.filter.clone(), a.list.cursor.clone());
    assert!(place.1.top > 0, "scrolled: {:?}", place.1);
    a.opened(bundled(), None);
    assert!(a.reader.is_some());
    assert_eq!(a.context(), Context::Panel);
    // Keys go to the reader now: j moves its selection, not the list's.
    let before = a.reader.as_ref().and_then(|r| r.selected);
    update(&mut a, Action::NextClaim);
    assert_ne!(a.reader.as_ref().and_then(|r| r.selected), before);
    assert_eq!((a.list.filter.clone(), a.list.cursor.clone()), place);
    // Esc first closes what the reader has open (the help), then goes back.
    update(&mut a, Action::ToggleHelp);
    assert_eq!(update(&mut a, Action::Escape), Work::None);
    assert!(a.reader.is_some());
    // Back in the library, the list is read again from the files.
    assert_eq!(update(&mut a, Action::Escape), Work::Refresh);
    assert!(a.reader.is_none());
    assert_eq!(a.context(), Context::Library);
    assert_eq!((a.list.filter.clone(), a.list.cursor.clone()), place);
}

#[test]
fn backspace_in_the_reader_goes_back_and_a_search_is_cleared_first() {
    let mut a = app();
    a.opened(bundled(), None);
    if let Some(r) = a.reader.as_mut() {
        r.search.query = "Putin".into();
    }
    update(&mut a, Action::Escape);
    assert!(a.reader.is_some(), "the first Esc clears the search");
    update(&mut a, Action::Back);
    assert!(a.reader.is_none());
}

#[test]
fn the_reader_alone_has_nothing_to_go_back_to() {
    let mut r = State::new(bundled(), 80, 24);
    assert_eq!(super::super::update(&mut r, Action::Escape), Effect::None);
    assert_eq!(super::super::update(&mut r, Action::Back), Effect::None);
    assert_eq!(r.message.as_deref(), Some("no library to go back to"));
}

#[test]
fn opening_at_an_offset_selects_the_claim_quoted_there() {
    let doc = bundled();
    let (i, start) = doc
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c.span.start))
        .max_by_key(|&(_, s)| s)
        .unwrap_or_default();
    let mut a = app();
    a.opened(doc, Some(start));
    let r = a.reader.as_ref().unwrap_or_else(|| panic!("no reader"));
    assert_eq!(r.selected, Some(i));
    assert!(r.claim_in_view(i));
    // An offset past the end is only clamped.
    let mut a = app();
    a.opened(bundled(), Some(usize::MAX));
    assert!(a.reader.is_some());
}

#[test]
fn esc_on_the_list_clears_the_filter_then_never_quits() {
    let mut a = app();
    typed(&mut a, "zzz");
    assert_eq!(a.list.visible().count(), 0);
    // Enter on nothing opens nothing.
    assert_eq!(update(&mut a, Action::Submit), Work::None);
    update(&mut a, Action::Escape);
    assert_eq!(a.list.filter, "");
    assert_eq!(update(&mut a, Action::Escape), Work::None);
    assert!(a.message.is_some());
    assert_eq!(update(&mut a, Action::Quit), Work::Shell(Effect::Quit));
}

#[test]
fn screens_open_over_the_list_and_esc_pops_them() {
    let mut a = app();
    assert_eq!(
        update(&mut a, Action::LibraryTimeline),
        Work::Timeline {
            party: None,
            topic: None
        }
    );
    assert_eq!(update(&mut a, Action::ToggleMatrix), Work::Matrix);
    update(&mut a, Action::SearchStart);
    assert_eq!(a.context(), Context::LibrarySearch);
    typed_search(&mut a);
    update(&mut a, Action::Help);
    assert_eq!(a.context(), Context::Help);
    update(&mut a, Action::Escape);
    assert_eq!(a.context(), Context::LibrarySearch);
    update(&mut a, Action::Escape);
    assert_eq!(a.context(), Context::Library);
}

fn typed_search(a: &mut LibraryApp) {
    assert_eq!(update(a, Action::Type('q')), Work::Search("q".into()));
    assert_eq!(update(a, Action::Type('u')), Work::Search("qu".into()));
    assert_eq!(update(a, Action::Backspace), Work::Search("q".into()));
}

#[test]
fn export_dialog_offers_the_screens_view_and_renders_on_enter() {
    let mut a = app();
    update(&mut a, Action::Export);
    assert_eq!(a.context(), Context::Export);
    let Some(LibMode::Export(d)) = a.modes().last() else {
        panic!("no dialog")
    };
    assert_eq!(d.current_view(), &LibraryView::Library);
    assert_eq!(d.choice.file_name(), "library.md");
    update(&mut a, Action::DialogNextView);
    update(&mut a, Action::DialogNextFormat);
    // W3C is never offered for a library view.
    for _ in 0..FORMATS.len() {
        let Some(LibMode::Export(d)) = a.modes().last() else {
            panic!("no dialog")
        };
        assert_ne!(d.current_format(), Format::W3c);
        update(&mut a, Action::DialogNextFormat);
    }
    match update(&mut a, Action::Submit) {
        Work::Render { view, format, to } => {
            assert_eq!(view, LibraryView::Timelines);
            assert_eq!(format, Format::Json);
            assert_eq!(to, Target::File(PathBuf::from("timeline.json")));
        }
        other => panic!("{other:?}"),
    }
    update(&mut a, Action::Escape);
    assert_eq!(a.context(), Context::Library);
    assert_eq!(a.message.as_deref(), Some("export cancelled"));
    match update(&mut a, Action::Copy) {
        Work::Render { view, format, to } => {
            assert_eq!(view, LibraryView::Library);
            assert_eq!(format, Format::Markdown);
            assert_eq!(to, Target::Clipboard);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_existing_file_is_replaced_only_when_the_answer_is_yes() {
    let mut a = app();
    update(&mut a, Action::Export);
    if let Some(LibMode::Export(d)) = a.modes.last_mut() {
        d.pending = Some(PathBuf::from("library.md"));
    }
    a.write_result(Err(WriteError::Exists("library.md".into())), "x\n".into());
    assert_eq!(a.context(), Context::Confirm);
    assert_eq!(update(&mut a, Action::Answer('n')), Work::None);
    assert_eq!(a.context(), Context::Export);
    if let Some(LibMode::Export(d)) = a.modes.last_mut() {
        d.pending = Some(PathBuf::from("library.md"));
    }
    a.write_result(Err(WriteError::Exists("library.md".into())), "x\n".into());
    assert_eq!(
        update(&mut a, Action::Answer('y')),
        Work::Shell(Effect::Write {
            path: PathBuf::from("library.md"),
            text: "x\n".into(),
            overwrite: true
        })
    );
    a.write_result(Ok(()), "x\n".into());
    assert_eq!(a.context(), Context::Library);
    assert_eq!(a.message.as_deref(), Some("wrote 1 lines to library.md"));
}

#[test]
fn resize_reaches_the_reader_and_the_list() {
    let mut a = app();
    a.opened(bundled(), None);
    update(&mut a, Action::Resize(120, 40));
    assert_eq!((a.width, a.height), (120, 40));
    assert_eq!(a.reader.as_ref().map(|r| r.screen.full.width), Some(120));
    update(&mut a, Action::Escape);
    update(&mut a, Action::Resize(10, 3));
    for c in ["a", "b"] {
        update(&mut a, Action::Type(c.chars().next().unwrap_or('a')));
    }
    assert_eq!(a.body_height(), 2);
}
