package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencac.engine.DataFiles;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Senses in which a vocabulary phrase names no item or service given (data: {@code phrase_senses.tsv}): the
 * phrase with one of a sense's words right before or right after it ("wheelchair-bound": the patient's
 * mobility). Words are compared in their normalized form, as the vocabulary finds the phrase.
 */
final class PhraseSenses {
    static final String FILE = HcpcsModule.DIR + "phrase_senses.tsv";

    /** One row: the normalized words that, right before or right after the phrase, give the other sense. */
    record Sense(List<List<String>> before, List<List<String>> after, String meaning) {
    }

    private final Map<List<String>, Sense> byPhrase;

    private PhraseSenses(Map<List<String>, Sense> byPhrase) {
        this.byPhrase = Map.copyOf(byPhrase);
    }

    static PhraseSenses load() {
        Map<List<String>, Sense> map = new HashMap<>();
        for (String line : DataFiles.lines(FILE)) {
            if (line.startsWith("phrase\t")) {
                continue;
            }
            String[] c = line.split("\t");
            List<String> phrase = c.length == 4 ? TermNormalizer.words(c[0]) : List.of();
            if (phrase.isEmpty() || c[3].isBlank() || (c[1].trim().equals("-") && c[2].trim().equals("-"))) {
                throw new IllegalStateException(FILE + ": expected phrase<TAB>before<TAB>after<TAB>sense with some words: "
                        + line);
            }
            if (map.put(phrase, new Sense(words(c[1]), words(c[2]), c[3].trim())) != null) {
                throw new IllegalStateException(FILE + ": phrase listed twice: " + c[0]);
            }
        }
        return new PhraseSenses(map);
    }

    private static List<List<String>> words(String column) {
        List<List<String>> out = new ArrayList<>();
        if (!column.trim().equals("-")) {
            for (String p : column.split(",")) {
                List<String> w = TermNormalizer.words(p.trim());
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The other sense the phrase {@code p} is found in, or null when it names the item or service. */
    Sense otherSense(HcpcsPhrase p) {
        List<String> words = p.words();
        Sense s = byPhrase.get(words.subList(p.first(), p.last()));
        if (s == null) {
            return null;
        }
        for (List<String> b : s.before()) {
            if (p.first() >= b.size() && words.subList(p.first() - b.size(), p.first()).equals(b)) {
                return s;
            }
        }
        for (List<String> a : s.after()) {
            if (p.last() + a.size() <= words.size() && words.subList(p.last(), p.last() + a.size()).equals(a)) {
                return s;
            }
        }
        return null;
    }
}
