package org.opencac.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.opencac.workbench.store.StoreSettings;

/**
 * Service settings: defaults, then a properties file ({@code opencac.properties} in the working
 * directory, or the file named by {@code OPENCAC_CONFIG}), then {@code OPENCAC_*} environment variables
 * (a key {@code cache.dir} is overridden by {@code OPENCAC_CACHE_DIR}).
 *
 * @param host            address to bind (default 0.0.0.0)
 * @param port            HTTP port (default 8080)
 * @param cacheDir        where the Lucene index is built and kept (default ~/.cache/opencac)
 * @param maxNoteChars    largest note accepted, in characters (default 100,000)
 * @param maxSuggestions  default and ceiling of suggestions per note (default 25, ceiling 100)
 * @param threads         worker threads for batch and evaluation (default: all cores)
 * @param store           the workbench database: {@code store.url} (default an H2 file under the cache
 *                        directory), {@code store.user}, {@code store.password}, {@code store.pool.size}
 * @param cptFile         a licensed CPT file (tab-delimited code, descriptor) that replaces the team's CPT
 *                        list, or null (property {@code cpt.file}, variable {@code OPENCAC_CPT_FILE})
 * @param jit             which JIT compilers compile the engine (property {@code jit}, variable
 *                        {@code OPENCAC_JIT}: {@code auto}, the default, {@code c1} or {@code tiered}; see {@link JitMode})
 */
public record Settings(String host, int port, Path cacheDir, int maxNoteChars, int maxSuggestions, int threads,
                       StoreSettings store, Path cptFile, JitMode jit) {

    public static final int MAX_SUGGESTIONS_CEILING = 100;

    public static Settings load(Map<String, String> env) {
        Properties p = new Properties();
        p.setProperty("host", "0.0.0.0");
        p.setProperty("port", "8080");
        p.setProperty("cache.dir", Path.of(System.getProperty("user.home"), ".cache", "opencac").toString());
        p.setProperty("max.note.chars", "100000");
        p.setProperty("max.suggestions", "25");
        p.setProperty("threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
        p.setProperty("store.url", "");
        p.setProperty("store.user", "");
        p.setProperty("store.password", "");
        p.setProperty("store.pool.size", "10");
        p.setProperty("cpt.file", "");
        p.setProperty("jit", "auto");
        p = layered(env, p);
        Path cacheDir = Path.of(p.getProperty("cache.dir"));
        String storeUrl = p.getProperty("store.url").isBlank() ? StoreSettings.embeddedUrl(cacheDir.resolve("workbench"))
                : p.getProperty("store.url");
        return new Settings(p.getProperty("host"), intSetting(p, "port", 0, 65535),
                cacheDir, intSetting(p, "max.note.chars", 1, 10_000_000),
                intSetting(p, "max.suggestions", 1, MAX_SUGGESTIONS_CEILING), intSetting(p, "threads", 1, 512),
                new StoreSettings(storeUrl, p.getProperty("store.user"), p.getProperty("store.password"),
                        intSetting(p, "store.pool.size", 1, 200)),
                p.getProperty("cpt.file").isBlank() ? null : Path.of(p.getProperty("cpt.file")),
                JitMode.parse(p.getProperty("jit")));
    }

    /** Applies the settings file and then the {@code OPENCAC_*} variables to the defaults in {@code p}. */
    static Properties layered(Map<String, String> env, Properties p) {
        Path file = Path.of(env.getOrDefault("OPENCAC_CONFIG", "opencac.properties"));
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                Properties fromFile = new Properties();
                fromFile.load(in);
                fromFile.forEach((k, v) -> p.setProperty(k.toString().trim(), v.toString().trim()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read settings file " + file, e);
            }
        } else if (env.containsKey("OPENCAC_CONFIG")) {
            throw new IllegalArgumentException("OPENCAC_CONFIG names a missing file: " + file);
        }
        for (String key : p.stringPropertyNames()) {
            String envName = "OPENCAC_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
            if (env.containsKey(envName)) {
                p.setProperty(key, env.get(envName).trim());
            }
        }
        return p;
    }

    static int intSetting(Properties p, String key, int min, int max) {
        String v = p.getProperty(key);
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new IllegalArgumentException("setting " + key + " must be between " + min + " and " + max
                        + ", got " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, got '" + v + "'", e);
        }
    }
}
