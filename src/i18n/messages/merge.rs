//! What merging people's files into a workshop says, and the workshop's words that data keeps as
//! structure: why files could not be merged (`domain::moderation::MergeError`), what the
//! facilitator should check (`Flag`), who agreed an assessment (`AssessedBy`) and a scorer without a
//! name in the workshop record ("Assessor B"). Worded here in the reader's language, never stored.

use crate::domain::moderation::{anonymous_letter, AssessedBy, Flag, FrameworkName, MergeError, Provenance};
use crate::i18n::messages::moderation::Moderation as M;
use crate::i18n::{tf, tnf};

crate::messages! {
    pub enum Merge in "merge" {
        DifferentFramework: "{file} was scored under the framework \u{201c}{found_title}\u{201d} version {found_version}, not \u{201c}{expected_title}\u{201d} version {expected_version} like the others; a workshop compares scores under one framework, so leave it out or ask for it to be scored again."
            => "Cafodd {file} ei sgorio o dan y fframwaith \u{201c}{found_title}\u{201d} fersiwn {found_version}, nid \u{201c}{expected_title}\u{201d} fersiwn {expected_version} fel y lleill; mae gweithdy yn cymharu sgoriau o dan un fframwaith, felly gadewch y ffeil allan neu gofynnwch i rywun ei sgorio eto.",
        /// {found} and {expected} are the first 12 hex digits of the two rules hashes.
        DifferentRules: "{file} was scored under different rules of \u{201c}{title}\u{201d} version {version} (rules hash {found}, where the others have {expected}), so its scores do not mean the same; leave it out or ask for it to be scored under the same version."
            => "Cafodd {file} ei sgorio o dan reolau gwahanol ar gyfer \u{201c}{title}\u{201d} fersiwn {version} (stwnsh y rheolau {found}, lle mae gan y lleill {expected}), felly nid yw ei sgoriau'n golygu'r un peth; gadewch y ffeil allan neu gofynnwch i rywun ei sgorio o dan yr un fersiwn.",
        DifferentSpecification: "{file} scores the specification \u{201c}{found}\u{201d}, not \u{201c}{expected}\u{201d} like the others; a workshop compares scores of one specification, so leave it out."
            => "Mae {file} yn sgorio'r fanyleb \u{201c}{found}\u{201d}, nid \u{201c}{expected}\u{201d} fel y lleill; mae gweithdy yn cymharu sgoriau un fanyleb, felly gadewch y ffeil allan.",
    }
}

crate::messages! {
    /// The workshop in progress, kept in this browser (`state::workshop`); {error} is the reason.
    pub enum WorkshopStore in "workshop_store" {
        UnreadableSetAside: "The workshop kept in this browser could not be read ({error}). Its data was set aside, not deleted. Start the workshop again from the assessors' files."
            => "Nid oedd modd darllen y gweithdy a gadwyd yn y porwr hwn ({error}). Cafodd ei ddata ei roi o'r neilltu, nid ei ddileu. Dechreuwch y gweithdy eto o ffeiliau'r aseswyr.",
        UnreadableLeft: "The workshop kept in this browser could not be read ({error}). It was left as it is. Start the workshop again from the assessors' files."
            => "Nid oedd modd darllen y gweithdy a gadwyd yn y porwr hwn ({error}). Cafodd ei adael fel yr oedd. Dechreuwch y gweithdy eto o ffeiliau'r aseswyr.",
        NotKept: "The workshop could not be kept in this browser ({error}). It goes on in this window, but a reload would lose the latest changes: export the agreed assessment to keep it."
            => "Nid oedd modd cadw'r gweithdy yn y porwr hwn ({error}). Mae'n parhau yn y ffenestr hon, ond byddai ail-lwytho yn colli'r newidiadau diweddaraf: allforiwch yr asesiad y cytunwyd arno i'w gadw.",
    }
}

