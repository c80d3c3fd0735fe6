//! Key remaps from the configuration file, checked against the one key
//! table ([`crate::keys::BINDINGS`]): an action is named by its kebab-case
//! name (`next-claim`, `toggle-matrix`), optionally limited to one context
//! (`panel.next-claim`); its keys replace the table's for that action. An
//! unknown action, context or key, or a key that would then do two things
//! in one context, is a [`Diagnostic`] at its line, with a "did you mean".

use ratatui::crossterm::event::KeyCode;

use crate::action::Action;
use crate::diag::{did_you_mean, Diagnostic};
use crate::keys::{Binding, Context, Key, BINDINGS};
use crate::yaml::{Node, Pos, Value};

/// One remap as written: `panel.next-claim: [J, Down]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Remap {
    /// The name as written (`next-claim`, `panel.next-claim`).
    pub name: String,
    pub context: Option<Context>,
    pub action: Action,
    pub keys: Vec<Key>,
    pub pos: Pos,
}

/// `NextClaim` -> `next-claim`; `None` for actions that carry data (typed
/// characters, mouse positions), which are not remapped.
pub fn action_name(a: &Action) -> Option<String> {
    let debug = format!("{a:?}");
    if !debug.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(kebab(&debug))
}

fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A context's name in the file: `panel`, `global`, `search`.
pub fn context_name(c: Context) -> String {
    kebab(&format!("{c:?}"))
}

/// Every remappable action name of the table, in table order, once each.
fn action_names() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for b in BINDINGS.iter().filter(|b| remappable(b)) {
        if let Some(n) = action_name(&b.action) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names
}

/// Bindings that take any character (typing into a prompt) keep their keys.
fn remappable(b: &Binding) -> bool {
    !b.keys.contains(&Key::AnyChar) && action_name(&b.action).is_some()
}

/// Keys with a name of more than one character, as [`Key::name`] shows them,
/// plus a few spellings people use.
const NAMED: [(&str, KeyCode); 19] = [
    ("Space", KeyCode::Char(' ')),
    ("Down", KeyCode::Down),
    ("Up", KeyCode::Up),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PgDn", KeyCode::PageDown),
    ("PageDown", KeyCode::PageDown),
    ("PgUp", KeyCode::PageUp),
    ("PageUp", KeyCode::PageUp),
    ("Tab", KeyCode::Tab),
    ("Shift-Tab", KeyCode::BackTab),
    ("BackTab", KeyCode::BackTab),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
];

/// A key as written in the file: `j`, `G`, `Down`, `PgDn`, `Ctrl-x`,
/// `F5`; or what is wrong with it.
pub fn parse_key(s: &str) -> Result<Key, String> {
    let t = s.trim();
    let mut chars = t.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_control() {
            return Err(format!("`{}` is a control character", c.escape_default()));
        }
        return Ok(Key::Plain(KeyCode::Char(c)));
    }
    let lower = t.to_ascii_lowercase();
    if let Some(rest) = lower
        .strip_prefix("ctrl-")
        .or_else(|| lower.strip_prefix("ctrl+"))
        .or_else(|| lower.strip_prefix("c-"))
    {
        let mut r = rest.chars();
        return match (r.next(), r.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => Ok(Key::Ctrl(c)),
            _ => Err(format!(
                "`{t}`: only a letter can go with Ctrl (Ctrl-a to Ctrl-z)"
            )),
        };
    }
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        if (1..=12).contains(&n) {
            return Ok(Key::Plain(KeyCode::F(n)));
        }
    }
    if let Some((_, code)) = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(t)) {
        return Ok(Key::Plain(*code));
    }
    let names: Vec<&str> = NAMED.iter().map(|(n, _)| *n).collect();
    let hint = did_you_mean(t, &names)
        .map(|n| format!("; did you mean `{n}`?"))
        .unwrap_or_default();
    Err(format!("unknown key `{t}`{hint}"))
}

