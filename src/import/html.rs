//! A web page's article and metadata. The article is found by
//! `dom_smoothie` (a port of Mozilla's Readability, the reader view of
//! Firefox): navigation, sidebars, ads, comments and the like are left out.
//! Its HTML is then written as text here, one paragraph per block element,
//! so that nothing but visible text reaches the article: scripts, styles,
//! templates, comments, forms, embedded objects and hidden elements are
//! skipped (again: dom_smoothie removes most of them first).
//!
//! Metadata: title, byline, publication date, site name (from JSON-LD,
//! Open Graph and `<meta>` tags, as dom_smoothie reads them), the page's
//! language (`<html lang>`) and its canonical URL (`<link
//! rel="canonical">`, else `og:url`).

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability, ReadabilityError};

use super::{clean_field, clean_language, clean_url, date, Meta, Problem};
use crate::sanitize::sanitize_owned;

/// Most elements a page may have: beyond this the page is refused rather
/// than scored (a real article page has a few thousand).
pub const MAX_ELEMENTS: usize = 200_000;

/// Deepest nesting of elements a page may have. Parsing HTML takes time
/// that grows with the square of the nesting depth (100,000 nested
/// `<div>`s, 600 KB, would take minutes), so a deeper page is refused
/// before it is parsed; real pages nest a few dozen deep, browsers flatten
/// beyond 512.
pub const MAX_DEPTH: usize = 1_000;

/// Fewest characters of extracted text that count as an article.
pub const MIN_ARTICLE_CHARS: usize = 100;

/// An article has at least one paragraph this long (in characters).
pub const MIN_PARAGRAPH_CHARS: usize = 80;

/// A page's article: its text (paragraphs separated by blank lines,
/// sanitised) and metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub meta: Meta,
}

fn no_article() -> Problem {
    Problem::new(
        "no article was found in the page (no block of text long enough to be one: a front page, \
         a list of links, a login or cookie wall?)",
        "open the article's own page and save it again (Save Page As… > Web Page, HTML only), \
         or copy the article's text into a .txt file",
    )
}

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
    "canvas", "audio", "video", "button", "input", "select", "textarea", "form", "head", "title",
    "meta", "link", "dialog", "nav",
];

/// Elements that start a paragraph of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "caption",
    "hr",
    "address",
    "details",
    "summary",
    "body",
    "html",
];

/// True for an element a reader does not see: `hidden`, `aria-hidden`,
/// or an inline style with `display: none` or `visibility: hidden`.
fn is_hidden(n: &NodeRef) -> bool {
    if n.has_attr("hidden") {
        return true;
    }
    if n.attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    n.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Text of `root`'s content: block elements become paragraphs (separated
/// by a blank line), `<br>` a line break, list items start with "- ", runs
/// of white space one space (kept as written inside `<pre>`). Iterative, so
/// nesting depth cannot overflow the stack.
pub fn text_of(root: &NodeRef) -> String {
    walk(root).text
}

/// What [`walk`] found: the text, and how many of its (non-space)
/// characters are inside links.
struct Walked {
    text: String,
    chars: usize,
    linked: usize,
}

impl Walked {
    /// The share of the text inside links (0 to 1; 1 for no text).
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            1.0
        } else {
            self.linked as f64 / self.chars as f64
        }
    }
}

