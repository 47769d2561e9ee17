package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.Span;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/** Builds documents as the pipeline does (sections, sentences, tokens) with mentions on given phrases. */
final class MentionFixture {
    private static final SectionDetector SECTIONS = SectionDetector.standard();
    private static final SentenceSplitter SENTENCES = SentenceSplitter.clinical();
    static final AssertionDetector DETECTOR = AssertionDetector.standard();

    private MentionFixture() {
    }

    /** The text split and tokenized, with a mention on the first occurrence of each phrase (in text order). */
    static Document withMentions(String text, String... phrases) {
        Document doc = SENTENCES.process(SECTIONS.process(Document.of(new Note(text, CareSetting.OUTPATIENT))));
        List<Mention> mentions = new ArrayList<>();
        for (String phrase : phrases) {
            int start = text.indexOf(phrase);
            if (start < 0) {
                throw new IllegalArgumentException("'" + phrase + "' not in '" + text + "'");
            }
            mentions.add(mention(doc, new Span(start, start + phrase.length())));
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withMentions(mentions);
    }

    static Mention mention(Document doc, Span span) {
        List<Token> tokens = doc.tokens();
        int first = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().intersects(span)) {
                first = first < 0 ? i : first;
                end = i + 1;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException("no token under " + span);
        }
        return new Mention(span, span.coveredText(doc.text()), List.of(), tokens.get(first).sentenceIndex(), first, end);
    }

    /** The assertion of the mention on {@code phrase} in {@code text}. */
    static Assertion assess(String text, String phrase) {
        Document doc = DETECTOR.process(withMentions(text, phrase));
        return doc.assertions().get(0);
    }

    /** The assertion of a mention on {@code phrase} whose one candidate term codes {@code code}. */
    static Assertion assessCoded(String text, String phrase, String code) {
        Document doc = withMentions(text, phrase);
        Mention m = doc.mentions().get(0);
        Mention coded = new Mention(m.span(), m.text(), List.of(new Term(phrase, code, TermSource.TITLE)),
                m.sentenceIndex(), m.firstToken(), m.endToken());
        return DETECTOR.process(doc.withMentions(List.of(coded))).assertions().get(0);
    }

    /** The assertion of a mention on {@code phrase} read as the Alphabetic Index path {@code path} to {@code code}. */
    static Assertion assessPath(String text, String phrase, String path, String code) {
        Document doc = withMentions(text, phrase);
        Mention m = doc.mentions().get(0);
        Mention read = new Mention(m.span(), m.text(), List.of(new Term(path, code, TermSource.ALPHABETIC_INDEX)),
                m.sentenceIndex(), m.firstToken(), m.endToken());
        return DETECTOR.process(doc.withMentions(List.of(read))).assertions().get(0);
    }
}
