package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A depression or an anxiety disorder the statement ties to a named physiological condition is the mental disorder
 * due to a known physiological condition (F06.3-, F06.4; Excludes1 at F32, F33, F41), the condition coded too; a
 * psychosocial cause, a substance or a condition merely listed beside it leaves the disorder as it is.
 */
class MentalDisorderDueToNamedConditionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("F06.32 a major depressive disorder due to a named disease is the major depressive-like episode",
                        "ASSESSMENT:\n1. Major depressive disorder due to multiple sclerosis.\n",
                        "F06.32 G35.D", "F32.9 F32.A F06.31"),
                out("F06.31 a depression secondary to a named disease has depressive features",
                        "ASSESSMENT:\n1. Depression secondary to hypothyroidism.\n", "F06.31 E03.9", "F32.A F32.9"),
                out("F06.4 an anxiety disorder related to a named disease",
                        "ASSESSMENT:\n1. Generalized anxiety disorder related to hyperthyroidism.\n",
                        "F06.4 E05.90", "F41.1"),
                out("F32 a depression listed beside a disease, not tied to it, stays a depression",
                        "ASSESSMENT:\n1. Major depressive disorder.\n2. Huntington disease.\n",
                        "F32.9 G10", "F06.32 F06.31"),
                out("F32 a depression due to a psychosocial stressor stays a depression",
                        "ASSESSMENT:\n1. Depression due to recent divorce.\n", "", "F06.31 F06.32"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dueToCase(ConventionCase c) {
        c.check();
    }
}
