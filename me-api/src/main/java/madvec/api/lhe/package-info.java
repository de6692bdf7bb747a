/**
 * Les Houches Event files (LHE 1.0 and 3.0, as MadGraph writes them), plain or gzipped: a streaming
 * {@link madvec.api.lhe.LheReader} and {@link madvec.api.lhe.LheWriter}, and the records they exchange.
 */
package madvec.api.lhe;
