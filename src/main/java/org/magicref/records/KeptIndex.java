package org.magicref.records;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.IndexKeeper;
import org.magicref.domain.SearchIndex;

/**
 * The search index of a kept copy of records ({@link KeptRecords}), in a file beside the copy
 * under the same key: a million citations' index is built in seconds, and read back in a fraction
 * of that. Each term is written with its postings as the index holds them: the gaps between entry
 * numbers (a byte or two each), then its counts. A file of another key, or one not whole, is not read.
 */
final class KeptIndex implements IndexKeeper {
    static final String NAME = "index.bin";
    static final int MAGIC = 0x4D524932; // "MRI2"

    private final Path folder;
    private final String key;

    KeptIndex(Path folder, String key) {
        this.folder = folder;
        this.key = key;
    }

    @Override
    public SearchIndex read(List<Document> documents, List<Citation> citations) {
        Path file = folder.resolve(NAME);
        try (InputStream stream = Files.newInputStream(file)) {
            BinaryInput in = new BinaryInput(stream, Files.size(file));
            if (in.int32() != MAGIC || !key.equals(in.utf8())) {
                return null;
            }
            SearchIndex.Terms terms = new SearchIndex.Terms();
            for (int t = in.count(); t > 0; t--) {
                String term = in.utf8();
                byte[] gaps = in.bytes(in.small());
                terms.add(term, gaps, in.bytes(in.small()));
            }
            if (in.int32() != MAGIC || !in.atEnd()) {
                return null;
            }
            return terms.over(documents, citations);
        } catch (IOException | RuntimeException e) {
            // none kept, or not whole: the catalogue builds its index
            return null;
        }
    }

    @Override
    public void keep(SearchIndex index) {
        try (FolderLock lock = FolderLock.take(folder)) {
            Path tmp = Files.createTempFile(folder, "." + NAME + ".", ".tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    write(os, index);
                }
                Files.move(tmp, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // not kept: the next run builds it again
        }
    }

    private void write(OutputStream os, SearchIndex index) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        out.writeInt(MAGIC);
        text(out, key);
        BinaryInput.writeCount(out, index.termCount());
        index.forEachTerm((term, gaps, gapBytes, counts, size) -> {
            text(out, term);
            BinaryInput.writeCount(out, gapBytes);
            out.write(gaps, 0, gapBytes);
            BinaryInput.writeCount(out, size);
            out.write(counts, 0, size);
        });
        out.writeInt(MAGIC);
        out.flush();
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        BinaryInput.writeCount(out, b.length);
        out.write(b);
    }
}
