//! Bringing articles in: golden files for realistic saved pages
//! (tests/fixtures/pages/ -> tests/golden/import/, the extracted text and
//! the metadata; `UPDATE_GOLDEN=1 cargo test --test import` rewrites them),
//! what must never reach the text, charsets, PDFs, standard input, and the
//! `import`, `draft -` and `--save-to` commands end to end.

#[path = "support/isolated.rs"]
mod isolated;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use serde_json::{json, Value};
use standpoint::import::{self, Kind, Options};
use standpoint::loader;
use standpoint::sanitize::is_terminal_safe;

fn pages() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages")
}

fn page(name: &str) -> PathBuf {
    pages().join(name)
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = isolated::standpoint()
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        let mut w = child.stdin.take().unwrap();
        // The program may refuse before reading it all (a closed pipe).
        let _ = w.write_all(input);
    }
    child.wait_with_output().unwrap()
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, stdin)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn meta_json(imp: &import::Imported) -> String {
    let m = &imp.meta;
    let mut s = serde_json::to_string_pretty(&json!({
        "kind": format!("{:?}", imp.kind),
        "charset": imp.charset.name(),
        "title": m.title,
        "byline": m.byline,
        "date": m.date,
        "site_name": m.site_name,
        "language": m.language,
        "url": m.url,
    }))
    .unwrap();
    s.push('\n');
    s
}

/// Each saved page, imported: its text and metadata equal the golden files.
#[test]
fn golden_pages() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/import");
    let mut stale = Vec::new();
    let mut n = 0;
    for e in fs::read_dir(pages()).unwrap() {
        let p = e.unwrap().path();
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        if stem.contains("no-article") {
            continue;
        }
        n += 1;
        let imp = import::import_path(&p, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imp.kind, Kind::Html);
        for (ext, got) in [
            ("txt", format!("{}\n", imp.text)),
            ("json", meta_json(&imp)),
        ] {
            let g = golden.join(format!("{stem}.{ext}"));
            if update {
                fs::create_dir_all(&golden).unwrap();
                fs::write(&g, &got).unwrap();
            } else if fs::read_to_string(&g).ok().as_deref() != Some(got.as_str()) {
                stale.push(g.display().to_string());
            }
        }
    }
    assert_eq!(n, 3);
    assert!(
        stale.is_empty(),
        "differ: {}\n(if intended: UPDATE_GOLDEN=1 cargo test --test import)",
        stale.join(", ")
    );
}

#[test]
fn the_page_furniture_never_reaches_the_text() {
    let imp = import::import_path(&page("kyiv-wire-nato-talks.html"), &Options::default()).unwrap();
    let t = &imp.text;
    for gone in [
        "cookies",
        "Subscribe",
        "Search",
        "Advertisement",
        "Read more",
        "Most read",
        "morning briefing",
        "Comments (214)",
        "anon1987",
        "Share on",
        "All rights reserved",
        "TRACKING PIXEL",
        "HIDDEN PARAGRAPH",
        "INVISIBLE PARAGRAPH",
        "TEMPLATE TEXT",
        "COMMENTED OUT",
        "INJECTED BY SCRIPT",
        "loadAd",
        "dataLayer",
        // The headline and byline are metadata, not article text.
        "Zelensky says NATO membership must stay on the table as envoys",
        "By Olena",
    ] {
        assert!(!t.contains(gone), "{gone:?} leaked into:\n{t}");
    }
    // Every paragraph of the story, in order, one per block.
    let paras: Vec<&str> = t.split("\n\n").collect();
    assert_eq!(paras.len(), 6, "{t}");
    assert!(paras[0].starts_with("Ukrainian President Volodymyr Zelensky said on Tuesday"));
    assert!(paras[1].starts_with("“We will not accept a deal"));
    assert_eq!(paras[5], "The talks are expected to continue on Wednesday.");
    let m = &imp.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("Zelensky says NATO membership must stay on the table as envoys meet in Riyadh")
    );
    assert_eq!(m.byline.as_deref(), Some("Olena Marchenko"));
    assert_eq!(m.date.as_deref(), Some("2025-03-11"));
    assert_eq!(m.site_name.as_deref(), Some("Kyiv Wire"));
    assert_eq!(m.language.as_deref(), Some("en-GB"));
    // The canonical link, not og:url with its tracking parameter.
    assert_eq!(
        m.url.as_deref(),
        Some("https://www.kyivwire.example/world/2025/03/11/zelensky-nato-riyadh-talks")
    );
}

