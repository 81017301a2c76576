//! CSV import and export of a framework's criteria, for people who keep their criteria in a
//! spreadsheet.
//!
//! # Column layout
//!
//! One row per criterion, below one header row. Column names are matched without regard to case,
//! spaces or hyphens ("Section ID" is `section_id`), in any order; unknown columns are ignored.
//!
//! | column            | required | what it holds                                                        |
//! |-------------------|----------|----------------------------------------------------------------------|
//! | `section_id`      | yes      | the id of the criterion's section; rows with the same id form one section, in the order first seen |
//! | `section_title`   | yes      | the section's title (needed on at least one of its rows)              |
//! | `section_summary` |          | the section's summary                                                |
//! | `section_weight`  |          | the section's weight, a number of 0 or more; blank means 1           |
//! | `criterion_id`    | yes      | the criterion's id, unique in the file; answers are matched by it     |
//! | `title`           | yes      | the criterion's title                                                |
//! | `question`        | yes      | the question the assessor answers                                    |
//! | `guidance`        |          | guidance for the assessor                                            |
//! | `meets`           |          | what evidence meets the criterion                                    |
//! | `falls_short`     |          | what falls short of it                                               |
//! | `weight`          |          | the weight within its section, a number of 0 or more; blank means 1  |
//! | `critical`        |          | yes or no (also true/false, 1/0, y/n); blank means no                 |
//! | `level_0` … `level_4` |      | the criterion's own descriptor for each level; all blank means the scale's |
//! | `sources`         |          | one source per line (a line break inside the cell): `Title \| Publisher \| Year \| https://…`; the year may be blank, and `Title \| https://…` or `Title \| Publisher \| https://…` also read |
//! | `search_terms`    |          | the words and phrases the evidence finder looks for, one per line (`co-produc*` ends in a wildcard) |
//!
//! ## Wording in another language
//!
//! A framework's wording in another language (`Framework::languages`) has a column beside each
//! wording column, named with the language's code: `section_title_cy`, `section_summary_cy`,
//! `title_cy`, `question_cy`, `guidance_cy`, `meets_cy`, `falls_short_cy`, `level_0_cy` …
//! `level_4_cy` and `search_terms_cy` (Welsh: `cy`; English, for a framework worded first in
//! Welsh: `en`). All are optional, and a blank cell falls back to the framework's own wording; a
//! file without them reads as before. The export writes them for each language the framework has
//! a translation for, after the other columns. Sources are not translated.
//!
//! Section columns repeat on every row of the section (the export writes them all); a later row may
//! leave them blank, but may not give a different value. Weights use a point as the decimal mark.
//! The file is UTF-8 (a byte-order mark is skipped), comma-separated, RFC 4180 quoting: cells with
//! commas, quotes or line breaks are in double quotes, with inner quotes doubled. A file separated by
//! semicolons or tabs is refused with a message saying how to save it comma-separated.
//!
//! # Errors
//!
//! Every problem in the file is reported, each naming its line (the physical line of the file where
//! the row starts, counting line breaks inside cells) and its column, and nothing is imported until
//! there are none.
//!
//! # Export
//!
//! [`criteria_csv`] writes the same layout with the CSV writer of `format::csv` (byte-order mark,
//! CRLF, RFC 4180 quoting, formula cells neutralised with a leading apostrophe). The importer takes
//! that apostrophe off again (`csv::unneutralise`), so a criterion titled "-10% reoffending" reads
//! back as it was written. Line breaks inside cells read back as LF. Not written: the framework's
//! own fields (id, version, title, scale, bands, timescale rules), which the framework file carries,
//! and sections with no criteria.

use std::collections::{BTreeMap, HashMap};

use super::csv::{push_row, unneutralise, BOM};
use super::import::MAX_FILE_BYTES;
use crate::domain::case::lower;
use crate::domain::finder::check_term;
use crate::domain::finder::TermError;
use crate::domain::framework::{CriterionWording, Language, SectionWording, Translation};
use crate::domain::numbers::{parse_decimal, shortest};
use crate::domain::sorting;
use crate::domain::validation::{is_valid_weight, is_web_url, MAX_WEIGHT};
use crate::domain::{Criterion, Framework, Section, Source, MAX_LEVEL};

