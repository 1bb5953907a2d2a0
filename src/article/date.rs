//! Publication dates as news sites write them.
//!
//! Only whole strings are recognised here ("14 May, 2018 - 16:07", "2024-09-06",
//! "September 6, 2024", "14 мая 2018 г.", "2018 жылғы 14 мамыр"): the parser decides which lines are date lines, so a date inside a
//! sentence ("adopted on July 9, 1948") never becomes the article's date.

use std::sync::LazyLock;

use regex::Regex;

pub use jiff::civil::Date;

/// The sortable integer form stored in the index: `YYYYMMDD`.
pub fn to_key(date: Date) -> u64 {
    date.year() as u64 * 10_000 + date.month() as u64 * 100 + date.day() as u64
}

/// The inverse of [`to_key`]; `None` for a value that is not a valid date.
pub fn from_key(key: u64) -> Option<Date> {
    let year = i16::try_from(key / 10_000).ok()?;
    Date::new(year, ((key / 100) % 100) as i8, (key % 100) as i8).ok()
}

/// A valid calendar date in a plausible range for news (1800–2200).
pub fn ymd(year: i64, month: i64, day: i64) -> Option<Date> {
    if !(1800..=2200).contains(&year) {
        return None;
    }
    Date::new(
        year as i16,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// English month names and their common abbreviations, with their numbers.
const ENGLISH_MONTHS: &[(&str, i64)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Russian month names (genitive, as dates write them, and nominative) and Kazakh ones, with
/// their common abbreviations and numbers. Only dates read them, not [`month_number`], which
/// names also use: "Наурыз" and "Шілде" are given names too.
const CYRILLIC_MONTHS: &[(&str, i64)] = &[
    ("января", 1),
    ("январь", 1),
    ("янв", 1),
    ("қаңтар", 1),
    ("февраля", 2),
    ("февраль", 2),
    ("фев", 2),
    ("февр", 2),
    ("ақпан", 2),
    ("марта", 3),
    ("март", 3),
    ("мар", 3),
    ("наурыз", 3),
    ("апреля", 4),
    ("апрель", 4),
    ("апр", 4),
    ("сәуір", 4),
    ("мая", 5),
    ("май", 5),
    ("мамыр", 5),
    ("июня", 6),
    ("июнь", 6),
    ("июн", 6),
    ("маусым", 6),
    ("июля", 7),
    ("июль", 7),
    ("июл", 7),
    ("шілде", 7),
    ("августа", 8),
    ("август", 8),
    ("авг", 8),
    ("тамыз", 8),
    ("сентября", 9),
    ("сентябрь", 9),
    ("сен", 9),
    ("сент", 9),
    ("қыркүйек", 9),
    ("октября", 10),
    ("октябрь", 10),
    ("окт", 10),
    ("қазан", 10),
    ("ноября", 11),
    ("ноябрь", 11),
    ("ноя", 11),
    ("нояб", 11),
    ("қараша", 11),
    ("декабря", 12),
    ("декабрь", 12),
    ("дек", 12),
    ("желтоқсан", 12),
];

/// The number of month `name` (any case, a full stop after it allowed) in `table`.
fn month_in(table: &[(&str, i64)], name: &str) -> Option<i64> {
    let lower = name.trim_end_matches('.').to_lowercase();
    table.iter().find(|(n, _)| *n == lower).map(|&(_, m)| m)
}

/// English month names and their common abbreviations → month number.
pub fn month_number(name: &str) -> Option<i64> {
    month_in(ENGLISH_MONTHS, name)
}

/// A month's number from its English, Russian or Kazakh name.
fn any_month(name: &str) -> Option<i64> {
    month_number(name).or_else(|| month_in(CYRILLIC_MONTHS, name))
}

/// The pattern of any month name of both tables, longest first (so that "march" is tried
/// before "mar"), with an optional full stop.
fn month_pattern() -> String {
    let mut names: Vec<&str> = ENGLISH_MONTHS
        .iter()
        .chain(CYRILLIC_MONTHS)
        .map(|&(n, _)| n)
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    format!(r"(?:{})\.?", names.join("|"))
}

const WEEKDAY: &str = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\.?,?\s+";
const TIME: &str = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*(?:am|pm))?";
/// What may follow a year in Russian and Kazakh ("2018 г.", "2018 года", "2018 ж.", "2018 жыл").
const YEAR_WORD: &str = r"(?:\s*(?:г\.|года|год|г|жылы|жыл|ж\.|ж)(?:\s|$|,))?";

/// Regexes for a whole date string, optionally with a weekday before and a time before or after;
/// matched against the string in lower case (patterns without case-insensitive parts compile
/// in a fraction of the instructions: their Cyrillic names need no case folding).
static DATE_FORMS: LazyLock<Vec<(Regex, Order)>> = LazyLock::new(|| {
    let month = month_pattern();
    let wrap = |core: &str| {
        let pattern = format!(
            r"^(?:{TIME}\s*[,\-–—|]?\s*)?(?:{WEEKDAY})?{core}(?:\s*[,\-–—|/]?\s*(?:(?:at|в)\s+)?{TIME})?(?:\s*(?:\(?(?:utc|gmt|almt|aqtt|qyzt|orat|msk|cet|cest|eet|eest|bst|est|edt|cst|cdt|pst|pdt|uzt|kgt)(?:[+\-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?\)?|[+\-][0-9]{{2}}:?[0-9]{{2}}))?$"
        );
        Regex::new(&pattern).expect("date pattern")
    };
    vec![
        (
            wrap(
                r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:t[0-9:.]+(?:z|[+\-][0-9]{2}:?[0-9]{2})?)?",
            ),
            Order::Ymd,
        ),
        (wrap(r"([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})"), Order::Ymd),
        (
            wrap(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})"),
            Order::Dmy,
        ),
        (
            wrap(&format!(
                r"([0-9]{{1,2}})(?:st|nd|rd|th)?\s+({month}),?\s+([0-9]{{4}}){YEAR_WORD}"
            )),
            Order::DMonthY,
        ),
        // Kazakh: "2018 жылғы 14 мамыр", "2018 ж. 14 мамыр".
        (
            wrap(&format!(
                r"([0-9]{{4}})\s*(?:жылғы|ж\.)\s*([0-9]{{1,2}})\s+({month})"
            )),
            Order::YDMonth,
        ),
        (
            wrap(&format!(
                r"({month})\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+([0-9]{{4}})"
            )),
            Order::MonthDY,
        ),
    ]
});

