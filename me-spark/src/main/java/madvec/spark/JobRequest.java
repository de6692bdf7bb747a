package madvec.spark;

import java.util.List;

/**
 * What the user asked for, as the command line gives it (paths on the driver's machine or any Hadoop
 * file system for events and output; the cards on the driver's machine).
 *
 * @param events LHE files, folders or globs
 * @param card the reweight card
 * @param out the output folder
 * @param gradients parameters to differentiate with respect to
 * @param process a process replacing the header's, or null
 * @param paramCard an original parameter card replacing the header's, or null
 * @param batch events per reweighting call
 * @param overwrite replace an existing output
 * @param skipBad keep events that cannot be reweighted, marked, instead of failing
 */
record JobRequest(List<String> events, String card, String out, List<String> gradients, String process,
        String paramCard, int batch, boolean overwrite, boolean skipBad) {
    JobRequest {
        events = List.copyOf(events);
        gradients = List.copyOf(gradients);
    }
}
