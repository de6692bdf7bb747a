package madvec.spark;

import java.io.Serializable;
import madvec.reweight.ReweightSummary;

/**
 * What a task reports for the file it read, through an accumulator: its index, its summary and how its
 * weights make a cross section (from its {@code <init>}).
 *
 * @param fileIndex the file's position in the input list
 * @param summary sums over the file's events
 * @param normalisation mean or sum, as the file's {@code <init>} cross section says
 * @param taskNanos time from opening the file to its last row, in the task (parsing, reweighting, writing)
 * @param readNanos time the task spent reading and parsing the file (decompression included)
 * @param reweightNanos time it spent in the reweighter (matching, matrix elements)
 */
record FileSummary(int fileIndex, ReweightSummary summary, ReweightSummary.Normalisation normalisation,
        long taskNanos, long readNanos, long reweightNanos) implements Serializable {}
