package org.magicref.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.magicref.cli.Cli;
import org.magicref.cli.Display;
import org.magicref.cli.ExitCodes;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;
import org.magicref.records.InvalidCatalogueException;

/** Generated hostile input: page lists of any length, random bytes as records and as history, control characters in text. */
class HostilePropertiesTest {
    static final CatalogueSource SOURCE = HostileInputTest.SOURCE;
    static final Catalogue BUNDLED = CatalogueStore.readBundled();

    @Provide
    Arbitrary<String> pageLists() {
        Arbitrary<String> item = Arbitraries.oneOf(Arbitraries.integers().between(-5, 99_999).map(String::valueOf),
                Arbitraries.of("9n", "A2", "5-6", "x", "", " ", "1-", "-", "4/1", ";", "1e3"));
        return item.list().ofMinSize(1).ofMaxSize(3_000).map(l -> String.join(", ", l));
    }

    @Property(tries = 60)
    void anyPageListIsCitedOrRefusedInOneLine(@ForAll("pageLists") String pages) {
        HostileInputTest.Result r = HostileInputTest.run(SOURCE, "cite", "SRH-085", "--page", pages);
        assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.USAGE, r.code() + " " + r.err());
        assertTrue(r.err().isEmpty() || (r.err().startsWith("magicref: ") && !r.err().contains("\tat ")), r.err());
    }

    @Property(tries = 40)
    void randomBytesAsARecordsFileAreReportedNotThrown(@ForAll @Size(max = 4_000) byte[] bytes,
                                                       @ForAll("recordFiles") String file) throws Exception {
        validated(bytes, file);
    }

    /** Bytes whose beginning Jackson takes for UTF-32 of an order it does not read (a random case that once escaped). */
    @net.jqwik.api.Example
    void bytesThatBeginAsUtf32AreReportedNotThrown() throws Exception {
        for (String file : CatalogueStore.FILES) {
            String out = validated(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '['}, file);
            assertTrue(out.contains(file + ": not JSON text"), out);
        }
    }

    /** What validate says of the bundled records with one file replaced by these bytes; reading them throws nothing else. */
    private static String validated(byte[] bytes, String file) throws Exception {
        Path dir = Files.createTempDirectory("magicref-bytes");
        try {
            for (String name : CatalogueStore.FILES) {
                Files.copy(HostilePropertiesTest.class.getResourceAsStream("/records/" + name), dir.resolve(name));
            }
            Files.write(dir.resolve(file), bytes);
            try {
                CatalogueStore.read(dir);
            } catch (InvalidCatalogueException e) {
                assertTrue(!e.problems().isEmpty());
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.execute(Cli.create(SOURCE, Display.PLAIN, new PrintWriter(out), new PrintWriter(err)),
                    "validate", dir.toString());
            assertTrue(code == ExitCodes.OK || code == ExitCodes.INVALID_INPUT, code + " " + err);
            assertTrue(out.toString().chars().noneMatch(ch -> ch < 0x20 && ch != '\n'), "nothing raw reaches the terminal");
            return out.toString() + err;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> recordFiles() {
        return Arbitraries.of(CatalogueStore.FILES);
    }

    @Property(tries = 40)
    void randomBytesAsHistoryNeverStopTheShell(@ForAll @Size(max = 4_000) byte[] bytes) throws Exception {
        Path home = Files.createTempDirectory("magicref-history");
        try {
            Path history = Files.write(home.resolve(".magicref_history"), bytes);
            var problem = Class.forName("org.magicref.cli.shell.Shell").getDeclaredMethod("historyProblem", Path.class);
            problem.setAccessible(true);
            Object said = problem.invoke(null, history);
            assertTrue(said == null || said instanceof String);
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<Character> control = Arbitraries.chars().range('\u0000', '\u001f').injectNull(0)
                .edgeCases(c -> c.add('\u007f'));
        return Arbitraries.oneOf(control.map(String::valueOf), Arbitraries.strings().alpha().ofMaxLength(5),
                Arbitraries.strings().ofMaxLength(3)).list().ofMinSize(1).ofMaxSize(20).map(l -> String.join("", l))
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 60)
    void controlCharactersInAnyTextFieldNeverReachTheTerminal(@ForAll("hostileText") String text) {
        List<Document> docs = new ArrayList<>(BUNDLED.documents());
        Document d = docs.get(3);
        docs.set(3, new Document(d.id(), text, d.date(), d.publication(), d.reel(), text));
        CatalogueSource source = CatalogueSource.of(new Catalogue(BUNDLED.works(), BUNDLED.publications(), docs, BUNDLED.citations()));
        for (String[] args : List.of(new String[] {"show", d.id().toString()}, new String[] {"list"},
                new String[] {"cites", d.id().toString()}, new String[] {"bibliography"}, new String[] {"timeline"},
                new String[] {"cite", d.id().toString(), "--form", "bib"})) {
            HostileInputTest.Result r = HostileInputTest.run(source, args);
            assertTrue(r.out().chars().noneMatch(ch -> (ch < 0x20 && ch != '\n') || ch == 0x7F), String.join(" ", args));
            assertTrue(r.err().chars().noneMatch(ch -> (ch < 0x20 && ch != '\n') || ch == 0x7F), String.join(" ", args));
        }
    }
}
