package org.opencac.api;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.opencac.models.io.FileTrees;
import org.opencac.workbench.store.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class archive (AppCDS) a service is launched with, {@code java -XX:SharedArchiveFile=FILE -jar opencac.jar}:
 * the JVM then maps the jar's classes already parsed and verified instead of reading them from the jar, about a
 * third less CPU to the first answer. The JDK (17) cannot make the archive while it uses it, and ignores an archive
 * that is missing or was made from another build of the jar; so when the service runs without the archive it was
 * asked to use, it makes it anew, once it is ready, with a second JVM that starts the service on a free loopback
 * port with a scratch workbench store, codes one note, and exits ({@code warm-up} command,
 * {@code -XX:ArchiveClassesAtExit}). The next launch uses it.
 */
final class ClassArchive {
    private static final Logger LOG = LoggerFactory.getLogger(ClassArchive.class);
    static final String USE = "-XX:SharedArchiveFile=";
    static final String MAKE = "-XX:ArchiveClassesAtExit=";

    private ClassArchive() {
    }

    /** The archive named by this JVM's {@code -XX:SharedArchiveFile} option, if it has one. */
    static Optional<Path> requested(List<String> jvmArguments) {
        for (String a : jvmArguments) {
            if (a.startsWith(USE) && a.length() > USE.length()) {
                return Optional.of(Path.of(a.substring(USE.length())).toAbsolutePath().normalize());
            }
            if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                break;   // the JVM's own options end here
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code archive} is mapped into this process, read from {@code maps} (Linux's
     * {@code /proc/self/maps}): the JVM maps an archive it uses and leaves one it rejects unmapped.
     */
    static boolean mapped(Path archive, String maps) {
        String name = archive.toString();
        for (String line : maps.split("\n")) {
            if (line.endsWith(" " + name) || line.endsWith("\t" + name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The command that makes {@code archive}: this JVM's options, except its archive options, with
     * {@code -XX:ArchiveClassesAtExit} writing to {@code target}, then the jar's warm-up command.
     */
    static List<String> makeCommand(String java, List<String> jvmArguments, Path jar, Path target) {
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String a : jvmArguments) {
            if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                break;
            }
            if (!a.startsWith(USE) && !a.startsWith(MAKE) && !a.startsWith("-Xshare")) {
                command.add(a);
            }
        }
        command.add(MAKE + target);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.add("warm-up");
        return command;
    }

    /**
     * When this JVM was asked to use an archive that it does not use (missing, or made from another build of the
     * jar), makes it anew in the background for the next start, and says so. Linux only (elsewhere it cannot tell
     * whether the archive is in use, and does nothing).
     */
    static void refreshIfUnused(Path cacheDir) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> arguments = self.arguments().map(List::of).orElse(List.of());
        Optional<Path> archive = requested(arguments);
        Path maps = Path.of("/proc/self/maps");
        Optional<Path> jar = ownJar();
        if (archive.isEmpty() || jar.isEmpty() || self.command().isEmpty() || !Files.isReadable(maps)) {
            return;
        }
        try {
            if (mapped(archive.get(), Files.readString(maps))) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        LOG.warn("the class archive {} is {}: making it anew for the next start (a second JVM, in the background)",
                archive.get(), Files.exists(archive.get()) ? "not usable with this jar (made from another build)"
                        : "missing");
        removeAbandoned(archive.get());
        Thread maker = new Thread(() -> make(self.command().get(), arguments, jar.get(), archive.get(), cacheDir),
                "class-archive");
        maker.setDaemon(true);
        maker.start();
    }

    private static void make(String java, List<String> arguments, Path jar, Path archive, Path cacheDir) {
        Path scratch = null;
        try {
            Path dir = archive.getParent();
            Files.createDirectories(dir);
            scratch = Files.createTempDirectory("opencac-warm-up");
            Path tmp = dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            ProcessBuilder pb = new ProcessBuilder(makeCommand(java, arguments, jar, tmp));
            Map<String, String> env = pb.environment();
            env.put("OPENCAC_HOST", "127.0.0.1");
            env.put("OPENCAC_PORT", "0");
            env.put("OPENCAC_AUTH", "off");
            env.put("OPENCAC_CACHE_DIR", cacheDir.toString());
            env.put("OPENCAC_DATA_DIR", scratch.toString());
            env.put("OPENCAC_STORE_URL", StoreSettings.embeddedUrl(scratch.resolve("workbench")));
            pb.redirectErrorStream(true).redirectOutput(scratch.resolve("warm-up.log").toFile());
            Process p = pb.start();
            // the service may stop before the archive is made (this thread is a daemon): the second JVM, its
            // scratch folder and the half-made archive go with it
            Path scratchDir = scratch;
            Thread stopped = new Thread(() -> abandon(p, scratchDir, tmp), "class-archive abandoned");
            Runtime.getRuntime().addShutdownHook(stopped);
            try {
                awaitArchive(p, archive, tmp, scratch);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopped);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not make the class archive {}: {}", archive, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** Waits for the second JVM to make the archive, then puts it in place (or says why not). */
    private static void awaitArchive(Process p, Path archive, Path tmp, Path scratch)
            throws IOException, InterruptedException {
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            LOG.warn("making the class archive {} took over 10 minutes; stopped", archive);
        } else if (p.exitValue() != 0 || !Files.isRegularFile(tmp)) {
            LOG.warn("making the class archive {} failed (exit {}): {}", archive, p.exitValue(),
                    tail(scratch.resolve("warm-up.log")));
        } else {
            Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("made the class archive {}; the next start uses it", archive);
        }
        Files.deleteIfExists(tmp);
    }

    /**
     * What a service stopping before its archive is made leaves behind, removed: the second JVM making it is
     * stopped, its scratch folder and the half-made archive deleted.
     */
    static void abandon(Process maker, Path scratch, Path halfMade) {
        maker.destroyForcibly();
        try {
            maker.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(scratch);
        try {
            Files.deleteIfExists(halfMade);
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", halfMade, e.toString());
        }
    }

    /** Removes archives half-made by a process that has ended ({@code FILE.PID.tmp}, the process gone). */
    static void removeAbandoned(Path archive) {
        String prefix = archive.getFileName() + ".";
        try (var files = Files.list(archive.toAbsolutePath().getParent())) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")) {
                    String pid = name.substring(prefix.length(), name.length() - ".tmp".length());
                    boolean alive = pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                            && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                    if (!alive) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not look for abandoned class archives: {}", e.toString());
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", dir, e.toString());
        }
    }

    /** The jar this class was loaded from (empty when run from a classes directory). */
    static Optional<Path> ownJar() {
        try {
            var source = ClassArchive.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
