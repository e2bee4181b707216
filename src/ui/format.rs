//! Numbers and money formatted for the reader's locale through the browser's
//! `Intl.NumberFormat` (never a hand-made formatter), with the decimals of
//! the model's one rounding rule ([`crate::model::format::decimals`]): no
//! figure is shown more than 1% off its exact value, and half hours stay.

use crate::model::format::{
    decimals, money_decimals, reading_decimals, COMPACT_SIGNIFICANT_DIGITS,
};

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Formatters by their options, each with the texts it has written:
    /// building a formatter costs far more than using it, and a keystroke
    /// formats the same few hundred numbers again (calling into the
    /// browser for each cost a 6 x 20 plan's keystroke about 3 ms).
    static FORMATTERS: RefCell<HashMap<String, Formatter>> = RefCell::new(HashMap::new());
}

/// One `Intl.NumberFormat`'s `format` (`None` when the browser refused its
/// options) and the texts it wrote, by the value's bits.
struct Formatter {
    format: Option<Function>,
    written: HashMap<u64, String>,
}

/// How many texts a formatter keeps before it forgets them all.
const MAX_WRITTEN: usize = 4096;

/// The page's `Intl.NumberFormat` constructor.
fn number_format_constructor() -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    Reflect::get(&intl, &JsValue::from_str("NumberFormat"))
        .ok()?
        .dyn_into()
        .ok()
}

/// One option of an `Intl.NumberFormat`, held in Rust so that a number
/// already written is found without calling into the browser.
#[derive(Clone, Copy)]
enum Opt<'a> {
    /// A text option (`style`, `currency`, `notation`).
    Text(&'static str, &'a str),
    /// A whole-number option (`maximumFractionDigits`, ...).
    Whole(&'static str, u32),
}

/// The cache key of `options`.
fn options_key(options: &[Opt]) -> String {
    let mut key = String::with_capacity(48);
    for option in options {
        match *option {
            Opt::Text(name, text) => {
                key.push_str(name);
                key.push('=');
                key.push_str(text);
            }
            Opt::Whole(name, whole) => {
                key.push_str(name);
                key.push('=');
                push_digits(&mut key, whole);
            }
        }
        key.push(';');
    }
    key
}

/// Appends the decimal digits of `n` (without core's formatting machinery).
fn push_digits(key: &mut String, n: u32) {
    if n >= 10 {
        push_digits(key, n / 10);
    }
    key.push(char::from(b'0' + (n % 10) as u8));
}

/// A new `Intl.NumberFormat(undefined, options).format`, or `None` when
/// the browser refuses the options (e.g. an unknown currency code).
fn new_format(options: &[Opt]) -> Option<Function> {
    let object = Object::new();
    for option in options {
        let (name, value) = match *option {
            Opt::Text(name, text) => (name, JsValue::from_str(text)),
            Opt::Whole(name, whole) => (name, JsValue::from(whole)),
        };
        let _ = Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    let args = Array::of2(&JsValue::UNDEFINED, &object);
    let constructor = number_format_constructor()?;
    // Reflect.construct turns a RangeError into Err instead of a trap.
    Reflect::construct(&constructor, &args)
        .ok()
        .and_then(|f| Reflect::get(&f, &JsValue::from_str("format")).ok())
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// `value` through `Intl.NumberFormat` with `options`; `—` when the value is
/// not finite, `fallback()` when the browser refuses the options.
fn intl(value: f64, options: &[Opt], fallback: impl FnOnce() -> String) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let key = options_key(options);
    let written = FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let formatter = cache.entry(key).or_insert_with(|| Formatter {
            format: new_format(options),
            written: HashMap::new(),
        });
        if let Some(text) = formatter.written.get(&value.to_bits()) {
            return Some(text.clone());
        }
        let text = formatter
            .format
            .as_ref()?
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()?
            .as_string()?;
        if formatter.written.len() >= MAX_WRITTEN {
            formatter.written.clear();
        }
        formatter.written.insert(value.to_bits(), text.clone());
        Some(text)
    });
    written.unwrap_or_else(fallback)
}

/// `value` in the reader's locale with the decimals of the rounding rule from
/// `usual` up, trailing zeros dropped (`1,104` in en-US, `1.104` in de-DE;
/// `907.5`; `0.24` with `usual` 1). Non-finite values show as `—`.
pub fn number(value: f64, usual: u32) -> String {
    intl(
        value,
        &[Opt::Whole("maximumFractionDigits", decimals(value, usual))],
        || crate::decimal::format(value),
    )
}

/// A whole count in the reader's locale with its noun, singular for
/// exactly one (`1 account`, `1,204 accounts`): the plural rule of
/// [`crate::model::format::count`].
pub fn count(value: f64, one: &str, many: &str) -> String {
    crate::model::format::counted(number(value, 0), one, many)
}

/// `value` in the reader's locale with at least `fraction_digits` decimals,
/// so the figures of a column align (`2.90`, `1.65`, `0.31`), and more when
/// the rounding rule needs them (`0.217`, not `0.22`, for 0.2174; `0.0012`,
/// never a bare `0` next to a non-zero figure). Non-finite values show as `—`.
pub fn fixed(value: f64, fraction_digits: u32) -> String {
    let least = fraction_digits.min(20);
    let most = decimals(value, least).clamp(least, 20);
    intl(
        value,
        &[
            Opt::Whole("minimumFractionDigits", least),
            Opt::Whole("maximumFractionDigits", most),
        ],
        // Not `format!("{:.2}")`: core's float formatting adds ~10 KB gzip.
        || crate::decimal::format(value),
    )
}

/// A money amount in `currency` (ISO 4217), whole units: `$1,380,000`.
/// An unknown currency code falls back to the number followed by the code.
pub fn money(value: f64, currency: &str) -> String {
    intl(
        value,
        &[
            Opt::Text("style", "currency"),
            Opt::Text("currency", currency),
            Opt::Whole("minimumFractionDigits", 0),
            Opt::Whole("maximumFractionDigits", money_decimals(value)),
        ],
        || format!("{} {currency}", number(value, 0)),
    )
}

/// A compact money amount for headlines: `$1.44M`, `€250K`, `$884K`, with
/// [`COMPACT_SIGNIFICANT_DIGITS`] significant digits (within 0.5%).
pub fn money_compact(value: f64, currency: &str) -> String {
    intl(
        value,
        &[
            Opt::Text("style", "currency"),
            Opt::Text("currency", currency),
            Opt::Text("notation", "compact"),
            Opt::Whole("maximumSignificantDigits", COMPACT_SIGNIFICANT_DIGITS),
        ],
        || money(value, currency),
    )
}

/// A percentage given in percent units (`9.5` → `9.5%`, `6.3143` → `6.31%`),
/// with the decimals the engine writes it with
/// ([`crate::model::format::reading_decimals`]). Non-finite values show as `—`.
pub fn percent(value_pct: f64) -> String {
    // Intl's percent style multiplies by 100; a non-finite value stays non-finite.
    intl(
        value_pct / 100.0,
        &[
            Opt::Text("style", "percent"),
            Opt::Whole("maximumFractionDigits", reading_decimals(value_pct)),
        ],
        || format!("{}%", crate::decimal::format(value_pct)),
    )
}
