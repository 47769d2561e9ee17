package org.opencac.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.opencac.models.io.Lines;
import org.opencac.models.io.TsvRows;

/** Reads the engine's bundled rule and word-list files: one entry per line, "#" comments and blanks skipped. */
public final class DataFiles {
    private DataFiles() {
    }

    /** The trimmed, non-blank, non-comment lines of a classpath resource; a missing file fails at start-up. */
    public static List<String> lines(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : Lines.split(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The lines of a bundled tab-separated file ({@link #lines}) after its header, which must be the first of them
     * and be {@code header}, its columns joined by tabs; a missing file or another header fails at start-up, naming
     * the file.
     */
    public static List<String> afterHeader(String resource, String header) {
        return afterHeader(resource, cols -> String.join("\t", cols).equals(header), header.replace("\t", "<TAB>"));
    }

    /**
     * The lines of a bundled tab-separated file ({@link #lines}) after its header, the first of them, whose columns
     * {@code header} accepts; another header fails at start-up, naming the file and {@code expected} (as
     * {@link TsvRows#read} names it).
     */
    public static List<String> afterHeader(String resource, Predicate<String[]> header, String expected) {
        List<String> all = lines(resource);
        if (all.isEmpty() || !header.test(all.get(0).split("\t", -1))) {
            throw new IllegalArgumentException(resource + ": header '" + expected + "' expected");
        }
        return List.copyOf(all.subList(1, all.size()));
    }

    /**
     * Reads a bundled file of "kind, tab, value" lines ({@link #lines}; a third column is a comment), giving each
     * value, trimmed, to the reader of its kind; a line with no value, or of a kind no reader takes, fails at
     * start-up, naming the file.
     */
    public static void kinds(String resource, Map<String, Consumer<String>> readers) {
        Map<String, Consumer<String[]>> first = new HashMap<>();
        readers.forEach((kind, reader) -> first.put(kind, values -> reader.accept(values[0])));
        kindRows(resource, first);
    }

    /**
     * The values of a bundled "kind, tab, value" file ({@link #kinds}) gathered by kind: one unmodifiable set for
     * each of {@code kinds} (empty when the file has no line of it); a line of another kind fails at start-up.
     */
    public static Map<String, Set<String>> kindSets(String resource, String... kinds) {
        Map<String, Set<String>> read = new HashMap<>();
        Map<String, Consumer<String>> readers = new HashMap<>();
        for (String kind : kinds) {
            Set<String> values = new HashSet<>();
            read.put(kind, values);
            readers.put(kind, values::add);
        }
        kinds(resource, readers);
        Map<String, Set<String>> out = new HashMap<>();
        read.forEach((kind, values) -> out.put(kind, Set.copyOf(values)));
        return Map.copyOf(out);
    }

    /**
     * Reads a bundled file of "kind, tab, values" lines ({@link #lines}), giving each line's values (its columns
     * after the kind, trimmed; at least one) to the reader of its kind, which checks how many it needs; a line
     * with no value, or of a kind no reader takes, fails at start-up, naming the file.
     */
    public static void kindRows(String resource, Map<String, Consumer<String[]>> readers) {
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalStateException(resource + ": expected kind and value: " + line);
            }
            Consumer<String[]> reader = readers.get(f[0].trim());
            if (reader == null) {
                throw new IllegalStateException(resource + ": unknown kind " + f[0] + ": " + line);
            }
            String[] values = new String[f.length - 1];
            for (int i = 1; i < f.length; i++) {
                values[i - 1] = f[i].trim();
            }
            reader.accept(values);
        }
    }

    /**
     * The values a reader of {@link #kindRows} was given, when there are {@code min} to {@code max} of them;
     * otherwise fails at start-up, naming the file and the row.
     */
    public static String[] values(String resource, String[] values, int min, int max) {
        if (values.length < min || values.length > max) {
            throw new IllegalStateException(resource + ": expected " + (min == max ? min : min + " to " + max)
                    + " values after the kind: " + String.join("\t", values));
        }
        return values;
    }

    /**
     * The rows of a bundled tab-separated file with no header ({@link #lines}), each split at every tab (trailing
     * empty columns dropped) and its columns trimmed; a row of fewer than {@code min} or more than {@code max}
     * columns fails at start-up, naming the file and the row.
     */
    public static List<String[]> table(String resource, int min, int max) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length < min || f.length > max) {
                throw new IllegalStateException(resource + ": expected " + (min == max ? min : min + " to " + max)
                        + " tab-separated columns: " + line);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            out.add(f);
        }
        return List.copyOf(out);
    }

    /**
     * Reads a bundled tab-separated file whose first line (after "#" comments and blanks) is the header
     * {@code header}, its columns joined by tabs, giving every later line to {@code row} split at every tab
     * ({@link TsvRows}); a missing file or another header fails at start-up, naming the file.
     */
    public static void rows(String resource, String header, TsvRows.Row row) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + resource);
            }
            TsvRows.read(in, resource, cols -> String.join("\t", cols).equals(header),
                    header.replace("\t", "<TAB>"), row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The root of a JSON rule file ({"rules": [...], ...}); not valid JSON or no "rules" array fails naming
     * the file.
     */
    public static com.fasterxml.jackson.databind.JsonNode rulesRoot(byte[] bytes, String file) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!root.path("rules").isArray()) {
            throw new IllegalArgumentException(file + ": needs a \"rules\" array");
        }
        return root;
    }
}
