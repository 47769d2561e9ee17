package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.mention.Organisms;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.note.Span;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.NounPhraseWords;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.CodeCarrier;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;
import org.opencac.models.lexicon.TermSource;

/**
 * Codes each clause the way a coder uses the Alphabetic Index: finds main terms among the clause's words,
 * walks their subterms with the other words of the same clause ({@link IndexWalker}), composes
 * neoplasms from morphology and site through the Neoplasm table (secondary when the clause says
 * metastatic; each site of a coordinated list of metastases, or the site of a finding linked to them,
 * its own secondary neoplasm) and drug harm from substance, effect and intent through the Table of Drugs. Each path
 * becomes a mention (offsets into the note, the path as its term) before assertion runs. A main term
 * alone is coded only when its word names a condition (a disease suffix such as -itis, -osis, -emia,
 * or a condition noun of the rules file): a lone Index word such as "left", "bladder" or "pattern" is a
 * main term but not a diagnosis. A path that
 * takes every word of a dictionary mention of the same main term and more replaces it (the Index is
 * more specific than the default code), unless a "use additional code" note of the path's code names the
 * mention's code (the stage N18.6 of an end-stage renal disease due to hypertension, I12.0); a dictionary mention that covers the whole path is kept, unless
 * a word sense rejected its every reading (then the path of the same main term replaces it, and is judged
 * in its turn).
 */
public final class IndexNavigator implements Stage {
    private final AlphabeticIndex index;
    private final NavigationRules rules;
    private final IndexWalker walker;
    /** Code titles, for the organism an abbreviated agent mention names; null reads no organisms. */
    private final CodeSet codeSet;
    /**
     * Subterm words are taken at most this many tokens from the main term (within its clause), or as far as
     * {@link #WINDOW_WORDS} words when words the Index never prints ("of", "the") fill those tokens
     * ("swelling of the left side of the neck").
     */
    private static final int WINDOW = 6;
    private static final int WINDOW_WORDS = 4;

    private final WordForms forms;
    /** The sections of the diagnostic statement, where {@code implies_in_statement} phrases are read. */
    private final Set<SectionType> statement;
    /** The Index paths of the {@code statement_head} rows, each from its main term to the head subterm. */
    private final List<List<IndexTerm>> statementHeads;

    public IndexNavigator(AlphabeticIndex index, NavigationRules rules) {
        this(index, rules, null, WordForms.none());
    }

    /**
     * A navigator that also reads organism mentions as the organisms they name (when {@code codeSet} is
     * given) and adjectival forms as their noun ("ascitic": ascites).
     */
    public IndexNavigator(AlphabeticIndex index, NavigationRules rules, CodeSet codeSet, WordForms forms) {
        this(index, rules, codeSet, forms, Set.of());
    }

    /**
     * As above, reading {@code implies_in_statement} phrases in the sentences of {@code statement}, the sections
     * of the diagnostic statement.
     */
    public IndexNavigator(AlphabeticIndex index, NavigationRules rules, CodeSet codeSet, WordForms forms,
                          Set<SectionType> statement) {
        this.statement = Set.copyOf(statement);
        this.index = index;
        this.rules = rules;
        this.walker = new IndexWalker(index, rules, codeSet == null ? null : code -> title(codeSet, code));
        this.codeSet = codeSet;
        this.forms = forms;
        this.statementHeads = resolveHeads(index, rules.statementHeads);
    }

    /** The Index terms of each head's path; a row whose path the Index does not print fails at start-up. */
    private static List<List<IndexTerm>> resolveHeads(AlphabeticIndex index, List<List<String>> heads) {
        List<List<IndexTerm>> out = new ArrayList<>();
        for (List<String> keys : heads) {
            List<IndexTerm> path = new ArrayList<>();
            List<IndexTerm> level = index.mainTerms(keys.get(0));
            for (String key : keys) {
                IndexTerm next = null;
                for (IndexTerm t : level) {
                    if (TermNormalizer.key(t.title()).equals(key)) {
                        next = t;
                        break;
                    }
                }
                if (next == null) {
                    throw new IllegalArgumentException(NavigationRules.RESOURCE + ": statement_head "
                            + String.join(", ", keys) + ": no such Index path");
                }
                path.add(next);
                level = next.children();
            }
            out.add(List.copyOf(path));
        }
        return List.copyOf(out);
    }

    /** The title of a code as the Index prints it ("C43.6-" is the category C43.6), or null. */
    private static String title(CodeSet codeSet, String printed) {
        String code = printed.endsWith("-") ? printed.substring(0, printed.length() - 1) : printed;
        return codeSet.get(code).map(c -> c.title()).orElse(null);
    }

    public static IndexNavigator standard(AlphabeticIndex index) {
        return new IndexNavigator(index, NavigationRules.standard());
    }

    /** The standard navigator that also reads organism mentions and adjectival forms. */
    public static IndexNavigator standard(AlphabeticIndex index, CodeSet codeSet, WordForms forms) {
        return new IndexNavigator(index, NavigationRules.standard(), codeSet, forms);
    }

    /** The standard navigator, knowing the sections of the diagnostic statement. */
    public static IndexNavigator standard(AlphabeticIndex index, CodeSet codeSet, WordForms forms,
                                          Set<SectionType> statement) {
        return new IndexNavigator(index, NavigationRules.standard(), codeSet, forms, statement);
    }

    /** An Index path found in a clause: the mention it makes and the tokens of its main term. */
    /**
     * A path: its mention, the tokens it reads, those of its main term, and those it shares with another
     * condition's path ({@code shared_cause}: the organism of "streptococcal pneumonia" read by the sepsis "with"
     * joins to it), which do not keep the two paths apart.
     */
    private record Path(Mention mention, Set<Integer> tokens, Set<Integer> mainTokens, Set<Integer> shared) {
        Path(Mention mention, Set<Integer> tokens, Set<Integer> mainTokens) {
            this(mention, tokens, mainTokens, Set.of());
        }

        /** The tokens this path reads as its own condition: all of them less the shared ones. */
        Set<Integer> own() {
            if (shared.isEmpty()) {
                return tokens;
            }
            Set<Integer> own = new HashSet<>(tokens);
            own.removeAll(shared);
            return own;
        }
    }

