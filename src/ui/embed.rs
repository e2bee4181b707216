//! The embed view (`embed=1` in the address): a compact, read-only plan for
//! an iframe in a blog post or a doc, with a link back to the full
//! calculator. It tells its parent page its height by `postMessage`
//! (`{type: "tierplan:height", height}`) so the parent can size the frame,
//! and stays readable at the snippet's fixed height when the parent ignores it.
//! `theme=light` or `theme=dark` in its address fixes its colours (set by
//! index.html's first script, so the first paint has them too), for a blog
//! of one theme.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::format::{fixed, money_compact, number, percent};
use super::markup::{head_row, num_cell};
use super::results::parts;
use crate::model::Report;

/// The message type the embed view posts to its parent.
pub const HEIGHT_MESSAGE: &str = "tierplan:height";

/// The iframe's default height in the snippet (px): enough for the headline
/// figures and a three-tier table without scrolling.
pub const SNIPPET_HEIGHT: u32 = 520;

/// Properties of [`EmbedView`].
#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    /// The engine's report of the scenario in the link.
    pub report: std::rc::Rc<Report>,
    /// The range analysis's headline, when the plan has ranges.
    #[prop_or_default]
    pub ranges: Option<AttrValue>,
    /// The scenario's name, if it has one.
    pub name: AttrValue,
    /// The full calculator's address for this scenario.
    pub full_address: AttrValue,
}

/// A compact, read-only plan.
#[function_component(EmbedView)]
pub fn embed_view(props: &EmbedViewProps) -> Html {
    let plan = &props.report.plan;
    let totals = &plan.totals;
    let currency = plan.currency.as_str();
    use_effect(|| {
        post_height();
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "resize", |_| post_height());
        move || drop(listener)
    });
    html! {
        <main class="embed" id="embed-view">
            <header class="embed__head">
                <h1>{ if props.name.is_empty() { AttrValue::from("Customer Success headcount plan") } else { props.name.clone() } }</h1>
                <a href={props.full_address.clone()} target="_blank" rel="noopener" id="embed-open">
                    { "Open in tierplan ↗" }
                </a>
            </header>
            <dl class="embed__figures">
                { figure("People needed", Some("embed-headcount"), number(f64::from(totals.headcount), 0)) }
                { figure("Yearly cost", None, money_compact(totals.cost, currency)) }
                { figure("Cost / ARR", None, totals.cost_pct_of_arr.map(percent).unwrap_or_else(|| "—".into())) }
                { figure("ARR per CSM", None, totals.arr_per_csm.map(|v| money_compact(v, currency)).unwrap_or_else(|| "—".into())) }
            </dl>
            if let Some(headline) = &props.ranges {
                <p class="embed__ranges" id="embed-ranges">{ headline.clone() }</p>
            }
            <table class="tiers">
                <caption class="visually-hidden">{ "Per tier" }</caption>
                <thead>
                    { head_row("Tier", &["Customers", "ARR", "FTE"]) }
                </thead>
                <tbody>
                    { for plan.tiers.iter().map(|tier| html! {
                        <tr>
                            <th scope="row">{ tier.name.clone() }</th>
                            { num_cell(number(tier.customers, 0)) }
                            { num_cell(money_compact(tier.arr, currency)) }
                            { num_cell(fixed(tier.fte.total(), 2)) }
                        </tr>
                    }) }
                </tbody>
                // The same rows as the full table, those with people: the
                // FTE column adds up to the people needed.
                <tfoot>
                    { for parts(totals).into_iter().filter_map(|part| part.fte.map(|fte| html! {
                        <tr class="tiers__part" id={format!("embed-{}", part.id)}>
                            <th scope="row">{ part.label }</th>
                            <td></td>
                            <td></td>
                            { num_cell(fixed(fte, 2)) }
                        </tr>
                    })) }
                    <tr class="tiers__total" id="embed-total">
                        <th scope="row">{ "People needed" }</th>
                        { num_cell(number(totals.customers, 0)) }
                        { num_cell(money_compact(totals.arr, currency)) }
                        { num_cell(fixed(f64::from(totals.headcount), 2)) }
                    </tr>
                </tfoot>
            </table>
            if !plan.guardrails.is_empty() {
                <p class="embed__rails">{ embed_rails(&plan.guardrails) }</p>
            }
        </main>
    }
}

/// One figure of the list: its name and value (the value's element has `id`, if any).
#[inline(never)]
fn figure(name: &'static str, id: Option<&'static str>, value: String) -> Html {
    html! { <div><dt>{ name }</dt><dd {id}>{ value }</dd></div> }
}

/// Posts the height of the plan to the parent frame (if there is one): the
/// bottom of the embed view, not the document's height, which is never less
/// than the frame's own and so would never let a frame shrink to fit.
fn post_height() {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Some(view) = gloo::utils::document()
        .get_element_by_id("embed-view")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let height = view.offset_top() + view.offset_height();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // The height is not secret: any parent may read it.
    let _ = parent.post_message(&message, "*");
}

/// The embed's themes: the value of `theme=` in its address and the words
/// for it; the first, the reader's own, adds nothing to the address.
pub const THEMES: [(&str, &str); 3] = [
    ("auto", "The reader's (light or dark)"),
    ("light", "Light"),
    ("dark", "Dark"),
];

/// The HTML a person pastes into their page to embed the plan at `embed_address`.
pub fn snippet(embed_address: &str, title: &str) -> String {
    let title = title.replace('"', "&quot;");
    let src = embed_address.replace('&', "&amp;");
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{SNIPPET_HEIGHT}\" style=\"border:0;max-width:720px\" loading=\"lazy\"></iframe>\n\
<script>\n\
/* Optional: lets the frame grow to fit the plan. */\n\
addEventListener('message', function (e) {{\n\
  if (!e.data || e.data.type !== '{HEIGHT_MESSAGE}') return;\n\
  document.querySelectorAll('iframe').forEach(function (f) {{\n\
    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';\n\
  }});\n\
}});\n\
</script>"
    )
}

/// The embed's one line on the guardrails: what they count and the
/// first, saying how many more the full plan lists (the line named three
/// but showed one).
fn embed_rails(rails: &[crate::model::Guardrail]) -> String {
    let more = match rails.len() {
        0 | 1 => String::new(),
        2 => " (and 1 more in the full plan)".to_string(),
        n => format!(" (and {} more in the full plan)", n - 1),
    };
    // The first message's own full stop ends the line, after the count of
    // the others ("… today (and 3 more in the full plan).").
    match rails.first() {
        Some(first) => format!(
            "{}: {}{more}.",
            super::results::guardrail_words(rails),
            first.message.trim_end().trim_end_matches('.')
        ),
        None => super::results::guardrail_words(rails),
    }
}
