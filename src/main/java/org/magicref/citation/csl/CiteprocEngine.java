package org.magicref.citation.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.magicref.citation.CslEngine;

/** The CSL engine on citeproc-java and the official style and locale repositories. */
public final class CiteprocEngine implements CslEngine {
    @Override
    public Set<String> styles() {
        try {
            return new TreeSet<>(CSL.getSupportedStyles());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the citation styles: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supports(String style) {
        return CSL.supportsStyle(style);
    }

    @Override
    public Renderer renderer(List<Map<String, Object>> items, String style, boolean html) {
        List<CSLItemData> data = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> item : items) {
            data.add(CSLItemData.fromJson(item));
            ids.add((String) item.get("id"));
        }
        try {
            CSL csl = new CSL(new ListItemDataProvider(data), style);
            csl.setOutputFormat(html ? "html" : "text");
            csl.registerCitationItems(ids);
            return new Renderer() {
                @Override
                public String cite(String itemId, String locator) {
                    CSLCitationItemBuilder b = new CSLCitationItemBuilder(itemId);
                    if (locator != null && !locator.isEmpty()) {
                        b.locator(locator).label(CSLLabel.PAGE);
                    }
                    return csl.makeCitation(new CSLCitation(b.build())).get(0).getText().strip();
                }

                @Override
                public List<String> bibliography() {
                    List<String> out = new ArrayList<>();
                    for (String entry : csl.makeBibliography().getEntries()) {
                        out.add(entry.strip());
                    }
                    return out;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load citation style " + style + ": " + e.getMessage(), e);
        }
    }
}
