//! The results reports (Markdown, Word, the spreadsheet) and the sentences the results page shares
//! with them (`format::report::wording`). Headings the results page already has (Summary, By
//! section, What to fix first…) are its messages, in `results`.

crate::messages! {
    pub enum Report in "report" {
        EveryCriterion: "Every criterion" => "Pob maen prawf",
        Workshop: "Workshop" => "Gweithdy",
        NoAnswers: "No criterion has been answered yet." => "Nid oes yr un maen prawf wedi'i ateb eto.",
        NoGaps: "No gaps: every answered criterion is fully met." => "Dim bylchau: mae pob maen prawf a atebwyd wedi'i fodloni'n llawn.",
        /// The workshop table's key; N/A and IE are the codes the table shows.
        WorkshopKey: "Levels 0 to 4; N/A is Not applicable, IE is Insufficient evidence, a dash is no answer."
            => "Lefelau 0 i 4; ystyr N/A yw Amherthnasol, ystyr IE yw Tystiolaeth annigonol, ac mae llinell doriad yn golygu dim ateb.",
        /// The summary's first line; the report sets {percent} and {band} in bold.
        Overall: "Overall {percent}, band {band}." => "Cyffredinol {percent}, band {band}.",
        Commissioner: "Commissioner" => "Comisiynydd",
        ServiceCategory: "Service category" => "Categori'r gwasanaeth",
        Area: "Area" => "Ardal",
        Version: "Version" => "Fersiwn",
        Assessor: "Assessor" => "Aseswr",
        DocumentScored: "Document scored" => "Y ddogfen a sgoriwyd",
        DocumentSha: "Document SHA-256" => "SHA-256 y ddogfen",
        Framework: "Framework" => "Fframwaith",
        /// The framework's title and version.
        FrameworkVersion: "{title} (version {version})" => "{title} (fersiwn {version})",
        RulesHash: "Rules hash" => "Stwnsh y rheolau",
        Status: "Status" => "Statws",
        StatusChanged: "{status}, last changed {when}" => "{status}, newidiwyd ddiwethaf {when}",
        Coverage: "Answered {answered} of {applicable} applicable criteria ({not_applicable} not applicable); {insufficient} answered Insufficient evidence."
            => "Wedi ateb {answered} o {applicable} maen prawf perthnasol ({not_applicable} yn amherthnasol); {insufficient} wedi cael yr ateb Tystiolaeth annigonol.",
        InsufficientMeans: "Insufficient evidence means the specification points to evidence you cannot see (an annex, or a needs assessment that was not supplied), so the criterion cannot be judged. It scores 0, and is listed apart so that the evidence can be asked for. Where the specification says nothing at all, the answer is 0 (Absent)."
            => "Ystyr Tystiolaeth annigonol yw bod y fanyleb yn cyfeirio at dystiolaeth na allwch ei gweld (atodiad, neu asesiad o anghenion na chafodd ei ddarparu), felly ni ellir barnu'r maen prawf. Mae'n sgorio 0, ac fe'i rhestrir ar wahân er mwyn gallu gofyn am y dystiolaeth. Lle nad yw'r fanyleb yn dweud dim o gwbl, yr ateb yw 0 (Absennol).",
        InsufficientShort: "It points to evidence you cannot see, such as an annex not supplied. Scores 0. If it says nothing, choose 0."
            => "Mae'n cyfeirio at dystiolaeth na allwch ei gweld, megis atodiad na chafodd ei ddarparu. Sgôr 0. Os nad yw'n dweud dim, dewiswch 0.",
        SilentOn: "What the specification is silent on" => "Beth nad yw'r fanyleb yn sôn amdano",
        SilenceNoText: "The specification has no text yet, so there is nothing to look for the search terms in."
            => "Nid oes testun yn y fanyleb eto, felly nid oes dim i chwilio am y termau chwilio ynddo.",
        SilenceNone: "At least one search term of every criterion is found somewhere in the specification."
            => "Mae o leiaf un term chwilio ar gyfer pob maen prawf i'w gael rywle yn y fanyleb.",
        /// A criterion the specification never mentions: its title in quotes, then its terms.
        Silence: "\u{201c}{title}\u{201d} \u{2014} the specification never mentions: {terms}"
            => "\u{201c}{title}\u{201d} \u{2014} nid yw'r fanyleb yn sôn o gwbl am: {terms}",
        Contradictions: "Dates that contradict an answer" => "Dyddiadau sy'n gwrth-ddweud ateb",
        ContradictionsLead: "The key dates say a rule was not met, yet the criterion it is about is answered as met in full. The answers are the assessor's and have not been changed: check the answer or the dates."
            => "Mae'r dyddiadau allweddol yn dweud na chafodd rheol ei bodloni, ac eto mae'r maen prawf y mae'n ymwneud ag ef wedi'i ateb fel un a fodlonwyd yn llawn. Atebion yr aseswr yw'r rhain ac nid ydynt wedi'u newid: gwiriwch yr ateb neu'r dyddiadau.",
        /// "“Enough time to consult” is answered 3 Achieving, but the dates say: …"
        Contradiction: "\u{201c}{title}\u{201d} is answered {level} {label}, but the dates say: {finding}"
            => "\u{201c}{title}\u{201d}: yr ateb yw {level} {label}, ond mae'r dyddiadau'n dweud: {finding}",
        /// After a critical criterion's title.
        CriticalMark: "(critical)" => "(hanfodol)",
        NotAnswered: "Not answered" => "Heb ei ateb",
        /// Evidence typed without a clause.
        Evidence: "Evidence" => "Tystiolaeth",
        PerspectivesPresent: "Perspectives present: {list}." => "Safbwyntiau a oedd yn bresennol: {list}.",
        /// The Word report's table captions.
        SectionsTable: "Results by section" => "Canlyniadau fesul adran",
        WorkshopTable: "Agreed and individual answers" => "Atebion a gytunwyd ac atebion unigol",
        /// Before each criterion's answer in the Word report.
        Answer: "Answer:" => "Ateb:",
        WordFailed: "The Word report could not be made ({problem}). Try the Markdown report instead."
            => "Nid oedd modd creu'r adroddiad Word ({problem}). Rhowch gynnig ar yr adroddiad Markdown yn lle hynny.",
        /// The spreadsheet's columns.
        CsvSection: "Section" => "Adran",
        CsvCriterion: "Criterion" => "Maen prawf",
        CsvAnswer: "Answer" => "Ateb",
        CsvLevelLabel: "Level label" => "Label y lefel",
        CsvWeight: "Weight" => "Pwysoliad",
        CsvRationale: "Rationale" => "Rhesymeg",
        CsvEvidence: "Evidence" => "Tystiolaeth",
    }
}

