//! The framework editor (`ui/pages/framework_editor.rs`): its labels, buttons and messages. What the
//! person types is data; the validation messages come from `domain::validation`.

crate::messages! {
    pub enum Editor in "framework_editor" {
        /// The breadcrumb back to the Frameworks page.
        Frameworks: "Frameworks" => "Fframweithiau",
        Heading: "Framework editor" => "Golygydd fframweithiau",
        NothingEdited: "No framework is being edited. On the Frameworks page, choose New framework, or open a framework and choose Edit or Copy."
            => "Nid oes fframwaith yn cael ei olygu. Ar y dudalen Fframweithiau, dewiswch Fframwaith newydd, neu agorwch fframwaith a dewis Golygu neu Copïo.",
        AlreadyEditing: "You are already editing \u{201c}{title}\u{201d}. Open the framework editor (Frameworks page, Continue editing) to save or discard it first."
            => "Rydych eisoes yn golygu \u{201c}{title}\u{201d}. Agorwch y golygydd fframweithiau (tudalen Fframweithiau, Parhau i olygu) i'w gadw neu i'w waredu yn gyntaf.",
        /// `{error}` is the browser's reason.
        DraftNotKept: "The draft could not be kept ({error})." => "Nid oedd modd storio'r drafft ({error}).",
        DraftNotKeptSaveSoon: "The draft could not be kept in this browser ({error}); save soon."
            => "Nid oedd modd storio'r drafft yn y porwr hwn ({error}); cadwch y fframwaith cyn bo hir.",
        /// The title a copy starts with; the person may change it.
        CopyOf: "Copy of {title}" => "Copi o {title}",
        /// The criteria template's example row, in the reader's language (`criteria_csv::criteria_template`).
        TemplateSectionTitle: "Voice of people who use services" => "Llais pobl sy'n defnyddio gwasanaethau",
        TemplateTitle: "Lived experience shaped the specification" => "Profiad bywyd wedi llunio'r fanyleb",
        TemplateQuestion: "Does the specification show how people with lived experience of probation shaped it?"
            => "A yw'r fanyleb yn dangos sut y gwnaeth pobl â phrofiad bywyd o'r gwasanaeth prawf ei llunio?",
        TemplateGuidance: "Look for named groups, dates, and what changed as a result."
            => "Chwiliwch am grwpiau a enwir, dyddiadau, a'r hyn a newidiodd o ganlyniad.",
        TemplateMeets: "Names the groups consulted, when, and what changed because of them."
            => "Mae'n enwi'r grwpiau yr ymgynghorwyd â nhw, pryd, a'r hyn a newidiodd o'u herwydd.",
        TemplateFallsShort: "Says that people were consulted, with no detail." => "Mae'n dweud yr ymgynghorwyd â phobl, heb fanylion.",
        TemplateLevel0: "No mention of lived experience." => "Dim sôn am brofiad bywyd.",
        TemplateLevel1: "Mentions consultation, with no detail." => "Mae'n sôn am ymgynghori, heb fanylion.",
        TemplateLevel2: "Names who was consulted." => "Mae'n enwi pwy yr ymgynghorwyd â nhw.",
        TemplateLevel3: "Names who was consulted and what they said." => "Mae'n enwi pwy yr ymgynghorwyd â nhw a'r hyn a ddywedon nhw.",
        TemplateLevel4: "Shows what changed because of what people said." => "Mae'n dangos beth a newidiodd oherwydd yr hyn a ddywedodd pobl.",
        TemplateSourceTitle: "Title of the report" => "Teitl yr adroddiad",
        TemplateSourcePublisher: "Publisher" => "Cyhoeddwr",
        /// Search terms, one per line of the cell, separated here by "|".
        TemplateTerms: "lived experience|co-produc*|service user voice" => "profiad bywyd|cyd-gynhyrch*|llais defnyddwyr gwasanaeth",
        /// What a new framework starts with; the person types over them.
        NewTitle: "New framework" => "Fframwaith newydd",
        NewSectionTitle: "Section {n}" => "Adran {n}",
        NewLevelLabel: "Level {level}" => "Lefel {level}",
        NewNotApplicable: "Not applicable" => "Amherthnasol",
        NewInsufficientEvidence: "Insufficient evidence" => "Tystiolaeth annigonol",
        Lead: "Changes are kept in this browser as you type. Save adds the framework to this browser's frameworks; earlier versions stay, and assessments scored under them keep their results."
            => "Caiff newidiadau eu storio yn y porwr hwn wrth i chi deipio. Mae Cadw yn ychwanegu'r fframwaith at fframweithiau'r porwr hwn; mae fersiynau cynharach yn aros, ac mae asesiadau a sgoriwyd oddi tanynt yn cadw eu canlyniadau.",
        VersionNeeded: "Version {version} of this framework is already saved with other scoring rules, and assessments scored under it must keep them. Save your changes as a new version."
            => "Mae fersiwn {version} o'r fframwaith hwn eisoes wedi'i chadw gyda rheolau sgorio eraill, a rhaid i asesiadau a sgoriwyd oddi tani eu cadw. Cadwch eich newidiadau fel fersiwn newydd.",
        /// `{error}` is the browser's reason.
        NotSaved: "The framework could not be saved ({error})." => "Nid oedd modd cadw'r fframwaith ({error}).",
        /// Saving the rules of a built-in version with other wording (`state::catalogue::AddError::Builtin`).
        BuiltinWording: "These are the rules of a built-in framework version with other wording. Save it under a new version, or copy the framework, to keep your wording."
            => "Dyma reolau fersiwn o fframwaith adeiledig gyda geiriad gwahanol. Cadwch ef dan fersiwn newydd, neu copïwch y fframwaith, i gadw eich geiriad.",
        FileTooLarge: "The file is over 5 MB; it cannot be criteria." => "Mae'r ffeil dros 5 MB; ni all fod yn ffeil meini prawf.",
        FileUnreadable: "The file could not be read; pick it again." => "Nid oedd modd darllen y ffeil; dewiswch hi eto.",
        CsvHeading: "Criteria from a spreadsheet" => "Meini prawf o daenlen",
        CsvHint: "Fill in the template in a spreadsheet, save it as CSV (UTF-8, comma-separated) and import it: its criteria replace the criteria here. The README lists the columns."
            => "Llenwch y templed mewn taenlen, cadwch ef fel CSV (UTF-8, wedi'i wahanu â chomas) a'i fewnforio: mae ei feini prawf yn disodli'r meini prawf yma. Mae'r README yn rhestru'r colofnau.",
        DownloadTemplate: "Download the criteria template (CSV)" => "Lawrlwytho'r templed meini prawf (CSV)",
        ExportCriteria: "Export criteria (CSV)" => "Allforio'r meini prawf (CSV)",
        ImportCriteria: "Import criteria from CSV" => "Mewnforio meini prawf o CSV",
        NothingImported: "Nothing was imported. Fix these in the spreadsheet and import it again:"
            => "Ni fewnforiwyd dim. Cywirwch y rhain yn y daenlen a'i mewnforio eto:",
        SaveAsVersion: "Save as version {version}" => "Cadw fel fersiwn {version}",
        SaveFramework: "Save framework" => "Cadw'r fframwaith",
        DiscardChanges: "Discard changes" => "Gwaredu'r newidiadau",
        LevelLabel: "Level {level} label" => "Label lefel {level}",
        LevelMeans: "Level {level} means" => "Ystyr lefel {level}",
        NotApplicableLabel: "Label of Not applicable" => "Label Amherthnasol",
        InsufficientEvidenceLabel: "Label of Insufficient evidence" => "Label Tystiolaeth annigonol",
        TheFramework: "The framework" => "Y fframwaith",
        Title: "Title" => "Teitl",
        Summary: "Summary" => "Crynodeb",
        Id: "Id (assessments are matched to the framework by it)"
            => "Dynodydd (caiff asesiadau eu paru â'r fframwaith drwyddo)",
        Version: "Version" => "Fersiwn",
        Scale: "Scale" => "Graddfa",
        Bands: "Bands (lowest overall percentage of each)" => "Bandiau (canran gyffredinol isaf pob un)",
        OutstandingFrom: "Outstanding from" => "Rhagorol o",
        GoodFrom: "Good from" => "Da o",
        RequiresImprovementFrom: "Requires improvement from" => "Angen gwella o",
        TimescaleRules: "Timescale rules" => "Rheolau amserlen",
        NeedsAssessmentFirst: "The needs assessment must be completed before the specification is published"
            => "Rhaid cwblhau'r asesiad o anghenion cyn cyhoeddi'r fanyleb",
        MinConsultationWeeks: "Shortest consultation, in weeks (blank: no rule)"
            => "Ymgynghoriad byrraf, mewn wythnosau (gwag: dim rheol)",
        MinWeeksToStart: "Fewest weeks from publication to service start (blank: no rule)"
            => "Lleiafswm wythnosau rhwng cyhoeddi a dechrau'r gwasanaeth (gwag: dim rheol)",
        SectionsAndCriteria: "Sections and criteria" => "Adrannau a meini prawf",
        AddSection: "Add a section" => "Ychwanegu adran",
        SectionId: "Section id" => "Dynodydd yr adran",
        SectionTitle: "Section title" => "Teitl yr adran",
        SectionSummary: "Section summary" => "Crynodeb yr adran",
        SectionWeight: "Section weight" => "Pwysoliad yr adran",
        AddCriterion: "Add a criterion" => "Ychwanegu maen prawf",
        CriterionId: "Criterion id" => "Dynodydd y maen prawf",
        CriterionTitle: "Criterion title" => "Teitl y maen prawf",
        Question: "Question" => "Cwestiwn",
        Guidance: "Guidance" => "Canllawiau",
        WhatMeets: "What meets it" => "Beth sy'n ei fodloni",
        WhatFallsShort: "What falls short" => "Beth sy'n methu â'i fodloni",
        Weight: "Weight" => "Pwysoliad",
        Critical: "Critical (a low answer caps the band)" => "Hanfodol (mae ateb isel yn cyfyngu'r band)",
        SearchTerms: "Search terms, one per line (a * ends a word: co-produc*)"
            => "Termau chwilio, un i bob llinell (mae * yn gorffen gair: cyd-gynhyrch*)",
        LevelForCriterion: "Level {level} for this criterion (blank: the scale's)"
            => "Lefel {level} ar gyfer y maen prawf hwn (gwag: un y raddfa)",
        Source: "Source {n}" => "Ffynhonnell {n}",
        SourceTitle: "Source title" => "Teitl y ffynhonnell",
        Publisher: "Publisher" => "Cyhoeddwr",
        Year: "Year (blank if undated)" => "Blwyddyn (gwag os nad oes dyddiad)",
        WebAddress: "Web address" => "Cyfeiriad gwe",
        RemoveSource: "Remove source" => "Dileu ffynhonnell",
        AddSource: "Add a source" => "Ychwanegu ffynhonnell",
        MoveUp: "Move up" => "Symud i fyny",
        MoveDown: "Move down" => "Symud i lawr",
        Remove: "Remove" => "Dileu",
        /// The legend over the choice to word the framework in its other language too.
        SecondLanguage: "Wording in another language" => "Geiriad mewn iaith arall",
        SecondLanguageHint: "Give the framework's wording in a second language beside each field. A field left blank shows the framework's own wording. Ids, weights, bands and rules are the same in both languages, so assessments scored in either compare and merge."
            => "Rhowch eiriad y fframwaith mewn ail iaith wrth ochr pob maes. Mae maes a adewir yn wag yn dangos geiriad y fframwaith ei hun. Mae'r dynodyddion, y pwysoliadau, y bandiau a'r rheolau yr un fath yn y ddwy iaith, felly gellir cymharu a chyfuno asesiadau a sgoriwyd yn y naill neu'r llall.",
        ShowWelsh: "Show the Welsh wording beside each field" => "Dangos y geiriad Cymraeg wrth ochr pob maes",
        ShowEnglish: "Show the English wording beside each field" => "Dangos y geiriad Saesneg wrth ochr pob maes",
        /// A field's label, for its wording in the other language: `{label}` is the field's own label.
        InWelsh: "{label} in Welsh" => "{label} yn Gymraeg",
        InEnglish: "{label} in English" => "{label} yn Saesneg",
    }
}

