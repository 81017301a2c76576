//! The text the user has selected in the specification, and which clause it is in: what "Cite"
//! quotes. A clause is an element with `data-clause="<id>"`; a selection that starts and ends in
//! the same clause is a quote from it, anything else is not.

use wasm_bindgen::JsCast;

/// The selected text, trimmed, and the id of the clause holding all of it; None when nothing is
/// selected or the selection spans more than one clause or lies outside the document.
pub fn selected_quote() -> Option<(u32, String)> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    let start = clause_of(selection.anchor_node()?)?;
    let end = clause_of(selection.focus_node()?)?;
    let text = String::from(selection.to_string()).split_whitespace().collect::<Vec<_>>().join(" ");
    (start == end && !text.is_empty()).then_some((start, text))
}

/// The id of the clause element holding `node`.
fn clause_of(node: web_sys::Node) -> Option<u32> {
    let element = match node.dyn_ref::<web_sys::Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    element.closest("[data-clause]").ok()??.get_attribute("data-clause")?.parse().ok()
}

/// Scrolls the element with this id to the middle of its scrolling pane and focuses it.
pub fn reveal(id: &str) {
    let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}