/// One pass over `root`'s content: the text (see [`text_of`]) and its link
/// density.
fn walk(root: &NodeRef) -> Walked {
    let mut out = Out::default();
    let (mut chars, mut linked) = (0usize, 0usize);
    // (node, entering?, inside <pre>?, inside <a>?)
    let mut stack: Vec<(NodeRef, bool, bool, bool)> = root
        .children_it(true)
        .map(|c| (c, true, false, false))
        .collect();
    while let Some((n, entering, pre, link)) = stack.pop() {
        if n.is_text() {
            let t = n.text();
            let k = t.chars().filter(|c| !c.is_whitespace()).count();
            chars += k;
            if link {
                linked += k;
            }
            out.text(&t, pre);
            continue;
        }
        if !n.is_element() {
            continue; // comments, doctypes, processing instructions
        }
        let name = n
            .node_name()
            .map(|s| s.to_ascii_lowercase())
            .unwrap_or_default();
        let block = BLOCKS.contains(&name.as_str());
        if !entering {
            if block {
                out.brk = Break::Paragraph;
            }
            continue;
        }
        if SKIPPED.contains(&name.as_str()) || is_hidden(&n) {
            continue;
        }
        match name.as_str() {
            "br" => {
                out.brk = out.brk.max(Break::Line);
                continue;
            }
            "img" | "picture" | "source" | "track" | "wbr" => continue,
            "td" | "th" => out.space = true,
            _ => {}
        }
        if block {
            out.brk = Break::Paragraph;
        }
        if name == "li" {
            out.flush();
            out.s.push_str("- ");
        }
        stack.push((n, false, pre, link));
        let in_pre = pre || name == "pre";
        let in_link = link || name == "a";
        stack.extend(n.children_it(true).map(|c| (c, true, in_pre, in_link)));
    }
    Walked {
        text: tidy(&out.s),
        chars,
        linked,
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    #[default]
    None,
    Line,
    Paragraph,
}

/// Text being written: breaks and a space are held until the next word.
#[derive(Default)]
struct Out {
    s: String,
    brk: Break,
    space: bool,
}

impl Out {
    fn text(&mut self, t: &str, pre: bool) {
        if pre {
            if !t.is_empty() {
                self.flush();
                self.s.push_str(t);
            }
            return;
        }
        for (i, w) in t.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if w.is_empty() {
                continue;
            }
            self.flush();
            if self.space && !self.s.is_empty() && !self.s.ends_with([' ', '\n']) {
                self.s.push(' ');
            }
            self.space = false;
            self.s.push_str(w);
        }
    }

    /// Write the break that is due.
    fn flush(&mut self) {
        let brk = std::mem::take(&mut self.brk);
        if brk == Break::None {
            return;
        }
        self.space = false;
        let t = self.s.trim_end_matches(' ').len();
        self.s.truncate(t);
        if self.s.is_empty() {
            return;
        }
        let want = if brk == Break::Paragraph {
            "\n\n"
        } else {
            "\n"
        };
        while !self.s.ends_with(want) {
            self.s.push('\n');
        }
    }
}

/// Lines trimmed at the end, empty list items dropped, exactly one blank
/// line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for line in s.split('\n') {
        let l = line.trim_end();
        if l.trim().is_empty() || l.trim() == "-" {
            gap = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if gap { "\n\n" } else { "\n" });
        }
        out.push_str(l);
        gap = false;
    }
    out
}

/// A publication date named where Readability does not look: `<meta
/// name="date">` and its relatives, `itemprop="datePublished"`, the first
/// `<time datetime>`.
fn fallback_date(doc: &Document) -> Option<String> {
    let metas = doc.select(
        "meta[name=date i][content], meta[name='dc.date' i][content], \
         meta[name='dcterms.date' i][content], meta[name=pubdate i][content], \
         meta[name='parsely-pub-date' i][content], meta[itemprop=datePublished][content]",
    );
    let from_meta = metas
        .nodes()
        .iter()
        .filter_map(|n| n.attr("content"))
        .find_map(|c| date::normalize(&c));
    from_meta.or_else(|| {
        doc.select("time[datetime]")
            .nodes()
            .iter()
            .filter_map(|n| n.attr("datetime"))
            .find_map(|c| date::normalize(&c))
    })
}

/// The canonical URL a page names for itself.
fn canonical_url(doc: &Document) -> Option<String> {
    let link = doc.select("link[rel~=canonical][href]").attr("href");
    let og = doc
        .select("meta[property='og:url'][content]")
        .attr("content");
    link.and_then(|u| clean_url(&u))
        .or_else(|| og.and_then(|u| clean_url(&u)))
}

/// Class and id words that mark an advertisement slot.
const AD_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "adsbygoogle",
    "dfp",
    "sponsor",
    "sponsored",
    "outbrain",
    "taboola",
];

/// True for an element whose class or id has an advertisement word
/// (`class="ad-slot inline"`, `id="dfp-top"`; not `lead-image`).
fn is_ad(n: &NodeRef) -> bool {
    ["class", "id"].iter().any(|a| {
        n.attr(a).is_some_and(|v| {
            v.to_ascii_lowercase()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| AD_WORDS.contains(&w))
        })
    })
}

/// Paragraphs that are only an advertisement's label.
const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertisment",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "anzeige",
    "publicité",
    "publicidad",
    "pubblicità",
];

