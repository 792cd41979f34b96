package vn.dondoc.app.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.trash.Undo;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.Alias;
import vn.dondoc.domain.org.AliasKind;
import vn.dondoc.domain.org.Lexicon;
import vn.dondoc.domain.org.LexiconService;
import vn.dondoc.domain.org.OrgService;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.org.Person;

/**
 * The org tree, its people and the names the lexicon has learnt; an administrator creates and edits units
 * (with the names documents use for them) and people here, as in the API.
 */
@HtmlPages
class OrgPages {
    private final Undo undo;
    private final OrgUnits units;
    private final People people;
    private final Lexicon lexicon;
    private final OrgService orgService;
    private final LexiconService lexiconService;
    private final Access access;
    private final Messages messages;

    OrgPages(
            OrgUnits units,
            People people,
            Lexicon lexicon,
            OrgService orgService,
            LexiconService lexiconService,
            Access access,
            Messages messages,
            Undo undo) {
        this.undo = undo;
        this.units = units;
        this.people = people;
        this.lexicon = lexicon;
        this.orgService = orgService;
        this.lexiconService = lexiconService;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/org")
    String org(Model model) {
        var all = units.all();
        var everyone = people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
        model.addAttribute("units", all);
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("people", everyone);
        model.addAttribute(
                "aliases",
                lexicon.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("personNames", everyone.stream().collect(Collectors.toMap(Person::id, Person::name)));
        model.addAttribute("canEdit", canEdit());
        return "org/org";
    }

    @GetMapping("/org/units/new")
    String newUnit(@RequestParam(required = false) Long parentId, Model model) {
        access.requireSomewhere(Action.ADMINISTER, "unit");
        return unitForm(new OrgUnit(null, parentId, null, null, null, null, null, null), List.of(), model);
    }

    @GetMapping("/org/units/{id}")
    String unit(@PathVariable long id, Model model) {
        access.requireSomewhere(Action.ADMINISTER, "unit");
        OrgUnit u = units.find(id).orElseThrow(() -> new RecordNotFoundException("unit", id));
        return unitForm(u, List.of(), model);
    }

    @PostMapping("/org/units")
    String saveUnit(
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) Long parentId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String abbreviation,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            Model model,
            RedirectAttributes redirect) {
        access.requireSomewhere(Action.ADMINISTER, "unit");
        Long successor = id == null
                ? null
                : units.find(id)
                        .orElseThrow(() -> new RecordNotFoundException("unit", id))
                        .successorId();
        OrgUnit asTyped = new OrgUnit(id, parentId, name, abbreviation, kind, validFrom, validTo, successor);
        Outcome<OrgUnit> out = orgService.save(asTyped);
        if (out instanceof Outcome.Rejected<OrgUnit> r) {
            return unitForm(asTyped, messages.rejections(r.reasons()), model); // what was typed stays on the form
        }
        redirect.addFlashAttribute(
                "saved", messages.get("org.saved", out.orElseThrow().name()));
        return "redirect:/org/units/" + out.orElseThrow().id();
    }

    @PostMapping("/org/units/{id}/aliases")
    String teach(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String alias,
            Model model,
            RedirectAttributes redirect) {
        access.requireSomewhere(Action.ADMINISTER, "alias");
        OrgUnit u = units.find(id).orElseThrow(() -> new RecordNotFoundException("unit", id));
        var out = lexiconService.teach(alias, AliasKind.UNIT, id);
        if (out instanceof Outcome.Rejected<LexiconService.Taught> r) {
            return unitForm(u, messages.rejections(r.reasons()), model);
        }
        var taught = out.orElseThrow();
        redirect.addFlashAttribute(
                "saved",
                messages.get(
                        "org.aliasTaught",
                        taught.alias().alias(),
                        String.valueOf(taught.tasksLinked()),
                        String.valueOf(taught.eventsLinked())));
        return "redirect:/org/units/" + id;
    }

    @PostMapping("/org/aliases/{aliasId}/delete")
    String forget(
            @PathVariable long aliasId,
            @RequestParam(required = false) Long unitId,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request) {
        access.requireSomewhere(Action.ADMINISTER, "alias");
        if (!lexicon.delete(aliasId)) {
            throw new RecordNotFoundException("alias", aliasId);
        }
        redirect.addFlashAttribute("saved", messages.get("org.aliasForgotten"));
        undo.offer(request, redirect, "alias", aliasId, null);
        return unitId == null ? "redirect:/org" : "redirect:/org/units/" + unitId;
    }

    @GetMapping("/org/people/new")
    String newPerson(@RequestParam(required = false) Long unitId, Model model) {
        access.requireSomewhere(Action.ADMINISTER, "person");
        return personForm(new Person(null, null, null, unitId), List.of(), model);
    }

    @GetMapping("/org/people/{id}")
    String person(@PathVariable long id, Model model) {
        access.requireSomewhere(Action.ADMINISTER, "person");
        return personForm(
                people.find(id).orElseThrow(() -> new RecordNotFoundException("person", id)), List.of(), model);
    }

    @PostMapping("/org/people")
    String savePerson(
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String titles,
            @RequestParam(required = false) Long unitId,
            Model model,
            RedirectAttributes redirect) {
        access.requireSomewhere(Action.ADMINISTER, "person");
        if (id != null) {
            people.find(id).orElseThrow(() -> new RecordNotFoundException("person", id));
        }
        Person asTyped = new Person(id, name, titles, unitId);
        Outcome<Person> out = orgService.savePerson(asTyped);
        if (out instanceof Outcome.Rejected<Person> r) {
            return personForm(asTyped, messages.rejections(r.reasons()), model);
        }
        redirect.addFlashAttribute(
                "saved", messages.get("org.saved", out.orElseThrow().name()));
        return "redirect:/org";
    }

    private String unitForm(OrgUnit unit, List<String> problems, Model model) {
        List<Alias> aliases = unit.id() == null
                ? List.of()
                : lexicon.list(AliasKind.UNIT, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                        .filter(a -> a.targetId() == unit.id())
                        .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("aliases", aliases);
        model.addAttribute(
                "parents",
                units.all().stream()
                        .filter(u -> unit.id() == null || !u.id().equals(unit.id()))
                        .toList());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("problems", problems);
        return "org/unit";
    }

    private String personForm(Person person, List<String> problems, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("units", units.all());
        model.addAttribute("problems", problems);
        return "org/person";
    }

    private Map<Long, String> unitNames() {
        return units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    }

    private boolean canEdit() {
        return access.policy().allowsSomewhere(Access.currentActor(), Action.ADMINISTER);
    }
}
