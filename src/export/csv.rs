//! The CSV export (`--format csv`): one row per claim of the view, in
//! article order, for spreadsheets. A header row names the columns; text
//! is quoted where needed (RFC 4180, `\n` line ends); a cell that starts
//! with `=`, `+`, `-` or `@` gets a leading `'` so that a spreadsheet shows
//! it as text instead of running it as a formula (text from a web page
//! could otherwise carry one).

use super::View;
use crate::model::Document;

/// The columns, in order.
pub const COLUMNS: [&str; 23] = [
    "claim",
    "party_id",
    "party",
    "speaker",
    "topic_id",
    "topic",
    "stance",
    "target",
    "summary",
    "mode",
    "quote",
    "condition",
    "paragraph",
    "line",
    "start",
    "end",
    "status",
    "confidence",
    "rule",
    "title",
    "date",
    "outlet",
    "url",
];

/// A text cell made safe from formula injection.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The claims of `view` as CSV.
pub fn write(doc: &Document, view: &View) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let paras = doc.article.paragraphs();
    let src = doc.source.as_ref();
    let mut rows: Vec<Vec<String>> = vec![COLUMNS.iter().map(|c| c.to_string()).collect()];
    for c in doc
        .claims_in_article_order()
        .into_iter()
        .filter_map(|i| doc.claims.get(i))
        .filter(|c| super::in_view(doc, view, c))
    {
        let party = doc.parties.get(c.party);
        let topic = doc.topics.get(c.topic);
        let opt = |o: Option<&String>| o.map_or_else(String::new, |s| cell(s));
        rows.push(vec![
            cell(&c.id),
            party.map_or_else(String::new, |p| cell(&p.id)),
            party.map_or_else(String::new, |p| cell(&p.name)),
            cell(&c.speaker),
            topic.map_or_else(String::new, |t| cell(&t.id)),
            topic.map_or_else(String::new, |t| cell(&t.label)),
            c.stance.as_str().to_string(),
            cell(&c.target),
            cell(&c.summary),
            c.mode.as_str().to_string(),
            cell(doc.quote_text(c)),
            opt(c.condition.as_ref()),
            paras.number_of(c.span.start).to_string(),
            doc.article.line_of(c.span.start).to_string(),
            doc.article.char_offset(c.span.start).to_string(),
            doc.article.char_offset(c.span.end).to_string(),
            c.status.as_str().to_string(),
            c.confidence.map_or_else(String::new, |x| format!("{x:.2}")),
            opt(c.rule.as_ref()),
            cell(&doc.title),
            cell(&doc.date),
            opt(src.and_then(|s| s.outlet.as_ref())),
            opt(src.and_then(|s| s.url.as_ref())),
        ]);
    }
    for r in rows {
        // Writing to a Vec cannot fail.
        let _ = w.write_record(&r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("plain"), "plain");
    }
}
