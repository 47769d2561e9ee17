package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of presentation before "a history of" tells the complaint the patient comes with now; "has a history
 * of", a past medical history and a past episode (a cancer, a stroke, a dated condition) stay past (team-written).
 */
class PresentingWithAHistoryOfTest {

    @Test
    void admittedWithAHistoryOfASymptomCodesTheSymptom() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: A 3-year-old girl was admitted with a "
                + "history of rectal bleeding since yesterday.\n");
        assertTrue(codes.contains("K62.5"), codes.toString());
        assertFalse(codes.contains("Z87.19"), codes.toString());
    }

    @Test
    void hasAHistoryOfTheSameSymptomStaysPast() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: A 3-year-old girl has a history of "
                + "rectal bleeding. She now has a cough.\n");
        assertFalse(codes.contains("K62.5"), codes.toString());
    }

    @Test
    void aCancerOrADatedConditionInThePresentationStaysPast() {
        List<String> cancer = outpatientCodes("HISTORY OF PRESENT ILLNESS: A 61-year-old woman presents with a "
                + "history of breast cancer status post mastectomy. She now has a cough.\n");
        assertFalse(cancer.stream().anyMatch(c -> c.startsWith("C50")), cancer.toString());
        List<String> dated = outpatientCodes("HISTORY OF PRESENT ILLNESS: A 40-year-old man presents with a "
                + "history of pneumonia in 2010. He now has a headache.\n");
        assertFalse(dated.stream().anyMatch(c -> c.startsWith("J18")), dated.toString());
    }
}
