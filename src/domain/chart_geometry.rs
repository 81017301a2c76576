//! Pure geometry and wording for the results charts: scales, ticks, band regions, label
//! wrapping and placement, and how percentages are written. No signals and no DOM, so every
//! number a chart draws is tested natively; the components in `ui::components::charts` only
//! turn these numbers into SVG.

use super::framework::BandThresholds;
use super::numbers::fixed;
use super::results::Band;

/// Gridlines and tick labels on a percentage axis.
pub const PERCENT_TICKS: [f64; 6] = [0.0, 20.0, 40.0, 60.0, 80.0, 100.0];

/// Concentric radar rings, one per tick above zero.
pub const RADAR_RINGS: [f64; 5] = [20.0, 40.0, 60.0, 80.0, 100.0];

/// How far below a tenth a percentage may fall and still be written as that tenth: a value that
/// is mathematically 80 but computed as 79.99999999999999 must read "80.0%", as its band does.
const FORMAT_TOLERANCE: f64 = 1e-6;

/// A percentage as people read it next to its band: one decimal, rounded *down*, so that 79.96
/// reads "79.9%" beside "Good" and never "80.0%". Out-of-range values are clamped; NaN reads 0.
pub fn format_percent(percent: f64) -> String {
    format!("{}%", fixed(floor_tenth(percent), 1))
}

/// `percent` clamped into 0..=100 and rounded down to a tenth (with a little tolerance for float
/// noise just below a tenth).
pub fn floor_tenth(percent: f64) -> f64 {
    let p = clamp_percent(percent);
    ((p * 10.0 + FORMAT_TOLERANCE).floor() / 10.0).min(100.0)
}

/// A weight as written in a table, to at most two decimals without trailing zeros: "2", "1.5",
/// "1.01" for 1.005 (rounded as written: `numbers::fixed`); unusable weights (NaN, infinite,
/// negative) as "0".
pub fn format_weight(weight: f64) -> String {
    if weight.is_finite() && weight > 0.0 {
        let text = fixed(weight, 2);
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        "0".to_string()
    }
}

/// Maps a percentage onto a horizontal span: 0 at `x0`, 100 at `x0 + width`, clamped.
pub fn percent_to_x(percent: f64, x0: f64, width: f64) -> f64 {
    x0 + width * clamp_percent(percent) / 100.0
}

/// One band's stretch of the percentage axis, `from` inclusive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandRegion {
    pub band: Band,
    pub from: f64,
    pub to: f64,
}

/// The bands as stretches of 0..=100, worst first, leaving out any of zero width. Thresholds from a
/// user's file may be out of range or out of order: each is clamped into 0..=100 and raised to at
/// least the one below it, so the regions always tile 0..=100 without overlapping.
pub fn band_regions(thresholds: &BandThresholds) -> Vec<BandRegion> {
    let cuts = band_cuts(thresholds);
    let bounds = [0.0, cuts[0], cuts[1], cuts[2], 100.0];
    let bands = [Band::Inadequate, Band::RequiresImprovement, Band::Good, Band::Outstanding];
    bands
        .iter()
        .enumerate()
        .map(|(i, &band)| BandRegion { band, from: bounds[i], to: bounds[i + 1] })
        .filter(|r| r.to > r.from)
        .collect()
}

/// The threshold lines to draw: the lower bound of every band above Inadequate, sanitised as in
/// [`band_regions`], without 0 and 100 (the axis ends already show them) or repeats.
pub fn threshold_marks(thresholds: &BandThresholds) -> Vec<(Band, f64)> {
    let cuts = band_cuts(thresholds);
    let marks = [(Band::RequiresImprovement, cuts[0]), (Band::Good, cuts[1]), (Band::Outstanding, cuts[2])];
    let mut out: Vec<(Band, f64)> = Vec::new();
    for (band, at) in marks {
        if at > 0.0 && at < 100.0 && out.last().is_none_or(|&(_, prev)| prev < at) {
            out.push((band, at));
        }
    }
    out
}

