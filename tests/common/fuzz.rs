//! The mutation engine of the link and file fuzzer, shared with `#[path]`
//! by `examples/fuzz_links.rs` (millions of cases, optimised build) and
//! `tests/fuzz_short.rs` (a short run in the test suite). Native only: the
//! site never includes it.
//!
//! Each case starts from the committed link corpus (`tests/link_corpus/`):
//! the links, the same scenarios as files, their JSON and their typed
//! scenarios. It is then changed in one of these ways:
//!
//! - bytes of a link or a file: cut, bit flips, bytes put in or taken out,
//!   a stretch repeated, a splice with another corpus case, a hostile token
//!   (`NaN`, `1e400`, a quote, a 0 byte) written over a stretch;
//! - the scenario's JSON, node by node: numbers beyond range or in words
//!   (`NaN`, `Infinity`, `1e400`), very long strings (up to 200,000
//!   characters), control characters and other scripts, wrong kinds, lists
//!   past the item limit, deep nesting (up to 5,000 levels), unknown members;
//!   then written as a file, or packed into a link with the crate's own
//!   packer ([`link_with_payload`]) so it passes base64 and deflate and
//!   reaches the patch reader and the model;
//! - the typed scenario: hostile numbers through every input
//!   ([`inputs`]), long and odd names, 0 to 8 tiers, many touches; written
//!   with the crate's own [`encode`] and [`to_file_json`];
//! - the query: versions, readable team-time keys with hostile values
//!   (decimal, words, the exact `x` + hex bits form of NaN and infinity),
//!   repeated and unknown keys, a page address and a fragment around it.
//!
//! [`check`] reads a case as the command does and prints every one that opens
//! through every output format of the command ([`cli::print`]), and compares
//! it with the default plan ([`compare`], both exports), catching any panic.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use serde_json::{Map, Number, Value};
use tierplan::cli::{self, Format};
use tierplan::export::compare::{compare_markdown, compare_tables};
use tierplan::link::{
    decode, decode_team, encode, from_file_json, link_with_payload, query_of, to_file_json, Decoded,
};
use tierplan::model::compare::compare;
use tierplan::model::fiscal::YearMonth;
use tierplan::model::inputs::inputs;
use tierplan::model::{report, Scenario};
use tierplan::state::first_screen::preview;

/// A small, seeded pseudo-random generator (SplitMix64, Steele, Lea and
/// Flood, "Fast splittable pseudorandom number generators", 2014): the
/// same seed gives the same cases on every machine.
pub struct Rng(u64);

impl Rng {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The generator of case number `case` of a run seeded `seed`: each case
    /// can be made again alone, and cases can be shared among threads.
    pub fn for_case(seed: u64, case: u64) -> Self {
        let mut r = Self(seed ^ case.wrapping_mul(0xA24B_AED4_963E_E407));
        r.next();
        r
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.next().is_multiple_of(n.max(1))
    }

    /// One of `items` (which is not empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One input of the command.
#[derive(Clone, Debug, PartialEq)]
pub enum Case {
    /// A link or page address, as typed after `tierplan`.
    Link(String),
    /// The text of a scenario file.
    File(String),
}

impl Case {
    /// The case as it is saved to reproduce it (`tierplan 'LINK'` or
    /// `tierplan FILE`).
    pub fn text(&self) -> &str {
        match self {
            Case::Link(t) | Case::File(t) => t,
        }
    }
}

/// The committed corpus the cases start from.
pub struct Corpus {
    /// Each corpus link.
    pub links: Vec<String>,
    /// Each corpus scenario as a file.
    pub files: Vec<String>,
    /// Each corpus scenario's JSON (the file's `scenario`).
    pub json: Vec<Value>,
    /// Each corpus scenario.
    pub scenarios: Vec<Scenario>,
}

impl Corpus {
    /// Reads `tests/link_corpus/*.json`, in name order.
    pub fn load() -> Self {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/link_corpus");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("the link corpus")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        let mut corpus = Corpus {
            links: Vec::new(),
            files: Vec::new(),
            json: Vec::new(),
            scenarios: Vec::new(),
        };
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("a corpus case");
            let case: Value = serde_json::from_str(&text).expect("a corpus case is JSON");
            let link = case["link"].as_str().expect("a corpus link").to_string();
            let scenario = decode(&link).expect("a corpus link opens").scenario;
            let file = to_file_json(&scenario);
            let json: Value = serde_json::from_str(&file).expect("a file is JSON");
            corpus.json.push(json["scenario"].clone());
            corpus.files.push(file);
            corpus.links.push(link);
            corpus.scenarios.push(scenario);
        }
        assert!(!corpus.links.is_empty(), "the link corpus is empty");
        corpus
    }
}

