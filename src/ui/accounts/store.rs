//! "Remember this list on this device": the list's bytes (as a Blob, so a
//! large file is not copied into the page's memory) and its settings in
//! IndexedDB. localStorage holds about 5 MB, far less than real lists.
//! Only written after the person opts in; "Forget this list" deletes both.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "tierplan";
const STORE: &str = "accounts";
/// Key of the list's bytes (a Blob).
const SOURCE: &str = "source";
/// Key of the list's settings (text, see `state::accounts::memory`).
const SETTINGS: &str = "settings";

/// The sentence shown when the device refuses.
pub const REFUSED: &str =
    "This browser did not let the page keep the list (storage is off, full or private). Nothing was kept.";

/// Waits for an IndexedDB request; its result, or `Err` when it failed.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call0(&JsValue::NULL);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Opens the page's database, creating its store on first use.
async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = gloo::utils::window().indexed_db()?.ok_or(JsValue::NULL)?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    done(&request).await?.dyn_into::<IdbDatabase>()
}

async fn store(mode: IdbTransactionMode) -> Result<IdbObjectStore, JsValue> {
    open()
        .await?
        .transaction_with_str_and_mode(STORE, mode)?
        .object_store(STORE)
}

/// Keeps the list's bytes and settings, unless `wanted()` says no by the
/// time the database is open (the person forgot the list meanwhile).
pub async fn save(
    source: &web_sys::Blob,
    settings: &str,
    wanted: impl Fn() -> bool,
) -> Result<(), JsValue> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    if !wanted() {
        return Ok(());
    }
    done(&store.put_with_key(source, &JsValue::from_str(SOURCE))?).await?;
    done(&store.put_with_key(&JsValue::from_str(settings), &JsValue::from_str(SETTINGS))?).await?;
    Ok(())
}

/// Keeps new settings of the remembered list (unless `wanted()` says no by
/// the time the database is open).
pub async fn save_settings(settings: &str, wanted: impl Fn() -> bool) -> Result<(), JsValue> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    if !wanted() {
        return Ok(());
    }
    done(&store.put_with_key(&JsValue::from_str(settings), &JsValue::from_str(SETTINGS))?).await?;
    Ok(())
}

/// The remembered list's bytes and settings, if a list is remembered.
pub async fn load() -> Result<Option<(web_sys::Blob, String)>, JsValue> {
    let store = store(IdbTransactionMode::Readonly).await?;
    let source = done(&store.get(&JsValue::from_str(SOURCE))?).await?;
    let settings = done(&store.get(&JsValue::from_str(SETTINGS))?).await?;
    match (source.dyn_into::<web_sys::Blob>(), settings.as_string()) {
        (Ok(blob), Some(text)) => Ok(Some((blob, text))),
        _ => Ok(None),
    }
}

/// Deletes the remembered list.
pub async fn forget() -> Result<(), JsValue> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    done(&store.clear()?).await?;
    Ok(())
}
