package org.magicref.citation.csl;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.text.StringEscapeUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A style's conditions read as citeproc-js reads them, settled before citeproc-java reads the
 * style. A {@code position="subsequent"} condition, which citeproc-java never finds true, asks
 * whether the citation is not the item's first (Chicago's short note for a document cited again). A {@code type} condition of several types alone holds for any of them ("bill report":
 * a bill or a report), where citeproc-java wants all. A {@code locator="..."} condition, which
 * citeproc-java does not evaluate (its {@code SIf} reads the attribute and ignores it, up to
 * 3.5.1). Left to it, Chicago prints "p. 7" where it wants "7", APA "Page 7" where it wants
 * "p. 7", MLA "p.7" where it wants "7". magicref's locators are always pages, so each such
 * condition is known: a branch that holds for pages is kept with the locator test removed, one that
 * cannot hold is made never to hold, one that holds whatever else is asked is made always to hold.
 */
final class StyleConditions {
    /** No item has this variable: "any" of it never holds, "none" of it always holds. */
    private static final String NEVER = "x-magicref-never-set";
    private static final List<String> CONDITIONS = List.of("disambiguate", "is-numeric", "is-uncertain-date", "locator", "position",
            "type", "variable");

    private StyleConditions() {
    }

    /** The style with every locator condition settled for a locator that is a page. */
    static String forPages(String style) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(style)));
        for (String tag : List.of("if", "else-if")) {
            NodeList nodes = doc.getElementsByTagNameNS("*", tag);
            if (nodes.getLength() == 0) {
                nodes = doc.getElementsByTagName(tag);
            }
            for (int i = 0; i < nodes.getLength(); i++) {
                settle((Element) nodes.item(i));
            }
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(doc.getDocumentElement(), out);
        return out.toString();
    }

    /**
     * An element as XML text: its attributes, text and child elements (comments dropped). Written by
     * hand because a style holds nothing else, and the JDK's serializers cost a CSL citation some
     * 25 ms to start.
     */
    private static void write(Element e, StringBuilder out) {
        out.append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            out.append(' ').append(a.getNodeName()).append("=\"").append(StringEscapeUtils.escapeXml10(a.getNodeValue())).append('"');
        }
        if (!e.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                write(element, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(StringEscapeUtils.escapeXml10(child.getNodeValue()));
            }
        }
        out.append("</").append(e.getTagName()).append('>');
    }

    private static void settle(Element e) {
        if (e.getAttribute("position").strip().equals("subsequent") && CONDITIONS.stream().filter(e::hasAttribute).count() == 1
                && !e.getAttribute("match").equals("none")) {
            // a later citation of an item: citeproc-java knows only "first" and "ibid", so "not first"
            e.setAttribute("position", "first");
            e.setAttribute("match", "none");
        }
        boolean onlyType = e.hasAttribute("type") && CONDITIONS.stream().filter(e::hasAttribute).count() == 1;
        if (onlyType && (!e.hasAttribute("match") || e.getAttribute("match").equals("all"))
                && e.getAttribute("type").strip().contains(" ")) {
            // "a bill or a report", as the style's authors mean and citeproc-js reads it; citeproc-java
            // asks for an item that is both
            e.setAttribute("match", "any");
        }
        if (!e.hasAttribute("locator")) {
            return;
        }
        boolean page = Arrays.asList(e.getAttribute("locator").strip().split("\\s+")).contains("page");
        String match = e.hasAttribute("match") ? e.getAttribute("match") : "all";
        e.removeAttribute("locator");
        boolean others = CONDITIONS.stream().anyMatch(e::hasAttribute);
        Boolean constant = switch (match) {
            case "any" -> page ? Boolean.TRUE : others ? null : Boolean.FALSE;
            case "none" -> page ? Boolean.FALSE : others ? null : Boolean.TRUE;
            default -> page ? (others ? null : Boolean.TRUE) : Boolean.FALSE;
        };
        if (constant != null) {
            CONDITIONS.forEach(e::removeAttribute);
            e.setAttribute("variable", NEVER);
            e.setAttribute("match", constant ? "none" : "any");
        }
    }
}
