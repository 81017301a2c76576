//! What the workshop, presenter and projector views share: the comparison grid, the phases, the
//! spread, the agree form, the timer and the room's keys, and the workshop record on results.

crate::messages! {
    pub enum Moderation in "moderation" {
        OrderOfCriteria: "Order of criteria" => "Trefn y meini prawf",
        FrameworkOrder: "Framework order" => "Trefn y fframwaith",
        MostDisagreementFirst: "Most disagreement first" => "Yr anghytuno mwyaf yn gyntaf",
        ScoresSideBySide: "Scores side by side" => "Sgoriau ochr yn ochr",
        ComparisonCaption: "Each person's score per criterion, with the spread"
            => "Sgôr pob person ar gyfer pob maen prawf, gyda'r gwasgariad",
        Criterion: "Criterion" => "Maen prawf",
        Phase: "Phase" => "Cam",
        Lowest: "Lowest" => "Isaf",
        Highest: "Highest" => "Uchaf",
        Range: "Range" => "Ystod",
        /// The column of the agreed answer.
        Agreed: "Agreed" => "Sgôr a gytunwyd",
        /// A score not shown while the criterion is blind.
        Hidden: "hidden" => "cudd",
        /// Some said Not applicable and others gave a level; N/A as the cells show it.
        RangeNotApplicableSplit: "{range} (N/A split)" => "{range} (anghytuno ar N/A)",
        PhaseBlind: "Blind" => "Cudd",
        PhaseRevealed: "Revealed" => "Wedi'i ddatgelu",
        PhaseAgreed: "Agreed" => "Wedi cytuno",
        /// The anonymous name of a scorer: A, B, … Z, AA, AB, …
        Assessor: "Assessor {letter}" => "Aseswr {letter}",
        Spread: "Lowest {lowest}, highest {highest}, range {range}." => "Isaf {lowest}, uchaf {highest}, ystod {range}.",
        NoLevel: "No one gave a level." => "Ni roddodd neb lefel.",
        NoScore: "No score" => "Dim sgôr",
        AssessorHeader: "Assessor" => "Aseswr",
        ScoreHeader: "Score" => "Sgôr",
        AgreedLabel: "Agreed:" => "Wedi cytuno:",
        TimeOnCriterion: "Time on this criterion" => "Amser ar y maen prawf hwn",
        TimerRunning: "running" => "yn rhedeg",
        TimerPaused: "paused" => "wedi'i oedi",
        AgreeOn: "Agree: {answer}" => "Cytuno: {answer}",
        Reason: "Reason for the agreed score (required)" => "Rheswm dros y sgôr a gytunwyd (gofynnol)",
        ReasonHint: "Ctrl+Enter records it; Esc cancels." => "Mae Ctrl+Enter yn ei chofnodi; mae Esc yn canslo.",
        RecordAgreed: "Record the agreed score" => "Cofnodi'r sgôr a gytunwyd",
        Cancel: "Cancel" => "Canslo",
        AgreeAScore: "Agree a score" => "Cytuno ar sgôr",
        /// The room's keys (the letters are the keys pressed, the same in both languages).
        RoomKeys: "Keys: ← → move · R reveal · 0–4 agree · T timer · N names · F full screen · Esc leave"
            => "Bysellau: ← → symud · R datgelu · 0–4 cytuno · T amserydd · N enwau · F sgrin lawn · Esc gadael",
        NotRevealed: "Reveal the scores before agreeing one, so everyone has seen the spread."
            => "Datgelwch y sgoriau cyn cytuno ar un, fel bod pawb wedi gweld y gwasgariad.",
        NoRationale: "Write the reason for the agreed score; the record needs it."
            => "Ysgrifennwch y rheswm dros y sgôr a gytunwyd; mae ei angen ar y cofnod.",
        AlreadyRevealed: "The scores for this criterion are already revealed, so a blind score can no longer be added."
            => "Mae'r sgoriau ar gyfer y maen prawf hwn wedi'u datgelu eisoes, felly ni ellir ychwanegu sgôr gudd mwyach.",
        NoSuchScorer: "That person is not among the scorers of this workshop."
            => "Nid yw'r person hwnnw ymhlith sgorwyr y gweithdy hwn.",
        FromFile: "Scores that came in a file are kept as they were given."
            => "Mae sgoriau a ddaeth mewn ffeil yn cael eu cadw fel y cawsant eu rhoi.",
        RecordHeading: "Agreed in a workshop" => "Cytunwyd arno mewn gweithdy",
        PerspectivesPresent: "Perspectives present:" => "Safbwyntiau a oedd yn bresennol:",
        RecordKey: "Levels 0 to 4; N/A is Not applicable, IE is Insufficient evidence, a dash is no answer."
            => "Lefelau 0 i 4; mae N/A yn golygu Ddim yn berthnasol, mae IE yn golygu Tystiolaeth annigonol, mae llinell doriad yn golygu dim ateb.",
        RecordRegion: "Agreed and individual scores" => "Sgoriau a gytunwyd a sgoriau unigol",
        RecordCaption: "Agreed score beside each person's score" => "Y sgôr a gytunwyd wrth ymyl sgôr pob person",
    }
}
