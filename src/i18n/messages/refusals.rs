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

crate::messages! {
    /// What is wrong in a criteria spreadsheet (`format::criteria_csv::CsvProblem`). A problem in
    /// a row or a cell follows "Line 3, column weight: ", so it starts with a small letter.
    pub enum CsvRefusals in "csv_refusals" {
        AtCell: "Line {line}, column {column}: {problem}" => "Llinell {line}, colofn {column}: {problem}",
        AtLine: "Line {line}: {problem}" => "Llinell {line}: {problem}",
        /// `{bytes}` and `{max}` are numbers of bytes.
        TooLarge: "The file is {bytes} bytes, more than the {max} a criteria file can be; check that you chose the right file, or split the criteria over several files."
            => "Mae'r ffeil yn {bytes} beit, mwy na'r {max} y gall ffeil meini prawf fod; gwiriwch mai'r ffeil gywir a ddewisoch, neu rhannwch y meini prawf dros sawl ffeil.",
        Utf16: "The file is UTF-16 text (Excel's \"Unicode Text\"), which this page does not read; save it again as CSV: in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice choose Save As > Text CSV with character set UTF-8 and the comma as field delimiter."
            => "Testun UTF-16 yw'r ffeil (\"Unicode Text\" Excel), nad yw'r dudalen hon yn ei ddarllen; cadwch hi eto fel CSV: yn Excel dewiswch File > Save As > \"CSV UTF-8 (Comma delimited)\"; yn LibreOffice dewiswch Save As > Text CSV gyda'r set nodau UTF-8 a'r coma yn wahanydd meysydd.",
        NotUtf8: "The file is not UTF-8 text, so accented letters and symbols would be misread; save it again: in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice choose Save As > Text CSV with character set UTF-8 and the comma as field delimiter."
            => "Nid testun UTF-8 yw'r ffeil, felly byddai llythrennau acennog a symbolau'n cael eu camddarllen; cadwch hi eto: yn Excel dewiswch File > Save As > \"CSV UTF-8 (Comma delimited)\"; yn LibreOffice dewiswch Save As > Text CSV gyda'r set nodau UTF-8 a'r coma yn wahanydd meysydd.",
        /// `{template}` is the template's file name.
        Empty: "The file is empty. Start from the template: it has one header row with the column names, then one row per criterion ({template})."
            => "Mae'r ffeil yn wag. Dechreuwch o'r templed: mae ganddo un rhes bennyn gydag enwau'r colofnau, yna un rhes i bob maen prawf ({template}).",
        UnclosedQuote: "a cell opens with a double quote (\") that is never closed, so everything after it would be one cell; add the closing quote, or remove the opening one."
            => "mae cell yn agor gyda dyfynnod dwbl (\") nad yw byth yn cau, felly byddai popeth ar ei ôl yn un gell; ychwanegwch y dyfynnod cau, neu tynnwch yr un agor.",
        SeparatedBySemicolons: "the columns are separated by semicolons (;), not commas, so they cannot be told apart. Save the file again as comma-separated: in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice choose Save As > Text CSV with character set UTF-8 and the comma as field delimiter."
            => "mae'r colofnau wedi'u gwahanu â hanner colonau (;), nid comas, felly ni ellir eu gwahaniaethu. Cadwch y ffeil eto wedi'i gwahanu â chomas: yn Excel dewiswch File > Save As > \"CSV UTF-8 (Comma delimited)\"; yn LibreOffice dewiswch Save As > Text CSV gyda'r set nodau UTF-8 a'r coma yn wahanydd meysydd.",
        SeparatedByTabs: "the columns are separated by tabs, not commas, so they cannot be told apart. Save the file again as comma-separated: in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice choose Save As > Text CSV with character set UTF-8 and the comma as field delimiter."
            => "mae'r colofnau wedi'u gwahanu â thabiau, nid comas, felly ni ellir eu gwahaniaethu. Cadwch y ffeil eto wedi'i gwahanu â chomas: yn Excel dewiswch File > Save As > \"CSV UTF-8 (Comma delimited)\"; yn LibreOffice dewiswch Save As > Text CSV gyda'r set nodau UTF-8 a'r coma yn wahanydd meysydd.",
        DuplicateColumn: "this column appears twice (columns {first} and {second}); keep one and delete the other."
            => "mae'r golofn hon yn ymddangos ddwywaith (colofnau {first} a {second}); cadwch un a dilëwch y llall.",
        /// `{column}` is a column's name, as the file must spell it.
        MissingColumn: "the first row has no column named {column}, which every criteria file needs; add it (the template has every column)."
            => "nid oes colofn o'r enw {column} yn y rhes gyntaf, ac mae ei hangen ar bob ffeil meini prawf; ychwanegwch hi (mae pob colofn yn y templed).",
        NoSectionId: "the criterion has no section id; write the id of its section, such as \"voice\"."
            => "nid oes dynodydd adran gan y maen prawf; ysgrifennwch ddynodydd ei adran, fel \"llais\".",
        /// `{id}` and `{first}` are quoted from the file; `{line}` is the line that first gave it.
        SectionTitleConflict: "section {id} already has the title {first} (line {line}); give every row of a section the same title, or leave it blank after the first row."
            => "mae gan adran {id} y teitl {first} eisoes (llinell {line}); rhowch yr un teitl i bob rhes o adran, neu gadewch ef yn wag ar ôl y rhes gyntaf.",
        SectionSummaryConflict: "section {id} already has the summary {first} (line {line}); give every row of a section the same summary, or leave it blank after the first row."
            => "mae gan adran {id} y crynodeb {first} eisoes (llinell {line}); rhowch yr un crynodeb i bob rhes o adran, neu gadewch ef yn wag ar ôl y rhes gyntaf.",
        SectionWeightConflict: "section {id} already has the weight {first} (line {line}); give every row of a section the same weight, or leave it blank after the first row."
            => "mae gan adran {id} y pwysoliad {first} eisoes (llinell {line}); rhowch yr un pwysoliad i bob rhes o adran, neu gadewch ef yn wag ar ôl y rhes gyntaf.",
        /// `{language}` is a language's name.
        SectionWordedTitleConflict: "section {id} already has the {language} title {first} (line {line}); give every row of a section the same {language} title, or leave it blank after the first row."
            => "mae gan adran {id} y teitl {language} {first} eisoes (llinell {line}); rhowch yr un teitl {language} i bob rhes o adran, neu gadewch ef yn wag ar ôl y rhes gyntaf.",
        SectionWordedSummaryConflict: "section {id} already has the {language} summary {first} (line {line}); give every row of a section the same {language} summary, or leave it blank after the first row."
            => "mae gan adran {id} y crynodeb {language} {first} eisoes (llinell {line}); rhowch yr un crynodeb {language} i bob rhes o adran, neu gadewch ef yn wag ar ôl y rhes gyntaf.",
        NeedsTitle: "the criterion needs a title; write one." => "mae angen teitl ar y maen prawf; ysgrifennwch un.",
        NeedsQuestion: "the criterion needs a question for the assessor to answer; write one."
            => "mae angen cwestiwn i'r aseswr ei ateb ar y maen prawf; ysgrifennwch un.",
        /// yes and no are what the file must hold, in English.
        NotYesOrNo: "{text} is not yes or no; write yes for a critical criterion, or no (or leave it blank)."
            => "nid yw {text} yn yes nac yn no; ysgrifennwch yes ar gyfer maen prawf hanfodol, neu no (neu gadewch ef yn wag).",
        /// `{n}` is the source's place in the cell, `{text}` its line, quoted.
        SourceNoAddress: "source {n} ({text}) has no web address; write each source on its own line as Title | Publisher | Year | https://… (the year may be blank)."
            => "nid oes cyfeiriad gwe gan ffynhonnell {n} ({text}); ysgrifennwch bob ffynhonnell ar ei llinell ei hun fel Teitl | Cyhoeddwr | Blwyddyn | https://… (gall y flwyddyn fod yn wag).",
        SourceNoTitle: "source {n} ({text}) has no title; write each source on its own line as Title | Publisher | Year | https://… (the year may be blank)."
            => "nid oes teitl gan ffynhonnell {n} ({text}); ysgrifennwch bob ffynhonnell ar ei llinell ei hun fel Teitl | Cyhoeddwr | Blwyddyn | https://… (gall y flwyddyn fod yn wag).",
        SourceNotWebAddress: "source {n} ({text}) ends with {url}, which is not a web address; end the line with the source's link, starting https:// or http://."
            => "mae ffynhonnell {n} ({text}) yn gorffen gyda {url}, nad yw'n gyfeiriad gwe; gorffennwch y llinell gyda dolen y ffynhonnell, gan ddechrau gyda https:// neu http://.",
        SourceBadYear: "source {n} ({text}) has {year} as its year; write four digits, such as 2021, or leave it blank."
            => "mae gan ffynhonnell {n} ({text}) {year} fel ei blwyddyn; ysgrifennwch bedwar digid, fel 2021, neu gadewch hi'n wag.",
        NoCriterionId: "the criterion has no id; write a short id that no other criterion uses, such as \"voice-1\" (answers are matched to criteria by it)."
            => "nid oes dynodydd gan y maen prawf; ysgrifennwch ddynodydd byr nad yw'r un maen prawf arall yn ei ddefnyddio, fel \"llais-1\" (caiff atebion eu paru â meini prawf drwyddo).",
        RepeatedCriterionId: "the id {id} is already used by the criterion on line {first}; give each criterion its own id."
            => "mae'r dynodydd {id} eisoes yn cael ei ddefnyddio gan y maen prawf ar linell {first}; rhowch ei ddynodydd ei hun i bob maen prawf.",
        /// `{text}` is the weight as written, quoted; `{fixed}` the same with a point.
        WeightDecimalComma: "{text} uses a comma as the decimal mark; write it with a point, such as {fixed}."
            => "mae {text} yn defnyddio coma fel y pwynt degol; ysgrifennwch ef gyda phwynt, fel {fixed}.",
        WeightTooHeavy: "{text} is more than {max}; write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score)."
            => "mae {text} yn fwy na {max}; ysgrifennwch rif o 0 neu fwy, fel 1 neu 2.5 (mae 0 yn ei adael allan o'r sgôr).",
        WeightNegative: "{text} is below 0; write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score)."
            => "mae {text} o dan 0; ysgrifennwch rif o 0 neu fwy, fel 1 neu 2.5 (mae 0 yn ei adael allan o'r sgôr).",
        WeightNotANumber: "{text} is not a number; write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score)."
            => "nid yw {text} yn rhif; ysgrifennwch rif o 0 neu fwy, fel 1 neu 2.5 (mae 0 yn ei adael allan o'r sgôr).",
        SectionNoTitle: "section {id} has no title; write it in this column." => "nid oes teitl gan adran {id}; ysgrifennwch ef yn y golofn hon.",
        NoCriteria: "The file has a header but no criteria; add one row per criterion below the header row."
            => "Mae gan y ffeil bennyn ond dim meini prawf; ychwanegwch un rhes i bob maen prawf o dan y rhes bennyn.",
    }
}
