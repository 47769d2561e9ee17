package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * Two words whose coded sense is a sexual or a psychiatric disorder, written in translated case reports in an
 * anatomical sense: the "functional impotence" of a limb is the loss of its use, and "hypochondria" is the
 * plural of hypochondrium, an upper abdominal region. The coded sense stays where no limb or region is named.
 */
class ImpotenceOfALimbAndHypochondriaOfTheAbdomenTest {

    @Test
    void functionalImpotenceOfALimbIsNotErectileDysfunction() {
        assertNotSuggested(inpatientChecked("After the fall she had swelling and functional impotence of the right wrist."),
                "N52.9");
        assertNotSuggested(inpatientChecked("He came in with numbness and impotence in both lower limbs."), "N52.9");
    }

    @Test
    void impotenceWithoutALimbStaysErectileDysfunction() {
        assertSuggested(inpatientChecked("Assessment: impotence for two years, on sildenafil."), "N52.9", 3);
    }

    @Test
    void hypochondriaWhereThePainRadiatesIsTheAbdominalRegion() {
        assertNotSuggested(inpatientChecked("She had burning epigastric pain radiating to both hypochondria."), "F45.21");
    }

    @Test
    void hypochondriaAsAWorryAboutIllnessStaysCoded() {
        assertSuggested(inpatientChecked("Assessment: long-standing hypochondria with fear of cancer."), "F45.21", 3);
    }
}
