/**
 * The coder workbench: encounters under review with the engine's suggestions, coder decisions, the audit
 * trail, a durable store, learning from feedback and the review page. {@link org.opencac.workbench.Workbench}
 * wires it; the HTTP service installs it with one call.
 */
package org.opencac.workbench;
