//! Guards for the layering the README's Architecture section describes. They
//! read the source files themselves, so a change that breaks a rule fails here
//! with the file and the rule named:
//! - the plain-Rust layers never import the page's state or components, nor a
//!   browser crate;
//! - no folder of `src/` holds files that import each other in a circle;
//! - no source file holds more than [`MAX_CODE_LINES`] lines before its tests;
//! - every document `src/` refers to is in the repository.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Most lines of code a source file may hold before its `#[cfg(test)]` part.
const MAX_CODE_LINES: usize = 700;

/// Layers that are plain Rust, compiled and tested natively.
const PLAIN: [&str; 8] = [
    "model", "link", "accounts", "export", "chart", "decimal", "caseless", "float",
];

/// Crates that exist only in the browser build.
const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

/// One source file of the library: its module path and its code with comments,
/// strings and its test part removed.
struct Source {
    file: PathBuf,
    module: Vec<String>,
    code: String,
}

fn sources() -> Vec<Source> {
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files
        .into_iter()
        .filter(|f| {
            let name = f.file_name().unwrap().to_str().unwrap();
            name != "main.rs" && name != "tests.rs"
        })
        .map(|file| {
            let text = fs::read_to_string(&file).unwrap();
            Source {
                module: module_path(&file),
                code: strip(before_tests(&text)),
                file,
            }
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// `src/model/backward/room.rs` -> `model::backward::room`; a `mod.rs` or
/// `lib.rs` is its folder's module.
fn module_path(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix("src").unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_str().unwrap().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The text before the file's test module (the tests may import anything).
fn before_tests(text: &str) -> &str {
    match text.find("\n#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    }
}

/// Code without comments, string literals and character literals, so that
/// only real paths are read.
fn strip(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !ident(chars.get(i.wrapping_sub(1)).copied())
        {
            // A raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && (chars.get(i + 2) == Some(&'\'') || next == Some('\\')) {
            // A character literal ('x', '\n', '\''); a lifetime ('a) is kept.
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Every path the code names: those of `use` trees, expanded, and those
/// written inline (`crate::model::plan::Plan`, `super::Outcome`).
fn paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while let Some(at) = code[i..].find("use ") {
        let start = i + at;
        i = start + 4;
        if start > 0 && ident(code[..start].chars().last()) {
            continue;
        }
        let Some(end) = code[i..].find(';') else {
            break;
        };
        expand("", &code[i..i + end], &mut found);
        i += end;
    }
    let mut i = 0;
    while i < bytes.len() {
        let rest = &code[i..];
        let root = ["crate", "super", "self"]
            .iter()
            .chain(BROWSER_CRATES.iter())
            .find(|r| rest.starts_with(*r) && rest[r.len()..].starts_with("::"));
        match root {
            Some(_) if !ident(code[..i].chars().last()) => {
                let len = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(rest.len());
                // A `use` tree's head (`super::{`) was read with the tree.
                if !rest[len..].starts_with('{') {
                    found.push(rest[..len].trim_end_matches(':').to_string());
                }
                i += len;
            }
            _ => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    found
}

/// Expands a `use` tree (`super::{a, b::{C, D}, e as f}`) into full paths.
fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head = tree[..open].trim().trim_end_matches("::");
        let prefix = join(prefix, head);
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut from = 0;
        for (k, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&prefix, &inner[from..k], out);
                    from = k + 1;
                }
                _ => {}
            }
        }
        expand(&prefix, &inner[from..], out);
    } else if !tree.is_empty() {
        let name = tree.split(" as ").next().unwrap().trim();
        out.push(if name == "self" {
            prefix.to_string()
        } else {
            join(prefix, name)
        });
    }
}

fn join(prefix: &str, tail: &str) -> String {
    match (prefix.is_empty(), tail.is_empty()) {
        (true, _) => tail.to_string(),
        (_, true) => prefix.to_string(),
        _ => format!("{prefix}::{tail}"),
    }
}

/// The module of the crate a path names, resolved from `module` (the file's
/// own module), or `None` for another crate's path.
fn resolve(module: &[String], path: &str) -> Option<Vec<String>> {
    let mut parts = path.split("::").filter(|p| !p.is_empty());
    let mut at: Vec<String> = match parts.next()? {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => module[..module.len().saturating_sub(1)].to_vec(),
        _ => return None,
    };
    for part in parts {
        if part == "super" {
            at.pop();
        } else {
            at.push(part.to_string());
        }
    }
    Some(at)
}

/// The longest known module that starts `path`.
fn owner<'a>(modules: &'a BTreeSet<Vec<String>>, path: &[String]) -> Option<&'a Vec<String>> {
    (0..=path.len()).rev().find_map(|n| modules.get(&path[..n]))
}

#[test]
fn plain_layers_never_import_the_page_or_a_browser_crate() {
    let mut breaks = Vec::new();
    for source in sources() {
        let Some(layer) = source.module.first() else {
            continue;
        };
        if !PLAIN.contains(&layer.as_str()) && layer != "state" {
            continue;
        }
        for path in paths(&source.code) {
            let root = path.split("::").next().unwrap_or("");
            let target = resolve(&source.module, &path);
            let page = target.as_ref().and_then(|t| t.first()).map(String::as_str);
            let forbidden = if layer == "state" {
                vec!["ui"]
            } else {
                vec!["state", "ui"]
            };
            if BROWSER_CRATES.contains(&root) || page.is_some_and(|p| forbidden.contains(&p)) {
                breaks.push(format!("{}: {path}", source.file.display()));
            }
        }
    }
    assert!(
        breaks.is_empty(),
        "a plain-Rust layer reaches up:\n{}",
        breaks.join("\n")
    );
}

#[test]
fn no_folder_holds_an_import_circle() {
    let sources = sources();
    let modules: BTreeSet<Vec<String>> = sources.iter().map(|s| s.module.clone()).collect();
    // For each folder, an arrow from one child to another when a file in the
    // first (or below it) names the second (or something below it).
    let mut arrows: BTreeMap<Vec<String>, BTreeSet<(String, String)>> = BTreeMap::new();
    for source in &sources {
        for path in paths(&source.code) {
            let Some(target) = resolve(&source.module, &path) else {
                continue;
            };
            let Some(target) = owner(&modules, &target) else {
                continue;
            };
            let shared = source
                .module
                .iter()
                .zip(target)
                .take_while(|(a, b)| a == b)
                .count();
            if shared < source.module.len() && shared < target.len() {
                let folder = source.module[..shared].to_vec();
                let from = source.module[shared].clone();
                let to = target[shared].clone();
                arrows.entry(folder).or_default().insert((from, to));
            }
        }
    }
    let mut circles = Vec::new();
    for (folder, arrows) in &arrows {
        if let Some(circle) = find_circle(arrows) {
            circles.push(format!("src/{}: {}", folder.join("/"), circle.join(" -> ")));
        }
    }
    assert!(
        circles.is_empty(),
        "files import each other in a circle:\n{}",
        circles.join("\n")
    );
}

/// A circle among the arrows, as the names along it, if there is one.
fn find_circle(arrows: &BTreeSet<(String, String)>) -> Option<Vec<String>> {
    let nodes: BTreeSet<&String> = arrows.iter().map(|(a, _)| a).collect();
    for &start in &nodes {
        // Depth-first from `start`, looking for a way back to it.
        let mut stack = vec![vec![start.clone()]];
        let mut seen = BTreeSet::new();
        while let Some(way) = stack.pop() {
            let last = way.last().unwrap();
            for (_, to) in arrows.iter().filter(|(from, _)| from == last) {
                if to == start {
                    let mut circle = way.clone();
                    circle.push(to.clone());
                    return Some(circle);
                }
                if seen.insert(to.clone()) {
                    let mut longer = way.clone();
                    longer.push(to.clone());
                    stack.push(longer);
                }
            }
        }
    }
    None
}

#[test]
fn no_file_holds_more_than_700_lines_before_its_tests() {
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let text = fs::read_to_string(file).unwrap();
            let lines = before_tests(&text).lines().count();
            (lines > MAX_CODE_LINES).then(|| format!("{}: {lines} lines", file.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files longer than {MAX_CODE_LINES} lines before their tests:\n{}",
        long.join("\n")
    );
}

#[test]
fn every_document_the_code_names_is_in_the_repository() {
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    let mut missing = BTreeSet::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (at, _) in text.match_indices("docs/") {
            let name: String = text[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || "_-./".contains(*c))
                .collect();
            let name = name.trim_end_matches('.');
            if !Path::new(name).exists() {
                missing.insert(format!("{}: {name}", file.display()));
            }
        }
        for word in ["DOMAIN.md", "seed 00", "seeds/"] {
            if text.contains(word) {
                missing.insert(format!("{}: {word}", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "documents not in the repository:\n{}",
        missing.iter().cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_readers_find_what_they_are_meant_to() {
    let code = strip("use super::{a, b::{C, D as E}, self};\n// use crate::ui::X;\nlet s = \"crate::state\"; crate::model::plan::Plan::new(); x.y::<u8>();");
    let mut found = paths(&code);
    found.sort();
    assert_eq!(
        found,
        [
            "crate::model::plan::Plan::new",
            "super",
            "super::a",
            "super::b::C",
            "super::b::D"
        ]
    );
    let module: Vec<String> = ["model", "backward", "room"].map(String::from).to_vec();
    assert_eq!(
        resolve(&module, "super::Outcome").unwrap(),
        ["model", "backward", "Outcome"]
    );
    assert_eq!(
        resolve(&module, "super::super::plan").unwrap(),
        ["model", "plan"]
    );
    let arrows: BTreeSet<(String, String)> = [("a", "b"), ("b", "c"), ("c", "a")]
        .map(|(x, y)| (x.to_string(), y.to_string()))
        .into();
    assert_eq!(find_circle(&arrows).unwrap(), ["a", "b", "c", "a"]);
    assert_eq!(
        module_path(Path::new("src/model/backward/mod.rs")),
        ["model", "backward"]
    );
}
