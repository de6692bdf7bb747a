package madvec.generator;

/**
 * One amplitude of a subprocess: the vertex where the closing leg meets the currents of all other legs.
 *
 * @param vertex the vertex
 * @param closing the closing leg (a leaf: an external particle or a decay current)
 * @param closingPosition canonical position of the closing leg in the vertex
 * @param inputs the other legs' currents
 * @param positions canonical positions of the inputs
 * @param qcd QCD order of the generation's vertices
 * @param qed QED order of the generation's vertices
 * @param primary false for the second and third colour variants of a four-gluon vertex (counted as one diagram)
 */
record Diagram(Vertex vertex, Tree closing, int closingPosition, Tree[] inputs, int[] positions, int qcd, int qed,
        boolean primary) {
    int weighted() {
        return qcd + 2 * qed;
    }
}
