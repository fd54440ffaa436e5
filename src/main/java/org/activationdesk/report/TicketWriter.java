package org.activationdesk.report;

import org.activationdesk.core.diagnose.TicketReport;

/** Turns a ticket report into a file's contents, in the report's language. */
public interface TicketWriter {

    String write(TicketReport report);
}
