package org.opencac.engine.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * Tabular resolution: the code a term points at, verified in the Tabular and made billable and as specific
 * as documented by {@link CodeResolver} (the one place specificity is chosen), with the words of the
 * mention's clause plus laterality words near it.
 */
public final class TabularResolution {
    static final String LATERALITY_WINDOW = "tabular.laterality_window_tokens";

    /** The weights this class reads from {@code scoring_weights.tsv}. */
    static final Set<String> WEIGHTS = Set.of(LATERALITY_WINDOW);

    public static final String LATERALITY_WORDS = "/org/opencac/engine/coding/laterality_words.txt";


    private final CodeSet codeSet;
    private final CodeResolver resolver;
    private final int lateralityWindow;
    private final Set<String> laterality = Set.copyOf(DataFiles.lines(LATERALITY_WORDS));

    public TabularResolution(CodeSet codeSet, CodeResolver resolver, ScoringWeights weights) {
        this.codeSet = codeSet;
        this.resolver = resolver;
        double window = weights.get(LATERALITY_WINDOW);
        if (window < 0 || window != Math.rint(window)) {
            throw new IllegalArgumentException(LATERALITY_WINDOW + " must be a whole number of words: " + window);
        }
        this.lateralityWindow = (int) window;
    }

    /**
     * The subterm words of the last "see" cross-reference of an Index path ("see Cellulitis, lower limb"
     * gives "lower limb"), or "" for a dictionary term or a path without one. "by site" and "NEC" are how
     * the Index refers, not words of the condition, and are left out.
     */
    static String referenceWords(Term term) {
        if (term.source() != TermSource.ALPHABETIC_INDEX) {
            return "";
        }
        String see = null;
        for (String step : term.text().split(" \u2192 ")) {
            if (step.startsWith("see ") && !step.startsWith("see also")) {
                see = step;
            }
        }
        int comma = see == null ? -1 : see.indexOf(',');
        if (comma < 0) {
            return "";
        }
        return see.substring(comma + 1).replace("by site", " ").replace("NEC", " ").replace(",", " ")
                .replaceAll("\\s+", " ").trim();
    }

    /**
     * Resolution for one note. Mentions of one clause share its context: each (code, context) is resolved
     * once per note, so a long clause of many mentions costs its length once, not once per mention. The
     * memo lives as long as the returned object, one note.
     */
    public ForNote forNote(Document doc) {
        return new ForNote(doc);
    }

    /** The resolutions of one note's mentions, memoised by (term code, context). */
    public final class ForNote {
        private final Document doc;
        private final Clauses.Bounds bounds;
        /** Each clause context once, analyzed on first use and shared by the codes resolved in it. */
        private final Map<String, CodeResolver.Context> contexts = new HashMap<>();
        private final Map<String, CodeResolver.Resolution> resolutions = new HashMap<>();
        private final Map<String, CodeResolver.Statement> statements = new HashMap<>();
        private final Map<List<Integer>, CodeResolver.Statement> statementsOfSentences = new HashMap<>();
        private Map<String, Set<Integer>> sentencesOfCode;

        private ForNote(Document doc) {
            this.doc = doc;
            this.bounds = Clauses.bounds(doc.tokens(), doc.sentences());
        }

        /** The billable code for a mention's term code, with the steps that reached it (code null if none). */
        public CodeResolver.Resolution resolve(Mention mention, String termCode) {
            return resolve(mention, termCode, "");
        }

        /**
         * The billable code for a mention's term, read with the site words of the Index cross-reference its
         * path followed ({@link #referenceWords}): the Index's "Cellulitis, foot, see Cellulitis, lower limb"
         * documents "lower limb" for a left foot, so L03.11- resolves to L03.116, not to "unspecified part".
         */
        public CodeResolver.Resolution resolve(Mention mention, Term term) {
            return resolve(mention, term.code(), referenceWords(term));
        }

        private CodeResolver.Resolution resolve(Mention mention, String termCode, String extra) {
            // most terms lend no words: their key and clause are the mention's own, made without copies
            String contextKey = extra.isEmpty() ? contextKey(mention) : contextKey(mention) + '|' + extra;
            CodeResolver.Context context = contexts.computeIfAbsent(contextKey, k -> resolver.new Context(
                    extra.isEmpty() ? clauseContext(mention) : (clauseContext(mention) + " " + extra).trim()));
            return resolutions.computeIfAbsent(termCode + '\u0000' + contextKey + '\u0000' + mention.text(),
                    k -> resolver.resolve(termCode, context, statements(termCode), mention.text()));
        }

