use super::*;

fn env_of(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name: &str| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

fn file_settings(src: &str) -> (Settings, Vec<Diagnostic>) {
    let mut s = Settings::default();
    let env = env_of(&[("HOME", "/home/ann")]);
    let d = apply_file(&mut s, src, Path::new("/etc/sp"), &env);
    (s, d)
}

#[test]
fn a_full_file_sets_everything_with_its_lines() {
    let (s, d) = file_settings(
        "profile: ~/p/eu.yaml\ntheme: light\ncolor: never\nmouse: false\n\
         export:\n  format: csv\n  width: 100\n  dir: out\nkeys:\n  next-claim: J\n",
    );
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(s.profile.value, Some(PathBuf::from("/home/ann/p/eu.yaml")));
    assert_eq!(s.profile.origin, Origin::File(1));
    assert_eq!(s.theme.value, ThemeChoice::Light);
    assert_eq!(s.color.value, ColorChoice::Never);
    assert_eq!(
        s.mouse,
        Setting {
            value: false,
            origin: Origin::File(4)
        }
    );
    assert_eq!(s.export_format.value, Some(Format::Csv));
    assert_eq!(s.export_width.value, 100);
    assert_eq!(s.export_width.origin, Origin::File(7));
    // Relative to the configuration file's directory.
    assert_eq!(s.export_dir.value, Some(PathBuf::from("/etc/sp/out")));
    assert_eq!(s.keys.len(), 1);
    assert_eq!(s.keys[0].pos.line, 10);
}

#[test]
fn an_empty_file_is_all_defaults() {
    for src in ["", "# nothing yet\n", TEMPLATE] {
        let (s, d) = file_settings(src);
        assert!(d.is_empty(), "{src:?}: {d:?}");
        assert_eq!(s, Settings::default());
    }
}

#[test]
fn every_error_says_where_and_what_was_meant() {
    let cases: &[(&str, usize, &str, Option<&str>)] = &[
        (
            "themee: dark\n",
            1,
            "unknown setting `themee`",
            Some("did you mean `theme`?"),
        ),
        (
            "theme: drak\n",
            1,
            "`drak` is not one of auto, dark, light",
            Some("did you mean `dark`?"),
        ),
        (
            "# colours\ncolor: sometimes\n",
            2,
            "`sometimes` is not one of auto, always, never",
            None,
        ),
        (
            "mouse: maybe\n",
            1,
            "`mouse` is true or false, not a string",
            None,
        ),
        (
            "export:\n  widht: 90\n",
            2,
            "unknown setting `widht`",
            Some("did you mean `width`?"),
        ),
        (
            "export:\n  width: 5\n",
            2,
            "`width` is a number of columns, 20 or more",
            None,
        ),
        (
            "export:\n  format: markdwn\n",
            2,
            "`markdwn` is not one of text, markdown, json, w3c, csv",
            Some("did you mean `markdown`?"),
        ),
        (
            "export: csv\n",
            1,
            "`export` must be a mapping, not a string",
            None,
        ),
        (
            "profile: 3\n",
            1,
            "a path must be written as text, not a number",
            None,
        ),
        (
            "keys:\n  next-clam: J\n",
            2,
            "unknown action `next-clam`",
            Some("did you mean `next-claim`?"),
        ),
        ("theme: [dark\n", 1, "", None),
        (
            "- theme\n",
            1,
            "the configuration must be a mapping, not a list",
            None,
        ),
    ];
    for (src, line, message, help) in cases {
        let (s, d) = file_settings(src);
        assert_eq!(d.len(), 1, "{src:?}: {d:?}");
        assert_eq!(d[0].pos.line, *line, "{src:?}: {d:?}");
        assert!(d[0].message.contains(message), "{src:?}: {}", d[0].message);
        if let Some(h) = help {
            assert_eq!(d[0].help.as_deref(), Some(*h), "{src:?}");
        }
        // What was wrong keeps its default.
        assert_eq!(s.theme.value, ThemeChoice::Auto, "{src:?}");
        assert_eq!(s.export_width.value, export::DEFAULT_WIDTH, "{src:?}");
    }
}

#[test]
fn the_rest_of_a_broken_file_still_applies() {
    let (s, d) = file_settings("theme: light\nmous: false\n");
    assert_eq!(d.len(), 1);
    assert_eq!(s.theme.value, ThemeChoice::Light);
    assert!(s.mouse.value);
}

#[test]
fn the_report_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.yaml");
    std::fs::write(&path, "theme: dark\nkeys:\n  togle-matrix: M\n").unwrap();
    let flags = Flags {
        config: Some(path.clone()),
        ..Flags::default()
    };
    let loaded = load(&flags, &env_of(&[]), None);
    let p = loaded.problems.expect("a problem");
    let text = p.report.render();
    assert!(text.contains(&format!("{}:3:3", path.display())), "{text}");
    assert!(
        text.contains("help: did you mean `toggle-matrix`?"),
        "{text}"
    );
    let summary = p.summary();
    assert!(
        summary.starts_with("config config.yaml:3: unknown action `togle-matrix`"),
        "{summary}"
    );
    // The good setting applies; the remaps do not.
    assert_eq!(loaded.settings.theme.value, ThemeChoice::Dark);
    assert!(loaded.settings.keys.is_empty());
}

