//! Random key and mouse sequences at random sizes, on the bundled document
//! and on a hostile one (wide characters, emoji, combining marks, a long
//! line without spaces): nothing panics and the state stays coherent.

use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use standpoint::app::{update, Action, State};
use standpoint::loader;
use standpoint::model::{Article, Document, Span};
use standpoint::view::{self, Theme};

fn hostile() -> Document {
    let mut doc = loader::bundled().unwrap();
    let mut text = String::new();
    text.push_str("日本語のテキストです。これは長い行で、折り返しが必要です。\n");
    text.push_str("e\u{301}e\u{301} 👨‍👩‍👧‍👦 🇫🇷 mixed ASCII and 中文 text here\n\n");
    text.push_str(&"x".repeat(100_000));
    text.push('\n');
    text.push_str("last line, with a quote at the very end");
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let n = doc.claims.len();
    for (k, c) in doc.claims.iter_mut().enumerate() {
        // Spread spans over the text, some across line breaks.
        let a = bounds[(k * bounds.len()) / (n + 1)];
        let b = bounds[((k * bounds.len()) / (n + 1) + 7 + k * 3).min(bounds.len() - 1)];
        c.span = Span { start: a, end: b };
    }
    let len = text.len();
    if let Some(c) = doc.claims.last_mut() {
        c.span = Span {
            start: len - 5,
            end: len,
        };
    }
    doc.article = Article::new(text, None);
    doc
}

fn action(code: u8, x: u16, y: u16) -> Action {
    use Action::*;
    const ALL: [Action; 32] = [
        NextClaim,
        PrevClaim,
        FirstClaim,
        LastClaim,
        NextInArticle,
        PrevInArticle,
        ToggleFocus,
        ScrollDown,
        ScrollUp,
        PageDown,
        PageUp,
        Top,
        Bottom,
        SearchStart,
        SearchChar('x'),
        SearchChar('日'),
        SearchSubmit,
        SearchNext,
        SearchPrev,
        ToggleMatrix,
        MatrixRight,
        MatrixDown,
        MatrixChoose,
        CycleTopic,
        CycleParty,
        ToggleTint,
        ToggleHelp,
        Escape,
        Export,
        DialogNextView,
        DialogConfirm,
        Copy,
    ];
    match code % 36 {
        32 => Resize(x, y),
        33 => Wheel {
            col: x,
            row: y,
            down: y.is_multiple_of(2),
        },
        34 => Click { col: x, row: y },
        35 => SearchBackspace,
        i => ALL[i as usize],
    }
}

fn check(doc: Document, start: (u16, u16), ops: &[(u8, u16, u16)]) {
    let mut s = State::new(doc, start.0, start.1);
    for &(code, x, y) in ops {
        let a = action(code, x, y);
        let _ = update(&mut s, a);
        if let Some(sel) = s.selected {
            assert!(
                s.visible_claims().contains(&sel),
                "selection hidden by {a:?}"
            );
        }
        let (w, h) = (s.screen.full.width, s.screen.full.height);
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| view::draw(f, &s, &Theme::COLOR)).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn random_sessions_on_the_bundled_document(
        w in 0u16..160, h in 0u16..60,
        ops in prop::collection::vec((any::<u8>(), 0u16..170, 0u16..70), 0..40),
    ) {
        check(loader::bundled().unwrap(), (w, h), &ops);
    }

    #[test]
    fn random_sessions_on_a_hostile_document(
        w in 0u16..130, h in 0u16..50,
        ops in prop::collection::vec((any::<u8>(), 0u16..140, 0u16..60), 0..30),
    ) {
        check(hostile(), (w, h), &ops);
    }
}

#[test]
fn the_quote_at_the_very_end_is_highlighted() {
    let doc = hostile();
    let last = doc.claims.len() - 1;
    let mut s = State::new(doc, 80, 24);
    s.select(last);
    let lines = view::article_lines(&s, &Theme::MONO, s.article_height());
    let highlighted: String = lines
        .iter()
        .flat_map(|l| l.spans.iter())
        .filter(|sp| {
            sp.style
                .add_modifier
                .contains(ratatui::style::Modifier::REVERSED)
        })
        .map(|sp| sp.content.to_string())
        .collect();
    assert_eq!(highlighted, "y end");
}