#[test]
fn hostile_page_is_decoded_and_sanitised() {
    let p = page("border-times-utf16-hostile.html");
    let imp = import::import_path(&p, &Options::default()).unwrap();
    assert_eq!(imp.charset.name(), "UTF-16LE");
    let t = &imp.text;
    for field in [
        Some(t.as_str()),
        imp.meta.title.as_deref(),
        imp.meta.byline.as_deref(),
        imp.meta.site_name.as_deref(),
    ] {
        let f = field.unwrap();
        assert!(is_terminal_safe(f), "{f:?}");
        assert!(
            !f.contains(['\u{1b}', '\u{7}', '\u{0}', '\u{202E}']),
            "{f:?}"
        );
    }
    // Escapes from entities are shown, not obeyed.
    assert!(t.contains("front line␛[31m, calling"), "{t}");
    assert_eq!(imp.meta.byline.as_deref(), Some("Sam ␛[31mRivera"));
    for gone in [
        "hacked",
        "HIDDEN SPONSOR",
        "SCREEN READERS",
        "enable JavaScript",
        "javascript:",
        "Latest",
        "xxxx",
    ] {
        assert!(!t.contains(gone), "{gone:?} leaked into:\n{t}");
    }
    assert_eq!(t.split("\n\n").count(), 4, "{t}");
    assert_eq!(imp.meta.date.as_deref(), Some("2025-03-02"));
}

