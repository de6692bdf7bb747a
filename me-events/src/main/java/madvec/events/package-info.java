/** Cross sections and their gradients by adaptive integration over the hypercube; analytic Born cross sections. */
package madvec.events;
