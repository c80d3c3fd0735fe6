//! Random key and mouse sequences at random sizes, on the bundled document
//! and on a hostile one (wide characters, emoji, combining marks, a long
//! line without spaces): nothing panics and the state stays coherent.

use proptest::prelude::*;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::{Terminal, TerminalOptions, Viewport};

use standpoint::app::{update, Action, State};
use standpoint::loader;
use standpoint::model::{Article, Document, Span};
use standpoint::view::{self, Theme};

fn hostile() -> Document {
    let mut doc = loader::bundled().unwrap();
    let mut text = String::new();
    text.push_str("日本語のテキストです。これは長い行で、折り返しが必要です。\n");
    text.push_str("e\u{301}e\u{301} 👨‍👩‍👧‍👦 🇫🇷 mixed ASCII and 中文 text here\n\n");
    text.push_str("עברית: השיחות נמשכו. العربية: استمرت المحادثات في العاصمة.\n");
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
        Type('x'),
        Type('日'),
        Submit,
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
        Answer('y'),
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
        35 => Backspace,
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
    // A quick run by default; deeper with STANDPOINT_DEEP_TESTS=1 (CI).
    #![proptest_config(ProptestConfig {
        cases: standpoint::testing::cases(24, 96),
        ..ProptestConfig::default()
    })]

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

/// A small deterministic generator, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// An event and the size it may resize to (from 1x1 up).
    fn event(&mut self) -> Action {
        let r = self.next();
        let (x, y) = if r >> 60 == 0 {
            (((r >> 8) % 200) as u16, ((r >> 20) % 70) as u16)
        } else {
            (1 + ((r >> 8) % 90) as u16, 1 + ((r >> 20) % 30) as u16)
        };
        action((r & 0xff) as u8, x, y)
    }
}

/// 10,000 random events, each drawn on one terminal that follows the
/// state's size (from 1x1): no panic.
#[test]
fn ten_thousand_random_events() {
    for (seed, doc) in [(1u64, hostile()), (7, loader::bundled().unwrap())] {
        let mut rng = Rng(0x2545_F491_4F6C_DD1D ^ seed);
        let mut s = State::new(doc, 1, 1);
        let mut t = Terminal::new(TestBackend::new(1, 1)).unwrap();
        for _ in 0..5_000 {
            let _ = update(&mut s, rng.event());
            let (w, h) = (s.screen.full.width, s.screen.full.height);
            if t.size().map(|sz| (sz.width, sz.height)).ok() != Some((w, h)) {
                t.backend_mut().resize(w, h);
                t.resize(ratatui::layout::Rect::new(0, 0, w, h)).unwrap();
            }
            t.draw(|f| view::draw(f, &s, &Theme::COLOR)).unwrap();
        }
    }
}

/// The bytes a backend writes, kept for a terminal emulator to read.
#[derive(Clone, Default)]
struct Bytes(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Bytes {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

type Real = Terminal<CrosstermBackend<Bytes>>;

/// Draw `s` with the real terminal backend; the bytes it sent.
fn draw_bytes(t: &mut (Real, Bytes), s: &State) -> Vec<u8> {
    t.0.draw(|f| view::draw(f, s, &Theme::COLOR)).unwrap();
    std::mem::take(&mut *t.1 .0.borrow_mut())
}

fn fixed(w: u16, h: u16) -> (Real, Bytes) {
    let bytes = Bytes::default();
    let t = Terminal::with_options(
        CrosstermBackend::new(bytes.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(ratatui::layout::Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    (t, bytes)
}

/// What a terminal shows after random sessions over wide characters,
/// emoji, combining marks and right-to-left text equals what it shows after
/// drawing the same state afresh: the bytes ratatui sends go through a
/// terminal emulator (vt100), so nothing is left behind by scrolling,
/// overlays or resizing.
#[test]
fn no_leftovers_on_a_real_terminal_emulator() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Emoji ZWJ sequences and flags are left out here: their width is the
    // terminal's choice (xterm draws a family as four faces), so no emulator
    // can be the reference. Everything else of the hostile text stays.
    let mut doc = hostile();
    let text = doc.article.text().replace("👨‍👩‍👧‍👦", "👨👩").replace("🇫🇷", "FR");
    let shift = doc.article.text().len() - text.len();
    for c in &mut doc.claims {
        c.span.start = c.span.start.saturating_sub(shift).min(text.len());
        c.span.end = c
            .span
            .end
            .saturating_sub(shift)
            .min(text.len())
            .max(c.span.start);
        while !text.is_char_boundary(c.span.start) {
            c.span.start -= 1;
        }
        while !text.is_char_boundary(c.span.end) {
            c.span.end += 1;
        }
    }
    doc.article = Article::new(text, None);
    let mut s = State::new(doc, 80, 24);
    let mut t = fixed(80, 24);
    let mut screen = vt100::Parser::new(
        std::num::NonZeroU16::new(24).unwrap(),
        std::num::NonZeroU16::new(80).unwrap(),
        0,
    );
    screen.process(&draw_bytes(&mut t, &s));
    for step in 0..1_500 {
        let a = rng.event();
        let _ = update(&mut s, a);
        let (w, h) = (s.screen.full.width.max(1), s.screen.full.height.max(1));
        if (w, h) != (t.0.get_frame().area().width, t.0.get_frame().area().height) {
            // What the shell does on a resize: a new size, a full repaint.
            t = fixed(w, h);
            screen.screen_mut().set_size(
                std::num::NonZeroU16::new(h).unwrap(),
                std::num::NonZeroU16::new(w).unwrap(),
            );
            screen.process(b"\x1b[2J");
        }
        screen.process(&draw_bytes(&mut t, &s));
        if step % 10 == 0 {
            let mut fresh_t = fixed(w, h);
            let mut fresh = vt100::Parser::new(
                std::num::NonZeroU16::new(h).unwrap(),
                std::num::NonZeroU16::new(w).unwrap(),
                0,
            );
            fresh.process(&draw_bytes(&mut fresh_t, &s));
            // (A written space and a never-written cell look the same.)
            let text = |p: &vt100::Parser| -> String {
                p.screen()
                    .rows(0, w)
                    .map(|r| r.trim_end().to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let (got, want) = (text(&screen), text(&fresh));
            if got != want {
                let row = got.lines().zip(want.lines()).position(|(a, b)| a != b);
                panic!(
                    "leftovers after step {step} ({a:?}) at {w}x{h}, row {row:?}:\n{got}\n--- fresh ---\n{want}"
                );
            }
        }
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
