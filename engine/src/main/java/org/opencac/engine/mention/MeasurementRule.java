package org.opencac.engine.mention;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A value coded by range, from {@code measurement_patterns.json}: "BMI 32.4" gives the Z68 code whose
 * title range holds 32.4.
 *
 * @param id            rule id, for the rationale
 * @param pattern       the regex; its group {@code value} is the number
 * @param codePrefix    where to look for the code
 * @param titleContains a word every candidate title must contain ("" for none)
 * @param triggers      lowercase words one of which a sentence must contain before the regex runs
 * @param titleValue    reads the single value a title stands for (group {@code value}), or null
 */
public record MeasurementRule(String id, Pattern pattern, String codePrefix, String titleContains,
                              java.util.List<String> triggers, Pattern titleValue) {
    public MeasurementRule {
        if (id == null || id.isBlank() || codePrefix == null || codePrefix.isBlank()) {
            throw new IllegalArgumentException("measurement rule needs an id and a codePrefix");
        }
        if (!pattern.pattern().contains("(?<value>")) {
            throw new IllegalArgumentException("measurement rule " + id + ": pattern needs a group named value");
        }
        titleContains = titleContains == null ? "" : titleContains;
        if (triggers == null || triggers.isEmpty()) {
            throw new IllegalArgumentException("measurement rule " + id + ": needs trigger words");
        }
        triggers = java.util.List.copyOf(triggers);
    }

    public static MeasurementRule of(String id, String regex, String codePrefix, String titleContains,
                                     java.util.List<String> triggers, String titleValue) {
        try {
            return new MeasurementRule(id, Pattern.compile(regex), codePrefix, titleContains, triggers,
                    titleValue == null || titleValue.isBlank() ? null : Pattern.compile(titleValue));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("measurement rule " + id + ": bad pattern: " + e.getDescription(), e);
        }
    }
}
