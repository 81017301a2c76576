//! The Frameworks page and one framework read in full (`ui/pages/frameworks.rs`). The framework's
//! own text (titles, questions, guidance, level labels) is data and is shown as it was written.

crate::messages! {
    pub enum Frameworks in "frameworks" {
        /// The page's heading and the breadcrumb back to it.
        Frameworks: "Frameworks" => "Fframweithiau",
        Lead: "A framework is the set of criteria a specification is scored against, with their weights, levels and sources."
            => "Fframwaith yw'r set o feini prawf y caiff manyleb ei sgorio yn eu herbyn, gyda'u pwysoliadau, eu lefelau a'u ffynonellau.",
        NewFramework: "New framework" => "Fframwaith newydd",
        ContinueEditing: "Continue editing \u{201c}{title}\u{201d}" => "Parhau i olygu \u{201c}{title}\u{201d}",
        /// A card's line of facts; `{sections}` and `{criteria}` are counts worded by `Counted`.
        CardFacts: "Version {version} · {sections} · {criteria}" => "Fersiwn {version} · {sections} · {criteria}",
        /// The accessible name of a link to an earlier version.
        VersionOf: "Version {version} of {title}" => "Fersiwn {version} o {title}",
        VersionNumber: "Version {version}" => "Fersiwn {version}",
        EarlierVersions: "Earlier versions in this browser:" => "Fersiynau cynharach yn y porwr hwn:",
        FrameworkNotFound: "Framework not found" => "Heb ddod o hyd i'r fframwaith",
        /// `{id}` is drawn as code.
        NoFrameworkWithId: "This browser has no framework with the id {id}."
            => "Nid oes gan y porwr hwn fframwaith â'r dynodydd {id}.",
        NoFrameworkVersion: "This browser has no framework with the id {id} at version {version}."
            => "Nid oes gan y porwr hwn fersiwn {version} o'r fframwaith â'r dynodydd {id}.",
        SeeAllFrameworks: "See all frameworks" => "Gweld pob fframwaith",
        Version: "Version" => "Fersiwn",
        Criteria: "Criteria" => "Meini prawf",
        RulesHash: "Rules hash" => "Stwnsh y rheolau",
        /// `{link}` is a link worded by `ReadNewest`.
        EarlierVersion: "This is an earlier version. {link}." => "Fersiwn gynharach yw hon. {link}.",
        ReadNewest: "Read version {version}, the newest in this browser"
            => "Darllen fersiwn {version}, yr un fwyaf newydd yn y porwr hwn",
        PrintFramework: "Print this framework" => "Argraffu'r fframwaith hwn",
        DownloadFramework: "Download this framework file" => "Lawrlwytho ffeil y fframwaith hwn",
        ExportCriteria: "Export criteria (CSV)" => "Allforio'r meini prawf (CSV)",
        EditFramework: "Edit this framework" => "Golygu'r fframwaith hwn",
        CopyFramework: "Copy this framework" => "Copïo'r fframwaith hwn",
        FilterCriteria: "Filter criteria" => "Hidlo'r meini prawf",
        HowScored: "How criteria are scored" => "Sut mae meini prawf yn cael eu sgorio",
        ScaleCaption: "The scale's levels" => "Lefelau'r raddfa",
        Level: "Level" => "Lefel",
        Label: "Label" => "Label",
        Means: "Means" => "Ystyr",
        NotApplicableMeans: "Does not apply to this service; needs a reason and leaves the calculation."
            => "Nid yw'n berthnasol i'r gwasanaeth hwn; mae angen rheswm, ac nid yw'n rhan o'r cyfrifiad.",
        Bands: "Bands on the overall percentage: Outstanding from {outstanding}%, Good from {good}%, Requires improvement from {requires_improvement}%, Inadequate below that. A critical criterion scored 0, 1 or Insufficient evidence caps the band at Requires improvement."
            => "Bandiau ar y ganran gyffredinol: Rhagorol o {outstanding}% ymlaen, Da o {good}% ymlaen, Angen gwella o {requires_improvement}% ymlaen, Annigonol o dan hynny. Mae maen prawf hanfodol a sgoriwyd yn 0, 1 neu Tystiolaeth annigonol yn cyfyngu'r band i Angen gwella.",
        /// Follows `Bands` when one critical criterion is enough to hold the band at Inadequate.
        AnyCapsInadequate: "Any such criterion holds it at Inadequate."
            => "Mae unrhyw faen prawf o'r fath yn ei gadw ar Annigonol.",
        TimescaleRules: "Timescale rules" => "Rheolau amserlen",
        NeedsAssessmentFirst: "The needs assessment is completed before the specification is published."
            => "Caiff yr asesiad o anghenion ei gwblhau cyn i'r fanyleb gael ei chyhoeddi.",
        SectionWeight: "Section weight {weight}" => "Pwysoliad yr adran {weight}",
        Weight: "Weight {weight}" => "Pwysoliad {weight}",
        Critical: "Critical" => "Hanfodol",
        /// What a criterion's disclosure shows; `GuidanceFor` is its full name for screen readers.
        GuidanceLevelsSources: "Guidance, levels and sources" => "Canllawiau, lefelau a ffynonellau",
        GuidanceFor: "Guidance, levels and sources for {title}" => "Canllawiau, lefelau a ffynonellau ar gyfer {title}",
        Guidance: "Guidance" => "Canllawiau",
        WhatMeets: "What meets it" => "Beth sy'n ei fodloni",
        WhatFallsShort: "What falls short" => "Beth sy'n methu â'i fodloni",
        Levels: "Levels" => "Lefelau",
        Sources: "Sources" => "Ffynonellau",
        /// Said after a link's text by screen readers.
        OpensInNewTab: "(opens in a new tab)" => "(yn agor mewn tab newydd)",
        /// `{link}` is the source's title, linked.
        SourceDated: "{link}, {publisher}, {year}" => "{link}, {publisher}, {year}",
        SourceUndated: "{link}, {publisher}, undated" => "{link}, {publisher}, heb ddyddiad",
    }
}

