package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencac.engine.testing.TestModels;

/**
 * A deficit remaining after an earlier stroke is reported by its I69 code (Guidelines I.C.9.d), not by the acute
 * stroke code beside the bare symptom; an earlier stroke with no deficit left is a personal history (Z86.73); a
 * stroke of this encounter keeps its acute code and its symptoms.
 */
class StrokeSequelaTest {
    private static final StrokeSequelaCheck CHECK = StrokeSequelaCheck.standard(TestModels.models().codeSet());

    @ParameterizedTest(name = "{0} under {1} is {2}")
    @CsvSource({
            "R47.01, I69.3, I69.320",
            "R47.02, I69.3, I69.321",
            "R47.1, I69.3, I69.322",
            "R13.10, I69.3, I69.391",
            "R13.12, I69.3, I69.391",
            "R29.810, I69.3, I69.392",
            "R27.0, I69.3, I69.393",
            "R48.2, I69.3, I69.390",
            "R41.842, I69.3, I69.312",
            "G81.91, I69.3, I69.351",
            "G81.94, I69.3, I69.354",
            "G81.90, I69.3, I69.359",
            "G81.12, I69.3, I69.352",
            "G83.23, I69.3, I69.333",
            "G83.11, I69.3, I69.341",
            "R47.01, I69.1, I69.120",
            "G81.93, I69.2, I69.253"
    })
    void aDeficitTakesTheSequelaCodeWhoseTitleNamesItAndItsSide(String deficit, String subcategory, String expected) {
        assertEquals(expected, CHECK.counterpart(subcategory, deficit).code());
    }

    @Test
    void aCodeOutsideTheDeficitListHasNoSequelaCounterpart() {
        assertNull(CHECK.counterpart("I69.3", "R53.1"));
    }

    @Test
    void onlyADeficitOfAStatedTypeStaysAsTheAdditionalCodeItsSequelaAsksFor() {
        assertTrue(CHECK.keptBeside("R13.12"));
        assertFalse(CHECK.keptBeside("R13.10"));
        assertFalse(CHECK.keptBeside("R47.01"));
    }

    @Test
    void aLossOfVisionNoTitleNamesTakesTheOtherSequelaeCodeAndStaysBesideIt() {
        assertEquals("I69.398", CHECK.counterpart("I69.3", "H54.40").code());
        assertEquals("I69.198", CHECK.counterpart("I69.1", "H53.461").code());
        assertTrue(CHECK.keptBeside("H54.40"));
    }

