//! "Download as image": two small buttons under each chart and the plan
//! summary, saving it as an SVG file or a PNG. The file is written only on
//! click ([`crate::export::image`]), from the tree the page drew, which the
//! buttons hold behind an `Rc`: a keystroke neither copies nor writes it.
//! The caption names the plan the page's address holds, and that address.
//! The PNG is the same SVG drawn onto a canvas at twice its size (sharp
//! text), saved with `toBlob`; the SVG is read from a `data:` address, which
//! the page's Content-Security-Policy already allows for images.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::chart::standalone::Caption;
use crate::export::image::file_name;
use crate::state::image_caption::caption_of;

/// What a download saves: the standalone SVG file for a caption.
pub type Draw = Rc<dyn Fn(&Caption) -> String>;

/// The scale the PNG is drawn at: 2 device pixels per CSS pixel.
const PNG_SCALE: f64 = 2.0;

/// Properties of [`ImageDownload`].
#[derive(Properties)]
pub struct ImageDownloadProps {
    /// The element id of what is saved (`chart-pyramid`): the files are
    /// `tierplan-{id}.svg` and `.png`, the buttons `{id}-svg` and `{id}-png`.
    pub id: &'static str,
    /// What it is, in words: "chart", "plan summary".
    pub what: &'static str,
    /// Writes the SVG file.
    pub draw: Draw,
}

impl PartialEq for ImageDownloadProps {
    /// Equal while it saves the same thing: the drawing is kept by
    /// reference, so a redraw with a new drawing is a new download.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.what == other.what && Rc::ptr_eq(&self.draw, &other.draw)
    }
}

/// The two buttons, and a note when a PNG could not be made.
#[function_component(ImageDownload)]
pub fn image_download(props: &ImageDownloadProps) -> Html {
    let failed = use_state(|| false);
    let on_svg = {
        let (draw, id) = (props.draw.clone(), props.id);
        Callback::from(move |_: MouseEvent| {
            let svg = draw(&caption_of(&current_address()));
            super::browser::download(&file_name(id, "svg"), "image/svg+xml", &svg);
        })
    };
    let on_png = {
        let (draw, id, failed) = (props.draw.clone(), props.id, failed.clone());
        Callback::from(move |_: MouseEvent| {
            let svg = draw(&caption_of(&current_address()));
            let failed = failed.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match png(&svg).await {
                    Ok(blob) => {
                        failed.set(false);
                        save_blob(&file_name(id, "png"), &blob);
                    }
                    Err(_) => failed.set(true),
                }
            });
        })
    };
    let what = props.what;
    html! {
        <div class="image-download">
            <span class="image-download__label" aria-hidden="true">{ "Download" }</span>
            <button type="button" class="image-download__button" id={format!("{}-svg", props.id)}
                aria-label={format!("Download this {what} as SVG")} onclick={on_svg}>{ "SVG" }</button>
            <button type="button" class="image-download__button" id={format!("{}-png", props.id)}
                aria-label={format!("Download this {what} as PNG")} onclick={on_png}>{ "PNG" }</button>
            <span role="status" class="image-download__status">
                { if *failed { "This browser could not draw the PNG; the SVG works everywhere." } else { "" } }
            </span>
        </div>
    }
}

/// The page's address now: the plan's share link once typing has paused.
fn current_address() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// `svg` drawn onto a canvas at [`PNG_SCALE`], as a PNG blob.
async fn png(svg: &str) -> Result<web_sys::Blob, JsValue> {
    let image = web_sys::HtmlImageElement::new()?;
    let source = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    );
    image.set_src(&source);
    JsFuture::from(image.decode()).await?;
    let (width, height) = (image.natural_width(), image.natural_height());
    if width == 0 || height == 0 {
        return Err("the drawing has no size".into());
    }
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width((f64::from(width) * PNG_SCALE) as u32);
    canvas.set_height((f64::from(height) * PNG_SCALE) as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d canvas"))?
        .dyn_into()?;
    context.scale(PNG_SCALE, PNG_SCALE)?;
    context.draw_image_with_html_image_element(&image, 0.0, 0.0)?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let refuse = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                refuse.call1(&JsValue::NULL, &"no PNG".into())
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if let Err(error) = canvas.to_blob(done.unchecked_ref()) {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    });
    JsFuture::from(promise).await?.dyn_into()
}

/// Saves `blob` as `file_name`.
fn save_blob(file_name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(anchor) = gloo::utils::document().create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The download buttons of the plan summary, drawn from `report`.
pub fn summary_download(report: Rc<crate::model::Report>) -> Html {
    let draw: Draw =
        Rc::new(move |caption: &Caption| crate::export::image::summary_svg(&report, caption));
    html! {
        <ImageDownload id={crate::export::image::SUMMARY_ID} what="plan summary" {draw} />
    }
}

/// The download buttons of a chart whose figure is not built by
/// [`super::charts::frame::figure`]: `svg` as drawn, under `title`, with
/// its `legend` (swatch class and words).
pub fn chart_download(
    id: &'static str,
    svg: Rc<crate::chart::markup::Element>,
    title: &'static str,
    legend: &'static [(&'static str, &'static str)],
) -> Html {
    let draw: Draw = Rc::new(move |caption: &Caption| {
        crate::export::image::chart_svg(&svg, title, legend, caption)
    });
    html! { <ImageDownload {id} what="chart" {draw} /> }
}
