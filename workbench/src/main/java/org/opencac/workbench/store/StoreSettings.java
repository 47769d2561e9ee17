package org.opencac.workbench.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the workbench keeps its data.
 *
 * @param url      JDBC URL: {@code jdbc:h2:file:...} (embedded, the default) or {@code jdbc:postgresql://...}
 * @param user     database user (empty for H2)
 * @param password database password (empty for H2)
 * @param poolSize largest number of pooled connections
 */
public record StoreSettings(String url, String user, String password, int poolSize) {
    public StoreSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("store.url must be a jdbc:h2: or jdbc:postgresql: URL, got " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (poolSize < 1) {
            throw new IllegalArgumentException("store pool size must be at least 1");
        }
    }

    /**
     * The embedded default: an H2 file database in {@code dir}. {@code WRITE_DELAY=0} flushes every commit
     * to the file at once, so a killed process loses no acknowledged write. {@code AUTO_SERVER=TRUE} lets a
     * second process on the same machine (a second service or a CLI run given the same cache folder) open
     * the same file: the first process serves it to the others over a local socket, instead of the second
     * failing on the file lock.
     */
    public static String embeddedUrl(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("workbench") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
