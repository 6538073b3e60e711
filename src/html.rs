//! HTML written as text, outside Leptos's components: escaping, and a source as a link. The
//! static pages' heads (`site`), the share images' SVG (`share_card`) and the TimelineJS
//! export, which TimelineJS reads as HTML (`export`), all write through it.

use crate::model::Source;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A source as HTML: `<a href="url">outlet</a>, date`, escaped.
pub fn source_link(s: &Source) -> String {
    format!(
        "<a href=\"{}\">{}</a>, {}",
        escape(&s.url),
        escape(&s.outlet),
        escape(&s.date)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
