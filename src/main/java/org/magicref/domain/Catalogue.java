package org.magicref.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The catalogue: works, publications, documents and the citations of documents in the works'
 * notes, with lookups by identifier (indexed, not scanned) and a search index built on first use.
 */
public final class Catalogue {
    private static final int MAX_SUGGESTIONS = 3;
    private static final int MAX_EDIT_DISTANCE = 2;

    private final List<Work> works;
    /** Each work's place in {@link #works}. */
    private final Map<String, Integer> workOrder = new HashMap<>();
    private final Map<String, Publication> publications;
    private final Map<DocumentId, Document> documents;
    private final List<Document> documentList;
    private final List<Citation> citations;
    private final CitationsByDocument citationsByDocument;
    private final List<Mark> marks;
    private final Map<DocumentId, List<Mark>> marksByDocument = new HashMap<>();
    private final Map<DocumentId, Origin> origins;
    private volatile SearchIndex searchIndex;
    private volatile IndexKeeper indexKeeper;
    private volatile Reels reels;

    public Catalogue(List<Work> works, List<Publication> publications, List<Document> documents,
                     List<Citation> citations) {
        this(works, publications, documents, citations, List.of(), Map.of());
    }

    /**
     * A catalogue with the user's marks at the reader, and where each document's record comes from
     * (a document missing from {@code origins} is stated by the catalogue's works).
     */
    public Catalogue(List<Work> works, List<Publication> publications, List<Document> documents,
                     List<Citation> citations, List<Mark> marks, Map<DocumentId, Origin> origins) {
        this(works, publications, documents, citations, null, marks, origins);
    }

    /**
     * A catalogue whose citations were grouped by document as they were read: the catalogue takes
     * the grouping over, and nothing may be added to it after.
     *
     * @throws IllegalArgumentException where the grouping does not hold as many citations as the list
     */
    public Catalogue(List<Work> works, List<Publication> publications, List<Document> documents,
                     List<Citation> citations, CitationsByDocument grouped) {
        this(works, publications, documents, citations, grouped, List.of(), Map.of());
        if (grouped.count() != citations.size()) {
            throw new IllegalArgumentException(grouped.count() + " citations grouped by document, " + citations.size() + " given");
        }
    }

    private Catalogue(List<Work> works, List<Publication> publications, List<Document> documents,
                      List<Citation> citations, CitationsByDocument grouped, List<Mark> marks,
                      Map<DocumentId, Origin> origins) {
        this.works = List.copyOf(works);
        for (int i = 0; i < this.works.size(); i++) {
            workOrder.putIfAbsent(this.works.get(i).id(), i);
        }
        this.publications = new LinkedHashMap<>();
        publications.forEach(p -> this.publications.put(p.id(), p));
        this.documents = new LinkedHashMap<>();
        documents.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(d -> this.documents.put(d.id(), d));
        this.documentList = List.copyOf(this.documents.values());
        this.citations = List.copyOf(citations);
        if (grouped == null) {
            grouped = new CitationsByDocument();
            for (Citation c : this.citations) {
                grouped.add(c);
            }
        }
        this.citationsByDocument = grouped;
        this.marks = List.copyOf(marks);
        for (Mark m : this.marks) {
            marksByDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
        }
        // a hash map rather than Map.copyOf: the immutable map probes slot after slot, and the
        // identifiers' hashes run on in sequence, so 100,000 of them took seconds to place
        this.origins = origins.isEmpty() ? Map.of() : Collections.unmodifiableMap(new HashMap<>(origins));
    }

    /** The user's marks at the reader, in the order they were made. */
    public List<Mark> marks() {
        return marks;
    }

    /** The user's marks on a document's pages. */
    public List<Mark> marksOf(DocumentId id) {
        return marksByDocument.getOrDefault(id, List.of());
    }

    /** Where a document's record comes from. */
    public Origin origin(DocumentId id) {
        Origin o = origins.get(id);
        if (o != null) {
            return o;
        }
        // the works whose notes cite it; a document only a bibliography lists is stated by them all
        // (in the order of the works; found from the document's citations, not by going through every
        // work: a catalogue of 10,000 works would take that time for each of its documents)
        TreeSet<Integer> citing = new TreeSet<>();
        for (Citation c : citationsOf(id)) {
            Integer at = workOrder.get(c.work());
            if (at != null) {
                citing.add(at);
            }
        }
        return Origin.stated(String.join(", ", citing.isEmpty() ? works.stream().map(Work::id).toList()
                : citing.stream().map(i -> works.get(i).id()).toList()));
    }

