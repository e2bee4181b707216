//! The import corpus (`tests/import_corpus/`, see its README): each messy
//! file must give what its `.expect.json` says, and the same table whether
//! it is fed whole or in chunks of 1 or 7 bytes. Plus hostile inputs made
//! here: a 10 MB single line.

use serde_json::Value;
use std::path::{Path, PathBuf};
use tierplan::accounts::{
    guess_for_table, read_accounts, read_table, refusal, ymd_from_days, Field, ImportError, Table,
    TableReader,
};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_corpus")
}

fn chunked(bytes: &[u8], size: usize) -> Result<Table, ImportError> {
    let mut reader = TableReader::new();
    for chunk in bytes.chunks(size) {
        reader.feed(chunk)?;
    }
    reader.finish()
}

fn tiers() -> Vec<String> {
    ["High touch", "Low touch", "Tech touch"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// A list of `{line, reason}`: same lines, reasons containing the text.
fn problems(key: &str, want: &Value, got: &[tierplan::accounts::LineProblem]) -> Vec<String> {
    let want = want.as_array().expect("a list of problems");
    let mut errors = Vec::new();
    if want.len() != got.len() {
        errors.push(format!("{key}: want {} items, got {got:?}", want.len()));
        return errors;
    }
    for (w, g) in want.iter().zip(got) {
        let line = w["line"].as_u64().unwrap_or(0) as u32;
        let reason = w["reason"].as_str().unwrap_or("");
        if g.line != line || !g.reason.contains(reason) {
            errors.push(format!(
                "{key}: want line {line} with {reason:?}, got line {} {:?}",
                g.line, g.reason
            ));
        }
    }
    errors
}

fn date_text(days: Option<i32>) -> Value {
    match days {
        Some(d) => {
            let (y, m, day) = ymd_from_days(d);
            Value::String(format!("{y:04}-{m:02}-{day:02}"))
        }
        None => Value::Null,
    }
}

fn num(v: Option<f64>) -> Value {
    v.and_then(serde_json::Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

/// Compares the first items of a list of values with the expected ones.
fn first_values(key: &str, want: &Value, got: Vec<Value>) -> Option<String> {
    let want = want.as_array()?;
    let same = |a: &Value, b: &Value| match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    };
    let ok = want.len() <= got.len() && want.iter().zip(&got).all(|(w, g)| same(w, g));
    (!ok).then(|| {
        format!(
            "{key}: want {want:?}, got {:?}",
            &got[..got.len().min(want.len() + 2)]
        )
    })
}

/// Everything a case's expectations say that does not hold.
fn check(name: &str, bytes: &[u8], expect: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    let whole = read_table(bytes);
    for size in [1, 7] {
        if chunked(bytes, size) != whole {
            errors.push(format!("chunks of {size} bytes give another result"));
        }
    }
    if let Some(error) = expect.get("error") {
        // Refused when read as a table, or (as the page does) once its rows
        // are read as accounts and none is left.
        let refused = match &whole {
            Ok(table) => {
                let (mapping, _) = guess_for_table(table);
                let read = read_accounts(table, &mapping, &tiers()).ok();
                refusal(
                    table,
                    Some(
                        read.as_ref()
                            .map_or((0, &[][..]), |r| (r.accounts.len(), r.skipped.as_slice())),
                    ),
                )
            }
            Err(e) => Some(e.clone()),
        };
        let got = match &refused {
            None => "a table".to_string(),
            Some(e) => format!("{e:?}"),
        };
        if let (Some(want), Some(e)) = (expect.get("message").and_then(Value::as_str), &refused) {
            if !e.message().contains(want) {
                errors.push(format!("message: want {want:?} in {:?}", e.message()));
            }
        }
        if !got.starts_with(error.as_str().unwrap_or("?")) {
            errors.push(format!("error: want {error}, got {got}"));
        }
        if let Some(e) = &refused {
            if e.message().is_empty() {
                errors.push("an error without a message".into());
            }
        }
        return errors;
    }
    let table = match whole {
        Ok(t) => t,
        Err(e) => return vec![format!("{name}: refused: {e:?}")],
    };
    if let Some(d) = expect.get("delimiter") {
        let got = (table.delimiter() as char).to_string();
        if d.as_str() != Some(&got) {
            errors.push(format!("delimiter: want {d}, got {got:?}"));
        }
    }
    if let Some(h) = expect.get("headers") {
        let want: Vec<&str> = h
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        if table.headers() != want.as_slice() {
            errors.push(format!("headers: want {want:?}, got {:?}", table.headers()));
        }
    }
    if let Some(n) = expect.get("rows").and_then(Value::as_u64) {
        if table.len() as u64 != n {
            errors.push(format!("rows: want {n}, got {}", table.len()));
        }
    }
    if let Some(n) = expect.get("repeated_headers").and_then(Value::as_u64) {
        if u64::from(table.repeated_headers()) != n {
            errors.push(format!(
                "repeated_headers: want {n}, got {}",
                table.repeated_headers()
            ));
        }
    }
    if let Some(lines) = expect.get("lines") {
        let got: Vec<Value> = (0..table.len()).map(|r| table.line(r).into()).collect();
        errors.extend(first_values("lines", lines, got));
    }
    if let Some(p) = expect.get("problems") {
        errors.extend(problems("problems", p, table.problems()));
    }
    for cell in expect
        .get("cells")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (r, c) = (
            cell[0].as_u64().unwrap() as usize,
            cell[1].as_u64().unwrap() as usize,
        );
        let want = cell[2].as_str().unwrap();
        if table.cell(r, c) != want {
            errors.push(format!(
                "cell {r},{c}: want {want:?}, got {:?}",
                table.cell(r, c)
            ));
        }
    }
    let Some(acc) = expect.get("accounts") else {
        return errors;
    };
    // Guessed as the page guesses: from the headers, with the columns
    // whose every cell is blank left unmapped.
    let (mapping, left_empty) = guess_for_table(&table);
    if let Some(want) = acc.get("left_empty").and_then(Value::as_array) {
        let got: Vec<Value> = left_empty
            .iter()
            .map(|(c, f)| serde_json::json!([c, format!("{f:?}")]))
            .collect();
        if *want != got {
            errors.push(format!("left_empty: want {want:?}, got {got:?}"));
        }
    }
    if let Some(m) = acc.get("mapping").and_then(Value::as_object) {
        for (field, col) in m {
            let f = Field::ALL
                .into_iter()
                .find(|f| format!("{f:?}") == *field)
                .unwrap_or_else(|| panic!("{name}: no field {field}"));
            if mapping.column_of(f).map(|c| c as u64) != col.as_u64() {
                errors.push(format!(
                    "mapping {field}: want {col}, got {:?}",
                    mapping.column_of(f)
                ));
            }
        }
    }
    let read = match read_accounts(&table, &mapping, &tiers()) {
        Ok(r) => r,
        Err(e) => {
            errors.push(format!("read_accounts: {e}"));
            return errors;
        }
    };
    if let Some(n) = acc.get("kept").and_then(Value::as_u64) {
        if read.accounts.len() as u64 != n {
            errors.push(format!("kept: want {n}, got {}", read.accounts.len()));
        }
    }
    let name_col = mapping.column_of(Field::Name).unwrap_or(0);
    let a = &read.accounts;
    let lists: [(&str, Vec<Value>); 7] = [
        (
            "names",
            a.iter()
                .map(|x| table.cell(x.row as usize, name_col).into())
                .collect(),
        ),
        ("arr", a.iter().map(|x| num(Some(x.arr))).collect()),
        ("employees", a.iter().map(|x| num(x.employees)).collect()),
        ("since", a.iter().map(|x| date_text(x.since)).collect()),
        ("renewal", a.iter().map(|x| date_text(x.renewal)).collect()),
        (
            "current_tier",
            a.iter()
                .map(|x| x.current_tier.map_or(Value::Null, Value::from))
                .collect(),
        ),
        (
            "override_tier",
            a.iter()
                .map(|x| x.override_tier.map_or(Value::Null, Value::from))
                .collect(),
        ),
    ];
    for (key, got) in lists {
        if let Some(want) = acc.get(key) {
            errors.extend(first_values(key, want, got));
        }
    }
    if let Some(s) = acc.get("skipped") {
        errors.extend(problems("skipped", s, &read.skipped));
    }
    if let Some(w) = acc.get("warnings") {
        errors.extend(problems("warnings", w, &read.warnings));
    }
    if let Some(c) = acc.get("currencies") {
        let got: Vec<Value> = read
            .currencies
            .iter()
            .map(|c| serde_json::json!({"mark": c.mark, "line": c.line, "rows": c.rows}))
            .collect();
        if c.as_array() != Some(&got) {
            errors.push(format!("currencies: want {c}, got {got:?}"));
        }
    }
    errors
}

#[test]
fn every_corpus_file_reads_as_expected() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("the corpus folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.ends_with(".expect.json") && name != "README.md"
        })
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus has {} files", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        let expect_path = dir().join(format!("{stem}.expect.json"));
        let expect: Value = match std::fs::read_to_string(&expect_path) {
            Ok(text) => serde_json::from_str(&text).expect("valid JSON"),
            Err(_) => {
                failures.push(format!("{name}: no {stem}.expect.json"));
                continue;
            }
        };
        assert!(expect.get("note").is_some(), "{stem}.expect.json: a note");
        let bytes = std::fs::read(file).unwrap();
        for e in check(&name, &bytes, &expect) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The corpus check itself catches a wrong expectation.
#[test]
fn a_wrong_expectation_is_reported() {
    let expect: Value = serde_json::from_str(
        r#"{"note": "x", "rows": 5, "accounts": {"arr": [2], "skipped": [{"line": 9, "reason": "no"}]}}"#,
    )
    .unwrap();
    let errors = check("x", b"Name,ARR\nA,1\n", &expect);
    assert_eq!(errors.len(), 3, "{errors:?}");
}

/// 10 MB on one line: the row is refused (a cell longer than the limit),
/// the rows around it are kept; a file that is only that line is not a table.
#[test]
fn a_ten_megabyte_single_line() {
    let long = vec![b'x'; 10 * 1024 * 1024];
    let mut input = b"Name,ARR\nA,1\nB,".to_vec();
    input.extend_from_slice(&long);
    input.extend_from_slice(b"\nC,3\n");
    let t = read_table(&input).unwrap();
    assert_eq!(t.len(), 2);
    assert_eq!((t.cell(0, 0), t.cell(1, 0), t.line(1)), ("A", "C", 4));
    assert_eq!(t.problems().len(), 1);
    assert_eq!(t.problems()[0].line, 3);
    assert!(t.problems()[0].reason.contains("longer than 65,536 bytes"));
    assert_eq!(chunked(&input, 1024 * 1024 + 7), Ok(t.clone()));
    assert_eq!(chunked(&input, 7), Ok(t));

    // Many cells on the one line: refused as having too many cells.
    let mut input = b"Name,ARR\nA,".to_vec();
    input.extend(std::iter::repeat_n(*b"x,", 5 * 1024 * 1024).flatten());
    input.extend_from_slice(b"\nC,3\n");
    let t = read_table(&input).unwrap();
    assert_eq!(t.len(), 1);
    assert!(t.problems()[0].reason.contains("the header has 2"));

    // An open quote followed by 10 MB: its row is refused, reading resumes.
    let mut input = b"Name,ARR\nA,\"1\nB,2\n".to_vec();
    input.extend_from_slice(&long);
    input.extend_from_slice(b"\nC,3\n");
    let t = read_table(&input).unwrap();
    let names: Vec<&str> = (0..t.len()).map(|r| t.cell(r, 0)).collect();
    assert_eq!(names, ["B", "C"]);
    assert_eq!(t.problems().len(), 2);
    assert!(t.problems()[0]
        .reason
        .contains("not closed within 65,536 bytes"));
    assert_eq!(chunked(&input, 65_537), Ok(t.clone()));
    assert_eq!(chunked(&input, 7), Ok(t));

    // Only the long line: not a table, with or without commas in it.
    assert_eq!(read_table(&long), Err(ImportError::NotATable));
    let commas: Vec<u8> = std::iter::repeat_n(*b"ab,", 3_500_000).flatten().collect();
    assert_eq!(read_table(&commas), Err(ImportError::NotATable));
    assert_eq!(chunked(&commas, 1024 * 1024), Err(ImportError::NotATable));
}
