package org.magicref.robust;

import java.nio.file.Path;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.records.CatalogueStore;

/** A second process that writes two catalogues into one folder by turns, until it is killed. */
public final class ImportWriter {
    private ImportWriter() {
    }

    /** The two catalogues it writes: the bundled one, and the bundled one less a document. */
    static List<Catalogue> catalogues() {
        Catalogue a = CatalogueStore.readBundled();
        Catalogue b = new Catalogue(a.works(), a.publications(), a.documents().stream()
                .filter(d -> !d.id().toString().equals("SRH-040")).toList(), a.citations());
        return List.of(a, b);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Catalogue> both = catalogues();
        for (int i = 0; ; i++) {
            CatalogueStore.write(both.get(i % 2), dir, true);
        }
    }
}
