//! Zip packages (Word and OpenDocument files), read with caps on what they unpack to.
//!
//! A zip's headers say how big each entry is, but a hostile file can lie: every read here is
//! bounded by what is left of the budget (`take`), so no entry can unpack past the cap whatever
//! its header claims. Nothing here indexes or unwraps data from the file.

use std::io::{Cursor, Read};

use ::zip::result::ZipError;
use ::zip::ZipArchive;

use super::{Damage, Kind, ReadError, Unsupported};

/// The most a package may unpack to, counting both what its headers declare and what is read.
/// A long specification's XML is a few megabytes; 100 MB leaves room for odd files, not bombs.
pub const MAX_UNPACKED_BYTES: usize = 100 * 1024 * 1024;

/// The most entries a package may hold. A Word file has a few dozen.
pub const MAX_ENTRIES: usize = 10_000;

/// A zip package opened for reading, with what is left of its unpacking budget.
pub struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
}

impl<'a> Package<'a> {
    /// Opens a package, refusing one with too many entries or whose declared sizes add up to
    /// more than the cap.
    pub fn open(bytes: &'a [u8]) -> Result<Self, ReadError> {
        if claims_too_many_entries(bytes) {
            return Err(too_big());
        }
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
        if archive.len() > MAX_ENTRIES {
            return Err(too_big());
        }
        // Entries written with a data descriptor declare no size here; the `take` limit in
        // `read` still bounds them.
        if archive.decompressed_size().is_some_and(|total| total > MAX_UNPACKED_BYTES as u128) {
            return Err(too_big());
        }
        Ok(Package { archive, budget: MAX_UNPACKED_BYTES as u64 })
    }

    /// Whether the package holds an entry of this name.
    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// The entry's bytes, or None if there is no such entry.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ReadError> {
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let budget = self.budget;
        let entry = self.archive.by_index(index).map_err(damaged)?;
        if entry.size() > budget {
            return Err(too_big());
        }
        let mut out = Vec::new();
        // One byte more than the budget: reading it means the entry lied about its size.
        entry.take(budget.saturating_add(1)).read_to_end(&mut out).map_err(|e| {
            ReadError::Damaged(Damage::NotUnpacked { part: name.into(), detail: e.to_string() })
        })?;
        let used = out.len() as u64;
        if used > budget {
            return Err(too_big());
        }
        self.budget = budget - used;
        Ok(Some(out))
    }

    /// The entry as UTF-8 text (an XML part), or None if there is no such entry.
    pub fn read_text(&mut self, name: &str) -> Result<Option<String>, ReadError> {
        match self.read(name)? {
            None => Ok(None),
            Some(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| ReadError::Damaged(Damage::PartNotUtf8 { part: name.into() })),
        }
    }

    /// The entry as text, or a Damaged error naming the missing part.
    pub fn require_text(&mut self, name: &str) -> Result<String, ReadError> {
        self.read_text(name)?.ok_or_else(|| ReadError::Damaged(Damage::PartMissing { part: name.into() }))
    }
}

/// Whether a zip64 end record claims more entries than the cap. The zip crate reserves memory
/// for the claimed count before it reads a single entry: a tiny file claiming millions would
/// ask for gigabytes, which in the browser aborts the page. A real count is never near the cap,
/// and a chance match in compressed data would also need a count below 2^40, so this refuses
/// only forged records.
fn claims_too_many_entries(bytes: &[u8]) -> bool {
    const ZIP64_END: &[u8; 4] = b"PK\x06\x06";
    let count_at = |at: usize| -> u64 {
        bytes.get(at..at + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes)
    };
    bytes.windows(4).enumerate().filter(|(_, w)| w == ZIP64_END).any(|(at, _)| {
        [count_at(at + 24), count_at(at + 32)].iter().any(|n| *n > MAX_ENTRIES as u64 && *n < 1 << 40)
    })
}

fn too_big() -> ReadError {
    ReadError::TooBigUnpacked { limit: MAX_UNPACKED_BYTES }
}

fn damaged(error: ZipError) -> ReadError {
    let damage = match error {
        ZipError::Io(_) => Damage::ZipCutShort,
        ZipError::InvalidArchive(reason) => Damage::ZipInvalid(reason.to_string()),
        ZipError::UnsupportedArchive(reason) => Damage::ZipUnsupported(reason.to_string()),
        ZipError::FileNotFound => Damage::ZipPartMissing,
        other => Damage::Zip(other.to_string()),
    };
    ReadError::Damaged(damage)
}

/// Tells a Word file from an OpenDocument one by what the package holds, not by its name.
pub fn kind_of(bytes: &[u8]) -> Result<Kind, ReadError> {
    let mut package = Package::open(bytes)?;
    if package.has("word/document.xml") {
        return Ok(Kind::Docx);
    }
    // Excel and PowerPoint files are Office packages too; name them rather than call them
    // damaged Word files.
    if package.has("xl/workbook.xml") {
        return Err(ReadError::Unsupported(Unsupported::Spreadsheet));
    }
    if package.has("ppt/presentation.xml") {
        return Err(ReadError::Unsupported(Unsupported::Presentation));
    }
    // A Word package may keep its main part elsewhere; its relationships say where.
    if package.has("[Content_Types].xml") && package.has("_rels/.rels") {
        return Ok(Kind::Docx);
    }
    if package.has("content.xml") {
        return odt_kind(&mut package);
    }
    Err(ReadError::Unsupported(Unsupported::OtherZip))
}

/// An OpenDocument package says what it is in its `mimetype` entry; only text documents are read.
fn odt_kind(package: &mut Package) -> Result<Kind, ReadError> {
    let mimetype = package.read("mimetype")?.unwrap_or_default();
    let mimetype = String::from_utf8_lossy(&mimetype);
    let mimetype = mimetype.trim();
    if mimetype.is_empty() || mimetype.starts_with("application/vnd.oasis.opendocument.text") {
        return Ok(Kind::Odt);
    }
    Err(ReadError::Unsupported(Unsupported::OtherOpenDocument(mimetype.to_string())))
}
