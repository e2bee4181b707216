//! Numbers formatted for the reader's locale through the browser's `Intl`.

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// Formats `value` in the reader's locale with at most `max_fraction_digits`
/// decimals (`1,104` in en-US, `1.104` in de-DE). Non-finite values show as `—`.
pub fn number(value: f64, max_fraction_digits: u32) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let options = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(
        &options,
        &JsValue::from_str("maximumFractionDigits"),
        &JsValue::from(max_fraction_digits),
    );
    let formatter = Intl::NumberFormat::new(&Array::new(), &options);
    formatter
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| crate::decimal::format(value))
}
