//! The specification beside the criterion on the scoring page: search, candidates and Cite.

crate::messages! {
    pub enum DocumentPane in "document_pane" {
        AnswerFirst: "Choose an answer for this criterion first, then cite its evidence."
            => "Dewiswch ateb ar gyfer y maen prawf hwn yn gyntaf, yna dyfynnwch ei dystiolaeth.",
        ClauseCited: "Clause {label} cited as evidence." => "Cymal {label} wedi'i ddyfynnu fel tystiolaeth.",
        PassageCited: "The selected passage of clause {label} cited as evidence."
            => "Y darn a ddewiswyd o gymal {label} wedi'i ddyfynnu fel tystiolaeth.",
        SelectFirst: "Select a passage within one clause first, or use a clause's Cite button."
            => "Dewiswch ddarn o fewn un cymal yn gyntaf, neu defnyddiwch fotwm Dyfynnu cymal.",
        /// "]" is the key that moves to the next candidate clause.
        MoveFirst: "Move to a candidate clause with ] first, or select a passage."
            => "Symudwch i gymal posibl gyda ] yn gyntaf, neu dewiswch ddarn.",
        Heading: "Specification" => "Manyleb",
        Search: "Search the specification" => "Chwilio'r fanyleb",
        PreviousCandidate: "Previous candidate" => "Cymal posibl blaenorol",
        NextCandidate: "Next candidate" => "Cymal posibl nesaf",
        CiteSelection: "Cite the selected passage" => "Dyfynnu'r darn a ddewiswyd",
        /// The keys stay as printed on the keyboard: / ] [ C.
        Keys: "Keys: / search, ] next and [ previous candidate, C cite the selection or the candidate."
            => "Bysellau: / chwilio, ] y cymal posibl nesaf a [ yr un blaenorol, C dyfynnu'r darn a ddewiswyd neu'r cymal posibl.",
        SearchNone: "No clause contains \u{201c}{query}\u{201d}." => "Nid oes yr un cymal yn cynnwys \u{201c}{query}\u{201d}.",
        NoTerms: "This criterion has no search terms: search the specification yourself."
            => "Nid oes gan y maen prawf hwn dermau chwilio: chwiliwch y fanyleb eich hun.",
        NeverMentions: "The specification never mentions: {terms}." => "Nid yw'r fanyleb yn sôn o gwbl am: {terms}.",
        /// A clause's label with the page it is on: "4.2 (p. 3)".
        ClausePage: "{label} (p. {page})" => "{label} (t. {page})",
        CitedHere: "Cited here" => "Wedi'i ddyfynnu yma",
        CitedElsewhere: "Cited for another criterion" => "Wedi'i ddyfynnu ar gyfer maen prawf arall",
        Cite: "Cite" => "Dyfynnu",
        CiteClause: "Cite clause {label}" => "Dyfynnu cymal {label}",
    }
}

crate::plurals! {
    pub enum Counted in "document_pane_counted" {
        /// n is at least one ("No clause contains" otherwise).
        SearchFound: ["{n} clause contains \u{201c}{query}\u{201d}.", "{n} clauses contain \u{201c}{query}\u{201d}."]
            => ["Mae {n} cymal yn cynnwys \u{201c}{query}\u{201d}.", "Mae {n} cymal yn cynnwys \u{201c}{query}\u{201d}.",
                "Mae {n} cymal yn cynnwys \u{201c}{query}\u{201d}.", "Mae {n} cymal yn cynnwys \u{201c}{query}\u{201d}.",
                "Mae {n} cymal yn cynnwys \u{201c}{query}\u{201d}.", "Mae {n} cymal yn cynnwys \u{201c}{query}\u{201d}."],
        /// n is at least one ("never mentions" otherwise).
        TermsFound: ["{n} clause mentions these terms: {terms}.", "{n} clauses mention these terms: {terms}."]
            => ["Mae {n} cymal yn sôn am y termau hyn: {terms}.", "Mae {n} cymal yn sôn am y termau hyn: {terms}.",
                "Mae {n} cymal yn sôn am y termau hyn: {terms}.", "Mae {n} cymal yn sôn am y termau hyn: {terms}.",
                "Mae {n} cymal yn sôn am y termau hyn: {terms}.", "Mae {n} cymal yn sôn am y termau hyn: {terms}."],
    }
}
