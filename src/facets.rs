//! What the filter looks at in each record: a point's parties with their roles, its themes, what
//! each later version did with it, each party's latest stated stance on it and its searchable
//! text; an event's parties. The pre-rendered pages carry all but the text as data attributes
//! on each record (`data-roles`, `data-themes`, `data-later`, `data-stances`, `data-parties`: their names are `crate::markup`'s, their values
//! this file's codec) and the text in the record's own markup; the islands read them back from
//! the page, so the wasm ships no dataset. Natively the same keys are made from the data (`PointKeys::of`), so the filter has
//! one definition, tested here.

use crate::fold::fold;
use crate::model::{Dataset, Event, Outcome, PartyRole, PlanVersion, Point, Role, Stance};

/// A point as the filter sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PointKeys {
    pub number: u32,
    /// Each party the point involves, with its role.
    pub roles: Vec<(String, Role)>,
    pub themes: Vec<String>,
    /// What each later version with a text did with it: ("e3", Changed).
    pub later: Vec<(String, Outcome)>,
    /// Each party's latest stated stance on it: ("ru", Objects).
    pub stances: Vec<(String, Stance)>,
    /// Number, title, summary and sub-points, folded (see `fold::fold`).
    pub text: String,
}

/// An event as the filter sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventKeys {
    pub id: String,
    pub parties: Vec<String>,
}

impl PointKeys {
    /// The keys of `point`, whose later fate and positions are in `data`.
    pub fn of(point: &Point, data: &Dataset) -> Self {
        PointKeys {
            stances: parse_stances(&stances_attr(point.number, data)),
            ..PointKeys::of_point(point, &data.versions)
        }
    }

    /// The keys of `point`, whose later fate is in `versions`, with no positions.
    pub fn of_point(point: &Point, versions: &[PlanVersion]) -> Self {
        PointKeys {
            number: point.number,
            roles: point
                .parties
                .iter()
                .map(|p| (p.party.clone(), p.role))
                .collect(),
            themes: point.themes.clone(),
            later: parse_later(&later_attr(point.number, versions)),
            stances: Vec::new(),
            text: haystack(
                point.number,
                &point.title,
                &point.summary,
                point.subpoints.iter().map(|s| s.text.as_str()),
            ),
        }
    }

    /// The keys as the page holds them: the attributes `roles_attr`, `list_attr`,
    /// `later_attr` and `stances_attr` wrote, and the texts of the card's title, summary and
    /// sub-points.
    #[allow(clippy::too_many_arguments)]
    pub fn from_markup<'a>(
        number: u32,
        roles: &str,
        themes: &str,
        later: &str,
        stances: &str,
        title: &str,
        summary: &str,
        subpoints: impl Iterator<Item = &'a str>,
    ) -> Self {
        PointKeys {
            number,
            roles: parse_roles(roles),
            themes: parse_list(themes),
            later: parse_later(later),
            stances: parse_stances(stances),
            text: haystack(number, title, summary, subpoints),
        }
    }

    /// The keys of a row of the table of who gives and who gains: its attributes, and the
    /// searchable text already folded (`data-text`: the row shows the title only).
    pub fn from_row(number: u32, roles: &str, themes: &str, text: &str) -> Self {
        PointKeys {
            number,
            roles: parse_roles(roles),
            themes: parse_list(themes),
            later: Vec::new(),
            stances: Vec::new(),
            text: text.to_string(),
        }
    }

    /// `party`'s latest stated stance on the point, if it stated one.
    pub fn stance_of(&self, party: &str) -> Option<Stance> {
        self.stances
            .iter()
            .find(|(p, _)| p == party)
            .map(|(_, s)| *s)
    }

    pub fn role_of(&self, party: &str) -> Option<Role> {
        self.roles.iter().find(|(p, _)| p == party).map(|(_, r)| *r)
    }
}

impl EventKeys {
    pub fn of(event: &Event) -> Self {
        EventKeys {
            id: event.id.clone(),
            parties: event.parties.clone(),
        }
    }
}

/// The searchable text of a point, folded: "12 title summary sub-point sub-point".
pub fn haystack<'a>(
    number: u32,
    title: &str,
    summary: &str,
    subpoints: impl Iterator<Item = &'a str>,
) -> String {
    let mut text = format!("{number} {} {}", title.trim(), summary.trim());
    for s in subpoints {
        text.push(' ');
        text.push_str(s.trim());
    }
    fold(&text)
}

