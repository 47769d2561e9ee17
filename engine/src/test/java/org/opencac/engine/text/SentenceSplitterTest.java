package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.clinical();

    private static List<String> sentences(String text) {
        Document doc = SPLITTER.process(SectionDetector.standard().process(Document.of(new Note(text, CareSetting.OUTPATIENT))));
        return doc.sentences().stream().map(s -> text.substring(s.span().start(), s.span().end())).toList();
    }

    @Test
    void aCapitalizedTitleBeforeANameInCapitalsDoesNotEndTheSentence() {
        assertEquals(List.of("We were called to see Ms. ABC today for a second opinion.", "She is well."),
                sentences("We were called to see Ms. ABC today for a second opinion. She is well."));
        assertEquals(List.of("Our clinic was asked to review Ms. XYZ on behalf of Dr. Y.", "She is well."),
                sentences("Our clinic was asked to review Ms. XYZ on behalf of Dr. Y. She is well."));
        assertEquals(List.of("Mrs. DOE comes in with a cough.", "She is well."),
                sentences("Mrs. DOE comes in with a cough. She is well."));
        assertEquals(List.of("She has a history of MS.", "She is well."), sentences("She has a history of MS. She is well."));
        // the same letters as a unit (milliseconds) or a disease in capitals still end a sentence
        assertEquals(List.of("The QRS interval is 90 ms.", "Axis is normal."),
                sentences("The QRS interval is 90 ms. Axis is normal."));
    }

    @Test
    void abbreviatedGenusStaysInItsSentence() {
        assertEquals(List.of("Urinary tract infection due to E. coli.", "Started on ceftriaxone."),
                sentences("Urinary tract infection due to E. coli. Started on ceftriaxone."));
        assertEquals(List.of("H. pylori gastritis, on triple therapy."), sentences("H. pylori gastritis, on triple therapy."));
        assertEquals(List.of("Blood cultures grew S. aureus and K. pneumoniae.", "Afebrile today."),
                sentences("Blood cultures grew S. aureus and K. pneumoniae. Afebrile today."));
    }

    @Test
    void aWordGluedAfterASentenceEndStartsTheNextSentence() {
        // a flattened note writes its line breaks as ".,": the negation "No" belongs to what follows it
        assertEquals(List.of("Heart is normal.,", "No murmur or gallop."), sentences("Heart is normal.,No murmur or gallop."));
        assertEquals(List.of("Lungs are clear.;", "Denies cough."), sentences("Lungs are clear.;Denies cough."));
        // with a space, or no sentence end before the comma, nothing moves
        assertEquals(List.of("Heart is normal .,No murmur."), sentences("Heart is normal .,No murmur."));
        assertEquals(List.of("Pulse 80,regular."), sentences("Pulse 80,regular."));
    }

    @Test
    void aLineGluedInsideADetectedSentenceStartsTheNextSentence() {
        // the detector may read "abnormalities.,Examination" as one word and run on over the flattened line break
        String text = "Throat shows no abnormalities.,Examination of the ears reveals otitis media.";
        assertEquals(List.of("Throat shows no abnormalities.,", "Examination of the ears reveals otitis media."),
                sentences(text));
        List<int[]> spans = new java.util.ArrayList<>();
        SentenceSplitter.splitAtInnerGlue(text, 0, text.length(), new char[] {'.', '?', '!'}, spans);
        assertEquals(2, spans.size());
        assertEquals(text.indexOf("Examination"), spans.get(1)[0]);
        // a lowercase word after the glue, or a space before the period, leaves the sentence whole
        spans.clear();
        String lower = "Seen at 8 a.m.,then discharged home.";
        SentenceSplitter.splitAtInnerGlue(lower, 0, lower.length(), new char[] {'.', '?', '!'}, spans);
        assertEquals(1, spans.size());
    }

    @Test
    void aListItemNumberGluedAfterASentenceEndStartsTheNextItem() {
        // a flattened numbered list whose next item opens with a measurement: the item number starts a sentence
        String text = "Left adnexal mass.,2.  5 cm simple cyst of the left ovary with torsion.";
        List<int[]> spans = new java.util.ArrayList<>();
        SentenceSplitter.splitAtInnerGlue(text, 0, text.length(), new char[] {'.', '?', '!'}, spans);
        assertEquals(2, spans.size());
        assertEquals(text.indexOf("2."), spans.get(1)[0]);
        // a decimal or a bare number after the glue opens no item
        spans.clear();
        String decimal = "Temperature was 37.,5.2 on recheck.";
        SentenceSplitter.splitAtInnerGlue(decimal, 0, decimal.length(), new char[] {'.', '?', '!'}, spans);
        assertEquals(1, spans.size());
        assertEquals(true, SentenceSplitter.opensListItem("3) Right", 0, 8));
        assertEquals(false, SentenceSplitter.opensListItem("120 mg", 0, 6));
    }

    @Test
    void anAnswerAfterAQuestionMarkJoinsItsQuestion() {
        // a review of systems written as questions: the answer belongs to the question before it
        assertEquals(List.of("Vomiting? No.", "Diarrhea? Yes."), sentences("Vomiting? No. Diarrhea? Yes."));
        assertEquals(List.of("Fever? No.", "He does have a cough."), sentences("Fever? No. He does have a cough."));
        assertEquals(List.of("Cough? Yes, productive of yellow sputum."), sentences("Cough? Yes, productive of yellow sputum."));
        assertEquals(List.of("Nausea? Denies."), sentences("Nausea? Denies."));
        // a question followed by anything else stays a sentence of its own
        assertEquals(List.of("Small bowel obstruction?", "Surgery was consulted."),
                sentences("Small bowel obstruction? Surgery was consulted."));
        assertEquals(List.of("Source of the fever?", "No clear source was found."),
                sentences("Source of the fever? No clear source was found."));
    }

    @Test
    void aTitlesOneLetterNameEndsItsSentenceBeforeACapitalizedWord() {
        // a de-identified name is a title and one letter: the word after its period starts the next sentence
        assertEquals(List.of("Her case was reviewed with Mr. A.", "There is no sign of infection."),
                sentences("Her case was reviewed with Mr. A. There is no sign of infection."));
        assertEquals(List.of("Sutures were placed by Mrs. Q.", "She tolerated it well."),
                sentences("Sutures were placed by Mrs. Q. She tolerated it well."));
        // a lowercase word after the letter, or a letter with no title before it, leaves the sentence whole
        assertEquals(List.of("Cultures were sent to Dr. K. today for review."),
                sentences("Cultures were sent to Dr. K. today for review."));
        assertEquals(List.of("Urinary tract infection due to E. coli."), sentences("Urinary tract infection due to E. coli."));
    }

    @Test
    void aCapitalAbbreviationAndItsPeriodEndTheSentenceBeforeACapitalizedWord() {
        // the model alone runs this sentence on after the acronym, carrying the denial into the next one
        assertEquals(List.of("Denies palpitations normal PE.", "He has diabetes."),
                sentences("Denies palpitations normal PE.  He has diabetes."));
        // a listed abbreviation, or a lowercase word after the acronym, keeps the sentence whole
        assertEquals(List.of("Pain in the left foot VS. Right foot."), sentences("Pain in the left foot VS. Right foot."));
        // a list item's Roman numeral opening its sentence stays with the item
        assertEquals(List.of("Left main artery is patent.,", "II. Right coronary artery is patent."),
                sentences("Left main artery is patent.,II. Right coronary artery is patent."));
        assertEquals(List.of("Denies palpitations normal PE. he has diabetes."),
                sentences("Denies palpitations normal PE. he has diabetes."));
    }
}