/// Text that often breaks readers, written over or into a case.
const TODAY: YearMonth = YearMonth {
    year: 2027,
    month: 1,
};

const TOKENS: [&str; 24] = [
    "NaN",
    "-NaN",
    "Infinity",
    "-inf",
    "1e400",
    "-1e400",
    "1e-400",
    "-0",
    "18446744073709551616",
    "9007199254740993",
    "0x10",
    "1_000",
    "\u{0}",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "{",
    "}]",
    ",",
    "&v=2",
    "&z=",
    "#",
    "%00",
];

/// Hostile values of the readable team-time keys.
const TEAM_VALUES: [&str; 14] = [
    "NaN",
    "inf",
    "-inf",
    "1e400",
    "-1",
    "0",
    "1e308",
    "x7ff8000000000000",
    "x7ff0000000000000",
    "xfff0000000000000",
    "x0000000000000001",
    "x7fefffffffffffff",
    "x",
    "45.000000000000000000001",
];

/// Makes case number `case` of the run seeded `seed`.
pub fn make_case(corpus: &Corpus, seed: u64, case: u64) -> Case {
    let rng = &mut Rng::for_case(seed, case);
    match rng.below(10) {
        0 | 1 => {
            let link = rng.pick(&corpus.links);
            Case::Link(mutate_text(rng, link, &corpus.links))
        }
        2 => {
            let file = rng.pick(&corpus.files);
            Case::File(mutate_text(rng, file, &corpus.files))
        }
        3 | 4 => {
            let json = mutated_json(rng, corpus);
            let version = if rng.one_in(4) { 1 } else { 2 };
            let mut link = link_with_payload(version, &json).unwrap_or_default();
            if rng.one_in(3) {
                link.push_str(&team_keys(rng));
            }
            if rng.one_in(8) {
                link = mutate_text(rng, &link, &corpus.links);
            }
            Case::Link(link)
        }
        5 | 6 => {
            let json = mutated_json(rng, corpus);
            let version = *rng.pick(&["2", "2", "2", "1", "0", "3", "-1", "\"2\"", "2.5"]);
            let mut file = format!("{{\"tierplan\": {version}, \"scenario\": {json}}}");
            if rng.one_in(8) {
                file = mutate_text(rng, &file, &corpus.files);
            }
            Case::File(file)
        }
        7 | 8 => {
            let s = hostile_scenario(rng, corpus);
            if rng.one_in(2) {
                Case::Link(encode(&s))
            } else {
                Case::File(to_file_json(&s))
            }
        }
        _ => Case::Link(hostile_query(rng, corpus)),
    }
}

