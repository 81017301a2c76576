//! The results charts and the comparison's change chart, with their data tables.

crate::messages! {
    pub enum Charts in "charts" {
        NoScoreYet: "No score yet" => "Dim sgôr eto",
        /// Inside a chart, beside a section's name or an axis.
        NoScoreYetInChart: "no score yet" => "dim sgôr eto",
        Axis: "Axis" => "Echelin",
        Section: "Section" => "Adran",
        Score: "Score" => "Sgôr",
        NoSections: "This framework has no sections, so there is nothing to draw."
            => "Nid oes gan y fframwaith hwn adrannau, felly nid oes dim i'w ddarlunio.",
        BarCaption: "Bar chart: the percentage scored in each section, over the bands. Sections without a score yet are drawn as a dashed outline."
            => "Siart bar: y ganran a sgoriwyd ym mhob adran, dros y bandiau. Caiff adrannau heb sgôr eto eu darlunio fel amlinell doredig.",
        BarTable: "The bar chart's numbers" => "Ffigurau'r siart bar",
        RadarTooFew: "A radar needs at least three sections; the bar chart and the table show the scores."
            => "Mae angen o leiaf dair adran ar siart radar; mae'r siart bar a'r tabl yn dangos y sgoriau.",
        RadarCaption: "Radar chart: the same section percentages, one axis per section clockwise from the top, with rings every 20%. A section without a score leaves a gap in the shape."
            => "Siart radar: yr un canrannau adrannau, un echelin i bob adran yn glocwedd o'r brig, gyda chylchoedd bob 20%. Mae adran heb sgôr yn gadael bwlch yn y siâp.",
        RadarTable: "The radar chart's numbers, clockwise from the top" => "Ffigurau'r siart radar, yn glocwedd o'r brig",
        NeitherHasSections: "Neither framework has sections, so there is nothing to draw."
            => "Nid oes gan yr un o'r ddau fframwaith adrannau, felly nid oes dim i'w ddarlunio.",
        ChangeTable: "The chart's numbers, with the change in percentage points"
            => "Ffigurau'r siart, gyda'r newid mewn pwyntiau canran",
        Change: "Change" => "Newid",
        ChangeCaption: "Section changes: each section's percentage in the first assessment (thin outlined bar) and in the second (solid bar), each bar labelled with its assessment and value."
            => "Newidiadau fesul adran: canran pob adran yn yr asesiad cyntaf (bar tenau wedi'i amlinellu) ac yn yr ail (bar solet), gyda phob bar wedi'i labelu â'i asesiad a'i werth.",
    }
}
