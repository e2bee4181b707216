//! The page's effects as named hooks: each keeps one thing outside the
//! components (the address, the document's listeners, the browser's
//! timing marks, the window's size) in step with the state they render.

mod address;
mod before_unload;
mod comparison;
mod direction;
mod file_drop;
mod focus_after;
mod history;
mod open_file;
mod paint;
mod printing;
mod range_analysis;
mod settled;
mod undo_keys;
mod width;

pub use address::use_address_sync;
pub use before_unload::use_before_unload;
pub use comparison::use_comparison;
pub use direction::use_direction;
pub use file_drop::use_file_drop;
pub use focus_after::{focus_after_redraw, use_focus_after_redraw};
pub use history::use_history_load;
pub use open_file::use_open_file;
pub use paint::use_paint_marks;
pub use printing::use_printing;
pub use range_analysis::use_range_analysis;
pub use settled::use_settled;
pub use undo_keys::use_undo_keys;
pub use width::use_width;
