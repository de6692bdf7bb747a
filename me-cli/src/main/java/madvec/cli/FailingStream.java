package madvec.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * A {@link PrintStream} seen as a stream that throws once the print stream has failed (a closed pipe),
 * so that writers over it learn of the failure; a print stream itself only records it.
 */
final class FailingStream extends FilterOutputStream {
    private final PrintStream target;

    FailingStream(PrintStream target) {
        super(target);
        this.target = target;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
        check();
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
        check();
    }

    @Override
    public void flush() throws IOException {
        check();
    }

    private void check() throws IOException {
        // checkError() flushes: the bytes reach the pipe now, which is also what reveals it closed
        if (target.checkError()) {
            throw new IOException("the output was closed");
        }
    }
}
