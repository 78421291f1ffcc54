package org.magicref.domain;

import java.util.ArrayList;
import java.util.List;

/** Frame numbers as the reels print them (four digits), and runs of them as ranges. */
public final class Frames {
    private Frames() {
    }

    /** "0589". */
    public static String format(int frame) {
        // as %04d, written out: String.format costs a one-shot lookup some 5 ms to start
        String digits = String.valueOf(Math.abs((long) frame));
        String sign = frame < 0 ? "-" : "";
        return sign + "0".repeat(Math.max(0, 4 - sign.length() - digits.length())) + digits;
    }

    /** "0794" for one frame, "0794-0795" for a span. */
    public static String span(int first, int last) {
        return first == last ? format(first) : format(first) + "-" + format(last);
    }

    /** Frames in full, runs of consecutive frames as ranges: "0794-0795, 0811". */
    public static String runs(List<Integer> frames) {
        return join(frames, false);
    }

    /** Frames as the thesis abbreviates ranges: "0774", "0580-81", "0800-1", "0512, 0524". */
    public static String abbreviated(List<Integer> frames) {
        return join(frames, true);
    }

    private static String join(List<Integer> frames, boolean abbreviate) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            int j = i;
            while (j + 1 < frames.size() && frames.get(j + 1) == frames.get(j) + 1) {
                j++;
            }
            String start = format(frames.get(i));
            String end = format(frames.get(j));
            parts.add(i == j ? start : start + "-" + (abbreviate ? abbreviatedEnd(start, end) : end));
            i = j;
        }
        return String.join(", ", parts);
    }

    /**
     * The end of a range as the thesis prints it: only the digits that change, but at least two
     * unless the start's tens digit is 0 ("0580-81", "0789-90", "0800-1", "0704-5").
     */
    static String abbreviatedEnd(String start, String end) {
        if (start.length() != end.length()) {
            return end;
        }
        int k = 0;
        while (k < start.length() && start.charAt(k) == end.charAt(k)) {
            k++;
        }
        int changed = end.length() - k;
        boolean tensZero = start.length() >= 2 && start.charAt(start.length() - 2) == '0';
        int keep = tensZero ? changed : Math.max(2, changed);
        return end.substring(end.length() - Math.min(end.length(), keep));
    }
}