/// Every column, in the order the export and the template write them.
pub const COLUMNS: [&str; 19] = [
    "section_id",
    "section_title",
    "section_summary",
    "section_weight",
    "criterion_id",
    "title",
    "question",
    "guidance",
    "meets",
    "falls_short",
    "weight",
    "critical",
    "level_0",
    "level_1",
    "level_2",
    "level_3",
    "level_4",
    "sources",
    "search_terms",
];

/// The columns that have a twin per language (`title_cy`…), in the order the export writes them.
pub const WORDING_COLUMNS: [&str; 13] = [
    "section_title",
    "section_summary",
    "title",
    "question",
    "guidance",
    "meets",
    "falls_short",
    "level_0",
    "level_1",
    "level_2",
    "level_3",
    "level_4",
    "search_terms",
];

/// The columns a file must have.
pub const REQUIRED_COLUMNS: [&str; 5] = ["section_id", "section_title", "criterion_id", "title", "question"];

const LEVEL_COLUMNS: [&str; MAX_LEVEL as usize + 1] = ["level_0", "level_1", "level_2", "level_3", "level_4"];

/// A blank weight means this.
pub const DEFAULT_WEIGHT: f64 = 1.0;

/// A suggested name for the downloaded template.
pub const TEMPLATE_FILE_NAME: &str = "spec-lens-criteria-template.csv";

/// One problem in a criteria file; `i18n::refusals` words it (`message()`, and `Display` with its
/// line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// 1-based physical line where the row starts; None for a problem with the file as a whole.
    pub line: Option<usize>,
    /// The column's name as this importer spells it (see [`COLUMNS`]), when the problem is in one cell.
    pub column: Option<String>,
    /// What was wrong.
    pub problem: CsvProblem,
}

/// What is wrong in a criteria file. Texts quoted from the file are kept whole; the wording quotes
/// and cuts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    TooLarge {
        bytes: usize,
    },
    Utf16,
    NotUtf8,
    Empty,
    UnclosedQuote,
    /// Separated by semicolons (true) or tabs (false).
    WrongSeparator {
        semicolons: bool,
    },
    /// A column named twice, at these 1-based positions.
    DuplicateColumn {
        first: usize,
        second: usize,
    },
    MissingColumn {
        column: &'static str,
    },
    NoSectionId,
    /// A section's title, summary or weight (`field`) differs from the one given on `line`:
    /// `first` is that one, as written (a weight in its shortest form).
    SectionConflict {
        id: String,
        field: &'static str,
        first: String,
        line: usize,
    },
    /// The same for a section's title or summary in another language.
    SectionWordingConflict {
        id: String,
        language: Language,
        field: &'static str,
        first: String,
        line: usize,
    },
    NeedsTitle,
    NeedsQuestion,
    NotYesOrNo {
        text: String,
    },
    /// Source `n` (its line as written) cannot be read.
    Source {
        n: usize,
        text: String,
        problem: SourceProblem,
    },
    BadTerm {
        term: String,
        error: TermError,
    },
    NoCriterionId,
    RepeatedCriterionId {
        id: String,
        first_line: usize,
    },
    Weight {
        text: String,
        problem: CsvWeight,
    },
    SectionNoTitle {
        id: String,
    },
    NoCriteria,
}

/// Why a source line cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceProblem {
    NoAddress,
    NoTitle,
    NotWebAddress { url: String },
    BadYear { year: String },
}

/// Why a weight cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvWeight {
    DecimalComma,
    TooHeavy,
    Negative,
    NotANumber,
}

impl std::error::Error for CsvError {}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/// A framework's criteria as CSV, one row per criterion, in framework order, with the columns of
/// each language the framework has a translation for.
pub fn criteria_csv(framework: &Framework) -> String {
    let languages: Vec<(&str, &Translation)> = framework
        .languages
        .iter()
        .filter(|(code, _)| **code != framework.language && Language::from_code(code).is_some())
        .map(|(code, translation)| (code.as_str(), translation))
        .collect();
    let mut out = String::from(BOM);
    let header = COLUMNS.iter().map(|c| c.to_string());
    let worded =
        languages.iter().flat_map(|(code, _)| WORDING_COLUMNS.iter().map(move |c| format!("{c}_{code}")));
    push_row(&mut out, header.chain(worded));
    for (section, criterion) in framework.criteria() {
        let mut cells = row_cells(section, criterion);
        for (_, translation) in &languages {
            cells.extend(worded_cells(translation, section, criterion));
        }
        push_row(&mut out, cells.into_iter());
    }
    out
}

