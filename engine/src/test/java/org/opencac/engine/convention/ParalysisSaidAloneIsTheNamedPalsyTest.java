package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 'Paralysis' said alone (G83.9) beside the paralysis the note names by its nerve or part is that paralysis
 * (same_condition.json classDefaults), through the full pipeline; said where no paralysis is named it stays.
 */
class ParalysisSaidAloneIsTheNamedPalsyTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                in("the paralysis of a patient with a facial palsy is that palsy",
                        "Assessment: left facial palsy after the ear operation. The paralysis has improved with "
                                + "steroids.\n",
                        "G51.0", "G83.9"),
                in("a paralysis beside a third nerve palsy is that palsy",
                        "Assessment: palsy of the right oculomotor nerve. Two months later the paralysis had not "
                                + "improved.\n",
                        "", "G83.9"),
                in("a paralysis with no named paralysis beside it is coded unspecified",
                        "Assessment: sudden paralysis after the snake bite, treated with antivenom.\n",
                        "G83.9", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
