//! Browser plumbing of the import: reading a file in slices, yielding to
//! the event loop between slices of work, and the clock that times them.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Milliseconds since the page opened (`performance.now()`), 0 without it.
pub fn now_ms() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// Lets the browser handle input and paint before the next slice of work:
/// resolves in a new task. A `MessageChannel` message is used rather than
/// `setTimeout(0)`, which browsers stretch to 4 ms after a few nested calls.
pub async fn next_task() {
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(&mut |resolve, _reject| match &channel {
        Some(channel) => {
            channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
            if channel.port2().post_message(&JsValue::NULL).is_err() {
                let _ = resolve.call0(&JsValue::NULL);
            }
        }
        None => {
            let _ = gloo::utils::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
    // The channel lives until its message arrived.
    if let Some(channel) = channel {
        channel.port1().set_onmessage(None);
    }
}

/// The bytes `[start, end)` of `blob`, or `None` when the browser cannot
/// read them (the file was moved or deleted since it was picked).
pub async fn read_slice(blob: &web_sys::Blob, start: u64, end: u64) -> Option<Vec<u8>> {
    let slice = blob.slice_with_f64_and_f64(start as f64, end as f64).ok()?;
    let buffer = JsFuture::from(slice.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Today as (year, month 1–12, day 1–31) in the reader's time zone.
pub fn today() -> (i32, u32, u32) {
    let date = js_sys::Date::new_0();
    (
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
}

/// A Blob holding `text` (pasted cells), so it is read like a file.
pub fn text_blob(text: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Marks a moment of the import on the page's performance timeline
/// (`tierplan:<name>`), for the browser timing benchmark (tests/bench).
pub fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(&format!("tierplan:{name}"));
    }
}
