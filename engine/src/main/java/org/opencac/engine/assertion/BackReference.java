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
import org.opencac.engine.text.Token;

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
    private final Map<String, Set<String>> sameAs;
    private final Set<String> currentVerbs;
    private final Set<String> auxiliaries;
    private final Set<String> headEnds;

    BackReference(Set<String> determiners, Map<String, List<String>> kinds) {
        this(determiners, kinds, Set.of());
    }

    BackReference(Set<String> determiners, Map<String, List<String>> kinds, Set<String> sitePrepositions) {
        this(determiners, kinds, sitePrepositions, Map.of(), Set.of(), Set.of());
    }

    BackReference(Set<String> determiners, Map<String, List<String>> kinds, Set<String> sitePrepositions,
                  Map<String, Set<String>> sameAs, Set<String> currentVerbs, Set<String> auxiliaries) {
        this(determiners, kinds, sitePrepositions, sameAs, currentVerbs, auxiliaries, Set.of());
    }

    BackReference(Set<String> determiners, Map<String, List<String>> kinds, Set<String> sitePrepositions,
                  Map<String, Set<String>> sameAs, Set<String> currentVerbs, Set<String> auxiliaries,
                  Set<String> headEnds) {
        this.determiners = Set.copyOf(determiners);
        this.kinds = Map.copyOf(kinds);
        this.sitePrepositions = Set.copyOf(sitePrepositions);
        this.sameAs = Map.copyOf(sameAs);
        this.currentVerbs = Set.copyOf(currentVerbs);
        this.auxiliaries = Set.copyOf(auxiliaries);
        this.headEnds = Set.copyOf(headEnds);
    }

    static BackReference standard() {
        Set<String> determiners = new HashSet<>();
        Map<String, List<String>> kinds = new HashMap<>();
        Set<String> sitePrepositions = new HashSet<>();
        Map<String, Set<String>> sameAs = new HashMap<>();
        Set<String> currentVerbs = new HashSet<>();
        Set<String> auxiliaries = new HashSet<>();
        Set<String> headEnds = new HashSet<>();
        DataFiles.rows(DATA, "kind\tword\tprefixes", (f, line) -> {
            String w = f.length > 1 ? f[1].trim().toLowerCase(Locale.ROOT) : "";
            if (f[0].equals("determiner") && !w.isEmpty()) {
                determiners.add(w);
            } else if (f[0].equals("site_preposition") && !w.isEmpty()) {
                sitePrepositions.add(w);
            } else if (f[0].equals("noun") && f.length > 2 && !w.isEmpty()) {
                kinds.put(w, List.of(f[2].trim().split("\\s*,\\s*")));
            } else if (f[0].equals("same_as") && f.length > 2 && !w.isEmpty()) {
                sameAs.put(w, Set.of(f[2].trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
            } else if (f[0].equals("current_verb") && !w.isEmpty()) {
                currentVerbs.add(w);
            } else if (f[0].equals("auxiliary") && !w.isEmpty()) {
                auxiliaries.add(w);
            } else if (f[0].equals("head_end") && !w.isEmpty()) {
                headEnds.add(w);
            } else {
                throw new IllegalArgumentException(DATA + " line " + line + ": expected determiner WORD, site_preposition WORD,"
                        + " noun WORD PREFIXES, same_as WORD WORDS, current_verb WORD, auxiliary WORD or head_end WORD");
            }
        });
        return new BackReference(determiners, kinds, sitePrepositions, sameAs, currentVerbs, auxiliaries, headEnds);
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
            if (sameNoun(e, noun, sameAs.getOrDefault(noun, Set.of()))) {
                same = nearer(mentions, j, same);
            } else if (ofKind(e, prefixes)) {
                best = nearer(mentions, j, best);
            }
        }
        return same >= 0 ? same : best;
    }

    /**
     * Of two earlier mentions (-1: none), the one that begins later; of two that begin together, the longer, the
     * fuller reading of the same words ("the fracture was noted to be transverse" over its bare "fracture").
     */
    private static int nearer(List<Mention> mentions, int j, int best) {
        if (best < 0) {
            return j;
        }
        int a = mentions.get(j).span().start();
        int b = mentions.get(best).span().start();
        return a > b || a == b && mentions.get(j).span().end() > mentions.get(best).span().end() ? j : best;
    }

    /**
     * Whether the earlier mention is the noun written again: the same noun, or a noun of the same seen finding
     * ({@code same_as}: "the lesion" then "this mass"), alone or as the head of a longer mention: its last word, or
     * the word before the first word that ends a noun phrase ({@code head_end}: "a mass in the left breast", "the
     * fracture was noted to be basicervical").
     */
    private boolean sameNoun(Mention e, String noun, Set<String> alike) {
        String text = e.text().toLowerCase(Locale.ROOT);
        if (Plurals.singular(text).equals(noun)) {
            return true;
        }
        String head = Plurals.singular(text.substring(text.lastIndexOf(' ') + 1));
        if (head.equals(noun) || alike.contains(head)) {
            return true;
        }
        String[] words = text.split("[\\s,]+");
        for (int i = 1; i < words.length; i++) {
            if (headEnds.contains(words[i])) {
                String inner = Plurals.singular(words[i - 1]);
                return inner.equals(noun) || alike.contains(inner);
            }
        }
        return false;
    }

    /**
     * Whether the mention's own clause tells it as there now: a verb of a condition going on ("the tumor has
     * regrown", "the mass is enlarging", "the ulcer persists") follows it, after at most a few auxiliaries. A past
     * condition named again this way has come back; its history does not pass to the mention.
     */
    boolean toldAsCurrent(Document doc, int index) {
        Mention m = doc.mentions().get(index);
        List<Token> tokens = doc.tokens();
        for (int k = m.endToken(); k < tokens.size() && k < m.endToken() + 4; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (currentVerbs.contains(w)) {
                return true;
            }
            if (!auxiliaries.contains(w)) {
                return false;
            }
        }
        return false;
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
