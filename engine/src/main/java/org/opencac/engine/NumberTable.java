package org.opencac.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A data file of named numbers (scores, windows, thresholds), one row per number: {@code name<TAB>value<TAB>meaning}
 * under that header. The file must have exactly the names its readers declare: a missing or an unused row fails at
 * load, naming it, so a number cannot drift away from the code that reads it.
 */
public final class NumberTable {
    /** The header of every such file. */
    public static final String HEADER = "name\tvalue\tmeaning";

    /** One row of the file: a number's name, its value and what it means. */
    public record Row(String name, double value, String meaning) {
    }

    private NumberTable() {
    }

    /** The rows of a bundled file, in file order; {@code expected} is the exact set of names it must have. */
    public static List<Row> load(String resource, Set<String> expected) {
        return parse(DataFiles.afterHeader(resource, HEADER), resource, expected);
    }

    /**
     * The rows of data lines read from {@code file} (named in errors; the header left out), in file order; each
     * needs a name, a finite number and a meaning, no name twice, and the names exactly {@code expected}.
     */
    public static List<Row> parse(List<String> lines, String file, Set<String> expected) {
        Map<String, Row> byName = new LinkedHashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            try {
                if (cols.length != 3 || cols[0].isBlank() || cols[2].isBlank()) {
                    throw new IllegalArgumentException("expected name<TAB>value<TAB>meaning");
                }
                double v = Double.parseDouble(cols[1].trim());
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("not a finite number");
                }
                if (byName.put(cols[0].trim(), new Row(cols[0].trim(), v, cols[2].trim())) != null) {
                    throw new IllegalArgumentException("listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage() + ": " + line, e);
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(byName.keySet());
        Set<String> unused = new TreeSet<>(byName.keySet());
        unused.removeAll(expected);
        if (!missing.isEmpty() || !unused.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + (missing.isEmpty() ? "" : "no row for " + missing)
                    + (missing.isEmpty() || unused.isEmpty() ? "" : "; ")
                    + (unused.isEmpty() ? "" : "rows no code reads: " + unused));
        }
        return List.copyOf(new ArrayList<>(byName.values()));
    }
}
