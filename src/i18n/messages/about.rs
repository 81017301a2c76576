//! The About page: what Spec Lens is for, the privacy promise, "Forget this browser" for a shared
//! computer, and the page left after it.

crate::messages! {
    pub enum About in "about" {
        Heading: "About Spec Lens" => "Ynghylch Spec Lens",
        Lead: "Spec Lens helps you show whether a proposed service specification rests on a thorough and inclusive needs assessment, and where it does not."
            => "Mae Spec Lens yn eich helpu i ddangos a yw manyleb gwasanaeth arfaethedig yn seiliedig ar asesiad o anghenion trylwyr a chynhwysol, a ble nad yw.",
        WhoFor: "Who it is for" => "Ar gyfer pwy y mae",
        WhoForText: "Commissioning teams in Police and Crime Commissioners' offices, probation regions, local authorities and health; reducing-reoffending partnerships; and voluntary-sector providers who are asked to comment on a specification before it goes to tender."
            => "Timau comisiynu yn swyddfeydd Comisiynwyr Heddlu a Throseddu, rhanbarthau prawf, awdurdodau lleol a'r sector iechyd; partneriaethau lleihau aildroseddu; a darparwyr o'r sector gwirfoddol y gofynnir iddynt roi sylwadau ar fanyleb cyn iddi fynd i dendr.",
        WhatItDoes: "What it does" => "Beth mae'n ei wneud",
        DoesScore: "You paste or describe a specification and score it against a framework of criteria."
            => "Rydych yn gludo neu'n disgrifio manyleb ac yn ei sgorio yn erbyn fframwaith o feini prawf.",
        DoesLevels: "Each criterion gets a level from 0 to 4, a reason, and evidence quoted from the specification. Some criteria are critical: a low score on one of them limits the overall band."
            => "Mae pob maen prawf yn cael lefel o 0 i 4, rheswm, a thystiolaeth a ddyfynnir o'r fanyleb. Mae rhai meini prawf yn hollbwysig: mae sgôr isel ar un ohonynt yn cyfyngu ar y band cyffredinol.",
        DoesResults: "The results show weighted percentages, a band, the gaps to fix first and timing problems."
            => "Mae'r canlyniadau'n dangos canrannau wedi'u pwysoli, band, y bylchau i'w cau yn gyntaf a phroblemau amseru.",
        DoesShare: "You share work as files or links. In a workshop, a group scores separately, then reveals the scores criterion by criterion on a projector and agrees each one with a recorded reason."
            => "Rydych yn rhannu gwaith fel ffeiliau neu ddolenni. Mewn gweithdy, mae grŵp yn sgorio ar wahân, yna'n datgelu'r sgorau fesul maen prawf ar daflunydd ac yn cytuno ar bob un gyda rheswm a gofnodir.",
        WhyExists: "Why it exists" => "Pam mae'n bodoli",
        WhyExistsText: "In 2020 the Office of the Police and Crime Commissioner for Gloucestershire told the House of Commons Justice Committee that good commissioning \"begins with a thorough and inclusive needs assessment which then shapes the specification for tender\", and that the needs assessment behind probation's commissioned rehabilitative services rested on data that was arguably not broad enough. Spec Lens makes that question checkable, criterion by criterion."
            => "Yn 2020 dywedodd Swyddfa Comisiynydd Heddlu a Throseddu Swydd Gaerloyw wrth Bwyllgor Cyfiawnder Tŷ'r Cyffredin fod comisiynu da yn \"begins with a thorough and inclusive needs assessment which then shapes the specification for tender\" (yn dechrau gydag asesiad o anghenion trylwyr a chynhwysol sydd wedyn yn llunio'r fanyleb ar gyfer tendr), a bod yr asesiad o anghenion y tu ôl i wasanaethau adsefydlu a gomisiynwyd gan y gwasanaeth prawf yn seiliedig ar ddata nad oedd, gellid dadlau, yn ddigon eang. Mae Spec Lens yn ei gwneud yn bosibl gwirio'r cwestiwn hwnnw, fesul maen prawf.",
        DataStays: "Your data stays with you" => "Mae eich data'n aros gyda chi",
        DataStaysText: "Spec Lens has no server and no account. Everything you enter is kept in this browser's own storage on this computer. The page makes no requests to any other website: no fonts, no analytics, no tracking. You share work by saving a file and sending it yourself."
            => "Nid oes gan Spec Lens weinydd na chyfrif. Caiff popeth a roddwch i mewn ei gadw yn storfa'r porwr hwn ei hun ar y cyfrifiadur hwn. Nid yw'r dudalen yn gwneud unrhyw geisiadau i unrhyw wefan arall: dim ffontiau, dim dadansoddeg, dim tracio. Rydych yn rhannu gwaith drwy gadw ffeil a'i hanfon eich hun.",
        ClearingRemoves: "Because your work lives in this browser, clearing your browsing data removes it. Keep a backup file of anything you need to keep."
            => "Gan fod eich gwaith yn byw yn y porwr hwn, bydd clirio eich data pori yn ei ddileu. Cadwch ffeil wrth gefn o unrhyw beth y mae angen i chi ei gadw.",
        SharedComputer: "On a shared computer" => "Ar gyfrifiadur a rennir",
        PersistGranted: "This browser has agreed to keep Spec Lens's storage: it will not clear your work to make space."
            => "Mae'r porwr hwn wedi cytuno i gadw storfa Spec Lens: ni fydd yn clirio eich gwaith i wneud lle.",
        PersistDenied: "This browser has not agreed to keep Spec Lens's storage: it may clear your work when space runs low, so keep backups."
            => "Nid yw'r porwr hwn wedi cytuno i gadw storfa Spec Lens: gall glirio eich gwaith pan fydd lle'n brin, felly cadwch gopïau wrth gefn.",
        PersistNotAsked: "Spec Lens asks this browser to keep its storage once you have saved some work."
            => "Bydd Spec Lens yn gofyn i'r porwr hwn gadw ei storfa ar ôl i chi gadw rhywfaint o waith.",
        PersistUnknown: "This browser cannot say whether it keeps Spec Lens's storage; keep backups."
            => "Ni all y porwr hwn ddweud a yw'n cadw storfa Spec Lens; cadwch gopïau wrth gefn.",
        PersistAsking: "Asking this browser whether it keeps Spec Lens's storage…"
            => "Wrthi'n gofyn i'r porwr hwn a yw'n cadw storfa Spec Lens…",
        WhenYouFinish: "When you finish on a computer that others use, remove your work from this browser. Download a backup first if you need to keep it."
            => "Pan fyddwch yn gorffen ar gyfrifiadur y mae eraill yn ei ddefnyddio, tynnwch eich gwaith o'r porwr hwn. Lawrlwythwch gopi wrth gefn yn gyntaf os oes angen i chi ei gadw.",
        ForgetBrowser: "Forget this browser…" => "Anghofio'r porwr hwn…",
        ForgetWarning: "This removes every assessment, framework, document, draft and preference Spec Lens keeps in this browser, and its offline copy of the page. It cannot be undone."
            => "Bydd hyn yn tynnu pob asesiad, fframwaith, dogfen, drafft a dewis y mae Spec Lens yn eu cadw yn y porwr hwn, a'i gopi all-lein o'r dudalen. Ni ellir dadwneud hyn.",
        BackupFirst: "Download a backup first" => "Lawrlwytho copi wrth gefn yn gyntaf",
        RemoveEverything: "Remove everything from this browser" => "Tynnu popeth o'r porwr hwn",
        Forgotten: "Spec Lens has forgotten this browser" => "Mae Spec Lens wedi anghofio'r porwr hwn",
        CloseTab: "Close this tab to finish. To use Spec Lens again here, open it afresh."
            => "Caewch y tab hwn i orffen. I ddefnyddio Spec Lens yma eto, agorwch ef o'r newydd.",
        OpenAfresh: "Open Spec Lens afresh" => "Agor Spec Lens o'r newydd",
    }
}
