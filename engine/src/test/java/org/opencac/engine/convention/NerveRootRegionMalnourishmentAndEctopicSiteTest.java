package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An irritated nerve root written at its spinal level is the radiculopathy of that level's region; malnourishment
 * is malnutrition; "CA of" an organ is its cancer; a blepharochalasia is a blepharochalasis; an ectopic pregnancy
 * said without its site beside the tubal pregnancy the note names is that pregnancy, and its rupture is no second
 * disorder of the tube.
 */
class NerveRootRegionMalnourishmentAndEctopicSiteTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("M54.1-: a nerve root irritation at a lumbar level is a lumbar radiculopathy",
                        "IMPRESSION:\n1. Mild right L4 nerve root irritation.\n", "M54.16", "M54.10"),
                out("M54.1-: a nerve root irritation at a cervical level is a cervical radiculopathy",
                        "IMPRESSION:\n1. C6 nerve root irritation on the left.\n", "M54.12", "M54.10"),
                out("M54.1-: a nerve root irritation of no level stays unspecified",
                        "IMPRESSION:\n1. Nerve root irritation.\n", "M54.10", ""),
                out("Index: Malnutrition E46, malnourishment is malnutrition",
                        "DIAGNOSES:\n1. Protein malnourishment.\n", "E46", ""),
                out("lexicon: CA before 'of' and an organ is its cancer",
                        "ASSESSMENT:\n1. CA of the prostate, on hormone therapy.\n", "C61", ""),
                out("Index: Pregnancy, ectopic O00.90 beside the tubal pregnancy of a named side is that pregnancy",
                        "POSTOPERATIVE DIAGNOSIS:\nLeft tubal pregnancy.\nFINDINGS:\nAn ectopic pregnancy was"
                                + " found in the left tube.\n", "O00.102", "O00.90"),
                out("Index: Rupture, fallopian tube, due to pregnancy: a ruptured tubal pregnancy is one code",
                        "POSTOPERATIVE DIAGNOSIS:\nRuptured tubal pregnancy.\n", "O00.109", "N83.8 O00.90"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
