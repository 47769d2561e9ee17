package org.opencac.engine.convention;

import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code integral_symptoms.tsv}: the symptoms routinely associated with a diagnosis, which
 * are not coded separately once the diagnosis is established (Guidelines I.B.4-5, I.C.18.b).
 *
 * @param id         unique rule id
 * @param guideline  the guideline section
 * @param diagnoses  the diagnosis codes the rule applies to
 * @param symptoms   the symptom codes integral to them
 * @param what       a short description for the rationale
 */
public record IntegralSymptomRule(String id, String guideline, List<CodePattern> diagnoses,
                                  List<CodePattern> symptoms, String what) {
    public IntegralSymptomRule {
        diagnoses = List.copyOf(diagnoses);
        symptoms = List.copyOf(symptoms);
        if (diagnoses.isEmpty() || symptoms.isEmpty()) {
            throw new IllegalArgumentException("needs diagnosis and symptom codes");
        }
    }

    /** Reads the TSV rule file; a bad row fails naming the file, the line and the rule id. */
    public static List<IntegralSymptomRule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 5, cols -> new IntegralSymptomRule(cols[0].trim(), cols[1].trim(),
                patterns(cols[2]), patterns(cols[3]), cols[4].trim()));
    }

    private static List<CodePattern> patterns(String col) {
        return CodePattern.parseAll(Arrays.stream(col.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList());
    }
}
