package org.opencac.engine.convention;

import java.util.List;
import org.opencac.engine.RuleColumns;
import org.opencac.engine.RuleColumns.Letters;

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
 * @param unlessTreated words of a treatment or evaluation aimed at the symptom itself (an optional seventh column,
 *                   comma-separated, lower case): where the note writes one of them the symptom was worked up on its
 *                   own and stays coded (a pleural effusion drained by thoracentesis beside heart failure), as does
 *                   a symptom that is the reason for the encounter (see {@link #workedUpApart})
 * @param sameSite   the symptom is integral only where its code and the diagnosis's share a body site (the sixth
 *                   column {@code site}, sites from {@code body_sites.tsv}): knee pain with a knee sprain, not a
 *                   headache with a bruised leg
 * @param namingWords the symptom is integral only where a mention of the diagnosis names it in its own words (the
 *                   sixth column {@code named}, the words in an eighth column, comma-separated, lower case): the
 *                   Index's "Bleeding, hemorrhoids, see Hemorrhoids" makes a hemorrhoidal bleed the hemorrhoids, while
 *                   a rectal bleeding beside hemorrhoids no mention calls bleeding may have another source; empty for
 *                   the other scopes
 */
public record IntegralSymptomRule(String id, String guideline, List<CodePattern> diagnoses,
                                  List<CodePattern> symptoms, String what, boolean inOnePhrase,
                                  List<String> unlessTreated, boolean sameSite, List<String> namingWords) {
    /** A rule that applies wherever in the note the symptom and the diagnosis are said. */
    public IntegralSymptomRule(String id, String guideline, List<CodePattern> diagnoses, List<CodePattern> symptoms,
                               String what) {
        this(id, guideline, diagnoses, symptoms, what, false, List.of(), false, List.of());
    }

    public IntegralSymptomRule(String id, String guideline, List<CodePattern> diagnoses, List<CodePattern> symptoms,
                               String what, boolean inOnePhrase) {
        this(id, guideline, diagnoses, symptoms, what, inOnePhrase, List.of(), false, List.of());
    }

    public IntegralSymptomRule {
        diagnoses = List.copyOf(diagnoses);
        symptoms = List.copyOf(symptoms);
        unlessTreated = List.copyOf(unlessTreated);
        namingWords = List.copyOf(namingWords);
        if (diagnoses.isEmpty() || symptoms.isEmpty()) {
            throw new IllegalArgumentException("needs diagnosis and symptom codes");
        }
    }

    /** Whether the symptom is integral only where a mention of the diagnosis names it (scope {@code named}). */
    public boolean namedByDiagnosis() {
        return !namingWords.isEmpty();
    }

    /**
     * Whether the symptom is coded apart when it was worked up on its own: a rule with treatment words also keeps a
     * symptom that is the reason for the encounter (a consultation for a pleural effusion beside heart failure).
     */
    public boolean workedUpApart() {
        return !unlessTreated.isEmpty();
    }

    /** Reads the TSV rule file; a bad row fails naming the file, the line and the rule id. */
    public static List<IntegralSymptomRule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 5, 8, cols -> {
            String scope = cols.length > 5 ? scope(cols[5]) : "note";
            List<String> naming = cols.length > 7 ? RuleColumns.items(cols[7], Letters.LOWER_ONLY) : List.of();
            if (scope.equals("named") != !naming.isEmpty()) {
                throw new IllegalArgumentException("the scope named needs its naming words, and only it has them");
            }
            return new IntegralSymptomRule(cols[0].trim(), cols[1].trim(), patterns(cols[2]), patterns(cols[3]),
                    cols[4].trim(), scope.equals("phrase"),
                    cols.length > 6 ? RuleColumns.items(cols[6], Letters.LOWER_ONLY) : List.of(), scope.equals("site"),
                    naming);
        });
    }

    /** The optional sixth column: {@code phrase}, {@code site}, {@code named} or {@code note} (the default, also when blank). */
    private static String scope(String col) {
        String s = col.trim();
        if (s.equals("phrase") || s.equals("site") || s.equals("named") || s.equals("note")) {
            return s;
        }
        if (s.isEmpty()) {
            return "note";
        }
        throw new IllegalArgumentException("scope must be phrase, site, named or note, got " + s);
    }

    private static List<CodePattern> patterns(String col) {
        return CodePattern.parseList(col);
    }
}
