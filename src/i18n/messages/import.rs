//! Importing files and saving what came from outside (a file or a share link): what each file gave,
//! what an incoming assessment holds, and the choice when one is already here.

crate::messages! {
    pub enum Import in "import" {
        Heading: "Import files" => "Mewnforio ffeiliau",
        ChooseFiles: "Choose .speclens.json files (assessments or a library backup)"
            => "Dewis ffeiliau .speclens.json (asesiadau neu gopi wrth gefn o'r llyfrgell)",
        DropHint: "Or drop them here. Nothing is saved until you choose."
            => "Neu gollyngwch nhw yma. Ni chaiff dim ei gadw nes i chi ddewis.",
        /// A file read with nothing to report; `{name}` is the file's name, shown in bold.
        ReadClean: "{name}: read. Nothing needed fixing." => "{name}: wedi'i darllen. Nid oedd angen trwsio dim.",
        NoAssessmentToCompare: "It holds no assessment to compare; choose assessment files."
            => "Nid oes asesiad ynddi i'w gymharu; dewiswch ffeiliau asesiad.",
        Unreadable: "The browser could not read this file. Check it is still there and try again."
            => "Nid oedd y porwr yn gallu darllen y ffeil hon. Gwiriwch ei bod yno o hyd a rhowch gynnig arall arni.",
        FrameworkAlreadyHere: "The framework \"{title}\" is already here, unchanged."
            => "Mae'r fframwaith \"{title}\" yma eisoes, heb ei newid.",
        FrameworkMissing: "\"{title}\" was scored under a framework that neither this page nor the file has (\"{framework}\" version {version}), so it was not imported."
            => "Cafodd \"{title}\" ei sgorio o dan fframwaith nad yw ar y dudalen hon nac yn y ffeil (\"{framework}\" fersiwn {version}), felly ni chafodd ei fewnforio.",
        NoAssessments: "The file holds no assessments." => "Nid oes asesiadau yn y ffeil.",
        NothingSavedYet: "Nothing is saved until you choose." => "Ni chaiff dim ei gadw nes i chi ddewis.",
        AddFrameworks: "Add to my frameworks" => "Ychwanegu at fy fframweithiau",
        NotScoredYet: "not scored yet" => "heb ei sgorio eto",
        NotNamed: "not named" => "heb ei enwi",
        /// The title given to the second copy when "Keep both" is chosen; saved as the title.
        ImportedCopy: "{title} (imported)" => "{title} (wedi'i fewnforio)",
        AlreadyHere: "Already in your assessments" => "Eisoes yn eich asesiadau",
        SaveToMine: "Save to my assessments" => "Cadw yn fy asesiadau",
        DontSave: "Don't save" => "Peidio â chadw",
        BackupDownloaded: "Backup downloaded." => "Wedi lawrlwytho'r copi wrth gefn.",
        BackupFirst: "Download a backup first" => "Lawrlwytho copi wrth gefn yn gyntaf",
        Replace: "Replace my copy" => "Disodli fy nghopi",
        KeepBoth: "Keep both" => "Cadw'r ddau",
    }
}

