//! Browser tests (wasm-bindgen-test in headless Chromium) for the adapters that need a real page.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

use spec_lens::browser::location;

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document in the browser test")
}

fn set_hash(hash: &str) {
    let window = web_sys::window().expect("a window");
    window.location().set_hash(hash).expect("set the hash");
}

#[wasm_bindgen_test]
fn hash_reads_back_what_was_set() {
    set_hash("#/frameworks");
    assert_eq!(location::hash(), "#/frameworks");
}

#[wasm_bindgen_test]
fn document_title_is_written() {
    location::set_document_title("Frameworks | Spec Lens");
    assert_eq!(document().title(), "Frameworks | Spec Lens");
}

#[wasm_bindgen_test]
fn focusing_a_missing_element_leaves_focus_where_it_was() {
    let input = document().create_element("input").expect("an input");
    document().body().expect("a body").append_child(&input).expect("append");
    let input: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(input);
    input.focus().expect("focus the input");
    location::focus_element("no-such-element");
    assert_eq!(document().active_element().as_ref(), Some(input.as_ref()), "focus did not move");
    input.remove();
}

#[wasm_bindgen_test]
async fn app_mounts_and_follows_the_hash() {
    set_hash("#/about");
    let host = document().create_element("div").expect("a div");
    document().body().expect("a body").append_child(&host).expect("append");
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let _handle = leptos::mount::mount_to(host.clone(), || leptos::view! { <spec_lens::ui::App /> });
    leptos::task::tick().await;
    let heading = || document().get_element_by_id("page-heading").and_then(|h| h.text_content());
    assert_eq!(heading().as_deref(), Some("About Spec Lens"));

    set_hash("#/frameworks");
    // hashchange is dispatched asynchronously: wait for the heading to change, a task at a time (no
    // fixed sleep), up to a second.
    for _ in 0..200 {
        if heading().as_deref() == Some("Frameworks") {
            break;
        }
        next_task(5).await;
    }
    assert_eq!(heading().as_deref(), Some("Frameworks"));
}

/// Resolves after the browser has run the tasks queued before it (and at least `ms` ms).
async fn next_task(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("the timer resolves");
}

/// The browser's SHA-256 gives what the wasm's does (the recorded value for "abc" is FIPS 180-2's),
/// for the empty input and for a buffer of a megabyte, as on a library backup.
#[wasm_bindgen_test]
async fn web_crypto_sha256_agrees_with_the_wasm_one() {
    use spec_lens::browser::digest;
    let secure = web_sys::window().expect("a window").is_secure_context();
    assert!(secure, "the test page is served from localhost, a secure context, so Web Crypto is used");
    assert_eq!(
        digest::sha256_hex(b"abc").await,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let big: Vec<u8> = (0..1_000_000u32).map(|i| (i % 251) as u8).collect();
    for bytes in [&b""[..], &big[..]] {
        assert_eq!(digest::sha256_hex(bytes).await, spec_lens::domain::sha256_hex(bytes));
    }
}

#[path = "support/fold_cases.rs"]
mod fold_cases;

/// The page folds words with the browser's Unicode tables; they must fold as the native tables do
/// (the same table is checked natively in tests/finder.rs), so the finder finds the same clauses.
#[wasm_bindgen_test]
fn the_browser_fold_gives_what_the_native_fold_gives() {
    use spec_lens::browser::fold::BrowserFold;
    use spec_lens::domain::finder::Fold;
    let fold = BrowserFold::new();
    for &(word, folded) in fold_cases::FOLD_CASES {
        assert_eq!(fold.fold(word), folded, "{word}");
    }
    for &(c, mark) in fold_cases::MARK_CASES {
        assert_eq!(fold.is_mark(c), mark, "{c:?}");
    }
}

/// A Welsh term finds its clause however it is typed, with the page's own fold.
#[wasm_bindgen_test]
fn the_finder_finds_welsh_words_with_the_browser_fold() {
    use spec_lens::browser::fold::BrowserFold;
    use spec_lens::domain::finder::{find, Terms};
    use spec_lens::domain::Clause;
    let fold = BrowserFold::new();
    let clause = |id: u32, text: &str| Clause { id, label: id.to_string(), text: text.into(), page: None };
    let clauses = [clause(1, "Bydd y gwasanaeth ar gael yn Gymraeg."), clause(2, "Mae'r GŴYL yn yr haf.")];
    let findings = find(&Terms::new(&["gŵyl", "Cymraeg"], &fold), &clauses, &fold);
    let ids: Vec<u32> = findings.clauses.iter().map(|m| m.clause).collect();
    assert_eq!(ids, [2]);
    assert_eq!(findings.unmatched, [1], "Gymraeg is a mutation of Cymraeg: the finder does not guess it");
}

/// The Frameworks page filter with the page's own fold: "cymraeg" and accent-free queries.
#[wasm_bindgen_test]
fn the_frameworks_filter_folds_with_the_browser() {
    use spec_lens::browser::fold::BrowserFold;
    use spec_lens::domain::builtin::builtin_framework;
    let fold = BrowserFold::new();
    let framework = builtin_framework().expect("the built-in framework parses");
    let found: Vec<&str> = framework
        .criteria()
        .filter(|(_, c)| c.matches("CYMRAEG", &fold))
        .map(|(_, c)| c.id.as_str())
        .collect();
    assert_eq!(found, ["access-welsh-language"]);
    let mut criterion = framework.criteria().next().expect("a criterion").1.clone();
    criterion.title = "Gŵyl Ŷd".into();
    assert!(criterion.matches("gwyl yd", &fold));
    assert!(criterion.matches("GŴYL", &fold));
}

/// `domain::case` uses the browser's case tables in the page and the standard library's natively:
/// every letter with a case gives the same both ways, and so do texts where context matters.
#[wasm_bindgen_test]
fn the_browser_case_tables_agree_with_the_native_ones() {
    use spec_lens::browser::fold::{lower_case, upper_case};
    let mut differ = Vec::new();
    for c in (0..0x20000).filter_map(char::from_u32).filter(|c| c.is_alphabetic()) {
        let (lower, upper) = (c.to_lowercase().collect::<String>(), c.to_uppercase().collect::<String>());
        if lower == c.to_string() && upper == c.to_string() {
            continue;
        }
        let mut buffer = [0u8; 4];
        let text = c.encode_utf8(&mut buffer);
        if lower_case(text) != lower || upper_case(text) != upper {
            differ.push(format!("U+{:04X}", c as u32));
        }
    }
    assert!(differ.is_empty(), "{differ:?}");
    for text in ["ΟΔΥΣΣΕΑΣ ΠΑΠΠΑΣ", "ŴYL Ŷ SIÂN", "İSMAİL", "GROẞ", "ԱՐԱՄ ᲒᲘᲝᲠᲒᲘ ᎠᎡᎢ 𐐀"]
    {
        assert_eq!(lower_case(text), text.to_lowercase(), "{text}");
    }
}

/// Our plural rules (written out for whole numbers) agree with the browser's `Intl.PluralRules`,
/// which carries Unicode's CLDR data, for English and Welsh.
#[wasm_bindgen_test]
fn plural_rules_agree_with_the_browsers_intl() {
    use spec_lens::i18n::Lang;
    for lang in Lang::ALL {
        let locales = js_sys::Array::of1(&lang.code().into());
        let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        for n in 0..=1_000u64 {
            let browser = rules.select(n as f64).as_string().unwrap_or_default();
            assert_eq!(lang.plural_category(n).name(), browser, "{} {n}", lang.code());
        }
    }
}
