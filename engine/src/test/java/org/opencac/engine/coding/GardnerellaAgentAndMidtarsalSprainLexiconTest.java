package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Curated terms that agree with the Index: Gardnerella, named as the agent of a vaginal infection, is a bacterial agent
 * with no code of its own (Infection, bacterial NEC, as cause of disease classified elsewhere, specified NEC: B96.89);
 * a sprain of the midtarsal joint is Sprain, midtarsal, see Sprain, foot, specified site NEC (S93.69-), as the
 * Chopart joint's already was, not the tarsal ligament (team-written notes).
 */
class GardnerellaAgentAndMidtarsalSprainLexiconTest {

    @Test
    void gardnerellaNamedWithItsVaginosisIsTheBacterialAgent() {
        List<String> codes = outpatientCodes("ASSESSMENT:\nBacterial vaginosis; the wet mount shows Gardnerella.\n");
        assertTrue(codes.contains("N76.0"), codes.toString());
        assertTrue(codes.contains("B96.89"), codes.toString());
    }

    @Test
    void aMidtarsalSprainIsASprainOfASpecifiedSiteOfTheFoot() {
        List<String> codes = outpatientCodes("IMPRESSION:\nRight midtarsal sprain after stepping off a curb.\n");
        assertTrue(codes.contains("S93.691A"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S93.61")), codes.toString());
    }
}
