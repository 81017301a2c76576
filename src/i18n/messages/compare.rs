//! Two assessments compared side by side. (The comparison's own sentences, bands and movements are
//! worded in `format::comparison::wording`.)

crate::messages! {
    pub enum Compare in "compare" {
        NeitherHere: "Neither of the two assessments this address compares is in this browser: they may have been deleted, or the address was made in another browser."
            => "Nid yw'r naill na'r llall o'r ddau asesiad y mae'r cyfeiriad hwn yn eu cymharu yn y porwr hwn: efallai eu bod wedi'u dileu, neu fod y cyfeiriad wedi'i wneud mewn porwr arall.",
        FirstNotHere: "The first of the two assessments this address compares is not in this browser: it may have been deleted, or the address was made in another browser."
            => "Nid yw'r cyntaf o'r ddau asesiad y mae'r cyfeiriad hwn yn eu cymharu yn y porwr hwn: efallai ei fod wedi'i ddileu, neu fod y cyfeiriad wedi'i wneud mewn porwr arall.",
        SecondNotHere: "The second of the two assessments this address compares is not in this browser: it may have been deleted, or the address was made in another browser."
            => "Nid yw'r ail o'r ddau asesiad y mae'r cyfeiriad hwn yn eu cymharu yn y porwr hwn: efallai ei fod wedi'i ddileu, neu fod y cyfeiriad wedi'i wneud mewn porwr arall.",
        NoFramework: "\u{201c}{title}\u{201d} was scored under a framework that is not in this browser, so it cannot be compared. Import the assessment's file again: it carries its framework."
            => "Sgoriwyd \u{201c}{title}\u{201d} o dan fframwaith nad yw yn y porwr hwn, felly ni ellir ei gymharu. Mewngludwch ffeil yr asesiad eto: mae'n cynnwys ei fframwaith.",
        SameAssessment: "This address compares \u{201c}{title}\u{201d} with itself. Choose two different assessments to compare."
            => "Mae'r cyfeiriad hwn yn cymharu \u{201c}{title}\u{201d} ag ef ei hun. Dewiswch ddau asesiad gwahanol i'w cymharu.",
        NoCriterionInCommon: "\u{201c}{one}\u{201d} and \u{201c}{two}\u{201d} were scored under frameworks with no criterion in common, so there is nothing to compare criterion by criterion. Choose two assessments scored under the same framework, or two versions of it."
            => "Sgoriwyd \u{201c}{one}\u{201d} a \u{201c}{two}\u{201d} o dan fframweithiau heb unrhyw faen prawf yn gyffredin, felly nid oes dim i'w gymharu fesul maen prawf. Dewiswch ddau asesiad a sgoriwyd o dan yr un fframwaith, neu ddwy fersiwn ohono.",
        Assessments: "Assessments" => "Asesiadau",
        NothingToCompare: "Nothing to compare" => "Dim byd i'w gymharu",
        /// `{link}` is a link worded by GoToAssessments.
        TickTwo: "{link} and tick two to compare." => "{link} a thiciwch ddau i'w cymharu.",
        GoToAssessments: "Go to your assessments" => "Ewch i'ch asesiadau",
        Swap: "Swap the two" => "Cyfnewid y ddau",
        /// A link's visible text; ResultsOf is its accessible name.
        Results: "Results" => "Canlyniadau",
        ResultsOf: "Results of {name}" => "Canlyniadau {name}",
        ChangesNothing: "Comparing changes nothing: both assessments stay as they are."
            => "Nid yw cymharu'n newid dim: mae'r ddau asesiad yn aros fel y maent.",
        NoBandYet: "No band yet" => "Dim band eto",
        OverallNotCompared: "Overall not compared:" => "Heb gymharu'r sgôr gyffredinol:",
        Summary: "Summary" => "Crynodeb",
        SummaryCaption: "The overall results side by side" => "Y canlyniadau cyffredinol ochr yn ochr",
        Change: "Change" => "Newid",
        OverallScore: "Overall score" => "Sgôr gyffredinol",
        Band: "Band" => "Band",
        CriteriaAnswered: "Criteria answered" => "Meini prawf a atebwyd",
        Coverage: "{answered} of {applicable}" => "{answered} o {applicable}",
        BySection: "By section" => "Fesul adran",
        Criteria: "Criteria" => "Meini prawf",
        Order: "Order" => "Trefn",
        LargestChangeFirst: "Largest change first" => "Y newid mwyaf yn gyntaf",
        FrameworkOrder: "Framework order" => "Trefn y fframwaith",
        OnlyChanged: "Show only criteria that changed" => "Dangos dim ond y meini prawf a newidiodd",
        ShowingChanged: "Showing the {shown} criteria with a change, of {total}."
            => "Yn dangos y {shown} maen prawf sydd wedi newid, o {total}.",
        ShowingAll: "Showing all {total} criteria." => "Yn dangos pob un o'r {total} maen prawf.",
        CaptionLargestChange: "Each criterion's answer in both, largest change first"
            => "Ateb pob maen prawf yn y ddau, y newid mwyaf yn gyntaf",
        CaptionFrameworkOrder: "Each criterion's answer in both, in framework order"
            => "Ateb pob maen prawf yn y ddau, yn nhrefn y fframwaith",
        Criterion: "Criterion" => "Maen prawf",
        WhichWay: "Which way" => "Pa ffordd",
        AlsoChanged: "Also changed" => "Hefyd wedi newid",
        Critical: "Critical" => "Hanfodol",
        /// Evidence added or dropped: `{label}` says which, `{citation}` where it is.
        Evidence: "{label}: {citation}: \u{201c}{quote}\u{201d}" => "{label}: {citation}: \u{201c}{quote}\u{201d}",
        /// `{link}` is the changed clause's title, a link to the change.
        CitedClauseChanged: "Cited clause changed: {link}" => "Cymal a ddyfynnwyd wedi newid: {link}",
        FrameworkLead: "{first} was scored under \u{201c}{first_framework}\u{201d} version {first_version}, and {second} under \u{201c}{second_framework}\u{201d} version {second_version}. Criteria are matched by their ids."
            => "Sgoriwyd {first} o dan \u{201c}{first_framework}\u{201d} fersiwn {first_version}, a {second} o dan \u{201c}{second_framework}\u{201d} fersiwn {second_version}. Caiff meini prawf eu paru yn ôl eu dynodyddion.",
        /// `{struck}` and `{underlined}` show the two styles (StruckThrough, Underlined).
        TextKey: "Removed words are {struck}, added words are {underlined}; a screen reader announces each as removed or added."
            => "Mae geiriau a dynnwyd {struck}, mae geiriau a ychwanegwyd {underlined}; mae darllenydd sgrin yn cyhoeddi pob un fel un a dynnwyd neu un a ychwanegwyd.",
        StruckThrough: "struck through" => "wedi'u croesi allan",
        Underlined: "underlined" => "wedi'u tanlinellu",
        ShowAllClauses: "Show all {total} changed clauses" => "Dangos pob un o'r {total} cymal a newidiodd",
        /// Read out by screen readers only; the brackets are hidden with it, `{words}` is shown.
        Removed: "[removed: {words}]" => "[wedi'i dynnu: {words}]",
        Added: "[added: {words}]" => "[wedi'i ychwanegu: {words}]",
        CitedBy: "Cited by:" => "Dyfynnwyd gan:",
        DownloadAndPrint: "Download and print" => "Lawrlwytho ac argraffu",
        DownloadCsv: "Download the comparison (CSV)" => "Lawrlwytho'r gymhariaeth (CSV)",
        DownloadMarkdown: "Download the comparison (Markdown)" => "Lawrlwytho'r gymhariaeth (Markdown)",
        Print: "Print the comparison" => "Argraffu'r gymhariaeth",
        Bookmark: "This address can be bookmarked: it opens this comparison again in this browser."
            => "Gallwch roi nod tudalen ar y cyfeiriad hwn: mae'n agor y gymhariaeth hon eto yn y porwr hwn.",
    }
}