/// The remaps under `keys:`, each checked; the problems otherwise.
pub fn parse(node: &Node, src: &str) -> (Vec<Remap>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let entries = match &node.value {
        Value::Map(m) => m,
        Value::Null => return (out, problems),
        _ => {
            problems.push(
                Diagnostic::new(
                    node.pos(),
                    format!("`keys` must be a mapping, not {}", node.kind()),
                )
                .help("write `keys:` then one `action: key` per line, e.g. `next-claim: J`"),
            );
            return (out, problems);
        }
    };
    let names = action_names();
    for (k, v) in entries {
        match parse_one(k, v, &names, src) {
            Ok(r) => out.push(r),
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() {
        problems.extend(clashes(&out));
    }
    (out, problems)
}

/// The scalar as written at `pos` (YAML reads `n`, `y`, `no`, `on` as
/// booleans, but here they are keys).
fn raw_scalar(src: &str, pos: Pos) -> Option<String> {
    let line = src.lines().nth(pos.line.checked_sub(1)?)?;
    let token: String = line
        .chars()
        .skip(pos.col.checked_sub(1)?)
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}' | '#'))
        .collect();
    (!token.is_empty()).then_some(token)
}

fn parse_one(k: &Node, v: &Node, names: &[String], src: &str) -> Result<Remap, Diagnostic> {
    let name = k.as_str().unwrap_or_default().trim().to_string();
    let (ctx_name, act_name) = match name.split_once('.') {
        Some((c, a)) => (Some(c), a),
        None => (None, name.as_str()),
    };
    let context = match ctx_name {
        None => None,
        Some(c) => {
            let all: Vec<String> = Context::ALL.into_iter().map(context_name).collect();
            let pos = all.iter().position(|n| n == c);
            match pos.and_then(|i| Context::ALL.get(i)) {
                Some(ctx) => Some(*ctx),
                None => {
                    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
                    return Err(unknown(k.pos(), "context", c, &refs));
                }
            }
        }
    };
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let Some(action) = BINDINGS
        .iter()
        .filter(|b| remappable(b) && context.is_none_or(|c| b.context == c))
        .find(|b| action_name(&b.action).as_deref() == Some(act_name))
        .map(|b| b.action)
    else {
        if let (Some(ctx), true) = (context, refs.contains(&act_name)) {
            return Err(Diagnostic::new(
                k.pos(),
                format!(
                    "`{act_name}` is not bound in the {} context",
                    context_name(ctx)
                ),
            )
            .label("no such binding there")
            .help(format!(
                "write `{act_name}` alone to remap it wherever it is bound"
            )));
        }
        return Err(unknown(k.pos(), "action", act_name, &refs));
    };
    let written: Vec<&Node> = match &v.value {
        Value::Seq(items) => items.iter().collect(),
        _ => vec![v],
    };
    let mut keys = Vec::new();
    for item in written {
        let text = match &item.value {
            Value::Str(s) => s.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Bool(_) => raw_scalar(src, item.pos()).unwrap_or_default(),
            _ => {
                return Err(Diagnostic::new(
                    item.pos(),
                    format!("a key must be written as text, not {}", item.kind()),
                )
                .help("e.g. `J`, `Down`, `Ctrl-n` or `[J, Down]`"))
            }
        };
        let key = parse_key(&text).map_err(|m| {
            Diagnostic::new(item.pos(), m)
                .label("not a key")
                .help("keys are written as in the help: `j`, `G`, `Down`, `PgDn`, `Ctrl-n`, `F5`")
        })?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    if keys.is_empty() {
        return Err(
            Diagnostic::new(v.pos(), format!("no key given for `{name}`"))
                .help("give a key or a list of keys, e.g. `[J, Down]`"),
        );
    }
    Ok(Remap {
        name,
        context,
        action,
        keys,
        pos: k.pos(),
    })
}

fn unknown(pos: Pos, what: &str, word: &str, choices: &[&str]) -> Diagnostic {
    let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    let d = Diagnostic::new(pos, format!("unknown {what} `{word}`"))
        .label(format!("not {article} {what}"));
    match did_you_mean(word, choices) {
        Some(m) => d.help(format!("did you mean `{m}`?")),
        None => d.help(format!("the {what}s are: {}", choices.join(", "))),
    }
}

/// Which remap (by index) changed each binding of the table, if any.
fn applied(remaps: &[Remap]) -> Vec<Option<usize>> {
    BINDINGS
        .iter()
        .map(|b| {
            // A remap for one context wins over one for every context.
            let matching = |r: &&Remap| r.action == b.action && remappable(b);
            let here = remaps
                .iter()
                .enumerate()
                .filter(|(_, r)| matching(r))
                .filter(|(_, r)| r.context == Some(b.context))
                .map(|(i, _)| i)
                .next_back();
            // A remap for every context leaves alone the contexts where
            // letters are typed text (the library's filter) when it gives a
            // letter: there the action keeps its own (Ctrl) keys.
            let fits = |r: &&Remap| {
                !(types_text(b.context)
                    && r.keys
                        .iter()
                        .any(|k| matches!(k, Key::Plain(KeyCode::Char(_)))))
            };
            here.or_else(|| {
                remaps
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| matching(r) && r.context.is_none() && fits(r))
                    .map(|(i, _)| i)
                    .next_back()
            })
        })
        .collect()
}

/// Whether letters are text in context `c` (it has a binding for any typed
/// character).
fn types_text(c: Context) -> bool {
    BINDINGS
        .iter()
        .any(|o| o.context == c && o.keys.contains(&Key::AnyChar))
}

/// The table with the remaps applied: a remapped binding gets the remap's
/// keys (and its status bar hint shows the first of them).
pub fn apply(remaps: &[Remap]) -> Vec<Binding> {
    let which = applied(remaps);
    BINDINGS
        .iter()
        .zip(which)
        .map(|(b, w)| match w.and_then(|i| remaps.get(i)) {
            None => *b,
            Some(r) => {
                let keys: &'static [Key] = Box::leak(r.keys.clone().into_boxed_slice());
                Binding {
                    keys,
                    hint: b.hint.map(|(_, word)| (None, word)),
                    ..*b
                }
            }
        })
        .collect()
}

/// Keys that would do two things in one context once the remaps apply
/// (only clashes a remap causes: the table itself is checked by its tests).
fn clashes(remaps: &[Remap]) -> Vec<Diagnostic> {
    let which = applied(remaps);
    let table = apply(remaps);
    let mut out = Vec::new();
    for (i, b) in table.iter().enumerate() {
        let Some(r) = which.get(i).copied().flatten().and_then(|i| remaps.get(i)) else {
            continue;
        };
        // The bindings reachable where this one is: its context's and the
        // global ones; a global binding is reachable in every context that
        // takes global keys.
        let reach = |o: &Binding| {
            o.context == b.context
                || (b.context == Context::Global && o.context.takes_global_keys())
                || (o.context == Context::Global && b.context.takes_global_keys())
        };
        for key in b.keys {
            let other = table.iter().enumerate().find(|(j, o)| {
                *j != i
                    && o.action != b.action
                    && reach(o)
                    && (o.keys.contains(key)
                        || (o.context == b.context
                            && o.keys.contains(&Key::AnyChar)
                            && matches!(key, Key::Plain(KeyCode::Char(_)))))
            });
            if let Some((_, o)) = other {
                let what = if o.keys.contains(&Key::AnyChar) {
                    "typing".to_string()
                } else {
                    format!(
                        "`{}`",
                        action_name(&o.action).unwrap_or_else(|| "another action".into())
                    )
                };
                let free = free_keys(&table, b);
                out.push(
                    Diagnostic::new(
                        r.pos,
                        format!(
                            "key `{}` for `{}` is already taken by {what} ({})",
                            key.name(),
                            r.name,
                            o.context.title().to_lowercase()
                        ),
                    )
                    .label("key clash")
                    .help(format!(
                        "choose another key (free here: {free}), or remap {what} too"
                    )),
                );
                break;
            }
        }
    }
    out
}

/// A few letters nothing is bound to where `b` applies.
fn free_keys(table: &[Binding], b: &Binding) -> String {
    let taken = |c: char| {
        table.iter().any(|o| {
            (o.context == b.context || o.context == Context::Global || b.context == Context::Global)
                && o.keys.contains(&Key::Plain(KeyCode::Char(c)))
        })
    };
    let free: Vec<String> = ('a'..='z')
        .chain('A'..='Z')
        .filter(|c| !taken(*c))
        .take(6)
        .map(|c| c.to_string())
        .collect();
    free.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn remaps(src: &str) -> (Vec<Remap>, Vec<Diagnostic>) {
        let node = crate::yaml::parse(src).unwrap();
        let Value::Map(m) = &node.value else {
            panic!("not a map")
        };
        parse(&m[0].1, src)
    }

    #[test]
    fn names_come_from_the_actions() {
        assert_eq!(
            action_name(&Action::NextClaim).as_deref(),
            Some("next-claim")
        );
        assert_eq!(action_name(&Action::Type('x')), None);
        assert_eq!(context_name(Context::Panel), "panel");
        assert!(action_names().contains(&"toggle-matrix".to_string()));
        assert!(!action_names().iter().any(|n| n.contains('(')));
    }

    #[test]
    fn keys_parse_as_the_help_writes_them() {
        assert_eq!(parse_key("J"), Ok(Key::Plain(KeyCode::Char('J'))));
        assert_eq!(parse_key("down"), Ok(Key::Plain(KeyCode::Down)));
        assert_eq!(parse_key("PgDn"), Ok(Key::Plain(KeyCode::PageDown)));
        assert_eq!(parse_key("Ctrl-N"), Ok(Key::Ctrl('n')));
        assert_eq!(parse_key("F5"), Ok(Key::Plain(KeyCode::F(5))));
        assert_eq!(parse_key("Space"), Ok(Key::Plain(KeyCode::Char(' '))));
        // Every key the table names reads back.
        for b in BINDINGS.iter().filter(|b| remappable(b)) {
            for k in b.keys {
                assert_eq!(parse_key(&k.name()).as_ref(), Ok(k), "{}", k.name());
            }
        }
        let e = parse_key("Dwn").unwrap_err();
        assert!(e.contains("did you mean `Down`?"), "{e}");
        assert!(parse_key("Ctrl-1").is_err());
        assert!(parse_key("F13").is_err());
    }

    #[test]
    fn a_remap_replaces_the_keys_of_its_action() {
        let (r, p) = remaps("keys:\n  next-claim: [J, Down]\n  article.scroll-down: J\n");
        assert!(p.is_empty(), "{p:?}");
        let table = apply(&r);
        let next = table
            .iter()
            .find(|b| b.action == Action::NextClaim)
            .unwrap();
        assert_eq!(next.keys_label(), "J / Down");
        assert_eq!(next.hint, Some((None, "claim")));
        // Only the article's scroll-down changed, not the help's.
        let scrolls: Vec<String> = table
            .iter()
            .filter(|b| b.action == Action::ScrollDown)
            .map(|b| format!("{:?}:{}", b.context, b.keys_label()))
            .collect();
        assert_eq!(
            scrolls,
            [
                "Article:J",
                "Help:j / Down",
                "Library:Down",
                "Timeline:j / Down",
                "LibrarySearch:Down"
            ]
        );
        // YAML's yes/no words are keys here.
        // A swap is no clash.
        let (r, p) = remaps("keys:\n  quit: [Y, Ctrl-q]\n  search-next: N\n  search-prev: n\n");
        assert!(p.is_empty(), "{p:?}");
        let names = |r: &Remap| r.keys.iter().map(Key::name).collect::<Vec<_>>();
        assert_eq!(names(&r[0]), ["Y", "Ctrl-Q"]);
        assert_eq!(names(&r[2]), ["n"]);
    }

    #[test]
    fn unknown_names_say_where_and_what_was_meant() {
        let (_, p) = remaps("keys:\n  next-claim: J\n  nxt-claim: K\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].pos.line, 3);
        assert_eq!(p[0].message, "unknown action `nxt-claim`");
        assert_eq!(p[0].help.as_deref(), Some("did you mean `next-claim`?"));
        let (_, p) = remaps("keys:\n  panl.quit: Q\n");
        assert_eq!(p[0].message, "unknown context `panl`");
        assert_eq!(p[0].help.as_deref(), Some("did you mean `panel`?"));
        let (_, p) = remaps("keys:\n  search.toggle-matrix: M\n");
        assert!(
            p[0].message.contains("not bound in the search context"),
            "{p:?}"
        );
        let (_, p) = remaps("keys:\n  quit:\n    - Ctrl-%\n");
        assert_eq!(p[0].pos.line, 3);
        assert!(p[0].message.contains("only a letter"), "{p:?}");
    }

    #[test]
    fn clashes_are_errors_at_the_remap() {
        // `q` quits anywhere in the reader, so it cannot also go to the
        // next claim in the panel.
        let (_, p) = remaps("keys:\n  next-claim: q\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].pos.line, 2);
        assert!(
            p[0].message
                .contains("key `q` for `next-claim` is already taken by `quit`"),
            "{}",
            p[0].message
        );
        // Moving quit away first frees it.
        let (_, p) = remaps("keys:\n  quit: Q\n  next-claim: q\n");
        assert!(p.is_empty(), "{p:?}");
        // A letter would be typed in the search prompt.
        let (_, p) = remaps("keys:\n  search.escape: x\n");
        assert!(p[0].message.contains("taken by typing"), "{p:?}");
        // A global key taken by a pane's binding.
        let (_, p) = remaps("keys:\n  toggle-matrix: j\n");
        assert!(p[0].message.contains("`next-claim`"), "{p:?}");
    }
}
