package org.opencac.evaluation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a run was measured on, read from {@code /proc} and {@code /etc/os-release} (Linux);
 * fields that cannot be read are "unknown".
 *
 * @param cpu      CPU model name
 * @param cores    processors available to the JVM
 * @param memory   total memory
 * @param os       distribution and kernel
 * @param jvm      JVM name and version
 */
public record MachineInfo(String cpu, int cores, String memory, String os, String jvm) {

    public static MachineInfo current() {
        String cpu = field(Path.of("/proc/cpuinfo"), "model name", ':').orElse(System.getProperty("os.arch"));
        String memory = field(Path.of("/proc/meminfo"), "MemTotal", ':')
                .map(v -> String.format("%.1f GiB", Long.parseLong(v.replace("kB", "").trim()) / 1024.0 / 1024.0))
                .orElse("unknown");
        String distro = field(Path.of("/etc/os-release"), "PRETTY_NAME", '=').map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
        String os = distro + ", kernel " + System.getProperty("os.version");
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")";
        return new MachineInfo(cpu, Runtime.getRuntime().availableProcessors(), memory, os, jvm);
    }

    /** The 1, 5 and 15 minute load averages, e.g. "3.85 4.73 3.41", or "unknown". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> field(Path file, String key, char separator) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                int at = line.indexOf(separator);
                if (at > 0 && line.substring(0, at).trim().equals(key)) {
                    return Optional.of(line.substring(at + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or unreadable: fall back
        }
        return Optional.empty();
    }
}
