package vn.dondoc.domain.task;

/** A unit named on a task, as written ({@code rawName}) and as resolved ({@code unitId}, may be null). */
public record TaskParty(PartyRole role, String rawName, Long unitId, String unitName) {}
