//! The address and this device's last good plan (the whole lineup, see
//! [`crate::state::last_good`]) follow the workspace.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::state::recent::RecentPlan;
use crate::state::workspace::{AddressUpdate, Workspace};
use crate::state::{last_good, lineup_link};
use crate::ui::browser::{self, LAST_GOOD_KEY};
use crate::ui::recent;
use crate::ui::url::{self, Write};

/// How long typing must pause before the address is rewritten (ms).
const ADDRESS_DEBOUNCE_MS: u32 = 250;

/// Keeps the address, this device's last good plan and the recent plans in
/// step with `workspace` after every change: typing rewrites the address
/// once it pauses, a discrete action pushes a history entry, and a plan
/// replaced whole (a preset, a file, the defaults, a restored plan) is set
/// aside among `recent_plans` first. A plan opened from a `trusted` link is
/// the last good plan at once; an `embedded` page keeps nothing on the
/// device.
#[hook]
pub fn use_address_sync(
    workspace: &UseReducerHandle<Workspace>,
    trusted: bool,
    embedded: bool,
    recent_plans: &UseStateHandle<Rc<Vec<RecentPlan>>>,
) {
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let workspace = workspace.clone();
    let recent_plans = recent_plans.clone();
    use_effect_with(workspace.revision(), move |revision| {
        // A plan replaced whole (a preset, a file, the defaults, a
        // restored plan) is set aside before the last good plan follows.
        if let Some(previous) = workspace.replaced().filter(|_| !embedded) {
            recent_plans.set(Rc::new(recent::keep(previous, workspace.lineup())));
        }
        match workspace.address_update() {
            AddressUpdate::Replace => {
                // Encoded when typing pauses, not on every keystroke.
                let lineup = workspace.lineup().clone();
                let keep = (trusted || *revision > 0) && !embedded;
                *timer.borrow_mut() = Some(Timeout::new(ADDRESS_DEBOUNCE_MS, move || {
                    url::write_query(&lineup_link::encode(&lineup), Write::Replace);
                    if keep {
                        browser::save(LAST_GOOD_KEY, &last_good::to_json(&lineup));
                    }
                }));
            }
            AddressUpdate::Push => {
                timer.borrow_mut().take();
                url::write_query(&lineup_link::encode(workspace.lineup()), Write::Push);
                if !embedded {
                    browser::save(LAST_GOOD_KEY, &last_good::to_json(workspace.lineup()));
                }
            }
            AddressUpdate::None => {
                if trusted && *revision == 0 && !embedded {
                    browser::save(LAST_GOOD_KEY, &last_good::to_json(workspace.lineup()));
                }
            }
        }
    });
}
