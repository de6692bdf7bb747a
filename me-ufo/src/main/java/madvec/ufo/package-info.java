/**
 * UFO models read without Python ({@link madvec.ufo.UfoModel}), restricted as MadGraph restricts them,
 * and their parameters and couplings evaluated in dual arithmetic ({@link madvec.ufo.UfoParameters},
 * {@link madvec.ufo.UfoPoint}).
 */
package madvec.ufo;
