/**
 * Opening bundled (classpath) and user data files, decompressing xz.
 */
package org.opencac.models.io;
