//! Time the phases of loading a document: `cargo run --release --example phases -- FILE.yaml`.
use std::time::Instant;
fn main() {
    let p = std::env::args().nth(1).unwrap_or_default();
    let t = Instant::now();
    let yaml = std::fs::read_to_string(&p).unwrap_or_default();
    let art_path = std::path::Path::new(&p).with_extension("txt");
    let art = std::fs::read_to_string(&art_path).unwrap_or_default();
    eprintln!("read        {:?}", t.elapsed());
    let t = Instant::now();
    let clean = standpoint::sanitize::is_clean(&art);
    eprintln!("is_clean    {:?} {clean}", t.elapsed());
    let t = Instant::now();
    let a = standpoint::model::Article::new(art.clone(), None);
    eprintln!("Article     {:?} {}", t.elapsed(), a.line_count());
    let t = Instant::now();
    let f = standpoint::anchor::Folded::new(&art);
    eprintln!("Folded      {:?} {}", t.elapsed(), f.text.len());
    let quotes: Vec<String> = yaml
        .lines()
        .filter_map(|l| l.strip_prefix("    quote: \""))
        .map(|q| q.trim_end_matches('"').replace("\\\"", "\""))
        .collect();
    let t = Instant::now();
    let an = standpoint::anchor::Anchorer::new(&art);
    eprintln!("anchorer    {:?}", t.elapsed());
    let t = Instant::now();
    let sels: Vec<standpoint::anchor::Selector> = quotes
        .iter()
        .map(|q| standpoint::anchor::Selector {
            exact: q,
            ..Default::default()
        })
        .collect();
    let r = an.resolve_all(&sels);
    eprintln!(
        "resolve_all {:?} {} ok={}",
        t.elapsed(),
        r.len(),
        r.iter().filter(|x| x.is_ok()).count()
    );
    let t = Instant::now();
    let n = standpoint::yaml::parse(&yaml);
    eprintln!("yaml        {:?} {}", t.elapsed(), n.is_ok());
    let t = Instant::now();
    let v: Result<serde_json::Value, _> = serde_saphyr::from_str(&yaml);
    eprintln!("yaml->json  {:?} {}", t.elapsed(), v.is_ok());
    let t = Instant::now();
    let d = standpoint::loader::load_source(&yaml, &p, &standpoint::loader::MemArticles(art));
    eprintln!("load total  {:?} {}", t.elapsed(), d.is_ok());
}
#[allow(dead_code)]
fn _unused() {}
