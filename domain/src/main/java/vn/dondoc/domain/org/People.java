package vn.dondoc.domain.org;

import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: stored people. */
public interface People {
    Optional<Person> find(long id);

    Optional<Person> findByName(String name);

    Page<Person> list(String nameContains, Long unitId, PageRequest page);

    Person save(Person person);

    boolean delete(long id);
}
