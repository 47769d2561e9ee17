package org.opencac.engine.encounter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The outcome of delivery on the mother's record (Guidelines I.C.15.b.5: a Z37 code on every maternal record
 * when a delivery has occurred). Read after {@link ObstetricRecordCheck}, so a chapter 15 code still standing
 * makes the note a pregnant patient's: when it also tells a delivery at this encounter and an infant born alive
 * (its Apgar scores, a viable infant), tells no stillbirth, and codes no outcome yet, the outcome is added: that of
 * the multiple gestation coded (twin gestation O30.0-: twins, both liveborn Z37.2), else a single live birth. A
 * single gestation whose fetal death the note codes (maternal care for intrauterine death, O36.4) and that it
 * delivers at this encounter has the single stillbirth as its outcome (Z37.1); with a multiple gestation coded the
 * outcome is left to the coder. Cues and codes are data ({@code delivery_outcome.tsv}).
 */
public final class DeliveryOutcomeCheck implements Stage {
    static final String FILE = "/org/opencac/engine/encounter/delivery_outcome.tsv";
    private static final String OUTCOME_CATEGORY = "Z37";
    private static final String PREGNANCY_CHAPTER = "O";

    private final List<Pattern> delivered;
    private final List<Pattern> liveborn;
    private final List<Pattern> stillborn;
    /** A multiple gestation code prefix and the outcome of all its infants liveborn. */
    private final Map<String, String> gestation;
    /** A code prefix telling a fetal death and the outcome of a single gestation delivered so (O36.4: Z37.1). */
    private final Map<String, String> stillbirth;
    private final String single;
    private final CodeSet codeSet;

    DeliveryOutcomeCheck(List<Pattern> delivered, List<Pattern> liveborn, List<Pattern> stillborn,
                         Map<String, String> gestation, Map<String, String> stillbirth, String single,
                         CodeSet codeSet) {
        this.delivered = List.copyOf(delivered);
        this.liveborn = List.copyOf(liveborn);
        this.stillborn = List.copyOf(stillborn);
        this.gestation = Map.copyOf(gestation);
        this.stillbirth = Map.copyOf(stillbirth);
        this.single = single;
        this.codeSet = codeSet;
        List<String> outcomes = new ArrayList<>(gestation.values());
        outcomes.addAll(stillbirth.values());
        outcomes.add(single);
        for (String code : outcomes) {
            if (code == null || codeSet.get(code).isEmpty()) {
                throw new IllegalStateException(FILE + ": outcome code not in the code set: " + code);
            }
        }
    }

    public static DeliveryOutcomeCheck standard(CodeSet codeSet) {
        List<Pattern> delivered = new ArrayList<>();
        List<Pattern> liveborn = new ArrayList<>();
        List<Pattern> stillborn = new ArrayList<>();
        Map<String, String> gestation = new LinkedHashMap<>();
        Map<String, String> stillbirth = new LinkedHashMap<>();
        String[] single = {null};
        DataFiles.kindRows(FILE, Map.of(
                "delivered", v -> delivered.add(pattern(v[0])),
                "liveborn", v -> liveborn.add(pattern(v[0])),
                "stillborn", v -> stillborn.add(pattern(v[0])),
                "gestation", v -> gestation.put(v[0], DataFiles.values(FILE, v, 2, 2)[1]),
                "stillbirth", v -> stillbirth.put(v[0], DataFiles.values(FILE, v, 2, 2)[1]),
                "single", v -> single[0] = v[0]));
        return new DeliveryOutcomeCheck(delivered, liveborn, stillborn, gestation, stillbirth, single[0], codeSet);
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    @Override
    public Document process(Document doc) {
        CodeCandidate pregnancy = null;
        for (CodeCandidate c : doc.candidates()) {
            if (c.code().startsWith(OUTCOME_CATEGORY)) {
                return doc;   // the note names its outcome
            }
            if (c.code().startsWith(PREGNANCY_CHAPTER) && (pregnancy == null || c.score() > pregnancy.score())) {
                pregnancy = c;
            }
        }
        String text = doc.text();
        if (pregnancy == null || !any(delivered, text)) {
            return doc;   // most notes: no gestation or fetal death read for them
        }
        String outcome = single;
        boolean multiple = false;
        String dead = null;
        CodeCandidate death = null;
        for (CodeCandidate c : doc.candidates()) {
            for (Map.Entry<String, String> e : gestation.entrySet()) {
                if (c.code().startsWith(e.getKey())) {
                    outcome = e.getValue();
                    multiple = true;
                }
            }
            for (Map.Entry<String, String> e : stillbirth.entrySet()) {
                if (c.code().startsWith(e.getKey())) {
                    dead = e.getValue();
                    death = c;
                }
            }
        }
        if (dead != null) {
            // a fetal death coded: a single gestation's outcome is the stillbirth; of several, the coder's to tell
            if (multiple) {
                return doc;
            }
            return withOutcome(doc, codeSet.get(dead).orElseThrow(), pregnancy.score(), death.mentions(),
                    "its fetal death coded (a single gestation)");
        }
        if (!any(liveborn, text) || any(stillborn, text)) {
            return doc;
        }
        return withOutcome(doc, codeSet.get(outcome).orElseThrow(), pregnancy.score(), pregnancy.mentions(),
                "its infants born alive");
    }

    /** The outcome takes as evidence the mentions of the pregnancy (or fetal death) code it completes. */
    private static Document withOutcome(Document doc, Code code, double score, List<Integer> evidence, String told) {
        List<CodeCandidate> out = new ArrayList<>(doc.candidates());
        out.add(new CodeCandidate(code.code(), code.title(), score, evidence, List.of(
                "Outcome of delivery (Guidelines I.C.15.b.5): the mother's record tells a delivery at this encounter"
                        + " and " + told + ", so it carries the outcome " + code.code())));
        return doc.withCandidates(out);
    }

    private static boolean any(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
