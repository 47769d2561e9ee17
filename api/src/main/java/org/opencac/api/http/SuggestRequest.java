package org.opencac.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opencac.engine.note.CareSetting;

/**
 * A validated {@code POST /v1/suggest} body.
 *
 * @param text           the note
 * @param setting        the encounter setting
 * @param maxSuggestions how many suggestions to return at most
 * @param include        optional parts of the answer asked for ({@link #INCLUDE_VALUES})
 */
public record SuggestRequest(String text, CareSetting setting, int maxSuggestions, java.util.Set<String> include) {
    /** The values {@code include} may hold: "mentions" adds every concept mention and its outcome. */
    public static final java.util.Set<String> INCLUDE_VALUES = java.util.Set.of("mentions");

    public SuggestRequest {
        include = java.util.Set.copyOf(include);
    }

    public SuggestRequest(String text, CareSetting setting, int maxSuggestions) {
        this(text, setting, maxSuggestions, java.util.Set.of());
    }

    /** True if the client asked for the mentions. */
    public boolean includesMentions() {
        return include.contains("mentions");
    }

    /** Parses and validates a request body; every problem becomes a 4xx {@link ApiException}. */
    static SuggestRequest parse(ObjectMapper mapper, String body, int maxNoteChars, int defaultMax, int ceiling) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed_json", "request body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ApiException(400, "malformed_json", "request body must be a JSON object");
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw new ApiException(400, "missing_field", "field 'text' is required");
        }
        if (!text.isTextual()) {
            throw new ApiException(400, "invalid_field", "field 'text' must be a string");
        }
        if (text.asText().isBlank()) {
            throw new ApiException(400, "empty_text", "field 'text' is empty");
        }
        if (text.asText().length() > maxNoteChars) {
            throw new ApiException(413, "note_too_large", "note has " + text.asText().length()
                    + " characters; the limit is " + maxNoteChars);
        }
        JsonNode setting = root.get("setting");
        if (setting == null || setting.isNull()) {
            throw new ApiException(400, "missing_field", "field 'setting' is required: \"outpatient\" or \"inpatient\"");
        }
        CareSetting care = setting.isTextual() ? CareSetting.parse(setting.asText()).orElse(null) : null;
        if (care == null) {
            throw new ApiException(400, "unknown_setting", "field 'setting' must be \"outpatient\" or \"inpatient\"");
        }
        int max = defaultMax;
        JsonNode m = root.get("maxSuggestions");
        if (m != null && !m.isNull()) {
            if (!m.isIntegralNumber() || m.asLong() < 1 || m.asLong() > ceiling) {
                throw new ApiException(400, "invalid_field", "field 'maxSuggestions' must be a whole number from 1 to "
                        + ceiling);
            }
            max = m.asInt();
        }
        return new SuggestRequest(text.asText(), care, max, include(root.get("include")));
    }

    private static java.util.Set<String> include(JsonNode node) {
        if (node == null || node.isNull()) {
            return java.util.Set.of();
        }
        if (!node.isArray()) {
            throw new ApiException(400, "invalid_field",
                    "field 'include' must be an array of strings, e.g. [\"mentions\"]");
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (JsonNode v : node) {
            if (!v.isTextual() || !INCLUDE_VALUES.contains(v.asText())) {
                throw new ApiException(400, "invalid_field", "field 'include' may hold only "
                        + new java.util.TreeSet<>(INCLUDE_VALUES)
                        + (v.isTextual() ? "; unknown value" : "; values must be strings"));
            }
            out.add(v.asText());
        }
        return out;
    }
}
