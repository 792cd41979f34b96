package vn.dondoc.domain.followup;

/** A file as it arrived: the name the sender gave (anything at all) and its bytes. */
public record Upload(String name, byte[] bytes) {}
