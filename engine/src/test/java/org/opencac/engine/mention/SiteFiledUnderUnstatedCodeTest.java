package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;
import org.opencac.engine.testing.TestModels;

/**
 * A condition of no stated site whose clause names a site the Alphabetic Index lists under the condition with
 * that same code ("Hemorrhage R58, retroperitoneal R58; intra-abdominal R58") is coded with it: the Index
 * files the site there, so there is no site to ask the provider for (team-written sentences).
 */
class SiteFiledUnderUnstatedCodeTest {

    private static SiteCodes sites() {
        return new SiteCodes(TestModels.models().codeSet(), TestModels.models().alphabeticIndex(),
                TriggerVocabulary.standard(TestModels.models().codeSet()).structureWords());
    }

    @Test
    void aSiteTheIndexListsUnderTheUnstatedCodeGivesThatCode() {
        SiteCodes.Resolution r = sites().indexedUnderUnstated("R58", "hemorrhage", Set.of("retroperitoneal"));
        assertEquals("R58", r.code());
        assertTrue(r.path().contains("retroperitoneal"), r.path());
    }

    @Test
    void aSiteTheIndexDoesNotListUnderThatCodeGivesNothing() {
        // the knee is no subterm of Hemorrhage, and no site named gives nothing either
        assertFalse(sites().indexedUnderUnstated("R58", "hemorrhage", Set.of("knee")).found());
        assertFalse(sites().indexedUnderUnstated("R58", "hemorrhage", Set.of()).found());
        // a subterm with another code is not this rule's: the navigation reads it
        assertFalse(sites().indexedUnderUnstated("R58", "hemorrhage", Set.of("lung")).found());
    }

    @Test
    void aStructureWordSubtermNamesNoSite() {
        // Fracture, bone NEC T14.8: "bone" beside the pelvis does not say the fracture is of no named region
        assertFalse(sites().indexedUnderUnstated("T14.8", "fracture", Set.of("bone", "pelvic")).found());
        assertFalse(sites().indexedUnderUnstated("R58", "hemorrhage", Set.of("artery")).found());
    }

    @Test
    void aRetroperitonealHemorrhageIsCodedNotQueried() {
        assertEquals(List.of("R58"), Coded.inpatientCodes(
                "HOSPITAL COURSE: He developed a large retroperitoneal hemorrhage after the catheterization.\n"));
    }

    @Test
    void aHemorrhageOfASiteTheIndexDoesNotFileThereIsStillQueried() {
        List<String> codes = Coded.inpatientCodes(
                "HOSPITAL COURSE: She had a small hemorrhage into the left knee after the fall.\n");
        assertFalse(codes.contains("R58"), codes.toString());
    }
}
