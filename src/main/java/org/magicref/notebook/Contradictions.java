package org.magicref.notebook;

import java.util.ArrayList;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.Frames;
import org.magicref.domain.KnownPair;
import org.magicref.domain.Mark;

/** Marks that contradict what the notes state or what other marks say. */
public final class Contradictions {
    private Contradictions() {
    }

    /**
     * What a mark contradicts in the catalogue: its frame paired with another document or page, or
     * its page paired with another frame.
     */
    public static List<String> of(Catalogue catalogue, Mark m) {
        List<String> out = new ArrayList<>();
        for (Document d : catalogue.reels().documentsOn(m.publication(), m.reel())) {
            for (KnownPair k : catalogue.reels().alignment(d.id()).pairs()) {
                boolean samePage = d.id().equals(m.document()) && k.page().page().equals(m.page()) && k.page().part() == null;
                if (k.frame() == m.frame() && !samePage) {
                    out.add("fr. " + Frames.format(k.frame()) + " of reel " + m.reel() + " is " + d.id() + " p. "
                            + k.page().page() + " (" + String.join("; ", k.sources()) + ")");
                } else if (samePage && k.frame() != m.frame()) {
                    out.add(d.id() + " p. " + k.page().page() + " is at fr. " + Frames.format(k.frame()) + " ("
                            + String.join("; ", k.sources()) + ")");
                }
            }
        }
        return out;
    }

    /** Every mark of the catalogue that contradicts something else in it, with what it contradicts. */
    public static List<String> all(Catalogue catalogue) {
        List<String> out = new ArrayList<>();
        for (Mark m : catalogue.marks()) {
            List<String> found = of(catalogue, m);
            if (!found.isEmpty()) {
                out.add(m.document() + " p. " + m.page() + " at reel " + m.reel() + ", fr. " + Frames.format(m.frame()) + " ("
                        + m.describe() + (m.forced() ? ", forced" : "") + ") contradicts " + String.join("; ", found));
            }
        }
        return out;
    }
}
