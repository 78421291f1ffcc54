package org.magicref.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Locator;

/**
 * Reads the sources of one note: splits a note that cites several sources ("; and ..."), keeps
 * a second page group of the same document together ("p. 4, part 1; and pp. 1-2, part 2"), and
 * recognises the forms the notes use for RG 457 documents: the full first reference, the quoted
 * title with identifier, the bare identifier (in any of the forms authors write it), "Ibid." (or
 * "ibid.", "Id.") with or without a locator, the Magic Summaries' "Ibid., "DATE," SRS-NNNN",
 * "op. cit.", a short note by title alone, an archival box and folder before the identifier,
 * and an identifier inside a discursive note. Short notes may print pages without "p.".
 */
final class NoteParser {
    private static final Pattern QUOTED_TITLE = Pattern.compile("(?:^|\\s|\\()\"([^\"]+),\"\\s*$");
    private static final Pattern IBID_HEAD = Pattern.compile("^\\s*(?:Ibid|ibid|IBID)\\.,?\\s*\\(?\\s*$");
    /** "Ibid. (SRS 1756), page 9": "Ibid." that names its document in brackets. */
    private static final Pattern IBID_NAMED = Pattern.compile("^\\s*,?\\s*\\((?:SR[A-Z]{1,3}|sr[a-z]{1,3})[- ]?\\d");
    /** "Ibid." in any case, and the lawyers' "Id.", as a note's first word. */
    private static final Pattern IBID = Pattern.compile("^(?:Ibid|ibid|IBID|Id|id)\\.?(?=[,;:\\s]|$)");
    private static final Pattern IBID_WITH_ID = Pattern.compile("^(?:Ibid|ibid)\\.,\\s*\"[^\"]+,\"\\s*(?:SR[A-Z]{1,3}|sr[a-z]{1,3})[- ]?\\d");
    private static final Pattern PUBLICATION = Pattern.compile("^,\\s+in\\s+([^()]+?\\s+\\([^()]*\\))");
    private static final Pattern OP_CIT = Pattern.compile("^,?\\s*(?i:op\\.\\s*cit\\.|loc\\.\\s*cit\\.)");
    private static final Pattern LOCATOR_START = Pattern.compile("^(?:and\\s+)?(?:pp?\\.|pages?\\s)\\s*\\d");
    /** A short note by title alone: "\"Russo-Japanese Relations,\" 7" or "... op. cit., p. 7". */
    private static final Pattern TITLE_ONLY = Pattern.compile("^\"([^\"]+),\"\\s*(.*)$");
    /** An archival location printed before the identifier: "NARA RG 457, Box 43, Folder 7, SRH 142". */
    static final Pattern BOX = Pattern.compile("(?i)\\bbox\\s+(\\d{1,5})(?:,\\s*folder\\s+([\\w.-]{1,10}))?");

    private NoteParser() {
    }

    static List<NoteSource> parse(String note) {
        List<NoteSource> out = new ArrayList<>();
        for (String segment : segments(note)) {
            parseSegment(segment, out);
        }
        return out;
    }

    /** The note split at semicolons outside quotation marks, page groups kept with their source. */
    static List<String> segments(String note) {
        List<String> raw = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                raw.add(note.substring(from, i));
                from = i + 1;
            }
        }
        raw.add(note.substring(from));
        List<String> out = new ArrayList<>();
        for (String s : raw) {
            if (!out.isEmpty() && LOCATOR_START.matcher(s.strip()).find()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ";" + s);
            } else {
                out.add(s);
            }
        }
        return out.stream().map(s -> s.strip().replaceFirst("^and\\s+", "")).filter(s -> !s.isEmpty()).toList();
    }

    private static void parseSegment(String s, List<NoteSource> out) {
        int from = 0;
        boolean any = false;
        Matcher ibidWord = IBID.matcher(s);
        if (ibidWord.find() && !IBID_WITH_ID.matcher(s).find() && !IBID_NAMED.matcher(s.substring(ibidWord.end())).find()) {
            from = ibidWord.end();
            Locator locator = Locator.parseShort(s.substring(from));
            out.add(new NoteSource.Ibid(locator, s.substring(0, from + locator.length()).strip()));
            from += locator.length();
            any = true;
        }
        Matcher id = DocumentId.IN_TEXT.matcher(s);
        id.region(from, s.length());
        while (id.find()) {
            any = true;
            String prefix = s.substring(from, id.start());
            String title = null;
            String date = null;
            boolean ibid = false;
            int citeStart = id.start();
            Matcher quoted = QUOTED_TITLE.matcher(prefix);
            String head = prefix;
            if (quoted.find()) {
                head = prefix.substring(0, quoted.start());
                title = quoted.group(1);
                citeStart = from + quoted.start() + (prefix.charAt(quoted.start()) == '"' ? 0 : 1);
            }
            if (IBID_HEAD.matcher(head).matches()) {
                ibid = true;
                date = title;
                title = null;
                citeStart = from;
            } else if (head.contains("Record Group") || BOX.matcher(head).find()) {
                citeStart = from;
            } else if (!head.isBlank() && from == 0) {
                out.add(new NoteSource.Other(head.strip().replaceAll("[,(\\s]+$", "")));
            }
            String archive = head.contains("Record Group") || BOX.matcher(head).find() ? head.strip() : null;
            String rest = s.substring(id.end());
            String publication = null;
            int consumed = 0;
            Matcher pub = PUBLICATION.matcher(rest);
            if (pub.find()) {
                publication = pub.group(1);
                consumed = pub.end();
            } else if (rest.startsWith(")")) {
                consumed = 1;
            }
            Matcher opCit = OP_CIT.matcher(rest.substring(consumed));
            if (opCit.find()) {
                consumed += opCit.end();
            }
            Locator locator = Locator.parseShort(rest.substring(consumed));
            int end = id.end() + consumed + locator.length();
            out.add(new NoteSource.Cited(DocumentId.parse(id.group()), title, date, ibid, publication, archive, locator,
                    s.substring(citeStart, end).strip().replaceFirst("^\\(", "")));
            from = end;
        }
        if (!any) {
            out.add(titleOnly(s));
        }
    }

    /** A segment without an identifier: a short note by title alone, or another source. */
    private static NoteSource titleOnly(String s) {
        Matcher m = TITLE_ONLY.matcher(s);
        if (m.matches()) {
            String rest = m.group(2);
            Matcher opCit = OP_CIT.matcher(rest);
            int skip = opCit.find() ? opCit.end() : 0;
            Locator locator = Locator.parseShort(rest.substring(skip));
            if (locator.pages() != null) {
                int end = s.length() - rest.length() + skip + locator.length();
                return new NoteSource.Titled(m.group(1), locator, s.substring(0, end).strip());
            }
        }
        return new NoteSource.Other(s);
    }
}