    /**
     * The work with that id.
     *
     * @throws UnknownWorkException naming the known ones
     */
    public Work requireWork(String id) {
        return work(id).orElseThrow(() -> new UnknownWorkException(id, works));
    }

    /** The documents a work cites, in identifier order. */
    public List<Document> documentsCitedBy(String work) {
        java.util.Set<DocumentId> cited = new java.util.HashSet<>();
        citations.stream().filter(c -> c.work().equals(work)).forEach(c -> cited.add(c.document()));
        return documentList.stream().filter(d -> cited.contains(d.id())).toList();
    }

    /** The work with that id, if the catalogue holds it. */
    public Optional<Work> work(String id) {
        return works.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public List<Work> works() {
        return works;
    }

    public List<Publication> publications() {
        return List.copyOf(publications.values());
    }

    /** All documents, in identifier order. */
    public List<Document> documents() {
        return documentList;
    }

    /** The series the catalogue's documents are of: SRH, SRS, ... */
    public java.util.SortedSet<String> series() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        documentList.forEach(d -> out.add(d.series()));
        return out;
    }

    /** The documents the filter takes, in identifier order. */
    public List<Document> documents(DocumentFilter filter) {
        return filter.takesAll() ? documentList
                : documentList.stream().filter(d -> filter.test(this, d)).toList();
    }

    /**
     * The publication with that id.
     *
     * @throws UnknownPublicationException naming the known ones
     */
    public Publication requirePublication(String id) {
        return publication(id).orElseThrow(() -> new UnknownPublicationException(id, publications()));
    }

    /** All citations, in the order of the works' notes. */
    public List<Citation> citations() {
        return citations;
    }

    public Optional<Publication> publication(String id) {
        return Optional.ofNullable(id == null ? null : publications.get(id));
    }

    public Optional<Document> document(DocumentId id) {
        return Optional.ofNullable(documents.get(id));
    }

    /**
     * The document with that identifier.
     *
     * @throws UnknownDocumentException naming the nearest known identifiers
     */
    public Document require(DocumentId id) {
        Document d = documents.get(id);
        if (d == null) {
            throw new UnknownDocumentException(id, suggestions(id));
        }
        return d;
    }

    /** Reads an identifier as a person types it and returns its document. */
    public Document require(String typed) {
        return require(DocumentId.parse(typed));
    }

    /** The citations of a document, in note order. */
    public List<Citation> citationsOf(DocumentId id) {
        return citationsByDocument.of(id);
    }

    /** Whether any note cites the document (false for a document known only from a bibliography). */
    public boolean isCited(DocumentId id) {
        return citationsByDocument.has(id);
    }

    /** The documents whose identifiers are nearest to the given one, nearest first. */
    public List<DocumentId> suggestions(DocumentId id) {
        LevenshteinDistance distance = new LevenshteinDistance(MAX_EDIT_DISTANCE);
        record Scored(DocumentId id, int distance, int gap) { }
        return documents.keySet().stream()
                .map(k -> new Scored(k, distance.apply(id.compact(), k.compact()),
                        k.series().equals(id.series()) ? Math.abs(k.number() - id.number()) : Integer.MAX_VALUE))
                .filter(s -> s.distance() >= 0)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::gap).thenComparing(Scored::id))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::id)
                .collect(Collectors.toList());
    }

    /** Reels and frames, built on first use. */
    public Reels reels() {
        Reels r = reels;
        if (r == null) {
            synchronized (this) {
                if (reels == null) {
                    reels = new Reels(this);
                }
                r = reels;
            }
        }
        return r;
    }

    /**
     * Where this catalogue's search index is kept between runs (see {@link IndexKeeper}): read on
     * the first search instead of being built, or kept once built.
     */
    public void keepSearchIndexWith(IndexKeeper keeper) {
        this.indexKeeper = keeper;
    }

    /** Documents and citations matching all words of the query, best first. */
    public List<SearchHit> search(String query) {
        SearchIndex index = searchIndex;
        if (index == null) {
            synchronized (this) {
                if (searchIndex == null) {
                    IndexKeeper keeper = indexKeeper;
                    SearchIndex kept = keeper == null ? null : keeper.read(documents(), citations);
                    searchIndex = kept != null ? kept : new SearchIndex(documents(), citations);
                    if (kept == null && keeper != null) {
                        keeper.keep(searchIndex);
                    }
                }
                index = searchIndex;
            }
        }
        return index.search(query);
    }
}
