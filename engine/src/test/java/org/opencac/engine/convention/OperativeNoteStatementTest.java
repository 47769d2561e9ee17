package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms found coding operative and procedure notes as a coder would: the Index entry a clinical wording
 * stands for (hypertrophic tonsillitis, a full-thickness cuff tear, biceps tenosynovitis, a blighted ovum,
 * moyamoya in two words, mucus plugging of a bronchus, an infected shoulder prosthesis), both codes of an
 * "acute on chronic" renal failure, symptoms routinely part of a pregnancy loss, one leukemia told in general
 * and in typed words, and the premedication account of a procedure that is not its diagnostic statement.
 */
class OperativeNoteStatementTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("Index: Tonsillitis, hypertrophic J35.01 (not acute tonsillitis, not tonsil hypertrophy alone)",
                        "POSTOPERATIVE DIAGNOSIS:\n1. Recurring sore throats from tonsillitis with hypertrophy.\n",
                        "J35.01", "J03.90 J35.1"),
                out("a full-thickness rotator cuff tear is a complete tear, its side from the clause",
                        "POSTOPERATIVE DIAGNOSIS:\n1. Massive rotator cuff tear of the right shoulder.\n",
                        "M75.121", "M75.101"),
                out("a complete cuff tear in the narrative and a left shoulder tear in the statement are one tear",
                        "POSTOPERATIVE DIAGNOSIS:\n1. Rotator cuff tear, left shoulder.\nPROCEDURE:\nThe edges of the"
                                + " massive rotator cuff tear were freshened and anchored.\n", "M75.122",
                        "M75.102 M75.120"),
                out("Index: Tenosynovitis, bicipital - see Tendinitis, bicipital",
                        "POSTOPERATIVE DIAGNOSIS:\n1. Biceps tenosynovitis, left shoulder.\n", "M75.22", "M65.912"),
                out("Index: Blighted ovum O02.0, cramping with it is integral (I.C.18.b)",
                        "HISTORY:\nShe is gravida 3, para 2 at nine weeks.\n"
                                + "POSTOPERATIVE DIAGNOSIS:\nBlighted ovum, lower abdominal cramping.\n",
                        "O02.0", "O02.1 R25.2 R10.9"),
                out("breast asymmetry misspelt with a doubled s is the breast disorder",
                        "POSTOPERATIVE DIAGNOSIS:\n1. Breast assymetry after an earlier reduction.\n", "N64.89", ""),
                out("Index: Moyamoya disease I67.5 written in two words",
                        "IMPRESSION:\nAngiography is typical of moya moya disease.\n", "I67.5", ""),
                in("Index: Plug, bronchus NEC J98.09",
                        "POSTOPERATIVE DIAGNOSIS:\nThick mucus plugging, left lower lobe bronchus.\n", "J98.09", ""),
                out("an infected shoulder prosthesis is an infection of another internal joint prosthesis",
                        "POSTOPERATIVE DIAGNOSIS:\n1. Infected total shoulder arthroplasty.\n", "T84.59XA", "M00.9"),
                in("acute on chronic renal failure is the acute failure and the chronic kidney disease",
                        "ASSESSMENT:\n1. Acute on chronic renal failure, for dialysis.\n", "N17.9 N18.9", ""),
                out("a leukemia of a documented type absorbs the leukemia named in general words",
                        "IMPRESSION:\nChronic lymphocytic leukemia with leukemic meningitis.\n", "C91.10",
                        "C95.90 G03.9"),
                out("leukemic meningitis alone is the leukemia, not a meningitis",
                        "IMPRESSION:\nLeukemic meningitis, for intrathecal therapy.\n", "C95.90", "G03.9"),
                out("a symptom in the premedication account of a procedure is not the diagnostic statement",
                        "POSTOPERATIVE DIAGNOSIS:\nSmall rectal polyp.\n"
                                + "PREMEDICATIONS:\nBefore the scope she had a pounding headache and was given"
                                + " an analgesic.\n", "K62.1", "R51.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
