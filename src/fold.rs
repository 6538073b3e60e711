//! Accent and case folding, so that a search meets the text however either is written: what
//! the filter (`filter`), the records' searchable text (`facets`) and the export's file names
//! (`export`) compare.

/// Lowercases and strips accents so "Zaporizhzhia", "ZAPORIZHZHIA" and "Zapórizhzhia" meet.
/// Covers Latin-1 and Latin Extended-A letters and typographic quotes; other scripts are
/// lowercased as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let base = match c {
            'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => 'a',
            'Ç' | 'ç' | 'Ć'..='č' => 'c',
            'Ď'..='đ' => 'd',
            'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => 'e',
            'Ĝ'..='ģ' => 'g',
            'Ĥ'..='ħ' => 'h',
            'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => 'i',
            'Ĵ' | 'ĵ' => 'j',
            'Ķ' | 'ķ' => 'k',
            'Ĺ'..='ł' => 'l',
            'Ñ' | 'ñ' | 'Ń'..='ŉ' => 'n',
            'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => 'o',
            'Ŕ'..='ř' => 'r',
            'Ś'..='š' => 's',
            'Ţ'..='ŧ' => 't',
            'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => 'u',
            'Ŵ' | 'ŵ' => 'w',
            'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
            'Ź'..='ž' => 'z',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            // Combining marks (decomposed accents) vanish.
            '\u{0300}'..='\u{036F}' => continue,
            c => {
                out.extend(c.to_lowercase());
                continue;
            }
        };
        out.push(base);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Égalité ŁÓDŹ Straße"), "egalite lodz strasse");
        assert_eq!(fold("e\u{0301}"), "e");
        assert_eq!(fold("Україна"), "україна");
    }
}
