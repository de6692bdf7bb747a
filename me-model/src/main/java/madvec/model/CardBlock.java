package madvec.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One {@code BLOCK} of a card, in card order.
 *
 * @param key lower-case block name; {@code qnumbers.<pdg>} for a MadGraph {@code BLOCK QNUMBERS pdg}
 * @param scale the {@code Q=} renormalisation scale of the block, when given
 * @param comment the header's comment (without {@code #}), empty when none
 * @param entries the block's entries in card order
 */
record CardBlock(String key, OptionalDouble scale, String comment, List<CardEntry> entries) implements CardSection {
    CardBlock {
        entries = List.copyOf(entries);
    }
}
