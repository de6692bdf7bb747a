package madvec.generator;

import madvec.processes.Program;

/**
 * One subprocess as the generator made it.
 *
 * @param name the subprocess, e.g. {@code u u~ > t t~} (decays after commas)
 * @param program the program the executor runs
 * @param diagrams the number of Feynman diagrams (a four-gluon vertex counts once, though it makes
 *     three amplitudes, one per colour structure)
 * @param amplitudes the number of amplitudes in the program
 */
public record GeneratedProcess(String name, Program program, int diagrams, int amplitudes) {}
