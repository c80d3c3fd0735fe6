//! Hostile text on screen: CJK, emoji sequences, combining marks,
//! right-to-left text, control characters and a 5 MB line without spaces
//! are wrapped and highlighted exactly (snapshots with the highlighted
//! cells checked against the quotes).

use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

use standpoint::app::{update, Action, State};
use standpoint::loader::{load_source, MemArticles};
use standpoint::model::Document;
use standpoint::view::{self, Theme};

const ARTICLE: &str = "Tokyo — 日本政府は停戦交渉について「領土の譲歩は認めない」と述べた。\n\
Paris — Le ministre a déclaré : « Nous ne céderons pas », puis a quitté la salle. 👩‍💻 🇺🇦 e\u{301}\n\
ירושלים — השר אמר: \"לא נוותר על הביטחון\" ואז עזב. القاهرة — قال الوزير: \"لن نتنازل\".\n\
Control \x1b]0;title\x07 and \u{202E}bidi\u{202C} and tab\there.\n";

fn doc(article: &str, claims: &[(&str, &str)]) -> Document {
    let mut y = String::from(
        "title: \"Hostile text \\e[31m\"\ndate: 2025-01-01\narticle: a.txt\ntopics: [{id: t, label: Topic}]\nparties: [{id: p, name: Party, color: red}]\nclaims:\n",
    );
    for (id, q) in claims {
        y.push_str(&format!(
            "  - {{id: {id}, party: p, speaker: S, topic: t, stance: against, target: X, summary: \"{id} summary\", mode: direct, quote: \"{}\"}}\n",
            q.replace('\\', "\\\\").replace('"', "\\\"")
        ));
    }
    load_source(&y, "hostile.yaml", &MemArticles(article.to_string()))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The text of the REVERSED cells of the article pane, row by row (the
/// selected quote).
fn highlighted(t: &Terminal<TestBackend>, s: &State) -> String {
    let b = t.backend().buffer();
    let r = s.screen.article_inner();
    let mut out = String::new();
    for y in r.top()..r.bottom() {
        let mut x = r.left();
        while x < r.right() {
            let c = &b[(x, y)];
            if c.modifier.contains(Modifier::REVERSED) {
                out.push_str(c.symbol());
            }
            x += c.symbol().width().max(1) as u16;
        }
    }
    out
}

fn render(s: &State) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(s.screen.full.width, s.screen.full.height)).unwrap();
    t.draw(|f| view::draw(f, s, &Theme::MONO)).unwrap();
    t
}

#[test]
fn scripts_and_emoji_wrap_and_highlight_exactly() {
    let quotes = [
        ("cjk", "「領土の譲歩は認めない」"),
        ("fr", "« Nous ne céderons pas »"),
        ("emoji", "👩‍💻 🇺🇦 e\u{301}"),
        ("he", "\"לא נוותר על הביטחון\""),
    ];
    let d = doc(ARTICLE, &quotes);
    assert!(standpoint::sanitize::is_terminal_safe(d.article.text()));
    for (w, h) in [(60u16, 20u16), (40, 16)] {
        let mut s = State::new(d.clone(), w, h);
        for (i, (id, q)) in quotes.iter().enumerate() {
            if i > 0 {
                update(&mut s, Action::NextInArticle);
            }
            let t = render(&s);
            let got: String = highlighted(&t, &s)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let want: String = standpoint::sanitize::sanitize(q)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            // Straight quotes in the YAML match the article's own.
            let norm = |s: &str| s.replace(['“', '”', '«', '»'], "\"");
            assert_eq!(norm(&got), norm(&want), "claim {id} at {w}x{h}");
            if i == 0 {
                insta::assert_snapshot!(format!("hostile_{w}x{h}"), t.backend());
            }
        }
    }
}

#[test]
fn a_five_megabyte_line_wraps_and_its_end_is_reachable() {
    let mut article = "x".repeat(5 << 20);
    article.push_str("THE END");
    let d = doc(&article, &[("end", "THE END")]);
    let mut s = State::new(d, 80, 24);
    let t = render(&s);
    assert_eq!(highlighted(&t, &s), "THE END");
    update(&mut s, Action::ToggleFocus);
    update(&mut s, Action::Top);
    update(&mut s, Action::Bottom);
    let t = render(&s);
    insta::assert_snapshot!("five_mb_line_end_80x24", t.backend());
}
