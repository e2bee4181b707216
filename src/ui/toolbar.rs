//! The toolbar: presets, reset, undo / redo, share and files.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlDetailsElement, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::browser;
use super::menu;
use super::url;
use crate::export::compare::{compare_csv_files, compare_markdown};
use crate::export::ranges::{ranges_csv_file, summary_with_ranges, RANGES_MENU};
use crate::export::{csv_files_over_time, MARKDOWN_FILE, MENU as EXPORTS};
use crate::link;
use crate::model::compare::Comparison;
use crate::model::{presets, Report, Scenario};
use crate::state::lineup::Lineup;
use crate::state::lineup_link;
use crate::state::recent::RecentPlan;
use crate::state::workspace::{Origin, WorkspaceAction};

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The current (last good) scenario.
    pub scenario: Rc<Scenario>,
    /// Whether Undo has something to undo.
    pub can_undo: bool,
    /// Whether Redo has something to redo.
    pub can_redo: bool,
    /// The engine's report of the scenario (for the exports).
    pub report: std::rc::Rc<Report>,
    /// This month by the browser's clock: the plan over time of the
    /// exports is worked out from it and the scenario when one is made.
    pub today: crate::model::fiscal::YearMonth,
    /// Receives every action.
    pub on_action: Callback<WorkspaceAction>,
    /// Receives a scenario file picked by the person.
    pub on_file: Callback<web_sys::File>,
    /// Why the last file could not be opened, if it could not.
    #[prop_or_default]
    pub file_error: Option<AttrValue>,
    /// The plans this device had before (newest first), to open again.
    #[prop_or_default]
    pub recent: Rc<Vec<RecentPlan>>,
    /// Every scenario of the plan (the scenario alone when `None`): what
    /// Copy link, the exports and the embed share, encoded when used.
    #[prop_or_default]
    pub lineup: Option<Lineup>,
    /// The comparison of the plan's scenarios, when it holds two or more:
    /// the Export menu then offers its CSV tables and its memo.
    #[prop_or_default]
    pub comparison: Option<Rc<Comparison>>,
}

/// What the toolbar shares: every scenario when given, else the scenario.
fn shared_plan(props: &ToolbarProps) -> Lineup {
    props
        .lineup
        .clone()
        .unwrap_or_else(|| Lineup::single(props.scenario.clone()))
}

/// What the share button last did, for its confirmation.
#[derive(Clone, PartialEq)]
enum Shared {
    Idle,
    Copied,
    /// The clipboard refused: the link is shown to copy by hand.
    Manual(String),
}

