package org.opencac.models.io;

import java.util.ArrayList;
import java.util.List;

/** Splitting a whole data file into lines without a regular expression. */
public final class Lines {
    private Lines() {
    }

    /**
     * The lines of {@code text}, exactly as {@code text.split("\\r?\\n")} gives them (a line ends at "\n" or
     * "\r\n"; trailing empty lines are dropped; a text without a line end is one line), scanned by hand:
     * bundled files are split at every start, and the regex costs CPU and JIT compilation there.
     */
    public static List<String> split(String text) {
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (nl >= 0) {
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(text.substring(start, end));
            start = nl + 1;
            nl = text.indexOf('\n', start);
        }
        out.add(text.substring(start));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size);
    }
}
