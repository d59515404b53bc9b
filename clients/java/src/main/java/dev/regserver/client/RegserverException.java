package dev.regserver.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Map;

/**
 * A failed regserver call: its gRPC status code, the server's message, and the reason and
 * metadata of the {@code google.rpc.ErrorInfo} detail regserver attaches to every error
 * (e.g. reason {@code MODEL_NOT_FOUND}, metadata {@code model}); reason is empty when the
 * error did not come from regserver itself (the transport, a proxy).
 */
public class RegserverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Status.Code code;
    private final String description;
    private final String reason;
    private final Map<String, String> metadata;

    public RegserverException(Status.Code code, String description, String reason, Map<String, String> metadata,
            Throwable cause) {
        super(format(code, description, reason), cause);
        this.code = code;
        this.description = description == null ? "" : description;
        this.reason = reason == null ? "" : reason;
        this.metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /**
     * Converts a failed call (a {@link StatusRuntimeException} or {@link StatusException}, or
     * anything else) into a RegserverException; never throws.
     */
    public static RegserverException from(Throwable t) {
        if (t instanceof RegserverException e) {
            return e;
        }
        Status status = Status.fromThrowable(t);
        ErrorInfo info = errorInfo(t);
        String reason = info == null ? "" : info.getReason();
        Map<String, String> metadata = info == null ? Map.of() : info.getMetadataMap();
        String description = status.getDescription();
        if (description == null && status.getCause() != null) {
            description = status.getCause().toString();
        }
        return new RegserverException(status.getCode(), description, reason, metadata, t);
    }

    /** The regserver ErrorInfo detail of a failed call, or null when it has none. */
    static ErrorInfo errorInfo(Throwable t) {
        com.google.rpc.Status rich;
        try {
            rich = StatusProto.fromThrowable(t);
        } catch (RuntimeException e) {
            return null;
        }
        if (rich == null) {
            return null;
        }
        for (Any detail : rich.getDetailsList()) {
            if (detail.is(ErrorInfo.class)) {
                try {
                    return detail.unpack(ErrorInfo.class);
                } catch (InvalidProtocolBufferException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String format(Status.Code code, String description, String reason) {
        String text = code + ": " + (description == null ? "" : description);
        return reason == null || reason.isEmpty() ? text : text + " (reason=" + reason + ")";
    }

    /** The gRPC status code (for a local check such as a digest mismatch, the code it stands for). */
    public Status.Code code() {
        return code;
    }

    /** The message meant for a person. */
    public String description() {
        return description;
    }

    /** ErrorInfo.reason, e.g. "MODEL_NOT_FOUND"; empty if there is none. */
    public String reason() {
        return reason;
    }

    /** ErrorInfo.metadata; empty if there is none. */
    public Map<String, String> metadata() {
        return metadata;
    }
}
