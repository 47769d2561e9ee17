package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.NounPhraseWords;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.SideComparison;
import org.opencac.engine.text.Token;
import org.opencac.models.ModelBundle;
import org.opencac.models.lexicon.KeyFilter;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.Term;

/**
 * Dictionary matching: finds the longest word sequences of each sentence whose normalized key is a
 * lexicon term, leftmost first, without overlaps. Function words the normalizer drops ("of", "the") are
 * skipped; other punctuation ends a match except hyphens and slashes inside a term, and a comma where a
 * term as the lexicon writes it has one ("alcohol use disorder, mild") or a site in apposition follows
 * ("Internal derangement, left knee": {@link Clauses#siteApposition}). Measured values
 * coded by range (BMI, NIHSS) are found by {@link MeasurementFinder}.
 */
public final class MentionFinder implements Stage {
    public static final String STOPLIST = "/org/opencac/engine/mention/mention_stoplist.txt";
    /** The chunk rule that tells a word qualifying the noun after it ({@code noun_phrase_words.tsv}). */
    private static final NounPhraseWords NOUN_PHRASES = NounPhraseWords.load();
    /** Words that never stand in a finding coordinated before a shared condition word ({@link #sharedCondition}). */
    static final Set<String> FUNCTION_WORDS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/coordination_function_words.txt"));
    /**
     * Side words a match reads through inside a term where no term writes them there ("degenerative arthritis of
     * left knee" is the term of the knee; the side, in the clause, chooses the sided code).
     */
    static final Set<String> PHRASE_SIDE_WORDS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/phrase_side_words.txt"));
    /**
     * Words naming a cesarean's incision a match reads through inside a term where no term writes them there
     * ("repeat low transverse cesarean section" is the term of a repeat cesarean; the incision stays in the clause).
     */
    public static final Set<String> PHRASE_INCISION_WORDS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/phrase_incision_words.txt"));
    /** The delivery words after which a run of incision words is read through ({@link #runBeforeHead}). */
    static final Set<String> INCISION_HEADS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/incision_heads.txt"));
    /**
     * Words naming a coronary artery a match reads through inside a term where no term writes them there, in a run a
     * coronary procedure word ends ("status post LAD stenting" is the term of the stent's status).
     */
    static final Set<String> PHRASE_VESSEL_WORDS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/phrase_vessel_words.txt"));
    /** The coronary procedure words after which a run of vessel words is read through ({@link #runBeforeHead}). */
    static final Set<String> VESSEL_HEADS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/vessel_heads.txt"));
    /**
     * Words naming where along a ligament or tendon it is injured, which a match reads through inside a term when
     * they end with a part noun and "of" ("tear of the femoral attachment of the anterior cruciate ligament" is the
     * term of the ligament's tear; {@link #attachmentBeforeOf}).
     */
    static final Set<String> PHRASE_ATTACHMENT_WORDS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/phrase_attachment_words.txt"));
    /** The part nouns a run of attachment words ends with ("attachment", "insertion"). */
    static final Set<String> ATTACHMENT_HEADS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/attachment_heads.txt"));
    /** Two-word phrases whose dropped second word a match never skips ("secondary to": a cause follows). */
    public static final String RELATIONS = "/org/opencac/engine/mention/relational_phrases.txt";

    private final Lexicon lexicon;
    private final Set<String> stoplist;
    private final MeasurementFinder measurements;
    private final InjuryFinder injuries;
    private final WordForms forms;
    private final Set<String> relations;
    /** Whether a code's title says chronic (a code of "acute on chronic" X, J96.2-), read only for that phrase. */
    private final Predicate<String> chronicTitle;

    public MentionFinder(Lexicon lexicon, Set<String> stoplist, MeasurementFinder measurements, InjuryFinder injuries) {
        this(lexicon, stoplist, measurements, injuries, WordForms.none(), Set.of());
    }

    /**
     * A finder that also reads adjectival forms as the lexicon word they stand for ({@link WordForms}) and
     * never skips the dropped word of a relational phrase ("secondary to").
     */
    public MentionFinder(Lexicon lexicon, Set<String> stoplist, MeasurementFinder measurements, InjuryFinder injuries,
                         WordForms forms, Set<String> relations) {
        this(lexicon, stoplist, measurements, injuries, forms, relations, code -> true);
    }

