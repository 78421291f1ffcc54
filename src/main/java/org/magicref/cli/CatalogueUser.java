package org.magicref.cli;

import org.magicref.records.CatalogueSource;

/**
 * A part of the command line that reads the catalogue (an options holder, completion candidates, a
 * command): the command factory hands it the source that every part of one command line shares, so
 * that a shell loads the catalogue once. A part created without the factory (by a documentation
 * generator) keeps the standard source.
 */
public interface CatalogueUser {
    void use(CatalogueSource source);
}
