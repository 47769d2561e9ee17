package org.opencac.evaluation.gold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.GoldAlignment;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Prediction;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Compares gold coded in an older ICD-10-CM release with suggestions in the current one. A gold code that
 * is billable in the current code set is matched exactly. One that is not (its category was split since,
 * or the corpus printed it without its 7th character, as CodiEsp does: "W19.XXX", "T14.90") is matched by
 * the current billable codes it became: its successors in the NCHS conversion table, and for a code
 * printed without its 7th character, the code with a 7th character (placeholder X added), itself carried.
 * A suggestion that is one of them is scored as that gold code, once per gold code, at its own rank;
 * nothing else changes.
 */
public final class CarriedGoldMatcher implements GoldAlignment {
    private static final String SEVENTH = "ADS";
    private final CodeSet codeSet;
    private final Map<String, List<String>> successors;

    /**
     * @param codeSet    the current code set
     * @param successors the conversion table: for each previous code (with or without its dot), the codes
     *                   created from it
     */
    public CarriedGoldMatcher(CodeSet codeSet, Map<String, List<String>> successors) {
        this.codeSet = codeSet;
        this.successors = Map.copyOf(successors);
    }

    /** The current billable codes that match a gold code (the code itself when it is billable now). */
    public Set<String> matches(String goldCode) {
        String gold = Codes.normalize(Codes.ICD10CM, goldCode);
        if (billable(gold)) {
            return Set.of(gold);
        }
        Set<String> out = new LinkedHashSet<>();
        carry(gold, out, 0);
        String bare = gold.replace(".", "");
        if (bare.length() >= 4 && bare.length() <= 6) {
            String padded = bare + "X".repeat(6 - bare.length());
            for (char c : SEVENTH.toCharArray()) {
                String withSeventh = Codes.normalize(Codes.ICD10CM, padded + c);
                if (billable(withSeventh)) {
                    out.add(withSeventh);
                } else {
                    carry(withSeventh, out, 0);
                }
            }
        }
        return out;
    }

    /** The prediction with each suggestion that matches a carried gold code of the note renamed to it. */
    @Override
    public Prediction align(GoldNote note, Prediction prediction) {
        if (prediction == null) {
            return null;
        }
        Set<String> exact = new HashSet<>();
        List<String> carried = new ArrayList<>();
        for (GoldCode g : note.codes()) {
            if (Codes.ICD10CM.equals(g.system())) {
                exact.add(g.code());
                if (!billable(g.code())) {
                    carried.add(g.code());
                }
            }
        }
        if (carried.isEmpty()) {
            return prediction;
        }
        Set<String> claimed = new HashSet<>();
        List<PredictedCode> out = new ArrayList<>();
        for (PredictedCode p : prediction.codes()) {
            String code = Codes.normalize(p.system(), p.code());
            String as = null;
            if (Codes.ICD10CM.equals(p.system()) && !exact.contains(code)) {
                for (String g : carried) {
                    if (!claimed.contains(g) && matches(g).contains(code)) {
                        as = g;
                        break;
                    }
                }
            }
            if (as == null) {
                out.add(p);
            } else {
                claimed.add(as);
                out.add(new PredictedCode(p.system(), as, p.score(), p.spans()));
            }
        }
        return new Prediction(prediction.codeSystem(), prediction.codeSetVersion(), out, prediction.firstListed(),
                prediction.warnings());
    }

    private boolean billable(String code) {
        return codeSet.get(code).map(Code::billable).orElse(false);
    }

    private void carry(String code, Set<String> out, int depth) {
        List<String> next = successors.getOrDefault(code, successors.get(code.replace(".", "")));
        if (next == null || depth > 3) {
            return;
        }
        for (String s : next) {
            String n = Codes.normalize(Codes.ICD10CM, s);
            if (billable(n)) {
                out.add(n);
            } else {
                carry(n, out, depth + 1);
            }
        }
    }
}
