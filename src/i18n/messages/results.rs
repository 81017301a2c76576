//! The results page: summary, sections, gaps, Insufficient evidence, timescale findings and what is
//! left to answer. Band names, timescale rules and findings, and the report's shared sentences
//! (what the specification is silent on, contradictions) are worded elsewhere.

crate::messages! {
    pub enum Results in "results" {
        Heading: "Results: {title}" => "Canlyniadau: {title}",
        /// The button back to the scoring page.
        Score: "Score" => "Sgorio",
        Charts: "Charts" => "Siartiau",
        Summary: "Summary" => "Crynodeb",
        OverallScore: "Overall score" => "Sgôr gyffredinol",
        Band: "Band" => "Band",
        NothingAnswered: "No criteria have been answered yet, so there is no score. Results appear here as soon as criteria are answered."
            => "Nid oes unrhyw feini prawf wedi'u hateb eto, felly nid oes sgôr. Bydd canlyniadau'n ymddangos yma cyn gynted ag y caiff meini prawf eu hateb.",
        NothingCounts: "No score yet: none of the criteria answered so far count towards a score (they are not applicable, or carry no weight)."
            => "Dim sgôr eto: nid oes yr un o'r meini prawf a atebwyd hyd yma yn cyfrif tuag at sgôr (maen nhw'n amherthnasol, neu heb bwysoliad).",
        CriticalCriteria: "Critical criteria:" => "Meini prawf hanfodol:",
        /// After the reason a critical criterion caps the band.
        UncappedBand: "On its percentage alone the band would be {band}." => "Ar sail ei ganran yn unig, y band fyddai {band}.",
        BySection: "By section" => "Fesul adran",
        SectionsCaption: "Each section's weight, how much of it is answered, and its weighted score"
            => "Pwysoliad pob adran, faint ohoni a atebwyd, a'i sgôr wedi'i phwysoli",
        Section: "Section" => "Adran",
        Weight: "Weight" => "Pwysoliad",
        Answered: "Answered" => "Wedi'u hateb",
        ScoreColumn: "Score" => "Sgôr",
        OverallWeighted: "Overall (weighted by section)" => "Cyffredinol (wedi'i bwysoli fesul adran)",
        /// A section's answered criteria: "3 of 5".
        AnsweredOf: "{answered} of {applicable}" => "{answered} o {applicable}",
        WhatToFixFirst: "What to fix first" => "Beth i'w drwsio gyntaf",
        GapSection: "Section: {section}" => "Adran: {section}",
        GapAnswer: "Answer given: {answer}" => "Ateb a roddwyd: {answer}",
        ShowTopGaps: "Show the top {count} only" => "Dangos y {count} uchaf yn unig",
        NoGapsYet: "No gaps yet: no criteria have been answered." => "Dim bylchau eto: nid oes unrhyw feini prawf wedi'u hateb.",
        NoGaps: "No gaps: every criterion answered so far is fully met (or not applicable)."
            => "Dim bylchau: mae pob maen prawf a atebwyd hyd yma wedi'i fodloni'n llawn (neu'n amherthnasol).",
        GapsLead: "Criteria that fell short, ranked by how much each holds the overall score down: its weight in the framework times how far it is from full marks."
            => "Meini prawf a oedd yn brin, wedi'u trefnu yn ôl faint mae pob un yn dal y sgôr gyffredinol i lawr: ei bwysoliad yn y fframwaith wedi'i luosi â pha mor bell ydyw o farciau llawn.",
        ShowingGaps: "Showing {shown} of {total} gaps, highest priority first."
            => "Yn dangos {shown} o {total} bwlch, y flaenoriaeth uchaf yn gyntaf.",
        InsufficientNone: "No criterion is answered Insufficient evidence."
            => "Nid oes yr un maen prawf wedi cael yr ateb Tystiolaeth annigonol.",
        InsufficientHeading: "Insufficient evidence" => "Tystiolaeth annigonol",
        TimescaleHeading: "Timescale findings" => "Canfyddiadau am yr amserlen",
        TimescaleLead: "What the specification's key dates say about how it was made."
            => "Beth mae dyddiadau allweddol y fanyleb yn ei ddweud am sut y cafodd ei llunio.",
        AllAnswered: "Every applicable criterion is answered." => "Mae pob maen prawf perthnasol wedi'i ateb.",
        ShowUnanswered: "Show the {count} unanswered criteria" => "Dangos y {count} maen prawf heb eu hateb",
        UnansweredHeading: "Unanswered criteria" => "Meini prawf heb eu hateb",
    }
}

