//! Temporary: writes the fixtures of tests/fixtures/legacy-hash with the code from before the
//! rules hash was split. Run once, committed, then removed.
use chrono::{DateTime, Utc};
use spec_lens::domain::builtin::{builtin_framework, builtin_framework_1_0, worked_example};
use spec_lens::domain::{rules_hash, Framework, FrameworkRef};
use spec_lens::format::envelope::{export_assessment, export_framework, export_library};
use spec_lens::format::share::payload_json;
use spec_lens::format::store::{encode_assessment, framework_key};

fn now() -> DateTime<Utc> {
    "2027-03-01T12:00:00Z".parse().unwrap()
}

fn custom() -> Framework {
    let mut f = builtin_framework().unwrap();
    f.id = "local-framework".into();
    f.version = "2.0".into();
    f.title = "Our local framework".into();
    f.sections[0].weight = 5.0;
    f.sections[0].criteria[0].search_terms = vec!["local data".into()];
    f
}

#[test]
#[ignore]
fn write_legacy_fixtures() {
    let dir = std::path::Path::new("tests/fixtures/legacy-hash");
    let builtin = builtin_framework().unwrap();
    let old = builtin_framework_1_0().unwrap();
    let own = custom();
    let mut under_own = worked_example().unwrap();
    under_own.id = "legacy-custom".into();
    under_own.framework =
        FrameworkRef { id: own.id.clone(), version: own.version.clone(), rules_hash: rules_hash(&own) };
    let mut under_builtin = worked_example().unwrap();
    under_builtin.id = "legacy-builtin".into();
    let mut under_old = worked_example().unwrap();
    under_old.id = "legacy-builtin-1-0".into();
    under_old.framework =
        FrameworkRef { id: old.id.clone(), version: old.version.clone(), rules_hash: rules_hash(&old) };
    under_old.responses.retain(|id, _| old.criterion(id).is_some());
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write("v3-assessment-custom.speclens.json", &export_assessment(&under_own, &own, now()));
    write("v3-framework-custom.speclens.json", &export_framework(&own, now()));
    write(
        "v3-library.speclens.json",
        &export_library(
            &[under_own.clone(), under_builtin.clone(), under_old.clone()],
            &[own.clone(), builtin.clone(), old.clone()],
            now(),
        ),
    );
    let builtins = vec![old.clone(), builtin.clone()];
    write("share-v3-builtin.json", &payload_json(&under_builtin, &builtin, &builtins));
    write("share-v3-custom.json", &payload_json(&under_own, &own, &builtins));
    write("store-v2-builtin.json", &encode_assessment(&under_builtin).unwrap().entry);
    write("store-v2-builtin-1-0.json", &encode_assessment(&under_old).unwrap().entry);
    write("store-v2-custom.json", &encode_assessment(&under_own).unwrap().entry);
    let stored = serde_json::json!({
        "key": framework_key(&rules_hash(&own)),
        "raw": spec_lens::domain::json::to_json(&own).unwrap(),
    });
    write("store-v2-framework.json", &serde_json::to_string_pretty(&stored).unwrap());
    let hashes = serde_json::json!({
        "local-framework 2.0": rules_hash(&own),
        "inclusive-needs-assessment 1.0": rules_hash(&old),
        "inclusive-needs-assessment 1.1": rules_hash(&builtin),
    });
    write("legacy-hashes.json", &serde_json::to_string_pretty(&hashes).unwrap());
}