/// The cells of one row in one language, in the order of [`WORDING_COLUMNS`].
fn worded_cells(translation: &Translation, section: &Section, criterion: &Criterion) -> Vec<String> {
    let empty_section = SectionWording::default();
    let empty_criterion = CriterionWording::default();
    let s = translation.sections.get(&section.id).unwrap_or(&empty_section);
    let c = translation.criteria.get(&criterion.id).unwrap_or(&empty_criterion);
    let mut cells = vec![
        s.title.clone(),
        s.summary.clone(),
        c.title.clone(),
        c.question.clone(),
        c.guidance.clone(),
        c.meets.clone(),
        c.falls_short.clone(),
    ];
    cells.extend((0..LEVEL_COLUMNS.len()).map(|l| c.descriptors.get(l).cloned().unwrap_or_default()));
    let terms: Vec<&str> = c.search_terms.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).collect();
    cells.push(terms.join("\n"));
    cells
}

/// The header and one example row, for a "Download template" button. It imports as it is.
pub fn criteria_template() -> String {
    let (section, criterion) = template_example();
    rows_csv(std::iter::once((&section, &criterion)))
}

fn rows_csv<'a>(rows: impl Iterator<Item = (&'a Section, &'a Criterion)>) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for (section, criterion) in rows {
        push_row(&mut out, row_cells(section, criterion).into_iter());
    }
    out
}

fn row_cells(section: &Section, criterion: &Criterion) -> Vec<String> {
    let mut cells = vec![
        section.id.clone(),
        section.title.clone(),
        section.summary.clone(),
        shortest(section.weight),
        criterion.id.clone(),
        criterion.title.clone(),
        criterion.question.clone(),
        criterion.guidance.clone(),
        criterion.meets.clone(),
        criterion.falls_short.clone(),
        shortest(criterion.weight),
        if criterion.critical { "yes" } else { "no" }.to_string(),
    ];
    cells.extend((0..LEVEL_COLUMNS.len()).map(|l| criterion.descriptors.get(l).cloned().unwrap_or_default()));
    cells.push(sources_cell(&criterion.sources));
    let terms: Vec<&str> =
        criterion.search_terms.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).collect();
    cells.push(terms.join("\n"));
    cells
}

/// "Title | Publisher | Year | URL", one source per line.
fn sources_cell(sources: &[Source]) -> String {
    let line = |s: &Source| {
        let year = s.year.map(|y| y.to_string()).unwrap_or_default();
        format!("{} | {} | {year} | {}", s.title, s.publisher, s.url)
    };
    sources.iter().map(line).collect::<Vec<_>>().join("\n")
}

/// The template's example, worded in the reader's language (its ids and columns are the same in
/// every language).
fn template_example() -> (Section, Criterion) {
    use crate::i18n::messages::framework_editor::Editor as E;
    use crate::i18n::t;
    let text = |key| t(key).to_string();
    let criterion = Criterion {
        id: "voice-lived-experience".into(),
        title: text(E::TemplateTitle),
        question: text(E::TemplateQuestion),
        guidance: text(E::TemplateGuidance),
        meets: text(E::TemplateMeets),
        falls_short: text(E::TemplateFallsShort),
        weight: 2.0,
        critical: true,
        descriptors: [
            E::TemplateLevel0,
            E::TemplateLevel1,
            E::TemplateLevel2,
            E::TemplateLevel3,
            E::TemplateLevel4,
        ]
        .map(text)
        .to_vec(),
        sources: vec![Source {
            title: text(E::TemplateSourceTitle),
            publisher: text(E::TemplateSourcePublisher),
            year: Some(2024),
            url: "https://www.example.org/report".into(),
        }],
        search_terms: t(E::TemplateTerms).split('|').map(String::from).collect(),
    };
    let section = Section {
        id: "voice".into(),
        title: text(E::TemplateSectionTitle),
        summary: String::new(),
        weight: 2.0,
        criteria: vec![],
    };
    (section, criterion)
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/// The sections and criteria in a criteria CSV file, or every problem in it. The caller puts the
/// sections into a framework (a new one, or a copy whose sections they replace). Wording in other
/// languages is read and checked, then left out: [`import_criteria_csv_worded`] keeps it.
pub fn import_criteria_csv(bytes: &[u8]) -> Result<Vec<Section>, Vec<CsvError>> {
    import_criteria_csv_worded(bytes).map(|criteria| criteria.sections)
}

/// What a criteria file holds: its sections, and their wording in other languages by code (for
/// `Framework::languages`; a language with no wording in the file is left out).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Criteria {
    pub sections: Vec<Section>,
    pub languages: BTreeMap<String, Translation>,
}

