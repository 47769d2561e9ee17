package org.opencac.evaluation.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.evaluation.Codes;

/**
 * Reads a coder-labelled gold file that holds ids and codes but no text, and attaches each note's text
 * from a separate {@link NotesFile} by id at run time. One note a line:
 * <pre>{"id":"mts-1","specialty":"...","noteKind":"consult","setting":"outpatient","part":"tuning",
 *  "codes":[{"code":"I10","firstListed":true,"reason":"..."}]}</pre>
 * {@code id}, {@code setting}, {@code part} (tuning|frozen) and {@code codes} are required; each code
 * needs {@code code}; at most one code is first-listed. The part and the first-listed code become the
 * note attributes {@link #PART} and {@link #FIRST_LISTED}; specialty and noteKind are kept too.
 */
public final class CoderGoldReader {
    /** Attribute holding the note's part, "tuning" or "frozen". */
    public static final String PART = "part";
    /** Attribute holding the gold first-listed (principal) code, normalized; absent when none. */
    public static final String FIRST_LISTED = "firstListed";
    private static final Set<String> PARTS = Set.of("tuning", "frozen");
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param gold  the gold file
     * @param notes the notes file (JSON Lines, plain or .xz) that holds the texts
     * @param part  keep only this part, or null for all
     */
    public GoldSet read(Path gold, Path notes, String part) {
        if (part != null && !PARTS.contains(part)) {
            throw new IllegalArgumentException("part must be tuning or frozen, was '" + part + "'");
        }
        List<Entry> entries = entries(gold);
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(e -> ids.add(e.id));
        Map<String, String> texts = new NotesFile(notes).texts(ids);
        List<GoldNote> out = new ArrayList<>();
        for (Entry e : entries) {
            String text = texts.get(e.id);
            if (text == null) {
                throw new GoldFormatException(gold, e.line, "note '" + e.id + "' is not in the notes file " + notes);
            }
            if (part == null || part.equals(e.attributes.get(PART))) {
                out.add(new GoldNote(e.id, text, e.setting, e.codes, e.attributes));
            }
        }
        String source = gold.getFileName() + (part == null ? "" : " (" + part + ")");
        return new GoldSet(source, out);
    }

    private record Entry(int line, String id, String setting, List<GoldCode> codes, Map<String, String> attributes) {
    }

    private List<Entry> entries(Path gold) {
        List<String> lines;
        try {
            lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + gold, e);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                Entry e = parse(gold, i + 1, lines.get(i));
                if (!seen.add(e.id)) {
                    throw new GoldFormatException(gold, i + 1, "duplicate note id '" + e.id + "'");
                }
                entries.add(e);
            }
        }
        return entries;
    }

    private Entry parse(Path gold, int line, String raw) {
        JsonNode node;
        try {
            node = json.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(gold, line, "bad JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new GoldFormatException(gold, line, "expected a JSON object");
        }
        String id = string(gold, line, node, "id");
        String setting = string(gold, line, node, "setting");
        if (!Settings.isValid(setting)) {
            throw new GoldFormatException(gold, line, "setting must be outpatient or inpatient, was '" + setting + "'");
        }
        String part = string(gold, line, node, "part");
        if (!PARTS.contains(part)) {
            throw new GoldFormatException(gold, line, "part must be tuning or frozen, was '" + part + "'");
        }
        JsonNode codes = node.get("codes");
        if (codes == null || !codes.isArray()) {
            throw new GoldFormatException(gold, line, "missing field 'codes' (an array)");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(PART, part);
        for (String field : List.of("specialty", "noteKind")) {
            if (node.path(field).isTextual()) {
                attributes.put(field, node.get(field).asText());
            }
        }
        Map<String, GoldCode> byCode = new LinkedHashMap<>();
        for (JsonNode code : codes) {
            String value = code.isObject() ? Codes.normalize(Codes.ICD10CM, string(gold, line, code, "code")) : null;
            if (value == null) {
                throw new GoldFormatException(gold, line, "each code must be an object with a 'code'");
            }
            byCode.putIfAbsent(value, new GoldCode(Codes.ICD10CM, value, List.of()));
            if (code.path("firstListed").asBoolean(false)) {
                if (attributes.containsKey(FIRST_LISTED)) {
                    throw new GoldFormatException(gold, line, "note '" + id + "' has more than one first-listed code");
                }
                attributes.put(FIRST_LISTED, value);
            }
        }
        return new Entry(line, id, setting, List.copyOf(byCode.values()), attributes);
    }

    private static String string(Path gold, int line, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new GoldFormatException(gold, line, "missing field '" + field + "' (a string)");
        }
        return value.asText();
    }
}
