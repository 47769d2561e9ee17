package org.opencac.engine.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.NumberTable;

/**
 * The numbers of a code-system plug-in (scores, windows, thresholds), from its {@link NumberTable} data file: one row
 * per number, {@code name<TAB>value<TAB>meaning}, exactly the names the plug-in reads.
 */
public final class PluginNumbers {
    private final String file;
    private final Map<String, Double> byName;
    private final List<NumberTable.Row> rows;

    private PluginNumbers(String file, List<NumberTable.Row> rows) {
        this.file = file;
        Map<String, Double> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.name(), r.value()));
        this.byName = Map.copyOf(map);
        this.rows = List.copyOf(rows);
    }

    /** The numbers of a bundled file; {@code expected} is the exact set of names it must have. */
    public static PluginNumbers load(String resource, Set<String> expected) {
        return new PluginNumbers(resource, NumberTable.load(resource, expected));
    }

    /** The numbers of data lines read from {@code file} (named in errors); {@code expected} as for {@link #load}. */
    public static PluginNumbers parse(List<String> lines, String file, Set<String> expected) {
        return new PluginNumbers(file, NumberTable.parse(lines, file, expected));
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
    public List<NumberTable.Row> rows() {
        return rows;
    }
}
