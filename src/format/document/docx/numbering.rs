//! Word's automatic numbering (word/numbering.xml), computed as Word shows it.
//!
//! A paragraph names a list instance (`w:num`) and a level (`w:ilvl`); the instance points at an
//! abstract definition (`w:abstractNum`) whose level gives the start value, number format and
//! text pattern ("%1.%2."). Instances of one abstract definition share their counters, so a list
//! carries on across headings and instances. An instance that overrides a start value
//! (`w:startOverride`) sets the counter to it where the instance is first used at that level:
//! that is how Word restarts numbering (and the instances after it carry on from there, as Word
//! and LibreOffice show).

use std::collections::{HashMap, HashSet};

use roxmltree::Node;

use super::xml::{attr, child, is_w, val};

/// Word allows nine levels (0 to 8).
pub const LEVELS: usize = 9;

/// One level of a list definition.
#[derive(Clone, Debug, Default)]
pub struct Level {
    start: Option<i64>,
    format: String,
    text: Option<String>,
    /// `w:lvlRestart`: 0 never restarts; n restarts after level n (1-based) or a higher one is used.
    restart: Option<u8>,
    /// Legal numbering: every level shows as decimal ("1.1" even under a roman level).
    legal: bool,
}

#[derive(Clone, Debug, Default)]
struct Abstract {
    levels: Vec<Option<Level>>,
    /// `w:numStyleLink`: the levels are those of the numbering style of this name.
    style_link: Option<String>,
}

#[derive(Clone, Debug, Default)]
struct Instance {
    abstract_id: String,
    start_overrides: HashMap<u8, i64>,
    level_overrides: HashMap<u8, Level>,
}

/// The numbering definitions of a document, and the counters as the document is read.
#[derive(Default)]
pub struct Numbering {
    abstracts: HashMap<String, Abstract>,
    instances: HashMap<String, Instance>,
    /// Numbering styles (`w:style w:type="numbering"`) and the instance each names.
    style_instances: HashMap<String, String>,
    counters: HashMap<String, [Option<i64>; LEVELS]>,
    /// (num id, level) pairs whose start override has been applied.
    overridden: HashSet<(String, usize)>,
}

impl Numbering {
    /// Reads numbering.xml's root. `numbering_styles` maps numbering style ids to the instance
    /// they name (from styles.xml), for abstract definitions linked through a style.
    pub fn parse(root: Node, numbering_styles: HashMap<String, String>) -> Self {
        let mut numbering = Numbering { style_instances: numbering_styles, ..Default::default() };
        for node in root.children().filter(|n| is_w(n, "abstractNum")) {
            if let Some(id) = attr(&node, "abstractNumId") {
                numbering.abstracts.insert(id.to_string(), parse_abstract(node));
            }
        }
        for node in root.children().filter(|n| is_w(n, "num")) {
            if let Some(id) = attr(&node, "numId") {
                numbering.instances.insert(id.to_string(), parse_instance(node));
            }
        }
        numbering
    }

    /// Advances the counters for a paragraph numbered (num_id, ilvl) and returns its label, or
    /// "" for a bullet or a level that shows nothing.
    pub fn next_label(&mut self, num_id: &str, ilvl: u8) -> String {
        let ilvl = usize::from(ilvl).min(LEVELS - 1);
        let Some(instance) = self.instances.get(num_id) else {
            return String::new();
        };
        let Some(levels) = self.levels(num_id) else {
            return String::new();
        };
        // A level the list does not define shows nothing (and counts nothing).
        let defined = instance.level_overrides.contains_key(&(ilvl as u8))
            || levels.get(ilvl).is_some_and(Option::is_some);
        if !defined {
            return String::new();
        }
        let levels: Vec<Level> = (0..LEVELS)
            .map(|i| {
                let i8 = i as u8;
                instance
                    .level_overrides
                    .get(&i8)
                    .cloned()
                    .or_else(|| levels.get(i).cloned().flatten())
                    .unwrap_or_default()
            })
            .collect();
        let starts: Vec<i64> = (0..LEVELS)
            .map(|i| {
                let from_level = levels.get(i).and_then(|l| l.start).unwrap_or(0);
                instance.start_overrides.get(&(i as u8)).copied().unwrap_or(from_level)
            })
            .collect();
        let restart = instance.start_overrides.get(&(ilvl as u8)).copied();
        let key = instance.abstract_id.clone();
        let restart = restart.filter(|_| self.overridden.insert((num_id.to_string(), ilvl)));
        let counters = self.counters.entry(key).or_insert([None; LEVELS]);
        advance(counters, &levels, &starts, ilvl, restart);
        label(counters, &levels, &starts, ilvl)
    }

