package org.magicref.citation.csl;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Renderers' first citations kept in a folder, one file each, with the key of everything the text
 * depends on: the engine's and citeproc-java's jars (their paths, sizes and times, so that
 * another release makes new ones), the style, the output format, every item of the renderer in
 * order (their data and their order decide numbers and forms), the item cited, and whether the
 * citation has a page, and a range of pages. The page itself is not in it: the text holds a
 * placeholder in its place. A file that cannot be read or written is no loss: the processor
 * renders the citation as if nothing were kept.
 */
final class FirstCitations {
    private static final String FORMAT = "magicref first citation 1";
    /** Between the key and the text in a file (no key holds a NUL character). */
    private static final String SEPARATOR = "\n\u0000\n";
    private static volatile String engine;

    private final Path folder;

    FirstCitations(Path folder) {
        this.folder = folder;
    }

    /** What a renderer's first citation depends on. */
    static String key(String style, boolean html, List<Map<String, Object>> items, String itemId, boolean located, boolean plural) {
        return String.join("\n", FORMAT, engine(), style, html ? "html" : "text", located ? "page" : "no page",
                plural ? "pages" : "page", itemId, String.valueOf(items));
    }

    /**
     * The file of that citation, named by two 32-bit hashes of the key: the file holds the key too,
     * and a file of another key under the same name is not taken for it.
     */
    Path file(String key) {
        CRC32C crc = new CRC32C();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(Integer.toHexString(key.hashCode()) + "-" + Long.toHexString(crc.getValue()) + ".txt");
    }

    /** The text kept for the key, or null (none kept, or not readable: a missing file is one read that fails). */
    String read(String key) {
        try {
            String kept = Files.readString(file(key), StandardCharsets.UTF_8);
            return kept.startsWith(key + SEPARATOR) ? kept.substring(key.length() + SEPARATOR.length()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps the text for the key, written whole or not at all. */
    void write(String key, String text) {
        Path file = file(key);
        try {
            Files.createDirectories(folder);
            // named by the clock, not by Files.createTempFile, whose random names start the JDK's
            // security providers (4 ms of a citation); a name taken (another run at the same
            // nanosecond) keeps nothing, as any failure to write
            Path tmp = folder.resolve(".citation-" + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.writeString(tmp, key + SEPARATOR + text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // nothing kept: the next run renders it again
        }
    }

    /** What identifies the engine's code: its jar and citeproc-java's. */
    private static String engine() {
        String e = engine;
        if (e == null) {
            e = engine = identity(FirstCitations.class) + " " + identity(de.undercouch.citeproc.CSL.class);
        }
        return e;
    }

    private static String identity(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            Path where = Path.of(source.getLocation().toURI());
            return where + " " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            return type.getName() + " from an unknown place";
        }
    }
}
