//! What reading a file or a share link noticed and changed (`format::notes::ImportNote`), one whole
//! sentence per kind of note, worded by `i18n::notes`. `{assessment}` is an assessment as a note
//! names it (`AssessmentNamed` or `AssessmentUntitled`), a noun phrase without its article: the
//! sentence has the article ("The {assessment}", "in the {assessment}"; Welsh "yr {assessment}",
//! and "asesiad" takes "yr" wherever it stands). `{criterion}`, `{id}`, `{title}` and `{version}` are
//! quoted from the file; `{reason}` is a file's reason as a clause (`Reason…` of the refusals).

crate::messages! {
    pub enum ImportNotes in "import_notes" {
        // The file as a whole
        /// `{language}` is the code the file gives, quoted, or the type of value it holds.
        UnknownLanguage: "The file says it was written in the language {language}, which Spec Lens does not have; it is read as written in English."
            => "Mae'r ffeil yn dweud iddi gael ei hysgrifennu yn yr iaith {language}, nad yw Spec Lens yn ei chynnwys; caiff ei darllen fel pe bai wedi'i hysgrifennu yn Saesneg.",
        HashMismatch: "The file's content hash does not match its contents, so it was changed after it was exported (perhaps edited by hand); check it before relying on it."
            => "Nid yw stwnsh cynnwys y ffeil yn cyfateb i'w chynnwys, felly cafodd ei newid ar ôl ei hallforio (efallai wedi'i golygu â llaw); gwiriwch hi cyn dibynnu arni.",
        NoHash: "The file carries no content hash, so changes made to it after export cannot be detected."
            => "Nid oes stwnsh cynnwys yn y ffeil, felly ni ellir canfod newidiadau a wnaed iddi ar ôl ei hallforio.",
        Converted: "This file was saved in file format {version} by an earlier version of Spec Lens; it was converted to the current format ({current})."
            => "Cafodd y ffeil hon ei chadw yn fformat ffeil {version} gan fersiwn gynharach o Spec Lens; cafodd ei throsi i'r fformat presennol ({current}).",

        // Frameworks
        /// `{id}` is a section's id, quoted.
        SectionWeightNotANumber: "The weight of section {id} was not a number; it was set to 0, which leaves it out of the score."
            => "Nid oedd pwysoliad yr adran {id} yn rhif; cafodd ei osod i 0, sy'n ei adael allan o'r sgôr.",
        CriterionWeightNotANumber: "The weight of criterion {id} was not a number; it was set to 0, which leaves it out of the score."
            => "Nid oedd pwysoliad y maen prawf {id} yn rhif; cafodd ei osod i 0, sy'n ei adael allan o'r sgôr.",
        /// `{found}` is the weight the file gave.
        SectionWeightNegative: "The weight of section {id} was {found}; weights cannot be negative, so it was set to 0, which leaves it out of the score."
            => "Pwysoliad yr adran {id} oedd {found}; ni all pwysoliadau fod yn negatif, felly cafodd ei osod i 0, sy'n ei adael allan o'r sgôr.",
        CriterionWeightNegative: "The weight of criterion {id} was {found}; weights cannot be negative, so it was set to 0, which leaves it out of the score."
            => "Pwysoliad y maen prawf {id} oedd {found}; ni all pwysoliadau fod yn negatif, felly cafodd ei osod i 0, sy'n ei adael allan o'r sgôr.",
        /// `{found}` is the number written out in full, `{now}` the number rounded.
        SectionWeightDigits: "The weight of section {id} was {found}; Spec Lens keeps 15 significant digits, so it is now {now}."
            => "Pwysoliad yr adran {id} oedd {found}; mae Spec Lens yn cadw 15 digid ystyrlon, felly mae'n {now} bellach.",
        CriterionWeightDigits: "The weight of criterion {id} was {found}; Spec Lens keeps 15 significant digits, so it is now {now}."
            => "Pwysoliad y maen prawf {id} oedd {found}; mae Spec Lens yn cadw 15 digid ystyrlon, felly mae'n {now} bellach.",
        /// `{band}` is a band's name.
        BoundDigits: "The lower bound of {band} was {found}; Spec Lens keeps 15 significant digits, so it is now {now}."
            => "Terfyn isaf {band} oedd {found}; mae Spec Lens yn cadw 15 digid ystyrlon, felly mae'n {now} bellach.",
        FrameworkTwice: "The framework {title} version {version} appears twice in the file; it was kept once."
            => "Mae'r fframwaith {title} fersiwn {version} yn ymddangos ddwywaith yn y ffeil; cafodd ei gadw unwaith.",
        /// `{n}` is the framework's place in the file (1 for the first).
        FrameworkIdClash: "Two different frameworks in the file have the id {id} and version {version}; the first was kept and the second (framework {n} in the file) was left out."
            => "Mae gan ddau fframwaith gwahanol yn y ffeil y dynodydd {id} a'r fersiwn {version}; cadwyd y cyntaf a gadawyd yr ail (fframwaith {n} yn y ffeil) allan.",
        FrameworkLeftOut: "Framework {n} in the file could not be read, so it was left out: {reason}."
            => "Nid oedd modd darllen fframwaith {n} yn y ffeil, felly cafodd ei adael allan: {reason}.",

        // Assessments
        /// `{name}` is its title, else its id, quoted.
        AssessmentNamed: "assessment {name}" => "asesiad {name}",
        AssessmentUntitled: "untitled assessment" => "asesiad heb deitl",
        NoSpecification: "The {assessment} had no specification; an empty one was used."
            => "Nid oedd manyleb gan yr {assessment}; defnyddiwyd un wag.",
        FrameworkFilledIn: "The {assessment} did not say which framework it was scored under; the framework in the file was used."
            => "Nid oedd yr {assessment} yn dweud o dan ba fframwaith y cafodd ei sgorio; defnyddiwyd y fframwaith yn y ffeil.",
        NoFramework: "The {assessment} does not say which framework it was scored under."
            => "Nid yw'r {assessment} yn dweud o dan ba fframwaith y cafodd ei sgorio.",
        /// `{time}` is a time as the file wrote it.
        NoCreationTime: "The {assessment} had no creation time; {time} was used."
            => "Nid oedd amser creu gan yr {assessment}; defnyddiwyd {time}.",
        NoLastChangeTime: "The {assessment} had no last-change time; {time} was used."
            => "Nid oedd amser y newid diwethaf gan yr {assessment}; defnyddiwyd {time}.",
        /// `{found}` is the level as the file wrote it, `{max}` the top of the scale, `{now}` the level used.
        LevelOffScale: "The level given for criterion {criterion} in the {assessment} was {found}, off the scale of 0 to {max}; it was set to {now}."
            => "Y lefel a roddwyd i'r maen prawf {criterion} yn yr {assessment} oedd {found}, y tu allan i'r raddfa o 0 i {max}; cafodd ei gosod i {now}.",
        /// `{id}` is the id given, quoted.
        NoId: "The {assessment} had no id; it was given the id {id}."
            => "Nid oedd dynodydd gan yr {assessment}; rhoddwyd y dynodydd {id} iddo.",
        /// `{answer}` is `GivenLevel`, `GivenNotApplicable` or `GivenInsufficientEvidence`.
        UnknownCriterion: "The {assessment} answered criterion {criterion} ({answer}), which its framework does not have; that answer was left out."
            => "Atebodd yr {assessment} y maen prawf {criterion} ({answer}), nad yw yn ei fframwaith; gadawyd yr ateb hwnnw allan.",
        GivenLevel: "level {level}" => "lefel {level}",
        GivenNotApplicable: "Not applicable" => "Amherthnasol",
        GivenInsufficientEvidence: "Insufficient evidence" => "Tystiolaeth annigonol",
        /// `{reason}` is the reason now saved (`NoReasonGiven`, in the language of the reader who imported it).
        NoReason: "Criterion {criterion} in the {assessment} is marked Not applicable with no reason; the reason now reads {reason}."
            => "Mae'r maen prawf {criterion} yn yr {assessment} wedi'i farcio'n Amherthnasol heb reswm; mae'r rheswm bellach yn darllen {reason}.",
        /// Saved as the reason of a Not applicable answer whose file gave none: in the reader's language.
        NoReasonGiven: "(no reason given in the imported file)" => "(ni roddwyd rheswm yn y ffeil a fewnforiwyd)",
        /// `{clause}` is the clause's id, `{clauses}` the number of clauses (English keeps "clauses" for one too).
        ClauseMissingQuoteKept: "Evidence for criterion {criterion} in the {assessment} cited clause {clause}, which the specification (with {clauses} clauses) does not have; the citation was removed and the quote kept as typed evidence."
            => "Roedd tystiolaeth ar gyfer y maen prawf {criterion} yn yr {assessment} yn dyfynnu cymal {clause}, nad yw yn y fanyleb (sydd â {clauses} cymal); tynnwyd y cyfeiriad at y cymal a chadwyd y dyfyniad fel tystiolaeth wedi'i theipio.",
        ClauseMissingNothingQuoted: "Evidence for criterion {criterion} in the {assessment} cited clause {clause}, which the specification (with {clauses} clauses) does not have, and quoted nothing; it was left out."
            => "Roedd tystiolaeth ar gyfer y maen prawf {criterion} yn yr {assessment} yn dyfynnu cymal {clause}, nad yw yn y fanyleb (sydd â {clauses} cymal), heb ddyfynnu unrhyw destun; cafodd ei gadael allan.",
        FrameworkNotInFile: "The {assessment} was scored under framework {id} version {version}, which this file does not include; its answers were kept as they are."
            => "Cafodd yr {assessment} ei sgorio o dan y fframwaith {id} fersiwn {version}, nad yw yn y ffeil hon; cadwyd ei atebion fel y maent.",
        AssessmentLeftOut: "Assessment {n} in the file could not be read, so it was left out: {reason}."
            => "Nid oedd modd darllen asesiad {n} yn y ffeil, felly cafodd ei adael allan: {reason}.",
        AssessmentTwice: "The {assessment} appears twice in the file; it was kept once."
            => "Mae'r {assessment} yn ymddangos ddwywaith yn y ffeil; cafodd ei gadw unwaith.",
        /// `{id}` is the id both have, `{new_id}` the second's new id, both quoted.
        AssessmentIdClash: "Two different assessments in the file have the id {id}; both were kept, and the second ({assessment}) now has the id {new_id}."
            => "Mae gan ddau asesiad gwahanol yn y ffeil y dynodydd {id}; cadwyd y ddau, ac mae gan yr ail ({assessment}) y dynodydd {new_id} bellach.",
        /// `{title}` and `{version}` are the framework's in the file.
        RulesRecorded: "The {assessment} did not record the scoring rules it was scored under; those of framework {title} version {version} were recorded."
            => "Nid oedd yr {assessment} wedi cofnodi'r rheolau sgorio y cafodd ei sgorio o danynt; cofnodwyd rhai'r fframwaith {title} fersiwn {version}.",
        RulesDiffer: "The {assessment} recorded scoring rules that differ from those of the framework in this file ({title} version {version}), perhaps because the framework was changed after it was scored; its results follow the framework in the file, so check them before relying on them."
            => "Cofnododd yr {assessment} reolau sgorio sy'n wahanol i rai'r fframwaith yn y ffeil hon ({title} fersiwn {version}), efallai am fod y fframwaith wedi'i newid ar ôl sgorio'r asesiad; mae ei ganlyniadau'n dilyn y fframwaith yn y ffeil, felly gwiriwch nhw cyn dibynnu arnynt.",
        WorkshopRecordUnreadable: "The workshop record of the {assessment} could not be read, so it was left out; its agreed answers are kept."
            => "Nid oedd modd darllen cofnod gweithdy'r {assessment}, felly cafodd ei adael allan; cedwir yr atebion a gytunwyd.",
        /// `{found}` is a type of value (`TypeNumber`… of the refusals): "a number", "text".
        AnswerNotAnObject: "The answer to criterion {criterion} in the {assessment} is {found}, not an answer, so it was left out."
            => "Nid ateb a roddwyd i'r maen prawf {criterion} yn yr {assessment} ond {found}, felly cafodd ei adael allan.",
        NoAnswer: "The entry for criterion {criterion} in the {assessment} has no answer, so it was left out."
            => "Nid oes ateb yn y cofnod ar gyfer y maen prawf {criterion} yn yr {assessment}, felly cafodd ei adael allan.",
        /// `{rationale}` is the entry's rationale, quoted.
        NoAnswerWithRationale: "The entry for criterion {criterion} in the {assessment} has no answer, so it was left out (its rationale read {rationale})."
            => "Nid oes ateb yn y cofnod ar gyfer y maen prawf {criterion} yn yr {assessment}, felly cafodd ei adael allan (roedd ei resymeg yn darllen {rationale}).",
        /// `{detail}` is the JSON reader's, in English.
        AnswerUnreadable: "The answer to criterion {criterion} in the {assessment} could not be read ({detail}), so it was left out."
            => "Nid oedd modd darllen yr ateb i'r maen prawf {criterion} yn yr {assessment} ({detail}), felly cafodd ei adael allan.",
        /// `{item}` is the item's place in the list (1 for the first).
        EvidenceUnreadable: "Evidence item {item} for criterion {criterion} in the {assessment} could not be read ({detail}), so it was left out."
            => "Nid oedd modd darllen eitem tystiolaeth {item} ar gyfer y maen prawf {criterion} yn yr {assessment} ({detail}), felly cafodd ei gadael allan.",
        EvidenceNotAList: "The evidence for criterion {criterion} in the {assessment} is {found}, not a list, so it was left out."
            => "Nid rhestr yw'r dystiolaeth ar gyfer y maen prawf {criterion} yn yr {assessment} ond {found}, felly cafodd ei gadael allan.",
    }
}

