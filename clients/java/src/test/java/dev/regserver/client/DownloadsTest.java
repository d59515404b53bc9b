package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.regserver.v1.Digest;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verified writes and path checks of downloads (no server needed). */
class DownloadsTest {
    private static Digest digestOf(byte[] data) throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(data);
        return Digest.newBuilder().setHash(HexFormat.of().formatHex(hash)).setSizeBytes(data.length).build();
    }

    private static List<ByteString> chunks(byte[] data, int size) {
        return Stream.iterate(0, i -> i < data.length, i -> i + size)
                .map(i -> ByteString.copyFrom(data, i, Math.min(size, data.length - i))).toList();
    }

    private static List<Path> listTree(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void writesVerifiedBytesAtomically(@TempDir Path dir) throws Exception {
        byte[] data = "hello, registry\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve("sub/dir/file.txt");
        String hash = Downloads.writeVerified(chunks(data, 777).iterator(), digestOf(data), target);
        assertEquals(digestOf(data).getHash(), hash);
        assertArrayEquals(data, Files.readAllBytes(target));
        assertEquals(List.of(target), listTree(dir), "only the target, no temporary file");
    }

    @Test
    void refusesBytesThatDoNotMatchTheDigest(@TempDir Path dir) throws Exception {
        byte[] data = "the real bytes".getBytes(StandardCharsets.UTF_8);
        byte[] other = "other bytes!!!".getBytes(StandardCharsets.UTF_8); // same size, other hash
        Path target = dir.resolve("model.bin");
        DigestMismatchException e = assertThrows(DigestMismatchException.class,
                () -> Downloads.writeVerified(chunks(data, 4).iterator(), digestOf(other), target));
        assertEquals(Status.Code.DATA_LOSS, e.code());
        assertEquals("DIGEST_MISMATCH", e.reason());
        assertTrue(e.getMessage().contains(digestOf(other).getHash()), e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listTree(dir), "the temporary file is removed");
    }

    @Test
    void refusesAWrongSizeAndKeepsAnExistingFile(@TempDir Path dir) throws Exception {
        byte[] data = "0123456789".getBytes(StandardCharsets.UTF_8);
        Path target = Files.writeString(dir.resolve("keep.txt"), "previous content");
        Digest shorter = digestOf("01234".getBytes(StandardCharsets.UTF_8));
        assertThrows(DigestMismatchException.class,
                () -> Downloads.writeVerified(chunks(data, 3).iterator(), shorter, target));
        Digest longer = digestOf("0123456789ABC".getBytes(StandardCharsets.UTF_8));
        assertThrows(DigestMismatchException.class,
                () -> Downloads.writeVerified(chunks(data, 3).iterator(), longer, target));
        assertEquals("previous content", Files.readString(target));
        assertEquals(List.of(target), listTree(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../escape.bin", "a/../../escape.bin", "a/../b", "./a", "a/./b",
        "a//b", "a/", "..", "a\\..\\b", "nul\0byte"})
    void rejectsPathsThatAreNotPlainRelativePaths(String path, @TempDir Path dir) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Downloads.safeTarget(dir, path));
        assertTrue(e.getMessage().contains("refusing manifest path"), e.getMessage());
    }

    @Test
    void acceptsNestedRelativePaths(@TempDir Path dir) {
        assertEquals(dir.toAbsolutePath().resolve("config/params.txt"), Downloads.safeTarget(dir, "config/params.txt"));
        assertEquals(dir.toAbsolutePath().resolve("..weights"), Downloads.safeTarget(dir, "..weights"));
    }

    @Test
    void rejectsAPathThatASymlinkUnderDestLeadsOutside(@TempDir Path tmp) throws Exception {
        Path dest = Files.createDirectories(tmp.resolve("dest"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(dest.resolve("link"), outside);
        assertThrows(IllegalArgumentException.class, () -> Downloads.safeTarget(dest, "link/file.bin"));
    }
}
