package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Term;

/**
 * A clinical concept found in the note: a word sequence that matched lexicon terms.
 *
 * @param span          its extent in the note
 * @param text          the covered text
 * @param terms         the lexicon terms it may be coded from (one surface form may point to several codes)
 * @param sentenceIndex its sentence
 * @param firstToken    index of its first token
 * @param endToken      one past its last token
 * @param rejected      readings a word-sense rule rejected ({@link TriggerCheck}): they code nothing, but a
 *                      mention left with no term stays in the document so that its outcome says why
 */
public record Mention(Span span, String text, List<Term> terms, int sentenceIndex, int firstToken, int endToken,
                      List<SenseRejection> rejected) {
    public Mention {
        terms = List.copyOf(terms);
        rejected = List.copyOf(rejected);
    }

    /** A mention with no rejected reading. */
    public Mention(Span span, String text, List<Term> terms, int sentenceIndex, int firstToken, int endToken) {
        this(span, text, terms, sentenceIndex, firstToken, endToken, List.of());
    }

    /**
     * A mention of a span found by a pattern inside one sentence: its tokens are those of the sentence the span
     * overlaps (at least one).
     */
    public static Mention inSentence(Span span, String text, List<Term> terms, int sentenceIndex, Sentence sentence,
                                     List<Token> tokens) {
        int first = sentence.firstToken();
        while (first < sentence.endToken() - 1 && tokens.get(first).span().end() <= span.start()) {
            first++;
        }
        int end = first;
        while (end < sentence.endToken() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        return new Mention(span, text, terms, sentenceIndex, first, Math.max(end, first + 1));
    }

    /** This mention with other codable terms and more rejected readings (offsets unchanged). */
    public Mention withTerms(List<Term> kept, List<SenseRejection> moreRejected) {
        List<SenseRejection> all = new ArrayList<>(rejected);
        all.addAll(moreRejected);
        return new Mention(span, text, kept, sentenceIndex, firstToken, endToken, all);
    }

    /** Every reading the words had: the codable terms, then the rejected ones (for assertion rules and outcomes). */
    public List<Term> candidateTerms() {
        if (rejected.isEmpty()) {
            return terms;
        }
        List<Term> all = new ArrayList<>(terms);
        rejected.forEach(r -> all.add(r.term()));
        return all;
    }

    /**
     * True for a finding: a mention with no term and no rejected reading, a condition word found so that its
     * assertion is reported although it codes nothing as written ("no polyps").
     */
    public boolean isFinding() {
        return terms.isEmpty() && rejected.isEmpty();
    }

    /**
     * True if token {@code k} starts this mention or stands right before it, and this mention is another phrase
     * of {@code reader}'s sentence (the same sentence, not overlapping it): a side word there is this mention's,
     * not the reader's ("tinnitus with bilateral hearing loss"; Guidelines I.B.13).
     */
    public boolean ownsWordBefore(Mention reader, int k) {
        return (k == firstToken || k == firstToken - 1) && isAnotherPhraseOf(reader);
    }

    /**
     * True if token {@code k} is one of this mention's words or stands right before it, and this mention is another
     * phrase of {@code reader}'s sentence: a detail word there ("stage" of "end-stage renal disease") is this
     * mention's, wherever in its phrase it stands.
     */
    public boolean ownsWordAt(Mention reader, int k) {
        return k >= firstToken - 1 && k < endToken && isAnotherPhraseOf(reader);
    }

    /** True if this mention stands in {@code reader}'s sentence without overlapping it. */
    public boolean isAnotherPhraseOf(Mention reader) {
        return sentenceIndex == reader.sentenceIndex
                && (endToken <= reader.firstToken || firstToken >= reader.endToken);
    }

    /** True if every reading was rejected by a word-sense rule: the mention codes nothing. */
    public boolean allReadingsRejected() {
        return terms.isEmpty() && !rejected.isEmpty();
    }

    /**
     * The index of the first mention of the list (ordered by first token) whose first token is at or after
     * {@code token}: a binary search, so that the mentions near a token are found without a scan.
     */
    public static int firstStartingAtOrAfter(List<Mention> byFirstToken, int token) {
        int lo = 0;
        int hi = byFirstToken.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byFirstToken.get(mid).firstToken() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
