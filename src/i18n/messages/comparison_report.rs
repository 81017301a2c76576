//! The comparison of two assessments as its exports (spreadsheet, Markdown) and the comparison page
//! word it (`format::comparison::wording`), and what changed between framework versions.

crate::messages! {
    pub enum ComparisonReport in "comparison_report" {
        CriteriaThatChanged: "Criteria that changed, largest change first" => "Meini prawf a newidiodd, y newid mwyaf yn gyntaf",
        FrameworkVersions: "What changed in the framework" => "Beth newidiodd yn y fframwaith",
        TextChanges: "What changed in the text" => "Beth newidiodd yn y testun",
        NoCriterionChanged: "No criterion's answer, evidence or cited clauses changed."
            => "Ni newidiodd ateb, tystiolaeth na chymalau a ddyfynnwyd yr un maen prawf.",
        NotCompared: "Not compared" => "Heb eu cymharu",
        NotInVersion: "Not in this version" => "Ddim yn y fersiwn hon",
        EvidenceAdded: "Evidence added" => "Tystiolaeth a ychwanegwyd",
        EvidenceDropped: "Evidence dropped" => "Tystiolaeth a hepgorwyd",
        CitedChanged: "Cited clauses that changed" => "Cymalau a ddyfynnwyd a newidiodd",
        WordsKey: "Removed words are struck through; added words are in bold."
            => "Mae llinell drwy'r geiriau a dynnwyd; mae'r geiriau a ychwanegwyd mewn print trwm.",
        /// Table columns and row kinds.
        Row: "Row" => "Rhes",
        Section: "Section" => "Adran",
        Criterion: "Criterion" => "Maen prawf",
        Overall: "Overall" => "Cyffredinol",
        AnswerFirst: "Answer in the first" => "Ateb yn y cyntaf",
        AnswerSecond: "Answer in the second" => "Ateb yn yr ail",
        Change: "Change" => "Newid",
        WhichWay: "Which way" => "I ba gyfeiriad",
        CriticalCap: "Critical cap" => "Cap hanfodol",
        /// After a critical criterion's title.
        Critical: "{title} (critical)" => "{title} (hanfodol)",
        TitleBoth: "Comparison: {title}, {first} and {second}" => "Cymhariaeth: {title}, {first} a {second}",
        Title: "Comparison: {first} and {second}" => "Cymhariaeth: {first} a {second}",
        /// The sides' names when nothing else tells them apart.
        First: "First" => "Cyntaf",
        Second: "Second" => "Ail",
        /// "Accommodation (version Draft 1, Gwent)": the specification's version among its details.
        VersionOf: "version {version}" => "fersiwn {version}",
        SideDetails: "{what} under {framework} {version}, last changed {when}"
            => "{what} o dan {framework} {version}, newidiwyd ddiwethaf {when}",
        SideDetailsBy: "{what}, scored by {name} under {framework} {version}, last changed {when}"
            => "{what}, wedi'i sgorio gan {name} o dan {framework} {version}, newidiwyd ddiwethaf {when}",
        /// A change in percentage points: "+8.4 points", "−2.0 points".
        Points: "{change} points" => "{change} pwynt",
        NoChange: "No change" => "Dim newid",
        NoScoreYet: "No score yet" => "Dim sgôr eto",
        Better: "Better" => "Gwell",
        Worse: "Worse" => "Gwaeth",
        Same: "Same" => "Yr un fath",
        Changed: "Changed" => "Wedi newid",
        OnlyFirst: "Only in the first version" => "Yn y fersiwn gyntaf yn unig",
        OnlySecond: "Only in the second version" => "Yn yr ail fersiwn yn unig",
        CapFell: "Now holds the band down (critical, 1 or less)" => "Bellach yn dal y band i lawr (hanfodol, 1 neu lai)",
        CapCleared: "No longer holds the band down (critical, now above 1)" => "Nid yw bellach yn dal y band i lawr (hanfodol, bellach yn uwch nag 1)",
        OverallNotCompared: "Overall {first} and {second}, not compared: {why}" => "Cyffredinol {first} a {second}, heb eu cymharu: {why}",
        OverallUp: "Overall {first} then {second}: {change}; the band went up." => "Cyffredinol {first} yna {second}: {change}; aeth y band i fyny.",
        OverallDown: "Overall {first} then {second}: {change}; the band went down." => "Cyffredinol {first} yna {second}: {change}; aeth y band i lawr.",
        OverallSameBand: "Overall {first} then {second}: {change}; the band stayed the same." => "Cyffredinol {first} yna {second}: {change}; arhosodd y band yr un fath.",
        OverallChange: "Overall {first} then {second}: {change}." => "Cyffredinol {first} yna {second}: {change}.",
        Provisional: "At least one of them is provisional: it has criteria not answered yet."
            => "Mae o leiaf un ohonynt dros dro: mae ganddo feini prawf heb eu hateb eto.",
        OtherFramework: "they were scored under different frameworks (\u{201c}{first}\u{201d} and \u{201c}{second}\u{201d}), so their percentages measure different things. The criteria both have are compared one by one below."
            => "cawsant eu sgorio o dan fframweithiau gwahanol (\u{201c}{first}\u{201d} a \u{201c}{second}\u{201d}), felly mae eu canrannau'n mesur pethau gwahanol. Mae'r meini prawf sydd gan y ddau yn cael eu cymharu fesul un isod.",
        /// {differences} lists how the versions differ, from the four below.
        OtherVersions: "versions {first} and {second} of the framework {differences}, so the same answers can give a different percentage. The criteria both versions have are compared one by one below."
            => "mae fersiynau {first} a {second} o'r fframwaith yn {differences}, felly gall yr un atebion roi canran wahanol. Mae'r meini prawf sydd gan y ddwy fersiwn yn cael eu cymharu fesul un isod.",
        CriteriaDiffer: "score different criteria" => "sgorio meini prawf gwahanol",
        WeightsDiffer: "weigh criteria differently" => "rhoi pwysoliadau gwahanol i'r meini prawf",
        BandsDiffer: "set the bands at different percentages" => "gosod y bandiau ar ganrannau gwahanol",
        CapsDiffer: "cap the band differently when critical criteria fail" => "gosod cap gwahanol ar y band pan fydd meini prawf hanfodol yn methu",
        /// In the tally, after the counts: "; 3 only in the first version".
        OnlyInFirst: "; {n} only in the first version" => "; {n} yn y fersiwn gyntaf yn unig",
        OnlyInSecond: "; {n} only in the second version" => "; {n} yn yr ail fersiwn yn unig",
        CapClearedList: "No longer holding the band down (critical, now scored above 1): {list}."
            => "Nid ydynt bellach yn dal y band i lawr (hanfodol, bellach wedi sgorio'n uwch nag 1): {list}.",
        CapFellList: "Now holding the band down (critical, now scored 1 or less): {list}."
            => "Bellach yn dal y band i lawr (hanfodol, bellach wedi sgorio 1 neu lai): {list}.",
        SameText: "Both assessments score the same text." => "Mae'r ddau asesiad yn sgorio'r un testun.",
        ClauseAdded: "Clause {clause} added" => "Ychwanegwyd cymal {clause}",
        ClauseRemoved: "Clause {clause} removed" => "Tynnwyd cymal {clause}",
        ClauseRewordedAs: "Clause {clause} reworded as {after}" => "Aileiriwyd cymal {clause} fel {after}",
        ClauseReworded: "Clause {clause} reworded" => "Aileiriwyd cymal {clause}",
        AClauseChanged: "A clause changed" => "Newidiodd cymal",
        New: "New: {title}." => "Newydd: {title}.",
        Removed: "Removed: {title}." => "Wedi'i dynnu: {title}.",
        Reworded: "Reworded: {title}." => "Wedi'i aileirio: {title}.",
        Reweighted: "Reweighted: {title} ({changes})." => "Pwysoliad newydd: {title} ({changes}).",
        WeightChange: "weight {before} \u{2192} {after}" => "pwysoliad {before} \u{2192} {after}",
        SectionWeightChange: "section weight {before} \u{2192} {after}" => "pwysoliad yr adran {before} \u{2192} {after}",
        NowCritical: "now critical" => "bellach yn hanfodol",
        NoLongerCritical: "no longer critical" => "ddim yn hanfodol mwyach",
        Moved: "Moved: {title} from \u{201c}{from}\u{201d} to \u{201c}{to}\u{201d}." => "Wedi'i symud: {title} o \u{201c}{from}\u{201d} i \u{201c}{to}\u{201d}.",
        SourcesUpdated: "Sources updated: {title}." => "Ffynonellau wedi'u diweddaru: {title}.",
        TermsUpdated: "Search terms updated: {title}." => "Termau chwilio wedi'u diweddaru: {title}.",
        ScaleChanged: "The scale's labels or descriptors changed." => "Newidiodd labeli neu ddisgrifyddion y raddfa.",
        BandsChanged: "The band thresholds changed." => "Newidiodd trothwyon y bandiau.",
        TimescaleChanged: "The timescale rules changed." => "Newidiodd rheolau'r amserlen.",
        TimescaleCriteriaChanged: "Timescale findings are shown beside the criteria they are about, where the dates contradict an answer."
            => "Dangosir canfyddiadau am yr amserlen wrth ymyl y meini prawf y maent yn ymwneud â nhw, lle mae'r dyddiadau'n gwrth-ddweud ateb.",
        CapsChanged: "How failed critical criteria cap the band changed." => "Newidiodd y ffordd y mae meini prawf hanfodol a fethodd yn cyfyngu'r band.",
        OnlyTitles: "No criterion changed; only titles of the framework or its sections differ."
            => "Ni newidiodd yr un maen prawf; dim ond teitlau'r fframwaith neu ei adrannau sy'n wahanol.",
    }
}