#[test]
fn declared_latin1_page_is_read_as_windows_1252() {
    let imp = import::import_path(
        &page("quotidien-latin1-garanties.html"),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(imp.charset.name(), "windows-1252");
    assert!(imp
        .text
        .contains("« Nous ne laisserons pas l'Ukraine seule face à la Russie »"));
    assert!(
        imp.text.contains("cessez-le-feu – une première"),
        "the 0x96 dash"
    );
    assert!(
        !imp.text.contains("abonnez-vous"),
        "the menu's advertisement"
    );
    assert!(!imp.text.contains("Les plus lus"));
    assert_eq!(imp.meta.byline.as_deref(), Some("François Lévesque"));
    assert_eq!(imp.meta.language.as_deref(), Some("fr"));
}

#[test]
fn a_page_without_an_article_is_a_clear_error() {
    let o = run(
        &[
            "draft",
            page("front-page-no-article.html").to_str().unwrap(),
        ],
        None,
    );
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(
        err.contains("front-page-no-article.html: no article was found in the page"),
        "{err}"
    );
    assert!(err.contains("help: open the article's own page"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn import_writes_the_article_and_a_draft_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let o = run(
        &[
            "import",
            page("kyiv-wire-nato-talks.html").to_str().unwrap(),
            "-o",
            d,
        ],
        None,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let stem = "2025-03-11-zelensky-says-nato-membership-must-stay-on-the-table-as";
    let txt = dir.path().join(format!("{stem}.txt"));
    let yaml = dir.path().join(format!("{stem}.yaml"));
    let err = text(&o.stderr);
    assert!(err.contains(&format!("saved {}", txt.display())), "{err}");
    assert!(err.contains("claims drafted"), "{err}");
    let doc = loader::load_path(&yaml).unwrap_or_else(|e| panic!("{e}"));
    let src = doc.source.clone().unwrap();
    assert_eq!(src.outlet.as_deref(), Some("Kyiv Wire"));
    assert_eq!(src.byline.as_deref(), Some("Olena Marchenko"));
    assert_eq!(src.language.as_deref(), Some("en-GB"));
    assert_eq!(doc.date, "2025-03-11");
    assert!(
        doc.draft && !doc.claims.is_empty(),
        "the default profile finds NATO claims"
    );
    assert!(fs::read_to_string(&txt)
        .unwrap()
        .starts_with("Ukrainian President Volodymyr Zelensky"));
    let check = run(&["check", yaml.to_str().unwrap()], None);
    assert!(check.status.success(), "{}", text(&check.stderr));
    // Importing again never replaces: a second pair of files.
    let o = run(
        &[
            "import",
            page("kyiv-wire-nato-talks.html").to_str().unwrap(),
            "-o",
            d,
        ],
        None,
    );
    assert!(o.status.success());
    assert!(dir.path().join(format!("{stem}-2.yaml")).is_file());
    // The citation line of the text export.
    let out = run(
        &[
            "export",
            yaml.to_str().unwrap(),
            "--view",
            "claims",
            "--format",
            "text",
            "--width",
            "200",
        ],
        None,
    );
    let s = text(&out.stdout);
    assert!(
        s.contains("Cite: Olena Marchenko, “Zelensky says NATO membership must stay on the table as envoys meet in Riyadh”, Kyiv Wire, 2025-03-11, https://www.kyivwire.example/world/2025/03/11/zelensky-nato-riyadh-talks"),
        "{s}"
    );
    assert!(s.contains(", ¶"), "{s}");
}

/// What newsboat 2.21 pipes to a command (`pipe-to`).
fn newsboat_rendering() -> String {
    let body = "Ukrainian President Volodymyr Zelensky said on Tuesday that NATO membership \nmust remain on the table in any settlement with Russia. \n \n“We will not accept a deal that closes the door to the alliance forever,” \nZelensky told reporters[1]. \n \nLinks: \n[1]: https://example.org/press (link)\n";
    format!(
        "Feed: Kyiv Wire\nTitle: Zelensky keeps NATO on the table\nAuthor: Olena Marchenko\nDate: Tue, 11 Mar 2025 06:15:00 +0000\nLink: https://www.kyivwire.example/a\n \n{body}"
    )
}

#[test]
fn draft_from_standard_input_newsboat() {
    let o = run(&["draft", "-"], Some(newsboat_rendering().as_bytes()));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let yaml = text(&o.stdout);
    assert!(
        yaml.contains("title: \"Zelensky keeps NATO on the table\""),
        "{yaml}"
    );
    assert!(yaml.contains("date: \"2025-03-11\""), "{yaml}");
    assert!(yaml.contains("  outlet: \"Kyiv Wire\"\n  url: \"https://www.kyivwire.example/a\"\n  byline: \"Olena Marchenko\"\n"), "{yaml}");
    // The body inline, unwrapped, without the links list or its marks.
    assert!(yaml.contains("body: \"Ukrainian President Volodymyr Zelensky said on Tuesday that NATO membership must remain on the table in any settlement with Russia.\\n\\n“We will not accept a deal that closes the door to the alliance forever,” Zelensky told reporters.\""), "{yaml}");
    let doc = loader::load_source(&yaml, "stdin.yaml", &loader::MemArticles(String::new()))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!doc.claims.is_empty());
}

#[test]
fn draft_from_standard_input_html_and_save_to() {
    let html = fs::read(page("kyiv-wire-nato-talks.html")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        &["draft", "-", "--save-to", dir.path().to_str().unwrap()],
        Some(&html),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty());
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].ends_with(".txt") && names[1].ends_with(".yaml"));
    let doc = loader::load_path(&dir.path().join(&names[1])).unwrap();
    assert_eq!(
        doc.source.unwrap().url.as_deref(),
        Some("https://www.kyivwire.example/world/2025/03/11/zelensky-nato-riyadh-talks")
    );
}

#[test]
fn the_reader_on_a_pipe_without_a_terminal_says_so() {
    let o = run(&["-"], Some(b"Some text."));
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(err.contains("needs a terminal"), "{err}");
    // `-` with nothing piped in is explained.
    let o = run(&["draft", "-"], Some(b""));
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("the article is empty"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn pdf_utf16_utf32_and_latin1_files() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    fs::write(
        &pdf,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    )
    .unwrap();
    let o = run(&["draft", pdf.to_str().unwrap()], None);
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(
        err.contains("report.pdf: this is a PDF, not a text article"),
        "{err}"
    );
    assert!(err.contains("pdftotext FILE.pdf"), "{err}");

    let article = "Zelensky said that NATO membership must remain on the table in any settlement with Russia.\n";
    let mut u16 = vec![0xFF, 0xFE];
    for u in article.encode_utf16() {
        u16.extend(u.to_le_bytes());
    }
    let mut u32 = vec![0, 0, 0xFE, 0xFF];
    for c in article.chars() {
        u32.extend((c as u32).to_be_bytes());
    }
    for (name, bytes) in [("u16.txt", u16), ("u32.txt", u32)] {
        let p = dir.path().join(name);
        fs::write(&p, bytes).unwrap();
        let o = run(&["draft", p.to_str().unwrap()], None);
        assert!(o.status.success(), "{name}: {}", text(&o.stderr));
        let y = text(&o.stdout);
        // Not readable by the loader as it is: the text goes inline.
        assert!(
            y.contains(&format!("body: \"{}\\n\"", article.trim_end())),
            "{name}: {y}"
        );
    }

    let latin = dir.path().join("latin.txt");
    fs::write(
        &latin,
        b"Le pr\xe9sident a d\xe9clar\xe9 que l'Europe \xe9tait pr\xeate.\n",
    )
    .unwrap();
    let o = run(&["draft", latin.to_str().unwrap()], None);
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(
        err.contains("is not UTF-8 text (first invalid byte at line 1, column 6)"),
        "{err}"
    );
    assert!(err.contains("--encoding latin1"), "{err}");
    let o = run(
        &["draft", latin.to_str().unwrap(), "--encoding", "latin1"],
        None,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("Le président a déclaré que l'Europe était prête."));
    let o = run(
        &["draft", latin.to_str().unwrap(), "--encoding", "klingon"],
        None,
    );
    assert!(
        text(&o.stderr).contains("unknown encoding `klingon`"),
        "{}",
        text(&o.stderr)
    );
    // A UTF-8 text file is still referenced, not copied.
    let plain = dir.path().join("plain.txt");
    fs::write(&plain, article).unwrap();
    let o = run_in(dir.path(), &["draft", "plain.txt"], None);
    assert!(
        text(&o.stdout).contains("article: \"plain.txt\""),
        "{}",
        text(&o.stdout)
    );
}

#[test]
fn a_50_mb_page_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.html");
    let mut f = fs::File::create(&p).unwrap();
    f.write_all(b"<!doctype html><html><body>").unwrap();
    let para = "<p>".to_string() + &"word ".repeat(200) + "</p>\n";
    for _ in 0..(50 << 20) / para.len() {
        f.write_all(para.as_bytes()).unwrap();
    }
    drop(f);
    let o = run(&["draft", p.to_str().unwrap()], None);
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(
        err.contains("huge.html: the page is too large (49 MB; the limit for web pages is 20 MB)"),
        "{err}"
    );
    // The same on standard input (read up to the limit, then refused).
    let bytes = fs::read(&p).unwrap();
    let o = run(&["draft", "-"], Some(&bytes));
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("the page is too large"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn w3c_export_of_an_imported_page_targets_its_url() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "import",
            page("kyiv-wire-nato-talks.html").to_str().unwrap(),
            "-o",
            dir.path().to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success());
    let yaml = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "yaml"))
        .unwrap();
    let o = run(&["export", yaml.to_str().unwrap(), "--format", "w3c"], None);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: Value = serde_json::from_str(&text(&o.stdout)).unwrap();
    assert_eq!(
        v["first"]["items"][0]["target"]["source"],
        "https://www.kyivwire.example/world/2025/03/11/zelensky-nato-riyadh-talks"
    );
}