/// `text` changed by 1 to 6 byte-level edits (see the module doc); other
/// corpus texts are spliced in from `others`.
pub fn mutate_text(rng: &mut Rng, text: &str, others: &[String]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(6) {
        let len = bytes.len();
        let at = rng.below(len + 1);
        match rng.below(8) {
            0 => bytes.truncate(at),
            1 if len > 0 => {
                let i = rng.below(len);
                bytes[i] ^= 1 << rng.below(8);
            }
            2 => {
                let b = match rng.below(3) {
                    0 => *rng.pick(b"ABCxyz019-_=&?#%{}[]\",:\\ .e+"),
                    1 => rng.next() as u8,
                    _ => b'A' + rng.below(26) as u8,
                };
                bytes.insert(at, b);
            }
            3 => {
                let end = (at + 1 + rng.below(16)).min(len);
                bytes.drain(at.min(end)..end);
            }
            4 => {
                let end = (at + 1 + rng.below(64)).min(len);
                let stretch = bytes[at.min(end)..end].to_vec();
                let most = if rng.one_in(20) { 4000 } else { 4 };
                let copies = 1 + rng.below(most);
                for _ in 0..copies {
                    bytes.splice(at..at, stretch.iter().copied());
                }
            }
            5 => {
                let other = rng.pick(others).as_bytes();
                let from = rng.below(other.len() + 1);
                bytes.truncate(at);
                bytes.extend_from_slice(&other[from..]);
            }
            _ => {
                let token = rng.pick(&TOKENS).as_bytes();
                let end = (at + rng.below(8)).min(len);
                bytes.splice(at..end, token.iter().copied());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Raw JSON text stands in a [`Value`] as a string holding this marker and
/// its number, replaced after the value is written.
const RAW: char = '\u{1}';

/// A corpus scenario's JSON (or a splice of two) with 1 to 4 nodes
/// replaced by hostile ones, as text.
pub fn mutated_json(rng: &mut Rng, corpus: &Corpus) -> String {
    let mut json = rng.pick(&corpus.json).clone();
    let mut raws = Vec::new();
    if rng.one_in(4) {
        let donor = rng.pick(&corpus.json).clone();
        let part = random_node(rng, &donor).clone();
        *random_node_mut(rng, &mut json) = part;
    }
    for _ in 0..=rng.below(4) {
        let node = random_node_mut(rng, &mut json);
        *node = hostile_value(rng, node, &mut raws);
    }
    let mut text = json.to_string();
    for (k, raw) in raws.iter().enumerate() {
        let marker = Value::String(format!("{RAW}{k}{RAW}")).to_string();
        text = text.replacen(&marker, raw, 1);
    }
    text
}

/// A node of `value`: the root, or one reached by random steps down.
fn random_node<'a>(rng: &mut Rng, value: &'a Value) -> &'a Value {
    let child = match value {
        Value::Object(m) if !m.is_empty() && !rng.one_in(4) => m.values().nth(rng.below(m.len())),
        Value::Array(a) if !a.is_empty() && !rng.one_in(4) => a.get(rng.below(a.len())),
        _ => None,
    };
    match child {
        Some(c) => random_node(rng, c),
        None => value,
    }
}

/// As [`random_node`], to change it.
fn random_node_mut<'a>(rng: &mut Rng, value: &'a mut Value) -> &'a mut Value {
    let pick = match &*value {
        Value::Object(m) if !m.is_empty() && !rng.one_in(4) => Some(rng.below(m.len())),
        Value::Array(a) if !a.is_empty() && !rng.one_in(4) => Some(rng.below(a.len())),
        _ => None,
    };
    match (pick, value) {
        (Some(i), Value::Object(m)) => {
            let child = m.values_mut().nth(i).expect("in range");
            random_node_mut(rng, child)
        }
        (Some(i), Value::Array(a)) => random_node_mut(rng, &mut a[i]),
        (_, v) => v,
    }
}

/// A hostile stand-in for `node`: often of the same kind, sometimes not.
fn hostile_value(rng: &mut Rng, node: &Value, raws: &mut Vec<String>) -> Value {
    let mut raw = |text: String| {
        raws.push(text);
        Value::String(format!("{RAW}{}{RAW}", raws.len() - 1))
    };
    let kind = match node {
        Value::Number(_) if !rng.one_in(4) => 0,
        Value::String(_) if !rng.one_in(4) => 1,
        Value::Array(_) if !rng.one_in(4) => 2,
        Value::Object(_) if !rng.one_in(4) => 3,
        _ => rng.below(6),
    };
    match kind {
        0 => hostile_number(rng, &mut raw),
        1 => Value::String(hostile_string(rng)),
        2 => match (node, rng.below(4)) {
            (Value::Array(items), 0 | 1) if !items.is_empty() => {
                // Many copies of one item: 0 to past the item limit.
                let item = items[rng.below(items.len())].clone();
                let n = *rng.pick(&[0, 1, 6, 7, 8, 20, 199, 200, 201, 1000]);
                Value::Array(vec![item; n])
            }
            (_, 2) => raw(deep(rng)),
            _ => Value::Array(Vec::new()),
        },
        3 => {
            let mut m = match node {
                Value::Object(m) => m.clone(),
                _ => Map::new(),
            };
            match rng.below(3) {
                0 => m.clear(),
                1 => {
                    m.insert(hostile_string(rng), Value::Null);
                }
                _ => {
                    let key = m
                        .keys()
                        .nth(rng.below(m.len()))
                        .cloned()
                        .unwrap_or_default();
                    m.insert(key, raw(deep(rng)));
                }
            }
            Value::Object(m)
        }
        4 => Value::Bool(rng.one_in(2)),
        _ => Value::Null,
    }
}

/// A number no form expects, as a JSON number or as raw text JSON does
/// not allow (`NaN`, `1e400`...).
fn hostile_number(rng: &mut Rng, raw: &mut dyn FnMut(String) -> Value) -> Value {
    let finite = [
        f64::MAX,
        -f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        1e300,
        1e15,
        -1.0,
        -0.0,
        0.0,
        0.5,
        12.0,
        13.0,
        101.0,
        4_294_967_295.0,
        4_294_967_296.0,
        9_007_199_254_740_993.0,
    ];
    match rng.below(5) {
        0 => raw(rng.pick(&TOKENS[..12]).to_string()),
        1 => Value::from(rng.next()),
        2 => Value::from(rng.next() as i64),
        3 => {
            let x = f64::from_bits(rng.next());
            Number::from_f64(x).map_or(Value::Null, Value::Number)
        }
        _ => Number::from_f64(*rng.pick(&finite)).map_or(Value::Null, Value::Number),
    }
}

