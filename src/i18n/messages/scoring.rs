//! The scoring page: one criterion at a time or all as a list, its answers, rationale, evidence and
//! keyboard shortcuts. Level names, the framework's Not applicable and Insufficient evidence labels,
//! and criterion wording come from the framework itself.

crate::messages! {
    pub enum Scoring in "scoring" {
        /// Why an edit was refused (`domain::EditError`).
        EditFinal: "This assessment is final. Reopen it to make changes." => "Mae'r asesiad hwn yn derfynol. Ailagorwch ef i wneud newidiadau.",
        EditUnknownCriterion: "The framework has no criterion \"{id}\"." => "Nid oes gan y fframwaith faen prawf \"{id}\".",
        EditLevelOutOfRange: "Level {level} is not on the scale; choose 0 to {max}." => "Nid yw lefel {level} ar y raddfa; dewiswch o 0 i {max}.",
        EditReasonRequired: "Say why the criterion does not apply before marking it Not applicable."
            => "Dywedwch pam nad yw'r maen prawf yn berthnasol cyn ei farcio'n Amherthnasol.",
        EditNotAnswered: "Choose an answer first, then give its reason and evidence." => "Dewiswch ateb yn gyntaf, yna rhowch ei reswm a'i dystiolaeth.",
        FrameworkMissing: "This assessment was scored under the framework \"{framework}\" (version {version}), which this browser does not have. Import that framework to score it."
            => "Cafodd yr asesiad hwn ei sgorio o dan y fframwaith \"{framework}\" (fersiwn {version}), nad yw ar gael yn y porwr hwn. Mewnforiwch y fframwaith hwnnw i'w sgorio.",
        ResultsLink: "Results" => "Canlyniadau",
        ShowCriteria: "Show criteria" => "Dangos y meini prawf",
        OneAtATime: "One at a time" => "Un ar y tro",
        AsAList: "As a list" => "Fel rhestr",
        ShowSpecification: "Show the specification" => "Dangos y fanyleb",
        Progress: "Answered {done} of {total} applicable criteria" => "Wedi ateb {done} o {total} maen prawf perthnasol",
        Overall: "Overall {percent}: {band}" => "Sgôr gyffredinol {percent}: {band}",
        OverallProvisional: "Overall {percent}: {band} (provisional)" => "Sgôr gyffredinol {percent}: {band} (dros dro)",
        NoScoreYet: "No score yet" => "Dim sgôr eto",
        Reopen: "Reopen for editing" => "Ailagor i'w olygu",
        MarkFinal: "Mark as final" => "Marcio'n derfynol",
        IsFinal: "This assessment is final." => "Mae'r asesiad hwn yn derfynol.",
        IsLocked: "It is locked against changes. Choose Reopen for editing to change it."
            => "Mae wedi'i gloi rhag newidiadau. Dewiswch Ailagor i'w olygu er mwyn ei newid.",
        CriteriaNav: "Criteria" => "Meini prawf",
        /// Beside a criterion in the list: answered Not applicable.
        NotApplicableShort: "N/A" => "D/B",
        /// Beside a criterion in the list: answered Insufficient evidence.
        InsufficientShort: "IE" => "TA",
        NarrowScreen: "Show on this narrow screen" => "Dangos ar y sgrin gul hon",
        Criterion: "Criterion" => "Maen prawf",
        Specification: "Specification" => "Manyleb",
        Position: "Criterion {number} of {total} · {section}" => "Maen prawf {number} o {total} · {section}",
        Critical: "Critical" => "Hanfodol",
        Guidance: "Guidance" => "Canllawiau",
        WhatMeetsIt: "What meets it" => "Beth sy'n ei fodloni",
        WhatFallsShort: "What falls short" => "Beth sy'n methu'r safon",
        Previous: "Previous" => "Blaenorol",
        Next: "Next" => "Nesaf",
        NextUnanswered: "Next unanswered" => "Nesaf heb ei ateb",
        Answer: "Answer" => "Ateb",
        NotApplicableDescriptor: "It does not apply to this service. Say why."
            => "Nid yw'n berthnasol i'r gwasanaeth hwn. Dywedwch pam.",
        DatesContradict: "The key dates contradict this answer." => "Mae'r dyddiadau allweddol yn gwrth-ddweud yr ateb hwn.",
        DatesCheck: "Check the answer or the dates: Spec Lens does not change your answer."
            => "Gwiriwch yr ateb neu'r dyddiadau: nid yw Spec Lens yn newid eich ateb.",
        WhyNotApplicable: "Why does this criterion not apply? (required)"
            => "Pam nad yw'r maen prawf hwn yn berthnasol? (gofynnol)",
        WhyNotApplicableHint: "Not applicable is saved once you give a reason."
            => "Caiff yr ateb ‘ddim yn berthnasol’ ei gadw pan fyddwch yn rhoi rheswm.",
        Rationale: "Rationale" => "Rhesymeg",
        RationaleHint: "Why you chose this answer, in a sentence or two." => "Pam y dewisoch yr ateb hwn, mewn brawddeg neu ddwy.",
        RationaleFirst: "Choose an answer first, then say why." => "Dewiswch ateb yn gyntaf, yna dywedwch pam.",
        Evidence: "Evidence" => "Tystiolaeth",
        NoEvidence: "No evidence yet." => "Dim tystiolaeth eto.",
        /// Evidence typed without a clause, where a clause's citation would be.
        Typed: "Typed" => "Wedi'i theipio",
        /// Cited evidence: "Clause 4.2 (p. 3)".
        Clause: "Clause {citation}" => "Cymal {citation}",
        Remove: "Remove" => "Tynnu",
        RemoveEvidence: "Remove evidence {number}" => "Tynnu tystiolaeth {number}",
        QuoteClause: "Quote a clause of the specification" => "Dyfynnu cymal o'r fanyleb",
        ChooseClause: "Choose a clause" => "Dewiswch gymal",
        AddClause: "Add clause" => "Ychwanegu cymal",
        OrTypeEvidence: "Or type evidence" => "Neu teipiwch dystiolaeth",
        AddTypedEvidence: "Add typed evidence" => "Ychwanegu tystiolaeth wedi'i theipio",
        AnswerFor: "Answer for {criterion}" => "Ateb ar gyfer {criterion}",
        NotAnswered: "Not answered" => "Heb ei ateb",
        NotApplicableChoice: "Not applicable…" => "Ddim yn berthnasol…",
        InsufficientEvidence: "Insufficient evidence" => "Tystiolaeth annigonol",
        EveryCriterion: "Every criterion and its answer" => "Pob maen prawf a'i ateb",
        Section: "Section" => "Adran",
    }
}

