//! The facilitator's presenter view of a workshop.

crate::messages! {
    pub enum Presenter in "presenter" {
        Heading: "Presenter view" => "Golwg y cyflwynydd",
        /// `{link}` is a link worded by StartOne.
        NoWorkshop: "No workshop is running. {link}." => "Nid oes gweithdy'n rhedeg. {link}.",
        StartOne: "Start one on the workshop page" => "Dechreuwch un ar dudalen y gweithdy",
        Where: "Criterion {place} of {total} · {phase}" => "Maen prawf {place} o {total} · {phase}",
        MoveBetween: "Move between criteria" => "Symud rhwng meini prawf",
        Previous: "Previous criterion" => "Maen prawf blaenorol",
        Next: "Next criterion" => "Maen prawf nesaf",
        StartOrPause: "Start or pause the timer" => "Dechrau neu oedi'r amserydd",
        ResetTimer: "Reset the timer" => "Ailosod yr amserydd",
        ShowNames: "Show assessor names on the projector" => "Dangos enwau'r aseswyr ar y taflunydd",
        Scores: "Scores" => "Sgoriau",
        Reveal: "Reveal the scores" => "Datgelu'r sgoriau",
        Reopen: "Reopen this criterion" => "Ailagor y maen prawf hwn",
        CitedWhileBlind: "The clauses the assessors cited show once the scores are revealed: who cited what would give their scores away."
            => "Mae'r cymalau a ddyfynnwyd gan yr aseswyr yn ymddangos pan fydd y sgoriau wedi'u datgelu: byddai gwybod pwy ddyfynnodd beth yn datgelu eu sgoriau.",
        Critical: "Critical criterion" => "Maen prawf hanfodol",
        Guidance: "Guidance:" => "Canllawiau:",
        MeetsIt: "Meets it:" => "Yn ei fodloni:",
        FallsShort: "Falls short:" => "Yn brin:",
        Levels: "Levels" => "Lefelau",
        /// `{who}` is the scorer's label, in bold.
        HasScored: "{who} has scored (hidden)" => "Mae {who} wedi sgorio (cudd)",
        HasNotScored: "{who} has not scored" => "Nid yw {who} wedi sgorio",
        ScoreFor: "Score for {who} (kept hidden)" => "Sgôr {who} (wedi'i chadw'n gudd)",
        Choose: "Choose…" => "Dewiswch…",
        ScoresCaption: "Each person's score and reason" => "Sgôr a rheswm pob person",
        TheirReason: "Their reason" => "Eu rheswm",
        NotesHeading: "Your notes" => "Eich nodiadau",
        Notes: "Notes on this criterion (only in this view)" => "Nodiadau ar y maen prawf hwn (yn y ffenestr hon yn unig)",
    }
}
