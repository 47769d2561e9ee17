package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.ModelBundle;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;
import org.opencac.models.lexicon.TermSource;

/**
 * Keeps junk out of the mentions: drops the lexicon terms a coder would never read from the words
 * matched, and the mentions left with no term. The rules are mechanisms over data
 * ({@link TriggerVocabulary}), each named in {@link Rule}:
 * <ul>
 *   <li>words inside a multi-word section header literal ("history of present illness") are not findings;</li>
 *   <li>an abbreviation is read only from a word written as the abbreviation: not from a plural stripped
 *       onto it ("does" is not DOE), not from a unit written in mixed case ("mCi" is not MCI), and a word
 *       written in capitals in mixed-case text is read only as an abbreviation ("LUE" is not "lues");</li>
 *   <li>an abbreviation of {@code abbreviation_senses.tsv} needs its case ("AIDS", not "hearing aids") and
 *       one of its context cues in the sentence (HCC needs liver words);</li>
 *   <li>a term made only of anatomy words names a body part, not a condition ("trachea", "axis");</li>
 *   <li>a substance name alone (a drug or lab analyte: "glucose", "cocaine") names no poisoning or disease:
 *       only substance use (F) and status codes (Z: long-term drug therapy) may come from it, and the
 *       team's curated readings (a virus named like its vaccine: "hepatitis B");</li>
 *   <li>a one-word term never produces an external cause (V00-Y99: "fall", "shot", "accident"), and a
 *       one-word "X NOS" inclusion term of a status code ("pregnancy NOS", "dyes NOS") is not read from the
 *       bare word;</li>
 *   <li>a plural of a title's one-word default ("shocks") is a count of events, not the condition;</li>
 *   <li>a trigger of {@code trigger_senses.tsv} is read in its coded sense only when its sentence has one of
 *       the rule's cues and none of its counter-cues ("bipolar" beside "cautery" is an instrument, "blood
 *       loss" beside "estimated" is an operative measure, "cancer" with a body part named has a site).</li>
 * </ul>
 * The stage runs twice: on the dictionary mentions, and again on the mentions the Index navigation adds.
 */
public final class TriggerCheck implements Stage {
    /** Why a term was dropped (for tests and the audit). */
    public enum Rule { SECTION_HEADER, ABBREVIATION_FORM, ABBREVIATION_SENSE, ANATOMY_ONLY, SUBSTANCE_ONLY,
        ONE_WORD_EXTERNAL_CAUSE, ONE_WORD_NOS, PLURAL_EVENT, WORD_SENSE }

    private final TriggerVocabulary vocabulary;
    /** Only mentions with a term from the Alphabetic Index are judged (the second run); else every mention. */
    private final boolean indexPathsOnly;
    /** Word senses read the sentence at most this many tokens either side of the trigger (linear cost). */
    private static final int SENSE_WINDOW = 30;

    public TriggerCheck(TriggerVocabulary vocabulary) {
        this(vocabulary, false);
    }

    private TriggerCheck(TriggerVocabulary vocabulary, boolean indexPathsOnly) {
        this.vocabulary = vocabulary;
        this.indexPathsOnly = indexPathsOnly;
    }

    /**
     * The same check for the run after the Index navigation: it judges only the mentions carrying an Index
     * term ({@link TermSource#ALPHABETIC_INDEX}, {@link TermSource#ALPHABETIC_INDEX_REFINEMENT}); the
     * navigation passes the dictionary mentions through unchanged, and those were judged by the first run.
     */
    public TriggerCheck forIndexPaths() {
        return new TriggerCheck(vocabulary, true);
    }

    public static TriggerCheck standard(ModelBundle models) {
        return new TriggerCheck(TriggerVocabulary.standard(models.codeSet(), models.alphabeticIndex()));
    }

    @Override
    public Document process(Document doc) {
        List<Mention> out = new ArrayList<>(doc.mentions().size());
        for (Mention m : doc.mentions()) {
            if (indexPathsOnly && !fromIndex(m)) {
                out.add(m);
                continue;
            }
            List<Term> kept = keep(doc, m);
            if (kept.size() == m.terms().size()) {
                out.add(m);
            } else if (!kept.isEmpty()) {
                out.add(new Mention(m.span(), m.text(), kept, m.sentenceIndex(), m.firstToken(), m.endToken()));
            }
        }
        return doc.withMentions(out);
    }

    private static boolean fromIndex(Mention m) {
        for (Term t : m.terms()) {
            if (t.source() == TermSource.ALPHABETIC_INDEX || t.source() == TermSource.ALPHABETIC_INDEX_REFINEMENT) {
                return true;
            }
        }
        return false;
    }

