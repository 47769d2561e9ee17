package org.opencac.engine.coding;

import org.opencac.engine.assertion.Assertion;
import org.opencac.models.lexicon.TermSource;

/**
 * How strongly the note supports a code, in [0, 1]: the kind of term matched, the section it was
 * found in, how many words matched, the assertion, and repetition. The weights are deliberately few and
 * documented in docs/scoring.md so a coder can set a threshold.
 */
public final class EvidenceScore {
    private EvidenceScore() {
    }

    static double of(TermSource source, String section, int words, Assertion assertion) {
        double s = switch (source) {
            case CURATED, TITLE, MEASUREMENT, ALPHABETIC_INDEX_REFINEMENT -> 0.80;
            case TITLE_CORE, INJURY_SEARCH -> 0.78;
            case INCLUSION -> 0.72;
            case NEOPLASM_TABLE -> 0.70;
            case DRUG_TABLE -> 0.60;
            // Conditions found only through the Index were right less often than dictionary terms on real case
            // reports (about 1 in 4 on CodiEsp train): ranked below them, above the External Cause index.
            // A path that refines a dictionary term ranks as that term did.
            case ALPHABETIC_INDEX -> 0.58;
            case EXTERNAL_CAUSE_INDEX -> 0.50;
        };
        s += switch (section) {
            case "diagnoses", "assessment_plan", "impression" -> 0.10;
            case "chief_complaint", "history_present_illness", "hospital_course", "indication" -> 0.03;
            case "review_of_systems", "medications", "allergies", "results", "instructions" -> -0.10;
            case "past_medical_history", "past_surgical_history", "social_history" -> -0.05;
            default -> 0.0;
        };
        s += Math.min(0.06, 0.02 * Math.max(0, words - 1));
        if (assertion.uncertain()) {
            s -= 0.10;
        }
        return clamp(s);
    }

    static double withRepetition(double best, int mentions) {
        return clamp(best + Math.min(0.12, 0.04 * (mentions - 1)));
    }

    /** True if the only reason a mention is historical is the section it is in (a past history list). */
    static boolean sectionOnlyHistory(Assertion a) {
        return a.cues().stream().allMatch(c -> c.startsWith("section"));
    }

    private static double clamp(double s) {
        return Math.max(0.0, Math.min(0.99, Math.round(s * 1000) / 1000.0));
    }
}