crate::plurals! {
    pub enum ComparisonCounted in "comparison_report_counted" {
        /// {n} criteria better; the other slots are counts of criteria too; {only} is what only one
        /// version has (or nothing) and {cited} the sentence on cited clauses.
        Tally: ["{n} criterion better, {worse} worse, {same} the same, {changed} changed in another way{only}. Evidence: {added} added, {dropped} dropped. {cited}",
                "{n} criteria better, {worse} worse, {same} the same, {changed} changed in another way{only}. Evidence: {added} added, {dropped} dropped. {cited}"]
            => ["{n} maen prawf yn well, {worse} yn waeth, {same} yr un fath, {changed} wedi newid mewn ffordd arall{only}. Tystiolaeth: ychwanegwyd {added}, hepgorwyd {dropped}. {cited}",
                "{n} maen prawf yn well, {worse} yn waeth, {same} yr un fath, {changed} wedi newid mewn ffordd arall{only}. Tystiolaeth: ychwanegwyd {added}, hepgorwyd {dropped}. {cited}",
                "{n} faen prawf yn well, {worse} yn waeth, {same} yr un fath, {changed} wedi newid mewn ffordd arall{only}. Tystiolaeth: ychwanegwyd {added}, hepgorwyd {dropped}. {cited}",
                "{n} maen prawf yn well, {worse} yn waeth, {same} yr un fath, {changed} wedi newid mewn ffordd arall{only}. Tystiolaeth: ychwanegwyd {added}, hepgorwyd {dropped}. {cited}",
                "{n} maen prawf yn well, {worse} yn waeth, {same} yr un fath, {changed} wedi newid mewn ffordd arall{only}. Tystiolaeth: ychwanegwyd {added}, hepgorwyd {dropped}. {cited}",
                "{n} maen prawf yn well, {worse} yn waeth, {same} yr un fath, {changed} wedi newid mewn ffordd arall{only}. Tystiolaeth: ychwanegwyd {added}, hepgorwyd {dropped}. {cited}"],
        CiteChanged: ["{n} criterion cites clauses that changed.", "{n} criteria cite clauses that changed."]
            => ["Mae {n} maen prawf yn dyfynnu cymalau a newidiodd.", "Mae {n} maen prawf yn dyfynnu cymalau a newidiodd.",
                "Mae {n} faen prawf yn dyfynnu cymalau a newidiodd.", "Mae {n} maen prawf yn dyfynnu cymalau a newidiodd.",
                "Mae {n} maen prawf yn dyfynnu cymalau a newidiodd.", "Mae {n} maen prawf yn dyfynnu cymalau a newidiodd."],
        /// {n} clauses added; {removed} and {reworded} are clauses too; {unchanged} says how many
        /// are unchanged.
        TextLead: ["From the first text to the second: {n} clause added, {removed} removed, {reworded} reworded; {unchanged}.",
                   "From the first text to the second: {n} clauses added, {removed} removed, {reworded} reworded; {unchanged}."]
            => ["O'r testun cyntaf i'r ail: ychwanegwyd {n} cymal, tynnwyd {removed}, aileiriwyd {reworded}; {unchanged}.",
                "O'r testun cyntaf i'r ail: ychwanegwyd {n} cymal, tynnwyd {removed}, aileiriwyd {reworded}; {unchanged}.",
                "O'r testun cyntaf i'r ail: ychwanegwyd {n} gymal, tynnwyd {removed}, aileiriwyd {reworded}; {unchanged}.",
                "O'r testun cyntaf i'r ail: ychwanegwyd {n} cymal, tynnwyd {removed}, aileiriwyd {reworded}; {unchanged}.",
                "O'r testun cyntaf i'r ail: ychwanegwyd {n} cymal, tynnwyd {removed}, aileiriwyd {reworded}; {unchanged}.",
                "O'r testun cyntaf i'r ail: ychwanegwyd {n} cymal, tynnwyd {removed}, aileiriwyd {reworded}; {unchanged}."],
        Unchanged: ["{n} clause unchanged", "{n} clauses unchanged"]
            => ["{n} cymal heb newid", "{n} cymal heb newid", "{n} gymal heb newid", "{n} cymal heb newid", "{n} cymal heb newid", "{n} cymal heb newid"],
        /// After the unchanged clauses: how many of them moved to another number.
        UnchangedRenumbered: ["{n} clause unchanged ({renumbered} of them under another number)",
                              "{n} clauses unchanged ({renumbered} of them under another number)"]
            => ["{n} cymal heb newid ({renumbered} ohonynt o dan rif arall)", "{n} cymal heb newid ({renumbered} ohonynt o dan rif arall)",
                "{n} gymal heb newid ({renumbered} ohonynt o dan rif arall)", "{n} cymal heb newid ({renumbered} ohonynt o dan rif arall)",
                "{n} cymal heb newid ({renumbered} ohonynt o dan rif arall)", "{n} cymal heb newid ({renumbered} ohonynt o dan rif arall)"],
        /// Sources or search terms changed for {n} criteria (more than one).
        SourcesUpdatedFor: ["Sources updated for {n} criterion.", "Sources updated for {n} criteria."]
            => ["Ffynonellau wedi'u diweddaru ar gyfer {n} maen prawf.", "Ffynonellau wedi'u diweddaru ar gyfer {n} maen prawf.",
                "Ffynonellau wedi'u diweddaru ar gyfer {n} faen prawf.", "Ffynonellau wedi'u diweddaru ar gyfer {n} maen prawf.",
                "Ffynonellau wedi'u diweddaru ar gyfer {n} maen prawf.", "Ffynonellau wedi'u diweddaru ar gyfer {n} maen prawf."],
        TermsUpdatedFor: ["Search terms updated for {n} criterion.", "Search terms updated for {n} criteria."]
            => ["Termau chwilio wedi'u diweddaru ar gyfer {n} maen prawf.", "Termau chwilio wedi'u diweddaru ar gyfer {n} maen prawf.",
                "Termau chwilio wedi'u diweddaru ar gyfer {n} faen prawf.", "Termau chwilio wedi'u diweddaru ar gyfer {n} maen prawf.",
                "Termau chwilio wedi'u diweddaru ar gyfer {n} maen prawf.", "Termau chwilio wedi'u diweddaru ar gyfer {n} maen prawf."],
    }
}
