//! The words for what the domain returns as structure (`i18n::words`): band and status names,
//! timescale rules and findings, why critical criteria cap the band, and what a crowded list of
//! cited clauses leaves out. Used by the pages and by every report.

crate::messages! {
    pub enum Labels in "labels" {
        BandOutstanding: "Outstanding" => "Rhagorol",
        BandGood: "Good" => "Da",
        BandRequiresImprovement: "Requires improvement" => "Angen gwella",
        BandInadequate: "Inadequate" => "Annigonol",
        /// An assessment's status.
        StatusDraft: "Draft" => "Drafft",
        StatusFinal: "Final" => "Terfynol",
        RuleNeedsAssessment: "Needs assessment before publication" => "Asesiad o anghenion cyn cyhoeddi",
        RuleConsultation: "Consultation window" => "Cyfnod ymgynghori",
        RulePublicationToStart: "Publication to service start" => "O gyhoeddi i ddechrau'r gwasanaeth",
        RuleDateOrder: "Date order" => "Trefn y dyddiadau",
        /// Whether a timescale rule was met.
        FindingMet: "Met" => "Wedi'i fodloni",
        FindingNotMet: "Not met" => "Heb ei fodloni",
        FindingUnknown: "Unknown" => "Anhysbys",
    }
}

crate::messages! {
    /// Timescale findings, one whole sentence each. Dates are written "5 December 2026"; {weeks}
    /// and {minimum} are lengths such as "6 weeks" or "5.9 weeks".
    pub enum Findings in "findings" {
        AddCompleted: "Add the date the needs assessment was completed to check that the needs assessment came before the specification."
            => "Ychwanegwch y dyddiad y cwblhawyd yr asesiad o anghenion i wirio bod yr asesiad o anghenion wedi dod cyn y fanyleb.",
        AddPublishedForNeeds: "Add the date the specification was published to check that the needs assessment came before the specification."
            => "Ychwanegwch y dyddiad y cyhoeddwyd y fanyleb i wirio bod yr asesiad o anghenion wedi dod cyn y fanyleb.",
        AddCompletedAndPublished: "Add the date the needs assessment was completed and the date the specification was published to check that the needs assessment came before the specification."
            => "Ychwanegwch y dyddiad y cwblhawyd yr asesiad o anghenion a'r dyddiad y cyhoeddwyd y fanyleb i wirio bod yr asesiad o anghenion wedi dod cyn y fanyleb.",
        AddOpens: "Add the date the consultation opens to measure the consultation window."
            => "Ychwanegwch y dyddiad y mae'r ymgynghoriad yn agor i fesur y cyfnod ymgynghori.",
        AddCloses: "Add the date the consultation closes to measure the consultation window."
            => "Ychwanegwch y dyddiad y mae'r ymgynghoriad yn cau i fesur y cyfnod ymgynghori.",
        AddOpensAndCloses: "Add the date the consultation opens and the date the consultation closes to measure the consultation window."
            => "Ychwanegwch y dyddiad y mae'r ymgynghoriad yn agor a'r dyddiad y mae'n cau i fesur y cyfnod ymgynghori.",
        AddOpensAgainst: "Add the date the consultation opens to measure the consultation window against the framework's minimum of {minimum}."
            => "Ychwanegwch y dyddiad y mae'r ymgynghoriad yn agor i fesur y cyfnod ymgynghori yn erbyn isafswm y fframwaith, sef {minimum}.",
        AddClosesAgainst: "Add the date the consultation closes to measure the consultation window against the framework's minimum of {minimum}."
            => "Ychwanegwch y dyddiad y mae'r ymgynghoriad yn cau i fesur y cyfnod ymgynghori yn erbyn isafswm y fframwaith, sef {minimum}.",
        AddOpensAndClosesAgainst: "Add the date the consultation opens and the date the consultation closes to measure the consultation window against the framework's minimum of {minimum}."
            => "Ychwanegwch y dyddiad y mae'r ymgynghoriad yn agor a'r dyddiad y mae'n cau i fesur y cyfnod ymgynghori yn erbyn isafswm y fframwaith, sef {minimum}.",
        AddPublishedForStart: "Add the date the specification was published to see the weeks from publication to service start."
            => "Ychwanegwch y dyddiad y cyhoeddwyd y fanyleb i weld nifer yr wythnosau o gyhoeddi i ddechrau'r gwasanaeth.",
        AddStart: "Add the date the service starts to see the weeks from publication to service start."
            => "Ychwanegwch y dyddiad y mae'r gwasanaeth yn dechrau i weld nifer yr wythnosau o gyhoeddi i ddechrau'r gwasanaeth.",
        AddPublishedAndStart: "Add the date the specification was published and the date the service starts to see the weeks from publication to service start."
            => "Ychwanegwch y dyddiad y cyhoeddwyd y fanyleb a'r dyddiad y mae'r gwasanaeth yn dechrau i weld nifer yr wythnosau o gyhoeddi i ddechrau'r gwasanaeth.",
        /// Not expected: a rule that needs no dates found one missing.
        AddDates: "Add the missing key dates." => "Ychwanegwch y dyddiadau allweddol sydd ar goll.",
        ConsultationOutOfOrder: "The consultation closes on {closes}, before it opens on {opens}; check both dates."
            => "Mae'r ymgynghoriad yn cau ar {closes}, cyn iddo agor ar {opens}; gwiriwch y ddau ddyddiad.",
        StartBeforePublished: "The service starts on {start}, before the specification was published on {published}; check both dates."
            => "Mae'r gwasanaeth yn dechrau ar {start}, cyn i'r fanyleb gael ei chyhoeddi ar {published}; gwiriwch y ddau ddyddiad.",
        TenderBeforePublished: "The tender launches on {launch}, before the specification was published on {published}; check both dates."
            => "Caiff y tendr ei lansio ar {launch}, cyn i'r fanyleb gael ei chyhoeddi ar {published}; gwiriwch y ddau ddyddiad.",
        StartBeforeTender: "The service starts on {start}, before the tender launches on {launch}; check both dates."
            => "Mae'r gwasanaeth yn dechrau ar {start}, cyn i'r tendr gael ei lansio ar {launch}; gwiriwch y ddau ddyddiad.",
        SameDay: "The needs assessment was completed on {completed}, the same day the specification was published."
            => "Cwblhawyd yr asesiad o anghenion ar {completed}, yr un diwrnod ag y cyhoeddwyd y fanyleb.",
        ConsultationBackwards: "The consultation window cannot be measured because it closes before it opens; correct the dates."
            => "Ni ellir mesur y cyfnod ymgynghori oherwydd ei fod yn cau cyn iddo agor; cywirwch y dyddiadau.",
        StartBackwards: "The weeks from publication to service start cannot be measured because the service starts before the specification was published; correct the dates."
            => "Ni ellir mesur nifer yr wythnosau o gyhoeddi i ddechrau'r gwasanaeth oherwydd bod y gwasanaeth yn dechrau cyn i'r fanyleb gael ei chyhoeddi; cywirwch y dyddiadau.",
        /// Not expected: a rule without a span found one backwards.
        Backwards: "These dates are in the wrong order, so they cannot be measured; correct the dates."
            => "Mae'r dyddiadau hyn yn y drefn anghywir, felly ni ellir eu mesur; cywirwch y dyddiadau.",
        Window: "The consultation window is {weeks} long ({opens} to {closes})."
            => "Mae'r cyfnod ymgynghori yn {weeks} o hyd ({opens} i {closes}).",
        WindowShort: "The consultation window is {weeks} long ({opens} to {closes}), shorter than the framework's minimum of {minimum}."
            => "Mae'r cyfnod ymgynghori yn {weeks} o hyd ({opens} i {closes}), yn fyrrach nag isafswm y fframwaith, sef {minimum}.",
        WindowMeets: "The consultation window is {weeks} long ({opens} to {closes}), meeting the framework's minimum of {minimum}."
            => "Mae'r cyfnod ymgynghori yn {weeks} o hyd ({opens} i {closes}), gan fodloni isafswm y fframwaith, sef {minimum}.",
        Lead: "The service starts on {start}, {weeks} after the specification was published on {published}."
            => "Mae'r gwasanaeth yn dechrau ar {start}, {weeks} ar ôl i'r fanyleb gael ei chyhoeddi ar {published}.",
        LeadShort: "The service starts on {start}, {weeks} after the specification was published on {published}, less than the framework's minimum of {minimum}."
            => "Mae'r gwasanaeth yn dechrau ar {start}, {weeks} ar ôl i'r fanyleb gael ei chyhoeddi ar {published}, llai nag isafswm y fframwaith, sef {minimum}.",
        LeadMeets: "The service starts on {start}, {weeks} after the specification was published on {published}, meeting the framework's minimum of {minimum}."
            => "Mae'r gwasanaeth yn dechrau ar {start}, {weeks} ar ôl i'r fanyleb gael ei chyhoeddi ar {published}, gan fodloni isafswm y fframwaith, sef {minimum}.",
        /// A length in weeks that is not whole: "5.9 weeks".
        WeeksFraction: "{weeks} weeks" => "{weeks} wythnos",
        /// Where a quoted clause is in the document: "4.2.1 (p. 12)".
        ClausePage: "{label} (p. {page})" => "{label} (t. {page})",
        /// Evidence that quotes a clause: "Clause 4.2.1 (p. 12)".
        Clause: "Clause {citation}" => "Cymal {citation}",
        /// A list's last two items: "4.2, 5.1 and 7.3".
        ListAnd: "{items} and {last}" => "{items} a {last}",
        /// What a crowded list of cited clauses leaves out, one part.
        MoreOne: "And {more}." => "Yn ogystal: {more}.",
        /// Both parts: "And 6 more cited clauses: 4.2 and 5.1; and 2 more typed quotes."
        MoreBoth: "And {clauses}; and {typed}." => "Yn ogystal: {clauses}; a {typed}.",
    }
}

