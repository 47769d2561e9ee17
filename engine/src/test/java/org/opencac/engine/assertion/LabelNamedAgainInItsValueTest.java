package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.Span;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * A form field whose value denies the finding its label names ("Suicidal ideation: He denies suicidal ideation.")
 * denies the label too; a value that denies another finding leaves the label as it was.
 */
class LabelNamedAgainInItsValueTest {

    @Test
    void labelTakesTheDenialOfTheSameFindingInItsValue() {
        assertTrue(labelOf("Suicidal ideation: He denies suicidal ideation.", "Suicidal ideation", "R45.851",
                "suicidal ideation", "R45.851").negated());
    }

    @Test
    void labelKeepsItsReadingWhenItsValueDeniesAnotherFinding() {
        assertFalse(labelOf("Hallucinations: Present; denies suicidal ideation.", "Hallucinations", "R44.3",
                "suicidal ideation", "R45.851").negated());
    }

    /** The label's assertion, the label and a later mention in its value each with one candidate code. */
    private static Assertion labelOf(String text, String label, String labelCode, String value, String valueCode) {
        Document doc = MentionFixture.withMentions(text, label);
        int at = text.indexOf(value, text.indexOf(':'));
        Mention l = doc.mentions().get(0);
        Mention v = MentionFixture.mention(doc, new Span(at, at + value.length()));
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(l.span(), l.text(), List.of(new Term(label, labelCode, TermSource.TITLE)),
                l.sentenceIndex(), l.firstToken(), l.endToken()));
        mentions.add(new Mention(v.span(), v.text(), List.of(new Term(value, valueCode, TermSource.TITLE)),
                v.sentenceIndex(), v.firstToken(), v.endToken()));
        return MentionFixture.DETECTOR.process(doc.withMentions(mentions)).assertions().get(0);
    }
}
