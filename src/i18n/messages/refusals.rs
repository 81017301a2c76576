//! Why a file was refused (`format::errors::ImportError`): one sentence per kind, saying what was
//! wrong and what to do, and the same reason as a clause ("it is empty") for sentences that list
//! several problems. The details put into `{detail}` are worded here too; what the JSON parser
//! says (line and column, a field's name) is quoted as it is.

crate::messages! {
    pub enum Refusals in "refusals" {
        /// `{size}` and `{limit}` are in megabytes ("5 MB"), `{bytes}` a number.
        TooLarge: "This file is {size} ({bytes} bytes), more than the {limit} a Spec Lens file can be, so it was not opened; check that you chose the right .speclens.json file."
            => "Mae'r ffeil hon yn {size} ({bytes} beit), mwy na'r {limit} y gall ffeil Spec Lens fod, felly ni chafodd ei hagor; gwiriwch mai'r ffeil .speclens.json gywir a ddewisoch.",
        Empty: "This file is empty, so there is nothing to import; choose a .speclens.json file exported from Spec Lens."
            => "Mae'r ffeil hon yn wag, felly nid oes dim i'w fewnforio; dewiswch ffeil .speclens.json a allforiwyd o Spec Lens.",
        NotUtf8: "This file is not UTF-8 text, so it is not a Spec Lens file; choose a .speclens.json file exported from Spec Lens."
            => "Nid testun UTF-8 yw'r ffeil hon, felly nid ffeil Spec Lens yw hi; dewiswch ffeil .speclens.json a allforiwyd o Spec Lens.",
        /// `{detail}` is the parser's, in English, with line and column.
        NotJson: "This file is not valid JSON ({detail}), so it is not a Spec Lens file or it was damaged; choose the file again, or ask the sender to export it again from Spec Lens."
            => "Nid yw'r ffeil hon yn JSON dilys ({detail}), felly nid ffeil Spec Lens yw hi neu cafodd ei difrodi; dewiswch y ffeil eto, neu gofynnwch i'r anfonwr ei hallforio eto o Spec Lens.",
        TooDeep: "This file nests its data more than {depth} levels deep, which no Spec Lens file does, so it was not opened; ask the sender to export it again from Spec Lens."
            => "Mae'r ffeil hon yn nythu ei data fwy na {depth} lefel o ddyfnder, nad yw'r un ffeil Spec Lens yn ei wneud, felly ni chafodd ei hagor; gofynnwch i'r anfonwr ei hallforio eto o Spec Lens.",
        NotSpecLens: "This file is not a Spec Lens file (it does not start with \"format\": \"spec-lens\"), so it was not opened; choose a .speclens.json file exported from Spec Lens."
            => "Nid ffeil Spec Lens yw'r ffeil hon (nid yw'n dechrau gyda \"format\": \"spec-lens\"), felly ni chafodd ei hagor; dewiswch ffeil .speclens.json a allforiwyd o Spec Lens.",
        /// `{kind}` is the kind the file names, quoted.
        UnsupportedKind: "This Spec Lens file holds a kind of document this version cannot open ({kind}), so it was not opened; open it in the version of Spec Lens that saved it."
            => "Mae'r ffeil Spec Lens hon yn cynnwys math o ddogfen na all y fersiwn hon ei hagor ({kind}), felly ni chafodd ei hagor; agorwch hi yn y fersiwn o Spec Lens a'i chadwodd.",
        /// `{found}` and `{expected}` are kinds of file (`KindAssessment`…), `{found_plural}` the plural of `{found}`.
        WrongKind: "This file holds {found}, but {expected} is needed here; choose a file that holds {expected}, or import this one where {found_plural} are imported."
            => "Mae'r ffeil hon yn cynnwys {found}, ond mae angen {expected} yma; dewiswch ffeil sy'n cynnwys {expected}, neu mewnforiwch hon lle caiff {found_plural} eu mewnforio.",
        TooNew: "This file was saved by a newer version of Spec Lens (file format {found}; this page reads up to {supported}). Open it in the newer version, or ask the sender for an older export."
            => "Cafodd y ffeil hon ei chadw gan fersiwn mwy newydd o Spec Lens (fformat ffeil {found}; mae'r dudalen hon yn darllen hyd at {supported}). Agorwch hi yn y fersiwn mwy newydd, neu gofynnwch i'r anfonwr am allforiad hŷn.",
        MissingField: "This file lacks a field every Spec Lens file of its kind has ({detail}), so it was not imported; ask the sender to export it again from Spec Lens."
            => "Nid oes gan y ffeil hon faes sydd gan bob ffeil Spec Lens o'i math ({detail}), felly ni chafodd ei mewnforio; gofynnwch i'r anfonwr ei hallforio eto o Spec Lens.",
        WrongType: "Part of this file holds the wrong type of value ({detail}), so it was not imported; if the file was edited by hand, undo that edit, or ask the sender to export it again from Spec Lens."
            => "Mae rhan o'r ffeil hon yn cynnwys y math anghywir o werth ({detail}), felly ni chafodd ei mewnforio; os cafodd y ffeil ei golygu â llaw, dadwnewch y golygiad hwnnw, neu gofynnwch i'r anfonwr ei hallforio eto o Spec Lens.",
        /// `{detail}` is a clause: `ReasonHeader`, `CannotConvert` or `InFramework`.
        Invalid: "This file cannot be imported because {detail}; ask the sender to export it again from Spec Lens."
            => "Ni ellir mewnforio'r ffeil hon oherwydd {detail}; gofynnwch i'r anfonwr ei hallforio eto o Spec Lens.",
        DuplicateId: "This file cannot be imported because {detail} (answers are kept by id, so they could be mixed up); or ask the sender to export it again from Spec Lens."
            => "Ni ellir mewnforio'r ffeil hon oherwydd {detail} (caiff atebion eu cadw yn ôl dynodydd, felly gallent gael eu cymysgu); neu gofynnwch i'r anfonwr ei hallforio eto o Spec Lens.",

        // The reasons as clauses, for "Framework 2 in the file could not be read, so it was left out: {reason}."
        ReasonTooLarge: "it is larger than {limit}" => "mae'n fwy na {limit}",
        ReasonEmpty: "it is empty" => "mae'n wag",
        ReasonNotUtf8: "it is not UTF-8 text" => "nid testun UTF-8 ydyw",
        ReasonNotJson: "it is not valid JSON ({detail})" => "nid yw'n JSON dilys ({detail})",
        ReasonTooDeep: "its data is nested more than {depth} levels deep" => "mae ei data wedi'i nythu fwy na {depth} lefel o ddyfnder",
        ReasonNotSpecLens: "it is not a Spec Lens file" => "nid ffeil Spec Lens ydyw",
        ReasonUnsupportedKind: "it holds a kind of document this version cannot open ({kind})"
            => "mae'n cynnwys math o ddogfen na all y fersiwn hon ei hagor ({kind})",
        ReasonWrongKind: "it holds {found}, not {expected}" => "mae'n cynnwys {found}, nid {expected}",
        ReasonTooNew: "it is in file format {found}, newer than the {supported} this page reads"
            => "mae yn fformat ffeil {found}, sy'n fwy newydd na'r {supported} y mae'r dudalen hon yn ei ddarllen",
        ReasonMissingField: "it lacks the required field {detail}" => "nid oes ganddi'r maes gofynnol {detail}",
        ReasonWrongType: "it holds the wrong type of value ({detail})" => "mae'n cynnwys y math anghywir o werth ({detail})",

        // The kinds of file, as the sentences above name them.
        KindAssessment: "an assessment" => "asesiad",
        KindLibrary: "a library backup" => "copi wrth gefn o'r llyfrgell",
        KindFramework: "a framework" => "fframwaith",
        KindModeration: "a moderation record" => "cofnod cymedroli",
        KindAssessments: "assessments" => "asesiadau",
        KindLibraries: "library backups" => "copïau wrth gefn o'r llyfrgell",
        KindFrameworks: "frameworks" => "fframweithiau",
        KindModerations: "moderation records" => "cofnodion cymedroli",

        // A required field that is absent (`{detail}` of `MissingField`).
        MissingPayload: "`payload`, which holds the file's contents" => "`payload`, sy'n dal cynnwys y ffeil",
        MissingVersion: "`version`, the file format version" => "`version`, fersiwn fformat y ffeil",
        MissingKind: "`kind`, the kind of document it holds" => "`kind`, y math o ddogfen sydd ynddi",
        /// `{field}` is the field's name in the file ("framework").
        MissingInPayload: "`{field}` in payload" => "`{field}` yn payload",
        /// `{field}` is as the parser names it, `{path}` where in the file ("payload.frameworks[0]").
        MissingAt: "{field} in {path}" => "{field} yn {path}",

        // A value of the wrong type (`{detail}` of `WrongType`); `{found}` is a type (`TypeNull`…).
        VersionNotWhole: "the file format version is {found}, not a whole number"
            => "fersiwn fformat y ffeil yw {found}, nid rhif cyfan",
        KindNotName: "the kind of document is {found}, not a name" => "y math o ddogfen yw {found}, nid enw",
        AssessmentPayload: "the payload is {found}, where an assessment file holds an object with the assessment and its framework"
            => "{found} yw'r llwyth (payload), lle mae ffeil asesiad yn dal gwrthrych gyda'r asesiad a'i fframwaith",
        FrameworkPayload: "the payload is {found}, where a framework file holds an object with the framework"
            => "{found} yw'r llwyth (payload), lle mae ffeil fframwaith yn dal gwrthrych gyda'r fframwaith",
        LibraryPayload: "the payload is {found}, where a library file holds an object with its assessments and frameworks"
            => "{found} yw'r llwyth (payload), lle mae ffeil llyfrgell yn dal gwrthrych gyda'i hasesiadau a'i fframweithiau",
        NotList: "payload.{key} is {found}, where a list is needed" => "{found} yw payload.{key}, lle mae angen rhestr",
        FrameworkNotObject: "{path} is {found}, where a framework is an object"
            => "{found} yw {path}, lle mae fframwaith yn wrthrych",
        AssessmentNotObject: "{path} is {found}, where an assessment is an object"
            => "{found} yw {path}, lle mae asesiad yn wrthrych",
        ResponsesNotObject: "{path}.responses is {found}, where the answers are an object keyed by criterion id"
            => "{found} yw {path}.responses, lle mae'r atebion yn wrthrych wedi'i allweddu yn ôl dynodydd maen prawf",
        /// `{message}` is the parser's, in English.
        DataAt: "{message}, at {path}" => "{message}, yn {path}",
        TypeNull: "null" => "null",
        TypeBool: "true or false" => "gwir neu gau",
        TypeNumber: "a number" => "rhif",
        TypeText: "text" => "testun",
        TypeList: "a list" => "rhestr",
        TypeObject: "an object" => "gwrthrych",

        // A file that breaks a rule (`{detail}` of `Invalid` and `DuplicateId`).
        /// `{detail}` is the parser's, in English.
        AmbiguousHeader: "its header is ambiguous ({detail})" => "mae ei bennyn yn amwys ({detail})",
        CannotConvert: "this version of Spec Lens cannot convert file format {version}"
            => "ni all y fersiwn hon o Spec Lens drosi fformat ffeil {version}",
        /// `{title}` is the framework's title, quoted; `{refusal}` names the field and the problem
        /// (`validation` area).
        InFramework: "in the framework {title}, {refusal}" => "yn y fframwaith {title}, {refusal}",
    }
}

