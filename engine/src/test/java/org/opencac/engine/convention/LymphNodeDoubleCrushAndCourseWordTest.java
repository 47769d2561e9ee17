package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms found coding a sample of transcribed notes as a coder would: lymph nodes read through the Index's
 * "Node, see also Nodule" as a thyroid nodule, a double crush syndrome read as the traumatic crush syndrome, a
 * condition whose course is told after a comma left in the denial of the item before it, cigarettes counted
 * in packs per day, and a viral respiratory illness read as an unspecified respiratory disorder.
 */
class LymphNodeDoubleCrushAndCourseWordTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("Index: a node a note names is a lymph node, never Node, see also Nodule, thyroid",
                        "FINDINGS:\nBiopsy of the left supraclavicular lymph nodes revealed persistent papillary"
                                + " thyroid cancer.\n", "C73", "E04.1"),
                out("lexicon: a double crush syndrome is a nerve compressed twice, not the traumatic crush syndrome",
                        "IMPRESSION:\n1. Right C7 radiculopathy (double crush syndrome).\n", "M54.12", "T79.5XXA"),
                out("assertion: a condition said to be improving after a comma is not one more denied item",
                        "HISTORY OF PRESENT ILLNESS:\nShe reports frequency, no dysuria, improving stress urinary"
                                + " incontinence since therapy.\n", "N39.3", "R30.0"),
                out("lexicon: cigarettes counted in packs per day are current cigarette use",
                        "SOCIAL HISTORY:\n1 ppd cigarettes for ten years.\n", "F17.210", ""),
                out("lexicon: a viral respiratory illness is Infection, respiratory NEC, not an unspecified disorder",
                        "DIAGNOSIS:\nViral respiratory illness.\n", "J98.8", "J98.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
