package org.opencac.evaluation.assertion;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencac.engine.assertion.Experiencer;

/**
 * Reads an assertion set: a TSV with header {@code id, sentence, target, negated, uncertain, hypothetical,
 * historical, experiencer, note} (columns found by name, note optional). Flags are 1/0, true/false or
 * yes/no (empty = false); experiencer is patient, family or other. "\n" in a sentence is a line break, so
 * a row can carry a section header. Any malformed row fails naming the file and the line.
 */
public final class AssertionTsvReader {
    private static final List<String> REQUIRED = List.of("id", "sentence", "target", "negated", "uncertain",
            "hypothetical", "historical", "experiencer");

    private AssertionTsvReader() {
    }

    public static List<AssertionExample> read(Path tsv) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            return read(r, tsv.toString());
        }
    }

    public static List<AssertionExample> read(BufferedReader r, String name) throws IOException {
        String header = r.readLine();
        if (header == null) {
            throw new IllegalArgumentException(name + ": empty file, expected a header line");
        }
        Map<String, Integer> col = new HashMap<>();
        String[] names = header.replace("\uFEFF", "").split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            col.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        for (String c : REQUIRED) {
            if (!col.containsKey(c)) {
                throw new IllegalArgumentException(name + " line 1: header lacks column '" + c + "'");
            }
        }
        int needed = REQUIRED.stream().mapToInt(col::get).max().orElse(0) + 1;
        List<AssertionExample> out = new ArrayList<>();
        int lineNo = 1;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < needed) {
                throw bad(name, lineNo, "expected " + names.length + " tab-separated columns, found " + f.length);
            }
            String sentence = unescape(field(f, col.get("sentence")));
            String target = unescape(field(f, col.get("target")));
            if (target.isBlank() || sentence.isBlank()) {
                throw bad(name, lineNo, "blank sentence or target");
            }
            if (!sentence.toLowerCase(Locale.ROOT).contains(target.toLowerCase(Locale.ROOT))) {
                throw bad(name, lineNo, "target '" + target + "' does not occur in the sentence");
            }
            AssertionExample.Attributes gold = new AssertionExample.Attributes(
                    flag(f, col.get("negated"), name, lineNo), flag(f, col.get("uncertain"), name, lineNo),
                    flag(f, col.get("hypothetical"), name, lineNo), flag(f, col.get("historical"), name, lineNo),
                    experiencer(field(f, col.get("experiencer")), name, lineNo));
            Integer noteCol = col.get("note");
            String note = noteCol != null && noteCol < f.length ? field(f, noteCol) : "";
            out.add(new AssertionExample(lineNo, field(f, col.get("id")), sentence, target, gold, note));
        }
        return out;
    }

    private static String field(String[] f, int i) {
        String s = f[i].trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }

    private static boolean flag(String[] f, int i, String name, int lineNo) {
        String v = field(f, i).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "1", "true", "yes", "y", "t" -> true;
            case "0", "false", "no", "n", "f", "" -> false;
            default -> throw bad(name, lineNo, "column " + (i + 1) + " is '" + v + "', expected 1/0, true/false or yes/no");
        };
    }

    private static Experiencer experiencer(String v, String name, int lineNo) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "family" -> Experiencer.FAMILY;
            case "patient", "self", "other", "" -> Experiencer.PATIENT;
            default -> throw bad(name, lineNo, "experiencer is '" + v + "', expected patient, family or other");
        };
    }

    private static IllegalArgumentException bad(String name, int lineNo, String problem) {
        return new IllegalArgumentException(name + " line " + lineNo + ": " + problem);
    }
}
