//! Importing a web page: decode, extract the article (dom_smoothie) and
//! write its text, for realistic pages of 100 KB and 1 MB (a news page's
//! furniture, scripts and JSON-LD around a long article), and the same
//! followed by drafting a panel. `cargo bench --bench import`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use standpoint::draft::Profile;
use standpoint::import::{self, Options};

/// A saved news page of about `bytes` bytes: the test page's furniture
/// (navigation, cookie banner, ads, sidebar, comments, scripts, JSON-LD)
/// around an article of as many paragraphs as it takes, with a script,
/// an inline ad and a related-links box every few paragraphs, as real
/// pages have.
pub fn page(bytes: usize) -> String {
    let base = include_str!("../tests/fixtures/pages/kyiv-wire-nato-talks.html");
    let (head, rest) = base.split_at(base.find("<p>Ukrainian President").unwrap_or(0));
    let tail = &rest[rest.find("<template>").unwrap_or(0)..];
    // Each paragraph differs (a number in it), as an article's do.
    let paragraphs: [fn(usize) -> String; 7] = [
        |k| {
            format!("<p>Ukrainian President Volodymyr Zelensky said on day {k} that NATO membership must remain on the table in any settlement with Russia, as American and Ukrainian envoys met in Riyadh to discuss a possible ceasefire.</p>\n")
        },
        |k| {
            format!("<p>&ldquo;We will not accept a deal that closes the door to the alliance after {k} days,&rdquo; Zelensky told reporters in Kyiv. &ldquo;Our security guarantees must be real, not words on paper.&rdquo;</p>\n")
        },
        |k| {
            format!("<p>The Kremlin rejected the idea again in statement {k}. Kremlin spokesman Dmitry Peskov said that Ukraine&rsquo;s accession to NATO was &ldquo;absolutely unacceptable&rdquo; to Moscow and would make any agreement impossible.</p>\n")
        },
        |k| {
            format!("<div class=\"ad-slot inline\"><span>Advertisement</span><script>loadAd('inline-{k}')</script></div>\n")
        },
        |k| {
            format!("<p>U.S. Secretary of State <a href=\"/people/rubio\">Marco Rubio</a> said Washington wanted both sides to agree to a {k}-day ceasefire first, adding that questions of territory would be settled later in negotiations.</p>\n")
        },
        |k| {
            format!("<aside class=\"related\"><h2>Read more</h2><ul><li><a href=\"/a{k}\">Europe weighs peacekeeping force</a></li><li><a href=\"/b{k}\">What a ceasefire line could look like</a></li></ul></aside>\n")
        },
        |k| {
            format!("<p>European leaders have signalled that they are ready to provide {k} troops for a reassurance force. French President Emmanuel Macron said Europe would take responsibility for the security guarantees that Ukraine needs.</p>\n")
        },
    ];
    let mut body = String::new();
    let mut k = 0;
    while head.len() + body.len() + tail.len() < bytes {
        body.push_str(&paragraphs[k % paragraphs.len()](k));
        k += 1;
    }
    format!("{head}{body}{tail}")
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("import");
    g.sample_size(20);
    let profile = Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
    for (bytes, name) in [(100_000, "100KB"), (1_000_000, "1MB")] {
        let html = page(bytes);
        let opts = Options::default();
        g.bench_with_input(BenchmarkId::new("page", name), &html, |b, html| {
            b.iter(|| {
                let imp = import::import_bytes(html.as_bytes(), "page.html", &opts);
                assert!(imp.as_ref().is_ok_and(|i| i.text.len() > bytes / 3));
                imp
            })
        });
        g.bench_with_input(
            BenchmarkId::new("page_and_draft", name),
            &html,
            |b, html| {
                b.iter(|| {
                    let imp = import::import_bytes(html.as_bytes(), "page.html", &opts)
                        .unwrap_or_else(|e| panic!("{e}"));
                    import::document(&imp, None, &profile)
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
