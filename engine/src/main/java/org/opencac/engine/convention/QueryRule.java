package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.opencac.engine.RuleJson;
import org.opencac.engine.note.CareSetting;

/**
 * One rule of {@code documentation_queries.json}: when a candidate's code lacks a detail, which detail,
 * what to ask and which specific codes the answer may lead to.
 *
 * @param id            unique rule id
 * @param kind          SIBLINGS (options are Tabular siblings whose titles carry the option phrases) or
 *                      SEVENTH_CHARACTER (options are the same code with each option character)
 * @param guideline     the guideline section
 * @param missing       the missing detail ("stage", "laterality", ...)
 * @param codes         codes the rule is limited to (empty: any)
 * @param whenTitle     the candidate's title must match this
 * @param unlessTitle   ... and must not match this (null: no condition)
 * @param settings      settings the rule applies in (empty: all)
 * @param skipIfNote    no query when the note matches this (null: no condition)
 * @param sentenceLacks no query when the mention's sentence matches this (null: no condition)
 * @param options       option phrases or 7th characters, most likely first
 * @param prompt        the question for the provider
 */
public record QueryRule(String id, Kind kind, String guideline, String missing, List<CodePattern> codes,
                        Pattern whenTitle, Pattern unlessTitle, List<CareSetting> settings, Pattern skipIfNote,
                        Pattern sentenceLacks, List<String> options, String prompt) {
    /** How the rule finds its options. */
    public enum Kind { SIBLINGS, SEVENTH_CHARACTER }

    public QueryRule {
        codes = List.copyOf(codes);
        settings = List.copyOf(settings);
        options = List.copyOf(options);
        if (options.size() < 2) {
            throw new IllegalArgumentException("needs at least two options");
        }
        if (kind == Kind.SEVENTH_CHARACTER && options.stream().anyMatch(o -> !o.matches("[A-Z]"))) {
            throw new IllegalArgumentException("seventh_character options must be single capital letters");
        }
    }

    /** True if the rule applies to a code with this title in this setting. */
    boolean appliesTo(String code, String title, CareSetting setting) {
        return (codes.isEmpty() || CodePattern.anyCovers(codes, code)) && whenTitle.matcher(title).find()
                && (unlessTitle == null || !unlessTitle.matcher(title).find())
                && (settings.isEmpty() || settings.contains(setting));
    }

    static QueryRule fromJson(JsonNode r) {
        Kind kind;
        try {
            kind = Kind.valueOf(RuleFiles.text(r, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind \"" + r.path("kind").asText() + "\"");
        }
        List<CareSetting> settings = new ArrayList<>();
        for (String s : RuleJson.strings(r, "settings")) {
            settings.add(CareSetting.parse(s).orElseThrow(() -> new IllegalArgumentException("unknown setting " + s)));
        }
        return new QueryRule(RuleFiles.text(r, "id"), kind, RuleFiles.text(r, "guideline"), RuleFiles.text(r, "missing"),
                CodePattern.parseAll(RuleJson.strings(r, "codes")), regex(r, "when_title", true),
                regex(r, "unless_title", false), settings, regex(r, "skip_if_note", false),
                regex(r, "sentence_lacks", false), RuleJson.strings(r, "options"), RuleFiles.text(r, "prompt"));
    }

    private static Pattern regex(JsonNode r, String field, boolean required) {
        String v = required ? RuleFiles.text(r, field) : r.path(field).asText("");
        if (v.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(v, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex in \"" + field + "\": " + e.getDescription());
        }
    }
}
