/**
 * Command-line subcommands; each wraps the library and holds no coding logic.
 */
package org.opencac.api.cli;