crate::messages! {
    /// A section or criterion named in a legend or in a button's accessible name: by its title
    /// (`…Titled`), or by its place while it has none (`{n}`). Whole sentences per kind of item, as
    /// Welsh mutates the noun after some words ("at faen prawf"). A button's name starts with its
    /// visible label (`Editor::MoveUp`…), as WCAG's label in name asks ("Symud i fyny adran 2").
    pub enum Item in "framework_editor_item" {
        Section: "Section {n}" => "Adran {n}",
        SectionTitled: "Section \u{201c}{title}\u{201d}" => "Adran \u{201c}{title}\u{201d}",
        Criterion: "Criterion {n}" => "Maen prawf {n}",
        CriterionTitled: "Criterion \u{201c}{title}\u{201d}" => "Maen prawf \u{201c}{title}\u{201d}",
        MoveUpSection: "Move up section {n}" => "Symud i fyny adran {n}",
        MoveUpSectionTitled: "Move up section \u{201c}{title}\u{201d}" => "Symud i fyny adran \u{201c}{title}\u{201d}",
        MoveDownSection: "Move down section {n}" => "Symud i lawr adran {n}",
        MoveDownSectionTitled: "Move down section \u{201c}{title}\u{201d}" => "Symud i lawr adran \u{201c}{title}\u{201d}",
        RemoveSection: "Remove section {n}" => "Dileu adran {n}",
        RemoveSectionTitled: "Remove section \u{201c}{title}\u{201d}" => "Dileu adran \u{201c}{title}\u{201d}",
        MoveUpCriterion: "Move up criterion {n}" => "Symud i fyny maen prawf {n}",
        MoveUpCriterionTitled: "Move up criterion \u{201c}{title}\u{201d}" => "Symud i fyny maen prawf \u{201c}{title}\u{201d}",
        MoveDownCriterion: "Move down criterion {n}" => "Symud i lawr maen prawf {n}",
        MoveDownCriterionTitled: "Move down criterion \u{201c}{title}\u{201d}" => "Symud i lawr maen prawf \u{201c}{title}\u{201d}",
        RemoveCriterion: "Remove criterion {n}" => "Dileu maen prawf {n}",
        RemoveCriterionTitled: "Remove criterion \u{201c}{title}\u{201d}" => "Dileu maen prawf \u{201c}{title}\u{201d}",
        AddCriterionTo: "Add a criterion to section {n}" => "Ychwanegu maen prawf at adran {n}",
        AddCriterionToTitled: "Add a criterion to section \u{201c}{title}\u{201d}"
            => "Ychwanegu maen prawf at adran \u{201c}{title}\u{201d}",
        AddSourceTo: "Add a source to criterion {n}" => "Ychwanegu ffynhonnell at faen prawf {n}",
        AddSourceToTitled: "Add a source to criterion \u{201c}{title}\u{201d}"
            => "Ychwanegu ffynhonnell at faen prawf \u{201c}{title}\u{201d}",
        /// `{source}` is the source's place in the criterion's list.
        RemoveSourceOf: "Remove source {source} of criterion {n}" => "Dileu ffynhonnell {source} o faen prawf {n}",
        RemoveSourceOfTitled: "Remove source {source} of criterion \u{201c}{title}\u{201d}"
            => "Dileu ffynhonnell {source} o faen prawf \u{201c}{title}\u{201d}",
    }
}

