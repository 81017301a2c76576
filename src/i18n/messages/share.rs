//! Share links: making one (the results page's export panel) and opening one (the share page).

crate::messages! {
    pub enum Share in "share" {
        CompressFailed: "This browser could not compress the data." => "Nid oedd y porwr hwn yn gallu cywasgu'r data.",
        LinkDamaged: "The link is damaged or too large to open." => "Mae'r ddolen wedi'i difrodi neu'n rhy fawr i'w hagor.",
        CopyRefused: "The browser did not allow copying. Select the link and copy it yourself."
            => "Ni chaniataodd y porwr gopïo. Dewiswch y ddolen a'i chopïo eich hun.",
        Heading: "Shared assessment" => "Asesiad a rannwyd",
        Opening: "Opening the link…" => "Wrthi'n agor y ddolen…",
        GoToAssessments: "Go to your assessments" => "Ewch i'ch asesiadau",
        SharedWithYou: "Someone shared this assessment with you. It came inside the link; no server saw it."
            => "Mae rhywun wedi rhannu'r asesiad hwn gyda chi. Daeth y tu mewn i'r ddolen; ni welodd unrhyw weinydd ef.",
        ChangedToOpen: "Spec Lens changed these things so that the link could open:"
            => "Newidiodd Spec Lens y pethau hyn er mwyn i'r ddolen agor:",
        Explained: "A share link holds the whole assessment in the address itself, after the #. Browsers never send that part to any server. Anyone with the link can open it in Spec Lens and choose to save it."
            => "Mae dolen rannu'n cynnwys yr asesiad cyfan yn y cyfeiriad ei hun, ar ôl y #. Nid yw porwyr byth yn anfon y rhan honno i unrhyw weinydd. Gall unrhyw un sydd â'r ddolen ei hagor yn Spec Lens a dewis ei chadw.",
        Make: "Make a share link" => "Creu dolen rannu",
        Making: "Making the link…" => "Wrthi'n creu'r ddolen…",
        Copy: "Copy link" => "Copïo'r ddolen",
        Copied: "Link copied." => "Wedi copïo'r ddolen.",
        TooLong: "This assessment is too large for a link ({length} characters; links stop at {limit}). Download it as a file and send the file instead."
            => "Mae'r asesiad hwn yn rhy fawr i ddolen ({length} nod; mae dolenni'n dod i ben ar {limit}). Lawrlwythwch ef fel ffeil ac anfonwch y ffeil yn lle hynny.",
    }
}

crate::plurals! {
    pub enum ShareCount in "share_count" {
        /// The label of the finished link's box.
        LinkLength: ["Share link ({n} character)", "Share link ({n} characters)"]
            => ["Dolen rannu ({n} nod)", "Dolen rannu ({n} nod)", "Dolen rannu ({n} nod)", "Dolen rannu ({n} nod)", "Dolen rannu ({n} nod)", "Dolen rannu ({n} nod)"],
    }
}
