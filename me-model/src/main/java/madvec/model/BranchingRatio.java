package madvec.model;

import java.util.List;

/**
 * One decay channel listed under a {@code DECAY} line of an SLHA card: the branching ratio and the
 * PDG codes of the daughters (the card's {@code BR NDA ID1 ID2 ...} line).
 *
 * @param ratio the branching ratio, finite and non-negative
 * @param daughters the daughters' PDG codes, at least one, as listed
 */
public record BranchingRatio(double ratio, List<Integer> daughters) {
    /** Checks the ratio and copies the daughters into an unmodifiable list. */
    public BranchingRatio {
        if (!Double.isFinite(ratio) || ratio < 0) {
            throw new IllegalArgumentException("branching ratio must be finite and >= 0, got " + ratio);
        }
        if (daughters == null || daughters.isEmpty()) {
            throw new IllegalArgumentException("a decay channel needs at least one daughter");
        }
        daughters = List.copyOf(daughters);
    }
}
