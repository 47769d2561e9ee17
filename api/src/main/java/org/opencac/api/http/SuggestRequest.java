package org.opencac.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.system.DateOfService;
import org.opencac.models.codeset.CodeSystem;

/**
 * A validated {@code POST /v1/suggest} body.
 *
 * @param text           the note
 * @param setting        the encounter setting
 * @param maxSuggestions how many suggestions to return at most (per code system)
 * @param codeSystems    the systems the request names, in order; empty = the setting's defaults
 *                       (inpatient: ICD-10-CM, ICD-10-PCS; outpatient: ICD-10-CM, CPT, HCPCS) that the service has
 * @param include        optional parts of the answer asked for ({@link #INCLUDE_VALUES})
 * @param dateOfService  the date of service, or null: picks each system's code-set release valid on that date
 * @param sex            the patient's sex, UNKNOWN when not given (then the note is read for it)
 */
public record SuggestRequest(String text, CareSetting setting, int maxSuggestions, List<CodeSystem> codeSystems,
                             Set<String> include, java.time.LocalDate dateOfService,
                             PatientSex sex) {
    /** The values {@code include} may hold: "mentions" adds every concept mention and its outcome. */
    public static final Set<String> INCLUDE_VALUES = Set.of("mentions");

    public SuggestRequest {
        codeSystems = List.copyOf(codeSystems);
        include = Set.copyOf(include);
        sex = sex == null ? PatientSex.UNKNOWN : sex;
    }

    public SuggestRequest(String text, CareSetting setting, int maxSuggestions, List<CodeSystem> codeSystems,
                          Set<String> include, java.time.LocalDate dateOfService) {
        this(text, setting, maxSuggestions, codeSystems, include, dateOfService, null);
    }

    public SuggestRequest(String text, CareSetting setting, int maxSuggestions) {
        this(text, setting, maxSuggestions, List.of(), Set.of(), null);
    }

    public SuggestRequest(String text, CareSetting setting, int maxSuggestions, List<CodeSystem> codeSystems,
                          Set<String> include) {
        this(text, setting, maxSuggestions, codeSystems, include, null);
    }

    /** True if the client asked for the mentions. */
    public boolean includesMentions() {
        return include.contains("mentions");
    }

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
        return new SuggestRequest(note, care, max, parseCodeSystems(root.get("codeSystems")), include(root.get("include")),
                parseDate(root.get("dateOfService")), parseSex(root.get("sex")));
    }

    /** The patient's sex: absent or null = not given; otherwise "male", "female" or "unknown". */
    static PatientSex parseSex(JsonNode sex) {
        if (sex == null || sex.isNull()) {
            return PatientSex.UNKNOWN;
        }
        String v = sex.isTextual() ? sex.asText() : "";
        if (v.equals("male") || v.equals("female") || v.equals("unknown")) {
            return PatientSex.parse(v).orElseThrow();
        }
        throw new ApiException(ErrorKind.INVALID_FIELD, "field 'sex' must be \"male\", \"female\" or \"unknown\"");
    }

    /** The date of service: absent or null = none; otherwise exactly an ISO date, YYYY-MM-DD. */
    static java.time.LocalDate parseDate(JsonNode date) {
        if (date == null || date.isNull()) {
            return null;
        }
        Optional<java.time.LocalDate> d = DateOfService.parse(
                date.isTextual() ? date.asText() : null);
        if (d.isPresent()) {
            return d.get();
        }
        throw new ApiException(ErrorKind.INVALID_FIELD, "field 'dateOfService' must be a date written YYYY-MM-DD");
    }

    /** The named code systems, in order without repeats; absent = empty (the setting's defaults). */
    static List<CodeSystem> parseCodeSystems(JsonNode systems) {
        if (systems == null || systems.isNull()) {
            return List.of();
        }
        if (!systems.isArray() || systems.isEmpty()) {
            throw new ApiException(ErrorKind.INVALID_FIELD, "field 'codeSystems' must be a non-empty array of code-system names");
        }
        List<CodeSystem> list = new ArrayList<>();
        for (JsonNode s : systems) {
            CodeSystem cs = s.isTextual() && !StrictJson.hasControlCharacter(s.asText())
                    ? CodeSystem.parse(s.asText()).orElse(null) : null;
            if (cs == null) {
                throw new ApiException(ErrorKind.UNKNOWN_CODE_SYSTEM, "unknown code system in 'codeSystems'"
                        + "; use \"ICD-10-CM\", \"ICD-10-PCS\", \"CPT\" or \"HCPCS\"");
            }
            if (!list.contains(cs)) {
                list.add(cs);
            }
        }
        return list;
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

    private static Set<String> include(JsonNode node) {
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new ApiException(ErrorKind.INVALID_FIELD,
                    "field 'include' must be an array of strings, e.g. [\"mentions\"]");
        }
        Set<String> out = new TreeSet<>();
        for (JsonNode v : node) {
            if (!v.isTextual() || !INCLUDE_VALUES.contains(v.asText())) {
                throw new ApiException(ErrorKind.INVALID_FIELD, "field 'include' may hold only "
                        + new TreeSet<>(INCLUDE_VALUES)
                        + (v.isTextual() ? "; unknown value" : "; values must be strings"));
            }
            out.add(v.asText());
        }
        return out;
    }
}
