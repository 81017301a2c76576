//! The new assessment form: the specification's details, key dates and text, the framework and the
//! assessor.

crate::messages! {
    pub enum NewAssessment in "new_assessment" {
        Breadcrumb: "Assessments" => "Asesiadau",
        Heading: "New assessment" => "Asesiad newydd",
        EnterTitle: "Enter the specification's title." => "Rhowch deitl y fanyleb.",
        /// A framework on offer, e.g. "Needs assessment quality (version 1.1)".
        FrameworkOption: "{title} (version {version})" => "{title} (fersiwn {version})",
        TheSpecification: "The specification" => "Y fanyleb",
        Title: "Title (required)" => "Teitl (gofynnol)",
        Commissioner: "Commissioner" => "Comisiynydd",
        ServiceCategory: "Service category" => "Categori'r gwasanaeth",
        Area: "Area" => "Ardal",
        Version: "Version" => "Fersiwn",
        KeyDates: "Key dates" => "Dyddiadau allweddol",
        KeyDatesHint: "Leave a date empty if you do not know it. Timescale findings use these dates."
            => "Gadewch ddyddiad yn wag os nad ydych yn ei wybod. Mae'r canfyddiadau am yr amserlen yn defnyddio'r dyddiadau hyn.",
        NeedsAssessmentCompleted: "Needs assessment completed" => "Asesiad o anghenion wedi'i gwblhau",
        ConsultationOpens: "Consultation opens" => "Yr ymgynghoriad yn agor",
        ConsultationCloses: "Consultation closes" => "Yr ymgynghoriad yn cau",
        SpecificationPublished: "Specification published" => "Y fanyleb wedi'i chyhoeddi",
        TenderLaunch: "Tender launch" => "Lansio'r tendr",
        ServiceStart: "Service start" => "Y gwasanaeth yn dechrau",
        SpecificationText: "The specification's text" => "Testun y fanyleb",
        ChooseAnotherFile: "Choose another file" => "Dewis ffeil arall",
        PasteInstead: "Paste text instead" => "Gludo testun yn lle hynny",
        OrPaste: "Or paste the text" => "Neu gludwch y testun",
        PasteHint: "A blank line or a numbered or bulleted line starts a new clause. Numbers typed in the text (4.2.1, a), (iv)) are kept as the clauses' labels; running headers, footers and page numbers are left out."
            => "Mae llinell wag, neu linell â rhif neu fwled, yn dechrau cymal newydd. Caiff rhifau a deipiwyd yn y testun (4.2.1, a), (iv)) eu cadw fel labeli'r cymalau; caiff penynnau, troedynnau a rhifau tudalennau eu gadael allan.",
        Scoring: "Scoring" => "Sgorio",
        Framework: "Framework" => "Fframwaith",
        Assessor: "Assessor" => "Aseswr",
        AssessorHint: "Your name or role. You may leave it blank." => "Eich enw neu'ch rôl. Gallwch ei adael yn wag.",
        Create: "Create assessment" => "Creu asesiad",
    }
}
