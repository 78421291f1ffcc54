package org.magicref.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** What a user says of a microfilm publication or an archival location; an empty value clears a field. */
public class PublicationFields {
    @Option(names = "--title", paramLabel = "TITLE", description = "Its title, or the location: NARA RG 457, Box 43.")
    String title;

    @Option(names = "--part", paramLabel = "N", description = "Its part number, for a publication issued in parts.")
    String part;

    @Option(names = "--part-title", paramLabel = "TITLE", description = "The part's title.")
    String partTitle;

    @Option(names = "--place", paramLabel = "PLACE", description = "Place of publication: Bethesda, MD.")
    String place;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Its publisher.")
    String publisher;

    @Option(names = "--year", paramLabel = "YEAR", description = "Year of publication.")
    String year;

    @Option(names = "--medium", paramLabel = "MEDIUM", description = "microfilm (the default), or paper for a box.")
    String medium;

    @Option(names = "--frames", negatable = true, description = "Whether its reels carry frame numbers "
            + "(--no-frames for reels without them, or a box and folder).")
    Boolean frames;

    @Option(names = "--archive", paramLabel = "NAME", description = "The archive: U.S. National Archives and Records Administration.")
    String archive;

    @Option(names = "--archive-place", paramLabel = "PLACE", description = "The archive's place: Washington, D.C.")
    String archivePlace;

    @Option(names = "--collection", paramLabel = "TEXT", description = "The collection: Record Group 457, ...")
    String collection;

    Map<String, String> fields(String id) {
        return ChangeCommand.fields("id", id, "title", title, "part", part, "partTitle", partTitle, "place", place,
                "publisher", publisher, "year", year, "medium", medium, "frames", frames == null ? null : frames.toString(),
                "archive", archive, "archivePlace", archivePlace, "collection", collection);
    }
}
