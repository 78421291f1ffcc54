package org.magicref.site;

import static org.magicref.site.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magicref.analysis.Audit;
import org.magicref.analysis.Finding;
import org.magicref.analysis.Timeline;
import org.magicref.citation.Form;
import org.magicref.citation.HouseStyle;
import org.magicref.citation.ReferenceParser;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.Frames;
import org.magicref.domain.Publication;
import org.magicref.domain.ReelMap;
import org.magicref.picture.ReelPicture;
import org.magicref.picture.TimelinePicture;
import org.magicref.report.CitationLines;
import org.magicref.report.Json;

/**
 * The catalogue as a static website, a finding aid to browse and share: an index with a search
 * that runs in the browser (the data is a script beside the page, so it works from the file
 * system as from any static host, with no server and no network), a page per document (its
 * data, every citation with its passage and note, its reel's picture, its citation forms with a
 * copy button), a page per reel with its picture, the timeline and the audit. Pages have
 * headings in order, alternative text for pictures, native links and buttons for the keyboard,
 * and a layout that narrows to a phone's width.
 */
public final class Site {
    private final Catalogue catalogue;
    private final HouseStyle house;
    private final ReferenceParser references;

    private Site(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.house = new HouseStyle(catalogue);
        this.references = new ReferenceParser(catalogue);
    }

    /** Every file of the site, by its path under the site's folder, in the order written. */
    public static Map<String, String> of(Catalogue catalogue) {
        return new Site(catalogue).files();
    }

    /** A document as the index's search reads it. */
    public record Entry(String id, String title, String date, int citations, String text) { }

