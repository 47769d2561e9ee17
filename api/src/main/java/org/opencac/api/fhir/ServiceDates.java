package org.opencac.api.fhir;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.system.DateOfService;

/**
 * The date of service of a note given as FHIR, which picks the code-set releases: the period of the encounter
 * the DocumentReference names (when that Encounter is in the request), else the DocumentReference's
 * {@code context.period}, else its {@code date}. From a period, an inpatient stay takes its end (inpatient
 * claims are coded with the code set in force at discharge) and an outpatient visit its start; a period
 * without that end falls back to the other. A date less precise than a day gives none. The date is read as
 * written (its own time zone), never shifted to the server's.
 */
public final class ServiceDates {
    private final Map<String, Encounter> encounters;
    private final String contextEncounter;

    private ServiceDates(Map<String, Encounter> encounters, String contextEncounter) {
        this.encounters = encounters;
        this.contextEncounter = contextEncounter;
    }

    /** No Encounters known: dates come from the DocumentReferences alone. */
    public static ServiceDates none() {
        return new ServiceDates(Map.of(), null);
    }

    /**
     * These dates with the encounter the whole request is about (a CDS Hooks {@code context.encounterId}),
     * used for a DocumentReference that names no known encounter of its own.
     */
    public ServiceDates withContextEncounter(String encounterId) {
        return new ServiceDates(encounters, encounterId == null || encounterId.isBlank() ? null
                : encounterId.startsWith("Encounter/") ? encounterId : "Encounter/" + encounterId);
    }

    /** The Encounters in a resource (an Encounter, or a Bundle's entries), by id and by fullUrl. */
    public static ServiceDates from(Iterable<? extends IBaseResource> resources) {
        Map<String, Encounter> byRef = new HashMap<>();
        for (IBaseResource r : resources) {
            if (r instanceof Encounter e) {
                add(byRef, e, null);
            } else if (r instanceof Bundle b) {
                for (Bundle.BundleEntryComponent entry : b.getEntry()) {
                    if (entry.getResource() instanceof Encounter e) {
                        add(byRef, e, entry.getFullUrl());
                    }
                }
            }
        }
        return new ServiceDates(byRef, null);
    }

    private static void add(Map<String, Encounter> byRef, Encounter e, String fullUrl) {
        if (e.getIdElement().hasIdPart()) {
            byRef.put("Encounter/" + e.getIdElement().getIdPart(), e);
        }
        if (fullUrl != null && !fullUrl.isBlank()) {
            byRef.put(fullUrl, e);
        }
    }

    /** The note's date of service, or empty when the resources do not give one to the day. */
    public Optional<LocalDate> of(DocumentReference d, CareSetting setting) {
        java.util.List<String> refs = new java.util.ArrayList<>();
        for (Reference ref : d.getContext().getEncounter()) {
            if (ref.hasReference()) {
                refs.add(ref.getReference());
            }
        }
        if (contextEncounter != null) {
            refs.add(contextEncounter);
        }
        for (String ref : refs) {
            Encounter e = encounters.get(ref);
            Optional<LocalDate> fromEncounter = e == null ? Optional.empty() : ofPeriod(e.getPeriod(), setting);
            if (fromEncounter.isPresent()) {
                return fromEncounter;
            }
        }
        Optional<LocalDate> fromContext = ofPeriod(d.getContext().getPeriod(), setting);
        return fromContext.isPresent() ? fromContext : day(d.getDateElement());
    }

    private static Optional<LocalDate> ofPeriod(Period p, CareSetting setting) {
        if (p == null || p.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> start = day(p.getStartElement());
        Optional<LocalDate> end = day(p.getEndElement());
        if (setting == CareSetting.INPATIENT) {
            return end.isPresent() ? end : start;
        }
        return start.isPresent() ? start : end;
    }

    private static Optional<LocalDate> day(BaseDateTimeType t) {
        if (t == null || t.isEmpty() || t.getValueAsString() == null
                || t.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return Optional.empty();
        }
        return DateOfService.parse(t.getValueAsString().substring(0, 10));
    }
}
