/**
 * Standard Model vertex couplings and the hand-assembled programs of the first processes.
 */
package madvec.processes.sm;
