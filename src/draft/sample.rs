//! Long texts for measuring drafting (benchmarks, `examples/draft_corpus`):
//! the bundled article repeated with a mark in every sentence (ordinary
//! news), and its paragraphs repeated and numbered (dense with quotations
//! and speakers, every quotation repeated).

use crate::loader::BUNDLED_ARTICLE;

/// About `bytes` of ordinary news: the bundled article repeated, each copy
/// marked in every sentence so that quotes stay unique through their
/// context, as in a real long text.
pub fn normal(bytes: usize) -> String {
    let n = bytes / BUNDLED_ARTICLE.len() + 1;
    (0..n)
        .map(|k| BUNDLED_ARTICLE.replace(". ", &format!(". [{k}] ")))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// About `bytes` of text dense with quotations and speakers: the bundled
/// article's paragraphs repeated and numbered ("17. Trump said …").
pub fn quote_dense(bytes: usize) -> String {
    let paras: Vec<&str> = BUNDLED_ARTICLE
        .split("\n\n")
        .map(str::trim)
        .filter(|p| p.contains('"') || p.contains('\u{201C}') || p.contains(" said"))
        .collect();
    let mut out = String::with_capacity(bytes + 4096);
    let mut k = 0usize;
    while out.len() < bytes && !paras.is_empty() {
        let p = paras[k % paras.len()];
        out.push_str(&format!("{}. {p}\n\n", k + 1));
        k += 1;
    }
    out
}
