//! Peak memory of each loading phase (reads VmHWM): `--example mem -- FILE.yaml PHASE`.
fn hwm() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("")
        .to_string()
}
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let p = &a[1];
    let yaml = std::fs::read_to_string(p).unwrap_or_default();
    let art =
        std::fs::read_to_string(std::path::Path::new(p).with_extension("txt")).unwrap_or_default();
    eprintln!("read: {}", hwm());
    match a[2].as_str() {
        "tree" => {
            let t = standpoint::yaml::parse(&yaml);
            eprintln!("tree: {} {}", hwm(), t.is_ok());
        }
        "prep" => {
            let t = standpoint::loader::Prepared::new(art, None);
            eprintln!("prep: {} {}", hwm(), t.article.text().len());
        }
        _ => {
            let d =
                standpoint::loader::load_source(&yaml, p, &standpoint::loader::MemArticles(art));
            eprintln!("load: {} {}", hwm(), d.is_ok());
        }
    }
}
