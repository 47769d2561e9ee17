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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.Span;

/**
 * Reads gold notes from JSON Lines, one note per line:
 * <pre>{"id":"n1","text":"...","setting":"outpatient","codes":[{"system":"ICD-10-CM","code":"E11.9","spans":[[0,8]]}]}</pre>
 * {@code id}, {@code text}, {@code setting} and {@code codes} are required, as are each code's
 * {@code system} and {@code code}; {@code spans} is optional. Other scalar fields become attributes.
 * Blank lines are skipped.
 */
public final class JsonLinesGoldReader {
    private static final Set<String> KNOWN = Set.of("id", "text", "setting", "codes");
    private final ObjectMapper json = new ObjectMapper();

    /** Reads the whole file or throws {@link GoldFormatException} at the first bad line. */
    public GoldSet read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        List<GoldNote> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            GoldNote note = parse(file, i + 1, lines.get(i));
            if (!ids.add(note.id())) {
                throw new GoldFormatException(file, i + 1, "duplicate note id '" + note.id() + "'");
            }
            notes.add(note);
        }
        return new GoldSet(file.getFileName().toString(), notes);
    }

    private GoldNote parse(Path file, int line, String raw) {
        JsonNode node;
        try {
            node = json.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, line, "bad JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new GoldFormatException(file, line, "expected a JSON object");
        }
        String id = text(file, line, node, "id");
        String text = text(file, line, node, "text");
        String setting = text(file, line, node, "setting");
        if (!Settings.isValid(setting)) {
            throw new GoldFormatException(file, line, "setting must be outpatient or inpatient, was '" + setting + "'");
        }
        JsonNode codes = node.get("codes");
        if (codes == null || !codes.isArray()) {
            throw new GoldFormatException(file, line, "missing field 'codes' (an array)");
        }
        Map<String, GoldCode> byKey = new LinkedHashMap<>();
        for (JsonNode code : codes) {
            GoldCode gold = code(file, line, code, text.length());
            byKey.merge(gold.system() + " " + gold.code(), gold, JsonLinesGoldReader::mergeSpans);
        }
        return new GoldNote(id, text, setting, List.copyOf(byKey.values()), attributes(node));
    }

    private GoldCode code(Path file, int line, JsonNode node, int textLength) {
        if (!node.isObject()) {
            throw new GoldFormatException(file, line, "each code must be an object");
        }
        String system = text(file, line, node, "system");
        String code = Codes.normalize(system, text(file, line, node, "code"));
        List<Span> spans = new ArrayList<>();
        JsonNode raw = node.path("spans");
        for (JsonNode pair : raw.isArray() ? raw : json.createArrayNode()) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isInt() || !pair.get(1).isInt()) {
                throw new GoldFormatException(file, line, "span of code " + code + " must be [start, end]");
            }
            int start = pair.get(0).asInt();
            int end = pair.get(1).asInt();
            if (start < 0 || end < start || end > textLength) {
                throw new GoldFormatException(file, line, "span [" + start + ", " + end + ") of code " + code
                        + " is out of range for a text of " + textLength + " characters");
            }
            spans.add(new Span(start, end));
        }
        return new GoldCode(system, code, spans);
    }

    private static String text(Path file, int line, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank() && !"text".equals(field)) {
            throw new GoldFormatException(file, line, "missing field '" + field + "' (a string)");
        }
        return value.asText();
    }

    private static Map<String, String> attributes(JsonNode node) {
        Map<String, String> attributes = new LinkedHashMap<>();
        node.properties().forEach(field -> {
            if (!KNOWN.contains(field.getKey()) && field.getValue().isValueNode() && !field.getValue().isNull()) {
                attributes.put(field.getKey(), field.getValue().asText());
            }
        });
        return attributes;
    }

    static GoldCode mergeSpans(GoldCode a, GoldCode b) {
        List<Span> spans = new ArrayList<>(a.spans());
        b.spans().stream().filter(s -> !spans.contains(s)).forEach(spans::add);
        return new GoldCode(a.system(), a.code(), spans);
    }
}
