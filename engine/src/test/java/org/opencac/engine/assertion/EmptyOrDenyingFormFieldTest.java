package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A dictated form field "Label: value" left empty or answered with a denying value negates its label; a field
 * with any other value keeps it (team-written sentences).
 */
class EmptyOrDenyingFormFieldTest {

    @Test
    void fieldLeftEmptyBeforeTheNextLabelDeniesItsLabel() {
        Assertion a = MentionFixture.assess("Social history: Drug use: , Occupation: bus driver.", "Drug use");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
        assertTrue(a.cues().contains(DeniedField.CUE), a.cues().toString());
    }

    @Test
    void fieldEndedByAPeriodWithNoValueDeniesItsLabel() {
        Assertion a = MentionFixture.assess("Tobacco: . Alcohol: two beers on weekends.", "Tobacco");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void denyingValuesDenyTheirLabels() {
        for (String value : new String[] {"None", "denies", "N/A", "no", "never", "0", "negative"}) {
            Assertion a = MentionFixture.assess("Alcohol use: " + value + ". Works as a carpenter.", "Alcohol");
            assertEquals(AssertionStatus.NEGATED, a.status(), value + " " + a.cues());
        }
    }

    @Test
    void valueAfterAFlattenedLineBreakIsStillTheFieldsValue() {
        Assertion a = MentionFixture.assess("Smoking: , None., Immunizations: up to date.", "Smoking");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void aHabitWhoseValueIsUnknownIsNotDocumented() {
        Assertion a = MentionFixture.assess("Social history: Widowed. Drug abuse: unknown. Retired baker.", "Drug abuse");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
        Assertion joined = MentionFixture.assess("Lives alone. Tobacco/drug abuse unknown.", "drug abuse");
        assertEquals(AssertionStatus.NEGATED, joined.status(), joined.cues().toString());
    }

    @Test
    void positiveValueKeepsItsLabel() {
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("Tobacco: 1 ppd x 20 years. Alcohol: none.", "Tobacco").status());
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("Alcohol: occasional. Tobacco: none.", "Alcohol").status());
    }

    @Test
    void headingWithItsTextOnTheNextLineIsNotAnEmptyField() {
        Assertion a = MentionFixture.assess("Asthma:\nShe uses her inhaler twice a week.", "Asthma");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void fieldDictatedWithoutItsColonDeniesItsLabel() {
        Assertion a = MentionFixture.assess("Social history: Works nights. Smokes none. Drinks rarely.", "Smokes");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
        assertTrue(a.cues().contains(DeniedField.CUE), a.cues().toString());
    }

    @Test
    void labelWithoutColonFollowedByOtherWordsKeepsItsMeaning() {
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("Smokes one pack a day. Alcohol none.", "Smokes").status());
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("He says he smokes none of the time at work.", "smokes").status());
    }

    @Test
    void labelThatIsNotBeforeItsColonIsNotAField() {
        Assertion a = MentionFixture.assess("She drinks alcohol in the evenings, new medicines: N/A.", "alcohol");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void denyingValueToldWithItsSubjectDeniesItsLabel() {
        Assertion a = MentionFixture.assess("Mental status: Homicidal ideation: She denies on admission. Mood: calm.",
                "Homicidal ideation");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
        assertTrue(a.cues().contains(DeniedField.CUE), a.cues().toString());
        assertEquals(AssertionStatus.NEGATED,
                MentionFixture.assess("Tobacco use: The patient denies. Occupation: farmer.", "Tobacco").status());
    }

    @Test
    void valueWithASubjectThatTellsSomethingElseKeepsItsLabel() {
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("Alcohol use: He drinks wine daily. Occupation: farmer.", "Alcohol").status());
    }

    @Test
    void unansweredFieldOfTwoJoinedLabelsLeavesBothUnanswered() {
        String text = "Mental status: Suicidal/Homicidal: Unable to assess. Mood: flat.";
        assertEquals(AssertionStatus.NEGATED, MentionFixture.assess(text, "Suicidal").status());
        assertEquals(AssertionStatus.NEGATED, MentionFixture.assess(text, "Homicidal").status());
    }

    @Test
    void joinedLabelWithAnAnswerKeepsBothLabels() {
        String text = "Mental status: Suicidal/Homicidal: endorses passive thoughts. Mood: flat.";
        assertEquals(AssertionStatus.PRESENT, MentionFixture.assess(text, "Suicidal").status());
    }
}
