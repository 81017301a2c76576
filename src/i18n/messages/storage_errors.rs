//! What goes wrong with the browser's storage (`format::store::StoreError`), what start-up found
//! (`StorageProblem`), and what "Forget this browser" removed.

crate::messages! {
    pub enum StorageErrors in "storage_errors" {
        ForgetRefused: "This browser refused to remove \"{key}\"." => "Gwrthododd y porwr hwn dynnu \"{key}\".",
        Unavailable: "This browser does not let Spec Lens use its storage (blocked site data or private browsing can cause this), so nothing will be kept after you close the page: download a backup of your work before you leave."
            => "Nid yw'r porwr hwn yn gadael i Spec Lens ddefnyddio ei storfa (gall data safle wedi'i rwystro neu bori preifat achosi hyn), felly ni chaiff dim ei gadw ar ôl i chi gau'r dudalen: lawrlwythwch gopi wrth gefn o'ch gwaith cyn i chi adael.",
        QuotaExceeded: "This browser's storage is full, so your latest change is not saved; download a backup, then delete assessments you no longer need."
            => "Mae storfa'r porwr hwn yn llawn, felly nid yw eich newid diweddaraf wedi'i gadw; lawrlwythwch gopi wrth gefn, yna dilëwch asesiadau nad oes eu hangen arnoch mwyach.",
        ReadBackMismatch: "The browser did not store your latest change correctly (entry \"{key}\"), so the last good copy has been kept; download a backup and try again."
            => "Ni wnaeth y porwr storio eich newid diweddaraf yn gywir (cofnod \"{key}\"), felly cadwyd y copi da diwethaf; lawrlwythwch gopi wrth gefn a rhowch gynnig arall arni.",
        /// `{detail}` is one of the `Corrupt…` clauses.
        Corrupt: "A stored entry could not be read because {detail}, so Spec Lens has kept it as it was and will not write over it."
            => "Nid oedd modd darllen cofnod a storiwyd oherwydd {detail}, felly mae Spec Lens wedi'i gadw fel yr oedd ac ni fydd yn ysgrifennu drosto.",
        TooNew: "This entry was saved by a newer version of Spec Lens (storage format {found}, while this version reads up to {supported}), so it is left untouched: open it with the newer version."
            => "Cafodd y cofnod hwn ei gadw gan fersiwn mwy newydd o Spec Lens (fformat storio {found}, tra bo'r fersiwn hon yn darllen hyd at {supported}), felly caiff ei adael heb ei gyffwrdd: agorwch ef gyda'r fersiwn mwy newydd.",
        Conflict: "This assessment was changed in another tab or window (it is now at revision {revision}), so your change here was not saved over it; choose which version to keep."
            => "Cafodd yr asesiad hwn ei newid mewn tab neu ffenestr arall (mae bellach ar ddiwygiad {revision}), felly ni chafodd eich newid yma ei gadw drosto; dewiswch pa fersiwn i'w chadw.",
        /// `{detail}` is the browser's, in its words.
        Other: "The browser's storage reported a problem ({detail}), so your latest change may not be saved; download a backup and reload the page."
            => "Rhoddodd storfa'r porwr wybod am broblem ({detail}), felly efallai na fydd eich newid diweddaraf wedi'i gadw; lawrlwythwch gopi wrth gefn ac ail-lwythwch y dudalen.",
        QuarantineFull: "An unreadable entry could not be moved aside, because a hundred entries were already moved aside at the same moment; it was left where it is. Reload the page to try again."
            => "Nid oedd modd symud cofnod annarllenadwy o'r neilltu, oherwydd roedd cant o gofnodion eisoes wedi'u symud o'r neilltu ar yr un eiliad; cafodd ei adael lle mae. Ail-lwythwch y dudalen i roi cynnig arall arni.",
        NotQuarantined: "The entry \"{key}\" is not one that was moved aside, so it was not deleted."
            => "Nid yw'r cofnod \"{key}\" yn un a symudwyd o'r neilltu, felly ni chafodd ei ddileu.",
        /// `{detail}` is the JSON writer's.
        EncodingFailed: "encoding failed: {detail}" => "methodd yr amgodio: {detail}",
        // Why a stored entry cannot be read; `{detail}` is the JSON parser's.
        CorruptNotAnAssessment: "its contents are not a valid assessment ({detail})" => "nid yw ei gynnwys yn asesiad dilys ({detail})",
        CorruptRevision: "its revision is not a number" => "nid yw ei ddiwygiad yn rhif",
        CorruptNotJson: "it is not a readable JSON object ({detail})" => "nid yw'n wrthrych JSON darllenadwy ({detail})",
        CorruptNotMarked: "it is not marked as a Spec Lens document" => "nid yw wedi'i farcio fel dogfen Spec Lens",
        CorruptNoVersion: "it has no format version" => "nid oes ganddo fersiwn fformat",
        CorruptDocumentReference: "its reference to the specification's document is not a storage key"
            => "nid yw ei gyfeiriad at ddogfen y fanyleb yn allwedd storio",
        CorruptDocumentMissing: "the specification's document it refers to ({key}) is missing"
            => "mae dogfen y fanyleb y mae'n cyfeirio ati ({key}) ar goll",
        CorruptDocumentUnreadable: "the specification's document ({key}) is unreadable ({detail})"
            => "nid oes modd darllen dogfen y fanyleb ({key}) ({detail})",
        CorruptIndexNotJson: "the index is not a readable JSON object ({detail})" => "nid yw'r mynegai yn wrthrych JSON darllenadwy ({detail})",
        CorruptIndexNotIds: "the index does not list assessment ids ({detail})" => "nid yw'r mynegai yn rhestru dynodyddion asesiadau ({detail})",
        // What start-up found.
        /// `{reason}` is one of the sentences above.
        Quarantined: "A saved assessment could not be read ({reason}). Its data was kept aside under the storage key \"{key}\" and nothing else was changed."
            => "Nid oedd modd darllen asesiad a gadwyd ({reason}). Cadwyd ei ddata o'r neilltu o dan yr allwedd storio \"{key}\" ac ni newidiwyd dim arall.",
        KeptUnreadable: "The entry \"{key}\" was left untouched: {reason}" => "Gadawyd y cofnod \"{key}\" heb ei gyffwrdd: {reason}",
        NotMovedAside: "An unreadable entry ({key}) could not be moved aside, so it stays where it was and nothing will write over it."
            => "Nid oedd modd symud cofnod annarllenadwy ({key}) o'r neilltu, felly mae'n aros lle'r oedd ac ni fydd dim yn ysgrifennu drosto.",
        IndexTooNew: "The list that orders your assessments was saved by a newer version of Spec Lens, so it is left as it is and your assessments are shown in the order they were found."
            => "Cafodd y rhestr sy'n trefnu eich asesiadau ei chadw gan fersiwn mwy newydd o Spec Lens, felly caiff ei gadael fel y mae a dangosir eich asesiadau yn y drefn y daethpwyd o hyd iddynt.",
        IndexUnreadable: "The list that orders your assessments could not be read, so it was set aside and your assessments are shown in the order they were found."
            => "Nid oedd modd darllen y rhestr sy'n trefnu eich asesiadau, felly cafodd ei rhoi o'r neilltu a dangosir eich asesiadau yn y drefn y daethpwyd o hyd iddynt.",
        /// `{reason}` is a file's reason as a clause.
        FrameworkRefused: "A stored framework (\"{key}\") was left as it is and not used, because {reason}; assessments scored under it cannot open until a corrected copy is imported."
            => "Gadawyd fframwaith a storiwyd (\"{key}\") fel y mae a heb ei ddefnyddio, oherwydd {reason}; ni all asesiadau a sgoriwyd oddi tano agor nes i gopi wedi'i gywiro gael ei fewnforio.",
        FrameworkUnreadable: "A stored framework (\"{key}\") could not be read and was left as it is; assessments scored under it cannot open until it is imported again."
            => "Nid oedd modd darllen fframwaith a storiwyd (\"{key}\") a chafodd ei adael fel y mae; ni all asesiadau a sgoriwyd oddi tano agor nes iddo gael ei fewnforio eto.",
        // What kept the built-in framework, or its wording in another language, from the page.
        /// `{detail}` is the JSON parser's.
        BuiltinUnreadable: "The built-in framework could not be read ({detail})."
            => "Nid oedd modd darllen y fframwaith adeiledig ({detail}).",
        /// `{language}` is a language's name (`Validation::Welsh`); `{detail}` is the JSON parser's.
        WordingUnreadable: "The {language} wording of the built-in framework could not be read ({detail})."
            => "Nid oedd modd darllen geiriad {language} y fframwaith adeiledig ({detail}).",
        WordingWithoutVersion: "No built-in framework version has this wording's rules."
            => "Nid oes gan unrhyw fersiwn o'r fframwaith adeiledig reolau'r geiriad hwn.",
        /// `{reason}` is a file's reason as a clause.
        WordingRefused: "The {language} wording of the built-in framework was not used, because {reason}."
            => "Ni ddefnyddiwyd geiriad {language} y fframwaith adeiledig, oherwydd {reason}.",
        // Why the page could not change to Welsh; it stays in English.
        /// `{status}` is the site's answer, such as "HTTP 404".
        WelshUnfetched: "The Welsh text could not be fetched ({status}). Check the connection and choose Cymraeg again."
            => "Nid oedd modd nôl y testun Cymraeg ({status}). Gwiriwch y cysylltiad a dewiswch Cymraeg eto.",
        WelshOffline: "The Welsh text could not be fetched (no connection). Check the connection and choose Cymraeg again."
            => "Nid oedd modd nôl y testun Cymraeg (dim cysylltiad). Gwiriwch y cysylltiad a dewiswch Cymraeg eto.",
        /// `{detail}` says where the file is not what the page wrote.
        WelshUnreadable: "The Welsh text could not be read ({detail}). Reload the page and choose Cymraeg again."
            => "Nid oedd modd darllen y testun Cymraeg ({detail}). Ail-lwythwch y dudalen a dewiswch Cymraeg eto.",
        /// What "Forget this browser" removed; each slot is a count (`StorageCounted`).
        Removed: "Removed {assessments}, {frameworks}, {documents} and {other}."
            => "Tynnwyd {assessments}, {frameworks}, {documents} a {other}.",
        RemovedWithOffline: "Removed {assessments}, {frameworks}, {documents}, {other} and the offline copy of the page."
            => "Tynnwyd {assessments}, {frameworks}, {documents}, {other} a chopi all-lein y dudalen.",
    }
}

