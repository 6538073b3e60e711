//! Who gives, who gains: the points by party and role, counted. Pure; the table
//! (`ui::pages::balance`) shows it, and its totals follow the theme and search filters.
//!
//! A cell is one party's role in one point; it links to that point among the points where
//! the party has that role. A total counts the shown points where a party has a role, and
//! links to those points.

use crate::facets::PointKeys;
use crate::filter::{Filter, Match};
use crate::i18n::{fill, plural_uk, t, Lang, Plural};
use crate::model::Role;
use crate::url::{Route, View};

/// How many of the shown points give a party each role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub obliged: usize,
    pub benefits: usize,
    pub named: usize,
}

impl Totals {
    /// The counts for `party` over the points at `shown` (positions in `points`).
    pub fn of(points: &[PointKeys], shown: &[usize], party: &str) -> Totals {
        let mut t = Totals::default();
        for role in shown.iter().filter_map(|&i| points.get(i)?.role_of(party)) {
            *t.get_mut(role) += 1;
        }
        t
    }

    pub fn get(self, role: Role) -> usize {
        match role {
            Role::Obliged => self.obliged,
            Role::Benefits => self.benefits,
            Role::Named => self.named,
        }
    }

    fn get_mut(&mut self, role: Role) -> &mut usize {
        match role {
            Role::Obliged => &mut self.obliged,
            Role::Benefits => &mut self.benefits,
            Role::Named => &mut self.named,
        }
    }
}

/// The points where `party` has `role`, narrowed as the table is (`table`: its theme and
/// search), focused on `point` if given: where a cell (`Some`) or a total (`None`) leads.
pub fn route(lang: Lang, party: &str, role: Role, point: Option<u32>, table: &Filter) -> Route {
    Route {
        lang,
        view: point.map_or(View::Points, View::Point),
        filter: Filter {
            parties: vec![party.to_string()],
            matching: Match::Any,
            role: Some(role),
            ..table.table_part()
        },
        embed: false,
    }
}

/// "Ukraine obliged in 14 of 28 points", «Україна: зобов'язання в 14 пунктах із 28»: a total
/// in words, for its link's accessible name.
pub fn total_label(lang: Lang, party: &str, role: Role, count: usize, shown: usize) -> String {
    match lang {
        Lang::En => {
            let noun = if shown == 1 { "point" } else { "points" };
            format!("{party} {} in {count} of {shown} {noun}", role.code())
        }
        Lang::Uk => {
            // The locative: "в 1 пункті", "в 2 пунктах", "в 5 пунктах".
            let noun = if plural_uk(count) == Plural::One {
                "пункті"
            } else {
                "пунктах"
            };
            let role = t(lang, role.code());
            format!("{party}: {role} в {count} {noun} із {shown}")
        }
    }
}

/// The bar's drawing size, in its own units (an SVG viewBox `0 0 WIDTH HEIGHT`). Whole
/// numbers: no float formatting in the wasm.
pub const BAR_WIDTH: u32 = 1000;
pub const BAR_HEIGHT: u32 = 120;

/// The bar of obliged against benefits: two rectangles from the middle line, obliged to the
/// left and benefits to the right, each as long as its share of the shown points (`shown`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    /// Left edge and width of the obliged part.
    pub obliged: (u32, u32),
    /// Left edge and width of the benefits part.
    pub benefits: (u32, u32),
}

impl Bar {
    pub fn of(t: Totals, shown: usize) -> Bar {
        let half = BAR_WIDTH / 2;
        let scale = |n: usize| {
            (half as usize * n.min(shown))
                .checked_div(shown)
                .unwrap_or(0) as u32
        };
        let o = scale(t.obliged);
        let b = scale(t.benefits);
        Bar {
            obliged: (half - o, o),
            benefits: (half, b),
        }
    }
}

