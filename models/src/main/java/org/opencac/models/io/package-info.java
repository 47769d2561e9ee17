/**
 * Opening bundled (classpath) and user data files, decompressing xz; scanning text by hand (lines, white
 * space) exactly as the regular expressions the scanners replace; writing files whole ({@code AtomicFiles}),
 * framing the binary caches and reading them back ({@code CacheFile}, {@code BytesInput}).
 */
package org.opencac.models.io;