    fn levels(&self, num_id: &str) -> Option<&Vec<Option<Level>>> {
        let instance = self.instances.get(num_id)?;
        let mut abstract_num = self.abstracts.get(&instance.abstract_id)?;
        // A definition linked to a numbering style takes that style's levels (one hop: a
        // style cannot link on again, and a loop must not hang the reader).
        if let Some(style) = &abstract_num.style_link {
            let linked = self
                .style_instances
                .get(style)
                .and_then(|id| self.instances.get(id))
                .and_then(|i| self.abstracts.get(&i.abstract_id));
            if let Some(linked) = linked {
                abstract_num = linked;
            }
        }
        Some(&abstract_num.levels)
    }
}

fn parse_abstract(node: Node) -> Abstract {
    let mut levels = vec![None; LEVELS];
    for lvl in node.children().filter(|n| is_w(n, "lvl")) {
        if let Some(slot) = level_index(&lvl).and_then(|i| levels.get_mut(usize::from(i))) {
            *slot = Some(parse_level(lvl));
        }
    }
    let style_link = child(&node, "numStyleLink").and_then(|n| val(&n)).map(str::to_string);
    Abstract { levels, style_link }
}

fn parse_instance(node: Node) -> Instance {
    let mut instance = Instance {
        abstract_id: child(&node, "abstractNumId").and_then(|n| val(&n)).unwrap_or("").to_string(),
        ..Default::default()
    };
    for over in node.children().filter(|n| is_w(n, "lvlOverride")) {
        let Some(index) = level_index(&over) else { continue };
        if let Some(start) = child(&over, "startOverride").and_then(|n| number(&n)) {
            instance.start_overrides.insert(index, start);
        }
        if let Some(lvl) = child(&over, "lvl") {
            instance.level_overrides.insert(index, parse_level(lvl));
        }
    }
    instance
}

fn level_index(node: &Node) -> Option<u8> {
    attr(node, "ilvl").and_then(|v| v.trim().parse::<u8>().ok()).filter(|i| usize::from(*i) < LEVELS)
}

fn parse_level(lvl: Node) -> Level {
    Level {
        start: child(&lvl, "start").and_then(|n| number(&n)),
        format: child(&lvl, "numFmt").and_then(|n| val(&n)).unwrap_or("decimal").to_string(),
        text: child(&lvl, "lvlText").and_then(|n| val(&n)).map(str::to_string),
        restart: child(&lvl, "lvlRestart").and_then(|n| val(&n)).and_then(|v| v.trim().parse().ok()),
        legal: child(&lvl, "isLgl").is_some_and(|n| on(&n)),
    }
}

fn number(node: &Node) -> Option<i64> {
    val(node)?.trim().parse::<i64>().ok()
}

/// A toggle element: on unless its w:val says otherwise.
pub fn on(node: &Node) -> bool {
    !matches!(val(node), Some("0" | "false" | "off"))
}

