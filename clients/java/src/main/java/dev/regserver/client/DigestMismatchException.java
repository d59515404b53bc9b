package dev.regserver.client;

import dev.regserver.v1.Digest;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.Map;

/**
 * The bytes received for a file do not hash to (or are not the size of) its manifest digest.
 * Nothing was written: the temporary file is removed. Code DATA_LOSS, reason DIGEST_MISMATCH.
 */
public final class DigestMismatchException extends RegserverException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    public DigestMismatchException(Path target, Digest expected, String actualHash, long actualSize) {
        super(Status.Code.DATA_LOSS,
                "the bytes received for " + target + " (" + actualHash + "/" + actualSize
                        + ") do not match the manifest's digest " + expected.getHash() + "/"
                        + expected.getSizeBytes() + "; nothing was written",
                "DIGEST_MISMATCH",
                Map.of("path", String.valueOf(target),
                        "expected", expected.getHash() + "/" + expected.getSizeBytes(),
                        "actual", actualHash + "/" + actualSize),
                null);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