crate::plurals! {
    pub enum FrameworksCounted in "frameworks_counted" {
        Sections: ["{n} section", "{n} sections"]
            => ["{n} adran", "{n} adran", "{n} adran", "{n} adran", "{n} adran", "{n} adran"],
        Criteria: ["{n} criterion", "{n} criteria"]
            => ["{n} maen prawf", "{n} maen prawf", "{n} maen prawf", "{n} maen prawf", "{n} maen prawf", "{n} maen prawf"],
        /// The filter's count: `{shown}` of `{n}` criteria.
        Showing: ["Showing {shown} of {n} criterion", "Showing {shown} of {n} criteria"]
            => ["Yn dangos {shown} o {n} maen prawf", "Yn dangos {shown} o {n} maen prawf",
                "Yn dangos {shown} o {n} maen prawf", "Yn dangos {shown} o {n} maen prawf",
                "Yn dangos {shown} o {n} maen prawf", "Yn dangos {shown} o {n} maen prawf"],
        /// Follows `Bands` when it takes `{n}` (two or more) critical criteria to hold the band at Inadequate.
        ManyCapInadequate: ["{n} or more such criteria hold it at Inadequate.", "{n} or more such criteria hold it at Inadequate."]
            => ["Mae {n} neu fwy o feini prawf o'r fath yn ei gadw ar Annigonol.",
                "Mae {n} neu fwy o feini prawf o'r fath yn ei gadw ar Annigonol.",
                "Mae {n} neu fwy o feini prawf o'r fath yn ei gadw ar Annigonol.",
                "Mae {n} neu fwy o feini prawf o'r fath yn ei gadw ar Annigonol.",
                "Mae {n} neu fwy o feini prawf o'r fath yn ei gadw ar Annigonol.",
                "Mae {n} neu fwy o feini prawf o'r fath yn ei gadw ar Annigonol."],
        MinConsultation: ["Consultation lasts at least {n} week.", "Consultation lasts at least {n} weeks."]
            => ["Mae'r ymgynghoriad yn para o leiaf {n} wythnos.", "Mae'r ymgynghoriad yn para o leiaf {n} wythnos.",
                "Mae'r ymgynghoriad yn para o leiaf {n} wythnos.", "Mae'r ymgynghoriad yn para o leiaf {n} wythnos.",
                "Mae'r ymgynghoriad yn para o leiaf {n} wythnos.", "Mae'r ymgynghoriad yn para o leiaf {n} wythnos."],
        MinPublicationToStart: ["At least {n} week passes between publishing the specification and the service starting.",
                "At least {n} weeks pass between publishing the specification and the service starting."]
            => ["Mae o leiaf {n} wythnos rhwng cyhoeddi'r fanyleb a dechrau'r gwasanaeth.",
                "Mae o leiaf {n} wythnos rhwng cyhoeddi'r fanyleb a dechrau'r gwasanaeth.",
                "Mae o leiaf {n} wythnos rhwng cyhoeddi'r fanyleb a dechrau'r gwasanaeth.",
                "Mae o leiaf {n} wythnos rhwng cyhoeddi'r fanyleb a dechrau'r gwasanaeth.",
                "Mae o leiaf {n} wythnos rhwng cyhoeddi'r fanyleb a dechrau'r gwasanaeth.",
                "Mae o leiaf {n} wythnos rhwng cyhoeddi'r fanyleb a dechrau'r gwasanaeth."],
    }
}
