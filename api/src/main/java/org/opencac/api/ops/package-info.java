/**
 * Operations: Prometheus metrics ({@code Metrics}) and JSON log lines that never carry exception
 * messages, so no input text reaches a log ({@code JsonLogLayout}).
 */
package org.opencac.api.ops;