/// The sections and criteria in a criteria CSV file with their wording in other languages, or
/// every problem in it. A language named in the columns that is the framework's own (`title_en` in
/// a file for an English framework) is the caller's to drop or apply.
pub fn import_criteria_csv_worded(bytes: &[u8]) -> Result<Criteria, Vec<CsvError>> {
    let text = decode(bytes).map_err(|e| vec![e])?;
    let records = read_records(text).map_err(|e| vec![e])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![file_error(CsvProblem::Empty)]);
    };
    let columns = Columns::read(header)?;
    let mut builder = Builder::default();
    for record in rows.iter().filter(|r| r.cells.iter().any(|c| !c.trim().is_empty())) {
        builder.add(&Row { line: record.line, cells: &record.cells, columns: &columns });
    }
    builder.finish()
}

fn file_error(problem: CsvProblem) -> CsvError {
    CsvError { line: None, column: None, problem }
}

fn line_error(line: usize, problem: CsvProblem) -> CsvError {
    CsvError { line: Some(line), column: None, problem }
}

/// UTF-8 text without its byte-order mark, after the size cap.
fn decode(bytes: &[u8]) -> Result<&str, CsvError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(file_error(CsvProblem::TooLarge { bytes: bytes.len() }));
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(file_error(CsvProblem::Utf16));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| file_error(CsvProblem::NotUtf8))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(file_error(CsvProblem::Empty));
    }
    Ok(text)
}

/// One row of the file and the line it starts on.
struct Record {
    line: usize,
    cells: Vec<String>,
}

/// RFC 4180 records, comma-separated. Line ends may be CRLF, LF or CR; a CRLF inside a quoted cell
/// reads as LF. Lenient where spreadsheets and hand-edits are sloppy: spaces before an opening
/// quote are dropped, and a quote inside an unquoted cell is kept as a character.
fn read_records(text: &str) -> Result<Vec<Record>, CsvError> {
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let (mut line, mut start) = (1, 1);
    // The line a quoted cell opened on, while inside it.
    let mut open_quote: Option<usize> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if open_quote.is_some() {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => open_quote = None,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    line += 1;
                    cell.push(c);
                }
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                open_quote = Some(line);
            }
            ',' => cells.push(std::mem::take(&mut cell)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                cells.push(std::mem::take(&mut cell));
                records.push(Record { line: start, cells: std::mem::take(&mut cells) });
                line += 1;
                start = line;
            }
            c => cell.push(c),
        }
    }
    if let Some(opened) = open_quote {
        return Err(line_error(opened, CsvProblem::UnclosedQuote));
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        records.push(Record { line: start, cells });
    }
    Ok(records)
}

/// Where each known column is in the file.
struct Columns {
    index: HashMap<&'static str, usize>,
    /// The columns of wording in another language: (column, language code) to position.
    worded: HashMap<(&'static str, &'static str), usize>,
    /// The languages with at least one column, in code order.
    languages: Vec<&'static str>,
}

