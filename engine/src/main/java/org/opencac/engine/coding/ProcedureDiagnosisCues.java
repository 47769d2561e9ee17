package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.Document;

/**
 * What makes a condition told in the account of an operation or study a diagnosis rather than something the
 * surgeon saw or did ({@code procedure_diagnosis_cues.tsv}): a study done during the operation reports it ("an
 * ultrasound during the procedure showed thrombosis of the jugular vein", "frozen section was consistent with a
 * nerve sheath tumor"), or the operation treated it, said after it ("the SLAP lesion was then repaired").
 *
 * @param studies   the studies, each as its lowercase words
 * @param results   the words that report a study's result
 * @param auxiliaries the auxiliaries of a participle after the condition ("was", "were")
 * @param adverbs   words that may stand between the auxiliary and the participle ("then")
 * @param treated   the participles of what an operation does to a condition ("repaired", "excised")
 */
public record ProcedureDiagnosisCues(List<List<String>> studies, Set<String> results, Set<String> auxiliaries,
                                     Set<String> adverbs, Set<String> treated) {
    /** How many words before a condition a study may be named. */
    private static final int STUDY_WINDOW = 15;

    public ProcedureDiagnosisCues {
        studies = List.copyOf(studies);
        results = Set.copyOf(results);
        auxiliaries = Set.copyOf(auxiliaries);
        adverbs = Set.copyOf(adverbs);
        treated = Set.copyOf(treated);
    }

    /** Reads rows of kind and phrase; a phrase of no lowercase words or an unknown kind fails at load. */
    static ProcedureDiagnosisCues parse(List<String> lines, String name) {
        List<List<String>> studies = new ArrayList<>();
        Set<String> results = new HashSet<>();
        Set<String> aux = new HashSet<>();
        Set<String> adverbs = new HashSet<>();
        Set<String> treated = new HashSet<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 2 || !f[1].matches("[a-z]+( [a-z]+)*")) {
                throw new IllegalArgumentException(name + ": expected a kind and lowercase words: " + line);
            }
            switch (f[0]) {
                case "study" -> studies.add(List.of(f[1].split(" ")));
                case "result" -> results.add(f[1]);
                case "aux" -> aux.add(f[1]);
                case "adverb" -> adverbs.add(f[1]);
                case "treated" -> treated.add(f[1]);
                default -> throw new IllegalArgumentException(name + ": unknown kind '" + f[0] + "': " + line);
            }
        }
        return new ProcedureDiagnosisCues(studies, results, aux, adverbs, treated);
    }

    /**
     * Whether a study is named in the sentence within {@link #STUDY_WINDOW} words before the condition at
     * [first, end), with a result word after it and before the condition.
     */
    boolean reportedByStudy(Document doc, int sentenceFirst, int first) {
        int from = Math.max(sentenceFirst, first - STUDY_WINDOW);
        for (int s = first - 1; s >= from; s--) {
            for (List<String> study : studies) {
                if (s + study.size() < first && matches(doc, s, study)) {
                    for (int r = s + study.size(); r < first; r++) {
                        if (results.contains(key(doc, r))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether an auxiliary and a participle of treatment follow the condition ending at {@code end} within its
     * sentence, with at most two words between and at most one adverb between the auxiliary and the participle.
     */
    boolean treatedAfter(Document doc, int end, int sentenceEnd) {
        for (int a = end; a < Math.min(sentenceEnd, end + 3); a++) {
            if (!auxiliaries.contains(key(doc, a))) {
                continue;
            }
            int p = a + 1;
            if (p < sentenceEnd && adverbs.contains(key(doc, p))) {
                p++;
            }
            if (p < sentenceEnd && treated.contains(key(doc, p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Document doc, int start, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!key(doc, start + i).equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String key(Document doc, int token) {
        return doc.tokens().get(token).text().toLowerCase(Locale.ROOT);
    }
}
