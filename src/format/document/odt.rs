//! OpenDocument (.odt) documents.

use super::{Extracted, ReadError};

pub fn read(_bytes: &[u8]) -> Result<Extracted, ReadError> {
    Err(ReadError::Unsupported("OpenDocument files are not read yet".into()))
}
