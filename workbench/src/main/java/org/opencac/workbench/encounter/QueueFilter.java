package org.opencac.workbench.encounter;

import java.time.LocalDate;

/**
 * Work-queue filters; null means "any". Dates bound the date of service, both inclusive.
 *
 * @param page 1-based page number
 * @param size rows per page (1-100)
 */
public record QueueFilter(EncounterStatus status, String setting, String specialty, LocalDate from, LocalDate to,
                          int page, int size) {
    public QueueFilter {
        if (page < 1 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page must be >= 1 and size 1-100");
        }
    }
}
