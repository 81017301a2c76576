//! Why a specification's file could not be read (`format::document::ReadError`), what is damaged in
//! it, and what the reader noticed in one it read (`Warning`).

crate::messages! {
    pub enum DocumentErrors in "document_errors" {
        /// `{size}` and `{limit}` are whole megabytes.
        TooLarge: "This file is {size} MB, more than the {limit} MB Spec Lens opens. Save the specification without images, or as a PDF of its text, and open that."
            => "Mae'r ffeil hon yn {size} MB, mwy na'r {limit} MB y mae Spec Lens yn eu hagor. Cadwch y fanyleb heb ddelweddau, neu fel PDF o'i thestun, ac agorwch honno.",
        Empty: "This document has no text to read. Check that you chose the right file, or paste the text instead."
            => "Nid oes testun i'w ddarllen yn y ddogfen hon. Gwiriwch mai'r ffeil gywir a ddewisoch, neu gludwch y testun yn lle hynny.",
        LegacyWord: "This is an old Word document (.doc) or a Word file protected by a password, which Spec Lens cannot read. Open it in Word, remove any password, and save it as .docx or PDF."
            => "Hen ddogfen Word (.doc) yw hon, neu ffeil Word a ddiogelir gan gyfrinair, na all Spec Lens ei darllen. Agorwch hi yn Word, tynnwch unrhyw gyfrinair, a'i chadw fel .docx neu PDF.",
        Rtf: "This is a Rich Text (.rtf) file, which Spec Lens cannot read. Open it in Word or LibreOffice and save it as .docx or PDF."
            => "Ffeil Rich Text (.rtf) yw hon, na all Spec Lens ei darllen. Agorwch hi yn Word neu LibreOffice a'i chadw fel .docx neu PDF.",
        /// `{detail}` is one of the `Damage…` clauses.
        Damaged: "This file is damaged and cannot be read ({detail}). Open it in Word or LibreOffice, save a new copy, and open that."
            => "Mae'r ffeil hon wedi'i difrodi ac ni ellir ei darllen ({detail}). Agorwch hi yn Word neu LibreOffice, cadwch gopi newydd, ac agorwch hwnnw.",
        TooBigUnpacked: "This file unpacks to more than {limit} MB, far more than a specification needs, so it was not read. Save the specification again without embedded files, or as PDF."
            => "Mae'r ffeil hon yn dadbacio i fwy na {limit} MB, llawer mwy nag sydd ei angen ar fanyleb, felly ni chafodd ei darllen. Cadwch y fanyleb eto heb ffeiliau wedi'u mewnosod, neu fel PDF.",
        PdfEncrypted: "This PDF is protected by a password, so its text cannot be read. Ask the sender for a copy without a password."
            => "Mae'r PDF hwn wedi'i ddiogelu gan gyfrinair, felly ni ellir darllen ei destun. Gofynnwch i'r anfonwr am gopi heb gyfrinair.",
        PdfNoText: "This PDF has no text to read; it looks scanned. Ask for the Word or text version, or run text recognition (OCR) on it and open the result."
            => "Nid oes testun i'w ddarllen yn y PDF hwn; mae'n edrych fel pe bai wedi'i sganio. Gofynnwch am y fersiwn Word neu destun, neu rhedwch adnabod testun (OCR) arno ac agorwch y canlyniad.",
        /// `{what}` is one of the `Unsupported…` clauses.
        Unsupported: "Spec Lens cannot read this file ({what}). Open a Word (.docx), OpenDocument (.odt), PDF, text (.txt) or Markdown (.md) file, or paste the text."
            => "Ni all Spec Lens ddarllen y ffeil hon ({what}). Agorwch ffeil Word (.docx), OpenDocument (.odt), PDF, testun (.txt) neu Markdown (.md), neu gludwch y testun.",
        ReaderUnavailable: "The document reader could not be loaded. Check your connection and try again once; after its first use it works offline. You can also paste the text."
            => "Nid oedd modd llwytho'r darllenydd dogfennau. Gwiriwch eich cysylltiad a rhowch gynnig arall arni unwaith; ar ôl ei ddefnyddio y tro cyntaf mae'n gweithio all-lein. Gallwch hefyd gludo'r testun.",
        PdfReaderUnavailable: "The PDF reader could not be loaded. Check your connection and try again once; after its first use it works offline."
            => "Nid oedd modd llwytho'r darllenydd PDF. Gwiriwch eich cysylltiad a rhowch gynnig arall arni unwaith; ar ôl ei ddefnyddio y tro cyntaf mae'n gweithio all-lein.",
        // What is damaged; `{part}` is a part of the package, `{detail}` a reader's own words.
        DamageNotPdf: "it is named .pdf but does not start like a PDF" => "mae wedi'i henwi'n .pdf ond nid yw'n dechrau fel PDF",
        DamageNotZip: "it is not a zip package, as Word and OpenDocument files are"
            => "nid pecyn zip ydyw, fel y mae ffeiliau Word ac OpenDocument",
        DamageNoPages: "it has no pages" => "nid oes ganddi dudalennau",
        DamageWordNoBody: "word/document.xml has no body" => "nid oes corff gan word/document.xml",
        DamageOdtNoBody: "content.xml has no text body" => "nid oes corff testun gan content.xml",
        DamageNotXml: "{part} is not well-formed XML: {detail}" => "nid yw {part} yn XML wedi'i ffurfio'n dda: {detail}",
        DamageNotUnpacked: "{part} could not be unpacked: {detail}" => "nid oedd modd dadbacio {part}: {detail}",
        DamagePartNotUtf8: "{part} is not UTF-8 text" => "nid testun UTF-8 yw {part}",
        DamagePartMissing: "{part} is missing" => "mae {part} ar goll",
        DamageZipCutShort: "the zip package is cut short" => "mae'r pecyn zip wedi'i dorri'n fyr",
        DamageZipInvalid: "the zip package is invalid: {detail}" => "mae'r pecyn zip yn annilys: {detail}",
        DamageZipUnsupported: "the zip package uses a feature Spec Lens does not read: {detail}"
            => "mae'r pecyn zip yn defnyddio nodwedd nad yw Spec Lens yn ei darllen: {detail}",
        DamageZipPartMissing: "a part of the package is missing" => "mae rhan o'r pecyn ar goll",
        DamageZip: "the zip package could not be read: {detail}" => "nid oedd modd darllen y pecyn zip: {detail}",
        DamageReaderAnswer: "the reader's answer could not be read ({detail})" => "nid oedd modd darllen ateb y darllenydd ({detail})",
        DamagePdfReaderNoText: "the PDF reader gave no text" => "ni roddodd y darllenydd PDF destun",
        DamagePdfReaderText: "the PDF reader gave text that could not be read: {detail}"
            => "rhoddodd y darllenydd PDF destun nad oedd modd ei ddarllen: {detail}",
        DamagePdfNotOpened: "the PDF reader could not open it" => "nid oedd y darllenydd PDF yn gallu ei hagor",
        // What a file is that this page does not read.
        UnsupportedPassword: "it is protected by a password; save a copy without one"
            => "mae wedi'i diogelu gan gyfrinair; cadwch gopi heb un",
        UnsupportedSpreadsheet: "it is an Excel spreadsheet, not a document" => "taenlen Excel yw hi, nid dogfen",
        UnsupportedPresentation: "it is a PowerPoint presentation, not a document" => "cyflwyniad PowerPoint yw hi, nid dogfen",
        UnsupportedOtherZip: "it is a zip file, but not a Word or OpenDocument document"
            => "ffeil zip yw hi, ond nid dogfen Word nac OpenDocument",
        /// `{kind}` is the file's media type.
        UnsupportedOtherOpenDocument: "it is an OpenDocument file of another kind ({kind}), not a text document"
            => "ffeil OpenDocument o fath arall yw hi ({kind}), nid dogfen destun",
        UnsupportedNotADocument: "it is not text, Word, OpenDocument or PDF" => "nid testun, Word, OpenDocument na PDF yw hi",
        UnsupportedPdfOutsideReader: "a PDF must be opened through the PDF reader" => "rhaid agor PDF drwy'r darllenydd PDF",
        UnsupportedUnknownRequest: "the page asked the reader for something it does not do"
            => "gofynnodd y dudalen i'r darllenydd am rywbeth nad yw'n ei wneud",
        UnsupportedBrowserCouldNotRead: "the browser could not read it; check it is still there"
            => "nid oedd y porwr yn gallu ei darllen; gwiriwch ei bod yno o hyd",
        // What the reader noticed in a document it read.
        Macros: "This file contains macros. Spec Lens read its text only; nothing in the file was run."
            => "Mae macros yn y ffeil hon. Darllenodd Spec Lens ei thestun yn unig; ni chafodd dim yn y ffeil ei redeg.",
        TrackedChanges: "This document has tracked changes. They were read as if accepted: insertions kept, deletions left out. Accept or reject them in your word processor first if that is not what you want."
            => "Mae newidiadau wedi'u tracio yn y ddogfen hon. Cawsant eu darllen fel pe baent wedi'u derbyn: ychwanegiadau wedi'u cadw, dileadau wedi'u gadael allan. Derbyniwch neu gwrthodwch nhw yn eich prosesydd geiriau yn gyntaf os nad dyna'r hyn rydych ei eisiau.",
    }
}