    private Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("style.css", Html.STYLE);
        out.put("copy.js", Html.COPY);
        List<Entry> entries = new ArrayList<>();
        for (Document d : catalogue.documents()) {
            List<Citation> cites = catalogue.citationsOf(d.id());
            StringBuilder text = new StringBuilder(d.id() + " " + d.id().compact() + " " + d.title() + " " + (d.date() == null ? "" : d.date()));
            cites.forEach(c -> text.append(" ").append(c.span() == null ? "" : c.span()));
            entries.add(new Entry(d.id().toString(), d.title(), d.date(), cites.size(), text.toString()));
            out.put("documents/" + d.id() + ".html", document(d, cites));
        }
        out.put("search.js", "var MAGICREF = " + Json.text(entries).strip() + ";\n" + Html.SEARCH);
        out.put("index.html", index());
        List<String[]> reels = new ArrayList<>();
        for (Publication p : catalogue.publications()) {
            for (int reel : catalogue.reels().reels(p.id())) {
                ReelMap map = catalogue.reels().map(p.id(), reel);
                boolean drawn = p.frames() && map.entries().stream().anyMatch(e -> e.firstFrame() != null);
                if (drawn) {
                    out.put("reels/" + reelName(p, reel) + ".svg", ReelPicture.svg(catalogue, map));
                }
                out.put("reels/" + reelName(p, reel) + ".html", reel(p, map, drawn));
                reels.add(new String[] {reelName(p, reel), "Reel " + reel + " of " + p.fullTitle(), String.valueOf(map.entries().size())});
            }
        }
        out.put("reels.html", reelsIndex(reels));
        List<Finding> findings = new Audit(catalogue, Audit.SourceLines.NONE).run();
        Timeline timeline = Timeline.of(catalogue, null, null, null);
        if (!timeline.entries().isEmpty()) {
            out.put("timeline.svg", TimelinePicture.svg(timeline, findings));
        }
        out.put("timeline.html", Html.page("", "Timeline", "<h1>Timeline</h1>\n" + (timeline.entries().isEmpty()
                ? "<p>No document of the catalogue is dated.</p>\n"
                : "<figure><img src=\"timeline.svg\" alt=\"The catalogue's " + timeline.entries().size() + " dated documents on a date "
                        + "axis, with the citations per month below.\"><figcaption>Studies as bars over the periods they cover, "
                        + "Magic Summaries as ticks by date; ! marks a date or number the audit finds inconsistent.</figcaption></figure>\n")));
        out.put("audit.html", audit(findings));
        return out;
    }

    /** A reel's file name: the publication's id kept to letters, digits and hyphens, so that no id leads outside the site. */
    static String reelName(Publication p, int reel) {
        return p.id().replaceAll("[^A-Za-z0-9-]", "_") + "-reel-" + reel;
    }

    private String index() {
        StringBuilder b = new StringBuilder("<h1>Record Group 457 finding aid</h1>\n");
        b.append("<p>").append(catalogue.documents().size()).append(" documents, ").append(catalogue.citations().size())
                .append(" citations in ").append(catalogue.works().size() == 1 ? "one work" : catalogue.works().size() + " works")
                .append(": ").append(escape(String.join("; ", catalogue.works().stream().map(CitationLines::work).toList()))).append(".</p>\n");
        b.append("<form id=\"search\" role=\"search\"><label for=\"q\">Search the documents (identifier, title, date or words "
                + "of the passages)</label><br><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\"> "
                + "<button type=\"submit\">Search</button></form>\n");
        b.append("<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n<ul id=\"results\"></ul>\n");
        b.append("<h2>All documents</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Document</th>"
                + "<th scope=\"col\">Date</th><th scope=\"col\">Title</th><th scope=\"col\">Citations</th></tr></thead>\n<tbody>\n");
        for (Document d : catalogue.documents()) {
            b.append("<tr><td><a href=\"documents/").append(d.id()).append(".html\">").append(d.id()).append("</a></td><td>")
                    .append(escape(d.date())).append("</td><td>").append(escape(d.title())).append("</td><td>")
                    .append(catalogue.citationsOf(d.id()).size()).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n<script src=\"search.js\"></script>\n");
        return Html.page("", "Documents", b.toString());
    }

    private String document(Document d, List<Citation> cites) {
        StringBuilder b = new StringBuilder("<h1>").append(d.id()).append(": ").append(escape(d.title())).append("</h1>\n");
        Publication p = catalogue.publication(d.publication()).orElse(null);
        b.append("<dl class=\"data\">\n");
        row(b, "Identifier", escape(d.id().toString()));
        row(b, "Title", escape(d.title()));
        row(b, "Date", d.date() == null ? "not given" : escape(d.date()));
        row(b, "Publication", p == null ? "not known" : escape(p.describe()));
        if (d.reel() != null && p != null) {
            String frames = catalogue.reels().alignment(d.id()).firstFrame().map(f -> ", frames "
                    + Frames.span(f, catalogue.reels().alignment(d.id()).lastFrame().orElse(f))).orElse("");
            row(b, "Reel", "<a href=\"../reels/" + reelName(p, d.reel()) + ".html\">reel " + d.reel() + "</a>" + frames);
        }
        if (d.bibliography() != null) {
            row(b, "Bibliography", escape(d.bibliography()));
        }
        b.append("</dl>\n");
        b.append("<h2>Citations (").append(cites.size()).append(")</h2>\n");
        if (cites.isEmpty()) {
            b.append("<p>Listed in the bibliography; no note cites it.</p>\n");
        }
        for (Citation c : cites) {
            b.append("<section class=\"citation\" aria-label=\"Note ").append(escape(c.noteRef())).append("\">\n")
                    .append("<p class=\"where\">").append(escape(c.work())).append(", note ").append(escape(c.noteRef())).append(": ")
                    .append(escape(CitationLines.locator(c))).append(c.ibid() ? " (Ibid.)" : "").append("</p>\n")
                    .append("<blockquote><p>").append(c.passage() == null ? "(no passage found in the body text)" : escape(c.passage()))
                    .append("</p></blockquote>\n")
                    .append("<details><summary>The note</summary><p>").append(escape(c.noteText())).append("</p></details>\n")
                    .append("</section>\n");
        }
        if (p != null && d.reel() != null && p.frames() && catalogue.reels().alignment(d.id()).firstFrame().isPresent()) {
            String svg = "../reels/" + reelName(p, d.reel()) + ".svg";
            b.append("<h2>On the reel</h2>\n<figure><a href=\"").append(svg).append("\"><img src=\"").append(svg).append("\" alt=\"Map of reel ")
                    .append(d.reel()).append(", where ").append(d.id()).append(" stands among the reel's documents (opens the picture "
                            + "at full size)\"></a>")
                    .append("<figcaption><a href=\"../reels/").append(reelName(p, d.reel())).append(".html\">Reel ").append(d.reel())
                    .append(" of ").append(escape(p.fullTitle())).append("</a></figcaption></figure>\n");
        }
        b.append("<h2>Citation forms</h2>\n");
        var whole = references.of(d.id(), null, null);
        form(b, "full", "Full note", house.cite(Form.FULL, whole));
        form(b, "short", "Short note", house.cite(Form.SHORTENED, whole));
        form(b, "bib", "Bibliography entry", house.cite(Form.BIB, whole));
        b.append("<script src=\"../copy.js\"></script>\n");
        return Html.page("../", d.id() + " " + d.title(), b.toString());
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("<dt>").append(name).append("</dt><dd>").append(value).append("</dd>\n");
    }

    private static void form(StringBuilder b, String id, String name, String text) {
        b.append("<div class=\"form\"><h3>").append(name).append("</h3><p id=\"").append(id).append("\">").append(escape(text))
                .append("</p><button type=\"button\" class=\"copy\" data-target=\"").append(id).append("\">Copy</button></div>\n");
    }

    private String reel(Publication p, ReelMap map, boolean drawn) {
        StringBuilder b = new StringBuilder("<h1>Reel ").append(map.reel()).append("</h1>\n<p>").append(escape(p.describe())).append("</p>\n");
        if (drawn) {
            b.append("<figure><img src=\"").append(reelName(p, map.reel())).append(".svg\" alt=\"Reel ").append(map.reel())
                    .append(" as a strip of frames: its documents, cited frames, irregularities and gaps; the same is listed below.\">"
                            + "</figure>\n");
        }
        b.append("<h2>Documents on the reel</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Document</th>"
                + "<th scope=\"col\">Frames</th><th scope=\"col\">Title</th></tr></thead>\n<tbody>\n");
        for (ReelMap.Entry e : map.entries()) {
            b.append("<tr><td><a href=\"../documents/").append(e.document().id()).append(".html\">").append(e.document().id())
                    .append("</a></td><td>").append(e.firstFrame() == null ? "not cited by frame"
                            : Frames.span(e.firstFrame(), e.lastFrame())).append("</td><td>")
                    .append(escape(e.document().title())).append(e.document().date() == null ? "" : ", " + escape(e.document().date()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
        return Html.page("../", "Reel " + map.reel() + " of " + p.id(), b.toString());
    }

    private static String reelsIndex(List<String[]> reels) {
        StringBuilder b = new StringBuilder("<h1>Reels</h1>\n<ul>\n");
        for (String[] r : reels) {
            b.append("<li><a href=\"reels/").append(r[0]).append(".html\">").append(escape(r[1])).append("</a> (").append(r[2])
                    .append(r[2].equals("1") ? " document)" : " documents)").append("</li>\n");
        }
        return Html.page("", "Reels", b.append("</ul>\n").toString());
    }

    private String audit(List<Finding> findings) {
        StringBuilder b = new StringBuilder("<h1>Audit</h1>\n<p>What the catalogue's records say that contradicts itself "
                + "or needs saying, as <code>magicref audit</code> reports it.</p>\n");
        String code = null;
        for (Finding f : findings) {
            if (!f.code().equals(code)) {
                b.append(code == null ? "" : "</ul>\n").append("<h2>").append(escape(f.code())).append("</h2>\n<ul>\n");
                code = f.code();
            }
            b.append("<li>").append(f.severity() == Finding.Severity.WARNING ? "<strong>Warning:</strong> " : "")
                    .append(escape(f.explanation())).append("</li>\n");
        }
        b.append(code == null ? "<p>Nothing found.</p>\n" : "</ul>\n");
        return Html.page("", "Audit", b.toString());
    }
}