/// A string no form expects: empty, very long, control characters, other
/// scripts, enum values of other fields.
pub fn hostile_string(rng: &mut Rng) -> String {
    let bits = [
        "",
        " ",
        "x",
        "é",
        "\u{301}",
        "\u{202e}",
        "\u{200b}",
        "👩‍👩‍👧",
        "漢字",
        "\u{1b}[2J",
        "\t",
        "\r\n",
        "\u{0}",
        "\u{fffd}",
        "=cmd|' /C calc'!A0",
        "|",
        "<b>",
        "csm",
        "automation",
        "pooled",
        "digital",
        "per_year",
        "score",
        "accounts",
        "2026-13",
    ];
    match rng.below(12) {
        0 => {
            let len = *rng.pick(&[100, 1_000, 10_000, 65_536, 100_000, 200_000]);
            let unit = *rng.pick(&bits[2..9]);
            unit.repeat(len / unit.len().max(1) + 1)
        }
        1..=4 => (0..rng.below(12)).map(|_| *rng.pick(&bits)).collect(),
        _ => rng.pick(&bits).to_string(),
    }
}

/// Deeply nested JSON text: 2 to 5,000 levels of lists or objects.
fn deep(rng: &mut Rng) -> String {
    let depth = *rng.pick(&[2, 10, 127, 128, 129, 1000, 5000]);
    if rng.one_in(2) {
        format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
    } else {
        format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth))
    }
}

/// A corpus scenario with hostile numbers, names and list lengths.
pub fn hostile_scenario(rng: &mut Rng, corpus: &Corpus) -> Scenario {
    let mut s = rng.pick(&corpus.scenarios).clone();
    let tiers = *rng.pick(&[0usize, 1, 3, 6, 7, 8, s.tiers.len()]);
    while !s.tiers.is_empty() && s.tiers.len() < tiers {
        let copy = s.tiers[rng.below(s.tiers.len())].clone();
        s.tiers.push(copy);
    }
    s.tiers.truncate(tiers);
    let numbers = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        -f64::MAX,
        f64::MIN_POSITIVE,
        -1.0,
        0.0,
        1e15,
        1e300,
    ];
    let odds = 1 + rng.below(8) as u64;
    for input in inputs(&s) {
        if rng.one_in(odds) {
            let x = if rng.one_in(3) {
                f64::from_bits(rng.next())
            } else {
                *rng.pick(&numbers)
            };
            input.set(&mut s, x);
        }
    }
    if rng.one_in(3) {
        s.name = hostile_string(rng);
    }
    for t in &mut s.tiers {
        if rng.one_in(3) {
            t.name = hostile_string(rng);
        }
        if rng.one_in(4) {
            let n = *rng.pick(&[0usize, 5, 13, 200]);
            t.renewal_months = (0..n).map(|_| *rng.pick(&numbers)).collect();
        }
        if rng.one_in(6) && !t.touches.is_empty() {
            let touch = t.touches[0].clone();
            t.touches = vec![touch; *rng.pick(&[20usize, 50, 201])];
        }
        for m in &mut t.moves {
            if rng.one_in(3) {
                m.to = rng.next() as u32;
            }
        }
    }
    if rng.one_in(4) {
        let months = [0, 1, 12, 60, 61, 1000, u32::MAX];
        s.growth.horizon_months = *rng.pick(&months);
        s.growth.lead_months = *rng.pick(&months);
        s.growth.ramp_months = *rng.pick(&months);
    }
    s
}

/// `&hpw=…` and the other readable team-time keys with hostile values.
fn team_keys(rng: &mut Rng) -> String {
    let keys = ["hpw", "wks", "re", "co", "ov"];
    (0..=rng.below(6))
        .map(|_| format!("&{}={}", rng.pick(&keys), rng.pick(&TEAM_VALUES)))
        .collect()
}