#[derive(Clone, Copy)]
enum Order {
    Ymd,
    Dmy,
    DMonthY,
    MonthDY,
    YDMonth,
}

/// Parses a string that is nothing but a date (with optional weekday, time and zone).
pub fn parse_date_line(text: &str) -> Option<Date> {
    let text = text.trim().trim_end_matches(['.', ',']);
    if text.len() > 60 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // The commonest form by far (every JSON Lines corpus here), read without the patterns: a
    // plain `YYYY-MM-DD` matches only the first of them, as the same three numbers.
    if let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *text.as_bytes()
        && [y0, y1, y2, y3, m0, m1, d0, d1]
            .iter()
            .all(u8::is_ascii_digit)
    {
        let number = |digits: &[u8]| digits.iter().fold(0, |n, &d| n * 10 + i64::from(d - b'0'));
        return ymd(
            number(&[y0, y1, y2, y3]),
            number(&[m0, m1]),
            number(&[d0, d1]),
        );
    }
    by_patterns(text)
}

/// [`parse_date_line`] by its patterns alone, for a trimmed `text`.
fn by_patterns(text: &str) -> Option<Date> {
    // (Most dates are digits and punctuation: only one with capitals is copied.)
    let text: std::borrow::Cow<str> = if text.chars().any(char::is_uppercase) {
        text.to_lowercase().into()
    } else {
        text.into()
    };
    for (regex, order) in DATE_FORMS.iter() {
        let Some(caps) = regex.captures(&text) else {
            continue;
        };
        let num = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<i64>().ok());
        let date = match order {
            Order::Ymd => ymd(num(1)?, num(2)?, num(3)?),
            Order::Dmy => {
                let (a, b, y) = (num(1)?, num(2)?, num(3)?);
                // Day first is the convention in Kazakhstan and Europe; month first only when
                // the first number cannot be a month... of a valid day-first date.
                ymd(y, b, a).or_else(|| ymd(y, a, b))
            }
            Order::DMonthY => ymd(num(3)?, any_month(caps.get(2)?.as_str())?, num(1)?),
            Order::MonthDY => ymd(num(3)?, any_month(caps.get(1)?.as_str())?, num(2)?),
            Order::YDMonth => ymd(num(1)?, any_month(caps.get(3)?.as_str())?, num(2)?),
        };
        if date.is_some() {
            return date;
        }
    }
    None
}

