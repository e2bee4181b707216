//! The pieces every chart shares: the `<figure>` with its heading, legend,
//! the `<svg>` (built by [`crate::chart::markup`], drawn as Yew elements so a
//! keystroke changes only what moved) and the "Show the numbers" tables.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::{VTag, VText};

use crate::chart::markup::{Element, Node};
use crate::ui::image_download::{Draw, ImageDownload};

/// One legend entry: its swatch class and its words.
pub type LegendItem = (&'static str, String);

/// A chart's parts, put together by [`figure`].
pub struct Figure {
    /// Stable element id of the `<figure>` (`chart-pyramid`, ...).
    pub id: &'static str,
    /// Heading (the SVG's `<title>` says the same).
    pub title: &'static str,
    /// One-sentence lead under the heading.
    pub lead: String,
    /// Legend entries (may be empty).
    pub legend: Vec<LegendItem>,
    /// The finished `<svg>` from [`crate::chart::markup::Markup`].
    pub svg: Element,
    /// The same numbers as tables, inside a "Show the numbers" disclosure;
    /// built only while the disclosure is open (`None` when closed).
    pub tables: Option<Html>,
    /// Told whether the person opened or closed "Show the numbers".
    pub on_numbers: Callback<bool>,
}

/// The `<figure>` of a chart: heading, lead, legend, the `<svg role="img">`,
/// its download buttons and the data table fallback. The disclosure is a Yew
/// node, so it stays open while the numbers change. The drawing and legend
/// are kept behind an `Rc` for the download, which writes its file only
/// when clicked.
pub fn figure(f: Figure) -> Html {
    let svg = Rc::new(f.svg);
    let legend = Rc::new(f.legend);
    let draw: Draw = {
        let (svg, legend, title) = (svg.clone(), legend.clone(), f.title);
        Rc::new(move |caption| {
            let items: Vec<(&str, &str)> = legend
                .iter()
                .map(|(class, words)| (*class, words.as_str()))
                .collect();
            crate::export::image::chart_svg(&svg, title, &items, caption)
        })
    };
    html! {
        <figure class="chart" id={f.id}>
            <figcaption class="chart__caption">
                <h3 class="chart__title">{ f.title }</h3>
                <p class="chart__lead">{ f.lead }</p>
            </figcaption>
            if !legend.is_empty() {
                <ul class="chart__legend" aria-hidden="true">
                    { for legend.iter().map(|(class, words)| html! {
                        <li><span class={classes!("chart__swatch", *class)}></span>{ words.clone() }</li>
                    }) }
                </ul>
            }
            <div class="chart__drawing">{ element(&svg) }</div>
            <ImageDownload id={f.id} what="chart" {draw} />
            // The browser owns the open state; the page only listens, so a
            // render never closes a disclosure whose toggle is still queued.
            <details class="chart__data" ontoggle={f.on_numbers.reform(|event: Event| {
                let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
                details.open()
            })}>
                // Five of these on the page: each says which chart it is for.
                <summary>{ "Show the numbers" }<span class="visually-hidden">{ format!(" ({})", f.title) }</span></summary>
                { for f.tables }
            </details>
        </figure>
    }
}

/// `element` and its children as Yew nodes. Yew gives the `<svg>` and
/// everything in it the SVG namespace, and on the next render changes only
/// the attributes and texts that differ. Values and texts are `Rc<str>`, so
/// drawing from a reference copies pointers, not text: the figure keeps the
/// tree for its download buttons without copying it.
pub fn element(element: &Element) -> Html {
    let mut tag = VTag::new(element.tag);
    for &(name, ref value) in &element.attrs {
        tag.add_attribute(name, AttrValue::Rc(value.clone()));
    }
    tag.add_children(element.children.iter().map(|child| match child {
        Node::Element(e) => self::element(e),
        Node::Text(text) => Html::VText(VText::new(AttrValue::Rc(text.clone()))),
    }));
    tag.into()
}

/// A scrollable data table with a caption, header cells and rows of cells
/// (the first cell of each row is its header).
pub fn table(id: &str, caption: &str, head: &[&str], rows: Vec<Vec<String>>) -> Html {
    html! {
        <div class="table-wrap" role="region" aria-label={caption.to_string()} tabindex="0">
            <table class="tiers chart__table" id={id.to_string()}>
                <caption>{ caption.to_string() }</caption>
                <thead>
                    <tr>
                        { for head.iter().enumerate().map(|(i, h)| html! {
                            <th scope="col" class={if i == 0 { "" } else { "num" }}>{ h.to_string() }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.into_iter().map(|row| html! {
                        <tr>
                            { for row.into_iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th scope="row">{ cell }</th> }
                            } else {
                                html! { <td class="num">{ cell }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
