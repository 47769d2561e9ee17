package org.opencac.engine.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.index.CodeHit;
import org.opencac.models.index.CodeIndex;
import org.opencac.models.index.WordScoreTable;

/**
 * Tabular verification: turns the code a term points at into a billable code. A billable code stays;
 * a header goes to the child the sentence documents (by specificity words, ranked as the code index would) or else
 * to its default child ("without complications", "unspecified", initial encounter).
 */
public final class CodeResolver {
    public static final String SPECIFICITY = "/org/opencac/engine/coding/specificity_words.txt";

    private final CodeSet codeSet;
    private final CodeIndex index;
    private final Set<String> specificity;
    private static final java.util.regex.Pattern WITH = java.util.regex.Pattern.compile("\\bwith\\b");
    private static final java.util.regex.Pattern WITHOUT_PHRASE =
            java.util.regex.Pattern.compile("(?i)\\bwithout\\b[^,]*");
    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");
    /** Title words a note need not write for a child to apply (the Tabular's own connective words). */
    private static final Set<String> UNDOCUMENTED = Set.of("unspecified", "with", "without", "other", "initial",
            "encounter", "mellitus");
    /** Default child per header: depends only on the code set, so it is worked out once per header. */
    private final java.util.concurrent.ConcurrentHashMap<String, Code> defaults =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The scores a search of the code index gives each billable code for each specificity word. */
    private final WordScoreTable childScores;

    public CodeResolver(CodeSet codeSet, CodeIndex index, Set<String> specificityWords) {
        this.codeSet = codeSet;
        this.index = index;
        Set<String> analyzed = new HashSet<>();
        for (String w : specificityWords) {
            analyzed.addAll(index.analyze(w));
        }
        this.specificity = Set.copyOf(analyzed);
        this.childScores = index.wordScores(specificity);
    }

    public static CodeResolver standard(CodeSet codeSet, CodeIndex index) {
        return new CodeResolver(codeSet, index, readWords());
    }

    /**
     * The resolution of one code.
     *
     * @param code  the billable code, or null if none could be reached
     * @param steps what was done, for the rationale
     */
    public record Resolution(Code code, List<String> steps) {
    }

    /** Resolves a code to a billable one, using the sentence's words to pick a specific child. */
    public Resolution resolve(String code, String sentenceContext) {
        Code c = codeSet.get(code).orElse(null);
        if (c == null) {
            return new Resolution(null, List.of(code + " is not in " + codeSet.version().label()));
        }
        if (c.billable()) {
            return new Resolution(c, List.of("Tabular: " + c.code() + " is billable"));
        }
        List<Code> kids = codeSet.billableDescendants(c.code());
        if (kids.isEmpty()) {
            return new Resolution(null, List.of(c.code() + " has no billable code under it"));
        }
        Code specific = specificChild(c, kids, sentenceContext);
        if (specific != null) {
            return new Resolution(specific, List.of("Tabular: " + c.code() + " is a header; the note's wording selects "
                    + specific.code() + " (" + specific.title() + ")"));
        }
        Code fallback = defaultChild(c, kids);
        return new Resolution(fallback, List.of("Tabular: " + c.code() + " is a header; default code "
                + fallback.code() + " (" + fallback.title() + ") used, no further detail documented"));
    }

    /**
     * A child whose title carries a specificity word of the context that the header's own title does not
     * ("acute on chronic" for heart failure, "left" for a fracture); null if the context adds none.
     */
    private Code specificChild(Code header, List<Code> kids, String context) {
        if (context == null || context.isBlank() || kids.size() > 2000) {
            return null;
        }
        List<String> analyzed = index.analyze(context);
        Set<String> contextWords = new HashSet<>(analyzed);
        contextWords.retainAll(specificity);
        contextWords.removeAll(index.analyzeTitle(header.title()));
        if (contextWords.isEmpty()) {
            return null;
        }
        return searchSpecific(header, defaultChild(header, kids), kids, contextWords, new HashSet<>(analyzed));
    }

    /**
     * The children best matching some specificity words, best first (at most five): the code index's
     * scores for those words, read from a table built once for the closed list of specificity words.
     */
    private List<CodeHit> ranked(List<Code> kids, Set<String> contextWords) {
        return childScores.rank(contextWords, kids, 5);
    }

    /**
     * The best-ranked child that shares a specificity word with the context and whose title adds to the
     * default child's title only words the note documents: "acute on chronic systolic" selects I50.23
     * over I50.9, but "right" alone does not select "osteoarthritis, right shoulder" when no shoulder is
     * written.
     */
    private Code searchSpecific(Code header, Code reference, List<Code> kids, Set<String> contextWords,
                                Set<String> documented) {
        List<CodeHit> hits = ranked(kids, contextWords);
        Set<String> referenceWords = titleWords(reference.title());
        for (CodeHit h : hits) {
            // Words after "without" are what the code excludes: "nausea" in the note never selects "vomiting
            // without nausea".
            Set<String> shared = new HashSet<>(index.analyzeTitle(WITHOUT_PHRASE.matcher(h.title()).replaceAll("")));
            shared.retainAll(contextWords);
            shared.removeAll(Set.of("with", "without"));
            Set<String> added = new HashSet<>(titleWords(h.title()));
            added.removeAll(referenceWords);
            added.removeAll(UNDOCUMENTED);
            if (!shared.isEmpty() && documented.containsAll(added)) {
                return codeSet.get(h.code()).orElse(null);
            }
        }
        return null;
    }

    /** A title's analyzed words without its parenthesized nonessential modifiers. */
    private Set<String> titleWords(String title) {
        return new HashSet<>(index.analyzeTitle(PARENTHESES.matcher(title).replaceAll(" ")));
    }

    /**
     * The Index-style default among a header's billable codes: the one that adds least to the header's
     * title, preferring "without complication(s)" and "unspecified" codes and avoiding "with ..."
     * complications, then the shorter code, then published order; 7-character codes prefer the initial
     * encounter (A).
     */
    Code defaultChild(Code header, List<Code> kids) {
        return defaults.computeIfAbsent(header.code(), h -> computeDefaultChild(header, kids));
    }

    private Code computeDefaultChild(Code header, List<Code> kids) {
        Set<String> headerWords = new HashSet<>(index.analyzeTitle(header.title()));
        Code best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Code k : kids) {
            String t = k.title().toLowerCase(Locale.ROOT);
            int rank = 0;
            if (t.contains("without complication") || t.contains("uncomplicated") || t.contains("unspecified")) {
                rank -= 50;
            }
            if (k.code().replace(".", "").length() == 7 && k.code().charAt(k.code().length() - 1) != 'A') {
                rank += 1000;
            }
            // The title's extra words only add to the rank (and "with" adds 100): a code that cannot beat the
            // best even without them is passed over before its title is analyzed.
            if (rank * 10 + k.code().length() >= bestRank) {
                continue;
            }
            if (WITH.matcher(t).find()) {
                rank += 100;
                if (rank * 10 + k.code().length() >= bestRank) {
                    continue;
                }
            }
            Set<String> extra = new HashSet<>(index.analyzeTitle(k.title()));
            extra.removeAll(headerWords);
            rank += extra.size() * 10;
            rank = rank * 10 + k.code().length();
            if (rank < bestRank) {
                best = k;
                bestRank = rank;
            }
        }
        return best;
    }

    static Set<String> readWords() {
        return new HashSet<>(DataFiles.lines(SPECIFICITY));
    }
}
