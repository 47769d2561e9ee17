package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.RuleJson;

/**
 * One rule of {@code specificity.json}.
 *
 * @param id        unique rule id
 * @param kind      SEVENTH_CHARACTER: the phrases select a 7th character
 * @param guideline the guideline section
 * @param character for SEVENTH_CHARACTER, the character (e.g. "D")
 * @param phrases   the phrases (lowercase)
 */
public record SpecificityRule(String id, Kind kind, String guideline, String character, List<String> phrases) {
    /** Kinds of specificity rule. */
    public enum Kind { SEVENTH_CHARACTER }

    public SpecificityRule {
        phrases = phrases.stream().map(p -> p.toLowerCase(Locale.ROOT).trim()).toList();
        if (phrases.isEmpty() || phrases.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("needs non-empty phrases");
        }
        if (kind == Kind.SEVENTH_CHARACTER && (character == null || !character.matches("[A-Z]"))) {
            throw new IllegalArgumentException("a seventh_character rule needs one capital letter as character");
        }
    }

    static SpecificityRule fromJson(JsonNode r) {
        String kind = RuleFiles.text(r, "kind").toUpperCase(Locale.ROOT);
        Kind k;
        try {
            k = Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind \"" + kind.toLowerCase(Locale.ROOT) + "\"");
        }
        return new SpecificityRule(RuleFiles.text(r, "id"), k, RuleFiles.text(r, "guideline"),
                r.path("character").asText(null), RuleJson.strings(r, "phrases"));
    }
}
