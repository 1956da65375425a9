//! HTML written as text, for the long, static parts of the results: every piece of text that
//! comes from the content or the reader is escaped, and the markup around it is the widget's own.

/// A growing piece of HTML.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// The widget's own markup, as it is: tags and attributes written in the code.
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text, escaped so that it can never become markup.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `<tag attributes>text</tag>`; `open` is the opening tag's inside ("p class=\"x\"").
    pub fn element(&mut self, open: &str, text: &str) -> &mut Self {
        let tag = open.split(' ').next().unwrap_or(open);
        self.raw("<")
            .raw(open)
            .raw(">")
            .text(text)
            .raw("</")
            .raw(tag)
            .raw(">")
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_is_escaped_and_markup_is_not() {
        let mut markup = Markup::new();
        markup
            .raw("<p class=\"x\">")
            .text("<script>alert('1') & \"2\"</script>")
            .raw("</p>")
            .element("li id=\"a\"", "1 < 2");
        assert_eq!(
            markup.into_string(),
            "<p class=\"x\">&lt;script&gt;alert(&#39;1&#39;) &amp; &quot;2&quot;&lt;/script&gt;</p><li id=\"a\">1 &lt; 2</li>"
        );
    }
}
