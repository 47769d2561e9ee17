package org.opencac.engine.convention;

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
 * @param inOnePhrase the symptom is integral only where the note says it in one phrase with the diagnosis (an
 *                   optional sixth column {@code phrase}): every mention of the symptom stands in a sentence with
 *                   a mention of the diagnosis, nothing but words between them ("CAD with chronic chest pain");
 *                   a symptom told apart ("chest pain, CAD") may have another cause and stays coded
 */
public record IntegralSymptomRule(String id, String guideline, List<CodePattern> diagnoses,
                                  List<CodePattern> symptoms, String what, boolean inOnePhrase) {
    /** A rule that applies wherever in the note the symptom and the diagnosis are said. */
    public IntegralSymptomRule(String id, String guideline, List<CodePattern> diagnoses, List<CodePattern> symptoms,
                               String what) {
        this(id, guideline, diagnoses, symptoms, what, false);
    }

    public IntegralSymptomRule {
        diagnoses = List.copyOf(diagnoses);
        symptoms = List.copyOf(symptoms);
        if (diagnoses.isEmpty() || symptoms.isEmpty()) {
            throw new IllegalArgumentException("needs diagnosis and symptom codes");
        }
    }

    /** Reads the TSV rule file; a bad row fails naming the file, the line and the rule id. */
    public static List<IntegralSymptomRule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 5, 6, cols -> new IntegralSymptomRule(cols[0].trim(), cols[1].trim(),
                patterns(cols[2]), patterns(cols[3]), cols[4].trim(), cols.length > 5 && scope(cols[5])));
    }

    /** The optional sixth column: {@code phrase} or {@code note} (the default). */
    private static boolean scope(String col) {
        String s = col.trim();
        if (s.equals("phrase")) {
            return true;
        }
        if (s.isEmpty() || s.equals("note")) {
            return false;
        }
        throw new IllegalArgumentException("scope must be phrase or note, got " + s);
    }

    private static List<CodePattern> patterns(String col) {
        return CodePattern.parseList(col);
    }
}
