//! What is wrong with a framework (`domain::validation::Problem`): the sentences the editor shows
//! beside a field, the places a refusal names ("the title of criterion \"c1\" (section 2)") and the
//! fields' names put into them. A refusal is `{place}: {problem}`, the problem's sentence with its
//! first letter made small and its full stop left off, so every message here starts with a word
//! or a quotation mark that can take that.

crate::messages! {
    pub enum Validation in "validation" {
        NeedsFrameworkId: "The framework needs an id; type one." => "Mae angen dynodydd ar y fframwaith; teipiwch un.",
        NeedsFrameworkVersion: "The framework needs a version; type one." => "Mae angen fersiwn ar y fframwaith; teipiwch un.",
        NeedsFrameworkTitle: "The framework needs a title; type one." => "Mae angen teitl ar y fframwaith; teipiwch un.",
        NeedsLevelLabel: "Level {level} needs a label, such as \"Partly met\"; type one."
            => "Mae angen label ar lefel {level}, fel \"Wedi'i fodloni'n rhannol\"; teipiwch un.",
        NeedsNotApplicableLabel: "This answer needs a label, such as \"Not applicable\"; type one."
            => "Mae angen label ar yr ateb hwn, fel \"Amherthnasol\"; teipiwch un.",
        NeedsInsufficientEvidenceLabel: "This answer needs a label, such as \"Insufficient evidence\"; type one."
            => "Mae angen label ar yr ateb hwn, fel \"Tystiolaeth annigonol\"; teipiwch un.",
        NeedsSectionId: "This section needs an id; type a short one, such as \"section-1\"."
            => "Mae angen dynodydd ar yr adran hon; teipiwch un byr, fel \"adran-1\".",
        NeedsCriterionId: "This criterion needs an id; type a short one, such as \"criterion-1\"."
            => "Mae angen dynodydd ar y maen prawf hwn; teipiwch un byr, fel \"maen-prawf-1\".",
        NeedsSectionTitle: "This section needs a title; type one." => "Mae angen teitl ar yr adran hon; teipiwch un.",
        NeedsCriterionTitle: "This criterion needs a title; type one." => "Mae angen teitl ar y maen prawf hwn; teipiwch un.",
        NeedsCriterionQuestion: "This criterion needs a question for the assessor to answer; type one."
            => "Mae angen cwestiwn i'r aseswr ei ateb ar y maen prawf hwn; teipiwch un.",
        NeedsSourceTitle: "This source needs a title; type the title of the document."
            => "Mae angen teitl ar y ffynhonnell hon; teipiwch deitl y ddogfen.",
        NeedsSourceUrl: "This source needs a web address; paste its link, starting https://."
            => "Mae angen cyfeiriad gwe ar y ffynhonnell hon; gludwch ei dolen, gan ddechrau gyda https://.",
        TooLong: "This text is {chars} characters long; shorten it to {max} or fewer."
            => "Mae'r testun hwn yn {chars} nod o hyd; byrhewch ef i {max} neu lai.",
        NoCriteria: "The framework has no criteria to score; add one."
            => "Nid oes gan y fframwaith unrhyw feini prawf i'w sgorio; ychwanegwch un.",
        /// `{count}` is always more than `{max}` (1000).
        TooManyCriteria: "The framework has {count} criteria; {max} is the most Spec Lens scores."
            => "Mae gan y fframwaith {count} maen prawf; {max} yw'r nifer fwyaf y mae Spec Lens yn ei sgorio.",
        UnknownRuleCriterion: "A timescale rule is about the criterion \"{id}\", which this framework does not have; name one of its criteria."
            => "Mae rheol amserlen yn ymwneud â'r maen prawf \"{id}\", nad yw yn y fframwaith hwn; enwch un o'i feini prawf.",
        /// `{weeks}` is always more than `{max}` (520).
        TooManyWeeks: "A timescale rule asks for {weeks} weeks; write {max} weeks or fewer."
            => "Mae rheol amserlen yn gofyn am {weeks} wythnos; ysgrifennwch {max} wythnos neu lai.",
        CapFromZero: "The critical cap starts at 0 failed criteria, which would make every result Inadequate; start it at 1 or more."
            => "Mae'r cap hanfodol yn dechrau ar 0 maen prawf a fethwyd, a fyddai'n gwneud pob canlyniad yn Annigonol; dechreuwch ef ar 1 neu fwy.",
        /// `{band}` is a band's name (`BandOutstanding`…); `{value}` a number.
        BandOutOfRange: "The lower bound of {band} is {value}; write a percentage from 0 to 100."
            => "Terfyn isaf {band} yw {value}; ysgrifennwch ganran o 0 i 100.",
        BandsOverlap: "{lower} starts at {low}%, not below {higher} ({high}%); make each band start lower than the one above it."
            => "Mae {lower} yn dechrau ar {low}%, nid o dan {higher} ({high}%); gwnewch i bob band ddechrau'n is na'r un uwch ei ben.",
        RepeatedSectionId: "Another section already has the id \"{id}\"; give this one its own id."
            => "Mae gan adran arall y dynodydd \"{id}\" eisoes; rhowch ei dynodydd ei hun i hon.",
        RepeatedCriterionId: "Another criterion already has the id \"{id}\"; give this one its own id."
            => "Mae gan faen prawf arall y dynodydd \"{id}\" eisoes; rhowch ei ddynodydd ei hun i hwn.",
        WeightTooHeavy: "The weight is {weight}, more than {max}; write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score)."
            => "Y pwysoliad yw {weight}, mwy na {max}; ysgrifennwch rif o 0 neu fwy, fel 1 neu 2.5 (mae 0 yn ei adael allan o'r sgôr).",
        WeightNegative: "The weight is {weight}, below 0; write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score)."
            => "Y pwysoliad yw {weight}, o dan 0; ysgrifennwch rif o 0 neu fwy, fel 1 neu 2.5 (mae 0 yn ei adael allan o'r sgôr).",
        WeightNotANumber: "The weight is not a number; write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score)."
            => "Nid rhif yw'r pwysoliad; ysgrifennwch rif o 0 neu fwy, fel 1 neu 2.5 (mae 0 yn ei adael allan o'r sgôr).",
        /// `{count}` is always more than `{max}` (200).
        TooManyTerms: "There are {count} search terms; keep the {max} that find the most."
            => "Mae {count} term chwilio; cadwch y {max} sy'n dod o hyd i'r mwyaf.",
        TermEmpty: "A search term is empty or has no letters or digits; remove it or type a word."
            => "Mae term chwilio yn wag neu heb lythrennau na digidau; tynnwch ef neu teipiwch air.",
        TermWildcard: "The search term \u{201c}{term}\u{201d} has a * that does not end its last word; a * may only end a term, as in co-produc*."
            => "Mae gan y term chwilio \u{201c}{term}\u{201d} * nad yw'n gorffen ei air olaf; dim ond ar ddiwedd term y caiff * fod, fel yn cyd-gynhyrch*.",
        TermTooLong: "The search term \u{201c}{term}\u{201d}\u{2026} is longer than {max} characters; a term is a word or a short phrase."
            => "Mae'r term chwilio \u{201c}{term}\u{201d}\u{2026} yn hwy na {max} nod; gair neu ymadrodd byr yw term.",
        NotWebAddress: "\"{url}\" is not a web address; paste the source's link, starting https:// or http://."
            => "\"{url}\" – nid cyfeiriad gwe yw hwn; gludwch ddolen y ffynhonnell, gan ddechrau gyda https:// neu http://.",
        UnknownLanguage: "\"{code}\" is not a language Spec Lens has; write \"en\" for English or \"cy\" for Welsh."
            => "\"{code}\" – nid yw Spec Lens yn cynnwys yr iaith hon; ysgrifennwch \"en\" ar gyfer Saesneg neu \"cy\" ar gyfer Cymraeg.",

        // The framework's wording in other languages; `{language}` is a language's name (`English`…),
        // `{field}` a field's name (`FieldTitle`…).
        UnknownCode: "The wording under \"{code}\" is in a language Spec Lens does not have; name it \"en\" for English or \"cy\" for Welsh."
            => "Mae'r geiriad o dan \"{code}\" mewn iaith nad yw Spec Lens yn ei chynnwys; enwch ef yn \"en\" ar gyfer Saesneg neu \"cy\" ar gyfer Cymraeg.",
        OwnLanguage: "The wording under \"{code}\" is in the framework's own language ({language}); put it in the framework's own fields, or remove it."
            => "Mae'r geiriad o dan \"{code}\" yn iaith y fframwaith ei hun ({language}); rhowch ef ym meysydd y fframwaith ei hun, neu tynnwch ef.",
        FrameworkTextTooLong: "The {language} {field} of the framework is {chars} characters long; shorten it to {max} or fewer."
            => "Mae {field} {language} y fframwaith yn {chars} nod o hyd; byrhewch ef i {max} neu lai.",
        /// `{most}` is the number of levels (5), `{max}` the top level (4).
        TooManyLevels: "The {language} wording gives {count} levels of the scale; give at most {most}, for levels 0 to {max}."
            => "Mae'r geiriad {language} yn rhoi {count} lefel o'r raddfa; rhowch {most} ar y mwyaf, ar gyfer lefelau 0 i {max}.",
        LevelTextTooLong: "The {language} {field} of level {level} of the scale is {chars} characters long; shorten it to {max} or fewer."
            => "Mae {field} {language} lefel {level} y raddfa yn {chars} nod o hyd; byrhewch ef i {max} neu lai.",
        UnknownSection: "The {language} wording names the section \"{id}\", which this framework does not have; use the id of one of its sections."
            => "Mae'r geiriad {language} yn enwi'r adran \"{id}\", nad yw yn y fframwaith hwn; defnyddiwch ddynodydd un o'i adrannau.",
        SectionTextTooLong: "The {language} {field} of section \"{id}\" is {chars} characters long; shorten it to {max} or fewer."
            => "Mae {field} {language} yr adran \"{id}\" yn {chars} nod o hyd; byrhewch ef i {max} neu lai.",
        UnknownCriterion: "The {language} wording names the criterion \"{id}\", which this framework does not have; use the id of one of its criteria."
            => "Mae'r geiriad {language} yn enwi'r maen prawf \"{id}\", nad yw yn y fframwaith hwn; defnyddiwch ddynodydd un o'i feini prawf.",
        CriterionTextTooLong: "The {language} {field} of criterion \"{id}\" is {chars} characters long; shorten it to {max} or fewer."
            => "Mae {field} {language} y maen prawf \"{id}\" yn {chars} nod o hyd; byrhewch ef i {max} neu lai.",
        TooManyDescriptors: "The {language} wording gives {count} descriptors of criterion \"{id}\"; give at most {most}, for levels 0 to {max}."
            => "Mae'r geiriad {language} yn rhoi {count} disgrifydd i'r maen prawf \"{id}\"; rhowch {most} ar y mwyaf, ar gyfer lefelau 0 i {max}.",
        DescriptorTooLong: "The {language} descriptor for level {level} of criterion \"{id}\" is {chars} characters long; shorten it to {max} or fewer."
            => "Mae'r disgrifydd {language} ar gyfer lefel {level} y maen prawf \"{id}\" yn {chars} nod o hyd; byrhewch ef i {max} neu lai.",
        TooManyTranslatedTerms: "There are {count} {language} search terms of criterion \"{id}\"; keep the {max} that find the most."
            => "Mae {count} term chwilio {language} gan y maen prawf \"{id}\"; cadwch y {max} sy'n dod o hyd i'r mwyaf.",
        TranslatedTermEmpty: "Among the {language} search terms of criterion \"{id}\", a search term is empty or has no letters or digits; remove it or type a word."
            => "Ymhlith termau chwilio {language} y maen prawf \"{id}\", mae term chwilio yn wag neu heb lythrennau na digidau; tynnwch ef neu teipiwch air.",
        TranslatedTermWildcard: "Among the {language} search terms of criterion \"{id}\", the search term \u{201c}{term}\u{201d} has a * that does not end its last word; a * may only end a term, as in co-produc*."
            => "Ymhlith termau chwilio {language} y maen prawf \"{id}\", mae gan y term chwilio \u{201c}{term}\u{201d} * nad yw'n gorffen ei air olaf; dim ond ar ddiwedd term y caiff * fod, fel yn cyd-gynhyrch*.",
        TranslatedTermTooLong: "Among the {language} search terms of criterion \"{id}\", the search term \u{201c}{term}\u{201d}\u{2026} is longer than {max} characters; a term is a word or a short phrase."
            => "Ymhlith termau chwilio {language} y maen prawf \"{id}\", mae'r term chwilio \u{201c}{term}\u{201d}\u{2026} yn hwy na {max} nod; gair neu ymadrodd byr yw term.",
        English: "English" => "Saesneg",
        Welsh: "Welsh" => "Cymraeg",
        BandOutstanding: "Outstanding" => "Rhagorol",
        BandGood: "Good" => "Da",
        BandRequiresImprovement: "Requires improvement" => "Angen gwella",
        BandInadequate: "Inadequate" => "Annigonol",
    }
}

