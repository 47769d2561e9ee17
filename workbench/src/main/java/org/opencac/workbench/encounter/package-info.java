/**
 * Encounters under review: submit (engine + learning), decisions (accept, reject with reason, modify, add),
 * finalize into claim codes in sequence, the work queue and the dashboard figures. One transaction per write,
 * with its audit rows.
 */
package org.opencac.workbench.encounter;
