package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A postoperative diagnosis written without the site its code needs ("loose bodies") is given its site by the
 * account of the operation that names the same condition with it ("loose bodies in the knee"): the account then
 * adds no finding of its own, it specifies the statement's (Guidelines IV.A, code to the highest specificity
 * documented). A condition the statement does not name stays an account of the operation.
 */
class StatementSiteFromOperationTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("IV.A: the operation's account gives the statement's loose bodies their joint and side",
                        "POSTOPERATIVE DIAGNOSES:\n1. Tear of the anterior cruciate ligament, right knee.\n"
                                + "2. Loose bodies.\n"
                                + "OPERATION:\nArthroscopic reconstruction of the right knee.\n"
                                + "PROCEDURE:\nThe scope was inserted. Several loose bodies were seen in the knee and"
                                + " were removed with a grasper.\n", "M23.41", ""),
                out("IV.A: loose bodies the statement does not name stay an account of the operation",
                        "POSTOPERATIVE DIAGNOSIS:\nTear of the anterior cruciate ligament, right knee.\n"
                                + "OPERATION:\nArthroscopic reconstruction of the right knee.\n"
                                + "PROCEDURE:\nThe scope was inserted. Several loose bodies were seen in the knee and"
                                + " were removed with a grasper.\n", "", "M23.41"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