crate::plurals! {
    pub enum ValidationCounted in "validation_counted" {
        /// `{needed}` is 5 and `{max}` 4: the scale's levels are 0 to 4.
        ScaleLevels: ["The scale has {n} level; it needs exactly {needed}, for levels 0 to {max}.",
                      "The scale has {n} levels; it needs exactly {needed}, for levels 0 to {max}."]
            => ["Mae gan y raddfa {n} lefel; mae angen union {needed} arni, ar gyfer lefelau 0 i {max}.",
                "Mae gan y raddfa {n} lefel; mae angen union {needed} arni, ar gyfer lefelau 0 i {max}.",
                "Mae gan y raddfa {n} lefel; mae angen union {needed} arni, ar gyfer lefelau 0 i {max}.",
                "Mae gan y raddfa {n} lefel; mae angen union {needed} arni, ar gyfer lefelau 0 i {max}.",
                "Mae gan y raddfa {n} lefel; mae angen union {needed} arni, ar gyfer lefelau 0 i {max}.",
                "Mae gan y raddfa {n} lefel; mae angen union {needed} arni, ar gyfer lefelau 0 i {max}."],
    }
}

crate::messages! {
    /// Where a problem is, for a refusal that has no field to show it beside: `{field}` is a field's
    /// name (`Field…`), `{id}` a section's or criterion's id, quoted, and a number where it has none.
    /// The Welsh says "in the"/"on the" (yn y, ar y) rather than the genitive "teitl y fframwaith",
    /// whose article would have to change after a field name ending in a vowel ("lefelau'r raddfa").
    pub enum Place in "validation_place" {
        Framework: "the framework's {field}" => "{field} yn y fframwaith",
        Scale: "the scale's {field}" => "{field} ar y raddfa",
        Level: "the {field} of level {level} of the scale" => "{field} lefel {level} ar y raddfa",
        /// `{band}` is a band's name.
        Band: "the lower bound of {band}" => "terfyn isaf {band}",
        Section: "the {field} of section {n}" => "{field} adran {n}",
        SectionNamed: "the {field} of section \"{id}\"" => "{field} yn yr adran \"{id}\"",
        Criterion: "the {field} of criterion {n} (section {section})" => "{field} maen prawf {n} (adran {section})",
        CriterionNamed: "the {field} of criterion \"{id}\" (section {section})"
            => "{field} yn y maen prawf \"{id}\" (adran {section})",
        Source: "the {field} of source {source} of criterion {n}" => "{field} ffynhonnell {source} maen prawf {n}",
        SourceNamed: "the {field} of source {source} of criterion \"{id}\""
            => "{field} ffynhonnell {source} yn y maen prawf \"{id}\"",
        /// `{place}` is one of the above; `{problem}` the problem's sentence, its first letter small.
        Refusal: "{place}: {problem}" => "{place}: {problem}",
    }
}

