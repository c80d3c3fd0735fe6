//! The citation line of text and Markdown exports: who wrote the article,
//! its title, where and when it was published and its address, ready to
//! paste (`Jane Doe, “Title”, Example News, 2025-03-04, https://…`).

use crate::model::Document;

/// The parts of a citation that the document knows, in citation order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation<'a> {
    pub byline: Option<&'a str>,
    pub title: &'a str,
    pub outlet: Option<&'a str>,
    pub date: &'a str,
    pub url: Option<&'a str>,
}

impl<'a> Citation<'a> {
    pub fn of(doc: &'a Document) -> Self {
        let src = doc.source.as_ref();
        let nonempty = |s: Option<&'a String>| s.map(|s| s.trim()).filter(|s| !s.is_empty());
        Citation {
            byline: nonempty(src.and_then(|s| s.byline.as_ref())),
            title: doc.title.trim(),
            outlet: nonempty(src.and_then(|s| s.outlet.as_ref())),
            date: doc.date.trim(),
            url: nonempty(src.and_then(|s| s.url.as_ref())),
        }
    }

    /// The citation as one line of plain text, each part written by `part`
    /// (the Markdown writer escapes them) and the URL by `link`.
    pub fn render(&self, part: impl Fn(&str) -> String, link: impl Fn(&str) -> String) -> String {
        let mut parts = Vec::new();
        if let Some(b) = self.byline {
            parts.push(part(b));
        }
        parts.push(format!("“{}”", part(self.title)));
        if let Some(o) = self.outlet {
            parts.push(part(o));
        }
        if !self.date.is_empty() {
            parts.push(part(self.date));
        }
        if let Some(u) = self.url {
            parts.push(link(u));
        }
        parts.join(", ")
    }

    /// The citation as plain text.
    pub fn text(&self) -> String {
        self.render(str::to_string, str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    #[test]
    fn names_what_is_known_in_order() {
        let mut doc = crate::loader::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            Citation::of(&doc).text(),
            "“Trump Says He’ll Push for Ukraine to Get ‘As Much Territory Back as Possible’”, 2025-02-26"
        );
        doc.title = "T".into();
        doc.source = Some(Source {
            outlet: Some("Example News".into()),
            url: Some("https://example.org/a".into()),
            byline: Some("Jane Doe".into()),
            language: Some("en".into()),
        });
        assert_eq!(
            Citation::of(&doc).text(),
            "Jane Doe, “T”, Example News, 2025-02-26, https://example.org/a"
        );
    }
}
