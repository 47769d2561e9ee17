package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A condition of an earlier stay or visit, or one an earlier operation ended, is over at this encounter: it is
 * reported by its personal history code (Guidelines I.C.21.c.4), or, for a crisis of a disease that goes on (a
 * ketoacidosis of diabetes), by the disease's own code without the crisis; a chronic condition named beside it stays.
 */
class ConditionOfAnEarlierEpisodeTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.21.c.4 a ketoacidosis of an earlier stay leaves the diabetes without it",
                        "HISTORY OF PRESENT ILLNESS:\nShe was hospitalized last week for ketoacidosis of her type 1"
                                + " diabetes and comes today for insulin teaching.\n", "E10.9", "E10.10"),
                out("I.C.21.c.4 the reason of a visit last month is past, the chronic failure named with it stays",
                        "HISTORY OF PRESENT ILLNESS:\nI first saw him last week when he was admitted for pneumonia"
                                + " plus congestive heart failure. Today he has a rash.\n", "I50.9", "J18.9"),
                out("I.C.2.d a lesion a past excision was done for is over",
                        "HISTORY OF PRESENT ILLNESS:\nShe underwent a left adrenalectomy for a benign adrenal adenoma"
                                + " some time ago. Today she has a cough.\n", "Z86.018", "D35.00"),
                out("I.C.21.c.4 a congenital defect repaired in infancy is a corrected one",
                        "HISTORY OF PRESENT ILLNESS:\nHer aortic coarctation got its surgical repair when she was a"
                                + " baby. Today she has a cough.\n", "Z87.74", "Q25.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