crate::plurals! {
    pub enum ReportCounted in "report_counted" {
        /// The document scored: its name, size in bytes ({n}) and when it was opened.
        DocumentOpened: ["{name} ({n} byte), opened {when}", "{name} ({n} bytes), opened {when}"]
            => ["{name} ({n} beit), agorwyd {when}", "{name} ({n} beit), agorwyd {when}", "{name} ({n} feit), agorwyd {when}",
                "{name} ({n} beit), agorwyd {when}", "{name} ({n} beit), agorwyd {when}", "{name} ({n} beit), agorwyd {when}"],
        Provisional: ["Provisional: {n} criteria are not answered yet.", "Provisional: {n} criteria are not answered yet."]
            => ["Dros dro: mae {n} maen prawf heb eu hateb eto.", "Dros dro: mae {n} maen prawf heb ei ateb eto.",
                "Dros dro: mae {n} maen prawf heb eu hateb eto.", "Dros dro: mae {n} maen prawf heb eu hateb eto.",
                "Dros dro: mae {n} maen prawf heb eu hateb eto.", "Dros dro: mae {n} maen prawf heb eu hateb eto."],
        /// {n} criteria whose search terms no clause uses (at least one).
        SilenceLead: ["No clause of the specification uses any of the search terms of {n} criterion. What a specification never names, it makes no provision for. A term ending in * stands for every word that begins that way.",
                      "No clause of the specification uses any of the search terms of {n} criteria. What a specification never names, it makes no provision for. A term ending in * stands for every word that begins that way."]
            => ["Nid oes yr un cymal yn y fanyleb yn defnyddio unrhyw un o dermau chwilio {n} maen prawf. Os nad yw manyleb byth yn enwi rhywbeth, nid yw'n darparu ar ei gyfer. Mae term sy'n gorffen gyda * yn sefyll am bob gair sy'n dechrau felly.",
                "Nid oes yr un cymal yn y fanyleb yn defnyddio unrhyw un o dermau chwilio {n} maen prawf. Os nad yw manyleb byth yn enwi rhywbeth, nid yw'n darparu ar ei gyfer. Mae term sy'n gorffen gyda * yn sefyll am bob gair sy'n dechrau felly.",
                "Nid oes yr un cymal yn y fanyleb yn defnyddio unrhyw un o dermau chwilio {n} faen prawf. Os nad yw manyleb byth yn enwi rhywbeth, nid yw'n darparu ar ei gyfer. Mae term sy'n gorffen gyda * yn sefyll am bob gair sy'n dechrau felly.",
                "Nid oes yr un cymal yn y fanyleb yn defnyddio unrhyw un o dermau chwilio {n} maen prawf. Os nad yw manyleb byth yn enwi rhywbeth, nid yw'n darparu ar ei gyfer. Mae term sy'n gorffen gyda * yn sefyll am bob gair sy'n dechrau felly.",
                "Nid oes yr un cymal yn y fanyleb yn defnyddio unrhyw un o dermau chwilio {n} maen prawf. Os nad yw manyleb byth yn enwi rhywbeth, nid yw'n darparu ar ei gyfer. Mae term sy'n gorffen gyda * yn sefyll am bob gair sy'n dechrau felly.",
                "Nid oes yr un cymal yn y fanyleb yn defnyddio unrhyw un o dermau chwilio {n} maen prawf. Os nad yw manyleb byth yn enwi rhywbeth, nid yw'n darparu ar ei gyfer. Mae term sy'n gorffen gyda * yn sefyll am bob gair sy'n dechrau felly."],
    }
}