/// Counts one more at `ilvl`, and resets the levels below it that restart after it.
/// `restart`: the value an instance's start override sets here, the first time it is used.
fn advance(
    counters: &mut [Option<i64>; LEVELS],
    levels: &[Level],
    starts: &[i64],
    ilvl: usize,
    restart: Option<i64>,
) {
    if let Some(slot) = counters.get_mut(ilvl) {
        *slot = Some(match (restart, *slot) {
            (Some(start), _) => start,
            (None, Some(n)) => n.saturating_add(1),
            (None, None) => starts.get(ilvl).copied().unwrap_or(1),
        });
    }
    for deeper in ilvl + 1..LEVELS {
        let restart = levels.get(deeper).and_then(|l| l.restart);
        // Absent: restart after any higher level; 0: never; n: after level n or higher.
        let resets = match restart {
            None => true,
            Some(0) => false,
            Some(n) => ilvl < usize::from(n),
        };
        if resets {
            if let Some(slot) = counters.get_mut(deeper) {
                *slot = None;
            }
        }
    }
}

/// Fills the level's pattern: "%1.%2." with each level's counter in that level's format.
fn label(counters: &[Option<i64>; LEVELS], levels: &[Level], starts: &[i64], ilvl: usize) -> String {
    let Some(level) = levels.get(ilvl) else { return String::new() };
    if level.format == "bullet" {
        return String::new();
    }
    let Some(pattern) = &level.text else {
        // No pattern: Word shows the number alone.
        return numeral(counters.get(ilvl).copied().flatten().unwrap_or(1), &level.format);
    };
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d));
        match (c, digit) {
            ('%', Some(d)) => {
                chars.next();
                let i = (d - 1) as usize;
                // A level not yet used shows its start value, as Word does.
                let n = counters.get(i).copied().flatten().or_else(|| starts.get(i).copied()).unwrap_or(1);
                let format = levels.get(i).map_or("decimal", |l| l.format.as_str());
                let format = if level.legal { "decimal" } else { format };
                out.push_str(&numeral(n, format));
            }
            _ => out.push(c),
        }
    }
    out.trim().to_string()
}

/// A number in one of Word's formats (OpenDocument's "1", "a", "A", "i", "I" map onto these).
/// Formats not handled here show as decimal, as the clause can still be found by its number.
pub fn numeral(n: i64, format: &str) -> String {
    match format {
        "none" | "bullet" => String::new(),
        "lowerLetter" => letters(n).unwrap_or_else(|| n.to_string()),
        "upperLetter" => letters(n).map(|s| s.to_uppercase()).unwrap_or_else(|| n.to_string()),
        "lowerRoman" => roman(n).map(|s| s.to_lowercase()).unwrap_or_else(|| n.to_string()),
        "upperRoman" => roman(n).unwrap_or_else(|| n.to_string()),
        "decimalZero" if (0..10).contains(&n) => format!("0{n}"),
        _ => n.to_string(),
    }
}

/// a..z, then aa..zz, aaa..: the letter repeated, as Word and LibreOffice count.
fn letters(n: i64) -> Option<String> {
    if !(1..=780).contains(&n) {
        return None;
    }
    let index = (n - 1) % 26;
    let repeat = (n - 1) / 26 + 1;
    let letter = char::from(b'a' + u8::try_from(index).ok()?);
    Some(std::iter::repeat_n(letter, usize::try_from(repeat).ok()?).collect())
}

fn roman(n: i64) -> Option<String> {
    if !(1..=3999).contains(&n) {
        return None;
    }
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, digits) in TABLE {
        while rest >= value {
            out.push_str(digits);
            rest -= value;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::numeral;

    #[test]
    fn numerals() {
        assert_eq!(numeral(4, "lowerRoman"), "iv");
        assert_eq!(numeral(1994, "upperRoman"), "MCMXCIV");
        assert_eq!(numeral(27, "lowerLetter"), "aa");
        assert_eq!(numeral(3, "upperLetter"), "C");
        assert_eq!(numeral(0, "lowerRoman"), "0");
        assert_eq!(numeral(7, "decimalZero"), "07");
        assert_eq!(numeral(7, "none"), "");
    }
}
