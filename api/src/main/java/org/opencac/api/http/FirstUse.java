package org.opencac.api.http;

import java.util.function.Supplier;

/**
 * A value made on its first use and kept: the first caller runs {@code make}, callers meanwhile wait for it,
 * later callers get the kept value. A {@code make} that throws keeps nothing, so the next caller tries again.
 *
 * @param <T> the value's type
 */
final class FirstUse<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    FirstUse(Supplier<T> make) {
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