/// A query made of parts: versions, payloads of corpus links, team keys,
/// repeated and unknown keys, a page address and a fragment.
fn hostile_query(rng: &mut Rng, corpus: &Corpus) -> String {
    let mut parts: Vec<String> = Vec::new();
    for _ in 0..=rng.below(5) {
        let part = match rng.below(6) {
            0 => format!(
                "v={}",
                rng.pick(&["1", "2", "3", "0", "", "x", "99999999999999999999"])
            ),
            1 | 2 => {
                let link = rng.pick(&corpus.links);
                let pairs: Vec<&str> = link.split('&').collect();
                rng.pick(&pairs).to_string()
            }
            3 => team_keys(rng).trim_start_matches('&').to_string(),
            4 => rng
                .pick(&["embed=1", "j", "z=", "=", "&&", "v", "j=e30", "z=AA"])
                .to_string(),
            _ => format!(
                "j={}",
                rng.pick(&["", "!!!!", "A", "AB", "ABC", "e30", "W10", "bnVsbA"])
            ),
        };
        parts.push(part);
    }
    let query = parts.join("&");
    match rng.below(4) {
        0 => format!("https://example.org/tools/tierplan/?{query}"),
        1 => format!("https://example.org/?{query}#{}", rng.pick(&corpus.links)),
        2 => format!("?{query}"),
        _ => query,
    }
}

/// What [`check`] found for one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The link or file was refused with a message.
    Refused,
    /// It opened and printed in every format.
    Printed,
}

thread_local! {
    /// The message of the last panic inside [`check`] on this thread.
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
    /// Whether this thread is inside [`check`].
    static CHECKING: Cell<bool> = const { Cell::new(false) };
}

/// Sets a panic hook that keeps the message (with its place) of a panic
/// inside [`check`] for it, instead of printing it; other panics (a failing
/// assertion of a test) print as before.
pub fn quiet_panics() {
    let before = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !CHECKING.with(Cell::get) {
            return before(info);
        }
        let place = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = format!("{message}{place}"));
    }));
}

/// The message of the last panic inside [`check`] on this thread, with its
/// place.
pub fn last_panic() -> String {
    LAST_PANIC.with(|p| p.borrow().clone())
}

/// Runs `f` as [`check`] runs a case: a panic in it is caught, and its
/// message kept for [`last_panic`] rather than printed.
pub fn catching<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    CHECKING.with(|c| c.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CHECKING.with(|c| c.set(false));
    result.map_err(|_| last_panic())
}

/// Reads `case` as the command does and, when it opens, prints it in every
/// output format; `Err` holds the message of a panic. Call
/// [`quiet_panics`] first to keep panics off the screen.
pub fn check(case: &Case) -> Result<Outcome, String> {
    catching(|| read_and_print(case))
}

fn read_and_print(case: &Case) -> Outcome {
    let decoded: Result<Decoded, _> = match case {
        Case::Link(text) => {
            let query = query_of(text);
            let _ = decode_team(query);
            decode(query)
        }
        Case::File(text) => from_file_json(text),
    };
    let Ok(decoded) = decoded else {
        return Outcome::Refused;
    };
    let report = report(&decoded.scenario);
    let mut sink = Vec::new();
    for format in Format::ALL {
        // Few samples: the fuzzer tests reading and printing, and a link's
        // stored ranges would otherwise be sampled 2,000 times per format.
        let mut args = vec!["--format".to_string(), format.name().to_string()];
        let sampled = &decoded.scenario.uncertainty.resolve(&decoded.scenario).0;
        if !sampled.ranges.is_empty() {
            args.extend(["--samples".into(), "16".into()]);
        }
        if format == Format::Markdown {
            // The share link: the scenario written back with `encode`.
            args.extend(["--base".into(), "https://x.org/t/".into()]);
        }
        // The input's name only matters for the share link, given by `--base`.
        args.push("scenario.json".into());
        let options = match cli::parse_args(&args) {
            Ok(Some(o)) => o,
            _ => panic!("the fuzzer's own arguments are refused: {args:?}"),
        };
        sink.clear();
        let mut err = Vec::new();
        let status = cli::print_report(&options, &decoded, &report, &mut sink, &mut err);
        assert_eq!(status, 0, "{} printed nothing", format.name());
    }
    // The link's preview, drawn before the calculator starts.
    if let Case::Link(text) = case {
        if let Some(p) = preview(query_of(text)) {
            assert!(!p.html.contains("NaN"), "the preview shows NaN: {}", p.html);
        }
    }
    // Compared with the default plan, through the engine and both exports
    // (a name the comparison refuses, such as a blank one, is fine).
    let base = Scenario {
        name: "Fuzz base".into(),
        ..Scenario::default()
    };
    if let Ok(comparison) = compare(&[base, decoded.scenario], TODAY) {
        let _ = compare_markdown(&comparison, true);
        let _ = compare_tables(&comparison, true);
    }
    Outcome::Printed
}
