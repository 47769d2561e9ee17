package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * "A history of X" in the indication is the reason for this encounter when the diagnostic statement names X as the
 * patient's present condition; without that statement, or with X only in the past history, the history stays.
 */
class HistoryOfTheStatedReasonTest {

    private static final String OPERATION = "PREOPERATIVE DIAGNOSIS:  Pilonidal cyst.\n"
            + "INDICATIONS:  The patient is a young man with a history of a pilonidal cyst draining for months.\n";

    @Test
    void theHistoryOfTheConditionTheDiagnosisNamesIsPresent() {
        List<Assertion> a = assess(OPERATION, "L05.91", "Pilonidal cyst", "pilonidal cyst draining");
        assertEquals(AssertionStatus.PRESENT, a.get(0).status());
        assertEquals(AssertionStatus.PRESENT, a.get(1).status());
    }

    @Test
    void aPreviousEpisodeOfTheStatedConditionStaysPast() {
        String text = "PREOPERATIVE DIAGNOSIS:  Pilonidal cyst.\n"
                + "INDICATIONS:  The patient is a young man who had a previous pilonidal cyst drained years ago.\n";
        List<Assertion> a = assess(text, "L05.91", "Pilonidal cyst", "pilonidal cyst drained");
        assertEquals(AssertionStatus.PRESENT, a.get(0).status());
        assertEquals(AssertionStatus.HISTORICAL, a.get(1).status());
    }

    @Test
    void anEpisodeWordOfAnotherItemDoesNotKeepTheStatedConditionPast() {
        String text = "PREOPERATIVE DIAGNOSIS:  Pilonidal cyst.\n"
                + "INDICATIONS:  The patient is a young man with prior surgery for a hernia and a pilonidal cyst.\n";
        List<Assertion> a = assess(text, "L05.91", "Pilonidal cyst", "pilonidal cyst");
        assertEquals(AssertionStatus.PRESENT, a.get(1).status());
    }

    @Test
    void withoutTheDiagnosticStatementTheHistoryStays() {
        List<Assertion> a = assess("INDICATIONS:  The patient is a young man with a history of a pilonidal cyst.\n",
                "L05.91", "pilonidal cyst");
        assertEquals(AssertionStatus.HISTORICAL, a.get(0).status());
    }

    @Test
    void aHistoryOfAnotherConditionStays() {
        String text = "PREOPERATIVE DIAGNOSIS:  Pilonidal cyst.\n"
                + "INDICATIONS:  The patient is a young man with a history of gout and a cyst.\n";
        Document doc = MentionFixture.withMentions(text, "Pilonidal cyst", "gout");
        List<Mention> coded = new ArrayList<>();
        coded.add(coded(doc.mentions().get(0), "L05.91"));
        coded.add(coded(doc.mentions().get(1), "M10.9"));
        List<Assertion> a = MentionFixture.DETECTOR.process(doc.withMentions(coded)).assertions();
        assertEquals(AssertionStatus.HISTORICAL, a.get(1).status());
    }

    private static List<Assertion> assess(String text, String code, String... phrases) {
        Document doc = MentionFixture.withMentions(text, phrases);
        List<Mention> coded = doc.mentions().stream().map(m -> coded(m, code)).toList();
        return MentionFixture.DETECTOR.process(doc.withMentions(coded)).assertions();
    }

    private static Mention coded(Mention m, String code) {
        return new Mention(m.span(), m.text(), List.of(new Term(m.text(), code, TermSource.TITLE)),
                m.sentenceIndex(), m.firstToken(), m.endToken());
    }
}
