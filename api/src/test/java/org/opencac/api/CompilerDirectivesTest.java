package org.opencac.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompilerDirectivesTest {

    /** The number of directives on the JVM's stack whose C2 block excludes compilation. */
    private static long c2Exclusions() throws Exception {
        String printed = CompilerDirectives.print();
        return printed.lines().filter(l -> l.contains("Enable:true Exclude:true")).count();
    }

    @Test
    void theC1OnlyDirectiveReachesThisJvmsCompilerAndCanBeTakenBack() throws Exception {
        long before = c2Exclusions();
        CompilerDirectives.add(CompilerDirectives.C1_ONLY);
        try {
            assertEquals(before + 1, c2Exclusions(), CompilerDirectives.print());
            assertTrue(CompilerDirectives.print().contains("matching: *.*"));
        } finally {
            CompilerDirectives.removeLast();
        }
        assertEquals(before, c2Exclusions());
    }
}
