package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.convention.SameConditionInput.kept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.convention.SameConditionInput.Coded;

/** A condition coded both "without" and "with" one detail (crisis, intractability) is one condition, with the detail. */
class OppositeAxisTest {

    @Test
    void sickleCellAnemiaToldBesideItsCrisisIsTheCrisis() {
        assertEquals(List.of("D57.00"), kept(
                new Coded("D57.1", "Sickle-cell disease without crisis", "known sickle cell anemia"),
                new Coded("D57.00", "Hb-SS disease with crisis, unspecified", "painful sickle cell crisis")));
    }

    @Test
    void aMigraineCalledIntractableOnceIsIntractable() {
        assertEquals(List.of("G43.119"), kept(
                new Coded("G43.109", "Migraine with aura, not intractable, without status migrainosus",
                        "migraine with aura"),
                new Coded("G43.119", "Migraine with aura, intractable, without status migrainosus",
                        "intractable migraine with aura")));
    }

    @Test
    void intractabilityOfAnotherKindOfMigraineDoesNotTakeItIn() {
        assertEquals(List.of("G43.009", "G43.119"), kept(
                new Coded("G43.009", "Migraine without aura, not intractable, without status migrainosus",
                        "common migraine"),
                new Coded("G43.119", "Migraine with aura, intractable, without status migrainosus",
                        "intractable migraine with aura")));
    }

    @Test
    void varicoseVeinsToldPainfulAreNotAlsoAsymptomaticOnThatSide() {
        assertEquals(List.of("I83.812"), kept(
                new Coded("I83.92", "Asymptomatic varicose veins of left lower extremity", "left leg varicose veins"),
                new Coded("I83.812", "Varicose veins of left lower extremity with pain", "painful varicose veins")));
    }

    @Test
    void asymptomaticVaricoseVeinsOfTheOtherLegStay() {
        assertEquals(List.of("I83.91", "I83.812"), kept(
                new Coded("I83.91", "Asymptomatic varicose veins of right lower extremity", "right leg varicose veins"),
                new Coded("I83.812", "Varicose veins of left lower extremity with pain", "painful varicose veins")));
    }

    @Test
    void theWithoutSideAloneStays() {
        assertEquals(List.of("D57.1", "I10"), kept(
                new Coded("D57.1", "Sickle-cell disease without crisis", "sickle cell anemia"),
                new Coded("I10", "Essential (primary) hypertension", "hypertension")));
    }

    @Test
    void anAxisReadsWholeWordsWithinItsScope() {
        OppositeAxis axis = new OppositeAxis("not intractable", "intractable", 5, "intractability");
        assertTrue(axis.givesWay("G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus",
                "G40.919", "Epilepsy, unspecified, intractable, without status epilepticus"));
        assertFalse(axis.givesWay("G40.919", "Epilepsy, unspecified, intractable, without status epilepticus",
                "G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus"));
        assertFalse(axis.givesWay("G43.009", "Migraine without aura, not intractable, without status migrainosus",
                "G43.119", "Migraine with aura, intractable, without status migrainosus"));
    }

    @Test
    void anAxisOfOnePhraseOrNoScopeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new OppositeAxis("with crisis", "with crisis", 3, "x"));
        assertThrows(IllegalArgumentException.class, () -> new OppositeAxis("without crisis", "with crisis", 1, "x"));
    }

    @Test
    void aRupturedGlobeWithItsIrisCaughtInTheWoundIsOneLacerationWithProlapse() {
        assertEquals(List.of("S05.21XA"), kept(
                new Coded("S05.31XA", "Ocular laceration without prolapse or loss of intraocular tissue, right eye,"
                        + " initial encounter", "open globe of the right eye"),
                new Coded("S05.21XA", "Ocular laceration and rupture with prolapse or loss of intraocular tissue,"
                        + " right eye, initial encounter", "iris trapped in the wound")));
    }

    @Test
    void anOcularLacerationOfTheOtherEyeStaysWithoutProlapse() {
        assertEquals(List.of("S05.32XA", "S05.21XA"), kept(
                new Coded("S05.32XA", "Ocular laceration without prolapse or loss of intraocular tissue, left eye,"
                        + " initial encounter", "left corneal laceration"),
                new Coded("S05.21XA", "Ocular laceration and rupture with prolapse or loss of intraocular tissue,"
                        + " right eye, initial encounter", "right globe rupture with uveal prolapse")));
    }
}
