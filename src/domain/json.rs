//! The one road into and out of JSON for every type the app keeps: through serde_json's `Value`.
//!
//! Why: serde compiles each type's `Serialize` and `Deserialize` once for every reader and writer
//! it meets. Reading from text and from a `Value` (the importer repairs files and locates errors
//! on `Value`s), and writing compact, pretty and canonical JSON, compiled every impl up to three
//! times into the page. Going through `Value` every time compiles each once. The cost is one more
//! pass over the data, which is small beside parsing it.
//!
//! Objects come out with their keys sorted (serde_json is built without `preserve_order`), so
//! every file and stored entry is written in one order, the canonical one.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Reads `text` as a `T`. Errors about the data say what was wrong but not where in the text.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    let value: Value = serde_json::from_str(text)?;
    from_value(&value)
}

/// Reads a `T` out of a `Value`, the only way the app's types are ever deserialised.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    T::deserialize(value)
}

/// `value` as a `Value`, the only way the app's types are ever serialised.
pub fn to_value<T: Serialize>(value: &T) -> Result<Value, serde_json::Error> {
    serde_json::to_value(value)
}

/// Compact JSON, keys sorted at every level.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    to_value(value).and_then(|v| serde_json::to_string(&v))
}

/// Indented JSON for files people may open, keys sorted at every level.
pub fn to_json_pretty<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    to_value(value).and_then(|v| serde_json::to_string_pretty(&v))
}
