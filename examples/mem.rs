//! Peak memory of each loading phase (reads VmHWM):
//! `cargo run --release --example mem -- FILE.yaml [yaml|prep|load|lenient]`.
//! The article is FILE.txt beside FILE.yaml.

fn hwm() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("")
        .to_string()
}

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let Some(p) = a.first() else {
        eprintln!("usage: mem FILE.yaml [yaml|prep|load|lenient]");
        return;
    };
    let yaml = std::fs::read_to_string(p).unwrap_or_default();
    let art =
        std::fs::read_to_string(std::path::Path::new(p).with_extension("txt")).unwrap_or_default();
    eprintln!("read: {}", hwm());
    let articles = standpoint::loader::MemArticles(art);
    match a.get(1).map_or("load", String::as_str) {
        "yaml" => {
            let mut items = 0usize;
            let t = standpoint::yaml::stream(&yaml, &mut |_, _| items += 1);
            eprintln!("yaml: {} {} items, event path {}", hwm(), items, t.is_ok());
        }
        "prep" => {
            let t = standpoint::loader::Prepared::new(articles.0, None);
            eprintln!("prep: {} {}", hwm(), t.article.text().len());
        }
        "lenient" => {
            let d = standpoint::loader::load_lenient(&yaml, p, &articles);
            eprintln!("lenient: {} {}", hwm(), d.is_ok());
        }
        _ => {
            let d = standpoint::loader::load_source(&yaml, p, &articles);
            eprintln!("load: {} {}", hwm(), d.is_ok());
        }
    }
}
