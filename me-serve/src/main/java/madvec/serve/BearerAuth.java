package madvec.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Bearer-token authentication: {@code Authorization: Bearer TOKEN}, the token read once from a file.
 * Compared as SHA-256 digests with {@link MessageDigest#isEqual} (constant time), so that neither the
 * token's content nor its length leaks through response timing.
 */
final class BearerAuth {
    private final byte[] digest;

    private BearerAuth(byte[] digest) {
        this.digest = digest;
    }

    /** Reads the token (surrounding white space trimmed; at least 16 characters). */
    static BearerAuth fromFile(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + file + ": " + e.getMessage());
        }
        if (token.length() < 16 || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("the token in " + file + " must be at least 16 printable ASCII characters"
                    + " without spaces (for example: openssl rand -hex 32 > " + file + ")");
        }
        return new BearerAuth(sha256(token));
    }

    /** Whether an {@code Authorization} header value carries the token. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