crate::plurals! {
    pub enum MergeCounted in "merge_counted" {
        /// Fewer than two files: {n} is 0 or 1.
        TooFew: ["A workshop compares two or more people's scores, and {n} assessment was given; choose at least two assessment files of the same specification.",
                 "A workshop compares two or more people's scores, and {n} assessments were given; choose at least two assessment files of the same specification."]
            => ["Mae gweithdy yn cymharu sgoriau dau neu ragor o bobl, ac ni roddwyd yr un asesiad; dewiswch o leiaf ddwy ffeil asesiad o'r un fanyleb.",
                "Mae gweithdy yn cymharu sgoriau dau neu ragor o bobl, a dim ond {n} asesiad a roddwyd; dewiswch o leiaf ddwy ffeil asesiad o'r un fanyleb.",
                "Mae gweithdy yn cymharu sgoriau dau neu ragor o bobl, a rhoddwyd {n} asesiad; dewiswch o leiaf ddwy ffeil asesiad o'r un fanyleb.",
                "Mae gweithdy yn cymharu sgoriau dau neu ragor o bobl, a rhoddwyd {n} asesiad; dewiswch o leiaf ddwy ffeil asesiad o'r un fanyleb.",
                "Mae gweithdy yn cymharu sgoriau dau neu ragor o bobl, a rhoddwyd {n} asesiad; dewiswch o leiaf ddwy ffeil asesiad o'r un fanyleb.",
                "Mae gweithdy yn cymharu sgoriau dau neu ragor o bobl, a rhoddwyd {n} asesiad; dewiswch o leiaf ddwy ffeil asesiad o'r un fanyleb."],
        /// One assessor (names compared without case) in {n} files, listed in {files}.
        SameAssessor: ["{name} is the assessor in {n} file ({files}); check that one person's scores were not loaded twice, or remove one.",
                       "{name} is the assessor in {n} files ({files}); check that one person's scores were not loaded twice, or remove one."]
            => ["{name} yw'r aseswr mewn {n} ffeil ({files}); gwiriwch na chafodd sgoriau un person eu llwytho ddwywaith, neu tynnwch un.",
                "{name} yw'r aseswr mewn {n} ffeil ({files}); gwiriwch na chafodd sgoriau un person eu llwytho ddwywaith, neu tynnwch un.",
                "{name} yw'r aseswr mewn {n} ffeil ({files}); gwiriwch na chafodd sgoriau un person eu llwytho ddwywaith, neu tynnwch un.",
                "{name} yw'r aseswr mewn {n} ffeil ({files}); gwiriwch na chafodd sgoriau un person eu llwytho ddwywaith, neu tynnwch un.",
                "{name} yw'r aseswr mewn {n} ffeil ({files}); gwiriwch na chafodd sgoriau un person eu llwytho ddwywaith, neu tynnwch un.",
                "{name} yw'r aseswr mewn {n} ffeil ({files}); gwiriwch na chafodd sgoriau un person eu llwytho ddwywaith, neu tynnwch un."],
        /// Who an agreed assessment is by: it has no assessor of its own.
        AgreedInWorkshop: ["Agreed in workshop ({n} scorer)", "Agreed in workshop ({n} scorers)"]
            => ["Cytunwyd mewn gweithdy ({n} sgoriwr)", "Cytunwyd mewn gweithdy ({n} sgoriwr)",
                "Cytunwyd mewn gweithdy ({n} sgoriwr)", "Cytunwyd mewn gweithdy ({n} sgoriwr)",
                "Cytunwyd mewn gweithdy ({n} sgoriwr)", "Cytunwyd mewn gweithdy ({n} sgoriwr)"],
    }
}

/// Why the files could not be merged, in the reader's language.
pub fn merge_error(error: &MergeError) -> String {
    match error {
        MergeError::TooFew { count } => tnf(MergeCounted::TooFew, *count as u64, &[]),
        MergeError::DifferentFramework { file, found, expected } => tf(
            Merge::DifferentFramework,
            &[
                ("file", file),
                ("found_title", &found.title),
                ("found_version", &found.version),
                ("expected_title", &expected.title),
                ("expected_version", &expected.version),
            ],
        ),
        MergeError::DifferentRules { file, framework: FrameworkName { title, version }, found, expected } => {
            tf(
                Merge::DifferentRules,
                &[
                    ("file", file),
                    ("title", title),
                    ("version", version),
                    ("found", found),
                    ("expected", expected),
                ],
            )
        }
        MergeError::DifferentSpecification { file, found, expected } => {
            tf(Merge::DifferentSpecification, &[("file", file), ("found", found), ("expected", expected)])
        }
    }
}

/// A flag of the merge, in the reader's language; one an earlier version stored as text, as it is.
pub fn flag_text(flag: &Flag) -> String {
    match flag {
        Flag::SameAssessor { name, files } => tnf(
            MergeCounted::SameAssessor,
            files.len() as u64,
            &[("name", name), ("files", &files.join(", "))],
        ),
        Flag::Text { text } => text.clone(),
    }
}

/// Who an assessment is by: the assessor, or that it was agreed in a workshop; None when no name
/// was given (each page says that its own way).
pub fn assessed_by_label(by: AssessedBy<'_>) -> Option<String> {
    match by {
        AssessedBy::Named(name) => Some(name.to_string()),
        AssessedBy::Workshop { scorers } => Some(tnf(MergeCounted::AgreedInWorkshop, scorers as u64, &[])),
        AssessedBy::Unnamed => None,
    }
}

/// A scorer of the workshop record: their name, or "Assessor B" by their place.
pub fn recorded_scorer(provenance: &Provenance, index: usize) -> String {
    match provenance.scorer_name(index) {
        Some(name) => name.to_string(),
        None => tf(M::Assessor, &[("letter", &anonymous_letter(index))]),
    }
}
