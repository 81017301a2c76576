//! "Re-score under the new version", offered on the results page.

crate::messages! {
    pub enum Rescore in "rescore" {
        Heading: "Version {version} of this framework is in this browser" => "Mae fersiwn {version} o'r fframwaith hwn yn y porwr hwn",
        Intro: "This assessment was scored under version {old} of \u{201c}{title}\u{201d}. Re-scoring carries its answers over to version {new} by criterion, as a copy; this assessment stays as it is."
            => "Cafodd yr asesiad hwn ei sgorio o dan fersiwn {old} o \u{201c}{title}\u{201d}. Mae ailsgorio yn trosglwyddo ei atebion i fersiwn {new} fesul maen prawf, fel copi; mae'r asesiad hwn yn aros fel y mae.",
        /// {link} is OpenToReopen, a link to the scoring page.
        Final: "This assessment is final, so it cannot be re-scored. {link} first."
            => "Mae'r asesiad hwn yn derfynol, felly ni ellir ei ailsgorio. {link} yn gyntaf.",
        OpenToReopen: "Open it and choose Reopen for editing" => "Agorwch ef a dewiswch Ailagor i'w olygu",
        WhatChanged: "What changed" => "Beth sydd wedi newid",
        Dropped: "Answers that would be dropped" => "Atebion a fyddai'n cael eu hepgor",
        NoneDropped: "None: every answered criterion is in the new version." => "Dim: mae pob maen prawf a atebwyd yn y fersiwn newydd.",
        RescoreCopy: "Re-score as a copy" => "Ailsgorio fel copi",
        Offer: "Re-score under the new version" => "Ailsgorio o dan y fersiwn newydd",
    }
}
