package org.opencac.engine;

import java.util.function.Supplier;

/**
 * A value made on its first use and kept: the first caller runs {@code make}, callers meanwhile wait for it,
 * later callers get the kept value. A {@code make} that throws keeps nothing, so the next caller tries again.
 * The service makes so what only some routes need (the FHIR mapping, the workbench over its store), and the PCS
 * module its tables and coder.
 *
 * @param <T> the value's type
 */
public final class FirstUse<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    public FirstUse(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
