package org.magicref.domain;

/**
 * One match of a search: a document (its title or bibliography entry matched) or a citation (its
 * passage or note matched).
 *
 * @param citation the matching citation, or null for a match on the document itself
 */
public record SearchHit(DocumentId document, Citation citation, double score) {
}
