//! Small wrappers over browser services: this device's storage, the
//! clipboard and file downloads. Each one fails softly: a browser that
//! refuses (private mode, no clipboard permission) loses nothing.

use wasm_bindgen::{JsCast, JsValue};

/// The localStorage key of the last good scenario on this device.
pub const LAST_GOOD_KEY: &str = "tierplan.last-good";

/// The localStorage key of the recent plans on this device
/// ([`crate::state::recent`]).
pub const RECENT_KEY: &str = "tierplan.recent";

/// Reads `key` from this device's localStorage.
pub fn load(key: &str) -> Option<String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Writes `value` under `key` in this device's localStorage; a full or
/// disabled storage is ignored.
pub fn save(key: &str, value: &str) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Copies `text` to the clipboard. Resolves to `true` when the browser took it.
pub async fn copy(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Offers `content` as a file download named `file_name`, made in the page
/// (a Blob URL): nothing is sent anywhere.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads a picked or dropped file as text, refusing files over `max_bytes`
/// before reading them. The error is a sentence for the person.
pub async fn read_text(file: &web_sys::File, max_bytes: usize) -> Result<String, String> {
    if file.size() > max_bytes as f64 {
        return Err(format!(
            "It is larger than {} KB, far more than any tierplan scenario.",
            max_bytes / 1000
        ));
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or_else(|| "The browser could not read it.".to_string())
}