crate::plurals! {
    pub enum ImportNotesCounted in "import_notes_counted" {
        /// After the longest list of changes a report shows.
        More: ["…and {n} more change of the same kinds.", "…and {n} more changes of the same kinds."]
            => ["…a {n} newid arall o'r un mathau.", "…a {n} newid arall o'r un mathau.", "…a {n} newid arall o'r un mathau.",
                "…a {n} newid arall o'r un mathau.", "…a {n} newid arall o'r un mathau.", "…a {n} newid arall o'r un mathau."],
        /// Clauses of an assessment's document that had an id an earlier clause had.
        RepeatedClauseIds: ["The document of the {assessment} gave {n} clause an id another clause already had; it was left out, so that each citation points at one clause.",
                            "The document of the {assessment} gave {n} clauses an id another clause already had; they were left out, so that each citation points at one clause."]
            => ["Roedd gan {n} cymal yn nogfen yr {assessment} ddynodydd a oedd gan gymal arall eisoes; cawsant eu gadael allan, fel bod pob cyfeiriad yn pwyntio at un cymal.",
                "Roedd gan {n} cymal yn nogfen yr {assessment} ddynodydd a oedd gan gymal arall eisoes; cafodd ei adael allan, fel bod pob cyfeiriad yn pwyntio at un cymal.",
                "Roedd gan {n} gymal yn nogfen yr {assessment} ddynodydd a oedd gan gymal arall eisoes; cawsant eu gadael allan, fel bod pob cyfeiriad yn pwyntio at un cymal.",
                "Roedd gan {n} chymal yn nogfen yr {assessment} ddynodydd a oedd gan gymal arall eisoes; cawsant eu gadael allan, fel bod pob cyfeiriad yn pwyntio at un cymal.",
                "Roedd gan {n} chymal yn nogfen yr {assessment} ddynodydd a oedd gan gymal arall eisoes; cawsant eu gadael allan, fel bod pob cyfeiriad yn pwyntio at un cymal.",
                "Roedd gan {n} cymal yn nogfen yr {assessment} ddynodydd a oedd gan gymal arall eisoes; cawsant eu gadael allan, fel bod pob cyfeiriad yn pwyntio at un cymal."],
    }
}