impl Columns {
    fn read(header: &Record) -> Result<Columns, Vec<CsvError>> {
        let line = header.line;
        if let Some(error) = wrong_separator(header) {
            return Err(vec![error]);
        }
        let mut index = HashMap::new();
        let mut worded = HashMap::new();
        let mut errors = Vec::new();
        for (i, name) in header.cells.iter().enumerate() {
            if let Some((column, code)) = worded_column(name) {
                if let Some(first) = worded.insert((column, code), i) {
                    worded.insert((column, code), first);
                    errors.push(CsvError {
                        line: Some(line),
                        column: Some(format!("{column}_{code}")),
                        problem: CsvProblem::DuplicateColumn { first: first + 1, second: i + 1 },
                    });
                }
                continue;
            }
            let Some(known) = known_column(name) else { continue };
            if let Some(first) = index.insert(known, i) {
                index.insert(known, first);
                errors.push(CsvError {
                    line: Some(line),
                    column: Some(known.into()),
                    problem: CsvProblem::DuplicateColumn { first: first + 1, second: i + 1 },
                });
            }
        }
        for missing in REQUIRED_COLUMNS.iter().filter(|c| !index.contains_key(*c)) {
            errors.push(CsvError {
                line: Some(line),
                column: Some(missing.to_string()),
                problem: CsvProblem::MissingColumn { column: missing },
            });
        }
        if errors.is_empty() {
            let mut languages: Vec<&'static str> = worded.keys().map(|(_, code)| *code).collect();
            sorting::sort(&mut languages);
            languages.dedup();
            Ok(Columns { index, worded, languages })
        } else {
            Err(errors)
        }
    }
}

/// The known column a header cell names: case, surrounding spaces, inner spaces and hyphens ignored.
fn known_column(name: &str) -> Option<&'static str> {
    let key: String =
        lower(name.trim()).chars().map(|c| if c == ' ' || c == '-' { '_' } else { c }).collect();
    COLUMNS.iter().copied().find(|c| *c == key)
}

/// The wording column and language a header cell names ("Title_CY", "question-cy"), or None.
fn worded_column(name: &str) -> Option<(&'static str, &'static str)> {
    let key: String =
        lower(name.trim()).chars().map(|c| if c == ' ' || c == '-' { '_' } else { c }).collect();
    let (column, code) = key.rsplit_once('_')?;
    let language = Language::from_code(code)?;
    let column = WORDING_COLUMNS.iter().copied().find(|c| *c == column)?;
    Some((column, language.code()))
}

/// A header that reads as one or few columns, but as the required columns when split on semicolons
/// or tabs: a spreadsheet set to a language that writes decimal commas saved it.
fn wrong_separator(header: &Record) -> Option<CsvError> {
    let matched = |cells: &mut dyn Iterator<Item = &str>| {
        cells.filter_map(known_column).filter(|c| REQUIRED_COLUMNS.contains(c)).count()
    };
    let as_commas = matched(&mut header.cells.iter().map(String::as_str));
    let joined = header.cells.join(",");
    let symbol = [';', '\t']
        .into_iter()
        .find(|symbol| matched(&mut joined.split(*symbol).map(|c| c.trim().trim_matches('"'))) > as_commas)?;
    Some(line_error(header.line, CsvProblem::WrongSeparator { semicolons: symbol == ';' }))
}

/// One data row, read through the header.
struct Row<'a> {
    line: usize,
    cells: &'a [String],
    columns: &'a Columns,
}

impl Row<'_> {
    /// The cell as written (without the apostrophe our export adds to formula-like cells); empty
    /// when the column or the cell is absent.
    fn text(&self, column: &str) -> &str {
        let cell = self.columns.index.get(column).and_then(|&i| self.cells.get(i));
        cell.map_or("", |c| unneutralise(c))
    }

    fn trimmed(&self, column: &str) -> &str {
        self.text(column).trim()
    }

    /// A cell of wording in another language, as `text` reads one.
    fn worded(&self, column: &'static str, code: &'static str) -> &str {
        let cell = self.columns.worded.get(&(column, code)).and_then(|&i| self.cells.get(i));
        cell.map_or("", |c| unneutralise(c))
    }

    fn error(&self, column: &str, problem: CsvProblem) -> CsvError {
        CsvError { line: Some(self.line), column: Some(column.into()), problem }
    }
}

