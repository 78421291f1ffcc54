package org.magicref.report;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.importer.Unread;

/**
 * What an import wrote ({@code import}): the counts of the catalogue now in the folder, and what
 * the importer could not settle, and every mention of an RG 457 document that it did not import,
 * with its line and the reason. As {@code import --json} (and {@code --report FILE}) prints it.
 */
public record ImportReport(String work, int documents, long cited, long bibliographyOnly, int citations,
                           int publications, String out, List<String> warnings, List<String> conflicts,
                           boolean merged, List<Unread> unread) implements Report {

    /** The report on the catalogue written to the folder. */
    public static ImportReport of(String work, Catalogue written, String out, List<String> warnings,
                                  List<String> conflicts, boolean merged, List<Unread> unread) {
        long cited = written.documents().stream().filter(d -> written.isCited(d.id())).count();
        long bibliographyOnly = written.documents().stream()
                .filter(d -> d.bibliography() != null && !written.isCited(d.id())).count();
        return new ImportReport(work, written.documents().size(), cited, bibliographyOnly, written.citations().size(),
                written.publications().size(), out, warnings, conflicts, merged, unread);
    }

    @Override
    public ImportReport view() {
        return this;
    }

    @Override
    public void write(TextWriter out) {
        int n = conflicts.size();
        out.line(String.format((merged ? "merged %s into the records: " + count(n, "conflict") + " (yours kept); now "
                : "imported %s: ") + "%s (%d cited, %d bibliography only), %s, %s -> %s", work, count(documents, "document"),
                cited, bibliographyOnly, count(citations, "citation"), count(publications, "publication"), this.out));
        if (!unread.isEmpty()) {
            int u = unread.size();
            out.line(u + (u == 1 ? " mention of an RG 457 document was" : " mentions of RG 457 documents were")
                    + " not imported (listed above with their lines; --strict refuses them)");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
