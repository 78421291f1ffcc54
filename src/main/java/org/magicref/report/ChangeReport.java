package org.magicref.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.magicref.notebook.Change;

/**
 * The user's changes ({@code log}), or the one just written: number, time, what changed, and the
 * values it replaced.
 *
 * @param undone the numbers of the changes that undo entries took back
 * @param written whether this reports a change just written (one line) rather than the log
 */
public record ChangeReport(List<Change> changes, Set<Integer> undone, boolean written) implements Report {

    /** A change as {@code --json} prints it. */
    public record ChangeView(int seq, String at, String kind, Map<String, String> fields, Map<String, String> before,
                             boolean undone, String summary) { }

    /** The report on a change just written. */
    public static ChangeReport written(Change change) {
        return new ChangeReport(List.of(change), Set.of(), true);
    }

    @Override
    public Object view() {
        List<ChangeView> views = changes.stream().map(c -> new ChangeView(c.seq(), c.at(), c.kind(), c.fields(), c.before(),
                undone.contains(c.seq()), c.describe())).toList();
        return written ? views.get(0) : views;
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }

    @Override
    public void write(TextWriter out) {
        if (written) {
            Change c = changes.get(0);
            out.wrapped("", "  ", "recorded change " + c.seq() + ": " + c.describe());
            return;
        }
        if (changes.isEmpty()) {
            out.line("no changes yet");
            return;
        }
        for (Change c : changes) {
            String head = Columns.right(c.seq(), 4) + "  " + c.at().replace('T', ' ').replace("Z", "") + "  ";
            out.wrapped(head, " ".repeat(head.length()), c.describe() + (undone.contains(c.seq()) ? " (undone)" : ""));
            c.before().forEach((k, v) -> {
                if (!c.kind().equals(Change.UNDO)) {
                    out.wrapped(" ".repeat(head.length() + 2), " ".repeat(head.length() + 4),
                            k + ": " + shown(v) + " -> " + shown(c.fields().getOrDefault(k, "")));
                }
            });
        }
    }
}
