//! Mount only: everything else lives in the library so tests can use it.

fn main() {
    leptos::mount::mount_to_body(spec_lens::ui::App);
}