crate::plurals! {
    pub enum Counted in "results_counted" {
        /// {n} is the applicable criteria.
        Coverage: ["Answered {answered} of {n} applicable criterion ({not_applicable} not applicable).",
                   "Answered {answered} of {n} applicable criteria ({not_applicable} not applicable)."]
            => ["Wedi ateb {answered} o {n} maen prawf perthnasol ({not_applicable} yn amherthnasol).",
                "Wedi ateb {answered} o {n} maen prawf perthnasol ({not_applicable} yn amherthnasol).",
                "Wedi ateb {answered} o {n} maen prawf perthnasol ({not_applicable} yn amherthnasol).",
                "Wedi ateb {answered} o {n} maen prawf perthnasol ({not_applicable} yn amherthnasol).",
                "Wedi ateb {answered} o {n} maen prawf perthnasol ({not_applicable} yn amherthnasol).",
                "Wedi ateb {answered} o {n} maen prawf perthnasol ({not_applicable} yn amherthnasol)."],
        Insufficient: ["Insufficient evidence: {n} criterion.", "Insufficient evidence: {n} criteria."]
            => ["Tystiolaeth annigonol: {n} maen prawf.", "Tystiolaeth annigonol: {n} maen prawf.",
                "Tystiolaeth annigonol: {n} maen prawf.", "Tystiolaeth annigonol: {n} maen prawf.",
                "Tystiolaeth annigonol: {n} maen prawf.", "Tystiolaeth annigonol: {n} maen prawf."],
        Provisional: ["Provisional: {n} criterion is not answered yet, so these numbers may still change.",
                      "Provisional: {n} criteria are not answered yet, so these numbers may still change."]
            => ["Dros dro: mae {n} maen prawf heb eu hateb eto, felly gallai'r ffigurau hyn newid o hyd.",
                "Dros dro: mae {n} maen prawf heb ei ateb eto, felly gallai'r ffigurau hyn newid o hyd.",
                "Dros dro: mae {n} maen prawf heb eu hateb eto, felly gallai'r ffigurau hyn newid o hyd.",
                "Dros dro: mae {n} maen prawf heb eu hateb eto, felly gallai'r ffigurau hyn newid o hyd.",
                "Dros dro: mae {n} maen prawf heb eu hateb eto, felly gallai'r ffigurau hyn newid o hyd.",
                "Dros dro: mae {n} maen prawf heb eu hateb eto, felly gallai'r ffigurau hyn newid o hyd."],
        /// Always more than ten.
        ShowAllGaps: ["Show all {n} gap", "Show all {n} gaps"]
            => ["Dangos pob un o'r {n} bwlch", "Dangos pob un o'r {n} bwlch", "Dangos pob un o'r {n} bwlch",
                "Dangos pob un o'r {n} bwlch", "Dangos pob un o'r {n} bwlch", "Dangos pob un o'r {n} bwlch"],
        InsufficientLead: ["{n} criterion is answered Insufficient evidence:", "{n} criteria are answered Insufficient evidence:"]
            => ["Mae {n} maen prawf wedi cael yr ateb Tystiolaeth annigonol:",
                "Mae {n} maen prawf wedi cael yr ateb Tystiolaeth annigonol:",
                "Mae {n} maen prawf wedi cael yr ateb Tystiolaeth annigonol:",
                "Mae {n} maen prawf wedi cael yr ateb Tystiolaeth annigonol:",
                "Mae {n} maen prawf wedi cael yr ateb Tystiolaeth annigonol:",
                "Mae {n} maen prawf wedi cael yr ateb Tystiolaeth annigonol:"],
        Unanswered: ["{n} criterion is not answered yet.", "{n} criteria are not answered yet."]
            => ["Mae {n} maen prawf heb eu hateb eto.", "Mae {n} maen prawf heb ei ateb eto.",
                "Mae {n} maen prawf heb eu hateb eto.", "Mae {n} maen prawf heb eu hateb eto.",
                "Mae {n} maen prawf heb eu hateb eto.", "Mae {n} maen prawf heb eu hateb eto."],
    }
}
