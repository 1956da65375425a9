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

    /// A link to the blogger's own page, in the same tab: the address and the words are both
    /// escaped, and an address that is not `https:` or a path on the same site is left out, words
    /// and all (the content checks refuse such a file anyway).
    pub fn own_link(&mut self, href: &str, words: &str) -> &mut Self {
        if crate::content::link_problem(href).is_some() {
            return self;
        }
        self.raw(r#"<p class="gsc-own-link"><a href=""#)
            .text(href)
            .raw(r#"">"#)
            .text(words)
            .raw("</a></p>")
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

    #[test]
    fn an_own_link_is_data_and_only_a_safe_address_is_linked() {
        let mut markup = Markup::new();
        markup
            .own_link("/recipes/kimchi?a=1&b=\"2\"", "More <b>kimchi</b>")
            .own_link("javascript:alert(1)", "Never")
            .own_link("https://example.com/a?x=1&y=2", "Also");
        assert_eq!(
            markup.into_string(),
            "<p class=\"gsc-own-link\"><a href=\"https://example.com/a?x=1&amp;y=2\">Also</a></p>"
        );
        let mut markup = Markup::new();
        markup.own_link("/recipes/kimchi?a=1&b=2", "More <b>kimchi</b>");
        assert_eq!(
            markup.into_string(),
            "<p class=\"gsc-own-link\"><a href=\"/recipes/kimchi?a=1&amp;b=2\">More &lt;b&gt;kimchi&lt;/b&gt;</a></p>"
        );
    }
}
