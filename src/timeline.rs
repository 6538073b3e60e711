//! Timeline maths, no DOM: dates shown with their precision, date → position on the overview
//! axis, month ticks, grouping by month.

use crate::date::Date;
use crate::model::{Event, Precision};

/// First and last day of the plan's range: the inauguration and the day after the draft's
/// release. Events after it are the timeline's second part, after the release.
pub const TIMELINE_START: Date = Date::new(2025, 1, 20);
pub const TIMELINE_END: Date = Date::new(2025, 11, 21);

/// The timeline's two parts: the plan's range (the default), and what came after the release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Plan,
    After,
}

impl Part {
    /// The part an event of `date` belongs to.
    pub fn of(date: Date) -> Part {
        if date > TIMELINE_END {
            Part::After
        } else {
            Part::Plan
        }
    }

    /// The part of an event dated `iso` (an unreadable date counts as the plan's).
    pub fn of_iso(iso: &str) -> Part {
        Date::parse(iso).map_or(Part::Plan, Part::of)
    }
}

/// "18 Mar", "~16 Nov", "early Apr", "mid Apr", "late Apr", "Apr".
pub fn format_date(date: Date, precision: Precision) -> String {
    let m = date.month_abbr();
    match precision {
        Precision::Day => format!("{} {m}", date.day),
        Precision::Approx => format!("~{} {m}", date.day),
        Precision::Early => format!("early {m}"),
        Precision::Mid => format!("mid {m}"),
        Precision::Late => format!("late {m}"),
        Precision::Month => m.to_string(),
    }
}

/// The same, spelled out for screen readers and titles: "18 March 2025", "about 16 November 2025".
pub fn format_date_long(date: Date, precision: Precision) -> String {
    let (m, y) = (date.month_name(), date.year);
    match precision {
        Precision::Day => format!("{} {m} {y}", date.day),
        Precision::Approx => format!("about {} {m} {y}", date.day),
        Precision::Early => format!("early {m} {y}"),
        Precision::Mid => format!("mid-{m} {y}"),
        Precision::Late => format!("late {m} {y}"),
        Precision::Month => format!("{m} {y}"),
    }
}

/// The span the overview axis draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: Date,
    pub end: Date,
}

impl Span {
    /// Both parts: from the plan's start to the last event (or the plan's end, if later).
    pub fn whole(events: &[Event]) -> Span {
        let last = events
            .iter()
            .filter_map(|e| Date::parse(&e.date))
            .max()
            .unwrap_or(TIMELINE_END);
        Span {
            start: TIMELINE_START,
            end: last.max(TIMELINE_END),
        }
    }

    /// Where `date` falls, from 0.0 (start) to 1.0 (end); dates outside are clamped.
    pub fn fraction(self, date: Date) -> f64 {
        let start = self.start.days_since_epoch();
        let total = (self.end.days_since_epoch() - start).max(1) as f64;
        ((date.days_since_epoch() - start) as f64 / total).clamp(0.0, 1.0)
    }

