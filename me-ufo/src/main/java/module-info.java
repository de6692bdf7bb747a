/**
 * UFO models read natively: the restricted Python of a UFO folder parsed without Python, MadGraph's
 * restrictions applied, and the parameters and couplings compiled once into expression trees
 * evaluated in dual arithmetic, with derivatives with respect to any external parameter.
 */
module madvec.ufo {
    requires transitive madvec.autodiff;
    requires transitive madvec.model;
    requires transitive madvec.processes;
    requires org.slf4j;

    exports madvec.ufo;
}
