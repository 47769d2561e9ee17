package org.opencac.engine.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.hcpcs.HcpcsModule;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.hcpcs.HcpcsFileLoader;
import org.opencac.models.codeset.hcpcs.HcpcsRecordLayout;
import org.opencac.models.io.Resources;

/**
 * The date of service picks the code-set release: the bundled HCPCS 2019 file beside a small synthetic
 * "2031" file (test resources; a made-up subset in which ceftriaxone is billed per 500 mg instead of 250 mg).
 */
class DateOfServiceVersionTest {
    private static final HcpcsModule Y2019 = HcpcsModule.bundled();
    private static final HcpcsModule Y2031 = synthetic();
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(Y2019, Y2031));
    private static final Note NOTE = new Note("Ceftriaxone 1 g IM was given in clinic.", CareSetting.OUTPATIENT);

    /** The synthetic release (also used by the API tests). */
    public static HcpcsModule synthetic() {
        try (InputStream layout = Resources.bundled(HcpcsFileLoader.BUNDLED_LAYOUT);
             InputStream file = DateOfServiceVersionTest.class.getResourceAsStream("/org/opencac/engine/hcpcs/synthetic-hcpcs-2031.txt")) {
            return new HcpcsModule(HcpcsFileLoader.read(HcpcsRecordLayout.parse(layout), file, "synthetic-hcpcs-2031.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SystemResult hcpcs(LocalDate date) {
        return PIPELINE.code(NOTE, List.of(CodeSystem.HCPCS), date).systems().get(0);
    }

    private static Map<String, Integer> units(SystemResult r) {
        return r.suggestions().stream().collect(Collectors.toMap(Suggestion::code, Suggestion::units));
    }

    @Test
    void theReleaseValidOnTheDateOfServiceCodesTheNote() {
        SystemResult in2019 = hcpcs(LocalDate.of(2019, 6, 1));
        assertEquals("HCPCS Level II 2019", in2019.codeSetVersion().label());
        assertEquals(Map.of("J0696", 4), units(in2019));
        assertEquals(List.of(), in2019.warnings());
        SystemResult in2031 = hcpcs(LocalDate.of(2031, 6, 1));
        assertEquals("HCPCS Level II 2031", in2031.codeSetVersion().label());
        assertEquals(Map.of("J0696", 2), units(in2031), "the synthetic release bills ceftriaxone per 500 mg");
        assertEquals("HCPCS Level II 2031", in2031.suggestions().get(0).codeSetVersion());
    }

    @Test
    void calendarYearBoundsAreInclusive() {
        assertEquals("HCPCS Level II 2019", hcpcs(LocalDate.of(2019, 12, 31)).codeSetVersion().label());
        assertEquals("HCPCS Level II 2031", hcpcs(LocalDate.of(2031, 1, 1)).codeSetVersion().label());
    }

    @Test
    void withoutADateTheNewestReleaseIsUsed() {
        SystemResult r = PIPELINE.code(NOTE, List.of(CodeSystem.HCPCS)).systems().get(0);
        assertEquals("HCPCS Level II 2031", r.codeSetVersion().label());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aDateNoReleaseCoversIsCodedWithTheNearestEarlierOneAndWarnsNamingTheLoadedReleases() {
        SystemResult r = hcpcs(LocalDate.of(2026, 3, 14));
        assertEquals("HCPCS Level II 2019", r.codeSetVersion().label(), "the latest release that starts before the date");
        assertEquals(1, r.warnings().size());
        String w = r.warnings().get(0);
        assertTrue(w.contains("2026-03-14") && w.contains("HCPCS Level II 2019 (2019-01-01 to 2019-12-31)")
                && w.contains("HCPCS Level II 2031 (2031-01-01 to 2031-12-31)"), w);
        assertEquals("HCPCS Level II 2019", hcpcs(LocalDate.of(2010, 1, 1)).codeSetVersion().label(),
                "before every release: the earliest");
    }

    @Test
    void icd10CmWarnsWhenTheDateIsOutsideItsFiscalYear() {
        SystemResult inFy = PIPELINE.code(NOTE, List.of(CodeSystem.ICD10CM), LocalDate.of(2025, 10, 1)).systems().get(0);
        assertEquals(List.of(), inFy.warnings(), "FY2026 starts on 1 October 2025");
        SystemResult after = PIPELINE.code(NOTE, List.of(CodeSystem.ICD10CM), LocalDate.of(2026, 10, 1)).systems().get(0);
        assertTrue(after.warnings().get(0).contains("ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)"), after.warnings().toString());
    }

    @Test
    void theSettingsDefaultSystemsAreUsedWhenNoneAreNamed() {
        assertEquals(List.of(CodeSystem.ICD10CM, CodeSystem.HCPCS), PIPELINE.code(NOTE, List.of(), LocalDate.of(2019, 6, 1))
                .systems().stream().map(SystemResult::codeSystem).toList());
    }
}
