package org.magicref.citation.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A settled style is the style, element for element and text for text, with only its conditions changed. */
class StyleConditionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"chicago-fullnote-bibliography", "apa", "modern-language-association", "chicago-author-date"})
    void aSettledStyleKeepsEverythingButTheConditionsItSettles(String id) throws Exception {
        String style;
        try (InputStream in = CSL.class.getResourceAsStream("/" + id + ".csl")) {
            style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document before = parse(style);
        Document after = parse(StyleConditions.forPages(style));
        NodeList was = before.getElementsByTagName("*");
        NodeList is = after.getElementsByTagName("*");
        assertEquals(was.getLength(), is.getLength(), "every element");
        for (int i = 0; i < was.getLength(); i++) {
            Element a = (Element) was.item(i);
            Element b = (Element) is.item(i);
            assertEquals(a.getTagName(), b.getTagName());
            boolean condition = a.getTagName().equals("if") || a.getTagName().equals("else-if");
            if (!condition) {
                assertEquals(attributes(a), attributes(b), a.getTagName() + " " + i);
            }
            assertFalse(b.hasAttribute("locator"), "no locator condition is left for citeproc-java to ignore");
        }
        assertEquals(before.getDocumentElement().getTextContent().strip(), after.getDocumentElement().getTextContent().strip(),
                "the text (terms, affixes, delimiters) as it was");
        assertTrue(after.getDocumentElement().getAttribute("xmlns").startsWith("http://purl.org/net/xbiblio/csl"));
    }

    @org.junit.jupiter.api.Test
    void eachConditionIsSettledWhateverItsQuotesAndForm() {
        String style = "<choose><if locator='page' match='any'><text value=\"p\"/></if>"
                + "<else-if locator=\"chapter\"/><else-if locator=\"page\" type=\"book\"><text value=\"x &amp; y\"/></else-if>"
                + "<else-if position=\"subsequent\"><text variable=\"title\"/></else-if>"
                + "<else-if type=\"bill report\"/><else><text value=\"&lt;if locator='page'&gt;\"/></else></choose>";
        assertEquals("<choose><if match=\"none\" variable=\"x-magicref-never-set\"><text value=\"p\"/></if>"
                + "<else-if variable=\"x-magicref-never-set\" match=\"any\"/><else-if type=\"book\"><text value=\"x &amp; y\"/></else-if>"
                + "<else-if position=\"first\" match=\"none\"><text variable=\"title\"/></else-if>"
                + "<else-if type=\"bill report\" match=\"any\"/><else><text value=\"&lt;if locator='page'&gt;\"/></else></choose>",
                StyleConditions.forPages(style));
    }

    @org.junit.jupiter.api.Test
    void onlyTheTagsOfConditionsAreRead() {
        String style = "<iffy locator=\"page\"/><if-not locator=\"page\"/><if\tlocator=\"page\"\n/>"
                + "<else-if\nlocator = 'page  chapter' match=\"none\" type=\"book\">";
        assertEquals("<iffy locator=\"page\"/><if-not locator=\"page\"/><if variable=\"x-magicref-never-set\" match=\"none\"/>"
                + "<else-if match=\"any\" variable=\"x-magicref-never-set\">", StyleConditions.forPages(style));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String attributes(Element e) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            s.append(e.getAttributes().item(i)).append(' ');
        }
        return s.toString();
    }
}
