/** Exact SU(3) colour algebra: colour factors, their decomposition onto colour flows, the colour matrix. */
package madvec.colour;
