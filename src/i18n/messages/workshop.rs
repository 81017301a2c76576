//! The facilitator's workshop page: starting a workshop, who scored and who took part, the agreed
//! result and the end.

crate::messages! {
    pub enum Workshop in "workshop" {
        Heading: "Workshop" => "Gweithdy",
        Lead: "People score the same specification alone, then meet to agree one score per criterion, with the reason written down. Spec Lens runs the meeting on this computer and the room's projector."
            => "Mae pobl yn sgorio'r un fanyleb ar eu pen eu hunain, yna'n cyfarfod i gytuno ar un sgôr ar gyfer pob maen prawf, gan ysgrifennu'r rheswm. Mae Spec Lens yn rhedeg y cyfarfod ar y cyfrifiadur hwn ac ar daflunydd yr ystafell.",
        StepScore: "Each person scores the specification in their own Spec Lens and downloads the assessment file."
            => "Mae pob person yn sgorio'r fanyleb yn ei Spec Lens ei hun ac yn lawrlwytho ffeil yr asesiad.",
        StepLoad: "Load everyone's files here. Scores stay hidden until you reveal them, one criterion at a time."
            => "Llwythwch ffeiliau pawb yma. Mae'r sgoriau'n aros yn gudd nes i chi eu datgelu, un maen prawf ar y tro.",
        StepRoom: "Open the projector view for the room and the presenter view for yourself, then reveal, discuss and agree."
            => "Agorwch olwg y taflunydd i'r ystafell a golwg y cyflwynydd i chi'ch hun, yna datgelwch, trafodwch a chytunwch.",
        StartHeading: "Start from people's files" => "Dechrau o ffeiliau pobl",
        ChooseFiles: "Choose two or more assessment files (.speclens.json)"
            => "Dewiswch ddwy neu ragor o ffeiliau asesiad (.speclens.json)",
        ChooseFilesHint: "Pick them all at once, or drop them here. They must score the same specification under the same framework."
            => "Dewiswch nhw i gyd ar unwaith, neu eu gollwng yma. Rhaid iddynt sgorio'r un fanyleb o dan yr un fframwaith.",
        NotStarted: "The workshop was not started:" => "Ni ddechreuwyd y gweithdy:",
        NoFramework: "{title}: its framework is not in this browser." => "{title}: nid yw ei fframwaith yn y porwr hwn.",
        ScoredBy: "{title}, scored by {who}" => "{title}, wedi'i sgorio gan {who}",
        FromLibraryHeading: "Or use assessments in this browser" => "Neu defnyddiwch asesiadau yn y porwr hwn",
        NoAssessments: "There are no assessments in this browser yet." => "Nid oes asesiadau yn y porwr hwn eto.",
        AssessmentsToCompare: "Assessments to compare" => "Asesiadau i'w cymharu",
        StartWithThese: "Start the workshop with these" => "Dechrau'r gweithdy gyda'r rhain",
        FrameworkVersion: "{framework} (version {version})" => "{framework} (fersiwn {version})",
        Progress: "{agreed} of {total} criteria agreed" => "Cytunwyd ar {agreed} o {total} maen prawf",
        Specification: "Specification" => "Manyleb",
        Framework: "Framework" => "Fframwaith",
        ProgressLabel: "Progress" => "Cynnydd",
        CheckBeforeStart: "Check before you start:" => "Gwiriwch cyn dechrau:",
        RunTheRoom: "Run the room" => "Cynnal y cyfarfod",
        RunTheRoomText: "Open the projector view on the room's screen and the presenter view on yours. They follow each other; either can be reloaded."
            => "Agorwch olwg y taflunydd ar sgrin yr ystafell a golwg y cyflwynydd ar eich sgrin chi. Mae'r naill yn dilyn y llall; gallwch ail-lwytho'r naill neu'r llall.",
        OpenProjector: "Open the projector view" => "Agor golwg y taflunydd",
        OpenPresenter: "Open the presenter view" => "Agor golwg y cyflwynydd",
        ScoresSideBySide: "Scores side by side" => "Sgoriau ochr yn ochr",
        ScoresHint: "Scores stay hidden until a criterion is revealed. The range column is shaded by how far apart people are."
            => "Mae'r sgoriau'n aros yn gudd nes i faen prawf gael ei ddatgelu. Mae colofn yr ystod wedi'i lliwio yn ôl pa mor bell oddi wrth ei gilydd yw pobl.",
        WhoScored: "Who scored" => "Pwy sgoriodd",
        NoNameGiven: "no name given" => "dim enw wedi'i roi",
        FromFile: "from {file}" => "o {file}",
        TypedInPresenter: "scores typed in the presenter view" => "sgoriau wedi'u teipio yng ngolwg y cyflwynydd",
        AddTypedScorer: "Add a person who scores on this computer" => "Ychwanegu person sy'n sgorio ar y cyfrifiadur hwn",
        AddPerson: "Add person" => "Ychwanegu person",
        WhoTookPart: "Who took part" => "Pwy gymerodd ran",
        TickPerspectives: "Tick the roles and perspectives present. The agreed assessment records them."
            => "Ticiwch y rolau a'r safbwyntiau a oedd yn bresennol. Mae'r asesiad y cytunwyd arno yn eu cofnodi.",
        NamesFor: "Names for {perspective} (optional)" => "Enwau ar gyfer {perspective} (dewisol)",
        NamesPlaceholder: "Names (optional)" => "Enwau (dewisol)",
        AnotherPerspective: "Another role or perspective" => "Rôl neu safbwynt arall",
        Add: "Add" => "Ychwanegu",
        AgreedHeading: "The agreed result" => "Y canlyniad y cytunwyd arno",
        AgreedExplained: "The agreed assessment holds each agreed score with its reason, who took part, and everyone's individual scores. Criteria not yet agreed are left unanswered."
            => "Mae'r asesiad y cytunwyd arno yn cynnwys pob sgôr y cytunwyd arni gyda'i rheswm, pwy gymerodd ran, a sgoriau unigol pawb. Mae meini prawf na chytunwyd arnynt eto yn cael eu gadael heb eu hateb.",
        SaveAgreed: "Save the agreed assessment to this browser" => "Cadw'r asesiad y cytunwyd arno yn y porwr hwn",
        DownloadAgreed: "Download the agreed assessment" => "Lawrlwytho'r asesiad y cytunwyd arno",
        Downloaded: "Downloaded {name}." => "Wedi lawrlwytho {name}.",
        EndWorkshop: "End the workshop" => "Dod â'r gweithdy i ben",
        EndWarning: "Ending removes the workshop from this browser. Save or download the agreed assessment first if you have not."
            => "Mae dod â'r gweithdy i ben yn ei dynnu o'r porwr hwn. Cadwch neu lawrlwythwch yr asesiad y cytunwyd arno yn gyntaf os nad ydych wedi gwneud hynny.",
        EndNow: "End it now" => "Dod ag ef i ben nawr",
        KeepWorkshop: "Keep the workshop" => "Cadw'r gweithdy",
    }
}