fn band_cuts(t: &BandThresholds) -> [f64; 3] {
    let ri = clamp_percent(t.requires_improvement);
    let good = clamp_percent(t.good).max(ri);
    let outstanding = clamp_percent(t.outstanding).max(good);
    [ri, good, outstanding]
}

/// Splits `text` into lines of at most `max_chars` characters at spaces. A single word longer
/// than `max_chars` gets a line of its own (and is longer than the limit). Blank text gives no lines.
pub fn wrap_words(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if current.is_empty() {
            current.push_str(word);
        } else if current.chars().count() + 1 + word.chars().count() <= max_chars {
            current.push(' ');
            current.push_str(word);
        } else {
            lines.push(std::mem::take(&mut current));
            current.push_str(word);
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// [`wrap_words`], then at most `max_lines` lines of at most `max_chars` characters each: anything
/// cut off is marked with an ellipsis at the end of the last line kept. Charts use this for axis
/// labels; the full text is always in the data table beside the chart.
pub fn wrap_label(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(2);
    let lines = wrap_words(text, max_chars);
    let cut = lines.len() > max_lines;
    let mut kept: Vec<String> = lines.into_iter().take(max_lines).map(|l| clip(&l, max_chars)).collect();
    if cut {
        if let Some(last) = kept.last_mut() {
            if !last.ends_with('…') {
                let room: String = last.chars().take(max_chars - 1).collect();
                *last = format!("{}…", room.trim_end());
            }
        }
    }
    kept
}

/// The lines of `text` if it fits in `max_lines` lines of `max_chars` without cutting a word;
/// None when it does not fit (the caller then leaves the label out).
pub fn fit_label(text: &str, max_chars: usize, max_lines: usize) -> Option<Vec<String>> {
    let lines = wrap_words(text, max_chars);
    let fits =
        !lines.is_empty() && lines.len() <= max_lines && lines.iter().all(|l| l.chars().count() <= max_chars);
    fits.then_some(lines)
}

/// `line` cut to `max_chars` characters, the last one an ellipsis when anything was cut.
fn clip(line: &str, max_chars: usize) -> String {
    if line.chars().count() <= max_chars {
        line.to_string()
    } else {
        let kept: String = line.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}

/// How many characters of a label fit in `width` user units at `font_size`, using an average
/// character width of 0.58 em (a safe estimate for system sans-serif fonts).
pub fn chars_fitting(width: f64, font_size: f64) -> usize {
    if !(width.is_finite() && font_size.is_finite()) || width <= 0.0 || font_size <= 0.0 {
        return 0;
    }
    // Finite, non-negative and far below usize::MAX for any chart, so the cast is exact enough.
    (width / (font_size * 0.58)).floor() as usize
}

/// Horizontal alignment of a text label (the SVG `text-anchor` values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a radar axis label goes: its anchor point's x, its alignment and one baseline y per line.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelPlacement {
    pub x: f64,
    pub anchor: Anchor,
    pub baselines: Vec<f64>,
}

/// A radar's frame in SVG user units: its centre and the radius that 100% reaches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Radar {
    pub cx: f64,
    pub cy: f64,
    pub radius: f64,
}

/// How axis labels are set: distance outside the outer ring, baseline spacing and font size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelStyle {
    pub gap: f64,
    pub line_height: f64,
    pub font_size: f64,
}

impl Radar {
    /// The vertices for `values` (percentages), as [`crate::domain::radar_points`] computes them.
    pub fn points(&self, values: &[f64]) -> Vec<(f64, f64)> {
        super::results::radar_points(values, self.radius, self.cx, self.cy)
    }

    /// A regular polygon through `count` axes at `percent`: one of the concentric rings.
    pub fn ring(&self, count: usize, percent: f64) -> Vec<(f64, f64)> {
        self.points(&vec![percent; count])
    }

    /// The outer end of axis `index` of `count`.
    pub fn axis_end(&self, index: usize, count: usize) -> (f64, f64) {
        let (sin, cos) = axis_direction(index, count);
        (self.cx + self.radius * sin, self.cy - self.radius * cos)
    }