/// `data-roles`: "ua:obliged ru:benefits".
pub fn roles_attr(parties: &[PartyRole]) -> String {
    parties
        .iter()
        .map(|p| format!("{}:{}", p.party, p.role.code()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads `data-roles` back; pairs that are not `code:role` are skipped.
pub fn parse_roles(attr: &str) -> Vec<(String, Role)> {
    parse_pairs(attr, Role::from_code)
}

/// "key:value key:value", each value read by `value`; unreadable pairs are skipped.
fn parse_pairs<T>(attr: &str, value: impl Fn(&str) -> Option<T>) -> Vec<(String, T)> {
    attr.split_whitespace()
        .filter_map(|pair| {
            let (key, raw) = pair.rsplit_once(':')?;
            Some((key.to_string(), value(raw)?))
        })
        .filter(|(key, _)| !key.is_empty())
        .collect()
}

/// `data-later`: "e3:changed eu24:kept us-ua-20:dropped", what each version with a text did
/// with point `number`.
pub fn later_attr(number: u32, versions: &[PlanVersion]) -> String {
    versions
        .iter()
        .filter_map(|v| Some(format!("{}:{}", v.code, v.outcome(number)?.outcome.code())))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads `data-later` back; pairs that are not `version:outcome` are skipped.
pub fn parse_later(attr: &str) -> Vec<(String, Outcome)> {
    parse_pairs(attr, Outcome::from_code)
}

/// `data-stances`: "ua:wants-changed ru:objects", each party's latest stance on point
/// `number` (`Dataset::latest_stances`).
pub fn stances_attr(number: u32, data: &Dataset) -> String {
    data.latest_stances(number)
        .iter()
        .map(|(party, stance)| format!("{party}:{}", stance.code()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads `data-stances` back; pairs that are not `party:stance` are skipped.
pub fn parse_stances(attr: &str) -> Vec<(String, Stance)> {
    parse_pairs(attr, Stance::from_code)
}

/// `data-themes`, `data-parties`: codes separated by spaces.
pub fn list_attr(codes: &[String]) -> String {
    codes.join(" ")
}

pub fn parse_list(attr: &str) -> Vec<String> {
    attr.split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SubPoint;

    #[test]
    fn attributes_read_back_what_was_written() {
        let parties = vec![
            PartyRole {
                party: "ua".into(),
                role: Role::Obliged,
            },
            PartyRole {
                party: "nato".into(),
                role: Role::Named,
            },
        ];
        let attr = roles_attr(&parties);
        assert_eq!(attr, "ua:obliged nato:named");
        assert_eq!(
            parse_roles(&attr),
            vec![("ua".into(), Role::Obliged), ("nato".into(), Role::Named)]
        );
        let codes = vec!["territory".to_string(), "security".to_string()];
        assert_eq!(parse_list(&list_attr(&codes)), codes);
    }

    #[test]
    fn damaged_attributes_keep_what_is_readable() {
        assert_eq!(
            parse_roles("ua:obliged junk :named ru:maybe eu:benefits ::"),
            vec![("ua".into(), Role::Obliged), ("eu".into(), Role::Benefits)]
        );
        assert!(parse_list("   ").is_empty());
        assert_eq!(
            parse_stances("ru:objects ua:wants-changed us:maybe :open eu"),
            vec![
                ("ru".into(), Stance::Objects),
                ("ua".into(), Stance::WantsChanged)
            ]
        );
        assert_eq!(
            parse_later("e3:changed us-ua-20:dropped x:lost :kept eu24 eu24:kept"),
            vec![
                ("e3".into(), Outcome::Changed),
                ("us-ua-20".into(), Outcome::Dropped),
                ("eu24".into(), Outcome::Kept)
            ]
        );
    }

    #[test]
    fn the_markup_and_the_data_give_the_same_keys() {
        let point = Point {
            number: 4,
            title: "Dialogue".into(),
            summary: " A council at Zapórizhzhia. ".into(),
            subpoints: vec![SubPoint {
                label: "a".into(),
                text: "Monitoring".into(),
            }],
            themes: vec!["security".into()],
            parties: vec![PartyRole {
                party: "ru".into(),
                role: Role::Benefits,
            }],
            status: crate::model::Status::Leaked,
            sources: vec![],
            dispute: None,
            revision: None,
        };
        let versions: Vec<PlanVersion> = serde_json::from_str(
            r#"[{"code": "e3", "name": "E3", "date": "2025-11-23", "drawn_up_by": "E3",
                 "status": "leaked", "summary": "s", "sources": ["s"],
                 "text": {"points": [], "outcomes": [{"point": 4, "outcome": "changed"}]}},
                {"code": "g19", "name": "Geneva", "date": "2025-11-23", "drawn_up_by": "US",
                 "status": "reported", "summary": "s", "sources": ["s"]}]"#,
        )
        .unwrap();
        let positions: Vec<crate::model::Position> = serde_json::from_str(
            r#"[{"id": "2025-11-21-a", "date": "2025-11-21", "points": [4, 5], "party": "ru",
                 "speaker": "P", "role": "R", "stance": "objects", "summary": "s",
                 "status": "reported", "sources": ["s"]},
                {"id": "2025-11-22-b", "date": "2025-11-22", "points": [4], "party": "ru",
                 "speaker": "P", "role": "R", "stance": "conditional", "summary": "s",
                 "status": "reported", "sources": ["s"]}]"#,
        )
        .unwrap();
        let data = Dataset {
            parties: serde_json::from_str(
                r#"[{"code": "ua", "name": "U", "short": "U"},
                {"code": "ru", "name": "R", "short": "R"}]"#,
            )
            .unwrap(),
            themes: vec![],
            sources: vec![],
            points: vec![point.clone()],
            events: vec![],
            documents: vec![],
            versions,
            positions,
            changes: vec![],
        };
        let from_data = PointKeys::of(&point, &data);
        assert_eq!(from_data.later, [("e3".to_string(), Outcome::Changed)]);
        assert_eq!(from_data.stances, [("ru".to_string(), Stance::Conditional)]);
        let from_page = PointKeys::from_markup(
            4,
            &roles_attr(&point.parties),
            &list_attr(&point.themes),
            &later_attr(4, &data.versions),
            &stances_attr(4, &data),
            "\n Dialogue ",
            " A council at Zapórizhzhia. ",
            [" Monitoring"].into_iter(),
        );
        assert_eq!(from_page, from_data);
        assert_eq!(
            from_data.text,
            "4 dialogue a council at zaporizhzhia. monitoring"
        );
    }
}
