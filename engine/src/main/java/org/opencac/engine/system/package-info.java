/**
 * The code-system plug-in contract ({@link org.opencac.engine.system.CodeSystemModule}) and the
 * defaults of which systems a setting codes.
 */
package org.opencac.engine.system;