crate::plurals! {
    pub enum ImportCount in "import_count" {
        /// A file read with notes on what the importer changed, listed below it. The English is as it
        /// was before the catalogue ("1 notes:"), kept byte-identical for now.
        ReadWithNotes: ["{name}: read. {n} notes:", "{name}: read. {n} notes:"]
            => ["{name}: wedi'i darllen. {n} nodyn:", "{name}: wedi'i darllen. {n} nodyn:", "{name}: wedi'i darllen. {n} nodyn:",
                "{name}: wedi'i darllen. {n} nodyn:", "{name}: wedi'i darllen. {n} nodyn:", "{name}: wedi'i darllen. {n} nodyn:"],
        /// A framework from a file; `{title}` is shown in bold. English kept as before ("1 criteria").
        FrameworkSummary: ["{title} (version {version}, {n} criteria)", "{title} (version {version}, {n} criteria)"]
            => ["{title} (fersiwn {version}, {n} maen prawf)", "{title} (fersiwn {version}, {n} maen prawf)",
                "{title} (fersiwn {version}, {n} faen prawf)", "{title} (fersiwn {version}, {n} maen prawf)",
                "{title} (fersiwn {version}, {n} maen prawf)", "{title} (fersiwn {version}, {n} maen prawf)"],
        /// An incoming assessment's summary line; `{n}` is the number of applicable criteria.
        Summary: ["Assessor: {assessor} · {answered} of {n} applicable criteria answered · {band} · scored under {framework} version {version}",
                  "Assessor: {assessor} · {answered} of {n} applicable criteria answered · {band} · scored under {framework} version {version}"]
            => ["Aseswr: {assessor} · {answered} o {n} maen prawf perthnasol wedi'u hateb · {band} · wedi'i sgorio o dan {framework} fersiwn {version}",
                "Aseswr: {assessor} · {answered} o {n} maen prawf perthnasol wedi'u hateb · {band} · wedi'i sgorio o dan {framework} fersiwn {version}",
                "Aseswr: {assessor} · {answered} o {n} faen prawf perthnasol wedi'u hateb · {band} · wedi'i sgorio o dan {framework} fersiwn {version}",
                "Aseswr: {assessor} · {answered} o {n} maen prawf perthnasol wedi'u hateb · {band} · wedi'i sgorio o dan {framework} fersiwn {version}",
                "Aseswr: {assessor} · {answered} o {n} maen prawf perthnasol wedi'u hateb · {band} · wedi'i sgorio o dan {framework} fersiwn {version}",
                "Aseswr: {assessor} · {answered} o {n} maen prawf perthnasol wedi'u hateb · {band} · wedi'i sgorio o dan {framework} fersiwn {version}"],
        /// Said in place of the question once several assessments are saved (one opens instead).
        Saved: ["Saved {n} assessment. It is in your list of assessments.", "Saved {n} assessments. They are in your list of assessments."]
            => ["Wedi cadw {n} asesiad. Maen nhw yn eich rhestr o asesiadau.", "Wedi cadw {n} asesiad. Mae yn eich rhestr o asesiadau.",
                "Wedi cadw {n} asesiad. Maen nhw yn eich rhestr o asesiadau.", "Wedi cadw {n} asesiad. Maen nhw yn eich rhestr o asesiadau.",
                "Wedi cadw {n} asesiad. Maen nhw yn eich rhestr o asesiadau.", "Wedi cadw {n} asesiad. Maen nhw yn eich rhestr o asesiadau."],
        Clashes: ["{n} of these is already in your assessments. Replacing overwrites your copy; download a backup first if you may want it back.",
                  "{n} of these are already in your assessments. Replacing overwrites your copy; download a backup first if you may want it back."]
            => ["Mae {n} o'r rhain yn eich asesiadau eisoes. Mae disodli'n trosysgrifo eich copi; lawrlwythwch gopi wrth gefn yn gyntaf os byddwch efallai am ei gael yn ôl.",
                "Mae {n} o'r rhain yn eich asesiadau eisoes. Mae disodli'n trosysgrifo eich copi; lawrlwythwch gopi wrth gefn yn gyntaf os byddwch efallai am ei gael yn ôl.",
                "Mae {n} o'r rhain yn eich asesiadau eisoes. Mae disodli'n trosysgrifo eich copi; lawrlwythwch gopi wrth gefn yn gyntaf os byddwch efallai am eu cael yn ôl.",
                "Mae {n} o'r rhain yn eich asesiadau eisoes. Mae disodli'n trosysgrifo eich copi; lawrlwythwch gopi wrth gefn yn gyntaf os byddwch efallai am eu cael yn ôl.",
                "Mae {n} o'r rhain yn eich asesiadau eisoes. Mae disodli'n trosysgrifo eich copi; lawrlwythwch gopi wrth gefn yn gyntaf os byddwch efallai am eu cael yn ôl.",
                "Mae {n} o'r rhain yn eich asesiadau eisoes. Mae disodli'n trosysgrifo eich copi; lawrlwythwch gopi wrth gefn yn gyntaf os byddwch efallai am eu cael yn ôl."],
    }
}
