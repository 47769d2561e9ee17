package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A "history of" a complaint whose span runs up to now ("for the past two weeks", "over the last year", "since
 * Monday") or whose course is told in the present ("which is getting worse", "that has been worsening") is the
 * complaint the patient has now: the backward CURRENT cue lifts the history cue's past, and a denial still ends
 * where the span begins. A true history keeps its past: a clause of its own between the condition and the span, a
 * course told in the past, a date (team-written).
 */
class HistoryRunningUpToNowIsCurrentTest {

    @Test
    void aHistoryForThePastWeeksIsHeldNow() {
        Assertion a = assess("She has a history of rib pain for the past two weeks.", "rib pain");
        assertFalse(a.historical());
        assertFalse(a.cues().contains("hist_history_of"));
    }

    @Test
    void aHistoryOverTheLastYearIsHeldNow() {
        assertFalse(assess("He gives a history of headaches over the last year.", "headaches").historical());
    }

    @Test
    void aHistoryForTheLastCoupleOfDaysIsHeldNow() {
        assertFalse(assess("History of cough for the last couple of days.", "cough").historical());
    }

    @Test
    void aHistoryWhichIsGettingWorseIsHeldNow() {
        assertFalse(assess("He has a history of leg cramps which are getting worse.", "leg cramps").historical());
    }

    @Test
    void aHistoryThatHasBeenWorseningIsHeldNow() {
        assertFalse(assess("She has a history of back pain that has been worsening.", "back pain").historical());
    }

    @Test
    void aHistorySinceARecentDayIsHeldNow() {
        assertFalse(assess("He gives a history of intermittent chest pain since Monday.", "chest pain").historical());
        assertFalse(assess("She reports a history of abdominal pain since last night.", "abdominal pain").historical());
    }

    @Test
    void aDenialStillEndsWhereTheRecentSpanBegins() {
        assertFalse(assess("No fever since yesterday and he has a cough.", "cough").negated());
        assertTrue(assess("No fever since yesterday.", "fever").negated());
    }

    @Test
    void aClauseOfItsOwnBeforeTheSpanKeepsTheHistory() {
        assertTrue(assess("She has a history of pyelonephritis and has been well for the past year.",
                "pyelonephritis").historical());
    }

    @Test
    void aCourseToldInThePastKeepsTheHistory() {
        assertTrue(assess("History of gout which was getting worse before allopurinol.", "gout").historical());
    }

    @Test
    void aDatedHistoryKeepsItsPast() {
        assertTrue(assess("He has a history of myocardial infarction in 2005.", "myocardial infarction").historical());
    }
}
