package org.opencac.models.codeset;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of service a code-set release applies to, both inclusive. ICD-10-CM and ICD-10-PCS releases
 * are federal fiscal years ("FY2026": 1 October 2025 to 30 September 2026); HCPCS Level II and CPT
 * releases are calendar years ("2019"). A release named otherwise (the CPT team list) has no period.
 *
 * @param from first date of service, inclusive
 * @param to   last date of service, inclusive
 */
public record ValidityPeriod(LocalDate from, LocalDate to) {
    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public ValidityPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("validity ends " + to + " before it starts " + from);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The period of a release, from its system's release calendar; empty for an undated release. */
    public static Optional<ValidityPeriod> of(CodeSetVersion version) {
        String release = version.release().trim();
        return switch (version.system()) {
            case ICD10CM, ICD10PCS -> {
                Matcher m = FISCAL_YEAR.matcher(release);
                if (!m.matches()) {
                    yield Optional.empty();
                }
                int fy = Integer.parseInt(m.group(1));
                yield Optional.of(new ValidityPeriod(LocalDate.of(fy - 1, 10, 1), LocalDate.of(fy, 9, 30)));
            }
            case HCPCS, CPT -> {
                Matcher m = YEAR.matcher(release);
                if (!m.matches()) {
                    yield Optional.empty();
                }
                int year = Integer.parseInt(m.group(1));
                yield Optional.of(new ValidityPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        };
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
