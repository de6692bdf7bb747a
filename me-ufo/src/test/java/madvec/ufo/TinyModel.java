package madvec.ufo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small UFO model written by the tests into a temporary folder (one fermion, one vector, two
 * external parameters), with Python 2 and 3 idioms; a test replaces one file to break it.
 */
final class TinyModel {
    private final Map<String, String> files = new LinkedHashMap<>();

    TinyModel() {
        files.put("parameters.py", """
                # a comment
                from __future__ import division
                from object_library import all_parameters, Parameter
                from function_library import complexconjugate, re, im, csc, sec, acsc, asec

                ZERO = Parameter(name = 'ZERO', nature = 'internal', type = 'real', value = '0.0', texname = '0')

                gx = Parameter(name = u'gx',
                               nature = 'external',
                               type = 'real',
                               value = 0.5,
                               texname = 'g_x',
                               lhablock = 'NEWCOUP',
                               lhacode = [ 1 ])

                MX = Parameter(name = 'MX', nature = 'external', type = 'real', value = 100L, texname = 'M_X',
                               lhablock = 'MASS', lhacode = [ 9000001 ])

                gx2 = Parameter(name = 'gx2', nature = 'internal', type = 'complex',
                                value = 'complex(0,1)*gx**2/cmath.sqrt(2.) + MX*0', texname = 'g_x^2')
                """);
        files.put("couplings.py", """
                from object_library import all_couplings, Coupling

                GC_1 = Coupling(name = 'GC_1',
                                value = '-(complex(0,1)*gx) \\
                + 0',
                                order = {'NP':1})

                GC_2 = Coupling(name = "GC_2", value = 'gx2*complexconjugate(gx2)', order = {'NP':2})
                """);
        files.put("lorentz.py", """
                from object_library import all_lorentz, Lorentz
                try:
                   import form_factors as ForFac
                except ImportError:
                   pass

                FFV1 = Lorentz(name = 'FFV1',
                               spins = [ 2, 2, 3 ],
                               structure = 'Gamma(3,2,1)')
                """);
        files.put("particles.py", """
                from __future__ import division
                from object_library import all_particles, Particle
                import parameters as Param

                chi = Particle(pdg_code = 9000002, name = 'chi', antiname = 'chi~', spin = 2, color = 3,
                               mass = Param.MX, width = Param.ZERO, texname = 'chi', antitexname = 'chi~',
                               charge = -1/3, GhostNumber = 0, LeptonNumber = 0, Y = 0,
                               GoldstoneBoson = False)
                chi__tilde__ = chi.anti()

                Zp = Particle(pdg_code = 9000003, name = 'Zp', antiname = 'Zp', spin = 3, color = 1,
                              mass = Param.MX, width = Param.ZERO, texname = 'Zp', antitexname = 'Zp',
                              charge = 0, GhostNumber = 0, LeptonNumber = 0, Y = 0)
                """);
        files.put("vertices.py", """
                from object_library import all_vertices, Vertex
                import particles as P
                import couplings as C
                import lorentz as L

                V_1 = Vertex(name = 'V_1',
                             particles = [ P.chi__tilde__, P.chi, P.Zp ],
                             color = [ 'Identity(1,2)' ],
                             lorentz = [ L.FFV1 ],
                             couplings = {(0,0):C.GC_1})
                """);
        files.put("coupling_orders.py", """
                from object_library import all_orders, CouplingOrder
                NP = CouplingOrder(name = 'NP', expansion_order = 99, hierarchy = 1)
                """);
    }

    /** A file's text. */
    String text(String file) {
        return files.get(file);
    }

    /** Replaces a file's text. */
    TinyModel with(String file, String text) {
        files.put(file, text);
        return this;
    }

    /** Replaces the first occurrence of {@code from} in a file. */
    TinyModel replace(String file, String from, String to) {
        String old = files.get(file);
        if (!old.contains(from)) {
            throw new AssertionError(file + " has no " + from);
        }
        files.put(file, old.replace(from, to));
        return this;
    }

    /** Writes the model into a new folder under {@code dir}. */
    Path write(Path dir) throws IOException {
        Path folder = Files.createTempDirectory(dir, "tiny");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
        return folder;
    }

    /** The text of a 1-based line of a file. */
    String line(String file, int line) {
        return files.get(file).split("\n", -1)[line - 1];
    }

    /** The 1-based line of the first occurrence of {@code text} in a file. */
    int lineOf(String file, String text) {
        String[] lines = files.get(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no " + text);
    }
}
