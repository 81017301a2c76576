//! The list of assessments (the start page): the table, its row actions, comparing two, and the
//! examples to try.

crate::messages! {
    pub enum Library in "library" {
        /// The title a duplicated assessment is given (saved with it, in the language of the page).
        CopyOf: "Copy of {title}" => "Copi o {title}",
        Heading: "Assessments" => "Asesiadau",
        NewAssessment: "New assessment" => "Asesiad newydd",
        Empty: "You have no assessments yet. Start a new assessment by pasting a service specification, or try one of the examples below to see how scoring works."
            => "Nid oes gennych unrhyw asesiadau eto. Dechreuwch asesiad newydd drwy ludo manyleb gwasanaeth, neu rhowch gynnig ar un o'r enghreifftiau isod i weld sut mae'r sgorio'n gweithio.",
        CompareTicked: "Compare the two ticked" => "Cymharu'r ddau sydd wedi'u ticio",
        NoneTicked: "Tick two assessments in the Compare column to compare them: none is ticked."
            => "Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: nid oes yr un wedi'i dicio.",
        Caption: "Your assessments" => "Eich asesiadau",
        ColumnCompare: "Compare" => "Cymharu",
        ColumnSpecification: "Specification" => "Manyleb",
        ColumnFramework: "Framework" => "Fframwaith",
        ColumnAssessor: "Assessor" => "Aseswr",
        ColumnLastChange: "Last change (your time)" => "Newid diwethaf (amser lleol)",
        ColumnStatus: "Status" => "Statws",
        ColumnBand: "Band" => "Band",
        ColumnActions: "Actions" => "Camau gweithredu",
        UnknownFramework: "Unknown framework" => "Fframwaith anhysbys",
        Provisional: "{band} (provisional)" => "{band} (dros dro)",
        NotScoredYet: "Not scored yet" => "Heb ei sgorio eto",
        Results: "Results" => "Canlyniadau",
        ResultsOf: "Results of {title}" => "Canlyniadau {title}",
        Duplicate: "Duplicate" => "Dyblygu",
        DuplicateNamed: "Duplicate {title}" => "Dyblygu {title}",
        Rename: "Rename" => "Ailenwi",
        RenameNamed: "Rename {title}" => "Ailenwi {title}",
        Delete: "Delete" => "Dileu",
        DeleteNamed: "Delete {title}" => "Dileu {title}",
        EnterTitle: "Enter a title." => "Rhowch deitl.",
        NewTitleFor: "New title for {title}" => "Teitl newydd ar gyfer {title}",
        SaveTitle: "Save title" => "Cadw'r teitl",
        Cancel: "Cancel" => "Canslo",
        /// The Compare tick's name: the version and last change tell two versions apart.
        CompareLabel: "Compare {title}, last changed {changed}" => "Cymharu {title}, newidiwyd ddiwethaf {changed}",
        CompareLabelVersion: "Compare {title}, version {version}, last changed {changed}"
            => "Cymharu {title}, fersiwn {version}, newidiwyd ddiwethaf {changed}",
        UntitledSpecification: "Untitled specification" => "Manyleb heb deitl",
        TryAnExample: "Try an example" => "Rhowch gynnig ar enghraifft",
        WorkedExampleIntro: "See a finished assessment first: the Accommodation specification scored against the built-in framework, with a reason and evidence for every criterion."
            => "Gwelwch asesiad gorffenedig yn gyntaf: y fanyleb Llety (Accommodation) wedi'i sgorio yn erbyn y fframwaith adeiledig, gyda rheswm a thystiolaeth ar gyfer pob maen prawf.",
        OpenWorkedExample: "Open the worked example" => "Agor yr enghraifft wedi'i chwblhau",
        ExamplesIntro: "Or score one of these seven yourself. They are not the tender documents: each is built from what HM Prison and Probation Service's referral system records about one type of commissioned rehabilitative service (its outcomes, complexity levels and eligibility), so each is as thin as that data."
            => "Neu sgoriwch un o'r saith hyn eich hun. Nid dogfennau'r tendr ydyn nhw: mae pob un wedi'i llunio o'r hyn y mae system atgyfeirio Gwasanaeth Carchardai a Phrawf EF yn ei gofnodi am un math o wasanaeth adsefydlu a gomisiynwyd (ei ganlyniadau, ei lefelau cymhlethdod a'i feini prawf cymhwysedd), felly mae pob un mor denau â'r data hwnnw.",
        ScoreExample: "Score this example" => "Sgorio'r enghraifft hon",
        ScoreExampleNamed: "Score this example: {name}" => "Sgorio'r enghraifft hon: {name}",
        /// The examples' copyright notice, as `domain::builtin::CRS_ATTRIBUTION` (the data keeps the English).
        CrsAttribution: "Built from Commissioned Rehabilitative Services seed data in the repository ministryofjustice/hmpps-interventions-onboarding, Crown Copyright (Ministry of Justice), MIT licence."
            => "Wedi'i adeiladu o ddata cychwynnol y Gwasanaethau Adsefydlu a Gomisiynir yn y storfa ministryofjustice/hmpps-interventions-onboarding, Hawlfraint y Goron (y Weinyddiaeth Gyfiawnder), trwydded MIT.",
    }
}

crate::plurals! {
    pub enum LibraryCount in "library_count" {
        /// Said when Compare is pressed with one or three or more ticked (none has its own message).
        WrongTicked: ["Tick two assessments in the Compare column to compare them: one is ticked.", "Tick two assessments in the Compare column to compare them: {n} are ticked."]
            => ["Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: nid oes yr un wedi'i dicio.",
                "Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: mae un wedi'i dicio.",
                "Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: mae {n} wedi'u ticio.",
                "Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: mae {n} wedi'u ticio.",
                "Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: mae {n} wedi'u ticio.",
                "Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: mae {n} wedi'u ticio."],
    }
}
