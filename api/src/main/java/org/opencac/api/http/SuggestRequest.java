package org.opencac.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opencac.engine.note.CareSetting;

/**
 * A validated {@code POST /v1/suggest} body.
 *
 * @param text           the note
 * @param setting        the encounter setting
 * @param maxSuggestions how many suggestions to return at most
 */
public record SuggestRequest(String text, CareSetting setting, int maxSuggestions) {

    /** Parses and validates a request body; every problem becomes a 4xx {@link ApiException}. */
    static SuggestRequest parse(ObjectMapper mapper, String body, int maxNoteChars, int defaultMax, int ceiling) {
        JsonNode root = StrictJson.readObject(mapper, body);
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw new ApiException(ErrorKind.MISSING_FIELD, "field 'text' is required");
        }
        if (!text.isTextual()) {
            throw new ApiException(ErrorKind.INVALID_FIELD, "field 'text' must be a string");
        }
        String note = text.asText();
        checkNote(note, maxNoteChars);
        CareSetting care = parseSetting(root.get("setting"));
        int max = defaultMax;
        JsonNode m = root.get("maxSuggestions");
        if (m != null && !m.isNull()) {
            // canConvertToLong first: a BigInteger such as 2^64+1 must not wrap around into range.
            if (!m.isIntegralNumber() || !m.canConvertToLong() || m.asLong() < 1 || m.asLong() > ceiling) {
                throw new ApiException(ErrorKind.INVALID_FIELD, "field 'maxSuggestions' must be a whole number from 1 to "
                        + ceiling);
            }
            max = (int) m.asLong();
        }
        return new SuggestRequest(note, care, max);
    }

    /** Blank notes are a 400; notes longer than the limit in Unicode code points a 413. */
    static void checkNote(String note, int maxNoteChars) {
        if (note.isBlank()) {
            throw new ApiException(ErrorKind.EMPTY_TEXT, "field 'text' is empty");
        }
        // Counted in code points, so an emoji is one character, as a person counts it.
        if (note.length() > maxNoteChars && note.codePointCount(0, note.length()) > maxNoteChars) {
            throw new ApiException(ErrorKind.NOTE_TOO_LARGE, "note has " + note.codePointCount(0, note.length())
                    + " characters; the limit is " + maxNoteChars);
        }
    }

    /** The setting: exactly "outpatient" or "inpatient" (as CareSetting parses it), no control characters. */
    static CareSetting parseSetting(JsonNode setting) {
        if (setting == null || setting.isNull()) {
            throw new ApiException(ErrorKind.MISSING_FIELD, "field 'setting' is required: \"outpatient\" or \"inpatient\"");
        }
        CareSetting care = setting.isTextual() && !StrictJson.hasControlCharacter(setting.asText())
                ? CareSetting.parse(setting.asText()).orElse(null) : null;
        if (care == null) {
            throw new ApiException(ErrorKind.UNKNOWN_SETTING, "field 'setting' must be \"outpatient\" or \"inpatient\"");
        }
        return care;
    }
}
