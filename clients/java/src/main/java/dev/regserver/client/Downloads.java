package dev.regserver.client;

import com.google.protobuf.ByteString;
import dev.regserver.v1.Digest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/** Building blocks of {@link RegserverClient#downloadVersion}: safe target paths and verified writes. */
public final class Downloads {
    private static final HexFormat HEX = HexFormat.of();

    private Downloads() {}

    /**
     * Where a manifest path goes under {@code destDir}. Rejects (IllegalArgumentException) a
     * path that is empty, absolute, contains a backslash or NUL, or has an empty, "." or ".."
     * segment, and one that a symlink already under destDir would lead outside it.
     */
    public static Path safeTarget(Path destDir, String manifestPath) {
        if (manifestPath == null || manifestPath.isEmpty() || manifestPath.startsWith("/")
                || manifestPath.indexOf('\\') >= 0 || manifestPath.indexOf('\0') >= 0) {
            throw refuse(manifestPath);
        }
        for (String segment : manifestPath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw refuse(manifestPath);
            }
        }
        Path root = destDir.toAbsolutePath().normalize();
        Path target = root.resolve(manifestPath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw refuse(manifestPath);
        }
        // Symlinks already under destDir must not lead the write elsewhere.
        try {
            Path realRoot = Files.exists(root) ? root.toRealPath() : root;
            Path existing = target.getParent();
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing != null && existing.startsWith(root) && !existing.toRealPath().startsWith(realRoot)) {
                throw new IllegalArgumentException("refusing manifest path '" + manifestPath + "': under "
                        + destDir + " it leads outside it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static IllegalArgumentException refuse(String path) {
        return new IllegalArgumentException(
                "refusing manifest path '" + path + "': it is not a plain relative path inside the destination");
    }

    /**
     * Writes the chunks to a temporary file beside {@code target} while computing their SHA-256
     * and size; if they match {@code expected} the file is moved atomically onto target (parent
     * directories are created), otherwise the temporary file is removed and a
     * {@link DigestMismatchException} is thrown. Holds one chunk in memory at a time.
     *
     * @return the lowercase hex SHA-256 of the bytes written
     */
    public static String writeVerified(Iterator<ByteString> chunks, Digest expected, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".part");
        boolean done = false;
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temp)) {
                while (chunks.hasNext()) {
                    ByteString chunk = chunks.next();
                    size += chunk.size();
                    if (size > expected.getSizeBytes()) {
                        throw new DigestMismatchException(target, expected, "(longer than expected)", size);
                    }
                    chunk.writeTo(out);
                    for (var buffer : chunk.asReadOnlyByteBufferList()) {
                        sha.update(buffer);
                    }
                }
            }
            String hash = HEX.formatHex(sha.digest());
            if (size != expected.getSizeBytes() || !hash.equals(expected.getHash())) {
                throw new DigestMismatchException(target, expected, hash, size);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return hash;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The SHA-256 and size of a local file, read in 1 MiB pieces. */
    public static Digest digestOf(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[1 << 20];
        try (var in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                size += n;
            }
        }
        return Digest.newBuilder().setHash(HEX.formatHex(sha.digest())).setSizeBytes(size).build();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
