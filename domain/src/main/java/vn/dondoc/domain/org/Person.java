package vn.dondoc.domain.org;

/** A person of the agency: "Đ/c Lạc - TUV, BTĐU, GD" is name Lạc with titles "TUV, BTĐU, GD". */
public record Person(Long id, String name, String titles, Long unitId) {
    public Person withId(Long newId) {
        return new Person(newId, name, titles, unitId);
    }
}
