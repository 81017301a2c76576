//! What the room sees on the workshop's projector.

crate::messages! {
    pub enum Projector in "projector" {
        NoWorkshop: "No workshop is running" => "Nid oes gweithdy'n rhedeg",
        StartOne: "Start one on the workshop page; this screen follows it."
            => "Dechreuwch un ar dudalen y gweithdy; mae'r sgrin hon yn ei ddilyn.",
        GoToWorkshop: "Go to the workshop page" => "Ewch i dudalen y gweithdy",
        Where: "Criterion {place} of {total} · {section}" => "Maen prawf {place} o {total} · {section}",
        Hidden: "Scores are hidden. {scored} of {total} people have scored this criterion."
            => "Mae'r sgoriau'n gudd. Mae {scored} o {total} o bobl wedi sgorio'r maen prawf hwn.",
        SaidNotApplicable: "{count} said Not applicable." => "Dywedodd {count} nad yw'n berthnasol.",
        ScoresCaption: "Scores given" => "Sgoriau a roddwyd",
    }
}
