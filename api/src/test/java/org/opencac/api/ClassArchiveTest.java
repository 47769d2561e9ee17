package org.opencac.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class archive a service is launched with: found among the JVM's own options only, judged in use only when
 * the JVM mapped it, and made anew by a JVM with the same options that archives at exit instead.
 */
class ClassArchiveTest {

    @Test
    void theArchiveIsTheJvmOptionBeforeTheJarNotAnArgumentOfTheCommand() {
        assertEquals(Optional.of(Path.of("/srv/opencac.jsa")),
                ClassArchive.requested(List.of("-Xmx512m", "-XX:SharedArchiveFile=/srv/opencac.jsa", "-jar", "o.jar")));
        assertEquals(Optional.of(Path.of("cache/x.jsa").toAbsolutePath()),
                ClassArchive.requested(List.of("-XX:SharedArchiveFile=cache/x.jsa", "-jar", "o.jar", "serve")));
        assertEquals(Optional.empty(), ClassArchive.requested(List.of("-Xmx512m", "-jar", "o.jar")));
        assertEquals(Optional.empty(),
                ClassArchive.requested(List.of("-jar", "o.jar", "code", "-XX:SharedArchiveFile=/srv/opencac.jsa")));
    }

    @Test
    void anArchiveIsInUseOnlyWhenTheProcessMappedIt() {
        String maps = String.join("\n",
                "7f0000000000-7f0000100000 r--p 00000000 08:01 1234    /srv/opencac.jsa",
                "7f0000100000-7f0000200000 r-xp 00000000 08:01 99      /usr/lib/jvm/lib/server/classes.jsa");
        assertTrue(ClassArchive.mapped(Path.of("/srv/opencac.jsa"), maps));
        assertFalse(ClassArchive.mapped(Path.of("/srv/other.jsa"), maps));
        assertFalse(ClassArchive.mapped(Path.of("/srv/opencac.jsa"), "7f0000000000-7f0000100000 r--p 0 0:0 0 /srv/opencac.jsa.old"));
    }

    @Test
    void theArchiveIsMadeWithTheSameJvmOptionsArchivingAtExitThenTheWarmUpCommand() {
        List<String> command = ClassArchive.makeCommand("/usr/bin/java",
                List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/srv/opencac.jsa", "-jar",
                        "o.jar", "serve"), Path.of("/srv/o.jar"), Path.of("/srv/opencac.jsa.12.tmp"));
        assertEquals(List.of("/usr/bin/java", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:ArchiveClassesAtExit=/srv/opencac.jsa.12.tmp", "-cp", "/srv/o.jar", Main.class.getName(), "warm-up"),
                command);
    }

    @Test
    void aHalfMadeArchiveOfAProcessThatEndedIsRemovedAndOneBeingMadeIsKept(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("opencac.jsa");
        Path abandoned = dir.resolve("opencac.jsa.999999999.tmp");
        Path ours = dir.resolve("opencac.jsa." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(abandoned, "x");
        Files.writeString(ours, "x");
        Files.writeString(archive, "x");
        ClassArchive.removeAbandoned(archive);
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(ours));
        assertTrue(Files.exists(archive));
    }

    @Test
    void aServiceStoppingBeforeItsArchiveIsMadeStopsTheMakerAndLeavesNoScratchBehind(@TempDir Path dir)
            throws Exception {
        Path scratch = Files.createDirectories(dir.resolve("opencac-warm-up1/workbench"));
        Files.writeString(scratch.resolve("workbench.mv.db"), "x");
        Path halfMade = Files.writeString(dir.resolve("opencac.jsa.1.tmp"), "x");
        Process maker = new ProcessBuilder("sleep", "60").start();
        ClassArchive.abandon(maker, scratch.getParent(), halfMade);
        assertFalse(maker.isAlive());
        assertFalse(Files.exists(scratch.getParent()));
        assertFalse(Files.exists(halfMade));
    }
}