    @Test
    void titleWordsReadNonDominantAsOneWordAndDropFiller() {
        assertEquals(java.util.Set.of("hemiplegia", "affecting", "left", "nondominant", "side"),
                StrokeSequelaCheck.words("Hemiplegia, unspecified affecting left non-dominant side"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.9.d aphasia and swallowing trouble left by an infarct of last year are its sequelae",
                        "HISTORY OF PRESENT ILLNESS:\nThe man had a cerebral infarction last year. He is seen for"
                                + " therapy of his remaining aphasia and his oropharyngeal dysphagia.\n",
                        "I69.320 I69.391 R13.12", "I63.9 R47.01 R13.10 Z86.73"),
                out("I.C.9.d a weak left side after a past stroke defaults to the non-dominant side",
                        "ASSESSMENT:\n1. Old CVA with residual left hemiparesis.\n2. Essential hypertension.\n",
                        "I69.354 I10", "I63.9 G81.94 Z86.73"),
                out("I.C.9.d a past stroke without a deficit that remains is a personal history",
                        "PAST MEDICAL HISTORY:\nHistory of stroke.\n\nHISTORY OF PRESENT ILLNESS:\nShe has had a"
                                + " sore throat for two days.\n", "Z86.73", "I63.9"),
                out("I.C.9.d a deficit begun today beside a past stroke is a symptom, not its sequela",
                        "PAST MEDICAL HISTORY:\nHistory of stroke.\n\nHISTORY OF PRESENT ILLNESS:\nThis morning"
                                + " his wife noticed a right facial droop.\n", "R29.810", "I69.392"),
                out("I.C.9.d a past transient ischemic attack leaves no sequela of the speech trouble seen today",
                        "PAST MEDICAL HISTORY:\nHistory of TIA.\n\nHISTORY OF PRESENT ILLNESS:\nShe has aphasia"
                                + " since this morning.\n", "R47.01", "I69.320"),
                in("I.C.9.a a stroke of this admission keeps its acute code and its symptoms",
                        "HISTORY OF PRESENT ILLNESS:\nHe was admitted with an acute stroke and aphasia beginning"
                                + " an hour ago.\n", "I63.9 R47.01", "I69.320"),
                out("I.C.9.d.3 a weak side an old infarct left is its sequela beside a new infarct",
                        "HISTORY OF PRESENT ILLNESS:\nShe had a stroke years ago with residual right hemiparesis."
                                + " She was admitted today with an acute stroke.\n", "I63.9 I69.351",
                        "G81.91 Z86.73"),
                out("I.C.9.d.3 a deficit told as from the old infarcts before it is their sequela beside a new one",
                        "HISTORY OF PRESENT ILLNESS:\nFrom her prior strokes she has expressive aphasia. She was"
                                + " admitted today with an acute stroke.\n", "I63.9 I69.320", "R47.01 Z86.73"),
                out("I.C.9.d a deficit told in the past with the stroke that left it is its sequela, not a history",
                        "HISTORY OF PRESENT ILLNESS:\nHe has a past history of dysphagia, status post stroke. He"
                                + " comes for a swallow study.\n", "I69.391", "Z86.73 I63.9 R13.10"),
                out("I.C.9.d a deficit listed in the past history with the earlier stroke beside a new one is its sequela",
                        "PAST MEDICAL HISTORY:\n1. Gout.\n2. Stroke with expressive aphasia.\n\n"
                                + "HISTORY OF PRESENT ILLNESS:\nShe was admitted today with an acute stroke.\n",
                        "I63.9 I69.320", "Z86.73"),
                out("I.C.9.d.3 a deficit beside a new infarct that no sentence ties to the old one is the new one's",
                        "PAST MEDICAL HISTORY:\nRemote stroke.\n\nHISTORY OF PRESENT ILLNESS:\nShe was admitted"
                                + " with an acute stroke and a new right hemiparesis.\n", "I63.9 G81.91",
                        "I69.351"),
                out("I.C.9.d.3 a deficit named after another condition beside the old infarct is not tied to it",
                        "HISTORY OF PRESENT ILLNESS:\nShe has a remote stroke and Parkinson disease with right"
                                + " hemiparesis. She was admitted today with an acute stroke.\n", "I63.9",
                        "I69.351"),
                out("I.C.9.d.3 an old infarct in a past-history list, its weakness told as remaining, beside a new one",
                        "PAST MEDICAL HISTORY:\n1. Gout.\n2. Stroke in 2015 with residual right hemiparesis.\n\n"
                                + "HISTORY OF PRESENT ILLNESS:\nHe was admitted today with an acute stroke.\n",
                        "I63.9 I69.351", "G81.91"),
                out("I.C.9.d an old infarct in a past-history list with its remaining weakness is its sequela",
                        "PAST MEDICAL HISTORY:\n1. Gout.\n2. Stroke in 2015 with residual right hemiparesis.\n\n"
                                + "ASSESSMENT:\nCommunity-acquired pneumonia.\n", "I69.351", "G81.91 I63.9"),
                out("I.C.9.d an old stroke told with a residual it does not name is its unspecified sequela",
                        "ASSESSMENT:\n1. Hypertension.\n2. History of stroke in 2012 with right residual.\n",
                        "I69.30", "Z86.73 I63.9"),
                out("I.C.9.d blindness of one eye left by an old stroke is its other sequela, the blindness beside it",
                        "PAST MEDICAL HISTORY:\n1. Gout.\n2. Stroke in 2010 with blindness of the right eye.\n\n"
                                + "ASSESSMENT:\nCommunity-acquired pneumonia.\n", "I69.398", "Z86.73 I63.9"),
                out("I.C.9.d, I.C.6.a an old stroke told with a residual weakness of one side is its hemiparesis",
                        "HISTORY OF PRESENT ILLNESS:\nShe had a stroke in 2011 with mild residual left-sided weakness,"
                                + " and now has a cough.\n", "I69.354", "Z86.73 I63.9 I69.30"),
                out("I.C.9.d a weakness of one side not told as residual leaves an old stroke a personal history",
                        "ASSESSMENT:\n1. Hypertension.\n2. History of stroke in 2012 with no residual deficits.\n"
                                + "3. Right-sided weakness since a fall last week.\n", "Z86.73", "I69.351"),
                out("I.C.9.d an old stroke told with no residual deficit stays a personal history",
                        "ASSESSMENT:\n1. Hypertension.\n2. History of stroke in 2012 with no residual deficits.\n",
                        "Z86.73", "I69.30"),
                out("I.C.9.d at a visit after the rehabilitation stay of an acute stroke its weak side is a sequela",
                        "HISTORY OF PRESENT ILLNESS:\nShe was admitted for inpatient rehabilitation of the residual"
                                + " deficits of her acute stroke. She is seen today for her left hemiparesis.\n",
                        "I69.354", "I63.9 G81.94"),
                out("I.C.9.d at a visit after the rehabilitation stay of an acute stroke with no deficit: history",
                        "HISTORY OF PRESENT ILLNESS:\nHe went to inpatient rehabilitation after his acute stroke."
                                + " He is seen today for a sore throat.\n", "Z86.73", "I63.9"),
                in("I.C.9.a an inpatient stay of an acute stroke keeps its acute code though rehabilitation is planned",
                        "HISTORY OF PRESENT ILLNESS:\nHe was admitted with an acute stroke and left hemiparesis and"
                                + " will go to inpatient rehabilitation.\n", "I63.9 G81.94", "I69.354 Z86.73"),
                out("I.C.9.d a listed old infarct keeps its history code when its sequela code gives way to a head injury",
                        "PAST MEDICAL HISTORY:\n1. Gout.\n2. Stroke in 2015 with residual right hemiparesis. The stroke"
                                + " has since left him with no weakness.\n\nASSESSMENT:\nTraumatic subdural hemorrhage"
                                + " after a fall down the stairs.\n", "Z86.73", "I69.351 G81.91 I63.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
