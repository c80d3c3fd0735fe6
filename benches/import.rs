//! Importing a web page: decode, extract the article (dom_smoothie) and
//! write its text, for realistic pages of 100 KB and 1 MB (a news page's
//! furniture, scripts and JSON-LD around a long article), and the same
//! followed by drafting a panel. `cargo bench --bench import`.
//!
//! Two measurements: wall time (group `import`), and, in group
//! `import_cpu`, the CPU time of the benchmark's thread (Linux:
//! `/proc/thread-self/schedstat`), which is what the work costs however
//! busy the machine is with other processes.

use std::time::{Duration, Instant};

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
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

/// CPU time of the current thread (wall time where the kernel does not
/// say).
fn cpu_now() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map(Duration::from_nanos)
        .unwrap_or_else(|| START.get_or_init(Instant::now).elapsed())
}

/// Criterion measurement: the thread's CPU time.
struct ThreadCpu;

struct Millis;

impl ValueFormatter for Millis {
    fn scale_values(&self, _typical: f64, values: &mut [f64]) -> &'static str {
        for v in values.iter_mut() {
            *v /= 1e6;
        }
        "ms (CPU)"
    }
    fn scale_throughputs(
        &self,
        _typical: f64,
        _t: &Throughput,
        values: &mut [f64],
    ) -> &'static str {
        self.scale_values(0.0, values)
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

impl Measurement for ThreadCpu {
    type Intermediate = Duration;
    type Value = Duration;
    fn start(&self) -> Duration {
        cpu_now()
    }
    fn end(&self, i: Duration) -> Duration {
        cpu_now().saturating_sub(i)
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, v: &Duration) -> f64 {
        v.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &Millis
    }
}

fn bench_cpu(c: &mut Criterion<ThreadCpu>) {
    let mut g = c.benchmark_group("import_cpu");
    g.sample_size(20);
    for (bytes, name) in [(100_000, "100KB"), (1_000_000, "1MB")] {
        let html = page(bytes);
        let opts = Options::default();
        g.bench_with_input(BenchmarkId::new("page", name), &html, |b, html| {
            b.iter(|| import::import_bytes(html.as_bytes(), "page.html", &opts))
        });
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("import");
    g.sample_size(20);
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
    }
    g.finish();
    // What `standpoint PAGE.html` does before drawing: import, then draft.
    let mut g = c.benchmark_group("import_and_draft");
    g.sample_size(10);
    let profile = Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
    for (bytes, name) in [(100_000, "100KB"), (1_000_000, "1MB")] {
        let html = page(bytes);
        let opts = Options::default();
        g.bench_with_input(BenchmarkId::new("page", name), &html, |b, html| {
            b.iter(|| {
                let imp = import::import_bytes(html.as_bytes(), "page.html", &opts)
                    .unwrap_or_else(|e| panic!("{e}"));
                import::document(&imp, None, &profile)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = bench_cpu
}
criterion_main!(benches, cpu);
