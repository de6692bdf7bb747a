package madvec.ufo;

import java.util.List;

/**
 * A parsed UFO Lorentz or colour structure: a sum of terms, each a complex number times a product of
 * tensors ({@link LorentzTensor} or {@link ColourTensor}), products of sums expanded and integer
 * powers written out ({@code P(-1,1)**2} is {@code P(-1,1)*P(-1,1)}). Positive indices are the
 * vertex's legs (1-based), negative ones are summed over and appear exactly twice in a term;
 * {@link UfoModel#lorentzStructure} and {@link UfoModel#colourStructures} check that.
 *
 * @param <T> the tensor type
 * @param terms the terms, in the order written
 */
public record Structure<T>(List<Term<T>> terms) {
    public Structure {
        terms = List.copyOf(terms);
    }

    /**
     * One term: {@code (re + i im) * factors[0] * factors[1] * ...}; no factors for a plain number.
     *
     * @param <T> the tensor type
     * @param re real part of the coefficient
     * @param im imaginary part of the coefficient
     * @param factors the tensors, in the order written
     */
    public record Term<T>(double re, double im, List<T> factors) {
        public Term {
            factors = List.copyOf(factors);
        }
    }
}
