//! The browser user interface: Yew components that render state and dispatch
//! actions. No formula lives here; see [`crate::model`].

mod accounts;
mod announce;
mod app;
mod backward;
pub mod browser;
mod capacity_card;
pub mod charts;
mod comparison;
pub mod editors;
pub mod embed;
pub mod format;
mod glance;
mod hooks;
mod how_sure;
mod image_download;
mod link_notice;
mod markup;
mod menu;
mod number_input;
mod over_time;
mod print_summary;
mod recent;
mod results;
mod scenario_bar;
mod stale;
mod toolbar;
pub mod url;
mod why;

pub use app::App;
pub use capacity_card::{CapacityCard, CapacityCardProps};
pub use number_input::{NumberInput, NumberInputProps};

/// Mounts the calculator into the page's `<main id="app">` (or the body).
pub fn mount() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
