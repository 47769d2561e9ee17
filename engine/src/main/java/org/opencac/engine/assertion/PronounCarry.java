package org.opencac.engine.assertion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.text.Plurals;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;

/**
 * A relative who is the subject of one sentence and, by a pronoun that cannot be the patient, of the next: "Her
 * father was a farmer. He died of a stroke." The first sentence opens with a possessive that names the patient's
 * sex and a relative of the other sex; the next opens with the relative's pronoun. Only then is the relative
 * carried: where the pronoun may be the patient ("His father had a stroke. He has diabetes.") it is not. The same
 * holds for a clause of the relative's own sentence that a coordinator and the relative's pronoun open: "His mother
 * had colon cancer, but she died of a stroke." Words and sexes are data ({@code pronoun_carry.tsv}).
 */
final class PronounCarry {
    static final String DATA = "/org/opencac/engine/assertion/pronoun_carry.tsv";
    static final PronounCarry NONE = new PronounCarry(Map.of(), Map.of(), Map.of(), Set.of());

    private final Map<String, String> possessives;
    private final Map<String, String> relatives;
    private final Map<String, String> pronouns;
    private final Set<String> coordinators;
    private final int longestPronoun;

    PronounCarry(Map<String, String> possessives, Map<String, String> relatives, Map<String, String> pronouns,
            Set<String> coordinators) {
        this.possessives = Map.copyOf(possessives);
        this.relatives = Map.copyOf(relatives);
        this.pronouns = Map.copyOf(pronouns);
        this.coordinators = Set.copyOf(coordinators);
        this.longestPronoun = pronouns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static PronounCarry standard() {
        Map<String, String> possessives = new HashMap<>();
        Map<String, String> relatives = new HashMap<>();
        Map<String, String> pronouns = new HashMap<>();
        Set<String> coordinators = new HashSet<>();
        DataFiles.rows(DATA, "kind\tword\tsex", (f, line) -> {
            if (f.length < 3 || !f[2].equals("male") && !f[2].equals("female") && !f[2].equals("any")) {
                throw new IllegalArgumentException(DATA + " line " + line + ": expected kind, word, male|female|any");
            }
            String w = f[1].trim().toLowerCase(Locale.ROOT);
            switch (f[0]) {
                case "coordinator" -> coordinators.add(w);
                case "possessive" -> possessives.put(w, f[2]);
                case "relative" -> relatives.put(w, f[2]);
                case "pronoun" -> pronouns.put(w, f[2]);
                default -> throw new IllegalArgumentException(DATA + " line " + line + ": unknown kind " + f[0]);
            }
        });
        return new PronounCarry(possessives, relatives, pronouns, coordinators);
    }

    /**
     * The sentence whose relative the pronoun opening this sentence names (the one right before it, in the same
     * section), or -1: the sentence opens with a pronoun of one sex, the one before with a possessive of the
     * other sex (the patient's) and a relative of the pronoun's sex.
     */
    int carriedFrom(Document doc, int sentence) {
        if (sentence <= 0 || longestPronoun == 0) {
            return -1;
        }
        Sentence s = doc.sentences().get(sentence);
        Sentence before = doc.sentences().get(sentence - 1);
        if (before.sectionIndex() != s.sectionIndex()) {
            return -1;
        }
        int first = firstWord(doc, s);
        if (first < 0) {
            return -1;
        }
        String pronoun = doc.tokens().get(first).text();
        String sex = pronoun.length() <= longestPronoun ? pronouns.get(pronoun.toLowerCase(Locale.ROOT)) : null;
        if (sex == null) {
            return -1;
        }
        int p = firstWord(doc, before);
        if (p < 0 || p + 1 >= before.endToken()) {
            return -1;
        }
        String patient = possessives.get(doc.tokens().get(p).text().toLowerCase(Locale.ROOT));
        String relative = relatives.get(Plurals.singular(doc.tokens().get(p + 1).text().toLowerCase(Locale.ROOT)));
        return patient != null && !patient.equals(sex) && sex.equals(relative) ? sentence - 1 : -1;
    }

    /**
     * The clause of this sentence that is its opening relative's by a pronoun that cannot be the patient, as
     * {start, end} tokens, or null: the sentence opens with a possessive of one sex (the patient's) and a relative of
     * the other; a coordinator followed by the relative's pronoun opens the clause ("His mother had colon cancer,
     * but she died of a stroke."), which runs to the sentence's end or to a coordinator followed by the patient's
     * pronoun ("..., and he has diabetes").
     */
    int[] clauseCarried(Document doc, int sentence) {
        if (coordinators.isEmpty() || longestPronoun == 0) {
            return null;
        }
        Sentence s = doc.sentences().get(sentence);
        int p = firstWord(doc, s);
        if (p < 0 || p + 1 >= s.endToken()) {
            return null;
        }
        String patient = possessives.get(doc.tokens().get(p).text().toLowerCase(Locale.ROOT));
        String relative = relatives.get(Plurals.singular(doc.tokens().get(p + 1).text().toLowerCase(Locale.ROOT)));
        if (patient == null || relative == null || patient.equals(relative)) {
            return null;
        }
        int start = -1;
        for (int t = p + 2; t + 1 < s.endToken(); t++) {
            String w = doc.tokens().get(t).text().toLowerCase(Locale.ROOT);
            if (!coordinators.contains(w)) {
                continue;
            }
            String next = doc.tokens().get(t + 1).text();
            String sex = next.length() <= longestPronoun ? pronouns.get(next.toLowerCase(Locale.ROOT)) : null;
            if (start < 0 && relative.equals(sex)) {
                start = t + 1;
            } else if (start >= 0 && patient.equals(sex)) {
                return new int[] {start, t};
            }
        }
        return start < 0 ? null : new int[] {start, s.endToken()};
    }

    /** The sentence's first word token (list marks and punctuation before it skipped), or -1. */
    private static int firstWord(Document doc, Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Token token = doc.tokens().get(t);
            if (!token.isPunctuation() && !Character.isDigit(token.text().charAt(0))) {
                return t;
            }
        }
        return -1;
    }
}
