package org.magicref.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.magicref.analysis.Audit;
import org.magicref.analysis.CrossReference;
import org.magicref.analysis.Timeline;
import org.magicref.citation.Bibliography;
import org.magicref.citation.Citer;
import org.magicref.citation.ReferenceParser;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.Publication;
import org.magicref.notebook.Change;
import org.magicref.records.CatalogueStore;
import org.magicref.records.RecordsJson;

/** The streaming JSON of every command's view is, to the byte, what Jackson's data binding writes. */
class JsonWriterTest {
    @Test
    void everyViewIsWrittenAsDataBindingWritesIt() {
        Catalogue c = CatalogueStore.readBundled();
        List<Object> views = new ArrayList<>();
        for (Document d : c.documents()) {
            views.add(new DocumentReport(c, d).view());
            views.add(new CitesReport(c, d, false).view());
            views.add(new XrefReport(d, 7, new CrossReference(c).of(d.id(), 7)).view());
        }
        views.add(new ListReport(c, c.documents()).view());
        views.add(new SearchReport(c, "Konoe envoy", c.search("Konoe envoy"), 1).view());
        for (Publication p : c.publications()) {
            for (int reel : c.reels().reels(p.id())) {
                views.add(new ReelReport(c, c.reels().map(p.id(), reel)).view());
                for (int frame : List.of(1, 497, 518, 589, 600, 716, 806, 936)) {
                    views.add(FrameReport.ofFrame(c, c.reels().frame(p.id(), reel, frame)).view());
                }
            }
        }
        views.add(FrameReport.ofPage(c, c.reels().locate(c.require("SRH-079").id(), "6")).view());
        views.add(new TimelineReport(Timeline.of(c, null, null, null)).view());
        views.add(new AuditReport(new Audit(c, Audit.SourceLines.NONE).run()).view());
        views.add(new BibliographyReport(Bibliography.house(c, c.documents())).view());
        ReferenceParser parser = new ReferenceParser(c);
        views.add(new NotesReport(new Citer(c, "house").notes(List.of(parser.parseNote("SRH-071:1"), parser.parseNote("SRH-071:2"),
                parser.parseNote("SRS-0578:1+SRS-0582:2")), 1)).view());
        views.add(new ValidationReport("x", false, List.of("a \u001b problem"), null, null).view());
        views.add(new ChangeReport(List.of(new Change(1, "2026-11-28T10:00:00Z", Change.MARK, Map.of("reel", "9"), Map.of(), 1)),
                Set.of(1), false).view());
        for (Object view : views) {
            assertEquals(RecordsJson.output(view), JsonWriter.write(view), view.getClass().getName());
        }
    }
}