    @Override
    public Document process(Document doc) {
        List<Token> tokens = doc.tokens();
        List<Path> paths = new ArrayList<>();
        Map<Integer, List<ClauseWords.Word>> organisms = organismReadings(tokens, doc.mentions());
        Map<Integer, Integer> organismEnds = new HashMap<>();
        organisms.values().forEach(list -> list.forEach(r -> organismEnds.merge(r.firstToken(), r.endToken(), Math::max)));
        for (Mention m : doc.mentions()) {
            if (organismEnds.containsKey(m.firstToken())) {
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    organismEnds.merge(t, m.endToken(), Math::max);
                }
            }
        }
        BitSet mentioned = null;   // tokens of dictionary mentions, made at the first statement sentence
        int headContext = statementHeads.isEmpty() ? -1 : 0;   // 0: not yet read; 1: the statement writes a head_context word
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (sentence.span().equals(doc.sectionOf(sentence).header())) {
                continue;
            }
            boolean inStatement = statement.contains(doc.sectionOf(sentence).type());
            if (inStatement && mentioned == null && !statementHeads.isEmpty()) {
                mentioned = new BitSet(tokens.size());
                for (Mention m : doc.mentions()) {
                    mentioned.set(m.firstToken(), m.endToken());
                }
            }
            if (inStatement && headContext == 0) {
                headContext = statementWritesHeadContext(doc) ? 1 : -1;
            }
            boolean underHeads = inStatement && headContext > 0;
            List<ClauseWords.Word> readings = organisms.getOrDefault(s, List.of());
            ClauseWords.SentenceWords words = new ClauseWords.SentenceWords(tokens, sentence.firstToken(),
                    sentence.firstToken(), sentence.endToken(), rules, forms, readings,
                    inStatement);
            int i = sentence.firstToken();
            while (i < sentence.endToken()) {
                int[] clause = Clauses.around(tokens, sentence, i, Math.min(i + 1, sentence.endToken()));
                clause[0] = i;
                if (clause[1] <= i) {
                    clause[1] = i + 1;
                }
                navigateClause(doc.text(), tokens, s, words, clause[0], clause[1], organismEnds, paths,
                        underHeads ? mentioned : null);
                i = clause[1] + 1;
            }
        }
        return doc.withMentions(merge(doc.mentions(), paths, tokens, rules, this::asksForAsAdditional));
    }

    /**
     * Per sentence, the organism words of its infectious-agent mentions ("P. aeruginosa" found as B96.5 reads
     * "pseudomonas"), each covering the mention's tokens: a coder reads the abbreviation as the organism when
     * walking "Pneumonia, due to, Pseudomonas" to the combination code.
     */
    private Map<Integer, List<ClauseWords.Word>> organismReadings(List<Token> tokens, List<Mention> mentions) {
        Map<Integer, List<ClauseWords.Word>> out = new HashMap<>();
        if (codeSet == null) {
            return out;
        }
        for (Mention m : mentions) {
            for (int ti = 0; ti < m.terms().size(); ti++) {   // indexed: every term of every mention is asked
                Term t = m.terms().get(ti);
                if (!Organisms.isAgent(t.code())) {
                    continue;
                }
                String organism = codeSet.get(t.code()).map(c -> Organisms.named(c.title())).orElse("");
                List<String> words = TermNormalizer.words(organism);
                // A word the note writes out ("aureus") is read where it is written; the others ("staphylococcus")
                // stand for the abbreviated words ("S."), so that a subterm walk can take both in turn.
                int first = m.firstToken();
                int end = m.endToken();
                while (first < end && (tokens.get(first).norm().isEmpty() || words.contains(tokens.get(first).norm()))) {
                    first++;
                }
                int last = first;
                while (last < end && !words.contains(tokens.get(last).norm())) {
                    last++;
                }
                if (first >= end) {
                    first = m.firstToken();
                    last = end;
                }
                for (String word : words) {
                    if (!containsNorm(tokens, m, word)) {
                        out.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>())
                                .add(new ClauseWords.Word(word, first, last));
                    }
                }
            }
        }
        return out;
    }

    private static boolean containsNorm(List<Token> tokens, Mention m, String word) {
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            if (tokens.get(i).norm().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of the window that holds {@code words} words before {@code at} (tokens without a
     * word, such as "of" and "the", which the Index never prints in a subterm, do not count): "swelling of
     * the left side of the neck" reaches "neck".
     */
    static int wordsBefore(List<Token> tokens, int from, int at, int words) {
        int k = at;
        for (int n = 0; k > from && n < words; ) {
            k--;
            if (!tokens.get(k).norm().isEmpty()) {
                n++;
            }
        }
        return k;
    }

    /** Whether a token counts as a word of a window: it carries a word, and not one of {@code free}. */
    private static boolean counts(Token token, Set<String> free) {
        return !token.norm().isEmpty() && !free.contains(token.norm());
    }

    /**
     * The window's first token moved past the last barrier word ({@code barrier_before}) between it and the main
     * term at {@code at}: a word before "for" or "after" modifies something else, not the main term, unless the
     * word before the barrier makes it a link ("suspicious for").
     */
    private int reachBack(Windows windows, List<Token> tokens, int lo, int at) {
        for (int k = at - 1; k >= lo; k--) {
            if (windows.barrier(k, tokens, rules)) {
                return k + 1;
            }
        }
        return lo;
    }

    /**
     * Whether token {@code k} is a barrier word ({@code barrier_before}) that the word before it does not make
     * a link, or a {@code barrier_after} word right after one of its openers ("and in"): what {@link #reachBack}
     * stops at.
     */
    static boolean barrier(List<Token> tokens, int k, NavigationRules rules) {
        String w = tokens.get(k).text();
        if (w.length() > rules.maxBarrierLength) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        Set<String> links = rules.barriersBefore.get(lower);
        if (links != null) {
            return k == 0 || !links.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
        }
        Set<String> openers = rules.barriersAfter.get(lower);
        return openers != null && k > 0 && openers.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    /** The end (exclusive) of the window that holds {@code words} words from {@code at} on (as above). */
    static int wordsAfter(List<Token> tokens, int at, int to, int words) {
        return wordsAfter(tokens, at, to, words, Set.of());
    }

    /**
     * {@link #wordsAfter(List, int, int, int)} where the {@code free} words (normalized) do not count either: a
     * word naming a part of an organ ({@code window_free}: a pole, a lobe, a wall of it) leaves the organ
     * in reach after a main term.
     */
    static int wordsAfter(List<Token> tokens, int at, int to, int words, Set<String> free) {
        int k = at;
        for (int n = 0; k < to && n < words; k++) {
            if (counts(tokens.get(k), free)) {
                n++;
            }
        }
        return k;
    }

    /** What the clauses of one sentence share while they are navigated. */
    private record SentenceContext(String text, List<Token> tokens, int sentence, ClauseWords.SentenceWords words,
                                   Map<Integer, Integer> organismEnds) {
    }

    /** The words near a main term, by window [lo, hi): main terms of one clause mostly share a window. */
    private static final class Windows {
        private final ClauseWords.SentenceWords words;
        private final ClauseWords clause;
        /** The windows other than the clause, by bounds, made when one is first asked. */
        private Map<Long, ClauseWords> byBounds;

        /**
         * Per token of the clause, whether it is a {@link #barrier}: 0 not yet asked, 1 yes, 2 no. The windows of
         * the clause's main terms overlap, so each token is asked once instead of once per main term behind it.
         */
        private final byte[] barriers;

        Windows(ClauseWords.SentenceWords words, ClauseWords clause) {
            this.words = words;
            this.clause = clause;
            this.barriers = new byte[Math.max(0, clause.to - clause.from)];
        }

        /** {@link IndexNavigator#barrier} of token k of the clause, worked out once. */
        boolean barrier(int k, List<Token> tokens, NavigationRules rules) {
            int at = k - clause.from;
            if (barriers[at] == 0) {
                barriers[at] = IndexNavigator.barrier(tokens, k, rules) ? (byte) 1 : (byte) 2;
            }
            return barriers[at] == 1;
        }

        ClauseWords get(int lo, int hi) {
            if (lo == clause.from && hi == clause.to) {
                return clause;
            }
            if (byBounds == null) {
                byBounds = new HashMap<>();
            }
            long k = ((long) lo << 32) | hi;
            ClauseWords w = byBounds.get(k);
            if (w == null) {
                w = new ClauseWords(words, lo, hi);
                byBounds.put(k, w);
            }
            return w;
        }
    }

    private void navigateClause(String text, List<Token> tokens, int sentence, ClauseWords.SentenceWords sentenceWords,
                                int from, int to, Map<Integer, Integer> organismEnds, List<Path> out,
                                BitSet mentioned) {
        SentenceContext ctx = new SentenceContext(text, tokens, sentence, sentenceWords, organismEnds);
        ClauseWords w = new ClauseWords(sentenceWords, from, to);
        Windows windows = new Windows(sentenceWords, w);
        List<Path> found = new ArrayList<>();
        int metastasis = metastasisCue(tokens, from, to);
        IndexKeyWalk keys = new IndexKeyWalk(index, forms, rules.stop, true, false);
        for (int i = from; i < to; i++) {
            // a verb of the operation ("we enlarged the hiatus") is no main term, as it is no subterm word
            if (tokens.get(i).norm().isEmpty() || ClauseWords.SentenceWords.operativeVerb(tokens, i, rules)) {
                continue;
            }
            Path best = fromMainTermAt(ctx, windows, keys, i, from, to, metastasis);
            Path read = readAsMainTermAt(ctx, windows, i, from, to);
            if (read != null && (best == null || read.tokens().size() > best.tokens().size())) {
                best = read;
            }
            if (best != null) {
                found.add(best);
            }
        }
        if (metastasis >= 0) {
            Path p = secondarySite(text, tokens, sentence, w, metastasis);
            if (p != null) {
                found.add(p);
            }
        }
        Path drug = drug(text, tokens, sentence, w, found, mentioned);
        if (drug != null) {
            found.add(drug);
        }
        if (found.isEmpty() && mentioned != null && noneIn(mentioned, from, to) && isPhrase(tokens, from, to)) {
            Path p = underStatementHead(ctx, w);
            if (p != null) {
                found.add(p);
            }
        }
        BitSet taken = keepDisjoint(found, out);
        if (metastasis >= 0) {
            addSecondaryList(ctx, metastasis, taken, out);
        }
    }

    /**
     * A clause of the diagnostic statement that reaches no main term and holds no dictionary mention, walked
     * from the {@code statement_head} subterms ({@link #onlyUnderHead}): a coder looks up a condition the Index
     * lists only below one of them there ("cephalopelvic disproportion" is Pregnancy, complicated by, disproportion, O33.9; "meconium
     * in the amniotic fluid" is Delivery, complicated by, meconium in amniotic fluid, O77.0). Their codes
     * stay where the record's own checks allow them (the pregnancy chapter on a pregnant patient's record).
     */
    private Path underStatementHead(SentenceContext ctx, ClauseWords w) {
        Path best = null;
        for (int k = 0; k < statementHeads.size(); k++) {
            IndexWalker.Found f = walker.fromHead(statementHeads.get(k), w);
            if (f == null || f.code() == null || f.tokens().isEmpty() || !onlyUnderHead(ctx.tokens(), f.tokens())) {
                continue;
            }
            Path p = toPath(ctx.text(), ctx.tokens(), ctx.sentence(), f, Set.of());
            if (p != null && (best == null || p.tokens().size() > best.tokens().size())) {
                best = p;
            }
        }
        return best;
    }

    /** Whether the diagnostic statement writes a {@code head_context} word ("pregnancy", "cesarean"). */
    private boolean statementWritesHeadContext(Document doc) {
        for (Sentence sentence : doc.sentences()) {
            if (!statement.contains(doc.sectionOf(sentence).type())) {
                continue;
            }
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (rules.headContext.contains(doc.tokens().get(t).norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a path below a statement head takes a word a coder looks up there: at least one word that is no
     * general word ({@code stop}: "condition", "disease"), and no word that is a main term printing a code of its
     * own, which the clause's own reading has declined for its reasons.
     */
    private boolean onlyUnderHead(List<Token> tokens, Set<Integer> taken) {
        boolean specific = false;
        for (int t : taken) {
            String norm = tokens.get(t).norm();
            AlphabeticIndex.KeyLookup known = index.lookup(norm);
            if (known != null) {
                for (IndexTerm main : known.mainTerms()) {
                    if (main.code() != null) {
                        return false;
                    }
                }
            }
            specific |= !rules.stop.contains(norm);
        }
        return specific;
    }

    /**
     * Whether a clause is short enough to be one condition as a statement lists it ("meconium-stained amniotic
     * fluid"), not a sentence of a summary telling what happened ("she had spontaneous rupture of membranes with
     * clear fluid"), which names no complication a coder takes from it.
     */
    private static boolean isPhrase(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int t = from; t < to; t++) {
            if (!tokens.get(t).norm().isEmpty() && ++words > MAX_PHRASE_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_PHRASE_WORDS = 5;

    private static boolean noneIn(BitSet set, int from, int to) {
        int next = set.nextSetBit(from);
        return next < 0 || next >= to;
    }

    /** The last metastasis cue of [from, to), or -1. */
    private int metastasisCue(List<Token> tokens, int from, int to) {
        int metastasis = -1;
        for (int i = from; i < to; i++) {
            if (rules.metastasis.contains(tokens.get(i).norm())) {
                metastasis = i;
            }
        }
        return metastasis;
    }

    /** Paths by the number of tokens they read, most first. */
    private static final Comparator<Path> LONGEST_FIRST = Comparator.comparingInt((Path p) -> -p.tokens().size());

    /**
     * Adds the paths, longest first, that share no token with one added before; returns the tokens taken. Of two
     * paths of as many tokens, one that reads the other's one-word main term, written before its own, as a
     * modifier goes first ({@link #qualifiedBy}): in "nodular thyroid goiter" the adjective qualifies the
     * condition named after it (Goiter, nodular), not a condition of its own (Nodule, thyroid).
     */
    private static BitSet keepDisjoint(List<Path> found, List<Path> out) {
        found.sort(LONGEST_FIRST);
        for (int i = 0; i + 1 < found.size(); i++) {
            for (int j = i + 1; j < found.size() && found.get(j).tokens().size() == found.get(i).tokens().size(); j++) {
                if (qualifiedBy(found.get(j), found.get(i))) {
                    found.add(i, found.remove(j));
                    break;
                }
            }
        }
        BitSet taken = new BitSet();   // token indexes, not boxed: asked for every path's tokens
        for (int k = 0; k < found.size(); k++) {
            Path p = found.get(k);
            Set<Integer> own = p.own();
            if (!anyTaken(taken, own)) {
                out.add(p);
                take(taken, own);
            }
        }
        return taken;
    }

    /** Whether a token of {@code tokens} is set in {@code taken}. */
    private static boolean anyTaken(BitSet taken, Set<Integer> tokens) {
        if (tokens instanceof TokenSet s) {
            for (int k = 0; k < s.size(); k++) {
                if (taken.get(s.at(k))) {
                    return true;
                }
            }
            return false;
        }
        for (int t : tokens) {
            if (taken.get(t)) {
                return true;
            }
        }
        return false;
    }

    /** Sets {@code tokens} in {@code taken}. */
    private static void take(BitSet taken, Set<Integer> tokens) {
        if (tokens instanceof TokenSet s) {
            for (int k = 0; k < s.size(); k++) {
                taken.set(s.at(k));
            }
            return;
        }
        for (int t : tokens) {
            taken.set(t);
        }
    }

    /**
     * Whether {@code head}'s main term is written after {@code modifier}'s one-word main term, which {@code head}
     * reads as a subterm while {@code modifier} does not read {@code head}'s main term, and only {@code modifier}'s
     * words come between: a word before the noun that heads the phrase qualifies that noun.
     */
    private static boolean qualifiedBy(Path head, Path modifier) {
        if (modifier.mainTokens().size() != 1 || head.mainTokens().isEmpty()) {
            return false;
        }
        int adjective = min(modifier.mainTokens());
        int headStart = min(head.mainTokens());
        if (!head.tokens().contains(adjective) || head.mainTokens().contains(adjective)
                || containsAnyOf(modifier.tokens(), head.mainTokens())
                || headStart < adjective) {
            return false;
        }
        for (int t = adjective + 1, end = headStart; t < end; t++) {
            if (!modifier.tokens().contains(t)) {
                return false;   // "sore throat and fever": coordinated, not one phrase
            }
        }
        return true;
    }

    private static boolean containsAnyOf(Set<Integer> taken, Set<Integer> tokens) {
        for (Integer t : tokens) {
            if (taken.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each site of a coordinated list is a secondary neoplasm of its own; the cue is shared by them. The site of
     * a finding linked to the cue (a lung lesion, its lobe and side named, "suggestive of metastasis") is
     * added also where the finding's own path took its site words: the finding and its secondary site are
     * both read there.
     */
    private void addSecondaryList(SentenceContext ctx, int metastasis, BitSet taken, List<Path> out) {
        boolean linked = linkBefore(ctx.tokens(), ctx.words().sentenceStart, metastasis) >= 0;
        for (Path p : secondaryList(ctx.text(), ctx.tokens(), ctx.sentence(), ctx.words(), metastasis)) {
            Set<Integer> site = new HashSet<>(p.tokens());
            site.remove(metastasis);
            boolean ofLinkedFinding = linked && !site.isEmpty() && Collections.max(site) < metastasis;
            if (ofLinkedFinding || !anyTaken(taken, site)) {
                out.add(p);
                take(taken, site);
            }
        }
    }

    /**
     * The best path from a main term whose key starts at token {@code i} (one word or several: "Crohn's
     * disease"), walked with the words of the window around it; null if none.
     */
    private Path fromMainTermAt(SentenceContext ctx, Windows windows, IndexKeyWalk keys, int i, int from, int to,
                                int metastasis) {
        List<Token> tokens = ctx.tokens();
        Path best = null;
        boolean secondary = metastasis >= 0 && metastasis < i && i - metastasis <= 2;
        keys.from(tokens, i, to, null);
        while (keys.nextWord()) {
            int n = keys.words();
            int j = keys.end() - 1;
            if (n == 1 && rules.notMain.contains(keys.norm())) {
                break;
            }
            AlphabeticIndex.KeyLookup known = keys.lookUp();
            if (known == null) {
                break;   // no main term is, or begins with, these words
            }
            String keyText = keys.key();
            List<IndexTerm> mains = known.mainTerms();
            boolean eponym = known.eponymAlias();
            TokenSet keyRead = mains.isEmpty() ? null : keyTokens(tokens, i, j);
            if (eponym && keyRead != null && (!writtenAsName(tokens, keyRead, n) || namesOperation(tokens, j, to))) {
                mains = List.of();
            }
            if (n == 1 && !mains.isEmpty() && abbreviationOnly(tokens.get(j).text(), mains)) {
                mains = List.of();
            }
            if (n > 1 && !mains.isEmpty()) {
                mains = writtenAsCompounds(tokens, keyRead, mains);
            }
            if (mains.isEmpty()) {
                if (!known.extendsToLongerKey()) {
                    break;
                }
                continue;
            }
            best = bestOf(ctx, windows, mains, near(windows, tokens, i, j, from, to), keyRead, i, keyText, eponym,
                    secondary, best);
        }
        return best;
    }

    /**
     * The words a main term read on tokens {@code i} to {@code j} may take its subterms from: {@link #WINDOW}
     * tokens each side (or {@link #WINDOW_WORDS} words where function words fill them) within [from, to), the
     * reach back ending at a barrier word ({@link #reachBack}), the reach forward at a barrier phrase
     * ({@link #reachAhead}).
     */
    private ClauseWords near(Windows windows, List<Token> tokens, int i, int j, int from, int to) {
        int lo = reachBack(windows, tokens, Math.min(Math.max(from, i - WINDOW), wordsBefore(tokens, from, i, WINDOW_WORDS)), i);
        int hi = Math.max(Math.min(to, j + 1 + WINDOW), wordsAfter(tokens, j + 1, to, WINDOW_WORDS, rules.windowFree));
        return windows.get(lo, reachAhead(tokens, j + 1, hi));
    }

    /**
     * The window's end moved back to the first {@code barrier_ahead} phrase after the main term (ending at
     * {@code from - 1}): the words from there on tell of something else ("status post" a past operation).
     */
    private int reachAhead(List<Token> tokens, int from, int hi) {
        for (int k = from; k < hi; k++) {
            if (rules.barrierAheadAt(tokens, k)) {
                return k;
            }
        }
        return hi;
    }

    /**
     * The main terms whose hyphenated words ("Three-day fever") the note writes as the same compound: the two
     * parts joined by a hyphen, or next to each other with the second as printed ("three day fever"). Read
     * across other words or in another form, they are other words: "three days of fever" is a duration.
     */
    static List<IndexTerm> writtenAsCompounds(List<Token> tokens, TokenSet keyRead, List<IndexTerm> mains) {
        List<IndexTerm> kept = null;   // made only when a main term is dropped
        for (int k = 0; k < mains.size(); k++) {
            IndexTerm main = mains.get(k);
            boolean written = writtenAsCompound(tokens, keyRead, IndexWalker.hyphenated(main));
            if (!written && kept == null) {
                kept = new ArrayList<>(mains.subList(0, k));
            } else if (written && kept != null) {
                kept.add(main);
            }
        }
        return kept == null ? mains : kept;
    }

    private static boolean writtenAsCompound(List<Token> tokens, TokenSet keyRead, List<String> printed) {
        if (printed == null) {
            return true;
        }
        if (keyRead.size() != printed.size()) {
            return true;   // the title's words do not line up with the key's: nothing to compare
        }
        int[] key = new int[keyRead.size()];
        int n = 0;
        for (int t : keyRead) {
            key[n++] = t;
        }
        for (int k = 1; k < key.length; k++) {
            String part = printed.get(k);
            if (part == null) {
                continue;
            }
            if (!ClauseWords.joinedAsCompound(tokens, key[k - 1] + 1, key[k], key[k] + 1, part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a short word written in capitals ("LUE", left upper extremity) reaches these main terms only as
     * a form the Index never prints ("Lues" read singular): capitals mark an abbreviation, read as one (see
     * also the dictionary's own rule in TriggerCheck), so it is no Index word unless printed so ("AIDS").
     */
    static boolean abbreviationOnly(String written, List<IndexTerm> mains) {
        if (written.length() < 2 || written.length() > 4) {
            return false;
        }
        for (int k = 0; k < written.length(); k++) {
            if (!Character.isUpperCase(written.charAt(k))) {
                return false;
            }
        }
        for (IndexTerm main : mains) {
            for (String form : main.title().split("[,(]")) {
                if (form.trim().equalsIgnoreCase(written)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The best path from the main term a phrase starting at token {@code i} is read as ({@code reads_as}:
     * "decreased visual acuity of the left eye" is Loss, vision, one eye, left), walked with the words of the
     * window around the phrase; null if no such phrase starts there.
     */
    private Path readAsMainTermAt(SentenceContext ctx, Windows windows, int i, int from, int to) {
        List<Token> tokens = ctx.tokens();
        if (!rules.readsAsStarts.contains(tokens.get(i).norm())) {
            return null;   // most words begin no such phrase: nothing is built for them
        }
        StringBuilder phrase = null;
        Path best = null;
        int fillers = 0;
        for (int j = i, n = 0; j < to && n < rules.maxEquivalentWords; j++) {
            String norm = tokens.get(j).norm();
            if (norm.isEmpty()) {
                continue;
            }
            String key;
            if (n == 0) {
                key = norm;
            } else {
                if (phrase == null) {
                    phrase = new StringBuilder(tokens.get(i).norm());
                }
                key = phrase + " " + norm;
            }
            if (!rules.readsAsStarts.contains(key)) {
                if (n > 0 && rules.readsOverFiller(norm, fillers)) {
                    fillers++;   // a side or a limb inside the phrase: read over, kept in the window
                    continue;
                }
                break;   // no phrase is, or begins with, these words
            }
            n++;
            if (phrase != null) {
                phrase.append(' ').append(norm);
            }
            String mainKey = rules.readsAs.get(key);
            AlphabeticIndex.KeyLookup known = mainKey == null ? null : index.lookup(mainKey);
            if (known == null || known.mainTerms().isEmpty()) {
                continue;
            }
            // the main term is read on the phrase's first word, so the words the phrase stands for (its value's
            // other words, spread over the whole phrase) still take a subterm of it
            best = bestOf(ctx, windows, known.mainTerms(), near(windows, tokens, i, j, from, to), keyTokens(tokens, i, i),
                    i, mainKey, false, false, best);
        }
        return best;
    }

    /**
     * The tokens a key from {@code i} to {@code j} is read from (those with a norm), added in order: made only
     * when the key names a main term, as most keys name none.
     */
    private static TokenSet keyTokens(List<Token> tokens, int i, int j) {
        TokenSet.Builder hit = new TokenSet.Builder();
        for (int t = i; t <= j; t++) {
            if (!tokens.get(t).norm().isEmpty()) {
                hit.addRange(t, t + 1);
            }
        }
        return hit.build();
    }

    /** The longest of {@code best} and the paths walked from these main terms of one key. */
    private Path bestOf(SentenceContext ctx, Windows windows, List<IndexTerm> mains, ClauseWords near,
                        Set<Integer> mainTokens, int i, String keyText, boolean eponym, boolean secondary, Path best) {
        for (int k = 0; k < mains.size(); k++) {
            IndexTerm main = mains.get(k);
            ClauseWords words = near;
            IndexWalker.Found f = walker.fromMainTerm(main, words, mainTokens, secondary);
            int[] within = f == null ? null : withinWith(ctx, f, main, mainTokens, near);
            if (within != null) {
                // walk again with the words on the main term's side of "with": across it is another condition
                words = windows.get(within[0], within[1]);
                f = walker.fromMainTerm(main, words, mainTokens, secondary);
            }
            int coordinated = f == null ? -1 : coordinatedConditionAfter(ctx.tokens(), f, mainTokens);
            if (coordinated >= 0) {
                // "right arm pain and numbness in the fingers": the fingers are the numbness's site, not the pain's
                IndexWalker.Found narrowed = walker.fromMainTerm(main, windows.get(words.from, coordinated), mainTokens,
                        secondary);
                if (narrowed != null) {
                    words = windows.get(words.from, coordinated);
                    f = narrowed;
                }
            }
            int opened = f == null ? -1 : nextPhraseOpened(ctx.tokens(), f, mainTokens);
            if (opened >= 0) {
                // "dilatation of the ureter and marked renal parenchyma": the renal words are another phrase's
                words = windows.get(words.from, opened);
                f = walker.fromMainTerm(main, words, mainTokens, secondary);
            }
            int sharedHead = f == null ? -1 : Math.max(sharedHeadAfterPath(ctx.tokens(), f, mainTokens),
                    headLeftBeforeCoordinator(ctx.tokens(), f, mainTokens));
            if (sharedHead >= 0) {
                // "blood and urine analysis": both words qualify the analysis, neither is the other's site;
                // "vascular structures and nerve damage": the structures, not the damage, are vascular
                words = windows.get(sharedHead + 1, words.to);
                f = walker.fromMainTerm(main, words, mainTokens, secondary);
            }
            IndexTerm walked = main;
            OtherMain other = f == null ? null : nontraumaticForm(main, f, words, mainTokens, secondary);
            if (other != null) {
                f = other.found();
                walked = other.main();
            }
            if (f != null && primaryReadAsSecondary(ctx.tokens(), f, mainTokens, i) && spreadFromAfter(ctx.tokens(), f, i)) {
                // "metastatic carcinoma from the bladder": the site after "from" is the primary's (Metastasis,
                // cancer, from specified site, see Neoplasm, malignant), read without the word "metastatic"
                words = windows.get(i, words.to);
                f = walker.fromMainTerm(main, words, mainTokens, false);
            }
            if (f == null || !taken(f, walked, mainTokens.size(), keyText, eponym, words)
                    || negatedInside(ctx.tokens(), f.tokens(), i) || primaryReadAsSecondary(ctx.tokens(), f, mainTokens, i)) {
                continue;
            }
            Path p = stretched(ctx.text(), ctx.tokens(), toPath(ctx.text(), ctx.tokens(), ctx.sentence(), f, mainTokens),
                    ctx.organismEnds());
            Set<Integer> shared = p == null ? Set.of() : sharedCause(ctx.tokens(), f, main, mainTokens);
            if (!shared.isEmpty()) {
                p = new Path(p.mention(), p.tokens(), p.mainTokens(), shared);
            }
            if (p != null && (best == null || p.tokens().size() > best.tokens().size())) {
                best = p;
            }
        }
        return best;
    }

    /** A path walked from another main term than the one the clause names. */
    private record OtherMain(IndexTerm main, IndexWalker.Found found) {
    }

    /**
     * The path from the main term a nontraumatic form is looked up under ({@code nontraumatic_main}: Hematoma,
     * printed "(traumatic)", to Hemorrhage), walked with the same words, when the clause says nontraumatic (or
     * spontaneous) and the path found reads no subterm saying so: the Index itself sends "Hematoma, brain,
     * nontraumatic" to Hemorrhage, intracranial, and a nontraumatic spinal epidural hematoma is Hemorrhage,
     * spinal (cord), G95.19, not an injury of the spinal cord. Null when there is no such main term or path.
     */
    private OtherMain nontraumaticForm(IndexTerm main, IndexWalker.Found f, ClauseWords words, Set<Integer> mainTokens,
                                       boolean secondary) {
        if (words.find("nontraumatic").isEmpty()) {
            return null;   // asked first: most clauses say nothing of it, and the main term's key is then not made
        }
        String other = rules.nontraumaticMain.get(TermNormalizer.key(main.title()));
        if (other == null
                || f.steps().stream().anyMatch(step -> step.toLowerCase(Locale.ROOT).contains("nontraumatic"))) {
            return null;
        }
        for (IndexTerm alt : index.mainTerms(other)) {
            IndexWalker.Found g = walker.fromMainTerm(alt, words, mainTokens, secondary);
            if (g != null && g.tokens().size() > mainTokens.size()) {
                return new OtherMain(alt, g);
            }
        }
        return null;
    }

    /**
     * Whether a path from a main term codes the clause. Alone (no subterm taken): a lone word that names a
     * condition but prints no code of its own is coded where its cross-reference leads ("Necrosis, see also
     * Gangrene" gives I96), as a coder follows it; any other main term without a code names nothing for a
     * lone word. Alone, a main term whose title qualifies its word ("Neutrophilia, hereditary giant") needs
     * the qualifier's words in the clause.
     */
    private boolean taken(IndexWalker.Found f, IndexTerm main, int keyTokens, String keyText, boolean eponym,
                          ClauseWords near) {
        boolean alone = f.tokens().size() == keyTokens;
        if (alone && (main.code() == null && !followedAlone(f, main, keyText) || !walker.qualifierRead(main, near))) {
            return false;
        }
        return !(alone && !eponym && !rules.namesCondition(keyText)) && !notCodedFromIndex(f.code());
    }

    /**
     * The secondary sites of a coordinated list around a metastasis cue, one path each: after it ("metastases
     * to the liver, lungs and bones", "metastatic disease in the liver and bone"), between it and a lesion word
     * ("metastatic liver and bone lesions") or before it ("liver, lung and bone metastases"). Items are split
     * at commas and "and"/"or" within the sentence; an item is a site only when the Neoplasm table reads
     * every word of it (apart from list fillers such as "both", "multiple"), and the list ends at the first
     * item that is not wholly a site (that item's site words nearest the list still count).
     */
    private List<Path> secondaryList(String text, List<Token> tokens, int sentence,
                                     ClauseWords.SentenceWords sentenceWords, int cue) {
        int sentenceStart = sentenceWords.sentenceStart;
        int sentenceEnd = sentenceWords.end;
        int start = -1;
        int end = sentenceEnd;
        boolean backward = false;
        int forward = forwardAt(tokens, cue + 1, sentenceEnd);
        int forwardAfterHead = cue + 2 < sentenceEnd && rules.metastasisHeads.contains(tokens.get(cue + 1).norm())
                ? forwardAt(tokens, cue + 2, sentenceEnd) : 0;
        int primary = forward > 0 || forwardAfterHead > 0 ? -1 : primaryBeforeForward(tokens, cue, sentenceEnd);
        if (forward > 0) {
            start = cue + 1 + forward;
        } else if (forwardAfterHead > 0) {
            start = cue + 2 + forwardAfterHead;
        } else if (primary > 0) {
            start = primary + 1 + forwardAt(tokens, primary + 1, sentenceEnd);
        } else {
            int lesion = lesionAfter(tokens, cue, sentenceEnd);
            if (lesion > 0) {
                start = cue + 1;
                end = lesion;
            } else {
                backward = true;
            }
        }
        if (backward) {
            int link = linkBefore(tokens, sentenceStart, cue);
            if (link >= 0) {
                Path p = findingSite(text, tokens, sentence, sentenceWords, link, cue);
                return p == null ? List.of() : List.of(p);
            }
        }
        List<int[]> items = backward ? itemsBefore(tokens, sentenceStart, cue) : itemsAfter(tokens, start, end);
        List<Path> out = new ArrayList<>();
        for (int[] item : items) {
            IndexWalker.Found best = null;
            int bestUnread = Integer.MAX_VALUE;
            // the item's words nearest the list: a prefix after the cue, a suffix before it
            for (int k = 0; k < Math.min(item[1] - item[0], 4); k++) {
                int a = backward ? item[1] - 1 - k : item[0];
                int b = backward ? item[1] : item[0] + 1 + k;
                ClauseWords cw = new ClauseWords(sentenceWords, a, b);
                IndexWalker.Found f = walker.neoplasm(cw, Set.of(cue), List.of("Neoplasm", "secondary (metastatic)"), 3);
                if (f == null || f.tokens().size() < 2 || unread(tokens, a, b, f.tokens()) > 0
                        || negatedInside(tokens, f.tokens(), cue)) {
                    continue;
                }
                best = f;
                bestUnread = unread(tokens, item[0], item[1], f.tokens());
            }
            if (best != null && bestUnread > 0 && !backward && !joined(tokens, item[0], start)) {
                // a comma after the list starts a new statement ("bones, lungs were clear"): only the last item
                // joined by "and"/"or" may go on past its site ("and bones with ...")
                break;
            }
            if (best == null) {
                if (hasContent(tokens, item[0], item[1])) {
                    break;
                }
                continue;
            }
            Path p = toPath(text, tokens, sentence, best, Set.of(cue));
            if (p != null) {
                out.add(p);
            }
            if (bestUnread > 0) {
                break;   // the list ends in this item
            }
        }
        return out;
    }

    /**
     * The first token of a phrase linking a finding to the metastasis cue right after it ("nodules in both lungs
     * consistent with metastases": {@code metastasis_link} rows), or -1.
     */
    private int linkBefore(List<Token> tokens, int sentenceStart, int cue) {
        if (appositionBeforeSpreadFrom(tokens, sentenceStart, cue)) {
            return cue - 1;
        }
        for (List<String> phrase : rules.metastasisLinks) {
            int first = cue - phrase.size();
            if (first < sentenceStart) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < phrase.size() && same; k++) {
                same = tokens.get(first + k).text().equalsIgnoreCase(phrase.get(k));
            }
            if (same) {
                return first;
            }
        }
        return -1;
    }

    /**
     * Whether the metastasis cue stands in apposition to the finding before it, a comma or dash between, and
     * "from" names its primary right after it ("liver lesion, metastasis from colon cancer", "bone tumor -
     * metastasis from kidney"): the finding is that metastasis, so its site is the secondary site (Guidelines
     * I.C.2.d), as with a linking phrase ("consistent with").
     */
    private static boolean appositionBeforeSpreadFrom(List<Token> tokens, int sentenceStart, int cue) {
        return cue - 1 > sentenceStart && cue + 1 < tokens.size()
                && APPOSITION.contains(tokens.get(cue - 1).text())
                && "from".equalsIgnoreCase(tokens.get(cue + 1).text());
    }

    private static final Set<String> APPOSITION = Set.of(",", "-", "\u2013", "\u2014");

    /**
     * The secondary site of a finding the note links to a metastasis cue: the site the Neoplasm table reads in
     * the finding's words, from the previous comma, semicolon or colon to the link ("multiple nodules in the
     * liver compatible with metastases": liver), the path's evidence running from the site to the cue.
     */
    private Path findingSite(String text, List<Token> tokens, int sentence, ClauseWords.SentenceWords sentenceWords,
                             int link, int cue) {
        int sentenceStart = sentenceWords.sentenceStart;
        int a = link;
        while (a > sentenceStart && !CLAUSE_BREAK.matcher(tokens.get(a - 1).text()).matches()) {
            a--;
        }
        IndexWalker.Found whole = secondarySiteIn(sentenceWords, a, link, cue);
        // the finding's own site is the one nearest the link: "the chest film showed nodules in both lung fields
        // consistent with metastases" places them in the lung, not in the chest the study was taken of; a
        // reading of the whole finding that takes in those same words, or reads the same site, is kept (it is
        // the fuller name of that site: "lymph nodes of the hepatic hilum")
        IndexWalker.Found near = null;
        for (int from = link - 1; from > a && whole != null; from--) {
            IndexWalker.Found f = secondarySiteIn(sentenceWords, from, link, cue);
            if (near != null && (f == null || !f.tokens().containsAll(near.tokens()))) {
                break;   // the nearest site, read as fully as the words before it allow ("right adrenal gland")
            }
            near = f == null ? near : f;
        }
        IndexWalker.Found f = near == null || whole.tokens().containsAll(near.tokens())
                || Objects.equals(whole.code(), near.code()) ? whole : near;
        if (f == null || negatedInside(tokens, f.tokens(), cue)) {
            return null;
        }
        return toPath(text, tokens, sentence, f, Set.of(cue));
    }

    /** The secondary site the Neoplasm table reads in [from, to) with the metastasis cue, or null. */
    private IndexWalker.Found secondarySiteIn(ClauseWords.SentenceWords sentenceWords, int from, int to, int cue) {
        ClauseWords cw = new ClauseWords(sentenceWords, from, to);
        IndexWalker.Found f = walker.neoplasm(cw, Set.of(cue), List.of("Neoplasm", "secondary (metastatic)"), 3);
        return f == null || f.tokens().size() < 2 ? null : f;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.]");

    /** List items after a cue, [start, end) split at commas and "and"/"or", up to the sentence's end or a semicolon. */
    private static List<int[]> itemsAfter(List<Token> tokens, int start, int end) {
        List<int[]> items = new ArrayList<>();
        int a = start;
        for (int t = start; t < end; t++) {
            String s = tokens.get(t).text();
            // "from" after the secondary sites names the primary ("metastatic to the liver from the colon")
            if (s.equals(";") || s.equals(":") || s.equals(".") || s.equalsIgnoreCase("from")) {
                end = t;
                break;
            }
            if (s.equals(",") || tokens.get(t).isListJoin()) {
                if (t > a) {
                    items.add(new int[] {a, t});
                }
                a = t + 1;
            }
        }
        if (end > a && a >= start) {
            items.add(new int[] {a, end});
        }
        return items;
    }

    /** List items before a cue, nearest first, split as {@link #itemsAfter}, back to the sentence's start. */
    private static List<int[]> itemsBefore(List<Token> tokens, int sentenceStart, int cue) {
        List<int[]> items = new ArrayList<>();
        int b = cue;
        for (int t = cue - 1; t >= sentenceStart; t--) {
            String s = tokens.get(t).text();
            if (s.equals(";") || s.equals(":") || s.equals(".")) {
                sentenceStart = t + 1;
                break;
            }
            if (s.equals(",") || tokens.get(t).isListJoin()) {
                if (b > t + 1) {
                    items.add(new int[] {t + 1, b});
                }
                b = t;
            }
        }
        if (b > sentenceStart) {
            items.add(new int[] {sentenceStart, b});
        }
        return items;
    }

    /** Whether the item starting at {@code first} follows "and"/"or" (not only a comma) after the list's start. */
    private static boolean joined(List<Token> tokens, int first, int start) {
        return first - 1 >= start && tokens.get(first - 1).isListJoin();
    }

    /** A count of an item ("2", "1/19"): "metastases in 1/19 lymph nodes" names the nodes as its site. */
    private static final Pattern COUNT = Pattern.compile("\\d+(/\\d+)?");

    /** The content words of [a, b) a path did not read, list fillers ("both", "multiple") and counts apart. */
    private int unread(List<Token> tokens, int a, int b, Set<Integer> used) {
        int n = 0;
        for (int t = a; t < b; t++) {
            String norm = tokens.get(t).norm();
            if (!norm.isEmpty() && !used.contains(t) && !rules.listFillers.contains(norm)
                    && !COUNT.matcher(tokens.get(t).text()).matches()) {
                n++;
            }
        }
        return n;
    }

    private boolean hasContent(List<Token> tokens, int a, int b) {
        return unread(tokens, a, b, Set.of()) > 0;
    }

    /**
     * Whether a lone main term's path went through one of its own cross-references to a code, and may be
     * taken: the word is a condition noun of the rules, or the term it sends to is not a general word
     * ("Analgesia, see Anesthesia": a note's "analgesia" is a treatment, and "anesthesia" is a stop word).
     */
    private boolean followedAlone(IndexWalker.Found f, IndexTerm main, String key) {
        if (main.see().isEmpty() && main.seeAlso().isEmpty() || f.steps().size() < 2
                || !f.steps().get(1).startsWith("see ")) {
            return false;
        }
        String ref = f.steps().get(1).substring(4);
        String target = TermNormalizer.key(ref.split(",")[0]);
        // a main term of several words naming a condition ("Tarsal tunnel syndrome, see Syndrome, tarsal
        // tunnel") is followed although its reference starts at a general word; a morphology sent to a site of
        // the Neoplasm table ("Neurofibroma, see also Neoplasm, nerve, benign") has that site's code, though
        // "neoplasm" alone is a general word
        return rules.conditionNouns.contains(key) || key.indexOf(' ') > 0 && rules.namesCondition(key)
                || !rules.stop.contains(target) || walker.leadsToTableSite(ref);
    }

    /**
     * Whether an eponym written without its head noun is written as a name: every word capitalized, and a
     * one-word eponym in the possessive ("Crohn's", never a capitalized everyday word such as "Still").
     */
    /**
     * Whether the word after an eponym read on tokens up to {@code j} names an operation or test
     * ({@code eponym_operation} rows): "a Whipple's procedure" is a pancreaticoduodenectomy, no Whipple's disease.
     */
    private boolean namesOperation(List<Token> tokens, int j, int to) {
        for (int t = j + 1; t < to; t++) {
            String norm = tokens.get(t).norm();
            if (!norm.isEmpty()) {
                return rules.eponymOperations.contains(norm);
            }
        }
        return false;
    }

    private static boolean writtenAsName(List<Token> tokens, Set<Integer> hit, int words) {
        for (int t : hit) {
            String text = tokens.get(t).text();
            if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
                return false;
            }
            if (words == 1 && text.indexOf('\'') < 0 && text.indexOf('\u2019') < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a negation word lies inside the path: before its main term ("postoperative day without
     * complications": the assertion stage looks for cues before a mention, so this one would be missed), or
     * after it before a subterm word the path took, itself not taken ("inguinal hernia without obstruction" is
     * not Hernia, with obstruction).
     */
    private boolean negatedInside(List<Token> tokens, Set<Integer> used, int mainStart) {
        int first = used.isEmpty() ? mainStart : min(used);
        int last = used.isEmpty() ? mainStart : max(used);
        for (int t = first; t <= last; t++) {
            if ((t < mainStart || !used.contains(t))
                    && rules.negations.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return prefixNegated(tokens, used);
    }

    /**
     * Whether a word the path reads is written after a negating prefix the path does not read ({@code
     * negating_prefix}), as a word of its own or joined by a hyphen: "non vascular lesions" are lesions that are
     * not vascular (no Lesion, vascular), "non-traumatic" no injury; a subterm that writes the prefix itself
     * ("non-ST elevation") reads it.
     */
    private boolean prefixNegated(List<Token> tokens, Set<Integer> used) {
        if (rules.negatingPrefixes.isEmpty()) {
            return false;
        }
        for (int t : used) {
            int p = t - 1;
            if (p >= 0 && tokens.get(p).text().equals("-") && tokens.get(p).span().end() == tokens.get(t).span().start()) {
                p--;
            }
            if (p >= 0 && p != t - 1 && tokens.get(p).span().end() != tokens.get(p + 1).span().start()) {
                continue;   // a dash between spaces is no hyphen
            }
            if (p >= 0 && !used.contains(p)
                    && rules.negatingPrefixes.contains(tokens.get(p).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens a {@code shared_cause} main term's path reads before the "with" joining it to another condition
     * ("streptococcal" of "streptococcal pneumonia with sepsis"): that condition's own words, read by both
     * paths. Empty for other main terms and paths reading nothing across a "with".
     */
    private Set<Integer> sharedCause(List<Token> tokens, IndexWalker.Found f, IndexTerm main, Set<Integer> mainTokens) {
        List<String> mainWords = main.words();
        if (mainTokens.isEmpty() || !rules.sharedCause.contains(
                mainWords.size() == 1 ? mainWords.get(0) : String.join(" ", mainWords))) {
            return Set.of();
        }
        int pathFirst = min(f.tokens());
        for (int t = min(mainTokens) - 1; t > pathFirst; t--) {
            if (joinsWith(tokens, t)) {
                Set<Integer> shared = new HashSet<>();
                for (int u : f.tokens()) {
                    if (u < t) {
                        shared.add(u);
                    }
                }
                return shared;
            }
        }
        return Set.of();
    }

    private static final Pattern WITH_WORD = Pattern.compile("(?i)\\bwith\\b");

    /**
     * The window [from, to) on the main term's side of a "with" that the path reads across without walking a
     * "with" entry, or null when it reads across none. What "with" joins is another condition or statement
     * ("tricuspid regurgitation with moderate pulmonary hypertension", "the valve appears normal with trace
     * regurgitation"), which qualifies the main term only through the Index's own "with" entries ("Diabetes,
     * with, nephropathy"; "Problem (with) (related to), primary support group"). A "with" after a {@code
     * with_link} word links the words as the Index's connectors do ("migraine associated with menses",
     * "cerebellar hypodensity consistent with infarct"); so does a "with" before an organism
     * ("mononucleosis with EBV": its cause). A main term listed as {@code shared_cause} reads the organism written
     * before its "with" ("streptococcal pneumonia with sepsis" is Sepsis, streptococcal).
     */
    private int[] withinWith(SentenceContext ctx, IndexWalker.Found f, IndexTerm main, Set<Integer> mainTokens,
                             ClauseWords near) {
        if (f.tokens().isEmpty() || main.modifierWords().contains("with")) {
            return null;
        }
        List<Token> tokens = ctx.tokens();
        int mainStart = min(mainTokens);
        int mainEnd = max(mainTokens) + 1;
        int after = -1;
        int pathLast = max(f.tokens());
        for (int t = mainEnd; t < pathLast; t++) {
            if (joinsWith(tokens, t) && !organismAfter(ctx, t)) {
                after = t;
                break;
            }
        }
        int before = -1;
        boolean sharedCause = rules.sharedCause.contains(String.join(" ", main.words()));
        int pathFirst = min(f.tokens());
        for (int t = mainStart - 1; t > pathFirst && !sharedCause; t--) {
            if (joinsWith(tokens, t)) {
                before = t;
                break;
            }
        }
        if (after < 0 && before < 0) {
            return null;
        }
        for (String step : f.steps()) {
            if (WITH_WORD.matcher(step).find()) {
                return null;
            }
        }
        return new int[] {before < 0 ? near.from : before + 1, after < 0 ? near.to : after};
    }

    /**
     * The "and"/"or" after the main term that a path reads across to a word after another condition, when the
     * path also reads a word of its own before the main term, or -1. A condition already qualified before its
     * main term ("right arm pain") does not share the site written after the next condition of a coordinated
     * pair ("... and numbness in the fingers"): that site is the second condition's. Without a qualifier of its
     * own ("pain and swelling of the knee") the site is read as both conditions', and a path through the Index's
     * own "with" entry reads the pair as one condition.
     */
    static int coordinatedConditionAfter(List<Token> tokens, IndexWalker.Found f, Set<Integer> mainTokens) {
        if (f.tokens().isEmpty() || min(f.tokens()) >= min(mainTokens)) {
            return -1;
        }
        for (String step : f.steps()) {
            if (WITH_WORD.matcher(step).find()) {
                return -1;   // the Index joins the two ("Cleft, palate, with cleft lip"): one condition
            }
        }
        int pathLast = max(f.tokens());
        for (int t = max(mainTokens) + 1; t + 1 < pathLast; t++) {
            String w = tokens.get(t).text();
            if ((w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) && !tokens.get(t + 1).norm().isEmpty()
                    && !f.tokens().contains(t + 1)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The "and"/"or" after the main term that a path reads across when the last word it reads beyond it qualifies
     * a noun the path did not read, or -1: that word opens the next noun phrase, whose head lies beyond the path
     * ("dilatation of the ureter and marked renal parenchyma": "renal" qualifies the parenchyma, not the ureter's
     * dilatation; a chunk rule of {@link NounPhraseWords}). A site list of the condition's own phrase ("pain in
     * the chest and abdomen", "... and abdominal region") ends at the path's last word and stays read, as does a
     * list of sites that a link word ("of", "in") or a site the path read opens before the coordinator: the
     * adjective after it names the next site ("edema of the eyelid and conjunctival fornix"), and a site both
     * conditions share, linked after the second ("abrasion and congestion of the vaginal mucosa").
     */
    static int nextPhraseOpened(List<Token> tokens, IndexWalker.Found f, Set<Integer> mainTokens) {
        if (f.tokens().isEmpty() || mainTokens.isEmpty()) {
            return -1;
        }
        int pathLast = max(f.tokens());
        if (!NOUN_PHRASES.qualifiesNextWord(tokens, pathLast)) {
            return -1;
        }
        for (int t = max(mainTokens) + 1; t < pathLast; t++) {
            if (f.tokens().contains(t) || siteLinkBetween(tokens, t, t + 1)) {
                return -1;   // a site list of the condition: "edema of the eyelid and conjunctival fornix"
            }
            if (tokens.get(t).isAndOr()) {
                return siteLinkBetween(tokens, t + 1, pathLast) ? -1 : t;
            }
        }
        return -1;
    }

    /**
     * The "and"/"or" before the main term that a path reads across backward when the last word it reads, after
     * the coordinator, qualifies a noun it did not read, or -1: both conjuncts qualify that head, which is no
     * condition the path names ("blood and urine analysis" is an analysis of both, no blood in the urine; a chunk
     * rule of {@link NounPhraseWords}). A list of modifiers whose shared head the path reads stays read ("renal
     * and hepatic failure", "chest and abdominal pain").
     */
    static int sharedHeadAfterPath(List<Token> tokens, IndexWalker.Found f, Set<Integer> mainTokens) {
        if (f.tokens().isEmpty() || mainTokens.isEmpty()) {
            return -1;
        }
        int pathFirst = min(f.tokens());
        for (int t = min(mainTokens) - 1; t > pathFirst; t--) {
            if (tokens.get(t).isAndOr()) {
                return NOUN_PHRASES.qualifiesNextWord(tokens, max(f.tokens())) ? t : -1;
            }
        }
        return -1;
    }

    /**
     * The "and"/"or" before the main term that a path reads across backward when a word it reads before the
     * coordinator qualifies a noun there that it did not read and that names no condition, or -1: that noun heads
     * a phrase of the first conjunct, and its modifiers are not the second conjunct's ("vascular structures and
     * nerve damage" is no vascular damage; a chunk rule of {@link NounPhraseWords}). A modifier the path reads
     * before a condition lends itself to both ("rheumatic fever and heart disease"), as does a first conjunct the
     * path reads up to the coordinator ("renal and hepatic failure").
     */
    int headLeftBeforeCoordinator(List<Token> tokens, IndexWalker.Found f, Set<Integer> mainTokens) {
        if (f.tokens().isEmpty() || mainTokens.isEmpty()) {
            return -1;
        }
        int pathFirst = min(f.tokens());
        for (int t = min(mainTokens) - 1; t > pathFirst; t--) {
            if (tokens.get(t).isAndOr()) {
                return unreadHeadBefore(tokens, f.tokens(), pathFirst, t) ? t : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a word of the path in [from, to) qualifies the word after it, a noun before {@code to} that the path
     * did not read and that is no Index main term of a condition (the Index sends "Tissue" and "Nerve" to the
     * condition, so they name none).
     */
    private boolean unreadHeadBefore(List<Token> tokens, Set<Integer> path, int from, int to) {
        for (int p = from; p + 1 < to; p++) {
            Token next = tokens.get(p + 1);
            if (path.contains(p) && !path.contains(p + 1) && NOUN_PHRASES.qualifiesNextWord(tokens, p)
                    && !NOUN_PHRASES.modifier(next) && !namesConditionInIndex(next.norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a main term of the Index that the Index does not send to the condition it qualifies. */
    private boolean namesConditionInIndex(String norm) {
        AlphabeticIndex.KeyLookup known = norm.isEmpty() ? null : index.lookup(norm);
        if (known == null) {
            return false;
        }
        for (IndexTerm main : known.mainTerms()) {
            if (!main.see().contains("condition") && !main.seeAlso().contains("condition")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a link word of a site ("of", "in") stands among tokens [from, to). */
    private static boolean siteLinkBetween(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (SITE_LINKS.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word after token {@code t} names an organism, as an organism mention or an abbreviation in
     * capitals ("mononucleosis with EBV"): the cause of the condition, not a second one.
     */
    private static boolean organismAfter(SentenceContext ctx, int t) {
        int next = t + 1;
        while (next < ctx.tokens().size() && ctx.tokens().get(next).norm().isEmpty()) {
            next++;
        }
        if (next >= ctx.tokens().size()) {
            return false;
        }
        String text = ctx.tokens().get(next).text();
        return ctx.organismEnds().containsKey(next)
                || text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** A "with" that joins a second condition: not one after a word linking it ({@code with_link}). */
    private boolean joinsWith(List<Token> tokens, int t) {
        return tokens.get(t).text().equalsIgnoreCase("with")
                && !(t > 0 && rules.withLinks.contains(tokens.get(t - 1).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a path to a primary site reads that site before a metastasis word that "from" follows, the
     * metastasis word right after the path's last word or a joining word or two on: "brain tumors - adenocarcinoma
     * and metastasis from breast" says the brain's tumours are the spread of a breast primary (Guidelines I.C.2.d),
     * so the brain is the secondary site, read by the secondary-site search, never a primary of the brain.
     */
    private boolean siteBeforeSpreadFrom(List<Token> tokens, IndexWalker.Found f, Set<Integer> mainTokens) {
        int last = -1;
        for (int t : f.tokens()) {
            last = Math.max(last, t);
        }
        int cue = -1;
        for (int t = last + 1; t < Math.min(tokens.size(), last + 4) && cue < 0; t++) {
            String norm = tokens.get(t).norm();
            if (rules.metastasis.contains(norm)) {
                cue = t;
            } else if (tokens.get(t).text().equals(";")
                    || tokens.get(t).text().equals(",") && !appositionBeforeSpreadFrom(tokens, -1, t + 1)) {
                return false;   // a comma ends the site's phrase unless the metastasis word it joins is the site's
            }
        }
        if (cue < 0 || cue + 1 >= tokens.size() || !"from".equalsIgnoreCase(tokens.get(cue + 1).text())) {
            return false;
        }
        for (int t : f.tokens()) {
            if (!mainTokens.contains(t) && t < cue) {
                return true;
            }
        }
        return false;
    }

    /**
     * A morphology's path that reads a site on the wrong side of a metastasis word. With the "metastatic"
     * subterm ("Carcinoma, metastatic, see Neoplasm, secondary, by site"), a site between the metastasis word and
     * the morphology names the primary: "metastatic colon carcinoma" and "metastasis of renal cell carcinoma" (the
     * colon, the kidney), and so does a site between the morphology and a metastasis word after it ("carcinoma of
     * the cervix metastatic to the lung": the cervix). Without that subterm (the Index prints none under
     * "Adenocarcinoma"), a site after a metastasis word that follows the morphology is the secondary site
     * ("adenocarcinoma metastatic to the liver"), read by the secondary-site search, not the primary.
     */
    private boolean primaryReadAsSecondary(List<Token> tokens, IndexWalker.Found f, Set<Integer> mainTokens, int mainStart) {
        int mainEnd = mainStart;
        for (int t : mainTokens) {
            mainEnd = Math.max(mainEnd, t);
        }
        List<String> steps = f.steps();
        if (siteOfAnotherNeoplasm(tokens, f, steps, mainTokens, mainStart)) {
            return true;
        }
        if (!anyStepHolds(steps, "metastatic", true)) {
            if (siteBeforeSpreadFrom(tokens, f, mainTokens)) {
                return true;
            }
            int cue = -1;
            for (int t = mainEnd + 1; t < Math.min(tokens.size(), mainEnd + 4) && cue < 0; t++) {
                if (rules.metastasis.contains(tokens.get(t).norm())) {
                    cue = t;
                }
            }
            if (cue < 0 || forwardAt(tokens, cue + 1, tokens.size()) == 0) {
                return false;
            }
            for (int t : f.tokens()) {
                if (t > cue && !mainTokens.contains(t)) {
                    return true;
                }
            }
            return false;
        }
        int before = -1;
        int after = Integer.MAX_VALUE;
        for (int t : f.tokens()) {
            if (!mainTokens.contains(t) && rules.metastasis.contains(tokens.get(t).norm())) {
                if (t < mainStart) {
                    before = Math.max(before, t);
                } else if (t > mainEnd) {
                    after = Math.min(after, t);
                }
            }
        }
        // the Index's "Metastasis, cancer, from specified site" (primary) and "to specified site" (secondary): a site
        // written before a metastasis word that leads on to another site ("bladder carcinoma metastatic to the
        // liver") or after "from" ("metastatic carcinoma from the bladder") is the primary's
        boolean spreadOnward = after != Integer.MAX_VALUE && forwardAt(tokens, after + 1, tokens.size()) > 0;
        for (int t : f.tokens()) {
            if (!mainTokens.contains(t)
                    && (before >= 0 && t > before && t < mainStart || after != Integer.MAX_VALUE && t > mainEnd && t < after
                    || spreadOnward && t < mainStart && t > before && !rules.metastasis.contains(tokens.get(t).norm())
                    || t > mainEnd && fromBetween(tokens, mainEnd, t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path reads a metastasis word before its main term and a site after "from" past it ("metastatic
     * carcinoma from the bladder").
     */
    private boolean spreadFromAfter(List<Token> tokens, IndexWalker.Found f, int mainStart) {
        boolean cueBefore = false;
        int last = -1;
        for (int t : f.tokens()) {
            cueBefore |= t < mainStart && rules.metastasis.contains(tokens.get(t).norm());
            last = Math.max(last, t);
        }
        return cueBefore && fromBetween(tokens, mainStart, last);
    }

    /** Whether "from" is written between two tokens of a clause (after {@code from}, before {@code to}). */
    private static boolean fromBetween(List<Token> tokens, int from, int to) {
        for (int u = from + 1; u < to; u++) {
            if ("from".equalsIgnoreCase(tokens.get(u).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path to the secondary column ("metastatic disease", "metastases"; {@code steps}: its titles)
     * reads as its secondary site a word before its main term or metastasis word that a neoplasm word follows:
     * "lung cancer, stage IV metastatic disease" names the lung as the primary cancer's site, not as a site of
     * the metastases.
     */
    private boolean siteOfAnotherNeoplasm(List<Token> tokens, IndexWalker.Found f, List<String> steps,
                                          Set<Integer> mainTokens, int mainStart) {
        if (!anyStepHolds(steps, "secondary", false)) {
            return false;
        }
        int anchor = mainStart;   // the main term, or a metastasis word the path read before it
        for (int t : f.tokens()) {
            if (t < anchor && rules.metastasis.contains(tokens.get(t).norm())) {
                anchor = t;
            }
        }
        for (int t : f.tokens()) {
            if (t < anchor && !mainTokens.contains(t)) {
                for (int u = t + 1; u < anchor; u++) {
                    if (!f.tokens().contains(u) && namesNeoplasm(tokens.get(u).norm())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a step of a path holds {@code words} ({@code atStart}: its lower-cased title begins with them); asked of
     * every path found, by index (no stream).
     */
    private static boolean anyStepHolds(List<String> steps, String words, boolean atStart) {
        for (int k = 0; k < steps.size(); k++) {
            String step = steps.get(k);
            if (atStart ? step.toLowerCase(Locale.ROOT).startsWith(words) : step.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a main term the Index sends to the Neoplasm table ("Cancer, see Neoplasm, malignant"). */
    private boolean namesNeoplasm(String norm) {
        if (norm.isEmpty()) {
            return false;
        }
        AlphabeticIndex.KeyLookup known = index.lookup(norm);
        if (known == null) {
            return false;
        }
        for (IndexTerm main : known.mainTerms()) {
            for (String ref : main.see()) {
                if (ref.startsWith("Neoplasm")) {
                    return true;
                }
            }
            for (String ref : main.seeAlso()) {
                if (ref.startsWith("Neoplasm")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Encounter reasons (Z00-Z13: examinations, screening) and external causes (V-Y) describe the visit or
     * the accident, not a documented condition: a clause's words never lead to them through the Index.
     */
    private static final Pattern NOT_FROM_INDEX = Pattern.compile("[VWXY].*|Z(0\\d|1[0-3]).*");

    private static boolean notCodedFromIndex(String code) {
        return NOT_FROM_INDEX.matcher(code).matches();
    }

    /**
     * The number of words of a phrase leading from a metastasis cue to its site ({@code metastasis_forward}
     * rows: "to", "in", "at the level of") written at token {@code at}, the longest; 0 if none.
     */
    private int forwardAt(List<Token> tokens, int at, int end) {
        return wordsAt(rules.metastasisForward, tokens, at, end);
    }

    /** The number of words of the longest of these phrases (written words) written at token {@code at}; 0 if none. */
    private static int wordsAt(List<List<String>> phrases, List<Token> tokens, int at, int end) {
        int best = 0;
        for (List<String> phrase : phrases) {
            if (phrase.size() <= best || at + phrase.size() > end) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < phrase.size() && same; k++) {
                same = tokens.get(at + k).text().equalsIgnoreCase(phrase.get(k));
            }
            if (same) {
                best = phrase.size();
            }
        }
        return best;
    }

    /**
     * "metastatic to the liver", "liver metastases", "metastatic liver lesions": the Neoplasm table's secondary
     * column for the site. A site right after "metastatic" is the secondary site only when a lesion word
     * ends it ("metastatic liver lesions", "metastatic bone disease"); "metastatic colon cancer" names the
     * primary.
     */
    private Path secondarySite(String text, List<Token> tokens, int sentence, ClauseWords w, int cue) {
        boolean forwardAfterCue = forwardAt(tokens, cue + 1, w.to) > 0;
        int head = forwardAfterCue ? -1 : headBeforeForward(tokens, cue, w.to);
        int primary = forwardAfterCue || head > 0 ? -1 : primaryBeforeForward(tokens, cue, w.to);
        boolean forward = head > 0 || forwardAfterCue || primary > 0;
        int lesion = forward ? -1 : lesionAfter(tokens, cue, w.to);
        int primaryFrom = forward ? fromAfter(tokens, cue, w.to) : -1;
        Set<Integer> outside = new HashSet<>();
        for (int t = w.from; t < w.to; t++) {
            // the primary's own words ("breast cancer" of "metastatic breast cancer to the liver") are no secondary site
            boolean inside = primary > 0 ? t == cue || t > primary
                    : forward ? t >= cue : lesion > 0 ? t >= cue && t < lesion : t <= cue && t >= cue - 3;
            if (!inside || primaryFrom > 0 && t >= primaryFrom) {
                outside.add(t);
            }
        }
        IndexWalker.Found f = walker.neoplasm(w, union(Set.of(cue), outside), List.of("Neoplasm", "secondary (metastatic)"), 3);
        if (f == null) {
            return null;
        }
        Set<Integer> used = new HashSet<>(f.tokens());
        used.removeAll(outside);
        if (used.size() < 2 || negatedInside(tokens, used, cue)) {
            return null;   // "the chest showed no metastasis" names no secondary site of the chest
        }
        if (lesion > 0) {
            used.add(lesion);   // "metastatic liver lesions" is one finding: the lesion word is not read again
        }
        if (head > 0) {
            used.add(head);   // "metastatic lesions to the brain" is one finding: not also a lesion of the brain
        }
        // a neoplasm word after the site ("metastatic bone carcinoma") is the condition itself: the path replaces
        // the site's primary neoplasm read from the same words ("bone carcinoma")
        Set<Integer> main = lesion > 0 && !rules.metastasisHeads.contains(tokens.get(lesion).norm())
                ? Set.of(cue, lesion) : Set.of(cue);
        return toPath(text, tokens, sentence, f.withTokens(used), main);
    }

    /**
     * The token of "from" after a forward phrase's site ("metastatic to the liver from the colon"): the words
     * after it name the primary, not a secondary site; -1 if none.
     */
    private static int fromAfter(List<Token> tokens, int cue, int to) {
        for (int t = cue + 2; t < to; t++) {
            if (tokens.get(t).text().equalsIgnoreCase("from")) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The token of a lesion word right after a metastasis cue that a forward phrase follows ("metastatic lesions
     * to the brain", "metastatic deposits in the liver"): the site after the phrase is the secondary site, as in
     * "metastatic to the brain"; -1 if none.
     */
    private int headBeforeForward(List<Token> tokens, int cue, int to) {
        for (int t = cue + 1; t < Math.min(to, cue + 3); t++) {
            String norm = tokens.get(t).norm();
            if (norm.isEmpty()) {
                continue;
            }
            return rules.metastasisHeads.contains(norm) && forwardAt(tokens, t + 1, to) > 0 ? t : -1;
        }
        return -1;
    }

    /**
     * The last token of the primary neoplasm named between a metastasis cue and a forward phrase ("metastatic
     * melanoma to the inguinal nodes", "metastatic breast cancer to the liver"): a word of at most
     * {@link #PRIMARY_WORDS} words after the cue that names a neoplasm ({@link #namesNeoplasm} or a main term
     * whose own code is a neoplasm's) right before the forward phrase, no comma between; -1 if none. The site
     * after the phrase is then the secondary site, as in "metastatic to the liver".
     */
    private int primaryBeforeForward(List<Token> tokens, int cue, int to) {
        for (int t = cue + 1, words = 0; t + 1 < to && words < PRIMARY_WORDS; t++) {
            Token token = tokens.get(t);
            if (token.text().equals(",") || token.text().equals(";") || rules.metastasis.contains(token.norm())) {
                return -1;
            }
            if (token.norm().isEmpty()) {
                continue;
            }
            words++;
            if (forwardAt(tokens, t + 1, to) > 0 && (namesNeoplasm(token.norm()) || codesNeoplasm(token.norm()))) {
                return t;
            }
        }
        return -1;
    }

    private static final int PRIMARY_WORDS = 4;

    /** Whether a word is a main term whose own code is a malignant neoplasm's ("Melanoma" C43.9). */
    private boolean codesNeoplasm(String norm) {
        AlphabeticIndex.KeyLookup known = index.lookup(norm);
        if (known == null) {
            return false;
        }
        for (IndexTerm main : known.mainTerms()) {
            String code = main.code();
            if (code != null && !code.isEmpty() && code.charAt(0) == 'C') {
                return true;
            }
        }
        return false;
    }

    /** The token of a lesion word one to three words after a metastasis cue ("metastatic liver lesions"), or -1. */
    private int lesionAfter(List<Token> tokens, int cue, int to) {
        for (int t = cue + 2; t < Math.min(to, cue + 5); t++) {
            if (rules.metastasisHeads.contains(tokens.get(t).norm())) {
                return t;
            }
        }
        return neoplasmAfterSite(tokens, cue, to);
    }

    /**
     * The token of a neoplasm word right after a {@code metastasis_site} phrase right after a metastasis cue
     * ("metastatic bone carcinoma", "metastatic lymph node cancer"): no carcinoma arises at such a site, so,
     * as a lesion word does, the neoplasm word makes the site the secondary site; -1 if none.
     */
    private int neoplasmAfterSite(List<Token> tokens, int cue, int to) {
        int t = cue + 1 + wordsAt(rules.metastasisSites, tokens, cue + 1, to);
        if (t == cue + 1 || t >= to) {
            return -1;
        }
        String norm = tokens.get(t).norm();
        return namesNeoplasm(norm) || codesNeoplasm(norm) ? t : -1;
    }

    /**
     * A substance of the Table of Drugs with a word of harm in the same clause: its column by effect and intent.
     * A causal link ("due to") is a word of harm only after a condition of the clause (an Index path found or a
     * dictionary mention before it): what it links otherwise is no harm ("not done due to the sedative given").
     */
    private Path drug(String text, List<Token> tokens, int sentence, ClauseWords w, List<Path> found,
                      BitSet mentioned) {
        if (!w.mayNameHarm()) {
            return null;
        }
        int column = 0;
        int cue = -1;
        int reachFrom = w.from;
        int reachTo = w.to;
        boolean causal = false;
        for (ClauseWords.Word word : w.all()) {
            Integer c = rules.drugEffects.get(word.word());
            Integer reach = rules.drugCauseReach.get(word.word());
            if (c != null && (column == 0 || causal && reach == null)) {
                // a word of harm itself ("toxicity") reads any substance of the clause; a causal link
                // ("secondary to") only one written within its reach after it
                column = c;
                cue = word.firstToken();
                causal = reach != null;
                reachFrom = reach == null ? w.from : word.endToken();
                reachTo = reach == null ? w.to : Math.min(w.to, word.endToken() + reach + 1);
            }
        }
        if (column == 0 || causal && !conditionBefore(found, mentioned, w.from, cue)) {
            return null;
        }
        if (column == 2) {
            for (ClauseWords.Word word : w.all()) {
                column = rules.drugIntents.getOrDefault(word.word(), column);
            }
        }
        for (int i = reachFrom; i < reachTo; i++) {
            StringBuilder key = new StringBuilder();
            Set<Integer> hit = new HashSet<>();
            IndexTerm substance = null;
            Set<Integer> substanceTokens = null;
            for (int j = i; j < w.to && hit.size() < 4; j++) {
                String norm = tokens.get(j).norm();
                if (norm.isEmpty()) {
                    continue;
                }
                key.append(key.length() > 0 ? " " : "").append(norm);
                hit.add(j);
                IndexTerm d = index.drug(key.toString());
                if (d != null && !rules.stop.contains(key.toString())) {
                    substance = d;
                    substanceTokens = Set.copyOf(hit);
                }
            }
            if (substance != null && !substanceTokens.contains(cue) && !namesNoHarm(tokens, max(substanceTokens), w.to)) {
                Set<Integer> used = union(substanceTokens, Set.of(cue));
                IndexWalker.Found f = walker.drug(substance, w, used,
                        List.of("Table of Drugs and Chemicals", substance.title(), columnName(column)), column);
                if (f != null) {
                    return toPath(text, tokens, sentence, f, substanceTokens);
                }
            }
        }
        return null;
    }

    /** Whether an Index path found in the clause or a dictionary mention lies wholly in [from, before). */
    private static boolean conditionBefore(List<Path> found, BitSet mentioned, int from, int before) {
        for (Path p : found) {
            if (p.mention().endToken() <= before) {
                return true;
            }
        }
        return mentioned != null && mentioned.nextSetBit(from) >= 0 && mentioned.nextSetBit(from) < before;
    }

    /** Whether the word right after a substance says it did no harm here ("a penicillin allergy" is a status). */
    private boolean namesNoHarm(List<Token> tokens, int last, int to) {
        for (int t = last + 1; t < to; t++) {
            String norm = tokens.get(t).norm();
            if (!norm.isEmpty()) {
                return rules.drugNotHarmAfter.contains(norm);
            }
        }
        return false;
    }

    private static String columnName(int column) {
        return switch (column) {
            case 2 -> "poisoning, accidental (unintentional)";
            case 3 -> "poisoning, intentional self-harm";
            case 4 -> "poisoning, assault";
            case 5 -> "poisoning, undetermined";
            case 6 -> "adverse effect";
            default -> "underdosing";
        };
    }

    /** A path ending inside an abbreviated organism ("due to K." of "K. pneumoniae") takes the whole name as evidence. */
    private static Path stretched(String text, List<Token> tokens, Path p, Map<Integer, Integer> organismEnds) {
        if (p == null) {
            return null;
        }
        Mention m = p.mention();
        Integer end = organismEnds.get(m.endToken() - 1);
        if (end == null || end <= m.endToken()) {
            return p;
        }
        Span span = new Span(m.span().start(), tokens.get(end - 1).span().end());
        return new Path(new Mention(span, span.coveredText(text), m.terms(), m.sentenceIndex(), m.firstToken(), end),
                p.tokens(), p.mainTokens(), p.shared());
    }

    private Path toPath(String text, List<Token> tokens, int sentence, IndexWalker.Found f, Set<Integer> main) {
        CodeCarrier.Carried carried = index.carried(f.code());
        if (carried.code() == null) {
            return null;
        }
        if (f.tokens().isEmpty()) {
            throw new NoSuchElementException("a path without tokens");
        }
        int first = min(f.tokens());
        int last = max(f.tokens());
        Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        String steps = String.join(" \u2192 ", f.steps());
        if (carried.status() == CodeCarrier.Status.REPLACED) {
            steps += " \u2192 " + f.code() + " (FY2017; now " + carried.code() + ")";
        }
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(steps, carried.code(), TermSource.ALPHABETIC_INDEX));
        Mention m = new Mention(span, span.coveredText(text), terms, sentence, first, last + 1);
        return new Path(m, f.tokens(), main);
    }

    /** The dictionary mentions, less those an Index path supersedes, plus the Index paths they do not cover. */
    private static List<Mention> merge(List<Mention> mentions, List<Path> paths, List<Token> tokens,
                                       NavigationRules rules, BiPredicate<Mention, Mention> asksForAsAdditional) {
        // by identity: spares hashing every mention; equal mentions meet the same tests below, so are dropped alike
        Set<Mention> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Mention> out = new ArrayList<>();
        // Only mentions overlapping a path's tokens matter: with the mentions ordered by first token and the
        // longest mention known, each path looks at its own neighbourhood, so the merge stays linear.
        List<Mention> byFirst = new ArrayList<>(mentions);
        byFirst.sort(Comparator.comparingInt(Mention::firstToken));
        int longest = byFirst.stream().mapToInt(m -> m.endToken() - m.firstToken()).max().orElse(0);
        for (Path p : paths) {
            if (readsIntoNextCondition(p, byFirst, tokens) || skipsNextConditionsName(p, byFirst, tokens)) {
                continue;
            }
            boolean covered = false;
            boolean refines = false;
            int from = Mention.firstStartingAtOrAfter(byFirst, p.mention().firstToken() - longest);
            for (int k = from; k < byFirst.size() && byFirst.get(k).firstToken() < p.mention().endToken(); k++) {
                Mention m = byFirst.get(k);
                if (m.sentenceIndex() != p.mention().sentenceIndex() || m.endToken() <= p.mention().firstToken()) {
                    continue;
                }
                Set<Integer> words = contentTokens(m, tokens);
                boolean sameCondition = !Collections.disjoint(words, p.mainTokens());
                if (m.terms().isEmpty()) {
                    // every reading of it was rejected by a word sense: the path is read afresh, and replaces it
                    if (sameCondition) {
                        dropped.add(m);
                    }
                    continue;
                }
                boolean special = m.terms().stream().anyMatch(t -> t.source() == TermSource.INJURY_SEARCH
                        || t.source() == TermSource.MEASUREMENT);
                if (special && sameCondition || words.containsAll(p.tokens())) {
                    covered = true;
                } else if (sameCondition && p.tokens().containsAll(words)) {
                    if (!asksForAsAdditional.test(p.mention(), m)) {
                        dropped.add(m);
                    }
                    refines = true;
                } else if (p.tokens().containsAll(words) && adjoins(m, p, tokens) && !namesAgent(m)
                        && !sameCode(m, p.mention()) && namingTokens(p, tokens, rules).containsAll(words)) {
                    // a word of the condition's own name ("nevus" of "basal cell nevus syndrome", "anemia" of
                    // "blood loss anemia", "seborrheic" of a seborrheic keratosis), not a second condition
                    dropped.add(m);
                }
            }
            if (!covered) {
                out.add(refines ? refinement(p.mention()) : p.mention());
            }
        }
        for (Mention m : mentions) {
            if (!dropped.contains(m)) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return out;
    }

    /** Possessive words that open another noun phrase after "and"/"or" ({@code clause_subject_words.txt}). */
    private static final Set<String> CLAUSE_SUBJECT_WORDS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/lookup/clause_subject_words.txt"));

    /** The chunk rule that tells a word qualifying the noun after it ({@code noun_phrase_words.tsv}). */
    private static final NounPhraseWords NOUN_PHRASES = NounPhraseWords.load();

    /** Words after which a condition's own site follows ("pain in the arm", "swelling of the eyelids"). */
    private static final Set<String> SITE_LINKS = Set.of("of", "in", "on", "at", "to", "with", "from", "around", "over");

    /**
     * Whether a path took, after "and" or "or" following its main term, the words that open the next
     * condition's phrase: its modifiers or the first words of its name, the condition's own head word lying
     * beyond the path ("pain and left arm numbness": the arm is the numbness's; "pain and abdominal distension").
     * A site written after the second condition ("pain and stiffness in the knee") is shared, and stays read, as
     * is the noun list a main term written before its noun qualifies ("neurogenic bowel and bladder");
     * so is an organism of a list of agents ("sepsis secondary to a staphylococcus and an enterococcus").
     */
    private static boolean readsIntoNextCondition(Path p, List<Mention> byFirst, List<Token> tokens) {
        if (p.mainTokens().isEmpty() || p.tokens().isEmpty()) {
            return false;   // a path below a statement head reads no main term of the note
        }
        int last = max(p.tokens());
        int after = max(p.mainTokens()) + 1;
        if (after >= last) {
            return false;
        }
        Token next = tokens.get(after);   // "and"/"or" joins two conditions: the words after it are the next's
        if (!next.isAndOr() && !SITE_LINKS.contains(next.text().toLowerCase(Locale.ROOT))) {
            return false;   // the main term qualifies the noun after it: "neurogenic bowel and bladder"
        }
        int coordinator = -1;
        for (int t = after; t < last; t++) {
            if (tokens.get(t).isAndOr()) {
                coordinator = t;
                break;
            }
        }
        if (coordinator < 0) {
            return false;
        }
        if (CLAUSE_SUBJECT_WORDS.contains(tokens.get(coordinator + 1).text().toLowerCase(Locale.ROOT))) {
            return true;   // "and his ...": another noun phrase, the subject of a new clause, none of this one's sites
        }
        for (int k = Mention.firstStartingAtOrAfter(byFirst, coordinator + 1);
             k < byFirst.size() && byFirst.get(k).firstToken() <= last + 1; k++) {
            Mention m = byFirst.get(k);
            if (m.sentenceIndex() == p.mention().sentenceIndex() && m.endToken() - 1 > last && !namesAgent(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path read a subterm before "and"/"or" and its main term after it, passing over a word of the
     * second condition's own name: a dictionary mention that starts after the coordinator names that condition
     * with the skipped word and the main term ("hypertension and ischemic heart disease": the heart disease is
     * the ischemic one, I25.9, not the hypertensive heart disease "Disease, heart, hypertensive" gives; the
     * Guidelines presume the link of hypertension only with the heart diseases of I50 and I51.4-I51.9, I.C.9.a.1).
     * With no word skipped ("hypertension and heart disease") the path stands.
     */
    private static boolean skipsNextConditionsName(Path p, List<Mention> byFirst, List<Token> tokens) {
        if (p.mainTokens().isEmpty() || p.tokens().isEmpty()) {
            return false;
        }
        int first = min(p.tokens());
        int mainFirst = min(p.mainTokens());
        int coordinator = -1;
        for (int t = first + 1; t < mainFirst; t++) {
            if (tokens.get(t).isAndOr()) {
                coordinator = t;
                break;
            }
        }
        if (coordinator < 0 || !readsWholeCondition(p, byFirst, tokens, first, coordinator)) {
            return false;
        }
        for (int k = Mention.firstStartingAtOrAfter(byFirst, coordinator + 1);
             k < byFirst.size() && byFirst.get(k).firstToken() < mainFirst; k++) {
            Mention m = byFirst.get(k);
            if (m.sentenceIndex() != p.mention().sentenceIndex() || m.terms().isEmpty()
                    || m.endToken() <= max(p.mainTokens())) {
                continue;
            }
            for (int t = m.firstToken(); t < mainFirst; t++) {
                if (!p.tokens().contains(t) && !tokens.get(t).norm().isEmpty()
                        && !NAME_FILLERS.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a path reads, before the coordinator, every word of a condition named there in its own right
     * ("hypertension" of "hypertension and ischemic heart disease"), not a site sharing the head after it ("low
     * back and left leg pain") nor one word of a longer name ("chronic" of "chronic sinusitis and ...").
     */
    private static boolean readsWholeCondition(Path p, List<Mention> byFirst, List<Token> tokens, int first,
                                               int coordinator) {
        for (int k = Mention.firstStartingAtOrAfter(byFirst, first);
             k < byFirst.size() && byFirst.get(k).firstToken() < coordinator; k++) {
            Mention m = byFirst.get(k);
            if (m.sentenceIndex() == p.mention().sentenceIndex() && !m.terms().isEmpty()
                    && m.endToken() <= coordinator && p.tokens().containsAll(contentTokens(m, tokens))) {
                return true;
            }
        }
        return false;
    }

    /** Words that may stand between the words of one name ("blood loss anemia of the newborn"). */
    private static final Set<String> NAME_FILLERS = Set.of("of", "the", "a", "an", "-", "'s");

    /**
     * Whether a mention and a path's main term are one run of the path's own words: nothing else of the note
     * lies between them, neither a link ("streptococcal pneumonia with sepsis", "disorder secondary to chronic
     * pain"), nor a coordination ("hypertension and ischemic heart disease"), nor other words ("protein binding
     * studies revealed malabsorption"): a word of the name is written inside the name.
     */
    private static boolean adjoins(Mention m, Path p, List<Token> tokens) {
        int from = Math.min(m.firstToken(), min(p.mainTokens()));
        int to = Math.max(m.endToken(), max(p.mainTokens()) + 1);
        for (int t = from; t < to; t++) {
            if ((t < m.firstToken() || t >= m.endToken()) && !p.tokens().contains(t)
                    && !NAME_FILLERS.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a mention reads the code a path gives, or one above or below it (the path already stands for it). */
    /**
     * Whether the path's code asks, by a "use additional code" note of the Tabular, for every code of the main
     * term's dictionary mention it reads: "end-stage renal disease due to hypertension" is I12.0, whose note asks
     * for the stage (N18.6), the code the main term's own words give; so that mention stays beside the path.
     */
    private boolean asksForAsAdditional(Mention path, Mention m) {
        if (codeSet == null || m.terms().isEmpty()) {
            return false;
        }
        List<InstructionalNote> notes = codeSet.effectiveNotes(path.terms().get(0).code(), NoteType.USE_ADDITIONAL_CODE);
        return !notes.isEmpty() && m.terms().stream().allMatch(t -> t.code() != null
                && notes.stream().anyMatch(n -> n.refersTo(t.code())));
    }

    private static boolean sameCode(Mention m, Mention path) {
        String code = path.terms().get(0).code();
        return m.terms().stream().anyMatch(t -> t.code() != null && (t.code().startsWith(code) || code.startsWith(t.code())));
    }

    /**
     * Whether a mention reads as an infectious agent (B95-B97): the agent of a condition is coded beside it
     * (Guidelines I.C.1.b), so "E. coli" stays a mention inside "E. coli urinary tract infection".
     */
    private static boolean namesAgent(Mention m) {
        return m.terms().stream().anyMatch(t -> t.code() != null && Organisms.isAgent(t.code()));
    }

    /** A nonessential modifier of an Index title, in parentheses. */
    private static final Pattern NONESSENTIAL = Pattern.compile("\\([^)]*\\)");

    /**
     * The tokens of a path that name its condition: those read by the main term and the subterms before the
     * first that links another condition ("with", "due to", "in"), cross-references included ("Lesion,
     * keratotic, see Keratosis, seborrheic" names one seborrheic keratosis). Words after a link name a second
     * condition ("Hypertension, with, kidney disease"), coded in its own right.
     */
    private static Set<Integer> namingTokens(Path p, List<Token> tokens, NavigationRules rules) {
        Set<String> keys = new HashSet<>();
        for (String step : p.mention().terms().get(0).text().split(" \u2192 ")) {
            boolean reference = step.startsWith("see ");
            // a title's nonessential modifiers ("(with calcification)") are no step of the path
            List<String> words = TermNormalizer.words(
                    NONESSENTIAL.matcher(reference ? step.substring(4) : step).replaceAll(" "));
            if (!reference && words.stream().anyMatch(w -> rules.connectors.contains(w) || rules.negatives.containsKey(w))) {
                break;
            }
            words.forEach(w -> keys.add(IndexWalker.key(w)));
        }
        Set<Integer> out = new HashSet<>();
        for (int t : p.tokens()) {
            if (keys.contains(IndexWalker.key(tokens.get(t).norm()))) {
                out.add(t);
            }
        }
        return out;
    }

    private static Mention refinement(Mention m) {
        List<Term> terms = m.terms().stream()
                .map(t -> new Term(t.text(), t.code(), TermSource.ALPHABETIC_INDEX_REFINEMENT)).toList();
        return new Mention(m.span(), m.text(), terms, m.sentenceIndex(), m.firstToken(), m.endToken());
    }

    private static Set<Integer> contentTokens(Mention m, List<Token> tokens) {
        Set<Integer> out = new HashSet<>();
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            if (!tokens.get(t).norm().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static int min(Set<Integer> tokens) {
        if (tokens instanceof TokenSet s && !s.isEmpty()) {
            return s.first();   // held sorted: no boxing walk
        }
        int m = Integer.MAX_VALUE;
        for (int t : tokens) {
            m = Math.min(m, t);
        }
        return m;
    }

    private static int max(Set<Integer> tokens) {
        if (tokens instanceof TokenSet s && !s.isEmpty()) {
            return s.last();
        }
        int m = Integer.MIN_VALUE;
        for (int t : tokens) {
            m = Math.max(m, t);
        }
        return m;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
