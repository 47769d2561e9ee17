package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Codes whose body site or device the phrase decides: a clotted or narrowed dialysis access is a
 * complication of the access by its kind (Complication, arteriovenous, fistula / shunt, surgically created;
 * Complication, catheter, dialysis), not an acquired arteriovenous fistula (I77.0), and one the operation places or
 * constructs is the procedure, neither I77.0 nor a fistula of the joint its site names; a stent of no stated site is
 * no coronary stent (Z95.5 only where the phrase names the heart's arteries); the tongue's adjectives name the
 * tongue as a cancer's primary site, with or without "metastatic" before them.
 */
class DeviceComplicationAndStatusSiteTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.19.g a thrombosed fistula made for dialysis is a thrombosis of the access",
                        "ASSESSMENT: Thrombosed arteriovenous fistula of the right arm. End-stage renal disease.\n",
                        "T82.868A N18.6", "I77.0"),
                out("I.C.19.g a clotted loop graft is a thrombosis of the surgically created shunt",
                        "ASSESSMENT: Clotted AV graft, here for a declot. End-stage renal disease.\n",
                        "T82.868A", "I77.0"),
                out("I.C.19.g the side and limb of the access inside its phrase are read over",
                        "DIAGNOSIS: Thrombosed left upper arm arteriovenous graft.\n", "T82.868A", "I77.0"),
                out("I.C.19.g a fistula said with its side and no complication is no complication of the access",
                        "ASSESSMENT: End-stage renal disease. Left arm AV fistula with a good thrill.\n", "N18.6",
                        "T82.868A T82.858A T82.9XXA"),
                out("I.C.19.g a narrowed dialysis catheter is a stenosis of the catheter",
                        "ASSESSMENT: Stenosis of the dialysis catheter.\n", "T82.858A", "I77.0"),
                out("I.C.21.c.3 a fistula the operation places is the procedure, not an acquired fistula",
                        "PROCEDURE: Placement of a right forearm arteriovenous fistula.\n"
                                + "The patient tolerated the procedure well.\n", "", "I77.0"),
                out("I.C.21.c.3 a fistula constructed at the wrist is no fistula of the wrist joint",
                        "TITLE OF PROCEDURE: Construction of an AV fistula, left wrist.\n"
                                + "The patient tolerated the procedure well.\n", "", "M25.132 I77.0"),
                out("I.C.9 an acquired arteriovenous fistula told as such is still I77.0",
                        "ASSESSMENT: Acquired arteriovenous fistula of the thigh after a stab wound.\n", "I77.0", ""),
                out("I.C.21.c.3 a stent of no stated site beside a biliary disease is no coronary stent",
                        "DIAGNOSES:\n1. Biliary obstruction, s/p stent.\n", "K83.1", "Z95.5"),
                out("I.C.21.c.3 a stent placed in the ureter is no coronary stent",
                        "DIAGNOSES:\n1. Gout.\n2. History of stent placement in the ureter.\n", "M10.9", "Z95.5"),
                out("I.C.21.c.3 a coronary stent named as such is still its presence",
                        "DIAGNOSES:\n1. Gout.\n2. Status post coronary stent placement.\n", "M10.9 Z95.5", ""),
                out("I.C.2 a metastatic cancer told by the tongue's adjective has the tongue as its primary site",
                        "DIAGNOSIS: Metastatic glossal carcinoma, here for a port.\n", "C02.9", "C80.1"),
                out("I.C.2 the Latin adjective of the tongue names the same primary site",
                        "DIAGNOSIS: Metastatic lingual cancer.\n", "C02.9", "C80.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
