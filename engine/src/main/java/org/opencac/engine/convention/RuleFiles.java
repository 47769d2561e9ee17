package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.opencac.engine.DataFiles;

/**
 * Reading the convention rule files: every entry has an id, ids are unique, and a bad entry fails at
 * load with the file name and the entry id (as medspaCy's ConTextRule does).
 */
final class RuleFiles {
    static final String DIR = "/org/opencac/engine/convention/";

    private RuleFiles() {
    }

    /** The bytes of a bundled rule file. */
    static byte[] bundled(String file) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
    }

    /** Parses the entries of a JSON rule file ({"rules": [...]}), each through {@code parse}. */
    static <T> List<T> jsonRules(byte[] bytes, String file, Function<JsonNode, T> parse) {
        JsonNode root = DataFiles.rulesRoot(bytes, file);
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode r : root.path("rules")) {
            n++;
            String id = r.path("id").asText("");
            String shown = id.isBlank() ? "entry #" + n : "rule " + id;
            try {
                if (id.isBlank()) {
                    throw new IllegalArgumentException("has no id");
                }
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("duplicate id");
                }
                out.add(parse.apply(r));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + shown + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The rules of a TSV rule file whose rows have {@code columns} tab-separated columns, the first a unique id;
     * a bad row fails naming the file and the rule id (or its row number).
     */
    static <T> List<T> tsvRules(byte[] bytes, String file, int columns, Function<String[], T> parse) {
        return tsvRules(bytes, file, columns, columns, parse);
    }

    /** {@link #tsvRules(byte[], String, int, Function)} for a file whose last columns are optional. */
    static <T> List<T> tsvRules(byte[] bytes, String file, int minColumns, int maxColumns,
                                Function<String[], T> parse) {
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int row = 0;
        for (String[] cols : tsvRows(bytes)) {
            row++;
            String id = cols[0].trim();
            try {
                if (cols.length < minColumns || cols.length > maxColumns) {
                    throw new IllegalArgumentException("expected " + minColumns + " tab-separated columns"
                            + (maxColumns > minColumns ? " (up to " + maxColumns + ")" : "") + ", got " + cols.length);
                }
                if (id.isEmpty() || !ids.add(id)) {
                    throw new IllegalArgumentException(id.isEmpty() ? "has no id" : "duplicate id");
                }
                out.add(parse.apply(cols));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": rule " + (id.isEmpty() ? "#" + row : id) + ": "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The non-blank, non-comment lines of a TSV rule file, each split on tabs. */
    static List<String[]> tsvRows(byte[] bytes) {
        List<String[]> out = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String l = line.replace("\r", "");
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l.split("\t", -1));
            }
        }
        return out;
    }

    static String text(JsonNode r, String field) {
        String v = r.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("needs \"" + field + "\"");
        }
        return v;
    }
}
