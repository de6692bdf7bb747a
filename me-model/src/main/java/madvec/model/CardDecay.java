package madvec.model;

import java.util.List;

/**
 * One {@code DECAY pdg width # comment} line and the branching ratios listed under it.
 *
 * @param pdg the particle's PDG code (positive)
 * @param width the total width in GeV
 * @param comment the comment (without {@code #}), empty when none
 * @param channels the branching-ratio lines under it, in card order
 */
record CardDecay(int pdg, double width, String comment, List<BranchingRatio> channels) implements CardSection {
    CardDecay {
        channels = List.copyOf(channels);
    }

    /** The parameter name of the width, {@code decay.<pdg>}. */
    String name() {
        return "decay." + pdg;
    }
}
