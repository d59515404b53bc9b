package dev.regserver.client;

import java.nio.file.Path;

/** One file of a version, downloaded and verified: its manifest path, where it is, its SHA-256 and size. */
public record DownloadedFile(String path, Path location, String sha256, long sizeBytes) {}