crate::messages! {
    /// The perspectives offered for who took part (`domain::moderation::PERSPECTIVES`, kept in
    /// English in the data): shown in the reader's language.
    pub enum Perspective in "perspective" {
        PccOffice: "Police and crime commissioner's office" => "Swyddfa'r Comisiynydd Heddlu a Throseddu",
        Probation: "Probation" => "Y Gwasanaeth Prawf",
        LocalAuthority: "Local authority" => "Awdurdod lleol",
        Health: "Health" => "Iechyd",
        Housing: "Housing" => "Tai",
        VoluntarySector: "Voluntary-sector providers" => "Darparwyr o'r sector gwirfoddol",
        LivedExperience: "People with lived experience" => "Pobl sydd â phrofiad bywyd",
        Commissioning: "Commissioning team" => "Tîm comisiynu",
    }
}

/// In the order of `domain::moderation::PERSPECTIVES`.
pub const PERSPECTIVES: [Perspective; 8] = [
    Perspective::PccOffice,
    Perspective::Probation,
    Perspective::LocalAuthority,
    Perspective::Health,
    Perspective::Housing,
    Perspective::VoluntarySector,
    Perspective::LivedExperience,
    Perspective::Commissioning,
];

const _: () = assert!(PERSPECTIVES.len() == crate::domain::moderation::PERSPECTIVES.len());

/// A perspective as stored (English), in the reader's language when it is one of those offered.
pub fn perspective_label(stored: &str) -> String {
    use crate::i18n::{t, Messages};
    PERSPECTIVES
        .iter()
        .find(|p| p.english() == stored)
        .map_or_else(|| stored.to_string(), |p| t(*p).to_string())
}

/// Who took part from one perspective: "Probation (Priya Shah)", or the perspective alone when no
/// name was given, the perspective in the reader's language. The names are the user's own.
pub fn participant_label(participant: &crate::domain::moderation::Participant) -> String {
    match participant.name.trim() {
        "" => perspective_label(&participant.perspective),
        name => format!("{} ({name})", perspective_label(&participant.perspective)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Messages;

    #[test]
    fn every_perspective_offered_has_its_words() {
        for stored in crate::domain::moderation::PERSPECTIVES {
            assert!(PERSPECTIVES.iter().any(|p| p.english() == stored), "{stored}");
        }
    }
}