/// A section as its rows describe it: each attribute with the line that first gave it.
struct SectionDraft {
    id: String,
    first_line: usize,
    title: Option<(String, usize)>,
    summary: Option<(String, usize)>,
    weight: Option<(f64, usize)>,
    criteria: Vec<Criterion>,
    /// Its title and summary in other languages: (column, code) to the text and its line.
    worded: BTreeMap<(&'static str, &'static str), (String, usize)>,
}

#[derive(Default)]
struct Builder {
    sections: Vec<SectionDraft>,
    section_index: HashMap<String, usize>,
    /// The line each criterion id was first used on.
    criterion_lines: HashMap<String, usize>,
    /// Criteria's wording in other languages, by code, then criterion id.
    worded: BTreeMap<&'static str, BTreeMap<String, CriterionWording>>,
    errors: Vec<CsvError>,
}

impl Builder {
    fn add(&mut self, row: &Row) {
        let criterion = self.criterion(row);
        let section_id = row.trimmed("section_id");
        if section_id.is_empty() {
            self.errors.push(row.error("section_id", CsvProblem::NoSectionId));
            return;
        }
        let index = self.section(section_id, row.line);
        self.section_attributes(index, row);
        if let (Some(criterion), Some(section)) = (criterion, self.sections.get_mut(index)) {
            section.criteria.push(criterion);
        }
    }

    /// The index of the section with this id, created on its first row.
    fn section(&mut self, id: &str, line: usize) -> usize {
        if let Some(&index) = self.section_index.get(id) {
            return index;
        }
        let index = self.sections.len();
        self.sections.push(SectionDraft {
            id: id.to_string(),
            first_line: line,
            title: None,
            summary: None,
            weight: None,
            criteria: vec![],
            worded: BTreeMap::new(),
        });
        self.section_index.insert(id.to_string(), index);
        index
    }