crate::plurals! {
    pub enum DocumentWarnings in "document_warnings" {
        Images: ["{n} image was left out: Spec Lens keeps the text only.", "{n} images were left out: Spec Lens keeps the text only."]
            => ["Gadawyd {n} delwedd allan: mae Spec Lens yn cadw'r testun yn unig.",
                "Gadawyd {n} delwedd allan: mae Spec Lens yn cadw'r testun yn unig.",
                "Gadawyd {n} delwedd allan: mae Spec Lens yn cadw'r testun yn unig.",
                "Gadawyd {n} delwedd allan: mae Spec Lens yn cadw'r testun yn unig.",
                "Gadawyd {n} delwedd allan: mae Spec Lens yn cadw'r testun yn unig.",
                "Gadawyd {n} delwedd allan: mae Spec Lens yn cadw'r testun yn unig."],
        Notes: ["{n} footnote or endnote is kept as a clause at the end.", "{n} footnotes and endnotes are kept as clauses at the end."]
            => ["Cedwir {n} troednodyn ac ôl-nodyn fel cymalau ar y diwedd.",
                "Cedwir {n} troednodyn neu ôl-nodyn fel cymal ar y diwedd.",
                "Cedwir {n} troednodyn ac ôl-nodyn fel cymalau ar y diwedd.",
                "Cedwir {n} troednodyn ac ôl-nodyn fel cymalau ar y diwedd.",
                "Cedwir {n} troednodyn ac ôl-nodyn fel cymalau ar y diwedd.",
                "Cedwir {n} troednodyn ac ôl-nodyn fel cymalau ar y diwedd."],
        /// `{pages}` lists the page numbers ("2, 5").
        PagesWithoutText: ["No text was found on page {pages}: they may be scanned images, which Spec Lens cannot read.",
                           "No text was found on pages {pages}: they may be scanned images, which Spec Lens cannot read."]
            => ["Ni chafwyd testun ar dudalennau {pages}: efallai mai delweddau wedi'u sganio ydyn nhw, na all Spec Lens eu darllen.",
                "Ni chafwyd testun ar dudalen {pages}: efallai mai delwedd wedi'i sganio yw hi, na all Spec Lens ei darllen.",
                "Ni chafwyd testun ar dudalennau {pages}: efallai mai delweddau wedi'u sganio ydyn nhw, na all Spec Lens eu darllen.",
                "Ni chafwyd testun ar dudalennau {pages}: efallai mai delweddau wedi'u sganio ydyn nhw, na all Spec Lens eu darllen.",
                "Ni chafwyd testun ar dudalennau {pages}: efallai mai delweddau wedi'u sganio ydyn nhw, na all Spec Lens eu darllen.",
                "Ni chafwyd testun ar dudalennau {pages}: efallai mai delweddau wedi'u sganio ydyn nhw, na all Spec Lens eu darllen."],
    }
}