/// "Ukraine: obliged in 14, benefits in 6": the bar's text alternative.
pub fn bar_label(lang: Lang, party: &str, t: Totals) -> String {
    fill(
        crate::i18n::t(lang, "{0}: obliged in {1}, benefits in {2}"),
        &[party, &t.obliged.to_string(), &t.benefits.to_string()],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facets::parse_roles;

    fn keys(n: u32, roles: &str, themes: &str) -> PointKeys {
        PointKeys {
            number: n,
            roles: parse_roles(roles),
            themes: crate::facets::parse_list(themes),
            ..PointKeys::default()
        }
    }

    #[test]
    fn totals_count_the_shown_points_only() {
        let points = [
            keys(1, "ua:obliged ru:benefits", "a"),
            keys(2, "ua:benefits", "b"),
            keys(3, "ua:obliged us:named", "a"),
        ];
        assert_eq!(
            Totals::of(&points, &[0, 1, 2], "ua"),
            Totals {
                obliged: 2,
                benefits: 1,
                named: 0
            }
        );
        assert_eq!(Totals::of(&points, &[1], "ua").obliged, 0);
        assert_eq!(Totals::of(&points, &[0, 2], "us").named, 1);
        assert_eq!(Totals::of(&points, &[], "ua"), Totals::default());
        // A position past the end counts nothing.
        assert_eq!(Totals::of(&points, &[9], "ua"), Totals::default());
    }

    #[test]
    fn cells_and_totals_lead_to_the_matching_points_with_the_tables_filters() {
        let table = Filter {
            theme: Some("energy".into()),
            query: "gas".into(),
            parties: vec!["ru".into()],
            ..Filter::default()
        };
        let cell = route(Lang::En, "ua", Role::Obliged, Some(12), &table);
        assert_eq!(
            crate::url::encode(&cell),
            "p/12?party=ua&role=obliged&theme=energy&q=gas"
        );
        let total = route(Lang::En, "nato", Role::Benefits, None, &Filter::default());
        assert_eq!(crate::url::encode(&total), "?party=nato&role=benefits");
    }

    #[test]
    fn bars_grow_from_the_middle_in_proportion() {
        let t = Totals {
            obliged: 14,
            benefits: 7,
            named: 3,
        };
        let bar = Bar::of(t, 28);
        assert_eq!(bar.obliged, (250, 250));
        assert_eq!(bar.benefits, (500, 125));
        let empty = Bar::of(Totals::default(), 0);
        assert_eq!(empty.obliged, (500, 0));
        assert_eq!(empty.benefits, (500, 0));
        // Never past the edges, whatever the counts say.
        let over = Bar::of(
            Totals {
                obliged: 40,
                benefits: 40,
                named: 0,
            },
            28,
        );
        assert_eq!(over.obliged, (0, 500));
        assert!(over.benefits.0 + over.benefits.1 <= BAR_WIDTH);
    }

    #[test]
    fn labels_say_the_count_in_words() {
        assert_eq!(
            total_label(Lang::En, "Ukraine", Role::Obliged, 14, 28),
            "Ukraine obliged in 14 of 28 points"
        );
        assert_eq!(
            total_label(Lang::En, "US", Role::Named, 0, 1),
            "US named in 0 of 1 point"
        );
        assert_eq!(
            total_label(Lang::Uk, "Україна", Role::Obliged, 14, 28),
            "Україна: зобов'язання в 14 пунктах із 28"
        );
        assert_eq!(
            total_label(Lang::Uk, "США", Role::Benefits, 21, 28),
            "США: вигода в 21 пункті із 28"
        );
        assert_eq!(
            bar_label(
                Lang::Uk,
                "Росія",
                Totals {
                    obliged: 3,
                    benefits: 9,
                    named: 1
                }
            ),
            "Росія: зобов'язання — 3, вигода — 9"
        );
        assert_eq!(
            bar_label(
                Lang::En,
                "Russia",
                Totals {
                    obliged: 3,
                    benefits: 9,
                    named: 1
                }
            ),
            "Russia: obliged in 3, benefits in 9"
        );
    }
}