crate::plurals! {
    pub enum EditorCounted in "framework_editor_counted" {
        /// The heading of the error summary.
        FixProblems: ["Fix {n} problem before saving", "Fix {n} problems before saving"]
            => ["Cywirwch {n} problem cyn cadw", "Cywirwch {n} problem cyn cadw", "Cywirwch {n} problem cyn cadw",
                "Cywirwch {n} problem cyn cadw", "Cywirwch {n} problem cyn cadw", "Cywirwch {n} problem cyn cadw"],
        /// `{name}` is the file's name.
        Imported: ["Imported {n} criterion from \"{name}\"; it replaces the criteria that were here.",
                "Imported {n} criteria from \"{name}\"; they replace the criteria that were here."]
            => ["Mewnforiwyd {n} maen prawf o \"{name}\"; maen nhw'n disodli'r meini prawf a oedd yma.",
                "Mewnforiwyd {n} maen prawf o \"{name}\"; mae'n disodli'r meini prawf a oedd yma.",
                "Mewnforiwyd {n} maen prawf o \"{name}\"; maen nhw'n disodli'r meini prawf a oedd yma.",
                "Mewnforiwyd {n} maen prawf o \"{name}\"; maen nhw'n disodli'r meini prawf a oedd yma.",
                "Mewnforiwyd {n} maen prawf o \"{name}\"; maen nhw'n disodli'r meini prawf a oedd yma.",
                "Mewnforiwyd {n} maen prawf o \"{name}\"; maen nhw'n disodli'r meini prawf a oedd yma."],
    }
}