    fn section_attributes(&mut self, index: usize, row: &Row) {
        let Some(draft) = self.sections.get_mut(index) else { return };
        let id = draft.id.clone();
        let mut errors = Vec::new();
        let conflict = |column: &str, field: &'static str, first: String, line: usize| {
            row.error(column, CsvProblem::SectionConflict { id: id.clone(), field, first, line })
        };
        for (column, what, slot) in
            [("section_title", "title", &mut draft.title), ("section_summary", "summary", &mut draft.summary)]
        {
            let value = row.text(column);
            match slot {
                _ if value.trim().is_empty() => {}
                None => *slot = Some((value.to_string(), row.line)),
                Some((first, line)) if first.as_str() != value => {
                    errors.push(conflict(column, what, first.clone(), *line))
                }
                Some(_) => {}
            }
        }
        for &code in &row.columns.languages {
            for (column, what) in [("section_title", "title"), ("section_summary", "summary")] {
                let value = row.worded(column, code);
                let Some(language) = Language::from_code(code) else { continue };
                match draft.worded.get(&(column, code)) {
                    _ if value.trim().is_empty() => {}
                    None => {
                        draft.worded.insert((column, code), (value.to_string(), row.line));
                    }
                    Some((first, line)) if first.as_str() != value => errors.push(row.error(
                        &format!("{column}_{code}"),
                        CsvProblem::SectionWordingConflict {
                            id: id.clone(),
                            language,
                            field: what,
                            first: first.clone(),
                            line: *line,
                        },
                    )),
                    Some(_) => {}
                }
            }
        }
        let weight = row.trimmed("section_weight");
        if !weight.is_empty() {
            match (parse_weight(weight), &draft.weight) {
                (Err(problem), _) => errors.push(row.error("section_weight", problem)),
                (Ok(w), None) => draft.weight = Some((w, row.line)),
                (Ok(w), Some((first, line))) if w.to_bits() != first.to_bits() => {
                    errors.push(conflict("section_weight", "weight", shortest(*first), *line))
                }
                (Ok(_), Some(_)) => {}
            }
        }
        self.errors.extend(errors);
    }

    /// The criterion on a row, or None (with its problems recorded) when any cell is wrong.
    fn criterion(&mut self, row: &Row) -> Option<Criterion> {
        let before = self.errors.len();
        let id = row.trimmed("criterion_id");
        self.check_criterion_id(row, id);
        for (column, problem) in [("title", CsvProblem::NeedsTitle), ("question", CsvProblem::NeedsQuestion)]
        {
            if row.trimmed(column).is_empty() {
                self.errors.push(row.error(column, problem));
            }
        }
        let weight = self.weight(row, "weight");
        let critical = parse_critical(row.trimmed("critical")).map_err(|p| row.error("critical", p));
        let critical = critical.unwrap_or_else(|e| {
            self.errors.push(e);
            false
        });
        let sources = parse_sources(row.text("sources")).unwrap_or_else(|problems| {
            self.errors.extend(problems.into_iter().map(|p| row.error("sources", p)));
            vec![]
        });
        let search_terms = search_terms(row.text("search_terms"));
        for term in &search_terms {
            if let Err(error) = check_term(term) {
                self.errors
                    .push(row.error("search_terms", CsvProblem::BadTerm { term: term.clone(), error }));
            }
        }
        let mut worded = Vec::new();
        for &code in &row.columns.languages {
            let wording = criterion_wording(row, code);
            for term in &wording.search_terms {
                if let Err(error) = check_term(term) {
                    let problem = CsvProblem::BadTerm { term: term.clone(), error };
                    self.errors.push(row.error(&format!("search_terms_{code}"), problem));
                }
            }
            if wording != CriterionWording::default() {
                worded.push((code, wording));
            }
        }
        if self.errors.len() == before {
            for (code, wording) in worded {
                self.worded.entry(code).or_default().insert(id.to_string(), wording);
            }
        }
        (self.errors.len() == before).then(|| Criterion {
            id: id.to_string(),
            title: row.text("title").to_string(),
            question: row.text("question").to_string(),
            guidance: row.text("guidance").to_string(),
            meets: row.text("meets").to_string(),
            falls_short: row.text("falls_short").to_string(),
            weight,
            critical,
            descriptors: descriptors(row),
            sources,
            search_terms,
        })
    }

    fn check_criterion_id(&mut self, row: &Row, id: &str) {
        if id.is_empty() {
            self.errors.push(row.error("criterion_id", CsvProblem::NoCriterionId));
        } else if let Some(first) = self.criterion_lines.get(id) {
            let problem = CsvProblem::RepeatedCriterionId { id: id.to_string(), first_line: *first };
            self.errors.push(row.error("criterion_id", problem));
        } else {
            self.criterion_lines.insert(id.to_string(), row.line);
        }
    }

    /// The weight in `column`: blank means [`DEFAULT_WEIGHT`].
    fn weight(&mut self, row: &Row, column: &str) -> f64 {
        let text = row.trimmed(column);
        if text.is_empty() {
            return DEFAULT_WEIGHT;
        }
        parse_weight(text).unwrap_or_else(|problem| {
            self.errors.push(row.error(column, problem));
            DEFAULT_WEIGHT
        })
    }

    fn finish(mut self) -> Result<Criteria, Vec<CsvError>> {
        for draft in self.sections.iter().filter(|d| d.title.is_none()) {
            self.errors.push(CsvError {
                line: Some(draft.first_line),
                column: Some("section_title".into()),
                problem: CsvProblem::SectionNoTitle { id: draft.id.clone() },
            });
        }
        if self.errors.is_empty() && self.sections.is_empty() {
            self.errors.push(file_error(CsvProblem::NoCriteria));
        }
        if !self.errors.is_empty() {
            // Stable: problems on one line stay in column order.
            sorting::sort_by_key(&mut self.errors, |e| e.line);
            return Err(self.errors);
        }
        let mut languages: BTreeMap<String, Translation> = BTreeMap::new();
        for (code, criteria) in self.worded {
            languages.entry(code.to_string()).or_default().criteria = criteria;
        }
        for draft in &self.sections {
            for ((column, code), (text, _)) in &draft.worded {
                let translation = languages.entry(code.to_string()).or_default();
                let wording = translation.sections.entry(draft.id.clone()).or_default();
                match *column {
                    "section_title" => wording.title = text.clone(),
                    _ => wording.summary = text.clone(),
                }
            }
        }
        Ok(Criteria { sections: self.sections.into_iter().map(into_section).collect(), languages })
    }
}

