/**
 * The restricted Python UFO files are written in: a tokenizer and a recursive-descent parser for
 * module-level assignments of literals, constructor calls and attribute references, and for the
 * arithmetic of parameter and coupling expressions. Nothing is executed.
 */
package madvec.ufo.python;
