package org.magicref.cli;

import picocli.CommandLine.Parameters;

/** The document identifier that most commands take, completed from the catalogue. */
public class DocumentArgument {
    @Parameters(paramLabel = "ID", completionCandidates = Candidates.DocumentIds.class,
            description = "Document identifier, as typed: SRH-085, srh85, SRS 1189.")
    String id;
}
