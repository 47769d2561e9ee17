package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.lookup.WrittenWordGate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.mention.MentionFinder;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.LowerWords;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.SideComparison;
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
    /** Words naming a neoplasm's spread ({@code spread_words.txt}): "from" after one opens the primary's words. */
    private final Set<String> spreadWords = Set.copyOf(DataFiles.lines(SPREAD_WORDS));
    /** The spread words' first letters and longest length: a token of neither is none, and is not lower-cased. */
    private final String spreadFirstLetters = spreadWords.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    private final int spreadLongest = spreadWords.stream().mapToInt(String::length).max().orElse(0);
    public static final String SPREAD_WORDS = "/org/opencac/engine/coding/spread_words.txt";
    /** Words telling a part normal ({@code normal_side_words.txt}): "the left ear is normal" gives no side. */
    public static final String NORMAL_SIDE_WORDS = "/org/opencac/engine/coding/normal_side_words.txt";
    private final Set<String> normalWords = Set.copyOf(DataFiles.lines(NORMAL_SIDE_WORDS));
    /** The normal words' lengths and first letters: a token of neither is none of them, and is not lower-cased. */
    private final WrittenWordGate normalGate = WrittenWordGate.of(normalWords);
    /** Words telling an episode of a condition ({@code episode_words.txt}): a past episode's lend no detail. */
    public static final String EPISODE_WORDS = "/org/opencac/engine/coding/episode_words.txt";
    private final List<String> episodeWords = List.copyOf(DataFiles.lines(EPISODE_WORDS));
    /** How many tokens after a spread word its "from" may stand ("metastatic disease to the liver from"). */
    private static final int SPREAD_REACH = 8;
    /** Words after a side word that name the side itself, not a site it qualifies ("right side", "left-sided"). */
    private static final Set<String> SIDE_NOUNS = Set.of("side", "sided", "sides");
    /** How many words before a mention may still be its modifiers ("partial complex seizures"). */
    private static final int MAX_MODIFIERS = 3;
    /** The separator of an Index path's steps (" → "), compiled once rather than at each split. */
    private static final Pattern PATH_STEP = Pattern.compile(" \u2192 ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The most mentions of a clause whose words are told apart by head word; a longer list is read as written. */
    private static final int MAX_CLAUSE_MENTIONS = 8;
    private static final int[] NO_TOKENS = new int[0];

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
        for (String step : PATH_STEP.split(term.text())) {
            if (step.startsWith("see ") && !step.startsWith("see also")) {
                see = step;
            }
        }
        int comma = see == null ? -1 : see.indexOf(',');
        if (comma < 0) {
            return "";
        }
        String words = see.substring(comma + 1).replace("by site", " ").replace("NEC", " ").replace(",", " ");
        return SPACES.matcher(words).replaceAll(" ").trim();
    }

    /**
     * Resolution for one note. Mentions of one clause share its context: each (code, context) is resolved
     * once per note, so a long clause of many mentions costs its length once, not once per mention. The
     * memo lives as long as the returned object, one note.
     */
    public ForNote forNote(Document doc) {
        return new ForNote(doc);
    }

    /**
     * What a resolution depends on: the term's code, the mention's context key and its text (the three strings
     * held as they are, no joined string made for each mention).
     */
    private record ResolutionKey(String termCode, String contextKey, String named) {
    }

    /** The resolutions of one note's mentions, memoised by (term code, context). */
    public final class ForNote {
        private final Document doc;
        private final Clauses.Bounds bounds;
        /** Each clause context once, analyzed on first use and shared by the codes resolved in it. */
        private final Map<String, CodeResolver.Context> contexts = new HashMap<>();
        private final Map<ResolutionKey, CodeResolver.Resolution> resolutions = new HashMap<>();
        private final Map<String, CodeResolver.Statement> statements = new HashMap<>();
        private CodeResolver.Statement wholeNote;
        /** The statements of each set of sentences, shared by the term codes of those sentences. */
        private final Map<List<Integer>, CodeResolver.Statement> statementsOfSentences = new HashMap<>();
        private Map<String, Set<Integer>> sentencesOfCode;
        /** The side words of each clause (keyed by its bounds), found once. */
        private final Map<Long, int[]> clauseSides = new HashMap<>();
        /** The other detail words of each clause (keyed by its bounds), found once. */
        private final Map<Long, int[]> clauseDetails = new HashMap<>();
        /**
         * Whether each token's word documents a detail ({@link CodeResolver#documentsDetail}): 0 not yet asked, 1
         * yes, 2 no; made on first use. The clauses of a sentence's mentions overlap, and each token is asked once.
         */
        private byte[] tokenDocumentsDetail;
        /** The analyzed head word of each mention, keyed by its token range, worked out on first use. */
        private final Map<Long, String> heads = new HashMap<>();
        /** The first token of each mention's phrase ({@link #modifiersStart}), keyed by its token range. */
        private final Map<Long, Integer> phraseStarts = new HashMap<>();
        /** The note's mentions by sentence, made on first use (a sentence's are few: no scan of the note's). */
        private Map<Integer, List<Mention>> mentionsOfSentence;
        /** The mentions owning each token ({@link #ownersOf}), made on first use. */
        private List<Mention>[] ownersOfToken;
        /** Each mention's {@link #contextKey}, made once however many of its terms are resolved. */
        private final Map<Mention, String> contextKeys = new IdentityHashMap<>();
        /** Each mention's {@link #otherKindsWords}, found once for its key, its clause and its given-away words. */
        private final Map<Mention, List<Integer>> otherKindsOfMention = new IdentityHashMap<>();
        /** Each mention's {@link #sentenceListItemsWords}, found once. */
        private final Map<Mention, List<Integer>> sentenceListItemsOfMention = new IdentityHashMap<>();
        /** The note's metastasis-from cuts ({@link #spreadCuts}), made on first use. */
        private int[][] spreadCuts;
        /** Each mention's {@link #clauseContext}, made once whatever words its terms' paths lend. */
        private final Map<Mention, String> clauseContexts = new IdentityHashMap<>();
        /** Each mention's index in the note's list, made on first use (its assertion is read by index). */
        private Map<Mention, Integer> mentionIndexes;

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
                    extra.isEmpty() ? clauseContext(mention) : (clauseContext(mention) + " " + extra).trim(),
                    k.indexOf('~') < 0 ? "" : givenAwayDetails(mention)));
            // a mention on one side of "metastasis ... from <primary>" reads its own side only: its sentence, read
            // as a statement, would lend it the other tumour's site and side
            return resolutions.computeIfAbsent(new ResolutionKey(termCode, contextKey, mention.text()),
                    k -> resolver.resolve(termCode, context, splitBySpread(mention) ? null : statements(termCode),
                            mention.text()));
        }

        /**
         * The diagnostic statements of a term code: the sentences of every mention of the note with a term
         * pointing at it, each once ("obesity, class 1" in the assessment documents the exam's "obese" too).
         * Term codes of the same sentences share the statements' text and what is read from it alone (an assessment
         * lists several conditions); each reads the side words of its own mentions only if a sibling adds a side.
         */
        private CodeResolver.Statement statements(String termCode) {
            return statements.computeIfAbsent(termCode, code -> {
                List<Integer> sentences = List.copyOf(sentencesOfCode().getOrDefault(code, Set.of()));
                // a sentence "<spread word> ... from <primary>" is read on the side of "from" the code's mentions
                // stand on: the primary's site is no site of the metastasis, nor the secondary's side the primary's
                List<int[]> ranges = new ArrayList<>(sentences.size());
                List<Integer> key = new ArrayList<>(sentences.size());
                for (int k = 0; k < sentences.size(); k++) {
                    int i = sentences.get(k);
                    int[] range = ownSideOfStatement(code, i);
                    ranges.add(range);
                    key.add(i);
                    if (range != null) {
                        key.add(-1 - range[0]);
                        key.add(-1 - range[1]);
                    }
                }
                // the text is made only if a resolution reads it (an unspecified code no clause word makes specific),
                // and the side words of the code's own mentions only if a sibling from the text adds a side
                CodeResolver.Statement sameText = statementsOfSentences.computeIfAbsent(List.copyOf(key),
                        k -> resolver.new Statement(() -> {
                            StringBuilder b = new StringBuilder();
                            for (int j = 0; j < sentences.size(); j++) {
                                b.append(statementWords(sentences.get(j), ranges.get(j))).append(" | ");
                            }
                            return b.toString();
                        }));
                return resolver.new Statement(sameText, () -> ownSides(code),
                        (words, named) -> joinsMentions(sentences, words, named)
                                || givenToListItems(code, sentences, words)
                                || saidOnlyInDoubt(code, sentences, words)
                                || episodeSaidOnlyInPast(sentences, words)).withNote(wholeNote());
            });
        }

        /**
         * The whole note as one statement, its words read once for the sides it gives each site (only its side
         * words and the few words after each are kept, {@link CodeResolver#noteSides}); a side word qualifying no
         * word after it ("the right side", "in the left and") is written "side" after, a side of whatever site its
         * sentence is about.
         */
        private CodeResolver.Statement wholeNote() {
            if (wholeNote == null) {
                boolean[] told = sentencesTellingACondition();
                wholeNote = resolver.noteSides(word -> {
                    for (int si = 0; si < doc.sentences().size(); si++) {
                        Sentence s = doc.sentences().get(si);
                        boolean normal = !told[si] && tellsNormal(s);
                        for (int i = s.firstToken(); i < s.endToken(); i++) {
                            Token t = doc.tokens().get(i);
                            if (normal && laterality.contains(t.norm())) {
                                continue;   // "the left ear is normal": the side of no condition of the site
                            }
                            word.accept(t.text());
                            if (laterality.contains(t.norm()) && bareSide(s, i)) {
                                word.accept("side");
                            }
                        }
                        word.accept("|");
                    }
                });
            }
            return wholeNote;
        }

        /** For each sentence, whether it holds a mention not denied: a condition it tells, normal words or not. */
        private boolean[] sentencesTellingACondition() {
            boolean[] told = new boolean[doc.sentences().size()];
            for (int m = 0; m < doc.mentions().size(); m++) {
                if (!doc.assertionOf(m).negated()) {
                    told[doc.mentions().get(m).sentenceIndex()] = true;
                }
            }
            return told;
        }

        /** True if a sentence writes a word telling a part normal ({@code normal_side_words.txt}). */
        private boolean tellsNormal(Sentence s) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String text = doc.tokens().get(i).text();
                if (normalGate.mayBe(text) && normalWords.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** True if side word i qualifies no word after it: its sentence's end, a mark or "and" follows it. */
        private boolean bareSide(Sentence s, int i) {
            if (i + 1 >= s.endToken()) {
                return true;
            }
            Token next = doc.tokens().get(i + 1);
            if ("-".equals(next.text())) {   // "left-sided" is bare, "right-handed" qualifies the hand
                return i + 2 < s.endToken() && SIDE_NOUNS.contains(doc.tokens().get(i + 2).norm());
            }
            return next.isPunctuation() || next.isListJoin() || SIDE_NOUNS.contains(next.norm());
        }

        /**
         * The side words in the clauses of the note's mentions with a term pointing at the code that are those
         * mentions' own ({@link #otherPhrasesSide}), space separated.
         */
        private String ownSides(String code) {
            StringBuilder b = new StringBuilder();
            for (int si : sentencesOfCode().getOrDefault(code, Set.of())) {
                for (Mention m : mentionsOf(si)) {
                    if (m.terms().stream().noneMatch(t -> t.code().equals(code))) {
                        continue;
                    }
                    Sentence s = doc.sentences().get(m.sentenceIndex());
                    int[] clause = bounds.around(s, m.firstToken(), m.endToken());
                    boolean ownSide = namesSide(m.firstToken(), m.endToken());
                    for (int i : sidesOfClause(clause)) {
                        // a side read through inside the mention's words ("painful left foot") is that mention's only
                        if (!otherPhrasesSide(m, i, ownSide) && !readThrough(m, i)) {
                            b.append(doc.tokens().get(i).norm()).append(' ');
                        }
                    }
                }
            }
            return b.toString().trim();
        }

        /**
         * True if the words (analyzed) are written in the sentences only as modifiers of mentions with the named
         * mention's head ({@link #sameHeadOwner}), at least two of them, and no one mention has them all: each
         * mention alone documents something else ("febrile seizures ... partial complex seizures" are no complex
         * febrile seizure). A word written once outside such a mention is the statements' own.
         */
        private boolean joinsMentions(List<Integer> sentences, Set<String> words, String named) {
            if (words.size() < 2) {
                return false;
            }
            String head = resolver.headWord(named);
            Set<Long> common = null;
            int owned = 0;
            for (String w : words) {
                Set<Long> owners = new HashSet<>();
                boolean free = false;
                for (int si : sentences) {
                    Sentence s = doc.sentences().get(si);
                    for (int k = s.firstToken(); k < s.endToken() && !free; k++) {
                        if (resolver.readsAs(doc.tokens().get(k).text(), w)) {
                            Mention owner = sameHeadOwner(mentionsOf(si), null, k, head);
                            if (owner == null) {
                                free = true;
                            } else {
                                owners.add(((long) owner.firstToken() << 32) | owner.endToken());
                            }
                        }
                    }
                }
                if (free || owners.isEmpty()) {
                    continue;
                }
                owned++;
                if (common == null) {
                    common = owners;
                } else {
                    common.retainAll(owners);
                }
            }
            return owned >= 2 && common.isEmpty();
        }

        /**
         * True if a word (analyzed) is written in the sentences only in the phrases ({@link #modifiersStart}) of
         * other conditions the note denies, supposes or (outpatient) suspects ({@link #doubted}), mentions not
         * of the code: the statement lends the code no detail of a condition only possible or ruled out
         * ("disruptive behavior disorder, and possibly oppositional defiant disorder" is no oppositional defiant
         * disorder). A word written once elsewhere in the sentences is the statements' own.
         */
        private boolean saidOnlyInDoubt(String code, List<Integer> sentences, Set<String> words) {
            return someWordOnlyAt(sentences, words, (si, k) -> inDoubtedPhrase(code, si, k));
        }

        /**
         * True if a word (analyzed) that tells an episode ({@code episode_words.txt}) is written in the sentences
         * only in the phrases of mentions told as past: an earlier exacerbation or flare is no detail of the
         * condition the note finds now ("end-stage COPD ... treated months ago for an acute exacerbation of COPD" is
         * J44.9; Guidelines I.C.10.a.1, I.C.21.c.4). Words that are not an episode's (a type, a site) are read as
         * before: a past history still documents what kind of condition the patient has.
         */
        private boolean episodeSaidOnlyInPast(List<Integer> sentences, Set<String> words) {
            Set<String> episodes = new HashSet<>();
            for (String w : words) {
                if (episodeWords.stream().anyMatch(e -> resolver.readsAs(e, w))) {
                    episodes.add(w);
                }
            }
            return !episodes.isEmpty() && someWordOnlyAt(sentences, episodes, this::inPastPhrase);
        }

        /** Whether token k lies in the phrase of a mention of sentence si told as past (historical, not denied). */
        private boolean inPastPhrase(int si, int k) {
            for (Mention m : mentionsOf(si)) {
                if (k >= modifiersStart(m) && k < m.endToken() && past(m)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True if one of the words (analyzed) is written in the sentences, and only at tokens {@code at} accepts
         * (sentence index, token index): a word written once at another token is the statements' own.
         */
        private boolean someWordOnlyAt(List<Integer> sentences, Set<String> words, TokenAt at) {
            for (String w : words) {
                boolean only = false;
                boolean free = false;
                for (int si : sentences) {
                    Sentence s = doc.sentences().get(si);
                    for (int k = s.firstToken(); k < s.endToken() && !free; k++) {
                        if (!resolver.readsAs(doc.tokens().get(k).text(), w)) {
                            continue;
                        }
                        if (at.test(si, k)) {
                            only = true;
                        } else {
                            free = true;
                        }
                    }
                }
                if (only && !free) {
                    return true;
                }
            }
            return false;
        }

        /** Whether token k lies in the phrase of a doubted mention of sentence si that is not one of the code. */
        private boolean inDoubtedPhrase(String code, int si, int k) {
            for (Mention m : mentionsOf(si)) {
                if (k >= modifiersStart(m) && k < m.endToken() && doubted(m, false)
                        && m.terms().stream().noneMatch(t -> t.code().equals(code))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True if a word (analyzed) is written in the sentences only as a word of another item of a list that one of
         * the code's mentions stands in ({@link #sentenceListItemsWords}): the statement read for the code's details
         * lends it no modifier of another condition ("congenital heart disease, dyslipidemia and hypothyroidism" is
         * no congenital hypothyroidism). A word written once elsewhere in the sentences is the statements' own.
         */
        private boolean givenToListItems(String code, List<Integer> sentences, Set<String> words) {
            Set<Integer> items = null;
            for (int si : sentences) {
                for (Mention m : mentionsOf(si)) {
                    if (m.terms().stream().anyMatch(t -> t.code().equals(code))) {
                        List<Integer> of = sentenceListItemsWords(m);
                        if (!of.isEmpty()) {
                            if (items == null) {
                                items = new HashSet<>();
                            }
                            items.addAll(of);
                        }
                    }
                }
            }
            if (items == null) {
                return false;
            }
            Set<Integer> listWords = items;
            return someWordOnlyAt(sentences, words, (si, k) -> listWords.contains(k));
        }

        /**
         * The mention of the list (not {@code reader}, nor overlapping it) with head word {@code head} whose phrase
         * holds token k: its own words, or the detail words written right before it ("partial complex" of "partial
         * complex seizures"), or null. A detail there modifies that mention: another kind of the same condition.
         */
        private Mention sameHeadOwner(List<Mention> mentions, Mention reader, int k, String head) {
            // only the few mentions starting just after k or before it may hold it (ordered by first token)
            int last = Mention.firstStartingAtOrAfter(mentions, k + MAX_MODIFIERS + 1) - 1;
            for (int n = last; n >= 0 && n > last - MAX_CLAUSE_MENTIONS; n--) {
                Mention other = mentions.get(n);
                if (reader != null && (other == reader || !other.isAnotherPhraseOf(reader))
                        || k >= other.endToken() || !modifies(other, k)) {
                    continue;
                }
                if (head.equals(headOf(other))) {
                    return other;
                }
            }
            return null;
        }

        /** True if token k, before the mention's end, is its word or one of its modifiers ({@link #modifiersStart}). */
        private boolean modifies(Mention other, int k) {
            return k >= modifiersStart(other);
        }

        /**
         * The first token of a mention's phrase: the mention, or the words written right before it, up to
         * {@link #MAX_MODIFIERS}, back to a punctuation mark or a word read as no word ("of", "and", "for"):
         * "partial complex" of "... for partial complex seizures". Worked out once per mention.
         */
        private int modifiersStart(Mention m) {
            return phraseStarts.computeIfAbsent(((long) m.firstToken() << 32) | m.endToken(), x -> {
                Sentence s = doc.sentences().get(m.sentenceIndex());
                int start = m.firstToken();
                while (start > s.firstToken() && m.firstToken() - start < MAX_MODIFIERS) {
                    Token t = doc.tokens().get(start - 1);
                    // a hyphen inside a compound modifier ("right-sided pain") is a word of the phrase, no mark
                    boolean joins = start - 2 >= s.firstToken() && Clauses.compoundHyphen(doc.tokens(), start - 1);
                    if (!joins && (t.isPunctuation() || resolver.readsAsNoWord(t.text()))) {
                        break;
                    }
                    start--;
                }
                return start;
            });
        }

        /**
         * The tokens of the mention's own clause that are the phrase of another mention with the mention's head
         * word ({@link #sameHeadOwner}), ascending: the words of another kind of the same condition. A qualifying
         * next clause ({@link #qualified}) is left to the mention, and so is a mention in apposition to it
         * ({@link #inApposition}): "undescended testes, bilateral intraabdominal testes" says where they are.
         */
        private List<Integer> otherKindsWords(Mention mention, Sentence s) {
            return otherKindsOfMention.computeIfAbsent(mention, m -> newOtherKindsWords(m, s));
        }

        private List<Integer> newOtherKindsWords(Mention mention, Sentence s) {
            int[] clause = bounds.around(s, mention.firstToken(), mention.endToken());
            List<Mention> inSentence = mentionsOf(mention.sentenceIndex());
            int from = Mention.firstStartingAtOrAfter(inSentence, clause[0]);
            int to = Mention.firstStartingAtOrAfter(inSentence, clause[1]);
            if (to - from > MAX_CLAUSE_MENTIONS) {
                return List.of();   // a long list is read as written: no cost growing with its square
            }
            List<Integer> out = null;
            String head = null;
            for (int n = from; n < to; n++) {
                Mention other = inSentence.get(n);
                if (other == mention || !other.isAnotherPhraseOf(mention)) {
                    continue;
                }
                if (head == null) {
                    head = headOf(mention);
                }
                if (!head.equals(headOf(other)) || inApposition(mention, other)) {
                    continue;
                }
                for (int k = Math.max(clause[0], modifiersStart(other)); k < Math.min(clause[1], other.endToken()); k++) {
                    if (k < mention.firstToken() || k >= mention.endToken()) {
                        if (out == null) {
                            out = new ArrayList<>(4);
                        }
                        out.add(k);
                    }
                }
            }
            if (out == null) {
                return List.of();
            }
            Collections.sort(out);
            return out;
        }

        /**
         * The tokens of the mention's sentence that are words of another item of a list the mention stands in
         * ({@link #coordinated}: items parted by commas and a coordinator, or with other items between): the other
         * mention's phrase ({@link #modifiersStart}), its side words aside (read by {@link #ownSides}), ascending. A sentence of more
         * than {@link #FEW_MENTIONS} mentions is read as written.
         */
        private List<Integer> sentenceListItemsWords(Mention mention) {
            return sentenceListItemsOfMention.computeIfAbsent(mention, m -> {
                Sentence s = doc.sentences().get(m.sentenceIndex());
                return newListItemsWords(m, new int[] {s.firstToken(), s.endToken()}, FEW_MENTIONS);
            });
        }

        private List<Integer> newListItemsWords(Mention mention, int[] clause, int most) {
            List<Mention> inSentence = mentionsOf(mention.sentenceIndex());
            int from = Mention.firstStartingAtOrAfter(inSentence, clause[0]);
            int to = Mention.firstStartingAtOrAfter(inSentence, clause[1]);
            if (to - from > most) {
                return List.of();
            }
            Set<Integer> out = null;
            for (int n = from; n < to; n++) {
                Mention other = inSentence.get(n);
                if (!other.isAnotherPhraseOf(mention)) {
                    continue;
                }
                int start = Math.max(clause[0], modifiersStart(other));
                if (!coordinated(mention, other, start)) {
                    continue;
                }
                for (int k = start; k < Math.min(clause[1], other.endToken()); k++) {
                    Token t = doc.tokens().get(k);
                    if (!t.isPunctuation() && !t.isListJoin() && !laterality.contains(t.norm())) {
                        if (out == null) {
                            out = new java.util.TreeSet<>();
                        }
                        out.add(k);
                    }
                }
            }
            return out == null ? List.of() : List.copyOf(out);
        }

        /**
         * True if only a comma stands between the two mentions' phrases: the second restates the first with more
         * words ("undescended testes, bilateral intraabdominal testes"), not another kind beside it.
         */
        private boolean inApposition(Mention mention, Mention other) {
            int from = other.firstToken() >= mention.endToken() ? mention.endToken() : other.endToken();
            int to = other.firstToken() >= mention.endToken() ? modifiersStart(other) : modifiersStart(mention);
            boolean comma = false;
            for (int j = from; j < to; j++) {
                if (!",".equals(doc.tokens().get(j).text())) {
                    return false;
                }
                comma = true;
            }
            return comma;
        }

        /** A mention's analyzed head word, once per mention. */
        private String headOf(Mention m) {
            return heads.computeIfAbsent(((long) m.firstToken() << 32) | m.endToken(), x -> resolver.headWord(m.text()));
        }

        /** The sentences of each term code's mentions, in one pass over the note's mentions on first use. */
        private Map<String, Set<Integer>> sentencesOfCode() {
            if (sentencesOfCode == null) {
                // One pass, so that many distinct term codes do not each rescan the mentions.
                sentencesOfCode = new HashMap<>();
                for (Mention m : doc.mentions()) {
                    for (var t : m.terms()) {
                        sentencesOfCode.computeIfAbsent(t.code(), k -> new LinkedHashSet<>()).add(m.sentenceIndex());
                    }
                }
            }
            return sentencesOfCode;
        }

        /** Identifies {@link #clauseContext}: the clause's token range and the side words left out of it or added. */
        private String contextKey(Mention mention) {
            return contextKeys.computeIfAbsent(mention, this::newContextKey);
        }

        private String newContextKey(Mention mention) {
            Sentence s = doc.sentences().get(mention.sentenceIndex());
            int[] whole = qualified(s, bounds.around(s, mention.firstToken(), mention.endToken()));
            int[] clause = ownSideOfPrimary(mention, whole);
            StringBuilder key = new StringBuilder().append(clause[0]).append('-').append(clause[1]);
            boolean ownSide = namesSide(mention.firstToken(), mention.endToken());
            for (int i : sidesOfClause(clause)) {
                if (otherPhrasesSide(mention, i, ownSide)) {
                    key.append('/').append(i);
                }
            }
            for (int i : detailsOfClause(clause)) {
                if (coordinatedFindingsDetail(mention, i)) {
                    key.append('~').append(i);
                }
            }
            for (int i : otherKindsWords(mention, s)) {
                key.append('~').append('^').append(i);
            }
            for (int i : sidesNear(mention, s, whole, ownSide)) {
                key.append(',').append(i);
            }
            for (int i : incisionsReadThrough(mention)) {
                key.append('!').append(i);
            }
            for (int i : doubtedWords(mention, clause)) {
                key.append('?').append(i);
            }
            return key.toString();
        }

        /** The side words' token indexes of a clause, found once per clause (a long clause has many mentions). */
        private int[] sidesOfClause(int[] clause) {
            return clauseSides.computeIfAbsent(((long) clause[0] << 32) | clause[1], k -> {
                int n = 0;
                int[] out = new int[4];
                for (int i = clause[0]; i < clause[1]; i++) {
                    if (laterality.contains(doc.tokens().get(i).norm()) && !SideComparison.compared(doc.tokens(), i)) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = i;
                    }
                }
                return Arrays.copyOf(out, n);
            });
        }

        /** The detail words of a clause other than sides ("acute", "inguinal"), found once per clause. */
        private int[] detailsOfClause(int[] clause) {
            return clauseDetails.computeIfAbsent(((long) clause[0] << 32) | clause[1], k -> {
                int n = 0;
                int[] out = NO_TOKENS;   // most clauses hold none: no array made for them
                for (int i = clause[0]; i < clause[1]; i++) {
                    Token t = doc.tokens().get(i);
                    if (!t.isPunctuation() && !laterality.contains(t.norm()) && documentsDetail(i)) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, Math.max(4, n * 2));
                        }
                        out[n++] = i;
                    }
                }
                return n == out.length ? out : Arrays.copyOf(out, n);
            });
        }

        /** {@link CodeResolver#documentsDetail} of token i's text, asked once a note. */
        private boolean documentsDetail(int i) {
            if (tokenDocumentsDetail == null) {
                tokenDocumentsDetail = new byte[doc.tokens().size()];
            }
            if (tokenDocumentsDetail[i] == 0) {
                tokenDocumentsDetail[i] = resolver.documentsDetail(doc.tokens().get(i).text()) ? (byte) 1 : (byte) 2;
            }
            return tokenDocumentsDetail[i] == 1;
        }

        /**
         * True if detail word i, outside the mention, is a word of another finding coordinated with it or stands right
         * before it ("end-stage renal disease and heart failure": the stage is the kidney disease's): only "and",
         * "or" or a comma between the two ("lymphadenopathy and inguinal pain": the region is the
         * pain's, so the adenopathy is not localized; "inguinal pain and lymphadenopathy" alike). A detail after
         * "with" or "of" stays the mention's ("ulcer with bleeding").
         */
        private boolean coordinatedFindingsDetail(Mention mention, int i) {
            if (i >= mention.firstToken() && i < mention.endToken()) {
                return coordinatedInside(mention, i);
            }
            List<Mention> ofSentence = mentionsOf(mention.sentenceIndex());
            for (Mention other : ofSentence.size() <= FEW_MENTIONS ? ofSentence : ownersOf(i)) {
                if (other.ownsWordAt(mention, i) && coordinated(mention, other, i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A sentence of at most this many mentions is read whole for a detail word's owners; a longer one (a list
         * written on one line) through {@link #ownersOf}, whose index costs a list per owned token of the note.
         */
        private static final int FEW_MENTIONS = 24;

        /**
         * The note's mentions that own token i ({@link Mention#ownsWordAt}: a word of theirs or the one right before),
         * indexed once a note: a detail word is asked against these few, not against every mention of a long
         * sentence (a sentence of thousands of mentions, each with thousands of detail words in its clause).
         */
        private List<Mention> ownersOf(int i) {
            if (ownersOfToken == null) {
                @SuppressWarnings("unchecked")
                List<Mention>[] owners = new List[doc.tokens().size()];
                for (Mention m : doc.mentions()) {
                    for (int k = Math.max(0, m.firstToken() - 1); k < m.endToken() && k < owners.length; k++) {
                        if (owners[k] == null) {
                            owners[k] = new ArrayList<>(2);
                        }
                        owners[k].add(m);
                    }
                }
                ownersOfToken = owners;
            }
            List<Mention> owners = i >= 0 && i < ownersOfToken.length ? ownersOfToken[i] : null;
            return owners == null ? List.of() : owners;
        }

        /**
         * True if detail word i of the mention, not its last word, is a word of another finding that the mention
         * holds after a coordinator of its own: two sites written before the condition word they share ("knee and
         * ankle swelling" read as the knee's swelling: "ankle" is the other finding's site, not the knee's).
         */
        private boolean coordinatedInside(Mention mention, int i) {
            int coordinator = i < mention.endToken() - 1 ? firstCoordinator(mention, i) : -1;
            if (coordinator < 0) {
                return false;   // most mentions hold no "and" or "or" before the word: no other finding is inside
            }
            for (Mention other : mentionsOf(mention.sentenceIndex())) {
                if (other != mention && other.firstToken() > coordinator && other.firstToken() <= i
                        && i < other.endToken() && other.endToken() <= mention.endToken()) {
                    return true;   // the other finding starts after the mention's coordinator
                }
            }
            return false;
        }

        /** The first coordinator among the mention's tokens after its first and before token i, or -1. */
        private int firstCoordinator(Mention mention, int i) {
            for (int j = mention.firstToken() + 1; j < i; j++) {
                if (doc.tokens().get(j).isListJoin()) {
                    return j;
                }
            }
            return -1;
        }

        /**
         * True if the two findings are items of one list: only coordinators and commas stand between them, with at
         * least one coordinator, or other items of the list, each with a comma or coordinator on both sides
         * ("congenital heart disease, dyslipidemia and hypothyroidism": "congenital" is the first item's, not the
         * third's). An item is another mention's phrase ({@link #modifiersStart}) lying wholly between the two.
         */
        private boolean coordinated(Mention mention, Mention other, int word) {
            if (other.firstToken() >= mention.endToken() && word < other.endToken() - 1
                    && joinedToThirdFinding(mention, other)) {
                return true;
            }
            int from = other.firstToken() >= mention.endToken() ? mention.endToken() : other.endToken();
            // the mention's own modifiers are its phrase, not words between ("... and primary hypothyroidism")
            int to = other.firstToken() >= mention.endToken() ? Math.min(word, other.firstToken()) : modifiersStart(mention);
            boolean coordinator = false;
            boolean item = false;
            boolean afterMark = false;   // an item stands only after a comma or coordinator, and is followed by one
            for (int j = from; j < to; j++) {
                Token t = doc.tokens().get(j);
                if (t.isListJoin()) {   // a word that joins two findings ("lymphadenopathy and inguinal pain")
                    coordinator = true;
                    afterMark = true;
                } else if (",".equals(t.text())) {
                    afterMark = true;
                } else {
                    int end = afterMark ? listItemEnd(mention, other, j, to) : -1;
                    if (end < 0 || end < to && !separates(doc.tokens().get(end))) {
                        return false;
                    }
                    item = true;
                    afterMark = false;
                    j = end - 1;
                }
            }
            // a comma alone may set a detail after its condition ("bipolar disorder, current episode depressed"), but
            // a word the next item's own finding of another category is written with is that finding's
            // ("cryptococcal infection, disseminated MAC": the spread is the MAC's, not the cryptococcosis's); an
            // item of the same category restates the condition ("undescended testes, intraabdominal testes")
            return coordinator || item || afterMark && from < to && other.firstToken() >= mention.endToken()
                    && word >= other.firstToken() && word < other.endToken() && !sharesCategory(mention, other);
        }

        /** True if a term of one mention and a term of the other point into the same 3-character category. */
        private static boolean sharesCategory(Mention a, Mention b) {
            for (Term x : a.terms()) {
                for (Term y : b.terms()) {
                    if (x.code().length() >= 3 && y.code().length() >= 3
                            && x.code().regionMatches(0, y.code(), 0, 3)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * True if a coordinator joins the other finding, written after the mention, to a third finding that ends right
         * before that coordinator ("heart failure with dilated cardiomyopathy and end-stage renal disease"): the
         * other is an item of the list the third one opens, not a detail of the mention, so a modifier word of the
         * other ("end-stage") is its own.
         */
        private boolean joinedToThirdFinding(Mention mention, Mention other) {
            int joiner = modifiersStart(other) - 1;
            if (joiner <= mention.endToken() || !doc.tokens().get(joiner).isListJoin()) {
                return false;
            }
            for (Mention m : mentionsOf(mention.sentenceIndex())) {
                if (m.firstToken() >= mention.endToken() && m.endToken() == joiner
                        && m.isAnotherPhraseOf(mention) && m.isAnotherPhraseOf(other)) {
                    return true;
                }
            }
            return false;
        }

        /** True if the token parts two items of a list: a comma or a coordinator. */
        private boolean separates(Token t) {
            return t.isListJoin() || ",".equals(t.text());
        }

        /**
         * The end of the longest phrase of a third mention of the sentence that starts at token j (its own words or
         * the modifiers written right before them) and ends by {@code to}, or -1 if none does.
         */
        private int listItemEnd(Mention mention, Mention other, int j, int to) {
            List<Mention> inSentence = mentionsOf(mention.sentenceIndex());
            int end = -1;
            for (int n = Mention.firstStartingAtOrAfter(inSentence, j); n < inSentence.size(); n++) {
                Mention m = inSentence.get(n);
                if (m.firstToken() > j + MAX_MODIFIERS) {
                    break;
                }
                if (m.endToken() <= to && m.endToken() > end && m.isAnotherPhraseOf(mention)
                        && m.isAnotherPhraseOf(other) && modifiersStart(m) <= j) {
                    end = m.endToken();
                }
            }
            return end;
        }

        /** The detail words of the mention's clause that qualify a coordinated other finding, as written. */
        private String givenAwayDetails(Mention mention) {
            Sentence s = doc.sentences().get(mention.sentenceIndex());
            int[] clause = qualified(s, bounds.around(s, mention.firstToken(), mention.endToken()));
            StringBuilder b = new StringBuilder();
            for (int i : detailsOfClause(clause)) {
                if (coordinatedFindingsDetail(mention, i)) {
                    b.append(doc.tokens().get(i).text()).append(' ');
                }
            }
            for (int i : otherKindsWords(mention, s)) {
                b.append(doc.tokens().get(i).text()).append(' ');
            }
            return b.toString().trim();
        }

        /** True if tokens [from, to) hold a side word. */
        private boolean namesSide(int from, int to) {
            for (int i = from; i < to; i++) {
                if (laterality.contains(doc.tokens().get(i).norm()) && !SideComparison.compared(doc.tokens(), i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The tokens of a sentence "<spread word> ... from <primary>" the code's mentions there all stand on one
         * side of: before "from" (the secondary's words) or after it (the primary's); null when the sentence has no
         * such cut, or the code has mentions on both sides (the sentence is then read whole).
         */
        private int[] ownSideOfStatement(String code, int sentence) {
            Sentence s = doc.sentences().get(sentence);
            int[][] cuts = spreadCuts();
            int k = Arrays.binarySearch(cuts[1], s.firstToken());
            for (k = k < 0 ? -k - 1 : k; k < cuts[1].length && cuts[1][k] < s.endToken(); k++) {
                if (cuts[0][k] < s.firstToken()) {
                    continue;   // its spread word is another sentence's
                }
                int from = cuts[1][k];
                boolean before = false;
                boolean after = false;
                for (Mention m : mentionsOf(sentence)) {
                    if (m.terms().stream().noneMatch(t -> t.code().equals(code))) {
                        continue;
                    }
                    before |= m.endToken() <= from;
                    after |= m.firstToken() > from;
                    if (m.firstToken() <= from && m.endToken() > from) {
                        return null;   // a mention across "from" reads the sentence whole
                    }
                }
                if (before != after) {
                    return before ? new int[] {s.firstToken(), from} : new int[] {from + 1, s.endToken()};
                }
                return null;
            }
            return null;
        }

        /**
         * The written words of a sentence as a statement reads them: all but the incision words a mention read
         * through ({@link #incisionReadThrough}), which are its procedure's, no statement's detail; only the tokens of
         * {@code range} when one is given ({@link #ownSideOfStatement}).
         */
        private String statementWords(int sentence, int[] range) {
            Sentence s = doc.sentences().get(sentence);
            int first = range == null ? s.firstToken() : range[0];
            int end = range == null ? s.endToken() : range[1];
            Set<Integer> incisions = new HashSet<>();
            for (Mention m : mentionsOf(sentence)) {
                incisions.addAll(incisionsReadThrough(m));
            }
            if (incisions.isEmpty()) {
                return Clauses.words(doc.tokens(), first, end);
            }
            StringBuilder b = new StringBuilder();
            for (int t = first; t < end; t++) {
                if (!incisions.contains(t)) {
                    b.append(doc.tokens().get(t).text()).append(' ');
                }
            }
            return b.toString().trim();
        }

        /** The token indexes of the incision words the mention's match read through, in order (see below). */
        private List<Integer> incisionsReadThrough(Mention mention) {
            List<Integer> out = new ArrayList<>(0);
            for (int i = mention.firstToken() + 1; i < mention.endToken() - 1; i++) {
                if (incisionReadThrough(mention, i)) {
                    out.add(i);
                }
            }
            return out;
        }

        /**
         * True if token i is an incision word the mention's match read through ({@link
         * org.opencac.engine.mention.MentionFinder#PHRASE_INCISION_WORDS}): inside its words, written by none of
         * its terms. It names the incision of the procedure the mention is about ("repeat low transverse cesarean":
         * this delivery's), so it documents no detail of the mention's code (the type of the previous scar).
         */
        private boolean incisionReadThrough(Mention mention, int i) {
            if (!readThrough(mention, i)) {
                return false;
            }
            String w = doc.tokens().get(i).norm();
            if (!MentionFinder.PHRASE_INCISION_WORDS.contains(w)) {
                return false;
            }
            for (Term t : mention.terms()) {
                if (LowerWords.of(t.text(), LowerWords.Hyphens.BREAK).contains(w)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True if token i stands inside the mention's words, neither first nor last: a side a match read through
         * ({@code phrase_side_words.txt}), which sides that mention alone, not the term's other mentions.
         */
        private boolean readThrough(Mention mention, int i) {
            return i > mention.firstToken() && i < mention.endToken() - 1;
        }

        /**
         * True if token i of the mention's clause is a side word that is not the mention's (Guidelines I.B.13:
         * the side is the condition's own): outside the mention, where the mention names its own side ("left
         * middle cerebral artery ... right hemiplegia"), or at the start of or right before another mention of the
         * clause ("tinnitus with bilateral hearing loss": both ears' is the hearing loss).
         */
        private boolean otherPhrasesSide(Mention mention, int i, boolean ownSide) {
            if (i >= mention.firstToken() && i < mention.endToken() || !laterality.contains(doc.tokens().get(i).norm())) {
                return false;
            }
            // a side word right before the mention is its own ("... and right ptosis"), whatever phrase reached it
            return ownSide || i != mention.firstToken() - 1 && ofAnotherMention(mention, i);
        }

        /** The mentions of a sentence, from an index of the note's mentions by sentence made once. */
        private List<Mention> mentionsOf(int sentence) {
            if (mentionsOfSentence == null) {
                mentionsOfSentence = new HashMap<>();
                for (Mention m : doc.mentions()) {
                    mentionsOfSentence.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(m);
                }
                // ordered by first token, so that the mentions of a clause are found by binary search
                mentionsOfSentence.values().forEach(l -> l.sort(Comparator.comparingInt(Mention::firstToken)));
            }
            return mentionsOfSentence.getOrDefault(sentence, List.of());
        }

        /** True if token i starts, or stands right before, a mention of the sentence not overlapping this one. */
        private boolean ofAnotherMention(Mention mention, int i) {
            for (Mention other : mentionsOf(mention.sentenceIndex())) {
                if (other.ownsWordBefore(mention, i)) {
                    return true;   // it qualifies that mention; one inside it ("osteoarthritis, left knee") may be a shared site
                }
            }
            return false;
        }

        /**
         * The side words within a few tokens of the mention, in its sentence but outside its clause, that say
         * its side ("carpal tunnel syndrome, right"): not where the mention names its own side, nor one before
         * it that qualifies the next word of an earlier list item ("a right hip operation, hearing loss": the
         * side is the hip's), nor one in a clause of another mention ("arthrosis of both hips, meningioma of the
         * left cerebellopontine angle").
         */
        private List<Integer> sidesNear(Mention mention, Sentence s, int[] clause, boolean ownSide) {
            if (ownSide) {
                return List.of();
            }
            List<Token> tokens = doc.tokens();
            int lo = Math.max(s.firstToken(), mention.firstToken() - lateralityWindow);
            int hi = Math.min(s.endToken(), mention.endToken() + lateralityWindow);
            List<Integer> out = null;
            for (int i = lo; i < hi; i++) {
                if ((i < clause[0] || i >= clause[1]) && laterality.contains(tokens.get(i).norm())
                        && !SideComparison.compared(tokens, i)
                        && !(i < clause[0] && qualifiesNextWord(s, i)) && !anotherMentionsClause(mention, s, i)) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(i);
                }
            }
            return out == null ? List.of() : out;
        }

        /** True if token i's clause holds a mention of the sentence that does not overlap this one. */
        private boolean anotherMentionsClause(Mention mention, Sentence s, int i) {
            int[] clause = bounds.around(s, i, i + 1);
            for (Mention other : mentionsOf(mention.sentenceIndex())) {
                if (other != mention && other.isAnotherPhraseOf(mention)
                        && other.firstToken() < clause[1] && clause[0] < other.endToken()) {
                    return true;
                }
            }
            return false;
        }

        /** True if side word i is followed in its sentence by a word it qualifies ("right hip"; not "right side"). */
        private boolean qualifiesNextWord(Sentence s, int i) {
            if (i + 1 >= s.endToken()) {
                return false;
            }
            Token next = doc.tokens().get(i + 1);
            return !next.text().isEmpty() && Character.isLetter(next.text().charAt(0))
                    && !SIDE_NOUNS.contains(next.norm());
        }

        /** Whether the mention's clause is cut at the "from" of a metastasis from a primary ({@link #ownSideOfPrimary}). */
        private boolean splitBySpread(Mention mention) {
            Sentence s = doc.sentences().get(mention.sentenceIndex());
            int[] whole = qualified(s, bounds.around(s, mention.firstToken(), mention.endToken()));
            return ownSideOfPrimary(mention, whole) != whole;
        }

        /**
         * The part of a clause "<spread word> ... from <primary>" that is the mention's own: the words before
         * "from" for a mention before it (the secondary's site), the words after it for a mention after it (the
         * primary's); any other clause as it is ({@code spread_words.txt}).
         */
        private int[] ownSideOfPrimary(Mention mention, int[] clause) {
            int[][] cuts = spreadCuts();
            int k = Arrays.binarySearch(cuts[1], clause[0]);
            for (k = k < 0 ? -k - 1 : k; k < cuts[1].length && cuts[1][k] < clause[1]; k++) {
                int from = cuts[1][k];
                if (cuts[0][k] < clause[0]) {
                    continue;   // its spread word is another clause's
                }
                if (mention.endToken() <= from) {
                    return new int[] {clause[0], from};
                }
                if (mention.firstToken() > from) {
                    return new int[] {from + 1, clause[1]};
                }
                return clause;
            }
            return clause;
        }

        /**
         * The note's "from" tokens that follow a spread word by at most {@link #SPREAD_REACH} tokens, with that
         * word's index: [0] the spread words, [1] the "from"s, by token; one pass over the note, made on first use.
         */
        private int[][] spreadCuts() {
            if (spreadCuts == null) {
                List<Token> tokens = doc.tokens();
                int[] spread = new int[8];
                int[] from = new int[8];
                int n = 0;
                int last = Integer.MIN_VALUE / 2;
                for (int i = 0; i < tokens.size(); i++) {
                    String w = tokens.get(i).text();
                    if (isSpreadWord(w)) {
                        last = i;
                    } else if ("from".equalsIgnoreCase(w) && i - last <= SPREAD_REACH) {
                        if (n == spread.length) {
                            spread = Arrays.copyOf(spread, n * 2);
                            from = Arrays.copyOf(from, n * 2);
                        }
                        spread[n] = last;
                        from[n++] = i;
                        last = Integer.MIN_VALUE / 2;   // one primary per spread word
                    }
                }
                spreadCuts = new int[][] {Arrays.copyOf(spread, n), Arrays.copyOf(from, n)};
            }
            return spreadCuts;
        }

        /** Whether the token is a spread word, whatever its case (a token of no spread word's shape is not copied). */
        private boolean isSpreadWord(String w) {
            return !w.isEmpty() && w.length() <= spreadLongest
                    && spreadFirstLetters.indexOf(Character.toLowerCase(w.charAt(0))) >= 0
                    && spreadWords.contains(w.toLowerCase(Locale.ROOT));
        }

        /**
         * A clause with the next clause of its sentence when that one starts with a detail word and so
         * qualifies it ("pressure ulcer of sacral region, stage 2", "asthma, mild persistent").
         */
        private int[] qualified(Sentence s, int[] clause) {
            int next = clause[1] + 1;
            if (next >= s.endToken() || !",".equals(doc.tokens().get(clause[1]).text())
                    || !resolver.opensDetail(doc.tokens().get(next).text(),
                            next + 1 < s.endToken() ? doc.tokens().get(next + 1).text() : null)) {
                return clause;
            }
            return new int[] {clause[0], bounds.around(s, next, next + 1)[1]};
        }

        /**
         * The tokens of the mention's clause that are the phrase ({@link #modifiersStart}) of another mention of
         * it the note denies, only supposes or (outpatient, Guidelines IV.H) only suspects, while the mention
         * itself is asserted: a condition ruled out or only possible documents no detail of the one that is there
         * ("conduct disorder, rule out oppositional defiant disorder" stays the unspecified conduct disorder).
         * Inpatient, an uncertain diagnosis is coded as if it existed (Guidelines II.H), and its words still count.
         * Ascending; none for a mention itself in doubt.
         */
        private int[] doubtedWords(Mention mention, int[] clause) {
            if (doubted(mention, true)) {
                return NO_TOKENS;
            }
            List<Mention> inSentence = mentionsOf(mention.sentenceIndex());
            int from = Mention.firstStartingAtOrAfter(inSentence, clause[0]);
            int to = Mention.firstStartingAtOrAfter(inSentence, clause[1]);
            if (to - from > MAX_CLAUSE_MENTIONS) {
                return NO_TOKENS;   // a long list is read as written
            }
            int[] out = NO_TOKENS;
            int n = 0;
            for (int m = from; m < to; m++) {
                Mention other = inSentence.get(m);
                if (other == mention || !other.isAnotherPhraseOf(mention) || !doubted(other, false)) {
                    continue;
                }
                for (int k = Math.max(clause[0], modifiersStart(other)); k < Math.min(clause[1], other.endToken()); k++) {
                    if (k < mention.firstToken() || k >= mention.endToken()) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, Math.max(4, n * 2));
                        }
                        out[n++] = k;
                    }
                }
            }
            if (n == 0) {
                return NO_TOKENS;
            }
            int[] sorted = Arrays.copyOf(out, n);
            Arrays.sort(sorted);
            return sorted;
        }

        /** The mention's index in the note's list (its assertion is read by index), or null. */
        private Integer indexOf(Mention mention) {
            if (mentionIndexes == null) {
                mentionIndexes = new IdentityHashMap<>();
                for (int i = 0; i < doc.mentions().size(); i++) {
                    mentionIndexes.put(doc.mentions().get(i), i);
                }
            }
            return mentionIndexes.get(mention);
        }

        /** Whether the note tells the mention as past (historical) and does not deny it. */
        private boolean past(Mention mention) {
            Integer index = indexOf(mention);
            if (index == null) {
                return false;
            }
            Assertion a = doc.assertionOf(index);
            return a.historical() && !a.negated();
        }

        /**
         * Whether the note denies, supposes or suspects the mention ({@code anyDoubt}), or, as another mention's
         * doubt, denies or supposes it, or suspects it outside an inpatient stay.
         */
        private boolean doubted(Mention mention, boolean anyDoubt) {
            Integer index = indexOf(mention);
            if (index == null) {
                return false;
            }
            Assertion a = doc.assertionOf(index);
            return a.negated() || a.hypothetical()
                    || a.uncertain() && (anyDoubt || doc.note().setting() != CareSetting.INPATIENT);
        }

        /**
         * The words around a mention that may make its code more specific: its clause (the sentence cut at
         * commas, semicolons and colons) with the mention itself and a qualifying next clause, without the side
         * words that are another phrase's ({@link #otherPhrasesSide}) and the words of another mention with the
         * mention's head word ({@link #otherKindsWords}: "febrile" of "febrile seizures" is not the clause's other
         * seizure's), plus the side words within a few tokens either side in the same sentence that are the
         * mention's ({@link #sidesNear}).
         */
        private String clauseContext(Mention mention) {
            return clauseContexts.computeIfAbsent(mention, this::newClauseContext);
        }

        private String newClauseContext(Mention mention) {
            Sentence s = doc.sentences().get(mention.sentenceIndex());
            List<Token> tokens = doc.tokens();
            int[] whole = qualified(s, bounds.around(s, mention.firstToken(), mention.endToken()));
            int[] clause = ownSideOfPrimary(mention, whole);
            boolean ownSide = namesSide(mention.firstToken(), mention.endToken());
            StringBuilder b = new StringBuilder();
            int[] details = detailsOfClause(clause);
            List<Integer> otherKinds = otherKindsWords(mention, s);
            int[] doubted = doubtedWords(mention, clause);
            for (int i = clause[0]; i < clause[1]; i++) {
                if (doubted.length > 0 && Arrays.binarySearch(doubted, i) >= 0) {
                    continue;
                }
                // a side compared with the other ("right worse than left") documents both sides, neither alone
                if (!otherPhrasesSide(mention, i, ownSide) && !SideComparison.compared(tokens, i)
                        && !(Arrays.binarySearch(details, i) >= 0 && coordinatedFindingsDetail(mention, i))
                        && !(!otherKinds.isEmpty() && Collections.binarySearch(otherKinds, i) >= 0)
                        && !incisionReadThrough(mention, i)) {
                    b.append(tokens.get(i).text()).append(' ');
                }
            }
            // a side word across the clause's "from" is the other tumour's, never one near the mention
            for (int i : sidesNear(mention, s, whole, ownSide)) {
                b.append(tokens.get(i).text()).append(' ');
            }
            return b.toString().trim();
        }
    }

    /** A test of one token of the note, by the index of its sentence and its own index. */
    @FunctionalInterface
    private interface TokenAt {
        boolean test(int sentence, int token);
    }
}