#[test]
fn a_missing_named_file_is_a_problem_but_a_missing_default_is_not() {
    let env = env_of(&[("STANDPOINT_CONFIG", "/nonexistent/sp.yaml")]);
    let loaded = load(&Flags::default(), &env, None);
    let p = loaded.problems.expect("a problem");
    assert!(
        p.summary().contains("named by STANDPOINT_CONFIG"),
        "{}",
        p.summary()
    );
    let loaded = load(
        &Flags::default(),
        &env_of(&[]),
        Some(PathBuf::from("/nonexistent/config.yaml")),
    );
    assert!(loaded.problems.is_none());
    assert_eq!(loaded.settings, Settings::default());
    let f = loaded.file.unwrap();
    assert_eq!((f.origin, f.exists), (FileOrigin::Default, false));
}

#[test]
fn flag_beats_env_beats_file_beats_default() {
    let dir = tempfile::tempdir().unwrap();
    let from_env = dir.path().join("env.yaml");
    let from_flag = dir.path().join("flag.yaml");
    let default = dir.path().join("default.yaml");
    std::fs::write(&from_env, "theme: light\ncolor: always\nmouse: false\n").unwrap();
    std::fs::write(&from_flag, "export:\n  width: 99\n").unwrap();
    std::fs::write(&default, "export:\n  width: 120\n").unwrap();
    let env_path = from_env.display().to_string();

    // The file: STANDPOINT_CONFIG over the default place, --config over both.
    let none = env_of(&[]);
    let l = load(&Flags::default(), &none, Some(default.clone()));
    assert_eq!(l.settings.export_width.value, 120);
    let env = env_of(&[("STANDPOINT_CONFIG", &env_path)]);
    let l = load(&Flags::default(), &env, Some(default.clone()));
    assert_eq!(l.file.as_ref().unwrap().origin, FileOrigin::Env);
    assert_eq!(l.settings.theme.value, ThemeChoice::Light);
    assert_eq!(l.settings.export_width.value, export::DEFAULT_WIDTH);
    let flags = Flags {
        config: Some(from_flag.clone()),
        ..Flags::default()
    };
    let l = load(&flags, &env, Some(default.clone()));
    assert_eq!(l.file.as_ref().unwrap().origin, FileOrigin::Flag);
    assert_eq!(l.settings.export_width.value, 99);
    assert_eq!(l.settings.theme.value, ThemeChoice::Auto);

    // A setting: the environment over the file, a flag over both.
    let env = env_of(&[
        ("STANDPOINT_CONFIG", &env_path),
        ("STANDPOINT_THEME", "dark"),
        ("NO_COLOR", "1"),
    ]);
    let l = load(&Flags::default(), &env, None);
    assert_eq!(l.settings.theme.value, ThemeChoice::Dark);
    assert_eq!(l.settings.theme.origin, Origin::Env("STANDPOINT_THEME"));
    assert_eq!(l.settings.color.value, ColorChoice::Never);
    assert_eq!(l.settings.color.origin, Origin::Env("NO_COLOR"));
    assert_eq!(l.settings.mouse.origin, Origin::File(3));
    let flags = Flags {
        theme: Some(ThemeChoice::Light),
        color: Some(ColorChoice::Always),
        export_width: Some(40),
        ..Flags::default()
    };
    let l = load(&flags, &env, None);
    assert_eq!(l.settings.theme.origin, Origin::Flag("--theme"));
    assert_eq!(l.settings.color.value, ColorChoice::Always);
    assert_eq!(l.settings.export_width.value, 40);
    assert_eq!(l.settings.profile.origin, Origin::Default);

    // `config show` says where each came from.
    let shown = show(&l);
    assert!(
        shown.contains(&format!(
            "# config file: {env_path} (named by STANDPOINT_CONFIG)"
        )),
        "{shown}"
    );
    for want in [
        "theme          light",
        "# flag: --theme",
        "color          always",
        "# flag: --color",
        "mouse          false",
        "# config file, line 3",
        "export.width   40",
        "# flag: --width",
        "profile        (bundled)",
    ] {
        assert!(shown.contains(want), "{want:?} in\n{shown}");
    }
}

#[test]
fn the_reader_options_follow_the_settings() {
    let mut s = Settings::default();
    let never_asked = || -> Option<bool> { panic!("the terminal was asked") };
    s.theme.value = ThemeChoice::Light;
    let r = s.reader(&never_asked);
    assert_eq!(r.theme, crate::view::Theme::LIGHT);
    assert!(!r.ask_terminal);
    s.theme.value = ThemeChoice::Auto;
    // Known without asking (COLORFGBG): nothing to ask.
    let r = s.reader(&|| Some(true));
    assert!(r.theme.light && !r.ask_terminal);
    // Not known: dark until the terminal answers, which the reader asks.
    let r = s.reader(&|| None);
    assert!(!r.theme.light && r.ask_terminal);
    // Without colours the terminal is not asked.
    s.color.value = ColorChoice::Never;
    let r = s.reader(&never_asked);
    assert!(r.theme.mono && !r.ask_terminal);
    s.color.value = ColorChoice::Always;
    s.mouse.value = false;
    let r = s.reader(&|| Some(false));
    assert!(r.force_color && !r.mouse && !r.theme.mono);
}

#[test]
fn keys_markdown_shows_remaps_and_names() {
    let (s, d) = file_settings("keys:\n  toggle-matrix: M\n");
    assert!(d.is_empty(), "{d:?}");
    let md = keys_markdown(&s.key_table());
    assert!(
        md.contains("| M | `toggle-matrix` | show or hide the party × topic matrix |"),
        "{md}"
    );
    assert!(md.contains("### Stance panel (`panel`)"), "{md}");
}