/// An inclusive range of days; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    /// Does `date` fall inside? An undated article never does.
    pub fn contains(&self, date: Option<Date>) -> bool {
        date.is_some_and(|d| self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t))
    }

    /// Both ends, narrowed to what both periods allow.
    pub fn intersect(self, other: Period) -> Period {
        Period {
            from: match (self.from, other.from) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            },
            to: match (self.to, other.to) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
        }
    }
}

/// The days a partial date covers: `2024` → the whole year, `2024-09` → the month,
/// `2024-09-06` → the day. The error says what is wrong and which forms are accepted.
pub fn parse_span(text: &str) -> Result<(Date, Date), String> {
    let bad = |why: &str| format!("bad date `{text}`: {why}; use YYYY, YYYY-MM or YYYY-MM-DD");
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number =
        |s: &str, len: std::ops::RangeInclusive<usize>, what: &str| -> Result<i64, String> {
            if !len.contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(&format!("`{s}` is not a {what}")));
            }
            s.parse()
                .map_err(|_| bad(&format!("`{s}` is not a {what}")))
        };
    let year = number(parts[0], 4..=4, "four-digit year")?;
    if !(1800..=2200).contains(&year) {
        return Err(bad("the year must be between 1800 and 2200"));
    }
    match parts.len() {
        1 => Ok((ymd(year, 1, 1).unwrap(), ymd(year, 12, 31).unwrap())),
        2 => {
            let month = number(parts[1], 1..=2, "month")?;
            let first = ymd(year, month, 1).ok_or_else(|| bad("the month must be 1 to 12"))?;
            Ok((first, first.last_of_month()))
        }
        3 => {
            let month = number(parts[1], 1..=2, "month")?;
            let day = number(parts[2], 1..=2, "day")?;
            let date = ymd(year, month, day).ok_or_else(|| bad("no such day"))?;
            Ok((date, date))
        }
        _ => Err(bad("too many parts")),
    }
}

