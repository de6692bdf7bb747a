/**
 * Work on events built on the API: cross sections and their exact gradients by adaptive (VEGAS)
 * integration over the hypercube or over phase-space channels for resonances, and the analytic Born
 * cross sections and partial widths they are checked against.
 */
module madvec.events {
    requires transitive madvec.api;

    exports madvec.events;
    exports madvec.events.channels;
}
