package vn.dondoc.app.org;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.Alias;
import vn.dondoc.domain.org.AliasKind;
import vn.dondoc.domain.org.Lexicon;
import vn.dondoc.domain.org.LexiconService;
import vn.dondoc.domain.org.NameResolver;
import vn.dondoc.domain.org.OrgService;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.org.Person;
import vn.dondoc.domain.org.ResolvedName;

/** REST: org units (a tree with history), people, and the agency lexicon of aliases. */
@RestController
@RequestMapping("/api")
public class OrgApi {
    private final OrgUnits units;
    private final People people;
    private final Lexicon lexicon;
    private final OrgService orgService;
    private final NameResolver resolver;
    private final LexiconService lexiconService;
    private final java.time.Clock clock;

    OrgApi(
            OrgUnits units,
            People people,
            Lexicon lexicon,
            OrgService orgService,
            NameResolver resolver,
            LexiconService lexiconService,
            java.time.Clock clock) {
        this.clock = clock;
        this.lexiconService = lexiconService;
        this.units = units;
        this.people = people;
        this.lexicon = lexicon;
        this.orgService = orgService;
        this.resolver = resolver;
    }

    public record UnitRequest(
            Long parentId, String name, String abbreviation, String kind, LocalDate validFrom, LocalDate validTo) {}

    public record MergeRequest(long successorId, LocalDate date) {}

    public record MergeResponse(long unitId, long successorId, int tasksMoved) {}

    @GetMapping("/org-units")
    public Page<OrgUnit> listUnits(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return units.list(q, parentId, active, PageRequest.of(page, size));
    }

    @GetMapping("/org-units/{id}")
    public OrgUnit getUnit(@PathVariable long id) {
        return units.find(id).orElseThrow(() -> new RecordNotFoundException("unit", id));
    }

    @PostMapping("/org-units")
    @ResponseStatus(HttpStatus.CREATED)
    public OrgUnit createUnit(@RequestBody UnitRequest r) {
        return RejectedException.unwrap(orgService.save(new OrgUnit(
                null, r.parentId(), r.name(), r.abbreviation(), r.kind(), r.validFrom(), r.validTo(), null)));
    }

    @PutMapping("/org-units/{id}")
    public OrgUnit updateUnit(@PathVariable long id, @RequestBody UnitRequest r) {
        OrgUnit old = getUnit(id);
        return RejectedException.unwrap(orgService.save(new OrgUnit(
                id,
                r.parentId(),
                r.name(),
                r.abbreviation(),
                r.kind(),
                r.validFrom(),
                r.validTo(),
                old.successorId())));
    }

    @DeleteMapping("/org-units/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteUnit(@PathVariable long id) {
        getUnit(id);
        RejectedException.unwrap(orgService.delete(id));
    }

    /** Merge or rename: the unit is closed on {@code date} and its open tasks move to the successor. */
    @PostMapping("/org-units/{id}/merge")
    public MergeResponse merge(@PathVariable long id, @RequestBody MergeRequest r) {
        int moved = RejectedException.unwrap(
                orgService.merge(id, r.successorId(), r.date() == null ? LocalDate.now(clock) : r.date()));
        return new MergeResponse(id, r.successorId(), moved);
    }

    public record PersonRequest(String name, String titles, Long unitId) {}

    @GetMapping("/people")
    public Page<Person> listPeople(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return people.list(q, unitId, PageRequest.of(page, size));
    }

    @GetMapping("/people/{id}")
    public Person getPerson(@PathVariable long id) {
        return people.find(id).orElseThrow(() -> new RecordNotFoundException("person", id));
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    public Person createPerson(@RequestBody PersonRequest r) {
        return RejectedException.unwrap(orgService.savePerson(new Person(null, r.name(), r.titles(), r.unitId())));
    }

    @PutMapping("/people/{id}")
    public Person updatePerson(@PathVariable long id, @RequestBody PersonRequest r) {
        getPerson(id);
        return RejectedException.unwrap(orgService.savePerson(new Person(id, r.name(), r.titles(), r.unitId())));
    }

    @DeleteMapping("/people/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deletePerson(@PathVariable long id) {
        if (!people.delete(id)) {
            throw new RecordNotFoundException("person", id);
        }
    }

    public record AliasRequest(String alias, AliasKind kind, Long targetId) {}

    @GetMapping("/aliases")
    public Page<Alias> listAliases(
            @RequestParam(required = false) AliasKind kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return lexicon.list(kind, PageRequest.of(page, size));
    }

    /**
     * Adds (or re-points) an alias; used from the review screen to teach the lexicon a new name. Records
     * imported before whose names it now resolves are linked too.
     */
    @PostMapping("/aliases")
    @ResponseStatus(HttpStatus.CREATED)
    public Alias putAlias(@RequestBody AliasRequest r) {
        return RejectedException.unwrap(lexiconService.teach(r.alias(), r.kind(), r.targetId()))
                .alias();
    }

    @DeleteMapping("/aliases/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteAlias(@PathVariable long id) {
        if (!lexicon.delete(id)) {
            throw new RecordNotFoundException("alias", id);
        }
    }

    /** What a name as written resolves to, through the lexicon: "VP" → Văn phòng. */
    @GetMapping("/resolve")
    public ResolvedName resolve(@RequestParam String name) {
        return resolver.resolve(name);
    }
}