/// Presets, reset, undo / redo, copy link, save and open a scenario file.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let shared = use_state(|| Shared::Idle);

    // The picker shows the preset that is loaded while the plan still equals
    // it ("Presets…" once edited). Chromium applies a closed select's choice
    // on every arrow key: showing the loaded preset (rather than snapping
    // back to "Presets…") lets the arrows step through the presets, and Undo
    // brings the picker back with the plan.
    // The presets are built once per toolbar, not on every keystroke's render.
    let all = use_memo((), |_| presets());
    let loaded = {
        let all = all.clone();
        *use_memo(props.scenario.clone(), move |scenario| {
            all.iter()
                .find(|p| p.scenario == **scenario)
                .map_or("", |p| p.id)
        })
    };
    let preset_ref = use_node_ref();
    // A value typed back and forth can make the plan equal a preset on every
    // other keystroke, and changing what a select shows costs the next frame
    // 3 to 4 ms of layout (`ui-compare.mjs`, the default plan typed 40 / 41).
    // So the picker follows the plan once typing pauses, and at once on the
    // first draw; a choice in the picker shows itself already.
    let follow = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let first_draw = use_mut_ref(|| true);
    {
        let preset_ref = preset_ref.clone();
        use_effect(move || {
            let show = move || {
                if let Some(select) = preset_ref.cast::<HtmlSelectElement>() {
                    if select.value() != loaded {
                        select.set_value(loaded);
                    }
                }
            };
            if std::mem::replace(&mut *first_draw.borrow_mut(), false) {
                show();
            } else {
                // Replacing the pending timeout cancels it.
                *follow.borrow_mut() = Some(gloo::timers::callback::Timeout::new(300, show));
            }
        });
    }
    let on_preset = {
        let on_action = props.on_action.clone();
        let all = all.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            match all.iter().find(|p| p.id == select.value()) {
                Some(preset) if preset.id != loaded => on_action.emit(WorkspaceAction::Load(
                    Box::new(preset.scenario.clone()),
                    Origin::Preset,
                )),
                // "Presets…" is no plan: the picker goes back to what is loaded.
                _ => select.set_value(loaded),
            }
        })
    };
    // One click handler shape for the buttons that send a fixed action.
    let send =
        |action: fn() -> WorkspaceAction| props.on_action.reform(move |_: MouseEvent| action());
    let on_reset = send(|| WorkspaceAction::Load(Box::default(), Origin::Reset));
    let on_undo = send(|| WorkspaceAction::Undo);
    let on_redo = send(|| WorkspaceAction::Redo);

    let on_copy = {
        let shared = shared.clone();
        let plan = shared_plan(props);
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            let address = url::share_address(&lineup_link::encode(&plan));
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy(&address).await {
                    shared.set(Shared::Copied);
                    let reset = shared.clone();
                    gloo::timers::callback::Timeout::new(4000, move || reset.set(Shared::Idle))
                        .forget();
                } else {
                    shared.set(Shared::Manual(address));
                }
            });
        })
    };

    let on_save = {
        let plan = shared_plan(props);
        Callback::from(move |_: MouseEvent| {
            // Every scenario of the plan, the base first.
            let all: Vec<Scenario> = plan.scenarios().iter().map(|s| (**s).clone()).collect();
            browser::download(
                "tierplan-scenario.json",
                "application/json",
                &link::to_file_json_all(&all),
            );
        })
    };
    let on_open = {
        let on_file = props.on_file.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            input.set_value("");
        })
    };
    let on_export = {
        let scenario = props.scenario.clone();
        let report = props.report.clone();
        let today = props.today;
        let plan = shared_plan(props);
        Callback::from(move |name: &'static str| {
            let over_time = crate::model::fiscal_view::fiscal_view(&scenario, today);
            let share = url::share_address(&lineup_link::encode(&plan));
            if name == MARKDOWN_FILE {
                let backward = url::page_param("view").as_deref() == Some("backward");
                let text = summary_with_ranges(&scenario, &report, &share, backward)
                    + "\n"
                    + &crate::export::fiscal::fiscal_markdown(&scenario, &over_time);
                browser::download(name, "text/markdown", &text);
            } else if let Some((file, text)) = csv_files_over_time(&scenario, &report, &over_time)
                .into_iter()
                .chain(ranges_csv_file(&scenario, &report))
                .find(|(file, _)| file == name)
            {
                browser::download(&file, "text/csv", &text);
            }
        })
    };
    // The comparison's exports: both CSV tables, or the memo with the link.
    let on_compare_export = |memo: bool| {
        let comparison = props.comparison.clone();
        let plan = shared_plan(props);
        Callback::from(move |_: MouseEvent| {
            let Some(c) = &comparison else { return };
            let backward = url::page_param("view").as_deref() == Some("backward");
            if memo {
                let share = url::share_address(&lineup_link::encode(&plan));
                let text = format!(
                    "{}\n[Open this comparison in tierplan]({share})\n",
                    compare_markdown(c, backward)
                );
                browser::download("tierplan-comparison.md", "text/markdown", &text);
            } else {
                for (file, text) in compare_csv_files(c, backward) {
                    browser::download(&file, "text/csv", &text);
                }
            }
        })
    };
    // Escape puts the hand-copy field away and the focus back on Copy link.
    let on_manual_key = {
        let shared = shared.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                shared.set(Shared::Idle);
                focus_by_id("copy-link");
            }
        })
    };
    let file_message = props.file_error.clone();
    let embed_open = use_state(|| false);
    let embed_theme = use_state(|| "auto".to_string());
    let embed_snippet = if *embed_open {
        super::embed::snippet(
            &url::embed_address(&lineup_link::encode(&shared_plan(props)), &embed_theme),
            &format!(
                "tierplan: {}",
                // The frame opens on the base of a comparison: its name.
                match props.lineup.as_ref().filter(|l| l.compares()) {
                    Some(lineup) => lineup.name(0),
                    None if props.scenario.name.is_empty() => {
                        "Customer Success headcount plan".to_string()
                    }
                    None => props.scenario.name.clone(),
                }
            ),
        )
    } else {
        String::new()
    };
    // For a blog that allows no iframe: the plan as static HTML, with a
    // link back to it; written only while the panel is open.
    let blog_snippet = if *embed_open {
        crate::export::html::blog_snippet(
            &props.scenario.name,
            &url::share_address(&lineup_link::encode(&shared_plan(props))),
            &props.report,
        )
    } else {
        String::new()
    };
    let blog_copied = use_state(|| false);
    let on_copy_blog = {
        let (snippet, copied) = (blog_snippet.clone(), blog_copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (snippet, copied) = (snippet.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(browser::copy(&snippet).await);
            });
        })
    };
    let on_embed_toggle = {
        let embed_open = embed_open.clone();
        Callback::from(move |event: Event| {
            let details: HtmlDetailsElement = event.target_unchecked_into();
            embed_open.set(details.open());
        })
    };
    let on_embed_theme = {
        let embed_theme = embed_theme.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            embed_theme.set(select.value());
        })
    };
    let snippet_copied = use_state(|| false);
    let on_copy_snippet = {
        let snippet = embed_snippet.clone();
        let copied = snippet_copied.clone();
        Callback::from(move |_: MouseEvent| {
            let snippet = snippet.clone();
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(browser::copy(&snippet).await);
            });
        })
    };

    let on_recent = props
        .on_action
        .reform(|plan: Lineup| WorkspaceAction::LoadAll(plan.to_vec(), plan.on(), Origin::Restore));

    html! {
        <div class="toolbar" role="toolbar" aria-label="Plan actions">
            <label class="toolbar__preset">
                <span class="visually-hidden">{ "Start from a preset" }</span>
                <select id="preset" onchange={on_preset} ref={preset_ref}>
                    <option value="">{ "Presets…" }</option>
                    { for all.iter().map(|p| html! {
                        <option value={p.id} title={format!("{} Sources: {}", p.description, p.source)}>{ p.name }</option>
                    }) }
                </select>
            </label>
            { button("reset", "Reset", on_reset, false, None) }
            { button("undo", "Undo", on_undo, !props.can_undo, Some("Control+Z")) }
            { button("redo", "Redo", on_redo, !props.can_redo, Some("Control+Shift+Z")) }
            { button("save-scenario", "Save file", on_save, false, None) }
            <label class="button" for="open-scenario">{ "Open file" }</label>
            <input type="file" id="open-scenario" class="visually-hidden" accept=".json,application/json" onchange={on_open} />
            <details class="toolbar__menu" onkeydown={Callback::from(menu::close_on_escape)}>
                <summary class="button" id="export-open-menu">{ "Export" }</summary>
                <ul class="menu" id="export-menu">
                    // The range table when the plan has ranges.
                    { for EXPORTS.iter().chain((!props.scenario.uncertainty.is_empty()).then_some(&RANGES_MENU)).map(|(name, label)| {
                        let onclick = on_export.reform(move |_: MouseEvent| *name);
                        html! { <li><button type="button" class="menu__item" {onclick}>{ *label }</button></li> }
                    }) }
                    if props.comparison.is_some() {
                        <li><button type="button" class="menu__item" id="export-comparison-csv" onclick={on_compare_export(false)}>{ "Comparison tables (CSV)" }</button></li>
                        <li><button type="button" class="menu__item" id="export-comparison-md" onclick={on_compare_export(true)}>{ "Comparison memo (Markdown)" }</button></li>
                    }
                </ul>
            </details>
            <details class="toolbar__menu" ontoggle={on_embed_toggle} onkeydown={Callback::from(menu::close_on_escape)}>
                <summary class="button" id="embed-open-dialog">{ "Embed" }</summary>
                <div class="menu menu--panel" id="embed-panel">
                    <label for="embed-theme">{ "Colours" }</label>
                    <select id="embed-theme" onchange={on_embed_theme}>
                        { for super::embed::THEMES.iter().map(|(value, label)| html! {
                            <option value={*value} selected={*embed_theme == *value}>{ *label }</option>
                        }) }
                    </select>
                    <label for="embed-snippet">{ "Paste this into a blog post or a wiki page:" }</label>
                    <textarea id="embed-snippet" readonly=true rows="6" value={embed_snippet} />
                    <button type="button" class="button" id="embed-copy" onclick={on_copy_snippet}>{ "Copy snippet" }</button>
                    <span role="status" class="toolbar__status">{ if *snippet_copied { "Snippet copied" } else { "" } }</span>
                    <p class="menu__note">{ "The frame shows a read-only plan with a link back here. It works at a fixed height; the optional script lets it grow to fit." }</p>
                    <label for="embed-blog-snippet">{ "For a blog that does not allow iframes: a table and a chart, no script:" }</label>
                    <textarea id="embed-blog-snippet" readonly=true rows="6" value={blog_snippet} />
                    <button type="button" class="button" id="embed-blog-copy" onclick={on_copy_blog}>{ "Copy HTML" }</button>
                    <span role="status" class="toolbar__status">{ if *blog_copied { "HTML copied" } else { "" } }</span>
                </div>
            </details>
            { super::recent::recent_menu(&props.recent, &on_recent) }
            <button type="button" class="button button--primary" id="copy-link" onclick={on_copy}
                aria-describedby="share-privacy">{ "Copy link" }</button>
            <span class="toolbar__note" id="share-privacy">
                { "The link carries totals per tier, the rule and weights — never account names or rows." }
            </span>
            <span class="toolbar__status" role="status" id="share-status">
                { match &*shared {
                    Shared::Idle => html! {},
                    Shared::Copied => html! { { "Link copied" } },
                    Shared::Manual(address) => html! {
                        <label>{ "Copy this link: " }<input type="text" id="share-manual" readonly=true
                            value={address.clone()} onkeydown={on_manual_key.clone()} /></label>
                    },
                } }
            </span>
            if let Some(message) = &file_message {
                <p class="toolbar__error" role="alert" id="file-error">{ message.clone() }</p>
            }
        </div>
    }
}

fn focus_by_id(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// A toolbar button, with its keyboard shortcut when it has one.
#[inline(never)]
fn button(
    id: &'static str,
    text: &'static str,
    onclick: Callback<MouseEvent>,
    disabled: bool,
    keys: Option<&'static str>,
) -> Html {
    // aria-disabled, not disabled: the last undo must not drop the keyboard
    // focus (and a screen reader's place) onto the page's body.
    html! {
        <button type="button" class="button" {id} {onclick}
            aria-disabled={disabled.then_some("true")} aria-keyshortcuts={keys}>{ text }</button>
    }
}