crate::plurals! {
    pub enum FindingsCounted in "findings_counted" {
        /// {n} is the days between; at least 1.
        NeedsAssessmentFirst: ["The needs assessment was completed on {completed}, {n} day before the specification was published on {published}.",
                               "The needs assessment was completed on {completed}, {n} days before the specification was published on {published}."]
            => ["Cwblhawyd yr asesiad o anghenion ar {completed}, {n} diwrnod cyn i'r fanyleb gael ei chyhoeddi ar {published}.",
                "Cwblhawyd yr asesiad o anghenion ar {completed}, {n} diwrnod cyn i'r fanyleb gael ei chyhoeddi ar {published}.",
                "Cwblhawyd yr asesiad o anghenion ar {completed}, {n} ddiwrnod cyn i'r fanyleb gael ei chyhoeddi ar {published}.",
                "Cwblhawyd yr asesiad o anghenion ar {completed}, {n} diwrnod cyn i'r fanyleb gael ei chyhoeddi ar {published}.",
                "Cwblhawyd yr asesiad o anghenion ar {completed}, {n} diwrnod cyn i'r fanyleb gael ei chyhoeddi ar {published}.",
                "Cwblhawyd yr asesiad o anghenion ar {completed}, {n} diwrnod cyn i'r fanyleb gael ei chyhoeddi ar {published}."],
        PublishedFirst: ["The specification was published on {published}, {n} day before the needs assessment was completed on {completed}.",
                         "The specification was published on {published}, {n} days before the needs assessment was completed on {completed}."]
            => ["Cyhoeddwyd y fanyleb ar {published}, {n} diwrnod cyn i'r asesiad o anghenion gael ei gwblhau ar {completed}.",
                "Cyhoeddwyd y fanyleb ar {published}, {n} diwrnod cyn i'r asesiad o anghenion gael ei gwblhau ar {completed}.",
                "Cyhoeddwyd y fanyleb ar {published}, {n} ddiwrnod cyn i'r asesiad o anghenion gael ei gwblhau ar {completed}.",
                "Cyhoeddwyd y fanyleb ar {published}, {n} diwrnod cyn i'r asesiad o anghenion gael ei gwblhau ar {completed}.",
                "Cyhoeddwyd y fanyleb ar {published}, {n} diwrnod cyn i'r asesiad o anghenion gael ei gwblhau ar {completed}.",
                "Cyhoeddwyd y fanyleb ar {published}, {n} diwrnod cyn i'r asesiad o anghenion gael ei gwblhau ar {completed}."],
        /// A whole number of weeks.
        Weeks: ["{n} week", "{n} weeks"]
            => ["{n} wythnos", "{n} wythnos", "{n} wythnos", "{n} wythnos", "{n} wythnos", "{n} wythnos"],
        /// Why critical criteria cap the band, when the cap changed it; {n} is how many, {titles}
        /// their titles.
        CapApplied: ["Capped at {band} because a critical criterion scored 1 or less or lacked evidence: {titles}.",
                     "Capped at {band} because critical criteria scored 1 or less or lacked evidence: {titles}."]
            => ["Cyfyngwyd y band i {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Cyfyngwyd y band i {band} oherwydd i faen prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Cyfyngwyd y band i {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Cyfyngwyd y band i {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Cyfyngwyd y band i {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Cyfyngwyd y band i {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}."],
        /// The same when the band was already no higher.
        CapHolds: ["The band can be no higher than {band} because a critical criterion scored 1 or less or lacked evidence: {titles}.",
                   "The band can be no higher than {band} because critical criteria scored 1 or less or lacked evidence: {titles}."]
            => ["Ni all y band fod yn uwch na'r band {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Ni all y band fod yn uwch na'r band {band} oherwydd i faen prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Ni all y band fod yn uwch na'r band {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Ni all y band fod yn uwch na'r band {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Ni all y band fod yn uwch na'r band {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}.",
                "Ni all y band fod yn uwch na'r band {band} oherwydd i feini prawf hanfodol sgorio 1 neu lai neu fod heb dystiolaeth: {titles}."],
        /// Cited clauses a crowded screen leaves out, named by label: "6 more cited clauses: 4.2 and 5.1".
        MoreClauses: ["{n} more cited clause: {labels}", "{n} more cited clauses: {labels}"]
            => ["{n} cymal arall a ddyfynnwyd: {labels}", "{n} cymal arall a ddyfynnwyd: {labels}",
                "{n} gymal arall a ddyfynnwyd: {labels}", "{n} cymal arall a ddyfynnwyd: {labels}",
                "{n} cymal arall a ddyfynnwyd: {labels}", "{n} cymal arall a ddyfynnwyd: {labels}"],
        MoreTyped: ["{n} more typed quote", "{n} more typed quotes"]
            => ["{n} dyfyniad arall wedi'u teipio", "{n} dyfyniad arall wedi'i deipio",
                "{n} ddyfyniad arall wedi'u teipio", "{n} dyfyniad arall wedi'u teipio",
                "{n} dyfyniad arall wedi'u teipio", "{n} dyfyniad arall wedi'u teipio"],
        /// The clauses past those named: "and 3 others".
        Others: ["{n} other", "{n} others"]
            => ["{n} arall", "{n} arall", "{n} arall", "{n} arall", "{n} arall", "{n} arall"],
    }
}
