package org.opencac.models.codeset;

import java.util.Objects;

/**
 * Which release of a code system a result was produced with, e.g. "ICD-10-CM FY2026".
 *
 * @param system  the code system
 * @param release the publisher's release name, e.g. "FY2026"
 */
public record CodeSetVersion(CodeSystem system, String release) {
    public CodeSetVersion {
        Objects.requireNonNull(system, "system");
        if (release == null || release.isBlank()) {
            throw new IllegalArgumentException("release must not be blank");
        }
    }

    /** Human-readable label carried by every result, e.g. "ICD-10-CM FY2026". */
    public String label() {
        return system.displayName() + " " + release;
    }

    @Override
    public String toString() {
        return label();
    }
}
