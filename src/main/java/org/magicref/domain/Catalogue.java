package org.magicref.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Map<String, Publication> publications;
    private final Map<DocumentId, Document> documents;
    private final List<Document> documentList;
    private final List<Citation> citations;
    private final Map<DocumentId, List<Citation>> citationsByDocument;
    private volatile SearchIndex searchIndex;
    private volatile Reels reels;

    public Catalogue(List<Work> works, List<Publication> publications, List<Document> documents,
                     List<Citation> citations) {
        this.works = List.copyOf(works);
        this.publications = new LinkedHashMap<>();
        publications.forEach(p -> this.publications.put(p.id(), p));
        this.documents = new LinkedHashMap<>();
        documents.stream().sorted(Comparator.comparing(Document::id)).forEach(d -> this.documents.put(d.id(), d));
        this.documentList = List.copyOf(this.documents.values());
        this.citations = List.copyOf(citations);
        this.citationsByDocument = new HashMap<>();
        for (Citation c : this.citations) {
            citationsByDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
        }
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

    /** The documents the filter takes, in identifier order. */
    public List<Document> documents(DocumentFilter filter) {
        return filter.equals(DocumentFilter.ALL) ? documentList
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
        return citationsByDocument.getOrDefault(id, List.of());
    }

    /** Whether any note cites the document (false for a document known only from a bibliography). */
    public boolean isCited(DocumentId id) {
        return citationsByDocument.containsKey(id);
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

    /** Documents and citations matching all words of the query, best first. */
    public List<SearchHit> search(String query) {
        SearchIndex index = searchIndex;
        if (index == null) {
            synchronized (this) {
                if (searchIndex == null) {
                    searchIndex = new SearchIndex(documents(), citations);
                }
                index = searchIndex;
            }
        }
        return index.search(query);
    }
}
