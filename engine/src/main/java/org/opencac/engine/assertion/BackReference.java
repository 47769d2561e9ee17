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

    BackReference(Set<String> determiners, Map<String, List<String>> kinds) {
        this.determiners = Set.copyOf(determiners);
        this.kinds = Map.copyOf(kinds);
    }

    static BackReference standard() {
        Set<String> determiners = new HashSet<>();
        Map<String, List<String>> kinds = new HashMap<>();
        DataFiles.rows(DATA, "kind\tword\tprefixes", (f, line) -> {
            String w = f.length > 1 ? f[1].trim().toLowerCase(Locale.ROOT) : "";
            if (f[0].equals("determiner") && !w.isEmpty()) {
                determiners.add(w);
            } else if (f[0].equals("noun") && f.length > 2 && !w.isEmpty()) {
                kinds.put(w, List.of(f[2].trim().split("\\s*,\\s*")));
            } else {
                throw new IllegalArgumentException(DATA + " line " + line + ": expected determiner WORD or noun WORD PREFIXES");
            }
        });
        return new BackReference(determiners, kinds);
    }

    /** The index of the earlier mention this one names again, or -1. */
    int antecedent(Document doc, int index) {
        List<Mention> mentions = doc.mentions();
        Mention m = mentions.get(index);
        if (m.endToken() - m.firstToken() != 1 || m.firstToken() == 0) {
            return -1;
        }
        List<String> prefixes = kinds.get(Plurals.singular(m.text().toLowerCase(Locale.ROOT)));
        if (prefixes == null
                || !determiners.contains(doc.tokens().get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int best = -1;
        for (int j = 0; j < mentions.size(); j++) {
            Mention e = mentions.get(j);
            if (j != index && e.span().end() <= m.span().start()
                    && (best < 0 || e.span().start() > mentions.get(best).span().start())
                    && ofKind(e, prefixes) && !sameNoun(e, m)) {
                best = j;
            }
        }
        return best;
    }

    private static boolean sameNoun(Mention e, Mention m) {
        return e.text().equalsIgnoreCase(m.text());
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
