//! The first screen of a link, before the calculator has started: a small
//! WebAssembly module of its own (the engine, the link reader and the HTML
//! writer; no Yew, no editors) that draws the link's plan into the page's
//! loading card. `index.html` loads it first and the calculator after it;
//! when the calculator starts it replaces the card.
//!
//! Natively it prints the same HTML for a query, so the two can be compared.

#[cfg(target_arch = "wasm32")]
fn main() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let query = window.location().search().unwrap_or_default();
    let Some(preview) = tierplan::state::first_screen::preview(query.trim_start_matches('?'))
    else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let find = |selector: &str| document.query_selector(selector).ok().flatten();
    // Gone once the calculator has started: it drew the plan itself.
    let Some(plan) = find(".boot__link .boot__plan") else {
        return;
    };
    plan.set_inner_html(&preview.html);
    if let Some(status) = find(".boot__link .boot__status") {
        status.set_text_content(Some(preview.status));
    }
    if let Some(performance) = window.performance() {
        let _ = performance.mark("tierplan:preview");
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let query = std::env::args().nth(1).unwrap_or_default();
    match tierplan::state::first_screen::preview(tierplan::link::query_of(&query)) {
        Some(preview) => println!("{}\n<p>{}</p>", preview.html, preview.status),
        None => {
            eprintln!("preview: no plan to draw first for that link; the page will say why");
            std::process::exit(1);
        }
    }
}
