/**
 * Process programs (a process as data: operations, colour, helicities) and the executor that runs
 * any program over batches of events with tangents.
 */
package madvec.processes;
