package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A negated list that several commas have set runs through one longer item (team-written sentences). */
class LongItemOfANegatedListTest {

    @Test
    void aNegationRunsThroughALongItemOfAnEstablishedList() {
        Assertion a = MentionFixture.assess("She denies fevers, chills, rashes, cough, wheezing, chest pain, "
                + "shortness of breath when climbing two flights of stairs, hoarseness, dysphagia, or hematuria.",
                "hematuria");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void aLongFirstItemAfterAClauseStillEndsTheNegation() {
        Assertion a = MentionFixture.assess("The patient does not improve and begins to show swelling of the left "
                + "upper eyelid, double vision, tearing, seizures and confusion.", "seizures");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void anItemThatOpensASentenceOfItsOwnEndsTheNegation() {
        Assertion a = MentionFixture.assess("She has no fever, no cough, no rash, she is not interested.,She will see "
                + "her doctor next week for her neuropathy, and we made her an appointment.", "neuropathy");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }
}
