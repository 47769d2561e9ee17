package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencac.engine.text.WordTokenizer;

/**
 * Finds cues in a sentence by a precomputed lookup: literal rules are indexed by their first token key,
 * so each token costs one hash lookup. At each position the longest cue wins (ties all fire) and
 * matching resumes after it, so a PSEUDO cue such as "gram negative" hides the "negative" inside it.
 */
final class CueMatcher {
    /** A word, an escaped punctuation character, or a punctuation character that is no regex operator. */
    private static final Pattern LITERAL_ALTERNATIVE =
            Pattern.compile("[\\p{L}\\p{N}']+|\\\\[^\\p{L}\\p{N}\\s]|[^\\p{L}\\p{N}\\s\\\\.^$*+?()\\[\\]{}|]");

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final List<Cue> patternCues = new ArrayList<>();
    /** The cues of each first word again, narrowed by the token after it ({@link SecondWord}). */
    private final Map<String, SecondWord> bySecondWord = new HashMap<>();

    CueMatcher(ContextRules rules) {
        WordTokenizer tokenizer = new WordTokenizer();
        for (ContextRule r : rules.rules()) {
            int scope = rules.maxScopeOf(r);
            if (!r.pattern().isEmpty()) {
                TokenTest[] ps = r.pattern().stream().map(TokenTest::new).toArray(TokenTest[]::new);
                Cue cue = new Cue(r, null, ps, scope, rules.terminatorsOf(r));
                List<String> firstWords = literalAlternatives(r.pattern().get(0));
                if (firstWords.isEmpty()) {
                    patternCues.add(cue);
                } else {
                    firstWords.forEach(w -> byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(cue));
                }
                continue;
            }
            String[] words = tokenizer.tokenize(r.literal()).stream().map(t -> key(t.text())).toArray(String[]::new);
            if (words.length == 0) {
                throw new IllegalArgumentException("context rule " + r.id() + " literal has no tokens");
            }
            Cue cue = new Cue(r, words, null, scope, rules.terminatorsOf(r));
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(cue);
        }
        // a pattern cue indexed under a first word its first token does not match (an alternative the index key
        // reads otherwise than the token test) can never match there: left out, every cue of a word's list matches
        // its first token, which is then not compared again
        byFirstWord.replaceAll((first, cues) -> cues.stream().filter(c -> c.matchesToken(0, first)).toList());
        byFirstWord.forEach((first, cues) -> bySecondWord.put(first, SecondWord.of(cues)));
    }

    /**
     * The cues of one first word by the key of the next token: for a key, the cues whose second token may be
     * that key, with the one-token cues and those whose second token is a real regex, in the order of the
     * rules (ties at a position fire in that order); for any other key ({@code otherwise}), only the latter.
     * A cue left out of a key's list is one whose second token cannot match it, so the matches are the
     * same as trying every cue of the first word, and a common first word ("no", "in", "not") costs one more
     * hash lookup instead of a comparison per cue. A cue in a key's list by its own second keys matches the
     * first two tokens already ({@link Cue#keyedTokens}); the others, only the first.
     */
    record SecondWord(Map<String, List<Cue>> byKey, List<Cue> otherwise) {
        static SecondWord of(List<Cue> cues) {
            // one pass over the cues in the rules' order (each cue's second keys read once): a cue goes to the
            // lists of the keys it names, or to every key's and to otherwise when its second token is no key
            List<List<String>> seconds = new ArrayList<>(cues.size());
            Map<String, List<Cue>> lists = new HashMap<>();
            for (Cue c : cues) {
                List<String> second = secondKeys(c);
                seconds.add(second);
                if (second != null) {
                    second.forEach(key -> lists.putIfAbsent(key, new ArrayList<>()));
                }
            }
            List<Cue> otherwise = new ArrayList<>();
            for (int i = 0; i < cues.size(); i++) {
                Cue c = cues.get(i);
                List<String> second = seconds.get(i);
                if (second == null) {
                    otherwise.add(c);
                    lists.values().forEach(l -> l.add(c));
                } else {
                    for (String key : new java.util.LinkedHashSet<>(second)) {
                        lists.get(key).add(c);
                    }
                }
            }
            Map<String, List<Cue>> byKey = new HashMap<>();
            lists.forEach((key, l) -> byKey.put(key, List.copyOf(l)));
            return new SecondWord(byKey, List.copyOf(otherwise));
        }

        /** The cues to try at a first word whose next token's key is {@code next} (null: the range ends). */
        List<Cue> after(String next) {
            return next == null ? otherwise : byKey.getOrDefault(next, otherwise);
        }

        /** The keys a cue's second token matches, or null for a one-token cue or a second token run as a regex. */
        private static List<String> secondKeys(Cue c) {
            if (c.length() < 2) {
                return null;
            }
            return c.words() != null ? List.of(c.words()[1]) : c.patterns()[1].alternativesOrNull();
        }

    }

