package org.opencac.engine.coding;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A condition the note only suspects, supposes or rules out documents no detail of a condition it states: the
 * words of a "possible" or "rule out" condition beside a stated one do not make the stated one's code more
 * specific (outpatient, Guidelines IV.H). Inpatient an uncertain diagnosis is coded as if it existed (II.H), and
 * its words still count.
 */
class SpecificityOfDoubtedConditionTest {

    @Test
    void aRuledOutKindDoesNotSpecifyTheStatedDisorder() {
        CodingResult r = NoteAssert.codeChecked("IMPRESSION: Conduct disorder, rule out oppositional defiant disorder.",
                CareSetting.OUTPATIENT);
        NoteAssert.assertSuggested(r, "F91.9", Integer.MAX_VALUE);
        NoteAssert.assertNotSuggested(r, "F91.3");
    }

    @Test
    void aPossibleKindInTheSameStatementDoesNotSpecifyTheStatedDisorder() {
        CodingResult r = NoteAssert.codeChecked("IMPRESSION: The boy has a disruptive behavior disorder, not otherwise"
                + " specified, and possibly oppositional defiant disorder.", CareSetting.OUTPATIENT);
        NoteAssert.assertSuggested(r, "F91.9", Integer.MAX_VALUE);
        NoteAssert.assertNotSuggested(r, "F91.3");
    }

    @Test
    void inpatientTheUncertainKindIsCodedAsIfItExisted() {
        CodingResult r = NoteAssert.codeChecked("DISCHARGE DIAGNOSIS: Conduct disorder, rule out oppositional defiant"
                + " disorder.", CareSetting.INPATIENT);
        NoteAssert.assertSuggested(r, "F91.3", Integer.MAX_VALUE);
    }

    @Test
    void aKindStatedWithTheDisorderStillSpecifiesIt() {
        CodingResult r = NoteAssert.codeChecked("IMPRESSION: Conduct disorder, oppositional defiant type.",
                CareSetting.OUTPATIENT);
        NoteAssert.assertSuggested(r, "F91.3", Integer.MAX_VALUE);
    }
}
