package org.magicref.domain;

import java.util.Objects;

/**
 * A microfilm publication that holds documents on numbered reels. Reel numbers belong to a
 * publication: reel 9 of one is not reel 9 of another.
 *
 * @param part      the part number of a publication issued in parts, or null
 * @param partTitle the part's title ("The Pacific Theater"), or null
 * @param frames    whether its reels carry frame numbers
 */
public record Publication(String id, String title, Integer part, String partTitle, String place, String publisher,
                          int year, String medium, String archive, String archivePlace, String collection,
                          boolean frames) {
    public Publication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** The title with its part, as people name it: "Top Secret Studies ..., pt. 1, The Pacific Theater". */
    public String fullTitle() {
        return part == null ? title : title + ", pt. " + part + ", " + partTitle;
    }

    /**
     * The publication line: "Top Secret Studies ..., pt. 1, The Pacific Theater (Bethesda, MD:
     * University Publications of America, 1989, microfilm)".
     */
    public String describe() {
        StringBuilder imprint = new StringBuilder(place == null ? "" : place);
        if (publisher != null) {
            imprint.append(imprint.length() == 0 ? "" : ": ").append(publisher);
        }
        if (year > 0) {
            imprint.append(imprint.length() == 0 ? "" : ", ").append(year);
        }
        if (medium != null) {
            imprint.append(imprint.length() == 0 ? "" : ", ").append(medium);
        }
        return imprint.length() == 0 ? fullTitle() : fullTitle() + " (" + imprint + ")";
    }

    /** Whether it is on microfilm (reels), rather than paper in an archive's boxes. */
    public boolean microfilm() {
        return medium == null || medium.equalsIgnoreCase("microfilm");
    }
}