/// Remove what is never article text before Readability scores the page:
/// hidden elements, templates and advertisement slots (scripts, styles and
/// comments it removes itself).
fn preclean(doc: &Document) {
    doc.select("template, [hidden], [aria-hidden=true i]")
        .remove();
    doc.select("[style], [class], [id]")
        .nodes()
        .iter()
        .filter(|n| is_hidden(n) || is_ad(n))
        .for_each(|n| n.remove_from_parent());
}

/// A "By Jane Doe" byline as "Jane Doe".
fn byline(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("by "))
        .or_else(|| t.strip_prefix("BY "))
        .unwrap_or(t);
    clean_field(t)
}

/// Elements that never have content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image",
];

/// Elements whose end tag may be left out (each closes its predecessor), or
/// that the parser keeps at one level whatever their number: not counted
/// in the depth.
const FLAT: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "caption", "rb", "rp", "rt", "rtc", "html", "head", "body",
];

/// Elements whose content is raw text (no tags inside).
const RAW: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// How many start tags a page has and how deep its elements nest, by a
/// linear scan of its tags (an estimate that never undercounts nesting of
/// elements that need an end tag). Lets a hostile page be refused before
/// the parser spends quadratic time or a gigabyte on it.
pub fn scan(html: &str) -> (usize, usize) {
    let b = html.as_bytes();
    let (mut elements, mut depth, mut max) = (0usize, 0usize, 0usize);
    // Open <svg> and <math> elements: inside them `/>` closes an element;
    // in HTML it does not (`<div/>` opens a div).
    let mut foreign = 0usize;
    let mut i = 0;
    let name_at = |mut j: usize| {
        let s = j;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'-' | b'_' | b':')) {
            j += 1;
        }
        (html.get(s..j).unwrap_or("").to_ascii_lowercase(), j)
    };
    while let Some(off) = b.get(i..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let close = b.get(i) == Some(&b'/');
        let (name, end) = name_at(if close { i + 1 } else { i });
        if name.is_empty() || !b[if close { i + 1 } else { i }].is_ascii_alphabetic() {
            continue;
        }
        let gt = b[end..]
            .iter()
            .position(|&c| c == b'>')
            .map_or(b.len(), |g| end + g);
        let self_closing = gt > 0 && b.get(gt - 1) == Some(&b'/');
        i = gt.min(b.len());
        if close {
            if !VOID.contains(&name.as_str()) && !FLAT.contains(&name.as_str()) {
                depth = depth.saturating_sub(1);
            }
            if matches!(name.as_str(), "svg" | "math") {
                foreign = foreign.saturating_sub(1);
            }
            continue;
        }
        elements += 1;
        if RAW.contains(&name.as_str()) {
            // Skip to the end tag.
            let lower_end = format!("</{name}");
            i = find_ci(html, i, &lower_end).unwrap_or(b.len());
            continue;
        }
        let closed = self_closing && (foreign > 0 || matches!(name.as_str(), "svg" | "math"));
        if !closed && !VOID.contains(&name.as_str()) && !FLAT.contains(&name.as_str()) {
            depth += 1;
            max = max.max(depth);
            if matches!(name.as_str(), "svg" | "math") {
                foreign += 1;
            }
        }
    }
    (elements, max)
}

/// Byte offset of `needle` (ASCII, lower case) in `hay` from `from`,
/// ignoring ASCII case.
fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    h.get(from..)?
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
        .map(|p| p + from)
}