    /**
     * As above, also reading "acute on chronic" X as two conditions where {@code chronicTitle} denies a code of
     * both.
     */
    public MentionFinder(Lexicon lexicon, Set<String> stoplist, MeasurementFinder measurements, InjuryFinder injuries,
                         WordForms forms, Set<String> relations, Predicate<String> chronicTitle) {
        this.chronicTitle = chronicTitle;
        this.relations = Set.copyOf(relations);
        this.lexicon = lexicon;
        this.stoplist = Set.copyOf(stoplist);
        this.measurements = measurements;
        this.injuries = injuries;
        this.forms = forms;
    }

    public static MentionFinder standard(ModelBundle models) {
        return standard(models, WordForms.standard(models.lexicon(), models.alphabeticIndex()));
    }

    public static MentionFinder standard(ModelBundle models, WordForms forms) {
        return new MentionFinder(models.lexicon(), readStoplist(), MeasurementFinder.standard(models.codeSet()),
                InjuryFinder.standard(models), forms, new HashSet<>(DataFiles.lines(RELATIONS)),
                code -> models.codeSet().get(code).map(c -> CHRONIC.matcher(c.title()).find()).orElse(true));
    }

    @Override
    public Document process(Document doc) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (sentence.span().equals(doc.sectionOf(sentence).header())) {
                continue;
            }
            Forms forms = formsOf(tokens, sentence.firstToken(), sentence.endToken());
            int i = sentence.firstToken();
            int found = out.size();
            while (i < sentence.endToken()) {
                int end = longestMatch(tokens, i, sentence.endToken(), forms, out, s, doc.text(), -1, -1);
                i = end > i ? end : i + 1;
            }
            acuteOnChronic(tokens, sentence.firstToken(), found, out, s, doc.text());
            invertedModifiers(tokens, sentence.endToken(), found, out, s, doc.text());
            measurements.find(doc.text(), sentence, s, tokens, out);
            injuries.find(doc.text(), sentence, s, tokens, out, found);
        }
        return doc.withMentions(out);
    }

    /**
     * Tries every extension from token i, as written and with adjectival forms read as their lexicon word
     * ({@link WordForms}); records the longest match (as written on a tie) and returns its end (or i).
     */
    private int longestMatch(List<Token> tokens, int i, int limit, Forms forms, List<Mention> out, int sentence,
                             String text, int skipFrom, int skipTo) {
        Token first = tokens.get(i);
        if (first.norm().isEmpty()) {
            return i;
        }
        int bestEnd = -1;
        List<Term> bestTerms = null;
        // Whether the first pass read a word that has a form: until it reaches one, the second pass reads the same
        // words, asks the same keys and stops where the first did, finding no term of its own (it takes only terms
        // a form rewrote), so it is walked only when the first pass reached such a word.
        boolean formReached = false;
        for (int pass = 0; pass < 2; pass++) {
            // The words so far: while there is one, that word itself; the builder (the sentence's one, emptied) is
            // taken at a second word, as most runs end at their first.
            String single = "";
            StringBuilder key = null;
            int words = 0;
            boolean rewritten = false;
            // The words so far, their String hash and what the lexicon's key filter says of it: the run's string
            // is made only when it may be a key, as most runs of two words or more are not.
            int hash = 0;
            // Whether it is still to be asked whether a longer term may start with the words so far (only once the
            // match could go on: a word or a skipped word follows, as punctuation or the limit ends it anyway),
            // and the words' filter flags, which answer it (Lexicon.mayBePrefix: a rare wrong yes only tries a
            // word more, whose exact key lookup finds nothing).
            boolean unasked = false;
            int unaskedFlags = 0;
            // The "and"/"or" the run read over, or -1: its words then stand in two conjuncts
            int coordinator = -1;
            for (int j = i; j < limit && words < lexicon.maxWords(); j++) {
                if (j == skipFrom) {
                    j = skipTo - 1;   // the coordinated findings between a finding and the site they share
                    continue;
                }
                Token t = tokens.get(j);
                if (t.norm().isEmpty()) {
                    if (j > i && t.isAndOr()) {
                        coordinator = j;
                    }
                    if (j > i && levelAlias(tokens, j, limit)) {
                        j += 2;   // "S1 (L5) radiculopathy" is the S1 term: the level in parentheses renames it
                        continue;
                    }
                    if (t.isPunctuation() && !joins(t.text()) && !initialPeriod(tokens, j, limit)
                            && !closesLeadingParenthesis(tokens, i, j, limit)
                            && !(t.text().equals(",")
                                    && (lexicon.continuesAfterComma(key != null ? key.toString() : single)
                                    || Clauses.siteApposition(tokens, j, limit)))) {
                        break;
                    }
                    if (unasked) {
                        if (!Lexicon.mayBePrefix(unaskedFlags)) {
                            break;
                        }
                        unasked = false;
                    }
                    if (j > i && relational(tokens.get(j - 1), t)
                            && (words < 2 || !Lexicon.mayBePrefix(unaskedFlags))) {
                        // "ESRD secondary to diabetes" names a cause, not "secondary diabetes"; a term that writes
                        // a condition and then the relation ("depressive disorder secondary to medical condition")
                        // reads through
                        break;
                    }
                    continue;
                }
                if (unasked && !Lexicon.mayBePrefix(unaskedFlags)) {
                    break;
                }
                String word = t.norm();
                if (PHRASE_SIDE_WORDS.contains(word) && SideComparison.compared(tokens, j)) {
                    break;   // "knee pain, right worse than left": the compared side is of both, no term's own side
                }
                if (words > 0 && runBeforeHead(tokens, j, limit, PHRASE_VESSEL_WORDS, VESSEL_HEADS)
                        && !writesWith(tokens, i, j)
                        && !termWritesRun(key != null ? key.toString() : single, tokens, j, limit)) {
                    continue;   // a coronary vessel before its procedure, which no term writes there: read through it
                }
                if (words > 0 && (PHRASE_SIDE_WORDS.contains(word)
                        || runBeforeHead(tokens, j, limit, PHRASE_INCISION_WORDS, INCISION_HEADS)
                        || attachmentBeforeOf(tokens, j, limit))
                        && !writesWith(tokens, i, j)) {
                    int sided = lexicon.filterFlags(Lexicon.extendedHash(hash, word));
                    if (!Lexicon.mayBeKey(sided) && !Lexicon.mayBePrefix(sided)) {
                        continue;   // a side inside the words of a term that writes none there: read through it
                    }
                }
                String b = forms.base(j);
                if (b != null) {
                    if (pass == 0) {
                        formReached = true;
                    } else {
                        word = b;
                        rewritten = true;
                    }
                }
                if (key == null && single.isEmpty()) {
                    single = word;
                } else {
                    if (key == null) {
                        key = forms.runKey();
                        key.setLength(0);
                        key.append(single);
                    }
                    if (key.length() > 0) {
                        key.append(' ');
                    }
                    key.append(word);
                }
                words++;
                hash = words == 1 ? word.hashCode() : Lexicon.extendedHash(hash, word);
                // Until a form rewrites a word, the second pass reads the first pass's run, which went on past
                // these words (it reached the word with a form): no key is asked here, and only "a longer term may
                // start with them", which the first pass found, is needed, so the filter is not probed again.
                int flags = pass == 1 && !rewritten ? KeyFilter.PREFIX : lexicon.filterFlags(hash);
                // One word: the token's own string, whose hash is worked out once for every lookup of it.
                String k = !Lexicon.mayBeKey(flags) ? null : words == 1 ? word : key != null ? key.toString() : single;
                List<Term> terms = k == null || pass == 1 && !rewritten ? List.of() : lexicon.lookup(k, flags);
                if (!terms.isEmpty() && !stoplist.contains(k) && j + 1 > bestEnd
                        && !secondConjunctsModifier(tokens, coordinator, j)) {
                    bestEnd = j + 1;
                    bestTerms = terms;
                }
                unasked = true;
                unaskedFlags = flags;
            }
            if (pass == 0 && (!formReached || !forms.anyWithin(i, lexicon.maxWords()))) {
                break;
            }
        }
        if (bestTerms == null || bestEnd <= skipTo) {
            return i;
        }
        Span span = new Span(first.span().start(), tokens.get(bestEnd - 1).span().end());
        out.add(new Mention(span, span.coveredText(text), bestTerms, sentence, i, bestEnd));
        return bestEnd;
    }

    /**
     * Whether a run read over the coordinator to its last word {@code j}, which qualifies the noun after it while
     * the word before the coordinator is a noun of its own: the run joins a word of one noun phrase to a modifier
     * of the next ("cold and sore throat" is no cold sore). Two modifiers share the head after them and stay
     * read ("manic and depressive episodes").
     */
    private static boolean secondConjunctsModifier(List<Token> tokens, int coordinator, int j) {
        return coordinator > 0 && !NOUN_PHRASES.modifier(tokens.get(coordinator - 1))
                && NOUN_PHRASES.qualifiesNextWord(tokens, j);
    }

    /**
     * Whether a term goes on from the words read so far with the run of vessel words at token j and its procedure
     * word ("status post coronary artery stenting" writes its vessel): asked of the lexicon itself, not its filter,
     * since a filter's false "may be" would keep a vessel no term writes.
     */
    private boolean termWritesRun(String read, List<Token> tokens, int j, int limit) {
        StringBuilder run = new StringBuilder(read);
        for (int k = j; k < limit; k++) {
            String w = tokens.get(k).norm();
            run.append(' ').append(w);
            if (VESSEL_HEADS.contains(w)) {
                break;
            }
        }
        String key = run.toString();
        return lexicon.isPrefix(key) || !lexicon.lookup(key).isEmpty();
    }

    /**
     * Whether token j starts or continues a run of {@code words} that one of {@code heads} ends: incision words before
     * a delivery word ("low transverse cesarean"), vessel words before a coronary procedure ("LAD stenting").
     */
    private static boolean runBeforeHead(List<Token> tokens, int j, int limit, Set<String> words, Set<String> heads) {
        int k = j;
        while (k < limit && words.contains(tokens.get(k).norm())) {
            k++;
        }
        return k > j && k < limit && heads.contains(tokens.get(k).norm());
    }

    /**
     * Whether token j starts or continues a run of attachment words that ends with a part noun followed by "of"
     * ("femoral attachment of", "insertion of"): the part of the structure named after it, read through.
     */
    private static boolean attachmentBeforeOf(List<Token> tokens, int j, int limit) {
        int k = j;
        while (k < limit && (PHRASE_ATTACHMENT_WORDS.contains(tokens.get(k).norm())
                || ATTACHMENT_HEADS.contains(tokens.get(k).norm()))) {
            k++;
        }
        return k > j && k < limit && ATTACHMENT_HEADS.contains(tokens.get(k - 1).norm())
                && "of".equalsIgnoreCase(tokens.get(k).text());
    }

    /**
     * Whether tokens [from, to) hold "with": in a combination term ("diabetes mellitus with foot ulcer") a side
     * qualifies the condition after "with", which is coded too, so the side ends the match as before.
     */
    private static boolean writesWith(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("with".equalsIgnoreCase(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Acute on chronic X" where the code set has no code of both (no term of the phrase, or a term whose code's
     * title does not say chronic: acute pancreatitis) is two conditions: the acute X, over the whole phrase, and
     * the chronic X, from "chronic" on (acute kidney failure N17.9 and chronic kidney disease N18.9). Where the
     * phrase is a term of a code of both (J96.2-, I50.23, K81.2) it stays one mention.
     */
    private void acuteOnChronic(List<Token> tokens, int sentenceFirst, int found, List<Mention> out, int sentence,
                                String text) {
        for (int n = found, size = out.size(); n < size; n++) {
            Mention m = out.get(n);
            int chronic = m.firstToken();
            if ("chronic".equals(tokens.get(chronic).norm())) {
                int acute = acuteOnBefore(tokens, sentenceFirst, chronic);
                if (acute >= 0 && !covered(out, found, acute)) {
                    List<Term> terms = lexicon.lookup(keyAfter(tokens, "acute", chronic + 1, m.endToken()));
                    if (!terms.isEmpty()) {
                        Span span = new Span(tokens.get(acute).span().start(), m.span().end());
                        out.add(new Mention(span, span.coveredText(text), terms, sentence, acute, m.endToken()));
                    }
                }
            } else if ("acute".equals(tokens.get(chronic).norm()) && !titleSaysChronic(m.terms())) {
                int at = onChronicAfter(tokens, chronic + 1, m.endToken());
                if (at > 0) {
                    List<Term> terms = lexicon.lookup(keyAfter(tokens, "chronic", at + 1, m.endToken()));
                    if (!terms.isEmpty()) {
                        Span span = new Span(tokens.get(at).span().start(), m.span().end());
                        out.add(new Mention(span, span.coveredText(text), terms, sentence, at, m.endToken()));
                    }
                }
            }
        }
        if (out.size() > found + 1) {
            out.subList(found, out.size()).sort(Comparator.comparingInt((Mention m) -> m.span().start())
                    .thenComparingInt(m -> m.span().end()));
        }
    }

    /** The most comma-inverted modifiers read after a condition ("Otitis media, chronic, serous"). */
    private static final int MAX_INVERTED_MODIFIERS = 2;

    /**
     * A condition written as the Alphabetic Index writes it, its modifiers after it and each after a comma
     * ("Otitis media, suppurative"; "Pneumonia, aspiration"): the condition is read with its modifiers before it when
     * the lexicon has that term ("suppurative otitis media"), or with them right before the condition's last word
     * ("Acute appendicitis, gangrenous": "acute gangrenous appendicitis"), the mention then reaching over the modifiers. A modifier
     * word some other mention takes ("Hypertension, chronic kidney disease"), or that another word follows, is never
     * read as one.
     */
    private void invertedModifiers(List<Token> tokens, int limit, int found, List<Mention> out, int sentence,
                                   String text) {
        for (int n = found, size = out.size(); n < size; n++) {
            Mention m = out.get(n);
            List<Integer> modifiers = new ArrayList<>(MAX_INVERTED_MODIFIERS);
            int j = m.endToken();
            while (modifiers.size() < MAX_INVERTED_MODIFIERS && j + 1 < limit && ",".equals(tokens.get(j).text())
                    && !tokens.get(j + 1).norm().isEmpty() && !covered(out, found, j + 1)
                    && !NOT_INDEX_MODIFIERS.contains(tokens.get(j + 1).norm())) {
                modifiers.add(j + 1);
                j += 2;
            }
            if (modifiers.isEmpty()) {
                continue;
            }
            String head = keyAfter(tokens, "", m.firstToken(), m.endToken()).trim();
            for (int k = modifiers.size(); k > 0; k--) {
                if (!endsModifiers(tokens, modifiers.get(k - 1) + 1, limit)) {
                    continue;
                }
                List<Term> terms = lexicon.lookup(modifierKey(tokens, modifiers, k, false) + " " + head);
                if (terms.isEmpty() && k > 1) {
                    terms = lexicon.lookup(modifierKey(tokens, modifiers, k, true) + " " + head);
                }
                int last = head.lastIndexOf(' ');
                if (terms.isEmpty() && last > 0) {
                    // the head's own modifiers stay before the inverted one ("Acute appendicitis, gangrenous" is
                    // an acute gangrenous appendicitis)
                    terms = lexicon.lookup(head.substring(0, last) + " " + modifierKey(tokens, modifiers, k, false)
                            + head.substring(last));
                }
                if (!terms.isEmpty()) {
                    int end = modifiers.get(k - 1) + 1;
                    Span span = new Span(m.span().start(), tokens.get(end - 1).span().end());
                    out.set(n, new Mention(span, span.coveredText(text), terms, sentence, m.firstToken(), end));
                    break;
                }
            }
        }
    }

    /**
     * Words after a comma that are never Index-order modifiers: how the condition feels or how it is controlled or
     * goes now, which the assertion stage reads after the condition's comma ({@code not_index_modifiers.txt}).
     */
    private static final Set<String> NOT_INDEX_MODIFIERS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/mention/not_index_modifiers.txt"));

    /** Words that may follow the last inverted modifier ("Otitis media, suppurative, without rupture"). */
    private static final Set<String> AFTER_MODIFIERS = Set.of("with", "without");

    /**
     * Whether the modifiers end at {@code at}: the sentence ends, punctuation follows, or "with"/"without" does; a
     * word after one ("hernia, bilateral hydroceles"; "anemia, history of") makes it a word of something else.
     */
    private static boolean endsModifiers(List<Token> tokens, int at, int limit) {
        if (at >= limit) {
            return true;
        }
        String word = tokens.get(at).text();
        return !Character.isLetterOrDigit(word.charAt(0)) || AFTER_MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The first {@code k} modifier words, in the order written or (reversed) from the last one back. */
    private static String modifierKey(List<Token> tokens, List<Integer> modifiers, int k, boolean reversed) {
        StringBuilder key = new StringBuilder();
        for (int w = 0; w < k; w++) {
            int at = modifiers.get(reversed ? k - 1 - w : w);
            key.append(w == 0 ? "" : " ").append(tokens.get(at).norm());
        }
        return key.toString();
    }

    /** The token of "acute" in "acute on chronic" (hyphens between) ending right before {@code chronic}, or -1. */
    private static int acuteOnBefore(List<Token> tokens, int first, int chronic) {
        int j = previousWord(tokens, first, chronic);
        if (j < 0 || !"on".equals(tokens.get(j).norm())) {
            return -1;
        }
        j = previousWord(tokens, first, j);
        return j >= 0 && "acute".equals(tokens.get(j).norm()) ? j : -1;
    }

    private static int previousWord(List<Token> tokens, int first, int at) {
        int j = at - 1;
        while (j >= first && tokens.get(j).norm().isEmpty() && "-".equals(tokens.get(j).text())) {
            j--;
        }
        return j >= first && !tokens.get(j).norm().isEmpty() ? j : -1;
    }

    /** The token of "chronic" in "acute on chronic" after "acute" (hyphens between), or -1. */
    private static int onChronicAfter(List<Token> tokens, int from, int end) {
        int j = from;
        String[] words = {"on", "chronic"};
        for (int w = 0; w < words.length; w++) {
            while (j < end && tokens.get(j).norm().isEmpty() && "-".equals(tokens.get(j).text())) {
                j++;
            }
            if (j >= end || !words[w].equals(tokens.get(j).norm())) {
                return -1;
            }
            if (w < words.length - 1) {
                j++;
            }
        }
        return j + 1 < end ? j : -1;
    }

    /** Whether a mention of this sentence already takes the token {@code acute}. */
    private static boolean covered(List<Mention> out, int found, int acute) {
        for (int n = found; n < out.size(); n++) {
            Mention o = out.get(n);
            if (o.firstToken() <= acute && o.endToken() > acute) {
                return true;
            }
        }
        return false;
    }

    private static String keyAfter(List<Token> tokens, String head, int from, int end) {
        StringBuilder key = new StringBuilder(head);
        for (int j = from; j < end; j++) {
            if (!tokens.get(j).norm().isEmpty()) {
                key.append(' ').append(tokens.get(j).norm());
            }
        }
        return key.toString();
    }

    private boolean titleSaysChronic(List<Term> terms) {
        for (Term t : terms) {
            if (chronicTitle.test(t.code())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CHRONIC = Pattern.compile("(?i)\\bchronic\\b");

    /** Prepositions that put a site after a finding ("pain in the knee", "swelling of the ankle"). */
    private static final String[] SITE_PREPOSITIONS = {"in", "of", "on", "over", "at", "involving"};
    /** The lengths of the site prepositions: a word of another length is none of them, told without a compare. */
    private static final BitSet SITE_PREPOSITION_LENGTHS = lengthsOf(SITE_PREPOSITIONS);
    /** The most words of the findings coordinated after the first ("pain, redness and swelling in ..."). */
    private static final int MAX_COORDINATED_WORDS = 4;

    /**
     * The stage that reads a site shared by coordinated findings ({@link #sharedSites}); it runs after the Index
     * paths are found, so that a path read on a coordinated finding and the site ("instability in the knee")
     * keeps its place beside the first finding's term.
     */
    public Stage sharedSiteStage() {
        return this::sharedSites;
    }

    /**
     * A finding word no mention codes, followed by findings coordinated with it and the site they share ("pain
     * and swelling in the right knee", "pain and discomfort in the left upper arm"), is matched with that site
     * as if written next to it: "pain in the right knee". Only a lexicon term made of the first word and the
     * site is taken, so a site never joins a word it does not qualify in a term.
     */
    private Document sharedSites(Document doc) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = new boolean[tokens.size()];
        int[] reach = new int[tokens.size()];   // by first token, the end of the longest mention starting there
        for (Mention m : doc.mentions()) {
            if (!m.terms().isEmpty()) {
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    covered[t] = true;
                }
            }
            // a finding whose readings a word sense rejected is still a finding ("pain" of "thoracic pain")
            reach[m.firstToken()] = Math.max(reach[m.firstToken()], m.endToken());
        }
        List<Mention> found = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            int joined = coordinated(tokens, sentence.firstToken(), sentence.endToken());
            if (joined == 0 || sentence.span().equals(doc.sectionOf(sentence).header())) {
                continue;
            }
            boolean sharedSite = joined == 2;
            Forms forms = null;
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                if (tokens.get(i).norm().isEmpty() || covered[i]) {
                    continue;
                }
                int site = sharedSite ? coordinationEnd(tokens, i + 1, sentence.endToken()) : -1;
                int before = found.size();
                if (site > 0) {
                    if (forms == null) {
                        forms = formsOf(tokens, sentence.firstToken(), sentence.endToken());
                    }
                    longestMatch(tokens, i, sentence.endToken(), forms, found, s, doc.text(), i + 1, site);
                }
                if (found.size() == before && i + 2 < sentence.endToken() && tokens.get(i + 1).isAndOr()
                        && findingReaches(reach, i + 2,
                                Math.min(sentence.endToken() - 1, i + 2 + MAX_COORDINATED_SITE_WORDS), i + 2)) {
                    if (forms == null) {
                        forms = formsOf(tokens, sentence.firstToken(), sentence.endToken());
                    }
                    sharedCondition(tokens, i, sentence.endToken(), forms, found, s, doc.text(), reach);
                }
            }
        }
        if (found.isEmpty()) {
            return doc;
        }
        List<Mention> all = new ArrayList<>(doc.mentions());
        all.addAll(found);
        all.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return doc.withMentions(all);
    }

    /** The most words of the sites coordinated after the first before the condition they share ("and left ankle"). */
    private static final int MAX_COORDINATED_SITE_WORDS = 2;

    /**
     * A word no mention codes, then "and" or "or" and a finding the note codes whose condition word goes on past
     * one or two words ("knee and ankle swelling", "chest and abdominal pain", "trapezius and rhomboid muscle
     * spasm"): the condition is written once for both, and the first word is matched as if written next to it
     * ("knee swelling"). A mention of the note must hold the skipped words' last one or start right after them and
     * go on past them, and none of them may be a function word ({@code coordination_function_words.txt}): words
     * that are no finding ("alcohol and does not use", "medications and if her rash") share nothing. Only a
     * lexicon term made of the first word and the words after the second finding's own words is taken, so a word
     * joins only a condition it qualifies in a term; the shortest coordination that gives one is kept.
     */
    private void sharedCondition(List<Token> tokens, int i, int limit, Forms forms, List<Mention> found, int sentence,
                                 String text, int[] reach) {
        for (int skipTo = i + 3; skipTo <= Math.min(limit - 1, i + 2 + MAX_COORDINATED_SITE_WORDS); skipTo++) {
            if (tokens.get(skipTo - 1).norm().isEmpty()) {
                return;   // punctuation ends the coordinated site ("knee and ankle, swelling")
            }
            if (FUNCTION_WORDS.contains(tokens.get(skipTo - 1).text().toLowerCase(Locale.ROOT))) {
                return;   // "alcohol and does not use": no finding stands after the coordinator
            }
            if (!findingReaches(reach, i + 2, skipTo, skipTo)) {
                continue;   // the words after the coordinator are no finding reaching the shared word
            }
            int before = found.size();
            longestMatch(tokens, i, limit, forms, found, sentence, text, i + 1, skipTo);
            if (found.size() > before) {
                return;
            }
        }
    }

    /** Whether a mention starting at one of tokens [from, to] goes on past token {@code past}. */
    private static boolean findingReaches(int[] reach, int from, int to, int past) {
        for (int k = from; k <= to; k++) {
            if (reach[k] > past) {
                return true;
            }
        }
        return false;
    }

    /** Whether some "and" or "or" of tokens[first, end) comes before a site preposition ({@link #coordinated}). */
    static boolean mayShareSite(List<Token> tokens, int first, int end) {
        return coordinated(tokens, first, end) == 2;
    }

    /**
     * 0 when tokens[first, end) have no "and" or "or" (no coordination to read: the sentence's words need not each
     * be scanned), 2 when one comes before a site preposition (a {@link #coordinationEnd} may be found), else 1.
     */
    static int coordinated(List<Token> tokens, int first, int end) {
        boolean joined = false;
        for (int k = first; k < end; k++) {
            String w = tokens.get(k).text();
            if (tokens.get(k).isAndOr()) {
                joined = true;
            } else if (joined && sitePreposition(w)) {
                return 2;
            }
        }
        return joined ? 1 : 0;
    }

    /**
     * The token of the preposition that ends a coordination of findings starting at {@code from} (", redness and
     * swelling" before "in"), or -1: commas, "and", "or" and at most {@link #MAX_COORDINATED_WORDS} words, at
     * least one "and" or "or", then a site preposition.
     */
    static int coordinationEnd(List<Token> tokens, int from, int limit) {
        boolean joined = false;
        int words = 0;
        for (int k = from; k < limit; k++) {
            String w = tokens.get(k).text();   // compared ignoring case: no lowercase copy of every word scanned
            if (tokens.get(k).isAndOr()) {
                joined = true;
            } else if (sitePreposition(w)) {
                return joined && words > 0 && k > from ? k : -1;
            } else if (!w.equals(",")) {
                if (tokens.get(k).norm().isEmpty() || ++words > MAX_COORDINATED_WORDS) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static BitSet lengthsOf(String[] words) {
        BitSet out = new BitSet();
        for (String w : words) {
            out.set(w.length());
        }
        return out;
    }

    private static boolean sitePreposition(String word) {
        if (!SITE_PREPOSITION_LENGTHS.get(word.length())) {
            return false;   // the length of none of them (most words)
        }
        for (String p : SITE_PREPOSITIONS) {
            if (p.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The adjectival forms of a sentence's tokens, looked up once per token. */
    private Forms formsOf(List<Token> tokens, int first, int end) {
        String[] bases = new String[end - first];
        int[] words = new int[end - first + 1];
        int[] nextForm = new int[end - first + 1];
        for (int j = first; j < end; j++) {
            String norm = tokens.get(j).norm();
            bases[j - first] = norm.isEmpty() ? null : this.forms.base(norm);
            words[j - first + 1] = words[j - first] + (norm.isEmpty() ? 0 : 1);
        }
        nextForm[end - first] = end;
        for (int j = end - 1; j >= first; j--) {
            nextForm[j - first] = bases[j - first] != null ? j : nextForm[j - first + 1];
        }
        return new Forms(first, end, bases, words, nextForm, new StringBuilder());
    }

    /**
     * A sentence's tokens from {@code first} to {@code end}: each one's lexicon word ({@code bases}, null when
     * none), the count of words before each ({@code words}) and the next token with a form ({@code nextForm});
     * {@code runKey} is the builder of the words of a run of two or more, shared by the runs tried in the
     * sentence (one at a time: a run empties it when it takes it, and its string is made before the next).
     */
    private record Forms(int first, int end, String[] bases, int[] words, int[] nextForm, StringBuilder runKey) {
        String base(int token) {
            return bases[token - first];
        }

        /** Whether a word among the next {@code maxWords} words from token i has a form. */
        boolean anyWithin(int i, int maxWords) {
            int next = nextForm[i - first];
            return next < end && words[next - first] - words[i - first] < maxWords;
        }
    }

    /** The period of an abbreviated initial inside a name ({@link Clauses#initialPeriod}). */
    static boolean initialPeriod(List<Token> tokens, int j, int limit) {
        return Clauses.initialPeriod(tokens, j, limit);
    }

    /** True if the dropped word {@code t} after {@code before} makes a relational phrase ("secondary to"). */
    private boolean relational(Token before, Token t) {
        return !relations.isEmpty() && relations.contains(before.text().toLowerCase(Locale.ROOT) + " "
                + t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether token j is the ")" closing a parenthesis opened right before the match's first word, a word right
     * after it: the words in it qualify that noun ("(grade II) hemorrhoids" is the term "grade II hemorrhoids"), so
     * the match reads on past it. A dropped word after it ("(elevated) and PTT") keeps it the end: the parenthesis
     * qualified what came before. Any other punctuation, a "(" among them, still ends the match first. A spinal
     * level in parentheses right after another level is that level's other name ("S1 (L5) radiculopathy": the root
     * is S1's), so it ends the match too.
     */
    private static boolean closesLeadingParenthesis(List<Token> tokens, int i, int j, int limit) {
        return tokens.get(j).text().equals(")") && i > 0 && tokens.get(i - 1).text().equals("(")
                && j + 1 < limit && !tokens.get(j + 1).norm().isEmpty() && !levelAlias(tokens, i - 1, limit);
    }

    /**
     * Whether token j is a "(" holding only a spinal level, right after another level ("S1 (L5)"): the level in
     * parentheses is the other's other name, and the one before it names the site.
     */
    static boolean levelAlias(List<Token> tokens, int j, int limit) {
        return j > 0 && j + 2 < limit && tokens.get(j).text().equals("(") && tokens.get(j + 2).text().equals(")")
                && SpinalRegionReading.levelNumber(tokens.get(j + 1).norm()) >= 0
                && SpinalRegionReading.levelNumber(tokens.get(j - 1).norm()) >= 0;
    }

    private static boolean joins(String punctuation) {
        return punctuation.equals("-") || punctuation.equals("/") || punctuation.equals("'");
    }

    static Set<String> readStoplist() {
        return new HashSet<>(DataFiles.lines(STOPLIST));
    }
}
