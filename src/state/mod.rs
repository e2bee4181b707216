//! Editing state: what the person typed, what it means, and the last good
//! values. Plain data plus reducers, no DOM, so it is tested natively; the
//! components in `ui` only render it and dispatch actions to it.

pub mod accounts;
pub mod capacity_form;
pub mod compare_view;
pub mod drafts;
pub mod edits;
pub mod first_screen;
pub mod image_caption;
pub mod imported;
pub mod last_good;
pub mod lineup;
pub mod lineup_link;
pub mod live;
pub mod opening;
pub mod over_time_form;
pub mod page_order;
pub mod ranges;
pub mod recent;
pub mod reindex;
pub mod view;
pub mod workspace;
