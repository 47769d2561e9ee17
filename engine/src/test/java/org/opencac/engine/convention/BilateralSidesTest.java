package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.convention.SameConditionInput.kept;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.convention.SameConditionInput.Coded;

/** A condition documented on both sides and named again on one side is one condition, coded bilateral. */
class BilateralSidesTest {

    @Test
    void carpalTunnelOnBothSidesNamedAgainOnTheLeftIsBilateral() {
        assertEquals(List.of("G56.03"), kept(
                new Coded("G56.03", "Carpal tunnel syndrome, bilateral upper limbs", "bilateral carpal tunnel syndrome"),
                new Coded("G56.02", "Carpal tunnel syndrome, left upper limb", "left carpal tunnel syndrome")));
    }

    @Test
    void kneeArthritisOfBothKneesTakesInTheUnilateralCode() {
        assertEquals(List.of("M17.0"), kept(
                new Coded("M17.11", "Unilateral primary osteoarthritis, right knee", "right knee osteoarthritis"),
                new Coded("M17.0", "Bilateral primary osteoarthritis of knee", "osteoarthritis of both knees")));
    }

    @Test
    void anotherStageOnOneSideStaysItsOwnCode() {
        BilateralSides sides = standardSides();
        assertFalse(sides.covers("H40.1131", "Primary open-angle glaucoma, bilateral, mild stage",
                "H40.1113", "Primary open-angle glaucoma, right eye, severe stage"));
        assertTrue(sides.covers("H40.1131", "Primary open-angle glaucoma, bilateral, mild stage",
                "H40.1111", "Primary open-angle glaucoma, right eye, mild stage"));
    }

    @Test
    void theSideLeftAfterTheOtherWasReplacedIsCodedAlone() {
        assertEquals(List.of("M16.12", "Z96.641"), kept(
                new Coded("M16.0", "Bilateral primary osteoarthritis of hip", "arthritis of both hips"),
                new Coded("M16.12", "Unilateral primary osteoarthritis, left hip", "left hip osteoarthritis"),
                new Coded("Z96.641", "Presence of right artificial hip joint", "right total hip replacement")));
    }

    @Test
    void aReplacedJointOfAnotherSiteLeavesTheBilateralCode() {
        assertEquals(List.of("M16.0", "Z96.651"), kept(
                new Coded("M16.0", "Bilateral primary osteoarthritis of hip", "arthritis of both hips"),
                new Coded("M16.12", "Unilateral primary osteoarthritis, left hip", "left hip osteoarthritis"),
                new Coded("Z96.651", "Presence of right artificial knee joint", "right total knee replacement")));
    }

    @Test
    void eachSidesReplacedJointBesideBothIsBoth() {
        assertEquals(List.of("Z96.653"), kept(
                new Coded("Z96.651", "Presence of right artificial knee joint", "right knee replacement"),
                new Coded("Z96.652", "Presence of left artificial knee joint", "left knee replacement"),
                new Coded("Z96.653", "Presence of artificial knee joint, bilateral", "bilateral knee replacements")));
    }

    @Test
    void twoSidesWithoutABilateralCodeStayTwoCodes() {
        assertEquals(List.of("M25.561", "M25.562"), kept(
                new Coded("M25.561", "Pain in right knee", "right knee pain"),
                new Coded("M25.562", "Pain in left knee", "left knee pain")));
    }

    @Test
    void aSidedCodeOfAnotherCategoryIsNotTakenIn() {
        assertFalse(standardSides().covers("H66.93", "Otitis media, unspecified, bilateral",
                "H61.21", "Impacted cerumen, right ear"));
    }

    @Test
    void sidesWithoutWordsOrSharingAWordAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new BilateralSides(Set.of(), Set.of("right"), Set.of(), Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new BilateralSides(Set.of("bilateral"), Set.of("right", "bilateral"), Set.of(), Set.of(), Set.of()));
    }

    @Test
    void onlyATitleNamingBothSidesAndNoOneSideCanCodeBothSides() {
        BilateralSides sides = standardSides();
        String left = "Primary open-angle glaucoma, left eye, mild stage";
        assertTrue(sides.namesBothSides("Primary open-angle glaucoma, bilateral, mild stage"));
        assertFalse(sides.namesBothSides(left));
        assertFalse(sides.namesBothSides("Primary open-angle glaucoma, unspecified eye, mild stage"));
        // a title naming both sides and one side is no code of both sides, for namesBothSides as for covers
        String mixed = "Primary open-angle glaucoma, bilateral, worse in the right eye, mild stage";
        assertFalse(sides.namesBothSides(mixed));
        assertFalse(sides.covers("H40.1131", mixed, "H40.1121", left));
    }

    @Test
    void aTitleReadTwiceReadsTheSame() {
        BilateralSides sides = standardSides();
        String title = "Carpal tunnel syndrome, RIGHT upper limb";
        assertEquals("right", sides.oneSide(title));
        assertEquals("right", sides.oneSide(title));
        assertTrue(sides.covers("G56.03", "Carpal tunnel syndrome, bilateral upper limbs", "G56.01", title));
        assertTrue(sides.covers("G56.03", "Carpal tunnel syndrome, bilateral upper limbs", "G56.01", title));
    }

    @Test
    void aTitleOpeningWithPunctuationReadsTheSameWords() {
        BilateralSides sides = standardSides();
        assertEquals("left", sides.oneSide("(Invented) palsy - left, of the side"));
        assertTrue(sides.covers("X00.3", "-Invented palsy, bilateral", "X00.2", "(Invented palsy), left"));
        assertFalse(sides.covers("X00.3", "-Invented palsy, bilateral", "X00.2", "(Invented tremor), left"));
    }

    private static BilateralSides standardSides() {
        return new BilateralSides(Set.of("bilateral"), Set.of("right", "left", "unilateral"),
                Set.of("of", "the", "and", "in", "eye", "eyes", "ear", "ears", "side", "sides"), Set.of("Z96.6"),
                Set.of("presence", "artificial", "joint"));
    }
}
