package org.magicref.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.magicref.cli.Cli;
import org.magicref.cli.Display;
import org.magicref.cli.ExitCodes;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;

/**
 * Every command with malformed and hostile input: one clear line on stderr (a usage error may add
 * a suggestion and a "Try ... --help" line), the documented exit code, nothing on stdout, and no
 * stack trace.
 */
class BadInputMatrixTest {
    static final String LONG = "SRH-" + "8".repeat(5000);
    static final List<String> BAD_IDS = List.of("", " ", "SRH", "085", "XYZ-1", "SRH-0x85", "SRH 85 86", LONG,
            "SRH\u0007085", "\u0421\u0420\u0425-085", "SRH-085; rm -rf /", "SRH-85\nSRH-86", "-", "%s%n", "SRH-\u0660\u0668\u0665");
    /** One catalogue source for every case: the bundled catalogue is read once. */
    static final CatalogueSource SOURCE = new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read, n -> null);
    static final List<String> ID_COMMANDS = List.of("show", "cites", "xref", "cite");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String command : ID_COMMANDS) {
            for (String id : BAD_IDS) {
                out.add(Arguments.of(List.of(command, id), ExitCodes.USAGE));
            }
            out.add(Arguments.of(List.of(command, "SRH-999"), ExitCodes.NOT_FOUND));
            out.add(Arguments.of(List.of(command, "SRS-0001"), ExitCodes.NOT_FOUND));
            out.add(Arguments.of(List.of(command), ExitCodes.USAGE));
            out.add(Arguments.of(List.of(command, "SRH-085", "--bogus"), ExitCodes.USAGE));
            out.add(Arguments.of(List.of(command, "SRH-085", "SRH-086"), ExitCodes.USAGE));
        }
        for (String id : BAD_IDS) {
            out.add(Arguments.of(List.of("locate", id, "--page", "1"), ExitCodes.USAGE));
        }
        for (String page : List.of("", "0x7", "-1", "7-", "seven", "7;8", LONG, "\u0007", "99999999")) {
            out.add(Arguments.of(List.of("locate", "SRH-085", "--page", page), ExitCodes.USAGE));
            // an empty page cites the document as a whole; "7;8" is two page groups
            boolean citeable = page.isEmpty() || page.equals("7;8");
            out.add(Arguments.of(List.of("cite", "SRH-085", "--page", page), citeable ? ExitCodes.OK : ExitCodes.USAGE));
        }
        for (String n : List.of("0", "-1", "abc", "99999999999", "", "1.5", "9e1")) {
            out.add(Arguments.of(List.of("frame", n, "589"), ExitCodes.USAGE));
            out.add(Arguments.of(List.of("frame", "9", n), ExitCodes.USAGE));
            out.add(Arguments.of(List.of("reel", n), ExitCodes.USAGE));
            out.add(Arguments.of(List.of("list", "--reel", n), ExitCodes.USAGE));
        }
        out.add(Arguments.of(List.of("frame", "9999", "1"), ExitCodes.NOT_FOUND));
        out.add(Arguments.of(List.of("reel", "12"), ExitCodes.NOT_FOUND));
        out.add(Arguments.of(List.of("frame", "9", "589", "--publication", "nowhere"), ExitCodes.NOT_FOUND));
        for (String date : List.of("31 February 1945", "Julember 1945", "July", "1945-07-13", "20-13 July 1945", "", LONG, "19450")) {
            out.add(Arguments.of(List.of("list", "--from", date), ExitCodes.USAGE));
            out.add(Arguments.of(List.of("timeline", "--to", date), ExitCodes.USAGE));
        }
        out.add(Arguments.of(List.of("list", "--from", "1946", "--to", "1945"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("timeline", "--from", "August 1945", "--to", "July 1945"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("list", "--cited", "--bibliography-only"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("list", "--sort", "title"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("list", "--publication", "nowhere"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("search"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("search", "zzzz", "--limit", "0"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("search", "\u0007\u0008"), ExitCodes.NOT_FOUND));
        out.add(Arguments.of(List.of("search", LONG), ExitCodes.NOT_FOUND));
        for (String style : List.of("nope", "", "chicgo", "../../etc/passwd", LONG)) {
            out.add(Arguments.of(List.of("cite", "SRH-085", "--style", style), ExitCodes.USAGE));
            out.add(Arguments.of(List.of("notes", "SRH-085:1", "--style", style), ExitCodes.USAGE));
            out.add(Arguments.of(List.of("bibliography", "--style", style), ExitCodes.USAGE));
        }
        out.add(Arguments.of(List.of("cite", "SRH-085", "--form", "long"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("cite", "SRH-085", "--form", "shortened", "--style", "apa"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("cite", "SRH-085", "--page", "1", "--frame", "0794, 0795"), ExitCodes.USAGE));
        for (String ref : List.of("SRH-085", "SRH-085:", "SRH-085:x", ":7", "SRH-999:1", "SRH-085:7@abc", "SRH-085:1/x", LONG + ":1")) {
            out.add(Arguments.of(List.of("notes", ref), ref.startsWith("SRH-999") ? ExitCodes.NOT_FOUND
                    : ref.equals("SRH-085") || ref.equals("SRH-085:") ? ExitCodes.OK : ExitCodes.USAGE));
        }
        out.add(Arguments.of(List.of("notes", "SRH-085:1", "--start", "0"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("export", "--format", "docx"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("export"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("xref", "SRH-085", "--days", "-3"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("completion", "fish"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("shwo"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("--bogus"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("show", "SRH-085", "--width", "abc"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("show", "SRH-085", "--records", "/nonexistent/records"), ExitCodes.IO));
        out.add(Arguments.of(List.of("audit", "--source", "/nonexistent/thesis.txt"), ExitCodes.IO));
        out.add(Arguments.of(List.of("import", "/nonexistent/thesis.txt", "--out", "/nonexistent/out"), ExitCodes.IO));
        out.add(Arguments.of(List.of("validate", "/nonexistent/records"), ExitCodes.IO));
        for (String frames : List.of("abc", "", "-1", "1e3", "0x10", "2147483648", "0800-", LONG)) {
            out.add(Arguments.of(List.of("cite", "SRH-079", "--page", "6", "--frame", frames), ExitCodes.USAGE));
        }
        for (String width : List.of("0", "-5", "39", "201", "99999999999")) {
            out.add(Arguments.of(List.of("show", "SRH-085", "--width", width), ExitCodes.USAGE));
        }
        out.add(Arguments.of(List.of("notes", "SRH-085:7", "--start", "2147483646"), ExitCodes.USAGE));
        out.add(Arguments.of(List.of("cite", "SRH-079", "--page", String.join(", ", java.util.Collections.nCopies(650, "1"))),
                ExitCodes.USAGE));
        out.add(Arguments.of(List.of("export", "--format", "json", "--out", ""), ExitCodes.USAGE));
        if (new java.io.File("/dev/null").exists()) {
            out.add(Arguments.of(List.of("export", "--format", "json", "--out", "/dev/null", "--force"), ExitCodes.IO));
        }
        if (new java.io.File("/dev/zero").exists()) {
            out.add(Arguments.of(List.of("import", "/dev/zero", "--out", "/nonexistent/out"), ExitCodes.INVALID_INPUT));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answersClearly(List<String> args, int expected) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = args.toArray(new String[0]);
        int code = Cli.create(SOURCE, Display.PLAIN, new PrintWriter(out), new PrintWriter(err), Cli.subcommandOf(argv))
                .execute(argv);
        String e = err.toString();
        assertEquals(expected, code, args + "\n" + e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        if (expected == ExitCodes.OK) {
            return;
        }
        assertEquals("", out.toString(), "nothing on stdout");
        assertTrue(e.startsWith("magicref: "), e);
        assertTrue(e.lines().count() <= 3, "one line (a usage error may add a suggestion and a hint): " + e);
        assertTrue(e.lines().allMatch(l -> l.length() <= 300), "lines stay short: " + e);
        assertFalse(e.chars().anyMatch(ch -> ch < 32 && ch != '\n'), "control characters are made visible: " + e);
    }

    /** How many bad inputs the matrix tries, and over how many commands (for the closing note). */
    static long size() {
        return cases().count();
    }
}
