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

/// The value of the page parameter `key` (one the codec does not own, such
/// as `view` or `embed`) in the current address.
pub fn page_param(key: &str) -> Option<String> {
    current_query()
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.to_string())
}

/// The query that carries the scenario `codec_query` and the page
/// parameters `page` (key, value; `None` removes the key), keeping every
/// other page parameter of the current address.
fn merged(codec_query: &str, page: &[(&str, Option<&str>)]) -> String {
    let current = current_query();
    let mut parts: Vec<String> = codec_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    for pair in current.split('&').filter(|p| !p.is_empty()) {
        let key = pair.split_once('=').map_or(pair, |(k, _)| k);
        if !crate::link::CODEC_KEYS.contains(&key)
            && !crate::state::lineup_link::LINEUP_KEYS.contains(&key)
            && !page.iter().any(|(k, _)| *k == key)
        {
            parts.push(pair.to_string());
        }
    }
    for (key, value) in page {
        if let Some(value) = value {
            parts.push(format!("{key}={value}"));
        }
    }
    parts.join("&")
}

/// Sets (or with `None` removes) a page parameter, in place.
pub fn set_page_param(key: &str, value: Option<&str>) {
    let current = current_query();
    let codec_part: Vec<&str> = current
        .split('&')
        .filter(|pair| {
            let k = pair.split_once('=').map_or(*pair, |(k, _)| k);
            crate::link::CODEC_KEYS.contains(&k)
                || crate::state::lineup_link::LINEUP_KEYS.contains(&k)
        })
        .collect();
    write_raw(
        &merged(&codec_part.join("&"), &[(key, value)]),
        Write::Replace,
    );
}

/// Writes the scenario's `query` into the address, keeping the page
/// parameters, the path and the hash; does nothing when the address already says it.
pub fn write_query(query: &str, how: Write) {
    write_raw(&merged(query, &[]), how);
}

fn write_raw(query: &str, how: Write) {
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

/// The full address to share for the scenario's `codec_query`, with this
/// page's parameters (such as the plan direction).
pub fn share_address(codec_query: &str) -> String {
    address_for(&merged(codec_query, &[("embed", None), ("theme", None)]))
}

/// The address of the embed view of the scenario's `codec_query`, in
/// `theme` ("light" or "dark"; anything else follows the reader's).
pub fn embed_address(codec_query: &str, theme: &str) -> String {
    let theme = matches!(theme, "light" | "dark").then_some(theme);
    address_for(&merged(
        codec_query,
        &[("embed", Some("1")), ("view", None), ("theme", theme)],
    ))
}