crate::messages! {
    /// Why a share link was not opened (`format::share::ShareError`).
    pub enum ShareRefusals in "share_refusals" {
        NotBase64: "This share link is incomplete or was changed. Ask the sender to copy it again, or to send a file."
            => "Mae'r ddolen rannu hon yn anghyflawn neu cafodd ei newid. Gofynnwch i'r anfonwr ei chopïo eto, neu anfon ffeil.",
        /// `{detail}` is the parser's, in English.
        Damaged: "This share link could not be read ({detail}). Ask the sender to send a file instead."
            => "Nid oedd modd darllen y ddolen rannu hon ({detail}). Gofynnwch i'r anfonwr anfon ffeil yn lle hynny.",
        TooNew: "This share link was made by a newer version of Spec Lens (link format {found}; this page reads up to {supported}). Open it in the newer version."
            => "Cafodd y ddolen rannu hon ei gwneud gan fersiwn mwy newydd o Spec Lens (fformat dolen {found}; mae'r dudalen hon yn darllen hyd at {supported}). Agorwch hi yn y fersiwn mwy newydd.",
        /// `{reason}` is a file's reason as a clause (`Reason…`, or a framework's refusal).
        Refused: "This share link cannot be opened because {reason}. Ask the sender to check the framework in Spec Lens's editor and share it again."
            => "Ni ellir agor y ddolen rannu hon oherwydd {reason}. Gofynnwch i'r anfonwr wirio'r fframwaith yng ngolygydd Spec Lens a'i rannu eto.",
        UnknownFramework: "This link was scored under the framework \"{id}\" version {version}, which this page does not have. Ask the sender for a file, which carries its framework."
            => "Cafodd y ddolen hon ei sgorio o dan y fframwaith \"{id}\" fersiwn {version}, nad yw ar y dudalen hon. Gofynnwch i'r anfonwr am ffeil, sy'n cario ei fframwaith.",
    }
}
