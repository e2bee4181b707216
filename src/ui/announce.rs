//! A polite live region that tells a screen reader what a change did, once
//! typing pauses: one sentence per pause, not one per keystroke. What it
//! holds at each moment is [`LiveText`]'s (plain Rust, tested natively): the
//! screen's sentence after the pause, nothing while a newer one waits.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::state::live::LiveText;

/// How long the text must stay the same before it is announced (ms).
const PAUSE_MS: u32 = 900;

/// Properties of [`Announce`].
#[derive(Properties, PartialEq)]
pub struct AnnounceProps {
    /// Element id of the live region.
    pub id: AttrValue,
    /// The sentence that describes the current state: made from the same
    /// values the screen shows.
    pub text: AttrValue,
}

/// A visually hidden `role="status"` that takes `text` after it has stayed
/// the same for a short pause, and is emptied as soon as `text` changes, so
/// it never holds a sentence the screen no longer says. It starts empty and
/// stays so until the text first changes: Orca read a live region that was
/// drawn with its text already in it, so loading the page would be announced.
#[function_component(Announce)]
pub fn announce(props: &AnnounceProps) -> Html {
    let live = use_mut_ref(|| LiveText::new(&props.text));
    let timer = use_mut_ref(|| None::<Timeout>);
    let redraw = use_force_update();
    // Drawn with the new sentence: the region empties now if it must wait.
    let waits = live.borrow_mut().changed(&props.text);
    {
        let live = live.clone();
        use_effect_with(props.text.clone(), move |_| {
            if waits {
                *timer.borrow_mut() = Some(Timeout::new(PAUSE_MS, move || {
                    live.borrow_mut().paused();
                    redraw.force_update();
                }));
            }
        });
    }
    let spoken = live.borrow().text().to_string();
    html! {
        <p class="visually-hidden" id={props.id.clone()} role="status" aria-atomic="true">
            { spoken }
        </p>
    }
}
