package org.magicref.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.constraints.DateRange;
import org.magicref.citation.ReferenceParser;
import org.magicref.cli.Cli;
import org.magicref.cli.ExitCodes;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Frames;
import org.magicref.domain.InvalidValueException;
import org.magicref.domain.Locator;
import org.magicref.domain.UnknownDocumentException;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;

/** Properties of the parsers and of the command line as a whole, over generated input. */
class ParserPropertiesTest {
    private static final Catalogue CATALOGUE = CatalogueStore.readBundled();

    @Property
    void identifiersRoundTrip(@ForAll("series") String series, @ForAll @IntRange(min = 0, max = 999_999) int number) {
        DocumentId id = new DocumentId(series, number);
        assertEquals(id, DocumentId.parse(id.toString()));
        assertEquals(id, DocumentId.parse(id.compact()));
        assertEquals(id, DocumentId.parse(" " + series.toLowerCase(Locale.ROOT) + " " + number + " "));
    }

    @Provide
    Arbitrary<String> series() {
        return Arbitraries.of("SRS", "SRH", "SRDJ", "SRN", "SRA", "SRM", "SRMA");
    }

    @Property
    void anyTextIsAnIdentifierOrRefusedClearly(@ForAll String text) {
        try {
            DocumentId.parse(text);
        } catch (InvalidValueException e) {
            assertTrue(e.getMessage().length() < 200);
        }
    }

    @Property
    void datesRoundTripInBothOrders(@ForAll @DateRange(min = "1900-01-01", max = "1999-12-31") LocalDate day) {
        DocumentDate dmy = DocumentDate.parse(DocumentDate.dayMonthYear(day));
        assertEquals(day, dmy.start());
        assertEquals(DocumentDate.Precision.DAY, dmy.precision());
        String mdy = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear();
        assertEquals(day, DocumentDate.parse(mdy).end());
    }

    @Property
    void anyTextIsADateOrNot(@ForAll String text) {
        DocumentDate.tryParse(text).ifPresent(d -> assertTrue(!d.start().isAfter(d.end())));
    }

    @Property
    void anyTextAfterAnIdentifierIsALocatorOrRefusedClearly(@ForAll String text) {
        try {
            Locator l = Locator.parse(text);
            assertTrue(l.length() <= text.length());
        } catch (InvalidValueException e) {
            assertTrue(e.getMessage().contains("range"));
        }
    }

    @Property
    void framesFormatAsTheThesisAndReadBack(@ForAll @Size(min = 1, max = 12) Set<@IntRange(min = 1, max = 9999) Integer> frames) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(frames));
        assertEquals(sorted, Locator.expandFrames(Frames.abbreviated(sorted)));
    }

    @Property
    void anyReferenceIsReadOrRefusedClearly(@ForAll String text) {
        try {
            new ReferenceParser(CATALOGUE).parse(text);
        } catch (InvalidValueException | UnknownDocumentException e) {
            assertTrue(e.getMessage() != null);
        }
    }

    @Property(tries = 300)
    void theCommandLineNeverFailsInternally(@ForAll("commandLines") List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read, n -> null),
                new PrintWriter(out), new PrintWriter(err)).execute(args.toArray(new String[0]));
        assertTrue(Set.of(ExitCodes.OK, ExitCodes.NOT_FOUND, ExitCodes.USAGE, ExitCodes.INVALID_INPUT, ExitCodes.IO,
                ExitCodes.FINDINGS).contains(code), args + " gave " + code + ": " + err);
        assertTrue(!err.toString().contains("Exception"), args + ": " + err);
    }

    /** A command that reads (never one that writes files or starts a shell), then a mix of likely and wild words. */
    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> command = Arbitraries.of("show", "list", "cites", "search", "frame", "locate", "reel", "cite",
                "notes", "bibliography", "xref", "timeline", "audit", "validate", "completion", "help", "--version");
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("SRH-085", "srs1189", "SRH-999", "9", "589", "0", "-1", "--json", "--page", "7", "--from",
                        "1945", "--to", "July 1945", "--series", "SRS", "--style", "apa", "--form", "id", "--reel", "--days",
                        "--publication", "top-secret-studies-pt1", "--limit", "SRH-071:5-6", "-", "--width", "10"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(6));
        return Combinators.combine(command, word.list().ofMaxSize(5)).as((c, rest) -> {
            List<String> all = new ArrayList<>(List.of(c));
            all.addAll(rest);
            return all;
        });
    }
}
