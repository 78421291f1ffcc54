package org.magicref.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * The checks of a catalogue's records against each other: identifiers given once, every reference
 * to a record that exists, the values ({@link ValueChecks}) and the frames ({@link FrameChecks}).
 * The citations are gone through once, each check taking its turn on a citation: the checks of a
 * million citations spend much of their time waiting for memory, and one pass over them waits less
 * than a pass per check (3.5 to 3.7 s -> 3.1 to 3.2 s for the load and checks of a million).
 */
final class RecordChecks {
    private final List<String> problems = new ArrayList<>();
    private final Set<String> workIds;
    /**
     * The citations checked so far, which the value and frame checks look back into: a list of its
     * own, as the reading's list grows on another thread while these checks run.
     */
    private final List<Citation> citations = new ArrayList<>();
    private final ValueChecks values;
    private final FrameChecks frames;
    private final List<String> references = new ArrayList<>();

    /**
     * Checks the works, publications and documents; the citations are then checked one at a time,
     * in their order ({@link #check(Citation)}), as they are read.
     */
    RecordChecks(List<Work> works, List<Publication> publications, List<Document> documents) {
        workIds = unique(CatalogueStore.WORKS, works.stream().map(Work::id).toList(), problems);
        Set<String> publicationIds = unique(CatalogueStore.PUBLICATIONS, publications.stream().map(Publication::id).toList(),
                problems);
        frames = new FrameChecks(publications, documents, citations);
        for (int i = 0; i < documents.size(); i++) {
            // the frame checks' index holds each identifier's first document: any other is a repetition
            DocumentId id = documents.get(i).id();
            if (frames.documentIndex(id) != i) {
                problems.add(CatalogueStore.DOCUMENTS + ": identifier " + id + " occurs more than once");
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d.publication() != null && !publicationIds.contains(d.publication())) {
                problems.add(CatalogueStore.DOCUMENTS + " at $[" + i + "].publication: " + d.id()
                        + " names unknown publication '" + d.publication() + "'");
            }
        }
        values = new ValueChecks(publications, documents, citations);
    }

    /** Every problem, in the order of the checks: identifiers, values, frames, references. */
    static List<String> check(List<Work> works, List<Publication> publications, List<Document> documents,
                              List<Citation> citations) {
        RecordChecks checks = new RecordChecks(works, publications, documents);
        for (Citation c : citations) {
            checks.check(c);
        }
        return checks.problems();
    }

    /** Checks the next citation of citations.json. */
    void check(Citation c) {
        int i = citations.size();
        citations.add(c);
        values.check(i, c);
        Integer document = frames.documentIndex(c.document());
        frames.check(i, c, document);
        if (!workIds.contains(c.work())) {
            references.add(CatalogueStore.CITATIONS + " at $[" + i + "].work: unknown work '" + c.work() + "'");
        }
        if (document == null) {
            references.add(CatalogueStore.CITATIONS + " at $[" + i + "].document: note " + c.noteRef() + " cites "
                    + c.document() + ", which documents.json does not hold");
        }
    }

    /** Every problem found so far, in the order of the checks: identifiers, values, frames, references. */
    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(values.problems());
        all.addAll(frames.problems());
        all.addAll(references);
        return all;
    }

    private static Set<String> unique(String file, List<String> ids, List<String> problems) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = ids.stream().filter(id -> !seen.add(id)).distinct().toList();
        for (String id : repeated) {
            problems.add(file + ": identifier " + id + " occurs more than once");
        }
        return seen;
    }
}
