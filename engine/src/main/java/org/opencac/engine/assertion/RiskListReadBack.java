package org.opencac.engine.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.opencac.engine.RuleJson;

/**
 * What a risk list's read-back ({@link ContextRule#listBefore()}) runs past besides the list's items
 * ({@code risk_list_read_back.json}): a relative clause of an item ("a marginal ulcer, which can progress to
 * perforation, and bowel obstruction were discussed") and, before the word that opens the list, a risk phrase whose
 * head is an operation ("complications of gastric bypass including ..."). A risk phrase of a disease ("complications
 * of diabetes including ...") is the patient's condition and is not passed.
 *
 * @param relativeWords     words that open a relative clause ("which", "that")
 * @param relativeVerbs     the words after them that make the clause say what an item may lead to ("can", "may")
 * @param phraseWords       the most words a risk phrase before the list's opening word holds
 * @param riskHeads         the words that name risks ("complications", "risks")
 * @param operationWords    words naming an operation ("bypass", "surgery")
 * @param operationSuffixes endings of words naming an operation ("ectomy", "plasty")
 */
record RiskListReadBack(Set<String> relativeWords, Set<String> relativeVerbs, int phraseWords, Set<String> riskHeads,
                        Set<String> operationWords, List<String> operationSuffixes) {
    static final String RESOURCE = "/org/opencac/engine/assertion/risk_list_read_back.json";
    /** Punctuation a risk phrase does not cross. */
    private static final Set<String> PHRASE_BREAKS = Set.of(".", ":", ";", "(", ")", ",");

    static final RiskListReadBack STANDARD = load();

    RiskListReadBack {
        relativeWords = Set.copyOf(relativeWords);
        relativeVerbs = Set.copyOf(relativeVerbs);
        riskHeads = Set.copyOf(riskHeads);
        operationWords = Set.copyOf(operationWords);
        operationSuffixes = List.copyOf(operationSuffixes);
        if (phraseWords < 0) {
            throw new IllegalArgumentException("phrase_words must not be negative");
        }
    }

    /** Whether the word at {@code j} opens a relative clause of a list item: a relative word, then a relative verb. */
    boolean opensRelativeClause(String[] keys, int j) {
        return relativeWords.contains(keys[j]) && j + 1 < keys.length && relativeVerbs.contains(keys[j + 1]);
    }

    /**
     * Where a risk phrase headed by an operation begins that ends just before index {@code end} (exclusive; the word
     * before the list's opening word), read back no further than {@code stop} (exclusive): the first of its risk
     * word and its operation word, or -1 if the words before hold not both.
     */
    int riskPhraseStart(String[] keys, int end, int stop) {
        int risk = -1;
        int operation = -1;
        int words = 0;
        for (int j = end - 1; j > stop && words < phraseWords; j--) {
            String k = keys[j];
            if (PHRASE_BREAKS.contains(k)) {
                break;
            }
            words++;
            if (riskHeads.contains(k)) {
                risk = j;
            } else if (operation(k)) {
                operation = j;
            }
        }
        return risk < 0 || operation < 0 ? -1 : Math.min(risk, operation);
    }

    private boolean operation(String word) {
        if (operationWords.contains(word)) {
            return true;
        }
        for (String s : operationSuffixes) {
            if (word.endsWith(s) && word.length() > s.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static RiskListReadBack load() {
        try (InputStream in = RiskListReadBack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode r = new ObjectMapper().readTree(in);
            return new RiskListReadBack(Set.copyOf(RuleJson.strings(r.path("relative_words"))),
                    Set.copyOf(RuleJson.strings(r.path("relative_verbs"))), r.path("phrase_words").asInt(6),
                    Set.copyOf(RuleJson.strings(r.path("risk_heads"))),
                    Set.copyOf(RuleJson.strings(r.path("operation_words"))),
                    RuleJson.strings(r.path("operation_suffixes")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
