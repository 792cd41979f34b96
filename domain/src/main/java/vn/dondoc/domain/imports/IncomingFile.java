package vn.dondoc.domain.imports;

/** A file as uploaded or read from disk: its name and bytes. */
public record IncomingFile(String name, byte[] bytes) {}
