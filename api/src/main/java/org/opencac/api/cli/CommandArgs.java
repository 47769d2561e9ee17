package org.opencac.api.cli;

import java.nio.file.Path;
import java.util.List;

/** Reading a command's arguments: an option's value, a positive count, the one file the command reads. */
final class CommandArgs {
    private CommandArgs() {
    }

    /** The value after the option at {@code i - 1}; fails when the arguments end there. */
    static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    /** {@code v} as a whole number above zero; fails naming the option otherwise. */
    static int positive(String v, String option) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(option + " must be a positive whole number");
    }

    /**
     * The command's one file argument {@code a}, where {@code before} is the one already read (null: none); an
     * unknown option or a second file fails.
     */
    static Path positional(String a, Path before) {
        if (a.startsWith("--") || before != null) {
            throw new UsageException("unexpected argument " + a);
        }
        return Path.of(a);
    }
}
