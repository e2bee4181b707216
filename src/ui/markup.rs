//! Small pieces of markup that several views repeat. Every element written
//! in `html!` compiles to its own construction code in the wasm, so a shape
//! built in many places is built here once (`#[inline(never)]` keeps it a
//! single copy instead of one per caller).

use yew::prelude::*;

/// A table's header row: `first` over the row headings, then the numeric
/// columns (`class="num"`), each `<th scope="col">`.
#[inline(never)]
pub fn head_row(first: &'static str, numeric: &[&'static str]) -> Html {
    html! {
        <tr>
            <th scope="col">{ first }</th>
            { for numeric.iter().map(|label| html! { <th scope="col" class="num">{ *label }</th> }) }
        </tr>
    }
}

/// A numeric table cell: `<td class="num">`.
#[inline(never)]
pub fn num_cell(text: String) -> Html {
    html! { <td class="num">{ text }</td> }
}
