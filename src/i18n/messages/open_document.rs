//! Opening a specification from a file, and the preview of what was read before anything is saved.

crate::messages! {
    pub enum OpenDocument in "open_document" {
        ChooseFile: "Open the specification: a Word, OpenDocument, PDF, text or Markdown file"
            => "Agor y fanyleb: ffeil Word, OpenDocument, PDF, testun neu Markdown",
        DropHint: "Or drop it here. It is read in this browser; nothing is uploaded."
            => "Neu gollyngwch hi yma. Caiff ei darllen yn y porwr hwn; nid oes dim yn cael ei uwchlwytho.",
        Reading: "Reading {name}…" => "Wrthi'n darllen {name}…",
        /// Why a picked file gave no bytes (shown after its name, as the reader's other reasons are).
        Unreadable: "the browser could not read it; check it is still there"
            => "nid oedd y porwr yn gallu ei darllen; gwiriwch ei bod yno o hyd",
        WhatWasRead: "What Spec Lens read" => "Beth ddarllenodd Spec Lens",
        Outline: "Outline" => "Amlinelliad",
        Clauses: "Clauses" => "Cymalau",
        ClausesLabelled: "Clauses, with their labels" => "Cymalau, gyda'u labeli",
        StoredAlready: "This document is stored already for another assessment, so it takes no more room."
            => "Mae'r ddogfen hon wedi'i storio eisoes ar gyfer asesiad arall, felly nid yw'n cymryd rhagor o le.",
        Room: "Stored once, however many assessments score it, it takes about {needed} of this browser's storage,          which has about {free} free of about 5 MB."
            => "Caiff ei storio unwaith, faint bynnag o asesiadau sy'n ei sgorio, ac mae'n cymryd tua {needed} o storfa'r porwr hwn, sydd â thua {free} yn rhydd o tua 5 MB.",
        NoRoom: "There is not enough room left to store it. Download a backup from the Assessments page and delete assessments you no longer need, then open it again."
            => "Nid oes digon o le ar ôl i'w storio. Lawrlwythwch gopi wrth gefn o'r dudalen Asesiadau a dilëwch yr asesiadau nad oes eu hangen arnoch mwyach, yna agorwch hi eto.",
        LittleRoom: "After this, less than a tenth of this browser's storage will be free. Download a backup and delete assessments you no longer need before it runs out."
            => "Ar ôl hyn, bydd llai na degfed ran o storfa'r porwr hwn yn rhydd. Lawrlwythwch gopi wrth gefn a dilëwch yr asesiadau nad oes eu hangen arnoch mwyach cyn iddi lenwi.",
        /// The file read, with its size: "Housing.docx (120 KB)."
        Source: "{name} ({size})." => "{name} ({size}).",
        /// The summary when the document has no headings: `{clauses}` is ClauseCount ("12 clauses").
        NoHeadings: "{clauses} and no headings." => "{clauses} a dim penawdau.",
        Megabytes: "{size} MB" => "{size} MB",
        Kilobytes: "{size} KB" => "{size} KB",
    }
}

crate::plurals! {
    pub enum DocumentCount in "open_document_count" {
        /// After an outline heading: "(3 clauses)".
        ClauseCount: ["{n} clause", "{n} clauses"]
            => ["{n} cymal", "{n} cymal", "{n} gymal", "{n} chymal", "{n} chymal", "{n} cymal"],
        /// The summary: `{clauses}` is ClauseCount ("12 clauses"), `{n}` the number of headings.
        UnderHeadings: ["{clauses} under {n} heading.", "{clauses} under {n} headings."]
            => ["{clauses} o dan {n} pennawd.", "{clauses} o dan {n} pennawd.", "{clauses} o dan {n} bennawd.",
                "{clauses} o dan {n} phennawd.", "{clauses} o dan {n} phennawd.", "{clauses} o dan {n} pennawd."],
        DroppedLines: ["1 running header, footer or page-number line was left out.", "{n} running header, footer and page-number lines were left out."]
            => ["Gadawyd {n} llinell pennyn, troedyn neu rif tudalen allan.", "Gadawyd 1 llinell pennyn, troedyn neu rif tudalen allan.",
                "Gadawyd {n} linell pennyn, troedyn neu rif tudalen allan.", "Gadawyd {n} llinell pennyn, troedyn neu rif tudalen allan.",
                "Gadawyd {n} llinell pennyn, troedyn neu rif tudalen allan.", "Gadawyd {n} llinell pennyn, troedyn neu rif tudalen allan."],
    }
}