    /// One tick per month the span touches: at the span's start for its first month, at the
    /// 1st for the others.
    pub fn month_ticks(self) -> Vec<Tick> {
        let mut ticks = Vec::new();
        let (mut y, mut m) = (self.start.year, self.start.month);
        loop {
            let first = Date::new(y, m, 1);
            if first > self.end {
                break;
            }
            let at = first.max(self.start);
            ticks.push(Tick {
                fraction: self.fraction(at),
                date: at,
            });
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        ticks
    }
}

/// Which month ticks get a label on an axis of `ticks` months: every month up to 12, then
/// every second, third… so that at most 12 labels share the width.
pub fn tick_labelled(index: usize, ticks: usize) -> bool {
    index.checked_rem(ticks.div_ceil(12).max(1)) == Some(0)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub fraction: f64,
    pub date: Date,
}

/// Positions as percentages with one decimal, as SVG attributes take them: "37.5%".
/// Formatted from whole tenths: the browser build then carries no float formatting.
pub fn percent(fraction: f64) -> String {
    let tenths = (fraction.clamp(0.0, 1.0) * 1000.0).round() as u32;
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// A month of the list: which month (its heading is `i18n::month_heading`'s) and the
/// positions of its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthGroup {
    pub year: i32,
    pub month: u32,
    pub events: Vec<usize>,
}

/// Groups the events at `indices` (already in date order) by month.
pub fn group_by_month(events: &[Event], indices: &[usize]) -> Vec<MonthGroup> {
    let mut groups: Vec<MonthGroup> = Vec::new();
    for &i in indices {
        let Some(date) = Date::parse(&events[i].date) else {
            continue;
        };
        match groups.last_mut() {
            Some(g) if g.year == date.year && g.month == date.month => g.events.push(i),
            _ => groups.push(MonthGroup {
                year: date.year,
                month: date.month,
                events: vec![i],
            }),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plan's range, 20 Jan 2025 to 21 Nov 2025.
    const PLAN: Span = Span {
        start: TIMELINE_START,
        end: TIMELINE_END,
    };
    use crate::date::days_in_month;

    fn month_end(date: Date) -> Date {
        Date::new(date.year, date.month, days_in_month(date.year, date.month))
    }
    use crate::model::{EventKind, Status};

    #[test]
    fn parts_split_at_the_release_and_the_whole_span_reaches_the_last_event() {
        assert_eq!(Part::of(TIMELINE_END), Part::Plan);
        assert_eq!(Part::of(Date::new(2025, 11, 22)), Part::After);
        assert_eq!(Part::of_iso("2026-03-21"), Part::After);
        assert_eq!(Part::of_iso("junk"), Part::Plan);
        let events = vec![event("2025-02-01"), event("2026-03-21")];
        let whole = Span::whole(&events);
        assert_eq!(
            (whole.start, whole.end),
            (TIMELINE_START, Date::new(2026, 3, 21))
        );
        assert!(whole.fraction(TIMELINE_END) > 0.7 && whole.fraction(TIMELINE_END) < 0.8);
        assert_eq!(
            Span::whole(&events[..1]).end,
            TIMELINE_END,
            "never shorter than the plan's range"
        );
    }

    #[test]
    fn at_most_twelve_tick_labels() {
        for ticks in [1, 11, 12, 13, 15, 25, 40] {
            let labelled = (0..ticks).filter(|&i| tick_labelled(i, ticks)).count();
            assert!(
                (1..=12).contains(&labelled),
                "{ticks} ticks: {labelled} labels"
            );
            assert!(tick_labelled(0, ticks), "the first is labelled");
        }
        assert_eq!((0..12).filter(|&i| tick_labelled(i, 12)).count(), 12);
        assert_eq!((0..15).filter(|&i| tick_labelled(i, 15)).count(), 8);
    }

    #[test]
    fn formats_each_precision() {
        let d = Date::new(2025, 3, 18);
        assert_eq!(format_date(d, Precision::Day), "18 Mar");
        assert_eq!(
            format_date(Date::new(2025, 11, 16), Precision::Approx),
            "~16 Nov"
        );
        assert_eq!(
            format_date(Date::new(2025, 4, 5), Precision::Early),
            "early Apr"
        );
        assert_eq!(
            format_date(Date::new(2025, 4, 15), Precision::Mid),
            "mid Apr"
        );
        assert_eq!(
            format_date(Date::new(2025, 4, 25), Precision::Late),
            "late Apr"
        );
        assert_eq!(format_date(Date::new(2025, 4, 1), Precision::Month), "Apr");
        assert_eq!(format_date_long(d, Precision::Day), "18 March 2025");
        assert_eq!(
            format_date_long(Date::new(2025, 11, 16), Precision::Approx),
            "about 16 November 2025"
        );
    }

    #[test]
    fn positions_span_the_plan_and_clamp() {
        let s = PLAN;
        assert_eq!(s.fraction(TIMELINE_START), 0.0);
        assert_eq!(s.fraction(TIMELINE_END), 1.0);
        assert_eq!(s.fraction(Date::new(2024, 12, 31)), 0.0);
        assert_eq!(s.fraction(Date::new(2026, 1, 1)), 1.0);
        let mid = s.fraction(Date::new(2025, 6, 21));
        assert!((0.49..0.51).contains(&mid), "{mid}");
        // Monotonic day by day.
        let mut last = -1.0;
        let mut d = TIMELINE_START;
        while d <= TIMELINE_END {
            let f = s.fraction(d);
            assert!(f > last);
            last = f;
            d = if d == month_end(d) {
                if d.month == 12 {
                    Date::new(d.year + 1, 1, 1)
                } else {
                    Date::new(d.year, d.month + 1, 1)
                }
            } else {
                Date::new(d.year, d.month, d.day + 1)
            };
        }
    }

    #[test]
    fn one_tick_per_month_from_jan_to_nov() {
        let ticks = PLAN.month_ticks();
        let labels: Vec<_> = ticks.iter().map(|t| t.date.month_abbr()).collect();
        assert_eq!(
            labels,
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
        );
        assert_eq!(ticks[0].fraction, 0.0);
        assert_eq!(ticks[1].date, Date::new(2025, 2, 1));
        assert!(ticks.windows(2).all(|w| w[0].fraction < w[1].fraction));
        assert!(ticks.last().unwrap().fraction < 1.0);
        // A span across a year end.
        let s = Span {
            start: Date::new(2024, 12, 20),
            end: Date::new(2025, 1, 10),
        };
        let labels: Vec<_> = s
            .month_ticks()
            .iter()
            .map(|t| t.date.month_abbr())
            .collect();
        assert_eq!(labels, ["Dec", "Jan"]);
    }

    fn event(date: &str) -> Event {
        Event {
            id: format!("{date}-x"),
            date: date.to_string(),
            precision: Precision::Day,
            kind: EventKind::Call,
            title: "t".into(),
            summary: "s".into(),
            parties: vec!["us".into()],
            points: vec![],
            status: Status::Reported,
            sources: vec!["s".into()],
            dispute: None,
            milestone: false,
            versions: vec![],
        }
    }

    #[test]
    fn groups_by_month_in_order() {
        let events = vec![
            event("2025-01-20"),
            event("2025-01-31"),
            event("2025-03-01"),
            event("2025-11-21"),
        ];
        let groups = group_by_month(&events, &[0, 1, 2, 3]);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].events, vec![0, 1]);
        assert_eq!((groups[0].year, groups[0].month), (2025, 1));
        assert_eq!((groups[2].year, groups[2].month), (2025, 11));
        assert_eq!(group_by_month(&events, &[2]).len(), 1);
        assert!(group_by_month(&events, &[]).is_empty());
    }

    #[test]
    fn percent_has_one_decimal() {
        assert_eq!(percent(0.375), "37.5%");
        assert_eq!(percent(1.0), "100.0%");
        assert_eq!(percent(0.0), "0.0%");
        assert_eq!(percent(0.04), "4.0%");
        assert_eq!(percent(0.12345), "12.3%");
        assert_eq!(percent(0.9996), "100.0%");
    }
}
