package org.opencac.api;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells this JVM's JIT, while it runs, to compile with C1 only ({@link JitMode}): a compiler directive that
 * excludes C2 for every method, added through the JVM's diagnostic-command bean (what {@code jcmd PID
 * Compiler.directives_add} does), so a plain {@code java -jar} gets it without JVM flags. Code C2 compiled before
 * the directive keeps running; a JVM without the bean (not HotSpot) is left as it is, with a warning.
 */
public final class CompilerDirectives {
    private static final Logger LOG = LoggerFactory.getLogger(CompilerDirectives.class);
    static final String C1_ONLY = "[ { match: \"*.*\", c2: { Exclude: true } } ]";
    private static final String BEAN = "com.sun.management:type=DiagnosticCommand";

    private CompilerDirectives() {
    }

    /**
     * Adds the C1-only directive and logs the outcome; never throws. Making the JVM's management beans costs a
     * few hundred milliseconds, so a caller at start-up runs this on a thread of its own.
     */
    public static void limitToC1() {
        try {
            add(C1_ONLY);
            LOG.info("JIT: C1 only (setting jit; OPENCAC_JIT=tiered lets C2 compile too)");
        } catch (JMException | java.io.IOException | RuntimeException e) {
            LOG.warn("JIT: could not limit this JVM to C1 ({}); it compiles as it would by default", e.toString());
        }
    }

    /** Adds {@code directives} (HotSpot's compiler-directive JSON) to this JVM's directive stack. */
    static void add(String directives) throws JMException, java.io.IOException {
        Path file = Files.createTempFile("opencac-jit", ".json");
        try {
            Files.writeString(file, directives);
            String answer = String.valueOf(invoke("compilerDirectivesAdd", file.toString()));
            if (!answer.contains("added")) {
                throw new IllegalStateException("the JVM did not add the directive: " + answer.strip());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Removes the directive added last (for tests). */
    static void removeLast() throws JMException {
        invoke("compilerDirectivesRemove");
    }

    /** The directive stack as the JVM prints it. */
    static String print() throws JMException {
        return String.valueOf(invoke("compilerDirectivesPrint"));
    }

    private static Object invoke(String operation, String... args) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(BEAN), operation,
                new Object[] {args}, new String[] {String[].class.getName()});
    }
}