crate::plurals! {
    pub enum StorageCounted in "storage_counted" {
        Assessments: ["{n} assessment", "{n} assessments"]
            => ["{n} asesiad", "{n} asesiad", "{n} asesiad", "{n} asesiad", "{n} asesiad", "{n} asesiad"],
        Frameworks: ["{n} imported or edited framework", "{n} imported or edited frameworks"]
            => ["{n} fframwaith a fewnforiwyd neu a olygwyd", "{n} fframwaith a fewnforiwyd neu a olygwyd",
                "{n} fframwaith a fewnforiwyd neu a olygwyd", "{n} fframwaith a fewnforiwyd neu a olygwyd",
                "{n} fframwaith a fewnforiwyd neu a olygwyd", "{n} fframwaith a fewnforiwyd neu a olygwyd"],
        Documents: ["{n} specification document", "{n} specification documents"]
            => ["{n} dogfen manyleb", "{n} dogfen manyleb", "{n} dogfen manyleb", "{n} dogfen manyleb",
                "{n} dogfen manyleb", "{n} dogfen manyleb"],
        Other: ["{n} other entry (preferences, drafts, the workshop)", "{n} other entries (preferences, drafts, the workshop)"]
            => ["{n} cofnod arall (dewisiadau, drafftiau, y gweithdy)", "{n} cofnod arall (dewisiadau, drafftiau, y gweithdy)",
                "{n} cofnod arall (dewisiadau, drafftiau, y gweithdy)", "{n} cofnod arall (dewisiadau, drafftiau, y gweithdy)",
                "{n} cofnod arall (dewisiadau, drafftiau, y gweithdy)", "{n} cofnod arall (dewisiadau, drafftiau, y gweithdy)"],
    }
}
