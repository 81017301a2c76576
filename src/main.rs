//! Mount only: everything else lives in the library so tests can use it.

use spec_lens::state::language;

fn main() {
    // A Welsh reader's text is fetched before the first drawing, so the English page never flashes
    // first. English needs no fetch: the future is ready at its first poll.
    let wanted = language::starting_language();
    wasm_bindgen_futures::spawn_local(async move {
        let start = language::prepare(wanted).await;
        spec_lens::browser::lifecycle::remove_prerendered();
        leptos::mount::mount_to_body(move || spec_lens::ui::App(spec_lens::ui::AppProps { start }));
    });
}
