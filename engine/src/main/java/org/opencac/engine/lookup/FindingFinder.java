package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.WordSet;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Findings a coder recognises although no term or Index path codes them as written: a word of
 * {@code finding_words.txt} that no mention covers ("no polyps", "a firm mass", "questionable infiltrate"),
 * or a word the file names with the main term a coder looks it up under ("redness": Erythema).
 * The Index codes such a word only with a site or type the note may not give, so the mention carries no term
 * and codes nothing; it is there so that the assertion of the finding (negated, hypothetical ...) is reported
 * in the mentions. Each listed word must be an Index main term of a condition: its codes (its own and its
 * subterms', or those of the term its "see" reference leads to) mostly of the disease and injury chapters
 * (A-T), and no reference to "condition" (as an anatomical word has: "Abdomen, see also condition").
 * A phrase of {@code finding_phrases.txt} (an examination sign, mood or affect, an imaging finding: "Murphy
 * sign", "depressed mood", "free air") is reported the same way; no Index term names it, so it is not checked
 * (a one-word phrase must not be an Index main term: such a word is a finding word, and checked).
 */
public final class FindingFinder implements Stage {
    public static final String WORDS = "/org/opencac/engine/lookup/finding_words.txt";
    public static final String PHRASES = "/org/opencac/engine/lookup/finding_phrases.txt";

    private final AlphabeticIndex index;
    private final ConditionTerms conditions;
    private final WordForms forms;
    /** The finding words (keys) this finder reads ({@code finding_words.txt}). */
    private final Set<String> words;
    /** Finding words the Index prints under another main term (checked, not needed once found). */
    private final Set<String> synonyms;
    /** Finding phrases no Index main term prints ({@code finding_phrases.txt}), as normalized keys. */
    private final Set<String> phrases;
    /**
     * Phrases read only beside one of their cue words in the same sentence (a second column of
     * {@code finding_phrases.txt}): "retractions" beside breathing words is the chest wall drawn in, beside
     * an operation's words the surgeon's retraction.
     */
    private final Map<String, Set<String>> phraseCues;
    /** The most words of a finding phrase. */
    private final int maxPhraseWords;
    /** Each run of a finding phrase's leading words ("free", "free air"): a key outside it extends to no phrase. */
    private final Set<String> phrasePrefixes;
    /**
     * The Index keys a finding is read from ({@link #isFinding}) and their leading words ("pleural" of
     * "pleural effusion"): a token that begins none, and whose base form is none, starts no finding, so the
     * search from it stops before looking anything up (most words of a note).
     */
    private final Set<String> findingStarts;

    /**
     * @param words    the finding words, each an Index main term of a condition
     * @param synonyms words a coder looks up under another main term ("redness": Erythema), to that main term
     */
    public FindingFinder(AlphabeticIndex index, WordForms forms, Set<String> words, Map<String, String> synonyms,
            Set<String> phrases) {
        this(index, forms, words, synonyms, phrases, Map.of());
    }

    /**
     * @param phraseCues phrases read only beside one of their cue words; a one-word phrase here may be a word
     *                   the Index prints, if it prints it as a condition (its cues decide the sense)
     */
    public FindingFinder(AlphabeticIndex index, WordForms forms, Set<String> words, Map<String, String> synonyms,
            Set<String> phrases, Map<String, Set<String>> phraseCues) {
        this.index = index;
        this.conditions = new ConditionTerms(index);
        this.forms = forms;
        // asked per token: hashed sets (WordSet)
        this.words = WordSet.of(words);
        this.synonyms = WordSet.of(synonyms.keySet());
        Set<String> allPhrases = new HashSet<>(phrases);
        allPhrases.addAll(phraseCues.keySet());
        this.phrases = WordSet.of(allPhrases);
        this.phraseCues = Map.copyOf(phraseCues);
        int longest = 0;
        List<String> indexWords = new ArrayList<>();
        for (String p : this.phrases) {
            int n = p.split(" ").length;
            AlphabeticIndex.KeyLookup known = n == 1 ? index.lookup(p) : null;
            if (known != null && !known.mainTerms().isEmpty()
                    && (!phraseCues.containsKey(p) || known.mainTerms().stream().noneMatch(conditions::names))) {
                indexWords.add(p);   // a word the Index prints belongs in the checked finding words
            }
            longest = Math.max(longest, n);
        }
        if (!indexWords.isEmpty()) {
            throw new IllegalArgumentException(PHRASES + ": one-word phrases the Index prints as main terms"
                    + " (list them in " + WORDS + "): " + indexWords);
        }
        this.maxPhraseWords = longest;
        Set<String> prefixes = new HashSet<>();
        for (String p : this.phrases) {
            addWithLeadingRuns(p, prefixes);
        }
        this.phrasePrefixes = WordSet.of(prefixes);
        List<String> bad = new ArrayList<>();
        List<String> checked = new ArrayList<>(this.words);
        checked.addAll(synonyms.values());
        for (String w : checked) {
            AlphabeticIndex.KeyLookup known = index.lookup(w);
            if (known == null || known.mainTerms().stream().noneMatch(conditions::names)) {
                bad.add(w);
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException(WORDS + ": not Index main terms of a condition: " + bad);
        }
        this.findingStarts = findingStarts(index, this.words);
    }

    /** The keys of {@code index} that read as a finding of {@code words}, and each run of their leading words. */
    static Set<String> findingStarts(AlphabeticIndex index, Set<String> words) {
        Set<String> starts = new HashSet<>();
        for (String key : index.keys()) {
            if (isFinding(words, key, index.lookup(key).mainTerms())) {
                addWithLeadingRuns(key, starts);
            }
        }
        // a HashSet, not Set.copyOf: most words are none, and a HashSet rejects them on the stored hash
        return java.util.Collections.unmodifiableSet(starts);
    }

    /** Adds a key and each run of its leading words ("free air": "free", "free air"). */
    private static void addWithLeadingRuns(String key, Set<String> into) {
        for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
            into.add(key.substring(0, sp));
        }
        into.add(key);
    }

    /** The finder of the bundled {@code finding_words.txt}. */
    public static FindingFinder standard(AlphabeticIndex index, WordForms forms) {
        Set<String> words = new HashSet<>();
        Map<String, String> synonyms = new HashMap<>();
        for (String[] f : DataFiles.table(WORDS, 1, 2)) {
            if (f.length == 1) {
                words.add(TermNormalizer.key(f[0]));
            } else {
                synonyms.put(TermNormalizer.key(f[0]), TermNormalizer.key(f[1]));
            }
        }
        Set<String> phrases = new HashSet<>();
        Map<String, Set<String>> cues = new HashMap<>();
        for (String[] f : DataFiles.table(PHRASES, 1, 2)) {
            String phrase = TermNormalizer.key(f[0].replace('-', ' '));
            if (f.length == 1) {
                phrases.add(phrase);
            } else {
                Set<String> need = new HashSet<>();
                for (String c : f[1].split(",")) {
                    need.add(TermNormalizer.key(c.trim()));
                }
                cues.put(phrase, need);
            }
        }
        return new FindingFinder(index, forms, words, synonyms, phrases, cues);
    }

    @Override
    public Document process(Document doc) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : doc.mentions()) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                covered[t] = true;
            }
        }
        List<Mention> found = null;
        IndexKeyWalk keys = ConditionTerms.keyWalk(index, forms);
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (sentence.span().equals(doc.sectionOf(sentence).header())) {
                continue;
            }
            int i = sentence.firstToken();
            while (i < sentence.endToken()) {
                int end = covered[i] ? -1
                        : Math.max(phraseEnd(tokens, covered, sentence.firstToken(), i, sentence.endToken()),
                                findingEnd(keys, tokens, covered, i, sentence.endToken()));
                if (end < 0) {
                    i++;
                    continue;
                }
                if (found == null) {
                    found = new ArrayList<>(doc.mentions());
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
                found.add(new Mention(span, span.coveredText(doc.text()), List.of(), s, i, end));
                i = end;
            }
        }
        return found == null ? doc : doc.withMentions(found);
    }

    /**
     * One past the last token of the longest finding phrase from token i (no token of it covered), or -1. Dropped
     * words ("of") and hyphens are passed over; other punctuation ends the phrase. No phrase starts right after
     * a hyphen.
     */
    private int phraseEnd(List<Token> tokens, boolean[] covered, int from, int i, int limit) {
        if (tokens.get(i).norm().isEmpty() || i > 0 && tokens.get(i - 1).text().equals("-")
                && tokens.get(i - 1).span().start() == tokens.get(i).span().start() - 1) {
            return -1;   // "non-Q wave": a compound's second part, which its first part may negate
        }
        if (!phrasePrefixes.contains(tokens.get(i).norm())) {
            return -1;   // most words begin no phrase: no key is built
        }
        StringBuilder key = new StringBuilder();
        int best = -1;
        for (int j = i, n = 0; j < limit && n < maxPhraseWords && !covered[j]; j++) {
            Token t = tokens.get(j);
            if (t.norm().isEmpty()) {
                if (t.isPunctuation() && !t.text().equals("-") && !t.text().equals("/")) {
                    break;   // a hyphen or a slash ("c/c/e": clubbing, cyanosis, edema) joins a phrase's words
                }
                continue;
            }
            n++;
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t.norm());
            String k = n == 1 ? t.norm() : key.toString();   // one word: the token's own string, its hash kept
            if (!phrasePrefixes.contains(k)) {
                break;   // no phrase begins with these words
            }
            if (phrases.contains(k) && cuesMet(k, tokens, from, limit)) {
                best = j + 1;
            }
        }
        return best;
    }

    /** Whether the phrase needs no cue, or one of its cue words is in the sentence (it ends at {@code limit}). */
    private boolean cuesMet(String phrase, List<Token> tokens, int from, int limit) {
        Set<String> need = phraseCues.get(phrase);
        if (need == null) {
            return true;
        }
        for (int t = from; t < limit; t++) {
            String w = tokens.get(t).norm();
            String base = w.isEmpty() ? null : forms.base(w);
            if (need.contains(w) || base != null && need.contains(base)) {
                return true;
            }
        }
        return false;
    }

    /** One past the last token of the longest finding key from token i (no token of it covered), or -1. */
    private int findingEnd(IndexKeyWalk keys, List<Token> tokens, boolean[] covered, int i, int limit) {
        if (tokens.get(i).norm().isEmpty()) {
            return -1;
        }
        if (synonyms.contains(tokens.get(i).norm())) {
            return i + 1;
        }
        if (!mayStartFinding(tokens.get(i).norm())) {
            return -1;
        }
        return ConditionTerms.longestKeyEnd(keys, tokens, i, limit, covered, (k, known) -> isFinding(k, known.mainTerms()));
    }

    /**
     * Whether a finding key may begin with this word: it begins one, or its base form (one word) is one. Every
     * key the search below reads begins with the word, except the base form it reads instead of a one-word key.
     */
    private boolean mayStartFinding(String norm) {
        if (findingStarts.contains(norm)) {
            return true;
        }
        String base = forms.base(norm);
        return base != null && base.indexOf(' ') < 0 && findingStarts.contains(base);
    }

    /** Whether the key or the main term it names ("infected": Infection, infected, infective) is a finding word. */
    private boolean isFinding(String key, List<IndexTerm> mains) {
        return isFinding(words, key, mains);
    }

    private static boolean isFinding(Set<String> words, String key, List<IndexTerm> mains) {
        if (words.contains(key)) {
            return true;
        }
        for (IndexTerm m : mains) {
            if (!m.words().isEmpty() && words.contains(m.words().get(0))) {
                return true;
            }
        }
        return false;
    }
}
