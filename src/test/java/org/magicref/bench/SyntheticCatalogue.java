package org.magicref.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.DocumentId;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;
import org.magicref.records.CatalogueStore;

/**
 * Makes catalogues of any size that look like the real one: Magic Summaries one a day from 1942
 * on reels of about 120 without frames, studies of 20-60 pages in series order on framed reels of
 * about 25, works of 200 notes in 6 chapters, each note citing one or two documents with pages,
 * frames where the reel has them, "Ibid." runs, and passages of a few sentences. Passages mix the
 * thesis's words with 5,000 others of skewed frequency, so that search meets posting lists of
 * realistic length. Seeded, so the same size gives the same catalogue.
 */
public final class SyntheticCatalogue {
    private static final String[] WORDS = ("Sato Molotov Togo Tokyo Moscow neutrality pact Soviet Japanese ambassador "
            + "message reported concessions fisheries Sakhalin oil coal Konoe envoy Potsdam Yalta Hirota Malik "
            + "proposal negotiations war peace treaty Manchukuo Lozovskii Berlin Oshima Germany surrender emperor "
            + "the of and to in that was a for with on as by his not").split(" ");

    private SyntheticCatalogue() {
    }

    public static Catalogue make(int citations, long seed) {
        Random r = new Random(seed);
        Publication magic = new Publication("magic", "Intercepted Japanese Messages: Operation Magic, 1938-1945", null, null,
                "Wilmington, DE", "Michael Glazier", 1989, "microfilm", "U.S. National Archives and Records Administration",
                "Washington, D.C.", "Record Group 457", false);
        Publication studies = new Publication("studies", "Top Secret Studies on U.S. Communications Intelligence", 1,
                "The Pacific Theater", "Bethesda, MD", "University Publications of America", 1989, "microfilm",
                "U.S. National Archives and Records Administration", "Washington, D.C.", "Record Group 457", true);
        int summaries = Math.max(10, citations / 20);
        int studyCount = Math.max(10, citations / 20);
        List<Document> docs = new ArrayList<>();
        LocalDate day = LocalDate.of(1942, 1, 1);
        for (int i = 1; i <= summaries; i++) {
            docs.add(new Document(new DocumentId("SRS", i), "Magic Summary", DocumentDate.dayMonthYear(day.plusDays(i)),
                    "magic", 1 + i / 120, "SRS-" + i + " Magic Summary."));
        }
        int[] pages = new int[studyCount + 1];
        int[] firstFrame = new int[studyCount + 1];
        int frame = 100;
        for (int i = 1; i <= studyCount; i++) {
            pages[i] = 20 + r.nextInt(41);
            int reel = 1 + i / 25;
            if (i % 25 == 0) {
                frame = 100;
            }
            firstFrame[i] = frame;
            frame += pages[i] + 1 + r.nextInt(5);
            docs.add(new Document(new DocumentId("SRH", i), "Russo-Japanese Relations " + (i % 50), "1-12 July 1945",
                    "studies", reel, null));
        }
        List<Work> works = new ArrayList<>();
        List<Citation> cites = new ArrayList<>();
        int workNo = 0;
        while (cites.size() < citations) {
            String work = "work-" + (++workNo);
            works.add(new Work(work, "Author " + workNo, "Thesis " + workNo, "Master of Arts", "A University", 1990, null));
            for (int chapter = 1; chapter <= 6 && cites.size() < citations; chapter++) {
                String ch = new String[] {"I", "II", "III", "IV", "V", "VI"}[chapter - 1];
                DocumentId last = null;
                for (int note = 1; note <= 35 && cites.size() < citations; note++) {
                    boolean ibid = last != null && r.nextInt(3) == 0;
                    DocumentId id = ibid ? last
                            : r.nextBoolean() ? new DocumentId("SRS", 1 + r.nextInt(summaries))
                            : new DocumentId("SRH", 1 + r.nextInt(studyCount));
                    int paragraph = 1 + note / 3;
                    cites.add(citation(r, work, ch, note, id, ibid, pages, firstFrame, summaries, paragraph));
                    if (r.nextInt(10) == 0 && cites.size() < citations) {
                        DocumentId other = new DocumentId("SRS", 1 + r.nextInt(summaries));
                        if (!other.equals(id)) {
                            cites.add(citation(r, work, ch, note, other, false, pages, firstFrame, summaries, paragraph));
                        }
                    }
                    last = id;
                }
            }
        }
        return new Catalogue(works, List.of(magic, studies), docs, cites);
    }

    private static Citation citation(Random r, String work, String chapter, int note, DocumentId id, boolean ibid,
                                     int[] pages, int[] firstFrame, int summaries, int paragraph) {
        boolean study = id.series().equals("SRH");
        int max = study ? pages[id.number()] : 10;
        int page = 1 + r.nextInt(max);
        List<Integer> frames = study ? List.of(firstFrame[id.number()] + page - 1) : List.of();
        Integer reel = study ? 1 + id.number() / 25 : 1 + id.number() / 120;
        String locator = "p. " + page + ", reel " + reel + (study ? ", fr. " + String.format("%04d", frames.get(0)) : "");
        String cited = (ibid ? "Ibid., " : id + ", ") + locator;
        StringBuilder passage = new StringBuilder();
        int words = 25 + r.nextInt(50);
        for (int i = 0; i < words; i++) {
            passage.append(i == 0 ? "" : " ").append(word(r));
        }
        return new Citation(work, chapter, note, id, cited, null, null, "p. " + page, List.of(new PageRef(String.valueOf(page), null)),
                reel, frames, ibid, cited + ".", passage.append('.').toString(), paragraph, null);
    }

    /**
     * A word of a passage: three in ten from the thesis's own vocabulary of names and function
     * words, the rest from 5,000 other words with a skewed (Zipf-like) frequency, as in real text.
     */
    private static String word(Random r) {
        if (r.nextInt(10) < 3) {
            return WORDS[r.nextInt(WORDS.length)];
        }
        int rank = (int) (OTHER_WORDS * Math.pow(r.nextDouble(), 3));
        return "w" + Integer.toString(rank, 36);
    }

    private static final int OTHER_WORDS = 5000;

    /** Writes a catalogue of n citations into a folder: {@code SyntheticCatalogue N DIR}. */
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        CatalogueStore.write(make(n, 1945), Path.of(args[1]), true);
    }
}
