package org.opencac.engine.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.DataFiles;

/**
 * The numbers of a code-system plug-in (scores, windows, thresholds), from its data file: one row per number,
 * {@code name<TAB>value<TAB>meaning}. The file must have exactly the names the plug-in reads: a missing or an
 * unused row fails at load, naming it, so a number cannot drift away from the code that reads it.
 */
public final class PluginNumbers {
    private final String file;
    private final Map<String, Double> byName;
    private final List<Row> rows;

    /** One row of the file: a number's name, its value and what it means. */
    public record Row(String name, double value, String meaning) {
    }

    private PluginNumbers(String file, Map<String, Double> byName, List<Row> rows) {
        this.file = file;
        this.byName = Map.copyOf(byName);
        this.rows = List.copyOf(rows);
    }

    /** The numbers of a bundled file; {@code expected} is the exact set of names it must have. */
    public static PluginNumbers load(String resource, Set<String> expected) {
        return parse(DataFiles.afterHeader(resource, "name\tvalue\tmeaning"), resource, expected);
    }

    /** The numbers of data lines read from {@code file} (named in errors); {@code expected} as for {@link #load}. */
    public static PluginNumbers parse(List<String> lines, String file, Set<String> expected) {
        Map<String, Double> map = new LinkedHashMap<>();
        List<Row> rows = new java.util.ArrayList<>();
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
                if (map.put(cols[0].trim(), v) != null) {
                    throw new IllegalArgumentException("listed twice");
                }
                rows.add(new Row(cols[0].trim(), v, cols[2].trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage() + ": " + line, e);
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(map.keySet());
        Set<String> unused = new TreeSet<>(map.keySet());
        unused.removeAll(expected);
        if (!missing.isEmpty() || !unused.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + (missing.isEmpty() ? "" : "no row for " + missing)
                    + (missing.isEmpty() || unused.isEmpty() ? "" : "; ") + (unused.isEmpty() ? "" : "rows no code reads: " + unused));
        }
        return new PluginNumbers(file, map, rows);
    }

    /** The value of a name the plug-in declared. */
    public double value(String name) {
        Double v = byName.get(name);
        if (v == null) {
            throw new IllegalArgumentException(file + " has no number " + name);
        }
        return v;
    }

    /** A whole-number value (a window in words or characters). */
    public int count(String name) {
        double v = value(name);
        if (v != Math.rint(v) || v < 0) {
            throw new IllegalArgumentException(file + ": " + name + " must be a whole number, not " + v);
        }
        return (int) v;
    }

    /** The rows in file order, for documentation. */
    public List<Row> rows() {
        return rows;
    }
}
