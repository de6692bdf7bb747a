/** The entry point from process strings to programs. */
package madvec.processes;
