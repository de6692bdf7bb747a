package madvec.ufo;

import java.util.List;

/**
 * A UFO {@code Lorentz} structure: the spins of its legs (2S+1, negative for ghosts) and its
 * structure as written ({@code Gamma(3,2,-1)*ProjM(-1,1)}); not yet parsed.
 *
 * @param name the UFO name ({@code FFV1})
 * @param spins the legs' spins as 2S+1
 * @param structure the Lorentz expression as written
 * @param line the line of its definition in {@code lorentz.py}
 */
public record UfoLorentz(String name, List<Integer> spins, String structure, int line) {
    public UfoLorentz {
        spins = List.copyOf(spins);
    }
}