    /**
     * The words a token regex can match if it is a plain alternation ("in|over|\\("), so the pattern can be
     * indexed like a literal; empty if it is a real regex.
     */
    static List<String> literalAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        for (String alt : regex.split("\\|", -1)) {
            if (!LITERAL_ALTERNATIVE.matcher(alt).matches()) {
                return List.of();
            }
            out.add(key(alt.replace("\\", "")));
        }
        return out;
    }

    /** The matching key of a token: lower case, curly apostrophe folded, possessive "'s" dropped. */
    static String key(String text) {
        String k = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return k.length() > 2 && k.endsWith("'s") ? k.substring(0, k.length() - 2) : k;
    }

    /**
     * How many cues begin with a real regex, tried at every token of every sentence (the others are found by
     * their first word): each costs a regex run per token, so the shipped rules should have none.
     */
    int unindexedCues() {
        return patternCues.size();
    }

    /** The cues in keys[from, to), left to right, longest first at each position. */
    List<CueMatch> find(String[] keys, int from, int to) {
        return find(keys, from, from, to, true, null);
    }

    /**
     * {@link #find(String[], int, int)} over [from, to) of a sentence that starts at {@code sentenceFirst}: a cue
     * that needs an earlier word of its sentence (only_after) is read from the sentence's start.
     */
    List<CueMatch> find(String[] keys, int sentenceFirst, int from, int to) {
        return find(keys, sentenceFirst, from, to, true, null);
    }

    /**
     * {@link #find(String[], int, int, int)} for a mention with these codes: a cue limited to other codes is not
     * there for it ({@link ContextRule#presentFor}), so it neither matches nor hides a shorter cue in its words.
     */
    List<CueMatch> findFor(String[] keys, int sentenceFirst, int from, int to, List<String> codes) {
        return find(keys, sentenceFirst, from, to, true, codes);
    }

    /** {@link #find} trying every cue of a position's first word, the next token not read: for tests. */
    List<CueMatch> findByFirstWordOnly(String[] keys, int from, int to) {
        return find(keys, from, from, to, false, null);
    }

    /**
     * The cues found from {@code from}, longest first at each position: a cue whose only_after words are not
     * before it in its sentence does not count, so it neither matches nor hides a shorter cue at its position
     * ("were discussed", a risk list's cue, does not hide "discussed" where no risk is named); a PSEUDO cue with
     * only_after words that counts hides the cues of its own length at its position.
     */
    private List<CueMatch> find(String[] keys, int sentenceFirst, int from, int to, boolean bySecond,
                                List<String> codes) {
        List<CueMatch> out = new ArrayList<>();
        List<Cue> best = new ArrayList<>();
        int i = from;
        while (i < to) {
            best.clear();
            int bestLength = 0;
            if (bySecond) {
                SecondWord first = bySecondWord.get(keys[i]);
                if (first != null) {
                    bestLength = collect(first.after(i + 1 < to ? keys[i + 1] : null), keys, sentenceFirst, i, to, best,
                            bestLength, codes, Known.KEYED);
                }
            } else {
                bestLength = collect(byFirstWord.getOrDefault(keys[i], List.of()), keys, sentenceFirst, i, to, best,
                        bestLength, codes, Known.FIRST);
            }
            bestLength = collect(patternCues, keys, sentenceFirst, i, to, best, bestLength, codes, Known.NONE);
            if (bestLength == 0) {
                i++;
                continue;
            }
            boolean pseudoReadAfter = best.size() > 1 && best.stream().anyMatch(CueMatcher::pseudoReadAfter);
            java.util.Set<ContextCategory> categories = java.util.EnumSet.noneOf(ContextCategory.class);
            for (Cue c : best) {
                if (!pseudoReadAfter || pseudoReadAfter(c)) {
                    out.add(new CueMatch(c, i, i + bestLength));
                    categories.add(c.rule().category());
                }
            }
            if (bestLength > 1) {
                addSelfCuesInside(keys, sentenceFirst, i, i + bestLength, categories, codes, out);
            }
            i += bestLength;
        }
        return out;
    }

    /**
     * The SELF cues (a finding's own word) inside the words [from, end) of a longer cue of the same category:
     * the longer cue hides the shorter ones in its words, but where both say the same of the word ("risks and
     * complications": the risk list's cue and the word's own hypothetical), the word still says it of itself,
     * so the mention of exactly that word takes the category. A SELF cue of another category stays hidden.
     */
    private void addSelfCuesInside(String[] keys, int sentenceFirst, int from, int end,
                                   java.util.Set<ContextCategory> categories, List<String> codes, List<CueMatch> out) {
        for (int j = from + 1; j < end; j++) {
            for (Cue c : byFirstWord.getOrDefault(keys[j], List.of())) {
                if (c.rule().direction() == CueDirection.SELF && categories.contains(c.rule().category())
                        && (codes == null || c.rule().presentFor(codes)) && c.matches(keys, j, end, 1)
                        && c.rule().countsAfter(keys, sentenceFirst, j)) {
                    out.add(new CueMatch(c, j, j + c.length()));
                }
            }
        }
    }

    /**
     * Whether the cue is a PSEUDO cue read only after its words: found there, it hides the cues of its own words
     * ("resolution of" after "anticipate" hides the historical "resolution of"), as a longer one would.
     */
    private static boolean pseudoReadAfter(Cue c) {
        return c.rule().category() == ContextCategory.PSEUDO && !c.rule().onlyAfter().isEmpty();
    }

    /** Which tokens of the cues of a list are known to match where the list was found. */
    private enum Known {
        /** None: the unindexed pattern cues. */
        NONE,
        /** The first: a first word's list. */
        FIRST,
        /** Each cue's keyed tokens ({@link Cue#keyedTokens}): a list of {@link SecondWord#after}. */
        KEYED
    }

    /** Adds to {@code best} the longest of the cues that match at {@code at}; returns its length. */
    private static int collect(List<Cue> cues, String[] keys, int sentenceFirst, int at, int to, List<Cue> best,
                               int bestLength, List<String> codes, Known known) {
        for (int k = 0; k < cues.size(); k++) {
            Cue c = cues.get(k);
            int n = c.length();
            int matched = known == Known.NONE ? 0 : known == Known.FIRST ? 1 : c.keyedTokens();
            if (n >= bestLength && (codes == null || c.rule().presentFor(codes)) && c.matches(keys, at, to, matched)
                    && c.rule().countsAfter(keys, sentenceFirst, at)) {
                if (n > bestLength) {
                    best.clear();
                    bestLength = n;
                }
                best.add(c);
            }
        }
        return bestLength;
    }
}
