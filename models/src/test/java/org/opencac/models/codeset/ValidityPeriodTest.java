package org.opencac.models.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityPeriodTest {
    @Test
    void icd10FiscalYearRunsFromOctoberFirstToSeptemberThirtieth() {
        ValidityPeriod p = ValidityPeriod.of(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026")).orElseThrow();
        assertEquals(LocalDate.of(2025, 10, 1), p.from());
        assertEquals(LocalDate.of(2026, 9, 30), p.to());
        assertEquals(p, ValidityPeriod.of(new CodeSetVersion(CodeSystem.ICD10PCS, "FY2026")).orElseThrow());
        assertFalse(p.contains(LocalDate.of(2025, 9, 30)));
        assertTrue(p.contains(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void hcpcsReleaseIsTheCalendarYear() {
        ValidityPeriod p = ValidityPeriod.of(new CodeSetVersion(CodeSystem.HCPCS, "2019")).orElseThrow();
        assertEquals(new ValidityPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), p);
    }

    @Test
    void anUndatedReleaseHasNoPeriod() {
        assertEquals(Optional.empty(), ValidityPeriod.of(new CodeSetVersion(CodeSystem.CPT, "team list")));
        assertEquals(Optional.empty(), ValidityPeriod.of(new CodeSetVersion(CodeSystem.ICD10CM, "2026")));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ValidityPeriod(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
    }
}
