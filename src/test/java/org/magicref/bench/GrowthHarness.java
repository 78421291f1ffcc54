package org.magicref.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.records.CatalogueStore;
import org.magicref.records.KeptRecords;

/**
 * The growth curve: for synthetic catalogues of 10^3 to 10^6 citations (made once into
 * target/bench-catalogues), the median load time of three, the heap the loaded catalogue holds,
 * the median of three loads from the copy kept of large records ({@link KeptRecords}), the time
 * to build the search index and to read it where a copy kept it, and the mean time of a lookup by identifier, of a
 * document's citations, of a frame answer and of a search. Run by scripts/bench-growth.
 */
public final class GrowthHarness {
    private GrowthHarness() {
    }

    /**
     * The median of three loads from the copy a first read keeps (in a temporary cache, removed
     * after), and of three first searches of such a load, which read the index a first search
     * kept; NaN for records too small to keep a copy of.
     */
    private static double[] keptCopy(Path dir) throws IOException {
        Path cache = Files.createTempDirectory("magicref-growth-cache");
        try {
            KeptRecords kept = new KeptRecords(cache);
            kept.read(dir).search("Sato Molotov Sakhalin");
            try (var files = Files.walk(cache)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".bin"))) {
                    return new double[] {Double.NaN, Double.NaN};
                }
            }
            List<Long> loads = new ArrayList<>();
            List<Long> searches = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                System.gc();
                long t0 = System.nanoTime();
                Catalogue c = kept.read(dir);
                long t1 = System.nanoTime();
                c.search("Sato Molotov Sakhalin");
                searches.add(System.nanoTime() - t1);
                loads.add(t1 - t0);
            }
            loads.sort(null);
            searches.sort(null);
            return new double[] {loads.get(1) / 1e6, searches.get(1) / 1e6};
        } finally {
            try (var files = Files.walk(cache)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path root = Path.of("target", "bench-catalogues");
        System.out.printf(Locale.ROOT, "%-10s %10s %9s %9s %10s %8s %9s %10s %9s %10s %10s %9s %9s%n", "citations", "MB on disk",
                "load ms", "copy ms", "ms/1k cit", "heap MB", "index ms", "kept idx ms", "index MB", "require us", "cites us", "frame us", "search ms");
        List<String> targets = new ArrayList<>();
        for (int n : sizes) {
            Path dir = root.resolve(String.valueOf(n));
            if (!Files.exists(dir.resolve(CatalogueStore.CITATIONS))) {
                CatalogueStore.write(SyntheticCatalogue.make(n, 1945), dir, true);
            }
            long bytes = 0;
            for (String f : CatalogueStore.FILES) {
                bytes += Files.size(dir.resolve(f));
            }
            // the copy first, while no other catalogue is held: two and an index would not fit the heap
            double[] copy = keptCopy(dir);
            List<Long> loads = new ArrayList<>();
            Catalogue c = null;
            for (int i = 0; i < 3; i++) {
                c = null;
                System.gc();
                long t0 = System.nanoTime();
                c = CatalogueStore.read(dir);
                loads.add(System.nanoTime() - t0);
            }
            loads.sort(null);
            double loadMs = loads.get(1) / 1e6;
            double copyMs = copy[0];
            System.gc();
            Runtime rt = Runtime.getRuntime();
            double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6;
            long t0 = System.nanoTime();
            c.search("Sato Molotov Sakhalin");
            double indexMs = (System.nanoTime() - t0) / 1e6;
            System.gc();
            double indexHeapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6 - heapMb;
            t0 = System.nanoTime();
            int searches = 200;
            for (int i = 0; i < searches; i++) {
                c.search(i % 2 == 0 ? "Konoe envoy" : "Sakhalin oil w2s");
            }
            double searchMs = (System.nanoTime() - t0) / 1e6 / searches;
            List<Document> docs = c.documents();
            Random r = new Random(7);
            int ops = 20_000;
            DocumentId[] ids = new DocumentId[ops];
            for (int i = 0; i < ops; i++) {
                ids[i] = docs.get(r.nextInt(docs.size())).id();
            }
            long sink = 0;
            t0 = System.nanoTime();
            for (DocumentId id : ids) {
                sink += c.require(id).title().length();
            }
            double requireUs = (System.nanoTime() - t0) / 1e3 / ops;
            t0 = System.nanoTime();
            for (DocumentId id : ids) {
                sink += c.citationsOf(id).size();
            }
            double citesUs = (System.nanoTime() - t0) / 1e3 / ops;
            int frameOps = 2_000;
            int reels = Math.max(1, docs.size() / 2 / 25);
            for (int pass = 0; pass < 2; pass++) {
                // the first pass works out the alignments of the reels it meets (as a shell's first questions do)
                Random fr = new Random(11);
                t0 = System.nanoTime();
                for (int i = 0; i < frameOps; i++) {
                    sink += c.reels().frame("studies", 1 + fr.nextInt(reels), 100 + fr.nextInt(800)).size();
                }
            }
            double frameUs = (System.nanoTime() - t0) / 1e3 / frameOps;
            System.out.printf(Locale.ROOT, "%-10d %10.1f %9.0f %9.0f %10.2f %8.0f %9.0f %10.0f %9.0f %10.2f %10.2f %9.1f %9.2f%s%n", n,
                    bytes / 1e6, loadMs, copyMs, loadMs / (n / 1000.0), heapMb, indexMs, copy[1], indexHeapMb, requireUs, citesUs, frameUs,
                    searchMs, sink == 42 ? " " : "");
            if (n == 1_000_000) {
                targets.add(String.format(Locale.ROOT, "  10^6 citations: load from the JSON, checked, %.0f ms (target under 2000 ms): %s",
                        loadMs, loadMs < 2000 ? "holds" : "misses"));
                targets.add(String.format(Locale.ROOT, "  10^6 citations: load from the copy kept while the files are unchanged %.0f ms"
                        + " (target under 2000 ms): %s", copyMs, copyMs < 2000 ? "holds" : "misses"));
                targets.add(String.format(Locale.ROOT, "  10^6 citations: search index %.0f ms (target under 5000 ms): %s",
                        indexMs, indexMs < 5000 ? "holds" : "misses"));
                targets.add(String.format(Locale.ROOT, "  10^6 citations: search index read where it was kept %.0f ms"
                        + " (target under 5000 ms): %s", copy[1], copy[1] < 5000 ? "holds" : "misses"));
            }
        }
        if (!targets.isEmpty()) {
            System.out.println("Targets:");
            targets.forEach(System.out::println);
        }
    }
}