crate::messages! {
    /// The fields of a framework, as the places above and the wording checks name them.
    pub enum Field in "validation_field" {
        Id: "id" => "dynodydd",
        Version: "version" => "fersiwn",
        Title: "title" => "teitl",
        Summary: "summary" => "crynodeb",
        Sections: "sections" => "adrannau",
        Language: "language" => "iaith",
        Languages: "wording in other languages" => "geiriad mewn ieithoedd eraill",
        TimescaleRules: "timescale rules" => "rheolau amserlen",
        CriticalCaps: "critical cap" => "cap hanfodol",
        Levels: "levels" => "lefelau",
        NotApplicableLabel: "Not applicable label" => "label Amherthnasol",
        InsufficientEvidenceLabel: "Insufficient evidence label" => "label Tystiolaeth annigonol",
        Label: "label" => "label",
        Weight: "weight" => "pwysoliad",
        Question: "question" => "cwestiwn",
        Guidance: "guidance" => "canllawiau",
        Meets: "meets" => "disgrifiad o'r hyn sy'n ei fodloni",
        FallsShort: "falls short" => "disgrifiad o'r hyn sy'n methu â'i fodloni",
        Descriptors: "descriptors" => "disgrifyddion",
        Descriptor: "descriptor" => "disgrifydd",
        SearchTerms: "search terms" => "termau chwilio",
        Publisher: "publisher" => "cyhoeddwr",
        Url: "url" => "cyfeiriad gwe",
    }
}
