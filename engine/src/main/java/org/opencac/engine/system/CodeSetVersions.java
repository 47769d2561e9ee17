package org.opencac.engine.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.ValidityPeriod;

/**
 * The code-set releases loaded per system, with the dates of service each applies to
 * ({@link ValidityPeriod}), and the choice of release for a date of service: the release valid on that
 * date (the newest if several are); without a date, the newest loaded. When no loaded release is valid on
 * the date, the nearest one is used (the latest that starts before it, else the earliest) and the
 * selection carries a warning naming the releases loaded, so the caller can tell the codes may not be
 * the ones in force.
 *
 * @param <T> what a release is served by (a code-system plug-in, or the ICD-10-CM version itself)
 */
public final class CodeSetVersions<T> {
    private final List<Entry<T>> entries;

    /**
     * One loaded release.
     *
     * @param version  the release
     * @param validity its period, empty when the release is undated
     * @param value    what serves it
     */
    public record Entry<T>(CodeSetVersion version, Optional<ValidityPeriod> validity, T value) {
    }

    /**
     * The release chosen for a request.
     *
     * @param value    what serves it
     * @param version  the release
     * @param warnings why it may not be the release in force on the date of service (empty when it is)
     */
    public record Selection<T>(T value, CodeSetVersion version, List<String> warnings) {
        public Selection {
            warnings = List.copyOf(warnings);
        }
    }

    private CodeSetVersions(List<Entry<T>> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Releases and what serves them; each release's period comes from {@link ValidityPeriod#of}. */
    public static <T> CodeSetVersions<T> of(List<T> values, java.util.function.Function<T, CodeSetVersion> version) {
        List<Entry<T>> list = new ArrayList<>();
        for (T v : values) {
            CodeSetVersion cv = version.apply(v);
            list.add(new Entry<>(cv, ValidityPeriod.of(cv), v));
        }
        return new CodeSetVersions<>(list);
    }

    /** The loaded releases of {@code system}, in loading order. */
    public List<Entry<T>> of(CodeSystem system) {
        return entries.stream().filter(e -> e.version().system() == system).toList();
    }

    public boolean has(CodeSystem system) {
        return !of(system).isEmpty();
    }

    /** The newest loaded release of {@code system} (a dated release before an undated one; else loading order). */
    public Entry<T> newest(CodeSystem system) {
        return of(system).stream().max(Comparator.comparing((Entry<T> e) -> e.validity().map(ValidityPeriod::from)
                        .orElse(LocalDate.MIN)))
                .orElseThrow(() -> new IllegalArgumentException(system.displayName() + " is not available"));
    }

    /** The release of {@code system} for a date of service (null = none given: the newest). */
    public Selection<T> select(CodeSystem system, LocalDate dateOfService) {
        Entry<T> newest = newest(system);
        if (dateOfService == null) {
            return new Selection<>(newest.value(), newest.version(), List.of());
        }
        List<Entry<T>> loaded = of(system);
        Optional<Entry<T>> valid = loaded.stream().filter(e -> e.validity().map(p -> p.contains(dateOfService)).orElse(false))
                .max(Comparator.comparing(e -> e.validity().get().from()));
        if (valid.isPresent()) {
            return new Selection<>(valid.get().value(), valid.get().version(), List.of());
        }
        Optional<Entry<T>> undated = loaded.stream().filter(e -> e.validity().isEmpty()).findFirst();
        if (undated.isPresent()) {
            return new Selection<>(undated.get().value(), undated.get().version(), List.of());
        }
        Entry<T> nearest = loaded.stream().filter(e -> !e.validity().get().from().isAfter(dateOfService))
                .max(Comparator.comparing(e -> e.validity().get().from()))
                .orElseGet(() -> loaded.stream().min(Comparator.comparing(e -> e.validity().get().from())).orElseThrow());
        String list = loaded.stream().map(e -> e.version().label() + " (" + e.validity().get() + ")")
                .collect(Collectors.joining(", "));
        return new Selection<>(nearest.value(), nearest.version(), List.of("No " + system.displayName()
                + " code set loaded is valid on the date of service " + dateOfService + "; loaded: " + list + ". Coded with "
                + nearest.version().label() + ": check the codes against the code set in force on that date."));
    }
}
