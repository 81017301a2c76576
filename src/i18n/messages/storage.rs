//! What storage is doing: the save indicator in the header of every page, and the banners for a
//! full quota, a failed save, a conflict with another tab, problems found, and the undo of a delete.

crate::messages! {
    pub enum Storage in "storage" {
        /// `{time}` is the reader's local time with seconds, "14:05:09".
        SavedAt: "All changes saved ({time})" => "Pob newid wedi'i gadw ({time})",
        Saved: "All changes saved" => "Pob newid wedi'i gadw",
        Saving: "Saving…" => "Wrthi'n cadw…",
        NotSaved: "Not saved" => "Heb ei gadw",
        NotSavedConflict: "Not saved: changed in another tab" => "Heb ei gadw: newidiwyd mewn tab arall",
        DownloadBackup: "Download a backup" => "Lawrlwytho copi wrth gefn",
        QuotaFull: "This browser's storage is full, so your latest changes are not saved."
            => "Mae storfa'r porwr hwn yn llawn, felly nid yw eich newidiadau diweddaraf wedi'u cadw.",
        QuotaFullAdvice: "The last saved copy is kept. Download a backup now, then delete assessments you no longer need."
            => "Mae'r copi olaf a gadwyd yn dal ar gael. Lawrlwythwch gopi wrth gefn nawr, yna dilëwch yr asesiadau nad oes eu hangen arnoch mwyach.",
        LatestNotSaved: "Your latest change is not saved." => "Nid yw eich newid diweddaraf wedi'i gadw.",
        TrySavingAgain: "Try saving again" => "Rhoi cynnig ar gadw eto",
        ChangedElsewhere: "\"{title}\" was changed in another tab or window."
            => "Cafodd \"{title}\" ei newid mewn tab neu ffenestr arall.",
        WhichToKeep: "This tab also has changes that are not saved. Which version do you want to keep?"
            => "Mae gan y tab hwn newidiadau sydd heb eu cadw hefyd. Pa fersiwn ydych chi am ei chadw?",
        UseTheirs: "Use the other tab's version" => "Defnyddio fersiwn y tab arall",
        KeepMine: "Keep this tab's version" => "Cadw fersiwn y tab hwn",
        StorageProblems: "Storage problems" => "Problemau storio",
        Dismiss: "Dismiss" => "Cau",
        Deleted: "Deleted \"{title}\"." => "Wedi dileu \"{title}\".",
        Undo: "Undo" => "Dadwneud",
    }
}
