//! Reading and writing the page address. The scenario itself is encoded by
//! [`crate::link`]; this module only talks to `window.location` and `history`.

use wasm_bindgen::JsValue;

/// The current query string, without the leading `?` (empty when there is none).
pub fn current_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}

/// Replaces the address in place (no new history entry) with `query`,
/// keeping the path and the hash. An empty query gives the bare page address.
pub fn replace_query(query: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if current_query() == query {
        return;
    }
    if let Ok(history) = window.history() {
        // A refused replaceState (e.g. a sandboxed frame) leaves the old address: nothing is lost.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