/// A period relative to `today`: `30d`, `6m`, `1y` (also `2w`): from that long ago to today.
pub fn parse_since(text: &str, today: Date) -> Result<Period, String> {
    let bad = || format!("bad duration `{text}`: use a number and d, w, m or y, e.g. 30d, 6m, 1y");
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (count, unit) = text.split_at(split);
    let count: i32 = count.parse().map_err(|_| bad())?;
    if count > 100_000 {
        return Err(bad());
    }
    let span = match unit {
        "d" => jiff::Span::new().days(count),
        "w" => jiff::Span::new().weeks(count),
        "m" => jiff::Span::new().months(count),
        "y" => jiff::Span::new().years(count),
        _ => return Err(bad()),
    };
    let from = today.checked_sub(span).map_err(|_| bad())?;
    Ok(Period {
        from: Some(from),
        to: Some(today),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_date_line(s).map(|d| d.to_string())
    }

    #[test]
    fn plain_iso_dates_read_as_the_patterns_read_them() {
        for year in [
            "0000", "1799", "1800", "1987", "2024", "2200", "2201", "9999",
        ] {
            for month in 0..=13 {
                for day in 0..=32 {
                    let text = format!("{year}-{month:02}-{day:02}");
                    assert_eq!(parse_date_line(&text), by_patterns(&text), "{text}");
                }
            }
        }
        assert_eq!(
            parse_date_line("2024-02-29")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(parse_date_line("2023-02-29"), None);
    }

    #[test]
    fn whole_date_lines_in_the_forms_sites_use() {
        assert_eq!(d("14 May, 2018 - 16:07").as_deref(), Some("2018-05-14"));
        // RFC 2822, as feeds give it.
        assert_eq!(
            d("Tue, 09 Dec 2025 10:30:00 +0500").as_deref(),
            Some("2025-12-09")
        );
        assert_eq!(d("2024-09-06").as_deref(), Some("2024-09-06"));
        assert_eq!(d("September 6, 2024").as_deref(), Some("2024-09-06"));
        assert_eq!(d("Sept. 6, 2024 12:35").as_deref(), Some("2024-09-06"));
        assert_eq!(d("06.09.2024 12:35").as_deref(), Some("2024-09-06"));
        assert_eq!(d("12:35, 6 September 2024").as_deref(), Some("2024-09-06"));
        assert_eq!(d("Friday, 6 September 2024").as_deref(), Some("2024-09-06"));
        assert_eq!(
            d("2024-09-06T10:15:00+05:00").as_deref(),
            Some("2024-09-06")
        );
        assert_eq!(d("6th September 2024").as_deref(), Some("2024-09-06"));
        // Russian and Kazakh.
        assert_eq!(d("14 мая 2018").as_deref(), Some("2018-05-14"));
        assert_eq!(d("14 мая 2018 г., 16:07").as_deref(), Some("2018-05-14"));
        assert_eq!(
            d("Вторник, 6 сентября 2024 года").as_deref(),
            Some("2024-09-06")
        );
        assert_eq!(d("6 сентября 2024 в 12:35").as_deref(), Some("2024-09-06"));
        assert_eq!(d("06 сент. 2024").as_deref(), Some("2024-09-06"));
        assert_eq!(d("14 мамыр 2018 ж.").as_deref(), Some("2018-05-14"));
        assert_eq!(d("2018 жылғы 14 мамыр").as_deref(), Some("2018-05-14"));
        assert_eq!(d("Жұма, 6 қыркүйек 2024").as_deref(), Some("2024-09-06"));
    }

    #[test]
    fn sentences_years_and_impossible_dates_are_not_date_lines() {
        assert_eq!(d("The ILO was founded on April 11, 1919."), None);
        assert_eq!(d("2018"), None);
        assert_eq!(d("Today"), None);
        assert_eq!(d("31 February 2024"), None);
        assert_eq!(d("2024-13-01"), None);
        assert_eq!(d("Закон принят 9 июля 1948 года."), None);
        assert_eq!(d("14 мая"), None);
    }

    #[test]
    fn partial_dates_cover_their_whole_span() {
        let span = |s: &str| parse_span(s).map(|(a, b)| format!("{a}..{b}"));
        assert_eq!(span("2024").unwrap(), "2024-01-01..2024-12-31");
        assert_eq!(span("2024-02").unwrap(), "2024-02-01..2024-02-29");
        assert_eq!(span("2024-9-6").unwrap(), "2024-09-06..2024-09-06");
        let err = span("2024-13").unwrap_err();
        assert!(
            err.starts_with("bad date `2024-13`: the month must be 1 to 12"),
            "{err}"
        );
        assert!(span("24").unwrap_err().contains("four-digit year"));
        assert!(span("2023-02-29").unwrap_err().contains("no such day"));
    }

    #[test]
    fn since_counts_back_from_today() {
        let today = ymd(2024, 3, 31).unwrap();
        let since = |s: &str| parse_since(s, today).map(|p| p.from.unwrap().to_string());
        assert_eq!(since("30d").unwrap(), "2024-03-01");
        assert_eq!(since("1m").unwrap(), "2024-02-29");
        assert_eq!(since("1y").unwrap(), "2023-03-31");
        assert!(since("3x").unwrap_err().starts_with("bad duration `3x`"));
        assert!(since("d").is_err());
    }

    #[test]
    fn periods_contain_dated_articles_only() {
        let p = Period {
            from: ymd(2020, 1, 1),
            to: None,
        };
        assert!(p.contains(ymd(2024, 1, 1)));
        assert!(!p.contains(ymd(2019, 12, 31)));
        assert!(!p.contains(None));
        let q = p.intersect(Period {
            from: ymd(2019, 1, 1),
            to: ymd(2021, 1, 1),
        });
        assert_eq!(
            q,
            Period {
                from: ymd(2020, 1, 1),
                to: ymd(2021, 1, 1)
            }
        );
    }

    #[test]
    fn keys_round_trip() {
        let date = ymd(2018, 5, 14).unwrap();
        assert_eq!(to_key(date), 20180514);
        assert_eq!(from_key(20180514), Some(date));
        assert_eq!(from_key(20181314), None);
    }
}
