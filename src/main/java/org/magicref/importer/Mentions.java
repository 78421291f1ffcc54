package org.magicref.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.magicref.domain.Citation;
import org.magicref.domain.DocumentId;

/**
 * Accounts for every line of the text that mentions an RG 457 identifier: it is a note's
 * citation of that document, or a bibliography entry, or it is reported with the reason it is
 * neither (named in the body text, in a heading, in a note that was not read as citing it).
 */
final class Mentions {
    private Mentions() {
    }

    static List<Unread> unread(ThesisLayout layout, List<Citation> citations, List<BibliographyParser.Entry> entries) {
        Map<String, Set<DocumentId>> citedByNote = new HashMap<>();
        citations.forEach(c -> citedByNote.computeIfAbsent(c.chapter() + "." + c.note(), k -> new HashSet<>()).add(c.document()));
        List<Unread> out = new ArrayList<>();
        for (ThesisLayout.Placed placed : layout.placed) {
            Paragraph p = placed.paragraph();
            for (int i = 0; i < p.lines().size(); i++) {
                int line = p.numbers().get(i);
                Matcher m = DocumentId.IN_TEXT.matcher(p.lines().get(i));
                while (m.find()) {
                    DocumentId id = DocumentId.parse(m.group());
                    String why = reason(placed.role(), line, id, layout.notes, citedByNote, entries);
                    if (why != null) {
                        out.add(new Unread(line, m.group(), why));
                    }
                }
            }
        }
        return out;
    }

    /** Why a mention is not in the catalogue, or null where it is. */
    private static String reason(ThesisLayout.Role role, int line, DocumentId id, List<Note> notes,
                                 Map<String, Set<DocumentId>> citedByNote, List<BibliographyParser.Entry> entries) {
        switch (role) {
            case NOTE -> {
                for (Note n : notes) {
                    if (line >= n.line() && line <= n.lastLine()) {
                        return citedByNote.getOrDefault(n.chapter() + "." + n.number(), Set.of()).contains(id) ? null
                                : "in note " + n.ref() + ", not read as a citation of " + id;
                    }
                }
                return "in the notes, in no numbered note";
            }
            case BIBLIOGRAPHY -> {
                for (BibliographyParser.Entry e : entries) {
                    if (line >= e.line() && line <= e.lastLine() && e.id().equals(id)) {
                        return null;
                    }
                }
                return "in the bibliography, not read as an entry (expected a line starting with the identifier)";
            }
            case BODY -> {
                return "mentioned in body text, not in a note";
            }
            case HEADING -> {
                return "in a heading, not in a note";
            }
            case FIGURE -> {
                return "in a figure or its caption, not in a note";
            }
            default -> {
                return "in the front matter, not in a note";
            }
        }
    }
}
