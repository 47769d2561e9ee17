package org.opencac.evaluation.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service jar running as a child JVM on a free loopback port, its output going to a log file.
 * {@link #close()} stops it (SIGTERM, then SIGKILL after 10 s).
 */
final class ServiceProcess implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    /** System property naming the port to serve on (default: any free loopback port). */
    static final String PORT_PROPERTY = "opencac.bench.port";

    private final Process process;
    private final long launchNanos;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, long launchNanos, int port, Path log) {
        this.process = process;
        this.launchNanos = launchNanos;
        this.port = port;
        this.log = log;
    }

    /** Launches {@code java <jvmArgs> -jar jar} with the cache in {@code cacheDir} and output in {@code log}. */
    static ServiceProcess start(Path jar, List<String> jvmArgs, Path cacheDir, Path log) {
        return start(jar, jvmArgs, JitSetting.DEFAULT, cacheDir, log);
    }

    /** As {@link #start(Path, List, Path, Path)}, with the service's JIT setting. */
    static ServiceProcess start(Path jar, List<String> jvmArgs, JitSetting jit, Path cacheDir, Path log) {
        int port = Integer.getInteger(PORT_PROPERTY, 0) > 0 ? Integer.getInteger(PORT_PROPERTY) : freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(jit.jvmOptions());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        // Run in the cache directory: relative paths in JVM options (the class archive) are read from there.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(cacheDir.toAbsolutePath().toFile());
        builder.environment().put("OPENCAC_PORT", Integer.toString(port));
        builder.environment().put("OPENCAC_HOST", HOST);
        builder.environment().put("OPENCAC_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        // A benchmark measures coding: no API keys, and the workbench's data stays in the benchmark's folder.
        builder.environment().put("OPENCAC_AUTH", "off");
        builder.environment().put("OPENCAC_DATA_DIR", cacheDir.resolve("data").toAbsolutePath().toString());
        jit.applyTo(builder.environment());
        try {
            long launch = System.nanoTime();
            return new ServiceProcess(builder.start(), launch, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    URI uri(String path) {
        return URI.create("http://" + HOST + ":" + port + path);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Polls {@code POST /v1/suggest} until it answers 200 and returns the time since launch. Fails if the
     * process exits or {@code timeout} passes first.
     */
    Duration awaitFirstAnswer(HttpClient client, String body, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/v1/suggest")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long deadline = launchNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - launchNanos);
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // connection reset while starting
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no answer within " + timeout + "; see " + log);
    }

    /** The child's output so far. */
    List<String> output() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}
