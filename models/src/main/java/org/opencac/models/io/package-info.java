/**
 * Opening bundled (classpath) and user data files, decompressing xz; scanning text by hand (lines, white
 * space) exactly as the regular expressions the scanners replace.
 */
package org.opencac.models.io;
