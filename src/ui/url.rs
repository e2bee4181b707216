//! The page address: the one place that reads `window.location` and writes
//! `history`. What the query means is [`crate::link`]'s business.

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

/// The full address of the page for `query` (what a shared link is).
pub fn address_for(query: &str) -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// How to write a new address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    /// In place, no new history entry (typing).
    Replace,
    /// A new history entry, so Back returns (discrete actions).
    Push,
}

/// Writes `query` into the address, keeping the path and the hash; does
/// nothing when the address already says it.
pub fn write_query(query: &str, how: Write) {
    if current_query() == query {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        // A refused history call (e.g. a sandboxed frame) leaves the old address: nothing is lost.
        let _ = match how {
            Write::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
            Write::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        };
    }
}