    /// Places the label of axis `index` of `count` (first axis straight up, then clockwise, as
    /// the points are drawn) just outside the radar. Labels on the right start at their point, on
    /// the left end there, at the top and bottom are centred; a label above the centre grows
    /// upwards, one below grows downwards, one level with it is centred vertically.
    pub fn label(&self, index: usize, count: usize, lines: usize, style: LabelStyle) -> LabelPlacement {
        let (sin, cos) = axis_direction(index, count);
        let r = self.radius + style.gap;
        let (x, y) = (self.cx + r * sin, self.cy - r * cos);
        let anchor = if sin > 0.3 {
            Anchor::Start
        } else if sin < -0.3 {
            Anchor::End
        } else {
            Anchor::Middle
        };
        let lines = lines.max(1);
        let block = style.line_height * (lines - 1) as f64;
        // Baseline of the first line: the block sits above the point, below it, or centred on it.
        let first = if cos > 0.3 {
            y - block
        } else if cos < -0.3 {
            y + style.font_size * 0.8
        } else {
            y - block / 2.0 + style.font_size * 0.35
        };
        let baselines = (0..lines).map(|i| first + style.line_height * i as f64).collect();
        LabelPlacement { x, anchor, baselines }
    }
}

/// (sin, cos) of axis `index` of `count`, measured clockwise from straight up.
pub fn axis_direction(index: usize, count: usize) -> (f64, f64) {
    turn_sin_cos(index as f64 / count.max(1) as f64)
}

/// (sin, cos) of `turns` full turns (0.25 is a right angle), exact at every quarter turn.
///
/// Why not `f64::sin`: in wasm that is libm's, whose argument reduction for any size of angle
/// costs 7 KB; a chart's angles are fractions of one turn, so a quarter-turn reduction and two
/// short series (error below 1e-16 on the remaining eighth of a turn) are enough.
pub fn turn_sin_cos(turns: f64) -> (f64, f64) {
    let quarters = turns * 4.0;
    let quadrant = quarters.round();
    let x = (quarters - quadrant) * std::f64::consts::FRAC_PI_2;
    let (sin, cos) = (series(x, x, 1), series(x, 1.0, 0));
    match quadrant.rem_euclid(4.0) as u8 {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// The Taylor series of sin (`first` = x, `power` = 1) or cos (1, 0) at |x| <= pi/4, to x^17.
fn series(x: f64, first: f64, power: u32) -> f64 {
    let mut term = first;
    let mut sum = first;
    for n in (power + 2..=17).step_by(2) {
        term *= -x * x / f64::from(n * (n - 1));
        sum += term;
    }
    sum
}

/// Pairs of neighbouring axes (clockwise, the last back to the first) that both have a value: the
/// radar draws the outline only between those, so a section without a score leaves a gap in the
/// shape instead of pulling it to the centre as if it had scored zero. Fewer than three axes have
/// no closed shape: two give their single pair once, one gives none.
pub fn radar_edges(has_value: &[bool]) -> Vec<(usize, usize)> {
    let n = has_value.len();
    if n < 2 {
        return Vec::new();
    }
    let pairs = if n == 2 { 1 } else { n };
    (0..pairs).map(|i| (i, (i + 1) % n)).filter(|&(a, b)| has_value[a] && has_value[b]).collect()
}

fn clamp_percent(p: f64) -> f64 {
    if p.is_nan() {
        0.0
    } else {
        p.clamp(0.0, 100.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_down_to_a_tenth() {
        assert_eq!(format_percent(79.96), "79.9%");
        assert_eq!(format_percent(79.99999999999999), "80.0%");
        assert_eq!(format_percent(5.357), "5.3%");
        assert_eq!(format_percent(100.0), "100.0%");
        assert_eq!(format_percent(f64::NAN), "0.0%");
        assert_eq!(format_percent(-3.0), "0.0%");
        assert_eq!(format_percent(250.0), "100.0%");
    }
}
