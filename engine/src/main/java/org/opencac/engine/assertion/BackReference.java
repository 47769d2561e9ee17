package org.opencac.engine.assertion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.models.lexicon.Term;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Plurals;

/**
 * A bare generic noun after a definite determiner ("the infection", "this tumor") refers back to a condition the
 * note named earlier ("a possible pneumonia ... antibiotics for the infection"). It is not a condition of its own:
 * it takes the assertion of the nearest earlier mention whose candidate codes are of the noun's kind, so that a
 * doubtful or denied condition does not come back as an established, vaguer one. Nouns, kinds (code prefixes) and
 * determiners are data ({@code back_reference.tsv}); with no earlier mention of the kind the noun keeps its own.
 */
final class BackReference {
    static final String DATA = "/org/opencac/engine/assertion/back_reference.tsv";

    private final Set<String> determiners;
    private final Map<String, List<String>> kinds;
    private final Set<String> sitePrepositions;

    BackReference(Set<String> determiners, Map<String, List<String>> kinds) {
        this(determiners, kinds, Set.of());
    }

    BackReference(Set<String> determiners, Map<String, List<String>> kinds, Set<String> sitePrepositions) {
        this.determiners = Set.copyOf(determiners);
        this.kinds = Map.copyOf(kinds);
        this.sitePrepositions = Set.copyOf(sitePrepositions);
    }

    static BackReference standard() {
        Set<String> determiners = new HashSet<>();
        Map<String, List<String>> kinds = new HashMap<>();
        Set<String> sitePrepositions = new HashSet<>();
        DataFiles.rows(DATA, "kind\tword\tprefixes", (f, line) -> {
            String w = f.length > 1 ? f[1].trim().toLowerCase(Locale.ROOT) : "";
            if (f[0].equals("determiner") && !w.isEmpty()) {
                determiners.add(w);
            } else if (f[0].equals("site_preposition") && !w.isEmpty()) {
                sitePrepositions.add(w);
            } else if (f[0].equals("noun") && f.length > 2 && !w.isEmpty()) {
                kinds.put(w, List.of(f[2].trim().split("\\s*,\\s*")));
            } else {
                throw new IllegalArgumentException(DATA + " line " + line + ": expected determiner WORD, site_preposition WORD or noun WORD PREFIXES");
            }
        });
        return new BackReference(determiners, kinds, sitePrepositions);
    }

    /**
     * The index of the earlier mention this one names again, or -1. A noun its own site follows ("the lesion of
     * the neck", "the mass on the back") is told by that site, not by what came before, and names no earlier
     * mention. An earlier mention of the same noun is the one named again, before any of its kind ("lesions were
     * seen ... possible cancer ... the largest of the lesions"): the word written again names what it named, and a
     * doubt about the lesions' nature written between stays with the condition doubted.
     */
    int antecedent(Document doc, int index) {
        List<Mention> mentions = doc.mentions();
        Mention m = mentions.get(index);
        if (m.endToken() - m.firstToken() != 1 || m.firstToken() == 0) {
            return -1;
        }
        String noun = Plurals.singular(m.text().toLowerCase(Locale.ROOT));
        List<String> prefixes = kinds.get(noun);
        if (prefixes == null
                || !determiners.contains(doc.tokens().get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT))
                || m.endToken() < doc.tokens().size()
                        && sitePrepositions.contains(doc.tokens().get(m.endToken()).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int best = -1;
        int same = -1;
        for (int j = 0; j < mentions.size(); j++) {
            Mention e = mentions.get(j);
            if (j == index || e.span().end() > m.span().start()) {
                continue;
            }
            if (sameNoun(e, noun)) {
                same = nearer(mentions, j, same);
            } else if (ofKind(e, prefixes)) {
                best = nearer(mentions, j, best);
            }
        }
        return same >= 0 ? same : best;
    }

    /** Of two earlier mentions (-1: none), the one that begins later. */
    private static int nearer(List<Mention> mentions, int j, int best) {
        return best < 0 || mentions.get(j).span().start() > mentions.get(best).span().start() ? j : best;
    }

    private static boolean sameNoun(Mention e, String noun) {
        return Plurals.singular(e.text().toLowerCase(Locale.ROOT)).equals(noun);
    }

    private static boolean ofKind(Mention e, List<String> prefixes) {
        for (Term t : e.candidateTerms()) {
            for (String p : prefixes) {
                if (t.code().startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
