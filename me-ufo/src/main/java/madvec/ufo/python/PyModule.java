package madvec.ufo.python;

import java.util.List;
import java.util.Map;

/**
 * A parsed UFO data file: its assignments in order, and the names its imports bind (alias to the
 * dotted module or {@code module.name} it stands for).
 *
 * @param file the file name
 * @param assignments module-level assignments, in order
 * @param imports bound name to what it names: {@code Param -> parameters},
 *     {@code Parameter -> object_library.Parameter}
 */
public record PyModule(String file, List<PyAssignment> assignments, Map<String, String> imports) {}
