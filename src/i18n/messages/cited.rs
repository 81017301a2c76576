//! The workshop's view of the specification: the clauses the assessors cited for the criterion on
//! screen, and the evidence finder's clauses nobody cited.

crate::messages! {
    pub enum Cited in "cited" {
        Heading: "Cited by the assessors" => "Wedi'u dyfynnu gan yr aseswyr",
        NoneCited: "No assessor cited a clause or typed evidence for this criterion."
            => "Ni wnaeth yr un aseswr ddyfynnu cymal na theipio tystiolaeth ar gyfer y maen prawf hwn.",
        /// A clause the assessors cited: "Clause 4.2 (p. 3)".
        Clause: "Clause {citation}" => "Cymal {citation}",
        TypedEvidence: "Typed evidence" => "Tystiolaeth wedi'i theipio",
        /// Names joined: "Ann, Bob and Cai".
        NamesAnd: "{names} and {last}" => "{names} a {last}",
        ClauseCitedBy: "cited by {who}" => "wedi'i ddyfynnu gan {who}",
        TypedBy: "typed by {who}" => "wedi'i theipio gan {who}",
        ClauseCitedBySome: "cited by {count} of {total} assessors" => "wedi'i ddyfynnu gan {count} o {total} aseswr",
        TypedBySome: "typed by {count} of {total} assessors" => "wedi'i theipio gan {count} o {total} aseswr",
        /// Every assessor, always more than one.
        ClauseCitedByAll: "cited by all {total} assessors" => "wedi'i ddyfynnu gan bob un o'r {total} aseswr",
        TypedByAll: "typed by all {total} assessors" => "wedi'i theipio gan bob un o'r {total} aseswr",
        NoSearchTerms: "This criterion has no search terms, so there is nothing to look for."
            => "Nid oes gan y maen prawf hwn dermau chwilio, felly nid oes dim i chwilio amdano.",
        MentionsNone: "No clause mentions these terms." => "Nid oes yr un cymal yn sôn am y termau hyn.",
        NotCitedBestFirst: "Not cited by anyone, best match first" => "Heb eu dyfynnu gan neb, y cyfatebiad gorau yn gyntaf",
        BestFirst: "Best match first" => "Y cyfatebiad gorau yn gyntaf",
        NeverMentions: "The specification never mentions:" => "Nid yw'r fanyleb yn sôn o gwbl am:",
        NotSearched: "Not searched for (not a usable term): {terms}" => "Ni chwiliwyd amdanynt (nid ydynt yn dermau y gellir eu defnyddio): {terms}",
        SearchTerms: "Search terms: {terms}" => "Termau chwilio: {terms}",
        Finder: "Evidence finder" => "Chwiliwr tystiolaeth",
    }
}

crate::plurals! {
    /// How many clauses use the criterion's search terms (at least one), and how many of those the
    /// assessors cited.
    pub enum Mentions in "cited_counted" {
        Mentions: ["{n} clause mentions these terms.", "{n} clauses mention these terms."]
            => ["Mae {n} cymal yn sôn am y termau hyn.", "Mae {n} cymal yn sôn am y termau hyn.",
                "Mae {n} cymal yn sôn am y termau hyn.", "Mae {n} cymal yn sôn am y termau hyn.",
                "Mae {n} cymal yn sôn am y termau hyn.", "Mae {n} cymal yn sôn am y termau hyn."],
        CitedNone: ["{n} clause mentions these terms; the assessors cited none of them.",
                    "{n} clauses mention these terms; the assessors cited none of them."]
            => ["Mae {n} cymal yn sôn am y termau hyn; ni ddyfynnodd yr aseswyr yr un ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; ni ddyfynnodd yr aseswyr mohono.",
                "Mae {n} cymal yn sôn am y termau hyn; ni ddyfynnodd yr aseswyr yr un ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; ni ddyfynnodd yr aseswyr yr un ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; ni ddyfynnodd yr aseswyr yr un ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; ni ddyfynnodd yr aseswyr yr un ohonynt."],
        CitedAll: ["{n} clause mentions these terms; the assessors cited every one.",
                   "{n} clauses mention these terms; the assessors cited every one."]
            => ["Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr bob un.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr ef.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr y ddau.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr bob un.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr bob un.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr bob un."],
        CitedSome: ["{n} clause mentions these terms; the assessors cited {cited} of them.",
                    "{n} clauses mention these terms; the assessors cited {cited} of them."]
            => ["Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr {cited} ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr {cited} ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr {cited} ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr {cited} ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr {cited} ohonynt.",
                "Mae {n} cymal yn sôn am y termau hyn; dyfynnodd yr aseswyr {cited} ohonynt."],
    }
}
