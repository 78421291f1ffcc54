package org.magicref.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** What a user says of a document; an option left out is not changed, an empty value clears it. */
public class DocumentFields {
    @Option(names = "--title", paramLabel = "TITLE", description = "Its title, as the document gives it.")
    String title;

    @Option(names = "--date", paramLabel = "DATE", description = "Its date: 21 April 1942, June 1945, 1-12 July 1945.")
    String date;

    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class,
            description = "The microfilm publication (or archival location) that holds it.")
    String publication;

    @Option(names = "--reel", paramLabel = "REEL", description = "Its reel in that publication.")
    String reel;

    @Option(names = "--bibliography", paramLabel = "TEXT", description = "Its bibliography entry.")
    String bibliography;

    Map<String, String> fields(String id) {
        return ChangeCommand.fields("id", id, "title", title, "date", date, "publication", publication, "reel", reel,
                "bibliography", bibliography);
    }
}