    /** The terms of the mention a coder could read from its words. */
    List<Term> keep(Document doc, Mention m) {
        List<Token> tokens = doc.tokens();
        Sentence sentence = doc.sentences().get(m.sentenceIndex());
        String key = key(tokens, m);
        if (key.isEmpty() || insideHeaderLiteral(tokens, sentence, m) || anatomyOnly(key)
                || !abbreviationReadable(doc, sentence, m, key)) {
            return List.of();
        }
        boolean oneWord = !key.contains(" ");
        boolean substance = vocabulary.substances().contains(key);
        boolean plural = oneWord && writtenPlural(m.text(), key);
        List<Term> kept = new ArrayList<>(m.terms().size());
        for (Term t : m.terms()) {
            if (substance && t.source() != TermSource.CURATED && !t.code().startsWith("Z") && !t.code().startsWith("F")) {
                continue;
            }
            if (oneWord && isExternalCause(t.code())) {
                continue;
            }
            if (oneWord && t.source() == TermSource.INCLUSION && t.code().startsWith("Z")
                    && vocabulary.nosInclusions().getOrDefault(key, java.util.Set.of()).contains(t.code())) {
                continue;
            }
            if (plural && t.source() == TermSource.TITLE_CORE) {
                continue;
            }
            if (!senseAllows(doc, sentence, m, key, t.code())) {
                continue;
            }
            kept.add(t);
        }
        return kept;
    }

    private static String key(List<Token> tokens, Mention m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            String n = tokens.get(i).norm();
            if (!n.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(n);
            }
        }
        return b.toString();
    }

    /** True if the mention lies within words of the sentence that spell a multi-word section header. */
    private boolean insideHeaderLiteral(List<Token> tokens, Sentence s, Mention m) {
        int max = vocabulary.headerMaxWords();
        for (int start = Math.max(s.firstToken(), m.firstToken() - max); start <= m.firstToken(); start++) {
            StringBuilder key = new StringBuilder();
            int words = 0;
            for (int j = start; j < s.endToken() && words < max; j++) {
                String n = tokens.get(j).norm();
                if (n.isEmpty()) {
                    if (tokens.get(j).isPunctuation()) {
                        break;
                    }
                    continue;
                }
                key.append(key.length() == 0 ? "" : " ").append(n);
                words++;
                if (j + 1 >= m.endToken() && vocabulary.headerLiterals().contains(key.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anatomyOnly(String key) {
        for (String w : key.split(" ")) {
            if (!vocabulary.anatomy().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an abbreviation key (if this is one) is written and placed so that it can be read as one. */
    private boolean abbreviationReadable(Document doc, Sentence sentence, Mention m, String key) {
        boolean curated = vocabulary.abbreviations().contains(key);
        boolean acronym = vocabulary.acronyms().contains(key);
        String written = m.text().strip();
        boolean capitals = !written.isEmpty() && written.equals(written.toUpperCase(Locale.ROOT))
                && written.chars().anyMatch(Character::isLetter);
        if (m.endToken() - m.firstToken() == 1) {
            String folded = written.toLowerCase(Locale.ROOT);
            if ((curated || acronym) && !capitals && !folded.equals(key)) {
                return false;   // a plural stripped onto an abbreviation: "does" -> "doe"
            }
            if ((curated || acronym) && written.matches(".*\\p{Ll}\\p{Lu}.*")) {
                return false;   // a unit or symbol written in mixed case: "mCi" (millicurie) is not MCI
            }
            if (acronym && !capitals) {
                return false;   // the Tabular writes it in capitals: "PIN" is a neoplasia, a "pin" is hardware
            }
            if (!curated && !acronym && capitals && folded.length() <= 4 && mixedCase(doc, sentence)) {
                return false;   // a capitalized short word in ordinary text is an abbreviation we do not know
            }
        }
        TriggerVocabulary.AbbreviationSense sense = vocabulary.senses().get(key);
        if (sense == null) {
            return true;
        }
        if (sense.upperCase() && !capitals) {
            return false;
        }
        return sense.cues().isEmpty() || sentenceHasCue(doc, sentence, sense);
    }

    /**
     * Whether every word-sense rule for this trigger and code is met by the words of its sentence (within
     * {@link #SENSE_WINDOW} tokens of the trigger, so that a note without sentence breaks stays linear).
     */
    private boolean senseAllows(Document doc, Sentence sentence, Mention m, String key, String code) {
        for (TriggerVocabulary.WordSense sense : vocabulary.wordSenses()) {
            if (!sense.appliesTo(key, code)) {
                continue;
            }
            boolean needed = sense.needs().isEmpty();
            int from = Math.max(sentence.firstToken(), m.firstToken() - SENSE_WINDOW);
            int to = Math.min(sentence.endToken(), m.endToken() + SENSE_WINDOW);
            for (int i = from; i < to; i++) {
                String w = doc.tokens().get(i).norm();
                if (w.isEmpty()) {
                    continue;
                }
                if (sense.against().contains(w)
                        || sense.against().contains(TriggerVocabulary.ANY_BODY_PART) && vocabulary.bodyParts().contains(w)) {
                    return false;
                }
                needed |= sense.needs().contains(w);
            }
            if (!needed) {
                return false;
            }
        }
        return true;
    }

    private static boolean mixedCase(Document doc, Sentence s) {
        String text = doc.text().substring(s.span().start(), s.span().end());
        return text.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean sentenceHasCue(Document doc, Sentence s, TriggerVocabulary.AbbreviationSense sense) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (sense.cues().contains(doc.tokens().get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "shocks" for the key "shock": the word was written as a plural. */
    private static boolean writtenPlural(String written, String key) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        return !w.equals(key) && w.endsWith("s") && TermNormalizer.key(w).equals(key);
    }

    private static boolean isExternalCause(String code) {
        char c = code.charAt(0);
        return c == 'V' || c == 'W' || c == 'X' || c == 'Y';
    }
}
