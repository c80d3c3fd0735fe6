//! Identity across documents: a party (or topic) is the same in every
//! document that uses its id. [`mismatches`] finds ids declared with
//! different names (or labels) in different documents, with the file and
//! line of each declaration, so `standpoint check DIR` can warn about
//! them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{IndexError, Library};
use crate::yaml::{self, Value};

/// One id declared with different names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// "party" or "topic".
    pub what: &'static str,
    pub id: String,
    /// Every declaration: file, 1-based line (0 if not found), name.
    pub uses: Vec<(PathBuf, usize, String)>,
}

/// Ids of parties and topics that have more than one name in the library.
pub fn mismatches(lib: &Library) -> Result<Vec<Mismatch>, IndexError> {
    let mut out = Vec::new();
    for (what, table, section, field) in [
        ("party", "parties", "parties", "name"),
        ("topic", "topics", "topics", "label"),
    ] {
        let rows: Vec<(String, String, String)> = lib.index().query(
            &format!(
                "SELECT t.id, t.name, d.path FROM {table} t JOIN docs d ON d.id = t.doc \
                 ORDER BY t.id, d.path"
            ),
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut by_id: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
        for (id, name, path) in rows {
            by_id
                .entry(id)
                .or_default()
                .push((PathBuf::from(path), name));
        }
        for (id, uses) in by_id {
            let first = &uses[0].1;
            if uses.iter().all(|(_, n)| n == first) {
                continue;
            }
            let uses = uses
                .into_iter()
                .map(|(p, n)| {
                    let line = declaration_line(&p, section, &id, field);
                    (p, line, n)
                })
                .collect();
            out.push(Mismatch { what, id, uses });
        }
    }
    Ok(out)
}

/// The line of `field` of the item with `id` in the top-level list
/// `section` of an annotation (0 when it cannot be found).
pub fn declaration_line(path: &Path, section: &str, id: &str, field: &str) -> usize {
    let Ok(src) = std::fs::read_to_string(path) else {
        return 0;
    };
    let Ok(tree) = yaml::parse(&src) else {
        return 0;
    };
    let Value::Map(top) = &tree.value else {
        return 0;
    };
    let Some((_, list)) = top.iter().find(|(k, _)| k.as_str() == Some(section)) else {
        return 0;
    };
    let Value::Seq(items) = &list.value else {
        return 0;
    };
    for item in items {
        let Value::Map(fields) = &item.value else {
            continue;
        };
        let get = |name: &str| fields.iter().find(|(k, _)| k.as_str() == Some(name));
        if get("id").and_then(|(_, v)| v.as_str()) == Some(id) {
            return get(field).map_or(item.pos().line, |(_, v)| v.pos().line);
        }
    }
    0
}

/// The warning for a mismatch, as `standpoint check` prints it.
pub fn warning(lib: &Library, m: &Mismatch) -> String {
    let what = if m.what == "party" { "names" } else { "labels" };
    let mut s = format!(
        "warning: {} `{}` has different {what} in different documents:\n",
        m.what, m.id
    );
    for (p, line, name) in &m.uses {
        s.push_str(&format!("  {}:{line}: {name}\n", lib.shown(p)));
    }
    s.push_str(&format!(
        "  help: the library treats one id as one {}: use the same {} everywhere, or give the other one its own id\n",
        m.what,
        if m.what == "party" { "name" } else { "label" }
    ));
    s
}