crate::messages! {
    /// The keyboard help beside the criterion. Key names (0, 4, N, I, J, K, U, Esc) stay as printed
    /// on the keys.
    pub enum Shortcuts in "scoring_shortcuts" {
        Heading: "Keyboard shortcuts" => "Llwybrau byr y bysellfwrdd",
        When: "They work whenever you are not typing in a text box."
            => "Maen nhw'n gweithio bob tro nad ydych yn teipio mewn blwch testun.",
        /// Two keys and the ones between them: "0 to 4".
        Range: "{from} to {to}" => "{from} i {to}",
        /// Either of two keys: "→ or J".
        Either: "{key} or {other}" => "{key} neu {other}",
        ChooseLevel: "Choose a level" => "Dewis lefel",
        NotApplicable: "Not applicable (then type the reason)" => "Ddim yn berthnasol (yna teipiwch y rheswm)",
        Insufficient: "Insufficient evidence" => "Tystiolaeth annigonol",
        NextCriterion: "Next criterion" => "Y maen prawf nesaf",
        PreviousCriterion: "Previous criterion" => "Y maen prawf blaenorol",
        NextUnanswered: "Next unanswered criterion" => "Y maen prawf nesaf heb ei ateb",
        LeaveTextBox: "Leave a text box, so the shortcuts work again"
            => "Gadael blwch testun, fel bod y llwybrau byr yn gweithio eto",
    }
}
