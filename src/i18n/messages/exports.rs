//! The results page's export panel: the assessment file, the spreadsheet, the reports, printing.

crate::messages! {
    pub enum Exports in "exports" {
        /// `{detail}` names the browser part that failed (technical).
        SaveFailed: "The file could not be saved ({detail}). Try again, or use another browser."
            => "Nid oedd modd cadw'r ffeil ({detail}). Rhowch gynnig arall arni, neu defnyddiwch borwr arall.",
        /// `{detail}` is the JSON reader's.
        ReportFailed: "The report could not be written ({detail})." => "Nid oedd modd ysgrifennu'r adroddiad ({detail}).",
        Heading: "Export and share" => "Allforio a rhannu",
        AssessmentFile: "Download the assessment file" => "Lawrlwytho ffeil yr asesiad",
        Spreadsheet: "Download a spreadsheet (CSV)" => "Lawrlwytho taenlen (CSV)",
        Markdown: "Download the report (Markdown)" => "Lawrlwytho'r adroddiad (Markdown)",
        Word: "Download the report (Word)" => "Lawrlwytho'r adroddiad (Word)",
        Print: "Print the report" => "Argraffu'r adroddiad",
        FileCarriesFramework: "The assessment file (.speclens.json) carries its framework, so it opens in any copy of Spec Lens."
            => "Mae ffeil yr asesiad (.speclens.json) yn cynnwys ei fframwaith, felly mae'n agor mewn unrhyw gopi o Spec Lens.",
        ShareLink: "Share link" => "Dolen rannu",
    }
}