/// Extract the article of a page (already decoded to text).
pub fn extract(html: &str) -> Result<Page, Problem> {
    let too_big = |what: String| {
        Problem::new(
            what,
            "save only the article (e.g. the browser's reader view, or copy its text into a .txt file)",
        )
    };
    let (elements, depth) = scan(html);
    if elements > MAX_ELEMENTS {
        return Err(too_big(format!(
            "the page has too many elements ({elements}; the limit is {MAX_ELEMENTS})"
        )));
    }
    if depth > MAX_DEPTH {
        return Err(too_big(format!(
            "the page nests its elements too deeply ({depth} levels; the limit is {MAX_DEPTH})"
        )));
    }
    let doc = Document::from(html);
    let url = canonical_url(&doc);
    let published = fallback_date(&doc);
    preclean(&doc);
    let cfg = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut r = Readability::with_document(doc, None, Some(cfg)).map_err(|e| {
        Problem::new(
            format!("the page could not be read: {e}"),
            "check that it is an HTML page",
        )
    })?;
    let article = match r.parse() {
        Ok(a) => a,
        Err(ReadabilityError::GrabFailed) => return Err(no_article()),
        Err(e) => {
            return Err(Problem::new(
                format!("the page could not be read: {e}"),
                "save only the article (e.g. the browser's reader view, or copy its text into a .txt file)",
            ))
        }
    };
    // The article's content, as Readability left it in its document.
    let root = r.doc.select_single("#readability-page-1");
    let walked = match root.nodes().first() {
        Some(n) => walk(n),
        None => walk(&Document::fragment(article.content.to_string()).root()),
    };
    let text = walked.text.clone();
    // Advertisement labels left where a slot was.
    let text = text
        .split("\n\n")
        .filter(|p| !AD_LABELS.contains(&p.trim().to_lowercase().as_str()))
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = sanitize_owned(text);
    // A list of links (a front page, an index) is not an article, nor is a
    // scrap of text.
    let longest = text
        .split("\n\n")
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    if text.chars().filter(|c| !c.is_whitespace()).count() < MIN_ARTICLE_CHARS
        || longest < MIN_PARAGRAPH_CHARS
        || walked.link_density() > 0.5
    {
        return Err(no_article());
    }
    let meta = Meta {
        title: clean_field(&article.title),
        byline: article.byline.as_deref().and_then(byline),
        date: article
            .published_time
            .as_deref()
            .and_then(date::normalize)
            .or(published),
        site_name: article.site_name.as_deref().and_then(clean_field),
        language: article.lang.as_deref().and_then(clean_language),
        url: url.or_else(|| article.url.as_deref().and_then(clean_url)),
    };
    Ok(Page { text, meta })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        text_of(&Document::fragment(html).root())
    }

    #[test]
    fn blocks_breaks_lists_and_spaces() {
        assert_eq!(
            text(
                "<p>One  <b>two</b>\n three.</p><p>Four<br>five</p><ul><li>a</li><li> b </li></ul>"
            ),
            "One two three.\n\nFour\nfive\n\n- a\n\n- b"
        );
        assert_eq!(text("<div><div><p>x</p></div>y</div>"), "x\n\ny");
        assert_eq!(text("<pre>a  b\n  c</pre>"), "a  b\n  c");
        assert_eq!(text("<p>a<i>b</i> c</p>"), "ab c");
        assert_eq!(text("<p>a <i> b</i></p>"), "a b");
    }

    #[test]
    fn invisible_things_never_reach_the_text() {
        let t = text(
            "<p>Seen<script>alert('x')</script><style>p{}</style><!-- a comment --></p>\
             <p hidden>no1</p><p aria-hidden=\"true\">no2</p><p style=\"display: none\">no3</p>\
             <p style='VISIBILITY:hidden'>no4</p><template><p>no5</p></template>\
             <noscript>no6</noscript><form><p>no7</p></form><p>End</p>",
        );
        assert_eq!(t, "Seen\n\nEnd");
    }

    #[test]
    fn deep_nesting_is_measured_before_parsing() {
        let deep = |n: usize| "<div>".repeat(n) + "deep" + &"</div>".repeat(n);
        assert_eq!(scan(&deep(900)), (900, 900));
        assert_eq!(text(&deep(900)), "deep");
        let p = extract(&deep(100_000)).unwrap_err();
        assert!(
            p.reason.contains("too deeply (100000 levels"),
            "{}",
            p.reason
        );
        // Unclosed paragraphs and list items, void and self-closed elements,
        // comments and scripts do not nest.
        let flat =
            "<p>a<li>b<br><img src=x><!-- <div><div> --><script>'<div><div>'</script>".repeat(5000);
        assert_eq!(scan(&flat).1, 0);
        // `/>` closes inside SVG only: `<div/>` opens a div.
        assert_eq!(
            scan(&format!("<svg>{}</svg>", "<path d=x/>".repeat(5000))).1,
            1
        );
        assert_eq!(scan(&"<div/>".repeat(5000)).1, 5000);
        assert_eq!(scan("<DIV><Div></dIV></div><div>").1, 2);
        let p = extract(&"<i>".repeat(MAX_ELEMENTS + 1)).unwrap_err();
        assert!(p.reason.contains("too many elements"), "{}", p.reason);
    }
}
