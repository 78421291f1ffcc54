package org.magicref.domain;

import java.util.List;

/**
 * Keeps a catalogue's search index between runs: the index a first search builds is kept, and
 * read back by later runs while the catalogue is the same. Either may fail without a word: a kept
 * index is only a cache, and the catalogue builds its index again.
 */
public interface IndexKeeper {
    /** The index kept for exactly these documents and citations, or null where none is. */
    SearchIndex read(List<Document> documents, List<Citation> citations);

    /** Keeps the index built for this catalogue. */
    void keep(SearchIndex index);
}
