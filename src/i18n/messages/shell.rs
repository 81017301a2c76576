//! The frame of every page: skip link, navigation, language toggle, footer, page titles, and the
//! pages for an address with nothing at it.

crate::messages! {
    pub enum Shell in "shell" {
        /// The product's name, the same in both languages.
        Brand: "Spec Lens" => "Spec Lens",
        DocumentTitle: "{page} | Spec Lens" => "{page} | Spec Lens",
        SkipToContent: "Skip to content" => "Neidio i'r cynnwys",
        MainNavigation: "Main" => "Prif ddewislen",
        NavAssessments: "Assessments" => "Asesiadau",
        NavFrameworks: "Frameworks" => "Fframweithiau",
        NavWorkshop: "Workshop" => "Gweithdy",
        NavAbout: "About" => "Ynghylch",
        LanguageNavigation: "Language" => "Iaith",
        Footer: "Spec Lens runs entirely in your browser. Nothing you type or load leaves this computer."
            => "Mae Spec Lens yn rhedeg yn gyfan gwbl yn eich porwr. Nid oes dim byd rydych yn ei deipio neu'n ei lwytho yn gadael y cyfrifiadur hwn.",
        PageNotFound: "Page not found" => "Heb ddod o hyd i'r dudalen",
        NoPageAtAddress: "There is no page at the address {address}." => "Nid oes tudalen yn y cyfeiriad {address}.",
        GoToAssessments: "Go to your assessments" => "Ewch i'ch asesiadau",
        AssessmentNotFound: "Assessment not found" => "Heb ddod o hyd i'r asesiad",
        NoAssessmentAtAddress: "This browser has no assessment with that address. It may have been deleted."
            => "Nid oes gan y porwr hwn asesiad yn y cyfeiriad hwnnw. Efallai ei fod wedi'i ddileu.",
    }
}

crate::messages! {
    /// The document title of each page (the app adds " | Spec Lens").
    pub enum PageTitle in "page_title" {
        Library: "Assessments" => "Asesiadau",
        NewAssessment: "New assessment" => "Asesiad newydd",
        Assessment: "Score a specification" => "Sgorio manyleb",
        Results: "Results" => "Canlyniadau",
        Compare: "Compare assessments" => "Cymharu asesiadau",
        Workshop: "Workshop" => "Gweithdy",
        Projector: "Workshop projector" => "Taflunydd y gweithdy",
        Presenter: "Workshop presenter view" => "Golwg cyflwynydd y gweithdy",
        Frameworks: "Frameworks" => "Fframweithiau",
        FrameworkEditor: "Framework editor" => "Golygydd fframweithiau",
        About: "About" => "Ynghylch",
        Share: "Shared assessment" => "Asesiad a rannwyd",
        NotFound: "Page not found" => "Heb ddod o hyd i'r dudalen",
    }
}
