package madvec.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The README's Java API example compiles against this API as it stands: the first {@code java} block
 * of the "The Java API" section is compiled as the body of a method that has {@code u}, {@code p} and
 * {@code u0} in scope, so a renamed method or class breaks this test, not a user's first try.
 */
class ReadmeExampleTest {

    @Test
    void theReadmeApiExampleCompiles() throws IOException {
        Path readme = Path.of("..", "README.md");
        assumeTrue(Files.isRegularFile(readme), "README.md not found from " + Path.of("").toAbsolutePath());
        String text = Files.readString(readme);
        int section = text.indexOf("## The Java API");
        assertTrue(section >= 0, "the README has a Java API section");
        int start = text.indexOf("```java\n", section), end = text.indexOf("```", start + 8);
        assertTrue(start >= 0 && end > start, "the Java API section has a java block");
        String snippet = text.substring(start + 8, end);
        String source = "import java.util.Map;\nimport madvec.api.*;\n"
                + "class ReadmeExample {\n  static void run(double[][] u, double[][] p, double[] u0) throws Exception {\n"
                + snippet + "  }\n}\n";
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK compiler");
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///ReadmeExample.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        Path out = Files.createTempDirectory("readme-example");
        String modulePath = System.getProperty("jdk.module.path", "");
        List<String> options = modulePath.isEmpty()
                ? List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"))
                : List.of("-d", out.toString(), "--module-path", modulePath, "--add-modules", "madvec.api");
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, options, null, List.of(file)).call();
        assertTrue(ok, "the README example does not compile:\n" + errors + "\n" + source);
        // javac may warn about the incubating vector module it sees on the path; errors fail above
    }
}
