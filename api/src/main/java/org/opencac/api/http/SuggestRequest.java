package org.opencac.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.note.CareSetting;
import org.opencac.models.codeset.CodeSystem;

/**
 * A validated {@code POST /v1/suggest} body.
 *
 * @param text           the note
 * @param setting        the encounter setting
 * @param maxSuggestions how many suggestions to return at most (per code system)
 * @param codeSystems    the systems the request names, in order; empty = the setting's defaults
 *                       (inpatient: ICD-10-CM, ICD-10-PCS; outpatient: ICD-10-CM, CPT, HCPCS) that the service has
 */
public record SuggestRequest(String text, CareSetting setting, int maxSuggestions, List<CodeSystem> codeSystems) {

    public SuggestRequest(String text, CareSetting setting, int maxSuggestions) {
        this(text, setting, maxSuggestions, List.of());
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
        JsonNode systems = root.get("codeSystems");
        if (systems == null || systems.isNull()) {
            return new SuggestRequest(text.asText(), care, max);
        }
        if (!systems.isArray() || systems.isEmpty()) {
            throw new ApiException(400, "invalid_field", "field 'codeSystems' must be a non-empty array of code-system names");
        }
        List<CodeSystem> list = new ArrayList<>();
        for (JsonNode s : systems) {
            CodeSystem cs = s.isTextual() ? CodeSystem.parse(s.asText()).orElse(null) : null;
            if (cs == null) {
                throw new ApiException(400, "unknown_code_system", "unknown code system " + s
                        + "; use \"ICD-10-CM\", \"ICD-10-PCS\", \"CPT\" or \"HCPCS\"");
            }
            if (!list.contains(cs)) {
                list.add(cs);
            }
        }
        return new SuggestRequest(text.asText(), care, max, list);
    }
}
