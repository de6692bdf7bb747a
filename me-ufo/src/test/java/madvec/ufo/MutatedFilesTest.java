package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness: a UFO folder with one random edit (characters deleted, inserted or a line doubled, in
 * any file) either reads and evaluates, or fails with a {@link UfoFormatException} (or, for a formula
 * without a value at the default point, an {@link IllegalArgumentException} naming it) — never with
 * another exception, a crash of the parser, or a NaN.
 */
class MutatedFilesTest {
    private static final String INSERTS = "()[]{},:='\"\\#\n +-*/.0123456789abcxyzPGCL_";
    private static final int EDITS = 400;

    @TempDir
    Path dir;

    @Test
    void everyEditReadsOrFailsWithAClearError() throws IOException {
        SplittableRandom rng = new SplittableRandom(20261201);
        List<String> files = List.of("parameters.py", "couplings.py", "lorentz.py", "particles.py", "vertices.py",
                "coupling_orders.py");
        int read = 0;
        int refused = 0;
        for (int n = 0; n < EDITS; n++) {
            TinyModel m = new TinyModel();
            String file = files.get(rng.nextInt(files.size()));
            String text = m.text(file);
            m.with(file, mutate(text, rng));
            Path folder = m.write(dir);
            try {
                UfoModel model = UfoModel.read(folder);
                UfoPoint p = model.formulas().evaluate(null, model.formulas().inputs());
                for (UfoCoupling c : model.couplings()) {
                    var g = p.coupling(c.name());
                    assertTrue(Double.isFinite(g.re().value()) && Double.isFinite(g.im().value()), c.name());
                }
                model.lorentz().forEach(model::lorentzStructure);
                model.vertices().forEach(model::colourStructures);
                read++;
            } catch (UfoFormatException e) {
                assertTrue(e.getMessage().startsWith(e.file()), e.getMessage());
                refused++;
            } catch (IllegalArgumentException e) {
                if (e.getClass() != IllegalArgumentException.class) {
                    fail("edit " + n + " of " + file + ": " + e, e);
                }
                assertTrue(e.getMessage().contains("tiny"), e.getMessage());
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("edit " + n + " of " + file + " gave " + e + "; file:\n" + m.text(file), e);
            } finally {
                deleteFolder(folder);
            }
        }
        assertTrue(read > EDITS / 20 && refused > EDITS / 5, read + " read, " + refused + " refused");
    }

    @Test
    void editsOfTheSmModelReadOrFailWithAClearError() throws IOException {
        Path sm = SharedModels.folder(SharedModels.SM);
        SplittableRandom rng = new SplittableRandom(7);
        List<String> files = List.of("parameters.py", "couplings.py", "lorentz.py", "particles.py", "vertices.py");
        int edits = Integer.getInteger("madvec.test.smEdits", 60);
        for (int n = 0; n < edits; n++) {
            TinyModel m = new TinyModel();
            for (String f : files) m.with(f, Files.readString(sm.resolve(f)));
            String file = files.get(rng.nextInt(files.size()));
            m.with(file, mutate(m.text(file), rng));
            Path folder = m.write(dir);
            try {
                UfoModel model = UfoModel.read(folder);
                model.formulas().evaluate(null, List.of());
                model.lorentz().forEach(model::lorentzStructure);
                model.vertices().forEach(model::colourStructures);
            } catch (UfoFormatException e) {
                assertTrue(e.getMessage().startsWith(file) || e.getMessage().startsWith(e.file()), e.getMessage());
            } catch (IllegalArgumentException e) {
                if (e.getClass() != IllegalArgumentException.class) {
                    fail("edit " + n + " of " + file + ": " + e, e);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("edit " + n + " of sm's " + file + " gave " + e, e);
            } finally {
                deleteFolder(folder);
            }
        }
    }

    private static String mutate(String text, SplittableRandom rng) {
        int at = rng.nextInt(text.length());
        return switch (rng.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + rng.nextInt(3)));
            case 1 -> text.substring(0, at) + INSERTS.charAt(rng.nextInt(INSERTS.length())) + text.substring(at);
            default -> {
                int start = text.lastIndexOf('\n', at) + 1;
                int end = text.indexOf('\n', at);
                String line = text.substring(start, end < 0 ? text.length() : end + 1);
                yield text.substring(0, start) + line + line + text.substring(start + line.length());
            }
        };
    }

    private static void deleteFolder(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.delete(f);
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
