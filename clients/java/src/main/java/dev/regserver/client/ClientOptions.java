package dev.regserver.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RegserverClient#connect(String, ClientOptions)} opens its channel.
 *
 * <pre>{@code
 * ClientOptions.builder().tls(true).caFile(Path.of("ca.pem")).token(System.getenv("REGSERVER_TOKEN")).build()
 * }</pre>
 */
public final class ClientOptions {
    private final boolean tls;
    private final Path caFile;
    private final String token;
    private final Duration timeout;
    private final int maxInboundMessageBytes;

    private ClientOptions(Builder b) {
        this.tls = b.tls || b.caFile != null;
        this.caFile = b.caFile;
        this.token = b.token;
        this.timeout = b.timeout;
        this.maxInboundMessageBytes = b.maxInboundMessageBytes;
    }

    /** Plaintext, no token, 30 s deadline on unary calls. */
    public static ClientOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the channel uses TLS (also true when a CA file is given). */
    public boolean tls() {
        return tls;
    }

    /** PEM file of the CA certificates to trust; null: the system roots. */
    public Path caFile() {
        return caFile;
    }

    /** Bearer token sent as {@code authorization: Bearer <token>} on every call; null: none. */
    public String token() {
        return token;
    }

    /** Deadline of each unary call; null: none. Streams (Watch, ReadBlob, WriteBlob) have none. */
    public Duration timeout() {
        return timeout;
    }

    public int maxInboundMessageBytes() {
        return maxInboundMessageBytes;
    }

    public static final class Builder {
        private boolean tls;
        private Path caFile;
        private String token;
        private Duration timeout = Duration.ofSeconds(30);
        private int maxInboundMessageBytes = 8 << 20;

        private Builder() {}

        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /** Trusts the CA certificates of this PEM file instead of the system roots; implies TLS. */
        public Builder caFile(Path caFile) {
            this.caFile = caFile;
            return this;
        }

        /** A bearer token; null or empty sends none. */
        public Builder token(String token) {
            this.token = token == null || token.isEmpty() ? null : token;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder maxInboundMessageBytes(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxInboundMessageBytes must be positive");
            }
            this.maxInboundMessageBytes = bytes;
            return this;
        }

        public ClientOptions build() {
            return new ClientOptions(this);
        }
    }

    @Override
    public String toString() {
        return "ClientOptions{tls=" + tls + ", caFile=" + caFile + ", token=" + (token == null ? "none" : "***")
                + ", timeout=" + timeout + "}";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientOptions other && tls == other.tls && Objects.equals(caFile, other.caFile)
                && Objects.equals(token, other.token) && Objects.equals(timeout, other.timeout)
                && maxInboundMessageBytes == other.maxInboundMessageBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tls, caFile, token, timeout, maxInboundMessageBytes);
    }
}
