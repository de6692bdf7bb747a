package madvec.processes;

/**
 * One contribution of an amplitude to a colour flow: {@code jamp[jamp] += (re + i im) * amp[amplitude]}.
 *
 * @param jamp colour-flow index
 * @param amplitude amplitude index
 * @param re real part of the colour coefficient
 * @param im imaginary part of the colour coefficient
 */
public record ColourTerm(int jamp, int amplitude, double re, double im) {}
