/**
 * The note being coded, its care setting and the half-open character spans every layer points with.
 */
package org.opencac.engine.note;