/// A criterion's wording in one language, from its row.
fn criterion_wording(row: &Row, code: &'static str) -> CriterionWording {
    let text = |column: &'static str| row.worded(column, code).to_string();
    let levels: Vec<String> = LEVEL_COLUMNS.iter().map(|c| text(c)).collect();
    CriterionWording {
        title: text("title"),
        question: text("question"),
        guidance: text("guidance"),
        meets: text("meets"),
        falls_short: text("falls_short"),
        descriptors: if levels.iter().all(|d| d.trim().is_empty()) { vec![] } else { levels },
        search_terms: search_terms(row.worded("search_terms", code)),
    }
}

fn into_section(draft: SectionDraft) -> Section {
    Section {
        id: draft.id,
        title: draft.title.map(|(t, _)| t).unwrap_or_default(),
        summary: draft.summary.map(|(s, _)| s).unwrap_or_default(),
        weight: draft.weight.map_or(DEFAULT_WEIGHT, |(w, _)| w),
        criteria: draft.criteria,
    }
}

/// A weight: a number of 0 or more, with a point as the decimal mark.
fn parse_weight(text: &str) -> Result<f64, CsvProblem> {
    let refused = |problem| Err(CsvProblem::Weight { text: text.to_string(), problem });
    if text.contains(',') && parse_decimal(&text.replace(',', ".")).is_some() {
        return refused(CsvWeight::DecimalComma);
    }
    match parse_decimal(text) {
        Some(w) if is_valid_weight(w) => Ok(w),
        Some(w) if w > MAX_WEIGHT => refused(CsvWeight::TooHeavy),
        Some(_) => refused(CsvWeight::Negative),
        _ => refused(CsvWeight::NotANumber),
    }
}

fn parse_critical(text: &str) -> Result<bool, CsvProblem> {
    match text.to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Ok(true),
        "no" | "n" | "false" | "0" | "" => Ok(false),
        _ => Err(CsvProblem::NotYesOrNo { text: text.to_string() }),
    }
}

/// The criterion's own descriptors: none when every level cell is blank, else all five.
fn descriptors(row: &Row) -> Vec<String> {
    let levels: Vec<String> = LEVEL_COLUMNS.iter().map(|c| row.text(c).to_string()).collect();
    if levels.iter().all(|d| d.trim().is_empty()) {
        vec![]
    } else {
        levels
    }
}

/// Sources, one per non-blank line, or a message for each bad one.
/// One term per line; blank lines and spaces around a term are dropped.
fn search_terms(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect()
}

fn parse_sources(text: &str) -> Result<Vec<Source>, Vec<CsvProblem>> {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        match parse_source(line) {
            Ok(source) => sources.push(source),
            Err(problem) => {
                problems.push(CsvProblem::Source { n: i + 1, text: line.trim().to_string(), problem })
            }
        }
    }
    if problems.is_empty() {
        Ok(sources)
    } else {
        Err(problems)
    }
}

/// "Title | Publisher | Year | URL", read from the right so a title may hold "|". Shorter forms:
/// "Title | URL", and "Title | Publisher | URL" or "Title | Year | URL".
fn parse_source(line: &str) -> Result<Source, SourceProblem> {
    let parts: Vec<&str> = line.split('|').collect();
    let (title, publisher, year, url) = match parts.as_slice() {
        [] | [_] => return Err(SourceProblem::NoAddress),
        [title, url] => (title.to_string(), "", "", *url),
        [title, middle, url] if is_year_like(middle) => (title.to_string(), "", *middle, *url),
        [title, publisher, url] => (title.to_string(), *publisher, "", *url),
        [titles @ .., publisher, year, url] => (titles.join("|"), *publisher, *year, *url),
    };
    let (title, url, year) = (title.trim(), url.trim(), year.trim());
    if title.is_empty() {
        return Err(SourceProblem::NoTitle);
    }
    if !is_web_url(url) {
        return Err(SourceProblem::NotWebAddress { url: url.to_string() });
    }
    let year = match year {
        "" => None,
        text => Some(
            text.parse::<u16>()
                .ok()
                .filter(|y| *y > 0)
                .ok_or_else(|| SourceProblem::BadYear { year: text.to_string() })?,
        ),
    };
    Ok(Source { title: title.into(), publisher: publisher.trim().into(), year, url: url.into() })
}

fn is_year_like(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit())
}