        /**
         * The diagnostic statements of a term code: the sentences of every mention of the note with a term
         * pointing at it, each once ("obesity, class 1" in the assessment documents the exam's "obese" too).
         * Term codes of the same sentences share one statement (an assessment lists several conditions).
         */
        private CodeResolver.Statement statements(String termCode) {
            return statements.computeIfAbsent(termCode, code -> {
                List<Integer> sentences = List.copyOf(sentencesOfCode().getOrDefault(code, Set.of()));
                // the text is made only if a resolution reads it (an unspecified code no clause word makes specific)
                return statementsOfSentences.computeIfAbsent(sentences, k -> resolver.new Statement(() -> {
                    StringBuilder b = new StringBuilder();
                    for (int i : sentences) {
                        Sentence s = doc.sentences().get(i);
                        b.append(Clauses.words(doc.tokens(), s.firstToken(), s.endToken())).append(" | ");
                    }
                    return b.toString();
                }));
            });
        }

        /** The sentences of each term code's mentions, in one pass over the note's mentions on first use. */
        private Map<String, Set<Integer>> sentencesOfCode() {
            if (sentencesOfCode == null) {
                // One pass, so that many distinct term codes do not each rescan the mentions.
                sentencesOfCode = new HashMap<>();
                for (Mention m : doc.mentions()) {
                    for (var t : m.terms()) {
                        sentencesOfCode.computeIfAbsent(t.code(), k -> new java.util.LinkedHashSet<>()).add(m.sentenceIndex());
                    }
                }
            }
            return sentencesOfCode;
        }

        /** Identifies {@link #clauseContext}: the clause's token range and the laterality tokens added to it. */
        private String contextKey(Mention mention) {
            Sentence s = doc.sentences().get(mention.sentenceIndex());
            int[] clause = qualified(s, bounds.around(s, mention.firstToken(), mention.endToken()));
            StringBuilder key = new StringBuilder().append(clause[0]).append('-').append(clause[1]);
            int lo = Math.max(s.firstToken(), mention.firstToken() - lateralityWindow);
            int hi = Math.min(s.endToken(), mention.endToken() + lateralityWindow);
            for (int i = lo; i < hi; i++) {
                if ((i < clause[0] || i >= clause[1]) && laterality.contains(doc.tokens().get(i).norm())) {
                    key.append(',').append(i);
                }
            }
            return key.toString();
        }

        /**
         * A clause with the next clause of its sentence when that one starts with a detail word and so
         * qualifies it ("pressure ulcer of sacral region, stage 2", "asthma, mild persistent").
         */
        private int[] qualified(Sentence s, int[] clause) {
            int next = clause[1] + 1;
            if (next >= s.endToken() || !",".equals(doc.tokens().get(clause[1]).text())
                    || !resolver.isDetailWord(doc.tokens().get(next).text())) {
                return clause;
            }
            return new int[] {clause[0], bounds.around(s, next, next + 1)[1]};
        }

        /**
         * The words around a mention that may make its code more specific: its clause (the sentence cut at
         * commas, semicolons and colons) with the mention itself and a qualifying next clause, plus laterality words within a few tokens
         * either side in the same sentence ("carpal tunnel syndrome, right").
         */
        private String clauseContext(Mention mention) {
            Sentence s = doc.sentences().get(mention.sentenceIndex());
            List<Token> tokens = doc.tokens();
            int[] clause = qualified(s, bounds.around(s, mention.firstToken(), mention.endToken()));
            StringBuilder b = new StringBuilder(Clauses.words(tokens, clause[0], clause[1]));
            int lo = Math.max(s.firstToken(), mention.firstToken() - lateralityWindow);
            int hi = Math.min(s.endToken(), mention.endToken() + lateralityWindow);
            for (int i = lo; i < hi; i++) {
                if ((i < clause[0] || i >= clause[1]) && laterality.contains(tokens.get(i).norm())) {
                    b.append(' ').append(tokens.get(i).text());
                }
            }
            return b.toString().trim();
        }
    }
}
