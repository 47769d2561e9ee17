/**
 * Entry point and settings: {@link org.opencac.api.Main} wires settings, models, pipeline, then the HTTP
 * service or a command.
 */
package org.opencac.api;
