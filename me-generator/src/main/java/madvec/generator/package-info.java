/**
 * The process generator: MadGraph-style process strings parsed, expanded into subprocesses, their
 * tree diagrams enumerated with shared sub-currents, colour decomposed, and assembled into programs.
 */
package madvec.generator;
