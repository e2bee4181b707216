//! A polite live region that tells a screen reader what a change did, once
//! typing pauses: one sentence per pause, not one per keystroke.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the text must stay the same before it is announced (ms).
const PAUSE_MS: u32 = 900;

/// Properties of [`Announce`].
#[derive(Properties, PartialEq)]
pub struct AnnounceProps {
    /// Element id of the live region.
    pub id: AttrValue,
    /// The sentence that describes the current state.
    pub text: AttrValue,
}

/// A visually hidden `role="status"` that takes `text` after it has stayed
/// the same for a short pause. It starts empty and stays so until the text
/// first changes: Orca read a live region that was drawn with its text
/// already in it, so loading the page would be announced.
#[function_component(Announce)]
pub fn announce(props: &AnnounceProps) -> Html {
    let spoken = use_state(AttrValue::default);
    let first = use_mut_ref(|| Some(props.text.clone()));
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let spoken = spoken.clone();
        use_effect_with(props.text.clone(), move |text| {
            // Nothing until the text differs from the first render's.
            if first.borrow().as_ref() == Some(text) {
                return;
            }
            first.borrow_mut().take();
            let text = text.clone();
            *timer.borrow_mut() = Some(Timeout::new(PAUSE_MS, move || spoken.set(text)));
        });
    }
    html! {
        <p class="visually-hidden" id={props.id.clone()} role="status" aria-atomic="true">
            { (*spoken).clone() }
        </p>
    }
}
